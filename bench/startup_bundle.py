"""Start-up of the bundle against the venv: process start → first paint of the console with the
demo event open, and of the welcome window, through the app's own `--first-paint` (the same
code path a facilitator's double-click takes). Prints medians and the first run of each.

    .venv/bin/python bench/startup_bundle.py [--runs N] [--bundle dist/workshop-app]

Build the bundle first (`make dist`). Both run with a clean environment and a fresh HOME;
offscreen unless QT_QPA_PLATFORM is set. The venv's bytecode is cached in a scratch folder,
as an installed app's is; the bundle carries its own. "first" is the first start after the
others' files were last read, so the OS file cache may be warm from the build: this machine
cannot empty it without disturbing everyone else.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def start(command: list[str], env: dict[str, str]) -> tuple[float, list[str]]:
    started = time.time_ns()
    try:
        result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
    except subprocess.TimeoutExpired as exc:
        raise SystemExit(f"{command}: no first paint in 60 s; it said: {exc.stderr!r}") from None
    if result.returncode != 0:
        raise SystemExit(f"{command}: {result.stderr.strip()}")
    line = next(line for line in result.stdout.splitlines() if line.startswith("{"))
    report = json.loads(line)
    return (report["painted_ns"] - started) / 1e6, report["heavy"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "workshop-app")
    args = parser.parse_args()
    program = args.bundle / "workshop-app"
    if not program.exists():
        raise SystemExit(f"{program} is missing: run `make dist` first")
    platform = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="workshop-bench-") as folder:
        home = Path(folder) / "home"
        home.mkdir()
        env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
        env["QT_QPA_PLATFORM"] = platform
        if os.environ.get("DISPLAY"):
            env["DISPLAY"] = os.environ["DISPLAY"]
        venv_env = dict(env, PYTHONPYCACHEPREFIX=str(Path(folder) / "pycache"))
        # one copy each: a newer checkout may move the file to a format the bundle does not read
        events = {kind: Path(folder) / kind / "Demo.workshop" for kind in ("bundle", "venv")}
        for event in events.values():
            event.parent.mkdir()
            subprocess.run(
                [str(program), "demo", str(event)], env=env, check=True, capture_output=True
            )
        commands = {
            "bundle": [str(program), "--first-paint"],
            "venv": [sys.executable, "-m", "workshop_app", "--first-paint"],
        }
        envs = {"bundle": env, "venv": venv_env}
        times: dict[tuple[str, str], list[float]] = {}
        first: dict[tuple[str, str], float] = {}
        heavy: set[str] = set()
        for run in range(args.runs + 1):
            for what in ("console + demo", "welcome"):
                for kind in ("bundle", "venv"):  # interleaved: machine load hits both alike
                    extra = [str(events[kind])] if what == "console + demo" else []
                    ms, loaded = start(commands[kind] + extra, envs[kind])
                    heavy.update(loaded)
                    if run == 0:
                        first[(kind, what)] = ms
                    else:
                        times.setdefault((kind, what), []).append(ms)
    print(f"start-up to first paint, bundle against venv, {args.runs} runs each, {platform}")
    for what in ("console + demo", "welcome"):
        b = statistics.median(times[("bundle", what)])
        v = statistics.median(times[("venv", what)])
        print(
            f"  {what:15} bundle median {b:6.0f} ms (first {first[('bundle', what)]:.0f})   "
            f"venv median {v:6.0f} ms (first {first[('venv', what)]:.0f})   bundle/venv {b / v:.2f}"
        )
    print("  heavy modules before first paint: " + (", ".join(sorted(heavy)) if heavy else "none"))
    sizes = sum(
        p.stat().st_size for p in args.bundle.rglob("*") if p.is_file() and not p.is_symlink()
    )
    print(f"  bundle size {sizes / 2**20:.0f} MiB ({args.bundle})")
    for tarball in sorted((args.bundle.parent).glob("workshop-app-*.tar.gz")):
        print(f"  tarball {tarball.name}: {tarball.stat().st_size / 2**20:.0f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
