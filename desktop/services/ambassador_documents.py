"""The weekly ambassador summaries through the one export door: a document per ambassador (the
recipient is the ambassador's unit, so the consent gate decides who is named and the disclosure
log gets a line per person and ambassador), one combined file to print, the drafts the window
shows before anything is sent, and the record of what was sent.

Sending writes the ambassadors' files one after another, then the combined file. A cancel stops
at the next file: those already written stay written, logged and recorded as sent (the window
says how many), and nothing half-written is left."""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from desktop.core.ambassadors import (
    Ambassador,
    Changes,
    IsoWeek,
    Permitted,
    SentSummary,
    Summary,
    WeekFacts,
    changes_since,
    checked_note,
    combined_file_name,
    file_number,
    summary_file_name,
    weekly_summary,
)
from desktop.core.consent import INTERNAL, ConsentOptions
from desktop.core.errors import AppError
from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.core.progress import NO_PROGRESS, Progress
from desktop.core.settings import FieldError
from desktop.db.ambassadors import AmbassadorRepository
from desktop.db.consent import ConsentGate, ConsentRepository
from desktop.db.register import Register
from desktop.db.settings import load_settings
from desktop.reports.ambassador_summary import render_summaries
from desktop.services.exports import (
    Document,
    ExportRefused,
    ExportResult,
    ExportSource,
    GateViolation,
    Included,
    Rendered,
    run_export,
)


class NoteRefused(FieldError):
    """The staff member's line for one ambassador cannot go (a personnummer, a name)."""

    def __init__(self, ambassador_id: int, refused: FieldError) -> None:
        super().__init__("note", refused.message, **refused.params)
        self.ambassador_id = ambassador_id


class NoAmbassadors(AppError):
    message = QT_TRANSLATE_NOOP(
        "AppError", "There is no active ambassador. Add the partner units' ambassadors first."
    )


def for_unit(gate: ConsentGate, unit: str) -> Permitted:
    """The gate's answer for one receiving unit, as `weekly_summary` asks it."""

    def permitted(person_id: int, categories: frozenset[str]) -> frozenset[str]:
        return gate.allowed(person_id, unit, categories)

    return permitted


def _made_by(register: Register) -> str:
    session = register.session
    return session.display_name or session.username


class AmbassadorSummaryDocument(Document):
    """One ambassador's summary of one week."""

    kind = "ambassador_summary"
    suffix = ".pdf"

    def __init__(
        self,
        facts: WeekFacts,
        ambassador: Ambassador,
        number: int,
        *,
        note: str = "",
        made_by: str = "",
        unit_name: str = "",
        options: ConsentOptions | None = None,
    ) -> None:
        self.facts = facts
        self.ambassador = ambassador
        self.number = number
        self.note = note
        self.made_by = made_by
        self.unit_name = unit_name
        self.options = options
        self.recipient = ambassador.unit
        self.summary: Summary | None = None  # what was built, once it has been
        self.sha256 = ""

    def subject(self) -> str:
        return f"{self.facts.week}:{self.ambassador.id}"

    def default_name(self) -> str:
        return summary_file_name(self.facts.week, self.ambassador.unit, self.number)

    def build(self, source: ExportSource, progress: Progress) -> Rendered:
        progress.check()
        summary = weekly_summary(
            self.facts, self.ambassador, source.permitted, self.options, made_by=self.made_by
        )
        try:
            summary = summary.with_note(self.note, self.facts.all_names)
        except FieldError as refused:
            raise NoteRefused(self.ambassador.id or 0, refused) from None
        data = render_summaries([summary], self.unit_name, source.day)
        self.summary, self.sha256 = summary, hashlib.sha256(data).hexdigest()
        return Rendered(data, tuple(Included(p, c) for p, c in summary.included()))


