"""The consent documents of issue 10, each a `Document` for the one export door: the consent form
to sign (filled in or blank), the register extract (GDPR art. 15: everything held about one
person) and the data-handling plan (000:414). Content is computed here from the register, in
words; the renderers in desktop/reports only lay it out."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from desktop.core.consent import (
    DATA_SUBJECT,
    DEFAULT_PURPOSE,
    INTERNAL,
    VALID_MONTHS_MAX,
    Choice,
    Consent,
    ConsentForm,
    ConsentOptions,
    WithdrawalMethod,
)
from desktop.core.drugtests import ScheduleKind, TestResult
from desktop.core.errors import AppError
from desktop.core.forms import FormTexts
from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.core.labels import action_label, entity_label, label, label_of
from desktop.core.osa import Placement
from desktop.core.path import (
    Criterion,
    CriterionStatus,
    DischargeOutcome,
    EventKind,
    NotEnrolledReason,
    Phase,
    ReferrerType,
    SecurityResult,
)
from desktop.core.progress import NO_PROGRESS, Progress
from desktop.core.records import FollowUp, Person
from desktop.db.consent import ConsentRepository
from desktop.db.drugtests import DrugTestRepository
from desktop.db.extract import (
    StoredEvent,
    disclosure_audit_seqs,
    placement_contact_ids,
    stored_events,
    voided_consents,
)
from desktop.db.forms import load_form_texts
from desktop.db.osa import OsaRepository
from desktop.db.participants import ParticipantRepository
from desktop.db.register import Register
from desktop.db.settings import load_settings
from desktop.reports.consent_form import ConsentFormData, FormLine, render_consent_form
from desktop.reports.handling_plan import Account, HandlingPlan, Named, render_handling_plan
from desktop.reports.register_extract import (
    Entry,
    Listing,
    RegisterExtract,
    Section,
    render_register_extract,
)
from desktop.services.exports import Document, ExportSource, Included, Rendered

BLANK_DATE = "____________________"  # a line to write the day on, on a blank form


def _t(source: str) -> str:
    return translate("ConsentDocuments", source)


class PersonNotFound(AppError):
    message = QT_TRANSLATE_NOOP(
        "AppError", "No one in the register has the number {ident}. Use a number like 2026-007."
    )


class ConsentOfAnotherPerson(AppError):
    message = QT_TRANSLATE_NOOP("AppError", "That consent belongs to someone else.")


def find_person(register: Register, ident: str) -> int:
    """The person with the internal number `ident` (2026-007), or with that register id."""
    ident = ident.strip()
    repository = ParticipantRepository(register)
    for person in repository.people().values():
        if person.internal_no == ident and person.id is not None:
            return person.id
    if ident.isdigit():
        found = repository.people([int(ident)])
        if found:
            return int(ident)
    raise PersonNotFound(ident=ident)


def newest_consent(register: Register, person_id: int) -> int | None:
    """The person's most recently given consent that is not withdrawn, if any."""
    held = [c for c in ConsentRepository(register).consents(person_id) if c.withdrawal is None]
    newest = max(held, key=lambda c: (c.given_on, c.id or 0), default=None)
    return newest.id if newest else None


def _display_names(register: Register) -> dict[str, str]:
    return {u.username: u.display_name or u.username for u in register.users()}


def _name(choices: Sequence[Choice], code: str, language: str, fallback: str) -> str:
    """An entry of the unit's lists in the form's language: English is the source text (or the
    administrator's own words); any other language goes through the installed translation."""
    for choice in choices:
        if choice.code == code:
            return choice.label if language == "en" else choice.shown()
    return fallback


# ====================================================================== the consent form


def consent_form_data(
    *,
    texts: FormTexts,
    unit_name: str,
    municipality: str,
    options: ConsentOptions,
    made_on: date,
    person: Person | None = None,
    consent: Consent | None = None,
    contact_person: str = "",
) -> ConsentFormData:
    """The form's content. With a consent: what it covers, each unit with what it gets. Without
    one: every kind, unit and category in use, with boxes to tick (the person's details filled
    in when the person is known)."""
    language = texts.language

    def unit_name_of(code: str) -> str:
        return _name(options.units, code, language, options.unit_label(code))

    def category_name_of(code: str) -> str:
        return _name(options.categories, code, language, options.category_label(code))

    def kind_name_of(code: str) -> str:
        return _name(options.kinds, code, language, options.kind_label(code))

    if consent is None:
        kinds = tuple(FormLine(kind_name_of(c.code)) for c in options.kinds if c.active)
        units = tuple(
            FormLine(unit_name_of(c.code), texts.unit_role(c.code))
            for c in options.units
            if c.active
        )
        categories = tuple(
            FormLine(category_name_of(c.code), texts.category_note(c.code))
            for c in options.categories
            if c.active
        )
        purpose = texts.purpose_blank
        valid_until = BLANK_DATE
    else:
        category_codes = _in_list_order(consent.categories, options.categories)
        gets = ", ".join(category_name_of(c) for c in category_codes)
        kinds = (FormLine(kind_name_of(consent.kind)),)
        units = tuple(
            FormLine(unit_name_of(code), texts.unit_role(code), gets)
            for code in _in_list_order(consent.units, options.units)
        )
        categories = tuple(
            FormLine(category_name_of(code), texts.category_note(code)) for code in category_codes
        )
        purpose = consent.purpose
        if purpose == DEFAULT_PURPOSE and language != "en":
            purpose = translate("Consent", purpose)
        valid_until = consent.valid_until.isoformat()
    values = {"unit": unit_name, "municipality": municipality, "valid_until": valid_until}
    filled = texts.filled(values)
    return ConsentFormData(
        texts=filled,
        unit_name=unit_name,
        made_on=made_on,
        blank=consent is None,
        kinds=kinds,
        units=units,
        categories=categories,
        purpose=purpose if consent is not None else filled.purpose_blank,
        handed_over=bool(consent and consent.description_handed_over),
        participant_name=person.name if person else "",
        personnummer=person.personnummer_display if person else "",
        internal_no=person.internal_no if person else "",
        contact_person=contact_person,
    )


