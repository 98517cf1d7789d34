"""A reference for the start-up figure, not a target: the least any real window of this kind costs — a main
window with a menu, a sidebar list, a heading, a small form, a table and buttons in a scroll area, Fusion and a
palette — with no app code at all. It quits after its first paint and an idle zero timer, printing "shown: ..."
like the bare window and the app, so the three are timed the same way."""

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QColor, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


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
app.setStyle("Fusion")
palette = QPalette()
palette.setColor(QPalette.ColorRole.Window, QColor("#f6f7f9"))
app.setPalette(palette)
window = QMainWindow()
window.setWindowTitle("minimal real window")
menu = window.menuBar().addMenu("&File")
for number in range(10):
    action = QAction(f"Action {number}", window)
    action.setShortcut(QKeySequence(f"Ctrl+{number}"))
    menu.addAction(action)
central = QWidget()
row = QHBoxLayout(central)
sidebar = QListWidget()
sidebar.addItems([f"{number} Step" for number in range(1, 6)])
sidebar.setFixedWidth(240)
row.addWidget(sidebar)
page = QWidget()
column = QVBoxLayout(page)
heading = QLabel("Step 1 · Leadership commitment")
font = heading.font()
font.setPointSize(17)
font.setBold(True)
heading.setFont(font)
column.addWidget(heading)
form = QFormLayout()
form.addRow("Committed by:", QLineEdit())
form.addRow("Decision:", QPlainTextEdit())
form.addRow("Date:", QDateEdit())
column.addLayout(form)
table = QTableWidget(6, 5)
table.setHorizontalHeaderLabels(["Name", "Role", "Department", "Manager", "Worker representative"])
for r in range(6):
    for c in range(3):
        table.setItem(r, c, QTableWidgetItem(f"cell {r} {c}"))
column.addWidget(table)
buttons = QHBoxLayout()
buttons.addWidget(QPushButton("Add member"))
buttons.addWidget(QPushButton("Remove member"))
buttons.addWidget(QSpinBox())
column.addLayout(buttons)
scroll = QScrollArea()
scroll.setWidgetResizable(True)
scroll.setWidget(page)
row.addWidget(scroll, 1)
window.setCentralWidget(central)
window.resize(1280, 760)
watcher = FirstPaint(window)
window.installEventFilter(watcher)
window.show()
sys.exit(app.exec())
