"""The console's "Delete this event for good…" and "Remove this organization for good…": one
confirmation, a receipt in the chosen folder, and byte searches that find nothing left."""

from __future__ import annotations

from pathlib import Path

import pytest

from workshop_app import folders
from workshop_app.store import EventStore, backup_copies

pytestmark = pytest.mark.usefixtures("plain_stages")

ORGS = ("Cedar Clinic", "Harbor Youth Services")


def _event(tmp_path: Path, plan) -> Path:
    path = tmp_path / "events" / "Spring.workshop"
    stage = next(s for s in plan.stages if s.prompts)
    with EventStore.create(path, plan, "Spring workshop", date="2026-04-02") as store:
        for org in ORGS:
            gid = store.add_group(org).id
            for n in range(2):
                store.save_answer(gid, stage.id, stage.prompts[0].id, f"{org[:5]}-MARK-{n}")
    with EventStore.open(path) as store:
        store.wait_for_backup()
    return path


def _bytes_found(folders: list[Path], needles: list[str]) -> list[str]:
    hits = []
    for folder in folders:
        for file in folder.rglob("*"):
            if file.is_file():
                data = file.read_bytes()
                hits += [f"{needle} in {file}" for needle in needles if needle.encode() in data]
    return hits


def test_delete_this_event_asks_once_writes_a_receipt_and_leaves_nothing(
    window, interaction, settings, tmp_path, plan
):
    path = _event(tmp_path, plan)
    assert window.open_event(path)
    window.ctx.store.wait_for_backup()
    receipts = tmp_path / "receipts"
    interaction.paths.append(receipts)
    interaction.confirm_answers.append(True)
    window.trigger("delete_event")

    asked = [m for m in interaction.messages if m[0] == "confirm"]
    assert len(asked) == 1
    assert "Spring workshop" in asked[0][2] and "2 organizations" in asked[0][2]
    assert "cannot be undone" in asked[0][2]
    assert window.console is None and window.stack.currentWidget() is window.welcome
    assert not path.exists() and backup_copies(path) == []
    assert settings.recent_events() == []
    needles = [*ORGS, "Cedar-MARK-0", "Cedar-MARK-1", "Harbo-MARK-1"]
    assert _bytes_found([folders.user_data_dir(), path.parent], needles) == []
    (receipt,) = receipts.glob("*.txt")
    text = receipt.read_text(encoding="utf-8")
    assert "Spring workshop" in text and "Organizations in the event: 2" in text
    assert _bytes_found([receipts], needles) == []
    assert interaction.messages[-1][1] == "Event deleted"


def test_keeping_the_event_or_not_choosing_a_folder_deletes_nothing(
    window, interaction, tmp_path, plan
):
    path = _event(tmp_path, plan)
    assert window.open_event(path)
    interaction.confirm_answers.append(False)
    window.trigger("delete_event")
    interaction.confirm_answers.append(True)  # then no folder chosen
    window.trigger("delete_event")
    assert window.console is not None and path.exists()
    assert window.ctx.store.groups()


def test_remove_an_organization_for_good_erases_it_and_keeps_the_others(
    window, interaction, tmp_path, plan, qtbot
):
    path = _event(tmp_path, plan)
    assert window.open_event(path)
    window.ctx.store.wait_for_backup()
    console = window.console
    cedar = next(g.id for g in window.ctx.store.groups() if g.name == "Cedar Clinic")
    console.groups.select(cedar)
    interaction.confirm_answers.append(True)
    interaction.paths.append(tmp_path / "receipts")
    window.trigger("remove_group_for_good")

    assert "Remove Cedar Clinic for good?" in [m[1] for m in interaction.messages]
    assert console.groups.labels() and all("Cedar" not in x for x in console.groups.labels())
    assert [g.name for g in window.ctx.store.groups()] == ["Harbor Youth Services"]
    needles = ["Cedar Clinic", "Cedar-MARK-0", "Cedar-MARK-1"]
    assert _bytes_found([path.parent, folders.backups_dir()], needles) == []
    assert _bytes_found([path.parent], ["Harbor Youth Services", "Harbo-MARK-1"])
    (receipt,) = (tmp_path / "receipts").glob("*.txt")
    assert "Organization removed: Cedar Clinic" in receipt.read_text(encoding="utf-8")
    assert "Cedar-MARK" not in receipt.read_text(encoding="utf-8")
