"""What the Översikt tests share: a register with staff and people whose to-do items are known,
and reading the to-do list as the user sees it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from desktop.core.accounts import Role
from desktop.core.path import EventKind, PathEvent
from desktop.core.records import Goal, GoalStatus, LifeArea, Person, Responsible
from desktop.db.participants import ParticipantRepository
from desktop.db.register import Register
from desktop.ui.app import App
from desktop.ui.participants.overview import OverviewSection, TodoTableModel
from tests.conftest import ADMIN, ADMIN_PASSWORD, CHEAP

KARIN_PASSWORD = "blå-vinter-himmel-26"


@dataclass(frozen=True)
class Unit:
    """Ids of the people in `unit_register`."""

    fatima: int  # referred 30 days ago, no decision (a deadline 16 days past): Karin's
    erik: int  # enrolled without a consent (a "since" item) and a goal 10 days overdue: Anna's


def enrolled_path(
    start: date, *, referrer_type: str = "probation", enrolled_after_days: int = 7
) -> list[PathEvent]:
    """Referred, checked, mapped and decided on `start`; enrolled some days later."""
    return [
        PathEvent(EventKind.REFERRAL, start, {"referrer_type": referrer_type}),
        PathEvent(EventKind.SECURITY_CONSENT, start),
        PathEvent(EventKind.SECURITY_RESULT, start, {"result": "clear"}),
        PathEvent(EventKind.MAPPING_INTERVIEW, start),
        PathEvent(EventKind.DECISION, start, {"enrolled": True}),
        PathEvent(
            EventKind.ENROLMENT,
            start + timedelta(days=enrolled_after_days),
            {"contract_signed": True},
        ),
    ]


def fill_unit(path: Path) -> Unit:
    """Karin Lind (login karin) is staff; Fatima is hers, Erik is the admin Anna's."""
    today = date.today()
    with Register.open(path, ADMIN, ADMIN_PASSWORD, kdf=CHEAP) as register:
        register.add_user("karin", "Karin Lind", Role.STAFF, KARIN_PASSWORD)
        repository = ParticipantRepository(register)
        fatima, erik = repository.create_many(
            [
                (
                    Person("Fatima", "Said", responsible="karin"),
                    [
                        PathEvent(
                            EventKind.REFERRAL,
                            today - timedelta(days=30),
                            {"referrer_type": "probation"},
                        )
                    ],
                ),
                (
                    Person("Erik", "Ek", responsible=ADMIN),
                    enrolled_path(today - timedelta(days=40)),
                ),
            ],
            today=today,
        )
        assert fatima.id is not None and erik.id is not None
        repository.save_goal(
            erik.id,
            Goal(
                LifeArea.WORK,
                "Apply for three jobs",
                Responsible.PARTICIPANT,
                due=today - timedelta(days=10),
                status=GoalStatus.ONGOING,
            ),
        )
        return Unit(fatima.id, erik.id)


def rows(overview: OverviewSection) -> list[tuple[str, str, str]]:
    """The to-do list as shown: (date cell, person cell, task cell) per row."""
    model = overview.todo
    return [
        tuple(  # type: ignore[misc]
            str(model.data(model.index(row, column)))
            for column in (TodoTableModel.DUE, TodoTableModel.PERSON, TodoTableModel.WHAT)
        )
        for row in range(model.rowCount())
    ]


def loaded_overview(qtbot, app: App) -> OverviewSection:  # type: ignore[no-untyped-def]
    window = app.main_window
    assert window is not None
    overview = window.section("overview")
    assert isinstance(overview, OverviewSection)
    qtbot.waitUntil(lambda: not overview.busy and not overview.loading, timeout=10_000)
    return overview
