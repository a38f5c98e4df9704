"""The participants' repository: people, their path events, contacts, action plans, notes and
recovery-capital check-ins. Every write is one transaction with its audit entry; every path step
is checked by the core state machine against the person's whole path inside that transaction."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from desktop.core.audit import Action
from desktop.core.errors import AppError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.path import EventKind, PathEvent, PathState, Phase, Status, replay
from desktop.core.records import (
    CapitalCheckin,
    Contact,
    ContactRole,
    FollowUp,
    FollowUpText,
    Goal,
    GoalStatus,
    Group,
    LifeArea,
    Need,
    Note,
    NoteCategory,
    Person,
    Responsible,
    Sex,
    similar_names,
)
from desktop.core.text import search_key
from desktop.db.driver import Connection
from desktop.db.register import Register, Transaction, audit_time, where_all

PERSON_COLUMNS = (
    "id, internal_no, first_name, last_name, personnummer, birth_date, sex, phone, "
    "municipality, interpreter, responsible, needs, status, phase, group_id"
)

SORTS = {
    "name": "last_name COLLATE NOCASE, first_name COLLATE NOCASE",
    "internal_no": "internal_no",
    "status": "status, last_name COLLATE NOCASE",
    "phase": "phase, last_name COLLATE NOCASE",
    "birth_date": "birth_date",
}


@dataclass(frozen=True)
class PersonRow:
    """What the participants list shows of a person."""

    id: int
    internal_no: str
    first_name: str
    last_name: str
    personnummer: str | None
    status: str
    phase: str | None
    group_name: str | None
    responsible: str

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}"


class StaffNames(dict[str, str]):
    """Each account's display name ("Karin Lind") by its login name ("karin"): what lists,
    notes, the path and the to-do list show for a user. Removed accounts are included (their
    row stays, with its name). Read it with `names[username]`: a login name without an
    account, such as the recovery session's, shows as itself."""

    def __missing__(self, username: str) -> str:
        return username


def staff_names(register: Register) -> StaffNames:
    """Every account's display name, read once for a view (not a query per row)."""
    with register.read() as conn:
        rows = conn.execute("SELECT username, display_name FROM users").fetchall()
    return StaffNames({str(user): str(name or user) for user, name in rows})


NOT_ERASED = "p.id NOT IN (SELECT person_id FROM erasures)"


class RecordErased(AppError):
    """The person's records were deleted when their retention period ended."""

    message = QT_TRANSLATE_NOOP(
        "AppError",
        "The records of {pseudonym} were deleted when their retention period ended; only what "
        "the unit's figures need is kept, without a name. There is nothing to open.",
    )

    def __init__(self, pseudonym: str) -> None:
        super().__init__(pseudonym=pseudonym)


class DuplicatePerson(AppError):
    """Someone with this personnummer is already in the register."""

    message = QT_TRANSLATE_NOOP("AppError", "{name} ({internal_no}) already has this personnummer.")

    def __init__(self, existing: Person) -> None:
        super().__init__(name=existing.name, internal_no=existing.internal_no)
        self.existing = existing


@dataclass(frozen=True)
class SearchFilter:
    text: str = ""
    status: Status | None = None
    phase: Phase | None = None
    group_id: int | None = None
    responsible: str | None = None
    sort: str = "name"
    descending: bool = False


def search_text(person: Person) -> str:
    """What the search box matches: names in either order, the personnummer with and without
    century and dash, and the internal number; as `search_key` makes it (NFC, case-folded,
    no invisible characters), so "Åsa" is found however it was typed or imported."""
    pnr = person.personnummer or ""
    number = person.internal_no
    parts = [
        person.first_name,
        person.last_name,
        person.first_name,
        pnr,
        pnr[2:],
        number,
        number.replace("-", ""),
    ]
    return search_key(" ".join(parts))


