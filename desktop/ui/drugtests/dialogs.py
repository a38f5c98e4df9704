"""Dialogs for drug tests: a participant's schedule, a result (or an outcome such as a no-show),
the providers with their prices, and the unit's settings. Each keeps what was typed when the
register refuses it and shows the reason where it belongs."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.drugtests import (
    DrugTestSettings,
    Method,
    Outcome,
    Price,
    Provider,
    Schedule,
    ScheduleKind,
    Substance,
    SubstanceValue,
    TestResult,
)
from desktop.core.errors import AppError
from desktop.core.labels import label
from desktop.core.path import Phase
from desktop.db.drugtests import DrugTestRepository
from desktop.db.participants import ParticipantRepository
from desktop.ui.common.forms import widget_row
from desktop.ui.common.models import Index, RecordTableModel
from desktop.ui.common.widgets import DateEdit, RecordDialog, Unreadable, qdate, record_table
from desktop.ui.participants.dialogs import date_of, enum_combo

# What a lab report usually says when nothing else is known: the common screening cut-offs
# (urine as in the European workplace guidelines, saliva for oral fluid, breath alcohol in
# mg/l, PEth in blood in µmol/l). Staff overwrite them with what the provider's report says.
DEFAULT_CUTOFFS: dict[tuple[Method, Substance], tuple[str, float | None]] = {
    (Method.URINE, Substance.AMPHETAMINE): ("ng/ml", 500.0),
    (Method.URINE, Substance.CANNABIS): ("ng/ml", 50.0),
    (Method.URINE, Substance.COCAINE): ("ng/ml", 150.0),
    (Method.URINE, Substance.OPIATES): ("ng/ml", 300.0),
    (Method.URINE, Substance.BENZODIAZEPINES): ("ng/ml", 200.0),
    (Method.URINE, Substance.BUPRENORPHINE): ("ng/ml", 5.0),
    (Method.URINE, Substance.METHADONE): ("ng/ml", 300.0),
    (Method.URINE, Substance.TRAMADOL): ("ng/ml", 100.0),
    (Method.URINE, Substance.ALCOHOL): ("ng/ml", 500.0),  # EtG
    (Method.SALIVA, Substance.AMPHETAMINE): ("ng/ml", 50.0),
    (Method.SALIVA, Substance.CANNABIS): ("ng/ml", 10.0),
    (Method.SALIVA, Substance.COCAINE): ("ng/ml", 30.0),
    (Method.SALIVA, Substance.OPIATES): ("ng/ml", 40.0),
    (Method.SALIVA, Substance.BENZODIAZEPINES): ("ng/ml", 10.0),
    (Method.SALIVA, Substance.BUPRENORPHINE): ("ng/ml", 1.0),
    (Method.SALIVA, Substance.METHADONE): ("ng/ml", 50.0),
    (Method.SALIVA, Substance.TRAMADOL): ("ng/ml", 50.0),
    (Method.BREATH, Substance.ALCOHOL): ("mg/l", 0.1),
    (Method.BLOOD, Substance.ALCOHOL): ("µmol/l", 0.05),  # PEth
}


def weekday_name(day: int) -> str:
    """The short name of weekday `day` (Monday = 0) in the user's language."""
    names = (
        QCoreApplication.translate("DrugTests", "Mon"),
        QCoreApplication.translate("DrugTests", "Tue"),
        QCoreApplication.translate("DrugTests", "Wed"),
        QCoreApplication.translate("DrugTests", "Thu"),
        QCoreApplication.translate("DrugTests", "Fri"),
        QCoreApplication.translate("DrugTests", "Sat"),
        QCoreApplication.translate("DrugTests", "Sun"),
    )
    return names[day]


def default_cutoff(method: Method, substance: Substance) -> tuple[str, float | None]:
    return DEFAULT_CUTOFFS.get((method, substance), ("ng/ml", None))


def format_number(value: float | None) -> str:
    """A value as the user's locale writes it (decimal comma in Swedish), without zeros at the
    end: 120, 0,05."""
    if value is None:
        return ""
    locale = QLocale()
    if abs(value - round(value)) < 1e-9:
        return locale.toString(round(value))
    text = locale.toString(float(value), "f", 4)
    return text.rstrip("0").rstrip(locale.decimalPoint())


def parse_number(text: str) -> float | None:
    """A number as typed: a comma or a point for decimals, blank for none. Raises ValueError."""
    cleaned = text.strip().replace(" ", "").replace("\u00a0", "").replace(",", ".")
    if not cleaned:
        return None
    value = float(cleaned)
    if not math.isfinite(value):
        raise ValueError(text)
    return value


