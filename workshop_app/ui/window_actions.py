"""What a few of the main window's menu entries do, kept out of app.py: names on the projector
(an option of the event, so it holds for the whole event), ending the workshop, and applying the
projector's settings to an open projector and the console's preview; and the text a failed save
left in the editors, which "Save a copy as…" writes into the copy."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from workshop_app.store import EventStore, StoreError

if TYPE_CHECKING:
    from workshop_app.ui.window_parts import WindowParts

NAMES_OPTION = "names_visible"  # "1": organizations' names on the projector for this event


def set_names_visible(window: WindowParts, visible: bool) -> None:
    """Names on (or back to privacy mode) for the whole event, kept in the event file."""
    ctx = window.ctx
    ctx.room.set_names_visible(visible)
    if ctx.store is None or (ctx.store.option(NAMES_OPTION) == "1") == visible:
        return
    try:
        ctx.store.set_option(NAMES_OPTION, "1" if visible else "0")
    except StoreError as exc:
        from workshop_app.ui.widgets.save_status import not_saved

        window.show_status(not_saved(str(exc)))


def restore_event_options(window: WindowParts) -> None:
    """An event was opened: the projector shows names only if this event turned them on."""
    store = window.ctx.store
    _show_names(window, store is not None and store.option(NAMES_OPTION) == "1")


def reset_event_options(window: WindowParts) -> None:
    """The event was closed: back to privacy mode, and consent is asked again next time."""
    from workshop_app.ui.consent import forget

    _show_names(window, False)
    forget(window.ctx)


def _show_names(window: WindowParts, visible: bool) -> None:
    action = window.actions_by_name.get("names_visible")
    if action is not None:
        action.blockSignals(True)
        action.setChecked(visible)
        action.blockSignals(False)
    window.ctx.room.set_names_visible(visible)


def end_workshop(window: WindowParts) -> None:
    """Stage → End workshop…: everything typed in the console is saved first."""
    from workshop_app.ui.end_workshop import end_workshop as end

    console = window.console
    if console is None or window.ctx.store is None:
        return
    ended = end(window.ctx, flush=console.flush, export=window.exports.worksheets_and_summary)
    if ended is None:
        return
    console.refresh_navigator(keep_selection=True)
    show_ended_state(window)
    if not ended.export_started:  # a running export reports in the status line itself
        window.show_status(
            QCoreApplication.translate(
                "WindowActions", "The workshop has ended; participant entry is closed."
            )
        )


def show_ended_state(window: WindowParts) -> None:
    """Participant entry's menu entry: off, saying why, once the open event has ended."""
    action = window.actions_by_name.get("entry")
    store = window.ctx.store
    if action is None or store is None:
        return
    ended = bool(store.event().ended_at)
    action.setEnabled(not ended)
    tip = ended_entry_tip() if ended else ""
    action.setToolTip(tip or action.text().split("\t")[0])
    action.setStatusTip(tip)


def ended_entry_tip() -> str:
    return QCoreApplication.translate(
        "WindowActions",
        "The workshop has ended: participant entry stays closed. Answers stay in the event file.",
    )


def apply_presenter_settings(window: WindowParts) -> None:
    """The projector's theme and text size, live on an open projector and the preview."""
    settings = window.ctx.settings
    theme, scale = settings.get("presenter_theme"), settings.get("presenter_font_scale")
    from workshop_app.ui.i18n import projector_language

    language = projector_language(settings)
    views = []
    if window.presenter is not None:
        views.append(getattr(window.presenter, "view", None))
    if window.console is not None:
        views.append(getattr(window.console.room_preview, "view", None))
    for view in views:
        if view is None:
            continue
        if getattr(view, "theme_id", None) != theme:
            view.set_theme(theme)
        if getattr(view, "font_scale", None) != scale:
            view.set_font_scale(scale)
        if getattr(view, "language", None) != language:
            view.set_language(language)
    preview = window.console.room_preview if window.console is not None else None
    if preview is not None and hasattr(preview, "refresh"):
        preview.refresh()


def write_unsaved_into_copy(window: WindowParts, target: Path) -> int:
    """A save failed and the facilitator saved a copy: the answers and notes still only in the
    editors go into the copy too, so it holds everything typed. How many went in."""
    console = window.console
    editors = [e for page in console.pages.values() for e in page.editors if e.dirty and e.key]
    if not editors:
        return 0
    copy = EventStore.open(target, backup=False)
    try:
        for editor in editors:
            copy.save_answer(*editor.key, editor.toPlainText())
    finally:
        copy.close()
    return len(editors)
