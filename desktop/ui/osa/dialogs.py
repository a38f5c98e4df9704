"""Dialogs for OSA: workplaces, placements and their start and end, follow-ups, the after-OSA plan
and the AF coding. Each keeps what was typed when the register refuses it and shows why in place."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.i18n import translate
from desktop.core.labels import label
from desktop.core.osa import (
    DEFAULT_CERTIFICATES,
    OSA_MONTHS,
    AfCoding,
    AfterOsaPlan,
    CodingDecision,
    ContactKind,
    EmployerType,
    EndReason,
    FollowUpContact,
    NextStep,
    Placement,
    PlacementStatus,
    Workplace,
)
from desktop.core.path import DischargeOutcome, Status, add_months
from desktop.core.settings import FieldError
from desktop.db.osa import OsaRepository
from desktop.db.participants import ParticipantRepository
from desktop.ui.common.forms import Form, widget_row
from desktop.ui.common.widgets import RecordDialog, qdate
from desktop.ui.participants.dialogs import date_edit, date_of, enum_combo


def osa_combo(values: list[Enum], current: Enum | None = None) -> QComboBox:
    """Like person_dialogs.enum_combo, for the OSA codes (read back with the enum type)."""
    combo = QComboBox()
    for value in values:
        combo.addItem(label(value), value)
    if current is not None:
        combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def dated(value: date, latest: date | None = None) -> QDateEdit:
    """A date field that starts on `value`. The register's clock, not the computer's, decides
    what "today" is, so the upper bound is given rather than read from QDate.currentDate()."""
    edit = date_edit(value, allow_future=True)
    if latest is not None:
        edit.setMaximumDate(qdate(latest))
    return edit


class OptionalDate(QWidget):
    """A date that may not be known yet: a check box switches the date on."""

    def __init__(
        self, text: str, value: date | None, default: date, latest: date | None = None
    ) -> None:
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.known = QCheckBox(text)
        self.edit = dated(value or default, latest)
        self.known.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.known.toggled.connect(self.edit.setEnabled)
        row.addWidget(self.known)
        row.addWidget(self.edit)
        row.addStretch(1)
        self.setFocusProxy(self.known)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def value(self) -> date | None:
        return date_of(self.edit) if self.known.isChecked() else None


class _OsaDialog(RecordDialog):
    """A record dialog over the OSA store."""

    def __init__(self, osa: OsaRepository, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.osa = osa


def _text_box(text: str = "", height: int = 70) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setTabChangesFocus(True)
    box.setMaximumHeight(height)
    return box


class WorkplaceDialog(_OsaDialog):
    """A workplace offering OSA places (R15), new or changed."""

    def __init__(
        self, osa: OsaRepository, workplace: Workplace | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(osa, parent)
        self.workplace = workplace or Workplace("", EmployerType.MUNICIPAL)
        w = self.workplace
        self.setWindowTitle(self.tr("Workplace") if workplace else self.tr("New workplace"))
        add = self.form.add
        self.name = add("name", self.tr("&Name"), QLineEdit(w.name))
        self.org_unit = add("org_unit", self.tr("Organisational &unit"), QLineEdit(w.org_unit))
        self.employer_type = add(
            "employer_type",
            self.tr("&Employer type"),
            osa_combo(list(EmployerType), w.employer_type),
        )
        self.org_number = add(
            "org_number", self.tr("&Organisation number"), QLineEdit(w.org_number)
        )
        self.org_number.setPlaceholderText("NNNNNN-NNNN")
        self.address = add("address", self.tr("&Address"), QLineEdit(w.address))
        self.supervisor_name = add(
            "supervisor_name", self.tr("&Supervisor"), QLineEdit(w.supervisor_name)
        )
        self.supervisor_phone = add(
            "supervisor_phone", self.tr("Supervisor's &phone"), QLineEdit(w.supervisor_phone)
        )
        self.supervisor_email = add(
            "supervisor_email", self.tr("Supervisor's &e-mail"), QLineEdit(w.supervisor_email)
        )
        self.kinds_of_work = add(
            "kinds_of_work", self.tr("&Kinds of work"), QLineEdit(w.kinds_of_work)
        )
        self.kinds_of_work.setPlaceholderText(self.tr("e.g. recycling, forestry"))
        self.places = QSpinBox()
        self.places.setRange(1, 100)
        self.places.setValue(w.places)
        add("places", self.tr("Number of p&laces"), self.places)
        self.active = add(
            "active", self.tr("Status"), QCheckBox(self.tr("A&ctive: takes new placements"))
        )
        self.active.setChecked(w.active)
        self.finish_layout(self.tr("Save workplace"))
        self.result_workplace: Workplace | None = None

    def save(self) -> None:
        self.result_workplace = self.osa.save_workplace(
            replace(
                self.workplace,
                name=self.name.text(),
                org_unit=self.org_unit.text(),
                employer_type=EmployerType(self.employer_type.currentData()),
                org_number=self.org_number.text(),
                address=self.address.text(),
                supervisor_name=self.supervisor_name.text(),
                supervisor_phone=self.supervisor_phone.text(),
                supervisor_email=self.supervisor_email.text(),
                kinds_of_work=self.kinds_of_work.text(),
                places=self.places.value(),
                active=self.active.isChecked(),
            )
        )


def person_text(first_name: str, last_name: str, internal_no: str) -> str:
    return f"{last_name}, {first_name} ({internal_no})"


class PlacementDialog(_OsaDialog):
    """A new (planned) placement or its changed details, an extension decided by AF among them.
    Opened from the OSA section it asks whom the placement is for: enrolled people only."""

    def __init__(
        self,
        osa: OsaRepository,
        people: ParticipantRepository,
        placement: Placement | None = None,
        person_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(osa, parent)
        self.placement = placement
        today = osa.today()
        self.setWindowTitle(self.tr("OSA placement") if placement else self.tr("New placement"))
        add = self.form.add
        self.person: QComboBox | None = None
        self.person_id = placement.person_id if placement else person_id
        if self.person_id is None:
            self.person = QComboBox()
            enrolled = sorted(
                (p for p in people.people().values() if p.status is Status.ENROLLED),
                key=lambda p: (p.last_name.casefold(), p.first_name.casefold()),
            )
            for person in enrolled:
                self.person.addItem(
                    person_text(person.first_name, person.last_name, person.internal_no),
                    person.id,
                )
            add("person", self.tr("&Participant"), self.person)
        self.workplaces = {w.id: w for w in osa.workplaces() if w.id is not None}
        self.workplace = QComboBox()
        for workplace in self.workplaces.values():
            if workplace.active or (placement and placement.workplace_id == workplace.id):
                self.workplace.addItem(workplace.name, workplace.id)
        if placement:
            self.workplace.setCurrentIndex(max(0, self.workplace.findData(placement.workplace_id)))
        add("workplace", self.tr("&Workplace"), self.workplace)
        start = placement.start if placement else today
        self.start = add("start", self.tr("&Start"), dated(start))
        # A started placement's start is the day the participant entered OSA on the path.
        self.start.setEnabled(placement is None or placement.status is PlacementStatus.PLANNED)
        self.planned_end = add(
            "planned_end",
            self.tr("Planned &end"),
            dated(placement.planned_end if placement else add_months(start, OSA_MONTHS)),
        )
        hint = QLabel(self.tr("At most 12 months; longer only with an extension decided by AF."))
        hint.setWordWrap(True)
        self.form.layout.addRow("", hint)
        self.hours = QDoubleSpinBox()
        self.hours.setRange(1, 40)
        self.hours.setDecimals(1)
        self.hours.setSingleStep(1)
        self.hours.setValue(placement.hours_per_week if placement else 40.0)
        self.hours.setSuffix(self.tr(" hours"))
        add("hours_per_week", self.tr("&Hours per week"), self.hours)
        self.wage_subsidy_ref = add(
            "wage_subsidy_ref",
            self.tr("Wage-subsidy &decision (AF reference)"),
            QLineEdit(placement.wage_subsidy_ref if placement else ""),
        )
        self.supervisor = add(
            "supervisor",
            self.tr("S&upervisor at the workplace"),
            QLineEdit(placement.supervisor if placement else ""),
        )

        self.extension = QGroupBox(self.tr("E&xtension decided by AF"))
        self.extension.setCheckable(True)
        self.extension.setChecked(placement is not None and placement.extended_to is not None)
        column = QVBoxLayout(self.extension)
        self.extension_form = Form(column)
        self.forms.append(self.extension_form)
        planned_end = date_of(self.planned_end)
        self.extended_to = self.extension_form.add(
            "extended_to",
            self.tr("New e&nd"),
            dated(
                placement.extended_to
                if placement and placement.extended_to
                else add_months(planned_end, 6)
            ),
        )
        self.extension_decided_on = self.extension_form.add(
            "extension_decided_on",
            self.tr("AF's &decision date"),
            dated(
                placement.extension_decided_on
                if placement and placement.extension_decided_on
                else today,
                today,
            ),
        )
        self.extension_reason = self.extension_form.add(
            "extension_reason",
            self.tr("&Reason"),
            QLineEdit(placement.extension_reason if placement else ""),
        )
        self.layout_.addWidget(self.extension)

        self._default_end = add_months(start, OSA_MONTHS)
        self.start.dateChanged.connect(self._start_changed)
        self._last_supervisor = ""
        self.workplace.currentIndexChanged.connect(self._workplace_changed)
        if placement is None:
            self._workplace_changed()
        self.finish_layout(self.tr("Save placement"))
        if self.person is not None and self.person.count() == 0:
            self.form.show_error("person", self.tr("Nobody is enrolled."))
        if self.workplace.count() == 0:
            self.form.show_error("workplace", self.tr("Add a workplace in the OSA section first."))
        self.result_placement: Placement | None = None

    def _start_changed(self) -> None:
        """The planned end follows the start while it is still the 12-month default."""
        new_default = add_months(date_of(self.start), OSA_MONTHS)
        if date_of(self.planned_end) == self._default_end:
            self.planned_end.setDate(qdate(new_default))
        self._default_end = new_default

    def _workplace_changed(self) -> None:
        """The workplace's own supervisor, unless someone else was typed."""
        workplace = self.workplaces.get(self.workplace.currentData())
        if workplace is None:
            return
        if self.supervisor.text() in ("", self._last_supervisor):
            self.supervisor.setText(workplace.supervisor_name)
        self._last_supervisor = workplace.supervisor_name

    def save(self) -> None:
        person_id = self.person.currentData() if self.person is not None else self.person_id
        if person_id is None:
            raise FieldError("person", self.tr("Choose the participant."))
        workplace_id = self.workplace.currentData()
        if workplace_id is None:
            raise FieldError("workplace", self.tr("Choose the workplace."))
        extended = self.extension.isChecked()
        values = {
            "person_id": int(person_id),
            "workplace_id": int(workplace_id),
            "start": date_of(self.start),
            "planned_end": date_of(self.planned_end),
            "hours_per_week": self.hours.value(),
            "wage_subsidy_ref": self.wage_subsidy_ref.text().strip(),
            "supervisor": self.supervisor.text().strip(),
            "extended_to": date_of(self.extended_to) if extended else None,
            "extension_decided_on": date_of(self.extension_decided_on) if extended else None,
            "extension_reason": self.extension_reason.text().strip() if extended else "",
        }
        placement = (
            replace(self.placement, **values)  # type: ignore[arg-type]
            if self.placement
            else Placement(**values)  # type: ignore[arg-type]
        )
        self.result_placement = self.osa.save_placement(placement)


