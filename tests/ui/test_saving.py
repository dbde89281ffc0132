"""Nothing typed is lost: autosave timing, a failing save, a refused file."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from workshop_app import folders
from workshop_app.store import SaveError

pytestmark = pytest.mark.usefixtures("plain_stages")


@pytest.fixture
def page(window, interaction, new_event):
    new_event("Saving")
    interaction.text_answers.append("Cedar Clinic")
    window.console.groups.add()
    window.console.go_to("report_back")
    return window.console.page


def test_autosave_after_typing_stops_and_status_only_after_commit(qtbot, window, page, settings):
    store = window.ctx.store
    group = store.groups()[0].id
    editor = page.editor("easiest")
    qtbot.keyClicks(editor, "Texting reminders")
    assert store.answer_text(group, "report_back", "easiest") == ""  # not yet: still typing
    assert window.save_status.text() == ""
    qtbot.waitUntil(lambda: store.answer_text(group, "report_back", "easiest") != "", timeout=3000)
    assert store.answer_text(group, "report_back", "easiest") == "Texting reminders"
    saved_at = store.answer(group, "report_back", "easiest").saved_at
    from workshop_app.ui.widgets import local_time

    assert window.save_status.text() == f"Saved {local_time(saved_at)} — answer of Cedar Clinic"


def test_a_failed_save_keeps_the_text_and_shows_the_banner(
    qtbot, window, page, interaction, monkeypatch, tmp_path
):
    store = window.ctx.store
    group = store.groups()[0].id
    editor = page.editor("hardest")

    def disk_full(*args, **kwargs):
        raise SaveError("The disk is full: this change was not saved.")

    monkeypatch.setattr(store, "save_answer", disk_full)
    qtbot.keyClicks(editor, "Getting the board to agree")
    assert not editor.flush()
    assert editor.toPlainText() == "Getting the board to agree"
    assert editor.dirty
    banner = window.console.banner
    assert banner.isVisible() and "disk is full" in banner.message
    assert "still here" in banner.message
    assert window.save_status.text() == "Not saved"

    # changing stage does not drop it either: the console stays put
    assert not window.console.go_to("objectives")
    assert window.console.stage_id == "report_back"

    # "Save a copy as…" on the banner writes a copy of what is committed
    copy = tmp_path / "copy.workshop"
    interaction.paths.append(copy)
    window.console.banner.save_copy_requested.emit()
    assert copy.exists()

    # space is back: "Try again" saves and the banner goes
    monkeypatch.undo()
    window.console.banner.retry_requested.emit()
    assert store.answer_text(group, "report_back", "hardest") == "Getting the board to agree"
    assert not banner.isVisible()
    assert window.save_status.text().startswith("Saved ")


def test_closing_with_unsaved_text_asks_and_can_stay_open(window, page, interaction, monkeypatch):
    store = window.ctx.store

    def fails(*args, **kwargs):
        raise SaveError("The file was moved or deleted: this change was not saved.")

    monkeypatch.setattr(store, "save_answer", fails)
    page.editor("easiest").setPlainText("Important")
    interaction.confirm_answers.append(False)  # "Keep open"
    window.close()
    assert window.isVisible() and window.console is not None
    assert page.editor("easiest").toPlainText() == "Important"
    assert interaction.messages[-1][1] == "Close without saving?"
    assert interaction.confirm_defaults[-1] == "no"  # Enter keeps it open
    monkeypatch.undo()


def test_a_refused_file_says_why_in_one_line_and_returns_to_welcome(window, interaction, tmp_path):
    bogus = tmp_path / "notes.workshop"
    bogus.write_text("this is not a database")
    assert not window.open_event(bogus)
    kind, _title, message = interaction.messages[-1]
    assert kind == "warn" and "\n" not in message
    assert "not an event file" in message
    assert window.stack.currentWidget() is window.welcome
    assert bogus.read_text() == "this is not a database"


def test_an_event_open_elsewhere_is_refused(window, interaction, store):
    assert not window.open_event(store.path)  # the conftest store holds the lock
    assert "already open" in interaction.messages[-1][2]
    assert QApplication.activeModalWidget() is None


def test_leaving_a_field_or_the_stage_saves_at_once(qtbot, window, page, settings):
    for editor in page.editors:
        editor.set_delay(60_000)  # only focus and stage changes can save here
    store = window.ctx.store
    group = store.groups()[0].id
    first, second = page.editor("easiest"), page.editor("hardest")
    window.activateWindow()
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    qtbot.keyClicks(first, "Core rule")
    assert store.answer_text(group, "report_back", "easiest") == ""
    second.setFocus()
    qtbot.waitUntil(second.hasFocus)
    assert store.answer_text(group, "report_back", "easiest") == "Core rule"
    qtbot.keyClicks(second, "Personal phones")
    window.console.go_to("objectives")
    assert store.answer_text(group, "report_back", "hardest") == "Personal phones"


def test_a_recent_event_that_was_deleted_says_so_and_leaves_the_list(
    window, interaction, settings, tmp_path
):
    gone = tmp_path / "Gone.workshop"
    settings.add_recent(gone)
    window.show_welcome()
    assert window.welcome.recent.item(0).text().startswith("Gone (missing)")
    window.welcome.recent.itemActivated.emit(window.welcome.recent.item(0))
    assert "no such event file" in interaction.messages[-1][2]
    assert settings.recent_events() == []
    assert window.welcome.recent.count() == 0 and window.welcome.empty.isVisible()


def test_a_backup_that_fails_on_open_is_said_in_the_status_bar(qtbot, window, store, interaction):
    path = store.path
    store.close()
    folders.backups_dir().parent.mkdir(parents=True, exist_ok=True)
    folders.backups_dir().write_text("not a folder")  # no backup copy can be made
    assert window.open_event(path)
    assert window.console is not None  # the event opened all the same
    qtbot.waitUntil(lambda: "No backup copy" in window.statusBar().currentMessage(), timeout=3000)
    assert path.name in window.statusBar().currentMessage()
    assert interaction.messages == []
