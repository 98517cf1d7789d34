"""PySide's check of every module imported after it, answered without `inspect`.

Once PySide6 is imported, each module imported later is passed to PySide's `shibokensupport.feature`, which asks
whether its source mentions "PySide6" (for PySide's opt-in `from __feature__ import ...`, which this app does not
use). It reads the source through `inspect.getsource`: ~90 µs a module, 8 ms of the app's start-up. The same
question is answered here by reading the file's bytes (~15 µs); modules without a `.py` file still go to PySide's
own check. Nothing changes if PySide's internals change: the check is only replaced where it exists as expected.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

FEATURE_MODULE = "shibokensupport.feature"
CHECK = "_mod_uses_pyside"


def mentions_pyside(module: ModuleType, fallback: Callable[[ModuleType], bool]) -> bool:
    """Whether `module`'s source file contains "PySide6", as PySide's check answers it."""
    path = getattr(module, "__file__", None)
    if isinstance(path, str) and path.endswith(".py"):
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            pass
    return fallback(module)


def quicken() -> bool:
    """Import PySide6 and replace its check with `mentions_pyside`; False (nothing changed) where PySide has no
    such check. Called before any other import after PySide's: those would each be checked the slow way."""
    import PySide6.QtCore  # noqa: F401

    feature = sys.modules.get(FEATURE_MODULE)
    original = getattr(feature, CHECK, None)
    if feature is None or not callable(original):
        return False
    if getattr(original, "__wrapped__", None) is not None:
        return True  # done already

    def check(module: ModuleType) -> bool:
        return mentions_pyside(module, original)

    check.__wrapped__ = original  # type: ignore[attr-defined]
    setattr(feature, CHECK, check)
    return True
