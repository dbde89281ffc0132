"""Deleting for good: byte searches of the event file, its WAL, its backups and the data folder
find nothing of what was deleted, the receipt holds no answer text, and what should stay stays."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from workshop_app import folders
from workshop_app.store import EventFileRefused, EventStore, backup_copies
from workshop_app.store.erase import delete_event, forget_devices, remove_organization

ORGS = ("Cedar Clinic", "Harbor Youth Services", "Northside Harm Reduction")


def marker(org: str, n: int) -> str:
    return f"{org.split()[0].upper()}-MARKER-{n}-c41f"


def build(path: Path, plan) -> dict[str, int]:
    """An event with three organizations' answers (several versions), notes, a record and a
    device each, opened three more times so the data folder holds backup copies."""
    with EventStore.create(path, plan, "Spring workshop", date="2026-04-02") as store:
        ids = {org: store.add_group(org, contact=f"{org} front desk").id for org in ORGS}
        stage = next(s for s in plan.stages if len(s.prompts) > 1)
        for org, gid in ids.items():
            for n in range(3):
                store.save_answer(gid, stage.id, stage.prompts[0].id, f"{marker(org, n)} draft {n}")
            store.save_notes(gid, stage.id, f"notes {marker(org, 10)}")
            store.save_record(gid, "stakeholders", {"items": [{"name": marker(org, 20)}]})
            store.add_device(gid, hashlib.sha256(org.encode()).hexdigest(), marker(org, 30))
    for _ in range(3):
        with EventStore.open(path) as store:
            store.wait_for_backup()
    assert len(backup_copies(path)) == 3
    return ids


def found_in(folder: Path, needles: list[str]) -> list[tuple[str, str]]:
    hits = []
    for file in folder.rglob("*"):
        if file.is_file():
            data = file.read_bytes()
            hits += [(str(file), n) for n in needles if n.encode() in data]
    return hits


def everything_of(org: str) -> list[str]:
    return [org, *(marker(org, n) for n in (0, 1, 2, 10, 20, 30))]


def test_delete_leaves_no_trace_in_the_event_folder_or_the_data_folder(tmp_path, plan):
    event = tmp_path / "events" / "Spring.workshop"
    build(event, plan)
    needles = [n for org in ORGS for n in everything_of(org)]
    assert found_in(folders.user_data_dir(), needles)  # the search can find them before
    before = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in event.parent.rglob("*")}
    before.update({p: hashlib.sha256(p.read_bytes()).hexdigest() for p in backup_copies(event)})

    receipt = delete_event(event)

    assert not event.exists()
    assert backup_copies(event) == []
    assert found_in(folders.user_data_dir(), needles) == []
    assert found_in(event.parent, needles) == []
    assert list(event.parent.iterdir()) == []
    assert not list((folders.user_data_dir() / "locks").glob("*.lock"))
    listed = {f.path: f.sha256 for f in receipt.removed}
    for path, digest in before.items():
        assert listed[path] == digest
    written = receipt.write(tmp_path / "receipts")
    text = written.read_text(encoding="utf-8")
    assert "Spring workshop" in text and "2026-04-02" in text
    assert "Organizations in the event: 3" in text
    for fact in receipt.removed:
        assert f"{fact.path}  {fact.size}  {fact.sha256}" in text
    for needle in needles:
        assert needle not in text


def test_an_event_open_elsewhere_is_not_deleted(tmp_path, plan):
    event = tmp_path / "Open.workshop"
    build(event, plan)
    with EventStore.open(event), pytest.raises(EventFileRefused, match="open in a Workshop App"):
        delete_event(event)
    assert event.exists() and len(backup_copies(event)) == 4


def test_removing_an_organization_erases_it_from_the_file_and_every_backup(tmp_path, plan):
    event = tmp_path / "Spring.workshop"
    ids = build(event, plan)
    cedar = everything_of("Cedar Clinic")
    with EventStore.open(event) as store:
        store.wait_for_backup()
        assert found_in(tmp_path, cedar) and found_in(folders.user_data_dir(), cedar)
        receipt = remove_organization(store, ids["Cedar Clinic"])
        # still open and saving, with the others' data as it was
        stage = next(s for s in plan.stages if len(s.prompts) > 1)
        assert [g.name for g in store.groups()] == list(ORGS[1:])
        for org in ORGS[1:]:
            assert store.answer_text(ids[org], stage.id, stage.prompts[0].id).startswith(
                marker(org, 2)
            )
            assert len(store.answer_history(ids[org], stage.id, stage.prompts[0].id)) == 3
            assert store.record(ids[org], "stakeholders").data["items"][0]["name"] == marker(
                org, 20
            )
        store.save_answer(ids["Harbor Youth Services"], stage.id, stage.prompts[1].id, "more")
        assert found_in(tmp_path, cedar) == []
        assert found_in(folders.user_data_dir(), cedar) == []
    others = [n for org in ORGS[1:] for n in everything_of(org)]
    assert {n for _, n in found_in(tmp_path, others)} == set(others)  # the others are intact
    for copy in backup_copies(event):
        with EventStore.open(copy, readonly=True) as old:
            assert [g.name for g in old.groups()] == list(ORGS[1:])
    assert len(receipt.rewritten) == 1 + 4  # the event file and the four backups
    text = receipt.text()
    assert "Organization removed: Cedar Clinic" in text
    assert "Answer and note versions erased: 4" in text
    for needle in cedar[1:] + others:
        assert needle not in text


def test_forgetting_devices_erases_their_names_but_keeps_every_answer(tmp_path, plan):
    event = tmp_path / "Spring.workshop"
    ids = build(event, plan)
    labels = [marker(org, 30) for org in ORGS]
    with EventStore.open(event) as store:
        store.wait_for_backup()
        receipt = forget_devices(store)
        assert store.devices(include_revoked=True) == []
        assert len(store.answers()) == 2 * len(ids)
    assert found_in(tmp_path, labels) == []
    assert found_in(folders.user_data_dir(), labels) == []
    assert "Device records erased: 3" in receipt.text()
    answers = [marker(org, 2) for org in ORGS]
    assert {n for _, n in found_in(tmp_path, answers)} == set(answers)


def test_the_delete_command_asks_once_and_writes_the_receipt(tmp_path, plan, monkeypatch, capsys):
    from workshop_app import cli

    event = tmp_path / "Spring.workshop"
    build(event, plan)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt: "no")
    assert cli.main(["delete", str(event), "--receipt", str(tmp_path / "r")]) == 1
    assert "Nothing was deleted." in capsys.readouterr().out
    assert event.exists() and len(backup_copies(event)) == 3

    asked = []
    monkeypatch.setattr("builtins.input", lambda prompt: asked.append(prompt) or "yes")
    assert cli.main(["delete", str(event), "--receipt", str(tmp_path / "r")]) == 0
    out = capsys.readouterr().out
    assert "“Spring workshop” (2026-04-02, 3 organizations)" in out
    assert len(asked) == 1
    assert not event.exists() and backup_copies(event) == []
    (receipt,) = (tmp_path / "r").glob("*.txt")
    assert "Event deleted" in receipt.read_text(encoding="utf-8")


def test_the_delete_command_without_a_terminal_needs_yes(tmp_path, plan, capsys):
    from workshop_app import cli

    event = tmp_path / "Spring.workshop"
    build(event, plan)
    assert cli.main(["delete", str(event)]) == 1
    assert "add --yes" in capsys.readouterr().err
    assert event.exists()
    assert cli.main(["delete", str(event), "--yes"]) == 0
    assert not event.exists()
    assert len(list(tmp_path.glob("*receipt*.txt"))) == 1
    assert cli.main(["delete", str(event), "--yes"]) == 1
    assert "no such event file" in capsys.readouterr().err


def test_a_table_a_later_version_adds_is_erased_too(tmp_path, plan):
    event = tmp_path / "Spring.workshop"
    ids = build(event, plan)
    with EventStore.open(event) as store:
        store.wait_for_backup()
        store.conn.execute("CREATE TABLE ballots (group_id INTEGER, choice TEXT)")
        for org, gid in ids.items():
            store.conn.execute("INSERT INTO ballots VALUES (?, ?)", (gid, f"{org} BALLOT-7"))
        remove_organization(store, ids["Cedar Clinic"])
        left = [r[0] for r in store.conn.execute("SELECT choice FROM ballots ORDER BY group_id")]
    assert left == ["Harbor Youth Services BALLOT-7", "Northside Harm Reduction BALLOT-7"]
    assert found_in(tmp_path, ["Cedar Clinic BALLOT-7"]) == []
