"""The weekly ambassador summary's rules: ISO weeks across a year end, which events land in which
week, the consent gate deciding who is named and with what (R21), and what changed since a
summary was sent."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from desktop.core.ambassadors import (
    Ambassador,
    GoalFacts,
    IsoWeek,
    LineKind,
    SentSummary,
    WeekFacts,
    changes_since,
    checked_note,
    file_number,
    in_programme,
    partner_units,
    summary_file_name,
    week_facts,
    weekly_summary,
    weeks_in_year,
)
from desktop.core.consent import (
    INFORMATION_SHARING,
    Consent,
    ConsentOptions,
    Withdrawal,
    WithdrawalMethod,
    allowed_categories,
)
from desktop.core.drugtests import Method, Outcome, Substance, SubstanceValue, TestResult
from desktop.core.osa import AfterOsaPlan, NextStep, Placement, PlacementStatus
from desktop.core.path import DischargeOutcome, EventKind, PathEvent, Phase, replay
from desktop.core.records import FollowUp, Goal, GoalStatus, LifeArea, Need, Person, Responsible
from desktop.core.settings import FieldError

WEEK = IsoWeek(2026, 47)  # Monday 16 – Sunday 22 November 2026
SENT_ON = date(2026, 11, 24)
IFO = Ambassador("Karin Ek", "ifo", id=1)
AF = Ambassador("Omar Said", "af", id=2)


# ----------------------------------------------------------------------------- ISO weeks


def test_a_week_is_monday_to_sunday_and_written_the_iso_way() -> None:
    assert (WEEK.monday, WEEK.sunday) == (date(2026, 11, 16), date(2026, 11, 22))
    assert str(WEEK) == "2026-W47"
    assert str(IsoWeek(2027, 1)) == "2027-W01"
    for text in ("2026-W47", "2026W47", "2026-w47", " 2026-47 "):
        assert IsoWeek.parse(text) == WEEK


@pytest.mark.parametrize("text", ["2026", "W47", "47-2026", "2026-W", "2026-W470", ""])
def test_a_week_that_cannot_be_read_is_refused(text: str) -> None:
    with pytest.raises(FieldError):
        IsoWeek.parse(text)


def test_2026_has_53_weeks_and_w53_runs_into_2027() -> None:
    assert weeks_in_year(2026) == 53
    assert (weeks_in_year(2025), weeks_in_year(2027)) == (52, 52)
    w53 = IsoWeek(2026, 53)
    assert (w53.monday, w53.sunday) == (date(2026, 12, 28), date(2027, 1, 3))
    assert IsoWeek.of(date(2027, 1, 1)) == w53  # a Friday of 2027 in 2026's last week
    assert IsoWeek.of(date(2027, 1, 3)) == w53
    assert IsoWeek.of(date(2027, 1, 4)) == IsoWeek(2027, 1)
    assert w53.next() == IsoWeek(2027, 1)
    assert IsoWeek(2027, 1).previous() == w53
    assert IsoWeek(2026, 52).next() == w53
    with pytest.raises(FieldError):
        IsoWeek(2025, 53)
    with pytest.raises(FieldError):
        IsoWeek.parse("2027-W53")


def test_w52_of_2025_is_followed_by_w01_of_2026_which_starts_in_december() -> None:
    w01 = IsoWeek(2026, 1)
    assert (w01.monday, w01.sunday) == (date(2025, 12, 29), date(2026, 1, 4))
    assert IsoWeek(2025, 52).next() == w01
    assert IsoWeek.of(date(2025, 12, 31)) == w01  # New Year's Eve 2025 counts to 2026


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2026, 11, 24), IsoWeek(2026, 47)),  # a Tuesday: the week before
        (date(2026, 11, 23), IsoWeek(2026, 47)),  # a Monday: still the week before
        (date(2026, 11, 22), IsoWeek(2026, 46)),  # a Sunday: its own week is not over
        (date(2027, 1, 5), IsoWeek(2026, 53)),
        (date(2027, 1, 11), IsoWeek(2027, 1)),
        (date(2026, 1, 2), IsoWeek(2025, 52)),  # W01 of 2026 is running: W52 of 2025
    ],
)
def test_the_default_is_the_last_complete_week(today: date, expected: IsoWeek) -> None:
    assert IsoWeek.last_complete(today) == expected


# ----------------------------------------------------------------------------- facts


def enrolled(start: date, *more: PathEvent) -> tuple[PathEvent, ...]:
    before = start - timedelta(days=20)
    return (
        PathEvent(EventKind.REFERRAL, before, {"referrer_type": "probation"}),
        PathEvent(EventKind.SECURITY_CONSENT, before),
        PathEvent(EventKind.SECURITY_RESULT, before, {"result": "clear"}),
        PathEvent(EventKind.MAPPING_INTERVIEW, before),
        PathEvent(EventKind.DECISION, before, {"enrolled": True}),
        PathEvent(EventKind.ENROLMENT, start, {"contract_signed": True}),
        *more,
    )


def person(person_id: int, first: str, last: str, **kwargs: object) -> Person:
    return Person(
        first,
        last,
        personnummer=f"19900101{person_id:04d}",
        id=person_id,
        internal_no=f"2026-{person_id:03d}",
        **kwargs,  # type: ignore[arg-type]
    )


def consent(
    person_id: int,
    units: set[str],
    categories: set[str],
    given: date = date(2026, 6, 1),
    until: date = date(2027, 5, 31),
    withdrawn: date | None = None,
) -> Consent:
    return Consent(
        person_id,
        INFORMATION_SHARING,
        frozenset(units),
        frozenset(categories),
        given,
        until,
        purpose="Etablering på arbetsmarknaden",
        id=person_id * 10,
        withdrawal=Withdrawal(withdrawn, WithdrawalMethod.ORAL) if withdrawn else None,
    )


def gate_of(  # type: ignore[no-untyped-def]
    consents: list[Consent],
    unit: str,
    day: date = SENT_ON,
    discharges: dict[int, list[date]] | None = None,
):
    """The core gate for one unit on one day, as the export door asks it (with each person's
    discharge days, which close the case, R18)."""

    def permitted(person_id: int, categories: frozenset[str]) -> frozenset[str]:
        held = [c for c in consents if c.person_id == person_id]
        closings = (discharges or {}).get(person_id, [])
        return allowed_categories(held, unit, categories, day, closings)

    return permitted


def facts_of(*people: tuple[Person, tuple[PathEvent, ...]], **extra: object) -> WeekFacts:
    return week_facts(
        WEEK,
        {p.id or 0: p for p, _ in people},
        {p.id or 0: list(events) for p, events in people},
        **extra,  # type: ignore[arg-type]
    )


def texts(
    facts: WeekFacts, ambassador: Ambassador, consents: list[Consent]
) -> dict[str, list[str]]:
    summary = weekly_summary(facts, ambassador, gate_of(consents, ambassador.unit))
    return {p.name: [line.text() for line in p.lines] for p in summary.people}


ASA = person(1, "Åsa", "Öberg", needs=frozenset({Need.HOUSING, Need.INCOME}))
BO = person(2, "Bo", "Berg")
CAROLA = person(3, "Carola", "Ceder")
DAVID = person(4, "David", "Dahl")


def test_events_land_in_their_iso_week() -> None:
    # Sunday 22 November is the last day of W47; Monday 23 November belongs to W48.
    sunday = enrolled(date(2026, 11, 22))
    monday = enrolled(date(2026, 11, 23))
    phase = enrolled(
        date(2026, 9, 1),
        PathEvent(EventKind.PHASE_CHANGE, date(2026, 11, 16), {"phase": "phase_2"}),
    )
    facts = facts_of((ASA, sunday), (BO, monday), (CAROLA, phase))
    assert [p.person.name for p in facts.people] == ["Carola Ceder", "Åsa Öberg"]
    everyone = [consent(i, {"ifo"}, {"action_plan"}) for i in (1, 2, 3)]
    summary = weekly_summary(facts, IFO, gate_of(everyone, "ifo"))
    lines = {p.name: [(line.kind, line.on) for line in p.lines] for p in summary.people}
    assert (LineKind.ENROLMENT, date(2026, 11, 22)) in lines["Åsa Öberg"]
    assert lines["Carola Ceder"][0] == (LineKind.PHASE_CHANGE, date(2026, 11, 16))
    assert "Bo Berg" not in lines  # enrolled in W48: not a participant of W47
    next_week = week_facts(WEEK.next(), {2: BO}, {2: list(monday)})
    assert [p.person.name for p in next_week.people] == ["Bo Berg"]


def test_events_across_the_year_end_land_in_w53_and_w01() -> None:
    new_years_day = enrolled(date(2027, 1, 1))  # a Friday: 2026-W53
    fourth = enrolled(date(2027, 1, 4))  # a Monday: 2027-W01
    people = {1: ASA, 2: BO}
    paths = {1: list(new_years_day), 2: list(fourth)}
    w53 = week_facts(IsoWeek(2026, 53), people, paths)
    w01 = week_facts(IsoWeek(2027, 1), people, paths)
    assert [p.person.id for p in w53.people] == [1]
    assert sorted(p.person.id or 0 for p in w01.people) == [1, 2]
    day = date(2027, 1, 11)
    everyone = [consent(i, {"ifo"}, {"action_plan"}, until=date(2027, 5, 1)) for i in (1, 2)]
    first = weekly_summary(w01, IFO, gate_of(everyone, "ifo", day))
    kinds = {p.name: [line.kind for line in p.lines] for p in first.people}
    # Åsa is enrolled in W01 too, but her enrolment was in W53: only her standing need is told.
    assert kinds == {"Bo Berg": [LineKind.ENROLMENT], "Åsa Öberg": [LineKind.NEED]}


def test_a_discharged_participant_stays_in_the_week_of_the_discharge_only() -> None:
    events = enrolled(
        date(2026, 9, 1),
        PathEvent(EventKind.DISCHARGE, date(2026, 11, 20), {"outcome": "private_job"}),
    )
    assert in_programme(events, WEEK)
    assert not in_programme(events, WEEK.next())
    assert in_programme(events, IsoWeek(2026, 36))  # enrolled on Tuesday 1 September
    assert not in_programme(events, IsoWeek(2026, 35))


def test_in_the_programme_is_what_the_replayed_path_says_on_every_week() -> None:
    """Most paths are told without replaying them; every week around two enrolment periods
    (a discharge and a new referral in the same week, a re-enrolment, a phase change) gets
    the answer the replayed path's periods give."""
    first = date(2026, 3, 3)
    again = date(2026, 9, 14)  # a Monday: the new referral in the week of the discharge
    events = (
        *enrolled(first, PathEvent(EventKind.PHASE_CHANGE, date(2026, 4, 8), {"phase": "phase_2"})),
        PathEvent(EventKind.DISCHARGE, again, {"outcome": "not_ready"}),
        *enrolled(again + timedelta(days=26))[:5],
        PathEvent(EventKind.ENROLMENT, again + timedelta(days=40), {"contract_signed": True}),
        PathEvent(EventKind.DISCHARGE, date(2026, 12, 1), {"outcome": "studies"}),
    )
    never = enrolled(date(2026, 6, 1))[:4]  # referred, never decided
    week, answers = IsoWeek(2026, 1), []
    while week.monday < date(2027, 2, 1):
        for path in (events, never, ()):
            periods = replay(e for e in path if e.on <= week.sunday).periods
            expected = any(
                p.start <= week.sunday and (p.end is None or p.end >= week.monday) for p in periods
            )
            assert in_programme(path, week) is expected, (week, path[:1])
            answers.append(expected)
        week = week.next()
    # W10 (Tuesday 3 March) to W38 (the discharge on Monday 14 September), then W43 (Saturday
    # 24 October) to W49 (Tuesday 1 December).
    assert answers.count(True) == (38 - 10 + 1) + (49 - 43 + 1)


