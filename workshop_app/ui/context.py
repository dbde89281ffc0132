"""AppContext: what the console's parts share, handed around instead of fetched from globals."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from workshop_app.store import Change, EventStore
from workshop_app.ui.interaction import Interaction
from workshop_app.ui.room import RoomState
from workshop_app.ui.settings import Settings


class StoreEvents(QObject):
    """Store changes as a Qt signal on the GUI thread.

    `report(change)` may be called from any thread (the LAN server's `on_change` calls it with
    source "browser"); `changed` is always emitted on the thread this object lives in.
    """

    changed = Signal(object)  # store.Change
    # a save refused or failed in a stage kind's page: (record kind, group id, why), told in
    # the status line as well as beside the control
    failed = Signal(str, object, str)
    _incoming = Signal(object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._incoming.connect(self.changed)  # signal to signal: queued across threads

    def report(self, change: Change) -> None:
        if QThread.currentThread() is self.thread():
            self.changed.emit(change)
        else:
            self._incoming.emit(change)


def tell_not_saved(ctx: Any, record: str, group_id: int | None, problem: str) -> None:
    """A kind's page could not save `record` (its record kind's name; "" for an answer) for
    `group_id`: the status line says so, with why."""
    changes = getattr(ctx, "changes", None)
    if changes is not None:
        changes.failed.emit(record, group_id, problem)


@dataclass
class AppContext:
    settings: Settings
    interaction: Interaction
    room: RoomState
    changes: StoreEvents
    store: EventStore | None = None
    lan: Any = None  # the participant-entry helper fills this slot (workshop_app.lan)
    extras: dict[str, Any] = field(default_factory=dict)
    # Stage → End workshop… of the main window (saves the console's typing, exports off the GUI
    # thread); None outside it, where a page ends the workshop on its own
    end_workshop: Callable[[], None] | None = None

    @classmethod
    def create(cls, settings: Settings, interaction: Interaction) -> AppContext:
        return cls(settings, interaction, RoomState(), StoreEvents())

    def attach(self, store: EventStore | None) -> None:
        """Make `store` the open event; its changes arrive on `changes.changed`."""
        if self.store is not None:
            self.store.unsubscribe(self.changes.report)
        self.store = store
        if store is not None:
            store.subscribe(self.changes.report)
