"""The worksheet read back: every answer under its prompt, in plan order, safe text, styles."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import docx
import pytest
from babel.dates import format_date

from workshop_app.export import docx_kit as kit
from workshop_app.export import worksheet
from workshop_app.plan import load_plan_text
from workshop_app.store import EventStore


def test_every_demo_answer_appears_under_its_prompt_in_plan_order(
    demo_store, tmp_path, read_paragraphs
):
    written = worksheet.export_worksheets(demo_store, tmp_path)
    assert len(written) == len(demo_store.groups()) == 3
    for group, path in zip(demo_store.groups(), written, strict=True):
        paragraphs = read_paragraphs(path)
        texts = [t for _, t in paragraphs]
        cursor = 0
        answered = 0
        for stage in demo_store.plan.stages:
            cursor = texts.index(stage.title, cursor)
            assert paragraphs[cursor][0] == "Heading 1"
            for prompt in stage.prompts:
                cursor = texts.index(prompt.text, cursor)
                assert paragraphs[cursor][0] == "Heading 2"
                expected = demo_store.answer_text(group.id, stage.id, prompt.id)
                assert expected, "the demo answers every prompt"
                assert texts[cursor + 1] == expected
                answered += 1
            notes = demo_store.notes(group.id, stage.id)
            if notes:
                cursor = texts.index("Our notes", cursor)
                assert texts[cursor + 1] == notes
        assert answered == demo_store.plan.prompt_count


def test_title_block_header_footer_and_properties(demo_store, tmp_path, read_all_text):
    group = demo_store.groups()[1]
    path = worksheet.write_worksheet(demo_store, group, tmp_path / "w.docx")
    doc = docx.Document(str(path))
    event = demo_store.event()
    assert doc.paragraphs[0].style.name == "Title"
    assert doc.paragraphs[0].text == event.title
    block = {row.cells[0].text: row.cells[1].text for row in doc.tables[0].rows}
    assert block["Organization"] == group.name
    assert block["Place"] == event.location
    assert block["Facilitator"] == event.facilitator
    day = date.fromisoformat(event.date)
    assert block["Date"] == format_date(day, "full", locale="en_US")  # a US event, in full
    section = doc.sections[0]
    assert section.header.paragraphs[0].text == f"{event.title} · {group.name}"
    footer = section.footer.paragraphs[0]
    assert f"Confidential — prepared for {group.name}" in footer.text
    instructions = [el.text.strip() for el in footer._p.iter() if el.tag.endswith("}instrText")]
    assert instructions == ["PAGE", "NUMPAGES"]
    props = doc.core_properties
    assert props.author == event.facilitator  # who ran it, not the program
    assert props.language == demo_store.plan.language
    assert group.name in props.title
    assert props.subject.startswith("Worksheet")
    assert props.created.year >= 2024
    # objectives are a numbered list that starts at 1
    objectives = demo_store.plan.stage_of_kind("objectives").objectives
    styles = {p.text: p.style.name for p in doc.paragraphs}
    assert all(styles[o] == "List Number" for o in objectives)
    # Word's built-in styles; a style a section adds must derive from one, so restyling the
    # built-in styles in Word restyles the whole document
    builtin = {s.name for s in docx.Document().styles}
    for name in {p.style.name for p in doc.paragraphs} - builtin:
        style = doc.styles[name]
        while style is not None and style.name not in builtin:
            style = style.base_style
        assert style is not None, f"style {name!r} is neither built-in nor based on one"
    ours = {p.style.name for p in doc.paragraphs} - builtin
    assert ours <= set(kit.STYLES), "every look of its own is one of the project's styles"


def test_emoji_rtl_markup_survive_control_characters_vanish_empty_shows(
    store, tmp_path, read_paragraphs
):
    group = store.add_group("Ünïcode <&> Org 🙂")
    stage = store.plan.stage_of_kind("report_back")
    easiest, hardest, first = stage.prompts
    store.save_answer(group.id, stage.id, easiest.id, "Emoji 🙂👍🏽 and <b>&amp;</b> & <script>")
    store.save_answer(group.id, stage.id, hardest.id, "سياسة الخصوصية للعملاء\nsecond line\tTab")
    path = worksheet.write_worksheet(store, group, tmp_path / "w.docx")
    texts = [t for _, t in read_paragraphs(path)]
    assert texts[texts.index(easiest.text) + 1] == "Emoji 🙂👍🏽 and <b>&amp;</b> & <script>"
    assert texts[texts.index(hardest.text) + 1] == "سياسة الخصوصية للعملاء\nsecond line\tTab"
    assert texts[texts.index(first.text) + 1] == kit.NO_ANSWER
    # every prompt of this fresh event shows the visible empty line
    assert texts.count(kit.NO_ANSWER) == store.plan.prompt_count - 2
    assert docx.Document(str(path)).sections[0].header.paragraphs[0].text.endswith("<&> Org 🙂")


def test_summary_keeps_special_text_too(store, tmp_path, read_paragraphs):
    from workshop_app.export import summary

    group = store.add_group("RTL org")
    stage = store.plan.stage_of_kind("report_back")
    store.save_answer(group.id, stage.id, stage.prompts[0].id, "مرحبا 🙂 <&>")
    texts = [t for _, t in read_paragraphs(summary.write_summary(store, tmp_path / "s.docx"))]
    at = texts.index(stage.prompts[0].text, texts.index("Answers per stage"))
    assert texts[at + 1 : at + 3] == ["RTL org", "مرحبا 🙂 <&>"]
    assert texts[texts.index(stage.prompts[1].text, at) + 2] == kit.NO_ANSWER


def test_pictures_and_checklists_for_other_sections(tmp_path):
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    doc = kit.new_document(title="t", subject="s", header="h", confidential_for="c", author="a")
    kit.picture(doc, bytes(buffer.data()), alt="A teal rectangle", caption="The map")
    with pytest.raises(ValueError, match="text alternative"):
        kit.picture(doc, bytes(buffer.data()), alt=" ")
    kit.checklist(doc, ["Facebook", "TikTok"], other=True)
    doc.save(str(tmp_path / "p.docx"))
    back = docx.Document(str(tmp_path / "p.docx"))
    assert len(back.inline_shapes) == 1
    assert back.inline_shapes[0]._inline.docPr.get("descr") == "A teal rectangle"
    width = back.sections[0].page_width - back.sections[0].left_margin * 2
    assert abs(back.inline_shapes[0].width - width) < 10_000
    texts = [p.text for p in back.paragraphs]
    assert texts[-4:] == ["The map", "☐  Facebook", "☐  TikTok", "☐  Other: " + "_" * 40]


def test_control_characters_never_break_a_file(tmp_path):
    doc = kit.new_document(
        title="t\x00itle", subject="s", header="head\x1fer", confidential_for="x\x0b", author="a"
    )
    kit.para(doc, "bell\x07 vertical\x0b formfeed\x0c esc\x1b del\x7f end")
    kit.table(doc, ("a\x01", "b"), [("c\x02", "d\x08")])
    path = tmp_path / "c.docx"
    doc.save(str(path))
    back = docx.Document(str(path))
    assert back.paragraphs[-1].text == "bell vertical formfeed esc del end"
    assert back.tables[0].rows[0].cells[0].text == "a"
    assert back.sections[0].header.paragraphs[0].text == "header"


PLAN_TOML = textwrap.dedent(
    """
    [workshop]
    id = "tiny"
    title = "Tiny plan"
    [[stages]]
    id = "second"
    kind = "prompts"
    title = "Comes first here"
    minutes = 5
    [[stages.prompts]]
    id = "b"
    text = "Prompt B?"
    [[stages]]
    id = "first"
    kind = "prompts"
    title = "Comes second here"
    minutes = 5
    [[stages.prompts]]
    id = "a"
    text = "Prompt A?"
    size = "long"
    """
)


def test_a_different_plan_gives_a_different_worksheet_and_sections_run_in_order(
    tmp_path, read_paragraphs
):
    plan = load_plan_text(PLAN_TOML)
    with EventStore.create(tmp_path / "t.workshop", plan, "Tiny") as store:
        group = store.add_group("Org")
        store.save_answer(group.id, "first", "a", "answer A")
        store.save_notes(group.id, "second", "notes for B")

        def extra(doc, store_, group_, stage):
            kit.heading(doc, f"Extra for {stage.title} / {group_.name}", 2)

        worksheet.SECTIONS.register("prompts", extra)
        try:
            path = worksheet.write_worksheet(store, group, tmp_path / "t.docx")
        finally:
            worksheet.SECTIONS.unregister("prompts", extra)
    texts = [t for _, t in read_paragraphs(path)]
    body = texts[texts.index("Comes first here") :]
    assert body == [
        "Comes first here",
        "Prompt B?",
        kit.NO_ANSWER,
        "Our notes",
        "notes for B",
        "Extra for Comes first here / Org",
        "Comes second here",
        "Prompt A?",
        "answer A",
        "Extra for Comes second here / Org",
    ]


def test_sections_may_be_registered_by_name_and_resolve_lazily():
    from workshop_app.export.registry import SectionRegistry

    registry = SectionRegistry("t")
    registry.register("k", "workshop_app.export.docx_kit:spacer")
    assert "k" in registry
    assert registry.sections("k") == [kit.spacer]
    broken = SectionRegistry("bad")
    broken.register("k", "no_such_module_here:f")  # registering imports nothing
    with pytest.raises(ModuleNotFoundError):
        broken.run("k")
    broken.run("other kind")  # a kind without sections adds nothing


def test_export_one_organization_by_name_any_case(demo_store, tmp_path):
    name = demo_store.groups()[2].name
    written = worksheet.export_worksheets(demo_store, tmp_path, only=name.upper())
    assert [p.name for p in written] == [
        f"Demo workshop - social media and client confidentiality - {name}.docx"
    ]
    with pytest.raises(LookupError, match="no organization named"):
        worksheet.export_worksheets(demo_store, tmp_path, only="Nobody")


def test_python_docx_is_not_imported_at_start_up():
    code = (
        "import sys, workshop_app.cli, workshop_app.export.worksheet, "
        "workshop_app.export.handout, workshop_app.export.summary, workshop_app.export.commands; "
        "print('docx' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_big_table_keeps_every_row_in_order(tmp_path):
    """1,500 rows from a generator, every one written, in order, under its header (how long it
    takes is printed by bench/export.py, never asserted here)."""
    doc = kit.new_document(title="t", subject="s", header="h", confidential_for="c", author="a")
    kit.table(doc, ("a", "b", "c"), ([str(i), "x" * 20, "y"] for i in range(1500)))
    doc.save(str(tmp_path / "t.docx"))
    rows = docx.Document(str(tmp_path / "t.docx")).tables[0].rows
    assert len(rows) == 1501
    assert [c.text for c in rows[0].cells] == ["a", "b", "c"]
    assert [rows[i].cells[0].text for i in (1, 750, 1500)] == ["0", "749", "1499"]
    assert rows[1500].cells[1].text == "x" * 20


def test_written_file_is_complete_zip(demo_store, tmp_path):
    import zipfile

    path = worksheet.write_worksheet(demo_store, demo_store.groups()[0], tmp_path / "w.docx")
    with zipfile.ZipFile(path) as z:
        assert z.testzip() is None
        assert "word/document.xml" in z.namelist()
    assert not [p for p in Path(tmp_path).iterdir() if p.name.startswith(".~export-")]


def test_sections_are_registered_only_for_real_stage_kinds():
    """A typo ("stakeholder") would silently drop a section from every export."""
    from workshop_app.export import handout, summary
    from workshop_app.plan import STAGE_KINDS

    for registry in (worksheet.SECTIONS, handout.SECTIONS, summary.SECTIONS):
        assert registry.kinds() <= set(STAGE_KINDS), registry.name
        for kind in registry.kinds():
            assert all(callable(s) for s in registry.sections(kind))  # every name resolves
