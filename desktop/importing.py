"""Import participants from a unit's Excel list: read, map columns, check every row, store all."""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from desktop.core.errors import AppError, Cancelled
from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.core.path import (
    DischargeOutcome,
    EventKind,
    PathError,
    PathEvent,
    PathState,
    Phase,
    ReferrerType,
    replay,
)
from desktop.core.personnummer import parse_personal_number
from desktop.core.progress import NO_PROGRESS, Progress
from desktop.core.records import Person
from desktop.core.settings import FieldError
from desktop.core.text import clean_line
from desktop.db.participants import ParticipantRepository

CONTEXT = "Import"
IMPORT_REASON = "Importerad från Excel"  # stored on the referral, so the origin stays visible

Source = str | Path | bytes


class ImportFileError(AppError):
    """The chosen file cannot be read as an Excel workbook."""


class ImportRefused(AppError):
    """Committing was refused: nothing was written."""


class SheetTooLarge(ImportFileError):
    """A sheet holds more than an import may read: refused before the work grows with it."""


# A unit's list is a few hundred people; these bounds keep a damaged or hostile file (a value
# at XFD1 and one at A1048576 declare a sheet of 17 billion cells) from keeping the import busy.
MAX_DATA_ROWS = 5_000
MAX_COLUMNS = 200


# ---------------------------------------------------------------------------- reading the file


@dataclass(frozen=True)
class SheetRow:
    number: int  # the row number Excel shows, for messages the user can act on
    cells: tuple[Any, ...]

    def cell(self, column: int | None) -> Any:
        if column is None or column >= len(self.cells):
            return None
        return self.cells[column]


@dataclass(frozen=True)
class Sheet:
    title: str
    headers: tuple[str, ...]
    rows: tuple[SheetRow, ...]
    header_row: int = 0  # 0 when the sheet is empty

    def column_name(self, column: int) -> str:
        """The header as written, or the column letter when the header cell is empty."""
        header = self.headers[column] if column < len(self.headers) else ""
        return header or get_column_letter(column + 1)

    def column_label(self, column: int) -> str:
        """Letter and header, as the user finds the column in Excel."""
        letter = get_column_letter(column + 1)
        header = self.headers[column] if column < len(self.headers) else ""
        return f"{letter}: {header}" if header else letter


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _trimmed(cells: Sequence[Any]) -> tuple[Any, ...]:
    end = len(cells)
    while end and _blank(cells[end - 1]):
        end -= 1
    return tuple(cells[:end])


def _too_many_columns(file: str, title: str, number: int, width: int) -> SheetTooLarge:
    return SheetTooLarge(
        QT_TRANSLATE_NOOP(
            "AppError",
            "The sheet “{sheet}” in {file} has something in cell {cell}, to the right of "
            "column {last} ({max} columns), the most an import reads. Delete what is there "
            "(or copy the list to a new workbook) and choose the file again.",
        ),
        sheet=title,
        file=file,
        cell=f"{get_column_letter(width)}{number}",
        last=get_column_letter(MAX_COLUMNS),
        max=MAX_COLUMNS,
    )


def _too_many_rows(file: str, title: str) -> SheetTooLarge:
    return SheetTooLarge(
        QT_TRANSLATE_NOOP(
            "AppError",
            "The sheet “{sheet}” in {file} has more than {max} rows with data, the most one "
            "import reads. Split the list into several files and import them one at a time.",
        ),
        sheet=title,
        file=file,
        max=MAX_DATA_ROWS,
    )


