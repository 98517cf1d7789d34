"""The start-up baseline: a bare PySide6 script that shows one empty window and quits once it is shown and
idle (after its first paint, on a zero timer), printing "shown: TITLE" like the app does."""

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class FirstPaint(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__()
        self.window = window
        self.fired = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.fired:
            self.fired = True
            QTimer.singleShot(0, self.done)
        return False

    def done(self) -> None:
        print(f"shown: {self.window.windowTitle()}", flush=True)
        QApplication.quit()


app = QApplication(sys.argv)
window = QWidget()
window.setWindowTitle("bare")
window.resize(1280, 760)
watcher = FirstPaint(window)
window.installEventFilter(watcher)
window.show()
sys.exit(app.exec())