def _in_list_order(codes: Iterable[str], choices: Sequence[Choice]) -> list[str]:
    """`codes` in the order of the unit's list; a code since removed from the list comes last."""
    wanted = set(codes)
    ordered = [c.code for c in choices if c.code in wanted]
    return ordered + sorted(wanted - set(ordered))


class ConsentFormDocument(Document):
    """The consent form for a person's recorded consent, a form with the person's details and
    boxes to tick (no consent given), or a blank form (no person): the person signs it, so it
    goes to them (DATA_SUBJECT). It names the person and nothing else about them."""

    kind = "consent_form"
    suffix = ".pdf"

    def __init__(
        self,
        person_id: int | None,
        consent_id: int | None,
        language: str = "sv",
        *,
        internal_no: str = "",
    ) -> None:
        self.person_id = person_id
        self.consent_id = consent_id
        self.language = language
        self.internal_no = internal_no
        self.recipient = DATA_SUBJECT

    def subject(self) -> str:
        return str(self.person_id) if self.person_id is not None else "blank"

    def default_name(self) -> str:
        if self.person_id is None and self.consent_id is None:
            return "samtycke-blankett.pdf"
        return f"samtycke-{self.internal_no or self.person_id or self.consent_id}.pdf"

    def build(self, source: ExportSource, progress: Progress) -> Rendered:
        register = source.register
        consents = ConsentRepository(register)
        consent = consents.consent(self.consent_id) if self.consent_id is not None else None
        if consent is not None:
            if self.person_id is not None and consent.person_id != self.person_id:
                raise ConsentOfAnotherPerson()
            # Known from here on: the audit entry names the person the form is about.
            self.person_id = consent.person_id
        person = None
        contact = ""
        if self.person_id is not None:
            person = ParticipantRepository(register).get(self.person_id)
            self.internal_no = person.internal_no
            contact = _display_names(register).get(person.responsible, "")
        progress.check()
        settings = load_settings(register)
        data = consent_form_data(
            texts=load_form_texts(register, self.language),
            unit_name=settings.unit_name,
            municipality=settings.municipality,
            options=consents.options(),
            made_on=source.day,
            person=person,
            consent=consent,
            contact_person=contact,
        )
        pdf = render_consent_form(data)
        included = (Included(person.id, frozenset()),) if person and person.id else ()
        return Rendered(pdf, included)


# ====================================================================== the register extract