def _sheet(title: str, raw_rows: Iterable[Sequence[Any]], file: str = "") -> Sheet:
    header: tuple[Any, ...] | None = None
    header_row = 0
    rows: list[SheetRow] = []
    width = 0
    # openpyxl's read-only reader yields every row from row 1, filling gaps with empty rows,
    # so counting from 1 gives the row numbers Excel shows.
    for number, cells in enumerate(raw_rows, start=1):
        trimmed = _trimmed(cells)
        if not trimmed:
            continue
        if len(trimmed) > MAX_COLUMNS:
            raise _too_many_columns(file, title, number, len(trimmed))
        width = max(width, len(trimmed))
        if header is None:
            header, header_row = trimmed, number
        elif len(rows) == MAX_DATA_ROWS:
            raise _too_many_rows(file, title)
        else:
            rows.append(SheetRow(number, trimmed))
    if header is None:
        return Sheet(title, (), ())
    # Data beyond the last header still gets a column (named by its letter), so nothing in
    # the file is silently out of reach of the mapping.
    headers = tuple(_text(header[i]) if i < len(header) else "" for i in range(width))
    padded = tuple(SheetRow(r.number, r.cells + (None,) * (width - len(r.cells))) for r in rows)
    return Sheet(title, headers, padded, header_row)


def _not_a_workbook(name: str) -> ImportFileError:
    return ImportFileError(
        QT_TRANSLATE_NOOP(
            "AppError",
            "The file {file} is not an Excel workbook (.xlsx). Open it in Excel, save it as an "
            "Excel workbook (.xlsx) and choose it again.",
        ),
        file=name,
    )


_REPORT_EVERY = 200  # rows between two progress reports (and cancel checks)


def _rows(ws: Any) -> Iterator[Sequence[Any]]:
    """The sheet's rows as the file holds them, never as its declared size says. The file's
    <dimension> (A1:XFD1048576 in a damaged file) would make openpyxl pad every row to the
    widest column and fill every gap up to the last row; forgetting it, each row ends at its
    own last cell and a gap costs an empty tuple."""
    ws.reset_dimensions()
    yield from ws.iter_rows(values_only=True)


def _reporting(
    rows: Iterable[Sequence[Any]], progress: Progress, total: int
) -> Iterator[Sequence[Any]]:
    for number, cells in enumerate(rows, start=1):
        if number % _REPORT_EVERY == 0:
            progress.check()
            progress.report(number, total)
        yield cells


def _declared_rows(ws: Any) -> int:
    """The row count the file declares, only for the progress bar (a file can lie)."""
    try:
        return int(ws.max_row or 0)
    except (TypeError, ValueError):
        return 0


def read_workbook(source: Source, progress: Progress = NO_PROGRESS) -> list[Sheet]:
    """Every sheet of an .xlsx file, the first (active) sheet first. Values are what Excel
    last calculated, never formulas. Reports the rows read of each sheet to `progress`, and
    stops with Cancelled when it is cancelled. A sheet with more than MAX_DATA_ROWS rows or
    anything right of MAX_COLUMNS is refused with SheetTooLarge."""
    name = "" if isinstance(source, bytes) else Path(source).name
    handle: Any = io.BytesIO(source) if isinstance(source, bytes) else str(source)
    try:
        book = load_workbook(handle, read_only=True, data_only=True)
    except OSError as error:  # missing, unreadable, no permission
        raise ImportFileError(
            QT_TRANSLATE_NOOP("AppError", "The file {file} could not be opened: {reason}"),
            file=name,
            reason=error.strerror or str(error),
        ) from None
    except Exception:  # whatever openpyxl trips over (zip, XML, format) is the file's fault
        raise _not_a_workbook(name) from None
    try:
        sheets = list(book.worksheets)  # worksheets only: a chart sheet has no rows
        active = book.active
        if active in sheets:
            sheets.remove(active)
            sheets.insert(0, active)
        # Read-only workbooks parse lazily: a damaged sheet shows only while reading rows.
        read = [
            _sheet(ws.title, _reporting(_rows(ws), progress, _declared_rows(ws)), name)
            for ws in sheets
        ]
    except (Cancelled, SheetTooLarge):
        raise
    except Exception:  # as above
        raise _not_a_workbook(name) from None
    finally:
        book.close()  # read-only workbooks keep the file open until closed
    if not read:
        raise _not_a_workbook(name)
    return read


def read_sheet(source: Source) -> Sheet:
    """The sheet the file opens at."""
    return read_workbook(source)[0]


# ---------------------------------------------------------------------------- column mapping


