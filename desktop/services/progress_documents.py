"""Progress sheets (issue 14) and the action plan with the contract (R3), each a `Document` for
the one export door, for the window and the command line alike.

- `ProgressSheetDocument` / `ProgressWorkbookDocument`: one person's sheet as PDF or Excel, the
  staff version (stays in the unit: INTERNAL) or the participant version (goes to the person:
  DATA_SUBJECT). Both are logged as disclosures with the data categories they hold.
- `CombinedProgressDocument`: the sheets of a group (or everyone enrolled) in one PDF.
- `export_batch`: one file per person into a folder, each through the door, with progress and
  cancel between people; what was written before a cancel stays written (and logged).
- `ContractDocument`: the action plan with the contract, to sign, in the words an administrator
  chose (desktop/core/forms.py, `ContractTexts`).

Everything a batch reads is loaded once (`SheetData`), so 50 sheets cost 50 renderings, not 50
times every query."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from desktop.core.consent import DATA_SUBJECT, INTERNAL
from desktop.core.drugtests import TestResult
from desktop.core.errors import AppError, Cancelled
from desktop.core.forms import ContractTexts
from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.core.labels import label
from desktop.core.osa import Placement
from desktop.core.path import Status, participation_limit, replay
from desktop.core.progress import NO_PROGRESS, Progress
from desktop.core.progress_sheet import (
    DRUG_TESTS,
    PLAN,
    Period,
    ProgressSheet,
    SheetInput,
    Version,
    build_sheet,
    default_period,
    schedule_words,
)
from desktop.core.records import GoalStatus
from desktop.db.consent import ConsentRepository
from desktop.db.drugtests import DrugTestRepository
from desktop.db.forms import load_contract_texts
from desktop.db.osa import OsaRepository
from desktop.db.participants import ParticipantRepository
from desktop.db.register import Register
from desktop.db.settings import load_settings
from desktop.reports.contract import ContractData, ContractGoal, render_contract
from desktop.reports.progress_pdf import render_progress_pdf
from desktop.reports.progress_xlsx import render_progress_xlsx
from desktop.services.exports import (
    Document,
    ExportResult,
    ExportSource,
    Included,
    Rendered,
    run_export,
)

BATCH_BY_PERSON_MAX = 500  # up to this many people, read results person by person


def _t(source: str) -> str:
    return translate("ProgressSheet", source)


class NobodyChosen(AppError):
    message = QT_TRANSLATE_NOOP("AppError", "Nobody to make a progress sheet for.")


class PeriodBackwards(AppError):
    message = QT_TRANSLATE_NOOP("AppError", "The period ends before it starts.")


@dataclass(frozen=True)
class SheetOptions:
    version: Version = Version.STAFF
    period: Period | None = None  # None: each person's current enrolment up to today
    include_notes: bool = False  # the staff version only

    def checked(self) -> SheetOptions:
        if self.period is not None and self.period.end < self.period.start:
            raise PeriodBackwards()
        return self

    @property
    def recipient(self) -> str:
        return INTERNAL if self.version is Version.STAFF else DATA_SUBJECT


# ====================================================================== reading once


@dataclass
class SheetData:
    """What the sheets of `person_ids` read, loaded once: the repositories' bulk reads, and
    each person's notes and check-ins."""

    register: Register
    person_ids: Sequence[int]
    _inputs: dict[int, SheetInput] = field(default_factory=dict)

    def __post_init__(self) -> None:
        register = self.register
        wanted = list(dict.fromkeys(self.person_ids))
        people_repo = ParticipantRepository(register)
        people = people_repo.people(wanted)
        missing = [p for p in wanted if p not in people]
        if missing:
            raise AppError(QT_TRANSLATE_NOOP("AppError", "That person is not in the register."))
        # One person: that person's rows; a batch: everyone's at once, sorted out here.
        one = wanted[0] if len(wanted) == 1 else None
        tests = DrugTestRepository(register)
        osa = OsaRepository(register)
        consents = ConsentRepository(register)
        if one is not None:
            paths = {one: people_repo.events(one)}
            all_results = tests.results(one)
            all_placements = osa.placements(one)
            by_person = {one: consents.consents(one)}
        else:
            paths = people_repo.all_paths()
            # A batch of a group reads its people's results, not every result in the register
            # (486,000 at 10,000 people); everyone enrolled reads them all at once.
            all_results = (
                [r for person_id in wanted for r in tests.results(person_id)]
                if len(wanted) <= BATCH_BY_PERSON_MAX
                else tests.results()
            )
            all_placements = osa.placements()
            by_person = consents.consents_by_person()
        goals = people_repo.all_goals(wanted)
        groups = {g.id: g.name for g in people_repo.groups() if g.id is not None}
        results: dict[int, list[TestResult]] = {}
        for result in all_results:
            if result.person_id in people:
                results.setdefault(result.person_id, []).append(result)
        schedules = {s.person_id: s for s in tests.schedules()}
        self.tolerance = tests.settings().trend_tolerance
        placements: dict[int, list[Placement]] = {}
        for placement in all_placements:
            if placement.person_id in people:
                placements.setdefault(placement.person_id, []).append(placement)
        workplaces = {w.id: w.name for w in osa.workplaces() if w.id is not None}
        closings = consents.discharge_days(wanted)
        options = consents.options()
        unit_names = {c.code: c.shown() for c in options.units}
        users = {u.username: u.display_name or u.username for u in register.users()}
        self.settings = load_settings(register)
        for person_id in wanted:
            self._inputs[person_id] = SheetInput(
                person=people[person_id],
                events=tuple(paths.get(person_id, ())),
                goals=tuple(goals.get(person_id, ())),
                notes=tuple(people_repo.notes(person_id)),
                checkins=tuple(people_repo.checkins(person_id)),
                results=tuple(results.get(person_id, ())),
                schedule=schedules.get(person_id),
                placements=tuple(placements.get(person_id, ())),
                consents=tuple(by_person.get(person_id, ())),
                closings=tuple(closings.get(person_id, ())),
                workplaces=workplaces,
                groups=groups,
                users=users,
                unit_names=unit_names,
                trend_tolerance=self.tolerance,
            )

    def input(self, person_id: int) -> SheetInput:
        return self._inputs[person_id]

    def internal_no(self, person_id: int) -> str:
        return self._inputs[person_id].person.internal_no

    def sheet(self, person_id: int, options: SheetOptions, day: date) -> ProgressSheet:
        data = self._inputs[person_id]
        period = options.period or default_period(data.events, day)
        return build_sheet(
            data,
            version=options.version,
            period=period,
            made_on=day,
            unit_name=self.settings.unit_name,
            include_notes=options.include_notes and options.version is Version.STAFF,
        )


