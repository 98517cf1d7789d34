"""Multi-line text fields show the keyboard focus as tables do: a 2 px frame in the focus colour (WCAG 2.4.7).

Fusion draws a focus frame round a line edit but none round a QPlainTextEdit or QTextEdit: seen in Danish, Tab
into step 2's 'Samlet vurdering' showed nothing. `guard` (called by the app's style when Qt polishes a widget,
see `ui.widgets.polish`) gives each framed one `style.TEXT_FIELD_SHEET`; a field with a sheet of its own or
without a frame (text shown as a label) is left alone. A sheet on the few text fields, never on the application:
see the comment in style.py.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QPlainTextEdit, QTextEdit, QWidget

from vzworkshop.ui.style import TEXT_FIELD_SHEET


def guard(widget: QWidget) -> None:
    if (isinstance(widget, QPlainTextEdit | QTextEdit) and not widget.styleSheet()
            and widget.frameShape() != QFrame.Shape.NoFrame):
        widget.setStyleSheet(TEXT_FIELD_SHEET)
