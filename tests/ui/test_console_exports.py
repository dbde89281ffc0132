"""The console's Export menu: worksheets (one, all with progress and cancel), the blank handout,
the session summary; the work runs off the GUI thread and errors are one line via the seam."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from docx import Document
from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication, QPushButton

from workshop_app.export import worksheet
from workshop_app.export.atomic import TEMP_PREFIX


@pytest.fixture
def demo(window, interaction):
    window.try_demo()
    assert window.console is not None, interaction.messages
    return window


def export_done(window) -> bool:
    return not window.exports.runner.busy


def doc_text(path: Path) -> str:
    doc = Document(str(path))
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in doc.paragraphs] + cells)


def test_all_worksheets_off_the_gui_thread_with_progress_then_open_folder(
    qtbot, demo, interaction, tmp_path, monkeypatch
):
    threads = []
    real = worksheet.write_worksheet

    def spy(store, group, target, paper="a4", lang=None):
        threads.append(QThread.currentThread() is QApplication.instance().thread())
        return real(store, group, target, paper, lang)

    monkeypatch.setattr(worksheet, "write_worksheet", spy)
    groups = demo.ctx.store.groups()
    out = tmp_path / "out" / "worksheets"  # created by the export
    interaction.paths.append(out)
    interaction.confirm_answers.append(True)  # "Open folder"
    demo.trigger("export_all")
    dialog = demo.exports.dialog
    assert dialog is not None and dialog.isVisible() and dialog.maximum() == len(groups)
    qtbot.waitUntil(lambda: export_done(demo), timeout=30_000)
    assert threads == [False] * len(groups)  # every file written in the worker thread
    files = sorted(out.glob("*.docx"))
    assert len(files) == len(groups)
    for group in groups:
        assert any(group.name in doc_text(f) for f in files)
    assert interaction.messages[-1][:2] == ("confirm", "Exported")
    assert f"{len(groups)} files" in interaction.messages[-1][2]
    assert "Each worksheet is its organization's to keep" in interaction.messages[-1][2]
    assert interaction.opened_folders == [out]
    assert demo.exports.dialog is None  # the progress dialog went away


def test_cancel_keeps_the_finished_worksheets_and_nothing_half_written(
    qtbot, demo, interaction, tmp_path, monkeypatch
):
    real = worksheet.write_worksheet
    first_done, go_on = threading.Event(), threading.Event()

    def slow(store, group, target, paper="a4", lang=None):
        written = real(store, group, target, paper, lang)
        first_done.set()
        go_on.wait(10)
        return written

    monkeypatch.setattr(worksheet, "write_worksheet", slow)
    out = tmp_path / "cancelled"
    interaction.paths.append(out)
    demo.trigger("export_all")
    assert first_done.wait(30)
    (cancel,) = demo.exports.dialog.findChildren(QPushButton)
    assert cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    go_on.set()
    qtbot.waitUntil(lambda: export_done(demo), timeout=30_000)
    files = list(out.glob("*.docx"))
    assert len(files) == 1 < len(demo.ctx.store.groups())
    assert not list(out.glob(f"{TEMP_PREFIX}*"))
    Document(str(files[0]))  # the finished one opens
    kind, title, message = interaction.messages[-1]
    assert (kind, title) == ("confirm", "Exported") and message.startswith(
        "Export cancelled: 1 file"
    )
    assert interaction.opened_folders == []  # the scripted answer was "Close"


def test_closing_the_event_during_an_export_stops_it_cleanly(
    qtbot, demo, interaction, tmp_path, monkeypatch
):
    real = worksheet.write_worksheet
    started = threading.Event()

    def slow(store, group, target, paper="a4", lang=None):
        started.set()
        QThread.msleep(300)
        return real(store, group, target, paper, lang)

    monkeypatch.setattr(worksheet, "write_worksheet", slow)
    interaction.paths.append(tmp_path)
    demo.trigger("export_all")
    assert started.wait(30)
    assert demo.close_event()
    assert not demo.exports.runner.busy and demo.exports.dialog is None
    qtbot.wait(50)  # nothing queued from the worker arrives afterwards
    assert len(list(tmp_path.glob("*.docx"))) == 1
    assert not list(tmp_path.glob(f"{TEMP_PREFIX}*"))
    assert [m for m in interaction.messages if m[1] == "Exported"] == []


def test_this_organization_includes_text_still_being_typed(qtbot, demo, interaction, tmp_path):
    console = demo.console
    store = demo.ctx.store
    group = store.groups()[1]
    console.groups.select(group.id)
    editor = console.page.editors[0]
    editor.setFocus()
    editor.setPlainText("Typed a moment ago & not yet autosaved <ok>")
    target = tmp_path / "one" / "Casa"
    target.parent.mkdir()
    interaction.paths.append(target)
    demo.trigger("export_group")
    qtbot.waitUntil(lambda: export_done(demo), timeout=30_000)
    written = target.with_name("Casa.docx")
    text = doc_text(written)
    assert group.name in text
    assert "Typed a moment ago & not yet autosaved <ok>" in text
    assert [g.name for g in store.groups() if g.name in text] == [group.name]


def test_a_locked_worksheet_is_a_one_line_message_and_the_old_file_stays(
    qtbot, demo, interaction, tmp_path
):
    console = demo.console
    console.groups.select(demo.ctx.store.groups()[0].id)
    target = tmp_path / "Locked.docx"
    target.write_bytes(b"the good earlier file")
    (tmp_path / ".~lock.Locked.docx#").write_text("someone,laptop")
    interaction.paths.append(target)
    demo.trigger("export_group")
    qtbot.waitUntil(lambda: export_done(demo), timeout=30_000)
    kind, title, message = interaction.messages[-1]
    assert (kind, title) == ("warn", "Not exported")
    assert "open in Word or LibreOffice" in message and "\n" not in message
    assert target.read_bytes() == b"the good earlier file"
    assert not list(tmp_path.glob(f"{TEMP_PREFIX}*"))


def test_a_folder_that_cannot_be_made_is_a_one_line_message(qtbot, demo, interaction, tmp_path):
    in_the_way = tmp_path / "not a folder"
    in_the_way.write_text("a file")
    interaction.paths.append(in_the_way)
    demo.trigger("export_all")
    qtbot.waitUntil(lambda: export_done(demo), timeout=30_000)
    kind, title, message = interaction.messages[-1]
    assert (kind, title) == ("warn", "Not exported")
    assert "is a file, not a folder" in message and "\n" not in message
    assert in_the_way.read_text() == "a file"


def test_handout_on_letter_paper_and_the_session_summary(qtbot, demo, interaction, tmp_path):
    interaction.paths.append(tmp_path / "handout")  # .docx added
    demo.trigger("handout_letter")
    qtbot.waitUntil(lambda: export_done(demo), timeout=30_000)
    handout = Document(str(tmp_path / "handout.docx"))
    assert round(handout.sections[0].page_width.inches, 1) == 8.5
    assert demo.ctx.store.plan.stages[1].prompts[0].text in doc_text(tmp_path / "handout.docx")

    interaction.paths.append(tmp_path / "summary.docx")
    demo.trigger("export_summary")
    qtbot.waitUntil(lambda: export_done(demo), timeout=30_000)
    text = doc_text(tmp_path / "summary.docx")
    for group in demo.ctx.store.groups():
        assert group.name in text
    assert demo.exports.folder == tmp_path  # offered first next time


def test_no_organization_selected_says_so(demo, interaction):
    demo.console.groups.list.setCurrentRow(-1)
    demo.trigger("export_group")
    assert interaction.messages[-1][:2] == ("inform", "No organization selected")
    assert not demo.exports.runner.busy


def test_export_entries_need_an_open_event(window):
    for name in ("export_group", "export_all", "handout_a4", "export_summary", "end_workshop"):
        assert not window.actions_by_name[name].isEnabled()


def test_the_real_seam_opens_folders_with_the_desktop(monkeypatch, tmp_path):
    from workshop_app.ui import interaction as seam

    opened = []
    monkeypatch.setattr(seam.QDesktopServices, "openUrl", lambda url: opened.append(url))
    seam.Interaction().open_folder(tmp_path)
    assert [u.toLocalFile() for u in opened] == [str(tmp_path)]


def _tick_in_export_menu(qtbot, window, name: str) -> None:
    """Tick an entry of the Export menu with the mouse, as the facilitator does."""
    from PySide6.QtTest import QTest

    bar = window.menuBar()
    menu = next(a.menu() for a in bar.actions() if a.text() == "E&xport")
    action = window.actions_by_name[name]
    menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(menu.isVisible)
    QTest.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
    qtbot.waitUntil(lambda: not menu.isVisible())


# the offscreen platform cannot raise a popup menu or grab the keyboard for it
MENU_WARNINGS = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


@MENU_WARNINGS
@pytest.mark.office
def test_the_pdf_and_calendar_ticks_add_pdfs_and_ics_to_all_worksheets(
    qtbot, demo, interaction, tmp_path, soffice
):
    import icalendar

    from workshop_app.kinds.report_back import model as actions

    for name in ("export_pdf", "export_calendar"):
        assert not demo.actions_by_name[name].isChecked()
        _tick_in_export_menu(qtbot, demo, name)
        assert demo.actions_by_name[name].isChecked()
        assert demo.ctx.settings.get(name) is True  # kept for the next export
    out = tmp_path / "all"
    interaction.paths.append(out)
    interaction.confirm_answers.append(False)
    demo.trigger("export_all")
    qtbot.waitUntil(lambda: export_done(demo), timeout=240_000)
    groups = demo.ctx.store.groups()
    docs = sorted(out.glob("*.docx"))
    assert len(docs) == len(groups)
    assert sorted(out.glob("*.pdf")) == [d.with_suffix(".pdf") for d in docs]
    calendars = sorted(out.glob("*.ics"))
    with_items = [g for g in groups if actions.load(demo.ctx.store, g.id)]
    assert len(calendars) == len(with_items)
    for path in calendars:
        cal = icalendar.Calendar.from_ical(path.read_bytes())
        assert cal.walk("VEVENT") or cal.walk("VTODO")
    expected = len(docs) * 2 + len(calendars)
    assert f"{expected} files" in interaction.messages[-1][2]


@MENU_WARNINGS
def test_without_libreoffice_the_pdf_tick_says_what_is_missing(
    qtbot, demo, interaction, tmp_path, monkeypatch
):
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))  # no soffice to be found
    _tick_in_export_menu(qtbot, demo, "export_pdf")
    interaction.paths.append(tmp_path / "summary.docx")
    interaction.confirm_answers.append(False)
    demo.trigger("export_summary")
    qtbot.waitUntil(lambda: export_done(demo), timeout=30_000)
    assert (tmp_path / "summary.docx").exists()  # the Word file is written all the same
    assert not (tmp_path / "summary.pdf").exists()
    kind, title, message = interaction.messages[-1][:3]
    assert (kind, title) == ("confirm", "Exported")
    assert "Exported 1 file to" in message
    assert "No PDF written: LibreOffice is not installed" in message
