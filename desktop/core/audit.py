"""The audit log's rules: what an entry holds, how the HMAC chain links entries, and how the
chain is verified. An entry names the user, the action and the entity by type and internal id,
never a name or any content."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable
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