class Target(StrEnum):
    """What a column can hold; the values are ColumnMapping's attribute names."""

    NAME = "name"
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    PERSONNUMMER = "personnummer"
    REFERRAL_DATE = "referral_date"
    ENROLMENT_DATE = "enrolment_date"
    PHASE = "phase"
    DISCHARGE_DATE = "discharge_date"
    DISCHARGE_OUTCOME = "discharge_outcome"


@dataclass(frozen=True)
class ColumnMapping:
    """For each target, the index (0 = column A) of the column that holds it, or None."""

    name: int | None = None  # the full name in one column; or first_name + last_name
    first_name: int | None = None
    last_name: int | None = None
    personnummer: int | None = None
    referral_date: int | None = None
    enrolment_date: int | None = None
    phase: int | None = None
    discharge_date: int | None = None
    discharge_outcome: int | None = None

    def get(self, target: Target) -> int | None:
        value: int | None = getattr(self, target.value)
        return value

    def with_column(self, target: Target, column: int | None) -> ColumnMapping:
        return replace(self, **{target.value: column})

    @property
    def split_name(self) -> bool:
        return self.first_name is not None and self.last_name is not None

    def problems(self) -> list[Problem]:
        found = []
        if not self.split_name and self.name is None:
            found.append(
                Problem(
                    QT_TRANSLATE_NOOP(
                        "Import",
                        "Choose the column with the name, or the columns with the first and "
                        "the last name.",
                    )
                )
            )
        if self.referral_date is None:
            found.append(
                Problem(
                    QT_TRANSLATE_NOOP(
                        "Import",
                        "Choose the column with the referral date: every person's path starts "
                        "with a referral.",
                    )
                )
            )
        return found


def _normalised(text: str) -> str:
    """Case-folded, punctuation as spaces, single spaces: "Pers.nr:" → "pers nr"."""
    return " ".join(re.sub(r"[-_/.,:;*()\[\]'\"]", " ", text.casefold()).split())


def _starts_word(text: str, keywords: Iterable[str]) -> bool:
    """Whether a keyword begins a word in `text`: "inskriv" finds "Datum för inskrivning" and
    "Inskrivningsdatum", while "fk" does not find "ofkfk"."""
    padded = " " + text
    return any(" " + keyword in padded for keyword in keywords)


# In the order headers are tried, so the more specific wins: "Utskrivningsorsak" is an outcome
# before it is a discharge date, "Personnummer" a number before it is a name.
_HEADER_WORDS: tuple[tuple[Target, tuple[str, ...], tuple[str, ...]], ...] = (
    (Target.FIRST_NAME, ("förnamn", "fornamn", "first name", "firstname", "given name"), ()),
    (Target.LAST_NAME, ("efternamn", "last name", "lastname", "surname", "family name"), ()),
    (
        Target.PERSONNUMMER,
        (
            "personnummer",
            "personnr",
            "pnr",
            "person nr",
            "pers nr",
            "samordningsnummer",
            "personal number",
            "personal identity",
            "personal id",
            "ssn",
        ),
        (),
    ),
    (
        Target.DISCHARGE_OUTCOME,
        (
            "utfall",
            "orsak",
            "utskrivningsorsak",
            "avslutsorsak",
            "avslutningsorsak",
            "anledning",
            "outcome",
            "reason",
        ),
        ("remiss", "inremitt", "remitt", "referr", "inskriv", "enrol"),
    ),
    (
        Target.REFERRAL_DATE,
        ("remiss", "remitt", "inremitt", "referr", "aktualiser", "inkom"),
        ("av", "by", "från", "from", "remittent", "inremittent", "referrer", "remitterande"),
    ),
    (
        Target.ENROLMENT_DATE,
        ("inskriv", "enrol", "enroll", "startdatum", "start", "började", "antagen"),
        (),
    ),
    (
        Target.DISCHARGE_DATE,
        ("utskriv", "discharg", "avslut", "slutdatum", "slutade", "end date", "ended"),
        (),
    ),
    (Target.PHASE, ("fas", "phase", "steg"), ()),
    (Target.NAME, ("namn", "name", "full name", "deltagare", "participant", "person"), ()),
)