def result_summary(result: TestResult) -> str:
    """A result in one line: the outcome, or the positives first with their values, then the
    negatives (with a value only where there is one worth following, e.g. below the cut-off)."""
    if result.outcome is not Outcome.RESULT:
        return label(result.outcome) + (f" ({result.comment})" if result.comment else "")

    def amount(value: SubstanceValue) -> str:
        if value.value is None or (not value.positive and value.value == 0):
            return ""
        return f" {format_number(value.value)} {value.unit}".rstrip()

    positives = [
        QCoreApplication.translate("DrugTests", "{substance} positive{amount}").format(
            substance=label(v.substance), amount=amount(v)
        )
        for v in result.values
        if v.positive
    ]
    with_value = [
        QCoreApplication.translate("DrugTests", "{substance} negative{amount}").format(
            substance=label(v.substance), amount=amount(v)
        )
        for v in result.values
        if not v.positive and amount(v)
    ]
    bare = [v for v in result.values if not v.positive and not amount(v)]
    parts = positives + with_value
    if bare and not parts:
        parts.append(
            QCoreApplication.translate("DrugTests", "All negative ({count} substances)").format(
                count=len(bare)
            )
            if len(bare) > 1
            else QCoreApplication.translate("DrugTests", "{substance} negative").format(
                substance=label(bare[0].substance)
            )
        )
    elif bare:
        parts.append(
            QCoreApplication.translate("DrugTests", "{count} more negative").format(count=len(bare))
        )
    return "; ".join(parts)


def day_edit(value: date | None, maximum: date | None) -> QDateEdit:
    """A date field whose upper limit is the register's today (its clock, not the computer's)."""
    edit = DateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    if maximum is not None:
        edit.setMaximumDate(qdate(maximum))
    edit.setDate(qdate(value or maximum or date.today()))
    return edit


