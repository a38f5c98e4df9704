"""The ambassador summary on paper and in the preview, read back: dated, numbered, the unit's
name, the participants' lines with user text shown as typed, a long week running over pages,
and the fonts travelling with the file."""

from __future__ import annotations

import io
from datetime import date, timedelta

from pypdf import PdfReader

from desktop.core.ambassadors import Ambassador, GoalFacts, IsoWeek, Summary, week_facts
from desktop.core.ambassadors import weekly_summary as make_summary
from desktop.core.path import EventKind, PathEvent
from desktop.core.records import Goal, LifeArea, Need, Person, Responsible
from desktop.reports.ambassador_summary import render_summaries, summary_html
from tests.reports.test_recovery_sheet import fonts

WEEK = IsoWeek(2026, 47)
MADE_ON = date(2026, 11, 24)


def enrolled(start: date) -> list[PathEvent]:
    before = start - timedelta(days=20)
    return [
        PathEvent(EventKind.REFERRAL, before, {"referrer_type": "probation"}),
        PathEvent(EventKind.SECURITY_CONSENT, before),
        PathEvent(EventKind.SECURITY_RESULT, before, {"result": "clear"}),
        PathEvent(EventKind.MAPPING_INTERVIEW, before),
        PathEvent(EventKind.DECISION, before, {"enrolled": True}),
        PathEvent(EventKind.ENROLMENT, start, {"contract_signed": True}),
    ]


def summary(count: int = 2, ambassador: Ambassador | None = None) -> Summary:
    people = {
        n: Person(
            f"Deltagare{n:02d}",
            "Test",
            id=n,
            internal_no=f"2026-{n:03d}",
            needs=frozenset({Need.HOUSING}),
        )
        for n in range(1, count + 1)
    }
    goal = Goal(LifeArea.HOUSING, "Bostad <snart> & trygg", Responsible.PARTNER, "IFO")
    facts = week_facts(
        WEEK,
        people,
        {n: enrolled(date(2026, 11, 17)) for n in people},
        goals={1: [GoalFacts(goal, date(2026, 11, 17), date(2026, 11, 17))]},
        responsible={"": ""},
    )
    made = make_summary(
        facts,
        ambassador or Ambassador("Karin Ek", "ifo", id=1),
        lambda _person, categories: categories,  # everything allowed: the renderer's test
        made_by="Anna Andersson",
    )
    return made.with_note("Arbetsgruppen ses den 10 december <kl. 9>.")


def text_of(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def test_the_summary_holds_the_week_the_people_and_the_staffs_line() -> None:
    (page,) = text_of(render_summaries([summary()], "Chansen", MADE_ON))
    for expected in (
        "Chansen",  # the unit's name in the header
        "Weekly summary 2026-W47",
        "Week 47, 2026-11-16 – 2026-11-22",
        "To: Karin Ek, Social services (IFO)",
        "From: Chansen, Anna Andersson",
        "Arbetsgruppen ses den 10 december <kl. 9>.",
        "Deltagare01 Test (2026-001)",
        "2026-11-17",
        "Enrolled in the programme",
        "Bostad <snart> & trygg",  # as typed, not read as markup
        "Needs support with: housing",
        "Made with Färdväg 2026-11-24",
        "Page 1 of 1",
        "Other",
    ):
        assert expected in page, expected


def test_a_long_week_runs_over_numbered_pages() -> None:
    pages = text_of(render_summaries([summary(60)], "Chansen", MADE_ON))
    assert len(pages) > 2
    assert all(f"Page {n} of {len(pages)}" in p for n, p in enumerate(pages, start=1))
    assert all(f"Deltagare{n:02d} Test" in "".join(pages) for n in range(1, 61))


def test_the_combined_file_starts_each_summary_on_a_page_numbered_on_its_own() -> None:
    per = Ambassador("Per Holm", "income_support", id=2)
    pages = text_of(render_summaries([summary(60), summary(1, per)], "Chansen", MADE_ON))
    last = pages[-1]
    assert "To: Per Holm" in last and "Page 1 of 1" in last
    assert "Income support (Försörjningsenheten)" in last
    assert f"Page {len(pages) - 1} of {len(pages) - 1}" in pages[-2]


def test_fonts_are_embedded_and_the_title_holds_no_names() -> None:
    reader = PdfReader(io.BytesIO(render_summaries([summary()], "Chansen", MADE_ON)))
    used = fonts(reader)
    assert used and all(used.values()), used
    assert reader.metadata.title == "Weekly summary 2026-W47"


def test_the_preview_says_the_same_with_user_text_escaped() -> None:
    html = summary_html(summary(), "Chansen")
    assert "Bostad &lt;snart&gt; &amp; trygg" in html
    assert "Arbetsgruppen ses den 10 december &lt;kl. 9&gt;." in html
    assert "Deltagare02 Test (2026-002)" in html
    assert "To: Karin Ek, Social services (IFO)" in html
