"""Qt's own dialogs speak Swedish too: the file dialog Färdväg shows on Linux (Qt's own, not the
desktop's) takes its buttons and labels from Qt's catalogue, qtbase_sv.qm."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel

from desktop import i18n


def test_the_file_dialog_is_in_swedish(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    i18n.install("sv")
    dialog = QFileDialog(None, "Spara", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    texts = sorted(button.text().replace("&", "") for button in box.buttons())
    assert texts == ["Avbryt", "Spara"]
    labels = {label.text().replace("&", "") for label in dialog.findChildren(QLabel)}
    assert "Filnamn:" in labels
    assert "File name:" not in labels
    dialog.reject()


def test_our_own_words_still_win_over_qts(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    i18n.install("sv")
    # "Släng" is what the question before closing says; Qt's catalogue has "Förkasta".
    assert QCoreApplication.translate("QPlatformTheme", "Discard") == "Släng"
    # A string only Qt's catalogue has: the file dialog's.
    assert QCoreApplication.translate("QFileDialog", "&Open") == "&Öppna"
