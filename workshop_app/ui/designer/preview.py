"""Preview a stage of the plan being designed: as the projector shows it, and on a phone.

The preview is a real throw-away event made from the plan (one organization, "Preview group"),
in a temporary folder that is deleted when the preview closes: the projector part is the
console's own room view; "Open on a phone" starts the real participant server on this laptop
only (127.0.0.1) and opens its join link, with the code, in the browser.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from workshop_app.plan import WorkshopPlan
from workshop_app.store import EventStore
from workshop_app.ui.context import AppContext
from workshop_app.ui.interaction import Interaction
from workshop_app.ui.settings import Settings
from workshop_app.ui.widgets import named

PREVIEW_GROUP = "Preview group"


class StagePreview(QDialog):
    def __init__(
        self,
        plan: WorkshopPlan,
        stage_id: str,
        interaction: Interaction,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        from workshop_app.ui.presenter import PresenterView

        stage = plan.stage(stage_id)
        self.setWindowTitle(self.tr("Preview — {title}").format(title=stage.title))
        named(self, self.tr("Preview of the stage {title}").format(title=stage.title))
        self.interaction = interaction
        self._folder = tempfile.TemporaryDirectory(prefix="workshop-preview-")
        root = Path(self._folder.name)
        title = self.tr("Preview: {title}").format(title=plan.title)
        self.store = EventStore.create(root / "Preview.workshop", plan, title)
        self.store.add_group(PREVIEW_GROUP)
        self.store.set_current_stage(stage_id)
        self.ctx = AppContext.create(Settings.throwaway(root / "settings"), interaction)
        self.ctx.attach(self.store)
        self.ctx.room.set_stage(stage_id)
        self.ctx.room.set_timer(stage.minutes * 60, stage.minutes * 60, False)
        self.server = None
        self.url = ""

        self.view = PresenterView(self.ctx)
        self.view.setFixedSize(960, 540)
        self.view.setAccessibleName(self.tr("The projector, as the room would see this stage"))
        self.phone = named(
            QPushButton(self.tr("Open on a phone (in the browser)…")),
            self.tr("Open the phone page"),
        )
        self.phone.clicked.connect(self.open_phone)
        self.phone_line = QLabel("")
        self.phone_line.setWordWrap(True)
        close = named(QPushButton(self.tr("Close")), self.tr("Close the preview"))
        close.clicked.connect(self.close)
        row = QHBoxLayout()
        row.addWidget(self.phone)
        row.addWidget(self.phone_line, 1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The projector (nothing here is saved):")))
        layout.addWidget(self.view)
        layout.addLayout(row)

    def open_phone(self) -> str:
        """Start the participant page for the preview event on this laptop only; its link."""
        if self.server is None:
            from workshop_app.lan.server import EntryServer

            self.server = EntryServer(self.store.path)
            info = self.server.start("127.0.0.1", 0)
            self.url = f"{info.url}?code={info.code}"
        self.phone_line.setText(
            self.tr(
                "{url} — choose “{group}”. Narrow the browser window to a phone's width."
            ).format(url=self.url, group=PREVIEW_GROUP)
        )
        self.interaction.open_url(self.url)
        return self.url

    def done(self, result: int) -> None:
        self._finish()
        super().done(result)

    def closeEvent(self, event) -> None:
        self._finish()
        super().closeEvent(event)

    def _finish(self) -> None:
        if self.server is not None:
            self.server.stop()
            self.server = None
        if self.ctx.store is not None:
            self.ctx.attach(None)
            self.store.close()
            self._folder.cleanup()
