"""SaveBanner: the red line that says a save failed, with the way out ("Save a copy as…")."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from workshop_app.ui.accessible import announce
from workshop_app.ui.widgets import named


class SaveBanner(QFrame):
    save_copy_requested = Signal()
    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("saveBanner")
        self.setStyleSheet(
            "#saveBanner { background: #b71c1c; border-radius: 4px; }"
            "#saveBanner QLabel { color: white; font-weight: bold; }"
        )
        named(self, self.tr("Save problem"))
        layout = QHBoxLayout(self)
        self.label = named(QLabel(), self.tr("Save problem message"))
        self.label.setWordWrap(True)
        retry = named(QPushButton(self.tr("Try again")), self.tr("Try saving again"))
        copy = named(
            QPushButton(self.tr("Save a copy as…")), self.tr("Save a copy of the event elsewhere")
        )
        retry.clicked.connect(self.retry_requested)
        copy.clicked.connect(self.save_copy_requested)
        layout.addWidget(self.label, 1)
        layout.addWidget(retry)
        layout.addWidget(copy)
        self.hide()

    def show_problem(self, message: str) -> None:
        text = self.tr("Not saved — your text is still here. {problem}").format(problem=message)
        said = self.isVisible() and self.label.text() == text
        self.label.setText(text)
        self.show()
        if not said:  # once per failure, not again while the same one is on show
            announce(self.label, text, assertive=True)

    @property
    def message(self) -> str:
        return self.label.text() if self.isVisible() else ""