def _placement_heading(osa: OsaRepository, placement: Placement) -> QLabel:
    names = {w.id: w.name for w in osa.workplaces()}
    text = QCoreApplication.translate("OsaDialogs", "{workplace}, {start} – {end}").format(
        workplace=names.get(placement.workplace_id, ""),
        start=placement.start.isoformat(),
        end=placement.end.isoformat(),
    )
    heading = QLabel(text)
    heading.setWordWrap(True)
    font = heading.font()
    font.setBold(True)
    heading.setFont(font)
    return heading


class StartPlacementDialog(_OsaDialog):
    """The placement begins: the participant moves to the OSA phase on that day."""

    def __init__(
        self, osa: OsaRepository, placement: Placement, parent: QWidget | None = None
    ) -> None:
        super().__init__(osa, parent)
        self.placement = placement
        today = osa.today()
        self.setWindowTitle(self.tr("Start placement"))
        self.layout_.insertWidget(0, _placement_heading(osa, placement))
        self.on = self.form.add(
            "start", self.tr("&Started on"), dated(min(placement.start, today), today)
        )
        info = QLabel(self.tr("The participant moves to the OSA phase on this day."))
        info.setWordWrap(True)
        self.layout_.addWidget(info)
        self.finish_layout(self.tr("Start placement"))

    def save(self) -> None:
        assert self.placement.id is not None
        self.osa.start_placement(self.placement.id, date_of(self.on))


