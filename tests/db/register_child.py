"""A second process for the durability and lock tests: opens a register and either writes in a
loop (printing each committed number) or just holds it open until told to stop."""

from __future__ import annotations

import sys

from desktop.core.audit import Action
from desktop.db.keyslots import KdfParams
from desktop.db.register import Register


def main() -> None:
    mode, path, user = sys.argv[1:4]
    password = sys.stdin.readline().rstrip("\n")
    register = Register.open(path, user, password, kdf=KdfParams.cheap())
    if mode == "hold":
        print("ready", flush=True)
        sys.stdin.readline()
        register.close()
        return
    start = int(sys.argv[4])
    print("ready", flush=True)
    n = start
    while True:
        with register.write() as tx:
            tx.execute("INSERT INTO durability (n, payload) VALUES (?, randomblob(2000))", (n,))
            tx.audit(Action.CREATE, "durability", n)
        print(n, flush=True)  # only after COMMIT returned
        n += 1


if __name__ == "__main__":
    main()
