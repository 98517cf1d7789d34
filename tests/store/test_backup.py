from __future__ import annotations

from pathlib import Path

import pytest

from vzworkshop.store import Probe, WorkshopStore, probe
from vzworkshop.store.records import TeamMember


def test_backup_to_writes_a_complete_copy(store: WorkshopStore, tmp_path: Path) -> None:
    store.add(TeamMember(name="Ann", is_worker_rep=True))
    target = tmp_path / "copy.vzw"
    store.backup_to(target)
    assert probe(target) is Probe.OK
    with WorkshopStore.open(target) as copy:
        assert [m.name for m in copy.list(TeamMember)] == ["Ann"]
        assert copy.workshop().organisation == "Testby Kommune"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_backup_to_replaces_another_file_but_never_the_open_one(store: WorkshopStore, tmp_path: Path) -> None:
    other = tmp_path / "other.vzw"
    other.write_text("old")
    store.backup_to(other)
    assert probe(other) is Probe.OK
    before = store.path.read_bytes()
    with pytest.raises(ValueError, match="open workshop"):
        store.backup_to(store.path)
    assert store.path.read_bytes() == before
