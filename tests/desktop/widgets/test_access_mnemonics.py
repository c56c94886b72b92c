"""Every button and labelled field has an Alt+letter, unique in its window, and it works."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from desktop.widgets import access
from tests.desktop.widgets.screens import screen_makers


def menu_letters(window) -> set[str]:
    """The menu bar's Alt+letters, which no button or field of the window may take."""
    if not isinstance(window, QMainWindow):
        return set()
    return {m for a in window.menuBar().actions() if (m := access.mnemonic_of(a.text()))}


def letters(window) -> list[str]:
    """Letters of the always-shown part; asserts each tab page adds only letters of its own."""
    scopes = access.mnemonic_scopes(window)
    for owners in scopes:
        found = [access.mnemonic_of(access._text(w)) for w in owners]
        missing = [access._text(w) for w, letter in zip(owners, found, strict=True) if not letter]
        taken = {letter for letter in found if letter} | menu_letters(window)
        for text in missing:  # allowed only when every letter of the text is taken already
            assert {ch.lower() for ch in text if ch.isalnum()} <= taken, text
        found = [letter for letter in found if letter]
        if access.page_of(owners[-1]) is not None or len(scopes) == 1:
            assert len(set(found)) == len(found), (window.windowTitle(), found)
    shared = [w for w in scopes[0] if access.page_of(w) is None]
    return [access.mnemonic_of(access._text(w)) for w in shared]


def test_menu_bar_letters_are_unique(demo_db, window_factory):
    window = window_factory(demo_db)
    titles = [a.text() for a in window.menuBar().actions() if a.isVisible()]
    marks = [access.mnemonic_of(t) for t in titles]
    assert None not in marks and len(set(marks)) == len(marks), titles
    assert "Beh&eer" in titles and "&Help" in titles
    main = letters(window)
    assert len(set(main)) == len(main)
    assert not set(main) & set(marks)  # a button never takes a menu's Alt+letter


def test_every_window_has_unique_working_mnemonics(demo_db, window_factory, qtbot):
    window = window_factory(demo_db)
    for name, make in screen_makers(window):
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        found = letters(dialog)
        texts = [access._text(w) for w in access.mnemonic_owners(dialog)]
        assert len(set(found)) == len(found), f"{name}: {texts}"
        dialog.hide()


def test_label_mnemonic_moves_focus_to_its_field(demo_db, window_factory, qtbot):
    from desktop.residents.editor import ResidentEditor

    window = window_factory(demo_db)
    editor = ResidentEditor(demo_db, None, window)
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    label = next(
        lb for lb in editor.findChildren(QLabel) if lb.buddy() is editor.phone.edit and lb.text()
    )
    letter = access.mnemonic_of(label.text())
    assert letter and label.text().replace("&", "") == "Telefoon"
    qtbot.keyClick(editor, letter, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is editor.phone.edit
    editor.hide()


def test_funds_dialog_gives_save_and_close_a_letter_too(demo_db, window_factory, qtbot):
    """23 owners in one window: a label moves to another of its letters so the buttons that
    come last (Opslaan, Sluiten) still get one, and no two share it."""
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop.funding.funds import FundsDialog

    window = window_factory(demo_db)
    dialog = FundsDialog(demo_db, window)
    qtbot.addWidget(dialog)
    dialog.show()
    close = dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
    for button in (dialog.save_button, close):
        assert access.mnemonic_of(button.text()), button.text()
    found = [access.mnemonic_of(access._text(w)) for w in access.mnemonic_owners(dialog)]
    assert None not in found and len(set(found)) == len(found), found
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    label = next(lb for lb in dialog.findChildren(QLabel) if lb.buddy() is dialog.municipality)
    qtbot.keyClick(dialog, access.mnemonic_of(label.text()), Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.municipality
    dialog.hide()
