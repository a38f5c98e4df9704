"""Progress sheets and the action plan with the contract through the export door (issue 14): the
file, the audit entry and the disclosure line for each person; names without personal names;
a batch into a folder, cancelled halfway; one combined file; the contract's texts an
administrator edits; the command line."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop.cli import main
from desktop.core.accounts import Role
from desktop.core.audit import Action
from desktop.core.consent import DATA_SUBJECT, INTERNAL
from desktop.core.errors import AppError
from desktop.core.forms import CONTRACT_FIELDS
from desktop.core.progress import Progress
from desktop.core.progress_sheet import Version
from desktop.core.settings import FieldError
from desktop.db.consent import ConsentRepository
from desktop.db.forms import (
    default_contract_texts,
    load_contract_texts,
    reset_contract_texts,
    save_contract_texts,
)
from desktop.db.register import AuditQuery
from desktop.services.exports import run_export
from desktop.services.progress_documents import (
    CombinedProgressDocument,
    ContractDocument,
    ProgressSheetDocument,
    ProgressWorkbookDocument,
    SheetOptions,
    enrolled_people,
    export_batch,
    group_members,
    progress_document,
)
from tests.conftest import ADMIN_PASSWORD, NewRegister
from tests.progress_data import TODAY, ProgressBook, build_progress_book


@pytest.fixture
def book(new_register: NewRegister) -> ProgressBook:
    return build_progress_book(new_register.register)


def text_of(path: Path) -> str:
    reader = PdfReader(path)
    return " ".join(" ".join(p.extract_text() for p in reader.pages).split())


@pytest.mark.parametrize(
    ("version", "recipient"), [(Version.STAFF, INTERNAL), (Version.PARTICIPANT, DATA_SUBJECT)]
)
def test_a_sheet_goes_through_the_door_with_its_audit_and_disclosure(
    book: ProgressBook, tmp_path: Path, version: Version, recipient: str
) -> None:
    register = book.register
    document = ProgressSheetDocument(
        book.asa, SheetOptions(version), internal_no="2026-001", day=register.today()
    )
    result = run_export(register, document, tmp_path / document.default_name())
    assert result.path.name == (
        "utvecklingsblad-2026-001-2026-11-23.pdf"
        if version is Version.STAFF
        else "utvecklingsblad-deltagare-2026-001-2026-11-23.pdf"
    )
    assert "Öberg" not in result.path.name and "Åsa" not in result.path.name
    assert result.people == 1
    entry = next(e for e in register.audit_entries(AuditQuery()) if e.seq == result.audit_seq)
    assert (entry.action, entry.entity, entry.entity_id) == (
        Action.EXPORT.value,
        "progress_sheet",
        str(book.asa),
    )
    (line,) = [d for d in ConsentRepository(register).disclosures(book.asa)]
    assert line.recipient == recipient
    assert line.document == "progress_sheet"
    assert line.categories == {"action_plan", "drug_tests", "osa"}
    assert ConsentRepository(register).disclosures(book.bo) == []


def test_the_suffix_picks_pdf_or_excel(book: ProgressBook, tmp_path: Path) -> None:
    options = SheetOptions()
    assert isinstance(progress_document(book.asa, options, "x.XLSX"), ProgressWorkbookDocument)
    assert isinstance(progress_document(book.asa, options, ".xlsx"), ProgressWorkbookDocument)
    pdf = progress_document(book.asa, options, tmp_path / "x.pdf")
    assert type(pdf) is ProgressSheetDocument
    result = run_export(
        book.register, progress_document(book.asa, options, "a.xlsx"), tmp_path / "a.xlsx"
    )
    assert load_workbook(result.path).sheetnames[0] == "Overview"
    with pytest.raises(AppError, match=r"\.xlsx"):
        run_export(
            book.register, progress_document(book.asa, options, "b.xlsx"), tmp_path / "b.pdf"
        )


def test_a_batch_writes_one_file_per_person_and_stops_when_cancelled(
    book: ProgressBook, tmp_path: Path
) -> None:
    people = group_members(book.register, book.group_id)
    assert people == [book.asa, book.bo] == enrolled_people(book.register)
    seen: list[tuple[int, int, str]] = []
    first = tmp_path / "first"
    first.mkdir()
    result = export_batch(
        book.register, people, SheetOptions(), first, progress=Progress(lambda *a: seen.append(a))
    )
    assert not result.cancelled and result.people == 2
    assert sorted(p.name for p in first.iterdir()) == [
        "utvecklingsblad-2026-001-2026-11-23.pdf",
        "utvecklingsblad-2026-002-2026-11-23.pdf",
    ]
    assert (0, 2, "2026-001") in seen and seen[-1] == (2, 2, "")
    assert "Bos hemlig" not in text_of(first / "utvecklingsblad-2026-001-2026-11-23.pdf")

    # Cancelled while the first file is written: that one stays (it is logged), no more.
    folder = tmp_path / "cancelled"
    folder.mkdir()
    progress = Progress()

    def cancel_after_first(done: int, total: int, text: str) -> None:
        if done == 1:
            progress.cancel()

    progress._on_report = cancel_after_first
    halfway = export_batch(
        book.register, people, SheetOptions(), folder, workbook=True, progress=progress
    )
    assert halfway.cancelled and halfway.people == 1
    assert [p.name for p in folder.iterdir()] == ["utvecklingsblad-2026-001-2026-11-23.xlsx"]
    audit = [e for e in book.register.audit_entries() if e.entity == "progress_sheet"]
    assert len(audit) == 3


def test_a_combined_file_holds_everyone_and_logs_each(book: ProgressBook, tmp_path: Path) -> None:
    document = CombinedProgressDocument(
        [book.asa, book.bo], SheetOptions(Version.PARTICIPANT), name="grupp-1", day=TODAY
    )
    assert document.default_name() == "utvecklingsblad-deltagare-grupp-1-2026-11-23.pdf"
    result = run_export(book.register, document, tmp_path / "alla.pdf")
    assert result.people == 2
    text = text_of(result.path)
    assert "Hi Åsa!" in text and "Hi Bo!" in text
    consents = ConsentRepository(book.register)
    assert [d.recipient for d in consents.disclosures(book.asa)] == [DATA_SUBJECT]
    assert [d.recipient for d in consents.disclosures(book.bo)] == [DATA_SUBJECT]
    with pytest.raises(AppError):
        CombinedProgressDocument([], SheetOptions())


def test_the_contract_names_the_plan_the_schedule_and_the_promises(
    book: ProgressBook, tmp_path: Path
) -> None:
    document = ContractDocument(book.asa, "sv", internal_no="2026-001")
    assert document.default_name() == "atgardsplan-kontrakt-2026-001.pdf"
    result = run_export(book.register, document, tmp_path / document.default_name())
    text = text_of(result.path)
    assert "Åtgärdsplan och kontrakt" in text
    assert "Åsa Öberg" in text and "19900101-2393" in text
    assert "Tandläkarbesök" in text  # an open goal
    assert "budget- och skuldrådgivningen" not in text  # a goal already done
    assert "lämna drogtester regelbundet enligt schemat" in text  # R3
    assert "hålla de överenskommelser jag gör med personalen" in text
    assert "2027-08-09" in text  # valid until the 14-month limit
    assert "Chansen" in text and "{unit}" not in text
    (line,) = ConsentRepository(book.register).disclosures(book.asa)
    assert line.recipient == DATA_SUBJECT
    assert line.categories == {"action_plan", "drug_tests"}
    blank = run_export(book.register, ContractDocument(None, "en"), tmp_path / "blank.pdf")
    assert "Action plan and contract" in text_of(blank.path)
    assert blank.people == 0


def test_an_administrator_edits_the_contract_texts(book: ProgressBook, tmp_path: Path) -> None:
    register = book.register
    shipped = default_contract_texts("sv")
    assert all(getattr(shipped, name) for name in CONTRACT_FIELDS)  # nothing left empty
    own = replace(shipped, promises="följa planen\nvara nykter på jobbet")
    save_contract_texts(register, own)
    assert load_contract_texts(register, "sv").promises == "följa planen\nvara nykter på jobbet"
    assert load_contract_texts(register, "en") == default_contract_texts("en")
    result = run_export(register, ContractDocument(book.asa, "sv"), tmp_path / "k.pdf")
    assert "vara nykter på jobbet" in text_of(result.path)
    with pytest.raises(FieldError) as wrong:
        save_contract_texts(register, replace(shipped, statement=" "))
    assert wrong.value.field == "statement"
    with pytest.raises(FieldError):
        save_contract_texts(register, replace(shipped, intro="Hej {name}"))
    assert reset_contract_texts(register, "sv") == shipped
    assert load_contract_texts(register, "sv") == shipped


def test_staff_may_not_change_the_contract_texts(new_register: NewRegister) -> None:
    new_register.register.add_user("bo", "Bo Berg", Role.STAFF, "bos-första-lösen-1")
    staff = new_register.reopen("bo", "bos-första-lösen-1")
    with pytest.raises(AppError):
        save_contract_texts(staff, default_contract_texts("sv"))


def test_the_command_line_writes_the_sheet_the_workbook_and_the_contract(
    book: ProgressBook,
    new_register: NewRegister,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    new_register.register.close()
    base = ["--lang", "en", "export"]
    common = ["--register", str(new_register.path), "--user", "anna", "--password-stdin"]

    def run(*args: str) -> int:
        monkeypatch.setattr("sys.stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
        return main([*base, *args, *common])

    assert run("progress", "--participant", "2026-001", "--out", str(tmp_path / "s.pdf")) == 0
    assert "Progress sheet" in text_of(tmp_path / "s.pdf")
    assert (
        run(
            "progress",
            "--participant",
            "2026-001",
            "--version",
            "participant",
            "--out",
            str(tmp_path / "p.xlsx"),
        )
        == 0
    )
    assert load_workbook(tmp_path / "p.xlsx")["Overview"]["B2"].value == "Hi Åsa!"
    assert run("action-plan", "--participant", "2026-001", "--out", str(tmp_path / "k.pdf")) == 0
    assert "Åsa Öberg" in text_of(tmp_path / "k.pdf")
    assert run("progress", "--out", str(tmp_path / "x.pdf")) != 0
    out = capsys.readouterr()
    assert "--participant" in out.err + out.out
