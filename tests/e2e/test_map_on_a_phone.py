"""The stakeholder map on a phone (finding 7 of the participant page's second pass): markers
never overlap each other or the quadrant labels, every marker is a 44 px target, and every
category's colour has ≥ 4.5:1 with its number and a shape of its own."""

from __future__ import annotations

import pytest

from workshop_app.kinds.stakeholders import model as sh
from workshop_app.lan.server import EntryServer

pytestmark = pytest.mark.browser
ORG = "Harbour Legal Aid"


def contrast(a: tuple[float, ...], b: tuple[float, ...]) -> float:
    def lum(c):
        c = [x / 255 for x in c[:3]]
        c = [x / 12.92 if x <= 0.03928 else ((x + 0.055) / 1.055) ** 2.4 for x in c]
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def rgb(css: str) -> tuple[float, ...]:
    return tuple(float(v) for v in css[css.index("(") + 1 : css.index(")")].split(",")[:3])


def overlap(a, b) -> bool:
    return not (
        a["x"] + a["width"] <= b["x"]
        or b["x"] + b["width"] <= a["x"]
        or a["y"] + a["height"] <= b["y"]
        or b["y"] + b["height"] <= a["y"]
    )


def test_a_crowded_map_on_a_phone(browser, store):
    group = store.add_group(ORG)
    stage = store.plan.stage_of_kind("stakeholders")
    cats = [c.id for c in sh.categories(stage)]
    crowd = [  # a cluster in "Manage closely", one under its label, one in each corner
        {
            "id": f"s{i}",
            "name": f"Stakeholder {i}",
            "category": cats[i % len(cats)],
            "influence": 80 + i % 3,
            "interest": 80 + i % 4,
            "note": "",
        }
        for i in range(10)
    ]
    crowd += [
        {
            "id": "top",
            "name": "Under the label",
            "category": cats[0],
            "influence": 100,
            "interest": 75,
            "note": "",
        },
        {
            "id": "low",
            "name": "Bottom corner",
            "category": cats[1],
            "influence": 0,
            "interest": 0,
            "note": "",
        },
    ]
    store.save_record(group.id, "stakeholders", crowd)
    store.set_current_stage(stage.id)
    server = EntryServer(store.path)
    info = server.start("127.0.0.1", 0)
    context = browser.new_context(viewport={"width": 390, "height": 844}, has_touch=True)
    page = context.new_page()
    try:
        page.goto(f"{info.url}?code={info.code}")
        page.get_by_role("radio", name=ORG, exact=True).check()
        page.get_by_role("button", name="Join").click()
        page.locator(".sh-marker").nth(len(crowd) - 1).wait_for()
        markers = page.locator(".sh-marker").all()
        boxes = [m.bounding_box() for m in markers]
        labels = [s.bounding_box() for s in page.locator(".sh-quadrant span").all()]
        grid = page.locator("#sh-grid").bounding_box()
        for n, box in enumerate(boxes):
            assert box["width"] >= 44 and box["height"] >= 44, (n + 1, box)
            assert (
                grid["x"] <= box["x"] and box["x"] + box["width"] <= grid["x"] + grid["width"] + 1
            )
            assert not any(overlap(box, label) for label in labels), ("label", n + 1)
            for m, other in enumerate(boxes[n + 1 :], n + 2):
                assert not overlap(box, other), (n + 1, m)
        # every category: its colour against its number, and a shape differing from the others
        shapes = set()
        for i in range(len(cats)):
            style = page.evaluate(
                """(i) => { const b = document.createElement('button');
                   b.className = 'sh-marker cat-' + i; document.getElementById('sh-grid').appendChild(b);
                   const s = getComputedStyle(b);
                   const out = [s.backgroundColor, s.color, s.borderRadius, s.borderStyle];
                   b.remove(); return out; }""",
                i,
            )
            assert contrast(rgb(style[0]), rgb(style[1])) >= 4.5, (i, style)
            shapes.add((style[2], style[3]))
        assert len(shapes) == len(cats)  # no two categories share a shape
    finally:
        context.close()
        server.stop()


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_stakeholders_buttons_share_one_row_on_a_phone(browser, store, lang):
    """ "Place on the map" and "Remove" side by side, each a 44 px target: ten stakeholders
    made the phone's page 6,254 px tall with them stacked."""
    group = store.add_group(ORG)
    stage = store.plan.stage_of_kind("stakeholders")
    cat = sh.categories(stage)[-1].id  # "Other": the longest labels are the buttons'
    items = [
        {
            "id": f"s{i}",
            "name": f"Stakeholder {i}",
            "category": cat,
            "influence": 50.0,
            "interest": 20.0 + i,
            "note": "",
        }
        for i in range(3)
    ]
    store.save_record(group.id, "stakeholders", items)
    store.set_current_stage(stage.id)
    server = EntryServer(store.path)
    info = server.start("127.0.0.1", 0)
    context = browser.new_context(
        viewport={"width": 390, "height": 844},
        has_touch=True,
        locale=lang,
        extra_http_headers={"Accept-Language": lang},
    )
    page = context.new_page()
    try:
        page.goto(f"{info.url}?code={info.code}")
        page.locator(f"input[type=radio][value='{group.id}']").check()
        page.locator("form button[type=submit]").last.click()
        page.locator(".sh-item").nth(2).wait_for()
        for item in page.locator(".sh-item").all():
            place = item.locator(".sh-place").bounding_box()
            remove = item.locator(".sh-remove").bounding_box()
            assert place["y"] == remove["y"], (place, remove)
            assert min(place["height"], remove["height"], place["width"], remove["width"]) >= 44
            card = item.bounding_box()
            assert remove["x"] + remove["width"] <= card["x"] + card["width"]
    finally:
        context.close()
        server.stop()
