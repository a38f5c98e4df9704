"""The data-handling plan the evaluator asked for (000:414, R19), printed from the register's own
settings: the unit, what it records, who may receive what with consent, how long records are
kept, who has access and how the register is protected."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.reports.register_extract import Document, Entry, Listing, Section, render_sections


def _t(source: str) -> str:
    return translate("HandlingPlan", source)


@dataclass(frozen=True)
class Named:
    """An entry of one of the unit's lists, in words."""

    name: str
    note: str = ""  # what a receiving unit does with the data, or what a category is
    in_use: bool = True


@dataclass(frozen=True)
class Account:
    display_name: str
    username: str
    role: str  # in words
    since: str  # the day the account was made
    removed: str = ""  # the day it was removed, if it was


@dataclass(frozen=True)
class HandlingPlan:
    unit_name: str
    municipality: str
    made_on: date
    kinds: tuple[Named, ...]
    units: tuple[Named, ...]
    categories: tuple[Named, ...]
    retention_years: int
    accounts: tuple[Account, ...]
    autolock_minutes: int
    key_derivation: str  # e.g. "Argon2id: 4 passes, 192 MiB, 2 lanes"
    audit_entries: int
    audit_intact: bool
    consent_months: int  # the longest a consent lasts (R18)


def render_handling_plan(plan: HandlingPlan) -> bytes:
    return render_sections(handling_plan_document(plan))


