"""Dialogs for a participant's record: a new referral, each step on the path, action-plan goals,
notes, contacts and recovery-capital check-ins. Each keeps what was typed when the register
refuses it and shows the reason where it belongs."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from enum import Enum
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.criteria import READ_CRITERIA, ReadCriterion, read_criteria
from desktop.core.errors import AppError
from desktop.core.labels import label
from desktop.core.path import (
    Criterion,
    CriterionStatus,
    DischargeOutcome,
    EventKind,
    NotEnrolledReason,
    PathEvent,
    PathState,
    ReferrerType,
    SecurityResult,
    decision_before_mapping,
    next_phases,
)
from desktop.core.records import (
    CAPITALS,
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
)
from desktop.core.settings import FieldError
from desktop.db.participants import DuplicatePerson, ParticipantRepository
from desktop.ui.common.forms import Form, widget_row
from desktop.ui.common.widgets import DateEdit, RecordDialog, Unreadable, qdate

E = TypeVar("E", bound=Enum)


def date_edit(value: date | None = None, *, allow_future: bool = False) -> QDateEdit:
    edit = DateEdit(qdate(value) if value else QDate.currentDate())
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    if not allow_future:
        edit.setMaximumDate(QDate.currentDate())
    return edit


def date_of(edit: QDateEdit) -> date:
    chosen = edit.date()
    return date(chosen.year(), chosen.month(), chosen.day())


def enum_combo(values: list[Any], current: Any = None) -> QComboBox:
    """Items labelled in the user's language. Qt hands StrEnum data back as plain str, so
    readers convert with the enum type (e.g. `Phase(combo.currentData())`)."""
    combo = QComboBox()
    for value in values:
        combo.addItem(label(value), value)
    if current is not None:
        combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def choice_combo(values: list[Any]) -> QComboBox:
    """Items labelled in the user's language with none chosen: "Välj…" until the user picks
    one, so an outcome is never recorded by pressing Enter on a preset."""
    combo = enum_combo(values)
    combo.setPlaceholderText(QCoreApplication.translate("EventDialog", "Choose…"))
    combo.setCurrentIndex(-1)
    return combo


def users_combo(repository: ParticipantRepository, current: str = "") -> QComboBox:
    combo = QComboBox()
    combo.addItem("—", "")
    for user in repository.register.users():
        if user.disabled_at is None:
            combo.addItem(user.display_name, user.username)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class _RecordDialog(RecordDialog):
    """A record dialog over the participants' store."""

    def __init__(self, repository: ParticipantRepository, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.repository = repository

    def finish_layout(self, ok_text: str, min_width: int = 460) -> None:
        super().finish_layout(ok_text, min_width)


class PersonFields:
    """The person's own details, used by the referral dialog and the record's Översikt tab."""

    def __init__(
        self, form: Form, repository: ParticipantRepository, person: Person | None
    ) -> None:
        person = person or Person("", "")
        self.first_name = form.add(
            "first_name",
            QCoreApplication.translate("PersonFields", "&First name"),
            QLineEdit(person.first_name),
        )
        self.last_name = form.add(
            "last_name",
            QCoreApplication.translate("PersonFields", "&Last name"),
            QLineEdit(person.last_name),
        )
        self.personnummer = form.add(
            "personnummer",
            QCoreApplication.translate("PersonFields", "&Personnummer"),
            QLineEdit(person.personnummer_display),
        )
        self.personnummer.setPlaceholderText(
            QCoreApplication.translate("PersonFields", "YYYYMMDD-NNNN or samordningsnummer")
        )
        self.sex = form.add(
            "sex",
            QCoreApplication.translate("PersonFields", "Se&x"),
            enum_combo(list(Sex), person.sex),
        )
        self.phone = form.add(
            "phone", QCoreApplication.translate("PersonFields", "P&hone"), QLineEdit(person.phone)
        )
        self.municipality = form.add(
            "municipality",
            QCoreApplication.translate("PersonFields", "Municipality of &residence"),
            QLineEdit(person.municipality),
        )
        self.interpreter = form.add(
            "interpreter",
            QCoreApplication.translate("PersonFields", "&Interpreter (language)"),
            QLineEdit(person.interpreter),
        )
        self.responsible = form.add(
            "responsible",
            QCoreApplication.translate("PersonFields", "Res&ponsible staff"),
            users_combo(repository, person.responsible),
        )
        needs_box = QWidget()
        grid = QGridLayout(needs_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.needs: dict[Need, QCheckBox] = {}
        for index, need in enumerate(Need):
            box = QCheckBox(label(need))
            box.setChecked(need in person.needs)
            self.needs[need] = box
            grid.addWidget(box, index // 4, index % 4)
        form.add("needs", QCoreApplication.translate("PersonFields", "Needs"), needs_box)
        self.person = person

    def value(self) -> Person:
        return replace(
            self.person,
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            personnummer=self.personnummer.text() or None,
            birth_date=None if self.personnummer.text().strip() else self.person.birth_date,
            sex=Sex(self.sex.currentData()),
            phone=self.phone.text(),
            municipality=self.municipality.text(),
            interpreter=self.interpreter.text(),
            responsible=str(self.responsible.currentData() or ""),
            needs=frozenset(n for n, box in self.needs.items() if box.isChecked()),
        )


class ReferralDialog(_RecordDialog):
    """A new person and their referral. The same personnummer opens the existing person; a
    similar name with the same birth date asks first."""

    created = Signal(int)
    open_existing = Signal(int)

    def __init__(self, repository: ParticipantRepository, parent: QWidget | None = None) -> None:
        super().__init__(repository, parent)
        self.setWindowTitle(self.tr("New referral"))
        self.fields = PersonFields(self.form, repository, None)
        self.referral_date = self.form.add("referral_date", self.tr("Referral &date"), date_edit())
        self.referrer_type = self.form.add(
            "referrer_type", self.tr("Referred &by"), enum_combo(list(ReferrerType))
        )
        self.referrer_name = self.form.add(
            "referrer_name", self.tr("Referrer (&unit, person)"), QLineEdit()
        )
        self.reason = self.form.add("reason", self.tr("&Reason for referral"), QPlainTextEdit())
        self.reason.setMaximumHeight(70)
        self.finish_layout(self.tr("Register referral"))
        self.confirmed_similar = False

    def accept(self) -> None:
        self.clear_problems()
        person = self.fields.value()
        try:
            person = person.validated()
            similar = [] if self.confirmed_similar else self.repository.similar(person)
            if similar:
                names = ", ".join(f"{p.name} ({p.internal_no})" for p in similar)
                answer = QMessageBox.question(
                    self,
                    self.tr("Possible duplicate"),
                    self.tr(
                        "Someone with the same birth date and a similar name is already in "
                        "the register: {names}. Register a new person anyway?"
                    ).format(names=names),
                )
                if answer != QMessageBox.StandardButton.Yes:
                    return
                self.confirmed_similar = True
            event = PathEvent(
                EventKind.REFERRAL,
                date_of(self.referral_date),
                {
                    "referrer_type": str(self.referrer_type.currentData()),
                    "referrer_name": self.referrer_name.text().strip(),
                    "reason": self.reason.toPlainText().strip(),
                },
            )
            created = self.repository.create_referral(person, event)
        except DuplicatePerson as duplicate:
            self._offer_existing(duplicate)
            return
        except AppError as error:
            self.show_problem(error)
            return
        assert created.id is not None
        self.created.emit(created.id)
        # Not RecordDialog.accept: a referral may stop at a question (a possible duplicate)
        # without an error, so it runs its own save above and only closes here.
        QDialog.accept(self)

    def _offer_existing(self, duplicate: DuplicatePerson) -> QMessageBox:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Already in the register"))
        box.setText(duplicate.user_message())
        open_button = box.addButton(
            self.tr("Open {name}").format(name=duplicate.existing.name),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        existing = duplicate.existing.id

        def chosen(button: object) -> None:
            if button is open_button and existing is not None:
                self.open_existing.emit(existing)
                QDialog.reject(self)  # the existing record opens instead: nothing to ask

        box.buttonClicked.connect(chosen)
        box.open()
        self.duplicate_box = box
        return box


class EventDialog(_RecordDialog):
    """One step on the path; its fields follow the kind of step."""

    def __init__(
        self,
        repository: ParticipantRepository,
        person_id: int,
        kind: EventKind,
        state: PathState,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(repository, parent)
        self.person_id, self.kind, self.state = person_id, kind, state
        self.setWindowTitle(label(kind))
        self.on = self.form.add("date", self.tr("&Date"), date_edit())
        self.inputs: dict[str, QWidget] = {}
        self.new_group: tuple[QLineEdit, QDateEdit] | None = None
        self.explanation: QLabel | None = None  # why a decision is limited, when it is
        add = self.form.add
        if kind is EventKind.REFERRAL:
            self.inputs["referrer_type"] = add(
                "referrer_type", self.tr("Referred &by"), enum_combo(list(ReferrerType))
            )
            self.inputs["referrer_name"] = add(
                "referrer_name", self.tr("Referrer (&unit, person)"), QLineEdit()
            )
            self.inputs["reason"] = add("reason", self.tr("&Reason for referral"), QPlainTextEdit())
        elif kind is EventKind.SECURITY_RESULT:
            self.inputs["result"] = add(
                "result", self.tr("&Result"), choice_combo(list(SecurityResult))
            )
        elif kind is EventKind.MAPPING_INTERVIEW:
            self.inputs["staff"] = add(
                "staff",
                self.tr("&Held by"),
                users_combo(repository, repository.register.session.username),
            )
            self.inputs["summary"] = add("summary", self.tr("&Summary"), QPlainTextEdit())
        elif kind is EventKind.CRITERIA:
            # R2, R17: age, residence and OSA eligibility are read from what is recorded
            # (desktop/core/criteria.py), never ticked; the rest is the staff's judgement.
            for criterion in Criterion:
                if criterion in READ_CRITERIA:
                    reading = QLabel()
                    reading.setWordWrap(True)
                    self.inputs[criterion.value] = add(criterion.value, label(criterion), reading)
                    continue
                current = state.criteria.get(criterion, CriterionStatus.UNKNOWN)
                self.inputs[criterion.value] = add(
                    criterion.value, label(criterion), enum_combo(list(CriterionStatus), current)
                )
            self._show_read_criteria()
            self.on.dateChanged.connect(lambda _d: self._show_read_criteria())
        elif kind is EventKind.DECISION:
            self.enrol = QRadioButton(self.tr("&Enrol"))
            self.decline = QRadioButton(self.tr("&Not enrol"))
            self.enrol.setChecked(True)
            add("decision", self.tr("Decision"), widget_row(self.enrol, self.decline))
            early = decision_before_mapping(state)
            criminality = state.security_result is SecurityResult.ONGOING_CRIMINALITY
            # R1: a check that found ongoing criminality rules enrolment out; before a mapping
            # interview it allows only "not enrolled" for that reason (decision_before_mapping).
            reasons = [NotEnrolledReason.ONGOING_CRIMINALITY] if early else list(NotEnrolledReason)
            reason = enum_combo(
                reasons, NotEnrolledReason.ONGOING_CRIMINALITY if criminality else None
            )
            reason.setEnabled(False)
            self.decline.toggled.connect(reason.setEnabled)
            self.inputs["reason"] = add("reason", self.tr("&Reason (not enrolled)"), reason)
            if criminality:
                self.decline.setChecked(True)
                self.enrol.setEnabled(False)
                text = self.tr(
                    "The security check found ongoing criminality, so the person cannot be "
                    "enrolled."
                )
                if early:
                    text += " " + self.tr(
                        "The decision “not enrolled” for this reason can be recorded now, "
                        "without a mapping interview. To give another reason, record the "
                        "mapping interview first."
                    )
                self.explanation = QLabel(text)
                self.explanation.setWordWrap(True)
                self.form.layout.addRow("", self.explanation)
        elif kind is EventKind.ENROLMENT:
            group = QComboBox()
            group.addItem(self.tr("No group"), None)
            for item in repository.groups():
                group.addItem(f"{item.name} ({item.start.isoformat()})", item.id)
            group.addItem(self.tr("New group…"), "new")
            self.inputs["group_id"] = add("group_id", self.tr("&Group"), group)
            name, start = QLineEdit(), date_edit(allow_future=True)
            self.new_group = (name, start)
            add("group_name", self.tr("New group's &name"), name)
            add("group_start", self.tr("New group's &start"), start)
            for widget in (name, start):
                widget.setEnabled(False)
            group.currentIndexChanged.connect(
                lambda _i: [w.setEnabled(group.currentData() == "new") for w in (name, start)]
            )
            contract = QCheckBox(self.tr("The participant has signed the contract"))
            self.inputs["contract_signed"] = add("contract_signed", self.tr("&Contract"), contract)
        elif kind is EventKind.PHASE_CHANGE:
            self.inputs["phase"] = add(
                "phase", self.tr("&New phase"), enum_combo(next_phases(state))
            )
        elif kind is EventKind.DISCHARGE:
            self.inputs["outcome"] = add(
                "outcome", self.tr("&Outcome"), choice_combo(list(DischargeOutcome))
            )
            self.inputs["comment"] = add("comment", self.tr("&Comment"), QPlainTextEdit())
        for field in self.inputs.values():
            if isinstance(field, QPlainTextEdit):
                field.setMaximumHeight(80)
        self.finish_layout(self.tr("Record"))

    def read_criteria(self) -> dict[Criterion, ReadCriterion]:
        from desktop.db.osa import OsaRepository
        from desktop.db.settings import load_settings

        register = self.repository.register
        return read_criteria(
            self.repository.get(self.person_id),
            date_of(self.on),
            load_settings(register).municipality,
            OsaRepository(register).coding(self.person_id),
        )

    def _show_read_criteria(self) -> None:
        for criterion, read in self.read_criteria().items():
            reading = self.inputs[criterion.value]
            assert isinstance(reading, QLabel)
            reading.setText(
                self.tr("{status}: {reading}").format(
                    status=label(read.status), reading=read.reading
                )
            )

    def data(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        if self.kind is EventKind.CRITERIA:
            criteria = {c.value: r.status.value for c, r in self.read_criteria().items()}
            criteria.update(
                (k, str(w.currentData()))
                for k, w in self.inputs.items()
                if isinstance(w, QComboBox)
            )
            return {"criteria": criteria}
        if self.kind is EventKind.DECISION:
            if self.enrol.isChecked():
                return {"enrolled": True}
            reason = self.inputs["reason"]
            assert isinstance(reason, QComboBox)
            return {"enrolled": False, "reason": str(reason.currentData())}
        for key, widget in self.inputs.items():
            if isinstance(widget, QComboBox):
                value = widget.currentData()
                values[key] = value.value if isinstance(value, Enum) else value
            elif isinstance(widget, QLineEdit):
                values[key] = widget.text().strip()
            elif isinstance(widget, QPlainTextEdit):
                values[key] = widget.toPlainText().strip()
            elif isinstance(widget, QCheckBox):
                values[key] = widget.isChecked()
        return values

    def show_problem(self, error: AppError) -> None:
        # A new group's name is refused by the core as "name"; its field here is group_name.
        if (
            isinstance(error, FieldError)
            and self.kind is EventKind.ENROLMENT
            and error.field == "name"
        ):
            self.form.show_error("group_name", error.user_message())
            return
        super().show_problem(error)

    def refuse_unchosen(self) -> None:
        """An outcome is the user's choice: nothing is recorded while its field is empty."""
        messages = {
            "result": self.tr("Choose the result of the security check."),
            "outcome": self.tr("Choose the outcome of the discharge."),
        }
        for key, message in messages.items():
            combo = self.inputs.get(key)
            if isinstance(combo, QComboBox) and combo.currentIndex() < 0:
                combo.setFocus()
                raise Unreadable(key, message)

    def save(self) -> None:
        self.refuse_unchosen()
        data = self.data()
        if self.kind is EventKind.ENROLMENT and data.get("group_id") == "new":
            assert self.new_group is not None
            name, start = self.new_group
            data["group_id"] = self.repository.create_group(Group(name.text(), date_of(start))).id
            combo = self.inputs["group_id"]
            assert isinstance(combo, QComboBox)
            combo.insertItem(combo.count() - 1, name.text().strip(), data["group_id"])
            combo.setCurrentIndex(combo.findData(data["group_id"]))
        self.repository.add_event(self.person_id, PathEvent(self.kind, date_of(self.on), data))


class GoalDialog(_RecordDialog):
    def __init__(
        self,
        repository: ParticipantRepository,
        person_id: int,
        goal: Goal | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(repository, parent)
        self.person_id = person_id
        self.goal = goal or Goal(LifeArea.OTHER, "", Responsible.PARTICIPANT)
        self.setWindowTitle(self.tr("Action-plan goal"))
        add = self.form.add
        self.area = add(
            "life_area", self.tr("&Life area"), enum_combo(list(LifeArea), self.goal.life_area)
        )
        self.description = add("description", self.tr("&Goal"), QLineEdit(self.goal.description))
        self.responsible = add(
            "responsible",
            self.tr("&Who is responsible"),
            enum_combo(list(Responsible), self.goal.responsible),
        )
        self.responsible_name = add(
            "responsible_name", self.tr("&Name or unit"), QLineEdit(self.goal.responsible_name)
        )
        self.has_due = QCheckBox(self.tr("Has a due date"))
        self.has_due.setChecked(self.goal.due is not None)
        self.due = date_edit(self.goal.due, allow_future=True)
        self.due.setEnabled(self.goal.due is not None)
        self.has_due.toggled.connect(self.due.setEnabled)
        add("due", self.tr("&Due"), widget_row(self.has_due, self.due, stretch=False))
        self.status = add(
            "status", self.tr("&Status"), enum_combo(list(GoalStatus), self.goal.status)
        )
        box = QGroupBox(self.tr("Follow-ups"))
        column = QVBoxLayout(box)
        self.follow_ups = QListWidget()
        self.follow_ups.setAccessibleName(self.tr("Follow-ups"))
        self.follow_ups.setMaximumHeight(110)
        self.follow_ups.setWordWrap(True)  # a follow-up's text is read whole, not scrolled to
        for follow_up in self.goal.follow_ups:
            self._add_follow_up_item(follow_up)
        self.follow_up_date = date_edit(allow_future=True)
        add_button = QPushButton(self.tr("&Add follow-up"))
        done_button = QPushButton(self.tr("Mark as &done"))
        # What the chosen follow-up found: signed when the goal is saved and never changed
        # afterwards; a second text on the same follow-up is a correction, and both are kept.
        self.follow_up_text = QLineEdit()
        self.follow_up_text.setPlaceholderText(self.tr("What was followed up, and the outcome"))
        self.follow_up_text.setAccessibleName(self.tr("Follow-up text"))
        self.text_button = QPushButton(self.tr("Add &text"))
        column.addWidget(self.follow_ups)
        column.addWidget(widget_row(self.follow_up_date, add_button, done_button, stretch=False))
        column.addWidget(widget_row(self.follow_up_text, self.text_button, stretch=False))
        self.layout_.addWidget(box)
        add_button.clicked.connect(
            lambda: self._add_follow_up_item(FollowUp(date_of(self.follow_up_date)))
        )
        done_button.clicked.connect(self._mark_done)
        self.text_button.clicked.connect(self.add_follow_up_text)
        self.follow_ups.currentItemChanged.connect(lambda *_a: self._text_button_label())
        self._text_button_label()
        self.finish_layout(self.tr("Save goal"))

    def _follow_up_line(self, follow_up: FollowUp) -> str:
        text = follow_up.on.isoformat()
        if follow_up.done_on:
            text += "  " + self.tr("(done {date})").format(date=follow_up.done_on.isoformat())
        if follow_up.texts:
            text += "  " + follow_up.summary()
            if len(follow_up.texts) > 1:
                text += "  " + self.tr("(corrected)")
        return text

    def _add_follow_up_item(self, follow_up: FollowUp) -> None:
        item = QListWidgetItem(self._follow_up_line(follow_up))
        item.setData(256, follow_up)
        item.setToolTip(
            "\n".join(
                f"{t.written_at.astimezone().strftime('%Y-%m-%d %H:%M') if t.written_at else ''}"
                f"  {t.text}"
                for t in follow_up.texts
            )
        )
        self.follow_ups.addItem(item)
        self.follow_ups.setCurrentItem(item)

    def _text_button_label(self) -> None:
        item = self.follow_ups.currentItem()
        has_text = item is not None and bool(item.data(256).texts)
        self.text_button.setText(self.tr("Correct &text") if has_text else self.tr("Add &text"))

    def add_follow_up_text(self) -> None:
        """The typed text to the chosen follow-up; on one that already has text, a correction
        of its latest (an unsaved text is simply replaced: it was never signed)."""
        item = self.follow_ups.currentItem()
        typed = self.follow_up_text.text().strip()
        if item is None or not typed:
            self.follow_up_text.setFocus()
            return
        follow_up: FollowUp = item.data(256)
        saved = [t for t in follow_up.texts if t.id is not None]
        latest = follow_up.current_texts()[-1] if saved else None
        entry = FollowUpText(typed, corrects=latest.id if latest is not None else None)
        updated = replace(follow_up, texts=(*saved, entry))
        item.setData(256, updated)
        item.setText(self._follow_up_line(updated))
        self.follow_up_text.clear()
        self._text_button_label()

    def values(self) -> object:
        # The follow-ups (added, done, given text) are input too: closing asks before losing them.
        follow_ups = tuple(
            self.follow_ups.item(i).data(256) for i in range(self.follow_ups.count())
        )
        return (super().values(), follow_ups)

    def _mark_done(self) -> None:
        item = self.follow_ups.currentItem()
        if item is None:
            return
        follow_up: FollowUp = item.data(256)
        if follow_up.done_on is None:
            done = replace(follow_up, done_on=date.today())
            item.setData(256, done)
            item.setText(self._follow_up_line(done))

    def save(self) -> None:
        if self.follow_up_text.text().strip():  # typed but not yet added: never dropped
            if self.follow_ups.currentItem() is None:
                self.follow_up_text.setFocus()
                raise Unreadable(
                    "follow_up_text",
                    self.tr("Add the follow-up the text is about first, then add the text."),
                )
            self.add_follow_up_text()
        follow_ups = tuple(
            self.follow_ups.item(i).data(256) for i in range(self.follow_ups.count())
        )
        goal = replace(
            self.goal,
            life_area=LifeArea(self.area.currentData()),
            description=self.description.text(),
            responsible=Responsible(self.responsible.currentData()),
            responsible_name=self.responsible_name.text(),
            due=date_of(self.due) if self.has_due.isChecked() else None,
            status=GoalStatus(self.status.currentData()),
            follow_ups=follow_ups,
        )
        self.repository.save_goal(self.person_id, goal)


class NoteDialog(_RecordDialog):
    """A new note, or a correction of `corrects`. Saving signs it; it can never be changed."""

    def __init__(
        self,
        repository: ParticipantRepository,
        person_id: int,
        corrects: Note | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(repository, parent)
        self.person_id, self.corrects = person_id, corrects
        self.setWindowTitle(self.tr("Correct a note") if corrects else self.tr("New note"))
        if corrects is not None:
            quoted = QLabel(
                self.tr("Correcting the note of {date}: “{text}”").format(
                    date=corrects.written_on.isoformat(), text=corrects.text[:200]
                )
            )
            quoted.setWordWrap(True)
            self.layout_.insertWidget(0, quoted)
        self.written_on = self.form.add(
            "written_on", self.tr("&Date"), date_edit(corrects.written_on if corrects else None)
        )
        self.category = self.form.add(
            "category",
            self.tr("&Kind"),
            enum_combo(list(NoteCategory), corrects.category if corrects else None),
        )
        self.text = self.form.add("text", self.tr("&Note"), QPlainTextEdit())
        self.text.setMinimumHeight(140)
        notice = QLabel(
            self.tr(
                "A note is signed with your name when saved and can never be "
                "changed or deleted; mistakes are fixed with a correction."
            )
        )
        notice.setWordWrap(True)
        self.layout_.addWidget(notice)
        self.finish_layout(self.tr("Sign and save"))

    def save(self) -> None:
        note = Note(
            date_of(self.written_on),
            NoteCategory(self.category.currentData()),
            self.text.toPlainText(),
            corrects=self.corrects.id if self.corrects else None,
        )
        self.repository.add_note(self.person_id, note)


class ContactDialog(_RecordDialog):
    def __init__(
        self,
        repository: ParticipantRepository,
        person_id: int,
        contact: Contact | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(repository, parent)
        self.person_id = person_id
        self.contact = contact or Contact(ContactRole.OTHER, "")
        self.setWindowTitle(self.tr("Contact"))
        add = self.form.add
        self.role = add("role", self.tr("&Role"), enum_combo(list(ContactRole), self.contact.role))
        self.name = add("name", self.tr("&Name"), QLineEdit(self.contact.name))
        self.unit = add("unit", self.tr("&Unit"), QLineEdit(self.contact.unit))
        self.phone = add("phone", self.tr("&Phone"), QLineEdit(self.contact.phone))
        self.email = add("email", self.tr("&E-mail"), QLineEdit(self.contact.email))
        self.finish_layout(self.tr("Save contact"))

    def save(self) -> None:
        contact = replace(
            self.contact,
            role=ContactRole(self.role.currentData()),
            name=self.name.text(),
            unit=self.unit.text(),
            phone=self.phone.text(),
            email=self.email.text(),
        )
        self.repository.save_contact(self.person_id, contact)


class CheckinDialog(_RecordDialog):
    def __init__(
        self,
        repository: ParticipantRepository,
        person_id: int,
        previous: CapitalCheckin | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(repository, parent)
        self.person_id = person_id
        self.setWindowTitle(self.tr("Recovery capital"))
        self.on = self.form.add("date", self.tr("&Date"), date_edit())
        names = {
            "social": self.tr("&Social capital"),
            "physical": self.tr("&Physical capital"),
            "human": self.tr("&Human capital"),
            "cultural": self.tr("&Cultural capital"),
        }
        self.scores: dict[str, QSpinBox] = {}
        for capital in CAPITALS:
            # Empty ("—", below the scale) until the user rates: Enter never records a preset.
            spin = QSpinBox()
            spin.setRange(0, 5)
            spin.setSpecialValueText("—")
            spin.setValue(0)
            hint = None
            if previous is not None:
                hint = QLabel(
                    self.tr("Last time: {score}").format(score=getattr(previous, capital))
                )
                hint.setStyleSheet("color: #5f6368;")
            row = widget_row(spin, *([hint] if hint else []))
            row.setFocusProxy(spin)
            spin.setAccessibleName(names[capital].replace("&", ""))
            self.form.add(capital, names[capital], row)
            self.scores[capital] = spin
        self.comment = self.form.add("comment", self.tr("C&omment"), QPlainTextEdit())
        self.comment.setMaximumHeight(80)
        self.finish_layout(self.tr("Save"))

    def save(self) -> None:
        unrated = [name for name, spin in self.scores.items() if spin.value() == 0]
        if unrated:
            message = self.tr("Choose a rating from 1 to 5.")
            for name in unrated[1:]:
                self.form.show_error(name, message)
            self.scores[unrated[0]].setFocus()
            raise Unreadable(unrated[0], message)
        values = {name: spin.value() for name, spin in self.scores.items()}
        checkin = CapitalCheckin(date_of(self.on), comment=self.comment.toPlainText(), **values)
        self.repository.add_checkin(self.person_id, checkin)
