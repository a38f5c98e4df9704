"""The steering group's workbook through the one export door, for the window's Rapporter and
the command line's `export steering`: the register read once, the figures computed by
desktop.core.steering, the workbook rendered, and the export's key figures kept for Historik.

Into the steering group's own workbook: when the target exists, its sheets named like ours are
replaced and every other sheet kept, after a copy of the original is written beside it. A
workbook holding what openpyxl cannot keep (charts, images, shapes, pivot tables, macros,
slicers, embedded objects) outside our sheets is never overwritten: the new workbook is written
beside it instead, and `SteeringTarget.kept_out` says why."""

from __future__ import annotations

import gc
import posixpath
import zipfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from openpyxl.xml.functions import fromstring

from desktop.core.consent import INTERNAL
from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.core.progress import NO_PROGRESS, Progress
from desktop.core.steering import (
    SHEET_NAMES,
    CostParameters,
    Period,
    SteeringFigures,
    SteeringInputs,
    definition_rows,
    history_entry,
    sheets,
    steering_figures,
    title_line,
)
from desktop.db.drugtests import DrugTestRepository
from desktop.db.files import atomic_write
from desktop.db.osa import OsaRepository
from desktop.db.participants import ParticipantRepository
from desktop.db.register import Register
from desktop.db.settings import load_settings
from desktop.db.steering import KIND, SteeringRepository, export_subject
from desktop.reports.steering_workbook import WorkbookTexts, render_steering_workbook
from desktop.services.exports import (
    Document,
    ExportRefused,
    ExportResult,
    ExportSource,
    Rendered,
    checked_target,
    run_export,
)

CONTEXT = "Steering"


def tr(text: str) -> str:
    # Strings marked QT_TRANSLATE_NOOP("Steering", …) are found under "Steering"; a literal passed
    # straight to this module-level tr() is filed by pyside6-lupdate under the empty context (as
    # in desktop/cli.py), so it is looked up there when "Steering" has no translation for it.
    translated = translate(CONTEXT, text)
    return translated if translated != text else translate("", text)


# ---------------------------------------------------------------------------------- reading


def load_inputs(register: Register, since: date, until: date) -> SteeringInputs:
    """Everything the figures from `since` to `until` are computed from, read in one go.
    Drug-test results count only by their test date within a period, so only those of the
    dates asked for are read, already added up per day as the figures count them
    (`DrugTestRepository.counted_days`): at 10,000 people, decoding every result ever took 14
    of the export's 20 seconds, and an object per result of the two years still one."""
    people = ParticipantRepository(register)
    with _no_cycle_collection():
        return SteeringInputs(
            paths=people.all_paths(),
            people=people.people(),
            placements=SteeringRepository(register).placements(since, until),
            workplaces=OsaRepository(register).workplaces(),
            test_days=DrugTestRepository(register).counted_days(since, until),
        )


def compute(
    register: Register,
    period: Period,
    *,
    parameters: CostParameters | None = None,
    progress: Progress = NO_PROGRESS,
) -> tuple[SteeringFigures, SteeringInputs]:
    """The period's figures as the register stands today (and what they were computed from,
    so a screen can open the people behind each number)."""
    progress.report(0, 3, tr("Reading the register…"))
    today = register.today()
    with _no_cycle_collection():
        # Both periods the figures compare: this one up to today, and the one before it.
        inputs = load_inputs(register, period.previous().since, min(period.until, today))
        progress.check()
        progress.report(1, 3, tr("Counting the figures…"))
        figures = steering_figures(
            inputs,
            period,
            today,
            parameters if parameters is not None else SteeringRepository(register).parameters(),
            progress=progress,
        )
    progress.report(2, 3)
    return figures, inputs


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector paused while the figures are read and counted. They make a few
    hundred thousand objects that stay alive until the figures are done and hold no cycles, and
    the collector went through all of them, and everything else the process holds, again and
    again: at 10,000 people 0.2-0.4 s of a 1.5 s export. Left as it was found (a caller may have
    paused it already); what was left for it is collected afterwards as usual."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# ------------------------------------------------------------------------ the steering group's


# What each part of a workbook that openpyxl drops is called, by its relationship type's last
# word (or the part's folder).
_LOST: dict[str, str] = {
    "chart": QT_TRANSLATE_NOOP("Steering", "charts"),
    "chartsheet": QT_TRANSLATE_NOOP("Steering", "charts"),
    "image": QT_TRANSLATE_NOOP("Steering", "images"),
    "drawing": QT_TRANSLATE_NOOP("Steering", "drawings or shapes"),
    "pivotTable": QT_TRANSLATE_NOOP("Steering", "pivot tables"),
    "pivotCacheDefinition": QT_TRANSLATE_NOOP("Steering", "pivot tables"),
    "vbaProject": QT_TRANSLATE_NOOP("Steering", "macros"),
    "oleObject": QT_TRANSLATE_NOOP("Steering", "embedded objects"),
    "package": QT_TRANSLATE_NOOP("Steering", "embedded objects"),
    "control": QT_TRANSLATE_NOOP("Steering", "form controls"),
    "ctrlProp": QT_TRANSLATE_NOOP("Steering", "form controls"),
    "slicer": QT_TRANSLATE_NOOP("Steering", "slicers"),
    "slicerCache": QT_TRANSLATE_NOOP("Steering", "slicers"),
    "timeline": QT_TRANSLATE_NOOP("Steering", "timelines"),
    "model": QT_TRANSLATE_NOOP("Steering", "a data model"),
}
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


