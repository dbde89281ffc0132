"""A copy is current: during a `serve` session with saves, a plain copy of the .workshop file
alone (no -wal) holds every answer saved more than 5 s before the copy; a few seconds after saving
stops it holds them all. File → "Save a copy…" works while participants are saving."""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from workshop_app.store import EventStore

PROMPTS = ("served", "reach", "funders")


def start_serve(path: Path):
    from test_serve import start_serve as start

    return start(path)


class Saver(threading.Thread):
    """Two phones saving answers one after another, noting when each save was acknowledged."""

    def __init__(self, phones, pause: float = 0.03):
        super().__init__(daemon=True)
        self.phones, self.pause = phones, pause
        self.acked: list[tuple[float, int, str, str, int]] = []
        self.stop = threading.Event()
        self.errors: list[str] = []

    def run(self) -> None:
        n = 0
        while not self.stop.is_set():
            n += 1
            for group_id, phone in self.phones:
                prompt = PROMPTS[n % len(PROMPTS)]
                text = f"answer {n} of group {group_id}"
                reply = phone.save(group_id, "stakeholders", prompt, text, f"c{group_id}-{n}")
                if reply.status != 200:
                    self.errors.append(reply.body)
                    return
                self.acked.append(
                    (time.monotonic(), group_id, prompt, text, reply.json()["revision"])
                )
            time.sleep(self.pause)


def in_copy(copy: Path) -> set[tuple[int, str, int, str]]:
    with EventStore.open(copy, readonly=True) as opened:
        return {
            (a.group_id, a.prompt_id, a.revision, a.text)
            for g in opened.groups()
            for p in PROMPTS
            for a in opened.answer_history(g.id, "stakeholders", p)
        }


def missing(acked, held, before: float) -> list:
    return [(g, p, r) for at, g, p, t, r in acked if at < before and (g, p, r, t) not in held]


@pytest.mark.slow
def test_a_plain_copy_taken_during_a_serve_session_is_current(store, client_for, tmp_path):
    groups = [store.add_group("Harbour Legal Aid"), store.add_group("Northside Youth Centre")]
    path = store.path
    store.close()
    proc, port, code = start_serve(path)
    saver = None
    try:
        phones = []
        for g in groups:
            phone = client_for(port)
            assert phone.join(code, g.id).status == 303
            phones.append((g.id, phone))
        saver = Saver(phones)
        saver.start()
        time.sleep(8)
        assert not saver.errors, saver.errors
        copied_at = time.monotonic()
        during = tmp_path / "during.workshop"
        shutil.copyfile(path, during)  # only the .workshop file, as a user copies it
        saver.stop.set()
        saver.join(10)
        assert len([a for a in saver.acked if a[0] < copied_at - 5]) >= 20
        held = in_copy(during)
        assert missing(saver.acked, held, copied_at - 5) == []
        info = subprocess.run(
            [sys.executable, "-m", "workshop_app", "info", str(during)],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert info.returncode == 0 and "organizations: 2" in info.stdout, info.stderr
        # a few seconds after saving stops, the file holds everything
        time.sleep(4)
        quiet = tmp_path / "quiet.workshop"
        shutil.copyfile(path, quiet)
        assert missing(saver.acked, in_copy(quiet), time.monotonic()) == []
    finally:
        if saver is not None:
            saver.stop.set()
        proc.kill()
        proc.communicate(timeout=10)


@pytest.mark.slow
def test_save_a_copy_works_while_participants_are_saving(store, client_for, tmp_path):
    from workshop_app.lan.server import EntryServer

    groups = [store.add_group("Harbour Legal Aid"), store.add_group("Northside Youth Centre")]
    server = EntryServer(store.path)
    info = server.start("127.0.0.1", 0)
    saver = None
    try:
        phones = []
        for g in groups:
            phone = client_for(info.port)
            assert phone.join(info.code, g.id).status == 303
            phones.append((g.id, phone))
        saver = Saver(phones, pause=0.0)
        saver.start()
        time.sleep(1)
        copies = []
        for n in range(5):
            before = time.monotonic()
            target = tmp_path / f"copy {n}.workshop"
            store.copy_to(target)  # what File → Save a copy… calls, on the console's connection
            copies.append((before, target))
            time.sleep(0.2)
        saver.stop.set()
        saver.join(10)
        assert not saver.errors, saver.errors
        for before, target in copies:
            assert missing(saver.acked, in_copy(target), before) == []
    finally:
        if saver is not None:
            saver.stop.set()
        server.stop()
