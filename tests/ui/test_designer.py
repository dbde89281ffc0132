"""The workshop designer, driven as a facilitator would: real clicks and typing, real files.

Duplicate the seeded plan, add a stage, rename a prompt, reorder two clauses, make each kind of
mistake the plan check knows and see it under its field, fix it, save; the file passes
check-plan and an event made from it runs and exports. Plans survive a round trip byte for byte.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QSpinBox

from workshop_app import paths, plan_library
from workshop_app.plan import load_plan
from workshop_app.plan_doc import PlanDocument
from workshop_app.ui.designer.form import ListEditor
from workshop_app.ui.designer.library import PlanLibraryDialog
from workshop_app.ui.designer.window import PlanDesigner


def click(button) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def retype(editor, text: str) -> None:
    """Select all and type, as a person does; paragraphs then wait for the pause in typing."""
    editor.setFocus()
    QTest.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        QTest.keyClicks(editor, text)
    else:
        QTest.keyClick(editor, Qt.Key.Key_Delete)


def settle(designer: PlanDesigner) -> None:
    designer.fields.flush()
    designer.recheck()


def error_under(designer: PlanDesigner, path: str) -> str:
    label = designer.fields.errors[path]
    return label.text() if label.isVisible() else ""


@pytest.mark.parametrize("plan_file", paths.plan_files(), ids=lambda p: p.stem)
def test_a_shipped_plan_through_the_designer_is_byte_identical(
    qtbot, tmp_path, plan_file, interaction
):
    doc = PlanDocument.open(plan_file)
    designer = PlanDesigner(doc, interaction)
    qtbot.addWidget(designer)
    designer.show()
    for row in range(designer.stages.count()):  # every stage's form built and left again
        designer.stages.setCurrentRow(row)
    target = tmp_path / plan_file.name
    designer.doc.path = target
    assert designer.save()
    assert target.read_bytes() == plan_file.read_bytes()


def test_the_whole_designer_flow(qtbot, tmp_path, interaction):
    ui = interaction
    library = PlanLibraryDialog(ui, new_event=lambda path: None)
    qtbot.addWidget(library)
    library.show()
    seeded_row = next(
        i for i, e in enumerate(library.entries) if e.path == paths.default_plan_path()
    )
    library.table.selectRow(seeded_row)
    assert not library.buttons["edit"].isEnabled()  # shipped plans are read-only
    click(library.buttons["duplicate"])
    copy = library.current()
    assert not copy.shipped and copy.path.parent == plan_library.user_plans_dir()
    click(library.buttons["edit"])
    designer = library.designer
    assert designer is not None and designer.isVisible()
    assert designer.state.text().startswith("Ready")

    # add a stage of kind "prompts" after the objectives
    designer.stages.setCurrentRow(1)
    designer.kind.setCurrentText("prompts")
    click(designer.stage_buttons["add_stage"])
    assert designer.stages.currentRow() == 2
    assert designer.doc.get("stages[1].kind") == "prompts"
    retype(designer.fields.editors["stages[1].title"], "Warm-up")
    settle(designer)
    assert designer.stages.item(2).text() == "2. Warm-up — prompts, 10 min"

    # rename a prompt of the stakeholders stage (now stage 3)
    designer.stages.setCurrentRow(3)
    question = designer.fields.editors["stages[2].prompts[0].text"]
    assert isinstance(question, QLineEdit)
    assert question.isVisible()  # the chosen prompt's form is there as soon as the stage shows
    retype(question, "Who comes to your organization for help?")
    settle(designer)

    # reorder two clauses of the drafting stage
    designer.stages.setCurrentRow(4)
    clauses = next(e for e in designer.findChildren(ListEditor) if e.path == "stages[3].clauses")
    first, second = (designer.doc.get(f"stages[3].clauses[{i}].id") for i in (0, 1))
    clauses.list.setCurrentRow(1)
    click(clauses.buttons["up"])
    assert [designer.doc.get(f"stages[3].clauses[{i}].id") for i in (0, 1)] == [second, first]
    assert designer.state.text().startswith("Ready")

    # each kind of mistake shows under its own field, and the plan becomes a draft
    mistakes = [
        ("stages[3].title", "", "is missing or empty"),
        ("stages[3].id", "Policy Drafting!", "must use only lower-case"),
        ("stages[3].clauses[0].body", "Applies to {name}.", "unknown placeholder '{name}'"),
        ("stages[3].clauses[0].roles", "nobody", "role 'nobody' is not defined"),
        ("stages[3].minutes", 0, "from 1 to 600"),
    ]
    for path, bad, words in mistakes:
        editor = designer.fields.editors[path]
        good = designer.doc.get(path)
        if isinstance(editor, QSpinBox):
            editor.setFocus()
            editor.setValue(bad)
        else:
            retype(editor, bad)
        settle(designer)
        assert words in error_under(designer, path), path
        assert designer.state.text().startswith("Draft")
        # the problem list names it, and choosing it goes to the field
        item = next(
            designer.problem_list.item(i)
            for i in range(designer.problem_list.count())
            if designer.problem_list.item(i).text().startswith(path)
        )
        designer._go_to_problem(item)
        assert designer.focusWidget() is designer.fields.editors[path]
        # a draft can be saved, and the library does not offer it for an event
        assert designer.save()
        library.refill(copy.path)
        assert not library.buttons["new_event_from"].isEnabled()
        if isinstance(editor, QSpinBox):
            editor.setValue(good)
        elif isinstance(good, list):
            retype(editor, "\n".join(good))
        else:
            retype(editor, good)
        settle(designer)
        assert error_under(designer, path) == "", path
    assert designer.state.text().startswith("Ready")

    # a duplicate prompt id in the report-back stage, and an action prompt that names nothing
    designer.stages.setCurrentRow(5)
    retype(designer.fields.editors["stages[4].prompts[0].id"], "hardest")
    settle(designer)
    # the second prompt is not open: its problem shows under the list, naming the entry
    assert "prompts[1].id: duplicate id 'hardest'" in error_under(designer, "stages[4].prompts")
    retype(designer.fields.editors["stages[4].prompts[0].id"], "easiest")
    retype(designer.fields.editors["stages[4].action_prompt"], "next_step")
    settle(designer)
    assert "names no prompt" in error_under(designer, "stages[4].action_prompt")
    retype(designer.fields.editors["stages[4].action_prompt"], "first_step")
    settle(designer)
    assert designer.state.text().startswith("Ready")

    assert designer.save()
    text = copy.path.read_text(encoding="utf-8")
    assert "# Stage 2: stakeholders" in text  # comments kept
    assert 'text = "Who comes to your organization for help?"' in text
    done = subprocess.run(
        [sys.executable, "-m", "workshop_app", "check-plan", str(copy.path)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0 and done.stdout.startswith("ok: "), done.stderr
    # new stage without Spanish texts: check-plan says so, and the plan stays usable
    assert "warning: translations.es.stages.prompts" in done.stdout

    library.refill(copy.path)
    assert library.buttons["new_event_from"].isEnabled()
    started: list[Path] = []
    library.new_event = started.append
    click(library.buttons["new_event_from"])
    assert started == [copy.path]

    # an event made from it runs and exports
    from workshop_app.store import EventStore

    plan = load_plan(copy.path)
    assert [s.title for s in plan.stages][:2] == ["Objectives", "Warm-up"]
    with EventStore.create(tmp_path / "e.workshop", plan, "From my plan") as store:
        group = store.add_group("Harbour Legal Aid")
        store.save_answer(group.id, "stakeholders", "served", "Tenants facing eviction")
        out = tmp_path / "out"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "workshop_app",
            "export",
            str(tmp_path / "e.workshop"),
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    from docx import Document

    sheet = Document(str(next(out.glob("*.docx"))))
    words = "\n".join(p.text for p in sheet.paragraphs)
    assert "Who comes to your organization for help?" in words and "Warm-up" in words


def test_unsaved_changes_are_not_lost_by_closing(qtbot, interaction):
    ui = interaction
    designer = PlanDesigner(PlanDocument.open(paths.default_plan_path()), ui)
    qtbot.addWidget(designer)
    designer.show()
    retype(designer.fields.editors["workshop.title"], "My own workshop")
    settle(designer)
    ui.confirm_answers = [False]  # "Keep editing"
    designer.close()
    assert designer.isVisible()
    assert ui.messages[-1][1] == "Unsaved changes"
    assert ui.confirm_defaults[-1] == "no"  # Enter keeps editing


def test_remove_a_stage_asks_and_the_kind_box_ignores_the_wheel(qtbot, interaction):
    ui = interaction
    designer = PlanDesigner(PlanDocument.open(paths.default_plan_path()), ui)
    qtbot.addWidget(designer)
    designer.show()
    designer.stages.setCurrentRow(2)
    ui.confirm_answers = [False]
    click(designer.stage_buttons["remove_stage"])
    assert len(designer.doc.get("stages")) == 5
    ui.confirm_answers = [True]
    click(designer.stage_buttons["remove_stage"])
    assert [s["id"] for s in designer.doc.get("stages")] == [
        "objectives",
        "drafting",
        "report_back",
        "follow_up_vote",
    ]
    kind = designer.fields.editors["stages[1].kind"]
    assert isinstance(kind, QComboBox)
    assert kind.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert isinstance(designer.fields.editors["stages[1].facilitator_notes"], QPlainTextEdit)


def test_changing_the_running_events_plan_from_the_console(qtbot, window, interaction, tmp_path):
    window.try_demo()
    store = window.ctx.store
    group = store.groups()[0]
    window.console.go_to("stakeholders")
    funders = store.answer_text(group.id, "stakeholders", "funders")
    window.trigger("change_plan")
    designer = next(w for w in window.findChildren(PlanDesigner) if w.isVisible())
    assert designer.save_button.text() == "&Apply to the event"
    designer.stages.setCurrentRow(2)  # Stakeholders
    prompts = next(e for e in designer.findChildren(ListEditor) if e.path == "stages[1].prompts")
    prompts.list.setCurrentRow(3)  # "What do your funders require…"
    click(prompts.buttons["remove"])
    click(prompts.buttons["add"])
    retype(designer.fields.editors["stages[1].prompts[3].id"], "budget")
    retype(designer.fields.editors["stages[1].prompts[3].text"], "Who pays for the accounts?")
    spin = designer.fields.editors["stages[1].minutes"]
    spin.setFocus()
    spin.setValue(30)
    settle(designer)
    assert designer.state.text().startswith("Ready"), designer.problems
    click(designer.save_button)
    # the console runs on the new plan: the new question is on the page, minutes changed
    assert store.plan_version() == 2
    assert window.console.stage_id == "stakeholders"
    page_prompts = [e.prompt_id for e in window.console.page.editors]
    assert "budget" in page_prompts and "funders" not in page_prompts
    assert store.plan.stage("stakeholders").minutes == 30
    # the removed question's answer is kept, and the worksheet lists it
    assert store.answer_text(group.id, "stakeholders", "funders") == funders
    from workshop_app.export.worksheet import write_worksheet

    doc = Document(str(write_worksheet(store, group, tmp_path / "w.docx")))
    assert "From a question removed during the workshop" in [p.text for p in doc.paragraphs]
    # typing into the new question saves it
    editor = next(e for e in window.console.page.editors if e.prompt_id == "budget")
    editor.setFocus()
    QTest.keyClicks(editor, "The county grant")
    assert window.console.flush()
    assert store.answer_text(group.id, "stakeholders", "budget") == "The county grant"


def test_a_draft_cannot_be_applied_to_the_running_event(qtbot, window, interaction):
    window.try_demo()
    window.trigger("change_plan")
    designer = next(w for w in window.findChildren(PlanDesigner) if w.isVisible())
    designer.stages.setCurrentRow(1)
    retype(designer.fields.editors["stages[0].title"], "")
    settle(designer)
    click(designer.save_button)
    assert interaction.messages[-1][1] == "Not applied"
    assert window.ctx.store.plan_version() == 1
    assert window.ctx.store.plan.stages[0].title == "Objectives"


def test_a_stage_previewed_on_the_projector_and_a_phone(qtbot, interaction):
    import urllib.request

    from PySide6.QtWidgets import QLabel

    designer = PlanDesigner(PlanDocument.open(paths.default_plan_path()), interaction)
    qtbot.addWidget(designer)
    designer.show()
    retype(designer.fields.editors["workshop.title"], "Our own workshop")
    designer.stages.setCurrentRow(2)  # Stakeholders
    retype(designer.fields.editors["stages[1].prompts[0].text"], "Whom do you serve, in a word?")
    click(designer.preview_button)
    preview = designer.preview_window
    assert preview is not None and preview.isVisible()
    shown = " ".join(label.text() for label in preview.view.findChildren(QLabel))
    assert "Stakeholders" in shown and "Whom do you serve, in a word?" in shown
    click(preview.phone)
    assert interaction.opened_urls == [preview.url]
    assert preview.url.startswith("http://127.0.0.1:") and "?code=" in preview.url
    with urllib.request.urlopen(preview.url, timeout=10) as reply:  # the code-first join page
        page = reply.read().decode()
    assert "Preview group" in page
    folder = Path(preview.store.path).parent
    preview.close()
    assert not folder.exists()  # nothing of the preview is left behind
    assert (
        designer.doc.path == paths.default_plan_path()
        and not (folder / "Preview.workshop").exists()
    )


def test_the_wheel_over_the_designers_kind_and_minutes_changes_nothing(qtbot, window, interaction):
    """The console's input guard covers the designer: a wheel that is scrolling the form over
    the Kind box or the minutes does not turn a drafting stage into report back."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication

    designer = PlanDesigner(PlanDocument.open(paths.default_plan_path()), interaction, window)
    qtbot.addWidget(designer)
    designer.show()
    designer.stages.setCurrentRow(3)  # Policy drafting
    QApplication.processEvents()
    designer.stages.setFocus()
    for path in ("stages[2].kind", "stages[2].minutes"):
        widget = designer.fields.editors[path]
        before = designer.doc.get(path)
        position = widget.mapTo(designer, widget.rect().center())
        for _ in range(3):
            QTest.wheelEvent(designer.windowHandle(), position, QPoint(0, -120))
        QApplication.processEvents()
        assert designer.doc.get(path) == before, path
        assert not widget.hasFocus()


