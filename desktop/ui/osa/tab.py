"""The OSA tab of a participant's record: the AF coding, their placements, and warnings when the
after-OSA plan is due or a placement would run past the participation limit."""

from __future__ import annotations

from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.core.labels import label
from desktop.core.osa import (
    DEFAULT_CERTIFICATES,
    AfCoding,
    CodingDecision,
    Placement,
    PlacementStatus,
    past_participation_limit,
    plan_due,
)
from desktop.core.path import participation_limit
from desktop.db.osa import OsaRepository
from desktop.db.participants import ParticipantRepository
from desktop.ui.common.forms import ERROR_STYLE
from desktop.ui.common.models import RecordTableModel
from desktop.ui.common.widgets import record_table
from desktop.ui.osa.dialogs import (
    AfCodingDialog,
    AfterOsaPlanDialog,
    ContactDialog,
    EndPlacementDialog,
    PlacementDialog,
    StartPlacementDialog,
)

Index = QModelIndex | QPersistentModelIndex
WARNING_COLOR = "#b00020"  # the error red of forms.ERROR_STYLE: 7:1 on white


class PlacementsModel(RecordTableModel[Placement]):
    WORKPLACE, START, END, STATUS, PLAN = range(5)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workplaces: dict[int, str] = {}
        self.today = date.today()

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Workplace"),
            self.tr("Start"),
            self.tr("End"),
            self.tr("Status"),
            self.tr("After-OSA plan"),
        )

    def display(self, p: Placement, column: int) -> Any:
        if column == self.WORKPLACE:
            return self.workplaces.get(p.workplace_id, "")
        if column == self.START:
            return p.start.isoformat()
        if column == self.END:
            if p.status is not PlacementStatus.ENDED and p.extended_to:
                return self.tr("{date} (extended)").format(date=p.end.isoformat())
            return p.end.isoformat()
        if column == self.STATUS:
            return label(p.status)
        if p.plan is not None:
            return self.tr("Yes: {step}").format(step=label(p.plan.next_step))
        return "" if p.status is PlacementStatus.ENDED else self.tr("No")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == self.PLAN:
            due = plan_due(self.record(index.row()), self.today)
            if due and role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(WARNING_COLOR))
            if due == "urgent" and role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return super().data(index, role)


