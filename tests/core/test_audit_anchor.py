"""The rule that compares a register's own head with the head anchored outside it."""

from __future__ import annotations

from desktop.core.audit import GENESIS_MAC, AnchorVerdict, AuditHead, compare_with_anchor

CHAIN = {seq: bytes([seq]) * 32 for seq in range(1, 11)}  # entry seq -> its MAC


def mac_at(seq: int) -> bytes | None:
    return CHAIN.get(seq)


def head(commits: int, seq: int) -> AuditHead:
    return AuditHead(commits, seq, CHAIN[seq])


def verdict(own: AuditHead | None, anchored: AuditHead | None, **kw: bool) -> AnchorVerdict:
    return compare_with_anchor(own, anchored, mac_at, **kw)


def test_the_same_head_is_consistent() -> None:
    assert verdict(head(5, 8), head(5, 8)) is AnchorVerdict.SAME


def test_one_commit_ahead_of_an_anchor_in_its_chain_is_a_crash_before_the_anchor_write() -> None:
    # A commit may append several entries (a sign-in with the failures before it).
    assert verdict(head(6, 10), head(5, 8)) is AnchorVerdict.ONE_AHEAD
    assert verdict(AuditHead(1, 2, CHAIN[2]), AuditHead(0, 0, GENESIS_MAC)).consistent


def test_two_commits_ahead_is_not_explained_by_one_crash() -> None:
    assert verdict(head(7, 10), head(5, 8)) is AnchorVerdict.DIFFERENT


def test_one_ahead_of_an_entry_not_in_the_chain_is_another_history() -> None:
    assert verdict(head(6, 10), AuditHead(5, 8, b"x" * 32)) is AnchorVerdict.DIFFERENT


def test_fewer_commits_than_anchored_is_behind() -> None:
    assert verdict(head(3, 5), head(5, 8)) is AnchorVerdict.BEHIND


def test_same_count_with_another_newest_entry_is_different() -> None:
    assert verdict(head(5, 8), AuditHead(5, 8, b"y" * 32)) is AnchorVerdict.DIFFERENT
    assert verdict(head(5, 9), head(5, 8)) is AnchorVerdict.DIFFERENT


def test_a_register_from_before_anchors_without_an_anchor_is_not_compared_yet() -> None:
    assert verdict(None, None) is AnchorVerdict.NOT_YET
    assert verdict(None, head(5, 8)) is AnchorVerdict.BEHIND


def test_an_anchor_that_is_missing_or_unreadable_is_refused() -> None:
    assert verdict(head(5, 8), None) is AnchorVerdict.MISSING
    assert verdict(head(5, 8), None, anchor_unreadable=True) is AnchorVerdict.UNREADABLE
    refused = {v for v in AnchorVerdict if not v.consistent}
    assert refused == {
        AnchorVerdict.BEHIND,
        AnchorVerdict.DIFFERENT,
        AnchorVerdict.MISSING,
        AnchorVerdict.UNREADABLE,
    }
