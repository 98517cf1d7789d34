"""Choosing and opening workshop files, with a clear message for anything that goes wrong.

`open_store` never raises for a bad file: it tells the user what is wrong with which file and returns None.
File dialogs go through `ask_open_path` / `ask_save_path` (tests replace them).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from vzworkshop.store import Probe, WorkshopStore, errors, probe
from vzworkshop.store.workshop import backup_path
from vzworkshop.ui import settings
from vzworkshop.ui.translate import tr

SUFFIX = ".vzw"


def _filter() -> str:
    return tr("Workshop files (*.vzw);;All files (*)")


def _start_folder() -> str:
    """The folder for workshops chosen in Settings, else the last folder used, else the home folder."""
    for folder in (settings.get(settings.WORKSHOP_FOLDER), settings.get(settings.LAST_FOLDER)):
        if folder and Path(folder).is_dir():
            return folder
    return str(Path.home())


def ask_open_path(parent: QWidget | None) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, tr("Open workshop"), _start_folder(), _filter())
    if not name:
        return None
    settings.put(settings.LAST_FOLDER, str(Path(name).parent))
    return Path(name)


def ask_save_path(parent: QWidget | None, caption: str, suggested_name: str) -> Path | None:
    """A path for a new file; the dialog does not offer to overwrite (callers refuse existing files)."""
    name, _ = QFileDialog.getSaveFileName(parent, caption, str(Path(_start_folder()) / suggested_name), _filter(),
                                          options=QFileDialog.Option.DontConfirmOverwrite)
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != SUFFIX:
        path = path.with_name(path.name + SUFFIX)
    settings.put(settings.LAST_FOLDER, str(path.parent))
    return path


def save_copy(parent: QWidget, store: WorkshopStore) -> Path | None:
    """File > Save a copy as: asks where (never the open file itself; replacing another only after asking),
    writes a complete copy of the workshop there and returns its path; None when cancelled or it failed."""
    path = ask_save_path(parent, tr("Save a copy as"), f"{store.path.stem} ({tr('copy')}).vzw")
    if path is None:
        return None
    if path.resolve() == store.path.resolve():
        QMessageBox.warning(parent, tr("Save a copy"),
                            tr("“%1” is the open workshop itself. Choose another name for the copy.")
                            .replace("%1", path.name))
        return None
    if path.exists():
        answer = QMessageBox.question(
            parent, tr("Save a copy"),
            tr("“%1” already exists. Replace it with a copy of this workshop?").replace("%1", path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return None
    try:
        store.backup_to(path)
    except errors.WorkshopFileError as exc:
        show_file_error(parent, exc)
        return None
    return path


def error_text(exc: errors.WorkshopFileError) -> str:
    """What went wrong, in the user's language (the store's own messages are English)."""
    name = exc.path.name
    if isinstance(exc, errors.WorkshopMissing):
        text = tr("The file “%1” does not exist (any more). It may have been moved, renamed or deleted.")
    elif isinstance(exc, errors.WorkshopExists):
        text = tr("A file named “%1” already exists. It was not overwritten; choose another name.")
    elif isinstance(exc, errors.EmptyFile):
        text = tr("The file “%1” is empty (0 bytes), so it is not a workshop file.")
    elif isinstance(exc, errors.NotAWorkshopFile):
        text = tr("“%1” is not a workshop file: %2.").replace("%2", exc.detail)
    elif isinstance(exc, errors.CorruptWorkshopFile):
        text = tr("The workshop file “%1” is damaged and cannot be read. %2").replace("%2", exc.detail)
    elif isinstance(exc, errors.NewerWorkshopFile):
        text = tr("“%1” was made by a newer version of vzworkshop (file format %2; this version reads up to "
                   "%3). Update vzworkshop to open it.").replace("%2", str(exc.version)).replace(
                       "%3", str(exc.supported))
    elif isinstance(exc, errors.WorkshopInUse):
        text = tr("“%1” is already open, in another vzworkshop window or program. Close it there first, then "
                   "open it here.")
    elif isinstance(exc, errors.ReadOnlyWorkshop):
        text = tr("“%1” cannot be changed (the file or its folder is read-only). Copy it to a folder where "
                   "you can save, then open the copy.")
    elif isinstance(exc, errors.SaveFailed):
        text = tr("A change to “%1” could not be saved (%2). What was saved before is intact.").replace(
            "%2", exc.detail)
    else:
        text = tr("“%1”: %2").replace("%2", exc.detail)
    return text.replace("%1", name)


def show_file_error(parent: QWidget | None, exc: errors.WorkshopFileError) -> None:
    title = tr("Workshop already open") if isinstance(exc, errors.WorkshopInUse) else tr("Cannot open workshop")
    QMessageBox.warning(parent, title, error_text(exc))


def _file_version(path: Path) -> int:
    with path.open("rb") as fh:
        return int.from_bytes(fh.read(100)[60:64], "big")


def open_store(path: Path, parent: QWidget | None) -> WorkshopStore | None:
    """Open a workshop file, asking before upgrading an older one; None (after a message) if it cannot."""
    try:
        verdict = probe(path)
        if verdict is Probe.NEEDS_UPGRADE:
            answer = QMessageBox.question(
                parent, tr("Upgrade workshop file"),
                tr("“%1” was made by an older version of vzworkshop and must be upgraded to open it here. "
                    "A copy of the file as it is now is kept as “%2”. Upgrade it?")
                .replace("%1", path.name).replace("%2", backup_path(path, _file_version(path)).name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
            if answer != QMessageBox.StandardButton.Yes:
                return None
        return WorkshopStore.open(path)
    except errors.WorkshopFileError as exc:
        show_file_error(parent, exc)
    except OSError as exc:
        QMessageBox.warning(parent, tr("Cannot open workshop"),
                            tr("“%1” cannot be opened: %2.").replace("%1", path.name)
                            .replace("%2", exc.strerror or str(exc)))
    return None
