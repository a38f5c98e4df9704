"""The program's log: a rotating file in the platform's log folder. It records what happened
(types of errors, checks, timings), never personal data: no names, no personnummer, no notes, no
exception messages, which may quote what a user typed."""

from __future__ import annotations

import logging
import logging.handlers
import traceback
from pathlib import Path
from types import TracebackType

from desktop.paths import log_dir

LOG_FILE_NAME = "fardvag.log"


def configure(directory: Path | None = None) -> Path:
    """Send the program's log to a rotating file; returns its path."""
    folder = directory or log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE_NAME
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


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
