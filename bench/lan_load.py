"""Participant entry under load: N simulated devices on loopback, each joining and saving answers.

    .venv/bin/python bench/lan_load.py [--devices 200] [--answers 10] [--groups 40]
    .venv/bin/python bench/lan_load.py --gui     # server inside a Qt app: longest GUI stall

Default: runs `workshop-app serve` in a subprocess (the headless server). With --gui the server
runs in this process as the console runs it (its own thread, changes reported to a Qt object on
the GUI thread) while a 5 ms QTimer measures the longest stall of the GUI thread.

Prints answers/s, p50/p95/p99 save latency, 5xx count and answers lost (acknowledged by the
server but not in the event file). Bounded: at most --timeout seconds.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from workshop_app import paths
from workshop_app.plan import load_plan
from workshop_app.store import EventStore

CSRF = re.compile(r'<meta name="csrf-token" content="([0-9a-f]+)"')
STAGE = "drafting"


class Results:
    def __init__(self) -> None:
        self.latencies: list[float] = []
        self.first_save = float("inf")
        self.last_save = 0.0
        self.acked: list[tuple[int, str, str, int]] = []
        self.acked_at: dict[tuple[int, str, int], float] = {}
        self.server_errors = 0
        self.other_errors: dict[str, int] = {}
        self.stream_bytes = 0

    def error(self, what: str) -> None:
        self.other_errors[what] = self.other_errors.get(what, 0) + 1


async def device(n: int, url: str, code: str, group, prompts, args, out: Results):
    jar = aiohttp.CookieJar(unsafe=True)
    async with aiohttp.ClientSession(url, cookie_jar=jar) as http:
        async with http.get("/") as r:
            csrf = CSRF.search(await r.text()).group(1)
        form = {"csrf": csrf, "code": code, "group_id": str(group.id), "pin": group.pin}
        async with http.post("/join", data=form, allow_redirects=False) as r:
            if r.status != 303:
                out.error(f"join {r.status}")
                return
        async with http.get("/") as r:
            csrf = CSRF.search(await r.text()).group(1)
        stream = asyncio.create_task(listen(http, out)) if args.streams else None
        pace = random.Random(n)
        for i in range(args.answers):
            if args.pace:
                await asyncio.sleep(args.pace * pace.uniform(0.5, 1.5))
            prompt = prompts[(n + i) % len(prompts)]
            body = {
                "group_id": group.id,
                "stage_id": STAGE,
                "prompt_id": prompt,
                "text": f"device {n} answer {i}: " + "words " * 40,
                "edit_id": f"d{n}-{i}",
            }
            started = time.perf_counter()
            async with http.post("/api/answer", json=body, headers={"X-CSRF-Token": csrf}) as r:
                reply = await r.json(content_type=None)
            ended = time.perf_counter()
            out.latencies.append(ended - started)
            out.first_save = min(out.first_save, started)
            out.last_save = max(out.last_save, ended)
            if r.status == 200:
                out.acked.append((group.id, prompt, body["text"], reply["revision"]))
                out.acked_at[(group.id, prompt, reply["revision"])] = ended
            elif r.status >= 500:
                out.server_errors += 1
            else:
                out.error(f"save {r.status}")
        if stream is not None:
            stream.cancel()


async def listen(http, out: Results) -> None:
    """The page's event stream, open for as long as the device saves, as a phone keeps it."""
    try:
        async with http.get("/events") as r:
            async for _line in r.content:
                out.stream_bytes += len(_line)
    except (asyncio.CancelledError, aiohttp.ClientError):
        pass


async def load(url: str, code: str, groups, prompts, args, out: Results) -> float:
    started = time.perf_counter()
    tasks = [
        device(n, url, code, groups[n % len(groups)], prompts, args, out)
        for n in range(args.devices)
    ]
    await asyncio.wait_for(asyncio.gather(*tasks), args.timeout)
    return time.perf_counter() - started


def make_event(folder: Path, groups: int):
    plan = load_plan(paths.default_plan_path())
    path = folder / "Load.workshop"
    with EventStore.create(path, plan, "Load test") as store:
        for i in range(groups):
            store.add_group(f"Organization {i + 1:03d}")
        store.set_current_stage(STAGE)
        return path, store.groups(), [p.id for p in plan.stage(STAGE).prompts]


def lost_answers(path: Path, acked) -> int:
    with EventStore.open(path, lock=False, backup=False) as store:
        histories: dict[tuple[int, str], set[tuple[int, str]]] = {}
        lost = 0
        for group_id, prompt, text, revision in acked:
            key = (group_id, prompt)
            if key not in histories:
                histories[key] = {
                    (a.revision, a.text) for a in store.answer_history(group_id, STAGE, prompt)
                }
            lost += (revision, text) not in histories[key]
        return lost


