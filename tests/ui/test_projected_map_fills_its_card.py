"""A stakeholder map on the projector fills its card, and its legend reads from the back.

A walk-through at 1280×720 saw a grid 345 px wide, markers of about 8 px and category names cut
("Front-line users of s…", "Community partner…") beside a key column a third empty."""

from __future__ import annotations

import pytest

from workshop_app.kinds.stakeholders import model as sh
from workshop_app.kinds.stakeholders.ui import map_image
from workshop_app.ui.presenter import PresenterWindow
from workshop_app.ui.room import Spotlight

WALK_THROUGH = [  # the walk-through's map: two categories, three stakeholders
    sh.Stakeholder("Families we serve", "people_served", 80, 80, id="a"),
    sh.Stakeholder("Board of directors", "people_served", 70, 25, id="b"),
    sh.Stakeholder("Comms contractor", "platforms_vendors", 25, 30, id="c"),
]
EVERY_CATEGORY = [  # one stakeholder in each of the plan's categories, and one of "Other"
    sh.Stakeholder("Clients", "people_served", 20, 85, id="1"),
    sh.Stakeholder("Peer navigators", "frontline", 45, 90, id="2"),
    sh.Stakeholder("Privacy officer", "approvers", 85, 70, id="3"),
    sh.Stakeholder("County grant", "funders", 90, 20, id="4"),
    sh.Stakeholder("State board", "regulators", 60, 10, id="5"),
    sh.Stakeholder("Meta", "platforms_vendors", 15, 20, id="6"),
    sh.Stakeholder("Pride committee", "community_partners", 35, 55, id="7"),
    sh.Stakeholder("Press", "other", 60, 45, id="8"),
]


@pytest.fixture
def painters(monkeypatch):
    """Every map painter made while the test runs (what it drew, and where)."""
    made = []
    real = map_image._MapPainter

    def recording(*args, **kwargs):
        painter = real(*args, **kwargs)
        made.append(painter)
        return painter

    monkeypatch.setattr(map_image, "_MapPainter", recording)
    return made


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
@pytest.mark.parametrize("items", [WALK_THROUGH, EVERY_CATEGORY], ids=["three", "every-category"])
def test_the_projected_map_fills_its_card_with_whole_category_names(
    qtbot, make_context, demo_store, painters, size, items
):
    ctx = make_context(demo_store)
    group = demo_store.groups()[0]
    sh.save(demo_store, group.id, items)
    window = PresenterWindow(ctx)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    ctx.room.set_stage("stakeholders")
    ctx.room.show([Spotlight("stakeholder_map", group.id, "stakeholders")])

    painter = painters[-1]
    card = window.view.cards[0]
    shown = card.image.pixmap()
    scale = shown.height() / painter.h  # image pixels → pixels of the room view
    room_scale = size[1] / 720
    # the grid takes most of the card, not a square in its corner
    assert painter.plot.width() * scale >= 0.6 * card.width()
    # every category on the map is in the legend, named in full, nothing drawn outside
    used = {s.category for s in items}
    assert [cat.id for cat, _ in painter.legend] == [
        c.id for c in sh.categories(demo_store.plan) if c.id in used
    ]
    picture = map_image.QRectF(0, 0, painter.w, painter.h)
    for cat, rect in painter.legend:
        label = cat.label
        assert painter.legend_texts[cat.id] == label  # not "Community partner…"
        assert picture.contains(rect), label
        assert not rect.intersects(painter.plot), label
    # lettering of at least 18 pt at the room's size (24 px at 1280×720), markers to see
    assert painter.legend_px * scale >= 24 * room_scale
    assert painter.label_px * scale >= 24 * room_scale
    assert 2 * painter.r * scale >= 22 * room_scale
    assert painter.mode == "names"  # room for every name beside its marker: no key needed
