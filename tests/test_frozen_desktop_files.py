"""Desktop integration files agree with each other and with the icons they name."""

from __future__ import annotations

import configparser
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[1]
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(ROOT / "packaging" / "vzworkshop.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_opens_workshop_files() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "vzworkshop %f"
    assert entry["Icon"] == "vzworkshop"
    assert entry["Terminal"] == "false"
    assert entry["MimeType"] == "application/x-vzworkshop;"
    assert entry["Name[da]"] and entry["Comment[da]"]


def test_mime_type_matches_by_name_only() -> None:
    root = ET.parse(ROOT / "packaging" / "vzworkshop-mime.xml").getroot()
    (mime,) = root.findall(f"{MIME_NS}mime-type")
    assert mime.get("type") == _desktop_entry()["MimeType"].rstrip(";")
    assert [g.get("pattern") for g in mime.findall(f"{MIME_NS}glob")] == ["*.vzw"]
    assert mime.find(f"{MIME_NS}magic") is None  # "SQLite format 3" would claim every SQLite file


def test_icons_exist_at_their_sizes() -> None:
    icons = ROOT / "resources" / "icons"
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        image = QImage(str(icons / f"vzworkshop-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()
        assert image.pixelColor(0, 0).alpha() == 0  # rounded corner: transparent
        assert image.pixelColor(size // 2, size - size // 5).alpha() == 255  # the staircase's body
    assert (icons / "vzworkshop.ico").stat().st_size > 1000
    assert (icons / "vzworkshop.icns").stat().st_size > 1000
    assert "<svg" in (icons / "vzworkshop.svg").read_text(encoding="utf-8")
