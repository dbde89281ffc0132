"""File → New event: typing the title and the date moves no row. The hint under the form ("Give
the event a title to create it.") goes away and keeps its room, and the line under the date
(the day as read, or why it cannot be read) has room for a refusal from the start."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel


@pytest.fixture(params=["en", "es"])
def window_in(request, window_in_language):
    window, interaction = window_in_language(request.param)
    return request.param, window, interaction


def places(dialog) -> dict[str, QRect]:
    """Where each row's field and the buttons are, in the dialog."""
    widgets = {
        "title": dialog.title,
        "date": dialog.date,
        "plan": dialog.plan,
        "region": dialog.region,
        "location": dialog.location,
        "facilitator": dialog.facilitator,
        "folder": dialog.folder,
        "buttons": dialog.buttons,
    }
    found = {name: QRect(w.mapTo(dialog, QPoint(0, 0)), w.size()) for name, w in widgets.items()}
    found["dialog"] = dialog.rect()
    return found


def whole(label: QLabel) -> bool:
    plain = QLabel(label.text())
    plain.setWordWrap(True)
    plain.setFont(label.font())
    return label.height() >= plain.heightForWidth(label.width())


def retype(field, text: str) -> None:
    field.setFocus()
    field.selectAll()
    QTest.keyClick(field, Qt.Key.Key_Backspace)
    QTest.keyClicks(field, text)


def test_typing_the_title_and_the_date_moves_no_row(window_in, qtbot):
    lang, window, interaction = window_in
    seen: dict[str, object] = {}

    def fill(dialog) -> bool:
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.wait(20)
        start = places(dialog)
        assert dialog.hint.isVisible() and whole(dialog.hint)
        steps = [
            (dialog.title, "Riverside"),  # the hint goes
            (dialog.date, "10 Jan 2027" if lang == "en" else "10 ene 2027"),
            (dialog.date, "next Tuesday"),  # refused: the hint is back, the note says why
            (dialog.date, "2027-01-10"),
        ]
        for field, text in steps:
            retype(field, text)
            qtbot.wait(20)  # the layout settles as it does on screen
            assert places(dialog) == start, (text, places(dialog), start)
            assert whole(dialog.date_note), (text, dialog.date_note.text())
            if dialog.hint.isVisible():
                assert whole(dialog.hint), dialog.hint.text()
        seen["refused"] = dialog.hint.isVisible()
        dialog.reject()
        return False

    interaction.dialog_handlers.append(fill)
    window.actions_by_name["new_event"].trigger()
    assert seen == {"refused": False}
