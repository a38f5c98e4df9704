"""Retention (domain brief §8): whose records are due for deletion, what deletion keeps so past
periods' figures stay the same, and the pseudonym an erased person is known by afterwards.

The rules, in order:

1. A person who is still on the path (referred, waiting to start, or enrolled) is never due,
   however old their last entry.
2. Otherwise their record is due the day after `retention_years` years have passed since their
   last entry: the latest date of anything recorded about them (a step on the path, a note, a
   drug test, a placement or its follow-up, a consent, a withdrawal, a document sent, a goal,
   a check-in), by the day it happened or the day it was recorded, whichever is later. Opening
   the record is not an entry.
3. The research sample is kept: people born on the 5th, 15th or 25th of a month (old SoL 12 kap.
   2 §), unless the unit follows archive rules of its own and turns that off.
4. Nothing is deleted until an administrator has confirmed the list of people, by count.

What erasing keeps is a skeleton without identity, so the steering figures of every past
period come out the same (desktop/core/steering.py reads exactly this): the steps on the path
with their dates and codes only (referrer type, result, criteria, decision and reason code,
group, phase, outcome); drug-test results without comment or sample id; OSA placements with
their dates, hours and codes, without names, references or comments; and of the person, the
sex and the birth date (the age figures are computed on any day, so the day is needed). The
name becomes "Raderad person P-XXXXXX" and the internal number the pseudonym. Everything else
(personnummer, phone, municipality, interpreter, needs, contacts, the action plan and its
follow-up texts, notes, check-ins, schedules, the AF coding, consents and their scans, the
disclosure log, handled to-do items) is deleted. The audit log never held more than internal
ids (desktop/core/audit.py), so it is left as it is and its chain still verifies: the id now
points at the pseudonym.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.core.path import EventKind, Status

CONTEXT = "Retention"
RESEARCH_DAYS = frozenset({5, 15, 25})
ACTIVE = frozenset({Status.REFERRED, Status.AWAITING_ENROLMENT, Status.ENROLLED})
ERASED_FIRST_NAME = "Raderad person"  # the name a pseudonymised person is shown with
PSEUDONYM_PREFIX = "P-"
_PSEUDONYM_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud, written
PSEUDONYM_LENGTH = 6
_PSEUDONYM = re.compile(rf"{PSEUDONYM_PREFIX}[{_PSEUDONYM_ALPHABET}]{{{PSEUDONYM_LENGTH}}}")


def add_years(day: date, years: int) -> date:
    """The same day `years` later; 29 February becomes 28 February in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


class Verdict(StrEnum):
    DUE = "due"
    ACTIVE = "active"  # still on the path
    RECENT = "recent"  # the retention period has not run out
    RESEARCH_SAMPLE = "research_sample"  # kept: born on the 5th, 15th or 25th


@dataclass(frozen=True)
class RetentionRule:
    years: int = 5
    keep_research_sample: bool = True


@dataclass(frozen=True)
class FileFacts:
    """What the rule reads about one person's record."""

    person_id: int
    status: Status
    last_entry: date
    birth_date: date | None = None


def due_on(last_entry: date, years: int) -> date:
    """The first day the record may be deleted: after `years` whole years have passed."""
    return add_years(last_entry, years) + timedelta(days=1)


def is_research_sample(birth_date: date | None) -> bool:
    return birth_date is not None and birth_date.day in RESEARCH_DAYS


def verdict(facts: FileFacts, rule: RetentionRule, today: date) -> Verdict:
    if facts.status in ACTIVE:
        return Verdict.ACTIVE
    if today < due_on(facts.last_entry, rule.years):
        return Verdict.RECENT
    if rule.keep_research_sample and is_research_sample(facts.birth_date):
        return Verdict.RESEARCH_SAMPLE
    return Verdict.DUE


