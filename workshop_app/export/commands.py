"""The `export`, `handout` and `summary` commands' work (cli.py registers their arguments).

Each returns an exit code. Progress goes to stderr: a bar on a terminal, plain lines otherwise;
the written files' paths go to stdout, one a line. An export that cannot be written prints one
line (``error: …``) on stderr and returns 1; files written before it stay.

``--pdf`` adds a PDF beside each .docx through LibreOffice; without LibreOffice one line says
what is missing, the .docx files are written all the same, and the exit code is 1 (what was
asked for is not all there). ``--calendar`` (export) writes one .ics per organization with
action items.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import TextIO

from workshop_app.export.atomic import ExportError, make_folder
from workshop_app.export.filenames import docx_path
from workshop_app.store import EventStore

log = logging.getLogger(__name__)  # counts only: a file's name is an organization's


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


def _with_pdf(args: argparse.Namespace, written: list[Path]) -> int:
    """Print the written files; with --pdf, convert them and print the PDFs too."""
    for path in written:
        print(path)
    log.info("%s Word file(s) written", len(written))
    if not getattr(args, "pdf", False):
        return 0
    from workshop_app.export import pdf

    problem = pdf.missing()
    if problem:
        return _fail(problem)
    try:
        pdfs = pdf.to_pdf(written)
    except ExportError as exc:
        return _fail(str(exc))
    Progress("converted")(len(pdfs), len(pdfs), "PDF")
    log.info("%s PDF file(s) written", len(pdfs))
    for path in pdfs:
        print(path)
    return 0


def export_command(args: argparse.Namespace) -> int:
    from workshop_app.export.worksheet import export_worksheets

    calendars: list[Path] = []
    with EventStore.open(args.event, readonly=True) as store:
        try:
            folder = make_folder(args.out)
            written = export_worksheets(
                store,
                folder,
                only=args.org,
                progress=Progress("exported"),
                paper=args.paper,
                lang=args.lang,
            )
            if written and args.calendar:
                from workshop_app.export.ics import export_calendars

                calendars, without = export_calendars(store, folder, only=args.org)
                for name in without:
                    print(f"no calendar for {name}: no action items", file=sys.stderr)
        except (ExportError, LookupError) as exc:
            return _fail(str(exc))
    if not written:
        return _fail("this event has no organizations to export.")
    code = _with_pdf(args, written)
    for path in calendars:
        print(path)
    return code


def handout_command(args: argparse.Namespace) -> int:
    from workshop_app import paths
    from workshop_app.export.handout import write_handout
    from workshop_app.plan import load_plan

    plan = load_plan(paths.plan_path(args.plan))
    if problem := plan.unknown_region(args.region):
        return _fail(f"--region {problem}")
    plan = plan.for_region(args.region.lower())
    target = docx_path(args.out)
    try:
        write_handout(plan, target, args.paper, args.facilitator, args.lang)
    except ExportError as exc:
        return _fail(str(exc))
    Progress("wrote")(1, 1, target.name)
    return _with_pdf(args, [target])


def summary_command(args: argparse.Namespace) -> int:
    from workshop_app.export.summary import write_summary

    target = docx_path(args.out)
    with EventStore.open(args.event, readonly=True) as store:
        try:
            write_summary(store, target, args.paper, args.lang)
        except ExportError as exc:
            return _fail(str(exc))
    Progress("wrote")(1, 1, target.name)
    return _with_pdf(args, [target])
