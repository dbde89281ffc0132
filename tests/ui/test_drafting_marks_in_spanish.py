"""Under a Spanish console the drafting stage's list of clauses says a clause's marks in Spanish
("Mensajería y mensajes de texto (editada)", one space before the bracket, never "(edited)"),
and why a clause is there (its tooltip, the line over the editor) in Spanish too."""

from __future__ import annotations

import pytest
from kit import ScriptedInteraction
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from workshop_app.ui import i18n
from workshop_app.ui.app import build_window

ENGLISH = ("(edited)", "the group's own clause", "no longer proposed", "because you chose")


@pytest.fixture
def spanish_drafting(qapp, qtbot, settings):
    """The demo's drafting stage, as the app starts with Settings → Console language: Español."""
    settings.set("console_language", "es")
    i18n.install(i18n.console_language(settings), qapp)
    window = build_window(settings, ScriptedInteraction())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.try_demo()
    console = window.console
    console.go_to(window.ctx.store.plan.stage_of_kind("drafting").id)
    console.groups.select(window.ctx.store.groups()[0].id)  # St. Mary's: edits and its own
    QApplication.processEvents()
    yield console.page.extra
    window.close()
    i18n.install("en", qapp)
    QLocale.setDefault(QLocale.system())


def texts(editor) -> list[str]:
    return [editor.list.item(row).text() for row in range(editor.list.count())]


def test_the_clause_marks_are_spanish_with_one_space(spanish_drafting):
    editor = spanish_drafting
    shown = texts(editor)
    assert "Mensajería y mensajes de texto (editada)" in shown
    assert "Spanish-language version (cláusula propia del grupo)" in shown
    for text in shown:
        assert "  " not in text, text
        assert not any(word in text for word in ENGLISH), text
    tips = [editor.list.item(row).toolTip() for row in range(editor.list.count())]
    assert "cláusula básica" in tips
    assert any(tip.startswith("porque marcaron ") for tip in tips), tips
    assert not any(word in tip for tip in tips for word in ENGLISH), tips


def test_a_clause_edited_at_the_console_is_marked_editada(spanish_drafting, qtbot):
    editor = spanish_drafting
    row = next(r for r, t in enumerate(texts(editor)) if t == "Fotos en eventos")
    item = editor.list.item(row)
    editor.list.scrollToItem(item)
    rect = editor.list.visualItemRect(item)
    QTest.mouseClick(editor.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert editor.list.currentRow() == row
    assert editor.reason.text().startswith("Propuesta: porque marcaron "), editor.reason.text()
    editor.title.setFocus()
    QTest.keyClick(editor.title, Qt.Key.Key_End)
    QTest.keyClicks(editor.title, " y reuniones")
    qtbot.waitUntil(lambda: editor.list.item(row).text().endswith(")"), timeout=3000)
    assert editor.list.item(row).text() == "Fotos en eventos y reuniones (editada)"