def due(facts: Iterable[FileFacts], rule: RetentionRule, today: date) -> list[FileFacts]:
    """The records due for deletion on `today`, oldest last entry first."""
    found = [f for f in facts if verdict(f, rule, today) is Verdict.DUE]
    return sorted(found, key=lambda f: (f.last_entry, f.person_id))


# ------------------------------------------------------------------------------- the skeleton

# Of each step's data, the codes the path's rules (desktop/core/path.py `apply`) and the
# figures (steering, outcome) read. Everything else in a step is free text: who referred, why,
# the interview's summary, a comment on the discharge.
PATH_CODES: Mapping[EventKind, frozenset[str]] = {
    EventKind.REFERRAL: frozenset({"referrer_type"}),
    EventKind.SECURITY_CONSENT: frozenset(),
    EventKind.SECURITY_RESULT: frozenset({"result"}),
    EventKind.MAPPING_INTERVIEW: frozenset(),
    EventKind.CRITERIA: frozenset({"criteria"}),
    EventKind.DECISION: frozenset({"enrolled", "reason"}),
    EventKind.ENROLMENT: frozenset({"contract_signed", "group_id"}),
    EventKind.PHASE_CHANGE: frozenset({"phase"}),
    EventKind.DISCHARGE: frozenset({"outcome"}),
}


def path_skeleton(kind: str, data: Mapping[str, Any]) -> dict[str, Any]:
    """A step's data without free text. An unknown kind keeps nothing."""
    try:
        keep = PATH_CODES[EventKind(kind)]
    except ValueError:
        keep = frozenset()
    return {k: v for k, v in data.items() if k in keep}


# A placement's stored data (desktop/db/osa.py): these are names, references or free text.
PLACEMENT_TEXT = ("wage_subsidy_ref", "supervisor", "extension_reason", "end_comment")


def placement_skeleton(data: Mapping[str, Any]) -> dict[str, Any]:
    """A placement's data with its dates, hours and codes, and no name, reference or comment
    (the after-OSA plan keeps its next step and dates, not who is responsible)."""
    kept: dict[str, Any] = {k: ("" if k in PLACEMENT_TEXT else v) for k, v in data.items()}
    plan = kept.get("plan")
    if isinstance(plan, Mapping):
        kept["plan"] = {k: ("" if k == "responsible" else v) for k, v in plan.items()}
    return kept


def new_pseudonym(taken: Iterable[str] = ()) -> str:
    """A random pseudonym such as P-K7Q2MX, none of `taken`. Random rather than counted, so it
    tells nothing about the person or the order of deletion."""
    used = set(taken)
    while True:
        tail = "".join(secrets.choice(_PSEUDONYM_ALPHABET) for _ in range(PSEUDONYM_LENGTH))
        pseudonym = PSEUDONYM_PREFIX + tail
        if pseudonym not in used:
            return pseudonym


def is_pseudonym(value: str) -> bool:
    return bool(_PSEUDONYM.fullmatch(value))


def erased_name(pseudonym: str) -> str:
    return f"{ERASED_FIRST_NAME} {pseudonym}"


def redacted_summary(
    content: Mapping[str, Any], person_id: int, pseudonym: str, names: Iterable[str]
) -> dict[str, Any]:
    """A sent weekly summary's kept content without the erased person: their section becomes
    the pseudonym with no lines, and their names in the staff member's own line are replaced.
    The rest of the week, about other people, stays as it was sent."""
    people = []
    for section in content.get("people", ()):
        if str(section.get("person_id")) == str(person_id):
            section = {
                "person_id": section.get("person_id"),
                "name": erased_name(pseudonym),
                "internal_no": pseudonym,
                "lines": [],
            }
        people.append(section)
    note = str(content.get("note", ""))
    # Longest first, so the full name goes before its parts.
    for name in sorted({n.strip() for n in names if n.strip()}, key=len, reverse=True):
        note = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", pseudonym, note, flags=re.IGNORECASE)
    return {**content, "people": people, "note": note}


# ---------------------------------------------------------------------------- what it removes

