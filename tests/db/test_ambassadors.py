"""Ambassadors and the sent summaries in the register: validated against the unit's consent
lists, deactivated rather than deleted, every change audited, and what was sent never changed."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from desktop.core.ambassadors import Ambassador, IsoWeek, SentSummary
from desktop.core.settings import FieldError
from desktop.db.ambassadors import AmbassadorNotFound, AmbassadorRepository
from desktop.db.register import Register
from tests.conftest import NewRegister
from tests.services.test_ambassador_documents import WEEK, make_week


@pytest.fixture
def register(new_register: NewRegister) -> Register:
    return new_register.register


def test_ambassadors_are_stored_changed_and_deactivated_never_deleted(register: Register) -> None:
    store = AmbassadorRepository(register)
    karin = store.save(Ambassador(" Karin  Ek ", "ifo", "033-35 70 00", "karin.ek@boras.se"))
    store.save(Ambassador("Per Holm", "income_support"))
    assert karin.id is not None and karin.name == "Karin Ek"
    assert store.ambassador(karin.id) == karin
    store.save(Ambassador("Karin Ek-Lund", "ifo", id=karin.id))
    store.set_active(karin.id, False)
    assert [(a.name, a.active) for a in store.ambassadors()] == [
        ("Per Holm", True),
        ("Karin Ek-Lund", False),
    ]
    assert [a.name for a in store.ambassadors(active_only=True)] == ["Per Holm"]
    audit = [(e.action, e.entity) for e in register.audit_entries() if e.entity == "ambassador"]
    assert audit == [("create", "ambassador")] * 2 + [("update", "ambassador")] * 2


def test_an_ambassador_from_a_unit_not_in_the_consent_lists_is_refused(register: Register) -> None:
    store = AmbassadorRepository(register)
    with pytest.raises(FieldError) as raised:
        store.save(Ambassador("Karin Ek", "kommunens_bibliotek"))
    assert raised.value.field == "unit"
    assert store.ambassadors() == []
    with pytest.raises(AmbassadorNotFound):
        store.save(Ambassador("Karin Ek", "ifo", id=99))


def test_a_sent_summary_is_kept_as_sent(register: Register) -> None:
    store = AmbassadorRepository(register)
    karin = store.save(Ambassador("Karin Ek", "ifo"))
    sent = store.record_sent(
        SentSummary(
            WEEK,
            karin.id or 0,
            "ifo",
            datetime(2026, 11, 24, 9, 15, tzinfo=UTC),
            "anna",
            "a" * 64,
            {"week": "2026-W47", "people": [], "note": "Möte på torsdag"},
            "veckosammanfattning-2026-W47-ifo-1.pdf",
            "b" * 64,
            7,
        )
    )
    assert store.sent() == [sent]
    assert store.sent(IsoWeek(2026, 48)) == []
    with register.read() as conn:
        for statement in (
            "UPDATE ambassador_summaries SET content_hash = 'x'",
            "DELETE FROM ambassador_summaries",
        ):
            with pytest.raises(Exception, match="never"):
                conn.execute(statement)


def test_the_weeks_facts_are_read_once_for_every_summary(register: Register) -> None:
    week = make_week(register)
    facts = AmbassadorRepository(register).week_facts(WEEK)
    by_name = {p.person.first_name: p for p in facts.people}
    assert sorted(by_name) == ["Bo", "Carola", "David", "Erik", "Åsa"]
    asa = by_name["Åsa"]
    assert [g.goal.description for g in asa.goals] == ["Ansöka om bostad med förtur"]
    assert asa.goals[0].created_on == date(2026, 11, 24)  # added on the day of the test's clock
    assert len(asa.results) == 2 and len(by_name["Erik"].results) == 1
    assert asa.responsible == ""  # nobody responsible was set
    assert "åsa öberg" in facts.all_names
    assert week.ids["Åsa"] == asa.person.id
