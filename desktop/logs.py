"""The program's log: a rotating file in the platform's log folder. It records what happened
(types of errors, checks, timings), never personal data: no names, no personnummer, no notes, no
exception messages, which may quote what a user typed."""

from __future__ import annotations

import logging
import traceback
from pathlib import Path
from types import TracebackType

from desktop.paths import log_dir

LOG_FILE_NAME = "fardvag.log"
MAX_BYTES = 1_000_000
KEPT_FILES = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure(directory: Path | None = None) -> Path:
    """Send the program's log to its file (appending); returns its path. The file rotates
    (`MAX_BYTES`, `KEPT_FILES` old ones) once `rotate_from_now_on` has been called: the window
    calls it after its first paint, since `logging.handlers` (sockets, pickle) would cost the
    start-up about 5 ms, and nothing before the first paint writes much."""
    folder = directory or log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE_NAME
    _use(logging.FileHandler(path, encoding="utf-8"))
    logging.getLogger().setLevel(logging.INFO)
    return path


def rotate_from_now_on() -> None:
    """Replace the file handler `configure` installed by one that rotates the same file."""
    import logging.handlers

    for handler in logging.getLogger().handlers:
        if isinstance(handler, logging.FileHandler) and not isinstance(
            handler, logging.handlers.RotatingFileHandler
        ):
            _use(
                logging.handlers.RotatingFileHandler(
                    handler.baseFilename,
                    maxBytes=MAX_BYTES,
                    backupCount=KEPT_FILES,
                    encoding="utf-8",
                ),
                replacing=handler,
            )


def _use(handler: logging.FileHandler, replacing: logging.Handler | None = None) -> None:
    handler.setFormatter(logging.Formatter(FORMAT))
    root = logging.getLogger()
    root.addHandler(handler)
    if replacing is not None:
        root.removeHandler(replacing)
        replacing.close()


def describe_exception(
    kind: type[BaseException], tb: TracebackType | None, *, header: str = ""
) -> str:
    """Where an unexpected error happened, for the log and the crash dialog: the error's type and
    the code's call stack (files, lines, functions, source lines), not its message or values."""
    lines = [header] if header else []
    lines.append(f"{kind.__module__}.{kind.__qualname__}")
    lines.append("Traceback (most recent call last):")
    for frame in traceback.extract_tb(tb):
        location = Path(frame.filename)
        short = "/".join(location.parts[-3:])
        lines.append(f'  File "{short}", line {frame.lineno}, in {frame.name}')
        if frame.line:
            lines.append(f"    {frame.line.strip()}")
    return "\n".join(lines)
