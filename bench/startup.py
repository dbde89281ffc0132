"""Start-up time: process start → first paint, for (a) a bare PySide6 QMainWindow and (b) the
console with the demo event open, several runs each. Prints medians and the ratio (target ≤ 1.5),
the same for the GUI thread's CPU time to the first paint (what a busy machine sways least), and
checks that python-docx, aiohttp, segno, sqlite-utils and Babel were not imported before the first paint.

A third line, "Qt floor", is the bare window after touching the Qt types the console's first
screen is made of (the `Qt` namespace and every Qt class among the console's widgets' bases,
read from a console run) and sqlite3, and nothing of the app's own: PySide6 builds a type and
its Python enums the first time a program touches it, so this is what any program showing the
console's widgets pays before one line of the app runs.

    .venv/bin/python bench/startup.py [--runs N]

Runs offscreen (QT_QPA_PLATFORM=offscreen) unless QT_QPA_PLATFORM is already set. Bytecode is
cached in a scratch folder during the run, as it is in an installed app.
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

HEAVY = ("docx", "aiohttp", "segno", "sqlite_utils", "babel")
ROOT = Path(__file__).resolve().parent.parent


def child(kind: str, event: str) -> None:
    """Runs in the measured process: build the window, report the first paint, quit."""
    if kind == "console":
        # the app's own start-up order: open the event, then QApplication, then windows
        from workshop_app.store import EventStore

        store = EventStore.open(event)
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv)

    if kind == "floor":
        import importlib
        import sqlite3  # noqa: F401  the event file's library

        for qualified in Path(event).with_suffix(".qt-types").read_text().split():
            module, _, name = qualified.rpartition(".")
            getattr(importlib.import_module(module), name)
    if kind in ("bare", "floor"):
        window = QMainWindow()
        window.setWindowTitle("bare")
        window.resize(1280, 800)
        window.show()
    else:
        from workshop_app.ui.app import build_window
        from workshop_app.ui.settings import Settings

        window = build_window(Settings.throwaway(Path(event).parent / "settings"), welcome=False)
        window.show()
        window.start_console(store)

    class FirstPaint(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted = time.time_ns()
                cpu = time.thread_time_ns()  # the GUI thread's own work, whatever the machine
                heavy = [name for name in HEAVY if name in sys.modules]
                window.removeEventFilter(self)
                # report after this paint finished
                from PySide6.QtCore import QTimer

                QTimer.singleShot(0, lambda: _report(painted, cpu, heavy))
            return False

    def _report(painted: int, cpu: int, heavy: list[str]) -> None:
        print(json.dumps({"painted_ns": painted, "cpu_ns": cpu, "heavy": heavy}), flush=True)
        if kind == "console":
            _write_qt_types(window, Path(event).with_suffix(".qt-types"))
            window.close()
        app.quit()

    # the window's first paint, watched on the window: an application-wide Python filter
    # would itself cost the console ~30 ms (PySide loads every Qt class for the first object
    # of a class it does not know, such as a style animation's timer; the bare window has none)
    watcher = FirstPaint()
    window.installEventFilter(watcher)
    app.exec()


def _write_qt_types(window, into: Path) -> None:
    """The Qt classes the console's first screen is made of (for the floor run)."""
    from PySide6.QtCore import QObject

    names = {"PySide6.QtCore.Qt"}
    for obj in [window, *window.findChildren(QObject)]:
        for cls in type(obj).__mro__:
            if cls.__module__.startswith("PySide6.Qt"):
                names.add(f"{cls.__module__}.{cls.__name__}")
    into.write_text("\n".join(sorted(names)))


def measure(kind: str, event: Path) -> tuple[float, float, list[str]]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["WORKSHOP_APP_DATA_DIR"] = str(event.parent / "data")
    env["PYTHONPATH"] = str(ROOT)
    # an installed app has its bytecode compiled; cache it in a scratch folder (not the checkout)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(event.parent / "pycache")
    started = time.time_ns()
    result = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(event)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    line = next(line for line in result.stdout.splitlines() if line.startswith("{"))
    report = json.loads(line)
    return (report["painted_ns"] - started) / 1e6, report["cpu_ns"] / 1e6, report["heavy"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--child", nargs=2, metavar=("KIND", "EVENT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return 0

    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="workshop-bench-") as folder:
        os.environ["WORKSHOP_APP_DATA_DIR"] = str(Path(folder) / "data")
        from workshop_app.demo import build_demo

        event = Path(folder) / "Demo.workshop"
        build_demo(event).close()
        times: dict[str, list[float]] = {"bare": [], "console": [], "floor": []}
        cpu: dict[str, list[float]] = {"bare": [], "console": [], "floor": []}
        heavy_seen: set[str] = set()
        measure("bare", event)  # warm the OS file cache and the bytecode cache for both
        measure("console", event)  # also lists the Qt types of its first screen for "floor"
        measure("floor", event)
        for _ in range(args.runs):  # interleaved, so machine load hits both alike
            for kind in times:
                elapsed, used, heavy = measure(kind, event)
                times[kind].append(elapsed)
                cpu[kind].append(used)
                heavy_seen.update(heavy)
    bare = statistics.median(times["bare"])
    console = statistics.median(times["console"])
    platform = os.environ["QT_QPA_PLATFORM"]
    print(f"start-up to first paint, {args.runs} runs each, QT_QPA_PLATFORM={platform}")
    print(f"  bare QMainWindow          median {bare:7.1f} ms  (runs: {_list(times['bare'])})")
    print(
        f"  console + demo event      median {console:7.1f} ms  (runs: {_list(times['console'])})"
    )
    floor = statistics.median(times["floor"])
    print(f"  Qt floor (see above)      median {floor:7.1f} ms  (runs: {_list(times['floor'])})")
    print(f"  ratio console / bare      {console / bare:.2f}  (target ≤ 1.5)")
    print(
        f"  ratio Qt floor / bare     {floor / bare:.2f}  (PySide6's own cost of the console's "
        f"Qt types; the app's own part: {console - floor:.0f} ms)"
    )
    bare_cpu, console_cpu = statistics.median(cpu["bare"]), statistics.median(cpu["console"])
    print(
        f"  GUI thread's CPU time to first paint: bare {bare_cpu:.0f} ms, console "
        f"{console_cpu:.0f} ms, ratio {console_cpu / bare_cpu:.2f}; Qt floor "
        f"{statistics.median(cpu['floor']):.0f} ms, ratio "
        f"{statistics.median(cpu['floor']) / bare_cpu:.2f} (less swayed by a busy machine)"
    )
    print(
        "  heavy modules imported before first paint: "
        + (
            ", ".join(sorted(heavy_seen))
            if heavy_seen
            else "none (python-docx, aiohttp, segno, sqlite-utils, Babel)"
        )
    )
    return 0


def _list(values: list[float]) -> str:
    return ", ".join(f"{v:.0f}" for v in values)


if __name__ == "__main__":
    raise SystemExit(main())
