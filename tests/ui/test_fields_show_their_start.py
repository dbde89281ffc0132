"""A one-line field filled from the event file shows the start of its text, not its end: the
approval chain's "Who" read "…and client advisory members" in a 1280×720 console. While one is
being typed in, nothing moves its cursor."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from workshop_app.kinds.drafting import clauses
from workshop_app.kinds.stakeholders import model as sh
from workshop_app.ui.context import AppContext
from workshop_app.ui.settings import Settings

LONG_NOTE = (
    "Ask them in the first week: they meet on the first Tuesday of the month and want any draft"
    " in their hands a full week before the meeting"
)


def host(qtbot, store, tmp_path, interaction, extra_class, stage_id: str, width: int = 560):
    ctx = AppContext.create(Settings.throwaway(tmp_path / "settings.ini"), interaction)
    ctx.attach(store)
    box = QWidget()  # as wide as the console's page at 1280×720
    qtbot.addWidget(box)
    box.resize(width, 1100)
    extra = extra_class(ctx, store.plan.stage(stage_id), box)
    extra.setGeometry(0, 0, width, 1100)
    extra.fit_width(width)
    box.show()
    qtbot.waitExposed(box)
    extra.test_host = box
    return extra


def shows_its_start(line: QLineEdit) -> bool:
    """The character at the field's left edge is the text's first."""
    assert line.fontMetrics().horizontalAdvance(line.text()) > line.width()  # it is long
    line.grab()  # painted as on screen: where the field scrolls to is settled when it paints
    return line.cursorPositionAt(QPoint(4, line.height() // 2)) == 0


def click_row(view, row: int) -> None:
    rect = view.visualItemRect(view.item(row))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QApplication.processEvents()


@pytest.fixture
def stakeholders(qtbot, store, tmp_path, interaction):
    from workshop_app.kinds.stakeholders.ui.page import StakeholderEditor

    group = store.add_group("Cedar Valley HIV Resource Center")
    sh.save(
        store,
        group.id,
        [
            sh.Stakeholder(
                "Ryan White Part B program monitor at the state health department's HIV, STD and hepatitis office",
                "funders",
                70,
                60,
                note=LONG_NOTE,
            )
        ],
    )
    editor = host(qtbot, store, tmp_path, interaction, StakeholderEditor, "stakeholders")
    editor.set_group(group.id)
    return editor


def test_the_approval_chains_who_shows_the_start_of_a_long_step(stakeholders):
    chain = stakeholders.chain
    first = chain.steps()[0].who
    assert first == "Drafting committee, including peer and client advisory members"
    click_row(chain.list, 1)
    click_row(chain.list, 0)  # a click on the step fills the fields below
    assert chain.who.text() == first
    assert shows_its_start(chain.who), chain.who.cursorPosition()
    # typing at its end, then Enter: the cursor stays where the typing is
    QTest.mouseClick(chain.who, Qt.MouseButton.LeftButton)
    QTest.keyClick(chain.who, Qt.Key.Key_End)
    QTest.keyClicks(chain.who, " and two board members")
    QTest.keyClick(chain.who, Qt.Key.Key_Return)
    assert chain.steps()[0].who == first + " and two board members"
    assert chain.who.hasFocus() and chain.who.cursorPosition() == len(chain.who.text())
    # and once the cursor has left, the step reads from its start again when shown
    click_row(chain.list, 1)
    click_row(chain.list, 0)
    assert shows_its_start(chain.who)


def test_a_stakeholders_name_and_note_show_their_start(stakeholders):
    click_row(stakeholders.list, 0)
    assert stakeholders.note.text() == LONG_NOTE
    assert shows_its_start(stakeholders.note)
    assert shows_its_start(stakeholders.name)


def test_a_clause_title_shows_its_start(qtbot, store, tmp_path, interaction):
    from workshop_app.kinds.drafting.ui.page import DraftEditor

    group = store.add_group("Peer Link")
    stage = store.plan.stage_of_kind("drafting")
    title = "What staff may post from their own phones about the groups they facilitate"
    editor = host(qtbot, store, tmp_path, interaction, DraftEditor, stage.id, width=560)
    editor.set_group(group.id)
    QTest.mouseClick(editor.add, Qt.MouseButton.LeftButton)  # "Add our own clause"
    QTest.keyClicks(editor.title, title)
    assert editor.flush()
    own = next(c.key for c in clauses.load_draft(store, group.id).clauses if c.title == title)
    editor.select(editor.draft.clauses[0].key)
    click_row(editor.list, editor.list.row_of(own))
    assert editor.title.text() == title
    assert shows_its_start(editor.title)