class NotAWorkbook(ExportRefused):
    message = QT_TRANSLATE_NOOP(
        "AppError",
        "{name} is not an Excel workbook Färdväg can read, so it was left as it is. Choose "
        "another name, or a workbook saved as .xlsx.",
    )


def _rels(archive: zipfile.ZipFile, part: str) -> list[tuple[str, str]]:
    """(type's last word, target part) of a part's relationships."""
    folder, name = posixpath.split(part)
    path = posixpath.join(folder, "_rels", name + ".rels")
    if path not in archive.namelist():
        return []
    found = []
    for rel in fromstring(archive.read(path)).iter(_RELS):
        kind = rel.get("Type", "").rsplit("/", 1)[-1]
        target = rel.get("Target", "")
        if rel.get("TargetMode") == "External":
            found.append((kind, ""))
            continue
        full = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
        found.append((kind, posixpath.normpath(full)))
    return found


def unkeepable(path: Path, replaced: Iterable[str]) -> tuple[str, ...]:
    """What in the workbook at `path`, outside the sheets named in `replaced`, openpyxl would
    drop on saving: the kinds, translated, in a stable order; () when nothing would be lost.
    NotAWorkbook if it cannot be read as one."""
    ours = set(replaced)
    lost: set[str] = set()
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            if "xl/workbook.xml" not in names:
                raise NotAWorkbook(name=path.name)
            for name in names:
                if name.startswith(("xl/vbaProject", "xl/activeX/")) or name.endswith(".bin"):
                    lost.add(_LOST["vbaProject" if "vba" in name else "oleObject"])
                for folder, kind in (
                    ("xl/pivotCache/", "pivotCacheDefinition"),
                    ("xl/slicerCaches/", "slicerCache"),
                    ("xl/timelines/", "timeline"),
                    ("xl/model/", "model"),
                    ("xl/chartsheets/", "chartsheet"),
                    ("xl/embeddings/", "oleObject"),
                    ("xl/ctrlProps/", "ctrlProp"),
                ):
                    if name.startswith(folder):
                        lost.add(_LOST[kind])
            book = fromstring(archive.read("xl/workbook.xml"))
            targets = _workbook_rels(archive)
            for sheet in book.iter(_MAIN + "sheet"):
                if sheet.get("name") in ours:
                    continue
                part = targets.get(sheet.get(_R_ID, ""), "")
                for kind, target in _rels(archive, part):
                    if kind == "drawing":
                        inside = [k for k, _t in _rels(archive, target)]
                        lost.update(_LOST[k] for k in inside if k in _LOST)
                        if not inside or not set(inside) & {"chart", "image"}:
                            lost.add(_LOST["drawing"])
                    elif kind in _LOST:
                        lost.add(_LOST[kind])
    except (zipfile.BadZipFile, KeyError, OSError, SyntaxError, ValueError) as error:
        raise NotAWorkbook(name=path.name) from error
    return tuple(sorted({tr(text) for text in lost}))


def _workbook_rels(archive: zipfile.ZipFile) -> dict[str, str]:
    """The workbook's relationships: id → target part."""
    path = "xl/_rels/workbook.xml.rels"
    if path not in archive.namelist():
        return {}
    found = {}
    for rel in fromstring(archive.read(path)).iter(_RELS):
        target = rel.get("Target", "")
        full = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
        found[rel.get("Id", "")] = posixpath.normpath(full)
    return found


@dataclass(frozen=True)
class SteeringTarget:
    """Where the workbook goes: `path`; `base` the workbook whose other sheets it keeps (the
    same file), `copy` where the original is copied first; or, when the workbook named held
    what would be lost, a new file beside it and `kept_out` saying what."""

    path: Path
    base: Path | None = None
    copy: Path | None = None
    asked: Path | None = None  # the file asked for, when another is written
    kept_out: tuple[str, ...] = ()


def _free_name(folder: Path, stem: str, suffix: str) -> Path:
    candidate = folder / f"{stem}{suffix}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{number}{suffix}"
        number += 1
    return candidate


def file_label(period: Period) -> str:
    """The period as a file name takes it (no dash between dates that a reader would take
    for a range sign in another font)."""
    return period.label.replace("–", "_")


