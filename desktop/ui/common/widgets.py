"""Shared widgets beyond the form basics (those are in `forms`): record tables, typed dates,
and dialogs that ask before closing with unsaved input."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import ClassVar, Self, cast

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QDate, QDateTime, Signal
from PySide6.QtGui import QShowEvent, QValidator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import AppError
from desktop.core.settings import FieldError
from desktop.ui.common.forms import ErrorLabel, Form, ok_cancel_buttons


def compact_rows(table: QTableView) -> None:
    """Rows as tall as the text needs, so a screen shows many of them."""
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.setAlternatingRowColors(True)


def record_table(model: QAbstractItemModel, name: str, stretch: int) -> QTableView:
    """A read-only table of records, one row chosen at a time: columns fit their contents and
    column `stretch` takes the rest of the width. (For short lists: fitting the columns reads
    every row, so the participants' list, which may hold thousands, sizes its own.)"""
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    compact_rows(table)
    return table


class Unreadable(Exception):
    """Something typed that is not what the field needs, found before anything reaches the
    register; shown under the field `field` (the message is already in the user's language)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field, self.message = field, message


def input_state(root: QWidget) -> tuple[object, ...]:
    """Every value a user can change in the inputs under `root`, comparable: two states differ
    exactly when something was typed, chosen or ticked in between. (Spin boxes and date fields
    are read as values, not through the line edit inside them.)"""
    state: list[object] = []
    window = root.window()
    for widget in root.findChildren(QWidget):
        value: object
        if widget.window() is not window:
            continue  # a calendar pop-up or an open question, not the dialog's own inputs
        if isinstance(widget, QLineEdit):
            parent = widget.parentWidget()
            if isinstance(parent, (QAbstractSpinBox, QComboBox)):
                continue  # read through the spin box or combo box that owns it
            value = widget.text()
        elif isinstance(widget, QPlainTextEdit):
            value = widget.toPlainText()
        elif isinstance(widget, QTextEdit):
            value = widget.toHtml()
        elif isinstance(widget, QComboBox):
            value = (widget.currentIndex(), widget.currentText())
        elif isinstance(widget, QDateTimeEdit):
            value = widget.dateTime().toString()
        elif isinstance(widget, QAbstractSpinBox):
            value = widget.text()
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            value = widget.isChecked()
        else:
            continue
        state.append((widget.objectName(), type(widget).__name__, value))
    return tuple(state)


class AsksBeforeClosing:
    """A window that asks "Save changes?" before closing with unsaved input: Save stores it and
    closes (or stays open with the reason if saving is refused), Discard closes, Cancel stays.
    Unchanged, it closes at once. Unsaved input is a difference between `values()` now and at
    opening or the last save (`mark_saved`).

    Mix it into the window's class ahead of the Qt class. A QDialog asks in `reject` (Escape,
    Cancel and the close button all end there): `if self.may_close(): super().reject()`; a
    QMainWindow or QWidget asks in `closeEvent` and ignores the event when `may_close()` is
    False. The window says how it saves in `save_before_closing`."""

    _pristine: object = None

    def values(self) -> object:
        """What the user can change, comparable. Every ordinary input by default; a window
        with other editors (lists, tables), or with inputs that are not for saving (filters),
        says what counts."""
        return input_state(cast(QWidget, self))

    def mark_saved(self) -> None:
        """What the window holds now is the state to compare with (after opening or saving)."""
        self._pristine = self.values()

    def unsaved(self) -> bool:
        return self._pristine is not None and self.values() != self._pristine

    def may_close(self) -> bool:
        """True when the window may close now: nothing unsaved, or the user threw it away, or
        chose Save and saving worked."""
        return not self.unsaved() or self.confirm_discard()

    def confirm_discard(self) -> bool:
        """Closing with changes: save them, throw them away, or stay. True when the window may
        close."""
        answer = QMessageBox.question(
            cast(QWidget, self),
            QCoreApplication.translate("RecordDialog", "Save changes?"),
            QCoreApplication.translate(
                "RecordDialog",
                "What you typed in this window has not been saved. Save it before closing?",
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save_before_closing()
        return answer == QMessageBox.StandardButton.Discard

    def save_before_closing(self) -> bool:
        """Save, answered to the question: store what the window holds, showing the reason where
        it belongs if that is refused. True when the window may close now."""
        raise NotImplementedError

    def close_without_asking(self) -> None:
        """For the screenshots and the lock: close even with typed input."""
        self._pristine = None
        cast(QWidget, self).close()


class RecordDialog(AsksBeforeClosing, QDialog):
    """The base of every dialog that saves something: forms whose errors show under their
    fields, a general error line, and OK/Cancel. OK calls `save`; if that refuses (AppError or
    Unreadable) the dialog stays open with the error where it belongs and keeps what was typed,
    otherwise `saved` is emitted and the dialog closes.

    Escape, Cancel and the window's close button ask "Save changes?" when the inputs differ
    from how the dialog opened (AsksBeforeClosing): Save takes the OK path."""

    saved = Signal()

    # Errors from the core that carry no field name: (words in the English source, field).
    FIELD_OF_MESSAGE: ClassVar[tuple[tuple[str, str], ...]] = ()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)
        self.form = Form(self.layout_)
        self.forms = [self.form]
        self.error = ErrorLabel()
        self._shown_once = False

    def finish_layout(self, ok_text: str, min_width: int = 480) -> None:
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(ok_cancel_buttons(self, ok_text))
        self.setMinimumWidth(min_width)
        self._pristine = self.values()

    def showEvent(self, event: QShowEvent) -> None:
        # What the dialog opens with, prefilled after the layout too, is the starting point.
        if not self._shown_once:
            self._shown_once = True
            self.mark_saved()
        super().showEvent(event)

    def reject(self) -> None:
        if self.may_close():
            super().reject()

    def save_before_closing(self) -> bool:
        self.accept()  # closes once saved; a refusal stays open with the reason shown
        return False

    def show_at(self, field: str, message: str) -> bool:
        """Show `message` under `field` in whichever form has it; False if none does."""
        for form in self.forms:
            if field in form.errors:
                form.show_error(field, message)
                return True
        return False

    def show_problem(self, error: AppError) -> None:
        if isinstance(error, FieldError) and self.show_at(error.field, error.user_message()):
            return
        for words, field in self.FIELD_OF_MESSAGE:
            if words in error.message and field in self.form.errors:
                self.form.show_error(field, error.user_message())
                return
        self.error.show_error(error.user_message())

    def clear_problems(self) -> None:
        for form in self.forms:
            form.clear_errors()
        self.error.clear_error()

    def save(self) -> None:
        """Write what the dialog holds; raise AppError or Unreadable to keep it open."""
        raise NotImplementedError

    def accept(self) -> None:
        self.clear_problems()
        try:
            self.save()
        except Unreadable as error:
            if not self.show_at(error.field, error.message):
                self.error.show_error(error.message)
            return
        except AppError as error:
            self.show_problem(error)
            return
        self.saved.emit()
        super().accept()

    def open_with(self, on_saved: Callable[[], object]) -> Self:
        """Open (window-modal) and call `on_saved` once the dialog has saved."""
        self.saved.connect(on_saved)
        self.open()
        return self


_SEPARATORS = re.compile(r"[-./ ]")
_TYPING = re.compile(r"[0-9\-./ ]{0,10}")  # what a date being typed may look like


def typed_date(text: str, year: int) -> date | None:
    """The day a person means by `text`, or None: 2026-11-30, 20261130, 30.11.2026, 30/11/26,
    301126 (day, month, two-digit year), 30/11 and 3011 (in `year`). Day before month, as
    Swedes write it, unless the year comes first."""
    text = text.strip()
    parts = _SEPARATORS.split(text)
    if not all(p.isdigit() for p in parts):
        return None
    try:
        if len(parts) == 1:
            digits = parts[0]
            if len(digits) == 8 and digits[:2] in ("19", "20"):
                try:
                    return date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
                except ValueError:
                    pass  # 20112026: the 20th of November, day first
            if len(digits) in (4, 6, 8):
                day, month, rest = int(digits[:2]), int(digits[2:4]), digits[4:]
                return date(_full_year(rest, year), month, day)
            return None
        if len(parts) == 3 and len(parts[0]) == 4:
            return date(int(parts[0]), int(parts[1]), int(parts[2]))
        if len(parts) in (2, 3) and all(0 < len(p) <= 2 for p in parts[:2]):
            rest = parts[2] if len(parts) == 3 else ""
            if len(rest) not in (0, 2, 4):
                return None
            return date(_full_year(rest, year), int(parts[1]), int(parts[0]))
    except ValueError:  # no such day (31/02) or month
        return None
    return None


def _full_year(digits: str, year: int) -> int:
    if not digits:
        return year
    return 2000 + int(digits) if len(digits) == 2 else int(digits)


class DateEdit(QDateEdit):
    """A date field that takes a date typed in one go, in the ways people write them (see
    `typed_date`), besides the arrow keys on a part of the date and the calendar pop-up. Shown
    as 2026-11-30. While typing, the field holds what was typed; leaving it (or Enter) shows
    the date understood, or the date before if the text is no date in range."""

    def __init__(self, value: QDate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if value is not None:
            self.setDate(value)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setCalendarPopup(True)
        self.setToolTip(
            QCoreApplication.translate(
                "DateEdit", "Type a date as 2026-11-30, 30/11, 301126 or 30.11.2026"
            )
        )

    def _understood(self, text: str) -> QDate | None:
        day = typed_date(text, QDate.currentDate().year())
        if day is None:
            return None
        chosen = qdate(day)
        return chosen if self.minimumDate() <= chosen <= self.maximumDate() else None

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if self._understood(text) is not None:
            return QValidator.State.Acceptable, text, pos
        if _TYPING.fullmatch(text):
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Invalid, text, pos

    def fixup(self, text: str) -> str:
        chosen = self._understood(text)
        return chosen.toString(self.displayFormat()) if chosen is not None else text

    def dateTimeFromText(self, text: str) -> QDateTime:
        chosen = self._understood(text)
        if chosen is None:
            return super().dateTimeFromText(text)
        return QDateTime(chosen, self.time())


def qdate(day: date) -> QDate:
    """A Python date as Qt's. (QDate(date) works at run time, but not in every release's type
    stubs.)"""
    return QDate(day.year, day.month, day.day)
