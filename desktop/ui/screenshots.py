"""`python -m desktop screenshots --out DIR`: every screen rendered offscreen to PNG, made by
driving the real program through a throw-away register, so anyone can look at Färdväg without a
display (and see what a change did to it)."""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the Qt modules are imported once the offscreen platform is chosen
    from PySide6.QtWidgets import QDialog

    from desktop.db.register import Register
    from desktop.ui.main_window import MainWindow

USER = "anna"
PASSWORD = "vinter-solsken-77"  # noqa: S105 - the throw-away register's, shown nowhere


def _settle(
    app: object, condition: Callable[[], bool] = lambda: True, timeout: float = 20.0
) -> None:
    from PySide6.QtCore import QCoreApplication

    deadline = time.monotonic() + timeout
    while True:
        QCoreApplication.processEvents()
        if condition():
            break
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not get ready")
        time.sleep(0.01)
    for _ in range(5):
        QCoreApplication.processEvents()


def render_all(out: Path) -> list[Path]:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from desktop.ui.offscreen import quiet_offscreen_warnings

    quiet_offscreen_warnings()
    from PySide6.QtWidgets import QWidget

    from desktop import i18n
    from desktop.core.accounts import Role
    from desktop.db.keyslots import KdfParams
    from desktop.localconfig import LocalConfig
    from desktop.ui.app import App, AppOptions, create_qapplication
    from desktop.ui.common.dialogs import AddUserDialog, ChangePasswordDialog, SetPasswordDialog
    from desktop.ui.crash import CrashDialog

    out.mkdir(parents=True, exist_ok=True)
    qapp = create_qapplication()
    i18n.install("sv")
    written: list[Path] = []

    def shot(widget: QWidget, name: str) -> None:
        _settle(qapp)
        path = out / f"{len(written) + 1:02d}-{name}.png"
        widget.grab().save(str(path))
        written.append(path)

    with tempfile.TemporaryDirectory() as folder:
        config = LocalConfig(Path(folder) / "settings.json")
        app = App(
            AppOptions(
                register_path=Path(folder) / "chansen.fardvag", config=config, kdf=KdfParams.cheap()
            )
        )
        app.start()
        wizard = app.first_run
        assert wizard is not None
        shot(wizard, "first-run-1-welcome")
        wizard.next()
        wizard.unit_page.unit_name.setText("Chansen")
        wizard.unit_page.municipality.setText("Borås stad")
        shot(wizard, "first-run-2-unit")
        wizard.next()
        page = wizard.admin_page
        page.username.setText(USER)
        page.display_name.setText("Anna Andersson")
        page.password.setText(PASSWORD)
        page.repeat.setText(PASSWORD)
        shot(wizard, "first-run-3-administrator")
        wizard.next()
        _settle(qapp, lambda: wizard.currentPage() is wizard.recovery_page)
        shot(wizard, "first-run-4-recovery-key")
        wizard.recovery_page.stored.setChecked(True)
        wizard.accept()
        _settle(qapp, lambda: app.main_window is not None)
        window = app.main_window
        assert window is not None
        assert app.register is not None
        app.register.add_user("bo", "Bo Berg", Role.STAFF, "bos-startlösen-1")
        window.resize(1100, 700)
        for key, name in (
            ("overview", "overview"),
            ("users", "users"),
            ("settings", "settings"),
            ("audit", "log"),
        ):
            section = window.section(key)
            if section is not None:
                section.load(app.register)
            window.show_section(key)
            _settle(qapp, lambda: not window.tasks.pending)  # Översikt loads in the background
            shot(window, f"section-{name}")
        audit = window.section("audit")
        if audit is not None:
            audit.verify()  # type: ignore[attr-defined]
            shot(window, "section-log-verified")
        users = [u for u in app.register.users() if u.username == "bo"]
        dialogs: list[tuple[QDialog, str]] = [
            (AddUserDialog(app.register, window), "dialog-add-user"),
            (SetPasswordDialog(app.register, users[0], parent=window), "dialog-set-password"),
            (
                ChangePasswordDialog(app.register, forced=True, parent=window),
                "dialog-change-password",
            ),
        ]
        for dialog, name in dialogs:
            dialog.show()
            shot(dialog, name)
            dialog.close()
        app.lock_for_inactivity()
        sign_in = app.sign_in_window
        assert sign_in is not None
        sign_in.resize(640, 520)
        shot(sign_in, "sign-in-locked")
        sign_in.password.setText("fel-lösenord")
        sign_in.sign_in()
        _settle(qapp, lambda: not app.tasks.pending and sign_in.error.isVisible())
        shot(sign_in, "sign-in-wrong-password")
        recovery = sign_in.open_recovery()
        shot(recovery, "dialog-recovery-key")
        recovery.close()
        from desktop.ui.about import AboutDialog

        about = AboutDialog()
        about.show()
        shot(about, "dialog-about")
        about.close()
        crash = CrashDialog(
            "Färdväg 0.1.0 · Python 3.11 · PySide6 6.12 · Windows-10\nbuiltins.KeyError\n"
            "Traceback (most recent call last):\n"
            '  File "desktop/ui/admin/users.py", line 120, in add_user',
            Path(folder) / "fardvag.log",
        )
        crash.show()
        shot(crash, "dialog-unexpected-error")
        crash.close()
        app.shutdown()
        _demo_screens(Path(folder), shot, out)
        for top in qapp.topLevelWidgets():
            top.close()
            top.deleteLater()
        _settle(qapp)
    return written


