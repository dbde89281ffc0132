"""The report-back page: three groups report, the room compares two cards, actions get dates.

Set WORKSHOP_SCREENSHOTS=docs/screenshots to keep the page and projector screenshots.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea

from workshop_app.kinds.report_back import model as actions
from workshop_app.store import EventStore
from workshop_app.ui.context import AppContext
from workshop_app.ui.interaction import Interaction
from workshop_app.ui.room import Spotlight
from workshop_app.ui.settings import Settings
from workshop_app.ui.widgets import shown_date

STAGE = "report_back"
ANSWERS = {
    "Cedar Valley HIV Resource Center": (
        "The core rule: nothing that identifies a client, ever.",
        "Peer navigators' personal accounts at Cedar Valley HIV Resource Center.",
        "Privacy officer sets up the drafting committee by next month; "
        "communications coordinator asks the web contractor to remove the pixel.",
    ),
    "Casa Arcoíris": (
        "No private messages to youth from personal accounts.",
        "Photos at Pride: a tag can out a 15-year-old.",
        "Program director drafts the photo clauses with the Youth Advisory Council.",
    ),
    "Riverside Recovery": (
        "Never confirming someone is a client.",
        "Reviews that name a client's treatment.",
        "- Executive director asks counsel about Part 2\n- Clinical lead trains the front desk",
    ),
}


class Answers(Interaction):
    """Answers every question without a dialog and remembers what was asked."""

    def __init__(self) -> None:
        super().__init__(None)
        self.asked: list[str] = []
        self.confirm_answers: list[bool] = []
        self.folder: Path | None = None

    def inform(self, title, message):
        self.asked.append(f"inform: {title}")

    def warn(self, title, message):
        self.asked.append(f"warn: {title}: {message}")

    def confirm(self, title, message, yes="OK", no="Cancel", icon=None, default="yes"):
        self.asked.append(f"confirm: {title}")
        return self.confirm_answers.pop(0) if self.confirm_answers else False

    def choose_folder(self, title, folder):
        self.asked.append(f"folder: {title}")
        return self.folder


def make_ctx(store: EventStore, tmp_path: Path) -> AppContext:
    ctx = AppContext.create(Settings.throwaway(tmp_path / "settings.ini"), Answers())
    ctx.attach(store)
    ctx.room.set_stage(STAGE)
    return ctx


def make_page(qtbot, ctx):
    from workshop_app.kinds.report_back.ui.page import ReportBackEditor

    # in a scroll area, as in the console's stage page
    host = QScrollArea()
    host.setWidgetResizable(True)
    qtbot.addWidget(host)
    host.resize(1400, 900)
    page = ReportBackEditor(ctx, ctx.store.plan.stage(STAGE))
    host.setWidget(page)
    host.show()
    page.test_host = host  # qtbot keeps only a weak reference
    return page


def keep_screenshot(widget, name: str) -> None:
    folder = os.environ.get("WORKSHOP_SCREENSHOTS")
    if folder:
        for _ in range(5):
            QApplication.processEvents()  # let pending layout requests run before the picture
        Path(folder).mkdir(parents=True, exist_ok=True)
        assert widget.grab().save(str(Path(folder) / name))


def label_texts(widget) -> str:
    return "\n".join(
        label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)
    )


@pytest.fixture
def three(store):
    return [store.add_group(name).id for name in ANSWERS]


def test_report_back_story(qtbot, store, three, event_path, tmp_path):
    from workshop_app.ui.pages import STAGE_EXTRAS
    from workshop_app.ui.presenter import PresenterView

    assert STAGE_EXTRAS["report_back"].endswith(":ReportBackEditor")
    ctx = make_ctx(store, tmp_path)
    page = make_page(qtbot, ctx)
    cedar, casa, river = three

    # fill three groups' report back in their cards (one typed key by key)
    for group_id, values in zip(three, ANSWERS.values(), strict=True):
        card = page.cards[group_id]
        for editor, value in zip(card.editors.values(), values, strict=True):
            editor.setPlainText(value)
    typed = page.cards[casa].editors["easiest"]
    typed.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(typed, " Written down.")
    assert page.flush()
    assert store.answer_text(casa, STAGE, "easiest").endswith("personal accounts. Written down.")
    assert store.answer_text(river, STAGE, "first_step").startswith("- Executive director")

    # order the cards: Riverside first (Alt+Up twice), then Cedar Valley one later
    page.set_group(river)
    page.order_list.setFocus()
    qtbot.keyClick(page.order_list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(page.order_list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert page.order() == [river, cedar, casa]
    page.set_group(cedar)
    page.down_button.click()
    assert page.order() == page.card_order() == [river, casa, cedar]
    assert page.cards[river].title.text() == "1. Riverside Recovery"
    page.set_reported(river, True)
    assert "Reported" in page.cards[river].state.text()

    # spotlight two side by side; the projector shows both, names hidden in privacy mode
    projector = PresenterView(ctx)
    qtbot.addWidget(projector)
    projector.resize(1280, 720)
    projector.show()
    page.order_list.clearSelection()
    page.order_list.item(0).setSelected(True)  # Riverside
    page.order_list.item(2).setSelected(True)  # Cedar Valley
    assert page.show_button.text() == "Show 2 cards on projector"
    page.show_button.click()
    assert ctx.room.spotlight == [
        Spotlight("report_card", river, STAGE),
        Spotlight("report_card", cedar, STAGE),
    ]
    assert "On screen" in page.cards[cedar].state.text()
    assert len(projector.cards) == 2
    seen = label_texts(projector)
    assert "Group C" in seen and "Group A" in seen  # event order: Cedar = A, Riverside = C
    assert "Reviews that name a client's treatment." in seen
    assert "Peer navigators' personal accounts at Group A." in seen
    for name in ANSWERS:
        assert name not in seen
    keep_screenshot(projector, "report-back-projector-two-cards.png")

    page.hardest_button.click()
    assert ctx.room.spotlight == [Spotlight("hardest_parts", None, STAGE)]
    seen = label_texts(projector)
    assert "Group B: Photos at Pride" in seen and "Group C: Reviews" in seen
    keep_screenshot(projector, "report-back-projector-hardest-parts.png")
    ctx.room.set_names_visible(True)
    assert "Casa Arcoíris: Photos at Pride" in label_texts(projector)

    # actions from first steps, then a due date
    table = page.cards[cedar].actions
    qtbot.mouseClick(table.create_button, Qt.MouseButton.LeftButton)
    assert [i.owner for i in table.items] == ["Privacy officer", "Communications coordinator"]
    page.cards[river].actions.create_button.click()
    assert len(actions.load(store, river)) == 2
    table.set_field(0, "due", "2026-12-15")
    table.set_field(1, "status", "started")
    table.set_field(1, "due", "soon")  # refused: kept as typed in its cell, not saved
    assert "YYYY-MM-DD" in table.error.text()
    qtbot.waitUntil(lambda: "Not saved" in table.table.item(1, 2).toolTip())  # marked
    assert table.table.item(1, 2).text() == "soon"
    table.create_button.click()  # nothing new to add
    assert len(actions.load(store, cedar)) == 2
    page.set_group(cedar)
    keep_screenshot(page, "report-back-page.png")
    projector.close()
    page.close()
    store.close()

    # reopen: all kept
    with EventStore.open(event_path) as again:
        ctx2 = make_ctx(again, tmp_path)
        page2 = make_page(qtbot, ctx2)
        assert page2.order() == page2.card_order() == [river, casa, cedar]
        assert page2.order_list.item(0).checkState() == Qt.CheckState.Checked
        assert page2.cards[casa].editors["easiest"].toPlainText().endswith("Written down.")
        kept = page2.cards[cedar].actions.items
        assert [(i.due, i.status) for i in kept] == [("2026-12-15", "planned"), ("", "started")]
        assert len(again.record_history(cedar, actions.KIND)) >= 3
        page2.close()


def test_show_needs_one_to_three_groups(qtbot, store, tmp_path):
    ids = [store.add_group(f"Org {n}").id for n in range(4)]
    ctx = make_ctx(store, tmp_path)
    page = make_page(qtbot, ctx)
    page.order_list.selectAll()
    assert not page.show_button.isEnabled()
    page.show_selected()
    assert ctx.room.spotlight == []
    page.set_group(ids[1])
    assert page.show_button.isEnabled() and page.show_button.text() == "Show cards on projector"
    store.remove_group(ids[0])
    assert page.order() == ids[1:] and ids[0] not in page.cards


def test_the_console_shows_the_cards_and_ends_the_workshop(qtbot, window, interaction, tmp_path):
    from workshop_app.kinds.report_back.ui.page import ReportBackEditor

    window.resize(1600, 1000)
    window.try_demo()
    console = window.console
    assert console is not None, interaction.messages
    store = window.ctx.store
    console.go_to(STAGE)
    page = console.page.extra
    assert isinstance(page, ReportBackEditor)
    casa = store.groups()[1].id
    console.groups.select(casa)
    assert page.selected_groups() == [casa]
    assert len(page.cards[casa].actions.items) == 2  # the demo's action items
    # an answer typed in a card shows in the console's editor for the same group
    card_editor = page.cards[casa].editors["easiest"]
    card_editor.setPlainText("Typed in the card")
    assert card_editor.flush()
    assert console.page.editor("easiest").toPlainText() == "Typed in the card"
    page.show_selected()
    assert window.ctx.room.spotlight == [Spotlight("report_card", casa, STAGE)]
    top = page.mapTo(console.page.widget(), QPoint(0, 0)).y()
    console.page.verticalScrollBar().setValue(top - 8)  # the cards' controls at the top
    keep_screenshot(window, "console-report-back.png")

    out = tmp_path / "exports"
    interaction.confirm_answers += [True, True, False]  # end; export; don't open the folder
    interaction.paths.append(out)
    qtbot.mouseClick(page.end_button, Qt.MouseButton.LeftButton)
    assert store.event().ended_at
    # the same path as Stage → End workshop: the files are written off the GUI thread
    qtbot.waitUntil(lambda: not window.exports.runner.busy, timeout=30_000)
    assert len(list(out.glob("*.docx"))) == len(store.groups()) + 1
    assert f"Exported {len(store.groups()) + 1} files" in window.statusBar().currentMessage()


def test_the_projector_knows_report_cards_without_the_console_page(store, tmp_path):
    from workshop_app.ui.spotlight import RoomNames, spotlight_content

    a = store.add_group("Harbour Legal Aid").id
    store.save_answer(a, STAGE, "hardest", "Harbour Legal Aid could not agree on texting.")
    ctx = make_ctx(store, tmp_path)
    card = spotlight_content(ctx, Spotlight("report_card", a, STAGE), "Group A")
    assert card.text.startswith("Easiest: —\n\nHardest: Harbour Legal Aid could not agree")
    hardest = spotlight_content(ctx, Spotlight("hardest_parts", None, STAGE), "All groups")
    names = RoomNames(store, names_visible=False)
    assert names.redact(hardest.text) == "Group A: Group A could not agree on texting."


def test_a_browser_save_during_a_cell_edit_loses_neither(qtbot, store, tmp_path):
    from PySide6.QtWidgets import QLineEdit

    a = store.add_group("Harbour Legal Aid").id
    first = actions.add(store, a, {"what": "Call the board"})
    ctx = make_ctx(store, tmp_path)
    page = make_page(qtbot, ctx)
    table = page.cards[a].actions
    table.table.setFocus()
    table.table.editItem(table.table.item(0, 1))
    editor = table.table.findChild(QLineEdit)
    assert editor is not None and table.table.state() == table.table.State.EditingState
    # a participant adds an action from a phone meanwhile
    browser_items = [first, actions.ActionItem("Collect the logins", id="b1")]
    actions.save(store, a, browser_items, source="browser")
    assert table.table.rowCount() == 1  # not reloaded under the facilitator's cursor
    editor.setText("Chair")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.table.rowCount() == 2)
    assert [(i.what, i.owner) for i in actions.load(store, a)] == [
        ("Call the board", "Chair"),
        ("Collect the logins", ""),
    ]


def test_closing_the_event_on_report_back_then_opening_another_raises_nothing(
    qtbot, window, interaction
):
    """The room outlives each event's console: a closed report-back page must stop listening,
    or the next event's first stage change calls into its deleted widgets (a traceback)."""
    window.try_demo()
    window.console.go_to(STAGE)
    window.actions_by_name["close_event"].trigger()
    qtbot.waitUntil(lambda: not window.findChildren(_report_back_editor()))
    window.try_demo()  # sets the stage: the room says the spotlight changed
    window.ctx.room.clear()
    assert window.console is not None, interaction.messages


