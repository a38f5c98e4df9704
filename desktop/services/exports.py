"""The one door every file that names a person leaves the register through.

`run_export(register, document, out)` does, in this order:

1. checks the target: never a register or any of its companion files (key slots, write-ahead
   log, lock, backups), never a folder; a missing or read-only folder is refused up front;
2. loads the consent gate for the document's recipient and the day;
3. lets the document compute its content and render it, asking the gate for each person: the
   document reports which data categories about whom it holds, and the door refuses (as a bug)
   anything the gate did not allow;
4. writes the file atomically (temporary name, fsync, rename): a crash or a full disk leaves
   the old file or none, never half of one;
5. records one audit entry and one disclosure-log line per person, in one transaction; if that
   fails, the file just written is removed again, so nothing leaves unlogged.

Progress is reported through a `Progress` and the work can be cancelled up to the moment the
file is written. Window and command line both come here; neither writes documents itself.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import os
import re
import unicodedata
from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import ClassVar

from desktop.core.audit import Action
from desktop.core.consent import Disclosure
from desktop.core.errors import AppError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.progress import NO_PROGRESS, Progress
from desktop.db.consent import ConsentGate, ConsentRepository, record_disclosures
from desktop.db.files import atomic_write, is_register_file
from desktop.db.register import Register

NAME_MAX = 200  # characters in a file name: well inside every file system's limit
_TEMPORARY = re.compile(r"\.[0-9a-f]{8}\.tmp")  # what desktop.fileio.atomic_write adds


class ExportRefused(AppError):
    """The target cannot take the document; the message says what to do instead."""


class GateViolation(RuntimeError):
    """A bug: a document held data the consent gate did not allow for its recipient."""


@dataclass(frozen=True)
class Included:
    """What a document holds about one person: the data categories, by code."""

    person_id: int
    categories: frozenset[str]


@dataclass(frozen=True)
class Rendered:
    data: bytes
    included: tuple[Included, ...] = ()


@dataclass(frozen=True)
class ExportSource:
    """What a document reads while it is built: the register, and the gate for its recipient on
    its day."""

    register: Register
    gate: ConsentGate
    recipient: str
    day: date

    def permitted(self, person_id: int, categories: Iterable[str]) -> frozenset[str]:
        """Of `categories`, those this document may hold about the person."""
        return self.gate.allowed(person_id, self.recipient, categories)


class Document(ABC):
    """One kind of document. Subclasses say what they are and build their bytes."""

    kind: ClassVar[str]  # the audit log's entity and the disclosure log's document
    suffix: ClassVar[str]  # ".pdf" or ".xlsx"
    action: ClassVar[Action] = Action.EXPORT
    recipient: str  # a unit code, or INTERNAL / DATA_SUBJECT (desktop.core.consent)

    @abstractmethod
    def subject(self) -> str:
        """The audit entry's entity id: a person's internal id, a day, a week; never a name."""

    @abstractmethod
    def default_name(self) -> str:
        """A file name for the save dialog, free of personal names (internal numbers, dates)."""

    @abstractmethod
    def build(self, source: ExportSource, progress: Progress) -> Rendered:
        """Compute and render. Call `progress.check()` between steps."""


@dataclass(frozen=True)
class ExportResult:
    path: Path
    size: int
    people: int  # persons in the disclosure log for this export
    audit_seq: int


def run_export(
    register: Register,
    document: Document,
    out: Path,
    *,
    progress: Progress = NO_PROGRESS,
) -> ExportResult:
    """Make `document` and write it to `out` (see the module's docstring for the steps)."""
    target = checked_target(register, out, document.suffix)
    progress.check()
    day = register.today()
    gate = ConsentRepository(register).gate(day)
    rendered = document.build(ExportSource(register, gate, document.recipient, day), progress)
    _enforce_gate(gate, document.recipient, rendered.included)
    progress.check()  # the last moment to cancel: after this the file exists
    _write(target, rendered.data)
    try:
        with register.write() as tx:
            seq = tx.audit(document.action, document.kind, document.subject())
            now = register.now()
            user = register.session.username
            record_disclosures(
                tx,
                seq,
                (
                    Disclosure(
                        i.person_id, document.recipient, i.categories, document.kind, day, user, now
                    )
                    for i in rendered.included
                ),
            )
    except BaseException:
        with contextlib.suppress(OSError):
            target.unlink()
        raise
    people = len({i.person_id for i in rendered.included})
    return ExportResult(target, len(rendered.data), people, seq)


def _enforce_gate(gate: ConsentGate, recipient: str, included: Sequence[Included]) -> None:
    for item in included:
        refused = item.categories - gate.allowed(item.person_id, recipient, item.categories)
        if refused:
            raise GateViolation(
                f"document holds {sorted(refused)} about person {item.person_id} "
                f"that the gate does not allow for {recipient}"
            )


def checked_target(register: Register, out: Path, suffix: str) -> Path:
    """The path to write, with `suffix` added when the name has none; or `ExportRefused` with
    what to do instead. A name Windows would not take (CON, a `?`, a trailing dot) is refused
    on every system, so a name that works here works on the unit's Windows PCs too."""
    out = Path(out)
    try:
        return _checked_target(register, out, suffix)
    except OSError as error:  # a path the file system cannot even look at (too long, say)
        if error.errno == errno.ENAMETOOLONG:
            raise _too_long() from None
        raise ExportRefused(
            QT_TRANSLATE_NOOP(
                "AppError", "The file could not be written ({reason}). Nothing was written."
            ),
            reason=error.strerror or type(error).__name__,
        ) from None


# Device names Windows reserves whatever the extension ("CON.pdf" is the console), and the
# characters it does not allow in a name; "\\" separates folders there.
_WINDOWS_DEVICES = frozenset(
    ["con", "prn", "aux", "nul", "conin$", "conout$"]
    + [f"{port}{n}" for port in ("com", "lpt") for n in (*"0123456789", "¹", "²", "³")]
)
_WINDOWS_FORBIDDEN = frozenset('<>:"|?*\\')
NAME_BYTES_MAX = 240  # of a file system's 255, leaving room for the temporary name's ending


def _too_long() -> ExportRefused:
    return ExportRefused(
        QT_TRANSLATE_NOOP("AppError", "The file name is too long: use at most {max} characters."),
        max=NAME_MAX,
    )


def _unusable_name(name: str) -> bool:
    if any(c in _WINDOWS_FORBIDDEN or unicodedata.category(c) in ("Cc", "Cf") for c in name):
        return True  # control, bidirectional and zero-width characters hide what a name is
    return name.split(".")[0].rstrip(" ").casefold() in _WINDOWS_DEVICES


def _visible(name: str) -> str:
    """`name` for a message: an invisible character shown as �, so it cannot turn the text."""
    return "".join("\ufffd" if unicodedata.category(c) in ("Cc", "Cf") else c for c in name)


def _checked_target(register: Register, out: Path, suffix: str) -> Path:
    if out.name in ("", ".", "..") or (out.exists() and out.is_dir()):
        raise ExportRefused(
            QT_TRANSLATE_NOOP("AppError", "{path} is a folder. Give the file a name."),
            path=str(out),
        )
    typed = out
    # Windows drops trailing dots and spaces from a name; so does Färdväg, before the ending.
    name = out.name.rstrip(". ")
    if not name or _unusable_name(name):
        raise ExportRefused(
            QT_TRANSLATE_NOOP(
                "AppError",
                "“{name}” cannot be a file name: Windows reserves it, or it holds one of "
                '\\ : * ? " < > | or an invisible character. Choose another name.',
            ),
            name=_visible(out.name),
        )
    out = out.with_name(name)
    if out.suffix.casefold() != suffix:
        if out.suffix and out.suffix.casefold() in (".pdf", ".xlsx", ".xls", ".csv", ".docx"):
            raise ExportRefused(
                QT_TRANSLATE_NOOP(
                    "AppError", "This document is a {suffix} file: end the name with {suffix}."
                ),
                suffix=suffix,
            )
        out = out.with_name(out.name + suffix)
    if len(out.name) > NAME_MAX or len(out.name.encode("utf-8")) > NAME_BYTES_MAX:
        raise _too_long()
    if is_register_file(out, register.files) or is_register_file(typed, register.files):
        raise ExportRefused(
            QT_TRANSLATE_NOOP(
                "AppError",
                "{name} is a register or one of its files. Färdväg never writes a document "
                "there: choose another name.",
            ),
            name=out.name,
        )
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise ExportRefused(
            QT_TRANSLATE_NOOP(
                "AppError", "The folder {folder} does not exist. Choose a folder that does."
            ),
            folder=str(folder),
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ExportRefused(
            QT_TRANSLATE_NOOP(
                "AppError",
                "Färdväg may not write in {folder}. Choose a folder you can write to, such as "
                "Documents.",
            ),
            folder=str(folder),
        )
    if out.exists() and not os.access(out, os.W_OK):
        raise ExportRefused(
            QT_TRANSLATE_NOOP(
                "AppError", "{name} is write-protected. Choose another name or folder."
            ),
            name=out.name,
        )
    return out


def _remove_half_written(target: Path) -> None:
    """An export killed between writing its temporary file and renaming it (SIGKILL, power
    cut) leaves that hidden file behind, with personal data in it: the next export to the same
    name removes it."""
    for leftover in target.parent.glob(f".{glob.escape(target.name)}.*.tmp"):
        if _TEMPORARY.fullmatch(leftover.name[len(target.name) + 1 :]):
            with contextlib.suppress(OSError):
                leftover.unlink()


# Windows refuses to replace a file another program holds open (Excel locks the workbook it
# shows): a sharing or lock violation, told as such rather than as a folder without rights.
_FILE_IN_USE = (32, 33)


def _write(target: Path, data: bytes) -> None:
    _remove_half_written(target)
    try:
        atomic_write(target, data)
    except OSError as error:
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            raise ExportRefused(
                QT_TRANSLATE_NOOP(
                    "AppError",
                    "The disk is full, so nothing was written. Free some space or choose "
                    "another place.",
                )
            ) from error
        if getattr(error, "winerror", None) in _FILE_IN_USE:
            raise ExportRefused(
                QT_TRANSLATE_NOOP(
                    "AppError",
                    "{name} is open in another program, such as Excel or a PDF reader. Close "
                    "it there and try again, or choose another name. Nothing was written.",
                ),
                name=target.name,
            ) from error
        if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise ExportRefused(
                QT_TRANSLATE_NOOP(
                    "AppError",
                    "Färdväg may not write in {folder}. Choose a folder you can write to, such "
                    "as Documents.",
                ),
                folder=str(target.parent),
            ) from error
        raise ExportRefused(
            QT_TRANSLATE_NOOP(
                "AppError", "The file could not be written ({reason}). Nothing was written."
            ),
            reason=error.strerror or type(error).__name__,
        ) from error