def handling_plan_document(plan: HandlingPlan) -> Document:
    """The plan as sections of text; every word but the unit's own entries is translated."""
    yes, no = (
        _t(QT_TRANSLATE_NOOP("HandlingPlan", "in use")),
        _t(QT_TRANSLATE_NOOP("HandlingPlan", "no longer in use")),
    )

    def listing(entries: tuple[Named, ...], what: str) -> Listing:
        if not any(e.note for e in entries):
            return Listing(
                (what, ""), tuple((e.name, yes if e.in_use else no) for e in entries), (11, 2)
            )
        return Listing(
            (what, _t(QT_TRANSLATE_NOOP("HandlingPlan", "What for")), ""),
            tuple((e.name, e.note, yes if e.in_use else no) for e in entries),
            (4, 7, 2),
        )

    unit = plan.unit_name
    where = f"{unit}, {plan.municipality}" if plan.municipality else unit
    sections = (
        Section(
            _t(QT_TRANSLATE_NOOP("HandlingPlan", "Who is responsible")),
            entries=(
                Entry(
                    where,
                    text=_t(
                        QT_TRANSLATE_NOOP(
                            "HandlingPlan",
                            "The controller of the personal data in the register is the "
                            "municipal board the unit belongs to. The unit's manager sees that "
                            "this plan is followed and updated, and answers participants' "
                            "questions about their data.",
                        )
                    ),
                ),
            ),
        ),
        Section(
            _t(QT_TRANSLATE_NOOP("HandlingPlan", "What the register holds")),
            intro=_t(
                QT_TRANSLATE_NOOP(
                    "HandlingPlan",
                    "For each person: name, personnummer, contact details and needs; the path "
                    "through the programme (referral, security check, mapping interview, "
                    "decision, enrolment, phases, discharge); the action plan; signed notes; "
                    "contacts at other agencies; recovery-capital check-ins; drug-test "
                    "schedules and results; AF coding and OSA placements; consents, withdrawals "
                    "and scanned forms; the log of what was disclosed to whom. Drug-test results "
                    "and health are health data (GDPR art. 9); the security check and the "
                    "criminal history are data on offences (art. 10).",
                )
            ),
        ),
        Section(
            _t(QT_TRANSLATE_NOOP("HandlingPlan", "Consent and what each unit receives")),
            intro=_t(
                QT_TRANSLATE_NOOP(
                    "HandlingPlan",
                    "Data leaves the unit only as far as the person's consent covers it: the "
                    "receiving units and the kinds of data written on it. A consent lasts at "
                    "most {months} months, ends when the case is closed, and a withdrawal takes "
                    "effect the same day. Every document that names a person is made through "
                    "one export that asks the consent register first and writes each "
                    "disclosure to the disclosure log (to whom, what, when, by whom).",
                )
            ).format(months=plan.consent_months),
            listing=listing(plan.kinds, _t(QT_TRANSLATE_NOOP("HandlingPlan", "Kind of consent"))),
        ),
        Section(
            _t(QT_TRANSLATE_NOOP("HandlingPlan", "Receiving units")),
            listing=listing(plan.units, _t(QT_TRANSLATE_NOOP("HandlingPlan", "Unit"))),
            empty=_t(QT_TRANSLATE_NOOP("HandlingPlan", "None.")),
        ),
        Section(
            _t(QT_TRANSLATE_NOOP("HandlingPlan", "Kinds of data")),
            listing=listing(plan.categories, _t(QT_TRANSLATE_NOOP("HandlingPlan", "Data"))),
            empty=_t(QT_TRANSLATE_NOOP("HandlingPlan", "None.")),
        ),
        Section(
            _t(QT_TRANSLATE_NOOP("HandlingPlan", "How long records are kept")),
            intro=_t(
                QT_TRANSLATE_NOOP(
                    "HandlingPlan",
                    "A person's records are kept for {years} years after their last entry and "
                    "then deleted, except where the municipality's archive rules keep them (for "
                    "example the research samples of people born on the 5th, 15th and 25th). "
                    "Färdväg does not yet delete records by itself: the unit does it.",
                )
            ).format(years=plan.retention_years),
        ),
        Section(
            _t(QT_TRANSLATE_NOOP("HandlingPlan", "Who has access")),
            intro=_t(
                QT_TRANSLATE_NOOP(
                    "HandlingPlan",
                    "Each member of staff signs in with their own user name and password. Staff "
                    "work with the participants' records; administrators also manage users, "
                    "settings and the audit log. Partner units and ambassadors have no access "
                    "to the register: they receive printouts, within the consent.",
                )
            ),
            listing=Listing(
                (
                    _t(QT_TRANSLATE_NOOP("HandlingPlan", "Name")),
                    _t(QT_TRANSLATE_NOOP("HandlingPlan", "User name")),
                    _t(QT_TRANSLATE_NOOP("HandlingPlan", "Role")),
                    _t(QT_TRANSLATE_NOOP("HandlingPlan", "Since")),
                    _t(QT_TRANSLATE_NOOP("HandlingPlan", "Removed")),
                ),
                tuple(
                    (a.display_name, a.username, a.role, a.since, a.removed) for a in plan.accounts
                ),
                (5, 3, 3, 3, 3),
            ),
        ),
        Section(
            _t(QT_TRANSLATE_NOOP("HandlingPlan", "How the register is protected")),
            entries=tuple(
                Entry(heading, text=body)
                for heading, body in (
                    (
                        _t(QT_TRANSLATE_NOOP("HandlingPlan", "Encryption")),
                        _t(
                            QT_TRANSLATE_NOOP(
                                "HandlingPlan",
                                "The register is one file encrypted with SQLCipher 4 (AES-256, "
                                "every page checked with HMAC-SHA512). Its key is never stored: "
                                "each user's password opens their own key slot ({kdf}). A "
                                "recovery key, printed once and kept locked away, opens the "
                                "register if every password is lost.",
                            )
                        ).format(kdf=plan.key_derivation),
                    ),
                    (
                        _t(QT_TRANSLATE_NOOP("HandlingPlan", "Locking")),
                        _t(
                            QT_TRANSLATE_NOOP(
                                "HandlingPlan",
                                "Färdväg locks after {minutes} minutes without use, and when "
                                "the computer is locked. Locking closes the register and "
                                "empties the screen and the clipboard.",
                            )
                        ).format(minutes=plan.autolock_minutes),
                    ),
                    (
                        _t(QT_TRANSLATE_NOOP("HandlingPlan", "Audit log")),
                        (
                            _t(
                                QT_TRANSLATE_NOOP(
                                    "HandlingPlan",
                                    "Every sign-in, opening of a record, change, print and "
                                    "export is written to an audit log that cannot be changed "
                                    "afterwards; each entry is chained to the one before, so "
                                    "a removed or altered entry shows. The log now holds "
                                    "{count} entries and its chain is intact.",
                                )
                            )
                            if plan.audit_intact
                            else _t(
                                QT_TRANSLATE_NOOP(
                                    "HandlingPlan",
                                    "Every sign-in, opening of a record, change, print and "
                                    "export is written to an audit log that cannot be changed "
                                    "afterwards; each entry is chained to the one before, so "
                                    "a removed or altered entry shows. The log holds {count} "
                                    "entries and its chain is BROKEN: run verify and contact "
                                    "whoever looks after the unit's computers.",
                                )
                            )
                        ).format(count=plan.audit_entries),
                    ),
                    (
                        _t(QT_TRANSLATE_NOOP("HandlingPlan", "Notes and corrections")),
                        _t(
                            QT_TRANSLATE_NOOP(
                                "HandlingPlan",
                                "Notes, drug-test results, path steps, consents and the "
                                "disclosure log are never changed or deleted: a mistake is "
                                "corrected by a new entry that points to the old one.",
                            )
                        ),
                    ),
                    (
                        _t(QT_TRANSLATE_NOOP("HandlingPlan", "Documents that leave the register")),
                        _t(
                            QT_TRANSLATE_NOOP(
                                "HandlingPlan",
                                "Printouts and files are made only through Färdväg's export, "
                                "which checks the consent, never names a file after a person "
                                "and logs each export. In meetings nobody is named; figures "
                                "for the steering group hold counts only.",
                            )
                        ),
                    ),
                )
            ),
        ),
        Section(
            _t(QT_TRANSLATE_NOOP("HandlingPlan", "The participant's rights")),
            intro=_t(
                QT_TRANSLATE_NOOP(
                    "HandlingPlan",
                    "A participant may ask for everything the register holds about them: "
                    "Färdväg prints it as a register extract, including who has seen and "
                    "received their data. They may have mistakes corrected, and withdraw a "
                    "consent at any time in the way they prefer: by telling any member of "
                    "staff, by phone or in writing.",
                )
            ),
        ),
    )
    title = _t(QT_TRANSLATE_NOOP("HandlingPlan", "Data-handling plan"))
    return Document(
        title=title,
        unit_name=unit,
        made_on=plan.made_on,
        heading=_t(QT_TRANSLATE_NOOP("HandlingPlan", "Data-handling plan for {unit}")).format(
            unit=unit
        ),
        intro=(
            _t(
                QT_TRANSLATE_NOOP(
                    "HandlingPlan",
                    "How {unit} handles personal data in its register, Färdväg. Printed from "
                    "the register's own settings on {date}: print it again after a change.",
                )
            ).format(unit=unit, date=plan.made_on.isoformat()),
        ),
        sections=sections,
    )