def file_name(internal_no: str, options: SheetOptions, day: date, suffix: str) -> str:
    """`utvecklingsblad-2026-007-2026-11-23.pdf`; the participant's copy says so. Internal
    number and date only: a file name is seen by whoever sees the folder."""
    end = options.period.end if options.period is not None else day
    who = "-deltagare" if options.version is Version.PARTICIPANT else ""
    return f"utvecklingsblad{who}-{internal_no}-{end.isoformat()}{suffix}"


def _included(source: ExportSource, sheet: ProgressSheet) -> Included:
    allowed = source.permitted(sheet.person_id, sheet.categories)
    return Included(sheet.person_id, allowed)


# ====================================================================== one person


class ProgressSheetDocument(Document):
    """One person's progress sheet as a PDF."""

    kind = "progress_sheet"
    suffix = ".pdf"

    def __init__(
        self,
        person_id: int,
        options: SheetOptions = SheetOptions(),
        *,
        internal_no: str = "",
        data: SheetData | None = None,
        day: date | None = None,  # the register's today, for the file name
    ) -> None:
        self.person_id = person_id
        self.options = options.checked()
        self.internal_no = internal_no or (data.internal_no(person_id) if data else "")
        self.data = data
        self.day = day or (data.register.today() if data is not None else date.today())
        self.recipient = self.options.recipient

    def subject(self) -> str:
        return str(self.person_id)

    def default_name(self) -> str:
        return file_name(
            self.internal_no or str(self.person_id), self.options, self.day, self.suffix
        )

    def _sheet(self, source: ExportSource) -> ProgressSheet:
        data = self.data
        if data is None or data.register is not source.register:
            data = SheetData(source.register, [self.person_id])
        sheet = data.sheet(self.person_id, self.options, source.day)
        self.internal_no = sheet.internal_no
        return sheet

    def build(self, source: ExportSource, progress: Progress) -> Rendered:
        sheet = self._sheet(source)
        progress.check()
        return Rendered(render_progress_pdf([sheet]), (_included(source, sheet),))