class EndPlacementDialog(_OsaDialog):
    """The placement ends; the participant goes on to after OSA (handed over to AF) or is
    discharged with an outcome."""

    def __init__(
        self, osa: OsaRepository, placement: Placement, parent: QWidget | None = None
    ) -> None:
        super().__init__(osa, parent)
        self.placement = placement
        today = osa.today()
        self.setWindowTitle(self.tr("End placement"))
        self.layout_.insertWidget(0, _placement_heading(osa, placement))
        add = self.form.add
        self.ended_on = add(
            "ended_on", self.tr("&Ended on"), dated(min(placement.end, today), today)
        )
        self.reason = add("end_reason", self.tr("&Reason"), osa_combo(list(EndReason)))
        self.comment = add("end_comment", self.tr("&Comment"), _text_box())
        self.after_osa = QRadioButton(self.tr("&After OSA (hand over to AF)"))
        self.discharge = QRadioButton(self.tr("&Discharge"))
        self.after_osa.setChecked(True)
        add(
            "next",
            self.tr("What comes next"),
            widget_row(self.after_osa, self.discharge, stretch=False, vertical=True),
        )
        self.outcome = add(
            "outcome", self.tr("Discharge &outcome"), enum_combo(list(DischargeOutcome))
        )
        self.outcome.setEnabled(False)
        self.discharge.toggled.connect(self.outcome.setEnabled)
        self.finish_layout(self.tr("End placement"))

    def save(self) -> None:
        assert self.placement.id is not None
        reason = EndReason(self.reason.currentData())
        comment = self.comment.toPlainText().strip()
        if reason is EndReason.ENDED_EARLY and not comment:
            raise FieldError("end_comment", self.tr("Say why the placement ended early."))
        self.osa.end_placement(
            self.placement.id,
            date_of(self.ended_on),
            reason,
            comment,
            discharge=DischargeOutcome(self.outcome.currentData())
            if self.discharge.isChecked()
            else None,
        )


