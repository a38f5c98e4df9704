"""The command line: the same register services as the window, for set-up, scripts and checks.
Passwords come from a prompt or, with --password-stdin, one per line on standard input; never
from arguments or the environment, where other users and logs could see them."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from desktop import __version__
from desktop.core.accounts import Role
from desktop.core.errors import AppError
from desktop.core.i18n import translate
from desktop.paths import default_register_path

if TYPE_CHECKING:
    from desktop.db.register import Register
    from desktop.services.ambassador_documents import SummaryWeek
    from desktop.services.backup import Verification
    from desktop.services.exports import Document


def tr(text: str) -> str:
    # pyside6-lupdate files module-level tr() calls under the empty context.
    return translate("", text)


class Secrets:
    """Where passwords come from: standard input (one per line) or an interactive prompt."""

    def __init__(self, from_stdin: bool, stdin: TextIO) -> None:
        self._lines: Iterator[str] | None = iter(stdin) if from_stdin else None

    def ask(self, prompt: str, *, confirm: bool = False) -> str:
        if self._lines is not None:
            line = next(self._lines, None)
            if line is None:
                raise AppError(tr("Standard input ended before all passwords were read."))
            return line.rstrip("\r\n")
        value = getpass.getpass(prompt + ": ")
        if confirm and getpass.getpass(tr("Repeat") + ": ") != value:
            raise AppError(tr("The two entries were not the same."))
        return value

    def answer(self, question: str, out: TextIO) -> bool:
        """A yes-or-no question, answered on standard input (the next line after any
        passwords); anything but yes (ja, j, yes, y) is no."""
        out.write(question + " " + tr("[y/N]") + " ")
        out.flush()
        line = next(self._lines, None) if self._lines is not None else sys.stdin.readline()
        return (line or "").strip().casefold() in ("j", "ja", "y", "yes")


def _print_recovery_key(key: str, out: TextIO) -> None:
    out.write(
        tr(
            "Recovery key. Write it down or print it now and keep it locked away: it is shown "
            "only this once, and it opens the register if every password is forgotten."
        )
        + "\n\n    "
        + key
        + "\n\n"
    )


def _open(args: argparse.Namespace, password: str) -> Register:
    from desktop.db.register import Register

    return Register.open(args.register, args.user, password)


def _ask_own(args: argparse.Namespace, secrets: Secrets) -> str:
    return secrets.ask(tr("Password for {user}").format(user=args.user))


def cmd_init(args: argparse.Namespace, secrets: Secrets, out: TextIO) -> int:
    from desktop.db.register import Register

    password = secrets.ask(tr("New password for {user}").format(user=args.user), confirm=True)
    register, recovery = Register.create(
        args.register, username=args.user, password=password, display_name=args.display_name
    )
    with register:
        out.write(tr("Created the register {path}.").format(path=args.register) + "\n")
        _print_recovery_key(recovery, out)
    return 0


def cmd_verify(args: argparse.Namespace, secrets: Secrets, out: TextIO) -> int:
    names = {
        "key": tr("key"),  # the details below come translated from the register
        "encrypted": tr("encrypted"),
        "cipher_integrity_check": tr("SQLCipher page check"),
        "integrity_check": tr("SQLite structure check"),
        "audit_chain": tr("audit chain"),
        "audit_anchor": tr("audit chain's anchor outside the register"),
    }
    with _open(args, _ask_own(args, secrets)) as register:
        checks = register.verify()
    for check in checks:
        status = tr("OK") if check.ok else tr("FAILED")
        detail = f"  ({check.detail})" if check.detail else ""
        out.write(f"{status:8} {names.get(check.name, check.name)}{detail}\n")
    return 0 if all(c.ok for c in checks) else 1


def cmd_adduser(args: argparse.Namespace, secrets: Secrets, out: TextIO) -> int:
    with _open(args, _ask_own(args, secrets)) as register:
        password = secrets.ask(
            tr("Password for the new user {user}").format(user=args.new_user), confirm=True
        )
        user = register.add_user(args.new_user, args.display_name or "", Role(args.role), password)
    out.write(tr("Added {user}.").format(user=user.username) + "\n")
    return 0


def cmd_passwd(args: argparse.Namespace, secrets: Secrets, out: TextIO) -> int:
    current = _ask_own(args, secrets)
    with _open(args, current) as register:
        new = secrets.ask(tr("New password"), confirm=True)
        register.change_own_password(current, new)
    out.write(tr("Password changed.") + "\n")
    return 0


def cmd_recover(args: argparse.Namespace, secrets: Secrets, out: TextIO) -> int:
    from desktop.db.register import Register

    key = secrets.ask(tr("Recovery key"))
    with Register.open_with_recovery_key(args.register, key) as register:
        password = secrets.ask(tr("New password for {user}").format(user=args.user), confirm=True)
        register.set_password(args.user, password, must_change=False)
    out.write(
        tr("{user} can sign in with the new password. Set new passwords for the others.").format(
            user=args.user
        )
        + "\n"
    )
    return 0


def cmd_removeuser(args: argparse.Namespace, secrets: Secrets, out: TextIO) -> int:
    with _open(args, _ask_own(args, secrets)) as register:
        register.remove_user(args.remove)
    out.write(
        tr("Removed {user}. If they may have kept a copy of the register, run rotate-key.").format(
            user=args.remove
        )
        + "\n"
    )
    return 0


def cmd_rotate_key(args: argparse.Namespace, secrets: Secrets, out: TextIO) -> int:
    def show(key: str) -> None:
        # Printed and flushed before the register is re-keyed: a crash after this point
        # leaves a register that this key (shown) opens.
        _print_recovery_key(key, out)
        out.flush()

    with _open(args, _ask_own(args, secrets)) as register:
        register.rotate_key(show=show)
    out.write(tr("The register has a new key. The old recovery key no longer works.") + "\n")
    return 0


def cmd_accept_register_state(args: argparse.Namespace, secrets: Secrets, out: TextIO) -> int:
    """An administrator's way out when sign-in refuses a register its anchor disagrees with
    (a lost or foreign write-ahead log, a missing anchor) and the state is accepted."""
    from desktop.db.register import Register

    if args.user:
        register = Register.open(
            args.register, args.user, _ask_own(args, secrets), accept_state=True
        )
    else:
        key = secrets.ask(tr("Recovery key"))
        register = Register.open_with_recovery_key(args.register, key, accept_state=True)
    with register:
        copy = register.accepted_copy
    if copy is None:
        out.write(
            tr("The register is as Färdväg last saved it; there was nothing to accept.") + "\n"
        )
    else:
        out.write(
            tr(
                "The register is accepted as it is now, and recorded in the audit log. The files "
                "as they were are kept as {copy} (with -wal and .anchor after the name where "
                "there were such files)."
            ).format(copy=copy)
            + "\n"
        )
    return 0


def cmd_participants(args: argparse.Namespace, secrets: Secrets, out: TextIO) -> int:
    from desktop.core.audit import Action
    from desktop.core.labels import label_of
    from desktop.core.path import Phase, Status
    from desktop.db.participants import ParticipantRepository

    with _open(args, _ask_own(args, secrets)) as register:
        people = ParticipantRepository(register).search()
        register.record(Action.EXPORT, "participants", len(people))
    if args.json:
        json.dump(
            [
                {
                    "internal_no": p.internal_no,
                    "name": p.name,
                    "status": p.status.value,
                    "phase": p.phase.value if p.phase else None,
                }
                for p in people
            ],
            out,
            ensure_ascii=False,
            indent=1,
        )
        out.write("\n")
        return 0
    for p in people:
        out.write(
            f"{p.internal_no:10} {p.name:32} {label_of(Status, p.status.value):22} "
            f"{label_of(Phase, p.phase.value if p.phase else None)}\n"
        )
    return 0


def cmd_figures(args: argparse.Namespace, secrets: Secrets, out: TextIO) -> int:
    from datetime import date

    from desktop.core.audit import Action
    from desktop.core.figures import programme_figures
    from desktop.db.drugtests import DrugTestRepository
    from desktop.db.osa import OsaRepository
    from desktop.db.participants import ParticipantRepository

    with _open(args, _ask_own(args, secrets)) as register:
        repository = ParticipantRepository(register)
        day = date.fromisoformat(args.date) if args.date else repository.today()
        osa = OsaRepository(register)
        figures = programme_figures(
            repository.all_paths(),
            day,
            test_results=DrugTestRepository(register).results(),
            placements=osa.placements(),
            workplaces=osa.workplaces(),
        )
        register.record(Action.EXPORT, "figures")
    json.dump(figures.to_json(), out, ensure_ascii=False, indent=1)
    out.write("\n")
    return 0


def _test_list(args: argparse.Namespace, register: Register) -> Document:
    from datetime import date

    from desktop.db.drugtests import DrugTestRepository
    from desktop.services.test_list import TestListDocument

    day = date.fromisoformat(args.date) if args.date else register.today()
    # Opening today's list draws it, as the window does; a past day nobody opened stays so.
    DrugTestRepository(register).open_day(day)
    return TestListDocument(day)


def _participant_id(args: argparse.Namespace, register: Register) -> int:
    from desktop.services.consent_documents import find_person

    if not args.participant:
        raise AppError(tr("Name the participant with --participant, e.g. --participant 2026-007."))
    return find_person(register, args.participant)


def _consent_form(args: argparse.Namespace, register: Register) -> Document:
    """--blank: a form for someone not yet in the register; --consent: that consent filled in;
    --participant alone: their newest consent not withdrawn, or a form with their details and
    boxes to tick if they have none. The form is in the --lang language."""
    from desktop.services.consent_documents import ConsentFormDocument, newest_consent

    if args.blank:
        if args.participant or args.consent is not None:
            raise AppError(
                tr(
                    "A blank form is for no one in particular: leave out --participant and "
                    "--consent."
                )
            )
        return ConsentFormDocument(None, None, args.lang)
    if not args.participant and args.consent is None:
        raise AppError(
            tr(
                "Name the participant with --participant (or the consent with --consent), or "
                "ask for --blank."
            )
        )
    person_id = _participant_id(args, register) if args.participant else None
    consent_id = args.consent
    if consent_id is None and person_id is not None:
        consent_id = newest_consent(register, person_id)
    return ConsentFormDocument(person_id, consent_id, args.lang)


def _register_extract(args: argparse.Namespace, register: Register) -> Document:
    from desktop.services.consent_documents import RegisterExtractDocument

    return RegisterExtractDocument(_participant_id(args, register))


def _handling_plan(args: argparse.Namespace, register: Register) -> Document:
    from desktop.services.consent_documents import HandlingPlanDocument

    return HandlingPlanDocument()


def _ambassador_summaries(args: argparse.Namespace, register: Register) -> SummaryWeek:
    from desktop.core.ambassadors import IsoWeek
    from desktop.services.ambassador_documents import SummaryWeek

    week = IsoWeek.parse(args.week) if args.week else IsoWeek.last_complete(register.today())
    return SummaryWeek(week)


def _steering(args: argparse.Namespace, register: Register) -> Document:
    """`export steering --period 2026-Q3` (or --from and --to): the steering group's workbook.
    An existing --out keeps its other sheets (a copy of it is saved first); one holding what
    Färdväg cannot keep (charts, macros …) is left alone and the workbook written beside it,
    which is why this sets args.out to where it goes."""
    from datetime import date

    from desktop.core.steering import PeriodError, dates_period, parse_period
    from desktop.services.steering import (
        SteeringWorkbookDocument,
        kept_out_message,
        steering_target,
    )

    if args.period and (args.since or args.until):
        raise AppError(tr("Give either --period or --from and --to, not both."))
    if args.period:
        period = parse_period(args.period)
    elif args.since and args.until:
        try:
            since, until = date.fromisoformat(args.since), date.fromisoformat(args.until)
        except ValueError:
            raise PeriodError(text=f"{args.since} {args.until}") from None
        period = dates_period(since, until)
    else:
        raise AppError(
            tr("Name the period with --period, e.g. --period 2026-Q3, or give --from and --to.")
        )
    target = steering_target(register, args.out, period, register.now())
    note = kept_out_message(target)
    if note:
        sys.stderr.write(note + "\n")
    args.out = target.path
    return SteeringWorkbookDocument(period, target=target)


def _progress(args: argparse.Namespace, register: Register) -> Document:
    """`export progress --participant 2026-007 [--version staff|participant] [--notes]
    [--from D --to D]`: the progress sheet (issue 14); the ending of --out picks PDF or Excel
    (.xlsx). Without --from and --to: the current enrolment up to today."""
    from datetime import date

    from desktop.core.progress_sheet import Period, Version
    from desktop.services.progress_documents import SheetOptions, progress_document

    since, until = args.since, args.until
    period = None
    if since or until:
        if not (since and until):
            raise AppError(tr("Give both --from and --to, or neither."))
        try:
            period = Period(date.fromisoformat(since), date.fromisoformat(until))
        except ValueError:
            raise AppError(tr("Write the dates as YYYY-MM-DD.")) from None
    options = SheetOptions(Version(args.sheet_version), period, include_notes=args.notes)
    return progress_document(_participant_id(args, register), options, args.out)


def _action_plan(args: argparse.Namespace, register: Register) -> Document:
    """`export action-plan --participant 2026-007` (or --blank): the action plan with the
    contract to sign (R3), in the --lang language."""
    from desktop.services.progress_documents import ContractDocument

    if args.blank:
        if args.participant:
            raise AppError(
                tr("A blank contract is for no one in particular: leave out --participant.")
            )
        return ContractDocument(None, args.lang)
    return ContractDocument(_participant_id(args, register), args.lang)


# `export WHAT`: each document the command line can write, built from the arguments; a
# SummaryWeek writes several files into the folder given as --out.
EXPORTS: dict[str, Callable[[argparse.Namespace, Register], Document | SummaryWeek]] = {
    "tests-today": _test_list,
    "consent-form": _consent_form,
    "register-extract": _register_extract,
    "handling-plan": _handling_plan,
    "ambassadors": _ambassador_summaries,
    "progress": _progress,
    "action-plan": _action_plan,
    "steering": _steering,
}


def cmd_export(args: argparse.Namespace, secrets: Secrets, out: TextIO) -> int:
    """`export …`: a document through the one export door (consent gate, atomic write, audit
    and disclosure log), the same document the window makes."""
    from desktop.services.exports import Document, run_export

    with _open(args, _ask_own(args, secrets)) as register:
        document = EXPORTS[args.what](args, register)
        if not isinstance(document, Document):
            return _write_summaries(document, register, args.out, out)
        result = run_export(register, document, args.out)
    out.write(
        tr("Wrote {path} ({size} bytes; data about {count} people).").format(
            path=result.path, size=result.size, count=result.people
        )
        + "\n"
    )
    return 0


def _write_summaries(week: SummaryWeek, register: Register, folder: Path, out: TextIO) -> int:
    """`export ambassadors`: every active ambassador's summary and the combined file to print,
    into `folder`; for a week sent before, what changed since."""
    sent = week.write(register, folder)
    for result, changes in zip(sent.files, sent.changes, strict=True):
        out.write(
            tr("Wrote {path} ({size} bytes; data about {count} people).").format(
                path=result.path, size=result.size, count=result.people
            )
            + "\n"
        )
        if changes is not None:
            out.write(
                "  "
                + (
                    tr("Sent before: nothing has changed since.")
                    if changes.none
                    else tr("Sent before: {added} lines new, {removed} gone since.").format(
                        added=len(changes.added), removed=len(changes.removed)
                    )
                )
                + "\n"
            )
    combined = sent.combined
    out.write(
        tr("Wrote {path} to print ({size} bytes).").format(path=combined.path, size=combined.size)
        + "\n"
    )
    return 0


def _size(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{size / 1000:.0f} kB"


def _check_text(verification: Verification) -> str:
    if not verification.ok:
        return tr("DAMAGED") + f" ({'; '.join(verification.problems[:2])})"
    return tr("OK")


def cmd_backup(args: argparse.Namespace, secrets: Secrets, out: TextIO) -> int:
    """`backup`: one backup now, checked, into --to or the unit's backup folder; then the
    older ones beyond the rotation settings are removed."""
    from desktop.services.backup import backup_now

    with _open(args, _ask_own(args, secrets)) as register:
        result = backup_now(register, folder=args.to)
    made = result.backup
    out.write(
        tr("Backup made and checked: {path} ({size}).").format(
            path=made.path, size=_size(made.size)
        )
        + "\n"
    )
    if result.removed:
        out.write(
            tr("Removed {count} older backups that the rotation settings do not keep.").format(
                count=len(result.removed)
            )
            + "\n"
        )
    return 0


def cmd_backups(args: argparse.Namespace, secrets: Secrets, out: TextIO) -> int:
    """`backups --to DIR`: the backups in a folder, newest first, with date, size and the
    result of their last check; --check compares every backup's files again first."""
    from desktop.services.backup import backups, check

    found = backups(args.to)
    if not found:
        out.write(tr("There are no backups in {folder}.").format(folder=args.to) + "\n")
        return 0
    all_good = True
    for backup in found:
        verification = check(backup) if args.check else backup.verification
        all_good = all_good and verification.ok
        out.write(
            f"{backup.when():17} {_size(backup.size):>9}  {_check_text(verification):10}  "
            f"{backup.name}\n"
        )
    return 0 if all_good else 1


