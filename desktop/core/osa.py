"""OSA placements (R14–R17): workplaces, the AF coding that makes a person eligible, placements
with their 12-month limit, the plan for after OSA (R16: the evaluator's main criticism was that
nobody planned it), and the capacity of each workplace over time."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from stdnum.exceptions import ValidationError
from stdnum.se import orgnr

from desktop.core.calendar import DAYS_PER_MONTH
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.path import CriterionStatus, add_months
from desktop.core.settings import FieldError
from desktop.core.text import clean_line

OSA_MONTHS = 12  # R14: at most 12 months without an extension decided by AF
PLAN_WARNING_MONTHS = 3  # to-do: no after-OSA plan 3 months before the planned end (warning)
PLAN_URGENT_MONTHS = 1  # … and 1 month before (urgent)


class EmployerType(StrEnum):
    MUNICIPAL = "municipal"
    REGION = "region"
    NON_PROFIT = "non_profit"
    STATE = "state"


class CodingDecision(StrEnum):
    PENDING = "pending"
    GRANTED = "granted"
    DENIED = "denied"


class PlacementStatus(StrEnum):
    PLANNED = "planned"
    ACTIVE = "active"
    ENDED = "ended"


class EndReason(StrEnum):
    COMPLETED = "completed"
    ENDED_EARLY = "ended_early"


class NextStep(StrEnum):
    JOB_SEARCH_AF = "job_search_af"
    NEW_OSA = "new_osa"
    OTHER_SUBSIDISED = "other_subsidised"
    STUDIES = "studies"
    FORSAKRINGSKASSAN = "forsakringskassan"
    OTHER = "other"


class ContactKind(StrEnum):
    VISIT = "visit"
    CALL = "call"


DEFAULT_CERTIFICATES = (
    QT_TRANSLATE_NOOP("Labels", "Medical certificate"),
    QT_TRANSLATE_NOOP("Labels", "Statement from the social services"),
    QT_TRANSLATE_NOOP("Labels", "Statement from Kriminalvården/Frivården"),
    QT_TRANSLATE_NOOP("Labels", "Statement from addiction care"),
)


def _text(field_name: str, value: str, *, required: bool = False) -> str:
    text = clean_line(value)
    if required and not text:
        raise FieldError(field_name, QT_TRANSLATE_NOOP("AppError", "This must be filled in."))
    if len(text) > 200:
        raise FieldError(
            field_name, QT_TRANSLATE_NOOP("AppError", "At most {max} characters."), max=200
        )
    return text


@dataclass(frozen=True)
class Workplace:
    name: str
    employer_type: EmployerType
    org_unit: str = ""
    org_number: str = ""  # normalised NNNNNN-NNNN
    address: str = ""
    supervisor_name: str = ""
    supervisor_phone: str = ""
    supervisor_email: str = ""
    kinds_of_work: str = ""
    places: int = 1
    active: bool = True
    id: int | None = None

    def validated(self) -> Workplace:
        number = self.org_number.strip()
        if number:
            try:
                number = orgnr.format(orgnr.validate(number))
            except ValidationError:
                raise FieldError(
                    "org_number",
                    QT_TRANSLATE_NOOP("AppError", "Not a valid organisation number (NNNNNN-NNNN)."),
                ) from None
        if not 0 < self.places <= 100:
            raise FieldError("places", QT_TRANSLATE_NOOP("AppError", "Between 1 and 100 places."))
        email = _text("supervisor_email", self.supervisor_email)
        if email and "@" not in email:
            raise FieldError(
                "supervisor_email", QT_TRANSLATE_NOOP("AppError", "Not an e-mail address.")
            )
        return replace(
            self,
            name=_text("name", self.name, required=True),
            employer_type=EmployerType(self.employer_type),
            org_unit=_text("org_unit", self.org_unit),
            org_number=number,
            address=_text("address", self.address),
            supervisor_name=_text("supervisor_name", self.supervisor_name),
            supervisor_phone=_text("supervisor_phone", self.supervisor_phone),
            supervisor_email=email,
            kinds_of_work=_text("kinds_of_work", self.kinds_of_work),
        )


@dataclass(frozen=True)
class AfCoding:
    """AF's decision that makes a person eligible for OSA (R17); core staff drive it."""

    person_id: int
    requested_on: date | None = None
    certificates: Mapping[str, bool] = field(default_factory=dict)  # checklist item -> gathered
    decision: CodingDecision = CodingDecision.PENDING
    decided_on: date | None = None
    af_officer: str = ""

    @property
    def criterion(self) -> CriterionStatus:
        """What the enrolment criterion "eligible for OSA" (R2) reads."""
        return {
            CodingDecision.GRANTED: CriterionStatus.MET,
            CodingDecision.DENIED: CriterionStatus.NOT_MET,
        }.get(self.decision, CriterionStatus.UNKNOWN)

    def validated(self) -> AfCoding:
        if self.decision is not CodingDecision.PENDING and self.decided_on is None:
            raise FieldError(
                "decided_on", QT_TRANSLATE_NOOP("AppError", "Give the date of AF's decision.")
            )
        if self.requested_on and self.decided_on and self.decided_on < self.requested_on:
            raise FieldError(
                "decided_on",
                QT_TRANSLATE_NOOP("AppError", "The decision cannot come before the request."),
            )
        return replace(self, af_officer=_text("af_officer", self.af_officer))


@dataclass(frozen=True)
class FollowUpContact:
    on: date
    kind: ContactKind
    note: str = ""


