"""The summary: JSON with the contract's shape and nulls for withheld figures; a readable table."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vzworkshop.core.content import load_content
from vzworkshop.reports.summary_text import summary_json, summary_text
from vzworkshop.store import WorkshopStore
from vzworkshop.store.records import Workshop

ITEM_KEYS = {"item", "title", "mean", "answered", "dont_know", "skipped", "counts"}


def _fill(store: WorkshopStore) -> None:
    rows = [("Køkken", {i: 4 for i in range(1, 10)} | {10: 0})] * 5
    rows += [("Rengøring", {1: 2, 2: 1})] * 4
    rows += [("Kontor", {1: 5})]
    store.import_answers("Runde 1", rows, default_round="x")


def test_json_shape_and_threshold(store: WorkshopStore) -> None:
    _fill(store)
    out = summary_json(store, store.rounds())
    json.dumps(out)  # serialisable
    assert out["workshop"]["organisation"] == "Testby Kommune"
    assert out["workshop"]["min_group_size"] == 3
    (rnd,) = out["rounds"]
    assert set(rnd) == {"name", "respondents", "withheld", "overall_mean", "level", "items", "groups"}
    assert rnd["name"] == "Runde 1" and rnd["respondents"] == 10 and rnd["withheld"] is False
    pooled = (5 * 9 * 4 + 4 * (2 + 1) + 5) / (5 * 9 + 4 * 2 + 1)
    assert rnd["overall_mean"] == pytest.approx(pooled, abs=1e-4)
    assert rnd["level"] == pytest.approx(pooled, abs=1e-4)
    assert [it["item"] for it in rnd["items"]] == list(range(1, 11))
    first = rnd["items"][0]
    assert set(first) == ITEM_KEYS
    assert first["title"] == load_content("da").item(1).title
    assert first["counts"] == {"0": 0, "1": 0, "2": 4, "3": 0, "4": 5, "5": 1}
    assert (first["answered"], first["dont_know"], first["skipped"]) == (10, 0, 0)
    tenth = rnd["items"][9]
    assert tenth["mean"] is None and tenth["dont_know"] == 5 and tenth["skipped"] == 5
    groups = {g["name"]: g for g in rnd["groups"]}
    assert set(groups) == {"Køkken", "Rengøring", "Kontor"}
    assert groups["Køkken"]["withheld"] is False and groups["Køkken"]["respondents"] == 5
    assert groups["Køkken"]["overall_mean"] == 4.0
    for hidden in ("Rengøring", "Kontor"):  # Kontor is too small; Rengøring would reveal it by subtraction
        g = groups[hidden]
        assert g["withheld"] is True
        assert g["respondents"] is None and g["overall_mean"] is None
        for item in g["items"]:
            assert set(item) == ITEM_KEYS
            assert all(item[k] is None for k in ("mean", "answered", "dont_know", "skipped"))
            assert set(item["counts"].values()) == {None}


def test_withheld_round_is_all_nulls(store: WorkshopStore) -> None:
    store.import_answers("Lille", [("", {1: 5}), ("", {1: 1})], default_round="x")
    (rnd,) = summary_json(store, store.rounds())["rounds"]
    assert rnd["withheld"] is True and rnd["respondents"] == 2
    assert rnd["overall_mean"] is None and rnd["level"] is None
    assert all(it["mean"] is None and it["counts"]["5"] is None for it in rnd["items"])
    assert rnd["groups"] == []
    text = summary_text(store, store.rounds())
    assert "tilbageholdt" in text and "5,00" not in text and "3,00" not in text


def test_danish_text_uses_decimal_comma(store: WorkshopStore) -> None:
    _fill(store)
    text = summary_text(store, store.rounds())
    assert "Runde: Runde 1" in text
    assert "Besvarelser: 10" in text
    assert "4,00" in text and "4.00" not in text
    assert "Niveau: Aktivt → Proaktivt" in text  # the level names in the workshop's language
    assert "Gruppe Køkken: Besvarelser 5" in text
    assert "Gruppe Kontor: tilbageholdt" in text and "Gruppe Rengøring: tilbageholdt" in text
    assert "Besvarelser 4" not in text and "Besvarelser 1" not in text
    assert all(len(line) <= 100 for line in text.splitlines())


def test_english_text_uses_decimal_point(tmp_path: Path) -> None:
    with WorkshopStore.create(tmp_path / "en.vzw", Workshop(organisation="Acme", language="en")) as store:
        store.import_answers(None, [("", {1: 3, 2: 4})] * 3, default_round="Baseline")
        text = summary_text(store, store.rounds())
    assert "Round: Baseline" in text
    assert "3.50" in text and "3,50" not in text
    assert "Responses: 3" in text
    assert "Level: Active → Proactive" in text  # 3.5: halfway between Active and Proactive


def test_no_rounds(store: WorkshopStore) -> None:
    assert "Ingen runder endnu." in summary_text(store, [])
    assert summary_json(store, [])["rounds"] == []
