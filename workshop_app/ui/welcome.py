"""WelcomePage: where the app starts when no event is open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app import APP_NAME
from workshop_app.ui.widgets import named, shown_date


class WelcomePage(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_chosen = Signal(object)  # Path
    delete_due = Signal(object)  # Path: an event past the retention reminder, to delete
    keep_due = Signal(object)  # Path: … to keep for another reminder period

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        named(self, self.tr("Welcome"))
        title = QLabel(f"<h1>{APP_NAME}</h1>")
        intro = QLabel(
            self.tr(
                "Run a workshop stage by stage from this laptop: the room sees the prompts and "
                "the timer on the projector, and every organization's answers are saved as you "
                "type."
            )
        )
        intro.setWordWrap(True)
        self.new_button = named(QPushButton(self.tr("New event…")), self.tr("New event"))
        self.open_button = named(QPushButton(self.tr("Open…")), self.tr("Open an event file"))
        self.demo_button = named(
            QPushButton(self.tr("Try the demo")), self.tr("Try the demo event")
        )
        self.new_button.setDefault(True)
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        for button in (self.new_button, self.open_button, self.demo_button):
            button.setMinimumHeight(40)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        self.recent_label = QLabel("<b>{}</b>".format(self.tr("Recent events")))
        self.recent = named(
            QListWidget(), self.tr("Recent events"), self.tr("Enter opens the selected event")
        )
        self.recent_label.setBuddy(self.recent)
        self.recent.itemActivated.connect(
            lambda item: self.recent_chosen.emit(Path(item.data(Qt.ItemDataRole.UserRole)))
        )
        self.empty = QLabel(self.tr("No recent events yet. Create one, or try the demo first."))
        # events past "Remind me to delete events after N days", each with Delete and Keep
        self.due_box = QWidget()
        named(self.due_box, self.tr("Events past the deletion reminder"))
        self.due_layout = QVBoxLayout(self.due_box)
        self.due_layout.setContentsMargins(0, 0, 0, 0)
        self.due_box.hide()
        self.due_rows: list[tuple[Path, QPushButton, QPushButton]] = []
        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(intro)
        column.addSpacing(12)
        column.addLayout(buttons)
        column.addSpacing(12)
        column.addWidget(self.due_box)
        column.addSpacing(6)
        column.addWidget(self.recent_label)
        column.addWidget(self.recent, 4)
        column.addWidget(self.empty)
        column.addStretch(1)  # the space left over goes below, never between the lines above
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 4)
        outer.addStretch(1)

    def show_recent(self, events: list[Path]) -> None:
        self.recent.clear()
        for path in events:
            folder = _short(path.parent)
            heading = _title_and_date(path)
            item = QListWidgetItem(f"{heading}\n    {path.name} — {folder}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            said = self.tr("{event}, {file}, in {folder}")
            said = said.format(event=heading, file=path.name, folder=folder)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, said)
            self.recent.addItem(item)
        if self.recent.count():
            self.recent.setCurrentRow(0)
        self.recent.setVisible(bool(events))
        self.empty.setVisible(not events)

    def show_due(self, due: list, days: int) -> None:
        """The events older than the reminder (retention.DueEvent), each with Delete… and Keep."""
        while self.due_layout.count():
            item = self.due_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
            elif item.layout() is not None:
                _clear(item.layout())
        self.due_rows = []
        if not due:
            self.due_box.hide()
            return
        heading = QLabel(
            self.tr(
                "<b>Past your {days}-day reminder</b> — an event holds organizations' answers; "
                "delete it when it is no longer needed (the worksheets are the organizations' "
                "to keep)."
            ).format(days=days)
        )
        heading.setWordWrap(True)
        self.due_layout.addWidget(heading)
        for event in due:
            row = QHBoxLayout()
            if event.organizations == 1:
                orgs = self.tr("1 organization")
            else:
                orgs = self.tr("{count} organizations").format(count=event.organizations)
            label = QLabel(
                self.tr("{title} — {date}, {organizations}, {days} days ago").format(
                    title=event.title, date=event.date, organizations=orgs, days=event.days
                )
            )
            label.setToolTip(str(event.path))
            delete = named(
                QPushButton(self.tr("Delete…")),
                self.tr("Delete {event} for good").format(event=event.title),
            )
            keep = named(
                QPushButton(self.tr("Keep")), self.tr("Keep {event}").format(event=event.title)
            )
            keep.setToolTip(
                self.tr("Do not remind me about this event for another {days} days").format(
                    days=days
                )
            )
            delete.clicked.connect(lambda _=False, p=event.path: self.delete_due.emit(p))
            keep.clicked.connect(lambda _=False, p=event.path: self.keep_due.emit(p))
            row.addWidget(label, 1)
            row.addWidget(delete)
            row.addWidget(keep)
            self.due_layout.addLayout(row)
            self.due_rows.append((event.path, delete, keep))
        self.due_box.show()


def _clear(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().deleteLater()


def _short(folder: Path) -> str:
    """A folder as people read it: under the home folder it starts with ~."""
    try:
        return str(Path("~") / folder.relative_to(Path.home()))
    except ValueError:
        return str(folder)


def _title_and_date(path: Path) -> str:
    """What people call the event: its title and date, read from the file (not its name)."""
    from workshop_app.store import EventStore, StoreError

    if not path.exists():
        return QCoreApplication.translate("WelcomePage", "{name} (missing)").format(name=path.stem)
    unreadable = QCoreApplication.translate("WelcomePage", "{name} (not readable)")
    try:
        store = EventStore.open(path, readonly=True, backup=False, lock=False)
    except (StoreError, OSError):
        return unreadable.format(name=path.stem)
    try:
        event = store.event()
        title, when = event.title, (event.date or "")
    except (StoreError, OSError):
        return unreadable.format(name=path.stem)
    finally:
        store.close()
    return f"{title} · {shown_date(when)}" if when else title  # "10 ene 2027"
