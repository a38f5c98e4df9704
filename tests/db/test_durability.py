"""A writer killed with SIGKILL in the middle of its transactions loses nothing it committed,
and the register passes every check afterwards."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.core.audit import Action
from tests.conftest import ADMIN, ADMIN_PASSWORD, NewRegister

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 20


def start_child(*args: str) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.db.register_child", *args],
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
    assert line == "ready", child.stderr.read() if child.stderr else line
    return child


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_mid_write_loses_no_committed_row(new_register: NewRegister) -> None:
    register = new_register.register
    with register.write() as tx:
        tx.execute("CREATE TABLE durability (n INTEGER PRIMARY KEY, payload BLOB)")
        tx.audit(Action.CREATE, "durability", 0)
    register.close()

    rng = random.Random(20261122)
    committed: set[int] = set()
    next_n = 1
    for rounds_done in range(ROUNDS):
        child = start_child("write", str(new_register.path), ADMIN, str(next_n))
        assert child.stdout
        deadline = time.monotonic() + rng.uniform(0.05, 0.4)
        confirmed = []
        while time.monotonic() < deadline:
            line = child.stdout.readline()
            if not line:
                break
            confirmed.append(int(line))
        child.send_signal(signal.SIGKILL)
        # Read the rest through the same buffered stream: communicate() would read the raw
        # pipe and lose lines readline() already buffered.
        confirmed += [int(x) for x in child.stdout.read().split()]
        errors = child.stderr.read() if child.stderr else ""
        child.wait(timeout=10)
        for stream in (child.stdin, child.stdout, child.stderr):
            if stream:
                stream.close()
        assert child.returncode == -signal.SIGKILL, errors[-3000:]
        committed.update(confirmed)
        # The kill may land between a COMMIT and its print: one row more than confirmed.
        next_n = max(committed | {next_n - 1}) + 2

        reopened = new_register.reopen(ADMIN, ADMIN_PASSWORD)
        conn = reopened._conn_or_raise()
        present = {row[0] for row in conn.execute("SELECT n FROM durability")}
        assert committed <= present, sorted(committed - present)[:5]
        unconfirmed = present - committed
        assert len(unconfirmed) <= rounds_done + 1, sorted(unconfirmed)
        checks = reopened.verify()
        assert all(c.ok for c in checks), checks
        reopened.close()
    assert len(committed) > ROUNDS  # the writer really wrote in every round
