"""The command line, run as a user runs it: a subprocess, one line on stderr for a mistake."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from workshop_app.store import EventStore

BROKEN_PLAN = """
[workshop]
id = "broken"
title = "Broken"

[[stages]]
id = "talk"
kind = "prompts"
title = "Talk"
minutes = 10

[[stages.prompts]]
id = "who"
"""


def run(*args: str, env: dict | None = None, cwd: Path | None = None):
    return subprocess.run(
        [sys.executable, "-m", "workshop_app", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=cwd,
    )


def user_error(result: subprocess.CompletedProcess, *words: str) -> str:
    assert result.returncode == 1, result
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert lines and all(line.startswith("error: ") for line in lines), result.stderr
    for w in words:
        assert w in result.stderr, result.stderr
    return result.stderr


def ok(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return result.stdout


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_creates_an_event(tmp_path: Path):
    out = ok(run("new", str(tmp_path / "Spring"), "--title", "Spring workshop"))
    path = tmp_path / "Spring.workshop"  # the suffix is added
    assert (
        out.strip()
        == f"created {path}: Social media and client confidentiality, United States, 0 organizations"
    )
    with EventStore.open(path) as s:
        assert s.event().title == "Spring workshop" and s.groups() == []


def test_new_with_organizations(tmp_path: Path):
    path = tmp_path / "e.workshop"
    out = ok(
        run(
            "new",
            str(path),
            "--org",
            "Cedar Valley <HIV> Center",
            "--org",
            "Casa Arcoíris {youth}",
            "--location",
            "Room 4",
            "--date",
            "2026-12-01",
        )
    )
    assert "2 organizations" in out
    with EventStore.open(path) as s:
        assert [g.name for g in s.groups()] == [
            "Cedar Valley <HIV> Center",
            "Casa Arcoíris {youth}",
        ]
        assert (s.event().location, s.event().date, s.event().title) == (
            "Room 4",
            "2026-12-01",
            "e",
        )


def test_new_over_an_existing_file_is_refused(tmp_path: Path):
    path = tmp_path / "e.workshop"
    assert ok(run("new", str(path), "--org", "Kept")).endswith(", 1 organization\n")
    before = sha256(path)
    user_error(run("new", str(path), "--org", "Other"), "e.workshop already exists")
    assert sha256(path) == before


@pytest.mark.parametrize(
    ("orgs", "words"),
    [
        (["n" * 121], ["120"]),
        (["Same", "SAME"], ["twice"]),
        (["  "], ["empty"]),
    ],
)
def test_new_with_a_bad_organization_writes_nothing(tmp_path: Path, orgs, words):
    args = [a for name in orgs for a in ("--org", name)]
    user_error(run("new", str(tmp_path / "e.workshop"), *args), *words)
    assert list(tmp_path.iterdir()) == []


def test_new_with_a_broken_plan(tmp_path: Path):
    plan = tmp_path / "broken.toml"
    plan.write_text(BROKEN_PLAN)
    err = user_error(run("new", str(tmp_path / "e.workshop"), "--plan", str(plan)))
    assert f"error: {plan}: stages[0].prompts[0].text: is missing or empty" in err
    assert not (tmp_path / "e.workshop").exists()


def test_demo_and_info(tmp_path: Path):
    path = tmp_path / "demo.workshop"
    out = ok(run("demo", str(path)))
    assert out.startswith(f"created {path}: demo with 3 organizations and ")
    info = ok(run("info", str(path)))
    assert "organizations: 3" in info
    assert "Stakeholders: 12 of 12" in info  # every prompt answered by every organization
    assert "Report back: 9 of 9" in info
    user_error(run("demo", str(path)), "already exists")


def test_info_json_keys_are_stable(tmp_path: Path):
    path = tmp_path / "demo.workshop"
    ok(run("demo", str(path)))
    data = json.loads(ok(run("info", str(path), "--json")))
    assert set(data) == {
        "title",
        "date",
        "location",
        "facilitator",
        "region",
        "plan",
        "app",
        "language",
        "current_stage",
        "ended",
        "organizations",
        "stages",
    }
    assert set(data["plan"]) == {"id", "title", "version"}
    assert data["region"] == {"id": "us", "label": "United States"}
    assert set(data["app"]) == {"created_with", "written_with"}
    assert data["plan"]["id"] == "social-media-confidentiality"
    assert len(data["organizations"]) == 3
    for org in data["organizations"]:
        assert set(org) == {"id", "name", "contact", "size", "language", "answered"}
        assert org["answered"] == {
            "objectives": 0,
            "stakeholders": 4,
            "drafting": 4,
            "report_back": 3,
            "follow_up_vote": 0,  # dots are records, not answers
        }
    assert [set(s) for s in data["stages"]] == [
        {"id", "title", "kind", "minutes", "prompts", "answered"}
    ] * 5
    assert [s["answered"] for s in data["stages"]] == [0, 12, 12, 9, 0]


def test_new_and_demo_take_the_region_and_info_shows_it(tmp_path: Path):
    path = tmp_path / "leeds.workshop"
    out = ok(run("new", str(path), "--region", "uk", "--facilitator", "Priya Shah"))
    assert ", United Kingdom, 0 organizations" in out
    data = json.loads(ok(run("info", str(path), "--json")))
    assert data["region"] == {"id": "uk", "label": "United Kingdom"}
    assert data["facilitator"] == "Priya Shah"
    assert "region: United Kingdom" in ok(run("info", str(path)))
    demo = tmp_path / "demo.workshop"
    ok(run("demo", str(demo), "--plan", "ai-tools-confidentiality", "--region", "uk"))
    assert json.loads(ok(run("info", str(demo), "--json")))["region"]["id"] == "uk"
    # a region the plan does not know is one line, and nothing is written
    wrong = tmp_path / "paris.workshop"
    user_error(run("new", str(wrong), "--region", "fr"), "'fr'", "us (United States)", "uk")
    assert not wrong.exists()


def test_new_asks_the_facilitator_on_a_terminal_only(tmp_path: Path):
    # no terminal (a script, CI): nothing is asked and the name stays empty
    path = tmp_path / "quiet.workshop"
    ok(run("new", str(path)))
    assert json.loads(ok(run("info", str(path), "--json")))["facilitator"] == ""
    # on a terminal the name is asked, and what is typed is the exports' author
    import pty

    pid, fd = pty.fork()
    if pid == 0:  # the child: the command on a pseudo-terminal
        os.execv(sys.executable, [sys.executable, "-m", "workshop_app", "new", str(tmp_path / "t")])
    seen = b""
    while b"Facilitator's name" not in seen:
        seen += os.read(fd, 1024)
    os.write(fd, b"Dana Whitcombe\n")
    while True:
        try:
            chunk = os.read(fd, 1024)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    os.waitpid(pid, 0)
    assert b"created" in seen
    info = json.loads(ok(run("info", str(tmp_path / "t.workshop"), "--json")))
    assert info["facilitator"] == "Dana Whitcombe"


def test_info_does_not_change_the_file(tmp_path: Path):
    path = tmp_path / "e.workshop"
    ok(run("new", str(path), "--org", "A"))
    before = sha256(path)
    ok(run("info", str(path)))
    ok(run("info", str(path), "--json"))
    assert sha256(path) == before


def test_info_user_errors(tmp_path: Path):
    user_error(run("info", str(tmp_path / "nothing.workshop")), "no such event file")
    text_file = tmp_path / "notes.workshop"
    text_file.write_text("hello")
    user_error(run("info", str(text_file)), "not an event file")


def test_check_plan(tmp_path: Path):
    out = ok(run("check-plan"))
    assert out == "ok: Social media and client confidentiality, 5 stages, 11 prompts, 24 clauses\n"
    broken = tmp_path / "broken.toml"
    broken.write_text(BROKEN_PLAN.replace('id = "who"', 'id = "who"\ntext = "Who?"\nsize = "x"'))
    user_error(run("check-plan", str(broken)), "stages[0].prompts[0].size")
    user_error(run("check-plan", str(tmp_path / "absent.toml")), "no such file")
    not_toml = tmp_path / "plan.toml"
    not_toml.write_text("[workshop\n")
    user_error(run("check-plan", str(not_toml)), "not valid TOML", "line 1")


def test_gui_without_a_display_says_use_xvfb(tmp_path: Path):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    for args in ([], [str(tmp_path / "e.workshop")]):
        result = run(*args, env=env)
        assert result.returncode == 1
        assert result.stdout == ""
        assert "Traceback" not in result.stderr
        (line,) = result.stderr.splitlines()
        assert "xvfb-run" in line and "display" in line


def test_version_and_help():
    assert ok(run("--version")).startswith("Workshop App ")
    out = ok(run("--help"))
    for name in ("new", "demo", "info", "check-plan"):
        assert name in out


def test_usage_mistakes_are_one_line_user_errors(tmp_path: Path):
    user_error(run("new"), "workshop-app new", "required: event", "--help")
    user_error(run("info", str(tmp_path / "e"), "--bogus"), "unrecognized arguments: --bogus")
    user_error(run("check-plan", "a.toml", "b.toml"), "unrecognized arguments")


def test_new_where_no_folder_can_be_made(tmp_path: Path):
    a_file = tmp_path / "not-a-folder"
    a_file.write_text("x")
    user_error(run("new", str(a_file / "e.workshop")), "e.workshop was not created", "not-a-folder")
    assert a_file.read_text() == "x"