def _demo_screens(folder: Path, shot: Callable[..., None], out: Path | None = None) -> None:
    """The participants' screens, with the demo register's fictitious people."""
    from datetime import date

    from desktop.core.path import EventKind, Phase
    from desktop.db.keyslots import KdfParams
    from desktop.db.participants import ParticipantRepository, SearchFilter
    from desktop.demo import build_demo
    from desktop.ui.main_window import MainWindow
    from desktop.ui.participants.dialogs import CheckinDialog, GoalDialog, NoteDialog

    register = build_demo(
        folder / "demo.fardvag", "visning-lösen-1", today=date.today(), kdf=KdfParams.cheap()
    )
    window = MainWindow(register)
    window.resize(1200, 760)
    window.show()
    window.show_section("overview")
    _settle(None, lambda: not window.tasks.pending)  # Översikt loads in the background
    shot(window, "demo-overview")
    from desktop.ui.participants.overview import OverviewSection

    overview = window.section("overview")
    assert isinstance(overview, OverviewSection)
    overview.todo_table.selectRow(0)
    handled = overview.mark_selected_handled()
    if handled is not None:
        shot(handled, "dialog-todo-handled")
        handled.close_without_asking()
    window.show_section("participants")
    shot(window, "demo-participants")
    repository = ParticipantRepository(register)
    person = next(
        p for p in repository.search(SearchFilter(phase=Phase.OSA)) if repository.notes(p.id or 0)
    )
    assert person.id is not None
    record = window.open_person(person.id)
    assert record is not None
    record.resize(1000, 660)
    for index, name in enumerate(
        ("overview", "path", "action-plan", "notes", "contacts", "recovery-capital")
    ):
        record.tabs.setCurrentIndex(index)
        shot(record, f"record-{name}")
    referral = window.new_referral()
    if referral is not None:
        shot(referral, "dialog-new-referral")
        referral.close()
    for dialog, name in (
        (record.record_step(EventKind.PHASE_CHANGE), "dialog-phase-change"),
        (record.record_step(EventKind.DISCHARGE), "dialog-discharge"),
        (GoalDialog(repository, person.id, repository.goals(person.id)[0], record), "dialog-goal"),
        (NoteDialog(repository, person.id, None, record), "dialog-note"),
        (CheckinDialog(repository, person.id, None, record), "dialog-recovery-capital"),
    ):
        dialog.show()
        shot(dialog, name)
        dialog.close()
    record.close()
    _drug_test_screens(register, window, shot, out)
    _osa_screens(register, window, shot)
    _consent_screens(register, window, shot)
    _ambassador_screens(register, window, shot, out)
    _reports_screens(register, window, shot, out)
    _progress_screens(register, window, shot, out)
    _backup_screens(register, window, shot, folder)
    _retention_screens(register, window, shot)
    register.close()
    window.close()


