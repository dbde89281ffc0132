"""The stakeholder page: add three stakeholders, drag one across a quadrant line, move one with
the arrow keys, reorder the approval chain with the keyboard, delete and undo; reopen: all kept.

Set WORKSHOP_SCREENSHOTS=docs/screenshots to keep a screenshot of the page and the canvas.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from workshop_app.kinds.stakeholders import model as sh
from workshop_app.kinds.stakeholders.ui.canvas import to_scene
from workshop_app.store import EventStore
from workshop_app.ui.context import AppContext
from workshop_app.ui.settings import Settings

STAGE = "stakeholders"


def make_page(qtbot, store: EventStore, tmp_path: Path, interaction):
    from workshop_app.kinds.stakeholders.ui.page import StakeholderEditor
    from workshop_app.ui.pages import STAGE_EXTRAS

    assert STAGE_EXTRAS[STAGE] == "workshop_app.kinds.stakeholders.ui.page:StakeholderEditor"
    ctx = AppContext.create(Settings.throwaway(tmp_path / "settings.ini"), interaction)
    ctx.attach(store)
    host = QWidget()  # embedded as in the console
    qtbot.addWidget(host)
    host.resize(1300, 900)
    page = StakeholderEditor(ctx, store.plan.stage(STAGE), host)
    page.setGeometry(0, 0, 1300, 900)
    host.show()
    qtbot.waitExposed(host)
    page.test_host = host
    return page


def drag(view, start: QPointF, end: QPointF) -> None:
    """Press on a scene point, move with the button held, release on another."""
    vp = view.viewport()
    a, b = view.mapFromScene(start), view.mapFromScene(end)
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    for t in (0.3, 0.7, 1.0):
        p = QPointF(a.x() + (b.x() - a.x()) * t, a.y() + (b.y() - a.y()) * t)
        move = QMouseEvent(
            QEvent.Type.MouseMove,
            p,
            vp.mapToGlobal(p),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(vp, move)
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, b)


def keep_screenshot(widget, name: str) -> None:
    folder = os.environ.get("WORKSHOP_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        assert widget.grab().save(str(Path(folder) / name))


def rows(page) -> list[str]:
    return [page.list.item(i).text() for i in range(page.list.count())]


def test_map_and_chain_story(qtbot, store, event_path, tmp_path, interaction):
    group = store.add_group("Cedar Valley HIV Resource Center")
    page = make_page(qtbot, store, tmp_path, interaction)
    page.set_group(group.id)
    assert len(page.canvas.markers) == 0

    # add three stakeholders from the keyboard: name, category, Enter
    for name, category in (
        ("Consumer Advisory Board", "people_served"),
        ("Ryan White Part B monitor", "funders"),
        ("Peer navigators", "frontline"),
    ):
        page.new_category.setCurrentIndex(page.new_category.findData(category))
        qtbot.keyClicks(page.new_name, name)
        qtbot.keyClick(page.new_name, Qt.Key.Key_Return)
    assert page.new_name.text() == ""
    assert len(page.canvas.markers) == 3
    assert [r.split(" — ")[0] for r in rows(page)] == [
        "1. Consumer Advisory Board",
        "2. Ryan White Part B monitor",
        "3. Peer navigators",
    ]
    # they start around the centre, clockwise from "manage closely", off the quadrant lines
    assert [(s.influence, s.interest) for s in page.items] == [(54, 54), (46, 54), (46, 46)]
    assert [r.rsplit(" · ", 1)[1] for r in rows(page)] == [
        "Manage closely",
        "Keep informed",
        "Monitor",
    ]
    cab, funder, peers = (s.id for s in page.items)

    # drag the funder across both lines, into "keep satisfied"
    start = page.canvas.markers[funder].pos()
    drag(page.canvas, start, to_scene(80, 20))
    assert "Keep satisfied" in rows(page)[1]
    saved = {s.id: s for s in sh.load(store, group.id)}
    assert saved[funder].quadrant == "keep_satisfied"
    assert abs(saved[funder].interest - 20) <= 1 and abs(saved[funder].influence - 80) <= 1
    assert page.list.currentRow() == 1  # the canvas selection shows in the list
    assert page.interest.value() == round(saved[funder].interest)

    # select the peers in the list; the canvas follows; arrow keys move it across the interest line
    page.list.setCurrentRow(2)
    assert page.canvas.current_id() == peers
    page.canvas.setFocus()
    for _ in range(3):
        qtbot.keyClick(page.canvas.viewport(), Qt.Key.Key_Down)
    qtbot.keyClick(page.canvas.viewport(), Qt.Key.Key_Right)
    qtbot.keyClick(page.canvas.viewport(), Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    saved = {s.id: s for s in sh.load(store, group.id)}
    assert (saved[peers].influence, saved[peers].interest) == (46 - 15, 46 + 5 + 1)
    assert "Keep informed" in rows(page)[2]
    assert page.canvas.markers[peers].pos() == to_scene(31, 52)
    assert page.quadrant.text() == "Keep informed"

    # labels of the three do not overlap one another
    rects = page.canvas.label_rects()
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1 :])
    keep_screenshot(page, "stakeholders-page.png")
    keep_screenshot(page.canvas, "stakeholders-canvas.png")

    # delete the CAB with the Delete key, then Ctrl+Z brings it back in its place
    page.list.setCurrentRow(0)
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_Delete)
    assert len(page.items) == 2 and cab not in page.canvas.markers
    qtbot.keyClick(page.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [s.id for s in page.items] == [cab, funder, peers]

    # the approval chain: the board moves to the top with Alt+Up, then is marked approved
    chain = page.chain
    template = list(store.plan.stage(STAGE).approval_steps)
    assert chain.list.count() == len(template)
    chain.list.setCurrentRow(len(template) - 1)
    chain.list.setFocus()
    for _ in range(len(template)):
        qtbot.keyClick(chain.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(chain.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert chain.list.currentRow() == 1
    chain.status.setCurrentIndex(chain.status.findData("approved"))
    chain.status.activated.emit(chain.status.currentIndex())
    chain.add_step()
    qtbot.keyClicks(chain.who, "Parent organization's counsel")
    qtbot.keyClick(chain.who, Qt.Key.Key_Return)
    saved_chain = sh.load_chain(store, group.id)
    assert [s.who for s in saved_chain[:2]] == [template[0], "Board of directors"]
    assert saved_chain[1].status == "approved"
    assert saved_chain[-1].who == "Parent organization's counsel"
    assert "✓ Board of directors — Approved" in chain.list.item(1).text()
    page.flush()

    # reopen the event: all kept
    store.close()
    with EventStore.open(event_path) as again:
        page2 = make_page(qtbot, again, tmp_path / "again", interaction)
        page2.set_group(group.id)
        assert rows(page2) == rows(page)
        assert {s.id: s.quadrant for s in page2.items} == {
            cab: "manage_closely",
            funder: "keep_satisfied",
            peers: "keep_informed",
        }
        assert page2.chain.list.item(1).text() == chain.list.item(1).text()
        assert page2.chain.list.count() == len(template) + 1
        page2.set_group(None)


def test_a_browser_change_reloads_the_page(qtbot, store, tmp_path, interaction):
    group = store.add_group("Blue Heron")
    page = make_page(qtbot, store, tmp_path, interaction)
    page.set_group(group.id)
    other = store.sibling()
    try:
        sh.save(
            other,
            group.id,
            [sh.Stakeholder("Reddit moderators", "platforms_vendors", 20, 30)],
            source="browser",
        )
    finally:
        other.close()
    # the listener runs on this thread here; from the LAN thread the signal is queued
    page.ctx.changes.report(
        __import__("workshop_app.store", fromlist=["Change"]).Change(
            "record", group.id, None, sh.KIND, 1, "browser"
        )
    )
    qtbot.waitUntil(lambda: page.list.count() == 1, timeout=1000)
    assert "Monitor" in rows(page)[0]


def test_a_name_that_breaks_the_rules_is_refused_in_place(qtbot, store, tmp_path, interaction):
    group = store.add_group("Casa Arcoíris")
    page = make_page(qtbot, store, tmp_path, interaction)
    page.set_group(group.id)
    page.new_name.setText("x" * 300)
    page.add_from_field()
    assert "limit is 200" in page.message.text()
    assert page.list.count() == 0
    assert not interaction.messages


def test_a_crowded_canvas_numbers_its_markers_without_overlapping_labels(
    qtbot, store, tmp_path, interaction
):
    group = store.add_group("Casa Arcoíris")
    crowd = [
        sh.Stakeholder(f"Stakeholder {i}", "funders", 10 + (i * 37) % 80, 10 + (i * 53) % 80)
        for i in range(1, 31)
    ]
    sh.save(store, group.id, crowd)
    page = make_page(qtbot, store, tmp_path, interaction)
    page.set_group(group.id)
    assert [page.canvas.labels[s.id].text() for s in page.items] == [str(i) for i in range(1, 31)]
    assert page.list.item(29).text().startswith("30. Stakeholder 30")
    rects = page.canvas.label_rects()
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1 :])


def test_history_restores_a_moved_stakeholder(qtbot, store, tmp_path, interaction):
    group = store.add_group("Blue Heron")
    sh.save(
        store, group.id, [sh.Stakeholder("County health officer", "regulators", 85, 40, id="c1")]
    )
    page = make_page(qtbot, store, tmp_path, interaction)
    page.set_group(group.id)
    page.move("c1", 20, 80)  # dragged into "keep informed" by mistake
    assert "Keep informed" in rows(page)[0]

    def pick_first_version(dialog) -> bool:
        assert dialog.list.count() == 2 and "(current)" in dialog.list.item(0).text()
        dialog.select_revision(1)
        assert "Keep satisfied" in dialog.preview.toPlainText()
        dialog.restore_selected()
        return True

    interaction.dialog_handlers.append(pick_first_version)
    qtbot.mouseClick(page.history_button, Qt.MouseButton.LeftButton)
    assert interaction.dialogs and interaction.dialogs[0].startswith("History")
    assert "Keep satisfied" in rows(page)[0]
    assert sh.load(store, group.id)[0].influence == 85
    assert store.record(group.id, sh.KIND).revision == 3  # the restore is a new version


def test_dropping_a_chain_step_elsewhere_saves_the_new_order(qtbot, store, tmp_path, interaction):
    from PySide6.QtCore import QModelIndex

    group = store.add_group("Casa Arcoíris")
    page = make_page(qtbot, store, tmp_path, interaction)
    page.set_group(group.id)
    chain = page.chain
    last = chain.list.count() - 1
    # what a drag and drop does to the list's model: the board moves to the top
    assert chain.list.model().moveRow(QModelIndex(), last, QModelIndex(), 0)
    saved = sh.load_chain(store, group.id)
    assert saved[0].who == "Board of directors"
    assert chain.list.item(0).text().startswith("1. ○ Board of directors")


def test_enter_in_the_new_stakeholders_category_adds_it(qtbot, store, tmp_path, interaction):
    """Walk-through: a name typed, Tab to its category, a category chosen, Enter: nothing was
    added (only the name field took Enter)."""
    group = store.add_group("Peer Link")
    page = make_page(qtbot, store, tmp_path, interaction)
    page.set_group(group.id)
    page.new_name.setFocus()
    QTest.keyClicks(page.new_name, "State health grant")
    QTest.keyClick(page.new_name, Qt.Key.Key_Tab)
    box = page.new_category
    funders = box.findData("funders")
    assert funders >= 0
    box.setCurrentIndex(funders)  # as the arrow keys or the drop-down choose it
    QTest.keyClick(box, Qt.Key.Key_Return)
    saved = sh.load(store, group.id)
    assert [(s.name, s.category) for s in saved] == [("State health grant", "funders")]
    assert page.new_name.text() == ""
    QTest.keyClick(box, Qt.Key.Key_Return)  # nothing typed: nothing more is added
    assert len(sh.load(store, group.id)) == 1