class ProgressWorkbookDocument(ProgressSheetDocument):
    """The same sheet as an Excel workbook."""

    suffix = ".xlsx"

    def build(self, source: ExportSource, progress: Progress) -> Rendered:
        sheet = self._sheet(source)
        progress.check()
        return Rendered(render_progress_xlsx(sheet), (_included(source, sheet),))


def progress_document(
    person_id: int, options: SheetOptions, out: Path | str, **kwargs: object
) -> ProgressSheetDocument:
    """The PDF or the workbook, as the file name's ending says (.xlsx for Excel)."""
    if str(out).casefold().endswith(".xlsx"):  # a file name, or the ending alone
        return ProgressWorkbookDocument(person_id, options, **kwargs)  # type: ignore[arg-type]
    return ProgressSheetDocument(person_id, options, **kwargs)  # type: ignore[arg-type]


# ====================================================================== many people


def enrolled_people(register: Register) -> list[int]:
    """Everyone enrolled today, by internal number."""
    people = ParticipantRepository(register).people()
    return [
        pid
        for pid, p in sorted(people.items(), key=lambda item: item[1].internal_no)
        if p.status is Status.ENROLLED
    ]


def group_members(register: Register, group_id: int) -> list[int]:
    """The people in a group (as their latest enrolment placed them), by internal number."""
    people = ParticipantRepository(register).people()
    return [
        pid
        for pid, p in sorted(people.items(), key=lambda item: item[1].internal_no)
        if p.group_id == group_id
    ]


class CombinedProgressDocument(Document):
    """The sheets of several people in one PDF, each from a fresh page with its own page
    numbers, in the order given."""

    kind = "progress_sheet"
    suffix = ".pdf"

    def __init__(
        self,
        person_ids: Sequence[int],
        options: SheetOptions = SheetOptions(),
        *,
        name: str = "",  # what the batch is, for the file and the audit log: "grupp-3"
        data: SheetData | None = None,
        day: date | None = None,  # the register's today, for the file name
    ) -> None:
        if not person_ids:
            raise NobodyChosen()
        self.person_ids = list(person_ids)
        self.options = options.checked()
        self.name = name or "urval"
        self.data = data
        self.day = day or (data.register.today() if data is not None else date.today())
        self.recipient = self.options.recipient

    def subject(self) -> str:
        return f"{self.name} ({len(self.person_ids)})"

    def default_name(self) -> str:
        end = self.options.period.end if self.options.period is not None else self.day
        who = "-deltagare" if self.options.version is Version.PARTICIPANT else ""
        return f"utvecklingsblad{who}-{self.name}-{end.isoformat()}.pdf"

    def build(self, source: ExportSource, progress: Progress) -> Rendered:
        data = self.data
        if data is None or data.register is not source.register:
            data = SheetData(source.register, self.person_ids)
        total = len(self.person_ids)
        sheets = []
        for done, person_id in enumerate(self.person_ids):
            progress.check()
            sheet = data.sheet(person_id, self.options, source.day)
            progress.report(done, total * 2, sheet.internal_no)
            sheets.append(sheet)
        words = sheets[0].words.title

        def laid_out(fraction: float) -> None:
            progress.check()
            progress.report(total + int(fraction * total), total * 2, "")

        pdf = render_progress_pdf(sheets, f"{words} {self.name}", on_progress=laid_out)
        progress.report(total * 2, total * 2, "")
        return Rendered(pdf, tuple(_included(source, s) for s in sheets))


@dataclass(frozen=True)
class BatchResult:
    written: tuple[Path, ...]
    people: int
    cancelled: bool = False


