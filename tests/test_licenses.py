"""Everything bundled is listed with its licence, and the About dialog shows the texts."""

from __future__ import annotations

from desktop.licenses import components, runtime_distributions


def test_every_runtime_package_is_listed_with_a_licence_text() -> None:
    listed = {c.name.lower() for c in components()}
    for name in runtime_distributions():
        assert name.lower() in listed
    missing = [c.name for c in components() if not c.texts]
    assert missing == []


def test_the_non_python_parts_are_there() -> None:
    by_name = {c.name: c for c in components()}
    assert "ZETETIC" in by_name["SQLCipher"].texts[0]
    assert "Bitstream" in by_name["DejaVu fonts"].texts[0]
    assert "PYTHON SOFTWARE FOUNDATION" in by_name["Python"].texts[0].upper()
    qt = by_name["PySide6_Essentials"]
    assert "LESSER GENERAL PUBLIC LICENSE" in qt.texts[0]


def test_about_dialog_shows_a_licence(qtbot) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.about import AboutDialog

    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    names = [dialog.model.record(row).name for row in range(dialog.model.rowCount())]
    row = names.index("SQLCipher")
    dialog.table.selectRow(row)
    assert "ZETETIC" in dialog.text.toPlainText()
