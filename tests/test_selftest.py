"""--self-test passes on a working installation, and says which check failed when one does."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import selftest

ROOT = Path(__file__).resolve().parent.parent


def test_self_test_passes_from_source() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--self-test"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.strip().splitlines()
    assert lines[-1] == "Self-test of Färdväg: all 10 checks hold."
    assert all(line.startswith("OK") for line in lines[:-1])


def test_self_test_names_the_check_that_failed(qapp, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    import desktop.reports.recovery_sheet as sheet

    monkeypatch.setattr(sheet, "render_recovery_sheet", lambda _sheet: b"not a pdf")
    out = io.StringIO()
    assert selftest.run(out) == 1
    text = out.getvalue()
    assert "FAILED  PDF" in text
    assert "1 of 10 checks FAILED" in text
