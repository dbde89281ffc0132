"""Above a stage's fields the console names whose they are. A stage with prompts says "Answers
of …"; one with only notes (Objectives) said so too, above a notes box and nothing else: it
says "Notes of …"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from workshop_app.store import NOTES


def choose_by_mouse(console, group_id: int) -> None:
    rows = console.groups.list
    row = next(
        i for i in range(rows.count()) if rows.item(i).data(Qt.ItemDataRole.UserRole) == group_id
    )
    QTest.mouseClick(
        rows.viewport(), Qt.MouseButton.LeftButton, pos=rows.visualItemRect(rows.item(row)).center()
    )
    QApplication.processEvents()


def test_a_stage_of_notes_only_names_them_as_notes(qtbot, window, interaction):
    window.resize(1280, 720)
    window.try_demo()
    console = window.console
    store = window.ctx.store
    group = store.groups()[1]
    console.go_to("objectives")
    page = console.page
    assert not page.stage.prompts and [e.prompt_id for e in page.editors] == [NOTES]
    choose_by_mouse(console, group.id)
    assert page.editing.text() == f"Notes of {group.name}"
    assert page.editing.isVisibleTo(window)
    console.go_to("stakeholders")  # prompts, then notes: answers
    assert console.page.editing.text() == f"Answers of {group.name}"


def test_in_spanish_too(qapp, qtbot, settings):
    from kit import ScriptedInteraction

    from workshop_app.ui import i18n
    from workshop_app.ui.app import build_window

    settings.set("console_language", "es")
    i18n.install(i18n.console_language(settings), qapp)  # what app.main does at start
    try:
        window = build_window(settings, ScriptedInteraction())
        qtbot.addWidget(window)
        window.show()
        window.try_demo()
        console = window.console
        group = window.ctx.store.groups()[0]
        console.go_to("objectives")
        choose_by_mouse(console, group.id)
        assert console.page.editing.text() == f"Notas de {group.name}"
        window.close()
    finally:
        i18n.install("en", qapp)
