"""The OSA figures for the steering group (§7: OSA started, ongoing and ended, by workplace):
per month, by workplace, completed against ended early and the mean duration, on hand-made
placements."""

from __future__ import annotations

from datetime import date

from desktop.core.calendar import DAYS_PER_MONTH
from desktop.core.figures import OsaCounts, osa_figures, programme_figures
from desktop.core.osa import EmployerType, EndReason, Placement, PlacementStatus, Workplace
from tests.core.test_path import ENROLLED

ACTIVE, ENDED, PLANNED = PlacementStatus.ACTIVE, PlacementStatus.ENDED, PlacementStatus.PLANNED
COMPLETED, EARLY = EndReason.COMPLETED, EndReason.ENDED_EARLY

WORKPLACES = [
    Workplace("Återbruket", EmployerType.MUNICIPAL, places=3, id=1),
    Workplace("Skogslaget", EmployerType.MUNICIPAL, places=2, id=2),
    Workplace("Second hand", EmployerType.NON_PROFIT, places=2, id=3),
]

SINCE, UNTIL = date(2025, 1, 15), date(2025, 4, 10)


def running(pid: int, workplace: int, start: date, status: PlacementStatus = ACTIVE) -> Placement:
    return Placement(pid, workplace, start, date(start.year + 1, start.month, 1), status=status)


def ended(pid: int, workplace: int, start: date, on: date, reason: EndReason) -> Placement:
    return Placement(
        pid, workplace, start, on, status=ENDED, ended_on=on, end_reason=reason, id=pid
    )


PLACEMENTS = [
    running(1, 1, date(2024, 11, 1)),  # running through the whole period, started before it
    ended(2, 1, date(2025, 1, 20), date(2025, 3, 20), COMPLETED),  # 59 days
    ended(3, 2, date(2025, 1, 10), date(2025, 2, 28), EARLY),  # started before; 49 days
    running(4, 3, date(2025, 2, 3)),
    running(5, 2, UNTIL),  # starts on the last day
    running(6, 3, date(2025, 3, 1), PLANNED),  # never started: counted nowhere
    ended(7, 1, date(2025, 3, 3), date(2025, 4, 11), EARLY),  # ends the day after the period
    ended(8, 2, date(2024, 6, 1), date(2025, 1, 14), COMPLETED),  # ends the day before it
    ended(9, 9, date(2025, 2, 10), UNTIL, EARLY),  # unknown workplace; ends on the last day
]


def count(started: int, active: int, ended: int, completed: int, early: int) -> OsaCounts:
    return OsaCounts(started, active, ended, completed, early)


def test_per_month_started_active_and_ended() -> None:
    figures = osa_figures(PLACEMENTS, WORKPLACES, SINCE, UNTIL)
    assert (figures.since, figures.until) == (SINCE, UNTIL)
    assert {m.month: m.counts for m in figures.months} == {
        # Active at the end of each month: 1, 2, 3 in January.
        "2025-01": count(1, 3, 0, 0, 0),
        # 3 ended on the last day of February, so it is no longer active at its end.
        "2025-02": count(2, 4, 1, 0, 1),
        "2025-03": count(1, 4, 1, 1, 0),
        # On UNTIL: 9 ended that day; 5 started that day; 7 ends only the day after.
        "2025-04": count(1, 4, 1, 0, 1),
    }


def test_active_follows_from_started_and_ended() -> None:
    months = osa_figures(PLACEMENTS, WORKPLACES, SINCE, UNTIL).months
    active = 2  # 1 and 3 at the end of the day before the period; 8 ended that day
    for row in (m.counts for m in months):
        active += row.started - row.ended
        assert row.active == active
        assert row.completed + row.ended_early == row.ended


def test_totals_and_mean_duration() -> None:
    figures = osa_figures(PLACEMENTS, WORKPLACES, SINCE, UNTIL)
    assert DAYS_PER_MONTH == 365.25 / 12
    mean = round((59 + 49 + 59) / 3 / DAYS_PER_MONTH, 1)
    assert mean == 1.8
    assert (figures.totals, figures.mean_months) == (count(5, 4, 3, 1, 2), mean)


