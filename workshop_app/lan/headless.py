"""`workshop-app serve EVENT`: participant entry without the GUI, until Ctrl-C or SIGTERM."""

from __future__ import annotations

import signal
import sys
import threading
from pathlib import Path

from workshop_app.lan.server import EntryServer
from workshop_app.store import EventStore


def serve(event: Path, host: str | None, port: int) -> int:
    # The instance lock, as the console takes it: a second `serve` or a console on the same
    # event is refused with one line (EventFileRefused, printed by the command line).
    with EventStore.open(event, backup=False):
        return _serve(event, host, port)


def _serve(event: Path, host: str | None, port: int) -> int:
    server = EntryServer(event)
    try:
        info = server.start(host, port)
    except OSError as exc:
        print(f"error: participant entry could not start: {exc}", file=sys.stderr)
        return 1
    if info.note:
        print(info.note, file=sys.stderr)
    print(f"Participants: {info.url}  code: {info.code}", flush=True)
    stop = threading.Event()
    previous = {}
    for sig in (signal.SIGINT, signal.SIGTERM):
        previous[sig] = signal.signal(sig, lambda *_: stop.set())
    try:
        while not stop.wait(0.5):
            if not server.running:
                print("error: participant entry stopped unexpectedly", file=sys.stderr)
                return 1
    finally:
        server.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return 0
