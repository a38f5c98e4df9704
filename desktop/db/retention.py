"""Retention in the register: each person's first and last entry, the review of whose records
are due (desktop/core/retention.py has the rules), and the erasure of a confirmed list in one
transaction, with `PRAGMA secure_delete` so deleted text does not linger in free pages, and a
checkpoint afterwards so it does not linger in the write-ahead log either.

Which tables hold a person is read from the schema (a `person_id` column, and the tables that
point at those by foreign key), so a table added later is deleted with the rest unless it is
named below as part of the skeleton that keeps the figures."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from desktop.core.audit import Action
from desktop.core.errors import AppError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.path import Status
from desktop.core.progress import NO_PROGRESS, Progress
from desktop.core.retention import (
    ERASED_FIRST_NAME,
    FileFacts,
    Removal,
    RetentionRule,
    Verdict,
    due_on,
    new_pseudonym,
    path_skeleton,
    placement_skeleton,
    redacted_summary,
    verdict,
)
from desktop.core.text import search_key
from desktop.db.driver import Connection
from desktop.db.register import Register, Transaction, audit_time
from desktop.db.settings import load_settings

RULES_KEY = "retention_rules"  # in the settings table: {"keep_research_sample": bool}

# Kept without identity, for the figures: scrubbed in place (desktop/core/retention.py).
SKELETON = ("path_events", "test_results", "placements")
# Rows that say nothing about the person once the skeleton has no identity: kept as they are.
KEPT_AS_IS = frozenset({"path_event_voids", "erasures", "retention_erasing"})
# Not linked by a column: the sent weekly summaries hold a person's section in their content.
SUMMARIES = "ambassador_summaries"

# Every date something was recorded about a person, by table: (table, person column, join to
# reach the person, date columns). A table missing from an older or newer schema is skipped.
_ENTRY_DATES: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("persons", "t.id", "", ("t.created_at", "t.updated_at")),
    ("path_events", "t.person_id", "", ("t.on_date", "t.recorded_at")),
    (
        "path_event_voids",
        "p.person_id",
        "JOIN path_events p ON p.id = t.event_id",
        ("t.voided_at",),
    ),
    ("notes", "t.person_id", "", ("t.written_on", "t.signed_at")),
    ("goals", "t.person_id", "", ("t.created_at", "t.updated_at")),
    ("goal_follow_ups", "g.person_id", "JOIN goals g ON g.id = t.goal_id", ("t.done_on",)),
    ("goal_follow_up_texts", "t.person_id", "", ("t.written_at",)),
    ("capital_checkins", "t.person_id", "", ("t.on_date", "t.recorded_at")),
    ("test_schedules", "t.person_id", "", ("t.recorded_at",)),
    ("test_results", "t.person_id", "", ("t.taken_at", "t.entered_at")),
    ("af_codings", "t.person_id", "", ("t.updated_at",)),
    ("placements", "t.person_id", "", ("t.start_date", "t.updated_at")),
    (
        "placement_contacts",
        "p.person_id",
        "JOIN placements p ON p.id = t.placement_id",
        ("t.on_date", "t.recorded_at"),
    ),
    ("consents", "t.person_id", "", ("t.given_on", "t.recorded_at")),
    (
        "consent_withdrawals",
        "c.person_id",
        "JOIN consents c ON c.id = t.consent_id",
        ("t.on_date", "t.recorded_at"),
    ),
    ("consent_voids", "c.person_id", "JOIN consents c ON c.id = t.consent_id", ("t.voided_at",)),
    (
        "consent_attachments",
        "c.person_id",
        "JOIN consents c ON c.id = t.consent_id",
        ("t.added_at",),
    ),
    ("disclosures", "t.person_id", "", ("t.on_date",)),
    ("todo_handled", "t.person_id", "", ("t.handled_at",)),
)


class NotDue(AppError):
    message = QT_TRANSLATE_NOOP(
        "AppError",
        "{count} of the people on the list are no longer due for deletion (a new entry, or "
        "someone else already deleted them). Nothing was deleted: open the review again.",
    )


class NotConfirmed(AppError):
    message = QT_TRANSLATE_NOOP(
        "AppError",
        "The deletion was not confirmed: type the number of people ({count}) to confirm. "
        "Nothing was deleted.",
    )


@dataclass(frozen=True)
class DueRecord:
    """A person in the review: who, since when, and what erasing would remove."""

    person_id: int
    name: str
    personnummer: str  # as shown, with the dash
    internal_no: str
    status: Status
    first_entry: date
    last_entry: date
    due_on: date
    removal: Removal


@dataclass(frozen=True)
class ErasedEntry:
    person_id: int
    pseudonym: str
    internal_no: str  # the file's number before it was erased, for the archive
    first_entry: date
    last_entry: date
    removal: Removal


@dataclass(frozen=True)
class ErasureList:
    id: int
    confirmed_at: str  # UTC, as in the audit log
    confirmed_by: str
    confirmed_by_name: str
    retention_years: int
    research_sample: bool
    entries: tuple[ErasedEntry, ...]


def _tables(conn: Connection) -> set[str]:
    return {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _columns(conn: Connection, table: str) -> set[str]:
    return {str(r[1]) for r in conn.execute(f'PRAGMA table_info("{table}")')}


@dataclass(frozen=True)
class _Schema:
    """The tables that hold a person and which tables point at which, read once per review or
    erasure (not once per person: at 1,000 people that was most of the time)."""

    tables: frozenset[str]
    person_tables: tuple[str, ...]
    children: Mapping[str, tuple[tuple[str, str], ...]]  # parent → (table, column) pointing at it


def _schema(conn: Connection) -> _Schema:
    tables = _tables(conn)
    person = sorted(
        t
        for t in tables
        if "person_id" in _columns(conn, t) and t not in ("erasures", "retention_erasing")
    )
    children: dict[str, list[tuple[str, str]]] = {}
    for table in sorted(tables):
        for row in conn.execute(f'PRAGMA foreign_key_list("{table}")'):
            if row[2] != table and row[4] in (None, "id"):
                children.setdefault(str(row[2]), []).append((table, str(row[3])))
    return _Schema(frozenset(tables), tuple(person), {k: tuple(v) for k, v in children.items()})


def person_tables(conn: Connection) -> list[str]:
    """Every table with a `person_id` column, but the retention tables themselves."""
    return list(_schema(conn).person_tables)


def _count_rows(
    conn: Connection,
    schema: _Schema,
    table: str,
    where: str,
    params: Sequence[object],
    into: dict[str, int],
) -> None:
    for child, column in schema.children.get(table, ()):
        # A child holding the person's id itself is counted once, as a table of its own.
        if child not in KEPT_AS_IS and child not in schema.person_tables:
            _count_rows(
                conn,
                schema,
                child,
                f"{column} IN (SELECT id FROM {table} WHERE {where})",
                params,
                into,
            )
    count = int(conn.execute(f"SELECT count(*) FROM {table} WHERE {where}", params).fetchone()[0])
    into[table] = into.get(table, 0) + count


def _delete_rows(
    conn: Connection, schema: _Schema, table: str, where: str, params: Sequence[object]
) -> None:
    """Delete the rows and, first, every row pointing at them (a goal's follow-ups, a
    consent's withdrawal, void and scanned form)."""
    for child, column in schema.children.get(table, ()):
        if child not in KEPT_AS_IS:
            _delete_rows(
                conn, schema, child, f"{column} IN (SELECT id FROM {table} WHERE {where})", params
            )
    conn.execute(f"DELETE FROM {table} WHERE {where}", params)


def _summaries_naming(conn: Connection, schema: _Schema, person_id: int) -> list[tuple[int, str]]:
    if SUMMARIES not in schema.tables:
        return []
    rows = conn.execute(
        f"SELECT s.id, s.content FROM {SUMMARIES} s WHERE EXISTS (SELECT 1 FROM "
        "json_each(s.content, '$.people') p WHERE json_extract(p.value, '$.person_id') = ?)",
        (person_id,),
    ).fetchall()
    return [(int(r[0]), str(r[1])) for r in rows]


def _summary_counts(conn: Connection, schema: _Schema) -> dict[int, int]:
    """How many sent summaries name each person, in one pass over the summaries."""
    if SUMMARIES not in schema.tables:
        return {}
    rows = conn.execute(
        "SELECT json_extract(p.value, '$.person_id'), count(DISTINCT s.id) FROM "
        f"{SUMMARIES} s, json_each(s.content, '$.people') p GROUP BY 1"
    ).fetchall()
    return {int(pid): int(n) for pid, n in rows if pid is not None}


def _removal(conn: Connection, schema: _Schema, person_id: int, summaries: int) -> Removal:
    deleted: dict[str, int] = {}
    kept: dict[str, int] = {}
    for table in schema.person_tables:
        if table in SKELETON:
            kept[table] = int(
                conn.execute(
                    f"SELECT count(*) FROM {table} WHERE person_id = ?", (person_id,)
                ).fetchone()[0]
            )
            for child, column in schema.children.get(table, ()):
                if child not in KEPT_AS_IS and child not in schema.person_tables:
                    _count_rows(
                        conn,
                        schema,
                        child,
                        f"{column} IN (SELECT id FROM {table} WHERE person_id = ?)",
                        (person_id,),
                        deleted,
                    )
        elif table not in KEPT_AS_IS:
            _count_rows(conn, schema, table, "person_id = ?", (person_id,), deleted)
    if summaries:
        deleted[SUMMARIES] = summaries
    return Removal(deleted, kept)


def _count_grouped(
    conn: Connection,
    schema: _Schema,
    joins: list[str],
    table: str,
    into: dict[int, dict[str, int]],
    *,
    count_self: bool = True,
) -> None:
    """What `_count_rows` counts for one person, for everyone at once: the rows of `table`
    (reached from a person table `a0` through `joins`) and of the tables pointing at them,
    by person."""
    alias = f"a{len(joins) - 1}"
    for child, column in schema.children.get(table, ()):
        if child not in KEPT_AS_IS and child not in schema.person_tables:
            inner = f"a{len(joins)}"
            _count_grouped(
                conn, schema, [*joins, f"JOIN {child} {inner} ON {inner}.{column} = {alias}.id"],
                child, into,
            )  # fmt: skip
    if count_self:
        for person_id, count in conn.execute(
            f"SELECT a0.person_id, count(*) FROM {' '.join(joins)} GROUP BY a0.person_id"
        ):
            by_kind = into.setdefault(int(person_id), {})
            by_kind[table] = by_kind.get(table, 0) + int(count)


def _removals(conn: Connection, schema: _Schema) -> dict[int, Removal]:
    """`_removal` of every person, in a few grouped queries (at 10,000 people, one person at a
    time took seconds)."""
    deleted: dict[int, dict[str, int]] = {}
    kept: dict[int, dict[str, int]] = {}
    for table in schema.person_tables:
        if table in SKELETON:
            _count_grouped(conn, schema, [f"{table} a0"], table, kept)
            _count_grouped(conn, schema, [f"{table} a0"], table, deleted, count_self=False)
        elif table not in KEPT_AS_IS:
            _count_grouped(conn, schema, [f"{table} a0"], table, deleted)
    for person_id, count in _summary_counts(conn, schema).items():
        deleted.setdefault(person_id, {})[SUMMARIES] = count
    return {
        pid: Removal(deleted.get(pid, {}), {t: kept.get(pid, {}).get(t, 0) for t in SKELETON})
        for pid in set(deleted) | set(kept)
    }


def _entry_spans(conn: Connection) -> dict[int, tuple[date, date]]:
    """(first, last) entry day of every person not yet erased. One grouped query per dated
    column, merged here: a single UNION of every date took 1.5 s at 10,000 people (490,000
    drug-test results), most of the review. Dates and UTC times compare alike as text, their
    day first."""
    tables = _tables(conn)
    erased = {int(r[0]) for r in conn.execute("SELECT person_id FROM erasures")}
    first: dict[int, str] = {}
    last: dict[int, str] = {}
    for table, person, join, columns in _ENTRY_DATES:
        if table not in tables:
            continue
        for column in columns:
            for pid, low, high in conn.execute(
                f"SELECT {person}, min({column}), max({column}) FROM {table} t {join} "
                f"WHERE {column} IS NOT NULL AND {column} != '' GROUP BY {person}"
            ):
                pid = int(pid)
                if pid in erased:
                    continue
                low, high = str(low)[:10], str(high)[:10]
                if pid not in first or low < first[pid]:
                    first[pid] = low
                if pid not in last or high > last[pid]:
                    last[pid] = high
    return {pid: (date.fromisoformat(first[pid]), date.fromisoformat(last[pid])) for pid in first}


class RetentionRepository:
    def __init__(self, register: Register) -> None:
        self.register = register

    # ------------------------------------------------------------------------- the rule

    def rule(self) -> RetentionRule:
        years = load_settings(self.register).retention_years
        with self.register.read() as conn:
            row = conn.execute("SELECT value FROM settings WHERE key = ?", (RULES_KEY,)).fetchone()
        stored = json.loads(row[0]) if row else {}
        keep = bool(stored.get("keep_research_sample", True)) if isinstance(stored, dict) else True
        return RetentionRule(years, keep)

    def save_research_sample(self, keep: bool) -> None:
        """Whether people born on the 5th, 15th and 25th are kept (administrators only)."""
        self.register.require_admin()
        with self.register.write() as tx:
            tx.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (RULES_KEY, json.dumps({"keep_research_sample": keep})),
            )
            tx.audit(Action.UPDATE, "settings", RULES_KEY)

    # ----------------------------------------------------------------------- the review

    def _facts(self, conn: Connection) -> tuple[dict[int, FileFacts], dict[int, date]]:
        spans = _entry_spans(conn)
        rows = conn.execute(
            "SELECT id, status, birth_date FROM persons "
            "WHERE id NOT IN (SELECT person_id FROM erasures)"
        ).fetchall()
        facts = {}
        firsts = {}
        for pid, status, birth in rows:
            first, last = spans[int(pid)]
            facts[int(pid)] = FileFacts(
                int(pid), Status(status), last, date.fromisoformat(birth) if birth else None
            )
            firsts[int(pid)] = first
        return facts, firsts

    def review(self, today: date | None = None) -> list[DueRecord]:
        """Everyone whose record is due for deletion today, oldest last entry first, with what
        erasing would remove (administrators only: the list names people)."""
        self.register.require_admin()
        today = today or self.register.today()
        rule = self.rule()
        with self.register.read() as conn:
            facts, firsts = self._facts(conn)
            due = [f for f in facts.values() if verdict(f, rule, today) is Verdict.DUE]
            due.sort(key=lambda f: (f.last_entry, f.person_id))
            removals = _removals(conn, _schema(conn))
            nothing = Removal({}, {t: 0 for t in SKELETON})
            found = []
            for f in due:
                row = conn.execute(
                    "SELECT first_name, last_name, personnummer, internal_no FROM persons "
                    "WHERE id = ?",
                    (f.person_id,),
                ).fetchone()
                pnr = str(row[2] or "")
                found.append(
                    DueRecord(
                        f.person_id,
                        f"{row[0]} {row[1]}",
                        f"{pnr[:8]}-{pnr[8:]}" if pnr else "",
                        str(row[3]),
                        f.status,
                        firsts[f.person_id],
                        f.last_entry,
                        due_on(f.last_entry, rule.years),
                        removals.get(f.person_id, nothing),
                    )
                )
        return found

    def kept_for_research(self, today: date | None = None) -> int:
        """How many whose period has run out are kept as the research sample."""
        today = today or self.register.today()
        rule = self.rule()
        with self.register.read() as conn:
            facts, _ = self._facts(conn)
        return sum(verdict(f, rule, today) is Verdict.RESEARCH_SAMPLE for f in facts.values())

    # ------------------------------------------------------------------------ erasing

    def erase(
        self, person_ids: Sequence[int], confirmed_count: int, progress: Progress = NO_PROGRESS
    ) -> ErasureList:
        """Erase the people on a list an administrator confirmed by typing its count: all of
        them in one transaction, with an audit entry for each and one for the list, or none
        if any of them is no longer due, or if it is cancelled before it commits."""
        self.register.require_admin()
        ids = sorted(set(person_ids))
        if not ids or confirmed_count != len(ids):
            raise NotConfirmed(count=len(ids))
        rule = self.rule()
        today = self.register.today()
        session = self.register.session
        now = audit_time(self.register.now())
        with self.register.read() as conn:
            was_secure = int(conn.execute("PRAGMA secure_delete").fetchone()[0])
            # Deleted rows are overwritten with zeros, not just unlinked (SQLCipher encrypts
            # the pages anyway; this keeps them out of a decrypted file's free space too).
            conn.execute("PRAGMA secure_delete = ON")
        try:
            with self.register.write() as tx:
                conn = tx.conn
                facts, firsts = self._facts(conn)
                stale = [
                    i
                    for i in ids
                    if i not in facts or verdict(facts[i], rule, today) is not Verdict.DUE
                ]
                if stale:
                    raise NotDue(count=len(stale))
                list_id = int(
                    tx.execute(
                        "INSERT INTO erasure_lists (confirmed_at, confirmed_by, "
                        "confirmed_by_name, retention_years, research_sample) "
                        "VALUES (?, ?, ?, ?, ?)",
                        (
                            now,
                            session.username,
                            session.display_name,
                            rule.years,
                            int(rule.keep_research_sample),
                        ),
                    ).lastrowid
                    or 0
                )
                schema = _schema(conn)
                taken = {str(r[0]) for r in conn.execute("SELECT pseudonym FROM erasures")}
                for done, person_id in enumerate(ids):
                    progress.check()
                    progress.report(done, len(ids))
                    pseudonym = new_pseudonym(taken)
                    taken.add(pseudonym)
                    self._erase_one(
                        tx,
                        schema,
                        person_id,
                        pseudonym,
                        list_id,
                        firsts[person_id],
                        facts[person_id],
                        now,
                    )
                progress.check()  # the last moment: after this it is committed
                tx.audit(Action.ERASE, "erasure_list", list_id)
        finally:
            with self.register.read() as conn:
                conn.execute(f"PRAGMA secure_delete = {int(was_secure)}")
        with self.register.read() as conn:
            # The old pages are still in the write-ahead log until it is checkpointed.
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return self.erasure_list(list_id)

    def _erase_one(
        self,
        tx: Transaction,
        schema: _Schema,
        person_id: int,
        pseudonym: str,
        list_id: int,
        first: date,
        facts: FileFacts,
        now: str,
    ) -> None:
        conn = tx.conn
        naming = _summaries_naming(conn, schema, person_id)
        removal = _removal(conn, schema, person_id, len(naming))
        first_name, last_name, internal_no = conn.execute(
            "SELECT first_name, last_name, internal_no FROM persons WHERE id = ?", (person_id,)
        ).fetchone()
        tx.execute("INSERT INTO retention_erasing (person_id) VALUES (?)", (person_id,))

        for table in schema.person_tables:
            if table in KEPT_AS_IS:
                continue
            if table in SKELETON:
                for child, column in schema.children.get(table, ()):
                    if child not in KEPT_AS_IS:
                        _delete_rows(
                            conn,
                            schema,
                            child,
                            f"{column} IN (SELECT id FROM {table} WHERE person_id = ?)",
                            (person_id,),
                        )
            else:
                _delete_rows(conn, schema, table, "person_id = ?", (person_id,))

        for event_id, kind, data in conn.execute(
            "SELECT id, kind, data FROM path_events WHERE person_id = ?", (person_id,)
        ).fetchall():
            kept = json.dumps(path_skeleton(str(kind), json.loads(data)), sort_keys=True)
            if kept != data:
                tx.execute("UPDATE path_events SET data = ? WHERE id = ?", (kept, event_id))
        tx.execute(
            "UPDATE test_results SET comment = '', sample_id = '' WHERE person_id = ? "
            "AND (comment != '' OR sample_id != '')",
            (person_id,),
        )
        for placement_id, data in conn.execute(
            "SELECT id, data FROM placements WHERE person_id = ?", (person_id,)
        ).fetchall():
            kept = json.dumps(placement_skeleton(json.loads(data)), sort_keys=True)
            if kept != data:
                tx.execute("UPDATE placements SET data = ? WHERE id = ?", (kept, placement_id))
        names = (f"{first_name} {last_name}", f"{last_name} {first_name}", first_name, last_name)
        for summary_id, content in naming:
            redacted = redacted_summary(json.loads(content), person_id, pseudonym, names)
            tx.execute(
                f"UPDATE {SUMMARIES} SET content = ? WHERE id = ?",
                (json.dumps(redacted, ensure_ascii=False, sort_keys=True), summary_id),
            )

        tx.execute(
            "UPDATE persons SET first_name = ?, last_name = ?, personnummer = NULL, phone = '', "
            "municipality = '', interpreter = '', responsible = '', needs = '[]', "
            "internal_no = ?, search = ?, updated_at = ? WHERE id = ?",
            (
                ERASED_FIRST_NAME,
                pseudonym,
                pseudonym,
                search_key(f"{ERASED_FIRST_NAME} {pseudonym} {pseudonym.replace('-', '')}"),
                now,
                person_id,
            ),
        )
        tx.execute(
            "INSERT INTO erasures (person_id, list_id, pseudonym, internal_no, first_entry, "
            "last_entry, removal) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                person_id,
                list_id,
                pseudonym,
                str(internal_no),
                first.isoformat(),
                facts.last_entry.isoformat(),
                json.dumps(removal.to_json(), sort_keys=True),
            ),
        )
        tx.execute("DELETE FROM retention_erasing WHERE person_id = ?", (person_id,))
        tx.audit(Action.ERASE, "person", person_id)

    # ------------------------------------------------------------------ the lists kept

    def erasure_lists(self) -> list[ErasureList]:
        """Every confirmed list, newest first."""
        with self.register.read() as conn:
            ids = [int(r[0]) for r in conn.execute("SELECT id FROM erasure_lists ORDER BY id DESC")]
        return [self.erasure_list(i) for i in ids]

    def erasure_list(self, list_id: int) -> ErasureList:
        with self.register.read() as conn:
            head = conn.execute(
                "SELECT id, confirmed_at, confirmed_by, confirmed_by_name, retention_years, "
                "research_sample FROM erasure_lists WHERE id = ?",
                (list_id,),
            ).fetchone()
            if head is None:
                raise KeyError(list_id)
            rows = conn.execute(
                "SELECT person_id, pseudonym, internal_no, first_entry, last_entry, removal "
                "FROM erasures WHERE list_id = ? ORDER BY internal_no, person_id",
                (list_id,),
            ).fetchall()
        return ErasureList(
            int(head[0]),
            str(head[1]),
            str(head[2]),
            str(head[3]),
            int(head[4]),
            bool(head[5]),
            tuple(
                ErasedEntry(
                    int(pid),
                    str(pseudonym),
                    str(number),
                    date.fromisoformat(first),
                    date.fromisoformat(last),
                    Removal.from_json(json.loads(removal)),
                )
                for pid, pseudonym, number, first, last, removal in rows
            ),
        )

    def pseudonyms(self, person_ids: Iterable[int] | None = None) -> dict[int, str]:
        """The pseudonym of each erased person, by internal id (what the audit log names)."""
        with self.register.read() as conn:
            rows = conn.execute("SELECT person_id, pseudonym FROM erasures").fetchall()
        wanted = set(person_ids) if person_ids is not None else None
        return {int(pid): str(p) for pid, p in rows if wanted is None or int(pid) in wanted}
