"""Start-up: from process start to Färdväg's sign-in window shown, against a bare PySide6 window
measured the same way in the same run. Prints medians and the ratio. Runs offscreen, so it
measures the program's own work (imports, translations, first layout), not a window manager."""

from __future__ import annotations

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
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
app.setStyle("Fusion")
window = QLabel("bare")
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


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
        bare_cmd = [sys.executable, "-c", BARE]
        app_cmd = [
            sys.executable,
            "-m",
            "desktop",
            "--register",
            str(register),
            "--exit-when-shown",
        ]
        timed(bare_cmd, env)  # warm the file cache for both
        timed(app_cmd, env)
        bare, app = [], []
        for _ in range(ROUNDS):  # interleaved, so both see the same machine noise
            bare.append(timed(bare_cmd, env))
            app.append(timed(app_cmd, env))
    b, a = statistics.median(bare), statistics.median(app)
    print(f"bare PySide6 window (baseline): {b * 1000:7.0f} ms")
    print(f"Färdväg sign-in window:         {a * 1000:7.0f} ms")
    print(f"ratio Färdväg / bare: {a / b:.2f}")


if __name__ == "__main__":
    main()
