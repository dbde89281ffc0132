"""New stakeholders on the console's map: each one added starts near the centre (not yet placed,
to be dragged where it belongs), off the quadrant lines, where its marker and its name overlap
no other marker or name. They all used to start around 50/50, on the lines, on top of each
other."""

from __future__ import annotations

from itertools import combinations

import pytest
from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from workshop_app.kinds.stakeholders import model as sh
from workshop_app.kinds.stakeholders.ui.canvas import RADIUS, RING
from workshop_app.ui.context import AppContext
from workshop_app.ui.settings import Settings

NAMES = [
    ("Consumer Advisory Board", "people_served"),
    ("Ryan White Part B monitor", "funders"),
    ("Peer navigators", "frontline"),
    ("County health department", "regulators"),
    ("Communications lead", "frontline"),
    ("Youth advisory council", "people_served"),
]


@pytest.fixture
def page(qtbot, store, tmp_path, interaction):
    from workshop_app.kinds.stakeholders.ui.page import StakeholderEditor

    ctx = AppContext.create(Settings.throwaway(tmp_path / "settings.ini"), interaction)
    ctx.attach(store)
    host = QWidget()  # a page as wide as the console's at 1280×720
    qtbot.addWidget(host)
    host.resize(560, 1100)
    editor = StakeholderEditor(ctx, store.plan.stage("stakeholders"), host)
    editor.setGeometry(0, 0, 560, 1100)
    editor.fit_width(560)
    host.show()
    qtbot.waitExposed(host)
    editor.test_host = host  # kept alive with the page
    return editor


def add_by_mouse(page, name: str, category: str) -> None:
    page.new_name.setFocus()
    QTest.keyClicks(page.new_name, name)
    page.new_category.setCurrentIndex(page.new_category.findData(category))
    QTest.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()


def marker_rect(marker) -> QRectF:
    p = marker.pos()
    return QRectF(p.x() - RADIUS, p.y() - RADIUS, 2 * RADIUS, 2 * RADIUS)


def test_six_added_with_the_add_button_each_have_a_place_of_their_own(
    qtbot, page, store, interaction, tmp_path
):
    group = store.add_group("Cedar Valley HIV Resource Center")
    page.set_group(group.id)
    canvas = page.canvas
    for name, category in NAMES:
        add_by_mouse(page, name, category)
    assert [s.name for s in sh.load(store, group.id)] == [n for n, _ in NAMES]
    page.grab().save(str(tmp_path / "new-stakeholders.png"))
    markers = [canvas.markers[s.id] for s in page.items]
    labels = [canvas.labels[s.id] for s in page.items]
    assert [label.text() for label in labels] == [n for n, _ in NAMES]  # named, not numbered
    # no two names overlap, and no name covers a marker
    rects = [label.sceneBoundingRect() for label in labels]
    for a, b in combinations(rects, 2):
        assert not a.intersects(b), (a, b)
    for rect in rects:
        assert not any(rect.intersects(marker_rect(m)) for m in markers)
    # no marker on another (their selection rings clear each other)
    for a, b in combinations(markers, 2):
        assert QLineF(a.pos(), b.pos()).length() >= 2 * RING * RADIUS
    for s in page.items:
        # off the quadrant lines: each clearly in one quadrant ...
        assert abs(s.influence - sh.BOUNDARY) >= 3 and abs(s.interest - sh.BOUNDARY) >= 3
        # ... and still near the centre: not yet placed
        assert abs(s.influence - 50) <= 25 and abs(s.interest - 50) <= 25
    assert not interaction.messages


def test_a_new_one_avoids_a_stakeholder_already_placed_near_the_centre(qtbot, page, store):
    group = store.add_group("Peer Link")
    sh.save(store, group.id, [sh.Stakeholder("Board of directors", "approvers", 56, 56)])
    page.set_group(group.id)
    add_by_mouse(page, "Outreach workers", "frontline")
    first, new = page.items
    a, b = page.canvas.markers[first.id].pos(), page.canvas.markers[new.id].pos()
    assert QLineF(a, b).length() >= 2 * RING * RADIUS
    rects = page.canvas.label_rects()
    assert not rects[0].intersects(rects[1])
