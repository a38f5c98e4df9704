"""The layers point down only: nothing below the UI imports Qt, and the rules import no storage."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "desktop"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
        elif isinstance(node, ast.Call) and getattr(node.func, "id", "") == "__import__":
            names.update(a.value for a in node.args if isinstance(a, ast.Constant))
    return names


def modules_under(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


@pytest.mark.parametrize("layer", ["core", "db", "reports", "services"])
def test_nothing_below_ui_imports_qt(layer: str) -> None:
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(m for m in imported_modules(path) if "PySide6" in m)
        for path in modules_under(layer)
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_core_imports_no_storage_no_files_no_qt() -> None:
    forbidden = ("sqlcipher3", "sqlite3", "desktop.db", "desktop.ui", "desktop.reports", "PySide6")
    forbidden += ("pathlib", "shutil", "tempfile", "reportlab", "openpyxl")
    offenders = {}
    for path in modules_under("core"):
        bad = sorted(
            m
            for m in imported_modules(path)
            if any(m == f or m.startswith(f + ".") for f in forbidden)
        )
        if bad:
            offenders[str(path.relative_to(PACKAGE))] = bad
    assert offenders == {}


def test_reports_do_not_touch_the_database() -> None:
    for path in modules_under("reports"):
        assert not {m for m in imported_modules(path) if m.startswith(("desktop.db", "sqlcipher3"))}


@pytest.mark.parametrize("layer", ["core", "db", "reports"])
def test_services_sit_above_the_store_and_the_renderers(layer: str) -> None:
    """ui and cli -> services -> db and reports -> core: nothing below reaches up."""
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(
            m for m in imported_modules(path) if m.startswith(("desktop.services", "desktop.ui"))
        )
        for path in modules_under(layer)
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_services_use_no_window() -> None:
    for path in modules_under("services"):
        assert not {m for m in imported_modules(path) if m.startswith("desktop.ui")}, path


def test_services_ask_the_store_and_write_no_sql() -> None:
    """SQL lives in desktop/db: a service reads through the repositories."""
    offenders = []
    for path in modules_under("services"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr in ("execute", "executemany"):
                offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert offenders == []


def test_only_the_export_door_writes_documents() -> None:
    """Window and CLI write a document only through desktop.services.exports.run_export: none
    of them calls a renderer's bytes into a file or the atomic writer directly."""
    allowed = {"ui/first_run.py"}  # the recovery sheet: a key, not a person's data
    offenders = []
    for path in [*modules_under("ui"), PACKAGE / "cli.py"]:
        name = str(path.relative_to(PACKAGE))
        if name in allowed:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = {
            alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom)
            for alias in node.names
        }
        if "atomic_write" in imported or "desktop.fileio" in imported_modules(path):
            offenders.append(name)
    assert offenders == []


def test_the_check_sees_an_import(tmp_path: Path) -> None:
    """The layering test itself must be able to fail."""
    sample = tmp_path / "sample.py"
    sample.write_text("from PySide6.QtCore import QObject\nimport sqlcipher3\n", encoding="utf-8")
    assert {"PySide6.QtCore", "sqlcipher3"} <= imported_modules(sample)


def test_layers_exist() -> None:
    for layer in ("core", "db", "reports", "services", "ui"):
        assert (PACKAGE / layer / "__init__.py").is_file()
