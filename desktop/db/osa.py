"""OSA in the register: workplaces, AF coding, placements with their follow-up log and after-OSA
plan. Starting and ending a placement moves the participant along the path through the path's
state machine, in the same transaction as the placement's change."""

from __future__ import annotations

import json
from dataclasses import asdict, replace
from datetime import date
from typing import Any

from desktop.core.audit import Action
from desktop.core.errors import AppError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.osa import (
    AfCoding,
    AfterOsaPlan,
    CodingDecision,
    ContactKind,
    EmployerType,
    EndReason,
    FollowUpContact,
    NextStep,
    Placement,
    PlacementStatus,
    Workplace,
)
from desktop.core.path import DischargeOutcome, EventKind, PathEvent, Phase, replay
from desktop.db.participants import ParticipantRepository
from desktop.db.register import Register, audit_time, where_all

WORKPLACE_COLUMNS = (
    "id, name, employer_type, org_unit, org_number, address, supervisor_name, supervisor_phone, "
    "supervisor_email, kinds_of_work, places, active"
)


def _d(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _placement_json(p: Placement) -> str:
    data = {
        "hours_per_week": p.hours_per_week,
        "wage_subsidy_ref": p.wage_subsidy_ref,
        "supervisor": p.supervisor,
        "planned_end": p.planned_end.isoformat(),
        "extended_to": p.extended_to.isoformat() if p.extended_to else None,
        "extension_decided_on": p.extension_decided_on.isoformat()
        if p.extension_decided_on
        else None,
        "extension_reason": p.extension_reason,
        "ended_on": p.ended_on.isoformat() if p.ended_on else None,
        "end_reason": p.end_reason.value if p.end_reason else None,
        "end_comment": p.end_comment,
        "plan": None
        if p.plan is None
        else {
            "next_step": p.plan.next_step.value,
            "responsible": p.plan.responsible,
            "af_contact_on": p.plan.af_contact_on.isoformat() if p.plan.af_contact_on else None,
            "coaching": [d.isoformat() for d in p.plan.coaching],
        },
    }
    return json.dumps(data, sort_keys=True)


# The columns `placement_from_row` reads, in its order.
PLACEMENT_COLUMNS = "id, person_id, workplace_id, status, start_date, end_date, data"


def placement_from_row(row: Any, contacts: tuple[FollowUpContact, ...]) -> Placement:
    """A placement from a row of `PLACEMENT_COLUMNS`, with its follow-up contacts."""
    pid, person_id, workplace_id, status, start, _end, raw = row
    data = json.loads(raw)
    plan = data.get("plan")
    return Placement(
        person_id=person_id,
        workplace_id=workplace_id,
        start=date.fromisoformat(start),
        planned_end=date.fromisoformat(data["planned_end"]),
        hours_per_week=float(data.get("hours_per_week", 40)),
        wage_subsidy_ref=data.get("wage_subsidy_ref", ""),
        supervisor=data.get("supervisor", ""),
        status=PlacementStatus(status),
        extended_to=_d(data.get("extended_to")),
        extension_decided_on=_d(data.get("extension_decided_on")),
        extension_reason=data.get("extension_reason", ""),
        ended_on=_d(data.get("ended_on")),
        end_reason=EndReason(data["end_reason"]) if data.get("end_reason") else None,
        end_comment=data.get("end_comment", ""),
        contacts=contacts,
        plan=None
        if not plan
        else AfterOsaPlan(
            NextStep(plan["next_step"]),
            plan.get("responsible", ""),
            _d(plan.get("af_contact_on")),
            tuple(date.fromisoformat(d) for d in plan.get("coaching", [])),
        ),
        id=pid,
    )


class OsaRepository:
    def __init__(self, register: Register) -> None:
        self.register = register

    def _now(self) -> str:
        return audit_time(self.register.now())

    def today(self) -> date:
        return self.register.today()

    # ------------------------------------------------------------------ workplaces

    def workplaces(self) -> list[Workplace]:
        with self.register.read() as conn:
            rows = conn.execute(
                f"SELECT {WORKPLACE_COLUMNS} FROM workplaces ORDER BY active DESC, name"
            ).fetchall()
        return [
            Workplace(
                name=r[1],
                employer_type=EmployerType(r[2]),
                org_unit=r[3],
                org_number=r[4],
                address=r[5],
                supervisor_name=r[6],
                supervisor_phone=r[7],
                supervisor_email=r[8],
                kinds_of_work=r[9],
                places=r[10],
                active=bool(r[11]),
                id=r[0],
            )
            for r in rows
        ]

    def save_workplace(self, workplace: Workplace) -> Workplace:
        workplace = workplace.validated()
        values = (
            workplace.name,
            workplace.employer_type.value,
            workplace.org_unit,
            workplace.org_number,
            workplace.address,
            workplace.supervisor_name,
            workplace.supervisor_phone,
            workplace.supervisor_email,
            workplace.kinds_of_work,
            workplace.places,
            int(workplace.active),
        )
        with self.register.write() as tx:
            clash = tx.execute(
                "SELECT id FROM workplaces WHERE name = ?", (workplace.name,)
            ).fetchone()
            if clash and clash[0] != workplace.id:
                raise AppError(
                    QT_TRANSLATE_NOOP("AppError", "There is already a workplace called {name}."),
                    name=workplace.name,
                )
            if workplace.id is None:
                workplace_id = tx.execute(
                    "INSERT INTO workplaces (name, employer_type, org_unit, org_number, address, "
                    "supervisor_name, supervisor_phone, supervisor_email, kinds_of_work, places, "
                    "active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    values,
                ).lastrowid
                tx.audit(Action.CREATE, "workplace", workplace_id)
            else:
                workplace_id = workplace.id
                tx.execute(
                    "UPDATE workplaces SET name = ?, employer_type = ?, org_unit = ?, "
                    "org_number = ?, address = ?, supervisor_name = ?, supervisor_phone = ?, "
                    "supervisor_email = ?, kinds_of_work = ?, places = ?, active = ? WHERE id = ?",
                    (*values, workplace_id),
                )
                tx.audit(Action.UPDATE, "workplace", workplace_id)
        return replace(workplace, id=workplace_id)

    # ------------------------------------------------------------------ AF coding

    def coding(self, person_id: int) -> AfCoding | None:
        with self.register.read() as conn:
            row = conn.execute(
                "SELECT data FROM af_codings WHERE person_id = ?", (person_id,)
            ).fetchone()
        if row is None:
            return None
        data = json.loads(row[0])
        return AfCoding(
            person_id,
            _d(data.get("requested_on")),
            dict(data.get("certificates", {})),
            CodingDecision(data.get("decision", "pending")),
            _d(data.get("decided_on")),
            data.get("af_officer", ""),
        )

    def save_coding(self, coding: AfCoding) -> AfCoding:
        coding = coding.validated()
        data = asdict(coding)
        data.pop("person_id")
        data.update(
            requested_on=coding.requested_on.isoformat() if coding.requested_on else None,
            decided_on=coding.decided_on.isoformat() if coding.decided_on else None,
            decision=coding.decision.value,
            certificates=dict(coding.certificates),
        )
        with self.register.write() as tx:
            tx.execute(
                "INSERT INTO af_codings (person_id, data, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT (person_id) DO UPDATE SET data = excluded.data, updated_at = "
                "excluded.updated_at",
                (coding.person_id, json.dumps(data, sort_keys=True), self._now()),
            )
            tx.audit(Action.UPDATE, "af_coding", coding.person_id)
        return coding

    # ------------------------------------------------------------------ placements

    def placements(
        self, person_id: int | None = None, workplace_id: int | None = None
    ) -> list[Placement]:
        where, params = where_all(("person_id = ?", person_id), ("workplace_id = ?", workplace_id))
        with self.register.read() as conn:
            rows = conn.execute(
                f"SELECT {PLACEMENT_COLUMNS} FROM placements{where} ORDER BY start_date, id",
                params,
            ).fetchall()
            contacts: dict[int, list[FollowUpContact]] = {}
            for placement_id, on, kind, note in conn.execute(
                "SELECT placement_id, on_date, kind, note FROM placement_contacts ORDER BY "
                "on_date, id"
            ):
                contacts.setdefault(placement_id, []).append(
                    FollowUpContact(date.fromisoformat(on), ContactKind(kind), note)
                )
        return [placement_from_row(r, tuple(contacts.get(r[0], ()))) for r in rows]

    def placement(self, placement_id: int) -> Placement:
        found = [p for p in self.placements() if p.id == placement_id]
        if not found:
            raise AppError(QT_TRANSLATE_NOOP("AppError", "That placement is not in the register."))
        return found[0]

    def save_placement(self, placement: Placement) -> Placement:
        """A new (planned) placement or changed details; start and end go through start/end."""
        placement = placement.validated()
        now = self._now()
        values = (
            placement.person_id,
            placement.workplace_id,
            placement.status.value,
            placement.start.isoformat(),
            placement.end.isoformat(),
            _placement_json(placement),
            now,
        )
        with self.register.write() as tx:
            if placement.id is None:
                placement_id = tx.execute(
                    "INSERT INTO placements (person_id, workplace_id, status, start_date, "
                    "end_date, data, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    values,
                ).lastrowid
                tx.audit(Action.CREATE, "placement", placement_id)
            else:
                placement_id = placement.id
                tx.execute(
                    "UPDATE placements SET person_id = ?, workplace_id = ?, status = ?, "
                    "start_date = ?, end_date = ?, data = ?, updated_at = ? WHERE id = ?",
                    (*values, placement_id),
                )
                tx.audit(Action.UPDATE, "placement", placement_id)
        return replace(placement, id=placement_id)

    def start_placement(self, placement_id: int, on: date | None = None) -> Placement:
        """The placement begins: the participant moves to the OSA phase on that day."""
        placement = self.placement(placement_id)
        if placement.status is not PlacementStatus.PLANNED:
            raise AppError(QT_TRANSLATE_NOOP("AppError", "Only a planned placement can start."))
        placement = replace(
            placement, status=PlacementStatus.ACTIVE, start=on or placement.start
        ).validated()
        people = ParticipantRepository(self.register)
        with self.register.write() as tx:
            state = replay(people._events(tx.conn, placement.person_id))
            if state.phase is not Phase.OSA:
                people._insert_event(
                    tx,
                    placement.person_id,
                    PathEvent(EventKind.PHASE_CHANGE, placement.start, {"phase": Phase.OSA.value}),
                    self._now(),
                )
            self._update(tx, placement)
        return placement

    def end_placement(
        self,
        placement_id: int,
        ended_on: date,
        reason: EndReason,
        comment: str = "",
        *,
        discharge: DischargeOutcome | None = None,
    ) -> Placement:
        """The placement ends: the participant moves on to after OSA, or is discharged with
        `discharge` as the outcome, through the path's state machine."""
        placement = self.placement(placement_id)
        if placement.status is not PlacementStatus.ACTIVE:
            raise AppError(QT_TRANSLATE_NOOP("AppError", "Only an active placement can end."))
        placement = replace(
            placement,
            status=PlacementStatus.ENDED,
            ended_on=ended_on,
            end_reason=reason,
            end_comment=comment.strip(),
        ).validated()
        people = ParticipantRepository(self.register)
        event = (
            PathEvent(
                EventKind.DISCHARGE, ended_on, {"outcome": discharge.value, "comment": comment}
            )
            if discharge is not None
            else PathEvent(EventKind.PHASE_CHANGE, ended_on, {"phase": Phase.AFTER_OSA.value})
        )
        with self.register.write() as tx:
            people._insert_event(tx, placement.person_id, event, self._now())
            self._update(tx, placement)
        return placement

    def _update(self, tx: Any, placement: Placement) -> None:
        tx.execute(
            "UPDATE placements SET status = ?, start_date = ?, end_date = ?, data = ?, "
            "updated_at = ? "
            "WHERE id = ?",
            (
                placement.status.value,
                placement.start.isoformat(),
                placement.end.isoformat(),
                _placement_json(placement),
                self._now(),
                placement.id,
            ),
        )
        tx.audit(Action.UPDATE, "placement", placement.id)

    def add_contact(self, placement_id: int, contact: FollowUpContact) -> None:
        with self.register.write() as tx:
            contact_id = tx.execute(
                "INSERT INTO placement_contacts (placement_id, on_date, kind, note, recorded_by, "
                "recorded_at) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    placement_id,
                    contact.on.isoformat(),
                    ContactKind(contact.kind).value,
                    contact.note.strip(),
                    self.register.session.username,
                    self._now(),
                ),
            ).lastrowid
            tx.audit(Action.CREATE, "placement_contact", contact_id)

    def save_plan(self, placement_id: int, plan: AfterOsaPlan) -> Placement:
        placement = replace(self.placement(placement_id), plan=plan)
        with self.register.write() as tx:
            self._update(tx, placement)
        return placement