def cmd_restore(args: argparse.Namespace, secrets: Secrets, out: TextIO) -> int:
    """`restore --from BACKUP`: the backup in the register's place, after its checks; the
    current register is moved aside, never deleted. With --user, the backup is opened with
    that user's password of the day it was made and checked in full."""
    from desktop.services.backup import read_backup, restore

    backup = read_backup(args.source)
    password = None
    if args.user:
        password = secrets.ask(
            tr("Password for {user} on the day of the backup").format(user=args.user)
        )
    if not args.yes and not secrets.answer(
        tr(
            "Restore the backup from {when} to {path}? Everything saved there since then is "
            "no longer in the register; the current files are kept beside it."
        ).format(when=backup.when(), path=args.register),
        out,
    ):
        out.write(tr("Nothing was restored.") + "\n")
        return 1
    done = restore(backup, args.register, username=args.user, password=password)
    out.write(
        tr("Restored the backup from {when} to {path}.").format(
            when=backup.when(), path=args.register
        )
        + "\n"
    )
    if done.set_aside is not None:
        out.write(
            tr("The register that was there is kept as {path}.").format(path=done.set_aside) + "\n"
        )
    if not done.verification.full:
        out.write(
            tr(
                "Checked: its files are the very ones that passed every check when it was made. "
                "Run verify after signing in to check the register itself."
            )
            + "\n"
        )
    return 0


