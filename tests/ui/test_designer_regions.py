"""The designer edits a clause's notes per region like any other list: a UK note's region and
text are fields, a region the plan does not list shows its problem under the field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from workshop_app import paths
from workshop_app.plan import load_plan
from workshop_app.plan_doc import PlanDocument
from workshop_app.ui.designer.form import ListEditor
from workshop_app.ui.designer.window import PlanDesigner


def retype(editor, text: str) -> None:
    editor.setFocus()
    QTest.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(editor, text)


def test_a_clause_s_uk_note_is_edited_and_checked_in_the_designer(qtbot, tmp_path, interaction):
    copy = tmp_path / "mine.toml"
    copy.write_bytes(paths.default_plan_path().read_bytes())
    designer = PlanDesigner(PlanDocument.open(copy), interaction)
    qtbot.addWidget(designer)
    designer.show()
    stages = designer.doc.get("stages")
    row = 1 + next(i for i, s in enumerate(stages) if s["kind"] == "drafting")
    designer.stages.setCurrentRow(row)
    base = f"stages[{row - 1}].clauses[0].regions[0]"
    lists = {e.path: e for e in designer.findChildren(ListEditor)}
    assert f"stages[{row - 1}].clauses[0].regions" in lists
    region, why = designer.fields.editors[f"{base}.id"], designer.fields.editors[f"{base}.why"]
    assert region.text() == "uk" and "GMC" in why.toPlainText()
    retype(region, "ca")
    designer.fields.flush()
    designer.recheck()
    label = designer.fields.errors[f"{base}.id"]
    assert label.isVisible() and "'ca' is not a region of [[regions]] (uk, us)" in label.text()
    assert designer.state.text().startswith("Draft")
    retype(region, "uk")
    retype(why, "GMC guidance (2024) and the NMC Code cover every channel.")
    designer.fields.flush()
    designer.recheck()
    assert designer.state.text().startswith("Ready")
    assert designer.save()
    uk = load_plan(copy).for_region("uk").stage_of_kind("drafting").clauses[0]
    assert uk.why == "GMC guidance (2024) and the NMC Code cover every channel."


def test_the_plan_s_regions_are_listed_with_the_workshop(qtbot, tmp_path, interaction):
    copy = tmp_path / "mine.toml"
    copy.write_bytes(paths.default_plan_path().read_bytes())
    designer = PlanDesigner(PlanDocument.open(copy), interaction)
    qtbot.addWidget(designer)
    designer.show()
    designer.stages.setCurrentRow(0)  # the workshop itself
    lists = {e.path: e for e in designer.findChildren(ListEditor)}
    assert [lists["regions"].list.item(i).text() for i in range(2)] == [
        "1. United States",
        "2. United Kingdom",
    ]
    assert designer.fields.editors["workshop.region"].text() == "us"
    lists["regions"].list.setCurrentRow(1)
    retype(designer.fields.editors["regions[1].label"], "United Kingdom (England)")
    retype(designer.fields.editors["workshop.region"], "fr")
    designer.fields.flush()
    designer.recheck()
    label = designer.fields.errors["workshop.region"]
    assert label.isVisible() and "'fr' is not one of the plan's [[regions]]" in label.text()
    retype(designer.fields.editors["workshop.region"], "uk")
    designer.fields.flush()
    designer.recheck()
    assert designer.save()
    plan = load_plan(copy)
    assert plan.region == "uk" and plan.region_label() == "United Kingdom (England)"
    designer.stages.setCurrentRow(1)  # another stage: the regions' fields go with the workshop's
    assert "regions[1].label" not in designer.fields.editors
