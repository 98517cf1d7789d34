"""The user guides (docs/guide.md, docs/guide.da.md): their screenshots exist, their shortcut tables only
promise keys the app binds, and the two languages have the same sections."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
UI = ROOT / "vzworkshop" / "ui"
GUIDES = {"en": DOCS / "guide.md", "da": DOCS / "guide.da.md"}
SHORTCUT_SECTION = {"en": "Keyboard shortcuts", "da": "Tastaturgenveje"}
ARROWS = {"←": "Left", "→": "Right", "↑": "Up", "↓": "Down"}
IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")
HEADING = re.compile(r"^(#{1,6}) ", re.M)


def text(language: str) -> str:
    return GUIDES[language].read_text(encoding="utf-8")


def images(language: str) -> list[str]:
    return IMAGE.findall(text(language))


def normalise(keys: str) -> str:
    """One key combination as Qt writes it, with Return and Enter counted as the same key."""
    for arrow, name in ARROWS.items():
        keys = keys.replace(arrow, name)
    written = QKeySequence(keys.strip()).toString(QKeySequence.SequenceFormat.PortableText)
    return written.replace("Return", "Enter")


def shortcut_keys(language: str) -> list[str]:
    """Every key combination in the first column of the tables of the shortcut section."""
    section = text(language).split("## " + SHORTCUT_SECTION[language], 1)[1]
    keys: list[str] = []
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if not line.startswith("|") or set(cells[0]) <= set("-: ") or cells[0] in ("Keys", "Taster"):
            continue
        for part in cells[0].split(","):
            part = part.strip()
            ranged = re.fullmatch(r"(.*?)(\d) \.\.\. (.*?)(\d)", part)
            if ranged:  # "Ctrl+1 ... Ctrl+5", "1 ... 5"
                prefix, first, _, last = ranged.groups()
                keys += [f"{prefix}{n}" for n in range(int(first), int(last) + 1)]
            else:
                keys.append(part)
    return keys


def bound_keys(app: QApplication) -> set[str]:
    """Keys the UI code binds: key-sequence strings, Qt.Key constants (keyPressEvent) and standard keys."""
    del app  # standard key bindings need the application's platform theme
    source = "\n".join(p.read_text(encoding="utf-8") for p in sorted(UI.rglob("*.py")))
    found: set[str] = set()
    for literal in re.findall(r"\"((?:Ctrl|Alt|Shift|Meta)\+[^\"]+|F\d{1,2}|Del(?:ete)?|Esc)\"", source):
        found.add(normalise(literal))
    if 'f"Ctrl+{step}"' in source:  # View > Step n, one per step page
        found.update(normalise(f"Ctrl+{n}") for n in range(1, 6))
    for name in re.findall(r"Qt\.Key\.Key_(\w+)", source):
        key = QKeySequence(getattr(Qt.Key, f"Key_{name}"))
        found.add(normalise(key.toString(QKeySequence.SequenceFormat.PortableText)))
    if 'getattr(Qt.Key, f"Key_{n}")' in source:  # the participant screen's digits
        found.update(str(n) for n in range(10))
    for name in re.findall(r"QKeySequence\.StandardKey\.(\w+)", source):
        for binding in QKeySequence.keyBindings(getattr(QKeySequence.StandardKey, name)):
            found.add(normalise(binding.toString(QKeySequence.SequenceFormat.PortableText)))
    return found


@pytest.mark.parametrize("language", ["en", "da"])
def test_every_image_in_the_guide_exists_in_its_language(language: str) -> None:
    referenced = images(language)
    assert len(referenced) >= 10
    for name in referenced:
        assert name.startswith(f"img/{language}/"), f"{GUIDES[language].name}: {name} is not a {language} image"
        assert (DOCS / name).is_file(), f"{GUIDES[language].name} shows {name}, which does not exist"


def test_both_guides_have_the_same_sections() -> None:
    levels = {language: HEADING.findall(text(language)) for language in GUIDES}
    assert len(levels["en"]) > 10
    assert levels["en"] == levels["da"]
    assert [Path(n).name for n in images("en")] == [Path(n).name for n in images("da")]


def test_every_screenshot_is_used_and_the_folder_stays_small() -> None:
    used = {DOCS / name for language in GUIDES for name in images(language)}
    on_disk = set((DOCS / "img").rglob("*.png"))
    assert on_disk - used == set(), "screenshots no guide shows"
    assert sum(p.stat().st_size for p in on_disk) < 3_000_000


@pytest.mark.parametrize("language", ["en", "da"])
def test_every_shortcut_in_the_table_is_bound_in_the_ui(qapp: QApplication, language: str) -> None:
    bound = bound_keys(qapp)
    keys = shortcut_keys(language)
    assert {"F5", "F6", "F11", "Ctrl+1", "Ctrl+5", "Enter", "Esc", "0"} <= set(keys)
    missing = [k for k in keys if normalise(k) not in bound]
    assert missing == [], f"{GUIDES[language].name} documents keys the app does not bind: {missing}"


def test_the_shortcut_check_can_fail(qapp: QApplication) -> None:
    bound = bound_keys(qapp)
    assert normalise("Ctrl+F12") not in bound and normalise("Alt+→") not in bound
    assert normalise("Alt+↑") in bound and normalise("Ctrl+W") in bound