def cmd_demo(args: argparse.Namespace, secrets: Secrets, out: TextIO) -> int:
    from datetime import date

    from desktop.demo import build_demo

    password = secrets.ask(tr("New password for {user}").format(user="demo"), confirm=True)
    register = build_demo(args.register, password, today=date.today())
    register.close()
    out.write(tr("Created the demo register {path} (user demo).").format(path=args.register) + "\n")
    return 0


def _options(*, answers: bool = True) -> argparse.ArgumentParser:
    """The options before any command: all that starting the window needs. Without `answers`,
    no --help or --version, which print and exit as soon as they are parsed, even when a
    command's own option of that name comes later (`progress --version participant`)."""
    parser = argparse.ArgumentParser(
        prog="fardvag",
        description=tr("Färdväg: the unit's encrypted register. Without a command: the window."),
        add_help=False,
    )
    if answers:
        parser.add_argument("-h", "--help", action="help", help=tr("show this help and exit"))
        parser.add_argument(
            "--version",
            action="version",
            version=f"Färdväg {__version__}",
            help=tr("show the version and exit"),
        )
    parser.add_argument("--lang", choices=("sv", "en"), default="sv", help=tr("language"))
    parser.add_argument("--debug", action="store_true", help=tr("show technical details"))
    parser.add_argument("--exit-when-shown", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=tr("check that this installation works, headless; exit code 0 if it does"),
    )
    parser.add_argument(
        "--register",
        type=Path,
        metavar="FILE",
        help=tr("register file (default: the last one used, or {path})").format(
            path=default_register_path()
        ),
    )
    parser.set_defaults(command=None)
    return parser


