"""The consent gate as a truth table (R18–R22): kind, unit, category, before and after the last
valid day, after a withdrawal, after the case is closed; and the 12-month maximum."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop.core.consent import (
    DATA_SUBJECT,
    INFORMATION_SHARING,
    INTERNAL,
    SECURITY_CHECK,
    Choice,
    Consent,
    ConsentOptions,
    ConsentState,
    Disclosure,
    GateReason,
    Withdrawal,
    WithdrawalMethod,
    allowed_categories,
    consent_status,
    gate,
    last_valid_day,
    units_told_before,
)
from desktop.core.settings import FieldError

GIVEN = date(2026, 3, 10)
UNTIL = date(2027, 3, 10)


def sharing(**changes: object) -> Consent:
    values: dict[str, object] = {
        "person_id": 1,
        "kind": INFORMATION_SHARING,
        "units": frozenset({"ifo", "af"}),
        "categories": frozenset({"action_plan", "drug_tests"}),
        "given_on": GIVEN,
        "valid_until": UNTIL,
        "purpose": "Etablering på arbetsmarknaden",
        "id": 7,
    }
    values.update(changes)
    return Consent(**values)  # type: ignore[arg-type]


WITHDRAWN = sharing(withdrawal=Withdrawal(date(2026, 6, 1), WithdrawalMethod.PHONE))

# (consents, unit, category, day, closings) -> (allowed, reason)
TABLE = [
    # covered, in force: the first day, a middle day, the last day
    ((sharing(),), "ifo", "action_plan", GIVEN, (), True, GateReason.ALLOWED),
    ((sharing(),), "af", "drug_tests", date(2026, 9, 1), (), True, GateReason.ALLOWED),
    ((sharing(),), "ifo", "drug_tests", UNTIL, (), True, GateReason.ALLOWED),
    # before it was given, after its last day
    ((sharing(),), "ifo", "action_plan", GIVEN - timedelta(days=1), (), False, GateReason.NOT_YET),
    ((sharing(),), "ifo", "action_plan", UNTIL + timedelta(days=1), (), False, GateReason.EXPIRED),
    # a unit or a category the consent does not name
    ((sharing(),), "income_support", "action_plan", GIVEN, (), False, GateReason.NO_CONSENT),
    ((sharing(),), "ifo", "health", GIVEN, (), False, GateReason.NO_CONSENT),
    # no consent at all
    ((), "ifo", "action_plan", GIVEN, (), False, GateReason.NO_CONSENT),
    # withdrawn: the day before still yes, the day itself and after no
    ((WITHDRAWN,), "ifo", "action_plan", date(2026, 5, 31), (), True, GateReason.ALLOWED),
    ((WITHDRAWN,), "ifo", "action_plan", date(2026, 6, 1), (), False, GateReason.WITHDRAWN),
    ((WITHDRAWN,), "ifo", "action_plan", date(2026, 12, 1), (), False, GateReason.WITHDRAWN),
    # the case closed (a discharge): in force through the discharge day, not after
    (
        (sharing(),),
        "ifo",
        "action_plan",
        date(2026, 8, 1),
        (date(2026, 8, 1),),
        True,
        GateReason.ALLOWED,
    ),
    (
        (sharing(),),
        "ifo",
        "action_plan",
        date(2026, 8, 2),
        (date(2026, 8, 1),),
        False,
        GateReason.CASE_CLOSED,
    ),
    # a discharge before the consent was given does not end it (a re-enrolment's new consent)
    (
        (sharing(),),
        "ifo",
        "action_plan",
        date(2026, 8, 2),
        (date(2025, 8, 1),),
        True,
        GateReason.ALLOWED,
    ),
    # a security-check consent grants only what is written on it
    (
        (
            sharing(
                kind=SECURITY_CHECK,
                units=frozenset({"security_centre"}),
                categories=frozenset({"criminal_records"}),
            ),
        ),
        "ifo",
        "action_plan",
        GIVEN,
        (),
        False,
        GateReason.NO_CONSENT,
    ),
    (
        (
            sharing(
                kind=SECURITY_CHECK,
                units=frozenset({"security_centre"}),
                categories=frozenset({"criminal_records"}),
            ),
        ),
        "security_centre",
        "criminal_records",
        GIVEN,
        (),
        True,
        GateReason.ALLOWED,
    ),
    # an old withdrawn consent and a newer one in force: the newer one is enough
    (
        (WITHDRAWN, sharing(given_on=date(2026, 7, 1), id=8)),
        "ifo",
        "action_plan",
        date(2026, 7, 2),
        (),
        True,
        GateReason.ALLOWED,
    ),
    # the unit itself and the person themself are not disclosures to a partner
    ((), INTERNAL, "drug_tests", GIVEN, (), True, GateReason.NOT_A_DISCLOSURE),
    (
        (WITHDRAWN,),
        DATA_SUBJECT,
        "health",
        date(2026, 12, 1),
        (),
        True,
        GateReason.NOT_A_DISCLOSURE,
    ),
]


@pytest.mark.parametrize(
    ("consents", "unit", "category", "day", "closings", "allowed", "reason"), TABLE
)
def test_the_gate(consents, unit, category, day, closings, allowed, reason) -> None:  # type: ignore[no-untyped-def]
    decision = gate(consents, unit, category, day, closings)
    assert (decision.allowed, decision.reason) == (allowed, reason)
    if decision.reason is GateReason.ALLOWED:
        assert decision.consent_id in {c.id for c in consents}


def test_allowed_categories_filters_to_what_is_covered() -> None:
    assert allowed_categories(
        [sharing()], "ifo", ["action_plan", "health", "drug_tests"], GIVEN
    ) == {
        "action_plan",
        "drug_tests",
    }
    assert allowed_categories([WITHDRAWN], "ifo", ["action_plan"], date(2026, 6, 1)) == frozenset()


def test_twelve_months_is_the_default_and_the_maximum() -> None:
    assert last_valid_day(GIVEN) == date(2027, 3, 10)
    assert last_valid_day(date(2026, 2, 28)) == date(2027, 2, 28)
    assert last_valid_day(date(2028, 2, 29)) == date(2029, 2, 28)
    sharing().validated(today=GIVEN)  # exactly 12 months: accepted
    with pytest.raises(FieldError) as raised:
        sharing(valid_until=UNTIL + timedelta(days=1)).validated(today=GIVEN)
    assert raised.value.field == "valid_until"
    assert "2027-03-10" in raised.value.user_message()


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"units": frozenset()}, "units"),
        ({"categories": frozenset()}, "categories"),
        ({"purpose": "   "}, "purpose"),
        ({"kind": "nonsense"}, "kind"),
        ({"given_on": GIVEN + timedelta(days=1)}, "given_on"),
        ({"valid_until": GIVEN - timedelta(days=1)}, "valid_until"),
        ({"units": frozenset({"ifo", "unknown_unit"})}, "units"),
    ],
)
def test_a_consent_that_breaks_a_rule_names_its_field(
    changes: dict[str, object], field: str
) -> None:
    with pytest.raises(FieldError) as raised:
        sharing(**changes).validated(today=GIVEN)
    assert raised.value.field == field


def test_withdrawal_rules() -> None:
    consent = sharing()
    done = consent.withdrawn(
        Withdrawal(date(2026, 6, 1), WithdrawalMethod.ORAL, " sa nej "), today=date(2026, 6, 1)
    )
    assert done.withdrawal is not None and done.withdrawal.note == "sa nej"
    assert done.state(date(2026, 6, 1)) is ConsentState.WITHDRAWN
    with pytest.raises(FieldError):  # not twice
        done.withdrawn(Withdrawal(date(2026, 6, 2), WithdrawalMethod.ORAL), today=date(2026, 6, 2))
    with pytest.raises(FieldError):  # not before it was given
        consent.withdrawn(Withdrawal(GIVEN - timedelta(days=1), WithdrawalMethod.ORAL), today=GIVEN)
    with pytest.raises(FieldError):  # not on a day to come
        consent.withdrawn(
            Withdrawal(date(2026, 6, 2), WithdrawalMethod.ORAL), today=date(2026, 6, 1)
        )


def test_states() -> None:
    assert sharing().state(GIVEN - timedelta(days=1)) is ConsentState.NOT_YET
    assert sharing().state(GIVEN) is ConsentState.IN_FORCE
    assert sharing().state(UNTIL + timedelta(days=1)) is ConsentState.EXPIRED
    assert sharing().state(date(2026, 9, 2), (date(2026, 9, 1),)) is ConsentState.CASE_CLOSED


def test_status_names_the_sharing_consent_that_lasts_longest() -> None:
    short = sharing(valid_until=date(2026, 4, 1), id=1)
    long = sharing(id=2)
    status = consent_status([short, long], date(2026, 3, 20))
    assert status.sharing == long and status.ends_on == UNTIL and not status.missing
    assert not status.ending_within(date(2026, 3, 20))
    assert status.ending_within(UNTIL - timedelta(days=30))
    assert consent_status([WITHDRAWN], date(2026, 6, 1)).missing


def test_units_told_before_a_withdrawal() -> None:
    log = [
        Disclosure(
            1, "ifo", frozenset({"action_plan"}), "ambassador_summary", date(2026, 5, 1), "anna"
        ),
        Disclosure(
            1, "ifo", frozenset({"drug_tests"}), "ambassador_summary", date(2026, 5, 8), "anna"
        ),
        Disclosure(1, "af", frozenset({"osa"}), "progress", date(2026, 6, 2), "anna"),  # after
        Disclosure(1, INTERNAL, frozenset({"drug_tests"}), "test_day", date(2026, 5, 2), "anna"),
    ]
    assert units_told_before(log, date(2026, 6, 1)) == {
        "ifo": frozenset({"action_plan", "drug_tests"})
    }


def test_the_unit_s_lists_are_checked() -> None:
    options = ConsentOptions(units=(*ConsentOptions().units, Choice("", "Krami")))
    checked = options.validated()
    assert checked.units[-1].code == "krami"
    assert checked.unit_label("krami") == "Krami"
    with pytest.raises(FieldError):
        ConsentOptions(units=(Choice("ifo", "IFO"), Choice("ifo", "IFO igen"))).validated()
    with pytest.raises(FieldError):
        ConsentOptions(units=(Choice("ifo", "IFO", active=False),)).validated()
    with pytest.raises(FieldError):
        ConsentOptions(units=(Choice("ifo", "  "),)).validated()
