"""DraftPreview: the whole draft policy as it will print, and the list of earlier drafts.

Everything a group typed is HTML-escaped, so braces, angle brackets, ampersands, emoji and
right-to-left text show exactly as typed.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from workshop_app.kinds.drafting.clauses import NumberedClause
from workshop_app.store import Record
from workshop_app.ui.widgets import local_time, named

MIN_LINES = 10  # of the draft, however the page is laid out

SOURCES = {
    "console": QT_TRANSLATE_NOOP("DraftPreview", "console"),
    "browser": QT_TRANSLATE_NOOP("DraftPreview", "participant's browser"),
    "demo": QT_TRANSLATE_NOOP("DraftPreview", "demo"),
}


def draft_html(org: str, numbered: list[NumberedClause], started: bool = True) -> str:
    heading = QCoreApplication.translate(
        "DraftPreview", "{org}: social media policy (draft)"
    ).format(org=org)
    parts = [f"<h2>{escape(heading)}</h2>"]
    if not started:  # as its worksheet and the summary say: no draft was made yet
        said = QCoreApplication.translate(
            "DraftPreview",
            "No draft yet: this group has not chosen what its policy covers, and its "
            "worksheet says no draft was made. Tick the lists on the left (or edit a clause) to "
            "start one from these clauses:",
        )
        parts.append(f"<p><i>{escape(said)}</i></p>")
    elif not numbered:
        said = QCoreApplication.translate("DraftPreview", "No clauses are included yet.")
        parts.append(f"<p><i>{escape(said)}</i></p>")
    for n in numbered:
        body = "<br>".join(escape(line) for line in n.body.split("\n"))
        parts.append(f"<h3>{n.number}. {escape(n.title)}</h3><p>{body}</p>")
    return "".join(parts)


class DraftPreview(QWidget):
    restore_requested = Signal(int)  # revision

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.view = named(
            QTextBrowser(),
            self.tr("Preview of the draft"),
            self.tr("The draft policy as it will print"),
        )
        self.view.setOpenLinks(False)
        self._fit_lines()
        self.versions = named(
            QComboBox(), self.tr("Earlier drafts"), self.tr("Every saved version of this draft")
        )
        self.restore = named(QPushButton(self.tr("Restore")), self.tr("Restore this draft version"))
        self.restore.clicked.connect(self._restore)
        self.versions.currentIndexChanged.connect(self._selected)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Earlier drafts:")))
        row.addWidget(self.versions, 1)
        row.addWidget(self.restore)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("<b>Preview: the draft as it will print</b>"))
        layout.addWidget(title)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        self._selected()

    def _fit_lines(self) -> None:
        """Never fewer than MIN_LINES lines of the draft, in the text size of the day."""
        view = self.view
        margins = 2 * (view.frameWidth() + round(view.document().documentMargin()))
        view.setMinimumHeight(MIN_LINES * view.fontMetrics().lineSpacing() + margins)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # Settings → Text size
            self._fit_lines()

    def show_draft(self, org: str, numbered: list[NumberedClause], started: bool = True) -> None:
        bar = self.view.verticalScrollBar()
        keep = bar.value()
        self.view.setHtml(draft_html(org, numbered, started))
        bar.setValue(keep)

    def text(self) -> str:
        return self.view.toPlainText()

    def set_history(self, history: list[Record]) -> None:
        self.versions.blockSignals(True)
        self.versions.clear()
        for i, rec in enumerate(history):
            source = self.tr(SOURCES.get(rec.source, rec.source))
            label = self.tr("Version {number} · {time} · {source}").format(
                number=rec.revision, time=local_time(rec.saved_at, True), source=source
            )
            if i == 0:
                label += self.tr(" (current)")
            self.versions.addItem(label, rec.revision)
        self.versions.blockSignals(False)
        self._selected()

    def select_revision(self, revision: int) -> None:
        self.versions.setCurrentIndex(self.versions.findData(revision))

    def _selected(self) -> None:
        self.restore.setEnabled(self.versions.currentIndex() > 0)

    def _restore(self) -> None:
        revision = self.versions.currentData()
        if revision is not None:
            self.restore_requested.emit(int(revision))
