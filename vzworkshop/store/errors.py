"""Why a workshop file could not be opened or written. Messages name the file and the problem."""

from __future__ import annotations

from pathlib import Path


class WorkshopFileError(Exception):
    def __init__(self, path: Path | str, detail: str) -> None:
        self.path = Path(path)
        self.detail = detail
        super().__init__(f"{self.path.name}: {detail}")


class WorkshopMissing(WorkshopFileError):
    def __init__(self, path: Path | str) -> None:
        super().__init__(path, "no such file")


class WorkshopExists(WorkshopFileError):
    def __init__(self, path: Path | str) -> None:
        super().__init__(path, "a file with this name already exists; it was not overwritten")


class CannotCreate(WorkshopFileError):
    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(path, f"the workshop file could not be created ({reason})")


class EmptyFile(WorkshopFileError):
    def __init__(self, path: Path | str) -> None:
        super().__init__(path, "the file is empty (0 bytes), it is not a workshop file")


class NotAWorkshopFile(WorkshopFileError):
    """Not SQLite at all, or a SQLite database of another program."""


class NotADatabaseFile(NotAWorkshopFile):
    """Some other kind of file: a document, a picture, text."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(path, "this is not a workshop file (it is some other kind of file, not a vzworkshop database)")


class OtherProgramsDatabase(NotAWorkshopFile):
    """A SQLite database, but not one vzworkshop made."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(path, "this is a database of another program, not a workshop file")


class CorruptWorkshopFile(WorkshopFileError):
    def __init__(self, path: Path | str, reason: str = "") -> None:
        extra = f" ({reason})" if reason else ""
        super().__init__(path, f"the workshop file is damaged and cannot be read{extra}")


class TruncatedWorkshopFile(CorruptWorkshopFile):
    """Shorter than its own header says: the end of the file is missing (an interrupted copy or download)."""

    def __init__(self, path: Path | str, have: int, expected: int | None) -> None:
        self.have = have
        self.expected = expected
        of = f" of {expected}" if expected else ""
        super().__init__(
            path, f"the file is cut short: it has {have} bytes{of}; it was probably copied incompletely"
        )


class NewerWorkshopFile(WorkshopFileError):
    def __init__(self, path: Path | str, version: int, supported: int) -> None:
        self.version = version
        self.supported = supported
        super().__init__(
            path,
            f"the file was made by a newer version of vzworkshop (format {version}, this version reads up to "
            f"{supported}); update vzworkshop to open it",
        )


class WorkshopInUse(WorkshopFileError):
    def __init__(self, path: Path | str) -> None:
        super().__init__(path, "the workshop is already open in another window or program")


class ReadOnlyWorkshop(WorkshopFileError):
    DEFAULT = "the workshop is open read-only; changes cannot be saved"

    def __init__(self, path: Path | str, detail: str = DEFAULT) -> None:
        super().__init__(path, detail)


class UpgradeFailed(WorkshopFileError):
    """A schema migration failed: it was rolled back and the file is as it was before."""

    def __init__(self, path: Path | str, reason: str, backup: Path | None = None) -> None:
        self.backup = backup
        kept = f"; a copy from before the attempt is {backup.name}" if backup is not None else ""
        super().__init__(
            path,
            f"the file could not be upgraded to this version of vzworkshop ({reason}); it was left unchanged{kept}",
        )


class SaveFailed(WorkshopFileError):
    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(path, f"the change could not be saved ({reason}); what was saved before is intact")


class RoundHasAnswers(ValueError):
    """A round somebody has answered is never deleted: its answers exist nowhere else."""

    def __init__(self, name: str, ballots: int) -> None:
        super().__init__(f"the round {name!r} has {ballots} answer(s) and cannot be deleted")
        self.name = name
        self.ballots = ballots
