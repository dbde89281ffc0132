"""The bundle runs on a machine with none of the project's Python packages: every command, the
participant server with a save through its API, the window to its first paint, and a second
launch that hands its event file to the window already running."""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

from workshop_app import __version__

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.kit import Client  # the same raw HTTP client as the suite's

PLAN_LINE = "ok: Social media and client confidentiality, 5 stages, 11 prompts, 24 clauses\n"
SERVE_LINE = re.compile(r"^Participants: http://127\.0\.0\.1:(\d+)/  code: ([2-9A-HJKMNP-Z]{6})$")


def ok(result):
    assert result.returncode == 0, f"{result.args}\n{result.stdout}\n{result.stderr}"
    assert "Traceback" not in result.stderr, result.stderr
    return result.stdout


def test_the_tarball_is_named_for_its_version_and_holds_one_folder(tarball: Path, bundle):
    assert tarball.name.startswith(f"workshop-app-{__version__}-linux-")
    assert bundle.folder.name == f"workshop-app-{__version__}"
    assert (bundle.folder / "README.txt").read_text().startswith(f"Workshop App {__version__}")


def test_version_names_the_build(bundle):
    out = ok(bundle.run("--version"))
    assert out.startswith(f"Workshop App {__version__}, build ")
    assert "PyInstaller" in out and "bundle for linux-" in out


def test_every_resource_and_plan_of_the_checkout_is_carried(bundle):
    from workshop_app import paths

    inside = bundle.folder / "_internal" / "workshop_app"
    for source, carried in (
        (paths.resources_dir(), "_resources"),
        (paths.sessions_dir(), "_sessions"),
    ):
        wanted = {
            str(f.relative_to(source))
            for f in source.rglob("*")
            if f.is_file() and "__pycache__" not in f.parts
        }
        have = {
            str(f.relative_to(inside / carried))
            for f in (inside / carried).rglob("*")
            if f.is_file()
        }
        assert wanted - have == set(), f"missing from the bundle's {carried}"


def test_every_command_runs_with_a_clean_environment(bundle):
    work = bundle.home / "work"
    work.mkdir()
    assert ok(bundle.run("check-plan", cwd=work)) == PLAN_LINE
    out = ok(
        bundle.run("new", "Empty", "--org", "Harbour Legal Aid", "--title", "Spring", cwd=work)
    )
    assert (
        out == "created Empty.workshop: Social media and client confidentiality, United States, "
        "1 organization\n"
    )
    assert ok(bundle.run("demo", "Demo", cwd=work)).startswith("created Demo.workshop: demo with 3")
    info = json.loads(ok(bundle.run("info", "Demo", "--json", cwd=work)))
    assert len(info["organizations"]) == 3
    assert info["app"] == {"created_with": __version__, "written_with": __version__}
    out = ok(bundle.run("export", "Demo", "--out", "worksheets", cwd=work))
    docs = sorted(p.name for p in (work / "worksheets").glob("*.docx"))
    assert len(docs) == 3, (out, docs)
    ok(bundle.run("handout", "handout.docx", "--paper", "letter", cwd=work))
    ok(bundle.run("summary", "Demo", "summary.docx", cwd=work))
    for doc in (
        work / "handout.docx",
        work / "summary.docx",
        *(work / "worksheets").glob("*.docx"),
    ):
        assert doc.read_bytes()[:2] == b"PK"  # a Word file is a zip

    from docx import Document

    text = "\n".join(p.text for p in Document(work / "summary.docx").paragraphs)
    assert "Demo workshop" in text
    # the catalogues (resources/locale) and Babel's locale data are in the bundle
    ok(bundle.run("handout", "hoja.docx", "--lang", "es", cwd=work))
    spanish = "\n".join(p.text for p in Document(work / "hoja.docx").paragraphs)
    assert "Cuadernillo" in spanish and "Notas" in spanish
    bad = bundle.run("info", "Nothing", cwd=work)
    assert (
        bad.returncode == 1 and bad.stderr.startswith("error: ") and "Traceback" not in bad.stderr
    )


