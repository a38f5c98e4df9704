"""After sign-in the main window shows at once: a section reads the register when it is first
shown, not all of them before the window appears (issue 12: at 10,000 people that took 15 s,
the audit log alone 8 s). A lock forgets what was read; the next sign-in reads it again."""

from __future__ import annotations

from pathlib import Path

from desktop.ui.admin.audit import AuditSection
from tests.ui.conftest import MakeApp, sign_in


def _audit(stack_owner) -> AuditSection:  # type: ignore[no-untyped-def]
    """The audit section as the user sees it: without asking the window for it (which reads)."""
    for index in range(stack_owner.stack.count()):
        widget = stack_owner.stack.widget(index)
        if isinstance(widget, AuditSection):
            return widget
    raise AssertionError("no audit section")


def test_a_section_reads_the_register_when_it_is_first_shown(
    qtbot, make_app: MakeApp, existing_register: Path
) -> None:  # type: ignore[no-untyped-def]
    app = make_app(existing_register)
    app.start()
    sign_in(qtbot, app)
    main = app.main_window
    assert main.stack.currentWidget() is main.section("overview")
    audit = _audit(main)
    assert audit.model.rowCount() == 0  # not shown yet: nothing read
    main.show_section("audit")
    shown = audit.model.rowCount()
    assert shown >= 3  # the sign-in and the register's creation
    main.show_section("overview")
    main.show_section("audit")
    assert audit.model.rowCount() == shown  # read once, not again on every visit

    app.lock()
    assert audit.model.rowCount() == 0
    sign_in(qtbot, app)
    assert app.main_window is main
    main.show_section("audit")
    assert audit.model.rowCount() > shown  # read again after the lock, with the new sign-in
