"""The command line: `workshop-app [EVENT]` opens the app; subcommands work without a display.

A user error (a bad file, a name over the limit) prints one line on stderr and exits 1, never a
traceback. Heavy modules are imported inside the command that needs them.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path

from workshop_app import APP_NAME, folders, logs, paths
from workshop_app.lan.net import DEFAULT_PORT
from workshop_app.plan import PlanError, load_plan
from workshop_app.store import EventStore, StoreError
from workshop_app.text import InputError, org_name


class UserError(Exception):
    """A mistake in what the user asked for; printed as one line."""


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage mistake is a user error: one line on stderr and exit 1."""

    def error(self, message: str):  # type: ignore[override]
        raise UserError(f"{self.prog}: {message} (see {self.prog} --help)")


COMMANDS: dict[str, tuple[str, Callable[[argparse.ArgumentParser], None]]] = {}


def command(name: str, help: str):
    """Register `run_<name>` with a function that adds its arguments."""

    def register(add_arguments: Callable[[argparse.ArgumentParser], None]):
        COMMANDS[name] = (help, add_arguments)
        return add_arguments

    return register


REGION_HELP = (
    "where the organizations work, which decides the laws and guidance the clause notes cite: "
    "us or uk for the shipped plans (default: the plan's own)"
)
PLAN_HELP = "a plan file, or a shipped plan's id such as ai-tools-confidentiality (default: seeded)"


def plan_file(ref: str | None) -> Path:
    """The --plan option: a file or the id of a shipped plan; a wrong name is a one-line error."""
    try:
        return paths.plan_path(ref)
    except FileNotFoundError as e:
        raise UserError(str(e)) from None


def event_path(value: str) -> Path:
    path = Path(value).expanduser()
    return path if path.suffix else path.with_suffix(folders.EVENT_SUFFIX)


@command("new", "create an event from a workshop plan")
def _new_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("event", type=event_path, help="the event file to create (*.workshop)")
    p.add_argument("--plan", default=None, help=PLAN_HELP)
    p.add_argument("--title", default=None, help="the event's title (default: the file's name)")
    p.add_argument("--date", default="", help="the event's date, e.g. 2026-11-25 (default: today)")
    p.add_argument("--location", default="", help="where the workshop takes place")
    p.add_argument(
        "--facilitator",
        default=None,
        metavar="NAME",
        help="who runs it, named as the author of its exports (asked when not given)",
    )
    p.add_argument("--region", default="", help=REGION_HELP)
    p.add_argument(
        "--org",
        action="append",
        default=[],
        metavar="NAME",
        help="add an organization (repeatable)",
    )
    _lang_arg(p, "the event's language: its worksheets' unless an organization has its own")


def ask_facilitator() -> str:
    """The facilitator's name, asked on a terminal ("" when nobody is there to answer: a
    script, or a program reading the output)."""
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        return ""
    try:
        return input("Facilitator's name (the author of the exports; Enter to leave empty): ")
    except EOFError:
        return ""


def run_new(args: argparse.Namespace) -> int:
    plan = load_plan(plan_file(args.plan))
    if problem := plan.unknown_region(args.region):
        raise UserError(f"--region {problem}")
    seen: dict[str, str] = {}  # refuse bad --org names before a half-made event is written
    for name in args.org:
        clean = org_name(name)
        if clean.casefold() in seen:
            raise UserError(f"--org {clean!r} is given twice (as {seen[clean.casefold()]!r}).")
        seen[clean.casefold()] = clean
    with EventStore.create(
        args.event,
        plan,
        args.title or args.event.stem,
        date=args.date,
        location=args.location,
        facilitator=ask_facilitator() if args.facilitator is None else args.facilitator,
        region=args.region,
    ) as store:
        if args.lang:
            store.set_event_language(args.lang)
        for name in args.org:
            store.add_group(name)
        where = f", {store.plan.region_label()}" if store.plan.regions else ""
        count = len(store.groups())
        orgs = "1 organization" if count == 1 else f"{count} organizations"
        print(f"created {args.event}: {plan.title}{where}, {orgs}")
    return 0


@command("demo", "create a demo event filled with three organizations' answers")
def _demo_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("event", type=event_path, help="the event file to create (*.workshop)")
    p.add_argument("--plan", default=None, help=PLAN_HELP)
    p.add_argument("--region", default="", help=REGION_HELP)


def run_demo(args: argparse.Namespace) -> int:
    from workshop_app.demo import build_demo

    with build_demo(args.event, plan_file(args.plan), args.region) as store:
        print(
            f"created {args.event}: demo with {len(store.groups())} organizations "
            f"and {len(store.answers())} answers"
        )
    return 0


@command("info", "show an event's title, plan, organizations and answers per stage")
def _info_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("event", type=event_path)
    p.add_argument("--json", action="store_true", help="print JSON (a stable format for scripts)")