# ----------------------------------------------------------------------------- the gate


def test_the_gate_decides_who_is_named_covered_expired_withdrawn_not_covered() -> None:
    start = date(2026, 11, 17)
    facts = facts_of(
        (ASA, enrolled(start)),
        (BO, enrolled(start)),
        (CAROLA, enrolled(start)),
        (DAVID, enrolled(start)),
    )
    consents = [
        consent(1, {"ifo"}, {"action_plan"}),  # covered
        consent(2, {"ifo"}, {"action_plan"}, date(2025, 11, 1), date(2026, 10, 31)),  # expired
        consent(3, {"ifo"}, {"action_plan"}, withdrawn=date(2026, 11, 23)),  # withdrawn
        consent(4, {"af"}, {"action_plan"}),  # another unit
    ]
    summary = weekly_summary(facts, IFO, gate_of(consents, "ifo"))
    assert [p.name for p in summary.people] == ["Åsa Öberg"]
    assert summary.included() == ((1, frozenset({"action_plan"})),)
    assert summary.others.people == 3
    assert summary.others.events == ((LineKind.ENROLMENT, 3),)
    assert summary.others.texts() == ["3 enrolled"]
    # The same people, for AF: only David's consent names AF.
    for_af = weekly_summary(facts, AF, gate_of(consents, "af"))
    assert [p.name for p in for_af.people] == ["David Dahl"]


