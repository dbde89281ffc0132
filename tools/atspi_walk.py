#!/usr/bin/python3
"""Walk the console through the Linux accessibility bus, as a screen reader (Orca) reads it.

    /usr/bin/python3 tools/atspi_walk.py [--python .venv/bin/python] [--json FILE]

Needs Debian's xvfb, xdotool, dbus-daemon, at-spi2-core and python3-pyatspi (run it with the
system Python, which has pyatspi; the app runs with --python, the project's venv by default).
It starts its own virtual display and D-Bus session, writes a demo event, opens it in the app
on xcb with Qt's accessibility on, and then, screen by screen (the four stages of the demo, the
projector, the welcome screen after closing the event), walks the tree from the window down,
presses Tab round every control and follows the focus events, and types, moves and switches
as a facilitator would, listening for what the bus says. It prints one table of figures per
screen and a summary; everything it starts is stopped at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INTERACTIVE = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "combo box",
    "text",
    "entry",
    "password text",
    "spin button",
    "slider",
    "list",
    "list box",
    "table",
    "tree table",
    "page tab",
    "table cell",
    "list item",
    "canvas",
}
LISTEN = (
    "object:state-changed:focused",
    "object:announcement",
    "object:property-change:accessible-name",
    "object:property-change:accessible-description",
    "object:text-changed:insert",
    "object:active-descendant-changed",
    "window:activate",
)


# -- the session: display, bus, app ---------------------------------------------------------


class Session:
    def __init__(self, python: str):
        self.python = python
        self.procs: list[subprocess.Popen] = []
        self.tmp = Path(tempfile.mkdtemp(prefix="atspi-walk-"))
        self.env = dict(os.environ)

    def start(self) -> None:
        for tool in ("Xvfb", "xdotool", "dbus-daemon"):
            if shutil.which(tool) is None:
                sys.exit(f"atspi_walk: {tool} is missing (apt-get install xvfb xdotool dbus)")
        n = 140
        while Path(f"/tmp/.X11-unix/X{n}").exists() or Path(f"/tmp/.X{n}-lock").exists():
            n += 1
        display = f":{n}"
        self._spawn(["Xvfb", display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp"])
        for _ in range(100):
            if Path(f"/tmp/.X11-unix/X{n}").exists():
                break
            time.sleep(0.05)
        self.env["DISPLAY"] = display
        if shutil.which("openbox"):
            self._spawn(["openbox"])
        bus = self._spawn(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE,
        )
        address = bus.stdout.readline().decode().strip()
        self.env["DBUS_SESSION_BUS_ADDRESS"] = address
        self.env.pop("AT_SPI_BUS_ADDRESS", None)
        home = self.tmp / "home"
        home.mkdir()
        self.env.update(
            HOME=str(home),
            XDG_CONFIG_HOME=str(home / ".config"),
            XDG_DATA_HOME=str(home / ".local/share"),
            XDG_RUNTIME_DIR=str(self.tmp),
            NO_AT_BRIDGE="0",
            GTK_A11Y="atspi",
        )
        os.environ.update(self.env)  # pyatspi reads them when it is imported

    def _spawn(self, argv: list[str], **kw) -> subprocess.Popen:
        proc = subprocess.Popen(
            argv, env=self.env, stderr=subprocess.DEVNULL, start_new_session=True, **kw
        )
        self.procs.append(proc)
        return proc

    def demo_event(self) -> Path:
        path = self.tmp / "Demo.workshop"
        subprocess.run(
            [self.python, "-m", "workshop_app", "demo", str(path)],
            env=self.env,
            check=True,
            capture_output=True,
            cwd=ROOT,
        )
        return path

    def app(self, event: Path) -> subprocess.Popen:
        env = dict(
            self.env,
            QT_QPA_PLATFORM="xcb",
            QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
            QT_ACCESSIBILITY="1",
        )
        proc = subprocess.Popen(
            [self.python, "-m", "workshop_app", str(event)],
            env=env,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=open(self.tmp / "app.log", "w"),  # noqa: SIM115
            start_new_session=True,
        )
        self.procs.append(proc)
        return proc

    def key(self, *keys: str) -> None:
        subprocess.run(["xdotool", "key", "--delay", "40", *keys], env=self.env, check=True)

    def type(self, text: str) -> None:
        subprocess.run(["xdotool", "type", "--delay", "30", text], env=self.env, check=True)

    def stop(self) -> None:
        for proc in reversed(self.procs):
            if proc.poll() is None:
                try:
                    os.killpg(proc.pid, signal.SIGTERM)
                except ProcessLookupError:
                    pass
        for proc in self.procs:
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
        shutil.rmtree(self.tmp, ignore_errors=True)


# -- reading the bus ------------------------------------------------------------------------


class Bus:
    def __init__(self):
        import pyatspi  # after Session.start(): it connects to the session's bus
        from gi.repository import GLib

        self.pyatspi = pyatspi
        self.context = GLib.MainContext.default()
        self.events: list[dict] = []
        for name in LISTEN:
            pyatspi.Registry.registerEventListener(self._on_event, name)

    def _on_event(self, event) -> None:
        try:
            source = event.source
            record = {
                "type": str(event.type),
                "detail": event.detail1,
                "any": str(event.any_data) if event.any_data is not None else "",
                "name": source.name or "",
                "role": source.getRoleName(),
                "index": source.getIndexInParent(),
                "description": source.description or "",
                "source": source,
            }
        except Exception:  # the object went away meanwhile
            return
        self.events.append(record)

    def pump(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            while self.context.pending():
                self.context.iteration(False)
            time.sleep(0.02)

    def take(self) -> list[dict]:
        events, self.events = self.events, []
        return events

    def app(self, timeout: float = 30.0):
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            desktop = self.pyatspi.Registry.getDesktop(0)
            for i in range(desktop.childCount):
                child = desktop.getChildAtIndex(i)
                if child is not None and child.name in ("Workshop App", "workshop_app", "python3"):
                    for k in range(child.childCount):
                        frame = child.getChildAtIndex(k)
                        if frame is not None and "Workshop App" in (frame.name or ""):
                            return child
            self.pump(0.3)
        sys.exit("atspi_walk: the app never appeared on the accessibility bus")


def states(acc) -> set[str]:
    try:
        return {str(s).rsplit("_", 1)[-1].lower() for s in acc.getState().getStates()}
    except Exception:
        return set()


def state_names(acc) -> set[str]:
    import pyatspi

    try:
        found = set(acc.getState().getStates())
    except Exception:
        return set()
    table = {
        pyatspi.STATE_SHOWING: "showing",
        pyatspi.STATE_VISIBLE: "visible",
        pyatspi.STATE_FOCUSABLE: "focusable",
        pyatspi.STATE_FOCUSED: "focused",
        pyatspi.STATE_ENABLED: "enabled",
        pyatspi.STATE_SENSITIVE: "sensitive",
        pyatspi.STATE_SELECTED: "selected",
        pyatspi.STATE_EDITABLE: "editable",
        pyatspi.STATE_CHECKED: "checked",
    }
    return {label for state, label in table.items() if state in found}


def walk(acc, depth: int = 0, seen=None):
    """Every object under `acc` that is showing (depth first), with its depth."""
    if seen is None:
        seen = set()
    if acc is None or depth > 60:
        return
    key = hash(acc)
    if key in seen:
        return
    seen.add(key)
    yield acc, depth
    try:
        count = acc.childCount
    except Exception:
        return
    for i in range(min(count, 500)):
        try:
            child = acc.getChildAtIndex(i)
        except Exception:
            continue
        if child is None:
            continue
        if "showing" not in state_names(child) and child.getRoleName() != "table cell":
            continue
        yield from walk(child, depth + 1, seen)


def descendants(acc, depth: int = 0):
    """Everything under `acc`, shown or not (a combo box's closed list)."""
    if acc is None or depth > 4:
        return
    for i in range(min(acc.childCount, 200)):
        child = acc.getChildAtIndex(i)
        if child is not None:
            yield child
            yield from descendants(child, depth + 1)


def item_names(acc) -> set[str]:
    return {c.name for c in descendants(acc) if c.getRoleName() in ("list item", "menu item")}


def text_of(acc) -> str:
    try:
        text = acc.queryText()
        return text.getText(0, text.characterCount)
    except Exception:
        return ""


def value_of(acc) -> str:
    """What a control currently shows (a combo box's chosen item, a field's text)."""
    role = acc.getRoleName()
    if role == "combo box":
        items = [c for c in descendants(acc) if c.getRoleName() in ("list item", "menu item")]
        chosen = [c.name for c in items if "selected" in state_names(c)]
        return chosen[0] if chosen else text_of(acc)
    if role in ("text", "entry", "spin button"):
        return text_of(acc)
    return ""


def label_of(acc) -> str:
    import pyatspi

    try:
        for relation in acc.getRelationSet():
            if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
                return relation.getTarget(0).name or ""
    except Exception:
        pass
    return ""


# -- the walk -------------------------------------------------------------------------------


def frames(app) -> list:
    return [app.getChildAtIndex(i) for i in range(app.childCount)]


def main_frame(app):
    for frame in frames(app):
        if (
            frame is not None
            and frame.getRoleName() == "frame"
            and "showing" in state_names(frame)
            and ((frame.name or "").endswith("Workshop App") or "—" in (frame.name or ""))
        ):
            return frame
    return frames(app)[0]


def screen_figures(bus: Bus, session: Session, app, org: str = "") -> dict:
    """Tree and Tab figures of what the main window shows now."""
    frame = main_frame(app)
    objects = list(walk(frame))
    interactive = [(a, d) for a, d in objects if a.getRoleName() in INTERACTIVE]
    tree_keys = {hash(a) for a, _ in objects}
    empty = [a for a, _ in interactive if not (a.name or "").strip()]
    combos = [a for a, _ in interactive if a.getRoleName() == "combo box"]
    combo_value = [
        a for a in combos if (a.name or "") and (a.name == value_of(a) or a.name in item_names(a))
    ]
    newline = [a for a, _ in interactive if "\n" in (a.name or "")]
    names: dict[str, int] = {}
    for a, _ in interactive:
        if a.getRoleName() in ("text", "entry", "combo box", "spin button") and a.name:
            names[a.name] = names.get(a.name, 0) + 1
    duplicates = sorted(n for n, count in names.items() if count > 1)
    fields = [
        a
        for a, _ in interactive
        if a.getRoleName() in ("text", "entry")
        and "editable" in state_names(a)
        and "focusable" in state_names(a)
    ]
    answer_fields = [a for a in fields if _is_answer_field(a)]
    orgs = all_orgs(frame) or ([org] if org else [])
    without_org = [
        a
        for a in answer_fields
        if orgs and not any(o in (a.name or "") + (a.description or "") for o in orgs)
    ]

    # Tab round the window (at most 250 stops), following the focus events
    stops = []
    bus.pump(0.2)
    bus.take()
    first = None
    for _ in range(250):
        session.key("Tab")
        bus.pump(0.12)
        focused = [
            e
            for e in bus.take()
            if e["type"].startswith("object:state-changed:focused") and e["detail"]
        ]
        if not focused:
            stops.append(None)
            continue
        e = focused[-1]
        ident = (e["name"], e["role"], e["index"])
        if first is None:
            first = ident
        elif ident == first:
            break
        stops.append(e)
    real = [e for e in stops if e is not None]
    off_tree = [e for e in real if e["index"] < 0 or hash(e["source"]) not in tree_keys]
    unnamed_stops = [e for e in real if not e["name"].strip()]
    value_stops = [
        e for e in real if e["role"] == "combo box" and e["name"] in item_names(e["source"])
    ]
    return {
        "objects": len(objects),
        "interactive": len(interactive),
        "empty names": len(empty),
        "combo boxes named after their value": f"{len(combo_value)} of {len(combos)}",
        "names with a newline": len(newline),
        "fields sharing a name": ", ".join(duplicates) or "none",
        "answer fields": len(answer_fields),
        "answer fields not naming the organization": len(without_org),
        "Tab stops": len(real),
        "Tab stops with no focus event": len([s for s in stops if s is None]),
        "Tab stops missing from the tree": len(off_tree),
        "Tab stops with empty names": len(unnamed_stops),
        "Tab stops named after their value": len(value_stops),
        "_examples": {
            "empty": [f"{a.getRoleName()}" for a in empty][:8],
            "combo": [f"{a.name!r}" for a in combo_value][:8],
            "off tree": [f"{e['role']} {e['name']!r} index {e['index']}" for e in off_tree][:8],
            "without org": [f"{a.name!r}" for a in without_org][:8],
        },
    }


def _is_answer_field(acc) -> bool:
    name = acc.name or ""
    return (
        any(word in name for word in ("Answer to", "Notes for", ": "))
        or "answer" in (acc.description or "").lower()
    )


def find(root, role: str | None = None, name: str | None = None, contains: str | None = None):
    for acc, _ in walk(root):
        if role and acc.getRoleName() != role:
            continue
        if name is not None and (acc.name or "") != name:
            continue
        if contains is not None and contains not in (acc.name or ""):
            continue
        return acc
    return None


def heard(events: list[dict], word: str) -> list[str]:
    found = []
    for e in events:
        for text in (e["name"], e["any"], e["description"]):
            if word in text and e["type"] != "object:state-changed:focused":
                found.append(f"{e['type']}: {text!r}")
                break
    return found


def current_org(frame) -> str:
    groups = find(frame, "list", "Organizations")
    if groups is None:
        return ""
    for child, _ in walk(groups):
        if child is not groups and "selected" in state_names(child):
            return (child.name or "").split("  —  ")[0].split(",")[0].strip()
    return ""


def all_orgs(frame) -> list[str]:
    groups = find(frame, "list", "Organizations")
    if groups is None:
        return []
    return [
        (c.name or "").split("  —  ")[0].strip()
        for c in descendants(groups)
        if c.getRoleName() == "list item"
    ]


def current_stage(frame) -> str:
    stages = find(frame, "list", "Stages")
    if stages is None:
        return ""
    for child, _ in walk(stages):
        if "current" in (child.name or ""):
            return child.name.split(",")[1].strip()
    return ""


def run(python: str) -> dict:
    session = Session(python)
    results: dict = {"screens": {}}
    try:
        session.start()
        event = session.demo_event()
        bus = Bus()
        session.app(event)
        app = bus.app()
        bus.pump(3.0)
        frame = main_frame(app)
        results["window name"] = frame.name
        results["top-level frames"] = [f"{f.getRoleName()} {f.name!r}" for f in frames(app)]

        for number, stage in enumerate(
            ("objectives", "stakeholders", "drafting", "report back"), 1
        ):
            session.key(f"ctrl+{number}")
            bus.pump(1.5)
            frame = main_frame(app)
            org = current_org(frame)
            figures = screen_figures(bus, session, app, org)
            figures["organization shown"] = org
            if number <= 3:
                figures.update(_type_and_switch(bus, session, app, org))
            if stage == "stakeholders":
                figures.update(_map(bus, session, app))
            results["screens"][f"stage {number}: {stage}"] = figures
        results["screens"]["projector"] = _projector(bus, session, app)
        session.key("ctrl+w")
        bus.pump(2.0)
        results["screens"]["welcome (after closing the event)"] = screen_figures(bus, session, app)
        results["top-level frames at the end"] = [
            f"{f.getRoleName()} {f.name!r}" for f in frames(app)
        ]
    finally:
        session.stop()
    return results


def _type_and_switch(bus: Bus, session: Session, app, org: str) -> dict:
    """Type in the first answer and wait: is "Saved" heard? Then switch organization."""
    session.key("ctrl+e")
    bus.pump(0.5)
    bus.take()
    session.type(" walk")
    bus.pump(4.0)  # the autosave (0.5 s after the last key), then 1.5 s of quiet
    events = bus.take()
    spoken = [
        e["any"] for e in events if e["type"] == "object:announcement" and "Saved" in e["any"]
    ]
    renamed = [
        e for e in events if e["type"].startswith("object:property-change") and "Saved" in e["name"]
    ]
    session.key("ctrl+shift+Next")
    bus.pump(1.0)
    events = bus.take()
    new_org = current_org(main_frame(app))
    focus_or_name = [
        e
        for e in events
        if (e["type"].startswith("object:state-changed:focused") and e["detail"])
        or e["type"].startswith("object:property-change:accessible-name")
        or e["type"] == "object:announcement"
    ]
    mentions = [e for e in focus_or_name if new_org and new_org in e["name"] + e["any"]]
    session.key("ctrl+shift+Prior")
    bus.pump(0.8)
    bus.take()
    return {
        "'Saved' announced after typing": f"{len(spoken)}" + (f": {spoken[0]!r}" if spoken else ""),
        "'Saved' in name changes": len(renamed),
        "switching organization in a field": f"{len(focus_or_name)} focus/name event(s), "
        f"{len(mentions)} naming {new_org!r}",
    }


def _map(bus: Bus, session: Session, app) -> dict:
    frame = main_frame(app)
    canvas = find(frame, name="Power and interest map") or find(frame, contains="interest map")
    people = find(frame, "list", "Stakeholders")
    listed = 0
    if people is not None:
        listed = sum(1 for c, _ in walk(people) if c.getRoleName() == "list item")
    if canvas is None:
        return {"map": "not found"}
    markers = [c for c, _ in walk(canvas) if c is not canvas and c.name]
    before = current_stage(frame)
    if people is not None and listed:
        try:
            people.querySelection().selectChild(0)
        except Exception:
            pass
    bus.pump(0.3)
    on_map = _tab_to(bus, session, "Power and interest map")
    session.key("Up")
    bus.pump(1.0)
    spoken = [
        f"{e['type']}: {(e['any'] or e['name'])!r}"
        for e in bus.take()
        if e["type"] == "object:announcement" or (_on_map(e) and "nfluence" in e["any"] + e["name"])
    ]
    on_map = on_map and _tab_to(bus, session, "Power and interest map")
    session.key("Right")
    bus.pump(1.0)
    after = current_stage(main_frame(app))
    bus.take()
    session.key("ctrl+2")
    bus.pump(1.0)
    return {
        "map: role and children": f"{canvas.getRoleName()}, {canvas.childCount} child(ren)",
        "map: markers in the tree": f"{len(markers)} of {listed}",
        "map: Up on a selected marker heard": "; ".join(spoken) if spoken else "nothing",
        "map: reached with Tab": "yes" if on_map else "no",
        "map: Right on the map": "stage unchanged"
        if after == before
        else f"stage changed ({before} → {after})",
    }


def _on_map(e: dict) -> bool:
    try:
        parent = e["source"].parent
        return e["name"].startswith("Power and interest map") or (
            parent is not None and (parent.name or "").startswith("Power and interest map")
        )
    except Exception:
        return False


def _tab_to(bus: Bus, session: Session, name: str) -> bool:
    """Tab until the object named `name` has the focus (at most 120 presses)."""
    bus.take()
    for _ in range(120):
        session.key("Tab")
        bus.pump(0.1)
        for e in bus.take():
            if (
                e["type"].startswith("object:state-changed:focused")
                and e["detail"]
                and e["name"].startswith(name)
            ):
                return True
    return False


def _projector(bus: Bus, session: Session, app) -> dict:
    session.key("ctrl+1")
    bus.pump(1.0)
    bus.take()
    session.key("F5")
    bus.pump(2.0)
    events = bus.take()
    room = None
    for f in frames(app):
        if f is not None and "room sees" in (f.name or "") and "showing" in state_names(f):
            room = f
    focus_events = [
        e for e in events if e["type"].startswith("object:state-changed:focused") and e["detail"]
    ]
    figures: dict = {"focus events after F5": len(focus_events)}
    if room is None:
        figures["window"] = "not found"
    else:
        objects = list(walk(room))
        readable = [a for a, _ in objects if (a.name or "").strip() or text_of(a).strip()]
        focusable = [a for a, _ in objects if "focusable" in state_names(a)]
        figures.update(
            {
                "window": f"{room.getRoleName()} {room.name!r}",
                "objects": len(objects),
                "objects with readable text": len(readable),
                "focusable objects": len(focusable),
                "texts": [(a.name or text_of(a))[:60] for a in readable if a is not room][:12],
            }
        )
    session.key("Escape")
    bus.pump(1.0)
    frame = main_frame(app)
    preview = find(frame, name="What the room sees")
    if preview is not None:
        inner = [a for a, _ in walk(preview) if a is not preview]
        readable = [a for a in inner if (a.name or "").strip() or text_of(a).strip()]
        figures["console preview"] = (
            f"{preview.getRoleName()}, {len(inner)} object(s) inside, "
            f"{len(readable)} with readable text"
        )
        figures["console preview texts"] = [(a.name or text_of(a))[:60] for a in readable][:8]
    figures["extra top-level frames"] = [
        f"{f.getRoleName()} {f.name!r}"
        for f in frames(app)
        if f is not None and f is not frame and "room sees" not in (f.name or "")
    ]
    return figures


def print_results(results: dict) -> None:
    print(f"window name: {results['window name']!r}")
    print(f"top-level frames: {results['top-level frames']}")
    for screen, figures in results["screens"].items():
        print(f"\n== {screen}")
        for key, value in figures.items():
            if key == "_examples":
                for what, items in value.items():
                    if items:
                        print(f"   e.g. {what}: {items}")
                continue
            print(f"  {key}: {value}")
    print(f"\ntop-level frames at the end: {results['top-level frames at the end']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--python", default=str(ROOT / ".venv/bin/python"))
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args()
    results = run(args.python)
    print_results(results)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2, default=str))


if __name__ == "__main__":
    main()
