"""`--self-test`: proves, headless, that this build of Färdväg works on this machine: it makes a
register in a temporary folder, unlocks it, writes and reads, checks that the file is really
encrypted by SQLCipher, renders a PDF and an xlsx, verifies the audit chain and draws the sign-in
window. Exit code 0 only if every check held. Used on the frozen build in CI."""

from __future__ import annotations

import io
import os
import sqlite3
import tempfile
import traceback
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TextIO

from desktop.ui.offscreen import quiet_offscreen_warnings

PASSWORD = "självtest-lösenord-1"  # noqa: S105 - a throw-away register's, deleted at the end


class SelfTestFailure(Exception):
    """A check did not hold (assert would vanish under python -O)."""


def require(condition: object, what: str = "") -> None:
    if not condition:
        raise SelfTestFailure(what)


def run(out: TextIO) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    quiet_offscreen_warnings()
    results: list[tuple[str, bool, str]] = []

    def check(name: str, step: Callable[[], str]) -> None:
        try:
            detail = step()
            results.append((name, True, detail))
        except Exception as error:
            frames = traceback.extract_tb(error.__traceback__)
            where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
            what = f": {error}" if isinstance(error, SelfTestFailure) and str(error) else ""
            results.append((name, False, f"{type(error).__name__} at {where}{what}"))

    with tempfile.TemporaryDirectory(prefix="fardvag-selftest-") as folder:
        _checks(Path(folder), check)
    for name, ok, detail in results:
        out.write(f"{'OK' if ok else 'FAILED':7} {name}{'  (' + detail + ')' if detail else ''}\n")
    failed = sum(not ok for _, ok, _ in results)
    summary = (
        f"all {len(results)} checks hold"
        if not failed
        else f"{failed} of {len(results)} checks FAILED"
    )
    out.write(f"Self-test of Färdväg: {summary}.\n")
    return 0 if not failed else 1