def event_summary(store: EventStore) -> dict:
    """The facts `info` prints; the JSON keys are stable."""
    plan, event = store.plan, store.event()
    groups = store.groups()
    return {
        "title": event.title,
        "date": event.date,
        "location": event.location,
        "facilitator": event.facilitator,
        "region": {"id": plan.region, "label": plan.region_label()} if plan.region else None,
        "plan": {"id": plan.id, "title": plan.title, "version": plan.version},
        "app": store.app_versions(),
        "language": store.event_language(),  # the worksheets', unless an organization has its own
        "current_stage": event.current_stage_id,
        "ended": event.ended_at,
        "organizations": [
            {
                "id": g.id,
                "name": g.name,
                "contact": g.contact,
                "size": g.size,
                "language": store.group_language(g),
                "answered": {s.id: store.answered_count(g.id, s.id) for s in plan.stages},
            }
            for g in groups
        ],
        "stages": [
            {
                "id": s.id,
                "title": s.title,
                "kind": s.kind,
                "minutes": s.minutes,
                "prompts": len(s.prompts),
                "answered": sum(store.answered_count(g.id, s.id) for g in groups),
            }
            for s in plan.stages
        ],
    }


def run_info(args: argparse.Namespace) -> int:
    with EventStore.open(args.event, readonly=True) as store:
        info = event_summary(store)
    if args.json:
        print(json.dumps(info, ensure_ascii=False, indent=2))
        return 0
    print(
        f"{info['title']} — {info['date']}" + (f", {info['location']}" if info["location"] else "")
    )
    print(f"plan: {info['plan']['title']} (version {info['plan']['version']})")
    if info["region"]:
        print(f"region: {info['region']['label']} (the laws and guidance its notes cite)")
    from workshop_app.i18n import LANGUAGES

    print(f"worksheets in: {LANGUAGES.get(info['language'], info['language'])}")
    print(f"organizations: {len(info['organizations'])}")
    for org in info["organizations"]:
        own = org["language"] != info["language"]  # its worksheet in another language
        print(f"  {org['name']}" + (f" ({LANGUAGES.get(org['language'])})" if own else ""))
    print("answers per stage:")
    for stage in info["stages"]:
        mark = "▶ " if stage["id"] == info["current_stage"] else "  "
        possible = stage["prompts"] * len(info["organizations"])
        print(f"{mark}{stage['title']}: {stage['answered']} of {possible}")
    return 0


@command("check-plan", "validate a workshop plan file")
def _check_args(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "plan", nargs="?", default=None, help="a plan file or a shipped plan's id (default: seeded)"
    )


def run_check_plan(args: argparse.Namespace) -> int:
    plan = load_plan(plan_file(args.plan))
    print(f"ok: {plan.describe()}")
    for warning in plan.warnings:
        print(f"warning: {warning}")
    return 0


# -- Word exports (the work is in workshop_app/export/commands.py) ----------------------------


@command("export", "write one Word worksheet per organization: <event> - <organization>.docx")
def _export_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("event", type=event_path, help="the event file (*.workshop)")
    p.add_argument("--out", type=Path, required=True, help="the folder to write the files into")
    p.add_argument("--org", default=None, metavar="NAME", help="only this organization")
    _paper_arg(p)
    _pdf_arg(p)
    p.add_argument(
        "--calendar",
        action="store_true",
        help="also write each organization's action items as a calendar: <event> - "
        "<organization> - first steps.ics",
    )
    _lang_arg(p, "every worksheet in this language (default: each organization's own)")


def _lang_arg(p: argparse.ArgumentParser, help_text: str) -> None:
    from workshop_app.i18n import LANGUAGES

    p.add_argument("--lang", choices=tuple(LANGUAGES), default=None, help=help_text)


def _paper_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--paper", choices=("a4", "letter"), default="a4", help="paper size")


def _pdf_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--pdf", action="store_true", help="also write a PDF beside each .docx (needs LibreOffice)"
    )


def run_export(args: argparse.Namespace) -> int:
    from workshop_app.export.commands import export_command

    return export_command(args)


@command("handout", "write the blank handout for paper participants")
def _handout_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("out", type=Path, help="the .docx file to write")
    p.add_argument("--plan", default=None, help=PLAN_HELP)
    _paper_arg(p)
    p.add_argument(
        "--facilitator", default="", metavar="NAME", help="the author named in the document"
    )
    p.add_argument("--region", default="", help=REGION_HELP)
    _lang_arg(p, "the handout's language, the plan's texts too (default: the plan's own)")
    _pdf_arg(p)


def run_handout(args: argparse.Namespace) -> int:
    from workshop_app.export.commands import handout_command

    return handout_command(args)


@command("summary", "write the facilitator's session summary (all organizations)")
def _summary_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("event", type=event_path, help="the event file (*.workshop)")
    p.add_argument("out", type=Path, help="the .docx file to write")
    _paper_arg(p)
    _lang_arg(p, "the summary's language (default: the event's)")
    _pdf_arg(p)


def run_summary(args: argparse.Namespace) -> int:
    from workshop_app.export.commands import summary_command

    return summary_command(args)


@command("serve", "open participant entry without the GUI (follows the event's stage)")
def _serve_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("event", type=event_path, help="the event file (*.workshop)")
    p.add_argument("--host", default=None, help="the address to serve (default: this machine's)")
    p.add_argument(
        "--port",
        type=int,
        default=DEFAULT_PORT,
        help=f"the port (default {DEFAULT_PORT}, or the next free)",
    )