def _progress_screens(
    register: Register, window: MainWindow, shot: Callable[..., None], out: Path | None
) -> None:
    """Skapa utvecklingsblad for one person, running (with its progress and Cancel) and done,
    the batch for a group, the contract and its texts; and the files themselves beside the
    pictures (progress-sheet-*.pdf/.xlsx, action-plan-contract.pdf: look at them with
    `pdftoppm -png`)."""
    from PySide6.QtCore import QCoreApplication

    from desktop.core.progress_sheet import Version
    from desktop.db.osa import OsaRepository
    from desktop.services.exports import run_export
    from desktop.services.progress_documents import (
        ContractDocument,
        ProgressSheetDocument,
        ProgressWorkbookDocument,
        SheetOptions,
    )
    from desktop.ui.common.tasks import TaskHandle
    from desktop.ui.participants.progress_dialog import (
        ContractDialog,
        ContractTextsDialog,
        ProgressSheetDialog,
    )

    running = [p for p in OsaRepository(register).placements() if p.status.value == "active"]
    if not running:
        return
    person_id = running[0].person_id
    record = window.open_person(person_id)
    assert record is not None
    record.resize(1000, 660)
    shot(record, "record-with-documents")
    dialog = record.progress_sheet()
    assert isinstance(dialog, ProgressSheetDialog)
    dialog.open_when_done = False
    shot(dialog, "dialog-progress-sheet")
    dialog.participant.setChecked(True)
    dialog.period.setCurrentIndex(dialog.period.findData("dates"))
    shot(dialog, "dialog-progress-sheet-participant")
    if out is not None:
        handle = dialog.make(out / "progress-sheet-dialog.pdf")
        _settle(None, lambda: handle is None or handle.finished)
        shot(dialog, "dialog-progress-sheet-done")
    dialog.close()
    participants = window.section("participants")
    window.show_section("participants")
    batch = getattr(participants, "progress_sheets", lambda: None)()
    if isinstance(batch, ProgressSheetDialog):
        batch.combined.setChecked(True)
        shot(batch, "dialog-progress-sheets-batch")
        # How a batch looks while it runs (staged: a real one of the demo's size is done
        # before the picture could be taken).
        batch.progress.start(
            TaskHandle(None),
            QCoreApplication.translate(
                "ProgressSheetDialog", "Making {count} progress sheets…"
            ).format(count=12),
        )
        batch.progress.report(
            5,
            12,
            QCoreApplication.translate(
                "ProgressSheetDialog", "Sheet {done} of {total}: {number}"
            ).format(done=6, total=12, number="2026-006"),
        )
        batch.create_button.setEnabled(False)
        shot(batch, "dialog-progress-sheets-working")
        batch.progress.finish()
        batch.close()
    contract = record.contract()
    assert isinstance(contract, ContractDialog)
    shot(contract, "dialog-action-plan-contract")
    texts = ContractTextsDialog(register, "sv", contract)
    texts.show()
    shot(texts, "dialog-contract-texts")
    texts.close()
    contract.close()
    record.close()
    if out is not None:
        for version in Version:
            options = SheetOptions(version, include_notes=version is Version.STAFF)
            for document in (
                ProgressSheetDocument(person_id, options),
                ProgressWorkbookDocument(person_id, options),
            ):
                name = f"progress-sheet-{version.value}{document.suffix}"
                run_export(register, document, out / name)
        run_export(register, ContractDocument(person_id, "sv"), out / "action-plan-contract.pdf")


def _ambassador_screens(
    register: Register, window: MainWindow, shot: Callable[..., None], out: Path | None
) -> None:
    """Veckosammanfattning: the drafts with one previewed and a line of one's own, the sent week
    saying nothing changed since, and the ambassadors' dialogs. The PDFs sent are kept beside
    the pictures (ambassadors/, look at them with `pdftoppm -png`)."""
    import tempfile

    from desktop.db.ambassadors import AmbassadorRepository
    from desktop.ui.ambassadors.dialogs import AmbassadorDialog
    from desktop.ui.ambassadors.section import AmbassadorsSection

    window.show_section("ambassadors")
    section = window.section("ambassadors")
    assert isinstance(section, AmbassadorsSection)
    _settle(None, lambda: section.drafts is not None and section._handle is None)
    ifo = next((a for a in AmbassadorRepository(register).ambassadors() if a.unit == "ifo"), None)
    if ifo is not None and ifo.id is not None:
        section.select_ambassador(ifo.id)
        section.note.setPlainText(
            "Nästa arbetsgruppsmöte är torsdag 10 december kl. 9 i Chansens lokaler."
        )
        _settle(None, lambda: "10 december" in section.preview.toPlainText())
    shot(window, "demo-weekly-summary")
    folder = out / "ambassadors" if out is not None else Path(tempfile.mkdtemp())
    folder.mkdir(parents=True, exist_ok=True)
    section.send(folder)
    _settle(None, lambda: section.last_result is not None and section._handle is None)
    _settle(None, lambda: section.drafts is not None and section._handle is None)
    if ifo is not None and ifo.id is not None:
        section.select_ambassador(ifo.id)
    shot(window, "demo-weekly-summary-sent")
    dialog = section.show_ambassadors()
    if dialog is not None:
        dialog.table.selectRow(0)
        shot(dialog, "dialog-ambassadors")
        edit = AmbassadorDialog(section.store, dialog.selected(), dialog) if section.store else None
        if edit is not None:
            edit.show()
            shot(edit, "dialog-ambassador")
            edit.close()
        dialog.close()


