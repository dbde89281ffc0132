"""Render the app icon from its SVG into every format the app and its bundles use.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/icons.py

From resources/icons/hicolor/scalable/apps/workshop-app.svg it writes the freedesktop PNG sizes
(resources/icons/hicolor/<N>x<N>/apps/workshop-app.png: the window icon and the menu entry),
resources/icons/workshop-app.ico (Windows) and resources/icons/workshop-app.icns (macOS). The
results are committed; run this again after changing the SVG.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workshop_app import APP_ID  # noqa: E402
from workshop_app.ui.icons import ICON_SIZES, icons_dir  # noqa: E402

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# the ICNS types that hold a PNG, by pixel size (1024 is 512 at twice the density)
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}
ICNS_TYPES_2X = {1024: b"ic10"}


def render(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def ico(pngs: dict[int, bytes]) -> bytes:
    """An ICO file of PNG images (read by Windows Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    directory, images = b"", b""
    offset = 6 + 16 * len(pngs)
    for size, png in pngs.items():
        side = 0 if size >= 256 else size  # 0 means 256
        directory += struct.pack(
            "<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(images)
        )
        images += png
    return header + directory + images


def icns(pngs: dict[bytes, bytes]) -> bytes:
    body = b"".join(kind + struct.pack(">I", 8 + len(png)) + png for kind, png in pngs.items())
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)  # noqa: F841
    folder = icons_dir()
    svg = folder / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        print(f"icons: {svg} is not a valid SVG", file=sys.stderr)
        return 1
    sizes = sorted(set(ICON_SIZES) | set(ICO_SIZES) | set(ICNS_TYPES) | set(ICNS_TYPES_2X))
    pngs = {size: render(renderer, size) for size in sizes}
    for size in ICON_SIZES:
        target = folder / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pngs[size])
    (folder / f"{APP_ID}.ico").write_bytes(ico({s: pngs[s] for s in ICO_SIZES}))
    kinds = {**{k: pngs[s] for s, k in ICNS_TYPES.items()}}
    kinds.update({k: pngs[s] for s, k in ICNS_TYPES_2X.items()})
    (folder / f"{APP_ID}.icns").write_bytes(icns(kinds))
    print(f"icons: {len(ICON_SIZES)} PNG sizes, {APP_ID}.ico, {APP_ID}.icns in {folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
