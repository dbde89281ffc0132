"""Helpers for reading exports back."""

from __future__ import annotations

from pathlib import Path

import pytest


def body_paragraphs(path: Path) -> list[tuple[str, str]]:
    """(style name, text) of every body paragraph, in document order (tables left out)."""
    import docx

    doc = docx.Document(str(path))
    return [(p.style.name, p.text) for p in doc.paragraphs]


def all_text(path: Path) -> str:
    """Every paragraph and table cell's text, for 'does it appear anywhere' checks."""
    import docx

    doc = docx.Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.extend(c.text for c in row.cells)
    return "\n".join(parts)


@pytest.fixture
def read_paragraphs():
    return body_paragraphs


@pytest.fixture
def read_all_text():
    return all_text


@pytest.fixture(autouse=True)
def _one_qt_application(qapp):
    """The stakeholder map is painted with QtGui, which needs an application object. Make sure
    pytest-qt's QApplication exists first, so no export (the CLI run in-process, too) creates a
    QGuiApplication of its own that would clash with it when the session ends."""
    return qapp