def guess_mapping(headers: Sequence[str]) -> ColumnMapping:
    """The mapping common Swedish and English headers suggest; each column used once, each
    target taking the first column that fits. The user checks it in the dialog."""
    mapping = ColumnMapping()
    used: set[int] = set()
    for column, header in enumerate(headers):
        text = _normalised(header)
        if not text:
            continue
        for target, words, unless in _HEADER_WORDS:
            if mapping.get(target) is not None:
                continue
            if _starts_word(text, words) and not _starts_word(text, unless):
                mapping = mapping.with_column(target, column)
                used.add(column)
                break
    if mapping.split_name:
        mapping = mapping.with_column(Target.NAME, None)  # separate columns say more
    elif mapping.name is not None:
        # A lone first- or last-name column beside a full name would only confuse.
        mapping = replace(mapping, first_name=None, last_name=None)
    return mapping


# ---------------------------------------------------------------------------- cell values


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        if value.time() == datetime.min.time():
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    return clean_line(_EXCEL_ESCAPE.sub(_unescape, str(value)))


# Excel writes a control character in a text cell as _xHHHH_ (ESC is _x001B_, and a literal
# "_x" is _x005F_x); openpyxl leaves them as written. Decoded here so clean_line removes them.
_EXCEL_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def _unescape(match: re.Match[str]) -> str:
    return chr(int(match[1], 16))


_TIME = r"(?:[ T]+\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:[.,]\d+)?)?)?"
_DATE_FORMS = (
    re.compile(r"(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})" + _TIME),
    # Day first, as Swedes write it by hand: 5/3/2024 is the fifth of March.
    re.compile(r"(?P<d>\d{1,2})[-/.](?P<m>\d{1,2})[-/.](?P<y>\d{4})" + _TIME),
    re.compile(r"(?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})"),
)


class _NotADate(ValueError):
    pass


