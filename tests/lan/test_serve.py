"""`workshop-app serve`: one line, follows the file's stage, stops on SIGTERM, and never loses
an acknowledged answer, even to kill -9."""

from __future__ import annotations

import re
import signal
import socket
import subprocess
import sys
import threading
import time

import pytest

from workshop_app.store import EventStore

LINE = re.compile(r"^Participants: http://127\.0\.0\.1:(\d+)/  code: ([2-9A-HJKMNP-Z]{6})$")


def start_serve(path):
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "workshop_app",
            "serve",
            str(path),
            "--host",
            "127.0.0.1",
            "--port",
            "0",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    line = proc.stdout.readline().rstrip("\n")
    match = LINE.match(line)
    assert match, (line, proc.stderr.read() if proc.poll() is not None else "")
    return proc, int(match.group(1)), match.group(2)


def test_serve_prints_one_line_follows_the_stage_and_stops_on_sigterm(store, groups, client_for):
    store.close()  # serve takes the instance lock, as the console does
    proc, port, code = start_serve(store.path)
    try:
        phone = client_for(port)
        assert phone.join(code, groups[0].id).status == 303
        # a change written to the file by another connection (lock=False: a second connection
        # as the server's own are; a script could do the same) reaches the page
        with EventStore.open(store.path, lock=False, backup=False) as other:
            other.set_current_stage("drafting")
        deadline = time.monotonic() + 5
        while phone.get("/api/state").json()["stage"]["id"] != "drafting":
            assert time.monotonic() < deadline
            time.sleep(0.05)
    finally:
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=15)
    assert proc.returncode == 0 and out == "" and "Traceback" not in err
    with socket.socket() as s:
        s.bind(("127.0.0.1", port))  # the port is free again


@pytest.mark.slow
def test_kill_9_during_load_keeps_every_acknowledged_answer(store, plan, client_for):
    groups = [store.add_group(f"Organization {i}") for i in range(8)]
    store.close()
    proc, port, code = start_serve(store.path)
    acknowledged: list[tuple[int, str, str, int]] = []
    stop = threading.Event()
    prompts = [p.id for p in plan.stage("drafting").prompts]

    def device(group_id: int) -> None:
        phone = client_for(port)
        phone.join(code, group_id)
        n = 0
        while not stop.is_set():
            n += 1
            text = f"draft {group_id}-{n}"
            prompt = prompts[n % len(prompts)]
            try:
                reply = phone.save(group_id, "drafting", prompt, text, f"e{group_id}-{n}")
            except OSError:
                return
            if reply.status == 200:
                acknowledged.append((group_id, prompt, text, reply.json()["revision"]))

    threads = [threading.Thread(target=device, args=(g.id,)) for g in groups]
    for t in threads:
        t.start()
    deadline = time.monotonic() + 10
    while len(acknowledged) < 150 and time.monotonic() < deadline:
        time.sleep(0.02)
    proc.kill()
    proc.communicate(timeout=10)
    stop.set()
    for t in threads:
        t.join(10)
    assert len(acknowledged) >= 50
    with EventStore.open(store.path, lock=False, backup=False) as after:
        for group_id, prompt, text, revision in acknowledged:
            history = {
                a.revision: a.text for a in after.answer_history(group_id, "drafting", prompt)
            }
            assert history.get(revision) == text