def test_a_withdrawal_after_the_week_but_before_sending_still_stops_it() -> None:
    facts = facts_of((ASA, enrolled(date(2026, 11, 17))))
    withdrawn = [consent(1, {"ifo"}, {"action_plan"}, withdrawn=date(2026, 11, 24))]
    assert weekly_summary(facts, IFO, gate_of(withdrawn, "ifo", date(2026, 11, 23))).people
    assert not weekly_summary(facts, IFO, gate_of(withdrawn, "ifo", date(2026, 11, 24))).people


def drug_results() -> tuple[TestResult, ...]:
    return (
        TestResult(
            1,
            datetime(2026, 11, 17, 9, 0),
            Method.URINE,
            values=(SubstanceValue(Substance.CANNABIS, True, 45.0),),
            id=1,
        ),
        TestResult(1, datetime(2026, 11, 19, 9, 0), Method.URINE, Outcome.NO_SHOW, id=2),
        TestResult(
            1,
            datetime(2026, 11, 24, 9, 0),  # next week's
            Method.URINE,
            values=(SubstanceValue(Substance.CANNABIS, False),),
            id=3,
        ),
    )


def test_drug_tests_only_when_the_consent_covers_them() -> None:
    facts = facts_of((ASA, enrolled(date(2026, 9, 1))), results={1: drug_results()})
    without = texts(facts, IFO, [consent(1, {"ifo"}, {"action_plan"})])
    assert not any("Drug tests" in line for line in without["Åsa Öberg"])
    with_tests = texts(facts, IFO, [consent(1, {"ifo"}, {"action_plan", "drug_tests"})])
    (line,) = [t for t in with_tests["Åsa Öberg"] if "Drug tests" in t]
    assert line == (
        "Drug tests this week: 2 taken, 1 positive, 1 not given (no-show) · positive for "
        "cannabis (THC)"
    )
    only_tests = weekly_summary(facts, IFO, gate_of([consent(1, {"ifo"}, {"drug_tests"})], "ifo"))
    (section,) = only_tests.people
    assert [line.kind for line in section.lines] == [LineKind.DRUG_TESTS]
    assert section.categories == {"drug_tests"}


