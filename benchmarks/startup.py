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
