"""What the register extract (GDPR art. 15) reads besides the repositories' usual answers: the
repositories return what counts today (steps and consents not voided), but the extract must
show everything held, what was taken back included, and which audit entries concern the
person. Read-only."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop.db.register import Register


@dataclass(frozen=True)
class StoredEvent:
    id: int
    kind: str
    on: date
    data: Mapping[str, Any]
    recorded_by: str
    recorded_at: str
    voided_by: str | None
    voided_at: str | None


def stored_events(register: Register, person_id: int) -> list[StoredEvent]:
    with register.read() as conn:
        rows = conn.execute(
            "SELECT e.id, e.kind, e.on_date, e.data, e.recorded_by, e.recorded_at, v.voided_by, "
            "v.voided_at FROM path_events e LEFT JOIN path_event_voids v ON v.event_id = e.id "
            "WHERE e.person_id = ? ORDER BY e.id",
            (person_id,),
        ).fetchall()
    return [
        StoredEvent(r[0], r[1], date.fromisoformat(r[2]), json.loads(r[3]), *r[4:]) for r in rows
    ]


def voided_consents(register: Register, person_id: int) -> list[tuple[Any, ...]]:
    with register.read() as conn:
        return [
            tuple(r)
            for r in conn.execute(
                "SELECT c.id, c.kind, c.given_on, c.valid_until, c.units, c.categories, "
                "c.recorded_by, c.recorded_at, v.reason, v.voided_by, v.voided_at FROM consents c "
                "JOIN consent_voids v ON v.consent_id = c.id WHERE c.person_id = ? ORDER BY c.id",
                (person_id,),
            )
        ]


def placement_contact_ids(register: Register, placement_ids: Sequence[int]) -> set[str]:
    if not placement_ids:
        return set()
    with register.read() as conn:
        return {
            str(r[0])
            for r in conn.execute(
                "SELECT id FROM placement_contacts WHERE placement_id IN "
                f"({','.join('?' * len(placement_ids))})",
                list(placement_ids),
            )
        }


def disclosure_audit_seqs(register: Register, person_id: int) -> set[int]:
    with register.read() as conn:
        return {
            int(r[0])
            for r in conn.execute(
                "SELECT audit_seq FROM disclosures WHERE person_id = ?", (person_id,)
            )
        }
