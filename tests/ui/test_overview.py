"""Översikt loads its to-do list and figures in the background: shown when they arrive, and
dropped when a lock comes first."""

from __future__ import annotations

import threading
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from desktop.core.outcome import GOAL_SHARE, OutcomeCategory, OutcomeGroup
from desktop.core.path import EventKind, PathEvent
from desktop.core.records import Person
from desktop.db.participants import ParticipantRepository
from desktop.db.register import Register
from desktop.ui.participants import overview as overview_module
from tests.conftest import ADMIN, ADMIN_PASSWORD, CHEAP
from tests.ui.conftest import MakeApp, sign_in
from tests.ui.overview_helpers import enrolled_path


@pytest.fixture
def register_with_people(existing_register: Path) -> Path:
    """Two people: one referred a month ago and still without a decision (a to-do item), one
    enrolled (counted in the outcome model)."""
    today = date.today()
    referred = today - timedelta(days=30)
    enrolled = enrolled_path(referred)
    with Register.open(existing_register, ADMIN, ADMIN_PASSWORD, kdf=CHEAP) as register:
        ParticipantRepository(register).create_many(
            [
                (
                    Person("Fatima", "Said"),
                    [PathEvent(EventKind.REFERRAL, referred, {"referrer_type": "probation"})],
                ),
                (Person("Erik", "Ek"), enrolled),
            ],
            today=today,
        )
    return existing_register


def test_the_to_do_list_and_figures_arrive_from_the_background(
    qtbot, make_app: MakeApp, register_with_people: Path
) -> None:
    app = make_app(register_with_people)
    app.start()
    sign_in(qtbot, app)
    overview = app.main_window.section("overview")
    qtbot.waitUntil(lambda: overview.todo.rowCount() > 0, timeout=10_000)
    qtbot.waitUntil(lambda: not overview.busy)
    assert not overview.progress.isVisible()
    rows = [
        (model.display(item, model.PERSON), model.display(item, model.WHAT))
        for model in [overview.todo]
        for item in (model.record(row) for row in range(model.rowCount()))
    ]
    assert any("Said" in who and "without a decision" in what for who, what in rows), rows
    assert overview.buttons[OutcomeCategory.NEWLY_ENROLLED].text() == "1"
    assert overview.buttons[OutcomeGroup.ON_PATH].text() == "1"
    # The goal in the sentence comes from GOAL_SHARE (R8), not from a copy of it.
    assert f"{GOAL_SHARE * 100:.0f}" in overview.share.text()
    assert "100" in overview.share.text()  # 1 of 1 counted follows the path


@pytest.mark.parametrize("slow", ["load_snapshot", "distribution"])
def test_a_lock_while_loading_shows_nothing(
    qtbot,
    make_app: MakeApp,
    register_with_people: Path,
    monkeypatch: pytest.MonkeyPatch,
    slow: str,
) -> None:
    """The lock comes while the load is reading the register (it stops at its next check) or
    counting the figures after its last check (its result arrives after the lock): either way
    nothing reaches the emptied section."""
    read, go_on = threading.Event(), threading.Event()
    real = getattr(overview_module, slow)

    def slow_step(*args: Any) -> Any:
        result = real(*args)
        read.set()
        go_on.wait(10)
        return result

    monkeypatch.setattr(overview_module, slow, slow_step)
    app = make_app(register_with_people)
    app.start()
    sign_in(qtbot, app)
    window = app.main_window
    overview = window.section("overview")
    assert read.wait(10)
    assert overview.busy and overview.progress.isVisible()
    app.lock()
    go_on.set()
    qtbot.waitUntil(lambda: not window.tasks.pending, timeout=10_000)
    for _ in range(3):
        qtbot.wait(10)
    assert overview.todo.rowCount() == 0
    assert overview.people == {}
    assert all(button.text() == "0" for button in overview.buttons.values())
    assert overview.share.text() == ""
    assert not overview.progress.isVisible()


