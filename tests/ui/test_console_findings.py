"""What a first-time facilitator ran into (issue 14), one test each: the open event survives a
file that is not an event, F5 on one screen, participant entry in a menu, a new export folder,
About with the version, the shortcuts list for the plan at hand."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit

from workshop_app import __version__


def test_opening_a_file_that_is_not_an_event_keeps_the_open_event(
    window, interaction, new_event, tmp_path
):
    new_event("Spring workshop")
    console = window.console
    not_an_event = tmp_path / "notes.workshop"
    not_an_event.write_text("a shopping list, not an event")
    interaction.paths.append(not_an_event)
    window.trigger("open_event")
    assert interaction.messages[-1][1] == "The event was not opened"
    assert window.console is console  # still open, still the same event
    assert window.ctx.store is not None and window.ctx.store.event().title == "Spring workshop"
    assert window.stack.currentWidget() is console


def test_f5_on_one_screen_says_so_and_the_console_shows_the_room_view_is_on(
    qtbot, window, interaction, new_event
):
    assert len(QGuiApplication.screens()) == 1
    new_event("One screen")
    assert window.room_view_state.text() == "Room view off (F5)"
    window.trigger("present")
    presenter = window.presenter
    qtbot.waitExposed(presenter)
    assert not presenter.isFullScreen()
    screen = window.screen().availableGeometry()
    # a window the facilitator can drag, not one that covers the console
    assert presenter.width() <= screen.width() // 2
    assert "Only one screen" in window.statusBar().currentMessage()
    assert "drag it to the projector" in window.statusBar().currentMessage().lower()
    assert window.room_view_state.text() == "● Room view on"
    window.ctx.room.set_blank(True)
    assert window.room_view_state.text() == "● Room view on — blank (B)"
    presenter.close()  # closed with the window's own button
    assert window.presenter is None
    assert window.room_view_state.text() == "Room view off (F5)"


def test_participant_entry_is_in_a_menu_with_a_shortcut(qtbot, window, new_event):
    new_event("Entry")
    action = window.actions_by_name["entry"]
    assert action.shortcut() == QKeySequence("Ctrl+Shift+E")
    menus = window.menuBar().findChildren(type(window.recent_menu))
    assert any(action in menu.actions() for menu in menus)
    action.trigger()
    panel = window.entry_panel
    try:
        assert panel.is_open
        assert window.console.side_tabs.currentWidget() is panel
    finally:
        panel.close_entry()


def test_a_new_folder_name_typed_in_the_folder_dialog_is_created(qtbot, tmp_path):
    from workshop_app.ui.interaction import FolderDialog

    dialog = FolderDialog(None, "Folder for the worksheets", tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.findChild(QLineEdit, "fileNameEdit").setText("Worksheets 2027")
    dialog.accept()
    assert dialog.result() == FolderDialog.DialogCode.Accepted
    assert (tmp_path / "Worksheets 2027").is_dir()
    assert Path(dialog.selectedFiles()[0]) == tmp_path / "Worksheets 2027"


def test_help_about_shows_the_version(window, interaction):
    window.trigger("about")
    _kind, title, message = interaction.messages[-1]
    assert title == "About Workshop App"
    assert __version__ in message


def test_the_shortcuts_list_offers_only_the_stages_of_the_open_plan(window, interaction, new_event):
    new_event("Five stages")
    shown = []

    def read(dialog) -> bool:
        table = dialog.table
        shown.extend(table.item(row, 0).text() for row in range(table.rowCount()))
        return False

    interaction.dialog_handlers.append(read)
    window.trigger("shortcuts_help")
    assert "Ctrl+5" in shown and "Ctrl+6" not in shown  # the seeded plan has five
    assert QApplication.activeModalWidget() is None


def test_a_title_with_an_em_dash_makes_a_file_name_without_a_double_space(tmp_path):
    from workshop_app.ui.dialogs import file_name_for

    name = file_name_for("Spring workshop — Northside", tmp_path).name
    assert name == "Spring workshop - Northside.workshop"


def test_recent_events_show_the_title_and_date(window, interaction, tmp_path, plan):
    from workshop_app.store import EventStore

    path = tmp_path / "ev1.workshop"
    EventStore.create(path, plan, "Privacy policy day", date="2027-01-10").close()
    window.ctx.settings.add_recent(path)
    window.show_welcome()
    first = window.welcome.recent.item(0).text()
    assert first.startswith("Privacy policy day · 10 Jan 2027")  # stored as 2027-01-10
    assert "ev1.workshop" in first


def test_on_screen_goes_once_a_stage_change_cleared_the_spotlight(qtbot, window, interaction):
    window.try_demo()
    console = window.console
    console.go_to("report_back")
    extra = console.page.extra
    extra.set_group(window.ctx.store.groups()[0].id)
    extra.show_selected()
    assert extra.message.text() == "On screen: 1 card."
    console.go_to("drafting")
    assert extra.message.text() == ""


def test_a_markers_selection_ring_is_inside_what_qt_repaints_when_it_moves(qtbot, window):
    """Dragging left trails of rings: Qt repaints a moved item's boundingRect, which was the
    marker's alone while the ring is drawn almost twice as wide."""
    window.try_demo()
    window.console.go_to("stakeholders")
    canvas = window.console.page.extra.canvas
    marker = next(i for i in canvas.scene().items() if hasattr(i, "ring_rect"))
    marker.setSelected(True)
    assert marker.boundingRect().contains(marker.ring_rect())


