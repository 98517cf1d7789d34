"""The workshop window: the five steps in a sidebar, the current step's page beside it, and the menus.

The pages sit in a `StepStack` (window_pages.py), each built when first shown. Pages write through the store
and emit `changed`; `broadcast` passes every change to all pages, then updates the sidebar's ticks and the title.
"""

from __future__ import annotations

import gc
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from vzworkshop import APP_DISPLAY_NAME
from vzworkshop.core.content import load_content
from vzworkshop.store import WorkshopStore
from vzworkshop.ui import settings
from vzworkshop.ui.changes import EVERYTHING, Changes
from vzworkshop.ui.dialogs.opening import save_copy
from vzworkshop.ui.pages.base import StepPage
from vzworkshop.ui.read_only import WriteProblems
from vzworkshop.ui.widgets import autosave
from vzworkshop.ui.widgets.sidebar import StepSidebar
from vzworkshop.ui.widgets.timer import retranslate_timer_actions, timer_actions
from vzworkshop.ui.window_pages import StepStack, focus_into
from vzworkshop.ui.window_state import edit_focused, restore_geometry, save_geometry

if TYPE_CHECKING:  # the dialogs and the guide are imported when opened (start-up needs none of them)
    from vzworkshop.ui.dialogs.export_dialog import ExportDialog
    from vzworkshop.ui.help import GuideWindow
    from vzworkshop.ui.pages.agenda import AgendaPage


