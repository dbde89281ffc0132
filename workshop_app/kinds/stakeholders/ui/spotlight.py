"""A group's stakeholder map on the projector, under the room's label for the group."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from workshop_app import i18n
from workshop_app.kinds.stakeholders import model as sh
from workshop_app.ui.room import Spotlight
from workshop_app.ui.spotlight import RoomNames, SpotlightContent, room_words

MAP_SIZE = (2400, 835)  # the shape of a spotlight card's picture on a 16:9 projector (1176×409)
MAP_TEXT_SCALE = 3.0


def stakeholder_map_content(ctx: Any, item: Spotlight, group_label: str) -> SpotlightContent:
    from workshop_app.kinds.stakeholders.ui.map_image import render_stakeholder_map

    store = ctx.store
    # the map's own title would name the organization: give it the room's label instead; a
    # stakeholder such as "Cedar Clinic board" names it too, and the image is never redacted
    # after rendering, so its labels are redacted here
    names = RoomNames(store, bool(getattr(ctx.room, "names_visible", False)))
    items = [
        replace(s, name=names.redact(s.name), note=names.redact(s.note))
        for s in sh.load(store, item.group_id)
    ]
    # the card's own shape, and lettering three times the print's: readable from the back;
    # drawn in the room's language (its quarters, axes, key) with the plan's categories in it
    words = room_words(ctx)
    with i18n.using(words.lang):
        png = render_stakeholder_map(
            items,
            categories=sh.categories(i18n.plan_in(store.plan, words.lang)),
            title="",  # the card's heading says whose map it is
            size=MAP_SIZE,
            text_scale=MAP_TEXT_SCALE,
        )
    return SpotlightContent(words.translate("Projector", "Stakeholder map"), image_png=png)
