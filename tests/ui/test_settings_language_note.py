"""Settings: a new console language waits for the next start and so does the room (the projector
follows the language the console speaks, not the one it will speak); a new projector language
changes the room at once. The dialog's note says which happens, whole, in the room it had from
the start: choosing a language moves no button, and OK is where it was."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel

NOTE_PARTS = {  # what the note says after the console's language is changed to the other one
    "en": [
        "The console changes to Spanish the next time the app starts.",
        "The projector stays in English until then, and then follows the console.",
    ],
    "es": [
        "La consola pasará al inglés la próxima vez que se abra la aplicación.",
        "Hasta entonces el proyector sigue en español; después, seguirá a la consola.",
    ],
}
STAGE_1 = {"en": "Stage 1 of 4", "es": "Etapa 1 de 4"}


@pytest.fixture(params=["en", "es"])
def running(request, qtbot, window_in_language):
    """The demo on the projector, the console started in English or in Spanish."""
    window, interaction = window_in_language(request.param)
    window.try_demo()
    window.present()
    qtbot.waitUntil(lambda: not isinstance(window.console.room_preview, QLabel))
    return request.param, window, interaction


def room_text(window) -> str:
    return " ".join(label.text() for label in window.presenter.view.visible_labels())


def shows_whole(note: QLabel) -> bool:
    """The note's height holds its text wrapped at its width, as a plain label would need."""
    plain = QLabel(note.text())
    plain.setWordWrap(True)
    plain.setFont(note.font())
    return note.isVisible() and note.height() >= plain.heightForWidth(note.width())


def choose(box, data: str) -> None:
    """Pick an entry of a closed combo box with the keyboard, as a facilitator might."""
    box.setFocus()
    for _ in range(box.count()):
        if box.currentData() == data:
            return
        down = box.findData(data) > box.currentIndex()
        QTest.keyClick(box, Qt.Key.Key_Down if down else Qt.Key.Key_Up)
    assert box.currentData() == data, box.currentText()


def test_a_new_console_language_waits_and_moves_no_button(running, qtbot, tmp_path):
    lang, window, interaction = running
    other = "es" if lang == "en" else "en"
    seen = {}

    def change(dialog: QDialog) -> bool:
        dialog.show()
        qtbot.waitExposed(dialog)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        where = ok.mapTo(dialog, QPoint(0, 0)), ok.size(), dialog.size()
        note = dialog.language_note
        choose(dialog.console_language, other)
        qtbot.wait(20)  # the layout settles as it does on screen
        assert (ok.mapTo(dialog, QPoint(0, 0)), ok.size(), dialog.size()) == where
        assert shows_whole(note), (note.height(), note.text())
        seen["note"] = note.text()
        dialog.grab().save(str(tmp_path / f"settings-{lang}.png"))
        # a click where OK was before the change still presses OK
        aim = where[0] + QPoint(10, 10)
        under = dialog.childAt(aim)
        assert under is ok, under
        QTest.mouseClick(under, Qt.MouseButton.LeftButton, pos=under.mapFrom(dialog, aim))
        return dialog.result() == QDialog.DialogCode.Accepted

    interaction.dialog_handlers.append(change)
    window.actions_by_name["settings"].trigger()
    assert seen["note"] == " ".join(NOTE_PARTS[lang])
    assert window.ctx.settings.get("console_language") == other
    # the room keeps the console's language of now, on the projector and in the preview
    assert STAGE_1[lang] in room_text(window)
    assert window.console.room_preview.view.language == lang


def test_a_new_projector_language_changes_the_room_at_once_and_the_note_says_so(running, qtbot):
    lang, window, interaction = running
    other = "es" if lang == "en" else "en"
    seen = {}

    def change(dialog: QDialog) -> bool:
        dialog.show()
        qtbot.waitExposed(dialog)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        where = ok.mapTo(dialog, QPoint(0, 0))
        choose(dialog.projector_language, other)
        qtbot.wait(20)
        assert ok.mapTo(dialog, QPoint(0, 0)) == where
        assert shows_whole(dialog.language_note)
        seen["note"] = dialog.language_note.text()
        QTest.mouseClick(ok, Qt.MouseButton.LeftButton)
        return dialog.result() == QDialog.DialogCode.Accepted

    interaction.dialog_handlers.append(change)
    window.actions_by_name["settings"].trigger()
    said = {
        "en": "The projector changes to Spanish as soon as you press OK.",
        "es": "El proyector pasa al inglés en cuanto pulse Aceptar.",
    }
    assert seen["note"] == said[lang]
    assert STAGE_1[other] in room_text(window)