def export_batch(
    register: Register,
    person_ids: Sequence[int],
    options: SheetOptions,
    folder: Path,
    *,
    workbook: bool = False,
    progress: Progress = NO_PROGRESS,
) -> BatchResult:
    """One file per person into `folder`, each through the export door (its own audit entry
    and disclosure line). Cancelling stops before the next person: what was written stays,
    logged, and the result says how far it came."""
    if not person_ids:
        raise NobodyChosen()
    options = options.checked()
    data = SheetData(register, person_ids)
    written: list[Path] = []
    total = len(person_ids)
    suffix = ".xlsx" if workbook else ".pdf"
    for done, person_id in enumerate(person_ids):
        internal_no = data.internal_no(person_id)
        progress.report(done, total, internal_no)
        try:
            progress.check()
            document = progress_document(
                person_id, options, suffix, internal_no=internal_no, data=data
            )
            result: ExportResult = run_export(
                register, document, folder / document.default_name(), progress=progress
            )
        except Cancelled:
            return BatchResult(tuple(written), len(written), cancelled=True)
        written.append(result.path)
    progress.report(total, total, "")
    return BatchResult(tuple(written), len(written))


def batch_names(
    register: Register, person_ids: Sequence[int], options: SheetOptions, *, workbook: bool
) -> list[str]:
    """The file names a batch into a folder will write, to ask before replacing any."""
    people = ParticipantRepository(register).people(person_ids)
    day = register.today()
    suffix = ".xlsx" if workbook else ".pdf"
    return [
        file_name(people[p].internal_no, options, day, suffix) for p in person_ids if p in people
    ]


# ====================================================================== the contract


def contract_data(register: Register, person_id: int | None, language: str) -> ContractData:
    """The action plan with the contract for `person_id` (or blank, to fill in by hand): the
    goals not yet done, the drug-test schedule in words, and the unit's texts."""
    settings = load_settings(register)
    texts: ContractTexts = load_contract_texts(register, language)
    day = register.today()
    if person_id is None:
        filled = texts.filled(
            {"unit": settings.unit_name, "municipality": settings.municipality, "valid_until": "…"}
        )
        return ContractData(filled, settings.unit_name, day)
    people = ParticipantRepository(register)
    person = people.get(person_id)
    state = replay(people.events(person_id))
    limit = participation_limit(state)
    start = state.current_period.start if state.current_period else None
    users = {u.username: u.display_name or u.username for u in register.users()}
    goals = tuple(
        ContractGoal(
            label(g.life_area),
            g.description,
            label(g.responsible) + (f" ({g.responsible_name})" if g.responsible_name else ""),
            g.due,
        )
        for g in people.goals(person_id)
        if g.status in (GoalStatus.PLANNED, GoalStatus.ONGOING)
    )
    schedule = DrugTestRepository(register).schedule(person_id)
    filled = texts.filled(
        {
            "unit": settings.unit_name,
            "municipality": settings.municipality,
            "valid_until": limit.isoformat() if limit else "…",
        }
    )
    return ContractData(
        filled,
        settings.unit_name,
        day,
        participant_name=person.name,
        personnummer=person.personnummer_display,
        internal_no=person.internal_no,
        start=start,
        contact_person=users.get(person.responsible, person.responsible),
        goals=goals,
        schedule=schedule_words(schedule) if schedule is not None else "",
    )


class ContractDocument(Document):
    """The action plan with the contract the participant signs (R3). It goes to the person,
    and names their goals and drug-test schedule."""

    kind = "action_plan_contract"
    suffix = ".pdf"

    def __init__(
        self, person_id: int | None, language: str = "sv", *, internal_no: str = ""
    ) -> None:
        self.person_id = person_id
        self.language = language
        self.internal_no = internal_no
        self.recipient = DATA_SUBJECT

    def subject(self) -> str:
        return str(self.person_id) if self.person_id is not None else "blank"

    def default_name(self) -> str:
        if self.person_id is None:
            return "atgardsplan-kontrakt-blankett.pdf"
        return f"atgardsplan-kontrakt-{self.internal_no or self.person_id}.pdf"

    def build(self, source: ExportSource, progress: Progress) -> Rendered:
        data = contract_data(source.register, self.person_id, self.language)
        self.internal_no = data.internal_no or self.internal_no
        progress.check()
        pdf = render_contract(data)
        if self.person_id is None:
            return Rendered(pdf)
        categories = {PLAN} | ({DRUG_TESTS} if data.schedule else set())
        allowed = source.permitted(self.person_id, categories)
        return Rendered(pdf, (Included(self.person_id, allowed),))
