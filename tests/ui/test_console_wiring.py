"""Menu entries wired into the console: End workshop, names on the projector for the whole
event, the projector's settings applied live, consent before a map or draft is shown, and the
"What the room sees" preview keeping up with a running timer."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from workshop_app.ui.room import Spotlight
from workshop_app.ui.themes import load_theme


def menu_texts(window, title: str) -> list[str]:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == title)
    return [a.text() for a in menu.actions()]


@pytest.fixture
def demo(window, interaction):
    window.try_demo()
    assert window.console is not None, interaction.messages
    return window


def test_end_workshop_from_the_stage_menu_saves_typing_first(demo, interaction):
    assert "End workshop…" in menu_texts(demo, "&Stage")
    store = demo.ctx.store
    console = demo.console
    group = store.groups()[0]
    console.groups.select(group.id)
    editor = console.page.editors[0]
    editor.setPlainText("Said just before the end")
    interaction.confirm_answers += [True, False, False]  # end; no exports; keep devices
    demo.trigger("end_workshop")
    assert store.event().ended_at
    assert interaction.messages[0][1] == "End the workshop?"
    assert store.answer_text(group.id, console.stage_id, editor.prompt_id) == (
        "Said just before the end"
    )
    assert "The workshop has ended" in demo.statusBar().currentMessage()


def test_end_workshop_cancelled_changes_nothing(demo, interaction):
    interaction.confirm_answers.append(False)
    demo.trigger("end_workshop")
    assert demo.ctx.store.event().ended_at is None


def test_names_on_the_projector_hold_for_the_whole_event(window, interaction, new_event, tmp_path):
    new_event("Names event")
    path = window.ctx.store.path
    action = window.actions_by_name["names_visible"]
    assert action.isCheckable() and not action.isChecked()
    assert "Show organization names on the projector" in menu_texts(window, "&Projector")
    assert not window.ctx.room.names_visible  # privacy mode by default
    action.trigger()
    assert window.ctx.room.names_visible and window.ctx.store.option("names_visible") == "1"

    assert window.close_event()
    assert not window.ctx.room.names_visible and not action.isChecked()
    assert window.open_event(path)
    assert action.isChecked() and window.ctx.room.names_visible

    new_event("Another event")  # a new event starts in privacy mode
    assert not action.isChecked() and not window.ctx.room.names_visible
    assert window.open_event(path)
    action.trigger()
    assert not window.ctx.room.names_visible and window.ctx.store.option("names_visible") == "0"


def test_projector_settings_apply_live(qtbot, demo, interaction):
    demo.present()
    view = demo.presenter.view
    assert view.theme_id == "light" and view.font_scale == 1.0
    before = view.title.findChildren(QLabel)[0].font().pointSizeF()

    def choose(dialog) -> bool:
        assert dialog.presenter_theme.count() == 3
        dialog.presenter_theme.setCurrentIndex(dialog.presenter_theme.findData("high-contrast"))
        dialog.presenter_font_scale.setValue(1.2)
        return True

    interaction.dialog_handlers.append(choose)
    demo.trigger("settings")
    assert demo.ctx.settings.get("presenter_theme") == "high-contrast"
    assert demo.ctx.settings.get("presenter_font_scale") == pytest.approx(1.2)
    assert view.theme_id == "high-contrast"
    assert view.styleSheet() == load_theme("high-contrast").qss
    assert view.font_scale == pytest.approx(1.2)
    assert view.title.findChildren(QLabel)[0].font().pointSizeF() > before
    qtbot.waitUntil(lambda: not isinstance(demo.console.room_preview, QLabel))
    demo.trigger("settings")  # the preview made after the change follows the settings too
    assert demo.console.room_preview.view.theme_id == "high-contrast"
    demo.leave_presenting()
    demo.present()  # a projector opened later starts with them
    assert demo.presenter.view.theme_id == "high-contrast"


def confirms(interaction) -> list[str]:
    return [m for kind, _t, m in interaction.messages if kind == "confirm"]


def test_a_map_is_shown_after_one_yes_per_organization(demo, interaction):
    console = demo.console
    store, room = demo.ctx.store, demo.ctx.room
    first, second = store.groups()[:2]
    console.go_to("stakeholders")
    page = console.page.extra
    console.groups.select(first.id)

    interaction.confirm_answers.append(False)
    page.show_button.click()
    assert confirms(interaction) == [
        f"Show the stakeholder map of {first.name} to the room? "
        "It is shown under its group letter, not its name."
    ]
    assert room.spotlight == []
    interaction.confirm_answers.append(True)
    page.show_button.click()
    assert room.spotlight == [Spotlight("stakeholder_map", first.id, "stakeholders")]
    room.clear()
    page.show_button.click()  # asked once: the yes is remembered
    assert len(confirms(interaction)) == 2 and room.spotlight[0].group_id == first.id

    console.groups.select(second.id)
    interaction.confirm_answers.append(True)
    page.show_button.click()
    assert len(confirms(interaction)) == 3 and second.name in confirms(interaction)[-1]

    # the draft is a different item: the same organization is asked about it once more
    console.go_to("drafting")
    console.groups.select(first.id)
    interaction.confirm_answers.append(True)
    console.page.extra.show_button.click()
    assert len(confirms(interaction)) == 4 and "draft policy" in confirms(interaction)[-1]
    assert room.spotlight == [Spotlight("draft", first.id, "drafting")]


def test_consent_is_not_asked_with_names_on_and_asked_again_next_session(demo, interaction):
    console = demo.console
    store, room = demo.ctx.store, demo.ctx.room
    first = store.groups()[0]
    console.go_to("stakeholders")
    console.groups.select(first.id)
    interaction.confirm_answers.append(True)
    console.page.extra.show_button.click()
    assert len(confirms(interaction)) == 1

    demo.trigger("names_visible")
    room.clear()
    console.go_to("drafting")
    console.groups.select(first.id)
    console.page.extra.show_button.click()
    assert len(confirms(interaction)) == 1 and room.spotlight[0].kind == "draft"
    demo.trigger("names_visible")

    path = store.path
    assert demo.close_event() and demo.open_event(path)
    console = demo.console
    console.go_to("stakeholders")
    console.groups.select(first.id)
    console.page.extra.show_button.click()  # a new session: asked again (answer: no)
    assert len(confirms(interaction)) == 2 and demo.ctx.room.spotlight == []


def test_the_room_preview_follows_a_running_timer_to_report_back(qtbot, demo):
    """Reported: the preview kept showing the Objectives stage after moving to report back
    and spotlighting a card. Cause: the timer's tick (seconds left) restarted the preview's
    refresh timer as QTimer.start(msec); with more than 1000 s left it never fired."""
    console = demo.console
    qtbot.waitUntil(lambda: not isinstance(console.room_preview, QLabel))
    preview = console.room_preview
    console.go_to("objectives")
    console.timer.start()
    qtbot.waitUntil(lambda: preview.snapshot.toImage() == preview.view.grab().toImage())
    objectives = preview.snapshot.toImage()

    console.go_to("report_back")
    demo.trigger("timer_plus")  # the room gets a few more minutes: 15 → 20
    for _ in range(4):
        demo.trigger("timer_plus")
    console.timer.start()  # a tick every second, 1200 s left
    assert console.timer.remaining > 1000
    group = demo.ctx.store.groups()[0]
    demo.ctx.room.show([Spotlight("report_card", group.id, "report_back")])
    qtbot.waitUntil(
        lambda: preview.snapshot.toImage() == preview.view.grab().toImage(), timeout=3000
    )
    assert preview.snapshot.toImage() != objectives
    shown = [
        lbl.text() for lbl in preview.view.findChildren(QLabel) if lbl.isVisibleTo(preview.view)
    ]
    assert "Report back" in shown and "Group A" in shown


def test_end_workshop_exports_off_the_gui_thread_then_offers_to_forget_devices(
    qtbot, demo, interaction, tmp_path
):
    from PySide6.QtCore import QThread
    from PySide6.QtWidgets import QApplication

    from workshop_app.export import worksheet

    store = demo.ctx.store
    group = store.groups()[0]
    store.add_device(group.id, "f" * 64, "Android phone")
    on_gui_thread = []
    real = worksheet.write_worksheet

    def spy(*args, **kwargs):
        on_gui_thread.append(QThread.currentThread() is QApplication.instance().thread())
        return real(*args, **kwargs)

    worksheet.write_worksheet = spy
    try:
        out = tmp_path / "end"
        interaction.paths.append(out)
        # end; export; "Open folder"? no; forget the devices? yes
        interaction.confirm_answers += [True, True, False, True]
        demo.trigger("end_workshop")
        assert store.devices(include_revoked=True), "forgotten before the summary was written"
        qtbot.waitUntil(lambda: not demo.exports.runner.busy, timeout=30_000)
        qtbot.waitUntil(lambda: not store.devices(include_revoked=True), timeout=5_000)
    finally:
        worksheet.write_worksheet = real
    groups = store.groups()
    assert on_gui_thread == [False] * len(groups)
    assert len(list(out.glob("*.docx"))) == len(groups) + 1
    summary = next(out.glob("*session summary.docx"))
    from docx import Document

    cells = [c.text for t in Document(str(summary)).tables for r in t.rows for c in r.cells]
    assert "Devices" in cells  # written while the device record still existed
    titles = [m[1] for m in interaction.messages]
    assert titles.index("Exported") < titles.index("Remove the device records?")