def test_by_workplace() -> None:
    figures = osa_figures(PLACEMENTS, WORKPLACES, SINCE, UNTIL)
    by_workplace = figures.by_workplace
    assert [w.name for w in by_workplace] == ["Second hand", "Skogslaget", "Återbruket", "#9"]
    assert figures.workplace("Återbruket").counts == count(2, 2, 1, 1, 0)
    assert figures.workplace("#9").employer_type is None
    for key in ("started", "active", "ended", "completed", "ended_early"):
        assert sum(getattr(w.counts, key) for w in by_workplace) == getattr(figures.totals, key)


def test_the_json_shape() -> None:
    """What `figures` prints under "osa": keys and their order are its contract."""
    data = osa_figures(PLACEMENTS, WORKPLACES, SINCE, UNTIL).to_json()
    assert list(data) == ["since", "until", "months", "totals", "by_workplace"]
    assert (data["since"], data["until"]) == ("2025-01-15", "2025-04-10")
    assert data["months"]["2025-02"] == {
        "started": 2,
        "active": 4,
        "ended": 1,
        "completed": 0,
        "ended_early": 1,
    }
    assert data["totals"] == {
        "started": 5,
        "active": 4,
        "ended": 3,
        "completed": 1,
        "ended_early": 2,
        "mean_months": 1.8,
    }
    assert list(data["by_workplace"]) == ["Second hand", "Skogslaget", "Återbruket", "#9"]
    assert data["by_workplace"] == {
        "Återbruket": {"employer_type": "municipal", "places": 3, **count(2, 2, 1, 1, 0).to_json()},
        "Skogslaget": {"employer_type": "municipal", "places": 2, **count(1, 1, 1, 0, 1).to_json()},
        "Second hand": {
            "employer_type": "non_profit",
            "places": 2,
            **count(1, 1, 0, 0, 0).to_json(),
        },
        "#9": {"employer_type": None, "places": None, **count(1, 0, 1, 0, 1).to_json()},
    }
    assert list(data["by_workplace"]["#9"]) == [
        "employer_type",
        "places",
        "started",
        "active",
        "ended",
        "completed",
        "ended_early",
    ]


def test_an_empty_period_lists_every_month_and_every_workplace() -> None:
    figures = osa_figures(PLACEMENTS[:1], WORKPLACES, date(2025, 5, 1), date(2025, 6, 30))
    assert {m.month: m.counts for m in figures.months} == {
        "2025-05": count(0, 1, 0, 0, 0),
        "2025-06": count(0, 1, 0, 0, 0),
    }
    assert (figures.totals, figures.mean_months) == (count(0, 1, 0, 0, 0), None)
    assert figures.to_json()["totals"]["mean_months"] is None
    assert {w.name for w in figures.by_workplace} == {"Återbruket", "Skogslaget", "Second hand"}
    assert osa_figures([], [], SINCE, UNTIL).by_workplace == ()


def test_programme_figures_with_and_without_placements() -> None:
    paths = {1: ENROLLED}
    assert programme_figures(paths, UNTIL).osa is None
    figures = programme_figures(paths, UNTIL, placements=PLACEMENTS, workplaces=WORKPLACES)
    assert figures.drug_tests is None and figures.osa is not None
    assert list(figures.to_json()) == ["date", "outcome_model", "people", "osa"]
    # By default the twelve months up to the day: everything above but 8, which ended before.
    assert figures.osa.since == date(2024, 4, 10)
    assert figures.osa.totals.ended == 4
    chosen = programme_figures(
        paths, UNTIL, since=SINCE, placements=PLACEMENTS, workplaces=WORKPLACES
    )
    assert chosen.osa == osa_figures(PLACEMENTS, WORKPLACES, SINCE, UNTIL)
    # Without the workplaces, each is listed by its id.
    bare = programme_figures(paths, UNTIL, since=SINCE, placements=PLACEMENTS)
    assert bare.osa is not None
    assert {w.name for w in bare.osa.by_workplace} == {"#1", "#2", "#3", "#9"}