# What erasing does to each kind of data, by its key in a preview: deleted, or kept without
# identity for the figures. The keys are the register's tables.
DELETED_WORDS: Mapping[str, str] = {
    "notes": QT_TRANSLATE_NOOP("Retention", "notes"),
    "contacts": QT_TRANSLATE_NOOP("Retention", "contacts"),
    "goals": QT_TRANSLATE_NOOP("Retention", "action-plan goals"),
    "goal_follow_ups": QT_TRANSLATE_NOOP("Retention", "goal follow-ups"),
    "goal_follow_up_texts": QT_TRANSLATE_NOOP("Retention", "texts of goal follow-ups"),
    "capital_checkins": QT_TRANSLATE_NOOP("Retention", "recovery-capital check-ins"),
    "test_schedules": QT_TRANSLATE_NOOP("Retention", "drug-test schedules"),
    "af_codings": QT_TRANSLATE_NOOP("Retention", "AF codings"),
    "placement_contacts": QT_TRANSLATE_NOOP("Retention", "OSA follow-ups"),
    "consents": QT_TRANSLATE_NOOP("Retention", "consents"),
    "consent_withdrawals": QT_TRANSLATE_NOOP("Retention", "withdrawals of consent"),
    "consent_voids": QT_TRANSLATE_NOOP("Retention", "consents entered by mistake"),
    "consent_attachments": QT_TRANSLATE_NOOP("Retention", "scanned consent forms"),
    "disclosures": QT_TRANSLATE_NOOP("Retention", "disclosure-log lines"),
    "todo_handled": QT_TRANSLATE_NOOP("Retention", "handled to-do items"),
    "ambassador_summaries": QT_TRANSLATE_NOOP("Retention", "sections in sent weekly summaries"),
}
KEPT_WORDS: Mapping[str, str] = {
    "path_events": QT_TRANSLATE_NOOP("Retention", "steps on the path (codes and dates)"),
    "test_results": QT_TRANSLATE_NOOP("Retention", "drug-test results (without comments)"),
    "placements": QT_TRANSLATE_NOOP("Retention", "OSA placements (dates and codes)"),
}


@dataclass(frozen=True)
class Removal:
    """What erasing one person removes and keeps: counts by kind (keys of DELETED_WORDS and
    KEPT_WORDS). Name, personnummer and contact details always go."""

    deleted: Mapping[str, int]
    kept: Mapping[str, int]

    def to_json(self) -> dict[str, dict[str, int]]:
        return {
            "deleted": {k: v for k, v in self.deleted.items() if v},
            "kept": {k: v for k, v in self.kept.items() if v},
        }

    @staticmethod
    def from_json(raw: Mapping[str, Any]) -> Removal:
        return Removal(
            {str(k): int(v) for k, v in dict(raw.get("deleted", {})).items()},
            {str(k): int(v) for k, v in dict(raw.get("kept", {})).items()},
        )

    def deleted_text(self) -> str:
        """What goes, in the user's language: the name and contact details, then "notes: 4" and
        so on."""
        parts = [
            translate(
                CONTEXT, QT_TRANSLATE_NOOP("Retention", "name, personnummer and contact details")
            )
        ]
        parts += _counted(DELETED_WORDS, self.deleted)
        return "; ".join(parts)

    def kept_text(self) -> str:
        parts = _counted(KEPT_WORDS, self.kept)
        return "; ".join(parts) or translate(CONTEXT, QT_TRANSLATE_NOOP("Retention", "nothing"))


def _counted(words: Mapping[str, str], counts: Mapping[str, int]) -> list[str]:
    """Each kind with a count as "notes: 4", in the order of `words` (unknown kinds, such as
    a table added later, last and by their own name)."""
    order = {key: i for i, key in enumerate(words)}
    keys = sorted((k for k, n in counts.items() if n), key=lambda k: (order.get(k, len(order)), k))
    return [f"{translate(CONTEXT, words[k]) if k in words else k}: {counts[k]}" for k in keys]
