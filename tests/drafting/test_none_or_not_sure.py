""" "None or not sure" goes alone: ticking it clears the named laws and ticking a law clears it,
in the console (real clicks), in what a plain form or a script sends, and in the demo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from workshop_app import paths
from workshop_app.demo import demo_content
from workshop_app.kinds.drafting import clauses
from workshop_app.kinds.drafting.ui.page import DraftEditor
from workshop_app.plan import PlanError, load_plan, load_plan_text
from workshop_app.store import EventStore

SHIPPED = ["social-media-confidentiality", "ai-tools-confidentiality"]


@pytest.fixture
def stage():
    return load_plan(paths.default_plan_path()).stage_of_kind("drafting")


def regimes(choices: clauses.Choices) -> tuple[str, ...]:
    return choices.selected.get("regimes", ())


@pytest.mark.parametrize("plan_id", SHIPPED)
def test_the_shipped_plans_mark_it_and_their_demos_never_tick_it_with_a_law(plan_id):
    stage = load_plan(paths.plan_path(plan_id)).stage_of_kind("drafting")
    exclusive = clauses.exclusive_options(stage)
    assert exclusive["regimes"] == {"not_sure"}
    assert not any(exclusive[c.id] for c in stage.choices if c.id != "regimes")
    for org in demo_content(plan_id)["organizations"]:
        ticked = org.get("choices", {}).get("regimes", [])
        assert not ("not_sure" in ticked and len(ticked) > 1), org["name"]


def test_a_tick_clears_what_does_not_go_with_it(stage):
    alone = clauses.exclusive_options(stage)["regimes"]
    c = clauses.Choices().toggled("regimes", "hipaa", True, alone)
    c = c.toggled("regimes", "part2", True, alone)
    assert regimes(c) == ("hipaa", "part2")
    c = c.toggled("regimes", "not_sure", True, alone)
    assert regimes(c) == ("not_sure",)
    c = c.toggled("regimes", "ferpa", True, alone)
    assert regimes(c) == ("ferpa",)


def test_everything_sent_at_once_keeps_a_consistent_set_and_says_what_went(stage):
    both = clauses.Choices({"regimes": ("hipaa", "not_sure"), "platforms": ("sms",)})
    # nothing saved before (or a script's post): the named law wins
    fixed, said = both.consistent(stage)
    assert regimes(fixed) == ("hipaa",) and fixed.selected["platforms"] == ("sms",)
    assert said == ['"None or not sure" was unticked: it does not go with "HIPAA".']
    assert regimes(both.normalized(stage)) == ("hipaa",)
    # HIPAA was saved, "None or not sure" is new: it was ticked last and goes alone
    fixed, said = both.consistent(stage, clauses.Choices({"regimes": ("hipaa",)}))
    assert regimes(fixed) == ("not_sure",)
    assert said == [
        'Unticked under "Which laws and codes apply?": "HIPAA"; "None or not sure" goes alone.'
    ]
    # "None or not sure" was saved, a law is new: the law wins
    fixed, said = both.consistent(stage, clauses.Choices({"regimes": ("not_sure",)}))
    assert regimes(fixed) == ("hipaa",) and len(said) == 1
    # a consistent set is left alone, silently
    fine = clauses.Choices({"regimes": ("not_sure",)})
    assert fine.consistent(stage) == (fine, [])


def test_exclusive_must_be_true_or_false():
    text = load_plan(paths.default_plan_path()).source_text
    with pytest.raises(PlanError) as err:
        load_plan_text(text.replace("exclusive = true ", 'exclusive = "yes" ', 1))
    assert any(p.endswith(".exclusive: must be true or false") for p in err.value.problems)


def test_in_the_console_a_click_clears_the_others_and_says_so(
    qtbot, event_path, plan, make_context
):
    store = EventStore.create(event_path, plan, "Console ticks")
    group = store.add_group("Northside Clinic")
    editor = DraftEditor(make_context(store), store.plan.stage_of_kind("drafting"))
    qtbot.addWidget(editor)
    editor.resize(1400, 820)
    editor.set_group(group.id)
    editor.show()
    qtbot.waitExposed(editor)
    panel = editor.choices

    def click(option_id: str) -> None:
        box = panel.boxes[option_id]
        qtbot.waitUntil(lambda: not box.visibleRegion().isEmpty())
        # on the box itself: a check box takes clicks on its square and its text only
        QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))

    click("hipaa")
    assert regimes(clauses.load_choices(store, group.id)) == ("hipaa",), panel.boxes[
        "hipaa"
    ].isChecked()
    click("part2")
    assert regimes(clauses.load_choices(store, group.id)) == ("hipaa", "part2")
    note = panel.cleared["regimes"]
    assert note.isHidden()
    click("not_sure")
    assert regimes(clauses.load_choices(store, group.id)) == ("not_sure",)
    assert not panel.boxes["hipaa"].isChecked() and not panel.boxes["part2"].isChecked()
    assert panel.boxes["not_sure"].isChecked()
    assert not note.isHidden()
    assert note.text() == (
        'Unticked: "HIPAA", "42 CFR Part 2 (substance-use treatment records)" '
        '(it does not go with "None or not sure").'
    )
    click("ferpa")
    assert regimes(clauses.load_choices(store, group.id)) == ("ferpa",)
    assert not panel.boxes["not_sure"].isChecked()
    assert (
        note.text()
        == 'Unticked: "None or not sure" (it does not go with "FERPA (student records)").'
    )
    # Space on a focused box is a tick too
    panel.boxes["not_sure"].setFocus()
    QTest.keyClick(panel.boxes["not_sure"], Qt.Key.Key_Space)
    assert regimes(clauses.load_choices(store, group.id)) == ("not_sure",)
    assert not panel.boxes["ferpa"].isChecked()
    store.close()
