"""Help > About: the version, the licence, where the method comes from, and the fonts' and Qt's licences."""

from __future__ import annotations

import html
import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QLocale, Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from vzworkshop import APP_DISPLAY_NAME, __version__
from vzworkshop.core.content import load_content
from vzworkshop.paths import font_dir
from vzworkshop.ui.appicon import app_icon
from vzworkshop.ui.logsetup import current_log_file


def ui_content_language() -> str:
    """The method content's language matching the UI: Danish for a Danish UI, otherwise English."""
    return "da" if QLocale().language() == QLocale.Language.Danish else "en"


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About %1").replace("%1", APP_DISPLAY_NAME))
        self.setWindowIcon(app_icon())
        self.setMinimumSize(560, 520)

        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(96, 96))
        icon.setAccessibleName(self.tr("App icon: a staircase"))
        title = QLabel(f"<h2>{html.escape(APP_DISPLAY_NAME)}</h2>")
        self.version_label = QLabel(self.tr("Version %1").replace("%1", __version__))
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        tagline = QLabel(self.tr("Run a Vision Zero workshop on psychosocial wellbeing on one laptop, offline."))
        tagline.setWordWrap(True)
        heading = QVBoxLayout()
        for widget in (title, self.version_label, tagline):
            heading.addWidget(widget)
        heading.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)

        self.details = QTextBrowser()
        self.details.setOpenLinks(False)  # offline: nothing here leaves the app
        self.details.setAccessibleName(self.tr("Licence, sources and credits"))
        self.details.setHtml(self._details_html())

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)

    def _details_html(self) -> str:
        esc = html.escape
        content = load_content(ui_content_language())
        licence = self.tr("This program is free software under the MIT licence: you may use, copy, change and "
                          "share it. It comes without any warranty.")
        method = self.tr("The workshop follows the ISSA Vision Zero guide. The statements, the maturity "
                         "staircase and the checklists are quoted from these sources:")
        fonts = self.tr("The PDF reports use the DejaVu fonts (Bitstream Vera licence; DejaVu changes are in "
                        "the public domain). The licence text comes with the app:")
        built = (self.tr("Python %1, Qt %2 and Qt for Python (PySide6) %3 under the GNU LGPL version 3, "
                         "ReportLab (BSD licence) and sqlite-utils (Apache licence).")
                 .replace("%1", platform.python_version()).replace("%2", qVersion()).replace("%3", pyside_version))
        sections = [
            (self.tr("Licence"), f"<p>{esc(licence)}</p>"),
            (self.tr("The method and its sources"),
             f"<p>{esc(method)}</p><ul>{''.join(f'<li>{esc(line)}</li>' for line in content.attribution)}</ul>"),
            (self.tr("Fonts"), f"<p>{esc(fonts)}<br><code>{esc(str(font_dir() / 'DejaVu-LICENSE.txt'))}</code></p>"),
            (self.tr("Built with"), f"<p>{esc(built)}</p>"),
        ]
        log_file = current_log_file()
        if log_file is not None:
            sections.append((self.tr("Log file"), f"<p><code>{esc(str(log_file))}</code></p>"))
        return "".join(f"<h3>{esc(title)}</h3>{body}" for title, body in sections)