def test_serve_takes_a_save_through_the_participant_api(bundle):
    work = bundle.home / "serve"
    work.mkdir()
    ok(bundle.run("new", "Room", "--org", "Harbour Legal Aid", cwd=work))
    proc = bundle.popen("serve", "Room", "--host", "127.0.0.1", "--port", "0", cwd=work)
    try:
        line = proc.stdout.readline().rstrip("\n")
        match = SERVE_LINE.match(line)
        assert match, (line, proc.stderr.read() if proc.poll() is not None else "")
        phone = Client(int(match.group(1)))
        assert phone.join(match.group(2), 1).status == 303
        saved = phone.save(1, "stakeholders", "served", "Young people leaving care", "e1")
        assert saved.status == 200, saved.body
    finally:
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=20)
    assert proc.returncode == 0 and "Traceback" not in err, err
    info = json.loads(ok(bundle.run("info", "Room", "--json", cwd=work)))
    assert info["organizations"][0]["answered"]["stakeholders"] == 1


def first_paint(bundle, *args, **env: str) -> dict:
    started = time.time_ns()
    out = ok(bundle.run("--first-paint", *args, timeout=60, **env))
    report = json.loads(next(line for line in out.splitlines() if line.startswith("{")))
    report["ms"] = (report["painted_ns"] - started) / 1e6
    return report


def test_the_window_reaches_its_first_paint_under_xvfb(bundle, display):
    work = bundle.home / "gui"
    work.mkdir()
    ok(bundle.run("demo", "Demo", cwd=work))
    welcome = first_paint(bundle)
    assert welcome["title"] == "Workshop App"
    # the bundle carries the console's catalogues: a Spanish system gets Spanish menus
    spanish = first_paint(bundle, LANG="es_ES.UTF-8", LC_ALL="es_ES.UTF-8")
    assert spanish["menus"][:2] == ["&Archivo", "&Etapa"]
    console = first_paint(bundle, work / "Demo.workshop")
    assert console["title"].startswith("Demo workshop")
    assert console["heavy"] == []  # python-docx, aiohttp, segno, sqlite-utils load later


def wait_for(condition, seconds: float = 30, what: str = "") -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.1)


def test_a_double_click_on_an_event_opens_it_in_the_running_window(bundle, display):
    work = bundle.home / "desk"
    work.mkdir()
    ok(bundle.run("demo", "First", cwd=work))
    ok(bundle.run("demo", "Second", cwd=work))
    xdg = {
        "XDG_DATA_HOME": str(bundle.home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(bundle.home / ".config"),
        "XDG_DATA_DIRS": f"{bundle.home / '.local' / 'share'}:/usr/local/share:/usr/share",
    }
    out = ok(bundle.run("install-desktop", **xdg))
    assert f"it runs: {bundle.program}" in out

    query = subprocess.run(
        [
            "env",
            "-i",
            *(f"{k}={v}" for k, v in bundle.env(**xdg).items()),
            "xdg-mime",
            "query",
            "default",
            "application/x-workshop-event",
        ],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert query.stdout.strip() == "workshop-app.desktop"
    entry = (bundle.home / ".local/share/applications/workshop-app.desktop").read_text()
    exec_line = next(line for line in entry.splitlines() if line.startswith("Exec="))
    assert exec_line == f"Exec={bundle.program} %f"

    running = bundle.popen(work / "First.workshop")
    try:
        socket = bundle.data_dir / "instance.socket"
        wait_for(socket.exists, what="the running app to listen")
        # what the file manager runs for a double-click on Second.workshop
        second = bundle.run(work / "Second.workshop", timeout=30)
        assert (
            ok(second)
            == "Second.workshop opened in the Workshop App window that is already running.\n"
        )

        def second_is_open_there() -> bool:
            refused = bundle.run("serve", work / "Second.workshop", "--port", "0", timeout=30)
            return refused.returncode == 1 and "already open in another" in refused.stderr

        wait_for(second_is_open_there, what="Second.workshop to be open in the running window")
        assert running.poll() is None
    finally:
        running.terminate()
        running.communicate(timeout=20)
