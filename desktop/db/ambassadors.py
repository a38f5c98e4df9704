"""Ambassadors and the weekly summaries sent to them: the list of ambassadors (deactivated,
never deleted), the week's facts read once for every summary, and the record of each summary
sent (append-only: week, ambassador, time, user, content and its hash)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from desktop.core.ambassadors import (
    Ambassador,
    GoalFacts,
    IsoWeek,
    SentSummary,
    WeekFacts,
    in_programme,
    week_facts,
)
from desktop.core.audit import Action
from desktop.core.drugtests import TestResult
from desktop.core.errors import AppError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.osa import Placement
from desktop.db.consent import ConsentRepository
from desktop.db.drugtests import DrugTestRepository
from desktop.db.osa import OsaRepository
from desktop.db.participants import ParticipantRepository
from desktop.db.register import Register, audit_time

COLUMNS = "id, name, unit, phone, email, active"


class AmbassadorNotFound(AppError):
    message = QT_TRANSLATE_NOOP("AppError", "The ambassador is no longer in the register.")


def _local_day(stamp: str) -> date:
    """A stored UTC time as the local calendar day it happened on."""
    return datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone().date()


def _ambassador(row: Any) -> Ambassador:
    return Ambassador(
        name=row[1], unit=row[2], phone=row[3], email=row[4], active=bool(row[5]), id=row[0]
    )


class AmbassadorRepository:
    def __init__(self, register: Register) -> None:
        self.register = register

    def today(self) -> date:
        return self.register.today()

    # ------------------------------------------------------------------ ambassadors

    def ambassadors(self, *, active_only: bool = False) -> list[Ambassador]:
        """Active first, then by unit and name."""
        where = " WHERE active = 1" if active_only else ""
        with self.register.read() as conn:
            rows = conn.execute(
                f"SELECT {COLUMNS} FROM ambassadors{where} "
                "ORDER BY active DESC, unit, name COLLATE NOCASE, id"
            ).fetchall()
        return [_ambassador(r) for r in rows]

    def ambassador(self, ambassador_id: int) -> Ambassador:
        with self.register.read() as conn:
            row = conn.execute(
                f"SELECT {COLUMNS} FROM ambassadors WHERE id = ?", (ambassador_id,)
            ).fetchone()
        if row is None:
            raise AmbassadorNotFound()
        return _ambassador(row)

    def save(self, ambassador: Ambassador) -> Ambassador:
        """A new ambassador, or changed details (deactivating is a change: `active` False)."""
        ambassador = ambassador.validated(ConsentRepository(self.register).options())
        now = audit_time(self.register.now())
        values = (
            ambassador.name,
            ambassador.unit,
            ambassador.phone,
            ambassador.email,
            int(ambassador.active),
        )
        with self.register.write() as tx:
            if ambassador.id is None:
                ambassador_id = tx.execute(
                    "INSERT INTO ambassadors (name, unit, phone, email, active, created_at, "
                    "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (*values, now, now),
                ).lastrowid
                assert ambassador_id is not None
                tx.audit(Action.CREATE, "ambassador", ambassador_id)
            else:
                ambassador_id = ambassador.id
                changed = tx.execute(
                    "UPDATE ambassadors SET name = ?, unit = ?, phone = ?, email = ?, active = ?, "
                    "updated_at = ? WHERE id = ?",
                    (*values, now, ambassador_id),
                ).rowcount
                if not changed:
                    raise AmbassadorNotFound()
                tx.audit(Action.UPDATE, "ambassador", ambassador_id)
        return replace(ambassador, id=ambassador_id)

    def set_active(self, ambassador_id: int, active: bool) -> Ambassador:
        return self.save(replace(self.ambassador(ambassador_id), active=active))

    # ------------------------------------------------------------------ the week's facts

    def week_facts(self, week: IsoWeek) -> WeekFacts:
        """Everything the week's summaries read, in one go (a handful of queries, whatever the
        number of ambassadors)."""
        people = ParticipantRepository(self.register)
        # Only the people enrolled on a day of the week are summarised: everyone else's path is
        # let go as soon as that is known, and their goals, placements and results are not
        # kept (at 10,000 people, holding all of them at once was the week's peak in memory).
        # Everyone's name stays: a note typed by hand must not name anyone left out.
        paths = {
            person_id: events
            for person_id, events in people.all_paths().items()
            if in_programme(events, week)
        }
        persons = people.people()
        goals = self._goals(sorted(paths))
        placements: dict[int, list[Placement]] = {}
        osa = OsaRepository(self.register)
        for placement in osa.placements():
            if placement.person_id in paths:
                placements.setdefault(placement.person_id, []).append(placement)
        workplaces = {w.id: w.name for w in osa.workplaces() if w.id is not None}
        results: dict[int, list[TestResult]] = {}
        # Results are stored with their local time; a day's margin either side catches any
        # correction entered for a result of the week.
        since = week.monday - timedelta(days=1)
        until = week.sunday + timedelta(days=1)
        for result in DrugTestRepository(self.register).results(since=since):
            if result.person_id in paths and result.taken_at.date() <= until:
                results.setdefault(result.person_id, []).append(result)
        staff = {u.username: u.display_name or u.username for u in self.register.users()}
        return week_facts(
            week, persons, paths, goals, placements, results, workplaces, responsible=staff
        )

    def _goals(self, person_ids: list[int]) -> dict[int, list[GoalFacts]]:
        # The goals themselves come from the participants' store; the days they were added and
        # last changed, which it does not return, are read here.
        with self.register.read() as conn:
            stamps = {
                row[0]: (row[1], row[2])
                for row in conn.execute(
                    "SELECT id, created_at, updated_at FROM goals WHERE person_id IN "
                    "(SELECT value FROM json_each(?))",
                    (json.dumps(person_ids),),
                )
            }
        found: dict[int, list[GoalFacts]] = {}
        for person_id, goals in ParticipantRepository(self.register).all_goals(person_ids).items():
            for goal in goals:
                created, updated = stamps.get(goal.id or 0, ("", ""))
                found.setdefault(person_id, []).append(
                    GoalFacts(
                        goal,
                        _local_day(created) if created else date.min,
                        _local_day(updated) if updated else date.min,
                    )
                )
        return found

    def viewed(self, week: IsoWeek) -> None:
        """The drafts were shown on screen: a `view` in the audit log (they name people)."""
        self.register.record(Action.VIEW, "ambassador_summary", str(week))

    # ------------------------------------------------------------------ what was sent

    def record_sent(self, sent: SentSummary) -> SentSummary:
        """Keep what was sent. The export's own audit entry (`sent.audit_seq`) is the record
        of the disclosure; this row keeps the content, for "what changed since"."""
        with self.register.write() as tx:
            sent_id = tx.execute(
                "INSERT INTO ambassador_summaries (week, ambassador_id, unit, sent_at, sent_by, "
                "content_hash, content, file_name, file_sha256, audit_seq) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    str(sent.week),
                    sent.ambassador_id,
                    sent.unit,
                    audit_time(sent.sent_at),
                    sent.sent_by,
                    sent.content_hash,
                    json.dumps(sent.content, ensure_ascii=False, sort_keys=True),
                    sent.file_name,
                    sent.file_sha256,
                    sent.audit_seq,
                ),
            ).lastrowid
            tx.audit(Action.CREATE, "ambassador_summary", sent_id)
        return replace(sent, id=sent_id)

    def sent(self, week: IsoWeek | None = None) -> list[SentSummary]:
        """Summaries sent, oldest first; of one week or all."""
        where = " WHERE week = ?" if week is not None else ""
        params = (str(week),) if week is not None else ()
        with self.register.read() as conn:
            rows = conn.execute(
                "SELECT id, week, ambassador_id, unit, sent_at, sent_by, content_hash, content, "
                f"file_name, file_sha256, audit_seq FROM ambassador_summaries{where} "
                "ORDER BY sent_at, id",
                params,
            ).fetchall()
        return [
            SentSummary(
                week=IsoWeek.parse(r[1]),
                ambassador_id=r[2],
                unit=r[3],
                sent_at=datetime.fromisoformat(r[4].replace("Z", "+00:00")).astimezone(UTC),
                sent_by=r[5],
                content_hash=r[6],
                content=json.loads(r[7]),
                file_name=r[8],
                file_sha256=r[9],
                audit_seq=r[10],
                id=r[0],
            )
            for r in rows
        ]

    def last_sent(self, week: IsoWeek) -> dict[int, SentSummary]:
        """The latest summary sent for the week, per ambassador."""
        return {s.ambassador_id: s for s in self.sent(week)}

    def sent_weeks(self) -> list[IsoWeek]:
        with self.register.read() as conn:
            rows = conn.execute(
                "SELECT DISTINCT week FROM ambassador_summaries ORDER BY week DESC"
            ).fetchall()
        return [IsoWeek.parse(r[0]) for r in rows]
