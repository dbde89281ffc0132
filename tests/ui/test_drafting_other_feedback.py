"""The drafting lists' "Other:" field: typing "Nextdoor" and pressing Enter says so under the
field ("Saved: Other — Nextdoor"), as the participant page names the field "Other"."""

from __future__ import annotations

from PySide6.QtCore import Qt

from workshop_app.kinds.drafting import clauses


def test_enter_in_other_says_it_was_saved(qtbot, window, interaction):
    window.resize(1600, 1000)
    window.try_demo()
    console = window.console
    assert console is not None, interaction.messages
    store = window.ctx.store
    console.go_to("drafting")
    editor = console.page.extra
    casa, other_group = store.groups()[1], store.groups()[2]
    console.groups.select(casa.id)
    list_id, field = next(iter(editor.choices.others.items()))
    said = editor.choices.other_saved[list_id]
    assert not said.isVisible()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    console.page.ensureWidgetVisible(field)
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    field.selectAll()
    qtbot.keyClicks(field, "Nextdoor")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert clauses.load_choices(store, casa.id).other[list_id] == "Nextdoor"
    qtbot.waitUntil(said.isVisible)
    assert said.text() == "Saved: Other — Nextdoor"
    assert field.text() == "Nextdoor"
    console.groups.select(other_group.id)  # another organization: not said for it
    assert not said.isVisible()
