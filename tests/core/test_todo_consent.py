"""The consent to-do items (R18–R22): a consent ending within 30 days, an enrolled person without
an information-sharing consent, and the units to tell after a withdrawal (hand-made data)."""

from __future__ import annotations

from datetime import date, timedelta

from desktop.core.consent import (
    DATA_SUBJECT,
    ENDING_SOON_DAYS,
    INFORMATION_SHARING,
    INTERNAL,
    SECURITY_CHECK,
    WITHDRAWAL_FOLLOW_UP_DAYS,
    Choice,
    Consent,
    ConsentOptions,
    Disclosure,
    Withdrawal,
    WithdrawalMethod,
    last_valid_day,
)
from desktop.core.path import EventKind, PathEvent
from desktop.core.records import Person
from desktop.core.todo import (
    PROVIDERS,
    Severity,
    Snapshot,
    TodoItem,
    consents_ending_soon,
    missing_sharing_consents,
    todo_list,
    withdrawal_follow_ups,
)
from tests.core.test_path import ENROLLED, INTAKE, REFERRAL, ev

PEOPLE = {1: Person("A", "A", id=1), 2: Person("B", "B", id=2)}
ENROLMENT = date(2025, 1, 30)  # ENROLLED's enrolment day
GIVEN = date(2025, 2, 3)
UNTIL = last_valid_day(GIVEN)  # 2026-02-03
DISCHARGED = [*ENROLLED, ev(EventKind.DISCHARGE, 200, outcome="moved")]  # 2025-07-29
NOT_ENROLLED = [*INTAKE, ev(EventKind.DECISION, 10, enrolled=False, reason="not_fit")]

ENDING = "The consent “{consent_kind}” ends on {date}."
MISSING = "Enrolled without a valid consent to share information."
TELL = "Consent withdrawn on {date}: tell {consent_unit} that it is withdrawn."
SHARING_WORDS = "Information sharing between the programme's partners"


def consent(**changes: object) -> Consent:
    values: dict[str, object] = {
        "person_id": 1,
        "kind": INFORMATION_SHARING,
        "units": frozenset({"af", "ifo"}),
        "categories": frozenset({"action_plan"}),
        "given_on": GIVEN,
        "valid_until": UNTIL,
        "purpose": "Etablering",
        "id": 1,
    } | changes
    return Consent(**values)  # type: ignore[arg-type]


def withdrawn(on: date, **changes: object) -> Consent:
    return consent(withdrawal=Withdrawal(on, WithdrawalMethod.ORAL), **changes)


def snapshot(
    *consents: Consent,
    path: list[PathEvent] | None = None,
    disclosures: list[Disclosure] | None = None,
    discharges: list[date] | None = None,
    options: ConsentOptions | None = None,
    known: bool = True,
) -> Snapshot:
    grouped: dict[int, list[Consent]] = {}
    for c in consents:
        grouped.setdefault(c.person_id, []).append(c)
    return Snapshot(
        PEOPLE,
        {1: path if path is not None else ENROLLED},
        consents=grouped,
        discharges={1: discharges} if discharges else {},
        disclosures={1: disclosures} if disclosures else {},
        consent_options=options or ConsentOptions(),
        consents_known=known,
    )


def sent(unit: str, on: date, *categories: str) -> Disclosure:
    return Disclosure(1, unit, frozenset(categories or {"action_plan"}), "report", on, "anna")


def test_the_consent_items_are_registered_between_drug_tests_and_osa() -> None:
    assert PROVIDERS[8:11] == [
        consents_ending_soon,
        missing_sharing_consents,
        withdrawal_follow_ups,
    ]


def test_a_snapshot_without_consents_has_no_consent_items() -> None:
    """Callers that do not load consents (and the older tests) see no change."""
    snap = Snapshot(PEOPLE, {1: ENROLLED})
    assert not snap.consents_known
    for provider in (consents_ending_soon, missing_sharing_consents, withdrawal_follow_ups):
        assert provider(snap, GIVEN) == []
    assert all(i.message not in (ENDING, MISSING, TELL) for i in todo_list(snap, GIVEN))


# ----------------------------------------------------------------------- ending soon


def test_no_item_until_thirty_days_before_the_last_valid_day() -> None:
    snap = snapshot(consent())
    assert consents_ending_soon(snap, UNTIL - timedelta(days=ENDING_SOON_DAYS + 1)) == []


def test_an_item_from_thirty_days_before_to_the_last_day_itself() -> None:
    snap = snapshot(consent())
    expected = TodoItem(
        1,
        ENDING,
        UNTIL,
        Severity.WARNING,
        {"consent_kind": SHARING_WORDS, "date": UNTIL.isoformat()},
    )
    for day in (UNTIL - timedelta(days=ENDING_SOON_DAYS), UNTIL - timedelta(days=1), UNTIL):
        assert consents_ending_soon(snap, day) == [expected], day


def test_the_day_after_it_is_no_longer_ending_but_missing() -> None:
    after = UNTIL + timedelta(days=1)
    snap = snapshot(consent())
    assert consents_ending_soon(snap, after) == []
    assert missing_sharing_consents(snap, after) == [TodoItem(1, MISSING, after, Severity.WARNING)]


def test_a_renewed_consent_clears_the_item() -> None:
    renewed = consent(id=2, given_on=UNTIL - timedelta(days=10), valid_until=UNTIL.replace(2027))
    assert consents_ending_soon(snapshot(consent(), renewed), UNTIL - timedelta(days=5)) == []


def test_two_consents_of_one_kind_ending_the_same_day_give_one_item() -> None:
    twin = consent(id=2, units=frozenset({"frivarden"}))
    assert len(consents_ending_soon(snapshot(consent(), twin), UNTIL)) == 1