def parse_date(value: Any) -> date | None:
    """A date from a cell: a real Excel date, or text such as 2024-03-05, 2024-03-05 00:00,
    5/3/2024 (day first) or 20240305. None for an empty cell; _NotADate for anything else."""
    if _blank(value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise _NotADate(value)
    text = _text(value)
    for form in _DATE_FORMS:
        match = form.fullmatch(text)
        if match:
            try:
                return date(int(match["y"]), int(match["m"]), int(match["d"]))
            except ValueError:
                break  # 31/2/2024: looks like a date, is not one
    raise _NotADate(value)


_PHASE_WORDS: Mapping[str, Phase] = {
    "fas 1": Phase.PHASE_1,
    "fas1": Phase.PHASE_1,
    "1": Phase.PHASE_1,
    "phase 1": Phase.PHASE_1,
    "phase1": Phase.PHASE_1,
    "introduktion": Phase.PHASE_1,
    "fas 2": Phase.PHASE_2,
    "fas2": Phase.PHASE_2,
    "2": Phase.PHASE_2,
    "phase 2": Phase.PHASE_2,
    "phase2": Phase.PHASE_2,
    "fas 3": Phase.OSA,
    "fas3": Phase.OSA,
    "3": Phase.OSA,
    "phase 3": Phase.OSA,
    "phase3": Phase.OSA,
    "osa": Phase.OSA,
    "i osa": Phase.OSA,
    "efter osa": Phase.AFTER_OSA,
    "efter osa af": Phase.AFTER_OSA,
    "after osa": Phase.AFTER_OSA,
    "överlämnad till af": Phase.AFTER_OSA,
    "stöd": Phase.SUPPORT,
    "extra stöd": Phase.SUPPORT,
    "utanför": Phase.SUPPORT,
    "utanför färdvägen": Phase.SUPPORT,
    "ej redo för osa": Phase.SUPPORT,
    "medicinsk rehabilitering": Phase.SUPPORT,
    "rehabilitering": Phase.SUPPORT,
    "support": Phase.SUPPORT,
}


class _UnknownPhase(ValueError):
    pass


def parse_phase(value: Any) -> Phase | None:
    """A phase from text such as "Fas 1", "fas 2", "OSA", "Efter OSA", "Stöd", or the stored
    value itself ("phase_2"). None for an empty cell."""
    if _blank(value):
        return None
    text = _text(value)
    try:
        return Phase(text.strip().casefold())
    except ValueError:
        pass
    key = _normalised(text)
    if key in _PHASE_WORDS:
        return _PHASE_WORDS[key]
    raise _UnknownPhase(value)


# Tried in order, each keyword at the start of a word: "ej OSA-berättigad" must be read before
# "OSA", "skyddat arbete" before "arbete", "kriminalvård" (prison) before "vård".
_OUTCOME_WORDS: tuple[tuple[DischargeOutcome, tuple[str, ...]], ...] = (
    (
        DischargeOutcome.NOT_OSA_ELIGIBLE,
        (
            "ej osa",
            "inte osa",
            "ej berättigad",
            "inte berättigad",
            "ej kodad",
            "not osa",
            "not eligible",
        ),
    ),
    (
        DischargeOutcome.UNREACHABLE,
        (
            "ej nåbar",
            "inte nåbar",
            "onåbar",
            "nås ej",
            "avbrutit",
            "avbröt",
            "avbrott",
            "slutat komma",
            "slutade komma",
            "uteblev",
            "uteblivit",
            "unreachable",
            "stopped coming",
            "dropped out",
        ),
    ),
    (
        DischargeOutcome.PRISON,
        ("fängelse", "anstalt", "häkt", "kriminalvård", "prison", "jail", "custody"),
    ),
    (
        DischargeOutcome.CARE,
        ("vård", "sjukvård", "behandling", "lvm", "care", "treatment"),
    ),
    (
        DischargeOutcome.LONG_TERM_BENEFIT,
        (
            "försäkringskassan",
            "fk",
            "sjukersättning",
            "aktivitetsersättning",
            "long term benefit",
            "benefit",
        ),
    ),
    (
        DischargeOutcome.SUBSIDISED_WORK,
        (
            "osa",
            "fortsatt osa",
            "lönebidrag",
            "lönestöd",
            "subvention",
            "subsidi",
            "skyddat arbete",
            "uva",
            "trygghetsanställning",
            "nystartsjobb",
            "extratjänst",
            "introduktionsjobb",
        ),
    ),
    (
        DischargeOutcome.STUDIES,
        ("studier", "studie", "studera", "utbildning", "skola", "komvux", "folkhögskola"),
    ),
    (DischargeOutcome.STUDIES, ("studies", "study", "education", "school")),
    (DischargeOutcome.MOVED, ("flytt", "moved", "annan kommun")),
    (
        DischargeOutcome.PRIVATE_JOB,
        ("arbete", "jobb", "anställ", "arbetar", "privat", "job", "work", "employ", "private"),
    ),
)


def parse_outcome(value: Any) -> DischargeOutcome | None:
    """A discharge outcome from Swedish or English text, read generously; any other text is
    OTHER. None only for an empty cell."""
    if _blank(value):
        return None
    text = _normalised(_text(value))
    try:
        return DischargeOutcome(text.replace(" ", "_"))
    except ValueError:
        pass
    for outcome, words in _OUTCOME_WORDS:
        if _starts_word(text, words):
            return outcome
    return DischargeOutcome.OTHER


def _personnummer_text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        digits = str(value)
        # Excel drops the leading zero of a number typed as 0501011234 (born 2005).
        return digits.zfill(10) if len(digits) == 9 else digits
    return _text(value)


# ---------------------------------------------------------------------------- the report


@dataclass(frozen=True)
class Problem:
    """Why a row (or the mapping) cannot be imported: an English source string, translated
    only when shown, so the report can be shown again in another language."""

    message: str
    params: Mapping[str, Any] = field(default_factory=dict)
    context: str = CONTEXT  # "AppError" for the messages of the rules' own errors

    @classmethod
    def from_error(cls, error: AppError) -> Problem:
        return cls(error.message, dict(error.params), "AppError")

    def text(self) -> str:
        return translate(self.context, self.message).format(**self.params)


def _problem(message: str, **params: Any) -> Problem:
    return Problem(message, params)


@dataclass(frozen=True)
class AcceptedRow:
    row: int
    person: Person  # validated: names trimmed, personnummer normalised
    events: tuple[PathEvent, ...]
    state: PathState  # where the path stands after the events


@dataclass(frozen=True)
class RejectedRow:
    row: int
    name: str  # as written in the file, so the user finds the row
    personnummer: str  # as written
    problems: tuple[Problem, ...]

    def reasons(self) -> list[str]:
        return [problem.text() for problem in self.problems]

    def describe(self) -> str:
        return translate(CONTEXT, QT_TRANSLATE_NOOP("Import", "Row {row}: {reasons}")).format(
            row=self.row, reasons=" ".join(self.reasons())
        )


@dataclass(frozen=True)
class ImportReport:
    today: date
    accepted: tuple[AcceptedRow, ...] = ()
    rejected: tuple[RejectedRow, ...] = ()
    mapping_problems: tuple[Problem, ...] = ()

    @property
    def can_commit(self) -> bool:
        """All or nothing: only a file whose every row is accepted."""
        return bool(self.accepted) and not self.rejected and not self.mapping_problems

    def rows(self) -> list[AcceptedRow | RejectedRow]:
        """Every row in the order of the file."""
        return sorted([*self.accepted, *self.rejected], key=lambda r: r.row)


# ---------------------------------------------------------------------------- planning


def _names(row: SheetRow, mapping: ColumnMapping) -> tuple[str, str, list[Problem]]:
    if mapping.split_name:
        first, last = _text(row.cell(mapping.first_name)), _text(row.cell(mapping.last_name))
        problems = []
        if not first and not last:
            problems.append(_problem(QT_TRANSLATE_NOOP("Import", "The name is missing.")))
        elif not first:
            problems.append(_problem(QT_TRANSLATE_NOOP("Import", "The first name is missing.")))
        elif not last:
            problems.append(_problem(QT_TRANSLATE_NOOP("Import", "The last name is missing.")))
        return first, last, problems
    full = _text(row.cell(mapping.name))
    if not full:
        return "", "", [_problem(QT_TRANSLATE_NOOP("Import", "The name is missing."))]
    if "," in full:  # lists sorted by surname: "Andersson, Anna"
        last, _, first = (part.strip() for part in full.partition(","))
    else:
        first, _, last = full.rpartition(" ")
    if not first or not last:
        return (
            first,
            last,
            [
                _problem(
                    QT_TRANSLATE_NOOP(
                        "Import", "Write both the first and the last name (“{name}”)."
                    ),
                    name=full,
                )
            ],
        )
    return first, last, []


def _date_cell(
    sheet: Sheet, row: SheetRow, column: int | None, problems: list[Problem]
) -> date | None:
    value = row.cell(column)
    try:
        return parse_date(value)
    except _NotADate:
        assert column is not None
        problems.append(
            _problem(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "Column “{column}”: “{value}” is not a date. Write dates like 2024-03-05 "
                    "or 5/3/2024.",
                ),
                column=sheet.column_name(column),
                value=_text(value),
            )
        )
        return None


