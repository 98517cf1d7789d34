"""The app's look: Fusion with a calm light palette, a readable base font, headings and status icons.

Status is never shown by colour alone: icons have distinct shapes (a tick in a circle, an exclamation mark in
a triangle) and always sit beside text.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QLabel, QWidget

BASE_POINT_SIZE = 11  # the body text; a user's larger font scales it, so the sizes below are relative to it
HEADING_SCALE = 1.6  # a page's heading (17.6 pt over 11 pt body text)
SUBHEADING_SCALE = 1.3  # a dialog's or a panel's heading
TITLE_SCALE = 2.4  # the start page's title
SECTION_SCALE = 1.1  # section titles inside a page (bold), the same on every page
PAGE_MARGINS = (20, 14, 20, 12)  # left, top, right, bottom of every page of the workshop window
PAGE_SPACING = 10  # between the heading, the guidance and the page's body

ACCENT = "#1f5f8b"  # deep calm blue
ACCENT_LIGHT = "#e3eef6"
OK_COLOUR = "#2e7d32"
WARN_COLOUR = "#945700"
MUTED = "#5f6b76"
DISABLED_TEXT = "#6f7a85"  # visibly off yet readable: >= 3.8:1 on our backgrounds (WCAG exempts disabled)
WINDOW_BG = "#f6f7f9"
TEXT = "#1d2630"
HEADING = "#16212c"
BASE = "#ffffff"  # fields, tables, group boxes
HIGHLIGHTED_TEXT = "#ffffff"  # on ACCENT
BUTTON_BG = "#eef1f4"
HEADER_BG = "#eef1f4"
SIDEBAR_BG = "#eaeef2"
SIDEBAR_HOVER = "#dde4ea"
FOCUS_COLOUR = ACCENT  # the keyboard focus frame (>= 3:1 against WINDOW_BG and BASE)
VIEW_BORDER = "#b4bec8"  # the frame of a table or list without the focus
# Fusion draws a check box's and a radio button's edge in their palette's Window colour darkened (x1.4, then
# lightened x1.1): from WINDOW_BG that is #c1c2c4, 1.8:1 on the white box, faint on a projector. Check boxes and
# radio buttons paint no background of their own, so theirs gets this Window colour: edges about 3.7:1.
INDICATOR_WINDOW = "#a4a9af"

# Style sheets are set on the few widgets that need them, never on the whole application: an application-wide
# sheet makes Qt style every widget through its (slow) style-sheet machinery, which tripled the time to build a
# page. Colours of plain labels come from their palette (`tint`).
SIDEBAR_SHEET = f"""
QListWidget#sidebar {{
    background: {SIDEBAR_BG}; border: none; border-right: 1px solid #d5dbe1; padding: 8px 0;
}}
QListWidget#sidebar::item {{ padding: 10px 12px; border-radius: 6px; margin: 2px 8px; color: {TEXT}; }}
QListWidget#sidebar::item:selected {{ background: {ACCENT}; color: {HIGHLIGHTED_TEXT}; }}
QListWidget#sidebar::item:hover:!selected {{ background: {SIDEBAR_HOVER}; }}
QListWidget#sidebar:focus {{ border-right: 3px solid {FOCUS_COLOUR}; }}
"""
PRIMARY_BUTTON_RULES = f"""
QPushButton[role="primary"] {{
    background: {ACCENT}; border: 1px solid {ACCENT}; border-radius: 8px; color: white;
}}
QPushButton[role="primary"] QLabel {{ color: white; }}
QPushButton[role="primary"]:hover {{ background: #184d72; }}
QPushButton[role="primary"]:focus {{ border: 2px solid #0d2f48; }}
"""
START_PAGE_SHEET = f"""
QListWidget#recent::item {{ padding: 6px 8px; border-bottom: 1px solid #eef1f4; }}
QListWidget#recent::item:selected {{ background: {ACCENT}; color: {HIGHLIGHTED_TEXT}; }}
QPushButton[role="big"] {{
    border-radius: 8px; border: 1px solid #c7d0d9; background: white;
}}
QPushButton[role="big"]:hover {{ background: {ACCENT_LIGHT}; }}
QPushButton[role="big"]:focus {{ border: 2px solid {FOCUS_COLOUR}; }}
""" + PRIMARY_BUTTON_RULES
GROUP_BOX_SHEET = """
QGroupBox {
    font-weight: bold; border: 1px solid #d5dbe1; border-radius: 8px; margin-top: 14px; padding: 14px 12px 10px;
    background: white;
}
QGroupBox::title { subcontrol-origin: margin; left: 12px; padding: 0 4px; color: #16212c; }
"""
GUIDANCE_SHEET = f"""
QFrame#guidance {{ background: {ACCENT_LIGHT}; border: 1px solid #c5d9e8; border-radius: 8px; }}
QFrame#guidance QToolButton {{ border: none; background: transparent; padding: 4px 2px; color: #16212c; }}
QFrame#guidance QToolButton:focus {{ border: 2px solid {FOCUS_COLOUR}; border-radius: 4px; }}
QFrame#guidance QWidget#guidanceBody {{ background: transparent; border: none; }}
QFrame#guidance QScrollArea {{ background: transparent; border: 2px solid transparent; border-radius: 4px; }}
QFrame#guidance QScrollArea:focus {{ border-color: {FOCUS_COLOUR}; }}
"""
# Set on each table, tree and list (the sidebar has its own): with the keyboard focus a view gets a 2 px frame in
# the focus colour (WCAG 2.4.7) and a table's or tree's current cell a frame of its own, white inside a selected
# row (a list keeps Fusion's mark of its current item: a frame round a list's item would cover its check box);
# the padding keeps the contents in place when the frame grows.
TABLE_SHEET = f"""
QTableView {{ gridline-color: #e1e6eb; }}
QTableView, QTreeView, QListView {{ border: 1px solid {VIEW_BORDER}; padding: 1px; }}
QTableView:focus, QTreeView:focus, QListView:focus {{ border: 2px solid {FOCUS_COLOUR}; padding: 0px; }}
QTableView::item:focus, QTreeView::item:focus {{ border: 2px solid {FOCUS_COLOUR}; }}
QTableView::item:focus:selected, QTreeView::item:focus:selected {{
    border: 2px solid {HIGHLIGHTED_TEXT}; background: {ACCENT}; color: {HIGHLIGHTED_TEXT};
}}
QHeaderView::section {{ background: {HEADER_BG}; padding: 6px; border: none; border-bottom: 1px solid #d5dbe1; }}
"""
# Set on each framed multi-line text field (widgets/text_frame.py, when Qt polishes it): the tables' 2 px frame
# in the focus colour while it has the keyboard focus (Fusion draws none round a QPlainTextEdit or QTextEdit).
TEXT_FIELD_SHEET = f"""
QPlainTextEdit, QTextEdit {{ border: 1px solid {VIEW_BORDER}; padding: 1px; }}
QPlainTextEdit:focus, QTextEdit:focus {{ border: 2px solid {FOCUS_COLOUR}; padding: 0px; }}
"""
ALL_SHEETS = (SIDEBAR_SHEET, START_PAGE_SHEET, GROUP_BOX_SHEET, GUIDANCE_SHEET, TABLE_SHEET, TEXT_FIELD_SHEET)


def light_palette() -> QPalette:
    """The app's own complete light palette, every role and colour group set.

    Built from scratch, not from the system's: under a dark system theme a partly overridden palette mixes
    dark and light roles (light text on our light headers). Our colours are checked for contrast
    (tests/ui/test_accessibility.py), so the app always uses them, whatever the system theme.
    """
    pal = QPalette(QColor(BUTTON_BG), QColor(WINDOW_BG))  # derives Light/Mid/Dark/Shadow and disabled colours
    roles = {
        QPalette.ColorRole.Window: WINDOW_BG,
        QPalette.ColorRole.WindowText: TEXT,
        QPalette.ColorRole.Base: BASE,
        QPalette.ColorRole.AlternateBase: "#f3f6f9",
        QPalette.ColorRole.Text: TEXT,
        QPalette.ColorRole.Button: BUTTON_BG,
        QPalette.ColorRole.ButtonText: TEXT,
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Highlight: ACCENT,
        QPalette.ColorRole.HighlightedText: HIGHLIGHTED_TEXT,
        QPalette.ColorRole.Link: ACCENT,
        QPalette.ColorRole.LinkVisited: "#5b3f8c",
        QPalette.ColorRole.ToolTipBase: "#fffbe6",
        QPalette.ColorRole.ToolTipText: TEXT,
        QPalette.ColorRole.PlaceholderText: MUTED,
    }
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role, colour in roles.items():
            pal.setColor(group, role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(DISABLED_TEXT))
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(roles[role]))
    return pal


def apply_style(app: QApplication) -> None:
    from vzworkshop.ui.widgets import polish  # (ui.widgets modules import this one)

    polish.install(app)  # Fusion, and the wheel guard and Enter on buttons for every widget
    font = QFont(app.font())
    font.setPointSize(BASE_POINT_SIZE)
    app.setFont(font)
    app.setPalette(light_palette())
    indicators = light_palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):  # disabled ones stay faint
        indicators.setColor(group, QPalette.ColorRole.Window, QColor(INDICATOR_WINDOW))
    for kind in ("QCheckBox", "QRadioButton"):  # (PySide takes the class name as str; its stubs say bytes)
        QApplication.setPalette(indicators, kind)  # type: ignore[arg-type]


def body_point_size() -> float:
    """The application font's size in points: `BASE_POINT_SIZE` unless the user made it larger or smaller."""
    size = QApplication.font().pointSizeF()
    return size if size > 0 else float(BASE_POINT_SIZE)


def scaled_font(font: QFont, scale: float) -> QFont:
    """`font` at `scale` times the application font's size (headings stay larger than the body text)."""
    scaled = QFont(font)
    scaled.setPointSizeF(round(body_point_size() * scale, 1))
    return scaled


def heading(text: str, scale: float = HEADING_SCALE, parent: QWidget | None = None) -> QLabel:
    """A heading: bold, `scale` times the application font's size."""
    label = QLabel(text, parent)
    label.setProperty("role", "heading")
    tint(label, HEADING)
    font = scaled_font(label.font(), scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def section_title(text: str, parent: QWidget | None = None) -> QLabel:
    """The title of a section of a page (bold, a little larger than the text): the one style for sections."""
    label = QLabel(text, parent)
    font = scaled_font(label.font(), SECTION_SCALE)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    label.setProperty("role", "section")
    return label


def muted(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setProperty("role", "muted")
    tint(label, MUTED)
    label.setWordWrap(True)
    return label


def tint(widget: QWidget, colour: str) -> None:
    """Give `widget`'s text `colour` (through its palette: no style sheet needed)."""
    palette = widget.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.WindowText, QColor(colour))
        palette.setColor(group, QPalette.ColorRole.Text, QColor(colour))
    widget.setPalette(palette)


def icon_canvas(size: int) -> tuple[QPixmap, QPainter]:
    """A transparent, sharp-on-high-DPI pixmap of `size` logical pixels and an antialiased painter on it
    (the caller draws, calls `end()` and returns the pixmap)."""
    ratio = 2.0
    pm = QPixmap(int(size * ratio), int(size * ratio))
    pm.setDevicePixelRatio(ratio)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pm, p


def status_pixmap(ok: bool, size: int = 20) -> QPixmap:
    """A tick in a green circle, or an exclamation mark in an amber triangle (shape differs, not only colour)."""
    pm, p = icon_canvas(size)
    s = float(size)
    if ok:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(OK_COLOUR))
        p.drawEllipse(QRectF(1, 1, s - 2, s - 2))
        pen = QPen(QColor("white"), s * 0.12, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                   Qt.PenJoinStyle.RoundJoin)
        p.setPen(pen)
        path = QPainterPath(QPointF(s * 0.28, s * 0.52))
        path.lineTo(QPointF(s * 0.44, s * 0.68))
        path.lineTo(QPointF(s * 0.73, s * 0.35))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)
    else:
        tri = QPainterPath(QPointF(s / 2, 1.5))
        tri.lineTo(QPointF(s - 1, s - 2))
        tri.lineTo(QPointF(1, s - 2))
        tri.closeSubpath()
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(WARN_COLOUR))
        p.drawPath(tri)
        p.setPen(QPen(QColor("white"), s * 0.11, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.drawLine(QPointF(s / 2, s * 0.36), QPointF(s / 2, s * 0.62))
        p.drawPoint(QPointF(s / 2, s * 0.78))
    p.end()
    return pm


def blank_pixmap(size: int = 20) -> QPixmap:
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    return pm

