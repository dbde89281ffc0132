"""History… names whose answer it shows: restoring another organization's version by mistake
is what the facilitator must never do."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from workshop_app.ui.widgets.history import HistoryDialog


def test_the_history_dialog_names_the_organization(qtbot, demo_store):
    group = demo_store.groups()[1]
    key = (group.id, "report_back", "easiest")
    demo_store.save_answer(*key, "first")
    dialog = HistoryDialog(demo_store, key, "Which part came most easily?")
    qtbot.addWidget(dialog)
    headings = [label.text() for label in dialog.findChildren(QLabel)]
    assert any(group.name in h and "Which part came most easily?" in h for h in headings)
