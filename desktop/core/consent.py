"""Consent (R18–R22) and the one gate every export asks: "may data category C about person P go
to unit U on day D?".

The rules, as the gate applies them:

- A consent covers the receiving units and the data categories written on it, nothing else.
  Its kind (information sharing between the partners, R18; the security check, R20; any kind an
  administrator adds) says what it is for; the gate reads only units and categories, so a kind
  grants exactly what is written on it.
- It is in force from the day it was given up to and including its last valid day. That day is
  at most 12 months after the day given (R18, "after one year at the latest"), which is also
  the default.
- It ends when the case is closed (R18): a discharge on or after the day given ends it after
  the discharge day. A later re-enrolment needs a new consent.
- A withdrawal takes effect at once (GDPR art. 7.3): from the withdrawal day on, the consent
  grants nothing. What was disclosed before stays disclosed; the disclosure log shows to whom.
- Several consents may cover the same unit and category; one in force is enough.
- Material for the unit itself (`INTERNAL`) and for the person themself (`DATA_SUBJECT`, the
  register extract of GDPR art. 15) is not a disclosure to a partner and needs no consent; it is
  still written to the disclosure log.

The lists of kinds, units and categories are a setting (`ConsentOptions`); the defaults below
are the programme's. Codes are stored; words are shown (translated in the "Consent" context
for the defaults, as typed for an administrator's own entries).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from enum import StrEnum

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.core.path import add_months
from desktop.core.settings import FieldError
from desktop.core.text import clean_line, clean_text

VALID_MONTHS_MAX = 12  # R18: "after one year at the latest"
ENDING_SOON_DAYS = 30  # to-do: a consent whose last valid day is this close
WITHDRAWAL_FOLLOW_UP_DAYS = 30  # to-do: tell the units that had data, for this long
PURPOSE_MAX = 500
NOTE_MAX = 2_000

# Recipients that are not partner units: no consent needed, still logged.
INTERNAL = "internal"  # stays in the unit (the day's test list, the staff's progress sheet)
DATA_SUBJECT = "data_subject"  # the person themself (register extract, the participant's sheet)

# The kinds, units and categories the programme starts with (R18, R20; issue 10).
INFORMATION_SHARING = "information_sharing"
SECURITY_CHECK = "security_check"


class ConsentForm(StrEnum):
    WRITTEN = "written"
    ORAL = "oral"


class WithdrawalMethod(StrEnum):
    WRITTEN = "written"
    ORAL = "oral"
    PHONE = "phone"
    OTHER = "other"


@dataclass(frozen=True)
class Choice:
    """One entry of a configurable list: a stored code and the word shown for it."""

    code: str
    label: str  # an English source string (defaults) or an administrator's own words
    active: bool = True

    def shown(self) -> str:
        return translate("Consent", self.label)


DEFAULT_KINDS: tuple[Choice, ...] = (
    Choice(
        INFORMATION_SHARING,
        QT_TRANSLATE_NOOP("Consent", "Information sharing between the programme's partners"),
    ),
    Choice(SECURITY_CHECK, QT_TRANSLATE_NOOP("Consent", "Security check")),
)
DEFAULT_UNITS: tuple[Choice, ...] = (
    Choice("frivarden", QT_TRANSLATE_NOOP("Consent", "Kriminalvården/Frivården")),
    Choice("af", QT_TRANSLATE_NOOP("Consent", "Arbetsförmedlingen (AF)")),
    Choice("ifo", QT_TRANSLATE_NOOP("Consent", "Social services (IFO)")),
    Choice("income_support", QT_TRANSLATE_NOOP("Consent", "Income support (Försörjningsenheten)")),
    Choice("home_municipality", QT_TRANSLATE_NOOP("Consent", "The home municipality")),
    Choice("security_centre", QT_TRANSLATE_NOOP("Consent", "The municipality's security centre")),
)
DEFAULT_CATEGORIES: tuple[Choice, ...] = (
    Choice("personal_investigation", QT_TRANSLATE_NOOP("Consent", "Personal investigation")),
    Choice("action_plan", QT_TRANSLATE_NOOP("Consent", "Action plan")),
    Choice("sentence_plan", QT_TRANSLATE_NOOP("Consent", "Sentence plan")),
    Choice("drug_tests", QT_TRANSLATE_NOOP("Consent", "Drug-test results")),
    Choice("osa", QT_TRANSLATE_NOOP("Consent", "OSA placement")),
    Choice("health", QT_TRANSLATE_NOOP("Consent", "Health")),
    Choice("criminal_records", QT_TRANSLATE_NOOP("Consent", "Criminal and suspicion records")),
)
DEFAULT_PURPOSE = QT_TRANSLATE_NOOP(
    "Consent", "Establishment on the labour market through the programme"
)

# What a new consent of a default kind suggests (the user may change it).
SUGGESTED: Mapping[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    INFORMATION_SHARING: (
        ("frivarden", "af", "ifo", "income_support"),
        ("personal_investigation", "action_plan", "sentence_plan"),
    ),
    SECURITY_CHECK: (("security_centre",), ("criminal_records",)),
}


def _code_of(label: str, taken: Iterable[str]) -> str:
    """A stable code for an administrator's new entry: its words, simplified, made unique."""
    base = "".join(ch if ch.isalnum() else "_" for ch in label.casefold()).strip("_")[:40]
    base = base or "entry"
    code, n = base, 2
    used = set(taken)
    while code in used:
        code, n = f"{base}_{n}", n + 1
    return code


