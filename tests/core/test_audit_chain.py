"""The audit chain on hand-made entries: intact chains verify, any change is found and named."""

from __future__ import annotations

import dataclasses

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.audit import GENESIS_MAC, AuditEntry, entry_mac, verify_chain

KEY = b"k" * 32


def make_chain(rows: list[tuple[str, str, str, str, str]], key: bytes = KEY) -> list[AuditEntry]:
    entries = []
    previous = GENESIS_MAC
    for seq, (at, user, action, entity, entity_id) in enumerate(rows, start=1):
        mac = entry_mac(key, previous, seq, at, user, action, entity, entity_id)
        entries.append(AuditEntry(seq, at, user, action, entity, entity_id, mac))
        previous = mac
    return entries


ROWS = [
    ("2026-11-22T08:00:00Z", "anna", "sign_in", "", ""),
    ("2026-11-22T08:01:00Z", "anna", "view", "person", "17"),
    ("2026-11-22T08:02:00Z", "anna", "update", "person", "17"),
    ("2026-11-22T08:03:00Z", "bo", "export", "report", "3"),
]


def test_intact_chain_verifies() -> None:
    report = verify_chain(KEY, make_chain(ROWS))
    assert report.intact
    assert report.entries == 4


def test_empty_log_is_intact() -> None:
    assert verify_chain(KEY, []).intact


def test_changed_field_is_named_by_sequence_number() -> None:
    chain = make_chain(ROWS)
    chain[2] = dataclasses.replace(chain[2], entity_id="18")
    assert verify_chain(KEY, chain).first_broken_seq == 3


def test_removed_entry_is_found() -> None:
    chain = make_chain(ROWS)
    del chain[1]
    assert verify_chain(KEY, chain).first_broken_seq == 2


def test_removed_first_entry_is_found() -> None:
    chain = make_chain(ROWS)[1:]
    assert verify_chain(KEY, chain).first_broken_seq == 1


def test_reordered_entries_are_found() -> None:
    chain = make_chain(ROWS)
    chain[1], chain[2] = chain[2], chain[1]
    assert verify_chain(KEY, chain).first_broken_seq == 2


def test_wrong_key_breaks_at_the_first_entry() -> None:
    assert verify_chain(b"x" * 32, make_chain(ROWS)).first_broken_seq == 1


def test_fields_cannot_be_shifted_between_each_other() -> None:
    """Length prefixes: 'ab'+'c' and 'a'+'bc' must not give the same MAC."""
    a = entry_mac(KEY, GENESIS_MAC, 1, "t", "ab", "c", "", "")
    b = entry_mac(KEY, GENESIS_MAC, 1, "t", "a", "bc", "", "")
    assert a != b


texts = st.text(max_size=12)


@given(
    rows=st.lists(st.tuples(texts, texts, texts, texts, texts), min_size=1, max_size=8),
    data=st.data(),
)
def test_any_single_change_is_found_at_its_entry(rows, data) -> None:  # type: ignore[no-untyped-def]
    chain = make_chain(rows)
    index = data.draw(st.integers(0, len(chain) - 1))
    field = data.draw(st.sampled_from(["at", "user", "action", "entity", "entity_id"]))
    value = data.draw(texts.filter(lambda v: v != getattr(chain[index], field)))
    chain[index] = dataclasses.replace(chain[index], **{field: value})
    assert verify_chain(KEY, chain).first_broken_seq == index + 1