def _osa_screens(register: Register, window: MainWindow, shot: Callable[..., None]) -> None:
    """OSA: the section (what ends within three months, with or without a plan; capacity), a
    record's OSA tab, and the placement, end-of-placement and after-OSA plan dialogs."""
    from desktop.db.osa import OsaRepository
    from desktop.db.participants import ParticipantRepository
    from desktop.ui.osa.dialogs import AfterOsaPlanDialog, EndPlacementDialog, PlacementDialog
    from desktop.ui.osa.section import OsaSection

    window.show_section("osa")
    section = window.section("osa")
    assert isinstance(section, OsaSection)
    shot(window, "demo-osa")
    osa = OsaRepository(register)
    people = ParticipantRepository(register)
    running = [p for p in osa.placements() if p.status.value == "active"]
    if running:
        record = window.open_person(running[0].person_id)
        assert record is not None
        record.resize(1000, 660)
        record.tabs.setCurrentWidget(record.osa)
        shot(record, "record-osa")
        record.close()
    dialogs: list[tuple[QDialog, str]] = [
        (PlacementDialog(osa, people, parent=window), "dialog-osa-placement")
    ]
    if running:
        dialogs += [
            (EndPlacementDialog(osa, running[0], window), "dialog-osa-end-placement"),
            (AfterOsaPlanDialog(osa, running[0], window), "dialog-after-osa-plan"),
        ]
    for dialog, name in dialogs:
        dialog.show()
        dialog.resize(dialog.sizeHint().expandedTo(dialog.size()))
        shot(dialog, name)
        dialog.close()


