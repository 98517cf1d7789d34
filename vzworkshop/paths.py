"""The one module that knows where bundled data lives (source tree, installed wheel or frozen app)."""

from __future__ import annotations

import sys
from pathlib import Path

PKG = Path(__file__).resolve().parent


def _find(name: str) -> Path:
    """Installed and frozen builds carry data inside the package; a source checkout keeps it at the top."""
    inside = PKG / name
    if inside.is_dir():
        return inside
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root) / "vzworkshop" / name
    return PKG.parent / name


def resource_dir() -> Path:
    """Method content, fonts and icons (`resources/` in the source tree)."""
    return _find("resources")


def content_dir() -> Path:
    return resource_dir() / "content"


def font_dir() -> Path:
    return resource_dir() / "fonts"


def icon_dir() -> Path:
    return resource_dir() / "icons"


def translations_dir() -> Path:
    """Compiled Qt translations (`translations/*.qm`)."""
    return _find("translations")


def docs_dir() -> Path:
    """The user guide (`docs/guide.md`, `docs/guide.da.md` and their screenshots in `docs/img/`)."""
    return _find("docs")
