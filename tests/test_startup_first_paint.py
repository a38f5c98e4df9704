"""Start-up (issue 16): the sign-in window paints before anything heavy is loaded, and only
then does the background warm-up load the main window. Checked in a fresh process, since the
test process has long imported everything."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from desktop.db.keyslots import KdfParams
from desktop.db.register import Register

ROOT = Path(__file__).resolve().parent.parent

# Modules the sign-in window does not need: the documents' libraries, the main window, the
# services, and the store with its cryptography (loaded when the user signs in).
HEAVY = (
    "reportlab",
    "openpyxl",
    "desktop.ui.main_window",
    "desktop.services.exports",
    "desktop.db.register",
)

CHILD = """
import json, sys
from pathlib import Path
from PySide6 import QtCore
from PySide6.QtCore import QTimer
from desktop.localconfig import LocalConfig
from desktop.ui.app import App, AppOptions, create_qapplication

heavy = json.loads(sys.argv[3])
seen = {}
first_painted = App._first_screen_painted

def at_first_paint(self):
    # What the first screen waited for: the state as the program learns it has painted.
    from PySide6 import QtCore

    seen["qt_namespace_prepared_at_first_paint"] = "Qt" in QtCore.__dict__
    seen["keyboard_loaded_at_first_paint"] = "desktop.ui.common.keyboard" in sys.modules
    first_painted(self)

App._first_screen_painted = at_first_paint
app = create_qapplication()
config = LocalConfig(Path(sys.argv[2]), language="en")
controller = App(AppOptions(register_path=Path(sys.argv[1]), config=config))

def shown():
    seen["loaded_at_first_paint"] = [m for m in heavy if m in sys.modules]
    window = controller.sign_in_window
    seen["sign_in_visible"] = window is not None and window.isVisible()
    QTimer.singleShot(0, after_first_paint)

def after_first_paint():
    # Left until after the paint, and done by the next turn of the event loop: the keyboard's
    # Alt-letters (a button without one of its own gets one) and the register path selectable.
    window = controller.sign_in_window
    seen["keyboard_installed"] = controller.keyboard is not None
    seen["choose_button_text"] = window.choose_button.text()
    seen["path_selectable"] = bool(
        window.register_label.textInteractionFlags()
        & QtCore.Qt.TextInteractionFlag.TextSelectableByMouse
    )
    QTimer.singleShot(0, app.quit)  # once the warm-up has started

controller.first_screen_shown.connect(shown)
controller.start()
app.exec()  # quitting runs shutdown, which waits for the warm-up
seen["main_window_after_warm_up"] = "desktop.ui.main_window" in sys.modules
print(json.dumps(seen))
"""


def _run(register: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path),
        "XDG_STATE_HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path),
    }
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, cwd=ROOT, env=env, check=True
    )


def test_the_sign_in_window_paints_before_the_main_window_is_loaded(tmp_path: Path) -> None:
    path = tmp_path / "enhet.fardvag"
    Register.create(path, username="anna", password="rött-äpple-2026", kdf=KdfParams.cheap())[
        0
    ].close()
    done = _run(path, tmp_path, "-c", CHILD, str(path), str(tmp_path / "c.json"), json.dumps(HEAVY))
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["sign_in_visible"]
    assert seen["loaded_at_first_paint"] == []
    # Qt for Python prepares its whole `Qt` namespace (about 90 enum types, some 12 ms) on its
    # first use, and the keyboard helper's types a few more: both wait until after the paint.
    assert seen["qt_namespace_prepared_at_first_paint"] is False
    assert seen["keyboard_loaded_at_first_paint"] is False
    # ... and are there right after it.
    assert seen["keyboard_installed"]
    assert "&" in seen["choose_button_text"]
    assert seen["path_selectable"]
    # The warm-up still runs, after the paint, so signing in does not wait for the imports.
    assert seen["main_window_after_warm_up"]


def test_the_start_up_benchmark_stops_at_the_first_paint_without_loading_more(
    tmp_path: Path,
) -> None:
    """`--exit-when-shown` (what `make bench` times) leaves at the first paint: -X importtime
    lists every module the process imported, and none of the heavy ones is among them."""
    path = tmp_path / "enhet.fardvag"
    Register.create(path, username="anna", password="rött-äpple-2026", kdf=KdfParams.cheap())[
        0
    ].close()
    done = _run(
        path,
        tmp_path,
        "-X",
        "importtime",
        "-m",
        "desktop",
        "--register",
        str(path),
        "--exit-when-shown",
    )
    imported = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines() if "|" in line}
    assert "desktop.ui.sign_in" in imported
    assert [m for m in HEAVY if m in imported] == []
    # It says when the first paint was, on the monotonic clock the benchmark reads too.
    stamp = [line for line in done.stdout.splitlines() if line.startswith("first-paint ")]
    assert len(stamp) == 1
    assert 0 < float(stamp[0].split()[1]) <= time.monotonic()