def _form_picture() -> bytes:
    """A drawn stand-in for a photographed signed form (PNG)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

    image = QImage(620, 860, QImage.Format.Format_RGB32)
    image.fill(QColor("#fbfaf6"))
    painter = QPainter(image)
    painter.setPen(QPen(QColor("#222222")))
    font = QFont()
    font.setPointSize(16)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(QRect(40, 40, 540, 40), Qt.AlignmentFlag.AlignLeft, "Samtycke (DEMO)")
    font.setPointSize(10)
    font.setBold(False)
    painter.setFont(font)
    for i in range(18):
        painter.drawLine(40, 120 + i * 30, 580 - (i % 4) * 60, 120 + i * 30)
    painter.drawRect(40, 680, 16, 16)
    painter.drawText(70, 694, "Jag samtycker")
    painter.drawLine(40, 790, 300, 790)
    painter.drawText(40, 810, "Underskrift")
    painter.setPen(QPen(QColor("#1a3d8f"), 2))
    painter.drawLine(60, 780, 140, 760)
    painter.drawLine(140, 760, 200, 785)
    painter.drawLine(44, 684, 52, 692)
    painter.drawLine(52, 692, 62, 676)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; Qt wants str
    return bytes(data.data())


def _consent_screens(register: Register, window: MainWindow, shot: Callable[..., None]) -> None:
    """Consents: a record's Consents tab after a withdrawal (the units to tell) and with one
    ending soon, and the new-consent, withdrawal and consent-lists dialogs."""
    from desktop.db.consent import ConsentRepository
    from desktop.ui.consent.dialogs import ConsentListsDialog, NewConsentDialog, WithdrawDialog

    store = ConsentRepository(register)
    today = store.today()
    held = store.consents()
    withdrawn = [c for c in held if c.withdrawal is not None and c.kind == "information_sharing"]
    in_force = sorted(
        (c for c in held if c.kind == "information_sharing" and c.in_force(today)),
        key=lambda c: c.valid_until,
    )
    for consent, name in (
        (withdrawn[-1] if withdrawn else None, "record-consents-withdrawn"),
        (in_force[0] if in_force else None, "record-consents"),
    ):
        if consent is None:
            continue
        record = window.open_person(consent.person_id)
        assert record is not None
        record.resize(1000, 660)
        record.tabs.setCurrentWidget(record.consent_tab)
        shot(record, name)
        record.close()
    if in_force and in_force[0].id is not None:
        # A signed form, as a phone photo of the printed page would be, shown in the viewer.
        store.attach(in_force[0].id, "blankett.png", _form_picture())
        record = window.open_person(in_force[0].person_id)
        assert record is not None
        record.tabs.setCurrentWidget(record.consent_tab)
        viewer = record.consent_tab.show_forms()
        if viewer is not None:
            shot(viewer, "dialog-signed-form")
            viewer.close()
        record.close()
    dialogs: list[QDialog] = []
    if in_force:
        dialogs.append(NewConsentDialog(store, in_force[0].person_id, window))
        dialogs.append(WithdrawDialog(store, in_force[0], window))
    dialogs.append(ConsentListsDialog(store, window))
    for dialog, name in zip(
        dialogs,
        ("dialog-new-consent", "dialog-withdraw-consent", "dialog-consent-lists")[-len(dialogs) :],
        strict=True,
    ):
        dialog.show()
        dialog.resize(dialog.sizeHint().expandedTo(dialog.size()))
        shot(dialog, name)
        dialog.close_without_asking()  # type: ignore[attr-defined]
    # The consent form's texts: a block in the unit's own words with a placeholder the form
    # cannot fill in, caught by the preview and shown under the block.
    from desktop.ui.admin.form_texts import FormTextsDialog

    texts = FormTextsDialog(store, window, language="sv")
    texts.show()
    texts.blocks["valid_text"].edit.setPlainText("Samtycket gäller till och med {giltig_till}.")
    texts.preview()
    shot(texts, "dialog-consent-form-texts")
    texts.close_without_asking()


def _drug_test_screens(
    register: Register, window: MainWindow, shot: Callable[..., None], out: Path | None
) -> None:
    """Drogtester, a record's Drug tests tab, the result dialog, and the printed list (saved as
    drug-test-list.pdf beside the pictures; look at it with `pdftoppm -png`)."""
    from datetime import datetime, timedelta
    from datetime import time as clock_time

    from desktop.core.drugtests import is_staffed
    from desktop.db.drugtests import DrugTestRepository
    from desktop.services.exports import run_export
    from desktop.ui.drugtests.dialogs import ProvidersDialog, ResultDialog, ScheduleDialog
    from desktop.ui.drugtests.section import DrugTestsSection

    tests = DrugTestRepository(register)
    day = tests.today()
    settings = tests.settings()
    while not is_staffed(day, settings):
        day -= timedelta(days=1)
    if day != tests.today():
        # A weekend or a holiday has no list. Show the most recent staffed day as it looked
        # that morning: the register's clock is set back, so opening it makes its draw.
        morning = datetime.combine(day, clock_time(9, 0)).astimezone()
        register._clock = lambda: morning
    window.show_section("drugtests")
    section = window.section("drugtests")
    assert isinstance(section, DrugTestsSection)
    if section.model.rowCount():
        section.table.selectRow(0)
    shot(window, "demo-drug-tests")
    section.show_day(day - timedelta(days=7))  # a past day: the tests recorded that day
    shot(window, "demo-drug-tests-past-day")
    section.show_day(day)
    if out is not None:
        run_export(register, section.document(), out / "drug-test-list.pdf")

    results: dict[int, int] = {}
    for result in tests.results():
        results[result.person_id] = results.get(result.person_id, 0) + 1
    on_list = [section.model.record(i).person_id for i in range(section.model.rowCount())]
    candidates = [p for p in on_list if p in results] or sorted(
        results, key=lambda p: results[p], reverse=True
    )
    if not candidates:
        return
    person_id = candidates[0]
    record = window.open_person(person_id)
    assert record is not None
    record.resize(1000, 660)
    record.tabs.setCurrentWidget(record.tests)
    shot(record, "record-drug-tests")
    schedule = tests.schedule(person_id)
    for dialog, name in (
        (
            ResultDialog(tests, person_id, schedule=schedule, day=day, parent=record),
            "dialog-drug-test-result",
        ),
        (ScheduleDialog(tests, person_id, schedule, record), "dialog-test-schedule"),
        (ProvidersDialog(tests, window), "dialog-test-providers"),
    ):
        dialog.show()
        # The offscreen screen is small and Qt caps a new window at 2/3 of it.
        dialog.resize(dialog.sizeHint().expandedTo(dialog.size()))
        shot(dialog, name)
        dialog.close()
    record.close()


def _reports_screens(
    register: Register, window: MainWindow, shot: Callable[..., None], out: Path | None
) -> None:
    """Rapporter for the demo's last twelve whole months: the workbook's sheets as tabs, the
    people behind a number, the cost–benefit parameters, and the workbook itself (saved as
    steering-workbook.xlsx beside the pictures; look at it in a spreadsheet program)."""
    from datetime import timedelta

    from desktop.core.path import add_months
    from desktop.core.steering import dates_period
    from desktop.services.steering import export_steering
    from desktop.ui.reports.section import ReportsSection

    window.show_section("reports")
    section = window.section("reports")
    assert isinstance(section, ReportsSection)
    this_month = register.today().replace(day=1)
    period = dates_period(add_months(this_month, -12), this_month - timedelta(days=1))
    section.period.set_period(period)
    _settle(None, lambda: section.data is not None and not section.busy)
    for key, name in (
        ("summary", "summary"),
        ("flow", "flow"),
        ("outcome", "outcome-model"),
        ("drug_tests", "drug-tests"),
        ("cost", "cost-benefit"),
    ):
        section.tabs.setCurrentWidget(section.views[key])
        shot(window, f"demo-reports-{name}")
    section.tabs.setCurrentWidget(section.views["definitions"])
    shot(window, "demo-reports-definitions")
    outcome = section.models["outcome"]
    rows = outcome.rows_of("outcome")
    dialog = section.show_people(outcome, rows[1], 1)  # on the path
    if dialog is not None:
        shot(dialog, "dialog-reports-people")
        dialog.close()
    parameters = section.edit_parameters()
    if parameters is not None:
        parameters.resize(parameters.sizeHint().expandedTo(parameters.size()))
        shot(parameters, "dialog-cost-parameters")
        parameters.reject()
    if out is not None:
        export_steering(register, period, out / "steering-workbook.xlsx")


def _backup_screens(
    register: Register, window: MainWindow, shot: Callable[..., None], folder: Path
) -> None:
    """Säkerhetskopior with one checked backup, and the restore guide over the sign-in screen."""
    from dataclasses import replace

    from desktop.db.settings import load_settings, save_settings
    from desktop.services import backup as service
    from desktop.ui.admin.backups import BackupsDialog, RestoreGuide

    backups = folder / "säkerhetskopior"
    backups.mkdir(exist_ok=True)
    save_settings(register, replace(load_settings(register), backup_folder=str(backups)))
    service.backup_now(register)
    dialog = window.show_backups()
    assert isinstance(dialog, BackupsDialog)
    _settle(None, lambda: not dialog._busy)
    shot(dialog, "dialog-backups")
    dialog.close()
    window.show_section("overview")
    window._refresh_overview()
    _settle(None, lambda: not window.tasks.pending)
    shot(window, "demo-overview-backup-made")
    guide = RestoreGuide(register.files.database, backups, window.tasks, username="visning")
    guide.show()
    _settle(None, lambda: guide.table.rowCount() > 0 and not guide._busy)
    shot(guide, "dialog-restore-guide")
    guide.close()


def _retention_screens(register: Register, window: MainWindow, shot: Callable[..., None]) -> None:
    """Records due for deletion six years on, and the confirmation; nothing is erased."""
    from datetime import UTC, datetime, timedelta

    from desktop.ui.admin.retention import ConfirmErasureDialog, RetentionDialog

    clock = register._clock
    register._clock = lambda: datetime.now(UTC) + timedelta(days=6 * 366)
    try:
        dialog = window.review_retention()
        assert isinstance(dialog, RetentionDialog)
        dialog.model.set_all(True)
        shot(dialog, "dialog-retention")
        confirm = ConfirmErasureDialog(dialog.model.chosen_records(), dialog)
        confirm.show()
        shot(confirm, "dialog-retention-confirm")
        confirm.close()
        dialog.close()
    finally:
        register._clock = clock