def _when(value: datetime | str | None) -> str:
    """A stored moment as the user's local date and time to the minute."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return str(value)
    if value.tzinfo is not None:
        value = value.astimezone()
    return value.strftime("%Y-%m-%d %H:%M")


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


def _yes_no(value: bool) -> str:
    return (
        _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Yes"))
        if value
        else _t(QT_TRANSLATE_NOOP("ConsentDocuments", "No"))
    )


def _fields(*pairs: tuple[str, str]) -> tuple[tuple[str, str], ...]:
    """Only the values that hold something: an empty field says nothing to the reader."""
    return tuple((name, value) for name, value in pairs if value)


_DOCUMENT_WORDS = {
    "consent_form": QT_TRANSLATE_NOOP("ConsentDocuments", "consent form"),
    "register_extract": QT_TRANSLATE_NOOP("ConsentDocuments", "register extract"),
    "handling_plan": QT_TRANSLATE_NOOP("ConsentDocuments", "data-handling plan"),
    "test_day": QT_TRANSLATE_NOOP("ConsentDocuments", "drug-test list"),
    "consent": QT_TRANSLATE_NOOP("ConsentDocuments", "consent"),
    "consent_attachment": QT_TRANSLATE_NOOP("ConsentDocuments", "scanned consent form"),
}


def _what(entity: str) -> str:
    """The word for an audit entry's entity or a disclosure's document."""
    word = entity_label(entity)
    if word == entity and entity in _DOCUMENT_WORDS:
        return _t(_DOCUMENT_WORDS[entity])
    return word


def _event_details(event: StoredEvent, groups: Mapping[int, str]) -> str:
    """A step's details in words; any value this version has no words for is shown as stored,
    never left out."""
    data = dict(event.data)
    parts: list[str] = []
    known: set[str] = set()

    def take(key: str) -> Any:
        known.add(key)
        return data.get(key)

    kind = event.kind
    if kind == EventKind.REFERRAL.value:
        parts += [label_of(ReferrerType, take("referrer_type")), str(take("referrer_name") or "")]
        parts.append(str(take("reason") or ""))
    elif kind == EventKind.SECURITY_RESULT.value:
        parts.append(label_of(SecurityResult, take("result")))
    elif kind == EventKind.MAPPING_INTERVIEW.value:
        parts += [str(take("staff") or ""), str(take("summary") or "")]
    elif kind == EventKind.CRITERIA.value:
        criteria = take("criteria") or {}
        parts += [
            f"{label_of(Criterion, k)}: {label_of(CriterionStatus, v)}"
            for k, v in dict(criteria).items()
        ]
    elif kind == EventKind.DECISION.value:
        if take("enrolled"):
            parts.append(_t(QT_TRANSLATE_NOOP("ConsentDocuments", "Enrol")))
        else:
            parts.append(
                _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Not enrolled: {reason}")).format(
                    reason=label_of(NotEnrolledReason, take("reason"))
                )
            )
    elif kind == EventKind.ENROLMENT.value:
        group = take("group_id")
        if group is not None:
            parts.append(
                _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Group: {group}")).format(
                    group=groups.get(int(group), str(group))
                )
            )
        if take("contract_signed"):
            parts.append(_t(QT_TRANSLATE_NOOP("ConsentDocuments", "Contract signed")))
    elif kind == EventKind.PHASE_CHANGE.value:
        parts.append(label_of(Phase, take("phase")))
    elif kind == EventKind.DISCHARGE.value:
        parts += [label_of(DischargeOutcome, take("outcome")), str(take("comment") or "")]
    for key in sorted(set(data) - known):
        value = data[key]
        if value not in (None, "", [], {}):
            parts.append(f"{key}: {value}")
    return " · ".join(p for p in parts if p)


def register_extract(
    register: Register, person_id: int, *, day: date | None = None, progress: Progress = NO_PROGRESS
) -> RegisterExtract:
    """Everything the register holds about one person (GDPR art. 15), in words: details, the
    path (voided steps marked), action plan, every note (corrections with what they correct),
    contacts, recovery capital, drug-test schedules and every result, AF coding, OSA, consents
    with withdrawals and scanned forms (names and sizes), the disclosure log, and the audit
    log's entries about the record. Nobody else's data: groups are named, never their
    members."""
    day = day or register.today()
    people = ParticipantRepository(register)
    person = people.get(person_id)
    settings = load_settings(register)
    names = _display_names(register)

    def who(username: str) -> str:
        return names.get(username, username)

    groups = {g.id: g.name for g in people.groups() if g.id is not None}
    sections: list[Section] = []
    entities: set[tuple[str, str]] = {("person", str(person_id))}

    # -------------------------------------------------------------- details
    sections.append(
        Section(
            _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Your details")),
            entries=(
                Entry(
                    person.name,
                    fields=_fields(
                        (
                            _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Our number")),
                            person.internal_no,
                        ),
                        (
                            _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Personnummer")),
                            person.personnummer_display,
                        ),
                        (
                            _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Date of birth")),
                            _day(person.birth_date),
                        ),
                        (_t(QT_TRANSLATE_NOOP("ConsentDocuments", "Sex")), label(person.sex)),
                        (_t(QT_TRANSLATE_NOOP("ConsentDocuments", "Phone")), person.phone),
                        (
                            _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Municipality")),
                            person.municipality,
                        ),
                        (
                            _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Interpreter")),
                            person.interpreter,
                        ),
                        (
                            _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Needs")),
                            ", ".join(sorted(label(n) for n in person.needs)),
                        ),
                        (_t(QT_TRANSLATE_NOOP("ConsentDocuments", "Status")), label(person.status)),
                        (_t(QT_TRANSLATE_NOOP("ConsentDocuments", "Phase")), label(person.phase)),
                        (
                            _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Group")),
                            groups.get(person.group_id, "") if person.group_id else "",
                        ),
                        (
                            _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Responsible staff")),
                            who(person.responsible) if person.responsible else "",
                        ),
                    ),
                ),
            ),
        )
    )
    progress.check()

    # -------------------------------------------------------------- the path
    recorded = _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Recorded"))
    by_at = _t(QT_TRANSLATE_NOOP("ConsentDocuments", "{at} by {user}"))
    path_entries = []
    for event in stored_events(register, person_id):
        entities.add(("path_event", str(event.id)))
        mark = ""
        if event.voided_at:
            mark = _t(
                QT_TRANSLATE_NOOP(
                    "ConsentDocuments",
                    "Taken back {at} by {user}: recorded by mistake, no longer counted.",
                )
            ).format(at=_when(event.voided_at), user=who(event.voided_by or ""))
        path_entries.append(
            Entry(
                f"{event.on.isoformat()} · {label_of(EventKind, event.kind)}",
                fields=_fields(
                    (
                        _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Details")),
                        _event_details(event, groups),
                    ),
                    (
                        recorded,
                        by_at.format(at=_when(event.recorded_at), user=who(event.recorded_by)),
                    ),
                ),
                mark=mark,
            )
        )
    sections.append(
        Section(
            _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Your path through the programme")),
            entries=tuple(path_entries),
            empty=_t(QT_TRANSLATE_NOOP("ConsentDocuments", "No steps recorded.")),
        )
    )

    # -------------------------------------------------------------- action plan
    goal_entries = []
    for goal in people.goals(person_id):
        entities.add(("goal", str(goal.id)))
        entities.update(
            ("goal_follow_up_text", str(t.id)) for f in goal.follow_ups for t in f.texts
        )
        follow_ups = "; ".join(
            f.on.isoformat()
            + (
                " ("
                + _t(QT_TRANSLATE_NOOP("ConsentDocuments", "done {date}")).format(
                    date=f.done_on.isoformat()
                )
                + ")"
                if f.done_on
                else ""
            )
            + _follow_up_texts(f)
            for f in goal.follow_ups
        )
        responsible = label(goal.responsible)
        if goal.responsible_name:
            responsible += f": {goal.responsible_name}"
        goal_entries.append(
            Entry(
                f"{label(goal.life_area)}: {goal.description}",
                fields=_fields(
                    (_t(QT_TRANSLATE_NOOP("ConsentDocuments", "Responsible")), responsible),
                    (_t(QT_TRANSLATE_NOOP("ConsentDocuments", "Due")), _day(goal.due)),
                    (_t(QT_TRANSLATE_NOOP("ConsentDocuments", "Status")), label(goal.status)),
                    (_t(QT_TRANSLATE_NOOP("ConsentDocuments", "Follow-ups")), follow_ups),
                ),
            )
        )
    sections.append(
        Section(
            _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Action plan")),
            entries=tuple(goal_entries),
            empty=_t(QT_TRANSLATE_NOOP("ConsentDocuments", "No goals recorded.")),
        )
    )
    progress.check()

    # -------------------------------------------------------------- notes
    notes = sorted(people.notes(person_id), key=lambda n: (n.signed_at or datetime.min, n.id or 0))
    number = {n.id: i for i, n in enumerate(notes, start=1)}
    corrected_by: dict[int, list[int]] = {}
    for note in notes:
        if note.corrects is not None and note.id is not None:
            corrected_by.setdefault(note.corrects, []).append(note.id)
    written = {n.id: n.written_on for n in notes}
    note_entries = []
    for note in notes:
        entities.add(("note", str(note.id)))
        marks = []
        if note.corrects is not None:
            marks.append(
                _t(
                    QT_TRANSLATE_NOOP("ConsentDocuments", "Corrects note {number} of {date}.")
                ).format(
                    number=number.get(note.corrects, "?"), date=_day(written.get(note.corrects))
                )
            )
        for later in corrected_by.get(note.id or -1, []):
            marks.append(
                _t(
                    QT_TRANSLATE_NOOP(
                        "ConsentDocuments",
                        "Corrected by note {number} of {date}; kept as it was written.",
                    )
                ).format(number=number[later], date=_day(written.get(later)))
            )
        note_entries.append(
            Entry(
                _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Note {number}")).format(
                    number=number[note.id]
                )
                + f" · {note.written_on.isoformat()} · {label(note.category)}",
                fields=_fields(
                    (
                        _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Signed")),
                        by_at.format(at=_when(note.signed_at), user=who(note.author)),
                    ),
                ),
                text=note.text,
                mark=" ".join(marks),
            )
        )
    sections.append(
        Section(
            _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Notes")),
            intro=_t(
                QT_TRANSLATE_NOOP(
                    "ConsentDocuments",
                    "Notes are signed when they are saved and never changed. A mistake is "
                    "corrected by a new note; both are kept.",
                )
            )
            if notes
            else "",
            entries=tuple(note_entries),
            empty=_t(QT_TRANSLATE_NOOP("ConsentDocuments", "No notes.")),
        )
    )
    progress.check()

    # -------------------------------------------------------------- contacts
    contacts = people.contacts(person_id)
    entities.update(("contact", str(c.id)) for c in contacts)
    sections.append(
        Section(
            _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Your contacts at other agencies")),
            listing=Listing(
                (
                    _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Role")),
                    _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Name")),
                    _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Unit")),
                    _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Phone")),
                    _t(QT_TRANSLATE_NOOP("ConsentDocuments", "E-mail")),
                ),
                tuple((label(c.role), c.name, c.unit, c.phone, c.email) for c in contacts),
                (3, 3, 3, 3.2, 4),
            ),
            empty=_t(QT_TRANSLATE_NOOP("ConsentDocuments", "No contacts recorded.")),
        )
    )

    # -------------------------------------------------------------- recovery capital
    checkins = people.checkins(person_id)
    entities.update(("capital_checkin", str(c.id)) for c in checkins)
    sections.append(
        Section(
            _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Recovery capital (1–5)")),
            listing=Listing(
                (
                    _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Date")),
                    _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Social")),
                    _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Physical")),
                    _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Human")),
                    _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Cultural")),
                    _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Comment")),
                ),
                tuple(
                    (
                        c.on.isoformat(),
                        str(c.social),
                        str(c.physical),
                        str(c.human),
                        str(c.cultural),
                        c.comment,
                    )
                    for c in checkins
                ),
                (2.4, 1.9, 1.9, 1.9, 1.9, 5),
            ),
            empty=_t(QT_TRANSLATE_NOOP("ConsentDocuments", "No check-ins recorded.")),
        )
    )
    progress.check()

    # -------------------------------------------------------------- drug tests
    tests = DrugTestRepository(register)
    providers = {p.id: p.name for p in tests.providers()}
    schedule_entries = []
    weekday_names = [
        _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Mon")),
        _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Tue")),
        _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Wed")),
        _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Thu")),
        _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Fri")),
        _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Sat")),
        _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Sun")),
    ]
    history = tests.schedule_history(person_id)
    if history:
        entities.add(("test_schedule", str(person_id)))
    for schedule, by, at in history:
        if schedule.kind is ScheduleKind.FIXED:
            how = ", ".join(weekday_names[d] for d in sorted(schedule.weekdays))
        else:
            how = _t(
                QT_TRANSLATE_NOOP("ConsentDocuments", "{min}–{max} a week, on average {target}")
            ).format(
                min=schedule.min_per_week,
                max=schedule.max_per_week,
                target=schedule.target_per_week
                if schedule.target_per_week is not None
                else _t(QT_TRANSLATE_NOOP("ConsentDocuments", "as set for the phase")),
            )
            if schedule.no_consecutive:
                how += ", " + _t(QT_TRANSLATE_NOOP("ConsentDocuments", "never two days in a row"))
        schedule_entries.append(
            Entry(
                _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Schedule from {date}")).format(
                    date=schedule.start.isoformat()
                ),
                fields=_fields(
                    (_t(QT_TRANSLATE_NOOP("ConsentDocuments", "Kind")), label(schedule.kind)),
                    (_t(QT_TRANSLATE_NOOP("ConsentDocuments", "Days")), how),
                    (_t(QT_TRANSLATE_NOOP("ConsentDocuments", "Until")), _day(schedule.end)),
                    (_t(QT_TRANSLATE_NOOP("ConsentDocuments", "Method")), label(schedule.method)),
                    (
                        _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Provider")),
                        providers.get(schedule.provider_id, "") if schedule.provider_id else "",
                    ),
                    (recorded, by_at.format(at=_when(at), user=who(by))),
                ),
            )
        )
    sections.append(
        Section(
            _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Drug-test schedules")),
            entries=tuple(schedule_entries),
            empty=_t(QT_TRANSLATE_NOOP("ConsentDocuments", "No schedule recorded.")),
        )
    )
    results = tests.results(person_id)
    sections.append(
        Section(
            _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Drug-test results")),
            intro=_t(
                QT_TRANSLATE_NOOP(
                    "ConsentDocuments",
                    "Every result and outcome entered, including missed tests and corrections.",
                )
            )
            if results
            else "",
            entries=tuple(_result_entry(r, results, providers, who, entities) for r in results),
            empty=_t(QT_TRANSLATE_NOOP("ConsentDocuments", "No drug tests recorded.")),
        )
    )
    progress.check()

    # -------------------------------------------------------------- OSA
    osa = OsaRepository(register)
    coding = osa.coding(person_id)
    coding_entries = []
    if coding is not None:
        entities.add(("af_coding", str(person_id)))
        certificates = "; ".join(
            f"{translate('Labels', name)}: {_yes_no(done)}"
            for name, done in coding.certificates.items()
        )
        coding_entries.append(
            Entry(
                _t(QT_TRANSLATE_NOOP("ConsentDocuments", "AF coding")),
                fields=_fields(
                    (
                        _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Requested")),
                        _day(coding.requested_on),
                    ),
                    (_t(QT_TRANSLATE_NOOP("ConsentDocuments", "Certificates")), certificates),
                    (_t(QT_TRANSLATE_NOOP("ConsentDocuments", "Decision")), label(coding.decision)),
                    (_t(QT_TRANSLATE_NOOP("ConsentDocuments", "Decided")), _day(coding.decided_on)),
                    (
                        _t(QT_TRANSLATE_NOOP("ConsentDocuments", "AF case officer")),
                        coding.af_officer,
                    ),
                ),
            )
        )
    workplaces = {w.id: w.name for w in osa.workplaces()}
    placements = osa.placements(person_id)
    for placement in placements:
        entities.add(("placement", str(placement.id)))
    entities.update(
        ("placement_contact", i)
        for i in placement_contact_ids(register, [p.id for p in placements if p.id is not None])
    )
    sections.append(
        Section(
            _t(QT_TRANSLATE_NOOP("ConsentDocuments", "OSA: AF coding and placements")),
            entries=(
                *coding_entries,
                *(_placement_entry(p, workplaces) for p in placements),
            ),
            empty=_t(QT_TRANSLATE_NOOP("ConsentDocuments", "Nothing recorded about OSA.")),
        )
    )
    progress.check()

    # -------------------------------------------------------------- consents
    consent_repository = ConsentRepository(register)
    options = consent_repository.options()
    consent_entries: list[tuple[str, int, Entry]] = []  # by the day given, voided ones too
    for consent in consent_repository.consents(person_id):
        entities.add(("consent", str(consent.id)))
        attachments = consent_repository.attachments(consent.id) if consent.id else []
        entities.update(("consent_attachment", str(a.id)) for a in attachments)
        consent_entries.append(
            (
                consent.given_on.isoformat(),
                consent.id or 0,
                _consent_entry(consent, options, attachments, who),
            )
        )
    for row in voided_consents(register, person_id):
        (cid, kind, given, valid, units, cats, rec_by, rec_at, reason, v_by, v_at) = row
        entities.add(("consent", str(cid)))
        consent_entries.append(
            (
                given,
                cid,
                Entry(
                    f"{given} · {options.kind_label(kind)}",
                    fields=_fields(
                        (
                            _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Receiving units")),
                            ", ".join(options.unit_label(u) for u in json.loads(units)),
                        ),
                        (
                            _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Data")),
                            ", ".join(options.category_label(c) for c in json.loads(cats)),
                        ),
                        (_t(QT_TRANSLATE_NOOP("ConsentDocuments", "Valid until")), valid),
                        (recorded, by_at.format(at=_when(rec_at), user=who(rec_by))),
                    ),
                    mark=_t(
                        QT_TRANSLATE_NOOP(
                            "ConsentDocuments",
                            "Entered by mistake and voided {at} by {user}: {reason}. It never "
                            "counted.",
                        )
                    ).format(at=_when(v_at), user=who(v_by), reason=reason),
                ),
            )
        )
    sections.append(
        Section(
            _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Your consents")),
            entries=tuple(e for *_, e in sorted(consent_entries)),
            empty=_t(QT_TRANSLATE_NOOP("ConsentDocuments", "No consents recorded.")),
        )
    )

    # -------------------------------------------------------------- disclosures
    disclosures = consent_repository.disclosures(person_id)
    sections.append(
        Section(
            _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Who has received data about you")),
            intro=_t(
                QT_TRANSLATE_NOOP(
                    "ConsentDocuments",
                    "Every document about you that was printed or saved from the register: to "
                    "whom, what it held, when and by whom.",
                )
            ),
            listing=Listing(
                (
                    _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Date")),
                    _t(QT_TRANSLATE_NOOP("ConsentDocuments", "To")),
                    _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Document")),
                    _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Data")),
                    _t(QT_TRANSLATE_NOOP("ConsentDocuments", "By")),
                ),
                tuple(
                    (
                        _when(d.at) or d.on.isoformat(),
                        options.unit_label(d.recipient),
                        _what(d.document),
                        ", ".join(options.category_label(c) for c in sorted(d.categories))
                        or _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Name and personnummer")),
                        who(d.by),
                    )
                    for d in disclosures
                ),
                (3.2, 2.6, 2.6, 4, 2.6),
            ),
            empty=_t(QT_TRANSLATE_NOOP("ConsentDocuments", "Nothing has been disclosed.")),
        )
    )
    progress.check()

    # -------------------------------------------------------------- audit log
    seqs = disclosure_audit_seqs(register, person_id)
    exported_kinds = {"consent_form", "register_extract"}
    audit_rows = []
    for entry in register.audit_entries():
        about = (entry.entity, entry.entity_id) in entities or (
            entry.entity in exported_kinds and entry.entity_id == str(person_id)
        )
        if about or entry.seq in seqs:
            audit_rows.append(
                (_when(entry.at), who(entry.user), action_label(entry.action), _what(entry.entity))
            )
    sections.append(
        Section(
            _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Who has seen or changed your record")),
            intro=_t(
                QT_TRANSLATE_NOOP(
                    "ConsentDocuments",
                    "From the register's audit log: every time staff opened, changed, printed "
                    "or exported your record.",
                )
            ),
            listing=Listing(
                (
                    _t(QT_TRANSLATE_NOOP("ConsentDocuments", "When")),
                    _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Who")),
                    _t(QT_TRANSLATE_NOOP("ConsentDocuments", "What")),
                    _t(QT_TRANSLATE_NOOP("ConsentDocuments", "In")),
                ),
                tuple(audit_rows),
                (3, 3.4, 2.6, 4),
            ),
            empty=_t(QT_TRANSLATE_NOOP("ConsentDocuments", "No entries.")),
        )
    )

    unit = settings.unit_name
    return RegisterExtract(
        title=_t(QT_TRANSLATE_NOOP("ConsentDocuments", "Register extract {number}")).format(
            number=person.internal_no
        ),
        heading=_t(QT_TRANSLATE_NOOP("ConsentDocuments", "Register extract")),
        unit_name=unit,
        made_on=day,
        intro=(
            _t(
                QT_TRANSLATE_NOOP(
                    "ConsentDocuments",
                    "Everything {unit} holds about you in its register on {date}, as the "
                    "data-protection regulation (GDPR, article 15) gives you the right to see. "
                    "If something is wrong, tell us: we correct it with a new entry.",
                )
            ).format(unit=unit, date=day.isoformat()),
        ),
        sections=tuple(sections),
    )


def _result_entry(
    result: TestResult,
    results: Sequence[TestResult],
    providers: Mapping[int | None, str],
    who: Any,
    entities: set[tuple[str, str]],
) -> Entry:
    entities.add(("test_result", str(result.id)))
    values = "; ".join(
        f"{label(v.substance)}: "
        + (
            _t(QT_TRANSLATE_NOOP("ConsentDocuments", "positive"))
            if v.positive
            else _t(QT_TRANSLATE_NOOP("ConsentDocuments", "negative"))
        )
        + (f", {v.value:g} {v.unit}".rstrip() if v.value is not None else "")
        + (
            " ("
            + _t(QT_TRANSLATE_NOOP("ConsentDocuments", "cut-off {cutoff}")).format(
                cutoff=f"{v.cutoff:g}"
            )
            + ")"
            if v.cutoff is not None
            else ""
        )
        for v in result.values
    )
    marks = []
    by_id = {r.id: r for r in results}
    if result.corrects is not None and result.corrects in by_id:
        marks.append(
            _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Corrects the entry for {date}.")).format(
                date=_when(by_id[result.corrects].taken_at)
            )
        )
    if any(r.corrects == result.id for r in results):
        marks.append(
            _t(
                QT_TRANSLATE_NOOP(
                    "ConsentDocuments", "Corrected by a later entry; kept as it was entered."
                )
            )
        )
    return Entry(
        f"{_when(result.taken_at)} · {label(result.outcome)}",
        fields=_fields(
            (_t(QT_TRANSLATE_NOOP("ConsentDocuments", "Method")), label(result.method)),
            (_t(QT_TRANSLATE_NOOP("ConsentDocuments", "Values")), values),
            (
                _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Provider")),
                providers.get(result.provider_id, "") if result.provider_id else "",
            ),
            (_t(QT_TRANSLATE_NOOP("ConsentDocuments", "Sample id")), result.sample_id),
            (
                _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Cost")),
                f"{result.price_sek} kr" if result.price_sek is not None else "",
            ),
            (_t(QT_TRANSLATE_NOOP("ConsentDocuments", "Comment")), result.comment),
            (_t(QT_TRANSLATE_NOOP("ConsentDocuments", "Entered by")), who(result.entered_by)),
        ),
        mark=" ".join(marks),
    )


def _follow_up_texts(follow_up: FollowUp) -> str:
    """Every text of an action-plan follow-up, a corrected one too (the extract holds all)."""
    parts = []
    for text in follow_up.texts:
        if text.corrects is None:
            parts.append(text.text)
        else:
            parts.append(
                _t(QT_TRANSLATE_NOOP("ConsentDocuments", "correction: {text}")).format(
                    text=text.text
                )
            )
    return ": " + " / ".join(parts) if parts else ""


def _placement_entry(placement: Placement, workplaces: Mapping[int | None, str]) -> Entry:
    extension = ""
    if placement.extended_to:
        extension = _t(
            QT_TRANSLATE_NOOP("ConsentDocuments", "to {date}, decided by AF on {decided}")
        ).format(date=_day(placement.extended_to), decided=_day(placement.extension_decided_on))
        if placement.extension_reason:
            extension += f": {placement.extension_reason}"
    follow_ups = "; ".join(
        f"{c.on.isoformat()} {label(c.kind)}" + (f": {c.note}" if c.note else "")
        for c in placement.contacts
    )
    plan = ""
    if placement.plan is not None:
        p = placement.plan
        plan = "; ".join(
            x
            for x in (
                label(p.next_step),
                p.responsible,
                _t(QT_TRANSLATE_NOOP("ConsentDocuments", "contact with AF {date}")).format(
                    date=p.af_contact_on.isoformat()
                )
                if p.af_contact_on
                else "",
                _t(QT_TRANSLATE_NOOP("ConsentDocuments", "job-search coaching {dates}")).format(
                    dates=", ".join(d.isoformat() for d in p.coaching)
                )
                if p.coaching
                else "",
            )
            if x
        )
    return Entry(
        f"{workplaces.get(placement.workplace_id, '')} · {placement.start.isoformat()}–"
        f"{placement.end.isoformat()}",
        fields=_fields(
            (_t(QT_TRANSLATE_NOOP("ConsentDocuments", "Status")), label(placement.status)),
            (
                _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Planned end")),
                _day(placement.planned_end),
            ),
            (
                _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Hours a week")),
                f"{placement.hours_per_week:g}",
            ),
            (
                _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Wage subsidy reference")),
                placement.wage_subsidy_ref,
            ),
            (_t(QT_TRANSLATE_NOOP("ConsentDocuments", "Supervisor")), placement.supervisor),
            (_t(QT_TRANSLATE_NOOP("ConsentDocuments", "Extended")), extension),
            (_t(QT_TRANSLATE_NOOP("ConsentDocuments", "Ended")), _day(placement.ended_on)),
            (
                _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Why it ended")),
                " · ".join(x for x in (label(placement.end_reason), placement.end_comment) if x),
            ),
            (_t(QT_TRANSLATE_NOOP("ConsentDocuments", "Follow-ups")), follow_ups),
            (_t(QT_TRANSLATE_NOOP("ConsentDocuments", "Plan for after OSA")), plan),
        ),
    )


def _consent_entry(consent: Consent, options: ConsentOptions, attachments: Any, who: Any) -> Entry:
    mark = ""
    if consent.withdrawal is not None:
        w = consent.withdrawal
        mark = _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Withdrawn {date} ({how}).")).format(
            date=w.on.isoformat(), how=_method_word(w.method)
        )
        if w.note:
            mark += f" {w.note}"
    files = "; ".join(f"{a.file_name} ({_size(a.size)})" for a in attachments)
    return Entry(
        f"{consent.given_on.isoformat()} · {options.kind_label(consent.kind)}",
        fields=_fields(
            (
                _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Receiving units")),
                ", ".join(
                    options.unit_label(u) for u in _in_list_order(consent.units, options.units)
                ),
            ),
            (
                _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Data")),
                ", ".join(
                    options.category_label(c)
                    for c in _in_list_order(consent.categories, options.categories)
                ),
            ),
            (
                _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Purpose")),
                translate("Consent", consent.purpose),
            ),
            (_t(QT_TRANSLATE_NOOP("ConsentDocuments", "Valid until")), _day(consent.valid_until)),
            (
                _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Given")),
                _t(QT_TRANSLATE_NOOP("ConsentDocuments", "in writing"))
                if consent.form is ConsentForm.WRITTEN
                else _t(QT_TRANSLATE_NOOP("ConsentDocuments", "orally")),
            ),
            (
                _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Programme description handed over")),
                _yes_no(consent.description_handed_over),
            ),
            (_t(QT_TRANSLATE_NOOP("ConsentDocuments", "Note")), consent.note),
            (_t(QT_TRANSLATE_NOOP("ConsentDocuments", "Scanned forms")), files),
            (
                _t(QT_TRANSLATE_NOOP("ConsentDocuments", "Recorded")),
                _t(QT_TRANSLATE_NOOP("ConsentDocuments", "{at} by {user}")).format(
                    at=_when(consent.recorded_at), user=who(consent.recorded_by)
                ),
            ),
        ),
        mark=mark,
    )


def _method_word(method: WithdrawalMethod) -> str:
    words = {
        WithdrawalMethod.WRITTEN: QT_TRANSLATE_NOOP("ConsentDocuments", "in writing"),
        WithdrawalMethod.ORAL: QT_TRANSLATE_NOOP("ConsentDocuments", "orally"),
        WithdrawalMethod.PHONE: QT_TRANSLATE_NOOP("ConsentDocuments", "by phone"),
        WithdrawalMethod.OTHER: QT_TRANSLATE_NOOP("ConsentDocuments", "other way"),
    }
    return _t(words[method])


def _size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    if size >= 1024:
        return f"{size / 1024:.0f} kB"
    return f"{size} B"


class RegisterExtractDocument(Document):
    """Everything held about one person, for that person (GDPR art. 15)."""

    kind = "register_extract"
    suffix = ".pdf"

    def __init__(self, person_id: int, *, internal_no: str = "") -> None:
        self.person_id = person_id
        self.internal_no = internal_no
        self.recipient = DATA_SUBJECT

    def subject(self) -> str:
        return str(self.person_id)

    def default_name(self) -> str:
        return f"registerutdrag-{self.internal_no or self.person_id}.pdf"

    def build(self, source: ExportSource, progress: Progress) -> Rendered:
        extract = register_extract(
            source.register, self.person_id, day=source.day, progress=progress
        )
        progress.check()
        pdf = render_register_extract(extract)
        # The extract holds everything, so the disclosure log names every kind of data.
        categories = frozenset(
            c.code for c in ConsentRepository(source.register).options().categories
        )
        return Rendered(pdf, (Included(self.person_id, categories),))


# ====================================================================== the data-handling plan


def handling_plan(register: Register, *, day: date | None = None) -> HandlingPlan:
    """The plan's content from the register's own settings and accounts."""
    settings = load_settings(register)
    options = ConsentRepository(register).options()
    texts = load_form_texts(register, settings.language).filled(
        {"unit": settings.unit_name, "municipality": settings.municipality, "valid_until": ""}
    )
    roles = {
        "admin": QT_TRANSLATE_NOOP("ConsentDocuments", "Administrator"),
        "staff": QT_TRANSLATE_NOOP("ConsentDocuments", "Staff"),
    }
    accounts = tuple(
        Account(
            u.display_name or u.username,
            u.username,
            _t(roles.get(u.role.value, u.role.value)),
            _when(u.created_at)[:10],
            _when(u.disabled_at)[:10] if u.disabled_at else "",
        )
        for u in register.users()
    )
    kdf = register.kdf
    chain = register.verify_audit_chain()
    return HandlingPlan(
        unit_name=settings.unit_name,
        municipality=settings.municipality,
        made_on=day or register.today(),
        kinds=tuple(Named(c.shown(), "", c.active) for c in options.kinds),
        units=tuple(Named(c.shown(), texts.unit_role(c.code), c.active) for c in options.units),
        categories=tuple(
            Named(c.shown(), texts.category_note(c.code), c.active) for c in options.categories
        ),
        retention_years=settings.retention_years,
        accounts=accounts,
        autolock_minutes=settings.autolock_minutes,
        key_derivation=_t(
            QT_TRANSLATE_NOOP(
                "ConsentDocuments", "Argon2id, {passes} passes, {memory}, {lanes} lanes"
            )
        ).format(
            passes=kdf.time_cost,
            memory=f"{kdf.memory_cost_kib // 1024} MiB"
            if kdf.memory_cost_kib >= 1024
            else f"{kdf.memory_cost_kib} KiB",
            lanes=kdf.parallelism,
        ),
        audit_entries=chain.entries,
        audit_intact=chain.intact,
        consent_months=VALID_MONTHS_MAX,
    )


class HandlingPlanDocument(Document):
    """The unit's data-handling plan, for the unit itself and its evaluator: no person in it."""

    kind = "handling_plan"
    suffix = ".pdf"

    def __init__(self) -> None:
        self.recipient = INTERNAL

    def subject(self) -> str:
        return ""

    def default_name(self) -> str:
        return "informationshanteringsplan.pdf"

    def build(self, source: ExportSource, progress: Progress) -> Rendered:
        plan = handling_plan(source.register, day=source.day)
        progress.check()
        return Rendered(render_handling_plan(plan))
