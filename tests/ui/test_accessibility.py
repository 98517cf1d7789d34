"""Everyone in the room can use the app: named controls, Tab reaches everything, readable contrast, big targets."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QPlainTextEdit, QTabWidget, QTextEdit, QWidget
from pytestqt.qtbot import QtBot

from vzworkshop.reports.demo import build_demo
from vzworkshop.store import WorkshopStore
from vzworkshop.store.records import Workshop
from vzworkshop.ui import participant_screens as ps
from vzworkshop.ui import style
from vzworkshop.ui.dialogs.about import AboutDialog
from vzworkshop.ui.dialogs.settings_dialog import SettingsDialog
from vzworkshop.ui.dialogs.workshop_dialogs import DetailsDialog, NewWorkshopDialog
from vzworkshop.ui.main_window import WorkshopWindow
from vzworkshop.ui.pages.assess_rounds import NewRoundDialog
from vzworkshop.ui.participant import ParticipantWindow, Screen
from vzworkshop.ui.start_page import StartPage
from vzworkshop.ui.widgets import staircase

from .a11y import controls, describe, spoken_name, tab_reachable, unnamed


@pytest.fixture
def demo(qtbot: QtBot, tmp_path: Path) -> Iterator[WorkshopWindow]:
    """The workshop window on a demo workshop (data in every step), shown and active, at 1366x768."""
    path = tmp_path / "demo.vzw"
    store = WorkshopStore.create(path, Workshop(organisation="Demo Kommune", title="Trivsel", date="2026-11-23",
                                                facilitator="Mette", language="da"))
    build_demo(store, "da")
    store.close()
    win = WorkshopWindow(WorkshopStore.open(path))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitUntil(win.isActiveWindow)
    yield win
    win.close()


def views(window: WorkshopWindow) -> Iterator[str]:
    """Show every page of the window and every tab on it in turn; yields a name for each view."""
    for step in range(1, 6):
        window.show_step(step, focus=False)
        page = window.page(step)
        tab_sets = [t for t in page.findChildren(QTabWidget) if t.isVisible()]
        yield f"step {step}"
        for tabs in tab_sets:
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                yield f"step {step}, tab {tabs.tabText(i)!r}"
    window.show_agenda()
    yield "agenda"


# --- names --------------------------------------------------------------------------------------------------


def test_every_control_on_every_page_has_a_name(demo: WorkshopWindow) -> None:
    missing = []
    seen = 0
    for view in views(demo):
        QApplication.processEvents()
        seen += len(controls(demo))
        missing += [f"{view}: {w}" for w in unnamed(demo)]
    assert seen > 100  # the walk did see the pages' controls
    assert missing == []


def test_start_page_and_dialogs_name_their_controls(qtbot: QtBot, demo: WorkshopWindow) -> None:
    windows: list[QWidget] = [StartPage(), SettingsDialog(lambda _: True), NewWorkshopDialog(),
                              DetailsDialog(demo.store.workshop()), AboutDialog(), NewRoundDialog([])]
    for w in windows:
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        assert controls(w), type(w).__name__
        assert unnamed(w) == [], type(w).__name__
        w.close()


def participant_window(qtbot: QtBot, window: WorkshopWindow, size: tuple[int, int] = (1366, 768)) -> ParticipantWindow:
    store = window.store
    round_id = store.rounds()[-1].id
    assert round_id is not None
    pw = ParticipantWindow(store, round_id)
    qtbot.addWidget(pw)
    pw.showNormal()
    pw.resize(*size)
    qtbot.waitExposed(pw)
    return pw


def participant_screens(qtbot: QtBot, pw: ParticipantWindow) -> Iterator[Screen]:
    """Hand-over, (group choice), the statements and the review, driven by keys as a participant would."""
    yield pw.current_screen
    qtbot.keyClick(pw, Qt.Key.Key_Return)
    if pw.current_screen is Screen.GROUPS:
        yield pw.current_screen
        qtbot.keyClick(pw, Qt.Key.Key_1)
    assert pw.current_screen is Screen.ITEM
    yield pw.current_screen
    for _ in range(10):
        qtbot.keyClick(pw, Qt.Key.Key_3)
    assert pw.current_screen is Screen.REVIEW
    yield pw.current_screen


def test_participant_screens_name_their_controls(qtbot: QtBot, demo: WorkshopWindow) -> None:
    pw = participant_window(qtbot, demo)
    for screen in participant_screens(qtbot, pw):
        QApplication.processEvents()
        assert unnamed(pw) == [], screen
    pw.close()


# --- keyboard -----------------------------------------------------------------------------------------------


def tab_walk(start: QWidget, limit: int = 400) -> list[QWidget]:
    """Press Tab from `start` until the focus comes back to it (or `limit`); the widgets focused on the way."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    reached: list[QWidget] = []
    stayed = 0
    for _ in range(limit):
        focused = QApplication.focusWidget()
        assert focused is not None
        cell = focused.currentIndex() if isinstance(focused, QAbstractItemView) else None
        QTest.keyClick(focused, Qt.Key.Key_Tab)
        QApplication.processEvents()
        now = QApplication.focusWidget()
        assert now is not None, f"the focus left the window after {describe(focused)} {spoken_name(focused)!r}"
        moved_within = (isinstance(now, QAbstractItemView) and now.tabKeyNavigation() and now is focused
                        and now.currentIndex() != cell)  # a table Tab walks cell by cell (step 1's team)
        stayed = stayed + 1 if now is focused and not moved_within else 0
        if stayed > 3:  # a date field's Tab first moves through its day, month and year, then on
            raise AssertionError(f"Tab is trapped in {describe(now)}")
        if now is start:
            return reached
        reached.append(now)
    raise AssertionError(f"Tab did not come back to the start in {limit} presses")


