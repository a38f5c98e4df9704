"""The audit log's rules: what an entry holds, how the HMAC chain links entries, and how the
chain is verified. An entry names the user, the action and the entity by type and internal id,
never a name or any content."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum

GENESIS_MAC = bytes(32)


class Action(StrEnum):
    """What happened. Stored as the value; never reuse or rename a value."""

    SIGN_IN = "sign_in"
    SIGN_IN_FAILED = "sign_in_failed"
    SIGN_OUT = "sign_out"
    VIEW = "view"
    CREATE = "create"
    UPDATE = "update"
    EXPORT = "export"
    PRINT = "print"
    BACKUP = "backup"
    RESTORE = "restore"
    KEY_CHANGE = "key_change"
    USER_CHANGE = "user_change"
    MIGRATE = "migrate"
    RECOVER = "recover"
    ERASE = "erase"  # a record deleted at the end of its retention period


@dataclass(frozen=True, slots=True)
class AuditEntry:
    seq: int
    at: str  # UTC, ISO 8601 with seconds and "Z"
    user: str
    action: str
    entity: str
    entity_id: str
    mac: bytes


def _field(value: str) -> bytes:
    raw = value.encode("utf-8")
    return len(raw).to_bytes(4, "big") + raw


def entry_mac(
    key: bytes,
    previous_mac: bytes,
    seq: int,
    at: str,
    user: str,
    action: str,
    entity: str,
    entity_id: str,
) -> bytes:
    """The MAC of one entry, chained to the previous one. Fields are length-prefixed, so no two
    different entries encode alike."""
    message = (
        previous_mac
        + seq.to_bytes(8, "big")
        + b"".join(_field(v) for v in (at, user, action, entity, entity_id))
    )
    return hmac.new(key, message, hashlib.sha256).digest()


@dataclass(frozen=True, slots=True)
class ChainReport:
    entries: int
    first_broken_seq: int | None

    @property
    def intact(self) -> bool:
        return self.first_broken_seq is None


def verify_chain(key: bytes, entries: Iterable[AuditEntry]) -> ChainReport:
    """Walk the log in sequence order. The first entry whose number is not the next one, or
    whose MAC does not match its content and its predecessor, is the first broken one."""
    previous = GENESIS_MAC
    expected_seq = 1
    count = 0
    for entry in entries:
        count += 1
        if entry.seq != expected_seq:
            return ChainReport(count, min(entry.seq, expected_seq))
        mac = entry_mac(
            key,
            previous,
            entry.seq,
            entry.at,
            entry.user,
            entry.action,
            entry.entity,
            entry.entity_id,
        )
        if not hmac.compare_digest(mac, entry.mac):
            return ChainReport(count, entry.seq)
        previous = entry.mac
        expected_seq += 1
    return ChainReport(count, None)


@dataclass(frozen=True, slots=True)
class AuditHead:
    """Where a register stands: how many write transactions it has committed, and its newest
    audit entry (seq 0 and `GENESIS_MAC` before the first). Kept inside the register and, as
    its anchor, outside it (`desktop/db/anchor.py`)."""

    commits: int
    seq: int
    mac: bytes


class AnchorVerdict(StrEnum):
    """How a register's own head compares with the head anchored outside it."""

    SAME = "same"
    # The commit reached the register but the process died before the anchor was written:
    # the anchored entry is in the register's chain and exactly one commit came after it.
    ONE_AHEAD = "one_ahead"
    # Commits the anchor saw are missing: a deleted write-ahead log, an older copy in place.
    BEHIND = "behind"
    # The newest entries are not the ones anchored: another copy's write-ahead log applied
    # to this register, audit rows deleted or the chain rewritten, or another copy in place.
    DIFFERENT = "different"
    # A register from before anchors: nothing to compare yet (its next write makes one).
    NOT_YET = "not_yet"
    # The register has kept an anchor, and the file is missing or holds no good record.
    MISSING = "missing"
    UNREADABLE = "unreadable"

    @property
    def consistent(self) -> bool:
        return self in (AnchorVerdict.SAME, AnchorVerdict.ONE_AHEAD, AnchorVerdict.NOT_YET)


def compare_with_anchor(
    own: AuditHead | None,
    anchored: AuditHead | None,
    mac_at: Callable[[int], bytes | None],
    *,
    anchor_unreadable: bool = False,
) -> AnchorVerdict:
    """The verdict for a register whose own head is `own` (None: it has never counted its
    commits, i.e. it predates anchors) against the `anchored` head (None: no anchor file).
    `mac_at(seq)` is the MAC the register holds for entry `seq` (None if it has none).

    Only the commit count and the newest entry are compared, which is cheap enough for every
    sign-in; `verify` walks the whole chain besides."""
    if anchor_unreadable:
        return AnchorVerdict.UNREADABLE
    if own is None:
        return AnchorVerdict.NOT_YET if anchored is None else AnchorVerdict.BEHIND
    if anchored is None:
        return AnchorVerdict.MISSING
    if own == anchored:
        return AnchorVerdict.SAME
    anchored_in_chain = (anchored.seq == 0 and anchored.mac == GENESIS_MAC) or mac_at(
        anchored.seq
    ) == anchored.mac
    if own.commits == anchored.commits + 1 and own.seq > anchored.seq and anchored_in_chain:
        return AnchorVerdict.ONE_AHEAD
    if own.commits < anchored.commits or own.seq < anchored.seq:
        return AnchorVerdict.BEHIND
    return AnchorVerdict.DIFFERENT