def _check_list(field_name: str, choices: Sequence[Choice]) -> tuple[Choice, ...]:
    cleaned: list[Choice] = []
    for choice in choices:
        label = clean_line(choice.label)
        if not label:
            raise FieldError(field_name, QT_TRANSLATE_NOOP("AppError", "An entry has no name."))
        if len(label) > 100:
            raise FieldError(
                field_name, QT_TRANSLATE_NOOP("AppError", "At most {max} characters."), max=100
            )
        code = choice.code or _code_of(label, (c.code for c in (*cleaned, *choices)))
        cleaned.append(Choice(code, label, choice.active))
    if len({c.code for c in cleaned}) != len(cleaned):
        raise FieldError(field_name, QT_TRANSLATE_NOOP("AppError", "An entry is listed twice."))
    if not any(c.active for c in cleaned):
        raise FieldError(
            field_name, QT_TRANSLATE_NOOP("AppError", "Keep at least one entry in use.")
        )
    return tuple(cleaned)


@dataclass(frozen=True)
class ConsentOptions:
    """The unit's lists. An entry in use on a consent is never removed, only set inactive, so
    old consents keep their words."""

    kinds: tuple[Choice, ...] = DEFAULT_KINDS
    units: tuple[Choice, ...] = DEFAULT_UNITS
    categories: tuple[Choice, ...] = DEFAULT_CATEGORIES

    def validated(self) -> ConsentOptions:
        return ConsentOptions(
            _check_list("kinds", self.kinds),
            _check_list("units", self.units),
            _check_list("categories", self.categories),
        )

    def kind_label(self, code: str) -> str:
        return _shown(self.kinds, code)

    def unit_label(self, code: str) -> str:
        if code == INTERNAL:
            return translate("Consent", QT_TRANSLATE_NOOP("Consent", "The unit itself"))
        if code == DATA_SUBJECT:
            return translate("Consent", QT_TRANSLATE_NOOP("Consent", "The participant"))
        return _shown(self.units, code)

    def category_label(self, code: str) -> str:
        return _shown(self.categories, code)


def _shown(choices: Sequence[Choice], code: str) -> str:
    for choice in choices:
        if choice.code == code:
            return choice.shown()
    return code  # an entry since removed from a hand-edited list: show the code, never nothing


@dataclass(frozen=True)
class Withdrawal:
    on: date
    method: WithdrawalMethod
    note: str = ""
    recorded_by: str = ""
    recorded_at: datetime | None = None


