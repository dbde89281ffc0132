"""A long passing message in the status bar (the one-screen F5 message, an export's "Exported …
to <folder>") no longer runs into the save status ("Saved 14:03:12 — notes of …") at its right:
the save status narrows while the message is up, and what still does not fit ends in "…" a clear
gap before it, with the whole message in the tooltip and read out by a screen reader."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible, QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

ONE_SCREEN = "Only one screen: the room view is a window."
GAP = 6  # pixels of nothing a reader needs between the message and "Saved"


@pytest.fixture
def demo(qtbot, window, interaction):
    window.resize(1280, 720)
    window.try_demo()
    assert window.console is not None, interaction.messages
    assert window.width() == 1280
    return window


def type_an_answer(qtbot, window) -> str:
    """Type into the first answer as the facilitator does; the save status says it was saved."""
    editor = window.console.page.editors[0]
    editor.setFocus()
    QTest.keyClicks(editor, " Also the front desk.")
    qtbot.waitUntil(lambda: window.save_status.text().startswith("Saved "), timeout=10_000)
    line = window.save_status.text()
    assert " — " in line and " of " in line  # "Saved 14:03:12 — notes of Cedar Valley …"
    return line


def ink_columns(image: QImage, rect: QRect) -> list[int]:
    """The x of every column inside `rect` with a pixel clearly unlike the bar's background."""
    background = QColor(image.pixel(rect.left(), 1))
    found = []
    for x in range(max(rect.left(), 0), min(rect.right() + 1, image.width())):
        for y in range(rect.top(), rect.bottom() + 1):
            c = QColor(image.pixel(x, y))
            if (
                max(
                    abs(c.red() - background.red()),
                    abs(c.green() - background.green()),
                    abs(c.blue() - background.blue()),
                )
                > 60
            ):
                found.append(x)
                break
    return found


def test_the_one_screen_message_is_shown_whole_beside_the_save_status(qtbot, demo):
    """At a desktop's usual 11 pt type the F5 message ran into "Saved", its last words cut."""
    line = type_an_answer(qtbot, demo)
    demo.activateWindow()
    QTest.keyClick(demo.focusWidget() or demo, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: demo.presenter is not None)
    bar, save = demo.statusBar(), demo.save_status
    message = bar.currentMessage()
    assert message.startswith(ONE_SCREEN) and message.endswith("Esc ends it.")
    QApplication.processEvents()
    # the whole message, from where the bar starts it, stops clear of the save status
    whole = QRect(6, 0, bar.fontMetrics().horizontalAdvance(message), bar.height())
    assert not whole.adjusted(0, 0, GAP, 0).intersects(save.geometry()), (whole, save.geometry())
    # and nothing is drawn in the gap just before it
    image = bar.grab().toImage()
    assert ink_columns(image, QRect(save.x() - GAP, 0, GAP, bar.height())) == []
    # the save status still says when, and its whole line is a hover (and a screen reader) away
    assert save.width() >= save.fontMetrics().horizontalAdvance(line.split(" — ")[0])
    assert save.toolTip() == line and save.accessibleName() == line
    bar.clearMessage()
    qtbot.waitUntil(lambda: save.toolTip() == "")  # the whole line again, once the message ends
    assert save.width() >= save.fontMetrics().horizontalAdvance(line)


@pytest.fixture
def settings(settings):
    settings.set("font_scale", 1.25)  # a desktop's usual 11 pt over the offscreen 9 pt
    return settings


def test_a_message_too_long_for_the_bar_ends_in_an_ellipsis_with_the_whole_in_the_tooltip(
    qtbot, demo, tmp_path
):
    line = type_an_answer(qtbot, demo)
    folder = tmp_path / "Community health partnership" / "Spring workshop 2027" / "worksheets"
    message = (
        f"Exported 6 files to {folder}. Each worksheet is its organization's to keep: "
        "send each one only its own."
    )
    demo.show_status(message)
    QApplication.processEvents()
    bar, save = demo.statusBar(), demo.save_status
    assert bar.currentMessage() == message
    image = bar.grab().toImage()
    drawn = ink_columns(image, QRect(0, 0, save.x(), bar.height()))
    assert drawn and max(drawn) < save.x() - GAP  # clear of "Saved"
    assert bar.toolTip() == message  # the whole of it, on hover
    said = QAccessible.queryAccessibleInterface(bar).text(QAccessible.Text.Name)
    assert said == message  # and for a screen reader
    shown = bar.shown_message()
    assert shown.endswith("…") and message.startswith(shown[:-1])
    assert message[len(shown) - 1] in " ,;:."  # cut between words, not inside one
    assert save.text() == line and save.width() >= save.fontMetrics().horizontalAdvance("Saved ")