class CombinedSummariesDocument(Document):
    """The ambassadors' summaries, as just sent, in one file to print and hand out. It stays in
    the unit until the pages are handed over (recipient: the unit itself), so the door's own
    check is checked here for each part instead: everything a part holds must be what the gate
    allows for that part's unit, or nothing is written. (The parts are not computed again: the
    same summaries, the same words, and the week's rendering is the costly half.)"""

    kind = "ambassador_summaries"
    suffix = ".pdf"

    def __init__(self, week: IsoWeek, summaries: Sequence[Summary], *, unit_name: str = "") -> None:
        self.week = week
        self.summaries = tuple(summaries)
        self.unit_name = unit_name
        self.recipient = INTERNAL

    def subject(self) -> str:
        return str(self.week)

    def default_name(self) -> str:
        return combined_file_name(self.week)

    def build(self, source: ExportSource, progress: Progress) -> Rendered:
        held: dict[int, set[str]] = {}
        for summary in self.summaries:
            progress.check()
            unit = summary.ambassador.unit
            for person_id, categories in summary.included():
                refused = categories - source.gate.allowed(person_id, unit, categories)
                if refused:
                    raise GateViolation(
                        f"combined summary holds {sorted(refused)} about person {person_id} "
                        f"that the gate does not allow for {unit}"
                    )
                held.setdefault(person_id, set()).update(categories)
        data = render_summaries(self.summaries, self.unit_name, source.day)
        return Rendered(data, tuple(Included(p, frozenset(c)) for p, c in sorted(held.items())))


# ----------------------------------------------------------------------------- drafts


@dataclass(frozen=True)
class Draft:
    """One ambassador's summary as it would be sent now, and what changed since it was sent."""

    ambassador: Ambassador
    number: int
    summary: Summary
    sent: SentSummary | None = None
    changes: Changes | None = None

    @property
    def file_name(self) -> str:
        return summary_file_name(self.summary.week, self.ambassador.unit, self.number)


@dataclass(frozen=True)
class WeekDrafts:
    week: IsoWeek
    facts: WeekFacts
    drafts: tuple[Draft, ...]
    unit_name: str
    made_by: str

    def draft(self, ambassador_id: int) -> Draft | None:
        return next((d for d in self.drafts if d.ambassador.id == ambassador_id), None)

    def with_note(self, ambassador_id: int, note: str) -> WeekDrafts:
        """The drafts with one ambassador's line changed; a `FieldError` if it cannot go."""
        drafts = []
        for draft in self.drafts:
            if draft.ambassador.id == ambassador_id:
                summary = draft.summary.with_note(note, self.facts.all_names)
                changes = changes_since(draft.sent, summary) if draft.sent else None
                draft = replace(draft, summary=summary, changes=changes)
            drafts.append(draft)
        return replace(self, drafts=tuple(drafts))


def make_drafts(
    register: Register,
    week: IsoWeek,
    notes: Mapping[int, str] | None = None,
    *,
    progress: Progress = NO_PROGRESS,
) -> WeekDrafts:
    """Every active ambassador's summary for `week`, as sending it today would make it (the gate
    of today), with the changes since it was last sent. Showing them is logged as a view."""
    notes = notes or {}
    store = AmbassadorRepository(register)
    everyone = store.ambassadors()
    active = [a for a in everyone if a.active]
    progress.report(0, len(active) + 1)
    facts = store.week_facts(week)
    consent = ConsentRepository(register)
    gate, options = consent.gate(register.today()), consent.options()
    sent = store.last_sent(week)
    made_by = _made_by(register)
    drafts = []
    for n, ambassador in enumerate(active, start=1):
        progress.check()
        unit = ambassador.unit
        permitted = for_unit(gate, unit)

        summary = weekly_summary(facts, ambassador, permitted, options, made_by=made_by)
        note = notes.get(ambassador.id or 0, "")
        if note:
            # A line that cannot go is left out here; the window says why when it is edited.
            with contextlib.suppress(FieldError):
                summary = summary.with_note(note, facts.all_names)
        last = sent.get(ambassador.id or 0)
        drafts.append(
            Draft(
                ambassador,
                file_number(ambassador, everyone),
                summary,
                last,
                changes_since(last, summary) if last else None,
            )
        )
        progress.report(n, len(active) + 1)
    store.viewed(week)
    progress.report(len(active) + 1, len(active) + 1)
    return WeekDrafts(week, facts, tuple(drafts), load_settings(register).unit_name, made_by)


# ----------------------------------------------------------------------------- sending


@dataclass(frozen=True)
class SendResult:
    week: IsoWeek
    files: tuple[ExportResult, ...]  # one per ambassador
    combined: ExportResult
    sent: tuple[SentSummary, ...]
    summaries: tuple[Summary, ...] = ()  # as sent, for printing them
    # For each file: what changed since the same week was last sent to that ambassador (None:
    # not sent before).
    changes: tuple[Changes | None, ...] = ()

    @property
    def disclosures(self) -> int:
        """Lines written to the disclosure log for the ambassadors' files."""
        return sum(r.people for r in self.files)


