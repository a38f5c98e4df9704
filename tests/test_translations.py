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