def _parser() -> argparse.ArgumentParser:
    """The options and every command, with their help."""
    parser = _options()
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(
        name: str, func: Callable[..., int], help_text: str, *, user: bool = True
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text, add_help=False)
        p.add_argument("-h", "--help", action="help", help=tr("show this help and exit"))
        p.add_argument(
            "--register",
            type=Path,
            default=argparse.SUPPRESS,
            metavar="FILE",
            help=tr("register file"),
        )
        if user:
            p.add_argument("--user", required=True, metavar="USER", help=tr("your user name"))
        p.add_argument(
            "--password-stdin",
            action="store_true",
            help=tr("read passwords from standard input, one per line"),
        )
        p.set_defaults(func=func)
        return p

    p = command("init", cmd_init, tr("create a new register and its first administrator"))
    p.add_argument(
        "--display-name", default="", metavar="NAME", help=tr("full name shown in the program")
    )
    command("verify", cmd_verify, tr("check the key, the file and the audit chain"))
    p = command("adduser", cmd_adduser, tr("add a user (administrators only)"))
    p.add_argument("--new-user", required=True, metavar="USER", help=tr("the new user's name"))
    p.add_argument(
        "--display-name", default="", metavar="NAME", help=tr("full name shown in the program")
    )
    p.add_argument(
        "--role",
        choices=[r.value for r in Role],
        default=Role.STAFF.value,
        help=tr("admin: also users, settings and the audit log"),
    )
    command("passwd", cmd_passwd, tr("change your own password"))
    command(
        "recover",
        cmd_recover,
        tr("open with the recovery key and set a new password for a user"),
    )
    p = command("removeuser", cmd_removeuser, tr("remove a user (administrators only)"))
    p.add_argument("--remove", required=True, metavar="USER", help=tr("the user to remove"))
    command("rotate-key", cmd_rotate_key, tr("give the register a new key and recovery key"))
    p = command(
        "accept-register-state",
        cmd_accept_register_state,
        tr(
            "accept a register that sign-in refuses because it is not as last saved (a lost or "
            "foreign -wal file, a missing .anchor file); the files as they were are kept"
        ),
        user=False,
    )
    p.add_argument(
        "--user",
        metavar="USER",
        help=tr("an administrator's user name (without it: the recovery key is asked for)"),
    )
    p = command("participants", cmd_participants, tr("list everyone: number, name, status, phase"))
    p.add_argument("--json", action="store_true", help=tr("as JSON"))
    p = command(
        "figures", cmd_figures, tr("the outcome model and people counts for a date, as JSON")
    )
    p.add_argument("--date", metavar="YYYY-MM-DD", help=tr("the date (default: today)"))
    command("demo", cmd_demo, tr("create a demo register with fictitious people"), user=False)
    p = command(
        "backup",
        cmd_backup,
        tr("make a checked, encrypted backup of the register now, then rotate the older ones"),
    )
    p.add_argument(
        "--to",
        type=Path,
        metavar="FOLDER",
        help=tr("the folder for backups (default: the one chosen under Settings)"),
    )
    p = command(
        "backups",
        cmd_backups,
        tr("list the backups in a folder: date, size and the result of their check"),
        user=False,
    )
    p.add_argument("--to", type=Path, required=True, metavar="FOLDER", help=tr("the folder"))
    p.add_argument(
        "--check",
        action="store_true",
        help=tr("compare each backup's files with those that passed when it was made"),
    )
    p = command(
        "restore",
        cmd_restore,
        tr("put a backup in the register's place (the current files are kept beside it)"),
        user=False,
    )
    p.add_argument(
        "--from",
        dest="source",
        type=Path,
        required=True,
        metavar="BACKUP",
        help=tr("the backup's folder, e.g. …/fardvag-backup-20261201T093012Z"),
    )
    p.add_argument(
        "--user",
        metavar="USER",
        help=tr("check the backup in full, signed in as this user with the password of its day"),
    )
    p.add_argument("--yes", action="store_true", help=tr("restore without asking first"))
    p = command(
        "export",
        cmd_export,
        tr(
            "write a document: tests-today (the day's drug-test list), consent-form (to sign), "
            "register-extract (everything held about a participant), handling-plan (the "
            "data-handling plan), ambassadors (the week's summaries, into a folder), steering "
            "(the steering group's workbook for a period), progress (a participant's progress "
            "sheet, PDF or .xlsx), action-plan (the action plan with the contract, to sign)"
        ),
    )
    p.add_argument("what", choices=sorted(EXPORTS), help=tr("what to write"))
    p.add_argument("--date", metavar="YYYY-MM-DD", help=tr("the date (default: today)"))
    p.add_argument(
        "--participant",
        metavar="NUMBER",
        help=tr(
            "the participant's number, e.g. 2026-007 (consent-form, register-extract, "
            "progress, action-plan)"
        ),
    )
    p.add_argument(
        "--version",
        dest="sheet_version",
        choices=("staff", "participant"),
        default="staff",
        help=tr("for whom (progress; default: staff)"),
    )
    p.add_argument(
        "--notes",
        action="store_true",
        help=tr("with the period's notes (progress, staff version)"),
    )
    p.add_argument(
        "--consent",
        type=int,
        metavar="ID",
        help=tr("the consent to fill in (consent-form; default: the newest not withdrawn)"),
    )
    p.add_argument(
        "--blank",
        action="store_true",
        help=tr("a blank form for someone not yet in the register (consent-form)"),
    )
    p.add_argument(
        "--week",
        metavar="YYYY-Www",
        help=tr("the ISO week, e.g. 2026-W47 (ambassadors; default: last week)"),
    )
    p.add_argument(
        "--period",
        metavar="PERIOD",
        help=tr("the period: 2026-07, 2026-Q3, 2026-H1 or 2026 (steering)"),
    )
    p.add_argument(
        "--from",
        dest="since",
        metavar="YYYY-MM-DD",
        help=tr("the period's first day (steering, progress)"),
    )
    p.add_argument(
        "--to",
        dest="until",
        metavar="YYYY-MM-DD",
        help=tr("the period's last day (steering, progress)"),
    )
    p.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="FILE",
        help=tr("the file to write (ambassadors: the folder to write them in)"),
    )
    p = sub.add_parser(
        "screenshots",
        help=tr("render every screen to PNG files, with a throw-away register"),
        add_help=False,
    )
    p.add_argument("-h", "--help", action="help", help=tr("show this help and exit"))
    p.add_argument(
        "--out", type=Path, required=True, metavar="FOLDER", help=tr("folder for the PNG files")
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # The language must be known before the parser is built: its help texts are translated.
    language_parser = argparse.ArgumentParser(add_help=False)
    language_parser.add_argument("--lang", choices=("sv", "en"), default="sv")
    language, _ = language_parser.parse_known_args(argv)
    from desktop import i18n

    i18n.install(language.lang)
    # Starting the window (no command) needs only the options; the commands' parsers and
    # their translated help are built when a command or the help is asked for (a few
    # milliseconds of the start-up).
    # Anything the options alone do not take (a command, --help, --version, a mistake) is
    # parsed again by the whole parser.
    args, rest = _options(answers=False).parse_known_args(argv)
    if rest:
        args = _parser().parse_args(argv)
    if args.self_test:
        from desktop import selftest

        return selftest.run(sys.stdout)
    if args.command is None:
        from desktop.ui.app import run

        return run(args.register, exit_when_shown=args.exit_when_shown)
    if args.command == "screenshots":
        from desktop.ui.screenshots import render_all

        written = render_all(args.out)
        sys.stdout.write(
            tr("Wrote {count} screenshots to {folder}.").format(count=len(written), folder=args.out)
            + "\n"
        )
        return 0
    if args.register is None:
        args.register = default_register_path()
    secrets = Secrets(args.password_stdin, sys.stdin)
    try:
        return int(args.func(args, secrets, sys.stdout))
    except AppError as error:
        sys.stderr.write(error.user_message() + "\n")
        return 1
    except KeyboardInterrupt:
        return 130
    except OSError as error:  # the environment's fault: say which file and what to do
        if args.debug:
            raise
        from desktop.core.file_errors import file_error

        sys.stderr.write(file_error(error, args.register).user_message() + "\n")
        return 1
    except Exception as error:
        if args.debug:
            raise
        sys.stderr.write(
            tr("Unexpected error ({kind}). Run again with --debug for details.").format(
                kind=type(error).__name__
            )
            + "\n"
        )
        return 70