def test_each_kind_is_looked_at_on_its_own() -> None:
    check = consent(id=2, kind=SECURITY_CHECK, valid_until=UNTIL + timedelta(days=90))
    items = consents_ending_soon(snapshot(consent(), check), UNTIL - timedelta(days=3))
    assert [i.params["consent_kind"] for i in items] == [SHARING_WORDS]


def test_a_referred_person_is_reminded_of_the_security_check_consent() -> None:
    check = consent(kind=SECURITY_CHECK, valid_until=GIVEN + timedelta(days=20))
    items = consents_ending_soon(snapshot(check, path=[REFERRAL]), GIVEN)
    assert [i.params["consent_kind"] for i in items] == ["Security check"]


def test_no_reminder_once_the_case_is_closed_or_not_opened() -> None:
    """A discharge ends the consent (R18); a person not enrolled has nothing to renew."""
    short = consent(valid_until=date(2025, 8, 10))
    day = date(2025, 7, 29)  # the discharge day, 12 days before the last valid day
    assert consents_ending_soon(snapshot(short, path=DISCHARGED, discharges=[day]), day) == []
    assert consents_ending_soon(snapshot(short, path=NOT_ENROLLED), day) == []
    assert len(consents_ending_soon(snapshot(short), day)) == 1


def test_a_withdrawn_consent_is_not_ending_soon() -> None:
    snap = snapshot(withdrawn(UNTIL - timedelta(days=40)))
    assert consents_ending_soon(snap, UNTIL - timedelta(days=5)) == []


def test_an_administrators_kind_is_named_in_their_words() -> None:
    options = ConsentOptions(kinds=(*ConsentOptions().kinds, Choice("housing", "Bostad")))
    snap = snapshot(consent(kind="housing"), options=options)
    assert consents_ending_soon(snap, UNTIL)[0].params["consent_kind"] == "Bostad"


# ----------------------------------------------------------------------- no consent


def test_an_enrolled_person_without_consent_is_listed_from_the_enrolment() -> None:
    assert missing_sharing_consents(snapshot(), ENROLMENT) == [
        TodoItem(1, MISSING, ENROLMENT, Severity.WARNING)
    ]
    assert missing_sharing_consents(snapshot(), ENROLMENT - timedelta(days=1)) == []


def test_a_consent_in_force_clears_it_from_its_first_day() -> None:
    snap = snapshot(consent())
    assert missing_sharing_consents(snap, GIVEN - timedelta(days=1)) != []
    assert missing_sharing_consents(snap, GIVEN) == []
    assert missing_sharing_consents(snap, UNTIL) == []


def test_a_security_check_consent_is_not_an_information_sharing_consent() -> None:
    snap = snapshot(consent(kind=SECURITY_CHECK))
    assert [i.message for i in missing_sharing_consents(snap, GIVEN)] == [MISSING]


def test_after_a_withdrawal_it_is_due_from_the_withdrawal_day() -> None:
    on = date(2025, 5, 5)
    snap = snapshot(withdrawn(on))
    assert missing_sharing_consents(snap, on - timedelta(days=1)) == []
    assert [i.due for i in missing_sharing_consents(snap, on + timedelta(days=3))] == [on]


def test_nobody_but_the_enrolled_is_asked_for() -> None:
    for path in ([REFERRAL], INTAKE, NOT_ENROLLED, DISCHARGED):
        assert missing_sharing_consents(snapshot(path=path), date(2025, 9, 1)) == [], path


# ----------------------------------------------------------------------- after a withdrawal

W = date(2025, 6, 2)


def tell(snap: Snapshot, day: date) -> list[str]:
    return [str(i.params["consent_unit"]) for i in withdrawal_follow_ups(snap, day)]


def log() -> list[Disclosure]:
    return [
        sent("af", W - timedelta(days=10)),
        sent("ifo", W),  # on the withdrawal day: still before it took effect for the unit
        sent("frivarden", W - timedelta(days=5)),  # not a unit of the withdrawn consent
        sent(INTERNAL, W - timedelta(days=1)),
        sent(DATA_SUBJECT, W - timedelta(days=1)),
    ]


def test_the_units_that_had_data_are_listed_from_the_withdrawal_day() -> None:
    snap = snapshot(withdrawn(W), disclosures=log())
    assert tell(snap, W) == ["Arbetsförmedlingen (AF)", "Social services (IFO)"]
    items = withdrawal_follow_ups(snap, W)
    assert {(i.message, i.due, i.severity, i.params["date"]) for i in items} == {
        (TELL, W, Severity.WARNING, W.isoformat())
    }


def test_for_thirty_days_the_withdrawal_day_included() -> None:
    snap = snapshot(withdrawn(W), disclosures=log())
    assert tell(snap, W - timedelta(days=1)) == []
    assert len(tell(snap, W + timedelta(days=WITHDRAWAL_FOLLOW_UP_DAYS - 1))) == 2
    assert tell(snap, W + timedelta(days=WITHDRAWAL_FOLLOW_UP_DAYS)) == []


def test_data_sent_after_the_withdrawal_does_not_count() -> None:
    snap = snapshot(withdrawn(W), disclosures=[sent("af", W + timedelta(days=1))])
    assert tell(snap, W + timedelta(days=2)) == []


def test_no_disclosures_no_units_to_tell() -> None:
    assert withdrawal_follow_ups(snapshot(withdrawn(W)), W) == []


def test_a_consent_in_force_asks_nobody_to_be_told() -> None:
    assert withdrawal_follow_ups(snapshot(consent(), disclosures=log()), W) == []
