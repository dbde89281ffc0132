"""One writer per event file, and its locks are never broken: while `workshop-app serve` holds an
event, a second program opening it (a second serve, a script, `info`, a raw SQLite client) never
makes SQLite delete the -wal under the server, and every save it acknowledged survives kill -9."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from workshop_app.store import EventStore

SECOND_OPENER = """
import sys
from workshop_app.store import EventStore, EventFileRefused
try:
    EventStore.open(sys.argv[1]).close()
except EventFileRefused as exc:
    print(exc)
    sys.exit(3)
print("opened")
"""

RAW_SQLITE = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
print(conn.execute("SELECT count(*) FROM answers").fetchone()[0])
conn.close()
"""


def start_serve(path: Path) -> tuple[subprocess.Popen, int, str]:
    from test_serve import start_serve as start

    return start(path)


def deleted_files_held(pid: int, event: Path) -> list[str]:
    """The event's files the process holds open although they were deleted (or replaced)."""
    held = []
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith(str(event)) and target.endswith("(deleted)"):
            held.append(target)
    return held


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(args, capture_output=True, text=True, timeout=60)


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc (Linux)")
def test_a_second_program_never_breaks_the_servers_locks(store, client_for):
    groups = [store.add_group(f"Organization {i}") for i in range(3)]
    path = store.path
    store.close()
    proc, port, code = start_serve(path)
    acknowledged: list[tuple[int, str, str, int]] = []
    phones = []
    try:
        for g in groups:
            phone = client_for(port)
            assert phone.join(code, g.id).status == 303
            phones.append((g.id, phone))

        def save_some(round_: int) -> None:
            for n in range(10):
                for group_id, phone in phones:
                    text = f"round {round_} answer {n} of {group_id}"
                    prompt = ("served", "reach", "funders")[n % 3]
                    reply = phone.save(group_id, "stakeholders", prompt, text, f"r{round_}-{n}")
                    assert reply.status == 200, reply.body
                    acknowledged.append((group_id, prompt, text, reply.json()["revision"]))

        save_some(1)
        # a second program, in every way a script or a second window would open the event
        second = run(sys.executable, "-c", SECOND_OPENER, str(path))
        assert second.returncode == 3 and "already open in another" in second.stdout
        second_serve = run(sys.executable, "-m", "workshop_app", "serve", str(path), "--port", "0")
        assert second_serve.returncode == 1
        assert second_serve.stderr.strip().splitlines() == [
            f"error: {path.name} is already open in another Workshop App window or program."
        ]
        info = run(sys.executable, "-m", "workshop_app", "info", str(path), "--json")
        assert info.returncode == 0, info.stderr
        raw = run(sys.executable, "-c", RAW_SQLITE, str(path))
        assert raw.returncode == 0 and int(raw.stdout) >= 3, raw.stderr
        save_some(2)
        assert path.with_name(path.name + "-wal").exists()
        assert deleted_files_held(proc.pid, path) == []
        # a fresh reader sees every acknowledged save while the server still runs
        fresh = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            seen = fresh.execute("SELECT count(*) FROM answer_history").fetchone()[0]
        finally:
            fresh.close()
        assert seen == len(acknowledged)
    finally:
        proc.kill()
        proc.communicate(timeout=10)
    with EventStore.open(path, backup=False) as after:
        for group_id, prompt, text, revision in acknowledged:
            history = {
                a.revision: a.text for a in after.answer_history(group_id, "stakeholders", prompt)
            }
            assert history.get(revision) == text, (group_id, prompt, revision)


def test_serve_refuses_an_event_the_console_holds(store):
    second_serve = run(
        sys.executable, "-m", "workshop_app", "serve", str(store.path), "--port", "0"
    )
    assert second_serve.returncode == 1
    assert "already open in another Workshop App window or program" in second_serve.stderr
    assert len(second_serve.stderr.strip().splitlines()) == 1