def test_needs_go_to_the_unit_that_acts_on_them() -> None:
    facts = facts_of((ASA, enrolled(date(2026, 9, 1))))
    everything = {"action_plan", "health"}
    for_ifo = texts(facts, IFO, [consent(1, {"ifo"}, everything)])
    assert for_ifo["Åsa Öberg"] == ["Needs support with: housing"]
    income = Ambassador("Per Holm", "income_support", id=3)
    assert texts(facts, income, [consent(1, {"income_support"}, everything)])["Åsa Öberg"] == [
        "Needs support with: income"
    ]
    assert texts(facts, AF, [consent(1, {"af"}, everything)]) == {}


def test_action_plan_goals_assigned_to_the_unit_and_their_follow_ups() -> None:
    goals = (
        GoalFacts(
            Goal(
                LifeArea.HOUSING,
                "Ansöka om bostad med förtur",
                Responsible.PARTNER,
                "IFO Borås stad",
                date(2026, 12, 15),
                GoalStatus.ONGOING,
                (FollowUp(date(2026, 11, 30)), FollowUp(date(2026, 12, 20))),
            ),
            created_on=date(2026, 11, 18),
            updated_on=date(2026, 11, 18),
        ),
        GoalFacts(
            Goal(
                LifeArea.WORK,
                "Få kodning för OSA",
                Responsible.PARTNER,
                "Arbetsförmedlingen",
                date(2026, 11, 1),
            ),
            date(2026, 10, 1),
            date(2026, 10, 1),
        ),
        GoalFacts(
            Goal(LifeArea.HEALTH, "Tandläkaren", Responsible.PARTICIPANT, "IFO"),
            date(2026, 10, 1),
            date(2026, 10, 1),
        ),
    )
    facts = facts_of((BO, enrolled(date(2026, 9, 1))), goals={2: goals})
    lines = texts(facts, IFO, [consent(2, {"ifo", "af"}, {"action_plan"})])["Bo Berg"]
    assert lines == [
        "Action plan, for your unit: Ansöka om bostad med förtur "
        "(ongoing, due 2026-12-15, new this week)",
        "Follow-up of the goal: Ansöka om bostad med förtur",  # 30 November; 20 December is later
    ]
    assert texts(facts, AF, [consent(2, {"ifo", "af"}, {"action_plan"})])["Bo Berg"] == [
        "Action plan, for your unit: Få kodning för OSA (planned, due 2026-11-01, overdue)"
    ]


