"""The Deltagare list as the screen shows it, and as an Excel file through the export door.

The columns and their words are defined once here: the window's table reads its headers and
cells from `HEADERS` and `cell()`, and `ParticipantListDocument` writes the same, for the same
search, filters and sort, so the file is the list the user was looking at. The list stays in the
unit (`INTERNAL`): each person on it is still logged as a disclosure with the document.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from desktop.core.consent import INTERNAL, ConsentStatus, consent_status
from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.core.labels import label_of
from desktop.core.path import Phase, Status
from desktop.core.progress import Progress
from desktop.db.consent import ConsentRepository
from desktop.db.participants import (
    ParticipantRepository,
    PersonRow,
    SearchFilter,
    staff_names,
)
from desktop.db.register import Register
from desktop.reports.participant_list_xlsx import render_participant_list
from desktop.services.exports import Document, ExportSource, Included, Rendered

CONTEXT = "ParticipantList"
# Who takes part and where they are on the path: the programme's own record of the person, the
# category the staff's progress sheet declares for the same facts.
CATEGORIES = frozenset({"action_plan"})
BATCH = 1_000  # rows read at a time

NUMBER, NAME, PERSONNUMMER, STATUS, PHASE, GROUP, RESPONSIBLE, CONSENT = range(8)
HEADERS = (
    QT_TRANSLATE_NOOP("ParticipantList", "No."),
    QT_TRANSLATE_NOOP("ParticipantList", "Name"),
    QT_TRANSLATE_NOOP("ParticipantList", "Personnummer"),
    QT_TRANSLATE_NOOP("ParticipantList", "Status"),
    QT_TRANSLATE_NOOP("ParticipantList", "Phase"),
    QT_TRANSLATE_NOOP("ParticipantList", "Group"),
    QT_TRANSLATE_NOOP("ParticipantList", "Responsible"),
    QT_TRANSLATE_NOOP("ParticipantList", "Consent"),
)


def _t(text: str) -> str:
    return translate(CONTEXT, text)


def headers() -> tuple[str, ...]:
    return tuple(_t(h) for h in HEADERS)


@dataclass(frozen=True)
class ListContext:
    """What the cells need besides the row, read once for the whole list (never per row)."""

    today: date
    consents: Mapping[int, ConsentStatus] = field(default_factory=dict)
    names: Mapping[str, str] = field(default_factory=dict)  # display name by login name


def read_context(register: Register) -> ListContext:
    store = ConsentRepository(register)
    today = store.today()
    closings = store.discharge_days()
    return ListContext(
        today,
        {
            person_id: consent_status(held, today, closings.get(person_id, ()))
            for person_id, held in store.consents_by_person().items()
        },
        staff_names(register),
    )


def consent_text(row: PersonRow, context: ListContext) -> str:
    """Until when information may be shared; "missing" only for the enrolled, who need it."""
    status = context.consents.get(row.id)
    if status is not None and status.ends_on is not None:
        if status.ending_within(context.today):
            return _t(QT_TRANSLATE_NOOP("ParticipantList", "ends {date}")).format(
                date=status.ends_on.isoformat()
            )
        return _t(QT_TRANSLATE_NOOP("ParticipantList", "until {date}")).format(
            date=status.ends_on.isoformat()
        )
    return (
        _t(QT_TRANSLATE_NOOP("ParticipantList", "missing"))
        if row.status == Status.ENROLLED.value
        else ""
    )


def cell(row: PersonRow, column: int, context: ListContext) -> str:
    """The text of one cell, on screen and in the file."""
    if column == NUMBER:
        return row.internal_no
    if column == NAME:
        return f"{row.last_name}, {row.first_name}"
    if column == PERSONNUMMER:
        pnr = row.personnummer
        return f"{pnr[:8]}-{pnr[8:]}" if pnr else ""
    if column == STATUS:
        return label_of(Status, row.status)
    if column == PHASE:
        return label_of(Phase, row.phase)
    if column == GROUP:
        return row.group_name or ""
    if column == RESPONSIBLE:
        return context.names.get(row.responsible, row.responsible)
    return consent_text(row, context)


class ParticipantListDocument(Document):
    """The list for `query` (search, filters and sort as on screen), one row per person."""

    kind = "participant_list"
    suffix = ".xlsx"

    def __init__(self, query: SearchFilter, day: date) -> None:
        self.query = query
        self.day = day
        self.recipient = INTERNAL
        self.rows_written = 0

    def subject(self) -> str:
        return self.day.isoformat()  # never the search text, which may be a name

    def default_name(self) -> str:
        return f"deltagarlista-{self.day.isoformat()}.xlsx"

    def build(self, source: ExportSource, progress: Progress) -> Rendered:
        people = ParticipantRepository(source.register)
        context = read_context(source.register)
        total = people.count_matching(self.query)
        rows: list[PersonRow] = []
        while len(rows) < total:
            progress.check()
            batch = people.rows(self.query, offset=len(rows), limit=BATCH)
            if not batch:
                break
            rows.extend(batch)
            progress.report(len(rows), total)
        kept = [r for r in rows if source.permitted(r.id, CATEGORIES) == CATEGORIES]
        data = render_participant_list(
            _t(QT_TRANSLATE_NOOP("ParticipantList", "Participants")),
            headers(),
            [[cell(r, c, context) for c in range(len(HEADERS))] for r in kept],
        )
        self.rows_written = len(kept)
        return Rendered(data, tuple(Included(r.id, CATEGORIES) for r in kept))
