"""Every workshop the app ships works the whole way: check-plan, demo, participant page, exports.

The second seeded workshop ("Generative AI tools and client confidentiality") proves the plan
format is general: nothing in the code knows its ids.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document

from workshop_app import paths
from workshop_app.plan import load_plan

SHIPPED = [p.stem for p in paths.plan_files()]
AI_PLAN = "ai-tools-confidentiality"


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "workshop_app", *args], capture_output=True, text=True, timeout=120
    )


def docx_text(path: Path) -> str:
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def test_both_seeded_workshops_ship():
    assert {"social-media-confidentiality", AI_PLAN} <= set(SHIPPED)


def test_the_ai_workshop_has_its_own_clause_library():
    plan = load_plan(paths.plan_path(AI_PLAN))
    assert [s.kind for s in plan.stages] == [
        "objectives",
        "stakeholders",
        "drafting",
        "report_back",
        "vote",
    ]
    drafting = plan.stage_of_kind("drafting")
    assert len(drafting.clauses) >= 16
    seeded = load_plan(paths.default_plan_path()).stage_of_kind("drafting")
    assert not {c.body for c in drafting.clauses} & {c.body for c in seeded.clauses}
    for clause in drafting.clauses:
        sentences = len(re.findall(r"[.!?](?:\s|$)", clause.body))
        assert 2 <= sentences <= 5, clause.id
        assert "{org}" in clause.body, clause.id
        # a "why" names real guidance: a regulation's section, an article or a named body
        assert re.search(r"\d|HIPAA|GDPR|FTC|NASW|EU AI Act", clause.why), clause.id
    topics = " ".join(c.title + " " + c.body for c in drafting.clauses).lower()
    for topic in (
        "chatbot",
        "note-taker",
        "transcri",
        "business associate",
        "de-identif",
        "consent",
    ):
        assert topic in topics, topic


@pytest.mark.parametrize("plan_id", SHIPPED)
def test_check_plan_accepts_a_shipped_plan_by_its_id(plan_id):
    done = cli("check-plan", plan_id)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("ok: ")


def test_an_unknown_plan_is_one_line_naming_the_shipped_ones(tmp_path):
    done = cli("demo", str(tmp_path / "x.workshop"), "--plan", "no-such-workshop")
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1
    assert "no-such-workshop" in done.stderr and AI_PLAN in done.stderr
    assert not (tmp_path / "x.workshop").exists()


@pytest.mark.parametrize("plan_id", SHIPPED)
def test_demo_export_handout_and_summary_of_a_shipped_plan(tmp_path, plan_id):
    event = tmp_path / "demo.workshop"
    done = cli("demo", str(event), "--plan", plan_id)
    assert done.returncode == 0, done.stderr
    plan = load_plan(paths.plan_path(plan_id))
    drafting = plan.stage_of_kind("drafting")

    out = tmp_path / "out"
    assert cli("export", str(event), "--out", str(out)).returncode == 0
    sheets = sorted(out.glob("*.docx"))
    assert len(sheets) == 3
    text = docx_text(sheets[0])
    assert plan.title in text or plan.stages[0].title in text
    # the worksheet's draft policy is made from this plan's library, with the name filled in
    included = [c for c in drafting.clauses if c.title in text]
    assert len(included) >= 5
    assert "{org}" not in text

    handout = tmp_path / "handout.docx"
    assert cli("handout", str(handout), "--plan", plan_id).returncode == 0
    handout_text = docx_text(handout)
    for stage in plan.stages:
        assert stage.title in handout_text
    summary = tmp_path / "summary.docx"
    assert cli("summary", str(event), str(summary)).returncode == 0
    assert "Stakeholders" in docx_text(summary)
