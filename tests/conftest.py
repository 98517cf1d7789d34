"""Shared fixtures: a blank workshop built once and copied per test; settings kept out of the user's home."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never touch a user's real settings (the app reads VZWORKSHOP_SETTINGS_DIR)."""
    monkeypatch.setenv("VZWORKSHOP_SETTINGS_DIR", str(tmp_path_factory.mktemp("settings")))


@pytest.fixture(scope="session")
def _blank_workshop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from vzworkshop.store import WorkshopStore
    from vzworkshop.store.records import Workshop

    path = tmp_path_factory.mktemp("blank") / "blank.vzw"
    WorkshopStore.create(path, Workshop(organisation="Testby Kommune", title="Trivselsworkshop",
                                        date="2026-11-23", facilitator="Mette")).close()
    return path


@pytest.fixture
def workshop_path(_blank_workshop: Path, tmp_path: Path) -> Path:
    """A fresh copy of a blank Danish workshop file (minimum group size 3)."""
    target = tmp_path / "workshop.vzw"
    shutil.copy(_blank_workshop, target)
    return target


@pytest.fixture
def store(workshop_path: Path) -> Iterator[object]:
    from vzworkshop.store import WorkshopStore

    st = WorkshopStore.open(workshop_path)
    yield st
    st.close()
