"""Retention rules: who is due, what the skeleton keeps, the pseudonym and the redacted summary."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core.path import EventKind, PathEvent, Status, replay
from desktop.core.retention import (
    FileFacts,
    Removal,
    RetentionRule,
    Verdict,
    add_years,
    due,
    due_on,
    erased_name,
    is_pseudonym,
    new_pseudonym,
    path_skeleton,
    placement_skeleton,
    redacted_summary,
    verdict,
)

RULE = RetentionRule(years=5)


def facts(
    status: Status = Status.DISCHARGED, last: date = date(2020, 3, 10), **kw: object
) -> FileFacts:
    return FileFacts(1, status, last, **kw)  # type: ignore[arg-type]


def test_due_the_day_after_the_years_have_passed() -> None:
    assert due_on(date(2020, 3, 10), 5) == date(2025, 3, 11)
    assert verdict(facts(), RULE, date(2025, 3, 10)) is Verdict.RECENT
    assert verdict(facts(), RULE, date(2025, 3, 11)) is Verdict.DUE
    assert verdict(facts(), RetentionRule(years=7), date(2025, 3, 11)) is Verdict.RECENT


def test_a_leap_day_entry_counts_to_the_28th() -> None:
    assert add_years(date(2024, 2, 29), 5) == date(2029, 2, 28)
    assert due_on(date(2024, 2, 29), 4) == date(2028, 3, 1)  # 2028 has a 29 February


@pytest.mark.parametrize("status", [Status.REFERRED, Status.AWAITING_ENROLMENT, Status.ENROLLED])
def test_someone_still_on_the_path_is_never_due(status: Status) -> None:
    assert verdict(facts(status, date(2001, 1, 1)), RULE, date(2030, 1, 1)) is Verdict.ACTIVE


@pytest.mark.parametrize("status", [Status.DISCHARGED, Status.NOT_ENROLLED, Status.NEW])
def test_someone_off_the_path_is_due_when_the_time_is_up(status: Status) -> None:
    assert verdict(facts(status), RULE, date(2026, 1, 1)) is Verdict.DUE


@pytest.mark.parametrize("day", [5, 15, 25])
def test_the_research_sample_is_kept_unless_the_unit_turns_it_off(day: int) -> None:
    born = facts(birth_date=date(1990, 7, day))
    assert verdict(born, RULE, date(2026, 1, 1)) is Verdict.RESEARCH_SAMPLE
    assert verdict(born, RetentionRule(5, keep_research_sample=False), date(2026, 1, 1)) is (
        Verdict.DUE
    )
    assert verdict(facts(birth_date=date(1990, 7, day + 1)), RULE, date(2026, 1, 1)) is Verdict.DUE


def test_due_lists_the_oldest_first_and_only_those_due() -> None:
    people = [
        FileFacts(1, Status.DISCHARGED, date(2019, 5, 1)),
        FileFacts(2, Status.ENROLLED, date(2010, 1, 1)),
        FileFacts(3, Status.NOT_ENROLLED, date(2018, 1, 1)),
        FileFacts(4, Status.DISCHARGED, date(2024, 1, 1)),
    ]
    assert [f.person_id for f in due(people, RULE, date(2026, 1, 1))] == [3, 1]


def _path_with_free_text() -> list[PathEvent]:
    return [
        PathEvent(
            EventKind.REFERRAL,
            date(2020, 1, 2),
            {"referrer_type": "probation", "referrer_name": "Olle på Frivården", "reason": "X"},
        ),
        PathEvent(EventKind.SECURITY_CONSENT, date(2020, 1, 3)),
        PathEvent(EventKind.SECURITY_RESULT, date(2020, 1, 4), {"result": "clear"}),
        PathEvent(
            EventKind.MAPPING_INTERVIEW,
            date(2020, 1, 5),
            {"staff": "karin", "summary": "Skulder hos Kronofogden"},
        ),
        PathEvent(EventKind.CRITERIA, date(2020, 1, 6), {"criteria": {"adult": "met"}}),
        PathEvent(EventKind.DECISION, date(2020, 1, 7), {"enrolled": True}),
        PathEvent(EventKind.ENROLMENT, date(2020, 1, 8), {"contract_signed": True, "group_id": 3}),
        PathEvent(EventKind.PHASE_CHANGE, date(2020, 3, 1), {"phase": "phase_2"}),
        PathEvent(
            EventKind.DISCHARGE,
            date(2020, 9, 1),
            {"outcome": "private_job", "comment": "Jobb hos sin morbror Nils"},
        ),
    ]


def test_the_path_skeleton_replays_to_the_same_state_without_free_text() -> None:
    path = _path_with_free_text()
    skeleton = [PathEvent(e.kind, e.on, path_skeleton(e.kind.value, e.data)) for e in path]
    assert replay(skeleton) == replay(path)
    kept = repr([e.data for e in skeleton])
    for words in ("Olle", "Kronofogden", "karin", "Nils", "reason"):
        assert words not in kept
    assert path_skeleton("unknown_kind", {"text": "x"}) == {}


def test_the_placement_skeleton_keeps_dates_and_codes_only() -> None:
    data = {
        "hours_per_week": 30.0,
        "wage_subsidy_ref": "AF-12345",
        "supervisor": "Maja Handledare",
        "planned_end": "2021-01-01",
        "extended_to": None,
        "extension_decided_on": None,
        "extension_reason": "Behöver mer tid, sjuk i maj",
        "ended_on": "2020-12-01",
        "end_reason": "completed",
        "end_comment": "Fick anställning",
        "plan": {"next_step": "studies", "responsible": "Karin", "af_contact_on": None},
    }
    kept = placement_skeleton(data)
    assert kept["hours_per_week"] == 30.0 and kept["end_reason"] == "completed"
    assert kept["ended_on"] == "2020-12-01" and kept["plan"]["next_step"] == "studies"
    text = repr(kept)
    for words in ("AF-12345", "Maja", "sjuk", "anställning", "Karin"):
        assert words not in text


def test_pseudonyms_are_random_readable_and_never_reused() -> None:
    taken = {new_pseudonym() for _ in range(200)}
    assert all(is_pseudonym(p) for p in taken)
    assert len(taken) > 190  # random, not counted
    assert new_pseudonym(taken) not in taken
    assert not is_pseudonym("2026-007")
    assert erased_name("P-ABCDEF") == "Raderad person P-ABCDEF"


def test_a_sent_summary_loses_the_erased_persons_section_and_name_only() -> None:
    content = {
        "week": "2026-W47",
        "people": [
            {"person_id": 7, "name": "Åsa Öberg", "internal_no": "2026-001", "lines": [{"k": 1}]},
            {"person_id": 8, "name": "Bo Berglund", "internal_no": "2026-002", "lines": [{"k": 2}]},
        ],
        "note": "Åsa och Bo var på studiebesök; åsa öberg ringer på måndag. Åsanna kommer.",
    }
    out = redacted_summary(content, 7, "P-ABCDEF", ["Åsa Öberg", "Åsa", "Öberg"])
    assert out["people"][0] == {
        "person_id": 7,
        "name": "Raderad person P-ABCDEF",
        "internal_no": "P-ABCDEF",
        "lines": [],
    }
    assert out["people"][1] == content["people"][1]
    assert out["note"] == (
        "P-ABCDEF och Bo var på studiebesök; P-ABCDEF ringer på måndag. Åsanna kommer."
    )
    assert out["week"] == "2026-W47"


def test_removal_in_words_and_back() -> None:
    removal = Removal({"notes": 4, "consents": 0, "new_table": 2}, {"path_events": 9})
    assert removal.deleted_text() == (
        "name, personnummer and contact details; notes: 4; new_table: 2"
    )
    assert removal.kept_text() == "steps on the path (codes and dates): 9"
    assert Removal.from_json(removal.to_json()).to_json() == removal.to_json()
    assert Removal({}, {}).kept_text() == "nothing"