def run_serve(args: argparse.Namespace) -> int:
    from workshop_app.lan.headless import serve

    return serve(args.event, args.host, args.port)


@command("install-desktop", "put the app in this user's menu and open *.workshop files with it")
def _install_desktop_args(p: argparse.ArgumentParser) -> None:
    pass


def run_install_desktop(args: argparse.Namespace) -> int:
    from workshop_app import desktop

    try:
        lines = desktop.install()
    except desktop.DesktopError as exc:
        raise UserError(str(exc)) from None
    print("\n".join(lines))
    return 0


@command("uninstall-desktop", "take the app's menu entry, icon and event-file type out again")
def _uninstall_desktop_args(p: argparse.ArgumentParser) -> None:
    pass


def run_uninstall_desktop(args: argparse.Namespace) -> int:
    from workshop_app import desktop

    try:
        lines = desktop.uninstall()
    except desktop.DesktopError as exc:
        raise UserError(str(exc)) from None
    print("\n".join(lines))
    return 0


class _VersionAction(argparse.Action):
    """--version: the version and the build, read only when asked for."""

    def __init__(self, option_strings, dest, **kwargs):
        super().__init__(option_strings, dest, nargs=0, help="show the version and build, and exit")

    def __call__(self, parser, namespace, values, option_string=None):
        from workshop_app.build_info import version_text

        print(version_text())
        parser.exit()


@command("delete", "delete an event for good: its file, every backup copy, and write a receipt")
def _delete_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("event", type=event_path, help="the event file (*.workshop)")
    p.add_argument(
        "--receipt",
        type=Path,
        default=None,
        metavar="DIR",
        help="the folder for the deletion receipt (default: the event's folder)",
    )
    p.add_argument("--yes", action="store_true", help="do not ask; delete at once")


def run_delete(args: argparse.Namespace) -> int:
    from workshop_app.store.erase import delete_event, describe_event, event_files

    title, date, count = describe_event(args.event)
    files = event_files(args.event)
    folder = args.receipt or args.event.parent
    if not args.yes:
        if not sys.stdin.isatty():
            raise UserError("delete asks first; add --yes to delete without asking")
        print(
            f"Delete “{title}” ({date}, {count} organizations) for good? This removes "
            f"{len(files)} files (the event and its backup copies) and cannot be undone."
        )
        if input("Type yes to delete: ").strip().lower() != "yes":
            print("Nothing was deleted.")
            return 1
    receipt = delete_event(args.event)
    written = receipt.write(folder)
    print(f"deleted {args.event}: {len(receipt.removed)} files removed; receipt: {written}")
    return 0


def _gui_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="workshop-app",
        description=f"{APP_NAME}: run a workshop from one laptop. Commands: "
        + ", ".join(COMMANDS)
        + " (workshop-app COMMAND --help).",
    )
    parser.add_argument("event", nargs="?", type=event_path, help="an event file to open")
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument("--first-paint", action="store_true", help=argparse.SUPPRESS)
    return parser


def has_display() -> bool:
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run_gui(args: argparse.Namespace) -> int:
    if not has_display():
        raise UserError(
            "no display found: on a machine without a screen, run it as `xvfb-run make run`"
        )
    if args.event is not None and not args.first_paint:
        from workshop_app.ui import instance

        if instance.hand_over(args.event):  # an app is running already: its window opens it
            print(instance.handed_over_message(args.event))
            return 0
    from workshop_app.ui.app import run_app

    return run_app(args.event, first_paint=args.first_paint)


VERBOSE = "--verbose"


def _verbose_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        VERBOSE,
        action="store_true",
        help="log everything (DEBUG) to the log file and to stderr; also before the command",
    )


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    verbose = VERBOSE in argv  # a global flag: before the command or after it
    argv = [a for a in argv if a != VERBOSE]
    try:
        if argv and argv[0] in COMMANDS:
            name = argv[0]
            help_text, add_arguments = COMMANDS[name]
            parser = _Parser(prog=f"workshop-app {name}", description=help_text)
            add_arguments(parser)
            _verbose_arg(parser)
            args = parser.parse_args(argv[1:])
            logs.configure(verbose, name)
            return globals()[f"run_{name.replace('-', '_')}"](args)
        parser = _gui_parser()
        _verbose_arg(parser)
        args = parser.parse_args(argv)
        logs.configure(verbose, "window", defer_file=True)  # the file after the first paint
        return run_gui(args)
    except PlanError as exc:
        logs.log.info("refused: the plan has %s problem(s)", len(exc.problems))
        for problem in exc.problems:
            print(f"error: {exc.source}: {problem}", file=sys.stderr)
        return 1
    except (StoreError, InputError, UserError) as exc:
        logs.log.info("refused: %s", logs.describe(exc))
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:  # a folder that cannot be made or written, a path that is a file
        where = f": {exc.filename}" if exc.filename else ""
        logs.log.info("refused: %s", logs.describe(exc))
        print(f"error: {exc.strerror or exc}{where}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