def test_a_stage_is_marked_optional_with_a_tick_and_a_vote_picks_what_it_is_on(
    qtbot, interaction, tmp_path
):
    from PySide6.QtWidgets import QCheckBox

    copy = tmp_path / "plan.toml"
    copy.write_text(paths.default_plan_path().read_text(encoding="utf-8"), encoding="utf-8")
    designer = PlanDesigner(PlanDocument.open(copy), interaction)
    qtbot.addWidget(designer)
    designer.show()
    designer.stages.setCurrentRow(5)  # the follow-up vote (row 0 is the workshop)
    tick = designer.fields.editors["stages[4].optional"]
    assert isinstance(tick, QCheckBox) and tick.isChecked()
    vote_on = designer.fields.editors["stages[4].vote_on"]
    assert isinstance(vote_on, QComboBox)
    assert [vote_on.itemText(i) for i in range(vote_on.count())] == ["answers", "clauses", "items"]
    assert vote_on.currentText() == "answers"
    # report back is not optional; ticking it takes its minutes out of the planned length
    designer.stages.setCurrentRow(4)
    tick = designer.fields.editors["stages[3].optional"]
    assert isinstance(tick, QCheckBox) and not tick.isChecked()
    tick.click()
    plan, problems = designer.doc.check()
    assert problems == [] and plan.stage("report_back").optional
    assert plan.planned_minutes == 75
    qtbot.waitUntil(lambda: "75 minutes (and 20 optional)" in designer.state.text())
