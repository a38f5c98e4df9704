"""Progress sheets (issue 14) for 50 enrolled people, each with about ten months of weekly drug
tests, goals, notes, recovery-capital check-ins and an OSA placement: the time for one person's
sheet (PDF and Excel, the staff version with the notes, through the export door: read, computed,
rendered, written and logged), and for a batch of 50 (one file per person into a folder, and one
combined PDF to print). The baseline, measured in the same run, is one trivial PDF from the same
base (a title and a line), so each ratio says how many "empty PDFs" the work costs."""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

PEOPLE = int(os.environ.get("FARDVAG_BENCH_PEOPLE", "50"))
NOW = datetime(2026, 11, 24, 9, tzinfo=UTC)
TODAY = NOW.date()
ROUNDS = 5


def build(path: Path) -> list[int]:
    from desktop.core.consent import INFORMATION_SHARING, Consent
    from desktop.core.drugtests import Method, Outcome, Substance, SubstanceValue, TestResult
    from desktop.core.osa import AfterOsaPlan, EmployerType, NextStep, Placement, Workplace
    from desktop.core.path import EventKind, PathEvent
    from desktop.core.records import (
        CapitalCheckin,
        Goal,
        GoalStatus,
        LifeArea,
        Note,
        NoteCategory,
        Person,
        Responsible,
    )
    from desktop.core.settings import UnitSettings
    from desktop.db.consent import ConsentRepository
    from desktop.db.drugtests import DrugTestRepository
    from desktop.db.keyslots import KdfParams
    from desktop.db.osa import OsaRepository
    from desktop.db.participants import ParticipantRepository
    from desktop.db.register import Register
    from desktop.db.settings import save_settings

    register, _ = Register.create(
        path, username="bench", password="mätning-lösen-1", kdf=KdfParams.cheap()
    )
    register._clock = lambda: NOW
    save_settings(register, UnitSettings(unit_name="Chansen", municipality="Borås stad"))
    people = ParticipantRepository(register)
    start = date(2026, 1, 12)
    batch = []
    for n in range(PEOPLE):
        referral = start - timedelta(days=20 + n % 7)
        events = [
            PathEvent(EventKind.REFERRAL, referral, {"referrer_type": "probation"}),
            PathEvent(EventKind.SECURITY_CONSENT, referral),
            PathEvent(EventKind.SECURITY_RESULT, referral, {"result": "clear"}),
            PathEvent(EventKind.MAPPING_INTERVIEW, referral),
            PathEvent(EventKind.DECISION, referral, {"enrolled": True}),
            PathEvent(EventKind.ENROLMENT, start, {"contract_signed": True}),
            PathEvent(EventKind.PHASE_CHANGE, start + timedelta(days=70), {"phase": "phase_2"}),
        ]
        batch.append((Person(f"Deltagare{n}", f"Test{n}", responsible="bench"), events))
    ids = [p.id for p in people.create_many(batch, today=TODAY) if p.id is not None]
    tests = DrugTestRepository(register)
    osa = OsaRepository(register)
    workplace = osa.save_workplace(Workplace("Återbruket", EmployerType.MUNICIPAL, places=PEOPLE))
    assert workplace.id is not None
    consents = ConsentRepository(register)
    for n, person_id in enumerate(ids):
        for g in range(4):
            people.save_goal(
                person_id,
                Goal(
                    list(LifeArea)[g],
                    f"Mål {g + 1} för deltagare {n}: ett steg i taget",
                    Responsible.PARTICIPANT,
                    due=TODAY + timedelta(days=30 * g - 40),
                    status=GoalStatus.DONE if g == 0 else GoalStatus.ONGOING,
                ),
            )
        for k in range(10):
            people.add_note(
                person_id,
                Note(
                    start + timedelta(days=25 * k),
                    NoteCategory.CONVERSATION,
                    "Samtal om veckan, arbetet och boendet. " * 12,
                ),
            )
        for k in range(6):
            people.add_checkin(
                person_id,
                CapitalCheckin(start + timedelta(days=50 * k), 1 + k % 5, 2, 1 + k // 2, 3),
            )
        value = 400.0
        for week in range(44):
            day = datetime.combine(start + timedelta(days=7 * week + n % 5), datetime.min.time())
            if week % 9 == 8:
                tests.add_result(TestResult(person_id, day, Method.URINE, Outcome.NO_SHOW))
                continue
            value *= 0.8
            tests.add_result(
                TestResult(
                    person_id,
                    day,
                    Method.URINE,
                    values=(
                        SubstanceValue(
                            Substance.CANNABIS, value > 50, round(value, 1), "ng/ml", 50.0
                        ),
                        SubstanceValue(Substance.AMPHETAMINE, False, None, "ng/ml", 200.0),
                        SubstanceValue(Substance.COCAINE, False, None, "ng/ml", 150.0),
                    ),
                )
            )
        placement = osa.save_placement(
            Placement(
                person_id, workplace.id, TODAY - timedelta(days=100), TODAY + timedelta(days=200)
            )
        )
        assert placement.id is not None
        osa.start_placement(placement.id)
        osa.save_plan(placement.id, AfterOsaPlan(NextStep.JOB_SEARCH_AF, "AF Borås"))
        consents.add(
            Consent(
                person_id,
                INFORMATION_SHARING,
                frozenset({"af"}),
                frozenset({"action_plan", "osa"}),
                TODAY - timedelta(days=60),
                TODAY + timedelta(days=300),
                purpose="Arbete genom Chansen",
            )
        )
    register.close()
    return ids


def timed(work) -> float:  # type: ignore[no-untyped-def]
    began = time.perf_counter()
    work()
    return time.perf_counter() - began


def main() -> None:
    from desktop.core.progress_sheet import Version
    from desktop.db.keyslots import KdfParams
    from desktop.db.register import Register
    from desktop.reports.pdf import DocumentInfo, PdfDocument, styles
    from desktop.services.exports import run_export
    from desktop.services.progress_documents import (
        CombinedProgressDocument,
        ProgressSheetDocument,
        ProgressWorkbookDocument,
        SheetOptions,
        export_batch,
    )

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.fardvag"
        began = time.perf_counter()
        ids = build(path)
        print(f"register with {len(ids)} people built in {time.perf_counter() - began:.1f} s")
        register = Register.open(path, "bench", "mätning-lösen-1", kdf=KdfParams.cheap())
        register._clock = lambda: NOW
        out = Path(folder) / "out"
        out.mkdir()

        from reportlab.platypus import Paragraph

        s = styles()

        def trivial() -> None:
            info = DocumentInfo("Baseline", "Chansen", TODAY)
            PdfDocument(info).render(
                [Paragraph("Titel", s["title"]), Paragraph("En rad.", s["body"])]
            )

        trivial()  # fonts registered, modules warm
        baseline = statistics.median(timed(trivial) for _ in range(ROUNDS * 4))
        staff = SheetOptions(Version.STAFF, include_notes=True)
        participant = SheetOptions(Version.PARTICIPANT)
        one_pdf = statistics.median(
            timed(
                lambda i=i: run_export(
                    register, ProgressSheetDocument(ids[i], staff), out / f"one-{i}.pdf"
                )
            )
            for i in range(ROUNDS)
        )
        one_participant = statistics.median(
            timed(
                lambda i=i: run_export(
                    register, ProgressSheetDocument(ids[i], participant), out / f"p-{i}.pdf"
                )
            )
            for i in range(ROUNDS)
        )
        one_xlsx = statistics.median(
            timed(
                lambda i=i: run_export(
                    register, ProgressWorkbookDocument(ids[i], staff), out / f"one-{i}.xlsx"
                )
            )
            for i in range(ROUNDS)
        )
        batch_folder = out / "batch"
        batch_folder.mkdir()
        batch = timed(lambda: export_batch(register, ids, staff, batch_folder))
        written = len(list(batch_folder.iterdir()))
        combined = timed(
            lambda: run_export(
                register, CombinedProgressDocument(ids, staff, name="alla"), out / "alla.pdf"
            )
        )
        pages = (out / "alla.pdf").stat().st_size
        register.close()

    def line(what: str, seconds: float) -> None:
        print(f"{what:<52} {seconds * 1000:8.0f} ms   {seconds / baseline:7.0f} × baseline")

    print(f"baseline: one trivial PDF (title and a line)        {baseline * 1000:8.1f} ms")
    line("one sheet, staff PDF with notes (median)", one_pdf)
    line("one sheet, participant PDF (median)", one_participant)
    line("one sheet, staff Excel (median)", one_xlsx)
    line(f"batch of {len(ids)}: one PDF per person into a folder", batch)
    line(f"batch of {len(ids)}: one combined PDF ({pages // 1024} kB)", combined)
    print(f"files written by the batch: {written}")


if __name__ == "__main__":
    main()