@dataclass(frozen=True)
class AfterOsaPlan:
    next_step: NextStep
    responsible: str = ""
    af_contact_on: date | None = None  # the day contact with AF is re-established
    coaching: tuple[date, ...] = ()  # job-search coaching during the placement


@dataclass(frozen=True)
class Placement:
    person_id: int
    workplace_id: int
    start: date
    planned_end: date
    hours_per_week: float = 40.0
    wage_subsidy_ref: str = ""
    supervisor: str = ""
    status: PlacementStatus = PlacementStatus.PLANNED
    extended_to: date | None = None  # an extension decided by AF
    extension_decided_on: date | None = None
    extension_reason: str = ""
    ended_on: date | None = None
    end_reason: EndReason | None = None
    end_comment: str = ""
    contacts: tuple[FollowUpContact, ...] = ()
    plan: AfterOsaPlan | None = None
    id: int | None = None

    @property
    def end(self) -> date:
        """When it ends: the day it ended, or the planned end (after any extension)."""
        return self.ended_on or self.extended_to or self.planned_end

    def occupies(self, day: date) -> bool:
        """Whether it takes one of the workplace's places on `day` (planned ones count too)."""
        return self.start <= day <= self.end and not (
            self.status is PlacementStatus.ENDED
            and self.ended_on is not None
            and day > self.ended_on
        )

    def validated(self) -> Placement:
        limit = add_months(self.start, OSA_MONTHS)
        if self.planned_end < self.start:
            raise FieldError(
                "planned_end", QT_TRANSLATE_NOOP("AppError", "The end is before the start.")
            )
        if self.planned_end > limit:
            raise FieldError(
                "planned_end",
                QT_TRANSLATE_NOOP(
                    "AppError",
                    "An OSA placement lasts at most 12 months (until {date}); longer only "
                    "with an extension decided by AF.",
                ),
                date=limit.isoformat(),
            )
        if self.extended_to is not None:
            if self.extended_to <= self.planned_end:
                raise FieldError(
                    "extended_to",
                    QT_TRANSLATE_NOOP("AppError", "An extension ends after the planned end."),
                )
            if self.extension_decided_on is None or not self.extension_reason.strip():
                raise FieldError(
                    "extension_reason",
                    QT_TRANSLATE_NOOP(
                        "AppError", "An extension needs AF's decision date and a reason."
                    ),
                )
        if not 0 < self.hours_per_week <= 40:
            raise FieldError(
                "hours_per_week", QT_TRANSLATE_NOOP("AppError", "Between 1 and 40 hours.")
            )
        if self.status is PlacementStatus.ENDED:
            if self.ended_on is None or self.end_reason is None:
                raise FieldError(
                    "ended_on",
                    QT_TRANSLATE_NOOP(
                        "AppError", "An ended placement needs its end date and reason."
                    ),
                )
            if self.ended_on < self.start:
                raise FieldError(
                    "ended_on", QT_TRANSLATE_NOOP("AppError", "The end is before the start.")
                )
        return self

    def months(self, until: date) -> float:
        end = min(self.end, until)
        return max(0.0, (end - self.start).days / DAYS_PER_MONTH)


def plan_due(placement: Placement, today: date) -> str | None:
    """R16: "warning" 3 months before the planned end without an after-OSA plan, "urgent" from
    1 month before; None when there is a plan or the placement is not running."""
    if placement.plan is not None or placement.status is PlacementStatus.ENDED:
        return None
    end = placement.extended_to or placement.planned_end
    if today >= add_months(end, -PLAN_URGENT_MONTHS):
        return "urgent"
    if today >= add_months(end, -PLAN_WARNING_MONTHS):
        return "warning"
    return None


@dataclass(frozen=True)
class Capacity:
    workplace_id: int
    places: int
    used: int

    @property
    def free(self) -> int:
        return max(0, self.places - self.used)


def capacity_on(
    workplaces: Iterable[Workplace], placements: Sequence[Placement], day: date
) -> list[Capacity]:
    """Each active workplace's places used and free on `day`, counting overlapping placements."""
    result = []
    for workplace in workplaces:
        if workplace.id is None or not workplace.active:
            continue
        used = sum(1 for p in placements if p.workplace_id == workplace.id and p.occupies(day))
        result.append(Capacity(workplace.id, workplace.places, used))
    return result


def capacity_months(
    workplaces: Sequence[Workplace], placements: Sequence[Placement], today: date, months: int = 6
) -> list[tuple[date, list[Capacity]]]:
    """The capacity today and on the first of each of the next `months` months."""
    first = today.replace(day=1)
    days = [today] + [add_months(first, i) for i in range(1, months + 1)]
    return [(day, capacity_on(workplaces, placements, day)) for day in days]


def ending_within(placements: Iterable[Placement], today: date, months: int = 3) -> list[Placement]:
    """Running or planned placements whose end falls within `months` months: the one screen that
    shows what ends soon and whether it has a plan."""
    horizon = add_months(today, months)
    return sorted(
        (
            p
            for p in placements
            if p.status is not PlacementStatus.ENDED and today <= p.end <= horizon
        ),
        key=lambda p: p.end,
    )


def past_participation_limit(placement: Placement, limit: date | None) -> bool:
    """A placement that would run past the participant's 14-month limit (R5)."""
    return (
        limit is not None
        and placement.status is not PlacementStatus.ENDED
        and placement.end > limit
    )