@pytest.mark.parametrize(
    ("words", "units"),
    [
        ("IFO Borås stad", {"ifo"}),
        ("Socialtjänsten, Borås", {"ifo"}),
        ("Försörjningsenheten", {"income_support"}),
        ("Arbetsförmedlingen Borås", {"af"}),
        ("AF", {"af"}),
        ("Frivården Borås", {"frivarden"}),
        ("IFO och AF", {"ifo", "af"}),
        ("Budget- och skuldrådgivningen", set()),
        ("Afrikagruppen", set()),  # "af" only as a whole word
        ("", set()),
    ],
)
def test_the_partner_unit_is_read_from_the_goals_words(words: str, units: set[str]) -> None:
    assert partner_units(words, ConsentOptions()) == units


def test_osa_events_and_what_is_coming_up() -> None:
    placement = Placement(
        1,
        7,
        date(2025, 12, 1),
        date(2026, 11, 30),
        status=PlacementStatus.ACTIVE,
        extended_to=date(2026, 12, 4),
        extension_decided_on=date(2026, 11, 18),
        extension_reason="AF förlänger",
        plan=AfterOsaPlan(NextStep.JOB_SEARCH_AF, af_contact_on=date(2026, 12, 1)),
        id=3,
    )
    events = enrolled(
        date(2025, 10, 1),
        PathEvent(EventKind.PHASE_CHANGE, date(2025, 12, 1), {"phase": Phase.OSA.value}),
    )
    facts = facts_of((ASA, events), placements={1: [placement]}, workplaces={7: "Återbruket"})
    af_lines = texts(facts, AF, [consent(1, {"af"}, {"osa"})])["Åsa Öberg"]
    assert af_lines == [
        "AF extended the OSA placement until 2026-12-04",
        "Contact with AF again (after OSA)",
        "OSA placement at Återbruket ends",
    ]
    summary = weekly_summary(facts, AF, gate_of([consent(1, {"af"}, {"osa"})], "af"))
    (section,) = summary.people
    assert [line.on for line in section.coming_up()] == [date(2026, 12, 1), date(2026, 12, 4)]
    # IFO hears of the placement, not of the contact with AF after it.
    assert texts(facts, IFO, [consent(1, {"ifo"}, {"osa"})])["Åsa Öberg"] == [
        "AF extended the OSA placement until 2026-12-04",
        "OSA placement at Återbruket ends",
    ]
    # Without "osa" on the consent, AF hears nothing of it.
    assert texts(facts, AF, [consent(1, {"af"}, {"action_plan"})]) == {}


