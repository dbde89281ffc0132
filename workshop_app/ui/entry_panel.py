"""The console's "Participant entry" panel: open or close the LAN server, show its address, code
and QR code, the devices of each organization (with revoke) and answers arriving live.

The server runs in its own thread (workshop_app.lan.server); its change callback goes through
ctx.changes.report, which re-emits on the GUI thread, so nothing here ever waits on the server.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop_app.kinds import record_kind_of
from workshop_app.lan import net
from workshop_app.lan.auth import ALLOW_NEW_GROUPS, ENTRY_PORT
from workshop_app.store import Change
from workshop_app.ui.context import AppContext
from workshop_app.ui.input_marks import room_button
from workshop_app.ui.widgets import local_time

DEVICE_ROLE = Qt.ItemDataRole.UserRole + 1
# the names lan.auth.device_label gives a device (the browser's name after " · " stays as is)
DEVICE_NAMES = {
    "iPhone": QT_TRANSLATE_NOOP("EntryPanel", "iPhone"),
    "iPad": QT_TRANSLATE_NOOP("EntryPanel", "iPad"),
    "Android phone": QT_TRANSLATE_NOOP("EntryPanel", "Android phone"),
    "Android tablet": QT_TRANSLATE_NOOP("EntryPanel", "Android tablet"),
    "Chromebook": QT_TRANSLATE_NOOP("EntryPanel", "Chromebook"),
    "Windows laptop": QT_TRANSLATE_NOOP("EntryPanel", "Windows laptop"),
    "Mac": QT_TRANSLATE_NOOP("EntryPanel", "Mac"),
    "Linux laptop": QT_TRANSLATE_NOOP("EntryPanel", "Linux laptop"),
    "Device": QT_TRANSLATE_NOOP("EntryPanel", "Device"),
}


def device_name(label: str) -> str:
    """A device's stored short name ("Android phone · Chrome") in the console's language."""
    kind, dot, browser = (label or "Device").partition(" · ")
    if kind in DEVICE_NAMES:
        kind = QCoreApplication.translate("EntryPanel", DEVICE_NAMES[kind])
    return kind + dot + browser


def _clock(stamp: str) -> str:
    """A stored time as the console shows it: the clock time, with the day if not today."""
    from datetime import date

    earlier = datetime.fromisoformat(stamp).astimezone().date() != date.today()
    return local_time(stamp, with_date=earlier)


def qr_pixmap(data: str, scale: int = 3) -> QPixmap:
    """Small in the panel (phones scan the projector's big one); the devices get the room."""
    import io

    import segno

    buffer = io.BytesIO()
    segno.make(data, error="m").save(buffer, kind="png", scale=scale, border=2)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


def record_label(key: str) -> str | None:
    """What a device's save of a record changed, for "Latest, 14:05: Cedar Clinic · stakeholder
    map" (the kind's own word for it), or None for a record no kind declares."""
    record = record_kind_of(key)
    return QCoreApplication.translate("Kinds", record.label) if record else None


class EntryPanel(QWidget):
    """Over the console's AppContext: its store, room, changes, interaction and lan slot."""

    opened = Signal(str, str)  # url, code
    closed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.server = None
        self.answers_received = 0
        self.setObjectName("entryPanel")
        # a short side panel (a 1280×720 screen, a phone's answer shown) scrolls rather than
        # squeezing its parts: the QR code was cut at the top and bottom
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        body.setObjectName("entryPanelBody")
        layout = QVBoxLayout(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        row = QHBoxLayout()
        self.address = QComboBox()
        self.address.setAccessibleName(self.tr("Address participants use"))
        self.address.addItems(net.local_addresses())
        row.addWidget(QLabel(self.tr("Address:")))
        row.addWidget(self.address, 1)
        layout.addLayout(row)

        self.toggle = room_button(QPushButton(self.tr("Open participant entry")))  # the join card
        self.toggle.clicked.connect(self.toggle_entry)
        layout.addWidget(self.toggle)

        # the address and the code beside a small QR code, so the device list below gets
        # the height (a tall QR left room for three devices)
        details = QHBoxLayout()
        texts = QVBoxLayout()
        details.addLayout(texts, 1)
        layout.addLayout(details)
        self.url_label = QLabel(self.tr("Participant entry is closed."))
        self.url_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.url_label.setWordWrap(True)
        texts.addWidget(self.url_label)
        self.code_label = QLabel("")
        self.code_label.setObjectName("entryCode")
        font = self.code_label.font()
        font.setPointSize(font.pointSize() * 2)
        font.setBold(True)
        font.setLetterSpacing(font.SpacingType.AbsoluteSpacing, 4)
        self.code_label.setFont(font)
        self.code_label.setAccessibleName(self.tr("Event code"))
        texts.addWidget(self.code_label)
        texts.addStretch(1)
        self.qr = QLabel()
        self.qr.setAccessibleName(self.tr("QR code with the address and the code"))
        details.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)

        self.allow_new = QCheckBox(self.tr("Participants may add their organization"))
        store = ctx.store
        self.allow_new.setChecked(store is not None and store.option(ALLOW_NEW_GROUPS) == "1")
        self.allow_new.toggled.connect(self._allow_new_toggled)
        layout.addWidget(self.allow_new)

        self.devices = QTreeWidget()
        self.devices.setHeaderLabels([self.tr("Organization / device"), self.tr("PIN / last seen")])
        self.devices.setAccessibleName(self.tr("Connected devices"))
        header = self.devices.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        # a narrow side panel: long names ("St Anne's Community Clinic", "Teléfono Android ·
        # Chrome · se unió 16:02") wrap onto more lines, never cut with "…" nor scrolled sideways
        self.devices.setWordWrap(True)
        self.devices.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.devices.setUniformRowHeights(False)
        self.devices.setItemDelegate(_WrappedRows(self.devices))
        self.devices.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header.sectionResized.connect(lambda *_: self.devices.scheduleDelayedItemsLayout())
        self.devices.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.devices, 1)
        self.revoke = QPushButton(self.tr("Disconnect the selected device"))
        self.revoke.setEnabled(False)
        self.revoke.clicked.connect(self.revoke_selected)
        layout.addWidget(self.revoke)

        self.live = QLabel(_saved_from_devices(ctx.store))
        self.live.setTextFormat(Qt.TextFormat.PlainText)  # answers are shown, never interpreted
        self.live.setWordWrap(True)
        self.live.setAccessibleName(self.tr("Latest answer from a device"))
        layout.addWidget(self.live)
        scroll.setWidget(body)

        ctx.changes.changed.connect(self._on_store_change)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close_entry)
        self.destroyed.connect(_stopper(self))
        self.refresh_devices()
        self._show_ended()

    # opening and closing

    @property
    def is_open(self) -> bool:
        return self.server is not None and self.server.running

    def toggle_entry(self) -> None:
        if self.is_open:
            self.close_entry()
        else:
            self.open_entry()

    def open_entry(self, host: str | None = None, port: int | None = None) -> None:
        """Open entry on `port`, by default the one of the last opening (phones that joined
        then keep their address, as they keep the code and their session)."""
        from workshop_app.lan.server import EntryServer

        store = self.ctx.store
        if store is None or self.is_open:
            return
        if port is None:
            last = store.option(ENTRY_PORT)
            port = int(last) if last.isdigit() and 1024 <= int(last) < 65536 else net.DEFAULT_PORT
        if store.event().ended_at:  # every page would say "The workshop has ended"
            self.ctx.interaction.warn(
                self.tr("The workshop has ended"),
                self.tr(
                    "Participant entry stays closed: devices can no longer join or save answers. "
                    "Everything already typed is in the event file."
                ),
            )
            return
        # called on the server's thread: report() hands the change to the GUI thread
        self.server = EntryServer(store.path, on_change=self.ctx.changes.report)
        try:
            info = self.server.start(host or self.address.currentText(), port)
        except Exception as exc:
            self.server = None
            self.ctx.interaction.warn(self.tr("Participant entry could not open"), str(exc))
            return
        self.ctx.lan = self.server
        if self.address.findText(info.host) < 0:
            self.address.addItem(info.host)
        self.address.setCurrentText(info.host)
        join_url = f"{info.url}?code={info.code}"
        self.url_label.setText(info.url + (f"\n{info.note}" if info.note else ""))
        self.code_label.setText(info.code)
        self.qr.setPixmap(qr_pixmap(join_url))
        self.toggle.setText(self.tr("Close participant entry"))
        self.address.setEnabled(False)
        self.ctx.room.set_entry({"url": info.url, "code": info.code})
        self.refresh_devices()
        self.opened.emit(info.url, info.code)

    def close_entry(self) -> None:
        server, self.server = self.server, None
        if server is None:
            return
        server.stop()
        if self.ctx.lan is server:
            self.ctx.lan = None
        self.url_label.setText(self.tr("Participant entry is closed."))
        self.code_label.setText("")
        self.qr.clear()
        self.toggle.setText(self.tr("Open participant entry"))
        self.address.setEnabled(True)
        self.ctx.room.set_entry(None)
        self.refresh_devices()
        self.closed.emit()

    # changes

    def _on_store_change(self, change: Change) -> None:
        if change.source == "browser" or change.what == "device":
            self._on_browser_change(change)
        elif change.what == "event" and change.key == "ended":
            self.close_entry()
            self._show_ended()

    def _show_ended(self) -> None:
        """Once the workshop has ended, entry cannot open again: the button says why."""
        store = self.ctx.store
        if store is None or not store.event().ended_at:
            return
        self.toggle.setEnabled(False)
        from workshop_app.ui.window_actions import ended_entry_tip

        self.toggle.setToolTip(ended_entry_tip())
        self.url_label.setText(self.tr("The workshop has ended; participant entry stays closed."))

    def _on_browser_change(self, change: Change) -> None:
        if change.what in ("device", "group"):
            self.refresh_devices()
            return
        store = self.ctx.store
        if change.what not in ("answer", "record") or store is None or change.group_id is None:
            return
        self.answers_received += 1
        try:
            group = store.group(change.group_id).name
            if change.what == "record":  # a map, a draft, action items: no text to preview
                stage = record_label(change.key or "") or self.tr("their work")
                text = self.tr("(updated)")
            else:
                stage = store.plan.stage(change.stage_id).title
                text = store.answer_text(change.group_id, change.stage_id, change.key or "")
        except KeyError:
            return
        preview = text if len(text) <= 160 else text[:157] + "…"
        stamp = datetime.now().strftime("%H:%M:%S")
        self.live.setText(
            self.tr(
                "Saves from devices: {count}. Latest, {time}: {group} · {stage}\n{preview}"
            ).format(
                count=self.answers_received,
                time=stamp,
                group=group,
                stage=stage,
                preview=preview,
            )
        )

    def _allow_new_toggled(self, on: bool) -> None:
        if self.ctx.store is not None:
            self.ctx.store.set_option(ALLOW_NEW_GROUPS, "1" if on else "0")

    # devices

    def refresh_devices(self) -> None:
        store = self.ctx.store
        self.devices.clear()
        if store is None:
            return
        by_group: dict[int, list[dict]] = {}
        for device in store.devices():
            by_group.setdefault(device["group_id"], []).append(device)
        for group in store.groups():
            item = QTreeWidgetItem([group.name, self.tr("PIN {pin}").format(pin=group.pin)])
            _whole(item)
            alike: dict[str, int] = {}
            for device in by_group.get(group.id, []):
                seen = local_time(device["last_seen"] or device["created_at"])
                # two phones alike ("Android phone · Chrome") are told apart by a number and
                # by when they joined
                shown = device_name(device["label"])
                alike[shown] = alike.get(shown, 0) + 1
                if alike[shown] > 1:
                    shown = f"{shown} ({alike[shown]})"
                name = self.tr("{device} · joined {time}").format(
                    device=shown, time=_clock(device["created_at"])
                )
                child = QTreeWidgetItem([name, self.tr("seen {time}").format(time=seen)])
                _whole(child)
                child.setData(0, DEVICE_ROLE, device["id"])
                item.addChild(child)
            self.devices.addTopLevelItem(item)
            item.setExpanded(True)

    def _selection_changed(self) -> None:
        item = self.devices.currentItem()
        self.revoke.setEnabled(item is not None and item.data(0, DEVICE_ROLE) is not None)

    def revoke_selected(self) -> None:
        item = self.devices.currentItem()
        device_id = item.data(0, DEVICE_ROLE) if item is not None else None
        if device_id is not None and self.ctx.store is not None:
            self.ctx.store.revoke_device(int(device_id))
            self.refresh_devices()


