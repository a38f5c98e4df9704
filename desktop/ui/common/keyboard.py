"""The keyboard, the same in every window: installed once on the application, so no dialog has to
remember it. In a multi-line field Tab moves on and Ctrl+Tab types a tab; Ctrl+Enter saves (the
window's default button, or its button box's accept button); every button, check box, radio
button and labelled field gets an Alt-letter of its own in its window, unless the text already
names one with "&".

The letters are given when the focus first enters a window, again when it is shown again or the
focus moves within it, and when Alt is pressed, so texts changed since (or translated) get
theirs. Pages of a tab widget or a stack are never shown together, so
each page shares only the letters of what is around it, not of the other pages."""

from __future__ import annotations

import shiboken6
from PySide6 import QtGui
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTextEdit,
    QWidget,
)

# Where a window's own letters are kept on each widget: the text as we set it, and as it was.
_GIVEN = "fardvagMnemonicText"
_ORIGINAL = "fardvagMnemonicOriginal"
_RETURN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_ACCEPTING = (QDialogButtonBox.ButtonRole.AcceptRole, QDialogButtonBox.ButtonRole.YesRole)
# Widgets inside these are Qt's own parts (a calendar's month buttons, a spin box's editor).
_COMPOSITE = (QCalendarWidget, QAbstractSpinBox, QComboBox)

_KNOWN = "fardvagKeyboard"  # set on a window or field the keyboard has taken on

Scope = tuple[tuple[int, int], ...]  # (stack, page index), outermost first


def mnemonic_letter(text: str) -> str:
    """The letter after a single "&" ("&&" is a literal ampersand), lower case; "" if none."""
    at = 0
    while True:
        at = text.find("&", at)
        if at < 0 or at + 1 >= len(text):
            return ""
        if text[at + 1] == "&":
            at += 2
            continue
        return text[at + 1].lower()


def with_mnemonic(text: str, taken: set[str], previous: str = "") -> str | None:
    """`text` with "&" before a letter not in `taken`: the one it had before if still free, then
    the first letter of a word, then any letter. None when every letter in it is taken."""
    starts: list[int] = []
    others: list[int] = []
    for index, char in enumerate(text):
        if not char.isalpha() or (index and text[index - 1] == "&"):
            continue
        word_start = index == 0 or not text[index - 1].isalnum()
        (starts if word_start else others).append(index)
    chosen = [i for i in starts + others if text[i].lower() == previous] if previous else []
    for index in chosen + starts + others:
        if text[index].lower() not in taken:
            return text[:index] + "&" + text[index:]
    return None


def _text_of(widget: QWidget) -> str | None:
    """The text a mnemonic would go into, or None when the widget takes none."""
    if isinstance(widget, (QPushButton, QCheckBox, QRadioButton)):
        return widget.text()
    if isinstance(widget, QLabel) and widget.buddy() is not None:
        if widget.textFormat() == Qt.TextFormat.RichText or QtGui.Qt.mightBeRichText(widget.text()):
            return None
        return widget.text()
    return None


def _scope(widget: QWidget, window: QWidget) -> Scope | None:
    """Which page of which stack the widget is on (None: it belongs to Qt's own parts)."""
    path: list[tuple[int, int]] = []
    child = widget
    parent = widget.parentWidget()
    while parent is not None and child is not window:
        if isinstance(parent, _COMPOSITE):
            return None
        if isinstance(parent, QStackedWidget):
            path.append((id(parent), parent.indexOf(child)))
        child, parent = parent, parent.parentWidget()
    return tuple(reversed(path))


def _together(a: Scope, b: Scope) -> bool:
    """Whether widgets in scopes a and b can be on screen at the same time."""
    pages = dict(a)
    return all(pages.get(stack, page) == page for stack, page in b)


def _rank(widget: QWidget) -> int:
    """Who chooses first: the window's main buttons, other buttons, labelled fields, boxes."""
    if isinstance(widget, QPushButton):
        in_box = isinstance(widget.parentWidget(), QDialogButtonBox)
        return 0 if widget.isDefault() or in_box else 1
    return 2 if isinstance(widget, QLabel) else 3


