"""Schema versions: `PRAGMA user_version`, ordered steps, each in one transaction with its audit
entry. An encrypted copy of the register is written before an existing register is migrated, and
a register from a newer version is refused before anything is written."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from desktop.core.text import search_key
from desktop.db import driver
from desktop.db.driver import Connection


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    apply: Callable[[Connection], None]


def _v1_foundation(conn: Connection) -> None:
    _run_script(
        conn,
        """
        CREATE TABLE meta (
            key   TEXT PRIMARY KEY,
            value BLOB NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE users (
            id                   INTEGER PRIMARY KEY,
            username             TEXT NOT NULL UNIQUE,
            display_name         TEXT NOT NULL,
            role                 TEXT NOT NULL CHECK (role IN ('admin', 'staff')),
            created_at           TEXT NOT NULL,
            disabled_at          TEXT,
            must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
            slot_public_key      BLOB
        );

        CREATE TABLE audit_log (
            seq       INTEGER PRIMARY KEY,
            at        TEXT NOT NULL,
            user      TEXT NOT NULL,
            action    TEXT NOT NULL,
            entity    TEXT NOT NULL DEFAULT '',
            entity_id TEXT NOT NULL DEFAULT '',
            mac       BLOB NOT NULL
        );
        CREATE INDEX audit_log_by_user ON audit_log (user, seq);
        CREATE INDEX audit_log_by_entity ON audit_log (entity, entity_id, seq);

        CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
        CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
        """,
    )


def _run_script(conn: Connection, script: str) -> None:
    """Run several statements inside the caller's transaction (`executescript` would commit)."""
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if driver.complete_statement(statement):
            conn.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError("incomplete SQL statement in migration script")


def _v2_settings(conn: Connection) -> None:
    _run_script(
        conn,
        """
        CREATE TABLE settings (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL  -- JSON
        ) WITHOUT ROWID;
        """,
    )


def _v3_participants(conn: Connection) -> None:
    _run_script(
        conn,
        """
        CREATE TABLE groups (
            id         INTEGER PRIMARY KEY,
            name       TEXT NOT NULL UNIQUE,
            start_date TEXT NOT NULL
        );

        CREATE TABLE persons (
            id           INTEGER PRIMARY KEY,
            internal_no  TEXT NOT NULL UNIQUE,
            first_name   TEXT NOT NULL,
            last_name    TEXT NOT NULL,
            personnummer TEXT UNIQUE,
            birth_date   TEXT,
            sex          TEXT NOT NULL DEFAULT 'unknown',
            phone        TEXT NOT NULL DEFAULT '',
            municipality TEXT NOT NULL DEFAULT '',
            interpreter  TEXT NOT NULL DEFAULT '',
            responsible  TEXT NOT NULL DEFAULT '',
            needs        TEXT NOT NULL DEFAULT '[]',
            -- Derived from the path events in the same transaction as each event, so the list
            -- can filter and sort in SQL; the events stay the record.
            status       TEXT NOT NULL DEFAULT 'new',
            phase        TEXT,
            group_id     INTEGER REFERENCES groups (id),
            search       TEXT NOT NULL DEFAULT '',
            created_at   TEXT NOT NULL,
            updated_at   TEXT NOT NULL
        );
        CREATE INDEX persons_by_status ON persons (status, phase);
        CREATE INDEX persons_by_birth_date ON persons (birth_date);

        CREATE TABLE path_events (
            id          INTEGER PRIMARY KEY,
            person_id   INTEGER NOT NULL REFERENCES persons (id),
            on_date     TEXT NOT NULL,
            kind        TEXT NOT NULL,
            data        TEXT NOT NULL DEFAULT '{}',
            recorded_by TEXT NOT NULL,
            recorded_at TEXT NOT NULL
        );
        CREATE INDEX path_events_by_person ON path_events (person_id, id);
        -- A step recorded by mistake is voided, never changed or deleted.
        CREATE TABLE path_event_voids (
            event_id  INTEGER PRIMARY KEY REFERENCES path_events (id),
            voided_by TEXT NOT NULL,
            voided_at TEXT NOT NULL
        );
        CREATE TRIGGER path_events_no_update BEFORE UPDATE ON path_events
        BEGIN SELECT RAISE(ABORT, 'path events are never changed'); END;
        CREATE TRIGGER path_events_no_delete BEFORE DELETE ON path_events
        BEGIN SELECT RAISE(ABORT, 'path events are never deleted'); END;

        CREATE TABLE contacts (
            id        INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES persons (id),
            role      TEXT NOT NULL,
            name      TEXT NOT NULL,
            unit      TEXT NOT NULL DEFAULT '',
            phone     TEXT NOT NULL DEFAULT '',
            email     TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX contacts_by_person ON contacts (person_id);

        CREATE TABLE goals (
            id               INTEGER PRIMARY KEY,
            person_id        INTEGER NOT NULL REFERENCES persons (id),
            life_area        TEXT NOT NULL,
            description      TEXT NOT NULL,
            responsible      TEXT NOT NULL,
            responsible_name TEXT NOT NULL DEFAULT '',
            due_date         TEXT,
            status           TEXT NOT NULL,
            created_at       TEXT NOT NULL,
            updated_at       TEXT NOT NULL
        );
        CREATE INDEX goals_by_person ON goals (person_id);
        CREATE TABLE goal_follow_ups (
            id      INTEGER PRIMARY KEY,
            goal_id INTEGER NOT NULL REFERENCES goals (id),
            on_date TEXT NOT NULL,
            done_on TEXT
        );
        CREATE INDEX goal_follow_ups_by_goal ON goal_follow_ups (goal_id);

        CREATE TABLE notes (
            id         INTEGER PRIMARY KEY,
            person_id  INTEGER NOT NULL REFERENCES persons (id),
            written_on TEXT NOT NULL,
            category   TEXT NOT NULL,
            text       TEXT NOT NULL,
            author     TEXT NOT NULL,
            signed_at  TEXT NOT NULL,
            corrects   INTEGER REFERENCES notes (id)
        );
        CREATE INDEX notes_by_person ON notes (person_id, id);
        CREATE TRIGGER notes_no_update BEFORE UPDATE ON notes
        BEGIN SELECT RAISE(ABORT, 'notes are signed and never changed'); END;
        CREATE TRIGGER notes_no_delete BEFORE DELETE ON notes
        BEGIN SELECT RAISE(ABORT, 'notes are signed and never deleted'); END;

        CREATE TABLE capital_checkins (
            id          INTEGER PRIMARY KEY,
            person_id   INTEGER NOT NULL REFERENCES persons (id),
            on_date     TEXT NOT NULL,
            social      INTEGER NOT NULL CHECK (social BETWEEN 1 AND 5),
            physical    INTEGER NOT NULL CHECK (physical BETWEEN 1 AND 5),
            human       INTEGER NOT NULL CHECK (human BETWEEN 1 AND 5),
            cultural    INTEGER NOT NULL CHECK (cultural BETWEEN 1 AND 5),
            comment     TEXT NOT NULL DEFAULT '',
            recorded_by TEXT NOT NULL,
            recorded_at TEXT NOT NULL
        );
        CREATE INDEX capital_checkins_by_person ON capital_checkins (person_id, on_date);
        """,
    )


def _v4_drug_tests(conn: Connection) -> None:
    _run_script(
        conn,
        """
        CREATE TABLE test_providers (
            id              INTEGER PRIMARY KEY,
            name            TEXT NOT NULL UNIQUE,
            methods         TEXT NOT NULL DEFAULT '[]',
            panel           TEXT NOT NULL DEFAULT '[]',
            booking         INTEGER NOT NULL DEFAULT 0,
            turnaround_days INTEGER NOT NULL DEFAULT 3,
            active          INTEGER NOT NULL DEFAULT 1
        );
        CREATE TABLE test_provider_prices (
            id          INTEGER PRIMARY KEY,
            provider_id INTEGER NOT NULL REFERENCES test_providers (id),
            since       TEXT NOT NULL,
            sek         INTEGER NOT NULL CHECK (sek >= 0),
            UNIQUE (provider_id, since)
        );

        -- Every change of a schedule is a new version; the latest is the schedule.
        CREATE TABLE test_schedules (
            id          INTEGER PRIMARY KEY,
            person_id   INTEGER NOT NULL REFERENCES persons (id),
            data        TEXT NOT NULL,
            recorded_by TEXT NOT NULL,
            recorded_at TEXT NOT NULL
        );
        CREATE INDEX test_schedules_by_person ON test_schedules (person_id, id);

        -- A day's draw is made once and never changed (R13).
        CREATE TABLE test_draws (
            day         TEXT PRIMARY KEY,
            eligible    TEXT NOT NULL,
            selected    TEXT NOT NULL,
            week_counts TEXT NOT NULL,
            drawn_by    TEXT NOT NULL,
            drawn_at    TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE TRIGGER test_draws_no_update BEFORE UPDATE ON test_draws
        BEGIN SELECT RAISE(ABORT, 'a draw is never changed'); END;
        CREATE TRIGGER test_draws_no_delete BEFORE DELETE ON test_draws
        BEGIN SELECT RAISE(ABORT, 'a draw is never deleted'); END;
        CREATE TABLE test_draw_openings (
            id        INTEGER PRIMARY KEY,
            day       TEXT NOT NULL REFERENCES test_draws (day),
            opened_by TEXT NOT NULL,
            opened_at TEXT NOT NULL
        );

        -- Results are never changed either: a correction is a new result that points back.
        CREATE TABLE test_results (
            id          INTEGER PRIMARY KEY,
            person_id   INTEGER NOT NULL REFERENCES persons (id),
            taken_at    TEXT NOT NULL,
            method      TEXT NOT NULL,
            outcome     TEXT NOT NULL,
            "values"    TEXT NOT NULL DEFAULT '[]',
            provider_id INTEGER REFERENCES test_providers (id),
            sample_id   TEXT NOT NULL DEFAULT '',
            price_sek   INTEGER,
            comment     TEXT NOT NULL DEFAULT '',
            entered_by  TEXT NOT NULL,
            entered_at  TEXT NOT NULL,
            corrects    INTEGER REFERENCES test_results (id)
        );
        CREATE INDEX test_results_by_person ON test_results (person_id, taken_at);
        CREATE INDEX test_results_by_time ON test_results (taken_at);
        CREATE TRIGGER test_results_no_update BEFORE UPDATE ON test_results
        BEGIN SELECT RAISE(ABORT, 'a result is never changed'); END;
        CREATE TRIGGER test_results_no_delete BEFORE DELETE ON test_results
        BEGIN SELECT RAISE(ABORT, 'a result is never deleted'); END;
        """,
    )


def _v5_osa(conn: Connection) -> None:
    _run_script(
        conn,
        """
        CREATE TABLE workplaces (
            id               INTEGER PRIMARY KEY,
            name             TEXT NOT NULL UNIQUE,
            employer_type    TEXT NOT NULL,
            org_unit         TEXT NOT NULL DEFAULT '',
            org_number       TEXT NOT NULL DEFAULT '',
            address          TEXT NOT NULL DEFAULT '',
            supervisor_name  TEXT NOT NULL DEFAULT '',
            supervisor_phone TEXT NOT NULL DEFAULT '',
            supervisor_email TEXT NOT NULL DEFAULT '',
            kinds_of_work    TEXT NOT NULL DEFAULT '',
            places           INTEGER NOT NULL DEFAULT 1,
            active           INTEGER NOT NULL DEFAULT 1
        );
        CREATE TABLE af_codings (
            person_id  INTEGER PRIMARY KEY REFERENCES persons (id),
            data       TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE placements (
            id           INTEGER PRIMARY KEY,
            person_id    INTEGER NOT NULL REFERENCES persons (id),
            workplace_id INTEGER NOT NULL REFERENCES workplaces (id),
            status       TEXT NOT NULL,
            start_date   TEXT NOT NULL,
            end_date     TEXT NOT NULL,
            data         TEXT NOT NULL,
            updated_at   TEXT NOT NULL
        );
        CREATE INDEX placements_by_person ON placements (person_id);
        CREATE INDEX placements_by_workplace ON placements (workplace_id, start_date);
        CREATE TABLE placement_contacts (
            id           INTEGER PRIMARY KEY,
            placement_id INTEGER NOT NULL REFERENCES placements (id),
            on_date      TEXT NOT NULL,
            kind         TEXT NOT NULL,
            note         TEXT NOT NULL DEFAULT '',
            recorded_by  TEXT NOT NULL,
            recorded_at  TEXT NOT NULL
        );
        CREATE INDEX placement_contacts_by_placement ON placement_contacts (placement_id, on_date);
        """,
    )


def _v6_consent(conn: Connection) -> None:
    _run_script(
        conn,
        """
        -- A consent is a record of what the person agreed to: never changed. A withdrawal is
        -- its own row; a consent entered by mistake is voided, never deleted.
        CREATE TABLE consents (
            id                      INTEGER PRIMARY KEY,
            person_id               INTEGER NOT NULL REFERENCES persons (id),
            kind                    TEXT NOT NULL,
            units                   TEXT NOT NULL,  -- JSON list of unit codes
            categories              TEXT NOT NULL,  -- JSON list of category codes
            purpose                 TEXT NOT NULL,
            given_on                TEXT NOT NULL,
            valid_until             TEXT NOT NULL,
            form                    TEXT NOT NULL,
            description_handed_over INTEGER NOT NULL CHECK (description_handed_over IN (0, 1)),
            note                    TEXT NOT NULL DEFAULT '',
            recorded_by             TEXT NOT NULL,
            recorded_at             TEXT NOT NULL
        );
        CREATE INDEX consents_by_person ON consents (person_id, given_on);
        CREATE TRIGGER consents_no_update BEFORE UPDATE ON consents
        BEGIN SELECT RAISE(ABORT, 'a consent is never changed'); END;
        CREATE TRIGGER consents_no_delete BEFORE DELETE ON consents
        BEGIN SELECT RAISE(ABORT, 'a consent is never deleted'); END;

        CREATE TABLE consent_withdrawals (
            consent_id  INTEGER PRIMARY KEY REFERENCES consents (id),
            on_date     TEXT NOT NULL,
            method      TEXT NOT NULL,
            note        TEXT NOT NULL DEFAULT '',
            recorded_by TEXT NOT NULL,
            recorded_at TEXT NOT NULL
        );
        CREATE TRIGGER consent_withdrawals_no_update BEFORE UPDATE ON consent_withdrawals
        BEGIN SELECT RAISE(ABORT, 'a withdrawal is never changed'); END;
        CREATE TRIGGER consent_withdrawals_no_delete BEFORE DELETE ON consent_withdrawals
        BEGIN SELECT RAISE(ABORT, 'a withdrawal is never deleted'); END;

        CREATE TABLE consent_voids (
            consent_id INTEGER PRIMARY KEY REFERENCES consents (id),
            reason     TEXT NOT NULL,
            voided_by  TEXT NOT NULL,
            voided_at  TEXT NOT NULL
        );

        -- Scanned signed forms live inside the encrypted register, never as loose files.
        CREATE TABLE consent_attachments (
            id         INTEGER PRIMARY KEY,
            consent_id INTEGER NOT NULL REFERENCES consents (id),
            file_name  TEXT NOT NULL,
            media_type TEXT NOT NULL,
            size       INTEGER NOT NULL,
            sha256     TEXT NOT NULL,
            data       BLOB NOT NULL,
            added_by   TEXT NOT NULL,
            added_at   TEXT NOT NULL
        );
        CREATE INDEX consent_attachments_by_consent ON consent_attachments (consent_id);
        CREATE TRIGGER consent_attachments_no_update BEFORE UPDATE ON consent_attachments
        BEGIN SELECT RAISE(ABORT, 'an attachment is never changed'); END;

        -- Every document that held a person's data and left the register: to whom, what,
        -- when, by whom. Written in the same transaction as the export's audit entry.
        CREATE TABLE disclosures (
            id         INTEGER PRIMARY KEY,
            person_id  INTEGER NOT NULL REFERENCES persons (id),
            recipient  TEXT NOT NULL,
            categories TEXT NOT NULL,  -- JSON list of category codes
            document   TEXT NOT NULL,
            on_date    TEXT NOT NULL,
            at         TEXT NOT NULL,
            by_user    TEXT NOT NULL,
            audit_seq  INTEGER NOT NULL
        );
        CREATE INDEX disclosures_by_person ON disclosures (person_id, on_date);
        CREATE TRIGGER disclosures_no_update BEFORE UPDATE ON disclosures
        BEGIN SELECT RAISE(ABORT, 'the disclosure log is append-only'); END;
        CREATE TRIGGER disclosures_no_delete BEFORE DELETE ON disclosures
        BEGIN SELECT RAISE(ABORT, 'the disclosure log is append-only'); END;
        """,
    )


def _v7_ambassadors(conn: Connection) -> None:
    _run_script(
        conn,
        """
        -- The partner units' ambassadors who get the weekly summary (domain §1); a unit may
        -- have several. Deactivated, never deleted: sent summaries point to them.
        CREATE TABLE ambassadors (
            id         INTEGER PRIMARY KEY,
            name       TEXT NOT NULL,
            unit       TEXT NOT NULL,  -- a receiving unit's code from the consent options
            phone      TEXT NOT NULL DEFAULT '',
            email      TEXT NOT NULL DEFAULT '',
            active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );

        -- Each summary sent: what it held (JSON, so a later draft of the same week can show
        -- what changed), its hash, and the export's audit entry. Never changed.
        CREATE TABLE ambassador_summaries (
            id            INTEGER PRIMARY KEY,
            week          TEXT NOT NULL,  -- ISO week, e.g. 2026-W47
            ambassador_id INTEGER NOT NULL REFERENCES ambassadors (id),
            unit          TEXT NOT NULL,
            sent_at       TEXT NOT NULL,
            sent_by       TEXT NOT NULL,
            content_hash  TEXT NOT NULL,  -- sha256 of the content
            content       TEXT NOT NULL,
            file_name     TEXT NOT NULL,
            file_sha256   TEXT NOT NULL,
            audit_seq     INTEGER NOT NULL
        );
        CREATE INDEX ambassador_summaries_by_week ON ambassador_summaries (week, ambassador_id, id);
        CREATE TRIGGER ambassador_summaries_no_update BEFORE UPDATE ON ambassador_summaries
        BEGIN SELECT RAISE(ABORT, 'a sent summary is never changed'); END;
        CREATE TRIGGER ambassador_summaries_no_delete BEFORE DELETE ON ambassador_summaries
        BEGIN SELECT RAISE(ABORT, 'a sent summary is never deleted'); END;
        """,
    )


def _v8_steering_exports(conn: Connection) -> None:
    _run_script(
        conn,
        """
        -- Each export of the steering group's workbook: its period and key figures as the
        -- workbook showed them, for its Historik sheet. The row is written while the workbook
        -- is made, before the file exists, so it counts only once the export's own audit
        -- entry names it (entity 'steering_workbook', entity id '<period>:<id>'): a cancelled
        -- or failed export leaves a row no entry names. Never changed or deleted.
        CREATE TABLE steering_exports (
            id            INTEGER PRIMARY KEY,
            period        TEXT NOT NULL,  -- e.g. 2026-Q3
            since         TEXT NOT NULL,
            until         TEXT NOT NULL,
            reference_day TEXT NOT NULL,
            taken_on      TEXT NOT NULL,
            figures       TEXT NOT NULL,  -- JSON: the key figures by key
            made_at       TEXT NOT NULL,
            made_by       TEXT NOT NULL
        );
        CREATE TRIGGER steering_exports_no_update BEFORE UPDATE ON steering_exports
        BEGIN SELECT RAISE(ABORT, 'an exported figure is never changed'); END;
        CREATE TRIGGER steering_exports_no_delete BEFORE DELETE ON steering_exports
        BEGIN SELECT RAISE(ABORT, 'an exported figure is never deleted'); END;
        """,
    )


def _v9_search_text_nfc(conn: Connection) -> None:
    """The search column as `search_key` makes it now. Names typed on a Mac or imported from
    some Excel files could be stored decomposed (A + ring for Å) or with invisible characters,
    and then "Åsa" typed in the search box did not find them. The column is derived from the
    names, so rewriting it changes nothing a user entered."""
    rows = conn.execute("SELECT id, search FROM persons").fetchall()
    for person_id, stored in rows:
        key = search_key(str(stored or ""))
        if key != stored:
            conn.execute("UPDATE persons SET search = ? WHERE id = ?", (key, person_id))


def _v10_todo_handled(conn: Connection) -> None:
    _run_script(
        conn,
        """
        -- A to-do item marked handled, with the reason, by whom and when. The item stays off the
        -- list while it is the same item (person, kind and subject, due date and priority);
        -- when any of these changes, it is a new item and shows again. Never changed: the
        -- audit entry ('todo_handled', id) points here for the reason. No delete trigger: the
        -- reason is free text about a person, so retention deletion must be able to remove it.
        CREATE TABLE todo_handled (
            id         INTEGER PRIMARY KEY,
            person_id  INTEGER NOT NULL REFERENCES persons (id),
            item_key   TEXT NOT NULL,
            due_date   TEXT NOT NULL,
            severity   INTEGER NOT NULL,
            reason     TEXT NOT NULL,
            handled_by TEXT NOT NULL,
            handled_at TEXT NOT NULL
        );
        CREATE INDEX todo_handled_by_person ON todo_handled (person_id, item_key);
        CREATE TRIGGER todo_handled_no_update BEFORE UPDATE ON todo_handled
        BEGIN SELECT RAISE(ABORT, 'a handled to-do item is never changed'); END;
        """,
    )


def _v11_follow_up_texts(conn: Connection) -> None:
    _run_script(
        conn,
        """
        -- What an action-plan follow-up found, as text beside its dates. Like a note it is
        -- signed and never changed: a correction is a new row pointing to the one it corrects.
        -- The person's id is kept on the row so retention deletion finds it; no delete trigger,
        -- for the same reason as todo_handled. The foreign key keeps a follow-up that has text
        -- from being dropped when its goal is saved.
        CREATE TABLE goal_follow_up_texts (
            id           INTEGER PRIMARY KEY,
            follow_up_id INTEGER NOT NULL REFERENCES goal_follow_ups (id),
            person_id    INTEGER NOT NULL REFERENCES persons (id),
            text         TEXT NOT NULL,
            written_by   TEXT NOT NULL,
            written_at   TEXT NOT NULL,
            corrects     INTEGER REFERENCES goal_follow_up_texts (id)
        );
        CREATE INDEX goal_follow_up_texts_by_person ON goal_follow_up_texts (person_id, id);
        CREATE INDEX goal_follow_up_texts_by_follow_up ON goal_follow_up_texts (follow_up_id);
        CREATE TRIGGER goal_follow_up_texts_no_update BEFORE UPDATE ON goal_follow_up_texts
        BEGIN SELECT RAISE(ABORT, 'a follow-up text is signed and never changed'); END;
        """,
    )


def _v12_retention(conn: Connection) -> None:
    """Deleting a record when its retention period ends (desktop/core/retention.py). The
    append-only triggers stay, except while an erasure transaction has put the person's id in
    `retention_erasing` (emptied again before it commits): then their notes, consents and
    disclosure-log lines may be deleted, and the free text in their path steps, drug-test
    results and sent summaries blanked, never their dates or codes."""
    _run_script(
        conn,
        """
        -- Non-empty only inside the transaction that erases these people.
        CREATE TABLE retention_erasing (person_id INTEGER PRIMARY KEY);

        -- Each list an administrator confirmed, and who was erased under it: what the printed
        -- deletion list for the archive shows. No names: the pseudonym, the file's former
        -- internal number, its first and last entry, and what was deleted.
        CREATE TABLE erasure_lists (
            id                INTEGER PRIMARY KEY,
            confirmed_at      TEXT NOT NULL,
            confirmed_by      TEXT NOT NULL,
            confirmed_by_name TEXT NOT NULL,
            retention_years   INTEGER NOT NULL,
            research_sample   INTEGER NOT NULL CHECK (research_sample IN (0, 1))
        );
        CREATE TABLE erasures (
            person_id   INTEGER PRIMARY KEY REFERENCES persons (id),
            list_id     INTEGER NOT NULL REFERENCES erasure_lists (id),
            pseudonym   TEXT NOT NULL UNIQUE,
            internal_no TEXT NOT NULL,
            first_entry TEXT NOT NULL,
            last_entry  TEXT NOT NULL,
            removal     TEXT NOT NULL  -- JSON: counts deleted and kept, by kind
        );
        CREATE INDEX erasures_by_list ON erasures (list_id);
        CREATE TRIGGER erasure_lists_no_update BEFORE UPDATE ON erasure_lists
        BEGIN SELECT RAISE(ABORT, 'a deletion list is never changed'); END;
        CREATE TRIGGER erasure_lists_no_delete BEFORE DELETE ON erasure_lists
        BEGIN SELECT RAISE(ABORT, 'a deletion list is never deleted'); END;
        CREATE TRIGGER erasures_no_update BEFORE UPDATE ON erasures
        BEGIN SELECT RAISE(ABORT, 'a deletion list is never changed'); END;
        CREATE TRIGGER erasures_no_delete BEFORE DELETE ON erasures
        BEGIN SELECT RAISE(ABORT, 'a deletion list is never deleted'); END;

        DROP TRIGGER path_events_no_update;
        CREATE TRIGGER path_events_no_update BEFORE UPDATE ON path_events
        WHEN OLD.person_id NOT IN (SELECT person_id FROM retention_erasing)
            OR NEW.id IS NOT OLD.id OR NEW.person_id IS NOT OLD.person_id
            OR NEW.on_date IS NOT OLD.on_date OR NEW.kind IS NOT OLD.kind
        BEGIN SELECT RAISE(ABORT, 'path events are never changed'); END;

        DROP TRIGGER notes_no_delete;
        CREATE TRIGGER notes_no_delete BEFORE DELETE ON notes
        WHEN OLD.person_id NOT IN (SELECT person_id FROM retention_erasing)
        BEGIN SELECT RAISE(ABORT, 'notes are signed and never deleted'); END;

        DROP TRIGGER test_results_no_update;
        CREATE TRIGGER test_results_no_update BEFORE UPDATE ON test_results
        WHEN OLD.person_id NOT IN (SELECT person_id FROM retention_erasing)
            OR NEW.id IS NOT OLD.id OR NEW.person_id IS NOT OLD.person_id
            OR NEW.taken_at IS NOT OLD.taken_at OR NEW.method IS NOT OLD.method
            OR NEW.outcome IS NOT OLD.outcome OR NEW."values" IS NOT OLD."values"
            OR NEW.provider_id IS NOT OLD.provider_id OR NEW.price_sek IS NOT OLD.price_sek
            OR NEW.corrects IS NOT OLD.corrects
        BEGIN SELECT RAISE(ABORT, 'a result is never changed'); END;

        DROP TRIGGER consents_no_delete;
        CREATE TRIGGER consents_no_delete BEFORE DELETE ON consents
        WHEN OLD.person_id NOT IN (SELECT person_id FROM retention_erasing)
        BEGIN SELECT RAISE(ABORT, 'a consent is never deleted'); END;

        DROP TRIGGER consent_withdrawals_no_delete;
        CREATE TRIGGER consent_withdrawals_no_delete BEFORE DELETE ON consent_withdrawals
        WHEN OLD.consent_id NOT IN (
            SELECT c.id FROM consents c JOIN retention_erasing e ON e.person_id = c.person_id)
        BEGIN SELECT RAISE(ABORT, 'a withdrawal is never deleted'); END;

        DROP TRIGGER disclosures_no_delete;
        CREATE TRIGGER disclosures_no_delete BEFORE DELETE ON disclosures
        WHEN OLD.person_id NOT IN (SELECT person_id FROM retention_erasing)
        BEGIN SELECT RAISE(ABORT, 'the disclosure log is append-only'); END;

        DROP TRIGGER ambassador_summaries_no_update;
        CREATE TRIGGER ambassador_summaries_no_update BEFORE UPDATE ON ambassador_summaries
        WHEN NOT EXISTS (SELECT 1 FROM retention_erasing)
            OR NEW.id IS NOT OLD.id OR NEW.week IS NOT OLD.week
            OR NEW.ambassador_id IS NOT OLD.ambassador_id OR NEW.sent_at IS NOT OLD.sent_at
            OR NEW.audit_seq IS NOT OLD.audit_seq
        BEGIN SELECT RAISE(ABORT, 'a sent summary is never changed'); END;
        """,
    )


def _v13_result_corrections(conn: Connection) -> None:
    """The corrections of drug-test results found through an index. A result counts in the
    figures unless another result names it in `corrects` (a correction replaces the result it
    corrects), wherever the correction is dated; without an index, finding out meant reading
    every result ever stored, so the steering export read the whole table for a year's figures
    (issue 16). Only the few corrections are in the index."""
    _run_script(
        conn,
        """
        CREATE INDEX test_results_corrections ON test_results (corrects)
        WHERE corrects IS NOT NULL;
        """,
    )


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "foundation", _v1_foundation),
    Migration(2, "unit settings", _v2_settings),
    Migration(3, "participants and the path", _v3_participants),
    Migration(4, "drug tests", _v4_drug_tests),
    Migration(5, "OSA placements", _v5_osa),
    Migration(6, "consents and the disclosure log", _v6_consent),
    Migration(7, "ambassadors and their weekly summaries", _v7_ambassadors),
    Migration(8, "the steering group's exported figures", _v8_steering_exports),
    Migration(9, "search text in one Unicode form", _v9_search_text_nfc),
    Migration(10, "to-do items marked handled", _v10_todo_handled),
    Migration(11, "text for action-plan follow-ups", _v11_follow_up_texts),
    Migration(12, "deleting records when their retention period ends", _v12_retention),
    Migration(13, "corrections of drug-test results found by an index", _v13_result_corrections),
)


def latest(migrations: Sequence[Migration]) -> int:
    return migrations[-1].version if migrations else 0


def user_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])
