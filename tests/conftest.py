"""Shared fixtures. Qt runs offscreen; every test gets throw-away data, documents and settings
folders, never the user's."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_QUICK_BACKEND", "software")

from workshop_app import paths
from workshop_app.plan import WorkshopPlan, load_plan
from workshop_app.store import EventStore

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


@pytest.fixture(autouse=True)
def _private_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("WORKSHOP_APP_DATA_DIR", str(root / "data"))
    monkeypatch.setenv("WORKSHOP_APP_DOCUMENTS_DIR", str(root / "documents"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(root / "config"))
    monkeypatch.setenv("HOME", str(root))


@pytest.fixture(autouse=True)
def _no_log_file_left_configured():
    """A command run in this process (cli.main) sets up the log file as the app does; the next
    test starts without it."""
    yield
    from workshop_app import logs

    logs.unconfigure()


@pytest.fixture(scope="session", autouse=True)
def _one_qt_application(qapp):
    """pytest-qt's QApplication exists before anything paints: the stakeholder map would
    otherwise create a bare QGuiApplication, which later widget tests cannot use."""
    return qapp


@pytest.fixture(scope="session")
def plan() -> WorkshopPlan:
    return load_plan(paths.default_plan_path())


@pytest.fixture
def event_path(tmp_path: Path) -> Path:
    return tmp_path / "Event.workshop"


@pytest.fixture
def store(event_path: Path, plan: WorkshopPlan):
    s = EventStore.create(event_path, plan, "Test event", location="Room 1", facilitator="Sam")
    yield s
    s.close()


@pytest.fixture
def groups(store):
    """Two organizations in the test event."""
    return [store.add_group("Harbour Legal Aid"), store.add_group("Northside Youth Centre")]


@pytest.fixture
def demo_store(tmp_path: Path):
    from workshop_app.demo import build_demo

    s = build_demo(tmp_path / "Demo.workshop")
    yield s
    s.close()


def require_program(name: str, finder=shutil.which) -> str:
    """The path of a real program the test needs. Skips locally when missing; fails under CI."""
    found = finder(name)
    if found:
        return found
    message = f"{name} is not installed (apt install {name}); .ci/run installs it"
    if IN_CI:
        pytest.fail(f"CI=true: {message}")
    pytest.skip(message)


@pytest.fixture(scope="session")
def chromium() -> str:
    return require_program("chromium")


@pytest.fixture(scope="session")
def soffice() -> str:
    return require_program("soffice")


@pytest.fixture(scope="module")
def browser(chromium):
    """One headless Chromium per test module, from Debian's package (kit.CHROMIUM_ARGS)."""
    from kit import CHROMIUM_ARGS

    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def make_context(tmp_path: Path):
    """A real, throw-away AppContext: ``make_context(store, interaction=None)`` (a scripted
    interaction that answers "no" when none is given); detached when the test ends."""
    from kit import throwaway_context

    made = []

    def make(store: EventStore | None = None, interaction=None):
        ctx = throwaway_context(tmp_path / f"context-{len(made)}", store, interaction)
        made.append(ctx)
        return ctx

    yield make
    for ctx in made:
        ctx.attach(None)


@pytest.fixture
def tiny_disk(tmp_path: Path):
    """A 1 MB tmpfs: a real disk that fills up. Needs root and mount rights; skipped without."""
    mount = tmp_path / "tiny"
    mount.mkdir()
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)],
        capture_output=True,
        text=True,
    )
    if made.returncode != 0:
        pytest.skip(
            f"cannot mount a small tmpfs here ({made.stderr.strip()}); max_page_count covers it"
        )
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)