class ContactDialog(_OsaDialog):
    """A follow-up visit to, or call with, the workplace."""

    def __init__(
        self, osa: OsaRepository, placement: Placement, parent: QWidget | None = None
    ) -> None:
        super().__init__(osa, parent)
        self.placement = placement
        today = osa.today()
        self.setWindowTitle(self.tr("Follow-up with the workplace"))
        self.layout_.insertWidget(0, _placement_heading(osa, placement))
        self.kind = self.form.add("kind", self.tr("&Kind"), osa_combo(list(ContactKind)))
        self.on = self.form.add("on", self.tr("&Date"), dated(today, today))
        self.note = self.form.add("note", self.tr("&Note"), _text_box(height=110))
        self.finish_layout(self.tr("Save follow-up"))

    def save(self) -> None:
        assert self.placement.id is not None
        self.osa.add_contact(
            self.placement.id,
            FollowUpContact(
                date_of(self.on), ContactKind(self.kind.currentData()), self.note.toPlainText()
            ),
        )


class AfterOsaPlanDialog(_OsaDialog):
    """R16: what comes after the placement, who drives it, when AF takes over again, and the
    job-search coaching given while AF may not be contacted."""

    def __init__(
        self, osa: OsaRepository, placement: Placement, parent: QWidget | None = None
    ) -> None:
        super().__init__(osa, parent)
        self.placement = placement
        plan = placement.plan or AfterOsaPlan(NextStep.JOB_SEARCH_AF)
        today = osa.today()
        self.setWindowTitle(self.tr("After-OSA plan"))
        self.layout_.insertWidget(0, _placement_heading(osa, placement))
        add = self.form.add
        self.next_step = add(
            "next_step", self.tr("&Next step"), osa_combo(list(NextStep), plan.next_step)
        )
        self.responsible = QComboBox()
        self.responsible.setEditable(True)
        for user in osa.register.users():
            if user.disabled_at is None:
                self.responsible.addItem(user.display_name)
        self.responsible.setEditText(plan.responsible)
        add("responsible", self.tr("&Responsible"), self.responsible)
        self.af_contact_on = add(
            "af_contact_on",
            self.tr("Contact with &AF re-established"),
            OptionalDate(self.tr("Date agreed"), plan.af_contact_on, placement.end),
        )
        coaching = QWidget()
        column = QVBoxLayout(coaching)
        column.setContentsMargins(0, 0, 0, 0)
        self.coaching = QListWidget()
        self.coaching.setMaximumHeight(110)
        self.coaching.setAccessibleName(self.tr("Coaching dates"))
        for day in plan.coaching:
            self._add_day(day)
        self.coaching_day = dated(today)
        self.coaching_day.setAccessibleName(self.tr("Coaching date to add"))
        self.add_coaching = QPushButton(self.tr("Add &date"))
        self.remove_coaching = QPushButton(self.tr("Re&move date"))
        column.addWidget(self.coaching)
        column.addWidget(widget_row(self.coaching_day, self.add_coaching, self.remove_coaching))
        add("coaching", self.tr("Job-search &coaching"), coaching)
        self.add_coaching.clicked.connect(lambda: self._add_day(date_of(self.coaching_day)))
        self.remove_coaching.clicked.connect(self._remove_day)
        self.finish_layout(self.tr("Save plan"))

    def coaching_dates(self) -> tuple[date, ...]:
        return tuple(
            sorted(
                date.fromisoformat(self.coaching.item(i).text())
                for i in range(self.coaching.count())
            )
        )

    def _add_day(self, day: date) -> None:
        if day in self.coaching_dates():
            return
        days = sorted({*self.coaching_dates(), day})
        self.coaching.clear()
        for item in days:
            self.coaching.addItem(QListWidgetItem(item.isoformat()))

    def _remove_day(self) -> None:
        for item in self.coaching.selectedItems():
            self.coaching.takeItem(self.coaching.row(item))

    def save(self) -> None:
        assert self.placement.id is not None
        responsible = " ".join(self.responsible.currentText().split())
        if len(responsible) > 200:
            raise FieldError("responsible", self.tr("At most 200 characters."))
        self.osa.save_plan(
            self.placement.id,
            AfterOsaPlan(
                NextStep(self.next_step.currentData()),
                responsible,
                self.af_contact_on.value(),
                self.coaching_dates(),
            ),
        )