def _report_back_editor() -> type:
    from workshop_app.kinds.report_back.ui.page import ReportBackEditor

    return ReportBackEditor


def test_a_due_date_typed_as_jan_10_is_kept_and_a_refused_one_is_said_under_the_table(
    qtbot, store, three, tmp_path
):
    ctx = make_ctx(store, tmp_path)
    page = make_page(qtbot, ctx)
    cedar = three[0]
    table = page.cards[cedar].actions
    table.add_button.click()
    table.set_field(0, "due", "Jan 10")
    stored = actions.load(store, cedar)[0].due
    assert stored.endswith("-01-10")
    assert table.table.item(0, 2).text() == shown_date(stored)
    table.set_field(0, "due", "next tuesday")
    assert table.error.isVisibleTo(page) and "not a date" in table.error.text()
    assert "not a date" not in page.message.text()  # said by the field, not far up the page
    assert actions.load(store, cedar)[0].due == stored  # what was saved stays saved
    table.set_field(0, "due", "10 Jan")
    assert not table.error.isVisibleTo(page)  # fixed: the message goes


def type_in_cell(qtbot, table, row: int, column: int, typed: str) -> None:
    """Select the cell, F2, type over what is there and press Enter, as a facilitator does."""
    from PySide6.QtWidgets import QLineEdit

    view = table.table
    view.window().activateWindow()
    qtbot.waitUntil(view.window().isActiveWindow)
    if view.state() == view.State.EditingState:  # "Add action" opened its "what": leave it
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    view.setCurrentCell(row, column)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.parent() is view.viewport()
    editor.selectAll()
    qtbot.keyClicks(editor, typed)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)  # committed, queued


