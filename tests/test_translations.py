"""Swedish is the default language: every marked string must have a finished translation."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop import i18n
from desktop.core.errors import RegisterInUse, WrongPassword

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "fardvag_sv.ts"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%\([a-z_]+\)s")


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source") or "", message))
    return found


def test_every_string_in_the_code_is_in_the_ts_file(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    assert lupdate.exists() or shutil.which("pyside6-lupdate")
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)
    sources = sorted(str(p) for p in (ROOT / "desktop").rglob("*.py"))
    subprocess.run(
        [str(lupdate), "-silent", "-extensions", "py", *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    shipped = {(c, s) for c, s, _ in messages(TS)}
    in_code = {
        (c, s)
        for c, s, m in messages(fresh)
        if m.find("translation").get("type") not in ("vanished", "obsolete")
    }
    assert in_code - shipped == set(), "run `make translations` and translate the new strings"
    assert shipped - in_code == set(), "strings no longer in the code: run `make translations`"


@pytest.mark.parametrize("ts", sorted(TS.parent.glob("*_sv.ts")), ids=lambda p: p.name)
def test_every_swedish_translation_is_finished_and_keeps_placeholders(ts: Path) -> None:
    problems = []
    for context, source, message in messages(ts):
        translation = message.find("translation")
        assert translation is not None
        text = translation.text or ""
        if translation.get("type") or not text.strip():
            problems.append((context, source, "unfinished"))
        elif sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
            problems.append((context, source, "placeholders differ"))
    assert problems == []


def test_qt_buttons_are_swedish_too(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    i18n.install("sv")
    assert QCoreApplication.translate("QWizard", "< &Back") == "< &Tillbaka"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Avbryt"


def test_messages_reach_the_user_in_swedish() -> None:
    i18n.install("sv")
    assert "lösenord" in WrongPassword().user_message().lower()
    in_use = RegisterInUse(user="bo", computer="KONTOR-3", since="2026-11-22 08:15").user_message()
    assert "bo" in in_use and "KONTOR-3" in in_use and "2026-11-22 08:15" in in_use
    assert in_use != RegisterInUse.message


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_each_language_loads(language: str) -> None:
    i18n.install(language)


TRANSLATING_CALLS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}


def _translating_calls_inside_f_strings(source: str) -> list[tuple[int, str]]:
    """Calls that mark text for translation written inside an f-string's `{…}`."""
    import ast

    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.JoinedStr):
            continue
        for inner in ast.walk(node):
            if isinstance(inner, ast.Call):
                func = inner.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                # The marked text is the literal argument: tr(text), translate(context, text).
                text_at = 0 if name in ("tr", "QT_TR_NOOP") else 1
                if (
                    name in TRANSLATING_CALLS
                    and len(inner.args) > text_at
                    and isinstance(inner.args[text_at], ast.Constant)
                ):
                    found.append((inner.lineno, ast.unparse(inner)))
    return found


def test_lupdate_cannot_see_text_marked_inside_an_f_string(tmp_path: Path) -> None:
    """Why "Follow-ups with the workplace" stayed English: pyside6-lupdate skips whatever is
    written inside an f-string's braces, so the text never reached the .ts file. The check
    below relies on that being so; if lupdate learns to read f-strings it can go."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    probe = tmp_path / "probe.py"
    probe.write_text(
        "class Probe(QWidget):\n"
        "    def text(self):\n"
        "        inside = f\"<b>{self.tr('Marked inside')}</b>\"\n"
        "        outside = self.tr('Marked outside')\n",
        encoding="utf-8",
    )
    ts = tmp_path / "probe.ts"
    subprocess.run(
        [str(lupdate), "-silent", "-extensions", "py", str(probe), "-ts", str(ts)],
        check=True,
        capture_output=True,
    )
    sources = {s for _c, s, _m in messages(ts)}
    assert sources == {"Marked outside"}
    assert _translating_calls_inside_f_strings(probe.read_text(encoding="utf-8")) == [
        (3, "self.tr('Marked inside')")
    ]


def test_no_text_is_marked_for_translation_inside_an_f_string() -> None:
    """Every visible text must reach lupdate: mark it outside the f-string, then format."""
    problems = [
        f"{path.relative_to(ROOT)}:{line}: {call}"
        for path in sorted((ROOT / "desktop").rglob("*.py"))
        for line, call in _translating_calls_inside_f_strings(path.read_text(encoding="utf-8"))
    ]
    assert problems == []


def test_every_marked_text_names_its_context_in_letters() -> None:
    """lupdate reads the context of QT_TRANSLATE_NOOP("Context", "text") only when it is
    written out: a constant or variable there leaves the text out of the .ts file."""
    import ast

    problems = []
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"
                and not (node.args and isinstance(node.args[0], ast.Constant))
            ):
                problems.append(f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(node)}")
    assert problems == []
