"""The participants' store: people, duplicates, search, the path, notes that never change, and
an audit entry for every view and every change."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import sqlcipher3

from desktop.core.audit import Action
from desktop.core.path import EventKind, PathError, PathEvent, Phase, Status
from desktop.core.records import (
    CapitalCheckin,
    Contact,
    ContactRole,
    FollowUp,
    FollowUpText,
    Goal,
    GoalStatus,
    Group,
    LifeArea,
    Note,
    NoteCategory,
    Person,
    Responsible,
)
from desktop.core.settings import FieldError
from desktop.db.participants import DuplicatePerson, ParticipantRepository, SearchFilter
from tests.conftest import NewRegister

DAY = date(2026, 1, 12)
PNR = "19811218-9876"


def referral(days: int = 0, who: str = "probation") -> PathEvent:
    return PathEvent(
        EventKind.REFERRAL,
        DAY + timedelta(days=days),
        {"referrer_type": who, "referrer_name": "Frivården Borås", "reason": "Arbete"},
    )


def enrol(repo: ParticipantRepository, person_id: int, group_id: int | None = None) -> None:
    for event in (
        PathEvent(EventKind.SECURITY_CONSENT, DAY + timedelta(days=1)),
        PathEvent(EventKind.SECURITY_RESULT, DAY + timedelta(days=3), {"result": "clear"}),
        PathEvent(EventKind.MAPPING_INTERVIEW, DAY + timedelta(days=5), {"staff": "anna"}),
        PathEvent(EventKind.DECISION, DAY + timedelta(days=6), {"enrolled": True}),
        PathEvent(
            EventKind.ENROLMENT,
            DAY + timedelta(days=8),
            {"contract_signed": True, "group_id": group_id},
        ),
    ):
        repo.add_event(person_id, event)


@pytest.fixture
def repo(new_register: NewRegister) -> ParticipantRepository:
    return ParticipantRepository(new_register.register)


def audit_tail(repo: ParticipantRepository, n: int) -> list[tuple[str, str]]:
    entries = list(repo.register.audit_entries())[-n:]
    return [(e.action, e.entity) for e in entries]


def test_referral_creates_a_person_with_an_internal_number(repo: ParticipantRepository) -> None:
    person = repo.create_referral(
        Person("Åsa", "Öberg", personnummer=PNR.replace("19", "", 1)), referral()
    )
    assert person.internal_no == "2026-001"
    assert person.personnummer == "198112189876"
    assert person.birth_date == date(1981, 12, 18)
    stored = repo.get(person.id)
    assert stored.status is Status.REFERRED
    assert audit_tail(repo, 2) == [("create", "person"), ("create", "path_event")]
    second = repo.create_referral(Person("Bo", "Berg"), referral(1))
    assert second.internal_no == "2026-002"


def test_same_personnummer_points_to_the_existing_person(repo: ParticipantRepository) -> None:
    first = repo.create_referral(Person("Åsa", "Öberg", personnummer=PNR), referral())
    with pytest.raises(DuplicatePerson) as caught:
        repo.create_referral(Person("Åsa", "Oberg", personnummer="8112189876"), referral(2))
    assert caught.value.existing.id == first.id
    assert repo.count() == 1


def test_similar_name_and_birth_date_is_found(repo: ParticipantRepository) -> None:
    repo.create_referral(Person("Mohammed", "Ali", birth_date=date(1990, 3, 1)), referral())
    candidate = Person("Mohamed", "Alic", birth_date=date(1990, 3, 1))
    assert [p.name for p in repo.similar(candidate)] == ["Mohammed Ali"]
    assert repo.similar(Person("Mohamed", "Alic", birth_date=date(1990, 3, 2))) == []


def test_invalid_personnummer_is_refused(repo: ParticipantRepository) -> None:
    with pytest.raises(FieldError):
        repo.create_referral(Person("A", "B", personnummer="850101-1234"), referral())
    assert repo.count() == 0


def test_search_by_name_personnummer_and_number_with_filters(repo: ParticipantRepository) -> None:
    a = repo.create_referral(Person("Åsa", "Öberg", personnummer=PNR), referral())
    b = repo.create_referral(Person("Björn", "Lind"), referral(1))
    enrol(repo, b.id)
    repo.add_event(
        b.id, PathEvent(EventKind.PHASE_CHANGE, DAY + timedelta(days=40), {"phase": "phase_2"})
    )

    def names(**kw) -> list[str]:  # type: ignore[no-untyped-def]
        return [p.name for p in repo.search(SearchFilter(**kw))]

    assert names(text="ÖBER") == ["Åsa Öberg"]
    assert names(text="öberg åsa") == ["Åsa Öberg"]
    for typed in ("811218-9876", "8112189876", "19811218", "2026-001"):
        assert names(text=typed) == ["Åsa Öberg"], typed
    assert names(status=Status.ENROLLED) == ["Björn Lind"]
    assert names(phase=Phase.PHASE_2) == ["Björn Lind"]
    assert names(status=Status.REFERRED) == ["Åsa Öberg"]
    assert names(sort="name") == ["Björn Lind", "Åsa Öberg"]  # Lind before Öberg
    assert names(sort="internal_no", descending=True) == ["Björn Lind", "Åsa Öberg"]
    assert a.id != b.id


def test_refused_step_writes_nothing(repo: ParticipantRepository) -> None:
    person = repo.create_referral(Person("A", "B"), referral())
    before = len(list(repo.register.audit_entries()))
    with pytest.raises(PathError):
        repo.add_event(person.id, PathEvent(EventKind.ENROLMENT, DAY, {"contract_signed": True}))
    assert len(repo.events(person.id)) == 1
    assert len(list(repo.register.audit_entries())) == before
    assert repo.get(person.id).status is Status.REFERRED


def test_status_phase_and_group_follow_the_path(repo: ParticipantRepository) -> None:
    group = repo.create_group(Group("Grupp vår 2026", DAY))
    person = repo.create_referral(Person("A", "B"), referral())
    enrol(repo, person.id, group.id)
    stored = repo.get(person.id)
    assert (stored.status, stored.phase, stored.group_id) == (
        Status.ENROLLED,
        Phase.PHASE_1,
        group.id,
    )
    assert repo.groups()[0].members == (person.id,)


def test_a_mistaken_step_is_voided_not_deleted(repo: ParticipantRepository) -> None:
    person = repo.create_referral(Person("A", "B"), referral())
    enrol(repo, person.id)
    state = repo.void_last_event(person.id)
    assert state.status is Status.AWAITING_ENROLMENT
    assert repo.get(person.id).status is Status.AWAITING_ENROLMENT
    with repo.register.read() as conn:
        assert conn.execute("SELECT count(*) FROM path_events").fetchone()[0] == 6
    with pytest.raises(sqlcipher3.IntegrityError), repo.register.read() as conn:
        conn.execute("DELETE FROM path_events")


def test_notes_are_never_changed_and_corrections_point_back(repo: ParticipantRepository) -> None:
    person = repo.create_referral(Person("A", "B"), referral())
    original = repo.add_note(
        person.id, Note(DAY, NoteCategory.CONVERSATION, "Träffade A om boende.")
    )
    assert original.author == "anna"
    assert original.signed_at is not None
    fix = repo.add_note(
        person.id,
        Note(DAY, NoteCategory.CONVERSATION, "Rättelse: om skulder.", corrects=original.id),
    )
    notes = repo.notes(person.id)
    assert {n.id for n in notes} == {original.id, fix.id}
    assert next(n for n in notes if n.id == fix.id).corrects == original.id
    assert not hasattr(repo, "update_note")
    assert not hasattr(repo, "delete_note")
    with repo.register.read() as conn:
        for sql in ("UPDATE notes SET text = 'ändrad'", "DELETE FROM notes"):
            with pytest.raises(sqlcipher3.IntegrityError, match="never"):
                conn.execute(sql)
    assert repo.notes(person.id)[-1].text == "Träffade A om boende."
    other = repo.create_referral(Person("C", "D"), referral(1))
    with pytest.raises(Exception, match="not this person"):
        repo.add_note(other.id, Note(DAY, NoteCategory.OTHER, "x", corrects=original.id))


def test_opening_a_record_is_a_view_in_the_log(repo: ParticipantRepository) -> None:
    person = repo.create_referral(Person("A", "B"), referral())
    repo.open_record(person.id)
    last = list(repo.register.audit_entries())[-1]
    assert (last.action, last.entity, last.entity_id) == (
        Action.VIEW.value,
        "person",
        str(person.id),
    )


def test_update_person_is_audited_and_searchable(repo: ParticipantRepository) -> None:
    person = repo.create_referral(Person("A", "B"), referral())
    from dataclasses import replace

    repo.update_person(replace(person, last_name="Bergström", phone="070-1740001"))
    assert audit_tail(repo, 1) == [("update", "person")]
    assert [p.name for p in repo.search(SearchFilter("bergström"))] == ["A Bergström"]


def test_goals_follow_ups_contacts_and_capital(repo: ParticipantRepository) -> None:
    person = repo.create_referral(Person("A", "B"), referral())
    goal = repo.save_goal(
        person.id,
        Goal(
            LifeArea.HOUSING,
            "Eget boende",
            Responsible.PARTNER,
            "Bostadsenheten",
            DAY + timedelta(days=30),
            follow_ups=(FollowUp(DAY + timedelta(days=14)),),
        ),
    )
    from dataclasses import replace

    done = replace(goal.follow_ups[0], done_on=DAY + timedelta(days=15))
    goal = repo.save_goal(person.id, replace(goal, status=GoalStatus.ONGOING, follow_ups=(done,)))
    assert goal.status is GoalStatus.ONGOING
    assert goal.follow_ups[0].done_on == DAY + timedelta(days=15)
    contact = repo.save_contact(
        person.id,
        Contact(ContactRole.AF_OFFICER, "Eva Ek", "AF Borås", "070-1740002", "eva.ek@example.se"),
    )
    assert repo.contacts(person.id) == [contact]
    with pytest.raises(FieldError):
        repo.save_contact(person.id, Contact(ContactRole.OTHER, "X", email="inte en adress"))
    repo.add_checkin(person.id, CapitalCheckin(DAY, 2, 3, 2, 1, "Start"))
    with pytest.raises(FieldError):
        repo.add_checkin(person.id, CapitalCheckin(DAY, 6, 3, 2, 1))
    assert [c.social for c in repo.checkins(person.id)] == [2]


def test_follow_up_texts_are_signed_never_changed_and_corrected_by_a_new_text(
    repo: ParticipantRepository,
) -> None:
    """A follow-up gets text (what was followed up, what came of it) saved with the goal in one
    transaction; saving the goal again never rewrites it; a correction is a new text that
    points back, and both are kept. A follow-up that has text cannot be dropped."""
    from dataclasses import replace

    person = repo.create_referral(Person("A", "B"), referral())
    meeting = FollowUp(DAY + timedelta(days=14), texts=(FollowUpText("Träffade hyresvärden."),))
    goal = repo.save_goal(
        person.id,
        Goal(LifeArea.HOUSING, "Eget boende", Responsible.STAFF, follow_ups=(meeting,)),
    )
    assert audit_tail(repo, 2) == [("create", "goal"), ("create", "goal_follow_up_text")]
    (saved,) = goal.follow_ups[0].texts
    assert (saved.text, saved.written_by, saved.corrects) == ("Träffade hyresvärden.", "anna", None)
    assert saved.written_at is not None and saved.id is not None

    # Saving again (the follow-up marked done) adds nothing and changes nothing.
    done = replace(goal.follow_ups[0], done_on=DAY + timedelta(days=15))
    goal = repo.save_goal(person.id, replace(goal, follow_ups=(done,)))
    assert goal.follow_ups[0].texts == (saved,)

    fix = FollowUpText("Rättelse: träffade bostadsenheten.", corrects=saved.id)
    with_fix = replace(goal.follow_ups[0], texts=(*goal.follow_ups[0].texts, fix))
    goal = repo.save_goal(person.id, replace(goal, follow_ups=(with_fix,)))
    follow_up = goal.follow_ups[0]
    assert [t.text for t in follow_up.texts] == [
        "Träffade hyresvärden.",
        "Rättelse: träffade bostadsenheten.",
    ]
    assert follow_up.summary() == "Rättelse: träffade bostadsenheten."

    with (
        repo.register.read() as conn,
        pytest.raises(sqlcipher3.IntegrityError, match="never changed"),
    ):
        conn.execute("UPDATE goal_follow_up_texts SET text = 'ändrad'")
    with pytest.raises(sqlcipher3.IntegrityError):
        # A new follow-up in place of the one with text: the old one would go with its texts.
        repo.save_goal(person.id, replace(goal, follow_ups=(FollowUp(DAY + timedelta(days=40)),)))
    assert repo.goals(person.id)[0].follow_ups[0].summary() == follow_up.summary()
    with pytest.raises(FieldError):
        repo.save_goal(
            person.id,
            replace(goal, follow_ups=(replace(follow_up, texts=(FollowUpText("  "),)),)),
        )
    other = repo.create_referral(Person("C", "D"), referral(1))
    elsewhere = repo.save_goal(
        other.id, Goal(LifeArea.WORK, "Jobb", Responsible.STAFF, follow_ups=(FollowUp(DAY),))
    )
    wrong = FollowUpText("x", corrects=saved.id)
    with pytest.raises(Exception, match="not this follow-up"):
        repo.save_goal(
            other.id,
            replace(elsewhere, follow_ups=(replace(elsewhere.follow_ups[0], texts=(wrong,)),)),
        )


def test_create_many_is_all_or_nothing(repo: ParticipantRepository) -> None:
    good = (Person("A", "B"), [referral()])
    bad = (
        Person("C", "D"),
        [referral(), PathEvent(EventKind.ENROLMENT, DAY, {"contract_signed": True})],
    )
    with pytest.raises(PathError):
        repo.create_many([good, bad])
    assert repo.count() == 0
    created = repo.create_many([good, (Person("C", "D"), [referral(1)])])
    assert [p.internal_no for p in created] == ["2026-001", "2026-002"]