@pytest.fixture
def c_system_locale(monkeypatch):
    """The system's locale is C (LANG=C.UTF-8): no date order of its own."""
    from PySide6.QtCore import QLocale

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(QLocale.Language.C)))


def test_on_a_us_event_1_20_and_1_10_are_january_dates(
    qtbot, store, three, tmp_path, c_system_locale
):
    assert store.plan.region == "us"
    ctx = make_ctx(store, tmp_path)
    page = make_page(qtbot, ctx)
    cedar = three[0]
    table = page.cards[cedar].actions
    table.add_button.click()
    type_in_cell(qtbot, table, 0, 2, "1/20")
    assert not table.error.isVisibleTo(page), table.error.text()
    saved = actions.load(store, cedar)[0].due
    assert saved[4:] == "-01-20" and table.table.item(0, 2).text() == shown_date(saved)
    type_in_cell(qtbot, table, 0, 2, "1/10")  # a day both ways: the US order, month first
    assert actions.load(store, cedar)[0].due[4:] == "-01-10"


def test_the_system_order_or_else_the_region_reads_1_10(monkeypatch):
    from PySide6.QtCore import QLocale

    from workshop_app.ui.widgets import day_first

    def system(name: str) -> None:
        monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(name)))

    system("C")
    assert (day_first("us"), day_first("uk"), day_first("")) == (False, True, None)
    system("en_GB")  # the system's own order comes first
    assert (day_first("us"), day_first("")) == (True, True)
    system("en_US")
    assert (day_first("uk"), day_first("")) == (False, False)


