"""`workshop-app serve` with every thread under cProfile (the server's loop, its writer), the
profiles added into one file when it stops (SIGTERM). Used by `bench/lan_load.py --profile`.

    .venv/bin/python bench/profiled_serve.py OUT.prof EVENT --host 127.0.0.1
"""

from __future__ import annotations

import cProfile
import pstats
import sys
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    out, rest = sys.argv[1], sys.argv[2:]
    profiles: list[cProfile.Profile] = []
    plain_run = threading.Thread.run

    def run(self) -> None:
        profile = cProfile.Profile()
        profiles.append(profile)
        profile.enable()
        try:
            plain_run(self)
        finally:
            profile.disable()

    threading.Thread.run = run
    from workshop_app.cli import main as cli

    try:
        return cli(["serve", *rest])
    finally:
        stats = pstats.Stats(profiles[0]) if profiles else None
        for profile in profiles[1:]:
            stats.add(profile)
        if stats is not None:
            stats.dump_stats(out)


if __name__ == "__main__":
    sys.exit(main())