def _checked_folder(folder: Path) -> Path:
    folder = Path(folder)
    if not folder.is_dir():
        raise ExportRefused(
            QT_TRANSLATE_NOOP(
                "AppError", "The folder {folder} does not exist. Choose a folder that does."
            ),
            folder=str(folder),
        )
    return folder


class SummaryWeek:
    """The week's summaries as the command line's `export ambassadors` writes them: several
    files, into a folder (where every other export writes one file)."""

    def __init__(self, week: IsoWeek) -> None:
        self.week = week

    def write(
        self, register: Register, folder: Path, progress: Progress = NO_PROGRESS
    ) -> SendResult:
        return send_week(register, self.week, folder, progress=progress)


def send_week(
    register: Register,
    week: IsoWeek,
    folder: Path,
    notes: Mapping[int, str] | None = None,
    *,
    progress: Progress = NO_PROGRESS,
) -> SendResult:
    """Write every active ambassador's summary of `week` into `folder`, then the combined file to
    print, each through the export door, and keep a record of each summary sent."""
    folder = _checked_folder(folder)
    notes = notes or {}
    store = AmbassadorRepository(register)
    everyone = store.ambassadors()
    active = [a for a in everyone if a.active]
    if not active:
        raise NoAmbassadors()
    total = len(active) + 2
    progress.report(
        0, total, translate("Ambassadors", QT_TRANSLATE_NOOP("Ambassadors", "Reading the week…"))
    )
    facts = store.week_facts(week)
    options = ConsentRepository(register).options()
    unit_name = load_settings(register).unit_name
    made_by = _made_by(register)
    # Every line typed by hand is checked before the first file is written.
    gate = ConsentRepository(register).gate(register.today())
    for ambassador in active:
        note = notes.get(ambassador.id or 0, "")
        if not note:
            continue
        unit = ambassador.unit
        permitted = for_unit(gate, unit)

        try:
            checked_note(
                note, weekly_summary(facts, ambassador, permitted, options), facts.all_names
            )
        except FieldError as refused:
            raise NoteRefused(ambassador.id or 0, refused) from None
    progress.report(1, total)
    files: list[ExportResult] = []
    sent: list[SentSummary] = []
    documents: list[AmbassadorSummaryDocument] = []
    changes: list[Changes | None] = []
    before = store.last_sent(week)
    for n, ambassador in enumerate(active, start=2):
        progress.report(
            n - 1,
            total,
            translate(
                "Ambassadors", QT_TRANSLATE_NOOP("Ambassadors", "Writing the summary for {name}…")
            ).format(name=ambassador.name),
        )
        document = AmbassadorSummaryDocument(
            facts,
            ambassador,
            file_number(ambassador, everyone),
            note=notes.get(ambassador.id or 0, ""),
            made_by=made_by,
            unit_name=unit_name,
            options=options,
        )
        result = run_export(register, document, folder / document.default_name(), progress=progress)
        files.append(result)
        documents.append(document)
        assert document.summary is not None
        last = before.get(ambassador.id or 0)
        changes.append(changes_since(last, document.summary) if last else None)
        sent.append(
            store.record_sent(
                SentSummary(
                    week=week,
                    ambassador_id=ambassador.id or 0,
                    unit=ambassador.unit,
                    sent_at=register.now(),
                    sent_by=register.session.username,
                    content_hash=document.summary.content_hash(),
                    content=document.summary.content(),
                    file_name=result.path.name,
                    file_sha256=document.sha256,
                    audit_seq=result.audit_seq,
                )
            )
        )
        progress.report(n, total)
    progress.report(
        total - 1,
        total,
        translate(
            "Ambassadors", QT_TRANSLATE_NOOP("Ambassadors", "Writing the combined file to print…")
        ),
    )
    summaries = [d.summary for d in documents if d.summary is not None]
    combined = CombinedSummariesDocument(week, summaries, unit_name=unit_name)
    combined_result = run_export(
        register, combined, folder / combined.default_name(), progress=progress
    )
    progress.report(total, total)
    return SendResult(
        week, tuple(files), combined_result, tuple(sent), tuple(summaries), tuple(changes)
    )
