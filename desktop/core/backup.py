"""The rules for backups, with no files in sight: what a backup is called, when one is due,
which ones rotation keeps, and the status Översikt and the to-do list show.

Rotation (`backups_to_keep`) keeps, of the good backups:

  the newest one, always;
  daily    the newest backup of each of the `daily` most recent calendar days that have one;
  weekly   the newest backup of each of the `weekly` most recent ISO weeks that have one;
  monthly  the newest backup of each of the `monthly` most recent months that have one.

A backup kept by one rule also counts for the others (so the defaults 7/4/12 reach back about
twelve months, never less). Days, weeks and months are those of the times given: callers pass
the PC's local wall-clock times, so "a day" is the unit's working day.

A backup is due (`backup_due`) when there is no good backup from today yet: "when the
application closes and at most daily". The status (`backup_status`) needs attention when no
folder is set, the folder cannot be reached, there never was a good backup, or the last good
one is older than `MAX_AGE` (2 days)."""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate

MAX_AGE = timedelta(days=2)
BACKUP_PREFIX = "fardvag-backup-"
_NAME = re.compile(r"fardvag-backup-(\d{8}T\d{6}Z)(?:-(\d+))?")


def backup_name(moment: datetime, n: int = 1) -> str:
    """The folder name of a backup made at `moment`: its UTC time and nothing else (no unit,
    no person), e.g. fardvag-backup-20261201T093012Z; `n` > 1 for a second one that second."""
    stamp = moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    return f"{BACKUP_PREFIX}{stamp}" + (f"-{n}" if n > 1 else "")


def time_of_backup(name: str) -> datetime | None:
    """The UTC time in a backup's folder name, or None for any other name."""
    match = _NAME.fullmatch(name)
    if match is None:
        return None
    return datetime.strptime(match.group(1), "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)


@dataclass(frozen=True)
class Retention:
    """How many backups rotation keeps per kind of period (the unit's settings)."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 12


def backups_to_keep(times: Iterable[datetime], retention: Retention) -> set[datetime]:
    """Of the good backups' times, those rotation keeps (see the module's docstring). Every
    other good backup may be removed; a backup that is not good is never in `times`."""
    ordered = sorted(set(times), reverse=True)
    keep: set[datetime] = set(ordered[:1])
    periods: tuple[tuple[int, Callable[[datetime], Hashable]], ...] = (
        (retention.daily, lambda t: t.date()),
        (retention.weekly, lambda t: tuple(t.isocalendar())[:2]),
        (retention.monthly, lambda t: (t.year, t.month)),
    )
    for count, period_of in periods:
        seen: set[Hashable] = set()
        for moment in ordered:
            period = period_of(moment)
            if period in seen:
                continue  # the newest of this period is kept already
            if len(seen) >= count:
                break
            seen.add(period)
            keep.add(moment)
    return keep


def backup_due(last_good: datetime | None, now: datetime) -> bool:
    """True when no good backup was made on `now`'s calendar day (in `now`'s time zone)."""
    if last_good is None:
        return True
    return last_good.astimezone(now.tzinfo).date() < now.date()


class BackupState(StrEnum):
    OK = "ok"
    NOT_SET_UP = "not_set_up"  # no backup folder chosen
    UNREACHABLE = "unreachable"  # the folder is missing or not connected
    NEVER = "never"  # the folder is there, no good backup yet
    OVERDUE = "overdue"  # the last good backup is older than MAX_AGE


_MESSAGES = {
    BackupState.OK: QT_TRANSLATE_NOOP("Backup", "Last good backup: {when}."),
    BackupState.NOT_SET_UP: QT_TRANSLATE_NOOP(
        "Backup",
        "No backups are made: no backup folder is chosen. An administrator chooses one under "
        "Settings.",
    ),
    BackupState.UNREACHABLE: QT_TRANSLATE_NOOP(
        "Backup",
        "The backup folder {folder} cannot be reached (a network drive not connected?). Last "
        "good backup: {when}.",
    ),
    BackupState.NEVER: QT_TRANSLATE_NOOP("Backup", "There is no good backup yet. Make one now."),
    BackupState.OVERDUE: QT_TRANSLATE_NOOP(
        "Backup", "The last good backup is from {when}, more than two days ago. Make one now."
    ),
}


@dataclass(frozen=True)
class BackupStatus:
    """What Översikt says about backups; `needs_attention` makes it a to-do item too."""

    state: BackupState
    last_good: datetime | None = None
    folder: str = ""

    @property
    def needs_attention(self) -> bool:
        return self.state is not BackupState.OK

    def message(self) -> str:
        """The status in the user's language, times in the PC's local time."""
        when = (
            self.last_good.astimezone().strftime("%Y-%m-%d %H:%M")
            if self.last_good is not None
            else translate("Backup", "none")
        )
        return translate("Backup", _MESSAGES[self.state]).format(when=when, folder=self.folder)


def backup_status(
    folder: str, reachable: bool, last_good: datetime | None, now: datetime
) -> BackupStatus:
    """The backup status for Översikt and the to-do list (see the module's docstring)."""
    if not folder:
        return BackupStatus(BackupState.NOT_SET_UP, last_good, folder)
    if not reachable:
        return BackupStatus(BackupState.UNREACHABLE, last_good, folder)
    if last_good is None:
        return BackupStatus(BackupState.NEVER, None, folder)
    if now - last_good > MAX_AGE:
        return BackupStatus(BackupState.OVERDUE, last_good, folder)
    return BackupStatus(BackupState.OK, last_good, folder)