def path_events(
    referral: date,
    enrolment: date | None = None,
    phase: Phase | None = None,
    discharge: date | None = None,
    outcome: DischargeOutcome | None = None,
) -> list[PathEvent]:
    """The path an imported row describes, step by step as the state machine wants it."""
    events = [
        PathEvent(
            EventKind.REFERRAL,
            referral,
            {
                "referrer_type": ReferrerType.OTHER.value,
                "referrer_name": "",
                "reason": IMPORT_REASON,
            },
        )
    ]
    if enrolment is None:
        return events
    # Imported history has no separate intake dates: the Excel lists hold a referral and an
    # enrolment date only, so the intake steps the path requires are dated the referral day.
    events += [
        PathEvent(EventKind.SECURITY_CONSENT, referral, {}),
        PathEvent(EventKind.SECURITY_RESULT, referral, {"result": "clear"}),
        PathEvent(EventKind.MAPPING_INTERVIEW, referral, {"staff": "", "summary": ""}),
        PathEvent(EventKind.DECISION, referral, {"enrolled": True}),
        PathEvent(EventKind.ENROLMENT, enrolment, {"contract_signed": True, "group_id": None}),
    ]
    if phase is Phase.AFTER_OSA:  # the path reaches "after OSA" only through OSA
        events.append(PathEvent(EventKind.PHASE_CHANGE, enrolment, {"phase": Phase.OSA.value}))
    if phase is not None and phase is not Phase.PHASE_1:
        events.append(PathEvent(EventKind.PHASE_CHANGE, enrolment, {"phase": phase.value}))
    if discharge is not None and outcome is not None:
        events.append(PathEvent(EventKind.DISCHARGE, discharge, {"outcome": outcome.value}))
    return events


