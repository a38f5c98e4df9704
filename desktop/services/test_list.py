"""The day's drug-test list as a PDF: who tests, with which method and a box to tick. One
document for the window's "Print list" and the command line's `export tests-today`."""

from __future__ import annotations

from datetime import date

from desktop.core.audit import Action
from desktop.core.consent import INTERNAL
from desktop.core.errors import AppError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.labels import label
from desktop.core.progress import Progress
from desktop.db.drugtests import DrugTestRepository
from desktop.db.settings import load_settings
from desktop.reports.test_list import TestListRow, render_test_list
from desktop.services.exports import Document, ExportSource, Included, Rendered

# The list names who is to be tested: drug-test data, for the unit's own staff.
CATEGORIES = frozenset({"drug_tests"})


class NoTestList(AppError):
    message = QT_TRANSLATE_NOOP(
        "AppError", "No list for {date}: not a staffed day, or nobody opened it that day."
    )


class TestListDocument(Document):
    kind = "test_day"
    suffix = ".pdf"
    action = Action.PRINT

    def __init__(self, day: date) -> None:
        self.day = day
        self.recipient = INTERNAL

    def subject(self) -> str:
        return self.day.isoformat()

    def default_name(self) -> str:
        return f"provtagning-{self.day.isoformat()}.pdf"

    def build(self, source: ExportSource, progress: Progress) -> Rendered:
        """The people the day's draw selected. The draw must exist: printing never draws (the
        day is drawn when it is first opened, in the window or by the command line)."""
        tests = DrugTestRepository(source.register)
        draw = tests.draw(self.day)
        if draw is None:
            raise NoTestList(date=self.day.isoformat())
        entries = tests.day_list(self.day, draw)
        progress.check()
        rows = []
        included = []
        for entry in entries:
            if not source.permitted(entry.person_id, CATEGORIES):
                continue
            rows.append(
                TestListRow(entry.name, entry.internal_no, label(entry.method), entry.provider)
            )
            included.append(Included(entry.person_id, CATEGORIES))
        pdf = render_test_list(
            self.day, load_settings(source.register).unit_name, rows, made_on=source.day
        )
        return Rendered(pdf, tuple(included))
