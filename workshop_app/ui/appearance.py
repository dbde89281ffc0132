"""Theme and text size from the settings, applied to the whole application."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from workshop_app.ui.settings import Settings

_base: dict[str, object] = {}


def apply(settings: Settings) -> None:
    app = QApplication.instance()
    if "font" not in _base:
        _base["font"] = QFont(app.font())
        _base["palette"] = QPalette(app.palette())
    font = QFont(_base["font"])
    scale = settings.get("font_scale")
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    elif font.pixelSize() > 0:
        font.setPixelSize(round(font.pixelSize() * scale))
    if app.font() != font:
        app.setFont(font)
    theme = settings.get("theme")
    palette = _dark() if theme == "dark" else _light() if theme == "light" else _base["palette"]
    if app.palette() != palette:
        app.setPalette(palette)


def _light() -> QPalette:
    return QApplication.style().standardPalette()


def _dark() -> QPalette:
    p = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#2b2b2b"),
        (roles.WindowText, "#eeeeee"),
        (roles.Base, "#1f1f1f"),
        (roles.AlternateBase, "#2b2b2b"),
        (roles.Text, "#eeeeee"),
        (roles.Button, "#3a3a3a"),
        (roles.ButtonText, "#eeeeee"),
        (roles.Highlight, "#3d7bd9"),
        (roles.HighlightedText, "#ffffff"),
        (roles.ToolTipBase, "#3a3a3a"),
        (roles.ToolTipText, "#eeeeee"),
        (roles.PlaceholderText, "#9a9a9a"),
        (roles.Link, "#8ab4f8"),
        (roles.Mid, "#9a9a9a"),
    ):
        p.setColor(role, QColor(colour))
    return p