def _owner(w: QWidget) -> QWidget:
    """Focus lands on a spin box's or combo box's inner line edit: count it as the control."""
    parent = w.parentWidget()
    if parent is not None and w.focusProxy() is None and parent.focusProxy() is w:
        return parent
    return w


def test_tab_reaches_every_control_on_every_page(qtbot: QtBot, demo: WorkshopWindow) -> None:
    problems = []
    for view in views(demo):
        demo.activateWindow()  # another top-level window may have taken the focus (the projector window)
        qtbot.waitUntil(demo.isActiveWindow)
        reached = {_owner(w) for w in tab_walk(demo.sidebar)} | {demo.sidebar}
        reached |= {w.focusProxy() for w in reached if w.focusProxy() is not None}
        wanted = [w for w in controls(demo) if tab_reachable(w)]
        problems += [f"{view}: {describe(w)} {spoken_name(w)!r}" for w in wanted
                     if w not in reached and (w.focusProxy() is None or w.focusProxy() not in reached)]
    assert problems == []


def test_text_fields_pass_tab_on(demo: WorkshopWindow) -> None:
    """Multi-line fields move the focus on Tab (setTabChangesFocus), so Tab never gets stuck in them."""
    fields = []
    for _ in views(demo):
        fields += [w for w in demo.findChildren(QPlainTextEdit) + demo.findChildren(QTextEdit)
                   if w.isVisible() and not w.isReadOnly()]
    assert fields
    assert [describe(w) for w in fields if not w.tabChangesFocus()] == []


# --- contrast -----------------------------------------------------------------------------------------------


def luminance(colour: str) -> float:
    c = QColor(colour)

    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(fg: str, bg: str) -> float:
    a, b = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def test_contrast_formula() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


TEXT_PAIRS = {
    # the facilitator's app
    "body text on window": (style.TEXT, style.WINDOW_BG),
    "body text on fields": (style.TEXT, style.BASE),
    "muted text on window": (style.MUTED, style.WINDOW_BG),
    "muted text on fields/group boxes": (style.MUTED, style.BASE),
    "heading on window": (style.HEADING, style.WINDOW_BG),
    "links on window": (style.ACCENT, style.WINDOW_BG),
    "selected text": (style.HIGHLIGHTED_TEXT, style.ACCENT),
    "sidebar text": (style.TEXT, style.SIDEBAR_BG),
    "sidebar selected": (style.HIGHLIGHTED_TEXT, style.ACCENT),
    "sidebar hover": (style.TEXT, style.SIDEBAR_HOVER),
    "guidance text": (style.TEXT, style.ACCENT_LIGHT),
    "button text": (style.TEXT, style.BUTTON_BG),
    "primary button text": (style.HIGHLIGHTED_TEXT, style.ACCENT),
    "table header": (style.TEXT, style.HEADER_BG),
    "warning text": (style.WARN_COLOUR, style.BASE),
    "ok text": (style.OK_COLOUR, style.BASE),
    # participant screens
    "participant text": (ps.INK, ps.PAPER),
    "participant hint": (ps.HINT_INK, ps.PAPER),
    "participant progress": (ps.NAVY, ps.PAPER),
    "answer button": (ps.INK, ps.BUTTON_BG),
    "answer button, hover": (ps.INK, ps.BUTTON_HOVER),
    "chosen answer": (ps.PAPER, ps.NAVY),
    "primary button": (ps.PAPER, ps.NAVY),
    "primary button, hover": (ps.PAPER, ps.PRIMARY_HOVER),
    "don't know": (ps.INK, ps.DONT_KNOW_BG),
    "don't know, chosen": (ps.PAPER, ps.DONT_KNOW_CHECKED),
    # the staircase's marker on white paper
    "staircase marker": (staircase.MARKER_COLOUR, "#ffffff"),
}


