"""The welcome screen lists events past "Remind me to delete events after N days", with Delete
and Keep; the setting is in Settings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from workshop_app.store import EventStore, backup_copies

pytestmark = pytest.mark.usefixtures("plain_stages")


def test_old_events_are_listed_with_delete_and_keep(
    window, interaction, settings, tmp_path, plan, qtbot
):
    folder = settings.events_folder()
    for name, when in (("Spring", "2025-04-02"), ("Autumn", "2025-10-09"), ("Now", "2099-01-01")):
        with EventStore.create(folder / f"{name}.workshop", plan, f"{name} workshop", date=when):
            pass
    window.show_welcome()
    welcome = window.welcome
    qtbot.waitUntil(lambda: len(welcome.due_rows) == 2)
    assert welcome.due_box.isVisible()
    labels = [w.text() for w in welcome.due_box.findChildren(type(welcome.recent_label))]
    assert any("Past your 90-day reminder" in text for text in labels)
    assert [p.name for p, _, _ in welcome.due_rows] == ["Spring.workshop", "Autumn.workshop"]

    spring_keep = welcome.due_rows[0][2]
    qtbot.mouseClick(spring_keep, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: [p.name for p, _, _ in welcome.due_rows] == ["Autumn.workshop"])
    assert (folder / "Spring.workshop").exists()

    interaction.confirm_answers.append(True)
    interaction.paths.append(tmp_path / "receipts")
    qtbot.mouseClick(welcome.due_rows[0][1], Qt.MouseButton.LeftButton)
    assert not (folder / "Autumn.workshop").exists()
    assert backup_copies(folder / "Autumn.workshop") == []
    assert len(list((tmp_path / "receipts").glob("*.txt"))) == 1
    qtbot.waitUntil(lambda: not welcome.due_box.isVisible())


def test_the_reminder_period_is_a_setting(window, interaction, settings, qtbot):
    assert settings.get("retention_days") == 90

    def change(dialog) -> bool:
        dialog.retention.setValue(30)
        return True

    interaction.dialog_handlers.append(change)
    window.actions_by_name["settings"].trigger()
    assert settings.get("retention_days") == 30
