"""The console's drafting stage shows the DraftEditor for the selected organization."""

from __future__ import annotations

from workshop_app.kinds.drafting import clauses


def test_drafting_stage_in_the_console(qtbot, window, interaction):
    from workshop_app.kinds.drafting.ui.page import DraftEditor

    window.resize(1600, 1000)
    window.try_demo()
    console = window.console
    assert console is not None, interaction.messages
    store = window.ctx.store
    console.go_to("drafting")
    editor = console.page.extra
    assert isinstance(editor, DraftEditor)
    casa = store.groups()[1]
    console.groups.select(casa.id)
    assert editor.group_id == casa.id
    assert editor.preview.text().startswith(f"{casa.name}: social media policy (draft)")
    assert editor.choices.boxes["discord"].isChecked()
    # an edit is saved when the facilitator moves on to another stage
    editor.select("scope")
    editor.body.setPlainText("Casa's own scope.")
    console.go_to("report_back")
    assert clauses.load_draft(store, casa.id).get("scope").body == "Casa's own scope."


def test_a_draft_edit_that_does_not_save_keeps_the_console_on_its_stage(
    qtbot, window, interaction, monkeypatch
):
    from workshop_app.store import SaveError

    window.try_demo()
    console = window.console
    store = window.ctx.store
    console.go_to("drafting")
    editor = console.page.extra
    casa = store.groups()[1]
    console.groups.select(casa.id)
    editor.select("scope")
    editor.body.setPlainText("Casa's own scope.")

    def disk_full(*args, **kwargs):
        raise SaveError("The disk is full: this change was not saved.")

    monkeypatch.setattr(store, "save_record", disk_full)
    assert not console.flush()  # the console hears that the draft was not saved
    assert not console.go_to("report_back")
    assert console.stage_id == "drafting"
    assert editor.body.toPlainText() == "Casa's own scope."
