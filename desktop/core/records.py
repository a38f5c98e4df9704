"""What the register holds about a person besides the path: the person, external contacts,
the action plan, notes and recovery-capital check-ins, with the rules for their values."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.path import Phase, Status
from desktop.core.personnummer import parse_personal_number
from desktop.core.settings import FieldError
from desktop.core.text import clean_line, clean_text

TEXT_MAX = 200
NOTE_MAX = 20_000


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNKNOWN = "unknown"


class Need(StrEnum):  # the reentry report's taxonomy (001), as the issue lists it
    HOUSING = "housing"
    INCOME = "income"
    DEBT = "debt"
    HEALTH = "health"
    ADDICTION = "addiction"
    EDUCATION = "education"
    SUPPORT_PERSON = "support_person"


class ContactRole(StrEnum):
    AF_OFFICER = "af_officer"
    PROBATION_OFFICER = "probation_officer"
    IFO_SOCIAL_WORKER = "ifo_social_worker"
    INCOME_SUPPORT = "income_support"
    HEALTH_CARE = "health_care"
    OTHER = "other"


class LifeArea(StrEnum):
    HOUSING = "housing"
    ECONOMY = "economy"
    HEALTH = "health"
    ADDICTION = "addiction"
    WORK = "work"
    EDUCATION = "education"
    SOCIAL = "social"
    OTHER = "other"


class Responsible(StrEnum):
    PARTICIPANT = "participant"
    STAFF = "staff"
    PARTNER = "partner"


class GoalStatus(StrEnum):
    PLANNED = "planned"
    ONGOING = "ongoing"
    DONE = "done"
    DROPPED = "dropped"

    @property
    def open(self) -> bool:
        return self in (GoalStatus.PLANNED, GoalStatus.ONGOING)


class NoteCategory(StrEnum):
    CONVERSATION = "conversation"
    MEETING = "meeting"
    PHONE = "phone"
    GROUP = "group"
    INCIDENT = "incident"
    OTHER = "other"


def _clean(value: str) -> str:
    return clean_line(value)


def _required(field_name: str, value: str) -> str:
    text = _clean(value)
    if not text:
        raise FieldError(field_name, QT_TRANSLATE_NOOP("AppError", "This must be filled in."))
    if len(text) > TEXT_MAX:
        raise FieldError(
            field_name, QT_TRANSLATE_NOOP("AppError", "At most {max} characters."), max=TEXT_MAX
        )
    return text


def _optional(field_name: str, value: str) -> str:
    text = _clean(value)
    if len(text) > TEXT_MAX:
        raise FieldError(
            field_name, QT_TRANSLATE_NOOP("AppError", "At most {max} characters."), max=TEXT_MAX
        )
    return text


@dataclass(frozen=True)
class Person:
    first_name: str
    last_name: str
    personnummer: str | None = None  # normalised, twelve digits
    birth_date: date | None = None
    sex: Sex = Sex.UNKNOWN
    phone: str = ""
    municipality: str = ""
    interpreter: str = ""  # the language, when an interpreter is needed
    responsible: str = ""  # user name of the responsible staff member
    needs: frozenset[Need] = frozenset()
    id: int | None = None
    internal_no: str = ""
    status: Status = Status.NEW
    phase: Phase | None = None
    group_id: int | None = None

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    @property
    def personnummer_display(self) -> str:
        pnr = self.personnummer
        return f"{pnr[:8]}-{pnr[8:]}" if pnr else ""

    def validated(self) -> Person:
        """Trimmed and checked; the personnummer normalised, birth date and sex read from it
        where they were not given."""
        first = _required("first_name", self.first_name)
        last = _required("last_name", self.last_name)
        pnr, birth, sex = None, self.birth_date, self.sex
        if self.personnummer and self.personnummer.strip():
            parsed = parse_personal_number(self.personnummer)
            pnr, birth = parsed.normalised, parsed.birth_date
            if sex is Sex.UNKNOWN:
                sex = Sex(parsed.sex)
        return Person(
            first_name=first,
            last_name=last,
            personnummer=pnr,
            birth_date=birth,
            sex=sex,
            phone=_optional("phone", self.phone),
            municipality=_optional("municipality", self.municipality),
            interpreter=_optional("interpreter", self.interpreter),
            responsible=self.responsible,
            needs=frozenset(self.needs),
            id=self.id,
            internal_no=self.internal_no,
            status=self.status,
            phase=self.phase,
            group_id=self.group_id,
        )


def similar_names(a: Person, b: Person) -> bool:
    """Same birth date and a name that is nearly the same: a likely duplicate to warn about."""
    if a.birth_date is None or a.birth_date != b.birth_date:
        return False
    first_a, first_b = a.first_name.casefold(), b.first_name.casefold()
    last_a, last_b = a.last_name.casefold(), b.last_name.casefold()
    return (first_a[:3] == first_b[:3] and last_a[:3] == last_b[:3]) or (
        first_a == last_b and last_a == first_b
    )


@dataclass(frozen=True)
class Contact:
    role: ContactRole
    name: str
    unit: str = ""
    phone: str = ""
    email: str = ""
    id: int | None = None
    person_id: int | None = None

    def validated(self) -> Contact:
        email = _optional("email", self.email)
        if email and ("@" not in email or " " in email):
            raise FieldError("email", QT_TRANSLATE_NOOP("AppError", "Not an e-mail address."))
        return Contact(
            ContactRole(self.role),
            _required("name", self.name),
            _optional("unit", self.unit),
            _optional("phone", self.phone),
            email,
            self.id,
            self.person_id,
        )


FOLLOW_UP_TEXT_MAX = 2_000


@dataclass(frozen=True)
class FollowUpText:
    """What was followed up and what came of it. Like a note it is signed when saved and never
    changed: a correction is a new text that points to the one it corrects, and both are kept."""

    text: str
    written_by: str = ""
    written_at: datetime | None = None
    corrects: int | None = None
    id: int | None = None

    def validated(self) -> FollowUpText:
        text = clean_text(self.text)
        if not text:
            raise FieldError(
                "follow_up_text", QT_TRANSLATE_NOOP("AppError", "Write what was followed up first.")
            )
        if len(text) > FOLLOW_UP_TEXT_MAX:
            raise FieldError(
                "follow_up_text",
                QT_TRANSLATE_NOOP("AppError", "At most {max} characters."),
                max=FOLLOW_UP_TEXT_MAX,
            )
        return FollowUpText(text, self.written_by, self.written_at, self.corrects, self.id)


@dataclass(frozen=True)
class FollowUp:
    on: date
    done_on: date | None = None
    id: int | None = None
    texts: tuple[FollowUpText, ...] = ()  # oldest first; saved ones are never changed

    def current_texts(self) -> tuple[FollowUpText, ...]:
        """The texts as they stand: a corrected text is replaced by its correction."""
        corrected = {t.corrects for t in self.texts if t.corrects is not None}
        return tuple(t for t in self.texts if t.id is None or t.id not in corrected)

    def summary(self) -> str:
        """The texts as they stand, in one line: what a printed plan shows."""
        return " / ".join(t.text for t in self.current_texts())


@dataclass(frozen=True)
class Goal:
    life_area: LifeArea
    description: str
    responsible: Responsible
    responsible_name: str = ""  # the partner unit or staff member
    due: date | None = None
    status: GoalStatus = GoalStatus.PLANNED
    follow_ups: tuple[FollowUp, ...] = ()
    id: int | None = None
    person_id: int | None = None

    def validated(self) -> Goal:
        return Goal(
            LifeArea(self.life_area),
            _required("description", self.description),
            Responsible(self.responsible),
            _optional("responsible_name", self.responsible_name),
            self.due,
            GoalStatus(self.status),
            self.follow_ups,
            self.id,
            self.person_id,
        )


@dataclass(frozen=True)
class Note:
    """Signed when saved; never changed afterwards. A correction is a new note that points to
    the one it corrects."""

    written_on: date
    category: NoteCategory
    text: str
    author: str = ""
    signed_at: datetime | None = None
    corrects: int | None = None
    id: int | None = None
    person_id: int | None = None

    def validated(self) -> Note:
        text = clean_text(self.text)
        if not text:
            raise FieldError("text", QT_TRANSLATE_NOOP("AppError", "Write the note first."))
        if len(text) > NOTE_MAX:
            raise FieldError(
                "text", QT_TRANSLATE_NOOP("AppError", "At most {max} characters."), max=NOTE_MAX
            )
        return Note(
            self.written_on,
            NoteCategory(self.category),
            text,
            self.author,
            self.signed_at,
            self.corrects,
            self.id,
            self.person_id,
        )


CAPITALS = ("social", "physical", "human", "cultural")  # 000:133


@dataclass(frozen=True)
class CapitalCheckin:
    on: date
    social: int
    physical: int
    human: int
    cultural: int
    comment: str = ""
    id: int | None = None
    person_id: int | None = None

    def validated(self) -> CapitalCheckin:
        for name in CAPITALS:
            if not 1 <= getattr(self, name) <= 5:
                raise FieldError(name, QT_TRANSLATE_NOOP("AppError", "Rate from 1 to 5."))
        return CapitalCheckin(
            self.on,
            self.social,
            self.physical,
            self.human,
            self.cultural,
            clean_text(self.comment)[:NOTE_MAX],
            self.id,
            self.person_id,
        )


@dataclass(frozen=True)
class Group:
    name: str
    start: date
    id: int | None = None
    members: Sequence[int] = field(default=())

    def validated(self) -> Group:
        return Group(_required("name", self.name), self.start, self.id, self.members)