class WorkshopWindow(QMainWindow):
    new_requested = Signal()
    open_requested = Signal(object)  # a Path, or None to ask for one
    closed = Signal()
    settings_requested = Signal()  # Edit > Settings: the app (which owns the translators) opens the dialog

    def __init__(self, store: WorkshopStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.quitting = False
        self._closed = False
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.guide: GuideWindow | None = None
        self.export_dialog: ExportDialog | None = None

        # Built top-down: each widget is made inside its parent. Moving a finished widget with a style sheet
        # (the sidebar's) into a parent makes Qt style it and every child again (~5 ms at start-up).
        central = QWidget(self)
        self.setCentralWidget(central)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.banner = None  # the read-only banner; None when the workshop can be saved
        if store.read_only:
            from vzworkshop.ui.widgets.banner import read_only_banner

            self.banner = read_only_banner(store, self.save_copy)
        if self.banner is not None:
            column.addWidget(self.banner)
        row = QHBoxLayout()
        row.setSpacing(0)
        column.addLayout(row, 1)
        self.sidebar = StepSidebar(central)
        self.timer_actions = timer_actions(self)  # F7/F8/F9 from every page, the agenda page built or not
        for name, action in self.timer_actions.items():
            action.triggered.connect(lambda _=False, name=name: self.agenda_page.timer.trigger(name))
        self.stack = StepStack(store, self.timer_actions, central)
        self.stack.built.connect(self._on_page_built)
        self.sidebar.currentRowChanged.connect(self._on_row_changed)
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        self.write_problems = WriteProblems(self, store)  # app.py's excepthook passes failed writes here
        self.setMinimumSize(900, 560)

        self._build_menus()
        self._update_sidebar_titles()
        self._update_ticks()
        self._update_title()
        self.sidebar.setCurrentRow(0)
        restore_geometry(self)
        # What exists now lives as long as the window: full garbage collections need not walk it again. With
        # Qt's many wrappers such a collection took about 20 ms, a stutter in whatever the facilitator did then.
        gc.freeze()

    # --- pages ------------------------------------------------------------------------------------------

    @property
    def pages(self) -> list[StepPage | None]:
        """The step pages, None where not built yet (use `page(step)` to get one)."""
        return self.stack.pages

    @property
    def agenda_page(self) -> AgendaPage:
        return self.stack.agenda_page

    def page(self, step: int) -> StepPage:
        """The page of `step`, built now if it was not yet."""
        return self.stack.page(step)

    def built_pages(self) -> list[StepPage]:
        return self.stack.built_pages()

    def current_step(self) -> int:
        return self.stack.currentIndex() + 1

    def show_step(self, step: int, focus: bool = True) -> None:
        self.sidebar.setCurrentRow(step - 1)
        if focus:
            focus_into(self.page(step))

    def _on_page_built(self, page: StepPage) -> None:
        page.changed.connect(lambda changes: self.broadcast(changes, page))
        self.write_problems.lock(page)
        opened = getattr(page, "projector_opened", None)  # step 2's projector window
        if opened is not None:
            opened.connect(self._share_shortcuts)
        timer_changed = getattr(page, "timer_changed", None)  # the agenda page's countdown
        if timer_changed is not None:
            timer_changed.connect(self._sync_projector_timer)

    def _on_row_changed(self, row: int) -> None:
        step = self.sidebar.step_at(row)
        index = step - 1 if step is not None else self.stack.agenda_index() if row == self.sidebar.agenda_row() else -1
        if index < 0:
            return
        if index != self.stack.currentIndex():
            autosave.flush_all()
        if step is not None:
            self.page(step)
        else:
            self.stack.agenda_page  # noqa: B018 (built now, to be shown)
        self.stack.setCurrentIndex(index)
        self.write_problems.lock(self.stack)

    def broadcast(self, changes: Changes, source: object) -> None:
        """Tell every page what changed (the source page itself is skipped by `on_changes`)."""
        agenda = [self.stack.agenda] if self.stack.agenda is not None else []
        for page in [*self.built_pages(), *agenda]:  # pages not built yet read the store when they are
            page.on_changes(changes, source)
        if changes.workshop:
            self._update_sidebar_titles()
            self._update_title()
        self._update_ticks(changes, source)
        self.write_problems.lock(self.stack)

    def _update_sidebar_titles(self) -> None:
        content = load_content(self.store.workshop().language)
        self.sidebar.set_steps([s.short_title for s in content.steps][: len(self.pages)])

    def _update_ticks(self, changes: Changes = EVERYTHING, source: object = None) -> None:
        """The sidebar's ticks; after a change, only those of the steps it concerns (a ballot: not step 1)."""
        for step, page in enumerate(self.pages, start=1):
            if changes == EVERYTHING or page is source or self.stack.relevant(step, changes):
                self.sidebar.set_done(step, self.stack.has_content(step))

    def _update_title(self) -> None:
        workshop = self.store.workshop()
        parts = [self.store.path.name, workshop.organisation, APP_DISPLAY_NAME]
        self.setWindowTitle(" – ".join(p for p in parts if p))

    # --- menus ------------------------------------------------------------------------------------------

    def _action(self, text: str, slot: object,
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu(self.tr("&File"))
        self.act_new = self._action(self.tr("&New workshop..."), self.new_requested.emit, "Ctrl+Shift+N")
        self.act_open = self._action(self.tr("&Open..."), lambda: self.open_requested.emit(None),
                                     QKeySequence.StandardKey.Open)
        self.menu_recent = self.menu_file.addMenu(self.tr("Open &recent"))
        self.menu_recent.aboutToShow.connect(self._fill_recent)
        self.act_save_copy = self._action(self.tr("Save a &copy as..."), self.save_copy, "Ctrl+Shift+S")
        self.act_export = self._action(self.tr("&Export..."), self.export, "Ctrl+E")
        self.act_close = self._action(self.tr("&Close workshop"), self.close, QKeySequence.StandardKey.Close)
        self.act_quit = self._action(self.tr("&Quit"), self.quit, "Ctrl+Q")
        self.menu_file.insertAction(self.menu_recent.menuAction(), self.act_new)
        self.menu_file.insertAction(self.menu_recent.menuAction(), self.act_open)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_save_copy)
        self.menu_file.addAction(self.act_export)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_close)
        self.menu_file.addAction(self.act_quit)

        self.menu_edit = bar.addMenu(self.tr("&Edit"))
        self.act_undo = self._action(self.tr("&Undo"), lambda: edit_focused("undo"),
                                     QKeySequence.StandardKey.Undo)
        self.act_redo = self._action(self.tr("&Redo"), lambda: edit_focused("redo"),
                                     QKeySequence.StandardKey.Redo)
        self.menu_edit.addAction(self.act_undo)
        self.menu_edit.addAction(self.act_redo)
        self.menu_edit.addSeparator()
        self.act_settings = self._action(self.tr("&Settings..."), self.settings_requested.emit, "Ctrl+,")
        self.act_settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.menu_edit.addAction(self.act_settings)

        self.menu_workshop = bar.addMenu(self.tr("&Workshop"))
        self.act_details = self._action(self.tr("&Details..."), self.edit_details)
        self.act_details.setEnabled(not self.store.read_only)
        self.menu_workshop.addAction(self.act_details)
        self.act_import = self._action(self.tr("&Import answers from a file..."), self.import_answers)
        self.act_import.setEnabled(not self.store.read_only)
        self.menu_workshop.addAction(self.act_import)

        self.menu_view = bar.addMenu(self.tr("&View"))
        self.step_actions: list[QAction] = []
        for step in range(1, len(self.pages) + 1):
            action = self._action(self.tr("Step %1").replace("%1", str(step)),
                                  lambda _=False, step=step: self.show_step(step), f"Ctrl+{step}")
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.step_actions.append(action)
            self.menu_view.addAction(action)
        self.act_agenda = self._action(self.tr("&Agenda and timer"), self.show_agenda, "Ctrl+0")
        self.menu_view.addAction(self.act_agenda)
        self.menu_view.addSeparator()
        self.act_projector = self._action(self.tr("&Projector window"), self.show_projector, "F6")
        self.menu_view.addAction(self.act_projector)
        self.menu_timer = self.menu_view.addMenu(self.tr("&Timer"))
        self.act_projector_timer = self._action(self.tr("Show timer on &projector"), self._sync_projector_timer)
        self.act_projector_timer.setCheckable(True)
        self._fill_timer_menu()

        self.menu_help = bar.addMenu(self.tr("&Help"))
        self.act_guide = self._action(self.tr("&User guide"), self.show_guide, QKeySequence.StandardKey.HelpContents)
        self.act_about = self._action(self.tr("&About %1").replace("%1", APP_DISPLAY_NAME), self.about)
        self.act_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.menu_help.addAction(self.act_guide)
        self.menu_help.addSeparator()
        self.menu_help.addAction(self.act_about)

    def _fill_recent(self) -> None:
        self.menu_recent.clear()
        for path in settings.recent_files():
            action = self.menu_recent.addAction(path.name)
            action.setToolTip(str(path))
            action.setEnabled(path.exists())
            action.triggered.connect(lambda _=False, path=path: self.open_requested.emit(path))
        if self.menu_recent.isEmpty():
            self.menu_recent.addAction(self.tr("(no recent workshops)")).setEnabled(False)

    # --- actions ----------------------------------------------------------------------------------------

    def show_projector(self) -> None:
        """The room's view of step 2's current round, in its own window (the assess page owns it)."""
        show = getattr(self.page(2), "show_projector", None)
        if callable(show):
            show()
        self._sync_projector_timer()

    def _share_shortcuts(self, window: QWidget) -> None:
        """The facilitator's keys also work while `window` (the projector) has the keyboard focus: on one
        screen or a mirrored projector there is no other way back than Alt+Tab. Never added to the
        participant window, which stays closed to the app."""
        for action in [*self.step_actions, self.act_agenda, self.act_projector, *self.timer_actions.values()]:
            window.addAction(action)

    def show_agenda(self) -> None:
        """The agenda and the room's timer (the sidebar's row below the steps)."""
        autosave.flush_all()
        self.sidebar.setCurrentRow(self.sidebar.agenda_row())
        self.stack.setCurrentIndex(self.stack.agenda_index())
        focus_into(self.agenda_page)

    def _fill_timer_menu(self) -> None:
        """View > Timer: the agenda page's F7/F8/F9, working from every page, and the projector toggle."""
        self.menu_timer.clear()
        for action in self.timer_actions.values():
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.menu_timer.addAction(action)
        self.menu_timer.addSeparator()
        self.menu_timer.addAction(self.act_projector_timer)

    def _sync_projector_timer(self, *_: object) -> None:
        projector = getattr(self.pages[1], "projector", None)  # None until step 2 is built and opened one
        if projector is not None and hasattr(projector, "set_timer"):
            shown = self.act_projector_timer.isChecked()
            text = self.agenda_page.timer_text() if shown or self.stack.agenda is not None else ""
            projector.set_timer(text, shown)

    def import_answers(self) -> None:
        """Workshop > Import answers: step 2's import dialog."""
        self.show_step(2, focus=False)
        getattr(self.page(2), "import_answers", lambda: None)()

    def edit_details(self) -> None:
        from vzworkshop.ui.dialogs.workshop_dialogs import DetailsDialog

        dialog = DetailsDialog(self.store.workshop(), self)
        if dialog.exec() != DetailsDialog.DialogCode.Accepted:
            return
        workshop = dialog.workshop()
        if workshop != self.store.workshop():
            self.store.save(workshop)
            self.broadcast(Changes(workshop=True), self)

    def save_copy(self) -> None:
        autosave.flush_all()
        path = save_copy(self, self.store)
        if path is not None:
            self.statusBar().showMessage(self.tr("Saved a copy as %1").replace("%1", str(path)), 8000)

    def export(self) -> ExportDialog:
        """File > Export (Ctrl+E): handouts and data files, always saved where the facilitator chooses."""
        from vzworkshop.ui.dialogs.export_dialog import ExportDialog

        self.export_dialog = ExportDialog(self.store, self, self.export_dialog.chosen().key
                                          if self.export_dialog is not None else "minutes")
        self.export_dialog.open()
        return self.export_dialog

    def about(self) -> None:
        from vzworkshop.ui.dialogs.about import AboutDialog

        AboutDialog(self).exec()

    def show_guide(self) -> None:
        from vzworkshop.ui.help import show_guide

        self.guide = show_guide(self)  # kept: the guide stays open beside the workshop

    def retranslate(self) -> None:
        """After the UI language changed: rebuild the menus and the step pages (they read the store afresh),
        staying on the same step. Windows a page had opened (projector, participant entry) close with it."""
        autosave.flush_all()
        index = self.stack.currentIndex()
        self.stack.rebuild()
        retranslate_timer_actions(self.timer_actions)
        self.menuBar().clear()
        self._build_menus()
        self.sidebar.retranslate()
        self._update_sidebar_titles()
        self._update_ticks()
        self._update_title()
        if index < len(self.pages):
            self.page(index + 1)
        else:
            self.stack.agenda_page  # noqa: B018 (built now: it is the page shown)
        if self.banner is not None:
            self.banner.retranslate()
        self.stack.setCurrentIndex(index)
        self.sidebar.setCurrentRow(index if index < len(self.pages) else self.sidebar.agenda_row())
        self.write_problems.lock(self.stack)

    def quit(self) -> None:
        self.quitting = True
        if self.close():
            QApplication.quit()
        else:
            self.quitting = False

    # --- closing and geometry ----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closed:
            autosave.flush_all()
            if self.stack.agenda is not None:
                self.stack.agenda.flush()
            save_geometry(self)
            self._closed = True
            self.store.close()
            gc.unfreeze()  # collected as usual again: the window's own cycles too, once it is gone
            self.closed.emit()
        event.accept()

    @property
    def path(self) -> Path:
        return self.store.path

    def refresh_all(self) -> None:
        self.broadcast(EVERYTHING, self)
