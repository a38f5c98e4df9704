"""The steering group's workbook in the register: the cost–benefit parameters (kept in the
settings table) and what each export showed (the table steering_exports, schema v8)."""

from __future__ import annotations

import json
from datetime import date

from desktop.core.audit import Action
from desktop.core.osa import Placement
from desktop.core.steering import CostParameters, HistoryEntry
from desktop.db.osa import PLACEMENT_COLUMNS, placement_from_row
from desktop.db.register import Register, audit_time

KIND = "steering_workbook"  # the audit log's entity of an export of the workbook
PARAMETERS_KEY = "steering_cost_parameters"  # in the settings table, as JSON


def export_subject(entry_id: int, period: str) -> str:
    """The export's audit entity id, which names its history row ("2026-Q3:12")."""
    return f"{period}:{entry_id}"


class SteeringRepository:
    def __init__(self, register: Register) -> None:
        self.register = register

    def parameters(self) -> CostParameters:
        """The cost–benefit parameters as last saved, or the evaluation's defaults."""
        with self.register.read() as conn:
            row = conn.execute(
                "SELECT value FROM settings WHERE key = ?", (PARAMETERS_KEY,)
            ).fetchone()
        if row is None:
            return CostParameters()
        data = json.loads(row[0])
        return CostParameters.from_json(data if isinstance(data, dict) else {})

    def save_parameters(self, parameters: CostParameters) -> None:
        """Keep the parameters for the next computation; one transaction with its audit entry."""
        with self.register.write() as tx:
            tx.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (PARAMETERS_KEY, json.dumps(parameters.to_json())),
            )
            tx.audit(Action.UPDATE, "steering_parameters")

    def placements(self, since: date, until: date) -> list[Placement]:
        """The OSA placements that can count in a period from `since` to `until`: every
        placement OsaRepository.placements gives (in its order) that started by `until` and
        has not ended before `since`, which is the test desktop.core.steering applies to each
        period before counting (a period within these dates keeps the same placements). Without
        their follow-up contacts, which no figure reads: at 10,000 people all of them took a
        quarter of the reading's memory and half of them never count in a year's figures."""
        with self.register.read() as conn:
            rows = conn.execute(
                f"SELECT {PLACEMENT_COLUMNS} "
                "FROM placements WHERE start_date <= ? AND (json_extract(data, '$.ended_on') "
                "IS NULL OR json_extract(data, '$.ended_on') >= ?) ORDER BY start_date, id",
                (until.isoformat(), since.isoformat()),
            ).fetchall()
        return [placement_from_row(row, ()) for row in rows]

    def history(self) -> list[HistoryEntry]:
        """Every export made, oldest first: the rows an export's audit entry names. A row is
        written while the workbook is made, before the file exists, so the row of an export
        that was cancelled or failed is left out (see the migration to v8)."""
        with self.register.read() as conn:
            rows = conn.execute(
                "SELECT s.id, s.period, s.since, s.until, s.reference_day, s.taken_on, "
                "s.figures FROM steering_exports s WHERE EXISTS (SELECT 1 FROM audit_log a "
                "WHERE a.entity = ? AND a.entity_id = s.period || ':' || s.id) ORDER BY s.id",
                (KIND,),
            ).fetchall()
        return [
            HistoryEntry(
                period=period,
                since=date.fromisoformat(since),
                until=date.fromisoformat(until),
                reference_day=date.fromisoformat(reference),
                taken_on=date.fromisoformat(taken),
                figures=json.loads(figures),
                id=entry_id,
            )
            for entry_id, period, since, until, reference, taken, figures in rows
        ]

    def record(self, entry: HistoryEntry) -> int:
        """Keep what an export is about to show; its id goes into the export's audit entry
        (`export_subject`), which is what makes the row count."""
        with self.register.write() as tx:
            cursor = tx.execute(
                "INSERT INTO steering_exports (period, since, until, reference_day, taken_on, "
                "figures, made_at, made_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    entry.period,
                    entry.since.isoformat(),
                    entry.until.isoformat(),
                    entry.reference_day.isoformat(),
                    entry.taken_on.isoformat(),
                    json.dumps(dict(entry.figures), sort_keys=True),
                    audit_time(self.register.now()),
                    self.register.session.username,
                ),
            )
            entry_id = int(cursor.lastrowid or 0)
            tx.audit(Action.CREATE, "steering_export", entry_id)
        return entry_id
