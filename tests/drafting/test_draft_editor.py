"""The drafting stage's console page, driven like a facilitator would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from workshop_app.kinds.drafting import clauses
from workshop_app.kinds.drafting.ui.page import DraftEditor
from workshop_app.store import EventStore
from workshop_app.ui.pages import STAGE_EXTRAS

ODD = "{0} & <Co> 🌈 مركز"


class Answers:
    """The interaction seam: records questions, answers yes."""

    def __init__(self):
        self.asked: list[str] = []

    def confirm(
        self,
        title: str,
        message: str,
        yes: str = "OK",
        no: str = "Cancel",
        icon=None,
        default: str = "yes",
    ) -> bool:
        self.asked.append(title)
        return True


@pytest.fixture
def editor_for(qtbot, make_context):
    """The drafting page over `store`, in a real throw-away context."""

    def make(store: EventStore) -> DraftEditor:
        editor = DraftEditor(make_context(store, Answers()), store.plan.stage_of_kind("drafting"))
        qtbot.addWidget(editor)
        editor.resize(1400, 820)
        return editor

    return make


def titles(editor: DraftEditor) -> list[str]:
    return [editor.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(editor.list.count())]


def test_registered_as_the_drafting_extra():
    assert STAGE_EXTRAS["drafting"] == "workshop_app.kinds.drafting.ui.page:DraftEditor"


def test_story_choices_exclude_edit_reorder_restore_reopen(qtbot, event_path, plan, editor_for):
    store = EventStore.create(event_path, plan, "Story")
    group = store.add_group(ODD)
    editor = editor_for(store)
    editor.set_group(group.id)
    # no choices yet: the core clauses are proposed
    assert "1. Scope and definitions" in editor.preview.text()
    editor.choices.tick("dating_apps")
    editor.choices.tick("hipaa")
    keys = titles(editor)
    assert "dating_app_outreach" in keys and "messaging" in keys
    # exclude two
    editor.set_included("testimonials", False)
    editor.set_included("photos_service_areas", False)
    assert "Testimonials and client stories" not in editor.preview.text()
    # edit one (typed, then saved by the pause timer)
    editor.select("scope")
    assert editor.body.toPlainText().startswith(
        f"This policy applies to everyone who works or volunteers for {ODD}"
    )
    edit = "Everyone at {org} & <partners> 🌈 שלום."
    editor.body.setPlainText(edit)
    qtbot.waitUntil(
        lambda: clauses.load_draft(store, group.id).get("scope").body == edit, timeout=3000
    )
    assert f"1. Scope and definitions\n{edit}" in editor.preview.text()
    assert "(edited)" in editor.list.currentItem().text()
    # reorder: employee rights to the top
    editor.select("employee_rights")
    for _ in range(20):
        editor.move_current(-1)
    assert titles(editor)[0] == "employee_rights"
    assert editor.preview.text().index("1. Employees' rights") < editor.preview.text().index(
        "2. Scope"
    )
    good = store.record(group.id, clauses.DRAFT).revision
    # a proposed clause can only be left out, not removed
    assert not editor.remove.isEnabled()
    # unwanted changes: leave the edited clause out and scribble over another, then restore
    editor.set_included("scope", False)
    editor.select("training_review")
    editor.body.setPlainText("oops")
    editor.flush()
    assert "1. Scope" not in editor.preview.text() and "oops" in editor.preview.text()
    editor.preview.select_revision(good)
    editor.preview.restore.click()
    assert f"2. Scope and definitions\n{edit}" in editor.preview.text()
    assert "oops" not in editor.preview.text()
    editor.flush()
    store.close()

    again = EventStore.open(event_path)
    try:
        reopened = editor_for(again)
        reopened.set_group(group.id)
        draft = clauses.load_draft(again, group.id)
        assert draft.get("scope").body == edit
        assert not draft.get("testimonials").included
        assert not draft.get("photos_service_areas").included
        assert titles(reopened)[0] == "employee_rights"
        assert reopened.choices.boxes["dating_apps"].isChecked()
        assert reopened.choices.boxes["hipaa"].isChecked()
        assert not reopened.choices.boxes["facebook"].isChecked()
        printed = reopened.preview.text()
        assert printed.startswith(f"{ODD}: social media policy (draft)")
        assert f"2. Scope and definitions\n{edit}" in printed
        assert len(again.record_history(group.id, clauses.DRAFT)) >= 6
    finally:
        again.close()


def test_edited_clause_survives_unticking_and_withdrawn_ones_are_marked(qtbot, store, editor_for):
    group = store.add_group("Harbor Clinic")
    editor = editor_for(store)
    editor.set_group(group.id)
    editor.choices.tick("dating_apps")
    editor.select("dating_app_outreach")
    editor.body.setPlainText("Our outreach workers use the agency profile only.")
    editor.flush()
    editor.choices.tick("dating_apps", False)
    c = clauses.load_draft(store, group.id).get("dating_app_outreach")
    assert c.status == clauses.WITHDRAWN
    assert c.body == "Our outreach workers use the agency profile only."
    editor.select("dating_app_outreach")
    assert "no longer proposed" in editor.list.currentItem().text()
    assert editor.keep.isEnabled()
    editor.keep.click()
    assert clauses.load_draft(store, group.id).get("dating_app_outreach").status == clauses.KEPT
    # an own clause can be removed (after the seam's question)
    editor.add.click()
    own = editor.current_key()
    assert editor.remove.isEnabled()
    editor.remove_current()
    assert editor.ctx.interaction.asked == ["Remove clause"]
    assert own not in titles(editor)
    editor.select("dating_app_outreach")
    # reset to the library text
    editor.reset.click()
    assert clauses.load_draft(store, group.id).get("dating_app_outreach").body is None
    assert (
        "Outreach on dating and hookup apps uses a profile clearly identified as Harbor Clinic"
        in (editor.preview.text())
    )


def test_own_clause_and_other_text(qtbot, store, editor_for):
    group = store.add_group("Harbor Clinic")
    editor = editor_for(store)
    editor.set_group(group.id)
    editor.select("scope")
    editor.add.click()
    assert editor.title.hasFocus() or editor.title.text() == "Our own clause"
    editor.title.setText("Pets & <animals>")
    editor.title.textEdited.emit("Pets & <animals>")
    editor.body.setPlainText("No photos of clients' pets {ever}.")
    editor.flush()
    assert "2. Pets & <animals>\nNo photos of clients' pets {ever}." in editor.preview.text()
    other = editor.choices.others["platforms"]
    other.setText("Nextdoor")
    other.editingFinished.emit()
    assert clauses.load_choices(store, group.id).other == {"platforms": "Nextdoor"}


def test_too_long_text_is_refused_visibly(qtbot, store, editor_for):
    group = store.add_group("Harbor Clinic")
    editor = editor_for(store)
    editor.set_group(group.id)
    editor.select("scope")
    editor.body.setPlainText("x" * 20_001)
    assert editor.flush() is False
    assert "limit is 20,000" in editor.error.text()
    assert (
        clauses.load_draft(store, group.id) is None
        or clauses.load_draft(store, group.id).get("scope").body is None
    )


@pytest.mark.slow
def test_screenshot_of_the_draft_editor(qtbot, demo_store, tmp_path, editor_for):

    group = demo_store.groups()[0]
    editor = editor_for(demo_store)
    editor.set_group(group.id)
    editor.select("messaging")
    assert "(edited)" in editor.list.currentItem().text()
    # the README's picture of it is the whole console page (python -m tools.screenshots)
    assert editor.grab().save(str(tmp_path / "draft-editor.png"))


def test_console_follows_a_browser_within_a_second(qtbot, make_context, store):
    """The LAN server saves on its own thread and reports the change; the page reloads."""
    import threading

    from workshop_app.store import Change

    group = store.add_group("Harbor Clinic")
    ctx = make_context(store, Answers())
    changes = ctx.changes
    editor = DraftEditor(ctx, store.plan.stage_of_kind("drafting"))
    qtbot.addWidget(editor)
    editor.set_group(group.id)
    assert "dating_app_outreach" not in titles(editor)

    def browser():
        other = EventStore.open(store.path, lock=False, backup=False)
        try:
            stage = other.plan.stage_of_kind("drafting")
            choices = clauses.Choices({"platforms": ("dating_apps",)})
            saved = other.save_record(
                group.id, clauses.CHOICES, choices.to_data(), source="browser"
            )
            changes.report(
                Change("record", group.id, None, clauses.CHOICES, saved.revision, "browser")
            )
            assert stage is not None
        finally:
            other.close()

    thread = threading.Thread(target=browser)
    thread.start()
    qtbot.waitUntil(lambda: "dating_app_outreach" in titles(editor), timeout=1000)
    thread.join()
    assert editor.choices.boxes["dating_apps"].isChecked()
    assert "Updated from a participant's browser" in editor.status.text()


def test_show_on_screen_asks_first_in_privacy_mode_and_hides_the_name(qtbot, store, editor_for):
    from workshop_app.ui.spotlight import spotlight_content

    group = store.add_group("Harbor Clinic")
    editor = editor_for(store)
    editor.set_group(group.id)
    editor.select("scope")
    editor.body.setPlainText("Our own scope words for Harbor Clinic staff.")
    editor.show_button.click()
    assert editor.ctx.interaction.asked == ["Show draft"]
    (item,) = editor.ctx.room.spotlight
    assert (item.kind, item.group_id) == ("draft", group.id)
    shown = spotlight_content(editor.ctx, item, "Group A")
    assert shown.heading == "Draft policy"
    assert shown.text.startswith("1. Scope and definitions\nOur own scope words for Group A staff.")
    assert "could identify a client of Group A" in shown.text
    assert "Harbor Clinic" not in shown.text


def test_typing_then_choosing_another_clause_saves_the_first_one(qtbot, store, editor_for):
    group = store.add_group("Harbor Clinic")
    editor = editor_for(store)
    editor.set_group(group.id)
    editor.select("scope")
    editor.body.setPlainText("Scope in our words.")
    editor.select("employee_rights")  # before the pause timer fires
    draft = clauses.load_draft(store, group.id)
    assert draft.get("scope").body == "Scope in our words."
    assert draft.get("employee_rights").body is None
    assert editor.body.toPlainText().startswith(
        "Nothing in this policy stops employees of Harbor Clinic"
    )
    assert "(edited)" in editor.list.item(0).text()


def test_add_a_library_clause_the_choices_did_not_propose(qtbot, store, editor_for):
    group = store.add_group("Harbor Clinic")
    editor = editor_for(store)
    editor.set_group(group.id)
    editor.select("scope")
    editor.from_library.setCurrentIndex(editor.from_library.findData("minors"))
    editor.add_library.click()
    assert titles(editor)[:2] == ["scope", "minors"]
    assert editor.from_library.findData("minors") == -1
    draft = clauses.load_draft(store, group.id)
    assert draft.get("minors").status == clauses.KEPT
    assert "2. Minors and youth programs" in editor.preview.text()
    # ticking a choice that proposes it later makes it a proposal like any other
    editor.choices.tick("ferpa")
    assert clauses.load_draft(store, group.id).get("minors").status == clauses.PROPOSED
    assert titles(editor).count("minors") == 1