def _query_terms(text: str) -> list[str]:
    terms = []
    for term in search_key(text).split():
        if any(ch.isdigit() for ch in term):
            term = term.replace("-", "").replace("+", "")
        if term:
            terms.append(term)
    return terms


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _person(row: Sequence[Any]) -> Person:
    return Person(
        id=row[0],
        internal_no=row[1],
        first_name=row[2],
        last_name=row[3],
        personnummer=row[4],
        birth_date=_date(row[5]),
        sex=Sex(row[6]),
        phone=row[7],
        municipality=row[8],
        interpreter=row[9],
        responsible=row[10],
        needs=frozenset(Need(n) for n in json.loads(row[11])),
        status=Status(row[12]),
        phase=Phase(row[13]) if row[13] else None,
        group_id=row[14],
    )


def _person_columns(person: Person) -> tuple[object, ...]:
    """The person's own columns, first_name to search, in the order INSERT and UPDATE name them."""
    return (
        person.first_name,
        person.last_name,
        person.personnummer,
        person.birth_date.isoformat() if person.birth_date else None,
        person.sex.value,
        person.phone,
        person.municipality,
        person.interpreter,
        person.responsible,
        json.dumps(sorted(n.value for n in person.needs)),
        search_text(person),
    )


def _event_data(data: dict[str, Any]) -> str:
    return json.dumps(data, default=str, sort_keys=True)


