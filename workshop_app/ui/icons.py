"""The app's icon for its windows, from the PNG sizes under resources/icons/hicolor/ (drawn as
resources/icons/hicolor/scalable/apps/workshop-app.svg; packaging/icons.py renders the rest).
PNG files need no image plugin, so the icon costs nothing at start-up."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

from workshop_app import APP_ID, paths

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def icons_dir() -> Path:
    return paths.resource("icons")


def png_path(size: int) -> Path:
    return icons_dir() / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def app_icon() -> QIcon:
    icon = QIcon()
    for size in ICON_SIZES:
        path = png_path(size)
        if path.exists():
            icon.addFile(str(path))
    return icon
