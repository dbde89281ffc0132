"""Back on the welcome page nothing of the closed event lingers in the status bar."""

from __future__ import annotations


def test_closing_an_event_clears_its_saved_time(qtbot, window, interaction):
    window.try_demo()
    console = window.console
    assert console is not None, interaction.messages
    console.go_to("report_back")
    editor = console.page.editor("easiest")
    editor.setPlainText("Typed before closing")
    assert editor.flush()
    assert window.save_status.text().startswith("Saved")
    window.actions_by_name["close_event"].trigger()
    assert window.stack.currentWidget() is window.welcome
    assert window.save_status.text() == ""
