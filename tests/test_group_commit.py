"""Group commit: the participant server commits the saves that arrive together in one
transaction. Each save still succeeds or fails on its own, listeners hear only of what is on
disk, and a reader sees either none or all of a batch."""

from __future__ import annotations

import sqlite3

import pytest

from workshop_app.store import Change, EventStore


def _stage_and_prompt(store: EventStore) -> tuple[str, str]:
    stage = next(s for s in store.plan.stages if s.prompts)
    return stage.id, stage.prompts[0].id


def test_saves_in_a_batch_are_on_disk_together_and_heard_after_the_commit(store: EventStore):
    stage, prompt = _stage_and_prompt(store)
    a, b = store.add_group("Northside"), store.add_group("Eastside")
    heard: list[Change] = []
    seen_by_reader: list[int] = []

    def listener(change: Change) -> None:
        heard.append(change)
        reader = sqlite3.connect(store.path)
        seen_by_reader.append(reader.execute("SELECT count(*) FROM answers").fetchone()[0])
        reader.close()

    store.subscribe(listener)
    with store.batch():
        store.save_answer(a.id, stage, prompt, "one", source="participant")
        store.save_answer(b.id, stage, prompt, "two", source="participant")
        reader = sqlite3.connect(store.path)
        assert reader.execute("SELECT count(*) FROM answers").fetchone()[0] == 0
        reader.close()
        assert heard == []  # nothing is told before it is on disk
    assert [c.group_id for c in heard] == [a.id, b.id]
    assert all(n >= 2 for n in seen_by_reader)
    again = EventStore.open(store.path, lock=False)
    assert {x.text for x in again.answers(stage_id=stage)} == {"one", "two"}
    again.close()


def test_a_refused_save_in_a_batch_leaves_the_others_saved(store: EventStore):
    stage, prompt = _stage_and_prompt(store)
    a, b = store.add_group("Northside"), store.add_group("Eastside")
    with store.batch():
        store.save_answer(a.id, stage, prompt, "kept", source="participant")
        with pytest.raises(KeyError):
            store.save_answer(a.id, stage, "no_such_prompt", "refused", source="participant")
        store.save_answer(b.id, stage, prompt, "kept too", source="participant")
    again = EventStore.open(store.path, lock=False)
    assert sorted(x.text for x in again.answers(stage_id=stage)) == ["kept", "kept too"]
    again.close()


def test_a_batch_that_fails_saves_nothing_and_tells_nobody(store: EventStore):
    stage, prompt = _stage_and_prompt(store)
    a = store.add_group("Northside")
    heard: list[Change] = []
    store.subscribe(heard.append)
    with pytest.raises(RuntimeError), store.batch():
        store.save_answer(a.id, stage, prompt, "lost with the batch", source="participant")
        raise RuntimeError("the writer stopped")
    assert heard == []
    assert store.answers(stage_id=stage) == []
    store.save_answer(a.id, stage, prompt, "after", source="participant")  # the store still works
    assert [x.text for x in store.answers(stage_id=stage)] == ["after"]