class ParticipantRepository:
    def __init__(self, register: Register) -> None:
        self.register = register

    def _now(self) -> str:
        return audit_time(self.register.now())

    def today(self) -> date:
        return self.register.today()

    # ------------------------------------------------------------------ people

    def get(self, person_id: int) -> Person:
        with self.register.read() as conn:
            row = conn.execute(
                f"SELECT {PERSON_COLUMNS} FROM persons WHERE id = ?", (person_id,)
            ).fetchone()
        if row is None:
            raise AppError(QT_TRANSLATE_NOOP("AppError", "That person is not in the register."))
        return _person(row)

    def open_record(self, person_id: int) -> Person:
        """The person, for showing their record: every opening is a `view` in the audit log.
        A person whose records were deleted (retention) has no record to open."""
        with self.register.read() as conn:
            erased = conn.execute(
                "SELECT pseudonym FROM erasures WHERE person_id = ?", (person_id,)
            ).fetchone()
        if erased is not None:
            raise RecordErased(str(erased[0]))
        person = self.get(person_id)
        self.register.record(Action.VIEW, "person", person_id)
        return person

    def find_by_personnummer(self, normalised: str) -> Person | None:
        with self.register.read() as conn:
            row = conn.execute(
                f"SELECT {PERSON_COLUMNS} FROM persons WHERE personnummer = ?", (normalised,)
            ).fetchone()
        return _person(row) if row else None

    def similar(self, person: Person) -> list[Person]:
        """People with the same birth date and a similar name (a likely duplicate)."""
        if person.birth_date is None:
            return []
        with self.register.read() as conn:
            rows = conn.execute(
                f"SELECT {PERSON_COLUMNS} FROM persons WHERE birth_date = ?",
                (person.birth_date.isoformat(),),
            ).fetchall()
        return [p for p in map(_person, rows) if p.id != person.id and similar_names(person, p)]

    def search(
        self,
        query: SearchFilter = SearchFilter(),
        limit: int | None = None,
    ) -> list[Person]:
        where, params, order = self._where(query)
        columns = ", ".join(f"p.{c.strip()}" for c in PERSON_COLUMNS.split(","))
        sql = f"SELECT {columns} FROM persons p{where} ORDER BY {order}, p.id"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        with self.register.read() as conn:
            return [_person(row) for row in conn.execute(sql, params)]

    def rows(self, query: SearchFilter, *, offset: int = 0, limit: int = 500) -> list[PersonRow]:
        """One page of the list: only the columns the table shows, for speed at 10,000 people."""
        where, params, order = self._where(query)
        sql = (
            "SELECT p.id, p.internal_no, p.first_name, p.last_name, p.personnummer, p.status, "
            "p.phase, g.name, p.responsible FROM persons p LEFT JOIN groups g ON g.id = p.group_id"
            f"{where} ORDER BY {order}, p.id LIMIT ? OFFSET ?"
        )
        with self.register.read() as conn:
            return [PersonRow(*row) for row in conn.execute(sql, [*params, limit, offset])]

    def count_matching(self, query: SearchFilter) -> int:
        where, params, _ = self._where(query)
        with self.register.read() as conn:
            sql = f"SELECT count(*) FROM persons p{where}"
            return int(conn.execute(sql, params).fetchone()[0])

    def _where(self, query: SearchFilter) -> tuple[str, list[object], str]:
        where, params = where_all(
            *(("instr(p.search, ?) > 0", term) for term in _query_terms(query.text)),
            ("p.status = ?", query.status.value if query.status else None),
            ("p.phase = ?", query.phase.value if query.phase else None),
            ("p.group_id = ?", query.group_id),
            ("p.responsible = ?", query.responsible),
        )
        # People whose records were deleted at the end of their retention period are only a
        # pseudonym kept for the figures: no list or search shows them.
        where += (" AND " if where else " WHERE ") + NOT_ERASED
        order = ", ".join(f"p.{part}" for part in SORTS.get(query.sort, SORTS["name"]).split(", "))
        if query.descending:
            order = ", ".join(f"{part} DESC" for part in order.split(", "))
        return where, params, order

    def count(self) -> int:
        with self.register.read() as conn:
            return int(conn.execute("SELECT count(*) FROM persons").fetchone()[0])

    def _next_internal_no(self, conn: Connection, year: int) -> str:
        prefix = f"{year}-"
        row = conn.execute(
            "SELECT max(CAST(substr(internal_no, 6) AS INTEGER)) FROM persons "
            "WHERE internal_no LIKE ?",
            (prefix + "%",),
        ).fetchone()
        return f"{prefix}{(row[0] or 0) + 1:03d}"

    def create_referral(self, person: Person, referral: PathEvent) -> Person:
        """A new person with their first referral, in one transaction. The same personnummer
        raises DuplicatePerson with the existing person, so the caller can open them instead."""
        person = person.validated()
        if referral.kind is not EventKind.REFERRAL:
            raise ValueError("a new person starts with a referral")
        if person.personnummer:
            existing = self.find_by_personnummer(person.personnummer)
            if existing is not None:
                raise DuplicatePerson(existing)
        state = replay([referral], self.today())
        now = self._now()
        with self.register.write() as tx:
            internal_no = self._next_internal_no(tx.conn, referral.on.year)
            person = replace(person, internal_no=internal_no, status=state.status)
            person_id = self._insert_person(tx, person, now)
            self._insert_event(tx, person_id, referral, now)
        return replace(person, id=person_id)

    def create_many(
        self, people: Sequence[tuple[Person, Sequence[PathEvent]]], *, today: date | None = None
    ) -> list[Person]:
        """Several people, each with their whole path so far, in ONE transaction: all are
        stored or none (the Excel import, the demo register). Each path is checked by the state
        machine; the first person that fails raises, and nothing is written."""
        checked: list[tuple[Person, Sequence[PathEvent], PathState]] = []
        seen: set[str] = set()
        for person, events in people:
            person = person.validated()
            if person.personnummer:
                if person.personnummer in seen or self.find_by_personnummer(person.personnummer):
                    raise AppError(
                        QT_TRANSLATE_NOOP(
                            "AppError", "The personnummer of {name} is already in the register."
                        ),
                        name=person.name,
                    )
                seen.add(person.personnummer)
            if not events or events[0].kind is not EventKind.REFERRAL:
                raise ValueError("a path starts with a referral")
            checked.append((person, events, replay(events, today or self.today())))
        now = self._now()
        created = []
        with self.register.write() as tx:
            for person, events, state in checked:
                internal_no = self._next_internal_no(tx.conn, events[0].on.year)
                person = replace(person, internal_no=internal_no)
                person_id = self._insert_person(tx, person, now)
                for event in events:
                    self._write_event(tx, person_id, event, now)
                self._store_state(tx, person_id, state, now)
                created.append(
                    replace(person, id=person_id, status=state.status, phase=state.phase)
                )
        return created

    def _insert_person(self, tx: Transaction, person: Person, now: str) -> int:
        person_id = tx.execute(
            "INSERT INTO persons (internal_no, first_name, last_name, personnummer, "
            "birth_date, sex, phone, municipality, interpreter, responsible, needs, search, "
            "status, phase, group_id, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'new', NULL, NULL, ?, ?)",
            (person.internal_no, *_person_columns(person), now, now),
        ).lastrowid
        assert person_id is not None
        tx.audit(Action.CREATE, "person", person_id)
        return person_id

    def update_person(self, person: Person) -> Person:
        if person.id is None:
            raise ValueError("person has no id")
        person_id: int = person.id
        person = person.validated()
        if person.personnummer:
            existing = self.find_by_personnummer(person.personnummer)
            if existing is not None and existing.id != person.id:
                raise DuplicatePerson(existing)
        person = replace(person, internal_no=person.internal_no or self.get(person_id).internal_no)
        with self.register.write() as tx:
            tx.execute(
                "UPDATE persons SET first_name = ?, last_name = ?, personnummer = ?, "
                "birth_date = ?, sex = ?, phone = ?, municipality = ?, interpreter = ?, "
                "responsible = ?, needs = ?, search = ?, updated_at = ? WHERE id = ?",
                (*_person_columns(person), self._now(), person_id),
            )
            tx.audit(Action.UPDATE, "person", person_id)
        return self.get(person_id)

    # ------------------------------------------------------------------ the path

    def events(self, person_id: int) -> list[PathEvent]:
        with self.register.read() as conn:
            return self._events(conn, person_id)

    def _events(self, conn: Connection, person_id: int) -> list[PathEvent]:
        rows = conn.execute(
            "SELECT id, kind, on_date, data FROM path_events WHERE person_id = ? AND id NOT IN "
            "(SELECT event_id FROM path_event_voids) ORDER BY id",
            (person_id,),
        ).fetchall()
        return [
            PathEvent(EventKind(k), date.fromisoformat(d), json.loads(data), i)
            for i, k, d, data in rows
        ]

    def path(self, person_id: int) -> PathState:
        return replay(self.events(person_id))

    def add_event(self, person_id: int, event: PathEvent) -> PathState:
        """Record a step; the state machine refuses it (PathError) if it cannot happen now."""
        with self.register.write() as tx:
            return self._insert_event(tx, person_id, event, self._now())

    def _insert_event(
        self, tx: Transaction, person_id: int, event: PathEvent, now: str
    ) -> PathState:
        events = self._events(tx.conn, person_id)
        state = replay([*events, event], self.today())
        self._write_event(tx, person_id, event, now)
        self._store_state(tx, person_id, state, now)
        return state

    def _write_event(self, tx: Transaction, person_id: int, event: PathEvent, now: str) -> None:
        """Store one checked step with its audit entry (the caller ran the state machine)."""
        event_id = tx.execute(
            "INSERT INTO path_events (person_id, on_date, kind, data, recorded_by, recorded_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (
                person_id,
                event.on.isoformat(),
                event.kind.value,
                _event_data(dict(event.data)),
                self.register.session.username,
                now,
            ),
        ).lastrowid
        tx.audit(Action.CREATE, "path_event", event_id)

    def _store_state(self, tx: Transaction, person_id: int, state: PathState, now: str) -> None:
        group = state.periods[-1].group_id if state.periods else None
        tx.execute(
            "UPDATE persons SET status = ?, phase = ?, group_id = ?, updated_at = ? WHERE id = ?",
            (state.status.value, state.phase.value if state.phase else None, group, now, person_id),
        )

    def void_last_event(self, person_id: int) -> PathState:
        """Take back the latest step (recorded by mistake): it stays in the register, voided."""
        with self.register.write() as tx:
            events = self._events(tx.conn, person_id)
            if len(events) <= 1:
                raise AppError(
                    QT_TRANSLATE_NOOP("AppError", "The first referral cannot be taken back.")
                )
            last = events[-1]
            now = self._now()
            tx.execute(
                "INSERT INTO path_event_voids (event_id, voided_by, voided_at) VALUES (?, ?, ?)",
                (last.id, self.register.session.username, now),
            )
            state = replay(events[:-1])
            self._store_state(tx, person_id, state, now)
            tx.audit(Action.UPDATE, "path_event", last.id)
        return state

    def all_paths(self) -> dict[int, list[PathEvent]]:
        paths: dict[int, list[PathEvent]] = {}
        # Read row by row, and events with the same data or date share one decoded copy (an
        # event's data is never changed in place): at 10,000 people the rows held at once and
        # 80,000 decoded copies of a few dozen values were most of Översikt's memory.
        decoded: dict[str, Any] = {}
        days: dict[str, date] = {}
        with self.register.read() as conn:
            for event_id, person_id, kind, on, data in conn.execute(
                "SELECT id, person_id, kind, on_date, data FROM path_events WHERE id NOT IN "
                "(SELECT event_id FROM path_event_voids) ORDER BY person_id, id"
            ):
                values = decoded.get(data)
                if values is None:
                    values = decoded[data] = json.loads(data)
                day = days.get(on)
                if day is None:
                    day = days[on] = date.fromisoformat(on)
                paths.setdefault(person_id, []).append(
                    PathEvent(EventKind(kind), day, values, event_id)
                )
        return paths

    def people(self, ids: Iterable[int] | None = None) -> dict[int, Person]:
        with self.register.read() as conn:
            rows = conn.execute(f"SELECT {PERSON_COLUMNS} FROM persons").fetchall()
        wanted = set(ids) if ids is not None else None
        return {row[0]: _person(row) for row in rows if wanted is None or row[0] in wanted}

    # ------------------------------------------------------------------ groups

    def groups(self) -> list[Group]:
        with self.register.read() as conn:
            rows = conn.execute(
                "SELECT id, name, start_date FROM groups ORDER BY start_date DESC, name"
            ).fetchall()
            members: dict[int, list[int]] = {}
            for person_id, group_id in conn.execute(
                "SELECT id, group_id FROM persons WHERE group_id IS NOT NULL"
            ):
                members.setdefault(group_id, []).append(person_id)
        return [
            Group(name, date.fromisoformat(start), gid, tuple(members.get(gid, ())))
            for gid, name, start in rows
        ]

    def create_group(self, group: Group) -> Group:
        group = group.validated()
        with self.register.write() as tx:
            if tx.execute("SELECT 1 FROM groups WHERE name = ?", (group.name,)).fetchone():
                raise AppError(
                    QT_TRANSLATE_NOOP("AppError", "There is already a group called {name}."),
                    name=group.name,
                )
            group_id = tx.execute(
                "INSERT INTO groups (name, start_date) VALUES (?, ?)",
                (group.name, group.start.isoformat()),
            ).lastrowid
            tx.audit(Action.CREATE, "group", group_id)
        return replace(group, id=group_id)

    # ------------------------------------------------------------------ contacts

    def contacts(self, person_id: int) -> list[Contact]:
        with self.register.read() as conn:
            rows = conn.execute(
                "SELECT id, role, name, unit, phone, email FROM contacts "
                "WHERE person_id = ? ORDER BY role, name",
                (person_id,),
            ).fetchall()
        return [Contact(ContactRole(r[1]), r[2], r[3], r[4], r[5], r[0], person_id) for r in rows]

    def save_contact(self, person_id: int, contact: Contact) -> Contact:
        contact = contact.validated()
        with self.register.write() as tx:
            values = (contact.role.value, contact.name, contact.unit, contact.phone, contact.email)
            if contact.id is None:
                contact_id = tx.execute(
                    "INSERT INTO contacts (person_id, role, name, unit, phone, email) VALUES (?, "
                    "?, ?, ?, ?, ?)",
                    (person_id, *values),
                ).lastrowid
                tx.audit(Action.CREATE, "contact", contact_id)
            else:
                contact_id = contact.id
                tx.execute(
                    "UPDATE contacts SET role = ?, name = ?, unit = ?, phone = ?, email = ? "
                    "WHERE id = ? AND person_id = ?",
                    (*values, contact_id, person_id),
                )
                tx.audit(Action.UPDATE, "contact", contact_id)
        return replace(contact, id=contact_id, person_id=person_id)

    def remove_contact(self, person_id: int, contact_id: int) -> None:
        with self.register.write() as tx:
            tx.execute(
                "DELETE FROM contacts WHERE id = ? AND person_id = ?", (contact_id, person_id)
            )
            tx.audit(Action.UPDATE, "contact", contact_id)

    # ------------------------------------------------------------------ action plan

    def goals(self, person_id: int) -> list[Goal]:
        return self.all_goals([person_id]).get(person_id, [])

    def all_goals(self, person_ids: Sequence[int] | None = None) -> dict[int, list[Goal]]:
        with self.register.read() as conn:
            sql = (
                "SELECT id, person_id, life_area, description, responsible, responsible_name, "
                "due_date, status FROM goals"
            )
            params: list[int] = []
            if person_ids is not None:
                sql += f" WHERE person_id IN ({','.join('?' * len(person_ids))})"
                params = list(person_ids)
            rows = conn.execute(
                sql + " ORDER BY person_id, due_date IS NULL, due_date, id", params
            ).fetchall()
            texts: dict[int, list[FollowUpText]] = {}
            for tid, follow_up_id, text, by, at, corrects in conn.execute(
                "SELECT id, follow_up_id, text, written_by, written_at, corrects "
                "FROM goal_follow_up_texts ORDER BY id"
            ):
                texts.setdefault(follow_up_id, []).append(
                    FollowUpText(
                        text, by, datetime.fromisoformat(at.replace("Z", "+00:00")), corrects, tid
                    )
                )
            follow: dict[int, list[FollowUp]] = {}
            for fid, goal_id, on, done in conn.execute(
                "SELECT id, goal_id, on_date, done_on FROM goal_follow_ups ORDER BY on_date, id"
            ):
                follow.setdefault(goal_id, []).append(
                    FollowUp(date.fromisoformat(on), _date(done), fid, tuple(texts.get(fid, ())))
                )
        goals: dict[int, list[Goal]] = {}
        for gid, pid, area, text, resp, resp_name, due, status in rows:
            goals.setdefault(pid, []).append(
                Goal(
                    LifeArea(area),
                    text,
                    Responsible(resp),
                    resp_name,
                    _date(due),
                    GoalStatus(status),
                    tuple(follow.get(gid, ())),
                    gid,
                    pid,
                )
            )
        return goals

    def save_goal(self, person_id: int, goal: Goal) -> Goal:
        goal = goal.validated()
        now = self._now()
        with self.register.write() as tx:
            values = (
                goal.life_area.value,
                goal.description,
                goal.responsible.value,
                goal.responsible_name,
                goal.due.isoformat() if goal.due else None,
                goal.status.value,
            )
            if goal.id is None:
                goal_id = tx.execute(
                    "INSERT INTO goals (person_id, life_area, description, responsible, "
                    "responsible_name, due_date, status, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (person_id, *values, now, now),
                ).lastrowid
                tx.audit(Action.CREATE, "goal", goal_id)
            else:
                goal_id = goal.id
                tx.execute(
                    "UPDATE goals SET life_area = ?, description = ?, responsible = ?, "
                    "responsible_name = ?, due_date = ?, status = ?, updated_at = ? "
                    "WHERE id = ? AND person_id = ?",
                    (*values, now, goal_id, person_id),
                )
                tx.audit(Action.UPDATE, "goal", goal_id)
            known: set[int] = {f.id for f in goal.follow_ups if f.id is not None}
            for follow_up in goal.follow_ups:
                fid = follow_up.id
                if follow_up.id is None:
                    fid = tx.execute(
                        "INSERT INTO goal_follow_ups (goal_id, on_date, done_on) VALUES (?, ?, ?)",
                        (
                            goal_id,
                            follow_up.on.isoformat(),
                            follow_up.done_on.isoformat() if follow_up.done_on else None,
                        ),
                    ).lastrowid
                    if fid is not None:
                        known.add(fid)
                else:
                    tx.execute(
                        "UPDATE goal_follow_ups SET on_date = ?, done_on = ? WHERE id = ? AND "
                        "goal_id = ?",
                        (
                            follow_up.on.isoformat(),
                            follow_up.done_on.isoformat() if follow_up.done_on else None,
                            follow_up.id,
                            goal_id,
                        ),
                    )
                # Texts already saved are signed and never written again; new ones are added.
                for entry in follow_up.texts:
                    if entry.id is None and fid is not None:
                        self._insert_follow_up_text(tx, person_id, fid, entry.validated(), now)
            placeholders = ",".join("?" * len(known)) or "NULL"
            tx.execute(
                f"DELETE FROM goal_follow_ups WHERE goal_id = ? AND id NOT IN ({placeholders})",
                (goal_id, *known),
            )
        return next(g for g in self.goals(person_id) if g.id == goal_id)

    def _insert_follow_up_text(
        self, tx: Transaction, person_id: int, follow_up_id: int, entry: FollowUpText, now: str
    ) -> None:
        if (
            entry.corrects is not None
            and not tx.execute(
                "SELECT 1 FROM goal_follow_up_texts WHERE id = ? AND follow_up_id = ?",
                (entry.corrects, follow_up_id),
            ).fetchone()
        ):
            raise AppError(
                QT_TRANSLATE_NOOP("AppError", "The text to correct is not this follow-up's.")
            )
        text_id = tx.execute(
            "INSERT INTO goal_follow_up_texts (follow_up_id, person_id, text, written_by, "
            "written_at, corrects) VALUES (?, ?, ?, ?, ?, ?)",
            (
                follow_up_id,
                person_id,
                entry.text,
                self.register.session.username,
                now,
                entry.corrects,
            ),
        ).lastrowid
        tx.audit(Action.CREATE, "goal_follow_up_text", text_id)

    # ------------------------------------------------------------------ notes

    def notes(self, person_id: int) -> list[Note]:
        with self.register.read() as conn:
            rows = conn.execute(
                "SELECT id, written_on, category, text, author, signed_at, corrects FROM notes "
                "WHERE person_id = ? ORDER BY written_on DESC, id DESC",
                (person_id,),
            ).fetchall()
        return [
            Note(
                date.fromisoformat(r[1]),
                NoteCategory(r[2]),
                r[3],
                r[4],
                datetime.fromisoformat(r[5].replace("Z", "+00:00")),
                r[6],
                r[0],
                person_id,
            )
            for r in rows
        ]

    def add_note(self, person_id: int, note: Note) -> Note:
        """Sign and store a note. It can never be changed or deleted afterwards (triggers
        refuse it); to correct it, add a note with `corrects` set to its id."""
        note = note.validated()
        signed = self._now()
        with self.register.write() as tx:
            if (
                note.corrects is not None
                and not tx.execute(
                    "SELECT 1 FROM notes WHERE id = ? AND person_id = ?", (note.corrects, person_id)
                ).fetchone()
            ):
                raise AppError(
                    QT_TRANSLATE_NOOP("AppError", "The note to correct is not this person's.")
                )
            note_id = tx.execute(
                "INSERT INTO notes (person_id, written_on, category, text, author, signed_at, "
                "corrects) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    person_id,
                    note.written_on.isoformat(),
                    note.category.value,
                    note.text,
                    self.register.session.username,
                    signed,
                    note.corrects,
                ),
            ).lastrowid
            tx.audit(Action.CREATE, "note", note_id)
        return next(n for n in self.notes(person_id) if n.id == note_id)

    # ------------------------------------------------------------------ recovery capital

    def checkins(self, person_id: int) -> list[CapitalCheckin]:
        with self.register.read() as conn:
            rows = conn.execute(
                "SELECT id, on_date, social, physical, human, cultural, comment FROM "
                "capital_checkins "
                "WHERE person_id = ? ORDER BY on_date, id",
                (person_id,),
            ).fetchall()
        return [
            CapitalCheckin(date.fromisoformat(r[1]), r[2], r[3], r[4], r[5], r[6], r[0], person_id)
            for r in rows
        ]

    def add_checkin(self, person_id: int, checkin: CapitalCheckin) -> CapitalCheckin:
        checkin = checkin.validated()
        with self.register.write() as tx:
            checkin_id = tx.execute(
                "INSERT INTO capital_checkins (person_id, on_date, social, physical, human, "
                "cultural, "
                "comment, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    person_id,
                    checkin.on.isoformat(),
                    checkin.social,
                    checkin.physical,
                    checkin.human,
                    checkin.cultural,
                    checkin.comment,
                    self.register.session.username,
                    self._now(),
                ),
            ).lastrowid
            tx.audit(Action.CREATE, "capital_checkin", checkin_id)
        return replace(checkin, id=checkin_id, person_id=person_id)
