"""Start-up: from process start to the first paint of Färdväg's sign-in window, against a bare
PySide6 window measured the same way in the same run. Prints medians and the ratio. Runs
offscreen, so it measures the program's own work (imports, translations, first layout), not
a window manager.

Each child says when its first window painted, on the system's monotonic clock (Färdväg with
`--exit-when-shown`, the bare window from an event filter): start-up ends there. What a
process does after it (Färdväg installs its keyboard helper and marks the path selectable once
painted; both then quit and tear down Qt) is not start-up, and a process's exit time would
count it.

Python's bytecode cache is compiled first: an installed Färdväg carries it (PyInstaller), and a
source checkout writes it on its first run, unless PYTHONDONTWRITEBYTECODE is set (as on some
build machines), which would make every start compile every module from source."""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROUNDS = 7
ROOT = Path(__file__).resolve().parent.parent

BARE = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
app.setStyle("Fusion")
window = QLabel("bare")

def painted():
    sys.stdout.write(f"first-paint {time.monotonic():.6f}\\n")
    app.quit()

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, painted)
        return False

first_paint = FirstPaint()
window.installEventFilter(first_paint)
window.show()
app.exec()
"""

_compiled = False


def compile_sources() -> None:
    """The bytecode cache of Färdväg's own modules, as an installed program has it."""
    global _compiled
    if not _compiled:
        compileall.compile_dir(ROOT / "desktop", quiet=1)
        _compiled = True


def timed(command: list[str], env: dict[str, str]) -> float:
    """Seconds from starting `command` to its first paint, which it prints as
    `first-paint MONOTONIC_SECONDS`."""
    compile_sources()
    start = time.monotonic()
    done = subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True, text=True)
    for line in done.stdout.splitlines():
        if line.startswith("first-paint "):
            return float(line.split()[1]) - start
    raise RuntimeError(f"{command[0]} did not say when it painted: {done.stdout[-200:]!r}")


def main() -> None:
    from desktop.db.keyslots import KdfParams
    from desktop.db.register import Register

    with tempfile.TemporaryDirectory() as folder:
        register = Path(folder) / "bench.fardvag"
        Register.create(
            register, username="bench", password="mätning-lösen-1", kdf=KdfParams.cheap()
        )[0].close()
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": folder,
            "XDG_STATE_HOME": folder,
        }
        args = ["--register", str(register), "--exit-when-shown"]
        commands = {
            "bare PySide6 window (baseline)": [sys.executable, "-c", BARE],
            "Färdväg sign-in window, source": [sys.executable, "-m", "desktop", *args],
        }
        frozen = ROOT / "dist" / "Fardvag" / "Fardvag"
        if frozen.exists():  # after `make package`
            commands["Färdväg sign-in window, frozen"] = [str(frozen), *args]
        for command in commands.values():
            timed(command, env)  # warm the file cache
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(ROUNDS):  # interleaved, so all see the same machine noise
            for name, command in commands.items():
                times[name].append(timed(command, env))
    medians = {name: statistics.median(values) for name, values in times.items()}
    baseline = next(iter(medians.values()))
    for name, median in medians.items():
        print(f"{name:34} {median * 1000:7.0f} ms   ratio {median / baseline:.2f}")


if __name__ == "__main__":
    main()