class OsaTab(QWidget):
    """Shown in the record window; `changed` tells it (and the lists) to reload after a save."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.osa: OsaRepository | None = None
        self.people: ParticipantRepository | None = None
        self.person_id: int | None = None
        self.coding: AfCoding | None = None
        self.limit: date | None = None
        layout = QVBoxLayout(self)

        coding_box = QGroupBox(self.tr("AF coding (eligibility for OSA)"))
        coding_row = QHBoxLayout(coding_box)
        self.coding_summary = QLabel()
        self.coding_summary.setWordWrap(True)
        self.coding_summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.change_coding = QPushButton(self.tr("Change &AF coding…"))
        coding_row.addWidget(self.coding_summary, 1)
        coding_row.addWidget(self.change_coding, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(coding_box)

        self.warning = QLabel()
        self.warning.setStyleSheet(ERROR_STYLE)
        self.warning.setWordWrap(True)
        self.warning.hide()
        layout.addWidget(self.warning)

        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New placement…"))
        self.change_button = QPushButton(self.tr("C&hange…"))
        self.start_button = QPushButton(self.tr("&Start…"))
        self.end_button = QPushButton(self.tr("&End…"))
        self.contact_button = QPushButton(self.tr("&Follow-up contact…"))
        self.plan_button = QPushButton(self.tr("After-OSA &plan…"))
        for button in (
            self.new_button,
            self.change_button,
            self.start_button,
            self.end_button,
            self.contact_button,
            self.plan_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.model = PlacementsModel(self)
        self.table = record_table(self.model, self.tr("OSA placements"), PlacementsModel.WORKPLACE)
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("The chosen placement"))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)

        self.change_coding.clicked.connect(self.open_coding)
        self.new_button.clicked.connect(self.new_placement)
        self.change_button.clicked.connect(self.change_placement)
        self.start_button.clicked.connect(self.start_placement)
        self.end_button.clicked.connect(self.end_placement)
        self.contact_button.clicked.connect(self.add_contact)
        self.plan_button.clicked.connect(self.edit_plan)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.table.activated.connect(lambda _i: self.change_placement())
        self._selection_changed()

    # -- data

    def load(self, osa: OsaRepository, people: ParticipantRepository, person_id: int) -> None:
        self.osa, self.people, self.person_id = osa, people, person_id
        self.reload()

    def reload(self) -> None:
        if self.osa is None or self.people is None or self.person_id is None:
            return
        chosen = self.selected()
        today = self.osa.today()
        self.coding = self.osa.coding(self.person_id)
        self.limit = participation_limit(self.people.path(self.person_id))
        self.model.today = today
        self.model.workplaces = {w.id: w.name for w in self.osa.workplaces() if w.id is not None}
        placements = self.osa.placements(person_id=self.person_id)
        self.model.set_records(list(reversed(placements)))  # the latest first
        self.coding_summary.setText(self._coding_text())
        self._show_warnings(placements, today)
        row = next(
            (
                i
                for i in range(self.model.rowCount())
                if chosen is not None and self.model.record(i).id == chosen.id
            ),
            0 if self.model.rowCount() else None,
        )
        if row is not None:
            self.table.selectRow(row)
        self._selection_changed()

    def forget(self) -> None:
        """At lock: drop everything read from the register."""
        self.osa = self.people = None
        self.coding = None
        self.limit = None
        self.model.set_records([])
        self.model.workplaces = {}
        self.coding_summary.clear()
        self.warning.clear()
        self.warning.hide()
        self.details.clear()
        self._selection_changed()

    def _coding_text(self) -> str:
        coding = self.coding
        if coding is None:
            return self.tr("Not requested yet.")
        parts = [label(coding.decision)]
        if coding.decision is not CodingDecision.PENDING and coding.decided_on:
            parts[0] = self.tr("{decision} on {date}").format(
                decision=parts[0], date=coding.decided_on.isoformat()
            )
        if coding.requested_on:
            parts.append(self.tr("requested {date}").format(date=coding.requested_on.isoformat()))
        gathered = sum(1 for done in coding.certificates.values() if done)
        total = len({*DEFAULT_CERTIFICATES, *coding.certificates})
        parts.append(
            self.tr("certificates: {gathered} of {total}").format(gathered=gathered, total=total)
        )
        if coding.af_officer:
            parts.append(self.tr("AF case officer: {name}").format(name=coding.af_officer))
        return "  ·  ".join(parts)

    def _show_warnings(self, placements: list[Placement], today: date) -> None:
        lines = []
        for p in placements:
            workplace = self.model.workplaces.get(p.workplace_id, "")
            due = plan_due(p, today)
            if due == "urgent":
                lines.append(
                    self.tr(
                        "Urgent: no after-OSA plan, and the placement at {workplace} ends {date}."
                    ).format(workplace=workplace, date=p.end.isoformat())
                )
            elif due == "warning":
                lines.append(
                    self.tr(
                        "No after-OSA plan yet; the placement at {workplace} ends {date}."
                    ).format(workplace=workplace, date=p.end.isoformat())
                )
            if past_participation_limit(p, self.limit):
                assert self.limit is not None
                lines.append(
                    self.tr(
                        "The placement at {workplace} ends {date}, after the 14-month limit of "
                        "the participation ({limit})."
                    ).format(
                        workplace=workplace, date=p.end.isoformat(), limit=self.limit.isoformat()
                    )
                )
        self.warning.setText("\n".join(lines))
        self.warning.setAccessibleDescription("\n".join(lines))
        self.warning.setVisible(bool(lines))

    def selected(self) -> Placement | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        chosen = self.selected()
        loaded = self.osa is not None
        status = chosen.status if chosen else None
        self.change_coding.setEnabled(loaded)
        self.new_button.setEnabled(loaded)
        self.change_button.setEnabled(chosen is not None)
        self.start_button.setEnabled(status is PlacementStatus.PLANNED)
        self.end_button.setEnabled(status is PlacementStatus.ACTIVE)
        self.contact_button.setEnabled(status is PlacementStatus.ACTIVE)
        self.plan_button.setEnabled(chosen is not None)
        self.details.setHtml(self._details_html(chosen) if chosen else "")

    def _details_html(self, p: Placement) -> str:
        def row(caption: str, value: str) -> str:
            return f"<tr><td><b>{escape(caption)}</b>&nbsp;&nbsp;</td><td>{escape(value)}</td></tr>"

        rows = [
            row(self.tr("Hours per week"), self.locale().toString(p.hours_per_week, "g", 3)),
            row(self.tr("Wage-subsidy decision"), p.wage_subsidy_ref),
            row(self.tr("Supervisor"), p.supervisor),
        ]
        if p.extended_to:
            rows.append(
                row(
                    self.tr("Extension decided by AF"),
                    self.tr("until {date}, decided {decided}: {reason}").format(
                        date=p.extended_to.isoformat(),
                        decided=p.extension_decided_on.isoformat()
                        if p.extension_decided_on
                        else "",
                        reason=p.extension_reason,
                    ),
                )
            )
        if p.status is PlacementStatus.ENDED:
            rows.append(
                row(
                    self.tr("Ended"),
                    " · ".join(
                        x
                        for x in (
                            p.ended_on.isoformat() if p.ended_on else "",
                            label(p.end_reason),
                            p.end_comment,
                        )
                        if x
                    ),
                )
            )
        if p.plan:
            rows.append(row(self.tr("Next step"), label(p.plan.next_step)))
            rows.append(row(self.tr("Responsible"), p.plan.responsible))
            if p.plan.af_contact_on:
                rows.append(
                    row(self.tr("Contact with AF re-established"), p.plan.af_contact_on.isoformat())
                )
            if p.plan.coaching:
                rows.append(
                    row(
                        self.tr("Job-search coaching"),
                        ", ".join(d.isoformat() for d in p.plan.coaching),
                    )
                )
        # pyside6-lupdate does not look inside f-string fields: a tr() there is never
        # collected for translation, so each text is taken out first.
        none_yet = self.tr("None yet.")
        heading = self.tr("Follow-ups with the workplace")
        contacts = (
            "".join(
                f"<li>{escape(c.on.isoformat())} · {escape(label(c.kind))}"
                + (f" · {escape(c.note)}" if c.note else "")
                + "</li>"
                for c in reversed(p.contacts)
            )
            or f"<li>{escape(none_yet)}</li>"
        )
        return f"<table>{''.join(rows)}</table><p><b>{escape(heading)}</b></p><ul>{contacts}</ul>"

    # -- actions

    def _saved(self) -> None:
        self.reload()
        self.changed.emit()

    def open_coding(self) -> AfCodingDialog | None:
        if self.osa is None or self.person_id is None:
            return None
        return AfCodingDialog(self.osa, self.person_id, self.coding, self).open_with(self._saved)

    def new_placement(self) -> PlacementDialog | None:
        if self.osa is None or self.people is None or self.person_id is None:
            return None
        return PlacementDialog(self.osa, self.people, None, self.person_id, self).open_with(
            self._saved
        )

    def change_placement(self) -> PlacementDialog | None:
        chosen = self.selected()
        if self.osa is None or self.people is None or chosen is None:
            return None
        return PlacementDialog(self.osa, self.people, chosen, None, self).open_with(self._saved)

    def start_placement(self) -> StartPlacementDialog | None:
        chosen = self.selected()
        if self.osa is None or chosen is None or chosen.status is not PlacementStatus.PLANNED:
            return None
        return StartPlacementDialog(self.osa, chosen, self).open_with(self._saved)

    def end_placement(self) -> EndPlacementDialog | None:
        chosen = self.selected()
        if self.osa is None or chosen is None or chosen.status is not PlacementStatus.ACTIVE:
            return None
        return EndPlacementDialog(self.osa, chosen, self).open_with(self._saved)

    def add_contact(self) -> ContactDialog | None:
        chosen = self.selected()
        if self.osa is None or chosen is None:
            return None
        return ContactDialog(self.osa, chosen, self).open_with(self._saved)

    def edit_plan(self) -> AfterOsaPlanDialog | None:
        chosen = self.selected()
        if self.osa is None or chosen is None:
            return None
        return AfterOsaPlanDialog(self.osa, chosen, self).open_with(self._saved)