@dataclass(frozen=True)
class Consent:
    person_id: int
    kind: str
    units: frozenset[str]
    categories: frozenset[str]
    given_on: date
    valid_until: date  # the last day it is in force
    form: ConsentForm = ConsentForm.WRITTEN
    purpose: str = ""
    description_handed_over: bool = False  # R22: the programme description was handed over
    note: str = ""
    id: int | None = None
    recorded_by: str = ""
    recorded_at: datetime | None = None
    withdrawal: Withdrawal | None = None
    attachments: int = 0  # how many scanned forms are attached

    def validated(self, today: date, options: ConsentOptions | None = None) -> Consent:
        """Trimmed and checked against R18 and the unit's lists, or a `FieldError` for the
        input it belongs next to."""
        options = options or ConsentOptions()
        if self.kind not in {k.code for k in options.kinds}:
            raise FieldError(
                "kind", QT_TRANSLATE_NOOP("AppError", "Choose what the consent is for.")
            )
        if self.given_on > today:
            raise FieldError(
                "given_on",
                QT_TRANSLATE_NOOP("AppError", "A consent cannot be given after today ({today})."),
                today=today.isoformat(),
            )
        latest = last_valid_day(self.given_on)
        if self.valid_until > latest:
            raise FieldError(
                "valid_until",
                QT_TRANSLATE_NOOP(
                    "AppError",
                    "A consent is valid for at most 12 months: choose {latest} or earlier.",
                ),
                latest=latest.isoformat(),
            )
        if self.valid_until < self.given_on:
            raise FieldError(
                "valid_until",
                QT_TRANSLATE_NOOP("AppError", "The last valid day cannot come before {given}."),
                given=self.given_on.isoformat(),
            )
        if not self.units:
            raise FieldError(
                "units", QT_TRANSLATE_NOOP("AppError", "Tick at least one receiving unit.")
            )
        if not self.categories:
            raise FieldError(
                "categories", QT_TRANSLATE_NOOP("AppError", "Tick at least one kind of data.")
            )
        unknown_units = self.units - {u.code for u in options.units}
        unknown_categories = self.categories - {c.code for c in options.categories}
        if unknown_units or unknown_categories:
            raise FieldError(
                "units" if unknown_units else "categories",
                QT_TRANSLATE_NOOP("AppError", "An entry is not in the unit's list."),
            )
        purpose = clean_line(self.purpose)
        if not purpose:
            raise FieldError(
                "purpose", QT_TRANSLATE_NOOP("AppError", "Write what the data may be used for.")
            )
        for name, value, limit in (
            ("purpose", purpose, PURPOSE_MAX),
            ("note", clean_text(self.note), NOTE_MAX),
        ):
            if len(value) > limit:
                raise FieldError(
                    name, QT_TRANSLATE_NOOP("AppError", "At most {max} characters."), max=limit
                )
        return replace(self, purpose=purpose, note=clean_text(self.note))

    def withdrawn(self, withdrawal: Withdrawal, today: date) -> Consent:
        """The consent withdrawn, or a `FieldError`: not twice, not before it was given, not on
        a day still to come (a withdrawal is recorded when it is made)."""
        if self.withdrawal is not None:
            raise FieldError(
                "on",
                QT_TRANSLATE_NOOP("AppError", "This consent was already withdrawn on {date}."),
                date=self.withdrawal.on.isoformat(),
            )
        if withdrawal.on > today:
            raise FieldError(
                "on",
                QT_TRANSLATE_NOOP("AppError", "A withdrawal cannot be dated after today."),
            )
        if withdrawal.on < self.given_on:
            raise FieldError(
                "on",
                QT_TRANSLATE_NOOP(
                    "AppError", "The consent was given on {date}: choose that day or later."
                ),
                date=self.given_on.isoformat(),
            )
        if len(clean_text(withdrawal.note)) > NOTE_MAX:
            raise FieldError(
                "note", QT_TRANSLATE_NOOP("AppError", "At most {max} characters."), max=NOTE_MAX
            )
        return replace(self, withdrawal=replace(withdrawal, note=clean_text(withdrawal.note)))

    def ends_on(self, closings: Sequence[date] = ()) -> date:
        """The last day it is in force: its valid-until day, the day before a withdrawal, or
        the day of a discharge (the case closed) on or after the day given, whichever is
        first."""
        end = self.valid_until
        if self.withdrawal is not None:
            end = min(end, self.withdrawal.on - _ONE_DAY)
        for closed in closings:
            if closed >= self.given_on:
                end = min(end, closed)
        return end

    def in_force(self, day: date, closings: Sequence[date] = ()) -> bool:
        return self.given_on <= day <= self.ends_on(closings)

    def state(self, day: date, closings: Sequence[date] = ()) -> ConsentState:
        if self.withdrawal is not None and self.withdrawal.on <= day:
            return ConsentState.WITHDRAWN
        if day < self.given_on:
            return ConsentState.NOT_YET
        if day <= self.ends_on(closings):
            return ConsentState.IN_FORCE
        if day > self.valid_until:
            return ConsentState.EXPIRED
        return ConsentState.CASE_CLOSED


_ONE_DAY = timedelta(days=1)


def last_valid_day(given_on: date) -> date:
    """The default and latest last valid day: 12 months after the day given (R18)."""
    return add_months(given_on, VALID_MONTHS_MAX)