def _plan_row(
    sheet: Sheet, row: SheetRow, mapping: ColumnMapping, today: date
) -> tuple[AcceptedRow | RejectedRow, str | None]:
    """The row's verdict, and its normalised personnummer for the duplicate checks."""
    first, last, problems = _names(row, mapping)
    names_ok = not problems

    pnr_text = _personnummer_text(row.cell(mapping.personnummer))
    pnr: str | None = None
    if pnr_text:
        try:
            pnr = parse_personal_number(pnr_text).normalised
        except FieldError as error:
            problems.append(Problem.from_error(error))

    # Problems that leave no path to check: the state machine would only repeat them.
    path_problems: list[Problem] = []
    referral = _date_cell(sheet, row, mapping.referral_date, path_problems)
    enrolment = _date_cell(sheet, row, mapping.enrolment_date, path_problems)
    discharge = _date_cell(sheet, row, mapping.discharge_date, path_problems)
    no_enrolment = _blank(row.cell(mapping.enrolment_date))
    no_discharge = _blank(row.cell(mapping.discharge_date))
    if _blank(row.cell(mapping.referral_date)):
        path_problems.append(_problem(QT_TRANSLATE_NOOP("Import", "The referral date is missing.")))
    if referral and enrolment and enrolment < referral:
        path_problems.append(
            _problem(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "The enrolment date ({enrolment}) is before the referral date ({referral}).",
                ),
                enrolment=enrolment.isoformat(),
                referral=referral.isoformat(),
            )
        )
    if enrolment and discharge and discharge < enrolment:
        path_problems.append(
            _problem(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "The discharge date ({discharge}) is before the enrolment date ({enrolment}).",
                ),
                discharge=discharge.isoformat(),
                enrolment=enrolment.isoformat(),
            )
        )
    if not no_discharge and no_enrolment:
        path_problems.append(
            _problem(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "There is a discharge date but no enrolment date: only an enrolled "
                    "participant is discharged.",
                )
            )
        )

    phase_cell = row.cell(mapping.phase)
    phase: Phase | None = None
    try:
        phase = parse_phase(phase_cell)
    except _UnknownPhase:
        path_problems.append(
            _problem(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "The phase “{value}” is not known. Write Fas 1, Fas 2, OSA, Efter OSA or Stöd.",
                ),
                value=_text(phase_cell),
            )
        )
    if not _blank(phase_cell) and no_enrolment:
        path_problems.append(
            _problem(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "There is a phase (“{value}”) but no enrolment date: only an enrolled "
                    "participant has a phase.",
                ),
                value=_text(phase_cell),
            )
        )

    outcome_cell = row.cell(mapping.discharge_outcome)
    outcome = parse_outcome(outcome_cell)
    if not no_discharge and outcome is None:
        path_problems.append(
            _problem(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "There is a discharge date but no outcome: write why the person was "
                    "discharged (for example work, studies, OSA, prison, care, moved).",
                )
            )
        )
    if outcome is not None and no_discharge:
        path_problems.append(
            _problem(
                QT_TRANSLATE_NOOP(
                    "Import", "There is an outcome (“{value}”) but no discharge date."
                ),
                value=_text(outcome_cell),
            )
        )
    problems += path_problems

    events: list[PathEvent] = []
    state: PathState | None = None
    if referral is not None and not path_problems:
        events = path_events(referral, enrolment, phase, discharge, outcome)
        try:
            state = replay(events, today)
        except PathError as error:
            problems.append(Problem.from_error(error))

    person: Person | None = None
    if names_ok:
        try:
            person = Person(first_name=first, last_name=last, personnummer=pnr).validated()
        except FieldError as error:
            problems.append(Problem.from_error(error))

    if problems or person is None or state is None:
        name = " ".join(part for part in (first, last) if part) or _text(row.cell(mapping.name))
        return RejectedRow(row.number, name, pnr_text, tuple(problems)), pnr
    return AcceptedRow(row.number, person, tuple(events), state), pnr


