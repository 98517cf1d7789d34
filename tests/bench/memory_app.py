"""Run by the memory benchmark in a fresh process: the app (as `python -m vzworkshop FILE` starts it) with the
workshop open and the projector window shown; quits once the projector has painted and the loop is idle."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from vzworkshop.ui import app as app_module


class Painted(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.fired = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.fired:
            self.fired = True
            QTimer.singleShot(0, self.done)
        return False

    def done(self) -> None:
        print("projector shown", flush=True)
        QApplication.quit()


def main() -> None:
    qt_app = QApplication([sys.argv[0]])
    watcher = Painted()

    def open_projector() -> None:
        from vzworkshop.ui.main_window import WorkshopWindow

        windows = [w for w in qt_app.topLevelWidgets() if isinstance(w, WorkshopWindow) and w.isVisible()]
        if not windows:
            QTimer.singleShot(20, open_projector)
            return
        windows[0].show_step(2)
        projector = windows[0].page(2).show_projector()  # type: ignore[attr-defined]
        projector.installEventFilter(watcher)

    QTimer.singleShot(0, open_projector)
    app_module.run(Path(sys.argv[1]), [])


if __name__ == "__main__":
    main()
