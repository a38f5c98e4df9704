"""The backup rules: names, rotation, when one is due, the status, and the settings' values."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from desktop.core.backup import (
    BackupState,
    Retention,
    backup_due,
    backup_name,
    backup_status,
    backups_to_keep,
    time_of_backup,
)
from desktop.core.settings import FieldError, UnitSettings

STOCKHOLM_WINTER = timezone(timedelta(hours=1))


def at(day: date, hour: int = 16, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=STOCKHOLM_WINTER)


def every_day(first: date, last: date, hour: int = 16) -> list[datetime]:
    return [at(first + timedelta(days=n), hour) for n in range((last - first).days + 1)]


def test_a_backup_is_named_by_its_utc_time_only() -> None:
    moment = datetime(2026, 12, 1, 10, 30, 12, tzinfo=STOCKHOLM_WINTER)
    assert backup_name(moment) == "fardvag-backup-20261201T093012Z"
    assert backup_name(moment, 2) == "fardvag-backup-20261201T093012Z-2"
    assert time_of_backup("fardvag-backup-20261201T093012Z") == moment.astimezone(UTC)
    assert time_of_backup("fardvag-backup-20261201T093012Z-2") == moment.astimezone(UTC)
    for other in ("fardvag-backup-2026", ".fardvag-backup-20261201T093012Z.partial-ab", "x"):
        assert time_of_backup(other) is None


def test_a_year_of_daily_backups_keeps_7_days_4_weeks_and_12_months() -> None:
    # 1 December 2026 is a Tuesday: its ISO week began on Monday 30 November.
    times = every_day(date(2026, 1, 1), date(2026, 12, 1))
    kept = backups_to_keep(times, Retention(7, 4, 12))
    days = {date(2026, 11, d) for d in range(25, 31)} | {date(2026, 12, 1)}
    weeks = {date(2026, 11, 29), date(2026, 11, 22), date(2026, 11, 15)}  # Sundays before
    months = {
        date(2026, 1, 31),
        date(2026, 2, 28),
        date(2026, 3, 31),
        date(2026, 4, 30),
        date(2026, 5, 31),
        date(2026, 6, 30),
        date(2026, 7, 31),
        date(2026, 8, 31),
        date(2026, 9, 30),
        date(2026, 10, 31),
        date(2026, 11, 30),
    }
    assert {t.date() for t in kept} == days | weeks | months
    assert len(kept) == 19


def test_rotation_keeps_the_newest_of_each_day_and_is_stable() -> None:
    times = [at(date(2026, 11, 30), h) for h in (9, 12, 16)] + [at(date(2026, 12, 1), 8)]
    kept = backups_to_keep(times, Retention(7, 4, 12))
    assert kept == {at(date(2026, 11, 30), 16), at(date(2026, 12, 1), 8)}
    # Run again tomorrow on what was kept, it removes nothing more than the rule says.
    year = every_day(date(2025, 6, 1), date(2026, 12, 1))
    once = backups_to_keep(year, Retention(7, 4, 12))
    assert backups_to_keep(once, Retention(7, 4, 12)) == once


def test_rotation_with_gaps_and_small_counts() -> None:
    sparse = [at(date(2026, 3, 2)), at(date(2026, 7, 9)), at(date(2026, 12, 1))]
    assert backups_to_keep(sparse, Retention(7, 4, 12)) == set(sparse)
    assert backups_to_keep(sparse, Retention(1, 0, 0)) == {at(date(2026, 12, 1))}
    assert backups_to_keep([], Retention()) == set()


def test_a_backup_is_due_once_per_local_day() -> None:
    now = at(date(2026, 12, 1), 16)
    assert backup_due(None, now)
    assert not backup_due(at(date(2026, 12, 1), 8), now)
    assert backup_due(at(date(2026, 11, 30), 23, 59), now)
    # 23:30 UTC on 30 November is 00:30 on 1 December in Sweden: today's already.
    assert not backup_due(datetime(2026, 11, 30, 23, 30, tzinfo=UTC), now)


def test_status_for_oversikt_and_the_todo_list() -> None:
    now = at(date(2026, 12, 3), 10)
    ok = backup_status("/backups", True, at(date(2026, 12, 1), 16), now)
    assert ok.state is BackupState.OK and not ok.needs_attention
    assert "2026-12-01" in ok.message()
    overdue = backup_status("/backups", True, at(date(2026, 12, 1), 9), now)
    assert overdue.state is BackupState.OVERDUE and overdue.needs_attention
    assert "2026-12-01" in overdue.message()
    unreachable = backup_status("H:\\Backups", False, at(date(2026, 12, 3), 8), now)
    assert unreachable.state is BackupState.UNREACHABLE and unreachable.needs_attention
    assert "H:\\Backups" in unreachable.message() and "2026-12-03" in unreachable.message()
    assert backup_status("", False, None, now).state is BackupState.NOT_SET_UP
    never = backup_status("/backups", True, None, now)
    assert never.state is BackupState.NEVER and never.needs_attention


def test_backup_settings_defaults_and_a_full_path() -> None:
    defaults = UnitSettings(unit_name="Chansen").validated()
    assert (defaults.backup_folder, defaults.backup_keep_daily) == ("", 7)
    assert (defaults.backup_keep_weekly, defaults.backup_keep_monthly) == (4, 12)
    for folder in ("H:\\Säkerhetskopior", "\\\\server\\hem\\anna", "/home/anna/backup"):
        settings = UnitSettings(unit_name="Chansen", backup_folder=f"  {folder} ").validated()
        assert settings.backup_folder == folder


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"backup_folder": "backups"}, "backup_folder"),
        ({"backup_folder": "H:Backups"}, "backup_folder"),
        ({"backup_folder": "/home/a\x1bb"}, "backup_folder"),
        ({"backup_folder": "/" + "x" * 500}, "backup_folder"),
        ({"backup_keep_daily": 0}, "backup_keep_daily"),
        ({"backup_keep_weekly": -1}, "backup_keep_weekly"),
        ({"backup_keep_monthly": 121}, "backup_keep_monthly"),
    ],
)
def test_backup_settings_refused_next_to_their_field(change: dict[str, object], field: str) -> None:
    with pytest.raises(FieldError) as refused:
        UnitSettings(unit_name="Chansen", **change).validated()  # type: ignore[arg-type]
    assert refused.value.field == field
    assert refused.value.user_message()