def steering_target(register: Register, out: Path, period: Period, now: datetime) -> SteeringTarget:
    """Decide where the workbook for `period` goes when the user asked for `out` (see the
    module's docstring). Refuses, as the export door does, any target it would refuse."""
    target = checked_target(register, out, ".xlsx")
    if not target.exists():
        return SteeringTarget(target)
    ours = list(SHEET_NAMES.values())
    lost = unkeepable(target, ours)
    if lost:
        beside = _free_name(target.parent, f"{target.stem}-fardvag-{file_label(period)}", ".xlsx")
        return SteeringTarget(beside, asked=target, kept_out=lost)
    copy = _free_name(target.parent, f"{target.stem}-original-{now:%Y%m%d-%H%M%S}", ".xlsx")
    return SteeringTarget(target, base=target, copy=copy)


def kept_out_message(target: SteeringTarget) -> str:
    """Why the workbook went beside the one asked for (empty when it did not)."""
    if target.asked is None:
        return ""
    return tr(
        "{asked} holds {what}, which Färdväg cannot keep when it saves a workbook, so it was "
        "not changed: the figures were written to {written} instead."
    ).format(asked=target.asked.name, what=", ".join(target.kept_out), written=target.path.name)


# ---------------------------------------------------------------------------------- document


class SteeringWorkbookDocument(Document):
    """The steering group's workbook for one period."""

    kind = KIND
    suffix = ".xlsx"

    def __init__(
        self,
        period: Period,
        *,
        hide_small: bool = True,
        parameters: CostParameters | None = None,
        target: SteeringTarget | None = None,
    ) -> None:
        self.period = period
        self.hide_small = hide_small
        self.parameters = parameters
        self.target = target
        # The workbook names nobody and holds counts only (R21), so it includes no person and
        # the consent gate has no one to ask about: it goes to the unit's manager, who takes it
        # to the steering group, as INTERNAL material. (A recipient of its own would change
        # nothing: the door asks the gate only for the people a document includes.)
        self.recipient = INTERNAL
        self.figures: SteeringFigures | None = None  # once built
        self.entry_id: int | None = None

    def subject(self) -> str:
        return export_subject(self.entry_id or 0, self.period.label)

    def default_name(self) -> str:
        return f"styrgrupp-{file_label(self.period)}.xlsx"

    def build(self, source: ExportSource, progress: Progress) -> Rendered:
        register = source.register
        # What the figures were computed from is let go before the workbook is made.
        figures = compute(register, self.period, parameters=self.parameters, progress=progress)[0]
        progress.check()
        progress.report(2, 4, tr("Writing the workbook…"))
        settings = load_settings(register)
        figure_sheets = sheets(figures)
        entry = history_entry(figures)
        texts = WorkbookTexts(
            title=title_line(figures, settings.unit_name, settings.municipality),
            note=(
                tr("Counts from 1 to 4 are shown as <5.") + " "
                if self.hide_small
                else tr("Every count is shown, small ones too.") + " "
            )
            + tr("How each figure is counted: the sheet Definitioner."),
            figure=tr("Figure"),
            definitions=(tr("Figure"), tr("How it is counted")),
            definitions_title=tr("Definitions"),
            history_title=tr("Every export of these figures, oldest first"),
        )
        base_path = self.target.base if self.target is not None else None
        base = None
        if base_path is not None:
            try:
                base = base_path.read_bytes()
            except OSError as error:
                raise NotAWorkbook(name=base_path.name) from error
        try:
            data = render_steering_workbook(
                figure_sheets,
                definition_rows(figure_sheets),
                [*SteeringRepository(register).history(), entry],
                texts,
                hide_small=self.hide_small,
                base=base,
            )
        except (KeyError, ValueError, OSError, zipfile.BadZipFile) as error:
            if base_path is None:
                raise
            raise NotAWorkbook(name=base_path.name) from error
        progress.check()
        copy = self.target.copy if self.target is not None else None
        if base is not None and copy is not None:
            # The copy is exactly what was read and merged, written before the original is
            # replaced (the door writes the workbook after this returns).
            atomic_write(copy, base)
        progress.report(3, 4)
        self.entry_id = SteeringRepository(register).record(entry)
        self.figures = figures
        # No person is included: the gate has nobody to ask about and the disclosure log gets
        # no line; the export's audit entry names the period and the history row.
        return Rendered(data, included=())


@dataclass(frozen=True)
class SteeringExport:
    result: ExportResult
    target: SteeringTarget
    figures: SteeringFigures


def export_steering(
    register: Register,
    period: Period,
    out: Path,
    *,
    hide_small: bool = True,
    parameters: CostParameters | None = None,
    progress: Progress = NO_PROGRESS,
    target: SteeringTarget | None = None,
) -> SteeringExport:
    """Write the workbook for `period` to `out` (or beside it, see `steering_target`; a window
    that has shown the user where it goes passes the `target` it decided)."""
    if target is None:
        target = steering_target(register, out, period, register.now())
    document = SteeringWorkbookDocument(
        period, hide_small=hide_small, parameters=parameters, target=target
    )
    result = run_export(register, document, target.path, progress=progress)
    progress.report(4, 4)
    assert document.figures is not None
    return SteeringExport(result, target, document.figures)
