"""The log file holds what went on, never what anyone typed.

A whole event's life with hostile marker strings in every field (organization names and
contacts, answers, notes, stakeholders, approval chains, clauses, action items, the event's
title): the demo, `serve` with two devices saving over HTTP (also bad requests that carry the
markers), every export, all with --verbose; then the log folder is searched for every marker.
"""

from __future__ import annotations

import copy
import logging
import os
import re
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.lan.test_serve import LINE
from workshop_app import __version__, kinds, logs, paths
from workshop_app.demo import demo_content
from workshop_app.plan import load_plan
from workshop_app.store import EventStore

# keys of the demo's content whose values are what people type (the rest are ids and numbers)
TYPED = {"name", "contact", "note", "who", "what", "owner", "title", "body"}
TYPED_TABLES = {"answers", "notes", "edits", "other"}


class Markers:
    """Unique strings dressed in what breaks careless code: markup, quotes, format codes."""

    def __init__(self) -> None:
        self.cores: list[str] = []

    def __call__(self, where: str, long: bool = False) -> str:
        core = f"QZX{len(self.cores):03d}{re.sub(r'[^A-Za-z]', '', where)[:6].upper()}"
        self.cores.append(core)
        text = f'{core} <b>“%s”</b> & O\'Neil "{{0}}" %(message)s'
        return text + f"\nsecond line é\t{core}" if long else text

    def mark(self, value, key: str = "", typed: bool = False):
        """The demo's content with every typed value replaced by a marker."""
        if isinstance(value, dict):
            return {k: self.mark(v, k, typed or k in TYPED_TABLES) for k, v in value.items()}
        if isinstance(value, list):
            return [self.mark(v, key, typed) for v in value]
        if isinstance(value, str) and (typed or key in TYPED):
            return self(key or "text", long=typed and key not in TYPED)
        return value


def cli(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    done = subprocess.run(
        [sys.executable, "-m", "workshop_app", "--verbose", *args],
        capture_output=True,
        text=True,
        timeout=180,
    )
    if check:
        assert done.returncode == 0, (args, done.stderr[-2000:])
    return done


def marked_event(path: Path, markers: Markers) -> EventStore:
    """The demo's event, every typed field a marker (as demo.build_demo makes it)."""
    content = copy.deepcopy(demo_content())
    for org in content["organizations"]:
        org.update(markers.mark({k: v for k, v in org.items() if k != "choices"}))
        if "other" in org.get("choices", {}):
            org["choices"]["other"] = markers.mark(org["choices"]["other"], typed=True)
        org["draft"].setdefault("edits", {})
    store = EventStore.create(
        path,
        load_plan(paths.default_plan_path()),
        markers("title"),
        location=markers("location"),
        facilitator=markers("facilitator"),
    )
    groups = []
    for org in content["organizations"]:
        group = store.add_group(org["name"], org["contact"], org.get("size"))
        groups.append((group, org))
        for stage_id, answers in org["answers"].items():
            for prompt_id, value in answers.items():
                store.save_answer(group.id, stage_id, prompt_id, value)
        for stage_id, value in org["notes"].items():
            store.save_notes(group.id, stage_id, value)
    for kind in kinds.KINDS:
        if kind.demo and store.plan.stage_of_kind(kind.name) is not None:
            for group, org in groups:
                kinds.load(kind.demo)(store, group.id, org)
    return store


def participants_type(path: Path, markers: Markers, client_for) -> list[str]:
    """`serve` with two devices of one organization saving markers every way a page can, and
    requests the server refuses; the secrets it handed out."""
    with EventStore.open(path, lock=False, backup=False) as store:
        group = store.groups()[0]
        records = {k: store.record(group.id, k) for k in ("stakeholders", "actions", "draft")}
        store.set_current_stage("report_back")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "workshop_app",
            "serve",
            str(path),
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--verbose",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        match = LINE.match(proc.stdout.readline().rstrip("\n"))
        assert match, proc.stderr.read() if proc.poll() is not None else "no line"
        port, code = int(match.group(1)), match.group(2)
        phone, laptop = client_for(port), client_for(port)
        assert phone.join(code, group.id).status == 303
        assert (
            laptop.join(code, group.id, pin="0000" if group.pin != "0000" else "1111").status == 403
        )
        assert laptop.join(code, group.id, pin=group.pin).status == 303
        assert phone.save(group.id, "report_back", "easiest", markers("json", True)).status == 200
        reply = laptop.save(group.id, "report_back", "easiest", markers("overwrite", True))
        assert reply.status == 200
        assert (
            phone.post_json(
                "/api/answer",
                {
                    "group_id": group.id,
                    "stage_id": "report_back",
                    "prompt_id": "hardest",
                    "text": markers("based", True),
                    "based_on": 0,
                },
            ).json()["conflict"]["source"]
            == "console"
        )  # their text came back
        form = {
            "group_id": group.id,
            "stage_id": "report_back",
            "edit": "f1",
            "a.first_step": markers("form", True),
            "a._notes": markers("formnote", True),
        }
        assert laptop.post_form("/save", form).status in (200, 303)
        stakeholders = [
            *records["stakeholders"].data,
            {
                "id": "z1",
                "name": markers("stakeholder"),
                "category": "funders",
                "influence": 50,
                "interest": 50,
                "note": markers("stakenote"),
            },
        ]
        actions = [
            *records["actions"].data,
            {
                "id": "z2",
                "what": markers("action"),
                "owner": markers("owner"),
                "due": "",
                "status": "planned",
            },
        ]
        draft = copy.deepcopy(records["draft"].data)
        draft["clauses"][0]["body"] = markers("clause", True)
        for kind, data in (("stakeholders", stakeholders), ("actions", actions), ("draft", draft)):
            reply = phone.post_json(f"/api/record/{kind}", {"group_id": group.id, "data": data})
            assert reply.status == 200, reply.body
        # refused requests that carry markers: too long, wrong question, bad rows, not JSON
        too_long = markers("toolong") + "x" * 200_000
        assert phone.save(group.id, "report_back", "easiest", too_long).status in (400, 413)
        assert phone.save(group.id, "report_back", markers("prompt"), "x").status == 404
        bad = [{"id": "z3", "what": markers("badaction"), "due": markers("baddue")}]
        assert (
            phone.post_json("/api/record/actions", {"group_id": group.id, "data": bad}).status
            == 400
        )
        assert (
            phone.request(
                "POST",
                "/api/answer",
                markers("notjson").encode(),
                {"Content-Type": "application/json", "X-CSRF-Token": phone.csrf},
            ).status
            == 400
        )
        assert client_for(port).join(markers("code"), group.id).status in (400, 403)
        secrets = [code, *phone.cookies.values(), *laptop.cookies.values()]
    finally:
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=20)
    assert proc.returncode == 0, err[-2000:]
    assert "started: serve" in err  # --verbose: the log on stderr too
    return secrets


