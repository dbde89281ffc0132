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
from workshop_app.ui.i18n import SOURCE_LANGUAGE, Words, projector_language, words
from workshop_app.ui.room import Spotlight, group_letter


@dataclass(frozen=True)
class SpotlightContent:
    heading: str  # what the item is: the prompt's text, "Stakeholder map", "Draft policy"
    text: str = ""  # plain text, shown literally
    image_png: bytes | None = None  # an image (a map), scaled to fit the card
    # the text in pieces the projector keeps whole (a draft's clauses, "7. Title\nbody"): a
    # long text is shown a page of whole pieces at a time, never cut mid-sentence
    parts: tuple[str, ...] = ()


SPOTLIGHT_RENDERERS: dict[str, str] = {
    "answer": "workshop_app.ui.spotlight:answer_content",
    **kinds.spotlights(),
}

# Kinds whose content belongs to one organization's private work: the console asks once per
# organization "Show <org>'s … to the room?" before spotlighting them in privacy mode.
ASKS_CONSENT = frozenset(kinds.private_spotlights())


class RoomStore:
    """The open event as the room sees it: its plan in the projector's language; everything
    else is the event's own (answers are shown as typed)."""

    def __init__(self, store: Any, words: Words):
        self._store = store
        self.words = words

    @property
    def plan(self):
        return self._store.plan.translated(self.words.lang)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)


class RoomContext:
    """The console's context for what the projector draws: `store` is a `RoomStore` and `words`
    the projector's catalogue (its language may differ from the console's)."""

    def __init__(self, ctx: Any, lang: str):
        self._ctx = ctx
        self.words = words(lang)

    @property
    def store(self) -> RoomStore | None:
        store = self._ctx.store
        return None if store is None else RoomStore(store, self.words)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._ctx, name)


def room_words(ctx: Any) -> Words:
    """The projector's words for a renderer's own texts: ``room_words(ctx).translate(
    "Projector", "Draft policy")``. A plain console context gets the projector's language."""
    found = getattr(ctx, "words", None)
    if isinstance(found, Words):
        return found
    settings = getattr(ctx, "settings", None)
    return words(projector_language(settings) if settings is not None else SOURCE_LANGUAGE)


def _renderer(kind: str) -> Callable[..., SpotlightContent] | None:
    target = SPOTLIGHT_RENDERERS.get(kind)
    if not target:
        return None
    return kinds.load(target)


def spotlight_content(ctx: Any, item: Spotlight, group_label: str) -> SpotlightContent:
    render = _renderer(item.kind)
    if render is None:
        words = room_words(ctx)
        return SpotlightContent(
            words.translate("Projector", "Not available"),
            words.translate("Projector", "Items of kind “{kind}” cannot be shown yet.").format(
                kind=item.kind
            ),
        )
    return render(ctx, item, group_label)


def answer_content(ctx: Any, item: Spotlight, group_label: str) -> SpotlightContent:
    store = ctx.store
    stage = store.plan.stage(item.stage_id)
    prompt = stage.prompt(item.prompt_id)
    text = store.answer_text(item.group_id, item.stage_id, item.prompt_id)
    return SpotlightContent(
        prompt.text, text.strip() or room_words(ctx).translate("Projector", "No answer yet.")
    )


# -- names on the projector ------------------------------------------------------------------


class RoomNames:
    """How the room refers to each organization: its name, or "Group A" in privacy mode.

    In privacy mode `redact` also replaces any organization's name inside displayed text
    (an answer that says "At Harbor Health we…") with that organization's group label.
    """

    def __init__(self, store: Any, names_visible: bool):
        self.names_visible = names_visible
        # a RoomStore's words are the projector's language; a plain store's English
        self.words = getattr(store, "words", None) or words(SOURCE_LANGUAGE)
        groups = store.groups()
        order = {g.id: i for i, g in enumerate(groups)}
        self._labels: dict[int, str] = {}
        self._names: dict[int, str] = {}
        for g in store.groups(include_removed=True):
            index = order.get(g.id, len(groups) + len(self._labels))
            self._labels[g.id] = g.name if names_visible else group_letter(index, self.words)
            self._names[g.id] = g.name
        self._pattern = None
        if not names_visible:
            names = sorted(
                (n for n in self._names.values() if len(n.strip()) >= 3), key=len, reverse=True
            )
            if names:
                self._pattern = re.compile("|".join(re.escape(n) for n in names), re.IGNORECASE)
        self._a_group = self.words.translate("Projector", "a group")
        self._by_name = {n.casefold(): self._labels[i] for i, n in self._names.items()}

    def label(self, group_id: int | None) -> str:
        if group_id is None:
            return self.words.translate("Projector", "All groups")
        return self._labels.get(group_id, self.words.translate("Projector", "A group"))

    def redact(self, text: str) -> str:
        if self._pattern is None:
            return text
        return self._pattern.sub(
            lambda m: self._by_name.get(m.group(0).casefold(), self._a_group), text
        )
