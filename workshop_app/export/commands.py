"""The `export`, `handout` and `summary` commands' work (cli.py registers their arguments).

Each returns an exit code. Progress goes to stderr: a bar on a terminal, plain lines otherwise;
the written files' paths go to stdout, one a line. An export that cannot be written prints one
line (``error: …``) on stderr and returns 1; files written before it stay.
"""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from workshop_app.export.atomic import ExportError, make_folder
from workshop_app.export.filenames import docx_path
from workshop_app.store import EventStore


class Progress:
    """`(done, total, name)` callback that draws on `stream`."""

    def __init__(self, verb: str, stream: TextIO | None = None):
        self.verb = verb
        self.stream = stream or sys.stderr
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())

    def __call__(self, done: int, total: int, name: str) -> None:
        if self.tty:
            width = 24
            filled = round(width * done / max(total, 1))
            bar = "#" * filled + "-" * (width - filled)
            line = f"\r[{bar}] {done}/{total} {name[:60]}"
            self.stream.write(line.ljust(100) + ("\n" if done == total else ""))
        else:
            self.stream.write(f"{self.verb} {done}/{total}: {name}\n")
        self.stream.flush()


def _fail(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return 1


def export_command(args: argparse.Namespace) -> int:
    from workshop_app.export.worksheet import export_worksheets

    with EventStore.open(args.event, readonly=True) as store:
        try:
            folder = make_folder(args.out)
            written = export_worksheets(store, folder, only=args.org, progress=Progress("exported"))
        except (ExportError, LookupError) as exc:
            return _fail(str(exc))
    if not written:
        return _fail("this event has no organizations to export.")
    for path in written:
        print(path)
    return 0


def handout_command(args: argparse.Namespace) -> int:
    from workshop_app import paths
    from workshop_app.export.handout import write_handout
    from workshop_app.plan import load_plan

    plan = load_plan(paths.plan_path(args.plan))
    target = docx_path(args.out)
    try:
        write_handout(plan, target, args.paper)
    except ExportError as exc:
        return _fail(str(exc))
    Progress("wrote")(1, 1, target.name)
    print(target)
    return 0


def summary_command(args: argparse.Namespace) -> int:
    from workshop_app.export.summary import write_summary

    target = docx_path(args.out)
    with EventStore.open(args.event, readonly=True) as store:
        try:
            write_summary(store, target)
        except ExportError as exc:
            return _fail(str(exc))
    Progress("wrote")(1, 1, target.name)
    print(target)
    return 0
