"""Changing a running event's plan: every version kept, answers of removed questions kept and
exported under their question, a second connection (the participant server's) sees the change."""

from __future__ import annotations

from docx import Document

from workshop_app.export.worksheet import write_worksheet
from workshop_app.plan import load_plan_text
from workshop_app.store import EventStore

FUNDERS = '[[stages.prompts]]\nid = "funders"\ntext = "What do your funders require or say about social media?"'


def without_funders(text: str) -> str:
    start = text.index(FUNDERS)
    end = text.index("[[stages.categories]]", start)
    return text[:start] + text[end:]


def with_new_prompt(text: str) -> str:
    return text.replace(
        "[[stages.categories]]",
        '[[stages.prompts]]\nid = "budget"\ntext = "Who pays for the accounts?"\n\n[[stages.categories]]',
        1,
    )


def test_a_removed_question_keeps_its_answers_and_the_worksheet_lists_them(demo_store, tmp_path):
    group = demo_store.groups()[0]
    before = demo_store.answer_text(group.id, "stakeholders", "funders")
    assert before.startswith("Ryan White")
    version = demo_store.change_plan(load_plan_text(without_funders(demo_store.plan.source_text)))
    assert version == 2
    assert [v.version for v in demo_store.plan_versions()] == [1, 2]
    assert "funders" not in {p.id for p in demo_store.plan.stage("stakeholders").prompts}
    # still in the file, whole, and said to come from a removed question
    assert demo_store.answer_text(group.id, "stakeholders", "funders") == before
    removed = demo_store.removed_answers(group.id)
    assert [(r.stage_title, r.prompt_text, r.text, r.plan_version) for r in removed] == [
        ("Stakeholders", "What do your funders require or say about social media?", before, 1)
    ]
    sheet = write_worksheet(demo_store, group, tmp_path / "sheet.docx")
    doc = Document(str(sheet))
    texts = [p.text for p in doc.paragraphs]
    at = texts.index("From a question removed during the workshop")
    assert doc.paragraphs[at].style.name == "Heading 1"
    rest = "\n".join(texts[at:])
    assert "What do your funders require or say about social media? (Stakeholders)" in rest
    assert before.splitlines()[0] in rest


def test_answers_say_which_plan_version_they_were_given_under(demo_store):
    group = demo_store.groups()[0]
    old = demo_store.answers(group.id, "stakeholders")[0]
    demo_store.change_plan(load_plan_text(with_new_prompt(demo_store.plan.source_text)))
    saved = demo_store.save_answer(group.id, "stakeholders", "budget", "The county grant")
    assert demo_store.plan_version_at(old.saved_at) == 1
    assert demo_store.plan_version_at(saved.saved_at) == 2
    assert demo_store.removed_answers(group.id) == []


def test_the_participant_servers_connection_sees_the_new_plan(demo_store):
    other = EventStore.open(demo_store.path, lock=False, backup=False)
    try:
        assert "budget" not in {p.id for p in other.plan.stage("stakeholders").prompts}
        demo_store.change_plan(load_plan_text(with_new_prompt(demo_store.plan.source_text)))
        assert "budget" in {p.id for p in other.plan.stage("stakeholders").prompts}
    finally:
        other.close()


def test_the_room_stays_on_its_stage_or_moves_to_the_first(demo_store):
    demo_store.set_current_stage("stakeholders")
    demo_store.change_plan(load_plan_text(with_new_prompt(demo_store.plan.source_text)))
    assert demo_store.current_stage_id == "stakeholders"
    text = demo_store.plan.source_text
    start = text.index('[[stages]]\nid = "stakeholders"')
    end = text.index("[[stages]]", start + 10)
    demo_store.change_plan(load_plan_text(text[:start] + text[end:]))
    assert demo_store.current_stage_id == "objectives"
    # the map and the answers of the removed stage are still there
    group = demo_store.groups()[0]
    assert demo_store.answer_text(group.id, "stakeholders", "served")
    assert any(r.stage_id == "stakeholders" for r in demo_store.removed_answers(group.id))
