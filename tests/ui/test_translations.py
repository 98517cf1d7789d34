"""The Danish catalogue is complete and current, the language switches live, and no English is left on screen."""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from vzworkshop.reports.demo import build_demo
from vzworkshop.store import WorkshopStore
from vzworkshop.store.records import Workshop
from vzworkshop.ui import settings
from vzworkshop.ui.app import Controller
from vzworkshop.ui.main_window import WorkshopWindow

ROOT = Path(__file__).resolve().parents[2]


def _tools() -> ModuleType:
    spec = importlib.util.spec_from_file_location("vz_translations_tool", ROOT / "tools" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_catalogues_are_complete_and_compiled() -> None:
    """Fails when a visible string is missing from the Danish catalogue, left unfinished, or a .qm is stale."""
    assert _tools().problems() == []


def english_leftovers() -> set[str]:
    """Every English source text whose Danish differs (accelerators stripped), i.e. English that must not show."""
    out: set[str] = set()
    root = ET.parse(ROOT / "translations" / "vzworkshop_da.ts").getroot()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        danish = "".join(translation.itertext()) if translation is not None else ""
        if "%" in source or "{" in source or len(source) < 4:
            continue  # templates are checked through the texts they produce
        if source.replace("&", "").strip() != danish.replace("&", "").strip():
            out.add(source.replace("&", "").strip())
    return out


def widget_texts(root: QWidget) -> list[str]:
    """What a person sees or hears of a window: labels, buttons, titles, tabs, headers, items, placeholders,
    accessible names and tooltips."""
    texts: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        texts += [w.accessibleName(), w.accessibleDescription(), w.toolTip(), w.windowTitle()]
        if isinstance(w, QLabel | QAbstractButton):
            texts.append(w.text())
        if isinstance(w, QGroupBox):
            texts.append(w.title())
        if isinstance(w, QLineEdit | QPlainTextEdit | QTextEdit):
            texts.append(w.placeholderText())
        if isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QTabWidget):
            texts += [w.tabText(i) for i in range(w.count())]
        if isinstance(w, QTableWidget):
            for c in range(w.columnCount()):
                header = w.horizontalHeaderItem(c)
                if header is not None:
                    texts += [header.text(), header.toolTip()]
    return [t.replace("&", "").strip() for t in texts if t and t.strip()]


@pytest.fixture
def controller(qapp: QApplication) -> Iterator[Controller]:
    c = Controller()
    c.translations.apply("en")
    yield c
    c.shutdown()
    c.translations.apply("en")


