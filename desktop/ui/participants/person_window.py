"""A participant's record: Översikt, Väg (the path as a timeline, and the next steps), Åtgärdsplan,
Anteckningar, Kontakter, Återhämtningskapital, Drogtester, OSA and Samtycken. Opening it is a
`view` in the audit log."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import AppError
from desktop.core.labels import label, label_of
from desktop.core.path import (
    EventKind,
    PathEvent,
    PathState,
    allowed_next,
    participation_limit,
    replay,
)
from desktop.core.records import CapitalCheckin, Contact, Goal, Note, Person
from desktop.db.consent import ConsentRepository
from desktop.db.drugtests import DrugTestRepository
from desktop.db.osa import OsaRepository
from desktop.db.participants import ParticipantRepository, StaffNames, staff_names
from desktop.ui.common.forms import ErrorLabel, Form
from desktop.ui.common.models import RecordTableModel
from desktop.ui.common.widgets import AsksBeforeClosing, input_state, record_table
from desktop.ui.participants.dialogs import (
    CheckinDialog,
    ContactDialog,
    EventDialog,
    GoalDialog,
    NoteDialog,
    PersonFields,
)


def _describe(event: PathEvent, groups: dict[int, str], names: StaffNames) -> str:
    """The details of a step, in words (staff by their display names)."""
    data = event.data
    from desktop.core import path as p

    if event.kind is EventKind.REFERRAL:
        parts = [
            label_of(p.ReferrerType, data.get("referrer_type")),
            data.get("referrer_name", ""),
            data.get("reason", ""),
        ]
    elif event.kind is EventKind.SECURITY_RESULT:
        parts = [label_of(p.SecurityResult, data.get("result"))]
    elif event.kind is EventKind.MAPPING_INTERVIEW:
        parts = [names[data["staff"]] if data.get("staff") else "", data.get("summary", "")]
    elif event.kind is EventKind.CRITERIA:
        parts = [
            f"{label_of(p.Criterion, k)}: {label_of(p.CriterionStatus, v)}"
            for k, v in dict(data.get("criteria", {})).items()
        ]
    elif event.kind is EventKind.DECISION:
        parts = [
            QCoreApplication.translate("PersonWindow", "Enrol")
            if data.get("enrolled")
            else QCoreApplication.translate("PersonWindow", "Not enrolled: {reason}").format(
                reason=label_of(p.NotEnrolledReason, data.get("reason"))
            )
        ]
    elif event.kind is EventKind.ENROLMENT:
        group = data.get("group_id")
        parts = [groups.get(int(group), "") if group is not None else ""]
    elif event.kind is EventKind.PHASE_CHANGE:
        parts = [label_of(p.Phase, data.get("phase"))]
    elif event.kind is EventKind.DISCHARGE:
        parts = [label_of(p.DischargeOutcome, data.get("outcome")), data.get("comment", "")]
    else:
        parts = []
    return " · ".join(str(x) for x in parts if x)


class EventsTableModel(RecordTableModel[PathEvent]):
    DATE, STEP, DETAILS = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.groups: dict[int, str] = {}
        self.names = StaffNames()  # display names by login, read once per reload

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Date"), self.tr("Step"), self.tr("Details"))

    def display(self, event: PathEvent, column: int) -> Any:
        return (event.on.isoformat(), label(event.kind), _describe(event, self.groups, self.names))[
            column
        ]


class GoalsTableModel(RecordTableModel[Goal]):
    AREA, GOAL, RESPONSIBLE, DUE, STATUS, FOLLOW_UP = range(6)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Life area"),
            self.tr("Goal"),
            self.tr("Responsible"),
            self.tr("Due"),
            self.tr("Status"),
            self.tr("Next follow-up"),
        )

    def display(self, goal: Goal, column: int) -> Any:
        upcoming = [f.on for f in goal.follow_ups if f.done_on is None]
        who = label(goal.responsible) + (
            f" ({goal.responsible_name})" if goal.responsible_name else ""
        )
        return (
            label(goal.life_area),
            goal.description,
            who,
            goal.due.isoformat() if goal.due else "",
            label(goal.status),
            min(upcoming).isoformat() if upcoming else "",
        )[column]


class ContactsTableModel(RecordTableModel[Contact]):
    ROLE, NAME, UNIT, PHONE, EMAIL = range(5)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Role"),
            self.tr("Name"),
            self.tr("Unit"),
            self.tr("Phone"),
            self.tr("E-mail"),
        )

    def display(self, contact: Contact, column: int) -> Any:
        return (label(contact.role), contact.name, contact.unit, contact.phone, contact.email)[
            column
        ]


class CheckinsTableModel(RecordTableModel[CapitalCheckin]):
    DATE, SOCIAL, PHYSICAL, HUMAN, CULTURAL, COMMENT = range(6)
    align_right = (SOCIAL, PHYSICAL, HUMAN, CULTURAL)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Date"),
            self.tr("Social"),
            self.tr("Physical"),
            self.tr("Human"),
            self.tr("Cultural"),
            self.tr("Comment"),
        )

    def display(self, c: CapitalCheckin, column: int) -> Any:
        return (c.on.isoformat(), c.social, c.physical, c.human, c.cultural, c.comment)[column]


# The record's tabs, by the key a caller names to open the record at one (`show_tab`).
TABS = ("overview", "path", "plan", "notes", "contacts", "capital", "tests", "osa", "consents")

# Where a to-do item is dealt with: the tab for each rule (TodoItem.kind, desktop/core/todo.py).
# A rule not listed opens the record at its first tab.
TODO_TABS = {
    "participation_limit": "path",
    "referral_undecided": "path",
    "goal_overdue": "plan",
    "follow_up_due": "plan",
    "test_result_missing": "tests",
    "no_show": "tests",
    "values_rising": "tests",
    "no_schedule": "tests",
    "no_after_osa_plan": "osa",
    "osa_past_limit": "osa",
    "consent_ending": "consents",
    "no_sharing_consent": "consents",
    "withdrawal_tell_unit": "consents",
}


def tab_for_todo(kind: str) -> str:
    """The record's tab where a to-do item of rule `kind` is dealt with ("" for the first)."""
    return TODO_TABS.get(kind, "")