class _WrappedRows(QStyledItemDelegate):
    """Rows as tall as their wrapped text in the column's width (a tree's own row heights
    assume one line)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        base = super().sizeHint(option, index)
        tree = self.parent()
        width = tree.header().sectionSize(index.column())
        if index.column() == 0:
            depth, parent = 0, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width -= tree.indentation() * (depth + (1 if tree.rootIsDecorated() else 0))
        text = str(index.data() or "")
        if width <= 0 or not text:
            return base
        margin = 2 * (tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
        needed = option.fontMetrics.boundingRect(
            QRect(0, 0, max(1, width - margin), 100_000), int(Qt.TextFlag.TextWordWrap), text
        )
        one_line = option.fontMetrics.height()
        return QSize(base.width(), max(base.height(), base.height() - one_line + needed.height()))


def _whole(item: QTreeWidgetItem) -> None:
    """A row's whole text (name and PIN, or device and last seen) as its tooltip and the
    name a screen reader says."""
    whole = " ".join(item.text(c) for c in range(item.columnCount()) if item.text(c))
    for column in range(item.columnCount()):
        item.setToolTip(column, whole)
        item.setData(column, Qt.ItemDataRole.AccessibleTextRole, whole)


def _saved_from_devices(store) -> str:
    """The line under the devices before anything arrives live: what devices already saved
    (an event reopened after a session) rather than "none yet" over a file full of them."""
    nothing = QCoreApplication.translate("EntryPanel", "No answers from devices yet.")
    if store is None:
        return nothing
    saved: list[tuple[str, int, str]] = []  # (saved at, group id, what)
    for answer in store.answers():
        if answer.source == "browser" and answer.text.strip():
            try:
                saved.append(
                    (answer.saved_at, answer.group_id, store.plan.stage(answer.stage_id).title)
                )
            except KeyError:
                continue
    groups = store.groups()
    for record in store.records():
        label = record_label(record.kind) if record.source == "browser" else None
        if label is not None:
            saved.append((record.saved_at, record.group_id, label))
    if not saved:
        return nothing
    stamp, group_id, what = max(saved)
    names = {g.id: g.name for g in groups}
    return QCoreApplication.translate(
        "EntryPanel", "Saved from devices earlier: {count}. Latest, {time}: {organization} · {what}"
    ).format(
        count=len(saved),
        time=local_time(stamp, with_date=True),
        organization=names.get(group_id)
        or QCoreApplication.translate("EntryPanel", "an organization"),
        what=what,
    )


def _stopper(panel: EntryPanel):
    """Stops the server when the panel is destroyed (reads the Python attribute only)."""

    def stop(*_args) -> None:
        server = panel.__dict__.get("server")
        if server is not None:
            server.stop()

    return stop
