"""The vote's tally on the projector: one bar per item, most dots first, each item by its first
sentence (the console shows it whole). In privacy mode an answer keeps the room's label for
its organization ("Group B") and names in it are redacted."""

from __future__ import annotations

from typing import Any

from workshop_app.kinds.vote import model
from workshop_app.ui.room import Spotlight
from workshop_app.ui.spotlight import RoomNames, SpotlightContent, room_words

BAR = "█"
WIDTH = 12  # the longest bar, in blocks


def tally_content(ctx: Any, item: Spotlight, group_label: str) -> SpotlightContent:
    store = ctx.store
    stage = store.plan.stage(item.stage_id)
    names = RoomNames(store, bool(getattr(ctx.room, "names_visible", False)))
    results = model.tally(store, stage)
    words = room_words(ctx)
    if not results:
        nothing = words.translate("Projector", "Nothing to vote on yet.")
        return SpotlightContent(model.question(stage), nothing)
    top = max(r.dots for r in results) or 1
    lines = []
    for result in results:
        text = model.headline(names.redact(result.item.text))
        if result.item.group_id is not None:
            text = f"{names.label(result.item.group_id)}: {text}"
        bar = BAR * round(WIDTH * result.dots / top) if result.dots else "·"
        lines.append(f"{bar} {result.dots}  {text}")
    given = sum(r.dots for r in results)
    if given == 1:
        lines.append(words.translate("Projector", "1 dot given"))
    else:
        lines.append(words.translate("Projector", "{count} dots given").format(count=given))
    return SpotlightContent(model.question(stage), "\n".join(lines))