def test_a_refused_due_date_stays_in_its_cell_marked_until_it_is_fixed(
    qtbot, store, three, tmp_path
):
    from PySide6.QtGui import QColor

    ctx = make_ctx(store, tmp_path)
    page = make_page(qtbot, ctx)
    cedar = three[0]
    table = page.cards[cedar].actions
    table.add_button.click()
    type_in_cell(qtbot, table, 0, 1, "Privacy officer")
    type_in_cell(qtbot, table, 0, 2, "soon")
    qtbot.waitUntil(lambda: table.table.item(0, 2).toolTip() != "")  # the table's reload ran
    cell = table.table.item(0, 2)
    assert cell.text() == "soon"  # what was typed, to see and fix
    assert cell.foreground().color() == QColor("#b00020")
    assert "Not saved" in cell.toolTip() and "“soon” is not a date" in cell.toolTip()
    assert "soon, not saved" in cell.data(Qt.ItemDataRole.AccessibleTextRole)
    assert table.error.isVisibleTo(page)
    [item] = actions.load(store, cedar)
    assert (item.owner, item.due) == ("Privacy officer", "")  # the rest of the row is saved
    type_in_cell(qtbot, table, 0, 0, "Draft the policy")  # another cell saves…
    assert table.table.item(0, 2).text() == "soon" and table.error.isVisibleTo(page)  # …it stays

    type_in_cell(qtbot, table, 0, 2, "Jan 10")
    cell = table.table.item(0, 2)
    saved = actions.load(store, cedar)[0].due
    assert saved[4:] == "-01-10" and cell.text() == shown_date(saved)
    assert cell.toolTip() == "" and cell.foreground().color() != QColor("#b00020")
    assert cell.icon().isNull()
    assert not table.error.isVisibleTo(page)
    assert "not saved" not in cell.data(Qt.ItemDataRole.AccessibleTextRole)


def test_create_from_first_step_fills_the_due_date_the_step_names(
    qtbot, store, three, tmp_path, c_system_locale
):
    cedar = three[0]
    store.save_answer(
        cedar,
        STAGE,
        "first_step",
        "Privacy officer drafts the policy by Jan 10; ask the board to approve it by 1/10",
    )
    ctx = make_ctx(store, tmp_path)
    page = make_page(qtbot, ctx)
    table = page.cards[cedar].actions
    qtbot.mouseClick(table.create_button, Qt.MouseButton.LeftButton)
    rows = [[table.table.item(r, c).text() for c in range(3)] for r in range(2)]
    assert [(owner, due[:6]) for _what, owner, due in rows] == [
        ("Privacy officer", "10 Jan"),
        ("", "10 Jan"),  # a US event on a C system: month first
    ]
    assert [shown_date(i.due) for i in actions.load(store, cedar)] == [rows[0][2], rows[1][2]]
