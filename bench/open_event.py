"""How long does a big event take to open and show?

Builds an event with 200 organizations, every prompt answered, each answer saved 10 times (so
10 history versions each), then times what the console does when it opens an event: open the
file (checks, lock, backup copy), load the plan, list the organizations and read every answer.
Target: at most 1 s. Prints figures; asserts nothing.

    .venv/bin/python bench/open_event.py [--orgs 200] [--versions 10] [--repeat 5] [--dir DIR]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orgs", type=int, default=200)
    parser.add_argument("--versions", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--dir", default=None, help="where to put the event (default: a temp dir)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-open-", dir=args.dir) as tmp:
        # Backups and locks go to the temp folder, never the user's data folder.
        os.environ["WORKSHOP_APP_DATA_DIR"] = str(Path(tmp) / "data")
        from workshop_app import paths
        from workshop_app.plan import load_plan
        from workshop_app.store import EventStore, backup_copies

        plan = load_plan(paths.default_plan_path())
        keys = [(s.id, p.id) for s in plan.stages for p in s.prompts]
        path = Path(tmp) / "Big.workshop"

        started = time.perf_counter()
        with EventStore.create(path, plan, "Benchmark: 200 organizations") as store:
            # Setup only: skip the fsync per save so building 22,000 versions takes seconds.
            store.conn.execute("PRAGMA synchronous = OFF")
            groups = [
                store.add_group(f"Organization {n:03d} — Ünïcode 🌈") for n in range(args.orgs)
            ]
            for version in range(1, args.versions + 1):
                for g in groups:
                    for stage_id, prompt_id in keys:
                        store.save_answer(
                            g.id,
                            stage_id,
                            prompt_id,
                            f"Version {version} of {g.name}'s answer to {prompt_id}. "
                            + "A realistic answer of a few sentences about clients and policy. "
                            * 6,
                        )
            answers_total = len(store.answers())
        built = time.perf_counter() - started
        size_mb = path.stat().st_size / 1e6
        print(
            f"built {path.name}: {args.orgs} organizations x {len(keys)} prompts = "
            f"{answers_total} answers, {answers_total * args.versions} versions, "
            f"{size_mb:.1f} MB, in {built:.1f} s"
        )

        timings: dict[str, list[float]] = {
            "open": [],
            "plan": [],
            "groups": [],
            "answers": [],
            "total": [],
        }
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            store = EventStore.open(path)
            t1 = time.perf_counter()
            store.plan  # noqa: B018 - parsing the stored plan is part of opening
            t2 = time.perf_counter()
            listed = store.groups()
            t3 = time.perf_counter()
            read = sum(len(store.answers(group_id=g.id)) for g in listed)
            t4 = time.perf_counter()
            store.close()
            assert len(listed) == args.orgs and read == answers_total
            for key, value in zip(
                ("open", "plan", "groups", "answers", "total"),
                (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t4 - t0),
                strict=True,
            ):
                timings[key].append(value)
        print(f"backups kept: {len(backup_copies(path))}")
        print(f"{'step':<42}{'median':>10}{'worst':>10}   (over {args.repeat} opens)")
        labels = {
            "open": "open (checks, lock, backup copy)",
            "plan": "load the stored plan",
            "groups": f"list {args.orgs} organizations",
            "answers": f"read all {answers_total} answers",
            "total": "open + list + read, total",
        }
        for key, label in labels.items():
            values = timings[key]
            print(
                f"{label:<42}{statistics.median(values) * 1000:>8.0f}ms{max(values) * 1000:>8.0f}ms"
            )
        total = statistics.median(timings["total"])
        print(f"target <= 1000 ms: {'met' if total <= 1.0 else 'NOT met'} ({total * 1000:.0f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
