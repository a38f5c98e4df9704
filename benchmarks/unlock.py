"""How long signing in takes with the default Argon2id parameters, against opening the same
register with the raw key (no key derivation), measured in the same run. Prints medians and the
ratio; the target is 0.25–1 s for a sign-in on an ordinary office PC."""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from desktop.db.keyslots import KdfParams
from desktop.db.register import Register, _connect

ROUNDS = 7
PASSWORD = "mätning-lösenord-1"


def median_seconds(action, rounds: int = ROUNDS) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    kdf = KdfParams.default()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.fardvag"
        register, _ = Register.create(path, username="bench", password=PASSWORD, kdf=kdf)
        key = bytes(register._key)
        register.close()

        def raw_open() -> None:
            _connect(path, key).close()

        def sign_in() -> None:
            Register.open(path, "bench", PASSWORD).close()

        def derive() -> None:
            kdf.derive(PASSWORD.encode(), bytes(16))

        baseline = median_seconds(raw_open)
        kdf_only = median_seconds(derive)
        full = median_seconds(sign_in)
    print(f"Argon2id t={kdf.time_cost} m={kdf.memory_cost_kib // 1024} MiB p={kdf.parallelism}")
    print(f"raw keyed SQLCipher open (baseline): {baseline * 1000:8.1f} ms")
    print(f"key derivation alone:                {kdf_only * 1000:8.1f} ms")
    print(f"full sign-in (slot, open, checks, audit): {full * 1000:8.1f} ms")
    print(f"ratio sign-in / baseline: {full / baseline:.0f}x")
    print(f"sign-in overhead beyond key derivation: {(full - kdf_only) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