def _checks(folder: Path, check: Callable[[str, Callable[[], str]], None]) -> None:
    from desktop.core.audit import Action
    from desktop.core.settings import UnitSettings
    from desktop.db.files import looks_like_plain_sqlite
    from desktop.db.register import Register
    from desktop.db.settings import load_settings, save_settings

    path = folder / "självtest.fardvag"
    marker = "SJÄLVTEST-MARKÖR-19850101"
    state: dict[str, object] = {}

    def open_register() -> Register:
        register = state.get("register")
        if not isinstance(register, Register):
            raise SelfTestFailure("no open register")
        return register

    def create() -> str:
        register, key = Register.create(path, username="kontroll", password=PASSWORD)
        register.close()
        state["key"] = key
        return "Argon2id default parameters"

    def unlock() -> str:
        state["register"] = Register.open(path, "kontroll", PASSWORD)
        return ""

    def write_and_read() -> str:
        register = open_register()
        save_settings(register, UnitSettings(unit_name=marker, municipality="Borås stad"))
        register.record(Action.VIEW, "selftest", 1)
        register.close()
        register = Register.open(path, "kontroll", PASSWORD)
        state["register"] = register
        require(load_settings(register).unit_name == marker)
        from desktop.core.path import EventKind, PathEvent
        from desktop.core.records import Person
        from desktop.db.participants import ParticipantRepository, SearchFilter

        people = ParticipantRepository(register)
        person = people.create_referral(
            Person("Självtest", marker, personnummer="19121212-1212"),
            PathEvent(EventKind.REFERRAL, date.today(), {"referrer_type": "self"}),
        )
        found = people.search(SearchFilter(text="121212-1212"))
        require([p.id for p in found] == [person.id], "person not found again")
        require(people.path(person.id or 0).referrals == 1, "referral not read back")
        return "a person and their referral, and unit settings"

    def encrypted() -> str:
        register = open_register()
        with register.read() as conn:
            version = conn.execute("PRAGMA cipher_version").fetchone()[0]
        require(version, "not SQLCipher")
        register.close()
        require(not looks_like_plain_sqlite(path))
        raw = b"".join(p.read_bytes() for p in folder.iterdir() if p.is_file())
        require(marker.encode() not in raw)
        try:
            sqlite3.connect(path).execute("SELECT * FROM sqlite_master").fetchall()
        except sqlite3.DatabaseError:
            pass
        else:
            raise AssertionError("plain SQLite could read the register")
        state["register"] = Register.open(path, "kontroll", PASSWORD)
        return f"SQLCipher {version}"

    def audit_chain() -> str:
        register = open_register()
        report = register.verify_audit_chain()
        failures = [c.name for c in register.verify() if not c.ok]
        require(report.intact and not failures, str(failures))
        return f"{report.entries} entries"

    def pdf() -> str:
        from desktop.reports.recovery_sheet import RecoverySheet, render_recovery_sheet

        data = render_recovery_sheet(
            RecoverySheet("Självtest", "", path.name, "0" * 32, date.today(), str(state["key"]))
        )
        require(data.startswith(b"%PDF") and b"/FontFile2" in data)
        from desktop.reports.pdf import reading_order

        # Right-to-left names: the bidi and Arabic-shaping packages are bundled and work.
        require(reading_order("Fatima (فاطمة)") == "Fatima (\ufe94\ufee4\ufec3\ufe8e\ufed3)")
        return f"{len(data)} bytes, fonts embedded, right-to-left names in reading order"

    def export_door() -> str:
        """A consent and its form through the export door: the form texts are bundled, the
        gate and the disclosure log work, and the register's own file is refused."""
        from desktop.core.consent import INFORMATION_SHARING, Consent, last_valid_day
        from desktop.db.consent import ConsentRepository
        from desktop.db.participants import ParticipantRepository
        from desktop.services.consent_documents import ConsentFormDocument
        from desktop.services.exports import ExportRefused, run_export

        register = open_register()
        (person_id,) = ParticipantRepository(register).people()
        consents = ConsentRepository(register)
        today = register.today()
        consent = consents.add(
            Consent(
                person_id,
                INFORMATION_SHARING,
                frozenset({"ifo"}),
                frozenset({"action_plan"}),
                today,
                last_valid_day(today),
                purpose="Självtest",
            )
        )
        require(consents.gate().decide(person_id, "ifo", "action_plan").allowed, "gate")
        document = ConsentFormDocument(person_id, consent.id)
        result = run_export(register, document, folder / "samtycke.pdf")
        require(result.path.read_bytes().startswith(b"%PDF"), "consent form")
        require(len(consents.disclosures(person_id)) == 1, "disclosure log")
        try:
            run_export(register, document, path)
        except ExportRefused:
            pass
        else:
            raise SelfTestFailure("an export was written onto the register")
        return f"consent form {result.size} bytes, gate, disclosure log, register protected"

    def xlsx() -> str:
        from openpyxl import load_workbook

        from desktop.reports.workbook import WorkbookBuilder

        book = WorkbookBuilder()
        book.add_sheet("Test", ["Namn", "Antal"], [["=1+1", 2], ["Åsa", 3]])
        sheet = load_workbook(io.BytesIO(book.to_bytes())).active
        if sheet is None:
            raise SelfTestFailure("no sheet")
        require(sheet["A2"].value == "=1+1" and sheet["A2"].data_type == "s")
        require(sheet["B3"].value == 3)
        return ""

    def window() -> str:
        from desktop import i18n
        from desktop.localconfig import LocalConfig
        from desktop.ui.app import App, AppOptions, create_qapplication

        register = state.pop("register", None)
        if isinstance(register, Register):
            register.close()
        create_qapplication()
        i18n.install("sv")
        app = App(AppOptions(register_path=path, config=LocalConfig(folder / "settings.json")))
        app.start()
        sign_in = app.sign_in_window
        if sign_in is None:
            raise SelfTestFailure("no sign-in window")
        image = sign_in.grab().toImage()
        require(image.width() > 200, "window not drawn")
        require(sign_in.sign_in_button.text() != "&Sign in", "Swedish translation not loaded")
        from PySide6.QtCore import QCoreApplication

        # Qt's own catalogue (qtbase_sv.qm), which the file dialogs' buttons come from.
        opened = QCoreApplication.translate("QFileDialog", "&Open")
        require(opened != "&Open", "Qt's own Swedish (qtbase_sv.qm) not loaded")
        app.shutdown()
        sign_in.close()
        from desktop.ui.main_window import MainWindow

        with Register.open(path, "kontroll", PASSWORD) as register:
            window = MainWindow(register)
            for section in window.sections:
                window.show_section(section.key)
                require(window.grab().width() > 200, f"section {section.key} not drawn")
            window.close()
            drawn = len(window.sections)
        return f"Swedish sign-in window and {drawn} sections drawn offscreen"

    def programme_rules() -> str:
        # Parts that load data or modules at run time, which a frozen build can miss: Swedish
        # public holidays, organisation numbers, the draw, the OSA limit.
        from desktop.core.drugtests import (
            DrugTestSettings,
            Schedule,
            ScheduleKind,
            draw_day,
            is_staffed,
        )
        from desktop.core.osa import EmployerType, Placement, Workplace
        from desktop.core.path import Phase
        from desktop.core.settings import FieldError

        settings = DrugTestSettings()
        require(not is_staffed(date(2026, 12, 25), settings), "Christmas Day not a holiday")
        require(is_staffed(date(2026, 12, 28), settings), "an ordinary Monday not staffed")
        workplace = Workplace("Test", EmployerType.MUNICIPAL, org_number="2120001355").validated()
        require(workplace.org_number == "212000-1355", "organisation number")
        schedule = Schedule(
            1,
            ScheduleKind.RANDOM,
            date(2026, 1, 1),
            min_per_week=1,
            max_per_week=2,
            target_per_week=1.5,
        )
        draw = draw_day(date(2026, 12, 28), [schedule], {1: Phase.PHASE_1}, [], settings)
        require(draw.eligible == (1,), "draw")
        try:
            Placement(1, 1, date(2026, 1, 1), date(2027, 6, 1)).validated()
        except FieldError:
            pass
        else:
            raise SelfTestFailure("the 12-month rule")
        return "holidays, draw, organisation numbers, OSA limit"

    for name, step in (
        ("programme rules", programme_rules),
        ("create register", create),
        ("unlock", unlock),
        ("write and read", write_and_read),
        ("encrypted", encrypted),
        ("audit chain", audit_chain),
        ("PDF", pdf),
        ("export door", export_door),
        ("xlsx", xlsx),
        ("window", window),
    ):
        check(name, step)
    register = state.get("register")
    if isinstance(register, Register) and register.is_open:
        register.close()
