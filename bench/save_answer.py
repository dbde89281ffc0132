"""How long does one committed save take?

Saves ~500 answers one by one through EventStore.save_answer (BEGIN IMMEDIATE, the answer and its
history row, COMMIT with synchronous=FULL) and prints the median and p99 latency. A save counts
only once it returns, so this is the wait a participant's keystroke-pause save costs.

    .venv/bin/python bench/save_answer.py [--saves 500] [--dir DIR]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=500)
    parser.add_argument("--dir", default=None, help="where to put the event (default: a temp dir)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-save-", dir=args.dir) as tmp:
        os.environ["WORKSHOP_APP_DATA_DIR"] = str(Path(tmp) / "data")
        from workshop_app import paths
        from workshop_app.plan import load_plan
        from workshop_app.store import EventStore

        plan = load_plan(paths.default_plan_path())
        keys = [(s.id, p.id) for s in plan.stages for p in s.prompts]
        path = Path(tmp) / "Save.workshop"
        latencies: list[float] = []
        with EventStore.create(path, plan, "Benchmark: saves") as store:
            groups = [store.add_group(f"Organization {n}") for n in range(12)]
            for i in range(args.saves):
                g = groups[i % len(groups)]
                stage_id, prompt_id = keys[i % len(keys)]
                value = (
                    f"Edit {i}: "
                    + "Peer navigators message clients from their own phones. " * (1 + i % 20)
                )
                t0 = time.perf_counter()
                saved = store.save_answer(g.id, stage_id, prompt_id, value, source="browser")
                latencies.append(time.perf_counter() - t0)
                assert not saved.unchanged
        ms = [v * 1000 for v in latencies]
        print(f"{args.saves} committed saves in {path.parent} (synchronous=FULL, WAL)")
        print(f"median {statistics.median(ms):.2f} ms")
        print(f"p90    {percentile(ms, 90):.2f} ms")
        print(f"p99    {percentile(ms, 99):.2f} ms")
        print(f"worst  {max(ms):.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
