"""A second process for the failure-mode suite. It signs in and then:

- `notes PATH USER PERSON START`: signs and saves notes in a loop, printing each number only
  after the note's transaction committed;
- `export PATH USER PERSON OUT`: writes the person's progress sheet to OUT over and over,
  printing each time the export returned;
- `hold PATH USER`: keeps the register open until a line arrives on standard input."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from desktop.core.records import Note, NoteCategory
from desktop.db.keyslots import KdfParams
from desktop.db.participants import ParticipantRepository
from desktop.db.register import Register


def note_text(n: int) -> str:
    """The text of note `n`, long enough that a transaction spans several pages."""
    return f"Anteckning {n}: Åsa berättade om veckan." + " Planering och uppföljning." * 80


def main() -> None:
    mode, path, user = sys.argv[1:4]
    password = sys.stdin.readline().rstrip("\n")
    register = Register.open(path, user, password, kdf=KdfParams.cheap())
    print("ready", flush=True)
    if mode == "hold":
        sys.stdin.readline()
        register.close()
        return
    person = int(sys.argv[4])
    if mode == "notes":
        people = ParticipantRepository(register)
        n = int(sys.argv[5])
        while True:
            people.add_note(
                person, Note(date(2026, 11, 23), NoteCategory.CONVERSATION, note_text(n))
            )
            print(n, flush=True)  # only after COMMIT returned
            n += 1
    if mode == "export":
        from desktop.services.exports import run_export
        from desktop.services.progress_documents import ProgressSheetDocument, SheetOptions

        out = Path(sys.argv[5])
        while True:
            run_export(
                register, ProgressSheetDocument(person, SheetOptions(include_notes=True)), out
            )
            print("written", flush=True)


if __name__ == "__main__":
    main()