def test_a_started_osa_placement_says_so_once_not_also_as_a_phase_change() -> None:
    placement = Placement(
        1, 7, date(2026, 11, 18), date(2027, 5, 17), status=PlacementStatus.ACTIVE, id=3
    )
    events = enrolled(
        date(2026, 9, 1),
        PathEvent(EventKind.PHASE_CHANGE, date(2026, 11, 18), {"phase": Phase.OSA.value}),
    )
    facts = facts_of((ASA, events), placements={1: [placement]}, workplaces={7: "Återbruket"})
    lines = texts(facts, AF, [consent(1, {"af"}, {"osa", "action_plan"})])["Åsa Öberg"]
    assert lines == ["Started OSA at Återbruket"]


def test_a_discharge_outcome_that_is_criminal_data_needs_its_own_category() -> None:
    events = enrolled(
        date(2026, 9, 1),
        PathEvent(EventKind.DISCHARGE, date(2026, 11, 20), {"outcome": DischargeOutcome.PRISON}),
    )
    facts = facts_of((BO, events))
    # The consent must be in force on the day of sending: the discharge closes the case (R18),
    # so this summary is made on the discharge day itself.
    day = date(2026, 11, 20)
    closed = {2: [day]}
    plain = weekly_summary(
        facts, IFO, gate_of([consent(2, {"ifo"}, {"action_plan"})], "ifo", day, closed)
    )
    assert [line.text() for line in plain.people[0].lines] == ["Discharged from the programme"]
    told = weekly_summary(
        facts,
        IFO,
        gate_of([consent(2, {"ifo"}, {"action_plan", "criminal_records"})], "ifo", day),
    )
    assert [line.text() for line in told.people[0].lines] == [
        "Discharged from the programme (prison)"
    ]
    # Sent after the discharge day, the closed case names nobody: the discharge is a count.
    closed = {2: [date(2026, 11, 20)]}
    after = weekly_summary(
        facts, IFO, gate_of([consent(2, {"ifo"}, {"action_plan"})], "ifo", SENT_ON, closed)
    )
    assert after.people == ()
    assert after.others.texts() == ["1 discharged"]


def test_a_summary_never_holds_a_personnummer() -> None:
    facts = facts_of((ASA, enrolled(date(2026, 11, 17))))
    summary = weekly_summary(facts, IFO, gate_of([consent(1, {"ifo"}, {"action_plan"})], "ifo"))
    content = str(summary.content())
    assert ASA.personnummer and ASA.personnummer not in content
    assert ASA.personnummer[2:8] not in content


# ----------------------------------------------------------------------------- the staff's line


