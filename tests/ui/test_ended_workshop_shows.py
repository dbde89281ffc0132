"""After End workshop the console says so, for as long as the event is open and after it is
opened again: a quiet line with the end time, participant entry that cannot open (its button
and menu entry off, saying why), the report-back page's button reading "Workshop ended", and
no stage marked as running in the stage list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from workshop_app.ui.widgets.navigator import CURRENT


@pytest.fixture
def demo(qtbot, window, interaction):
    window.resize(1280, 800)
    window.try_demo()
    assert window.console is not None, interaction.messages
    qtbot.waitUntil(lambda: window.entry_panel is not None, timeout=10_000)
    return window


def ended_signs(window) -> None:
    console, panel = window.console, window.entry_panel
    assert console.ended_note.isVisible()
    assert "Workshop ended at" in console.ended_note.text()
    assert "exports stay available" in console.ended_note.text()
    assert not panel.toggle.isEnabled()
    assert "participant entry stays closed" in panel.toggle.toolTip()
    action = window.actions_by_name["entry"]
    assert not action.isEnabled()
    assert "participant entry stays closed" in action.toolTip()
    rows = [console.navigator.item(i).text() for i in range(console.navigator.count())]
    assert not any(row.startswith(CURRENT) for row in rows), rows
    assert not console._minute.isActive()
    console.go_to("report_back")
    button = console.page.extra.end_button
    assert button.text() == "Workshop ended"
    assert not button.isEnabled()


def test_the_console_says_the_workshop_ended_and_keeps_entry_closed(
    qtbot, demo, interaction, tmp_path
):
    console = demo.console
    console.go_to("stakeholders")
    assert demo.actions_by_name["entry"].isEnabled()
    assert not console.ended_note.isVisible()
    interaction.confirm_answers += [True, False, False]  # end; no exports; keep devices
    demo.trigger("end_workshop")
    assert demo.ctx.store.event().ended_at
    ended_signs(demo)
    # clicking the button does nothing (no warning): it is off
    before = len(interaction.messages)
    QTest.mouseClick(demo.entry_panel.toggle, Qt.MouseButton.LeftButton)
    assert len(interaction.messages) == before

    # opened again from the file: still ended
    path = demo.ctx.store.path
    assert demo.close_event()
    assert demo.open_event(path)
    qtbot.waitUntil(lambda: demo.entry_panel is not None, timeout=10_000)
    ended_signs(demo)


def test_an_event_that_has_not_ended_shows_no_sign(qtbot, demo):
    console = demo.console
    assert not console.ended_note.isVisible()
    assert demo.entry_panel.toggle.isEnabled()
    assert demo.actions_by_name["entry"].isEnabled()
    rows = [console.navigator.item(i).text() for i in range(console.navigator.count())]
    assert any(row.startswith(CURRENT) for row in rows)
