"""The program's log file: written from the start, rotating once the window has painted."""

from __future__ import annotations

import logging
import logging.handlers
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop import logs


@pytest.fixture
def root_logger() -> Iterator[logging.Logger]:
    """The root logger as the program configures it, restored afterwards for other tests."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield root
    for handler in root.handlers:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def test_the_log_is_kept_from_the_start_and_rotates_once_asked(
    tmp_path: Path, root_logger: logging.Logger, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 2_000)
    path = logs.configure(tmp_path)
    assert path == tmp_path / logs.LOG_FILE_NAME
    log = logging.getLogger("desktop.test")
    log.info("before the first paint")
    logs.rotate_from_now_on()
    ours = [h for h in root_logger.handlers if getattr(h, "baseFilename", None) == str(path)]
    assert len(ours) == 1  # the plain handler was replaced, not joined
    assert isinstance(ours[0], logging.handlers.RotatingFileHandler)
    for number in range(100):
        log.info("after the first paint, line %d", number)
    ours[0].flush()
    old = sorted(tmp_path.glob(logs.LOG_FILE_NAME + ".*"))
    assert 1 <= len(old) <= logs.KEPT_FILES
    assert path.stat().st_size <= 2_000
    text = "".join(p.read_text(encoding="utf-8") for p in [*old, path])
    # Nothing was lost when the handler changed; the oldest lines may have rotated out.
    assert "line 99" in text
    assert "INFO desktop.test: after the first paint, line 99" in path.read_text(encoding="utf-8")


def test_the_first_lines_are_in_the_file_before_rotation_is_set_up(
    tmp_path: Path, root_logger: logging.Logger
) -> None:
    path = logs.configure(tmp_path)
    logging.getLogger("desktop.test").warning("local settings unreadable; using defaults")
    for handler in root_logger.handlers:
        handler.flush()
    assert "WARNING desktop.test: local settings unreadable" in path.read_text(encoding="utf-8")
