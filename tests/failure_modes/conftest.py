"""Helpers for the failure-mode suite: the Swedish translator, a look at every file in a folder,
a small or read-only disk (a real tmpfs where the tests run as root), and a child process that
writes or exports until it is killed."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop import i18n
from desktop.core.errors import AppError
from tests.conftest import ADMIN_PASSWORD

ROOT = Path(__file__).resolve().parents[2]


def _as_read(error: AppError) -> str:
    return error.user_message()


@pytest.fixture
def swedish() -> Callable[[AppError], str]:
    """Install Swedish, as the program does by default, and give a function that returns an
    error's message as the user reads it. (The suite's own autouse fixture puts English back.)"""
    i18n.install("sv")
    return _as_read


def files_in(folder: Path) -> dict[str, bytes]:
    """Every file in `folder` (not below it) by name, with its bytes."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


# ---------------------------------------------------------------------- small and read-only disks


def _mount(*args: str) -> bool:
    if os.name != "posix" or not hasattr(os, "geteuid") or os.geteuid() != 0:
        return False
    if shutil.which("mount") is None:
        return False
    done = subprocess.run(["mount", *args], capture_output=True, check=False)
    return done.returncode == 0


def _unmount(point: Path) -> None:
    subprocess.run(["umount", "-l", str(point)], capture_output=True, check=False)


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[Callable[[int], Path]]:
    """A real file system of `size` bytes (tmpfs), or the test is skipped where it cannot be
    mounted (not root, no mount): the monkeypatched tests beside it run everywhere."""
    mounted: list[Path] = []

    def mount(size: int) -> Path:
        point = tmp_path / f"disk-{uuid.uuid4().hex[:6]}"
        point.mkdir()
        if not _mount("-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(point)):
            pytest.skip("a tmpfs cannot be mounted here (needs root)")
        mounted.append(point)
        return point

    yield mount
    for point in reversed(mounted):
        _unmount(point)


def remount_read_only(point: Path) -> None:
    assert _mount("-o", "remount,ro", str(point)), "could not remount read-only"


def fill(point: Path) -> Path:
    """Fill the file system at `point` until it refuses another byte; the filler is returned so
    a test can free the space again."""
    filler = point / "filler.bin"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for block in (1 << 16, 4096, 1):
            with contextlib.suppress(OSError):
                while os.write(fd, b"\0" * block):
                    pass
    finally:
        os.close(fd)
    return filler


# ---------------------------------------------------------------------- a child process


def start_child(*args: str) -> subprocess.Popen[str]:
    """`tests.failure_modes.child` with `args`; returns once it says it is ready."""
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.failure_modes.child", *args],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert child.stdin and child.stdout
    child.stdin.write(ADMIN_PASSWORD + "\n")
    child.stdin.flush()
    line = child.stdout.readline().strip()
    if line != "ready":
        child.kill()
        raise AssertionError(child.stderr.read() if child.stderr else line)
    return child


def finish(child: subprocess.Popen[str]) -> tuple[list[str], str]:
    """The rest of what a killed child printed, and its error output; closes its pipes."""
    assert child.stdout
    rest = child.stdout.read().split()
    errors = child.stderr.read() if child.stderr else ""
    child.wait(timeout=30)
    for stream in (child.stdin, child.stdout, child.stderr):
        if stream:
            stream.close()
    return rest, errors
