"""Data exchange: tallies CSV, workshop JSON (full and shareable), import, merge, and the CLI commands."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from vzworkshop.core.tally import Ballot, Tally
from vzworkshop.reports.tallies_csv import safe_cell, tallies_csv
from vzworkshop.reports.workshop_json import WorkshopJsonError, dumps, import_workshop, workshop_json
from vzworkshop.store import WorkshopStore
from vzworkshop.store.errors import WorkshopExists
from vzworkshop.store.records import Workshop

Sample = Callable[[str], Path]
ROOT = Path(__file__).resolve().parents[2]


def _cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "vzworkshop", *map(str, args)], capture_output=True, text=True,
                          env=env, timeout=120)


def _rows(data: bytes, delimiter: str) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data[3:].decode("utf-8")), delimiter=delimiter))


def test_csv_danish_merges_withheld_groups(sample: Sample) -> None:
    with WorkshopStore.open(sample("demo_da")) as store:
        rows = _rows(tallies_csv(store), ";")
    assert rows[0][:3] == ["Runde", "Gruppe", "Udsagn"]
    groups = [r[1] for r in rows[1:]]
    assert set(groups) == {"Hjemmeplejen", "Øvrige (samlet)", "Alle"}
    assert "Køkkenet" not in groups and "Administrationen" not in groups
    assert len(rows) == 1 + 3 * 10
    assert all("," in r[-1] or r[-1] == "" for r in rows[1:])
    combined = [r for r in rows if r[1] == "Øvrige (samlet)"]
    assert all(int(r[10]) + int(r[11]) <= 7 for r in combined)


def test_csv_english_uses_commas_and_points(sample: Sample) -> None:
    with WorkshopStore.open(sample("demo_en")) as store:
        rows = _rows(tallies_csv(store), ",")
    assert rows[0][0] == "Round"
    assert {r[1] for r in rows[1:]} == {"Home care", "Others (combined)", "All"}
    assert all("." in r[-1] for r in rows[1:] if r[-1])


def test_csv_escapes_formulas(store: WorkshopStore) -> None:
    for text in ("=1+1", "+4", "-2", "@SUM(A1)", "\tx", "\rx"):
        assert safe_cell(text) == "'" + text
    assert safe_cell("Køkkenet") == "Køkkenet"
    rnd = store.add_round("=HYPERLINK()", groups=("",))
    assert rnd.id is not None
    store.add_group_tally(rnd.id, "", Tally.from_ballots([{1: 3}] * 3))
    rows = _rows(tallies_csv(store), ";")
    assert rows[1][0] == "'=HYPERLINK()"


def test_json_round_trip_is_identical(sample: Sample, tmp_path: Path) -> None:
    for name in ("demo_da", "large_da"):
        with WorkshopStore.open(sample(name)) as store:
            first = dumps(workshop_json(store))
        (tmp_path / f"{name}.json").write_bytes(first)
        import_workshop(tmp_path / f"{name}.json", tmp_path / f"{name}-copy.vzw")
        with WorkshopStore.open(tmp_path / f"{name}-copy.vzw") as copy:
            assert dumps(workshop_json(copy)) == first
    data = json.loads(first)
    assert data["format"] == "vzworkshop-workshop" and data["version"] == 2
    assert any(a["notes"] for a in data["actions"])


def test_full_json_keeps_small_groups_shareable_merges_them(sample: Sample) -> None:
    with WorkshopStore.open(sample("demo_da")) as store:
        full = workshop_json(store)
        shared = workshop_json(store, shareable=True)
    assert [g["name"] for g in full["rounds"][0]["groups"]] == ["Hjemmeplejen", "Køkkenet", "Administrationen"]
    assert [(g["name"], g["ballots"]) for g in shared["rounds"][0]["groups"]] == [
        ("Hjemmeplejen", 7), ("Øvrige (samlet)", 7)]
    assert shared["shareable"] is True and shared["rounds"][0]["respondents"] == 14
    assert all("facilitator_notes" not in n for n in shared["step_notes"])


@pytest.mark.parametrize(("change", "message"), [
    (lambda d: d.update(format="other"), "not a vzworkshop workshop"),
    (lambda d: d.update(version=3), "version"),
    (lambda d: d["rounds"][0].update(shown=[{"sizes": [["Køkkenet", 99]], "groups": []}]), "do not fit"),
    (lambda d: d["rounds"][0].update(shown=[{"sizes": "x"}]), "expected sizes"),
    (lambda d: d["workshop"].update(organisation=5), r"workshop.organisation"),
    (lambda d: d["team"][0].update(shoe_size=42), "unknown field"),
    (lambda d: d["rounds"][0]["groups"][0]["counts"].pop("3"), "items 1-10"),
    (lambda d: d["rounds"][0]["groups"][0].update(ballots=1), "more answers than ballots"),
    (lambda d: d["actions"][0].update(problem=99), "does not point"),
    (lambda d: d["workshop"].update(min_group_size=99), "minimum group size"),
    (lambda d: d["rounds"][0]["assessments"][0].update(agreed_level=9), "invalid value"),
])
def test_import_refuses_bad_files_and_creates_nothing(sample: Sample, tmp_path: Path,
                                                      change: Callable[[dict[str, object]], None],
                                                      message: str) -> None:
    with WorkshopStore.open(sample("demo_da")) as store:
        data = workshop_json(store)
    change(data)
    src = tmp_path / "bad.json"
    src.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises((WorkshopJsonError, ValueError), match=message):
        import_workshop(src, tmp_path / "new.vzw")
    assert not (tmp_path / "new.vzw").exists()
    assert [p.name for p in tmp_path.iterdir() if "importing" in p.name] == []


def test_import_never_overwrites(sample: Sample, tmp_path: Path) -> None:
    src = tmp_path / "w.json"
    with WorkshopStore.open(sample("demo_da")) as store:
        src.write_bytes(dumps(workshop_json(store)))
    target = tmp_path / "exists.vzw"
    target.write_bytes(b"precious")
    with pytest.raises(WorkshopExists):
        import_workshop(src, target)
    assert target.read_bytes() == b"precious"


def test_add_group_tally_adds_or_creates(store: WorkshopStore) -> None:
    rnd = store.add_round("R", groups=("A",))
    assert rnd.id is not None
    tally = Tally.from_ballots([{1: 2, 2: 0}, {1: 4}])
    store.add_group_tally(rnd.id, "A", tally)
    store.add_group_tally(rnd.id, "A", tally)
    group = store.add_group_tally(rnd.id, "B", tally)
    assert group.name == "B" and group.ballots == 2
    by_name = {g.name: t for g, t in store.group_tallies(rnd.id)}
    assert by_name["A"].ballots == 4 and by_name["A"].item(1).counts == (0, 0, 2, 0, 2, 0)
    with pytest.raises(KeyError):
        store.add_group_tally(999, "C", tally)


@pytest.mark.slow
def test_cli_export_import_merge(sample: Sample, tmp_path: Path) -> None:
    demo = sample("demo_da")
    for kind in ("minutes", "actions", "questionnaire", "results", "agenda", "csv", "json"):
        out = tmp_path / f"out.{kind}"
        done = _cli("export", demo, kind, out)
        assert done.returncode == 0, done.stderr
        assert out.stat().st_size > 0
    assert _cli("export", demo, "json", tmp_path / "s.json", "--shareable").returncode == 0
    bad = _cli("export", demo, "minutes", tmp_path / "missing" / "m.pdf")
    assert bad.returncode == 1 and "does not exist" in bad.stderr and "Traceback" not in bad.stderr
    assert _cli("questionnaire", tmp_path / "q.pdf", "--lang", "en").returncode == 0
    done = _cli("import-workshop", tmp_path / "out.json", tmp_path / "copy.vzw")
    assert done.returncode == 0, done.stderr
    again = _cli("import-workshop", tmp_path / "out.json", tmp_path / "copy.vzw")
    assert again.returncode == 1 and "already exists" in again.stderr
    (tmp_path / "junk.json").write_text("{not json", encoding="utf-8")
    junk = _cli("import-workshop", tmp_path / "junk.json", tmp_path / "j.vzw")
    assert junk.returncode == 1 and "not valid JSON" in junk.stderr
    merged = _cli("merge", tmp_path / "copy.vzw", sample("demo_en"), "--as-group", "Laptop 2")
    assert merged.returncode == 0, merged.stderr
    assert "Added 14 answers to round" in merged.stdout and "(groups: 'Laptop 2')" in merged.stdout
    with WorkshopStore.open(tmp_path / "copy.vzw") as store:
        rnd = store.latest_round()
        assert rnd is not None and rnd.id is not None
        assert store.round_ballots(rnd.id) == 28
    # one more answer in a group shown before would give that answer by comparison: refused, file unchanged
    with WorkshopStore.create(tmp_path / "one.vzw", Workshop(organisation="X", language="en")) as other:
        one = other.add_round("R", groups=["Laptop 2"])
        assert one.id is not None
        other.add_ballot(Ballot(one.id, other.groups(one.id)[0].id or 0, {1: 5}))
    leak = _cli("merge", tmp_path / "copy.vzw", tmp_path / "one.vzw")
    assert leak.returncode == 1 and "work out answers" in leak.stderr, leak.stderr
    assert "Traceback" not in leak.stderr
    with WorkshopStore.open(tmp_path / "copy.vzw") as store:
        rnd = store.latest_round()
        assert rnd is not None and rnd.id is not None
        assert store.round_ballots(rnd.id) == 28
    same = _cli("merge", tmp_path / "copy.vzw", tmp_path / "copy.vzw")
    assert same.returncode == 1 and "same file" in same.stderr


def test_json_carries_the_shown_moments_and_a_restored_workshop_respects_them(store: WorkshopStore,
                                                                              tmp_path: Path) -> None:
    """The full JSON is a backup: it carries when the rounds' figures were shown (counts only), so a workshop
    restored from it holds back figures that could be compared with them; an older (version 1) file without
    them still reads; a shareable file's figures were seen, so its import starts with them as one moment."""
    rnd = store.add_round("Runde 1", groups=("",))
    assert rnd.id is not None
    gid = store.groups(rnd.id)[0].id or 0
    store.add_ballots([Ballot(rnd.id, gid, {1: 3})] * 3)
    assert not store.round_result(rnd.id).withheld
    store.add_ballots([Ballot(rnd.id, gid, {1: 4})])
    full = workshop_json(store)
    assert full["rounds"][0]["shown"] == [{"sizes": [["", 3]], "groups": []}]
    shared = workshop_json(store, shareable=True)  # held back: 4 after 3 was shown
    assert "shown" not in shared["rounds"][0] and shared["rounds"][0]["withheld"] is True
    (tmp_path / "full.json").write_bytes(dumps(full))
    import_workshop(tmp_path / "full.json", tmp_path / "copy.vzw")
    with WorkshopStore.open(tmp_path / "copy.vzw") as copy:
        (copied,) = copy.rounds()
        assert copied.id is not None and copy.round_result(copied.id).held_back
    old = {**full, "version": 1, "rounds": [{k: v for k, v in full["rounds"][0].items() if k != "shown"}]}
    (tmp_path / "v1.json").write_bytes(dumps(old))
    import_workshop(tmp_path / "v1.json", tmp_path / "v1.vzw")
    with WorkshopStore.open(tmp_path / "v1.vzw") as copy:
        assert copy.shown_history(copy.rounds()[0].id or 0) == []
    store.add_ballots([Ballot(rnd.id, gid, {1: 4})] * 2)
    shared = workshop_json(store, shareable=True)
    assert shared["rounds"][0]["respondents"] == 6 and not shared["rounds"][0]["withheld"]
    (tmp_path / "shared.json").write_bytes(dumps(shared))
    import_workshop(tmp_path / "shared.json", tmp_path / "shared.vzw")
    with WorkshopStore.open(tmp_path / "shared.vzw") as copy:
        (copied,) = copy.rounds()
        assert copied.id is not None
        assert [sum(n for _, n in m.sizes) for m in copy.shown_history(copied.id)] == [6]
