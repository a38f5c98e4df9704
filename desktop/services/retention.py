"""Retention for window and command line: the review of whose records are due, erasing a list an
administrator confirmed, and the deletion list for the archive, written through the export
door like every other document."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from desktop.core.audit import Action
from desktop.core.consent import INTERNAL
from desktop.core.progress import NO_PROGRESS, Progress
from desktop.db.register import Register
from desktop.db.retention import DueRecord, ErasureList, RetentionRepository
from desktop.db.settings import load_settings
from desktop.reports.deletion_list import DeletionListData, DeletionRow, render_deletion_list
from desktop.services.exports import Document, ExportResult, ExportSource, Rendered, run_export


def review(register: Register) -> list[DueRecord]:
    """Everyone due for deletion today, with what erasing would remove."""
    return RetentionRepository(register).review()


def erase(
    register: Register,
    person_ids: Sequence[int],
    confirmed_count: int,
    *,
    progress: Progress = NO_PROGRESS,
) -> ErasureList:
    """Erase the confirmed list (see RetentionRepository.erase): all or nothing; cancelling
    before it commits deletes nothing."""
    return RetentionRepository(register).erase(person_ids, confirmed_count, progress)


def _local(at: str) -> str:
    moment = datetime.strptime(at, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


class DeletionListDocument(Document):
    """A confirmed deletion list, for the unit's archive. It holds each erased record's
    pseudonym and former internal number, never a name or personnummer, and the people it
    lists no longer have data to disclose: so it adds no line to anyone's disclosure log
    (that log was deleted with the record), only the export's audit entry."""

    kind = "erasure_list"
    suffix = ".pdf"
    action = Action.PRINT

    def __init__(self, list_id: int) -> None:
        self.list_id = list_id
        self.recipient = INTERNAL

    def subject(self) -> str:
        return str(self.list_id)

    def default_name(self) -> str:
        return f"raderingslista-{self.list_id}.pdf"

    def build(self, source: ExportSource, progress: Progress) -> Rendered:
        erased = RetentionRepository(source.register).erasure_list(self.list_id)
        progress.check()
        settings = load_settings(source.register)
        data = DeletionListData(
            list_id=erased.id,
            unit_name=settings.unit_name,
            municipality=settings.municipality,
            confirmed_at=_local(erased.confirmed_at),
            confirmed_by=f"{erased.confirmed_by_name} ({erased.confirmed_by})",
            retention_years=erased.retention_years,
            research_sample=erased.research_sample,
            rows=[
                DeletionRow(
                    e.pseudonym,
                    e.internal_no,
                    e.first_entry,
                    e.last_entry,
                    e.removal.deleted_text(),
                    e.removal.kept_text(),
                )
                for e in erased.entries
            ],
            made_on=source.day,
        )
        return Rendered(render_deletion_list(data))


def write_deletion_list(
    register: Register, list_id: int, out: Path, *, progress: Progress = NO_PROGRESS
) -> ExportResult:
    """The deletion list as a PDF, through the export door (administrators only)."""
    register.require_admin()
    return run_export(register, DeletionListDocument(list_id), out, progress=progress)
