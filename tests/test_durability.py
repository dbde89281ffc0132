"""A save that returned is on disk: kill a saving process with SIGKILL at a random moment and
check that every revision it acknowledged is in the file."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from workshop_app.plan import WorkshopPlan
from workshop_app.store import EventStore

SAVER = """
import sys
from workshop_app.store import EventStore
store = EventStore.open(sys.argv[1], backup=False)
keys = [(s.id, p.id) for s in store.plan.stages for p in s.prompts]
groups = [g.id for g in store.groups()]
print("ready", flush=True)
i = 0
while True:
    group = groups[i % len(groups)]
    stage, prompt = keys[i % len(keys)]
    text = f"run {sys.argv[2]} save {i} " + "x" * (i % 700)
    saved = store.save_answer(group, stage, prompt, text, edit_id=f"{sys.argv[2]}-{i}")
    assert not saved.duplicate and not saved.unchanged
    print(group, stage, prompt, saved.revision, i, flush=True)
    i += 1
"""


@pytest.mark.slow
def test_acknowledged_saves_survive_sigkill(event_path: Path, plan: WorkshopPlan):
    seed = random.randrange(1_000_000)
    rng = random.Random(seed)
    with EventStore.create(event_path, plan, "Durability") as store:
        for name in ("One", "Two", "Three"):
            store.add_group(name)
    total_acked = 0
    for run in range(20):
        child = subprocess.Popen(
            [sys.executable, "-c", SAVER, str(event_path), str(run)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        try:
            assert child.stdout.readline() == b"ready\n", child.stderr.read().decode()
            # saving has begun once the first save is acknowledged (however slow a loaded
            # machine is to get there); the kill then lands at a random moment of saving
            first = child.stdout.readline()
            assert first.endswith(b"\n"), child.stderr.read().decode()
            time.sleep(rng.uniform(0.0, 0.3))
        finally:
            child.send_signal(signal.SIGKILL)
            out, _err = child.communicate(timeout=30)
        assert child.returncode == -signal.SIGKILL
        lines = (first + out).decode().split("\n")[:-1]  # the last one is unfinished
        acked = [line.split() for line in lines]
        assert acked, f"run {run} (seed {seed}): nothing was acknowledged before the kill"
        total_acked += len(acked)
        with EventStore.open(event_path, backup=False) as store:
            for group, stage, prompt, revision, i in acked:
                history = {
                    a.revision: a.text for a in store.answer_history(int(group), stage, prompt)
                }
                text = history.get(int(revision), "<missing>")
                assert text.startswith(f"run {run} save {i} "), (
                    f"run {run} (seed {seed}): acknowledged save {i} revision {revision} of "
                    f"{stage}.{prompt} is {text[:20]!r} after the kill"
                )
    assert total_acked >= 20