def certificate_text(key: str) -> str:
    """Checklist items are stored by their English source text, shown in the user's language."""
    return translate("Labels", key)


class AfCodingDialog(_OsaDialog):
    """R17: the AF coding that makes a person eligible for OSA, and the certificates it needs."""

    def __init__(
        self,
        osa: OsaRepository,
        person_id: int,
        coding: AfCoding | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(osa, parent)
        self.coding = coding or AfCoding(person_id)
        c = self.coding
        today = osa.today()
        self.setWindowTitle(self.tr("AF coding"))
        add = self.form.add
        self.requested_on = add(
            "requested_on",
            self.tr("&Request to AF"),
            OptionalDate(self.tr("Sent on"), c.requested_on, today, today),
        )
        box = QWidget()
        self.certificate_column = QVBoxLayout(box)
        self.certificate_column.setContentsMargins(0, 0, 0, 0)
        self.certificates: dict[str, QCheckBox] = {}
        for key in (
            *DEFAULT_CERTIFICATES,
            *(k for k in c.certificates if k not in DEFAULT_CERTIFICATES),
        ):
            self._add_certificate(key, bool(c.certificates.get(key, False)))
        row = QHBoxLayout()
        self.new_certificate = QLineEdit()
        self.new_certificate.setPlaceholderText(self.tr("Another certificate"))
        self.new_certificate.setAccessibleName(self.tr("Another certificate"))
        self.add_certificate = QPushButton(self.tr("A&dd"))
        row.addWidget(self.new_certificate, 1)
        row.addWidget(self.add_certificate)
        self.certificate_column.addLayout(row)
        add("certificates", self.tr("Certificates gathered"), box)
        self.add_certificate.clicked.connect(self._new_certificate)
        self.new_certificate.returnPressed.connect(self._new_certificate)
        self.decision = add(
            "decision", self.tr("D&ecision"), osa_combo(list(CodingDecision), c.decision)
        )
        self.decided_on = add(
            "decided_on", self.tr("Decision d&ate"), dated(c.decided_on or today, today)
        )
        self.af_officer = add("af_officer", self.tr("AF case &officer"), QLineEdit(c.af_officer))
        self.decision.currentIndexChanged.connect(self._decision_changed)
        self._decision_changed()
        self.finish_layout(self.tr("Save AF coding"))

    def _add_certificate(self, key: str, gathered: bool) -> None:
        box = QCheckBox(certificate_text(key))
        box.setChecked(gathered)
        self.certificates[key] = box
        # Above the row for adding another one.
        self.certificate_column.insertWidget(len(self.certificates) - 1, box)

    def _new_certificate(self) -> None:
        key = " ".join(self.new_certificate.text().split())
        if key and key not in self.certificates:
            self._add_certificate(key, True)
        self.new_certificate.clear()

    def _decision_changed(self) -> None:
        pending = CodingDecision(self.decision.currentData()) is CodingDecision.PENDING
        self.decided_on.setEnabled(not pending)

    def save(self) -> None:
        decision = CodingDecision(self.decision.currentData())
        self.osa.save_coding(
            replace(
                self.coding,
                requested_on=self.requested_on.value(),
                certificates={k: box.isChecked() for k, box in self.certificates.items()},
                decision=decision,
                decided_on=None if decision is CodingDecision.PENDING else date_of(self.decided_on),
                af_officer=self.af_officer.text(),
            )
        )