def _menu_titles(window: WorkshopWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_switching_language_live_changes_menus_sidebar_and_pages(controller: Controller, qtbot: QtBot,
                                                                  workshop_path: Path) -> None:
    window = controller.open(workshop_path)
    assert window is not None
    qtbot.waitExposed(window)
    window.show_step(2)
    assert _menu_titles(window) == ["&File", "&Edit", "&Workshop", "&View", "&Help"]
    assert window.sidebar.accessibleName() == "Steps of the workshop"
    assert "New round" in widget_texts(window.page(2))

    controller.apply_language("da")
    assert settings.get(settings.UI_LANGUAGE) in (None, "", "en", "da")  # apply_language itself stores nothing
    assert _menu_titles(window) == ["&Filer", "R&ediger", "&Workshop", "&Vis", "&Hjælp"]
    assert window.sidebar.accessibleName() == "Workshoppens trin"
    assert window.current_step() == 2
    texts = widget_texts(window.page(2))
    assert "Ny runde" in texts and "New round" not in texts
    assert "Resultater" in texts and "Results" not in texts
    assert "Leadership commitment" not in widget_texts(window.page(1))
    assert "Lederengagement" in widget_texts(window.page(1))
    assert [a.text() for a in window.menu_file.actions() if a.text()][:2] == ["&Ny workshop…", "Å&bn…"]

    controller.apply_language("en")
    assert _menu_titles(window)[0] == "&File"
    assert "New round" in widget_texts(window.page(2))


def test_accelerators_are_unique_in_each_danish_menu(controller: Controller, qtbot: QtBot,
                                                     workshop_path: Path) -> None:
    controller.translations.apply("da")
    window = controller.open(workshop_path)
    assert window is not None
    menus: list[QWidget] = [window.menuBar()]
    for menu in menus:
        menus += [a.menu() for a in menu.actions() if a.menu() is not None]
        keys = [a.text().split("&", 1)[1][0].lower() for a in menu.actions() if "&" in a.text()]
        assert len(keys) == len(set(keys)), (menu, keys)


def test_every_page_in_danish_has_no_english_left(controller: Controller, qtbot: QtBot, tmp_path: Path) -> None:
    """A Danish demo workshop (data in every step) in the Danish UI: walk all five pages (every tab) and the
    start page; no English text from the catalogue may show anywhere."""
    controller.apply_language("da")
    path = tmp_path / "demo.vzw"
    store = WorkshopStore.create(path, Workshop(
        organisation="Demo Kommune", title="Trivsel", date="2026-11-23", facilitator="Mette", language="da"))
    build_demo(store, "da")
    store.close()
    window = controller.open(path)
    assert window is not None
    qtbot.waitExposed(window)
    english = english_leftovers()
    assert "New round" in english and "Save a copy as" in english  # the check itself works
    seen: list[str] = []
    for step in range(1, 6):
        window.show_step(step)
        page = window.page(step)
        for tabs in page.findChildren(QTabWidget):
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                seen += widget_texts(page)
        seen += widget_texts(page)
    window.show_agenda()
    seen += widget_texts(window.agenda_page)
    seen += widget_texts(controller.start)
    leftovers = sorted({t for t in seen if t in english})
    assert leftovers == []
    assert "Samlet vurdering" in " ".join(seen)
    assert any("svar" in t for t in seen)


def test_danish_plural_forms(controller: Controller) -> None:
    from vzworkshop.ui.widgets.staircase import answers_count, waiting_for

    controller.translations.apply("da")
    assert answers_count(1) == "1 svar" and answers_count(12) == "12 svar"
    assert waiting_for(2) == "Venter på 2 svar mere."
    controller.translations.apply("en")
    assert answers_count(1) == "1 answer" and answers_count(12) == "12 answers"
    assert waiting_for(1) == "Waiting for 1 more answer."


HELPER = re.compile(r"\bdef _*tr\(|translate\(\s*\"[^\"]*\"\s*,\s*[A-Za-z_]|= QCoreApplication\.translate\b")


def _own_context_tr_lines(source: str) -> set[int]:
    """Lines of `tr` overrides that translate under their own class's name: lupdate files that class's
    `self.tr("...")` texts there, so the override finds them (the room's windows: workshop_language)."""
    lines: set[int] = set()
    for cls in ast.walk(ast.parse(source)):
        if not isinstance(cls, ast.ClassDef):
            continue
        for method in cls.body:
            if not isinstance(method, ast.FunctionDef) or method.name != "tr":
                continue
            calls = [c for c in ast.walk(method) if isinstance(c, ast.Call) and c.args]
            contexts = {c.args[0].value for c in calls if isinstance(c.args[0], ast.Constant)}
            if contexts == {cls.name}:
                lines.add(method.lineno)
                lines.update(c.lineno for c in calls)
    return lines


def test_translation_helpers_use_a_context_lupdate_can_see() -> None:
    """pyside6-lupdate files a bare tr("...") under the empty context and does not see `_tr("...")` or
    `translate(CONTEXT, text)` at all: such helpers would leave their texts untranslated at run time.
    Outside QObject subclasses use `vzworkshop.ui.translate.tr`. A class may override `tr` only to translate
    under its own name (into the workshop's language, `workshop_language`)."""
    offenders = []
    for path in sorted((ROOT / "vzworkshop" / "ui").rglob("*.py")):
        if path.name == "translate.py":
            continue
        source = path.read_text(encoding="utf-8")
        allowed = _own_context_tr_lines(source)
        for number, line in enumerate(source.splitlines(), start=1):
            if HELPER.search(line) and "translate = QCoreApplication.translate" not in line and number not in allowed:
                offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert offenders == []
