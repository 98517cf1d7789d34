"""PySide's check of each module imported after it is answered by reading the module's file
(`vzworkshop.ui.feature_scan`), with the same answers as PySide's own check."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import vzworkshop.core.content
import vzworkshop.ui.app  # noqa: F401  (vzworkshop.ui installs the quick check)
from vzworkshop.ui import feature_scan


def pyside_check() -> types.FunctionType:
    check = getattr(sys.modules[feature_scan.FEATURE_MODULE], feature_scan.CHECK)
    return check.__wrapped__


def test_the_pinned_pyside_has_the_check_and_the_app_replaced_it() -> None:
    # The day PySide drops or renames its check, this fails: then feature_scan has nothing left to do.
    feature = sys.modules[feature_scan.FEATURE_MODULE]
    check = getattr(feature, feature_scan.CHECK)
    assert check.__wrapped__ is not None
    assert feature_scan.quicken() is True  # a second call changes nothing
    assert getattr(feature, feature_scan.CHECK) is check


def test_every_loaded_module_gets_the_answer_pyside_gives() -> None:
    original = pyside_check()
    modules = [m for m in list(sys.modules.values()) if isinstance(getattr(m, "__file__", None), str)]
    with_source = [m for m in modules if m.__file__.endswith(".py")]  # type: ignore[union-attr]
    assert len(with_source) > 100
    answers = {m.__name__: feature_scan.mentions_pyside(m, original) for m in modules}
    assert answers == {m.__name__: original(m) for m in modules}
    assert answers["vzworkshop.ui.app"] is True
    assert answers["vzworkshop.core.content"] is False


def test_a_module_without_a_source_file_goes_to_pyside(tmp_path: Path) -> None:
    asked: list[str] = []

    def fallback(module: types.ModuleType) -> bool:
        asked.append(module.__name__)
        return True

    builtin = types.ModuleType("no_file")
    missing = types.ModuleType("gone")
    missing.__file__ = str(tmp_path / "gone.py")
    compiled = types.ModuleType("compiled")
    compiled.__file__ = str(tmp_path / "compiled.so")
    assert all(feature_scan.mentions_pyside(m, fallback) for m in (builtin, missing, compiled))
    assert asked == ["no_file", "gone", "compiled"]
    written = types.ModuleType("written")
    (tmp_path / "written.py").write_text("import json  # no Qt here\n")
    written.__file__ = str(tmp_path / "written.py")
    assert feature_scan.mentions_pyside(written, fallback) is False
    assert asked == ["no_file", "gone", "compiled"]
