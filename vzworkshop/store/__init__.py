"""The workshop file. Nothing outside this package speaks SQL."""

from vzworkshop.store.errors import WorkshopFileError
from vzworkshop.store.workshop import Probe, WorkshopStore, probe

__all__ = ["Probe", "WorkshopFileError", "WorkshopStore", "probe"]
