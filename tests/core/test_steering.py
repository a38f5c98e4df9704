"""The steering group's figures (§7, R7–R9) on a hand-built scenario whose every figure is worked
out by hand below; periods; reproducibility after later steps; re-enrolment counted per person
and per enrolment; small counts; the cost–benefit computation of the evaluation."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from desktop.core.drugtests import Method, Outcome, Substance, SubstanceValue, TestResult
from desktop.core.figures import counted_results, day_tallies
from desktop.core.osa import EmployerType, EndReason, Placement, PlacementStatus, Workplace
from desktop.core.outcome import OutcomeCategory, OutcomeGroup, people_counts
from desktop.core.path import (
    DischargeOutcome,
    EventKind,
    NotEnrolledReason,
    PathEvent,
    Phase,
    ReferrerType,
)
from desktop.core.records import Person, Sex
from desktop.core.steering import (
    DEFINITIONS,
    GENERAL_TERMS,
    KEY_FIGURES,
    SMALL,
    Cell,
    CostParameters,
    CostSource,
    PeriodError,
    PeriodKind,
    SteeringFigures,
    SteeringInputs,
    Unit,
    cost_benefit,
    dates_period,
    definition_rows,
    key_figures,
    parse_period,
    quarter_period,
    sheets,
    shown,
    steering_figures,
    year_period,
)


def d(month: int, day: int, year: int = 2025) -> date:
    return date(year, month, day)


def ev(kind: EventKind, on: date, **data: object) -> PathEvent:
    return PathEvent(kind, on, data)


def intake(on: date, referrer: str, decided: date, *, enrolled: bool = True) -> list[PathEvent]:
    return [
        ev(EventKind.REFERRAL, on, referrer_type=referrer),
        ev(EventKind.SECURITY_CONSENT, on),
        ev(EventKind.SECURITY_RESULT, on, result="clear"),
        ev(EventKind.MAPPING_INTERVIEW, on),
        ev(EventKind.DECISION, decided, enrolled=enrolled, reason=None if enrolled else "x"),
    ]


def enrol(on: date) -> PathEvent:
    return ev(EventKind.ENROLMENT, on, contract_signed=True)


ANNA, BO, CECILIA, DAVID, EVA, FRANS = 1, 2, 3, 4, 5, 6
PATHS: dict[int, list[PathEvent]] = {
    # Enrolled in Q2, phase 2 then OSA in Q3: in OSA at the end.
    ANNA: [
        *intake(d(5, 2), "probation", d(5, 7)),
        enrol(d(5, 12)),
        ev(EventKind.PHASE_CHANGE, d(7, 10), phase="phase_2"),
        ev(EventKind.PHASE_CHANGE, d(8, 1), phase="osa"),
    ],
    # Enrolled, discharged (unreachable) and enrolled again, all within Q3.
    BO: [
        *intake(d(7, 1), "af", d(7, 5)),
        enrol(d(7, 7)),
        ev(EventKind.DISCHARGE, d(8, 20), outcome="unreachable"),
        *intake(d(9, 1), "self", d(9, 3)),
        enrol(d(9, 10)),
    ],
    # Referred and not enrolled in Q3.
    CECILIA: [
        ev(EventKind.REFERRAL, d(7, 20), referrer_type="ifo"),
        ev(EventKind.SECURITY_CONSENT, d(7, 21)),
        ev(EventKind.SECURITY_RESULT, d(7, 22), result="clear"),
        ev(EventKind.MAPPING_INTERVIEW, d(7, 25)),
        ev(EventKind.DECISION, d(7, 28), enrolled=False, reason="not_motivated"),
    ],
    # Enrolled in Q1, discharged to prison on Q2's last day.
    DAVID: [
        *intake(d(3, 1), "probation", d(3, 10)),
        enrol(d(3, 15)),
        ev(EventKind.DISCHARGE, d(6, 30), outcome="prison"),
    ],
    # Referred near Q3's end, no decision.
    EVA: [
        ev(EventKind.REFERRAL, d(9, 25), referrer_type="probation"),
        ev(EventKind.SECURITY_CONSENT, d(9, 26)),
    ],
    # Enrolled in Q1, discharged to a private job in Q3.
    FRANS: [
        *intake(d(1, 10), "probation", d(1, 20)),
        enrol(d(2, 1)),
        ev(EventKind.DISCHARGE, d(7, 31), outcome="private_job"),
    ],
}
PEOPLE = {
    ANNA: Person("Anna", "A", birth_date=date(1995, 3, 10), sex=Sex.FEMALE, id=ANNA),
    BO: Person("Bo", "B", birth_date=date(1980, 9, 30), sex=Sex.MALE, id=BO),
    CECILIA: Person("Cecilia", "C", birth_date=date(2000, 1, 15), sex=Sex.FEMALE, id=CECILIA),
    DAVID: Person("David", "D", sex=Sex.MALE, id=DAVID),
    EVA: Person("Eva", "E", birth_date=date(1990, 6, 1), sex=Sex.FEMALE, id=EVA),
    FRANS: Person("Frans", "F", birth_date=date(1985, 12, 31), sex=Sex.MALE, id=FRANS),
}
NEG = (SubstanceValue(Substance.CANNABIS, False, 0.0),)
POS = (SubstanceValue(Substance.CANNABIS, True, 80.0),)


def result(
    rid: int,
    person: int,
    day: date,
    values: tuple[SubstanceValue, ...] = (),
    price: int | None = 800,
    outcome: Outcome = Outcome.RESULT,
    corrects: int | None = None,
) -> TestResult:
    return TestResult(
        person,
        datetime(day.year, day.month, day.day, 9, 0, tzinfo=UTC),
        Method.URINE,
        outcome,
        values,
        price_sek=price,
        corrects=corrects,
        id=rid,
    )


RESULTS = [
    result(1, ANNA, d(6, 20), NEG, 600),  # Q2
    result(2, ANNA, d(7, 15), NEG),
    result(3, ANNA, d(8, 15), POS),
    result(4, ANNA, d(9, 15), price=None, outcome=Outcome.NO_SHOW),
    result(5, BO, d(7, 20), NEG, 1000),
]
WORKPLACES = [
    Workplace("Återbruket", EmployerType.MUNICIPAL, places=3, id=1),
    Workplace("Skogslaget", EmployerType.MUNICIPAL, places=2, id=2),
]
PLACEMENTS = [
    Placement(ANNA, 1, d(8, 1), date(2026, 7, 31), status=PlacementStatus.ACTIVE, id=1),
    Placement(
        FRANS,
        2,
        d(3, 1),
        d(12, 31),
        status=PlacementStatus.ENDED,
        ended_on=d(7, 15),
        end_reason=EndReason.COMPLETED,
        id=2,
    ),
]
INPUTS = SteeringInputs(PATHS, PEOPLE, RESULTS, PLACEMENTS, WORKPLACES)
Q3 = quarter_period(2025, 3)
TAKEN = d(10, 15)


@pytest.fixture(scope="module")
def figures() -> SteeringFigures:
    return steering_figures(INPUTS, Q3, TAKEN)


# ---------------------------------------------------------------------------------- periods


@pytest.mark.parametrize(
    ("text", "kind", "since", "until", "label"),
    [
        ("2026-Q3", PeriodKind.QUARTER, date(2026, 7, 1), date(2026, 9, 30), "2026-Q3"),
        ("2026q1", PeriodKind.QUARTER, date(2026, 1, 1), date(2026, 3, 31), "2026-Q1"),
        ("2026-H1", PeriodKind.HALF_YEAR, date(2026, 1, 1), date(2026, 6, 30), "2026-H1"),
        ("2026-H2", PeriodKind.HALF_YEAR, date(2026, 7, 1), date(2026, 12, 31), "2026-H2"),
        ("2026-07", PeriodKind.MONTH, date(2026, 7, 1), date(2026, 7, 31), "2026-07"),
        ("2024-02", PeriodKind.MONTH, date(2024, 2, 1), date(2024, 2, 29), "2024-02"),
        ("2026", PeriodKind.YEAR, date(2026, 1, 1), date(2026, 12, 31), "2026"),
        (
            " 2026-07-05–2026-08-04 ",
            PeriodKind.DATES,
            date(2026, 7, 5),
            date(2026, 8, 4),
            "2026-07-05–2026-08-04",
        ),
    ],
)
def test_periods_are_read_from_their_usual_names(
    text: str, kind: PeriodKind, since: date, until: date, label: str
) -> None:
    period = parse_period(text)
    assert (period.kind, period.since, period.until, period.label) == (kind, since, until, label)
    assert parse_period(period.label) == period  # the label reads back


@pytest.mark.parametrize("text", ["2026-Q5", "2026-13", "26-Q1", "Q3", "", "2026-H3", "x"])
def test_what_is_not_a_period_says_how_to_write_one(text: str) -> None:
    with pytest.raises(PeriodError) as caught:
        parse_period(text)
    assert "2026-Q3" in caught.value.user_message()


def test_the_previous_period_has_the_same_length() -> None:
    assert parse_period("2026-Q1").previous() == quarter_period(2025, 4)
    assert parse_period("2026-03").previous() == parse_period("2026-02")
    assert parse_period("2026-H1").previous() == parse_period("2025-H2")
    assert year_period(2026).previous() == year_period(2025)
    dates = dates_period(date(2026, 7, 5), date(2026, 8, 4))  # 31 days
    assert dates.previous() == dates_period(date(2026, 6, 4), date(2026, 7, 4))
    with pytest.raises(PeriodError):
        dates_period(date(2026, 2, 2), date(2026, 2, 1))


def test_a_period_not_yet_started_is_refused() -> None:
    with pytest.raises(PeriodError):
        steering_figures(INPUTS, parse_period("2025-Q4"), TAKEN - timedelta(days=30))


# ---------------------------------------------------------------------------- the scenario


def test_flow_worked_out_by_hand(figures: SteeringFigures) -> None:
    flow = figures.flow
    assert figures.reference_day == Q3.until and figures.complete
    # Bo (AF, then self), Cecilia (IFO), Eva (probation): four referrals, three people.
    assert (flow.referrals.value, flow.referrals.people) == (4, (BO, CECILIA, EVA))
    assert {k: v.value for k, v in flow.referrals_by_referrer.items()} == {
        ReferrerType.PROBATION: 1,
        ReferrerType.AF: 1,
        ReferrerType.IFO: 1,
        ReferrerType.INCOME_SUPPORT: 0,
        ReferrerType.KRAMI: 0,
        ReferrerType.SELF: 1,
        ReferrerType.OTHER: 0,
    }
    assert flow.not_enrolled.value == 1
    assert flow.not_enrolled_by_reason[NotEnrolledReason.NOT_MOTIVATED].people == (CECILIA,)
    # Bo twice: once per enrolment, once as a person; his second is a re-enrolment.
    assert (flow.enrolments.value, flow.enrolments.people) == (2, (BO,))
    assert (flow.first_enrolments.value, flow.re_enrolments.value) == (1, 1)
    assert (flow.discharges.value, flow.discharges.people) == (2, (BO, FRANS))
    assert flow.discharges_by_outcome[DischargeOutcome.UNREACHABLE].people == (BO,)
    assert flow.discharges_by_outcome[DischargeOutcome.PRIVATE_JOB].people == (FRANS,)
    # David was discharged on the day before the period: not a participant.
    assert flow.participants.people == (ANNA, BO, FRANS)
    # Anna 92 days; Bo 7 July–19 August (44) and 10–30 September (21); Frans 1–30 July (30).
    assert flow.enrolled_days == 92 + 44 + 21 + 30
    assert flow.mean_enrolled == round(187 / 92, 1) == 2.0
    assert flow.awaiting_decision.people == (EVA,)
    assert flow.enrolled_at_end.people == (ANNA, BO)
    assert {p: c.people for p, c in flow.by_phase.items()} == {
        Phase.PHASE_1: (BO,),
        Phase.PHASE_2: (),
        Phase.SUPPORT: (),
        Phase.OSA: (ANNA,),
        Phase.AFTER_OSA: (),
    }


def test_the_outcome_model_at_the_end_worked_out_by_hand(figures: SteeringFigures) -> None:
    # Anna in OSA, Bo newly enrolled, Frans in a private job, David discharged to prison;
    # Cecilia and Eva were never enrolled.
    assert figures.outcome.counted == 4
    assert figures.outcome_people[OutcomeCategory.IN_OSA] == (ANNA,)
    assert figures.outcome_people[OutcomeCategory.NEWLY_ENROLLED] == (BO,)
    assert figures.outcome_people[OutcomeCategory.WORK_OR_STUDIES] == (FRANS,)
    assert figures.outcome_people[OutcomeCategory.DISCHARGED_BEFORE_GOAL] == (DAVID,)
    assert figures.outcome_people[OutcomeGroup.ON_PATH] == (ANNA, BO, FRANS)
    assert figures.outcome.on_path_share == 0.75
    assert figures.outcome.goal_share == 0.5


def test_osa_and_drug_tests_worked_out_by_hand(figures: SteeringFigures) -> None:
    osa = figures.osa.totals
    # Anna's placement started 1 August; Frans's ended, completed, 15 July after 136 days.
    assert (osa.started, osa.active, osa.ended, osa.completed, osa.ended_early) == (1, 1, 1, 1, 0)
    assert figures.osa.mean_months == round(136 / 30.4375, 1) == 4.5
    assert figures.osa.workplace("Återbruket").counts.started == 1
    assert figures.osa.workplace("Skogslaget").counts.completed == 1
    assert figures.osa_people[("", "ended")] == (FRANS,)
    assert figures.osa_people[("Återbruket", "active")] == (ANNA,)
    assert figures.osa_people[("2025-08", "started")] == (ANNA,)
    tests = figures.drug_tests.totals
    # Anna: negative, positive, a no-show (no price); Bo: negative at 1,000 SEK. Anna's June
    # test belongs to Q2.
    assert (tests.total, tests.negative, tests.positive, tests.no_show) == (4, 2, 1, 1)
    assert tests.cost_sek == 800 + 800 + 1000
    assert tests.people_tested == 2
    assert [(m.month, m.counts.total, m.counts.cost_sek) for m in figures.drug_tests.months] == [
        ("2025-07", 2, 1800),
        ("2025-08", 1, 800),
        ("2025-09", 1, 0),
    ]
    assert figures.drug_test_people[("", "no_show")] == (ANNA,)
    assert figures.drug_test_people[("2025-07", "negative")] == (ANNA, BO)


def test_demographics_worked_out_by_hand(figures: SteeringFigures) -> None:
    started = figures.started
    # Only Bo enrolled in the period (twice): 44 on 7 July 2025.
    assert started.people.people == (BO,)
    assert (started.age.mean, started.age.median) == (44.0, 44.0)
    part = figures.participants
    # On 30 September 2025: Anna 30, Bo 45 (his birthday), Frans 39.
    assert part.people.people == (ANNA, BO, FRANS)
    assert part.by_sex[Sex.FEMALE].people == (ANNA,)
    assert part.by_sex[Sex.MALE].people == (BO, FRANS)
    assert (part.age.known, part.age.mean, part.age.median) == (3, 38.0, 39.0)
    assert (part.age.youngest, part.age.oldest) == (30, 45)
    assert part.by_age["30–39"].people == (ANNA, FRANS)
    assert part.by_age["40–49"].people == (BO,)
    assert part.by_age["unknown"].value == 0


def test_cost_benefit_worked_out_by_hand(figures: SteeringFigures) -> None:
    cost = figures.cost
    assert cost.budget == 2_379_000
    assert cost.years == 0.25
    assert cost.period_budget == 594_750
    # 187 person-days over the 92 days of a quarter: 187 / 92 × 0.25 years.
    assert cost.person_years == round(187 / 92 / 4, 2) == 0.51
    nutek = cost.estimates[CostSource.NUTEK]
    assert nutek.period_municipality == round(187 * 327_116 / 368) == 166_225
    assert nutek.period_municipality_net == 166_225 - 594_750


def test_the_previous_period_worked_out_by_hand(figures: SteeringFigures) -> None:
    previous = figures.previous
    assert previous is not None and previous.previous is None
    assert previous.period == quarter_period(2025, 2)
    # Anna referred and enrolled; David discharged on its last day (still a participant);
    # Frans enrolled throughout.
    assert key_figures(previous) == {
        "referrals": 1,
        "not_enrolled": 0,
        "enrolments": 1,
        "first_enrolments": 1,
        "re_enrolments": 0,
        "discharges": 1,
        "participants": 3,
        "enrolled_at_end": 2,
        "outcome_counted": 3,
        "on_path": 2,
        "off_path": 0,
        "discharged": 1,
        "on_path_share": 0.6667,
        "osa_started": 0,
        "osa_active": 1,
        "osa_ended": 0,
        "tests": 1,
        "tests_positive": 0,
        "tests_no_show": 0,
        "tests_cost": 600,
    }
    # Anna 12 May–30 June (50), David 1 April–29 June (90), Frans the whole 91 days.
    assert previous.flow.enrolled_days == 50 + 90 + 91


def test_the_key_figures_of_the_period(figures: SteeringFigures) -> None:
    assert key_figures(figures) == {
        "referrals": 4,
        "not_enrolled": 1,
        "enrolments": 2,
        "first_enrolments": 1,
        "re_enrolments": 1,
        "discharges": 2,
        "participants": 3,
        "enrolled_at_end": 2,
        "outcome_counted": 4,
        "on_path": 3,
        "off_path": 0,
        "discharged": 1,
        "on_path_share": 0.75,
        "osa_started": 1,
        "osa_active": 1,
        "osa_ended": 1,
        "tests": 4,
        "tests_positive": 1,
        "tests_no_show": 1,
        "tests_cost": 2600,
    }
    summary = sheets(figures)[0].tables[0]
    referrals = summary.rows[0]
    assert [c.value for c in referrals.cells] == [4, 1, 3]  # this, previous, change


def test_the_flow_is_the_difference_of_the_cumulative_counts(figures: SteeringFigures) -> None:
    """R9: the period's flow and the `figures` command's cumulative counts agree."""
    before = people_counts(PATHS, Q3.since - timedelta(days=1))
    after = people_counts(PATHS, Q3.until)
    flow = figures.flow
    assert flow.referrals.value == after.referrals - before.referrals
    for referrer, count in flow.referrals_by_referrer.items():
        difference = after.referrals_by_type.get(referrer.value, 0) - (
            before.referrals_by_type.get(referrer.value, 0)
        )
        assert count.value == difference
    for outcome, count in flow.discharges_by_outcome.items():
        difference = after.discharges_by_outcome.get(outcome.value, 0) - (
            before.discharges_by_outcome.get(outcome.value, 0)
        )
        assert count.value == difference
    assert flow.enrolled_at_end.people == after.enrolled_now


# ------------------------------------------------------------------------- reproducibility


def test_the_same_inputs_give_the_same_figures_twice(figures: SteeringFigures) -> None:
    again = steering_figures(INPUTS, Q3, TAKEN)
    assert again == figures
    assert sheets(again) == sheets(figures)


def test_later_steps_in_other_periods_change_nothing(figures: SteeringFigures) -> None:
    paths = {k: list(v) for k, v in PATHS.items()}
    paths[ANNA].append(ev(EventKind.PHASE_CHANGE, d(10, 2), phase="after_osa"))
    paths[EVA] += [
        ev(EventKind.SECURITY_RESULT, d(10, 3), result="clear"),
        ev(EventKind.MAPPING_INTERVIEW, d(10, 4)),
        ev(EventKind.DECISION, d(10, 5), enrolled=True),
        enrol(d(10, 6)),
    ]
    paths[7] = [ev(EventKind.REFERRAL, d(10, 7), referrer_type="krami")]
    people = {**PEOPLE, 7: Person("Gun", "G", birth_date=date(1970, 1, 1), id=7)}
    results = [*RESULTS, result(6, BO, d(10, 8), POS)]
    placements = [
        replace(
            PLACEMENTS[0],
            status=PlacementStatus.ENDED,
            ended_on=d(10, 9),
            end_reason=EndReason.ENDED_EARLY,
        ),
        *PLACEMENTS[1:],
    ]
    later = SteeringInputs(paths, people, results, placements, WORKPLACES)
    again = steering_figures(later, Q3, d(11, 30))
    assert again.previous is not None
    same_day = replace(again, taken_on=TAKEN, previous=replace(again.previous, taken_on=TAKEN))
    assert same_day == figures
    assert key_figures(again) == key_figures(figures)


def test_a_correction_dated_in_the_period_does_change_it(figures: SteeringFigures) -> None:
    """Not every later edit is unrelated: a correction of a result in the period counts."""
    corrected = [*RESULTS, result(7, BO, d(7, 20), POS, 1000, corrects=5)]
    again = steering_figures(replace(INPUTS, test_results=corrected), Q3, TAKEN)
    assert again.drug_tests.totals.positive == figures.drug_tests.totals.positive + 1


def test_results_added_up_per_day_give_the_same_figures(figures: SteeringFigures) -> None:
    """The store hands the figures the results already added up per day (test_days); they
    are the figures of the results themselves, for both periods, a correction included."""
    corrected = [*RESULTS, result(7, BO, d(7, 20), POS, 1000, corrects=5)]
    days = day_tallies(counted_results(corrected, Q3.previous().since, Q3.until))
    by_day = replace(INPUTS, test_results=(), test_days=days)
    assert steering_figures(by_day, Q3, TAKEN) == steering_figures(
        replace(INPUTS, test_results=corrected), Q3, TAKEN
    )
    # Nothing is taken from test_results when test_days are given.
    assert steering_figures(replace(by_day, test_results=RESULTS), Q3, TAKEN) == (
        steering_figures(by_day, Q3, TAKEN)
    )
    assert steering_figures(replace(by_day, test_days=[]), Q3, TAKEN).drug_tests.totals.total == 0


def test_a_running_period_is_counted_up_to_the_day_taken() -> None:
    running = steering_figures(INPUTS, quarter_period(2025, 3), d(8, 31), compare=False)
    assert running.reference_day == d(8, 31) and not running.complete
    # Bo's first and Cecilia's; Bo's second (1 September) and Eva's (25 September) not yet.
    assert running.flow.referrals.people == (BO, CECILIA)
    assert running.cost.years == round(62 / 365.25, 4)


# ---------------------------------------------------------------------------- what is shown


def test_small_counts_are_shown_as_fewer_than_five() -> None:
    assert [shown(Cell(n), True) for n in (0, 1, 4, 5, 12)] == [0, SMALL, SMALL, 5, 12]
    assert [shown(Cell(n), False) for n in (0, 1, 4, 5)] == [0, 1, 4, 5]
    mean = Cell(38.0, Unit.NUMBER, None, (3,))  # a mean over three people
    assert shown(mean, True) not in (38.0, SMALL) and shown(mean, False) == 38.0
    assert shown(Cell(2600, Unit.SEK), True) == 2600  # money is not a count
    assert shown(Cell(0.75, Unit.SHARE, None, (30, 40)), True) == 0.75


def test_small_counts_in_the_scenario(figures: SteeringFigures) -> None:
    summary = sheets(figures)[0].tables[0]
    by_key = {row.label: [shown(c, True) for c in row.cells] for row in summary.rows}
    assert by_key["Referrals"] == [SMALL, SMALL, "(fewer than 5)"]  # 4, 1 and their change
    assert by_key["Drug-test cost, SEK"] == [2600, 600, 2000]


def test_every_figure_shown_has_its_definition(figures: SteeringFigures) -> None:
    figure_sheets = sheets(figures)
    keys = {row.key for s in figure_sheets for t in s.tables for row in t.rows}
    assert keys <= set(DEFINITIONS)
    rows = definition_rows(figure_sheets)
    assert [r[0] for r in rows][: len(GENERAL_TERMS)] == list(GENERAL_TERMS)
    assert {r[0] for r in rows} == keys | set(GENERAL_TERMS)  # one line per figure
    assert len(rows) == len({r[0] for r in rows})
    assert {k.definition for k in KEY_FIGURES} <= keys
    assert set(DEFINITIONS) == {r[0] for r in rows}  # none defined that nothing shows


def test_the_evaluations_cost_benefit_computation() -> None:
    """000:205–270: 20 × 327,116 = 6,542,320 SEK a year for the municipality, minus its
    2,379 kSEK; 20 × 1,977,339 = 39,546,780 for society; about 11.5 million to retirement."""
    cost = cost_benefit(CostParameters(), year_period(2021), date(2021, 12, 31), 0)
    assert cost.budget == 400_000 + 1_740_000 + 164_000 + 10_000 + 65_000 == 2_379_000
    nutek = cost.estimates[CostSource.NUTEK]
    assert nutek.report_municipality == 6_542_320
    assert nutek.report_municipality_net == 6_542_320 - 2_379_000
    assert nutek.report_society == 39_546_780
    assert nutek.to_retirement == 35 * 327_116 == 11_449_060
    sou = cost.estimates[CostSource.SOU]
    assert (sou.municipality, sou.justice, sou.society) == (304_211, 847_391, 2_517_832)
    assert sou.report_municipality == 20 * 304_211
    changed = CostParameters(participants_per_year=10, nutek_municipality=300_000)
    again = cost_benefit(changed, year_period(2021), date(2021, 12, 31), 365 * 4)
    assert again.estimates[CostSource.NUTEK].report_municipality == 3_000_000
    assert again.person_years == 4.0  # four people the whole year
    assert again.estimates[CostSource.NUTEK].period_municipality == 1_200_000


def test_cost_parameters_read_back_and_ignore_what_they_do_not_know() -> None:
    parameters = CostParameters(state_grant=2_000_000)
    assert CostParameters.from_json(parameters.to_json()) == parameters
    assert CostParameters.from_json({"state_grant": -5, "nonsense": 3, "age_at_start": "x"}) == (
        CostParameters()
    )