class _DrugDialog(RecordDialog):
    """A record dialog over the drug-test store."""

    def __init__(self, repository: DrugTestRepository, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.repository = repository


def _provider_combo(providers: list[Provider], current: int | None, *, none_text: str) -> QComboBox:
    """Active providers, and the current one even if no longer active (an old result's)."""
    combo = QComboBox()
    combo.addItem(none_text, None)
    for provider in providers:
        if provider.active or provider.id == current:
            combo.addItem(provider.name, provider.id)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


# ----------------------------------------------------------------------------- schedule


class ScheduleDialog(_DrugDialog):
    """A participant's test schedule: fixed weekdays, or random days with a target per week.
    Saving makes a new version; the earlier ones stay in the register."""

    FIELD_OF_MESSAGE = (
        ("ends before", "end"),
        ("weekday", "weekdays"),
        ("minimum per week", "min"),
        ("without two days", "no_consecutive"),
        ("target per week", "target"),
    )

    def __init__(
        self,
        repository: DrugTestRepository,
        person_id: int,
        current: Schedule | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(repository, parent)
        self.person_id = person_id
        self.current = current
        settings = repository.settings()
        today = repository.today()
        schedule = current or Schedule(
            person_id, ScheduleKind.RANDOM, today, min_per_week=1, max_per_week=3
        )
        self.setWindowTitle(self.tr("Test schedule"))
        add = self.form.add
        self.kind = add("kind", self.tr("&Kind"), enum_combo(list(ScheduleKind), schedule.kind))

        self.weekdays: dict[int, QCheckBox] = {}
        boxes = []
        for day in range(7):
            box = QCheckBox(weekday_name(day))
            box.setChecked(day in schedule.weekdays)
            # Days the unit is not staffed are offered only if the schedule already has them.
            box.setVisible(day in settings.staffed_weekdays or day in schedule.weekdays)
            self.weekdays[day] = box
            boxes.append(box)
        self.weekday_row = add("weekdays", self.tr("&Weekdays"), widget_row(*boxes))
        self.weekday_row.setAccessibleName(self.tr("Weekdays"))

        try:
            phase = ParticipantRepository(repository.register).get(person_id).phase
        except AppError:
            phase = None
        self.target = add("target", self.tr("&Target per week"), QLineEdit())
        if schedule.target_per_week is not None:
            self.target.setText(format_number(schedule.target_per_week))
        self.target.setPlaceholderText(
            self.tr("Blank: the phase's setting ({value} a week)").format(
                value=format_number(settings.target_for(phase))
            )
        )
        self.minimum = QSpinBox()
        self.minimum.setRange(0, 5)
        self.minimum.setValue(schedule.min_per_week)
        self.minimum.setAccessibleName(self.tr("Minimum per week"))
        self.maximum = QSpinBox()
        self.maximum.setRange(0, 5)
        self.maximum.setValue(schedule.max_per_week)
        self.maximum.setAccessibleName(self.tr("Maximum per week"))
        self.min_max_row = add(
            "min",
            self.tr("&Minimum, maximum"),
            widget_row(self.minimum, QLabel("–"), self.maximum),
        )
        self.no_consecutive = add(
            "no_consecutive",
            self.tr("Spacing"),
            QCheckBox(self.tr("&No two days in a row")),
        )
        self.no_consecutive.setChecked(schedule.no_consecutive)

        self.method = add("method", self.tr("&Method"), enum_combo(list(Method), schedule.method))
        self.provider = add(
            "provider",
            self.tr("&Provider"),
            _provider_combo(
                repository.providers(), schedule.provider_id, none_text=self.tr("Not chosen")
            ),
        )
        self.start = add(
            "start", self.tr("&Start"), day_edit(schedule.start if current else today, None)
        )
        self.has_end = QCheckBox(self.tr("Ends on"))
        self.has_end.setChecked(schedule.end is not None)
        self.end = day_edit(schedule.end or today, None)
        self.end.setEnabled(schedule.end is not None)
        self.end.setAccessibleName(self.tr("End"))
        self.has_end.toggled.connect(self.end.setEnabled)
        add("end", self.tr("&End"), widget_row(self.has_end, self.end))
        notice = QLabel(
            self.tr(
                "Random days are drawn on the day itself, the first time someone opens that "
                "day's list. Public holidays and closed days are skipped. Nobody is tested while "
                "not enrolled. Every change is kept."
            )
        )
        notice.setWordWrap(True)
        self.layout_.addWidget(notice)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.finish_layout(self.tr("Save schedule"))

    def _kind_changed(self) -> None:
        fixed = ScheduleKind(self.kind.currentData()) is ScheduleKind.FIXED
        self.weekday_row.setEnabled(fixed)
        for widget in (self.target, self.min_max_row, self.no_consecutive):
            widget.setEnabled(not fixed)

    def value(self) -> Schedule:
        kind = ScheduleKind(self.kind.currentData())
        try:
            target = parse_number(self.target.text())
        except ValueError:
            raise Unreadable("target", self.tr("Write the target as a number, e.g. 1,5.")) from None
        return Schedule(
            person_id=self.person_id,
            kind=kind,
            start=date_of(self.start),
            end=date_of(self.end) if self.has_end.isChecked() else None,
            weekdays=frozenset(d for d, box in self.weekdays.items() if box.isChecked())
            if kind is ScheduleKind.FIXED
            else frozenset(),
            target_per_week=target if kind is ScheduleKind.RANDOM else None,
            min_per_week=self.minimum.value(),
            max_per_week=self.maximum.value(),
            no_consecutive=self.no_consecutive.isChecked(),
            method=Method(self.method.currentData()),
            provider_id=self.provider.currentData(),
        )

    def save(self) -> None:
        self.repository.save_schedule(self.value())


# ----------------------------------------------------------------------------- result


class _SubstanceRow:
    """One substance's line in the result dialog: not tested / negative / positive, the value,
    its unit and the cut-off."""

    def __init__(self, substance: Substance, method: Method) -> None:
        self.substance = substance
        self.name = QLabel(label(substance))
        self.state = QComboBox()
        self.state.addItem(QCoreApplication.translate("DrugTests", "Not tested"), None)
        self.state.addItem(QCoreApplication.translate("DrugTests", "Negative"), False)
        self.state.addItem(QCoreApplication.translate("DrugTests", "Positive"), True)
        self.state.setAccessibleName(label(substance))
        self.value = QLineEdit()
        self.value.setAccessibleName(
            QCoreApplication.translate("DrugTests", "{substance}: value").format(
                substance=label(substance)
            )
        )
        self.unit = QLineEdit()
        self.unit.setAccessibleName(
            QCoreApplication.translate("DrugTests", "{substance}: unit").format(
                substance=label(substance)
            )
        )
        self.cutoff = QLineEdit()
        self.cutoff.setAccessibleName(
            QCoreApplication.translate("DrugTests", "{substance}: cut-off").format(
                substance=label(substance)
            )
        )
        for field, width in ((self.value, 7), (self.unit, 6), (self.cutoff, 7)):
            field.setMaximumWidth(field.fontMetrics().horizontalAdvance("0") * width + 16)
        self.set_defaults(method)
        self.value.textEdited.connect(self._value_typed)
        self.state.currentIndexChanged.connect(self._state_changed)
        self._state_changed()

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.name, self.state, self.value, self.unit, self.cutoff)

    def set_defaults(self, method: Method, previous: Method | None = None) -> None:
        """The method's usual unit and cut-off, unless the user has typed their own."""
        unit, cutoff = default_cutoff(method, self.substance)
        old_unit, old_cutoff = default_cutoff(previous, self.substance) if previous else ("", None)
        if previous is None or self.unit.text() == old_unit:
            self.unit.setText(unit)
        if previous is None or self.cutoff.text() == format_number(old_cutoff):
            self.cutoff.setText(format_number(cutoff))

    def fill(self, value: SubstanceValue) -> None:
        self.state.setCurrentIndex(2 if value.positive else 1)
        self.value.setText(format_number(value.value))
        self.unit.setText(value.unit)
        self.cutoff.setText(format_number(value.cutoff))

    def tested(self) -> bool:
        return self.state.currentData() is not None

    def _value_typed(self, text: str) -> None:
        # Typing a number into a line still marked "not tested" means it was tested: choose
        # negative or positive from the cut-off, for the user to check.
        if self.tested():
            return
        try:
            value, cutoff = parse_number(text), parse_number(self.cutoff.text())
        except ValueError:
            return
        if value is not None:
            positive = cutoff is None or value >= cutoff
            self.state.setCurrentIndex(2 if positive else 1)

    def _state_changed(self) -> None:
        tested = self.tested()
        for field in (self.unit, self.cutoff):
            field.setEnabled(tested)

    def result(self) -> SubstanceValue:
        """Raises ValueError naming the field that is not a number."""
        try:
            value = parse_number(self.value.text())
        except ValueError:
            raise ValueError("value") from None
        try:
            cutoff = parse_number(self.cutoff.text())
        except ValueError:
            raise ValueError("cutoff") from None
        return SubstanceValue(
            self.substance,
            bool(self.state.currentData()),
            value,
            self.unit.text().strip(),
            cutoff,
        )


class ResultDialog(_DrugDialog):
    """A test's result: values per substance, or an outcome instead (no-show, refused, dilute
    or invalid, medical exemption, admitted use). A correction is a new entry pointing to the
    result it replaces; the old one stays, marked as corrected."""

    FIELD_OF_MESSAGE = (("substance", "values"), ("value cannot", "values"))

    def __init__(
        self,
        repository: DrugTestRepository,
        person_id: int,
        *,
        schedule: Schedule | None = None,
        day: date | None = None,
        corrects: TestResult | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(repository, parent)
        self.person_id = person_id
        self.corrects = corrects
        self.providers = {p.id: p for p in repository.providers() if p.id is not None}
        today = repository.today()
        self.setWindowTitle(self.tr("Correct a result") if corrects else self.tr("Test result"))
        # Whose result it is, in plain sight: entered from the day's list, a slip of the mouse
        # must not put it on the wrong person.
        person = ParticipantRepository(repository.register).get(person_id)
        self.who = QLabel(f"{person.name}  ·  {person.internal_no}")
        font = self.who.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.who.setFont(font)
        self.layout_.insertWidget(0, self.who)
        if corrects is not None:
            quoted = QLabel(
                self.tr("Correcting the result of {date}: {summary}").format(
                    date=corrects.taken_at.strftime("%Y-%m-%d %H:%M"),
                    summary=result_summary(corrects),
                )
            )
            quoted.setWordWrap(True)
            self.layout_.insertWidget(1, quoted)
        if corrects is not None:
            taken = corrects.taken_at
        else:
            now = repository.register.now().astimezone()
            on = day or today
            # Entered on the day: now; entered later from the paper list: a morning time to
            # adjust, since the real one is written on the list.
            at = time(now.hour, now.minute) if on == today else time(9, 0)
            taken = datetime.combine(on, at)
        add = self.form.add
        self.on = day_edit(taken.date(), today)
        self.on.setAccessibleName(self.tr("Date"))
        self.at = QTimeEdit(QTime(taken.hour, taken.minute))
        self.at.setDisplayFormat("HH:mm")
        self.at.setAccessibleName(self.tr("Time"))
        add("taken_at", self.tr("&Taken"), widget_row(self.on, self.at))

        provider_id = (
            corrects.provider_id
            if corrects
            else schedule.provider_id
            if schedule and schedule.provider_id
            else None
        )
        active = [p for p in self.providers.values() if p.active]
        if provider_id is None and corrects is None and len(active) == 1:
            provider_id = active[0].id  # the unit's only provider
        self.provider = add(
            "provider",
            self.tr("&Provider"),
            _provider_combo(
                list(self.providers.values()), provider_id, none_text=self.tr("No provider")
            ),
        )
        method = corrects.method if corrects else schedule.method if schedule else Method.URINE
        self.method = add("method", self.tr("&Method"), enum_combo(list(Method), method))
        self._method = method
        self.sample_id = add(
            "sample_id", self.tr("&Sample id"), QLineEdit(corrects.sample_id if corrects else "")
        )
        self.outcome = add(
            "outcome",
            self.tr("&Outcome"),
            enum_combo(list(Outcome), corrects.outcome if corrects else Outcome.RESULT),
        )

        self.values_box = QWidget()
        grid = QGridLayout(self.values_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(3)
        for column, heading in enumerate(
            (
                self.tr("Substance"),
                self.tr("Result"),
                self.tr("Value"),
                self.tr("Unit"),
                self.tr("Cut-off"),
            )
        ):
            caption = QLabel(f"<b>{heading}</b>")
            grid.addWidget(caption, 0, column)
        self.rows: dict[Substance, _SubstanceRow] = {}
        for line, substance in enumerate(Substance, start=1):
            row = _SubstanceRow(substance, method)
            self.rows[substance] = row
            for column, widget in enumerate(row.widgets()):
                grid.addWidget(widget, line, column)
        grid.setColumnStretch(1, 1)
        self.all_negative = QPushButton(self.tr("Set the rest to &negative"))
        self.all_negative.setToolTip(
            self.tr("Every substance shown that is still “not tested” becomes negative.")
        )
        grid.addWidget(self.all_negative, len(self.rows) + 1, 0, 1, 5, Qt.AlignmentFlag.AlignLeft)
        self.all_negative.clicked.connect(self._rest_negative)
        if corrects is not None:
            for value in corrects.values:
                self.rows[value.substance].fill(value)
        add("values", self.tr("Values"), self.values_box)
        self.comment = add(
            "comment", self.tr("C&omment"), QLineEdit(corrects.comment if corrects else "")
        )
        notice = QLabel(
            self.tr(
                "A result is saved with your name and never changed; a mistake is fixed "
                "with a correction."
            )
        )
        notice.setWordWrap(True)
        self.layout_.addWidget(notice)
        self.provider.currentIndexChanged.connect(self._provider_changed)
        self.method.currentIndexChanged.connect(self._method_changed)
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self._provider_changed(adjust_method=corrects is None and schedule is None)
        self._outcome_changed()
        self.finish_layout(self.tr("Save correction") if corrects else self.tr("Save result"))

    def chosen_provider(self) -> Provider | None:
        return self.providers.get(self.provider.currentData())

    def _provider_changed(self, _index: int = 0, *, adjust_method: bool = True) -> None:
        provider = self.chosen_provider()
        if (
            adjust_method
            and provider is not None
            and provider.methods
            and Method(self.method.currentData()) not in provider.methods
        ):
            self.method.setCurrentIndex(
                self.method.findData(sorted(provider.methods, key=list(Method).index)[0])
            )
        panel = provider.panel if provider is not None and provider.panel else set(Substance)
        for substance, row in self.rows.items():
            shown = substance in panel or row.tested()
            for widget in row.widgets():
                widget.setVisible(shown)

    def _rest_negative(self) -> None:
        # Most analyses come back negative for most of the panel: one click instead of nine.
        for row in self.rows.values():
            if row.name.isVisibleTo(self) and not row.tested():
                row.state.setCurrentIndex(1)

    def _method_changed(self) -> None:
        method = Method(self.method.currentData())
        for row in self.rows.values():
            row.set_defaults(method, self._method)
        self._method = method

    def _outcome_changed(self) -> None:
        outcome = Outcome(self.outcome.currentData())
        self.values_box.setEnabled(outcome is Outcome.RESULT)
        self.sample_id.setEnabled(outcome is not Outcome.NO_SHOW)

    def value(self) -> TestResult:
        outcome = Outcome(self.outcome.currentData())
        values: list[SubstanceValue] = []
        if outcome is Outcome.RESULT:
            for row in self.rows.values():
                if not row.tested():
                    continue
                try:
                    values.append(row.result())
                except ValueError as wrong:
                    message = (
                        self.tr("{substance}: write the value as a number, e.g. 120 or 0,5.")
                        if str(wrong) == "value"
                        else self.tr("{substance}: write the cut-off as a number, e.g. 50.")
                    )
                    (row.value if str(wrong) == "value" else row.cutoff).setFocus()
                    raise Unreadable(
                        "values", message.format(substance=label(row.substance))
                    ) from None
        chosen = self.at.time()
        return TestResult(
            person_id=self.person_id,
            taken_at=datetime.combine(date_of(self.on), time(chosen.hour(), chosen.minute())),
            method=Method(self.method.currentData()),
            outcome=outcome,
            values=tuple(values),
            provider_id=self.provider.currentData(),
            sample_id=self.sample_id.text() if outcome is not Outcome.NO_SHOW else "",
            comment=self.comment.text(),
            corrects=self.corrects.id if self.corrects else None,
        )

    def save(self) -> None:
        self.repository.add_result(self.value())


# ----------------------------------------------------------------------------- providers


class ProviderDialog(_DrugDialog):
    """A provider: what it tests and how, and its prices. A new price applies from its date;
    earlier prices stay, so older tests keep what they cost."""

    FIELD_OF_MESSAGE = (
        ("a name", "name"),
        ("provider called", "name"),
        ("same day", "prices"),
    )

    def __init__(
        self,
        repository: DrugTestRepository,
        provider: Provider | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(repository, parent)
        self.provider = provider or Provider(
            "", frozenset({Method.URINE}), frozenset(Substance), booking=False
        )
        self.setWindowTitle(self.tr("Test provider"))
        add = self.form.add
        self.name = add("name", self.tr("&Name"), QLineEdit(self.provider.name))
        self.methods: dict[Method, QCheckBox] = {}
        for method in Method:
            box = QCheckBox(label(method))
            box.setChecked(method in self.provider.methods)
            self.methods[method] = box
        add("methods", self.tr("Methods"), widget_row(*self.methods.values()))
        panel_box = QWidget()
        grid = QGridLayout(panel_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.panel: dict[Substance, QCheckBox] = {}
        for index, substance in enumerate(Substance):
            box = QCheckBox(label(substance))
            box.setChecked(substance in self.provider.panel)
            self.panel[substance] = box
            grid.addWidget(box, index // 3, index % 3)
        add("panel", self.tr("Substances"), panel_box)
        self.booking = add("booking", self.tr("&Visits"), QComboBox())
        self.booking.addItem(self.tr("Drop-in"), False)
        self.booking.addItem(self.tr("Booking needed"), True)
        self.booking.setCurrentIndex(1 if self.provider.booking else 0)
        self.turnaround = QSpinBox()
        self.turnaround.setRange(0, 60)
        self.turnaround.setValue(self.provider.turnaround_days)
        self.turnaround.setSuffix(self.tr(" days"))
        add("turnaround", self.tr("&Answer within"), self.turnaround)
        self.active = add("active", self.tr("In use"), QCheckBox(self.tr("&Active")))
        self.active.setChecked(self.provider.active)

        self.prices = QListWidget()
        self.prices.setAccessibleName(self.tr("Prices"))
        self.prices.setMaximumHeight(100)
        self._saved = set(self.provider.prices)
        for price in sorted(self.provider.prices, key=lambda p: p.since):
            self._add_price_item(price)
        self.price_from = day_edit(repository.today(), None)
        self.price_from.setAccessibleName(self.tr("Price from"))
        self.price_sek = QSpinBox()
        self.price_sek.setRange(0, 100_000)
        self.price_sek.setSingleStep(50)
        self.price_sek.setSuffix(" kr")
        self.price_sek.setAccessibleName(self.tr("Price per test"))
        latest = max(self.provider.prices, key=lambda p: p.since, default=None)
        self.price_sek.setValue(latest.sek if latest else 800)
        self.add_price = QPushButton(self.tr("Add &price"))
        self.remove_price = QPushButton(self.tr("&Remove new price"))
        prices_box = QWidget()
        column = QVBoxLayout(prices_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.prices)
        column.addWidget(
            widget_row(QLabel(self.tr("From")), self.price_from, self.price_sek, self.add_price)
        )
        column.addWidget(widget_row(self.remove_price))
        add("prices", self.tr("Price per test"), prices_box)
        self.add_price.clicked.connect(self._add_price)
        self.remove_price.clicked.connect(self._remove_price)
        self.prices.currentRowChanged.connect(lambda _r: self._update_remove())
        self._update_remove()
        self.finish_layout(self.tr("Save provider"))

    def _add_price_item(self, price: Price) -> None:
        item = QListWidgetItem(
            self.tr("from {date}: {price} kr").format(date=price.since.isoformat(), price=price.sek)
        )
        item.setData(Qt.ItemDataRole.UserRole, price)
        self.prices.addItem(item)

    def _prices(self) -> list[Price]:
        return [
            self.prices.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.prices.count())
        ]

    def _add_price(self) -> None:
        self.form.errors["prices"].clear_error()
        price = Price(date_of(self.price_from), self.price_sek.value())
        if any(p.since == price.since for p in self._prices()):
            self.form.show_error("prices", self.tr("There is already a price from that day."))
            return
        ordered = sorted([*self._prices(), price], key=lambda p: p.since)
        self.prices.clear()
        for item in ordered:
            self._add_price_item(item)
        self._update_remove()

    def _remove_price(self) -> None:
        item = self.prices.currentItem()
        if item is not None and item.data(Qt.ItemDataRole.UserRole) not in self._saved:
            self.prices.takeItem(self.prices.row(item))
        self._update_remove()

    def _update_remove(self) -> None:
        # Saved prices are the record of what earlier tests cost: only a price added in this
        # dialog, not yet saved, can be taken away again.
        item = self.prices.currentItem()
        self.remove_price.setEnabled(
            item is not None and item.data(Qt.ItemDataRole.UserRole) not in self._saved
        )

    def value(self) -> Provider:
        return replace(
            self.provider,
            name=self.name.text(),
            methods=frozenset(m for m, box in self.methods.items() if box.isChecked()),
            panel=frozenset(s for s, box in self.panel.items() if box.isChecked()),
            prices=tuple(self._prices()),
            booking=bool(self.booking.currentData()),
            turnaround_days=self.turnaround.value(),
            active=self.active.isChecked(),
        )

    def save(self) -> None:
        provider = self.value()
        if not provider.methods:
            raise Unreadable("methods", self.tr("Choose at least one method."))
        self.repository.save_provider(provider)


class ProvidersTableModel(RecordTableModel[Provider]):
    NAME, METHODS, PANEL, PRICE, VISITS, TURNAROUND, ACTIVE = range(7)
    align_right = (PRICE, TURNAROUND)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = date.today()

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Name"),
            self.tr("Methods"),
            self.tr("Substances"),
            self.tr("Price now"),
            self.tr("Visits"),
            self.tr("Answer (days)"),
            self.tr("Active"),
        )

    def display(self, provider: Provider, column: int) -> Any:
        if column == self.NAME:
            return provider.name
        if column == self.METHODS:
            return ", ".join(label(m) for m in Method if m in provider.methods)
        if column == self.PANEL:
            return ", ".join(label(s) for s in Substance if s in provider.panel)
        if column == self.PRICE:
            price = provider.price_on(self.today)
            return self.tr("{price} kr").format(price=price) if price is not None else "—"
        if column == self.VISITS:
            return self.tr("Booking needed") if provider.booking else self.tr("Drop-in")
        if column == self.TURNAROUND:
            return provider.turnaround_days
        return self.tr("Yes") if provider.active else self.tr("No")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and not self.record(index.row()).active
        ):
            return QColor("#767676")
        return super().data(index, role)


class ProvidersDialog(QDialog):
    """The unit's providers: a list, new and change."""

    changed = Signal()

    def __init__(self, repository: DrugTestRepository, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repository = repository
        self.setWindowTitle(self.tr("Test providers"))
        self.model = ProvidersTableModel(self)
        self.table = record_table(self.model, self.tr("Test providers"), ProvidersTableModel.PANEL)
        self.new_button = QPushButton(self.tr("&New provider…"))
        self.change_button = QPushButton(self.tr("&Change…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(widget_row(self.new_button, self.change_button))
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.new_button.clicked.connect(lambda: self.edit(None))
        self.change_button.clicked.connect(self._edit_selected)
        self.table.activated.connect(lambda _i: self._edit_selected())
        self.resize(860, 360)
        self.reload()

    def reload(self) -> None:
        self.model.today = self.repository.today()
        self.model.set_records(self.repository.providers())

    def _edit_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.edit(self.model.record(rows[0].row()))

    def edit(self, provider: Provider | None) -> ProviderDialog:
        dialog = ProviderDialog(self.repository, provider, self).open_with(self.reload)
        dialog.saved.connect(self.changed)
        return dialog


# ----------------------------------------------------------------------------- settings


class DrugTestSettingsDialog(_DrugDialog):
    """The unit's rules for drug tests (administrators): staffed weekdays, closed days, the
    target number of tests a week per phase, and the trend's tolerance."""

    FIELD_OF_MESSAGE = (("staffed weekday", "weekdays"),)

    def __init__(self, repository: DrugTestRepository, parent: QWidget | None = None) -> None:
        super().__init__(repository, parent)
        self.settings = repository.settings()
        self.setWindowTitle(self.tr("Drug-test settings"))
        add = self.form.add
        self.weekdays: dict[int, QCheckBox] = {}
        for day in range(7):
            box = QCheckBox(weekday_name(day))
            box.setChecked(day in self.settings.staffed_weekdays)
            self.weekdays[day] = box
        add("weekdays", self.tr("Staffed weekdays"), widget_row(*self.weekdays.values()))

        self.closed = QListWidget()
        self.closed.setAccessibleName(self.tr("Closed days"))
        self.closed.setMaximumHeight(110)
        for closed_day in sorted(self.settings.closed_days):
            self._add_closed_item(closed_day)
        self.closed_day = day_edit(repository.today(), None)
        self.closed_day.setAccessibleName(self.tr("Closed day"))
        self.add_closed = QPushButton(self.tr("&Add day"))
        self.remove_closed = QPushButton(self.tr("&Remove day"))
        closed_box = QWidget()
        column = QVBoxLayout(closed_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.closed)
        column.addWidget(widget_row(self.closed_day, self.add_closed, self.remove_closed))
        hint = QLabel(self.tr("Swedish public holidays are skipped without being listed here."))
        hint.setWordWrap(True)
        column.addWidget(hint)
        add("closed", self.tr("Closed days"), closed_box)
        self.add_closed.clicked.connect(self._add_closed)
        self.remove_closed.clicked.connect(self._remove_closed)

        self.targets: dict[Phase, QDoubleSpinBox] = {}
        targets_box = QWidget()
        grid = QGridLayout(targets_box)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, phase in enumerate(Phase):
            spin = QDoubleSpinBox()
            spin.setRange(0.0, 5.0)
            spin.setDecimals(1)
            spin.setSingleStep(0.5)
            spin.setValue(self.settings.target_for(phase))
            spin.setAccessibleName(label(phase))
            self.targets[phase] = spin
            grid.addWidget(QLabel(label(phase)), index, 0)
            grid.addWidget(spin, index, 1)
        grid.setColumnStretch(2, 1)
        add("targets", self.tr("Random tests a week, by phase"), targets_box)

        self.tolerance = QSpinBox()
        self.tolerance.setRange(0, 99)
        self.tolerance.setSuffix(" %")
        self.tolerance.setValue(round(self.settings.trend_tolerance * 100))
        add("tolerance", self.tr("&Trend tolerance"), self.tolerance)
        hint = QLabel(
            self.tr(
                "A value that changes less than this share since the test before counts "
                "as steady, neither falling nor rising."
            )
        )
        hint.setWordWrap(True)
        self.layout_.addWidget(hint)
        self.finish_layout(self.tr("Save settings"))

    def _add_closed_item(self, day: date) -> None:
        item = QListWidgetItem(day.isoformat())
        item.setData(Qt.ItemDataRole.UserRole, day)
        self.closed.addItem(item)

    def closed_days(self) -> list[date]:
        return [
            self.closed.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.closed.count())
        ]

    def _add_closed(self) -> None:
        day = date_of(self.closed_day)
        days = sorted({*self.closed_days(), day})
        self.closed.clear()
        for item in days:
            self._add_closed_item(item)

    def _remove_closed(self) -> None:
        item = self.closed.currentItem()
        if item is not None:
            self.closed.takeItem(self.closed.row(item))

    def value(self) -> DrugTestSettings:
        return DrugTestSettings(
            staffed_weekdays=frozenset(d for d, box in self.weekdays.items() if box.isChecked()),
            closed_days=frozenset(self.closed_days()),
            targets={phase.value: spin.value() for phase, spin in self.targets.items()},
            trend_tolerance=self.tolerance.value() / 100,
        )

    def save(self) -> None:
        self.repository.save_settings(self.value())
