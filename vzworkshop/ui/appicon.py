"""The app's icon (the staircase), for windows, dialogs and the taskbar."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from vzworkshop.paths import icon_dir

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """The icon at every rendered size (PNG, so no SVG plugin is needed)."""
    icon = QIcon()
    for size in SIZES:
        path = icon_dir() / f"vzworkshop-{size}.png"
        if path.is_file():
            icon.addFile(str(path))
    return icon