class PersonWindow(AsksBeforeClosing, QDialog):
    """A record in a window of its own (several can be open). `changed` tells the lists.

    Closing it (Escape, the close button) with changed details on Översikt asks "Save
    changes?" first. A closed record window is deleted: nothing keeps a closed record's data,
    its tabs and the dialogs it opened in memory."""

    changed = Signal()

    def __init__(
        self,
        repository: ParticipantRepository,
        person_id: int,
        parent: QWidget | None = None,
        *,
        tab: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.repository: ParticipantRepository | None = repository
        self.person_id = person_id
        self.person: Person | None = None
        self.state = PathState()
        self.resize(980, 640)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        documents = QHBoxLayout()
        # No Alt-letter named here: these two sit above every tab, so the keyboard gives them
        # letters no tab uses (a named one took S from "Spara uppgifter" and the tabs' S).
        self.progress_button = QPushButton(self.tr("Create progress sheet…"))
        self.progress_button.clicked.connect(self.progress_sheet)
        self.contract_button = QPushButton(self.tr("Print action plan with contract…"))
        self.contract_button.clicked.connect(self.contract)
        documents.addWidget(self.progress_button)
        documents.addWidget(self.contract_button)
        documents.addStretch(1)
        layout.addLayout(documents)
        # One repository of each kind for this window and every dialog it opens; reload points
        # them at the current register, so a dialog left open across a lock keeps working.
        self.drug_tests = DrugTestRepository(repository.register)
        self.placements = OsaRepository(repository.register)
        self.consent_store = ConsentRepository(repository.register)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self._build_overview()
        self._build_path()
        self._build_plan()
        self._build_notes()
        self._build_contacts()
        self._build_capital()
        self._build_tests()
        self._build_osa()
        self._build_consents()
        assert self.tabs.count() == len(TABS)
        # Enter in a detail, and Ctrl+Enter, save the details, as OK does in a dialog. (Set
        # once the button is inside the window: only then does the window know its default.)
        self.save_person.setDefault(True)
        self.reload(view=True)
        self.show_tab(tab)

    # -- tabs

    def _build_overview(self) -> None:
        page = QWidget()
        column = QVBoxLayout(page)
        self.form = Form(column)
        self.fields: PersonFields | None = None
        self.save_person = QPushButton(self.tr("&Save details"))
        self.saved_label = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.save_person)
        row.addWidget(self.saved_label, 1)
        column.addLayout(row)
        column.addStretch(1)
        self.save_person.clicked.connect(self.save_details)
        self.overview_page = page
        self.tabs.addTab(page, self.tr("Overview"))

    def _build_path(self) -> None:
        page = QWidget()
        column = QVBoxLayout(page)
        row = QHBoxLayout()
        self.next_step = QPushButton(self.tr("Record the next &step"))
        self.next_menu = QMenu(self.next_step)
        self.next_step.setMenu(self.next_menu)
        self.undo_step = QPushButton(self.tr("&Take back the latest step…"))
        row.addWidget(self.next_step)
        row.addWidget(self.undo_step)
        row.addStretch(1)
        column.addLayout(row)
        self.path_error = ErrorLabel()
        column.addWidget(self.path_error)
        self.events = EventsTableModel(self)
        self.events_table = record_table(self.events, self.tr("The path"), EventsTableModel.DETAILS)
        column.addWidget(self.events_table)
        self.undo_step.clicked.connect(self.take_back)
        self.tabs.addTab(page, self.tr("Path"))

    def _build_plan(self) -> None:
        self.goals = GoalsTableModel(self)
        self.goals_table = record_table(self.goals, self.tr("Action plan"), GoalsTableModel.GOAL)
        self.tabs.addTab(
            self._list_page(
                self.goals_table,
                [
                    (self.tr("&New goal…"), lambda: self._goal_dialog(None)),
                    (self.tr("&Change goal…"), self._edit_goal),
                ],
            ),
            self.tr("Action plan"),
        )
        self.goals_table.activated.connect(lambda _i: self._edit_goal())

    def _build_notes(self) -> None:
        page = QWidget()
        column = QVBoxLayout(page)
        row = QHBoxLayout()
        self.new_note = QPushButton(self.tr("&New note…"))
        row.addWidget(self.new_note)
        row.addStretch(1)
        column.addLayout(row)
        self.notes_view = QTextBrowser()
        self.notes_view.setOpenLinks(False)
        self.notes_view.setAccessibleName(self.tr("Notes"))
        self.notes_view.anchorClicked.connect(
            lambda url: self._correct(int(url.toString().split(":")[1]))
        )
        column.addWidget(self.notes_view)
        self.new_note.clicked.connect(
            lambda: NoteDialog(self._repo(), self.person_id, None, self).open_with(self._changed)
        )
        self.tabs.addTab(page, self.tr("Notes"))
        self._notes: list[Note] = []
        self.names = StaffNames()  # display names by login, read at each reload

    def _build_contacts(self) -> None:
        self.contacts = ContactsTableModel(self)
        self.contacts_table = record_table(
            self.contacts, self.tr("Contacts"), ContactsTableModel.NAME
        )
        self.tabs.addTab(
            self._list_page(
                self.contacts_table,
                [
                    (self.tr("&New contact…"), lambda: self._contact_dialog(None)),
                    (self.tr("&Change contact…"), self._edit_contact),
                    (self.tr("&Remove contact"), self._remove_contact),
                ],
            ),
            self.tr("Contacts"),
        )
        self.contacts_table.activated.connect(lambda _i: self._edit_contact())

    def _build_capital(self) -> None:
        from desktop.ui.common.charts import TrendChart

        self.checkins = CheckinsTableModel(self)
        self.checkins_table = record_table(
            self.checkins, self.tr("Recovery capital"), CheckinsTableModel.COMMENT
        )
        self.chart = TrendChart()
        page = self._list_page(
            self.checkins_table,
            [
                (
                    self.tr("&New check-in…"),
                    lambda: CheckinDialog(
                        self._repo(),
                        self.person_id,
                        self.checkins.record(self.checkins.rowCount() - 1)
                        if self.checkins.rowCount()
                        else None,
                        self,
                    ).open_with(self._changed),
                )
            ],
        )
        layout = page.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, self.chart, 2)
        self.tabs.addTab(page, self.tr("Recovery capital"))

    def _build_tests(self) -> None:
        from desktop.ui.drugtests.tab import DrugTestsTab

        self.tests = DrugTestsTab()
        self.tests.changed.connect(self.changed)
        self.tabs.addTab(self.tests, self.tr("Drug tests"))

    def _build_osa(self) -> None:
        from desktop.ui.osa.tab import OsaTab

        self.osa = OsaTab()
        # Starting or ending a placement moves the person along the path: reload everything.
        self.osa.changed.connect(self._changed)
        self.tabs.addTab(self.osa, self.tr("OSA"))

    def _build_consents(self) -> None:
        from desktop.ui.consent.tab import ConsentTab

        self.consent_tab = ConsentTab()
        self.consent_tab.changed.connect(self.changed)
        self.tabs.addTab(self.consent_tab, self.tr("Consents"))

    def _list_page(
        self, table: QTableView, actions: list[tuple[str, Callable[[], object]]]
    ) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        row = QHBoxLayout()
        for text, action in actions:
            button = QPushButton(text)
            button.clicked.connect(action)
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(table, 1)
        return page

    # -- data

    def _repo(self) -> ParticipantRepository:
        if self.repository is None:
            raise AppError(self.tr("The register is locked."))
        return self.repository

    def reload(self, *, view: bool = False) -> None:
        repo = self._repo()
        person = repo.open_record(self.person_id) if view else repo.get(self.person_id)
        self.person = person
        events = repo.events(self.person_id)
        self.state = replay(events)
        self.setWindowTitle(f"{person.name} ({person.internal_no}) – Färdväg")
        self.heading.setText(f"{person.name}  ·  {person.internal_no}")
        limit = participation_limit(self.state)
        parts = [person.personnummer_display, label(person.status)]
        if person.phase:
            parts.append(label(person.phase))
        if limit:
            parts.append(self.tr("14 months reached {date}").format(date=limit.isoformat()))
        self.summary.setText("  ·  ".join(p for p in parts if p))
        if self.fields is None:
            self.fields = PersonFields(self.form, repo, person)
            self.mark_saved()
        self.events.groups = {g.id: g.name for g in repo.groups() if g.id is not None}
        self.names = staff_names(repo.register)
        self.events.names = self.names
        self.events.set_records(list(reversed(events)))
        self._fill_next_steps()
        self.goals.set_records(repo.goals(self.person_id))
        self._notes = repo.notes(self.person_id)
        self._show_notes()
        self.contacts.set_records(repo.contacts(self.person_id))
        checkins = repo.checkins(self.person_id)
        self.checkins.set_records(checkins)
        names = {
            "social": self.tr("Social"),
            "physical": self.tr("Physical"),
            "human": self.tr("Human"),
            "cultural": self.tr("Cultural"),
        }
        if checkins:
            self.chart.set_series(
                {names[n]: [(c.on, float(getattr(c, n))) for c in checkins] for n in names},
                y_min=1,
                y_max=5,
                y_ticks=[1, 2, 3, 4, 5],
            )
        else:
            self.chart.clear()
        self.drug_tests.register = repo.register
        self.placements.register = repo.register
        self.tests.load(self.drug_tests, self.person_id)
        self.osa.load(self.placements, repo, self.person_id)
        self.consent_store.register = repo.register
        self.consent_tab.load(self.consent_store, self.person_id)

    def _fill_next_steps(self) -> None:
        self.next_menu.clear()
        for kind in allowed_next(self.state):
            action = self.next_menu.addAction(label(kind))
            action.triggered.connect(lambda _c=False, k=kind: self.record_step(k))
        self.undo_step.setEnabled(self.events.rowCount() > 1)

    def _show_notes(self) -> None:
        corrected = {n.corrects: n for n in self._notes if n.corrects is not None}
        by_id = {n.id: n for n in self._notes}
        from html import escape

        blocks = []
        correct = self.tr("Correct this note…")
        for note in self._notes:
            signed = (
                note.signed_at.astimezone().strftime("%Y-%m-%d %H:%M") if note.signed_at else ""
            )
            head = self.tr("{date} · {kind} · signed by {author} {signed}").format(
                date=note.written_on.isoformat(),
                kind=label(note.category),
                author=self.names[note.author],
                signed=signed,
            )
            extra = []
            if note.corrects is not None and note.corrects in by_id:
                extra.append(
                    self.tr("Corrects the note of {date}.").format(
                        date=by_id[note.corrects].written_on.isoformat()
                    )
                )
            if note.id in corrected:
                extra.append(self.tr("Corrected by a later note."))
            style = "color:#777;" if note.id in corrected else ""
            blocks.append(
                f"<div style='margin-bottom:12px;{style}'><b>{escape(head)}</b><br/>"
                f"{escape(note.text).replace(chr(10), '<br/>')}"
                + (f"<br/><i>{escape(' '.join(extra))}</i>" if extra else "")
                + f"<br/><a href='correct:{note.id}'>{escape(correct)}</a></div>"
            )
        self.notes_view.setHtml("".join(blocks) or escape(self.tr("No notes yet.")))

    # -- actions

    def _changed(self) -> None:
        self.reload()
        self.changed.emit()

    def record_step(self, kind: EventKind) -> EventDialog:
        return EventDialog(self._repo(), self.person_id, kind, self.state, self).open_with(
            self._changed
        )

    def take_back(self) -> None:
        events = self._repo().events(self.person_id)
        if len(events) <= 1:
            return
        last = events[-1]
        answer = QMessageBox.question(
            self,
            self.tr("Take back a step"),
            self.tr("Take back “{step}” of {date}? It stays in the register as taken back.").format(
                step=label(last.kind), date=last.on.isoformat()
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,  # Enter keeps the step; taking back is chosen
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.path_error.clear_error()
        try:
            self._repo().void_last_event(self.person_id)
        except AppError as error:
            self.path_error.show_error(error.user_message())
            return
        self._changed()

    def save_details(self) -> bool:
        """Store the details on Översikt; False, with the reason under its field, if refused."""
        assert self.fields is not None
        self.form.clear_errors()
        self.saved_label.clear()
        try:
            self._repo().update_person(self.fields.value())
        except AppError as error:
            from desktop.core.settings import FieldError

            field = error.field if isinstance(error, FieldError) else "first_name"
            self.form.show_error(
                field if field in self.form.errors else "first_name", error.user_message()
            )
            self.show_tab("overview")
            return False
        self.mark_saved()
        self.saved_label.setText(self.tr("Saved."))
        self._changed()
        return True

    # -- closing

    def values(self) -> object:
        """Only Översikt's details are saved by this window; the other tabs save through their
        own dialogs, and their filters are no input to keep."""
        return input_state(self.overview_page)

    def save_before_closing(self) -> bool:
        return self.save_details()

    def reject(self) -> None:
        if self.may_close():
            super().reject()

    def show_tab(self, key: str) -> None:
        """Show the tab `key` (one of TABS); an empty or unknown key leaves the tab as it is."""
        if key in TABS:
            self.tabs.setCurrentIndex(TABS.index(key))

    def _selected(self, table: QTableView, model: RecordTableModel[Any]) -> Any:
        rows = table.selectionModel().selectedRows()
        return model.record(rows[0].row()) if rows else None

    def _goal_dialog(self, goal: Goal | None) -> None:
        GoalDialog(self._repo(), self.person_id, goal, self).open_with(self._changed)

    def _edit_goal(self) -> None:
        goal = self._selected(self.goals_table, self.goals)
        if goal is not None:
            self._goal_dialog(goal)

    def _contact_dialog(self, contact: Contact | None) -> None:
        ContactDialog(self._repo(), self.person_id, contact, self).open_with(self._changed)

    def _edit_contact(self) -> None:
        contact = self._selected(self.contacts_table, self.contacts)
        if contact is not None:
            self._contact_dialog(contact)

    def _remove_contact(self) -> None:
        contact = self._selected(self.contacts_table, self.contacts)
        if contact is not None and contact.id is not None:
            self._repo().remove_contact(self.person_id, contact.id)
            self._changed()

    def _correct(self, note_id: int) -> None:
        note = next((n for n in self._notes if n.id == note_id), None)
        if note is not None:
            NoteDialog(self._repo(), self.person_id, note, self).open_with(self._changed)

    def progress_sheet(self) -> QDialog:
        """Skapa utvecklingsblad: this person's progress, as PDF or Excel (issue 14)."""
        from desktop.ui.participants.progress_dialog import ProgressSheetDialog

        dialog = ProgressSheetDialog(self._repo(), self.person_id, self)
        dialog.open()
        return dialog

    def contract(self) -> QDialog:
        """The action plan with the contract, to print and sign (R3)."""
        from desktop.ui.participants.progress_dialog import ContractDialog

        dialog = ContractDialog(self._repo(), self.person_id, self)
        dialog.open()
        return dialog

    # -- locking

    def forget(self) -> None:
        """At lock: drop what was read from the register; typed input in the form stays."""
        self.repository = None
        for model in (self.events, self.goals, self.contacts, self.checkins):
            model.set_records([])
        self._notes = []
        self.notes_view.clear()
        self.chart.clear()
        self.tests.forget()
        self.osa.forget()
        self.consent_tab.forget()
        self.heading.clear()
        self.summary.clear()

    def attach(self, repository: ParticipantRepository) -> None:
        self.repository = repository
        self.reload()
