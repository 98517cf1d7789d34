"""Render the app icon (resources/icons/vzworkshop.svg) to the PNG sizes and the Windows/macOS icon files.

    QT_QPA_PLATFORM=offscreen python packaging/render_icons.py

Writes resources/icons/vzworkshop-{16..512}.png, vzworkshop.ico (Windows) and vzworkshop.icns (macOS).
Run it again after editing the SVG and commit the results; the build does not render icons.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "vzworkshop.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1
    for size in SIZES:
        render(renderer, size).save(str(ICONS / f"vzworkshop-{size}.png"))
    # macOS .icns from the largest size (Qt writes icns); Windows .ico with every size up to 256, each drawn
    # from the SVG at its own size (Pillow, which reportlab already needs, writes multi-size .ico files).
    render(renderer, 512).save(str(ICONS / "vzworkshop.icns"), "icns")
    from PIL import Image

    ico_sizes = [s for s in SIZES if s <= 256]
    frames = [Image.open(ICONS / f"vzworkshop-{s}.png") for s in ico_sizes]
    frames[-1].save(ICONS / "vzworkshop.ico", sizes=[(s, s) for s in ico_sizes], append_images=frames[:-1])
    del app
    print(f"wrote {len(SIZES)} PNGs, vzworkshop.ico and vzworkshop.icns to {ICONS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
