"""The way to the sign-in screen stays light: no PDF or spreadsheet library is loaded for it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_window_modules_do_not_import_report_libraries() -> None:
    code = (
        "import sys, desktop.ui.app, desktop.cli\n"
        "heavy = [m for m in ('reportlab', 'openpyxl') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert done.stdout.strip() == ""