def run_headless(path: Path, groups, prompts, args, out: Results) -> float:
    command = [sys.executable, "-m", "workshop_app", "serve"]
    if args.profile:  # every server thread under cProfile, written when it stops
        command = [sys.executable, str(Path(__file__).with_name("profiled_serve.py")), args.profile]
    proc = subprocess.Popen(
        [*command, str(path), "--host", "127.0.0.1"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        line = proc.stdout.readline()
        match = re.match(r"Participants: (\S+)  code: (\w+)", line)
        if not match:
            raise SystemExit(f"serve did not start: {line!r}")
        return asyncio.run(load(match.group(1), match.group(2), groups, prompts, args, out))
    finally:
        proc.terminate()
        proc.communicate(timeout=15)


def run_in_gui(path: Path, groups, prompts, args, out: Results) -> tuple[float, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from workshop_app.lan.server import EntryServer
    from workshop_app.ui.context import StoreEvents

    app = QApplication.instance() or QApplication([])
    events = StoreEvents()
    seen_at: dict[tuple[int, str, int], float] = {}

    def on_change(change) -> None:  # on the GUI thread, as the console receives it
        if change.what == "answer":
            seen_at[(change.group_id, change.key, change.revision)] = time.perf_counter()

    events.changed.connect(on_change)
    server = EntryServer(path, on_change=events.report)
    info = server.start("127.0.0.1", 0)
    clock, longest, last = QElapsedTimer(), [0.0], [0.0]
    clock.start()
    ticker = QTimer()
    ticker.setInterval(5)

    def tick() -> None:
        now = clock.nsecsElapsed() / 1e6
        if last[0]:
            longest[0] = max(longest[0], now - last[0] - 5)
        last[0] = now

    ticker.timeout.connect(tick)
    ticker.start()
    elapsed = [0.0]

    def generate() -> None:
        elapsed[0] = asyncio.run(load(info.url, info.code, groups, prompts, args, out))

    worker = threading.Thread(target=generate)
    worker.start()
    watcher = QTimer()
    watcher.timeout.connect(lambda: worker.is_alive() or app.quit())
    watcher.start(50)
    app.exec()
    worker.join()
    server.stop()
    delays = sorted(
        max(0.0, seen_at[key] - at) if key in seen_at else float("inf")
        for key, at in out.acked_at.items()
    )
    if delays:
        q = statistics.quantiles(delays, n=100) if len(delays) > 1 else delays * 99
        print(
            f"answers on the GUI thread after the device had its reply: {len(seen_at)} seen, "
            f"p50 {q[49] * 1000:.1f} ms, p99 {q[98] * 1000:.1f} ms, max {delays[-1] * 1000:.1f} ms"
        )
    return elapsed[0], longest[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devices", type=int, default=200)
    parser.add_argument("--answers", type=int, default=10)
    parser.add_argument("--groups", type=int, default=40)
    parser.add_argument("--timeout", type=float, default=120.0)
    parser.add_argument(
        "--pace",
        type=float,
        default=0.0,
        help="seconds a device waits between saves, ±50%% (default 0: all at once, a burst)",
    )
    parser.add_argument("--gui", action="store_true", help="run the server inside a Qt app")
    parser.add_argument(
        "--streams", action="store_true", help="each device also keeps the page's event stream"
    )
    parser.add_argument(
        "--profile", metavar="OUT", help="profile the server (cProfile, every thread) into OUT"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("WORKSHOP_APP_DATA_DIR", str(Path(tmp) / "data"))
        path, groups, prompts = make_event(Path(tmp), args.groups)
        out = Results()
        stall = None
        if args.gui:
            elapsed, stall = run_in_gui(path, groups, prompts, args, out)
        else:
            elapsed = run_headless(path, groups, prompts, args, out)
        lost = lost_answers(path, out.acked)
    lat = sorted(out.latencies)
    q = statistics.quantiles(lat, n=100) if len(lat) > 1 else [0.0] * 99
    print(
        f"{args.devices} devices × {args.answers} answers ({args.groups} organizations), "
        f"{'server in a Qt app' if args.gui else 'workshop-app serve'} on loopback, "
        + (f"one save per {args.pace:g} s ±50% per device" if args.pace else "burst")
    )
    print(f"answers acknowledged: {len(out.acked)} in {elapsed:.2f} s (incl. joining)")
    saving = out.last_save - out.first_save
    print(
        f"answers/s: {len(out.acked) / elapsed:.0f} overall, "
        f"{len(out.acked) / saving:.0f} from the first save to the last ({saving:.2f} s)"
    )
    print(
        f"save latency ms: p50 {q[49] * 1000:.1f}  p95 {q[94] * 1000:.1f}  "
        f"p99 {q[98] * 1000:.1f}  max {lat[-1] * 1000:.1f}"
    )
    print(f"5xx responses: {out.server_errors}")
    if args.streams:
        print(f"event streams: {out.stream_bytes / 1024:.0f} KB to {args.devices} devices")
    if out.other_errors:
        print(f"other refusals: {out.other_errors}")
    print(f"answers lost (acknowledged but not in the file): {lost}")
    if stall is not None:
        print(f"longest GUI-thread stall: {stall:.1f} ms")
    me, server = (resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    print(
        f"CPU seconds: load generator {me.ru_utime + me.ru_stime:.1f}"
        + ("" if args.gui else f", server {server.ru_utime + server.ru_stime:.1f}")
        + f" (machine has {os.cpu_count()} cores)"
    )


if __name__ == "__main__":
    main()