def test_a_newer_load_wins_over_an_older_one(
    qtbot, make_app: MakeApp, register_with_people: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    real = overview_module.load_snapshot

    def counted(register: Register) -> Any:
        calls.append(1)
        return real(register)

    monkeypatch.setattr(overview_module, "load_snapshot", counted)
    app = make_app(register_with_people)
    app.start()
    sign_in(qtbot, app)
    window = app.main_window
    overview = window.section("overview")
    shown: list[int] = []
    original = overview._loaded
    monkeypatch.setattr(overview, "_loaded", lambda data: (shown.append(1), original(data)))
    overview.load(app.register)
    overview.load(app.register)
    qtbot.waitUntil(lambda: not window.tasks.pending, timeout=10_000)
    assert overview.todo.rowCount() > 0
    assert len(calls) >= 2 and len(shown) == 1  # the first of the two loads is dropped


def test_a_reload_keeps_the_list_shown_and_counts_a_date_chosen_meanwhile(
    qtbot, make_app: MakeApp, register_with_people: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While Översikt reads the register again the list stays on screen; a date picked
    meanwhile is counted once the new list has arrived, and picking another date counts again
    from the register."""
    app = make_app(register_with_people)
    app.start()
    sign_in(qtbot, app)
    window = app.main_window
    overview = window.section("overview")
    qtbot.waitUntil(lambda: overview.todo.rowCount() > 0 and not overview.busy, timeout=10_000)
    assert overview.buttons[OutcomeCategory.NEWLY_ENROLLED].text() == "1"
    rows = overview.todo.rowCount()
    read, go_on = threading.Event(), threading.Event()
    real = overview_module.load_snapshot

    def slow(register: Register) -> Any:
        snapshot = real(register)
        read.set()
        go_on.wait(10)
        return snapshot

    monkeypatch.setattr(overview_module, "load_snapshot", slow)
    overview.load(app.register)
    assert read.wait(10)
    assert overview.todo.rowCount() == rows  # still shown while the new data is read
    a_year_ago = date.today() - timedelta(days=365)
    overview.day.setDate(a_year_ago)  # before anyone was referred: nobody counted
    go_on.set()
    qtbot.waitUntil(lambda: not overview.busy and not window.tasks.pending, timeout=10_000)
    assert overview.figures_day() == a_year_ago
    assert all(button.text() == "0" for button in overview.buttons.values())
    assert overview.todo.rowCount() == rows
    overview.day.setDate(date.today())  # and back
    qtbot.waitUntil(lambda: not overview.busy, timeout=10_000)
    assert overview.buttons[OutcomeCategory.NEWLY_ENROLLED].text() == "1"
    assert overview.buttons[OutcomeGroup.ON_PATH].text() == "1"


def test_figures_for_another_date_count_the_people_the_list_was_loaded_with(
    qtbot, make_app: MakeApp, register_with_people: Path
) -> None:
    """The figures for a date picked later read the paths again (Översikt keeps none), for the
    people the list was loaded with: each number still opens the list of its people. Someone
    registered since counts once Översikt is loaded again."""
    app = make_app(register_with_people)
    app.start()
    sign_in(qtbot, app)
    overview = app.main_window.section("overview")
    qtbot.waitUntil(lambda: overview.todo.rowCount() > 0 and not overview.busy, timeout=10_000)
    assert not hasattr(overview, "paths")
    referred = date.today() - timedelta(days=30)
    nils = enrolled_path(referred, referrer_type="af", enrolled_after_days=2)
    ParticipantRepository(app.register).create_many([(Person("Nils", "Holm"), nils)])
    newly = overview.buttons[OutcomeCategory.NEWLY_ENROLLED]
    overview.day.setDate(date.today() - timedelta(days=1))
    qtbot.waitUntil(lambda: not overview.busy, timeout=10_000)
    assert newly.text() == "1"
    people = overview.show_people(OutcomeCategory.NEWLY_ENROLLED)
    assert people.list.count() == 1 and "Ek, Erik" in people.list.item(0).text()
    people.close()
    overview.load(app.register)
    qtbot.waitUntil(lambda: not overview.busy, timeout=10_000)
    assert newly.text() == "2"
    people = overview.show_people(OutcomeCategory.NEWLY_ENROLLED)
    assert sorted(people.list.item(i).text().split("  ")[0] for i in range(2)) == [
        "Ek, Erik",
        "Holm, Nils",
    ]
