"""Start-up, in this order: paths → settings → open event → QApplication → windows."""

from __future__ import annotations

import sys
from pathlib import Path


def run_app(event: Path | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    from workshop_app.store import EventStore

    app = QApplication.instance() or QApplication(sys.argv)
    window = QMainWindow()
    if event is not None:
        store = EventStore.open(event)
        window.setWindowTitle(f"{store.event().title} — Workshop App")
        window.setCentralWidget(QLabel(store.plan.describe()))
    else:
        window.setWindowTitle("Workshop App")
    window.show()
    return app.exec()
