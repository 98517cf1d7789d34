"""Help > User guide: the facilitator's guide (docs/guide.md, docs/guide.da.md) shown inside the app.

The guide is Markdown with screenshots beside it in docs/img/. It is shown in a window of its own rather than
handed to the system: a .md file has no default program on most Windows and macOS machines, and the window
needs no network, no browser and shows the screenshots. Links to other local files open with the system's
program; links off the machine are not followed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QKeySequence, QShortcut, QTextCursor, QTextImageFormat
from PySide6.QtWidgets import QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from vzworkshop.paths import docs_dir
from vzworkshop.ui.appicon import app_icon

IMAGE_WIDTH = 720  # screenshots are shown at most this wide (logical pixels), keeping their proportions


def guide_path(language: str) -> Path:
    """The guide in `language` (da/en); English when there is none in that language."""
    folder = docs_dir()
    localised = folder / f"guide.{language}.md"
    return localised if language != "en" and localised.is_file() else folder / "guide.md"


def ui_language() -> str:
    return "da" if QLocale().language() == QLocale.Language.Danish else "en"


class GuideWindow(QWidget):
    """The user guide in a window of its own, beside the workshop (not modal)."""

    def __init__(self, language: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowIcon(app_icon())
        self.resize(860, 760)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        self.browser.setAccessibleName(self.tr("User guide"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.path = guide_path(language or ui_language())
        self.load(self.path)

    def load(self, path: Path) -> None:
        self.path = path
        document = self.browser.document()
        document.setBaseUrl(QUrl.fromLocalFile(str(path.parent) + "/"))
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            text = self.tr("The user guide could not be read: %1").replace("%1", f"{path} ({exc.strerror})")
        self.browser.setMarkdown(text)
        self._fit_images(path.parent)
        first_line = text.lstrip().splitlines()[0] if text.strip() else ""
        self.setWindowTitle(first_line[2:].strip() if first_line.startswith("# ") else self.tr("User guide"))
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)

    def _fit_images(self, folder: Path) -> None:
        """Scale screenshots down to IMAGE_WIDTH so the guide reads without sideways scrolling."""
        document = self.browser.document()
        block = document.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                fmt = fragment.charFormat()
                if fragment.isValid() and fmt.isImageFormat():
                    image_format = fmt.toImageFormat()
                    image = QImage(str(folder / image_format.name()))
                    if not image.isNull() and image.width() > IMAGE_WIDTH:
                        scaled = QTextImageFormat(image_format)
                        scaled.setWidth(IMAGE_WIDTH)
                        scaled.setHeight(image.height() * IMAGE_WIDTH / image.width())
                        cursor = QTextCursor(document)
                        cursor.setPosition(fragment.position())
                        cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                        cursor.setCharFormat(scaled)
                it += 1
            block = block.next()

    def _follow(self, url: QUrl) -> None:
        if not url.scheme() and not url.path() and url.hasFragment():
            self.browser.scrollToAnchor(url.fragment())
        elif url.scheme() in ("", "file"):
            target = url if url.scheme() == "file" else self.browser.document().baseUrl().resolved(url)
            local = Path(target.toLocalFile())
            if local.suffix == ".md" and local.is_file():
                self.load(local)
            elif local.exists():
                QDesktopServices.openUrl(target)
        # Anything else (http, mailto) is not followed: the app stays offline.


def show_guide(parent: QWidget | None = None) -> GuideWindow:
    """Open the guide in the UI's language (Help > User guide, F1). The caller keeps the returned window."""
    window = GuideWindow(parent=parent)
    window.show()
    window.raise_()
    window.activateWindow()
    return window
