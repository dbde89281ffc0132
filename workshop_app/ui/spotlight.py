"""What a spotlighted item shows on the projector, by kind, and how names stay private.

A kind is rendered by a function ``render(ctx, item, group_label) -> SpotlightContent`` that
returns plain text and/or PNG bytes; the projector draws it in a card headed by the group's
label. Each stage kind names its renderers in its declaration (`StageKind.spotlights`,
"module:function"); SPOTLIGHT_RENDERERS gathers them, each imported on first use.

`group_label` is what the room may call the organization ("Group B" in privacy mode): use it
instead of the name in anything the renderer writes (a draft's "{org}", a map's title).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from workshop_app import kinds
from workshop_app.ui.room import Spotlight, group_letter


@dataclass(frozen=True)
class SpotlightContent:
    heading: str  # what the item is: the prompt's text, "Stakeholder map", "Draft policy"
    text: str = ""  # plain text, shown literally
    image_png: bytes | None = None  # an image (a map), scaled to fit the card


SPOTLIGHT_RENDERERS: dict[str, str] = {
    "answer": "workshop_app.ui.spotlight:answer_content",
    **kinds.spotlights(),
}

# Kinds whose content belongs to one organization's private work: the console asks once per
# organization "Show <org>'s … to the room?" before spotlighting them in privacy mode.
ASKS_CONSENT = frozenset(kinds.private_spotlights())


def _renderer(kind: str) -> Callable[..., SpotlightContent] | None:
    target = SPOTLIGHT_RENDERERS.get(kind)
    if not target:
        return None
    return kinds.load(target)


def spotlight_content(ctx: Any, item: Spotlight, group_label: str) -> SpotlightContent:
    render = _renderer(item.kind)
    if render is None:
        return SpotlightContent(
            "Not available", f"Items of kind “{item.kind}” cannot be shown yet."
        )
    return render(ctx, item, group_label)


def answer_content(ctx: Any, item: Spotlight, group_label: str) -> SpotlightContent:
    store = ctx.store
    stage = store.plan.stage(item.stage_id)
    prompt = stage.prompt(item.prompt_id)
    text = store.answer_text(item.group_id, item.stage_id, item.prompt_id)
    return SpotlightContent(prompt.text, text.strip() or "No answer yet.")


# -- names on the projector ------------------------------------------------------------------


class RoomNames:
    """How the room refers to each organization: its name, or "Group A" in privacy mode.

    In privacy mode `redact` also replaces any organization's name inside displayed text
    (an answer that says "At Harbor Health we…") with that organization's group label.
    """

    def __init__(self, store: Any, names_visible: bool):
        self.names_visible = names_visible
        groups = store.groups()
        order = {g.id: i for i, g in enumerate(groups)}
        self._labels: dict[int, str] = {}
        self._names: dict[int, str] = {}
        for g in store.groups(include_removed=True):
            index = order.get(g.id, len(groups) + len(self._labels))
            self._labels[g.id] = g.name if names_visible else group_letter(index)
            self._names[g.id] = g.name
        self._pattern = None
        if not names_visible:
            names = sorted(
                (n for n in self._names.values() if len(n.strip()) >= 3), key=len, reverse=True
            )
            if names:
                self._pattern = re.compile("|".join(re.escape(n) for n in names), re.IGNORECASE)
        self._by_name = {n.casefold(): self._labels[i] for i, n in self._names.items()}

    def label(self, group_id: int | None) -> str:
        if group_id is None:
            return "All groups"
        return self._labels.get(group_id, "A group")

    def redact(self, text: str) -> str:
        if self._pattern is None:
            return text
        return self._pattern.sub(
            lambda m: self._by_name.get(m.group(0).casefold(), "a group"), text
        )
