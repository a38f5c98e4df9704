"""One week's ambassador summaries for 10 ambassadors with 50 named participants each: the time
from the button to every file written (the week read once, each ambassador's summary computed,
rendered, written and logged through the export door, and the combined file to print). The
baseline, measured in the same run, is one trivial PDF from the same base (a title and a line),
so the ratio says how many "empty PDFs" the whole week costs. Goal from the issue: under 2 s."""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

UNITS = ("ifo", "income_support", "af", "frivarden", "home_municipality")
AMBASSADORS_PER_UNIT = 2  # 10 ambassadors
PER_UNIT = int(os.environ.get("FARDVAG_BENCH_PER_UNIT", "50"))  # named in each summary
NOW = datetime(2026, 11, 24, 9, tzinfo=UTC)
TODAY = NOW.date()
WEEK = "2026-W47"
ROUNDS = 3


def build(path: Path) -> None:
    from desktop.core.ambassadors import Ambassador
    from desktop.core.consent import INFORMATION_SHARING, Consent
    from desktop.core.drugtests import Method, Outcome, Substance, SubstanceValue, TestResult
    from desktop.core.path import EventKind, PathEvent
    from desktop.core.records import FollowUp, Goal, LifeArea, Need, Person, Responsible
    from desktop.core.settings import UnitSettings
    from desktop.db.ambassadors import AmbassadorRepository
    from desktop.db.consent import ConsentRepository
    from desktop.db.drugtests import DrugTestRepository
    from desktop.db.keyslots import KdfParams
    from desktop.db.participants import ParticipantRepository
    from desktop.db.register import Register
    from desktop.db.settings import save_settings

    register, _ = Register.create(
        path, username="bench", password="mätning-lösen-1", kdf=KdfParams.cheap()
    )
    register._clock = lambda: NOW
    save_settings(register, UnitSettings(unit_name="Chansen", municipality="Borås stad"))
    people = ParticipantRepository(register)
    batch = []
    start = date(2026, 9, 1)
    before = start - timedelta(days=20)
    for n in range(PER_UNIT * len(UNITS)):
        events = [
            PathEvent(EventKind.REFERRAL, before, {"referrer_type": "probation"}),
            PathEvent(EventKind.SECURITY_CONSENT, before),
            PathEvent(EventKind.SECURITY_RESULT, before, {"result": "clear"}),
            PathEvent(EventKind.MAPPING_INTERVIEW, before),
            PathEvent(EventKind.DECISION, before, {"enrolled": True}),
            PathEvent(EventKind.ENROLMENT, start, {"contract_signed": True}),
            PathEvent(EventKind.PHASE_CHANGE, date(2026, 11, 16 + n % 5), {"phase": "phase_2"}),
        ]
        person = Person(
            f"Deltagare{n:03d}", "Mätsson", needs=frozenset({Need.HOUSING, Need.INCOME})
        )
        batch.append((person, events))
    created = people.create_many(batch, today=TODAY)
    consents = ConsentRepository(register)
    tests = DrugTestRepository(register)
    partner = {
        "ifo": "IFO Borås stad",
        "income_support": "Försörjningsenheten",
        "af": "Arbetsförmedlingen",
        "frivarden": "Frivården Borås",
        "home_municipality": "Hemkommunen",
    }
    for n, person in enumerate(created):
        unit = UNITS[n % len(UNITS)]
        person_id = person.id or 0
        consents.add(
            Consent(
                person_id,
                INFORMATION_SHARING,
                frozenset({unit}),
                frozenset({"action_plan", "drug_tests", "osa"}),
                date(2026, 11, 1),
                date(2027, 10, 31),
                purpose="Etablering på arbetsmarknaden",
            )
        )
        people.save_goal(
            person_id,
            Goal(
                LifeArea.HOUSING,
                "Ansöka om bostad med förtur",
                Responsible.PARTNER,
                partner[unit],
                date(2026, 12, 15),
                follow_ups=(FollowUp(date(2026, 11, 30)),),
            ),
        )
        for day, positive in ((17, n % 3 == 0), (20, False)):
            tests.add_result(
                TestResult(
                    person_id,
                    datetime(2026, 11, day, 9, 30),
                    Method.URINE,
                    Outcome.RESULT,
                    values=(
                        SubstanceValue(Substance.CANNABIS, positive, 30.0 if positive else None),
                    ),
                )
            )
    store = AmbassadorRepository(register)
    for unit in UNITS:
        for k in range(AMBASSADORS_PER_UNIT):
            store.save(Ambassador(f"Ambassadör {unit} {k + 1}", unit))
    register.close()


def main() -> None:
    from desktop.core.ambassadors import IsoWeek
    from desktop.db.register import Register
    from desktop.reports.pdf import DocumentInfo, PdfDocument, paragraphs, styles
    from desktop.services.ambassador_documents import send_week

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.fardvag"
        started = time.perf_counter()
        build(path)
        print(
            f"built {PER_UNIT * len(UNITS)} participants, {AMBASSADORS_PER_UNIT * len(UNITS)} "
            f"ambassadors in {time.perf_counter() - started:.1f} s"
        )
        register = Register.open(path, "bench", "mätning-lösen-1")
        register._clock = lambda: NOW
        week = IsoWeek.parse(WEEK)
        s = styles()
        info = DocumentInfo("Benchmark", "Chansen", TODAY)
        PdfDocument(info).render(paragraphs(s["body"], "warm-up"))  # fonts registered once
        baseline, timings = [], []
        pages = 0
        for round_ in range(ROUNDS):
            t0 = time.perf_counter()
            PdfDocument(info).render(
                [*paragraphs(s["title"], "Weekly summary"), *paragraphs(s["body"], "One line.")]
            )
            baseline.append(time.perf_counter() - t0)
            out = Path(folder) / f"out{round_}"
            out.mkdir()
            t0 = time.perf_counter()
            result = send_week(register, week, out)
            timings.append(time.perf_counter() - t0)
            from pypdf import PdfReader  # the test extra; only to report the page count

            pages = len(PdfReader(str(result.combined.path)).pages)
            named = {r.people for r in result.files}
        register.close()

    base, made = statistics.median(baseline), statistics.median(timings)
    print(f"trivial PDF, same base (baseline)        {base * 1000:8.1f} ms")
    print(
        f"week {WEEK}: 10 summaries + combined    {made * 1000:8.1f} ms   ratio {made / base:.0f}"
        f"   ({pages} pages to print; {sorted(named)} named per summary)"
    )
    print(f"goal: under 2 s -> {'met' if made < 2 else 'NOT met'}")


if __name__ == "__main__":
    main()
