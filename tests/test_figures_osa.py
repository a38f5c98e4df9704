"""The OSA figures for the steering group (§7: OSA started, ongoing and ended, by workplace):
per month, by workplace, completed against ended early and the mean duration, on hand-made
placements."""

from __future__ import annotations

from datetime import date

from desktop.core.figures import osa_figures, programme_figures
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


def count(started: int, active: int, ended: int, completed: int, early: int) -> dict[str, int]:
    return {
        "started": started,
        "active": active,
        "ended": ended,
        "completed": completed,
        "ended_early": early,
    }


def test_per_month_started_active_and_ended() -> None:
    figures = osa_figures(PLACEMENTS, WORKPLACES, SINCE, UNTIL)
    assert (figures["since"], figures["until"]) == ("2025-01-15", "2025-04-10")
    assert figures["months"] == {
        # Active at the end of each month: 1, 2, 3 in January.
        "2025-01": count(1, 3, 0, 0, 0),
        # 3 ended on the last day of February, so it is no longer active at its end.
        "2025-02": count(2, 4, 1, 0, 1),
        "2025-03": count(1, 4, 1, 1, 0),
        # On UNTIL: 9 ended that day; 5 started that day; 7 ends only the day after.
        "2025-04": count(1, 4, 1, 0, 1),
    }


def test_active_follows_from_started_and_ended() -> None:
    months = osa_figures(PLACEMENTS, WORKPLACES, SINCE, UNTIL)["months"]
    active = 2  # 1 and 3 at the end of the day before the period; 8 ended that day
    for row in months.values():
        active += row["started"] - row["ended"]
        assert row["active"] == active
        assert row["completed"] + row["ended_early"] == row["ended"]


def test_totals_and_mean_duration() -> None:
    totals = osa_figures(PLACEMENTS, WORKPLACES, SINCE, UNTIL)["totals"]
    mean = round((59 + 49 + 59) / 3 / 30.4375, 1)
    assert mean == 1.8
    assert totals == {**count(5, 4, 3, 1, 2), "mean_months": mean}


def test_by_workplace() -> None:
    by_workplace = osa_figures(PLACEMENTS, WORKPLACES, SINCE, UNTIL)["by_workplace"]
    assert list(by_workplace) == ["Second hand", "Skogslaget", "Återbruket", "#9"]
    assert by_workplace == {
        "Återbruket": {"employer_type": "municipal", "places": 3, **count(2, 2, 1, 1, 0)},
        "Skogslaget": {"employer_type": "municipal", "places": 2, **count(1, 1, 1, 0, 1)},
        "Second hand": {"employer_type": "non_profit", "places": 2, **count(1, 1, 0, 0, 0)},
        "#9": {"employer_type": None, "places": None, **count(1, 0, 1, 0, 1)},
    }
    for key in ("started", "active", "ended", "completed", "ended_early"):
        assert (
            sum(row[key] for row in by_workplace.values())
            == (osa_figures(PLACEMENTS, WORKPLACES, SINCE, UNTIL)["totals"][key])
        )


def test_an_empty_period_lists_every_month_and_every_workplace() -> None:
    figures = osa_figures(PLACEMENTS[:1], WORKPLACES, date(2025, 5, 1), date(2025, 6, 30))
    assert figures["months"] == {"2025-05": count(0, 1, 0, 0, 0), "2025-06": count(0, 1, 0, 0, 0)}
    assert figures["totals"] == {**count(0, 1, 0, 0, 0), "mean_months": None}
    assert set(figures["by_workplace"]) == {"Återbruket", "Skogslaget", "Second hand"}
    assert osa_figures([], [], SINCE, UNTIL)["by_workplace"] == {}


def test_programme_figures_with_and_without_placements() -> None:
    paths = {1: ENROLLED}
    assert "osa" not in programme_figures(paths, UNTIL)
    figures = programme_figures(paths, UNTIL, placements=PLACEMENTS, workplaces=WORKPLACES)
    assert "drug_tests" not in figures
    # By default the twelve months up to the day: everything above but 8, which ended before.
    assert figures["osa"]["since"] == "2024-04-10"
    assert figures["osa"]["totals"]["ended"] == 4
    chosen = programme_figures(
        paths, UNTIL, since=SINCE, placements=PLACEMENTS, workplaces=WORKPLACES
    )
    assert chosen["osa"] == osa_figures(PLACEMENTS, WORKPLACES, SINCE, UNTIL)
    # Without the workplaces, each is listed by its id.
    bare = programme_figures(paths, UNTIL, since=SINCE, placements=PLACEMENTS)
    assert set(bare["osa"]["by_workplace"]) == {"#1", "#2", "#3", "#9"}