def plan_rows(
    sheet: Sheet,
    mapping: ColumnMapping,
    repository: ParticipantRepository,
    today: date,
    progress: Progress = NO_PROGRESS,
) -> ImportReport:
    """Check every row of `sheet`: nothing is written. Each row is checked twice over (its
    own cells, then against the file and the register); both are reported to `progress`,
    which can stop it with Cancelled."""
    mapping_problems = mapping.problems()
    if mapping_problems:
        return ImportReport(today, mapping_problems=tuple(mapping_problems))
    total = 2 * len(sheet.rows)

    def step(done: int) -> None:
        if done % _REPORT_EVERY == 0:
            progress.check()
            progress.report(done, total)

    planned = []
    for number, row in enumerate(sheet.rows):
        step(number)
        planned.append(_plan_row(sheet, row, mapping, today))

    rows_by_pnr: dict[str, list[int]] = {}
    for verdict, pnr in planned:
        if pnr is not None:
            rows_by_pnr.setdefault(pnr, []).append(verdict.row)

    accepted: list[AcceptedRow] = []
    rejected: list[RejectedRow] = []
    for number, (verdict, pnr) in enumerate(planned, start=len(planned)):
        step(number)
        extra: list[Problem] = []
        if pnr is not None:
            others = [n for n in rows_by_pnr[pnr] if n != verdict.row]
            if others:
                extra.append(
                    _problem(
                        QT_TRANSLATE_NOOP(
                            "Import", "The same personnummer is also on row {rows} of the file."
                        ),
                        rows=", ".join(map(str, others)),
                    )
                )
            existing = repository.find_by_personnummer(pnr)
            if existing is not None:
                extra.append(
                    _problem(
                        QT_TRANSLATE_NOOP(
                            "Import",
                            "{name} ({internal_no}) already has this personnummer in the register.",
                        ),
                        name=existing.name,
                        internal_no=existing.internal_no,
                    )
                )
        if isinstance(verdict, AcceptedRow) and not extra:
            accepted.append(verdict)
        elif isinstance(verdict, AcceptedRow):
            rejected.append(
                RejectedRow(
                    verdict.row,
                    verdict.person.name,
                    verdict.person.personnummer_display,
                    tuple(extra),
                )
            )
        else:
            rejected.append(replace(verdict, problems=(*verdict.problems, *extra)))
    progress.report(total, total)
    return ImportReport(today, tuple(accepted), tuple(rejected))


def plan_import(
    source: Source,
    mapping: ColumnMapping,
    repository: ParticipantRepository,
    today: date | None = None,
) -> ImportReport:
    """Read the file's first sheet and check every row against the path's rules and the
    register. Nothing is written; `commit_import` does that."""
    return plan_rows(read_sheet(source), mapping, repository, today or repository.today())


def commit_import(report: ImportReport, repository: ParticipantRepository) -> list[Person]:
    """Store every accepted row in one transaction, or nothing: a report with any rejected
    row is refused, and a failure during the write rolls all of it back."""
    if report.mapping_problems:
        raise ImportRefused(
            QT_TRANSLATE_NOOP(
                "AppError",
                "Nothing was imported: choose the columns for the name and the referral date "
                "first.",
            )
        )
    if report.rejected:
        raise ImportRefused(
            QT_TRANSLATE_NOOP(
                "AppError",
                "Nothing was imported, because some rows are rejected (rows {rows}). Fix them "
                "in the file or leave them out of it, then check the file again.",
            ),
            rows=", ".join(str(r.row) for r in report.rejected),
        )
    if not report.accepted:
        raise ImportRefused(
            QT_TRANSLATE_NOOP("AppError", "There is nothing to import: the file has no rows.")
        )
    return repository.create_many(
        [(row.person, row.events) for row in report.accepted], today=report.today
    )