@pytest.mark.parametrize("name", sorted(TEXT_PAIRS))
def test_text_colours_meet_wcag_aa(name: str) -> None:
    fg, bg = TEXT_PAIRS[name]
    assert contrast(fg, bg) >= 4.5, f"{name}: {fg} on {bg} is {contrast(fg, bg):.2f}:1"


@pytest.mark.parametrize("level", range(5))
def test_staircase_level_names_readable_on_their_treads(level: int) -> None:
    fg, bg = staircase.TEXT_ON_LEVEL[level], staircase.LEVEL_COLOURS[level]
    assert contrast(fg, bg) >= 4.5, f"level {level + 1}: {fg} on {bg} is {contrast(fg, bg):.2f}:1"


def test_focus_frame_and_borders_are_visible() -> None:
    """Non-text contrast (WCAG 1.4.11): focus frames and the participant buttons' borders >= 3:1."""
    assert contrast(style.FOCUS_COLOUR, style.BASE) >= 3
    assert contrast(style.FOCUS_COLOUR, style.WINDOW_BG) >= 3
    assert contrast(ps.NAVY, ps.PAPER) >= 3 and contrast(ps.DONT_KNOW_BORDER, ps.PAPER) >= 3
    for sheet in (style.SIDEBAR_SHEET, style.START_PAGE_SHEET, style.GUIDANCE_SHEET, style.TABLE_SHEET):
        assert ":focus" in sheet and style.FOCUS_COLOUR in sheet


# --- touch targets ------------------------------------------------------------------------------------------


def test_participant_targets_are_at_least_44_px(qtbot: QtBot, demo: WorkshopWindow) -> None:
    pw = participant_window(qtbot, demo, (1366, 768))
    small = []
    for screen in participant_screens(qtbot, pw):
        QApplication.processEvents()
        for w in controls(pw):
            if w.width() < 44 or w.height() < 44:
                small.append(f"{screen.name}: {spoken_name(w)!r} is {w.width()}x{w.height()}")
    pw.close()
    assert small == []


def test_a_dark_system_theme_cannot_make_text_unreadable(qapp: QApplication) -> None:
    """Under a dark system theme the app keeps its own complete light palette: no role is left at a dark
    theme's value (light text on our light headers was seen)."""
    from PySide6.QtGui import QColor, QPalette

    from vzworkshop.ui.style import apply_style

    saved_palette, saved_sheet, saved_font = qapp.palette(), qapp.styleSheet(), qapp.font()
    dark = QPalette(QColor("#353535"), QColor("#202020"))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText,
                 QPalette.ColorRole.ToolTipText, QPalette.ColorRole.PlaceholderText):
        dark.setColor(role, QColor("#f0f0f0"))
    qapp.setPalette(dark)
    try:
        apply_style(qapp)
        pal = qapp.palette()
        pairs = [(QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
                 (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
                 (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
                 (QPalette.ColorRole.ToolTipText, QPalette.ColorRole.ToolTipBase),
                 (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
                 (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Base)]
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            for fg, bg in pairs:
                ratio = contrast(pal.color(group, fg).name(), pal.color(group, bg).name())
                assert ratio >= 4.5, (group, fg, bg, ratio)
        for fg, bg in pairs[:3]:
            ratio = contrast(pal.color(QPalette.ColorGroup.Disabled, fg).name(),
                             pal.color(QPalette.ColorGroup.Disabled, bg).name())
            assert ratio >= 3.0, ("disabled", fg, bg, ratio)
    finally:
        qapp.setPalette(saved_palette)
        qapp.setStyleSheet(saved_sheet)
        qapp.setFont(saved_font)
