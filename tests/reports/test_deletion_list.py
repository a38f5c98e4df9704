"""The deletion list's PDF: every row on it over several pages, user text shown as typed."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader

from desktop.reports.deletion_list import DeletionListData, DeletionRow, render_deletion_list


def _data(rows: int, unit: str = "Chansen") -> DeletionListData:
    return DeletionListData(
        list_id=3,
        unit_name=unit,
        municipality="Borås stad",
        confirmed_at="2032-06-01 10:15",
        confirmed_by="Anna Andersson (anna)",
        retention_years=5,
        research_sample=True,
        rows=[
            DeletionRow(
                f"P-ABC{n:03d}",
                f"2026-{n:03d}",
                date(2025, 1, 2),
                date(2026, 11, 23),
                "name, personnummer and contact details; notes: 4",
                "steps on the path (codes and dates): 9",
            )
            for n in range(1, rows + 1)
        ],
        made_on=date(2032, 6, 1),
    )


def test_every_row_is_listed_with_its_header_on_each_page() -> None:
    reader = PdfReader(io.BytesIO(render_deletion_list(_data(60))))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert len(reader.pages) > 1
    for n in (1, 30, 60):
        assert f"P-ABC{n:03d}" in text and f"2026-{n:03d}" in text
    assert text.count("Pseudonym") == len(reader.pages)  # the header row repeats
    assert "Records deleted: 60" in text
    assert "5 years after the last entry" in text
    assert f"Page {len(reader.pages)} of {len(reader.pages)}" in text


def test_markup_in_user_text_is_shown_not_obeyed() -> None:
    reader = PdfReader(io.BytesIO(render_deletion_list(_data(1, unit="Chansen <b>& Co</b>"))))
    assert "Chansen <b>& Co</b>" in reader.pages[0].extract_text()


def test_the_research_sample_sentence_follows_the_rule() -> None:
    kept = PdfReader(io.BytesIO(render_deletion_list(_data(1)))).pages[0].extract_text()
    data = _data(1)
    own = DeletionListData(**{**data.__dict__, "research_sample": False})
    not_kept = PdfReader(io.BytesIO(render_deletion_list(own))).pages[0].extract_text()
    assert "research sample" in kept and "is kept" in kept
    assert "archive rules of its own" in not_kept and "is kept" not in not_kept.replace("\n", " ")
