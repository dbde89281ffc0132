"""The stage kinds' own words, as the console shows them in its language.

A kind's declaration (kinds/<kind>/__init__.py) stays free of Qt, so its labels are marked for
translation here, in context "Kinds"; the console says them through
``QCoreApplication.translate("Kinds", label)``. tests/ui/test_languages.py fails when a kind's
label is missing from this list.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

LABELS = (
    # the kinds (StageKind.label)
    QT_TRANSLATE_NOOP("Kinds", "Objectives"),
    QT_TRANSLATE_NOOP("Kinds", "Prompts"),
    QT_TRANSLATE_NOOP("Kinds", "Stakeholder mapping"),
    QT_TRANSLATE_NOOP("Kinds", "Policy drafting"),
    QT_TRANSLATE_NOOP("Kinds", "Report back"),
    QT_TRANSLATE_NOOP("Kinds", "Dot vote"),
    # their records (RecordKind.label), as in "Saved 14:03 — stakeholder map of …"
    QT_TRANSLATE_NOOP("Kinds", "stakeholder map"),
    QT_TRANSLATE_NOOP("Kinds", "approval chain"),
    QT_TRANSLATE_NOOP("Kinds", "draft policy choices"),
    QT_TRANSLATE_NOOP("Kinds", "draft policy"),
    QT_TRANSLATE_NOOP("Kinds", "action items"),
    QT_TRANSLATE_NOOP("Kinds", "dot vote"),
    # what the console asks before a private record goes up (StageKind.asks_consent)
    QT_TRANSLATE_NOOP("Kinds", "Show draft"),
    QT_TRANSLATE_NOOP("Kinds", "Show stakeholder map"),
)
