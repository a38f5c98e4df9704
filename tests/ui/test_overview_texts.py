"""What Översikt says: the first steps in an empty register, one line on what the outcome model
is, and no rule numbers ("R8") anywhere a user reads."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from desktop.ui.participants.dialogs import ReferralDialog
from tests.ui.conftest import MakeApp, click, sign_in
from tests.ui.overview_helpers import fill_unit, loaded_overview

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"
RULE_NUMBER = re.compile(r"\bR\d{1,2}\b")
TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "_t"}


def test_an_empty_register_shows_the_first_steps_with_buttons_that_take_you_there(
    qtbot, make_app: MakeApp, existing_register: Path
) -> None:
    app = make_app(existing_register)
    app.start()
    sign_in(qtbot, app)
    overview = loaded_overview(qtbot, app)
    window = app.main_window
    assert overview.first_steps.isVisible()
    steps = [overview.step_staff.text(), overview.step_settings.text(), overview.step_people.text()]
    assert steps[0].startswith("1. Add an account for each staff member")
    assert steps[1].startswith("2. Check the unit's name")  # name and municipality are given
    assert "new referral" in steps[2] and "Excel" in steps[2]
    click(qtbot, overview.add_staff)
    assert window.stack.currentWidget() is window.section("users")
    window.show_section("overview")
    click(qtbot, overview.unit_settings)
    assert window.stack.currentWidget() is window.section("settings")
    window.show_section("overview")
    click(qtbot, overview.new_referral)
    dialog = window.findChild(ReferralDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.close_without_asking()


def test_the_first_steps_go_once_there_are_people(
    qtbot, make_app: MakeApp, existing_register: Path
) -> None:
    fill_unit(existing_register)
    app = make_app(existing_register)
    app.start()
    sign_in(qtbot, app)
    overview = loaded_overview(qtbot, app)
    assert overview.todo.rowCount() > 0
    assert not overview.first_steps.isVisible()


def test_staff_see_who_does_the_administrators_steps(
    qtbot, make_app: MakeApp, existing_register: Path
) -> None:
    from desktop.core.accounts import Role
    from desktop.db.register import Register
    from tests.conftest import ADMIN, ADMIN_PASSWORD, CHEAP

    with Register.open(existing_register, ADMIN, ADMIN_PASSWORD, kdf=CHEAP) as register:
        register.add_user("bo", "Bo Berg", Role.STAFF, "gröna-äpplen-2026")
    app = make_app(existing_register)
    app.start()
    sign_in(qtbot, app, "bo", "gröna-äpplen-2026")
    overview = loaded_overview(qtbot, app)
    assert overview.first_steps.isVisible()
    assert "An administrator does this under Users." in overview.step_staff.text()
    assert "(2 accounts so far.)" in overview.step_staff.text()
    assert not overview.add_staff.isVisible() and not overview.unit_settings.isVisible()
    assert overview.new_referral.isVisible() and overview.import_people.isVisible()


def test_the_outcome_model_is_explained_in_one_line_and_the_goal_has_no_rule_number(
    qtbot, make_app: MakeApp, existing_register: Path
) -> None:
    fill_unit(existing_register)
    app = make_app(existing_register)
    app.start()
    sign_in(qtbot, app)
    overview = loaded_overview(qtbot, app)
    explained = overview.about_model.text()
    assert overview.about_model.isVisible()
    assert explained.count(".") == 1 and "on the path" in explained and "discharged" in explained
    assert "the goal is 50" in overview.share.text()
    assert not RULE_NUMBER.search(overview.share.text())


def translatable_strings() -> list[tuple[str, int, str]]:
    """Every string literal handed to tr(), translate() or QT_TRANSLATE_NOOP() in desktop/."""
    found = []
    for path in sorted(DESKTOP.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name not in TRANSLATING:
                continue
            for argument in node.args:
                for part in ast.walk(argument):
                    if isinstance(part, ast.Constant) and isinstance(part.value, str):
                        found.append((str(path.relative_to(DESKTOP)), part.lineno, part.value))
    return found


def test_no_text_a_user_reads_carries_a_rule_number() -> None:
    strings = translatable_strings()
    assert len(strings) > 1000  # the scan sees the program's texts
    assert any(text == "Overdue" for _path, _line, text in strings)
    numbered = [(p, line, t) for p, line, t in strings if RULE_NUMBER.search(t)]
    assert numbered == []