def test_the_staffs_line_refuses_a_personnummer_or_an_unnamed_participant() -> None:
    facts = facts_of((ASA, enrolled(date(2026, 11, 17))), (BO, enrolled(date(2026, 11, 17))))
    summary = weekly_summary(facts, IFO, gate_of([consent(1, {"ifo"}, {"action_plan"})], "ifo"))
    assert checked_note("  Möte  den 10 december.  ", summary, facts.all_names) == (
        "Möte den 10 december."
    )
    assert checked_note("Åsa Öberg har fått en lägenhet.", summary, facts.all_names)
    for bad in ("Ring om 900101-1234.", "Gäller 199001011234", "Bo Berg kommer på mötet."):
        with pytest.raises(FieldError) as raised:
            checked_note(bad, summary, facts.all_names)
        assert raised.value.field == "note"
    with pytest.raises(FieldError):
        checked_note("x" * 1001, summary)


# ----------------------------------------------------------------------------- sending


def test_file_names_hold_the_week_the_unit_and_a_number_never_a_name() -> None:
    everyone = [
        Ambassador("Karin Ek", "ifo", id=1),
        Ambassador("Per Holm", "income_support", id=2),
        Ambassador("Lena Ask", "ifo", id=5, active=False),
        Ambassador("Nils Berg", "ifo", id=7),
    ]
    numbers = [file_number(a, everyone) for a in everyone]
    assert numbers == [1, 1, 2, 3]  # within the unit, by the order they were added
    assert summary_file_name(WEEK, "ifo", 1) == "veckosammanfattning-2026-W47-ifo-1.pdf"
    assert summary_file_name(WEEK, "income_support", 1) == (
        "veckosammanfattning-2026-W47-income-support-1.pdf"
    )
    assert summary_file_name(WEEK, "hemkommunen_ö", 2) == (
        "veckosammanfattning-2026-W47-hemkommunen-o-2.pdf"
    )


def test_an_ambassador_needs_a_name_and_a_unit_from_the_consent_options() -> None:
    options = ConsentOptions()
    assert Ambassador("  Karin   Ek ", "ifo", email=" k@x.se ").validated(options) == Ambassador(
        "Karin Ek", "ifo", email="k@x.se"
    )
    for field, bad in (
        ("name", Ambassador("", "ifo")),
        ("unit", Ambassador("Karin", "internal")),
        ("unit", Ambassador("Karin", "no_such_unit")),
        ("email", Ambassador("Karin", "ifo", email="karin at x.se")),
    ):
        with pytest.raises(FieldError) as raised:
            bad.validated(options)
        assert raised.value.field == field


def test_what_changed_since_the_summary_was_sent() -> None:
    start = date(2026, 11, 17)
    facts = facts_of((ASA, enrolled(start)), (BO, enrolled(start)))
    first = weekly_summary(facts, IFO, gate_of([consent(1, {"ifo"}, {"action_plan"})], "ifo"))
    sent = SentSummary(
        WEEK,
        1,
        "ifo",
        datetime(2026, 11, 24, 9, tzinfo=UTC),
        "anna",
        first.content_hash(),
        first.content(),
        "veckosammanfattning-2026-W47-ifo-1.pdf",
        "",
        1,
    )
    same = changes_since(sent, first)
    assert same.none
    # Bo gave consent the day after: he is named now, and no longer among the others.
    later = weekly_summary(
        facts,
        IFO,
        gate_of(
            [
                consent(1, {"ifo"}, {"action_plan"}),
                consent(2, {"ifo"}, {"action_plan"}, date(2026, 11, 25)),
            ],
            "ifo",
            date(2026, 11, 25),
        ),
    ).with_note("Nytt möte den 3 december.")
    changes = changes_since(sent, later)
    assert [(who, line.kind) for who, line in changes.added] == [
        ("Bo Berg (2026-002)", LineKind.ENROLMENT)
    ]
    assert changes.removed == ()
    assert changes.others_changed and changes.note_changed
    assert later.content_hash() != first.content_hash()