def test_no_typed_word_reaches_the_log(tmp_path, client_for):
    markers = Markers()
    folder = logs.log_dir()
    # the demo, as a new user starts
    cli("demo", str(tmp_path / "demo.workshop"))
    with EventStore.open(tmp_path / "demo.workshop", readonly=True) as demo:
        demo_names = [g.name for g in demo.groups()]
    # an event whose every field is hostile, made with this process logging as the app does
    logs.configure(verbose=True, command="test")
    try:
        event = tmp_path / "hostile.workshop"
        marked_event(event, markers).close()
        logging.getLogger("aiohttp.server").error("a library's message %s", markers("library"))
        try:
            raise ValueError(markers("exception"))
        except ValueError:
            logging.getLogger("workshop_app.test").exception("a bug's exception")
    finally:
        logs.unconfigure()
    secrets = participants_type(event, markers, client_for)
    out = tmp_path / "out"
    cli("export", str(event), "--out", str(out), "--calendar")
    cli("summary", str(event), str(out / "summary.docx"))
    cli("handout", str(out / "handout.docx"), "--facilitator", markers("handout"))
    cli("info", str(event), "--json")
    if shutil.which("soffice"):
        cli("summary", str(event), str(out / "summary-pdf.docx"), "--pdf")
    # refused commands whose messages name an organization
    with EventStore.open(event, readonly=True) as store:
        first = store.groups()[0].name
    assert (
        cli(
            "export", str(event), "--out", str(out), "--org", markers("noorg"), check=False
        ).returncode
        == 1
    )
    (tmp_path / "a file").write_text("")
    assert (
        cli(
            "export", str(event), "--out", str(tmp_path / "a file"), "--org", first, check=False
        ).returncode
        == 1
    )
    assert len(list(out.glob("*.docx"))) >= 5 and list(out.glob("*.ics"))

    files = [p for p in folder.rglob("*") if p.is_file()]
    text = "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in files)
    for command in ("demo", "test", "serve", "export", "summary", "handout", "info"):
        assert f"started: {command} " in text, command  # every process wrote to this log
    assert " DEBUG " in text and "Traceback (most recent call last):" in text
    assert "ValueError [message not logged]" in text
    assert "a library's message %s [values not logged: str]" in text
    leaks = [m for m in markers.cores if m in text]
    leaks += [n for n in demo_names if n in text]
    leaks += [s for s in secrets if re.search(rf"\b{re.escape(s)}\b", text)]
    assert leaks == [], f"{len(leaks)} typed words in {folder}: {leaks[:5]}"


def test_a_log_that_cannot_be_written_loses_nothing_else(tmp_path):
    blocked = logs.log_dir()
    blocked.parent.mkdir(parents=True, exist_ok=True)
    blocked.write_text("a file where the log folder should be")
    try:
        assert logs.configure(command="test") is None
        logging.getLogger("workshop_app.test").info("nowhere to go")
    finally:
        logs.unconfigure()
    done = cli("new", str(tmp_path / "x.workshop"), "--org", "A")
    assert "created" in done.stdout and "started: new" in done.stderr  # stderr still has it


@pytest.mark.parametrize("size", [logs.MAX_BYTES])
def test_the_log_rotates_within_its_bound(size):
    path = logs.configure(command="test")
    try:
        line = "x" * 1000
        for _ in range(6 * size // 1000):
            logging.getLogger("workshop_app.test").info("%s", line)
    finally:
        logs.unconfigure()
    files = sorted(path.parent.glob(logs.LOG_NAME + "*"))
    assert len(files) == logs.BACKUPS + 1
    assert all(f.stat().st_size <= size for f in files)


def test_the_window_opens_its_log_file_after_the_first_paint_keeping_earlier_lines():
    path = logs.log_dir() / logs.LOG_NAME
    logs.configure(command="window", defer_file=True)
    try:
        logging.getLogger("workshop_app.test").warning("before the first paint")
        assert not path.exists()  # logging.handlers and the file wait for the first paint
        assert logs.open_file() == path
        logging.getLogger("workshop_app.test").warning("after it")
    finally:
        logs.unconfigure()
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [line.split(": ", 1)[1] for line in lines][-3:] == [
        f"Workshop App {__version__} started: window "
        f"(pid {os.getpid()}, Python {sys.version.split()[0]}, {sys.platform})",
        "before the first paint",
        "after it",
    ]
