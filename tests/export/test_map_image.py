"""The stakeholder map image: fixed size, labelled, readable with 5 and with 60 stakeholders.

Set WORKSHOP_SCREENSHOTS=docs/screenshots to keep both PNGs.
"""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from workshop_app.kinds.stakeholders import model as sh
from workshop_app.kinds.stakeholders.ui.map_image import (
    SIZE,
    _MapPainter,
    render_stakeholder_map,
    style_for,
)


@pytest.fixture(autouse=True)
def _app(qapp):
    """The session's QApplication first, so the map never makes a bare QGuiApplication here."""


def _cats(plan):
    return sh.categories(plan)


def crowd(plan, n: int, seed: int = 6) -> list[sh.Stakeholder]:
    rnd = random.Random(seed)
    ids = [c.id for c in _cats(plan)]
    return [
        sh.Stakeholder(
            f"Stakeholder {i}", rnd.choice(ids), rnd.uniform(0, 100), rnd.uniform(0, 100)
        )
        for i in range(1, n + 1)
    ]


def ink(image: QImage, rect) -> int:
    """Dark pixels inside `rect` (text is dark on a light background)."""
    r = rect.toAlignedRect()
    count = 0
    for x in range(max(0, r.left()), min(image.width(), r.right()), 2):
        for y in range(max(0, r.top()), min(image.height(), r.bottom()), 2):
            if image.pixelColor(x, y).lightness() < 80:
                count += 1
    return count


def keep(png: bytes, name: str) -> None:
    folder = os.environ.get("WORKSHOP_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        (Path(folder) / name).write_bytes(png)


@pytest.mark.parametrize(("n", "mode"), [(5, "names"), (60, "numbers")])
def test_map_has_a_fixed_size_and_every_label_is_drawn(plan, n, mode):
    items = (
        crowd(plan, n)
        if n == 60
        else [
            sh.Stakeholder("Consumer Advisory Board", "people_served", 70, 90),
            sh.Stakeholder("Ryan White Part B monitor", "funders", 80, 30),
            sh.Stakeholder("Peer navigators", "frontline", 35, 85),
            sh.Stakeholder("County health department", "regulators", 60, 55),
            sh.Stakeholder("Meta", "platforms_vendors", 20, 10),
        ]
    )
    painter = _MapPainter(items, _cats(plan), f"Stakeholder map: {n} stakeholders", SIZE)
    png = painter.png()
    keep(png, f"stakeholder-map-{n}.png")
    assert png.startswith(b"\x89PNG")
    image = QImage.fromData(png)
    assert (image.width(), image.height()) == SIZE
    assert painter.mode == mode
    assert len(painter.rects) == n
    assert all(ink(image, r) > 3 for r in painter.rects), "a label was not drawn"
    overlapping = sum(
        a.intersects(b) for i, a in enumerate(painter.rects) for b in painter.rects[i + 1 :]
    )
    assert overlapping == 0 if n == 5 else overlapping <= 2


def test_map_from_the_store_and_the_empty_map(store, plan):
    g = store.add_group("Cedar Valley HIV Resource Center")
    empty = QImage.fromData(render_stakeholder_map(store, g.id))
    assert (empty.width(), empty.height()) == SIZE
    sh.save(store, g.id, crowd(plan, 8))
    png = render_stakeholder_map(store, g.id)
    assert QImage.fromData(png).size() == empty.size()
    assert png != render_stakeholder_map(store, g.id, size=SIZE, title="Other title")
    assert png == render_stakeholder_map(store, g.id)  # deterministic


def test_colour_and_shape_both_differ_between_categories(plan):
    styles = [style_for(_cats(plan), c.id) for c in _cats(plan)]
    assert len({c for c, _ in styles}) == len(styles)
    assert len({s for _, s in styles}) == len(styles)
