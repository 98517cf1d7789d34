"""Demo and large workshops built once per session and copied per test."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from vzworkshop.reports.demo import build_demo, build_large
from vzworkshop.store import WorkshopStore
from vzworkshop.store.records import Workshop


def _built(folder: Path, name: str, language: str, fill: Callable[[WorkshopStore], None]) -> Path:
    path = folder / name
    with WorkshopStore.create(path, Workshop(organisation="X", title="Stor workshop", language=language)) as st:
        fill(st)
    return path


@pytest.fixture(scope="session")
def _samples(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("samples")
    return {
        "demo_da": _built(folder, "demo_da.vzw", "da", lambda st: build_demo(st, "da")),
        "demo_en": _built(folder, "demo_en.vzw", "en", lambda st: build_demo(st, "en")),
        "large_da": _built(folder, "large_da.vzw", "da", build_large),
    }


@pytest.fixture
def sample(_samples: dict[str, Path], tmp_path: Path) -> Callable[[str], Path]:
    """sample('demo_da') -> a fresh copy of that workshop file."""

    def copy(name: str) -> Path:
        target = tmp_path / f"{name}.vzw"
        if not target.exists():
            shutil.copy(_samples[name], target)
        return target

    return copy