class ConsentState(StrEnum):
    IN_FORCE = "in_force"
    NOT_YET = "not_yet"
    EXPIRED = "expired"
    WITHDRAWN = "withdrawn"
    CASE_CLOSED = "case_closed"


class GateReason(StrEnum):
    """Why the gate said yes or no; the first that applies, in this order."""

    NOT_A_DISCLOSURE = "not_a_disclosure"  # internal, or the person themself
    ALLOWED = "allowed"
    NO_CONSENT = "no_consent"  # nothing covers this unit and category
    NOT_YET = "not_yet"
    EXPIRED = "expired"
    WITHDRAWN = "withdrawn"
    CASE_CLOSED = "case_closed"


@dataclass(frozen=True)
class GateDecision:
    allowed: bool
    reason: GateReason
    consent_id: int | None = None  # the consent that allows it


def gate(
    consents: Iterable[Consent],
    unit: str,
    category: str,
    day: date,
    closings: Sequence[date] = (),
) -> GateDecision:
    """May data of `category` about the person whose `consents` these are go to `unit` on
    `day`? `closings` are the person's discharge days (R18: the case closed). The only place
    this is decided; every export asks it."""
    if unit in (INTERNAL, DATA_SUBJECT):
        return GateDecision(True, GateReason.NOT_A_DISCLOSURE)
    covering = [c for c in consents if unit in c.units and category in c.categories]
    for consent in covering:
        if consent.in_force(day, closings):
            return GateDecision(True, GateReason.ALLOWED, consent.id)
    if not covering:
        return GateDecision(False, GateReason.NO_CONSENT)
    # The most telling reason for a no: the newest covering consent's state.
    newest = max(covering, key=lambda c: (c.given_on, c.id or 0))
    state = newest.state(day, closings)
    reason = {
        ConsentState.NOT_YET: GateReason.NOT_YET,
        ConsentState.EXPIRED: GateReason.EXPIRED,
        ConsentState.WITHDRAWN: GateReason.WITHDRAWN,
        ConsentState.CASE_CLOSED: GateReason.CASE_CLOSED,
    }.get(state, GateReason.EXPIRED)
    return GateDecision(False, reason)


def allowed_categories(
    consents: Iterable[Consent],
    unit: str,
    categories: Iterable[str],
    day: date,
    closings: Sequence[date] = (),
) -> frozenset[str]:
    """Of `categories`, those the gate lets go to `unit` on `day`."""
    held = tuple(consents)
    return frozenset(c for c in categories if gate(held, unit, c, day, closings).allowed)


def valid_sharing_consent(
    consents: Iterable[Consent], day: date, closings: Sequence[date] = ()
) -> Consent | None:
    """The information-sharing consent (R18) in force on `day` that lasts longest, if any."""
    held = [c for c in consents if c.kind == INFORMATION_SHARING and c.in_force(day, closings)]
    return max(held, key=lambda c: c.ends_on(closings)) if held else None


@dataclass(frozen=True)
class Disclosure:
    """One line of the disclosure log: data about a person that left the register."""

    person_id: int
    recipient: str  # a unit code, INTERNAL or DATA_SUBJECT
    categories: frozenset[str]
    document: str  # what kind of document, e.g. "consent_form", "register_extract"
    on: date
    by: str
    at: datetime | None = None
    id: int | None = None


@dataclass(frozen=True)
class ConsentStatus:
    """What the participants' overview shows about a person's consent on a day."""

    sharing: Consent | None
    ends_on: date | None

    @property
    def missing(self) -> bool:
        return self.sharing is None

    def ending_within(self, day: date, days: int = ENDING_SOON_DAYS) -> bool:
        return self.ends_on is not None and (self.ends_on - day).days <= days


def consent_status(
    consents: Iterable[Consent], day: date, closings: Sequence[date] = ()
) -> ConsentStatus:
    sharing = valid_sharing_consent(consents, day, closings)
    return ConsentStatus(sharing, sharing.ends_on(closings) if sharing else None)


def units_told_before(
    disclosures: Iterable[Disclosure], withdrawn_on: date
) -> dict[str, frozenset[str]]:
    """The partner units that received data before a withdrawal, with what they received: the
    people to tell that the consent is withdrawn."""
    told: dict[str, set[str]] = {}
    for d in disclosures:
        if d.recipient in (INTERNAL, DATA_SUBJECT) or d.on > withdrawn_on:
            continue
        told.setdefault(d.recipient, set()).update(d.categories)
    return {unit: frozenset(cats) for unit, cats in sorted(told.items())}