def assign_mnemonics(window: QWidget) -> None:
    """Give each button, check box, radio button and labelled field in `window` that has no
    Alt-letter one of its own; explicit ones ("&" in the text) are kept and never reused."""
    explicit: dict[Scope, set[str]] = {}
    # (depth, rank, scope, widget, text without our letter, the text now)
    wanting: list[tuple[int, int, Scope, QWidget, str, str]] = []
    for widget in window.findChildren(QWidget):
        text = _text_of(widget)
        if not text or widget.window() is not window:
            continue
        if widget.isHidden() and widget.testAttribute(
            Qt.WidgetAttribute.WA_WState_ExplicitShowHide
        ):
            continue  # hidden on purpose: neither takes nor blocks a letter
        scope = _scope(widget, window)
        if scope is None:
            continue
        if widget.property(_GIVEN) == text:  # ours, from an earlier round: may be given again
            original = str(widget.property(_ORIGINAL))
            wanting.append((len(scope), _rank(widget), scope, widget, original, text))
        elif letter := mnemonic_letter(text):
            explicit.setdefault(scope, set()).add(letter)
        else:
            wanting.append((len(scope), _rank(widget), scope, widget, text, text))
    given: dict[Scope, set[str]] = {}
    wanting.sort(key=lambda item: (item[0], item[1]))  # stable: tree order within a rank
    for *_, scope, widget, original, now in wanting:
        # How many pages (or stacks around it) each letter is used on when this one shows;
        # letters of its own page and those it sits on are always out of the question.
        pages: dict[str, int] = {}
        around: set[str] = set()
        for other, letters in (*explicit.items(), *given.items()):
            if _together(scope, other):
                for letter in letters:
                    pages[letter] = pages.get(letter, 0) + 1
                if other == scope[: len(other)]:
                    around |= letters
        previous = mnemonic_letter(now)
        new_text = None
        # A letter free everywhere; above a tab widget every one may be used on some page,
        # and then the one used on the fewest pages.
        for most in [0, *sorted(set(pages.values()))]:
            taken = {letter for letter, count in pages.items() if count > most} | around
            new_text = with_mnemonic(original, taken, previous)
            if new_text is not None:
                break
        new_text = new_text or original
        if new_text != original:
            given.setdefault(scope, set()).add(mnemonic_letter(new_text))
        widget.setProperty(_ORIGINAL, original)
        widget.setProperty(_GIVEN, new_text)
        if new_text != now:
            widget.setText(new_text)  # type: ignore[attr-defined]


def save_button(window: QWidget) -> QAbstractButton | None:
    """What Ctrl+Enter presses: the window's default button, or the accept button of its button
    box; only one that is on screen and enabled."""
    buttons = [
        b
        for b in window.findChildren(QAbstractButton)
        if b.window() is window and b.isVisible() and b.isEnabled()
    ]
    for button in buttons:
        if isinstance(button, QPushButton) and button.isDefault():
            return button
    for button in buttons:
        box = button.parentWidget()
        if isinstance(box, QDialogButtonBox) and box.buttonRole(button) in _ACCEPTING:
            return button
    return None


class Keyboard(QObject):
    """Installed once on the running application (`install`). It follows the focus rather than
    filtering every event of the program (that would cost every paint and every mouse move a
    call into Python): the first time the focus enters a window, the window gets its letters,
    its Ctrl+Enter and an event filter of its own (for being shown again, a change of language
    and Alt); a multi-line field the focus enters gets Tab to move on and a filter for
    Ctrl+Tab. Later focus changes in a window give letters to what was added or renamed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: list[QWidget] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._assign_pending)
        self._installed = False

    @classmethod
    def install(cls, parent: QObject | None = None) -> Keyboard:
        keyboard = cls(parent)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(keyboard._focus_changed)
            keyboard._installed = True
            focused = app.focusWidget()
            if focused is not None:
                keyboard._focus_changed(None, focused)
        return keyboard

    def uninstall(self) -> None:
        """At shutdown: a next App in the same process installs its own."""
        app = QApplication.instance()
        if self._installed and isinstance(app, QApplication):
            app.focusChanged.disconnect(self._focus_changed)
        self._installed = False
        self._timer.stop()
        self._pending.clear()

    # -- following the focus

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None:
            return
        window = new.window()
        if not window.property(_KNOWN):
            self._adopt(window)
        else:
            self._later(window)  # a text changed or a widget added since: cheap, coalesced
        if isinstance(new, (QPlainTextEdit, QTextEdit)) and not new.property(_KNOWN):
            new.setProperty(_KNOWN, True)
            if not new.isReadOnly():  # a read-only text keeps Tab for its links
                new.setTabChangesFocus(True)
                new.installEventFilter(self)

    def _adopt(self, window: QWidget) -> None:
        window.setProperty(_KNOWN, True)
        window.installEventFilter(self)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):  # Enter: the one on the number pad
            shortcut = QShortcut(QKeySequence(keys), window)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda w=window: self._save(w))
        assign_mnemonics(window)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Only adopted windows and multi-line fields come here, and only their own events.
        kind = event.type()
        if kind == QEvent.Type.KeyPress and isinstance(watched, QWidget):
            assert isinstance(event, QKeyEvent)
            return self._key(watched, event)
        shown = kind in (QEvent.Type.Show, QEvent.Type.LanguageChange)
        if shown and isinstance(watched, QWidget) and watched.isWindow():
            self._later(watched)
        return False

    def _key(self, widget: QWidget, event: QKeyEvent) -> bool:
        key, modifiers = event.key(), event.modifiers()
        if key == Qt.Key.Key_Alt and widget.isWindow():
            assign_mnemonics(widget)  # texts changed since: lettered before the letter comes
            return False
        control = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        if control and key == Qt.Key.Key_Tab and isinstance(widget, (QPlainTextEdit, QTextEdit)):
            if widget.isReadOnly():
                return False
            widget.insertPlainText("\t")
            return True
        return False

    def _save(self, window: QWidget) -> None:
        button = save_button(window)
        if button is not None:
            button.click()

    def _later(self, window: QWidget) -> None:
        if not any(w is window for w in self._pending):
            self._pending.append(window)
        self._timer.start()

    def _assign_pending(self) -> None:
        pending, self._pending = self._pending, []
        for window in pending:
            if shiboken6.isValid(window) and window.isVisible():
                assign_mnemonics(window)