def test_has_a_draft_means_the_same_in_the_console_the_projector_and_the_exports(
    window, interaction, new_event
):
    """The console previewed a draft while the worksheet said none was made."""
    from workshop_app.kinds.drafting import clauses
    from workshop_app.ui.room import Spotlight
    from workshop_app.ui.spotlight import spotlight_content

    new_event("Drafts")
    interaction.text_answers.append("Northside Clinic")
    window.console.groups.add()
    store = window.ctx.store
    group = store.groups()[0]
    window.console.go_to("drafting")
    editor = window.console.page.extra
    assert not clauses.has_draft(store, group.id)
    assert "No draft yet" in editor.preview.text()
    item = Spotlight("draft", group.id, "drafting")
    assert spotlight_content(window.ctx, item, "Group A").text == clauses.NO_DRAFT

    option = editor.stage.choices[0].options[0].id
    editor.choices.tick(option)
    assert clauses.has_draft(store, group.id)
    assert "No draft yet" not in editor.preview.text()
    assert spotlight_content(window.ctx, item, "Group A").text != clauses.NO_DRAFT


def test_the_clickers_page_down_moves_on_right_after_a_click_on_start(qtbot, window, new_event):
    """Walk-through: Start clicked on the timer, then the clicker's Page Down did nothing (the
    room-visible button swallowed it); typed keys there are still refused."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    new_event("Clicker")
    window.activateWindow()
    qtbot.waitExposed(window)
    console = window.console
    first = console.stage_id
    start = console.timer.start_button
    qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    start.setFocus()  # where the click leaves the focus
    assert window.ctx.room.running
    QTest.keyClick(start, Qt.Key.Key_Space)  # typed: refused, the timer keeps running
    assert window.ctx.room.running and console.stage_id == first
    QTest.keyClick(start, Qt.Key.Key_PageDown)
    assert console.stage_id == window.ctx.store.plan.stages[1].id
    QTest.keyClick(QApplication.focusWidget() or start, Qt.Key.Key_PageUp)
    assert console.stage_id == first


def test_the_add_an_organization_box_is_wide_enough_for_its_title(qtbot, window):
    """Walk-through: the window manager cut the box's title to "Add a… zation"."""
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest

    from workshop_app.ui.interaction import Interaction

    seen = {}

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        seen["width"] = dialog.width()
        seen["title"] = dialog.fontMetrics().horizontalAdvance(dialog.windowTitle())
        QTest.keyClicks(dialog.findChild(QLineEdit), "Cedar Clinic")
        dialog.accept()

    QTimer.singleShot(0, answer)
    name = Interaction(window).ask_text("Add an organization", "Organization's name:")
    assert name == "Cedar Clinic"
    assert seen["width"] >= seen["title"] + 150  # the title beside the title bar's buttons
