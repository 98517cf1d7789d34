"""The printed documents: embedded fonts only, metadata, figures and withheld figures, orientation, size."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from vzworkshop.core.content import load_content
from vzworkshop.core.tally import Ballot
from vzworkshop.reports.common import results_for
from vzworkshop.reports.export import PDF_KINDS, ExportError, export_blank_questionnaire, export_pdf
from vzworkshop.reports.labels import number
from vzworkshop.store import WorkshopStore
from vzworkshop.store.records import ItemAssessment

Sample = Callable[[str], Path]


def _export(path: Path, kind: str, out: Path) -> PdfReader:
    with WorkshopStore.open(path) as store:
        export_pdf(store, kind, out)
    return PdfReader(out)


def _text(reader: PdfReader) -> str:
    # joined lines, so wrapped table cells still read as one string
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def _fonts(reader: PdfReader) -> list[dict[str, object]]:
    found = []
    for page in reader.pages:
        resources = page.get("/Resources")
        fonts = resources.get_object().get("/Font") if resources else None
        for ref in (fonts.get_object() if fonts else {}).values():
            found.append(ref.get_object())
    return found


@pytest.mark.parametrize("language", ["da", "en"])
@pytest.mark.parametrize("kind", PDF_KINDS)
def test_every_font_is_embedded_and_metadata_is_set(sample: Sample, tmp_path: Path, kind: str,
                                                    language: str) -> None:
    reader = _export(sample(f"demo_{language}"), kind, tmp_path / "out.pdf")
    fonts = _fonts(reader)
    assert fonts
    for font in fonts:
        assert "Helvetica" not in str(font["/BaseFont"])
        descriptor = font["/FontDescriptor"].get_object()  # type: ignore[attr-defined]
        assert "/FontFile2" in descriptor, font["/BaseFont"]
    meta = reader.metadata
    assert meta is not None and meta.title and meta.author and meta.subject
    assert reader.trailer["/Root"].get("/Lang") == language


def test_minutes_show_figures_with_decimal_comma_and_all_items(sample: Sample, tmp_path: Path) -> None:
    path = sample("demo_da")
    reader = _export(path, "minutes", tmp_path / "m.pdf")
    text = _text(reader)
    with WorkshopStore.open(path) as store:
        result = results_for(store, store.rounds()[-1])
    assert result.overall_mean is not None
    assert number(result.overall_mean, "da") in text
    assert re.search(r"\b\d,\d\b", text)
    assert not re.search(r"\b[1-5]\.\d\b", text)  # no decimal points in Danish figures
    for item in load_content("da").items:
        assert item.title in text
    assert "tilbageholdt (færre end 3 svar)" in text
    assert re.search(r"Side 1 af \d", text)
    assert "Hjemmeplejen" in text and "Æbelø" in text


def test_withheld_group_mean_is_never_printed(store: WorkshopStore, tmp_path: Path) -> None:
    """C has 2 answers (below 3), so C and the next smallest group B are withheld: their means (4,5 and
    3,0) must not appear anywhere; A (2,0) and the round are shown."""
    rnd = store.add_round("Runde 1", groups=("A", "B", "C"))
    assert rnd.id is not None
    ids = {g.name: g.id for g in store.groups(rnd.id)}
    ballots = [Ballot(rnd.id, ids["A"], dict.fromkeys(range(1, 11), 2)) for _ in range(5)]
    ballots += [Ballot(rnd.id, ids["B"], dict.fromkeys(range(1, 11), 3)) for _ in range(4)]
    ballots += [Ballot(rnd.id, ids["C"], dict.fromkeys(range(1, 11), v)) for v in (4, 5)]
    store.add_ballots(ballots)
    for kind in ("minutes", "results"):
        export_pdf(store, kind, tmp_path / f"{kind}.pdf")
        text = _text(PdfReader(tmp_path / f"{kind}.pdf"))
        assert "2,0" in text and "2,8" in text  # A and the round
        assert "4,5" not in text and "3,0" not in text, kind
        assert "tilbageholdt (færre end 3 svar)" in text


def test_english_uses_decimal_point_and_english_dates(sample: Sample, tmp_path: Path) -> None:
    text = _text(_export(sample("demo_en"), "minutes", tmp_path / "m.pdf"))
    assert "23 Nov 2026" in text
    assert re.search(r"\b\d\.\d\b", text)
    assert "withheld (fewer than 3 answers)" in text
    assert "Page 1 of" in text


def test_action_plan_is_landscape_and_lists_every_action(sample: Sample, tmp_path: Path) -> None:
    reader = _export(sample("large_da"), "actions", tmp_path / "a.pdf")
    for page in reader.pages:
        assert page.mediabox.width > page.mediabox.height
    text = _text(reader)
    for n in range(1, 41):
        assert f"Handling {n}:" in text
    assert 2 <= len(reader.pages) <= 20


def test_large_workshop_page_counts(sample: Sample, tmp_path: Path) -> None:
    path = sample("large_da")
    minutes = _export(path, "minutes", tmp_path / "m.pdf")
    assert 4 <= len(minutes.pages) <= 30
    assert all(p.mediabox.height > p.mediabox.width for p in minutes.pages)
    text = _text(minutes)
    assert "Sammenligning med tidligere runder" in text and "Runde 3" in text
    assert len(_export(path, "results", tmp_path / "r.pdf").pages) <= 2
    assert len(_export(path, "agenda", tmp_path / "g.pdf").pages) == 1


@pytest.mark.parametrize("language", ["da", "en"])
def test_blank_questionnaire_has_every_answer(tmp_path: Path, language: str) -> None:
    out = export_blank_questionnaire(language, tmp_path / "q.pdf")
    text = _text(PdfReader(out))
    content = load_content(language)
    for item in content.items:
        assert item.title in text
        for answer in item.answers:
            assert " ".join(answer.split())[:40] in text


def test_refuses_missing_folder_and_keeps_old_file(sample: Sample, tmp_path: Path) -> None:
    path = sample("demo_da")
    with WorkshopStore.open(path) as store, pytest.raises(ExportError, match="does not exist"):
        export_pdf(store, "minutes", tmp_path / "nowhere" / "m.pdf")
    target = tmp_path / "m.pdf"
    target.write_bytes(b"old")
    with WorkshopStore.open(path) as store, pytest.raises(ExportError):
        export_pdf(store, "nonsense", target)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_failed_export_leaves_no_partial_file(sample: Sample, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from vzworkshop.reports import pdf_minutes

    def boom(store: WorkshopStore) -> list[object]:
        raise RuntimeError("layout failed")

    monkeypatch.setattr(pdf_minutes, "minutes_story", boom)
    target = tmp_path / "m.pdf"
    target.write_bytes(b"old")
    with WorkshopStore.open(sample("demo_da")) as store, pytest.raises(RuntimeError):
        export_pdf(store, "minutes", target)
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo_da.vzw", "m.pdf"]


@pytest.mark.parametrize("kind", ["minutes", "results"])
def test_problems_print_in_step_3s_order(store: WorkshopStore, tmp_path: Path, kind: str) -> None:
    """The PDFs rank problems by core.priorities, as step 3 does: solution first, a pinned problem keeps its place."""
    from vzworkshop.core import priorities
    from vzworkshop.store.records import Problem

    store.add(Problem(title="Alfa uden løsning", has_solution=False, ease=5, cost_of_ignoring=5, position=0))
    store.add(Problem(title="Bravo med løsning", has_solution=True, ease=1, cost_of_ignoring=1, position=1))
    store.add(Problem(title="Charlie fastholdt", has_solution=None, ease=2, cost_of_ignoring=2, position=2,
                      rank_override=1))
    expected = [p.title for p, _ in priorities.rank(store.list(Problem))]
    assert expected == ["Charlie fastholdt", "Bravo med løsning", "Alfa uden løsning"]
    export_pdf(store, kind, tmp_path / "out.pdf")
    text = _text(PdfReader(tmp_path / "out.pdf"))
    places = [text.index(title) for title in expected]
    assert places == sorted(places), text


def _baseline_and_empty_follow_ups(store: WorkshopStore) -> None:
    """The reviewer's workshop: 7 answers in "Nulpunktsmåling" with agreed levels and notes for statements 1-2,
    4 in "Opfølgning 1", then nine rounds started by pressing Enter too often, nobody answered in them.
    Statement 1: 22/7 = 3,14 -> 15/4 = 3,75, a change of 0,61: +0,6 (the rounded means 3,1 -> 3,8 give +0,7)."""
    answers = {"Nulpunktsmåling": [3] * 6 + [4], "Opfølgning 1": [4, 4, 4, 3]}
    for name, values in answers.items():
        rnd = store.add_round(name, kind="baseline" if name == "Nulpunktsmåling" else "follow_up")
        assert rnd.id is not None
        (group,) = store.groups(rnd.id)
        store.add_ballots([Ballot(rnd.id, group.id, {**dict.fromkeys(range(1, 11), v), 2: 2 if len(values) == 7
                                                     else 3}) for v in values])
        if name == "Nulpunktsmåling":
            store.upsert(ItemAssessment(round_id=rnd.id, item=1, agreed_level=3, notes="Drøftet: møderne virker"))
            store.upsert(ItemAssessment(round_id=rnd.id, item=2, agreed_level=2, notes="Uenighed om vagtplanen"))
    for n in range(2, 11):
        store.add_round(f"Opfølgning {n}", kind="follow_up")


def test_the_minutes_keep_the_baseline_and_its_discussion_after_follow_ups(store: WorkshopStore,
                                                                            tmp_path: Path) -> None:
    """Seen by a reviewer: with a follow-up round the minutes printed only the latest round ("Runde:
    Opfølgning 10", withheld, nobody answered) and compared only the latest follow-ups; the baseline's figures,
    agreed levels and discussion were gone. The change is worked out from the unrounded means."""
    _baseline_and_empty_follow_ups(store)
    export_pdf(store, "minutes", tmp_path / "m.pdf")
    text = _text(PdfReader(tmp_path / "m.pdf"))
    assert "Udgangspunkt: Nulpunktsmåling · Besvarelser: 7" in text
    assert "Drøftet: møderne virker" in text and "Uenighed om vagtplanen" in text
    assert "3 · Aktivt" in text and "2 · Reaktivt" in text  # the agreed levels
    assert "Seneste opfølgning: Opfølgning 1 · Besvarelser: 4" in text
    assert text.index("Udgangspunkt: Nulpunktsmåling") < text.index("Seneste opfølgning: Opfølgning 1")
    comparison = text[text.index("Sammenligning med tidligere runder"):]
    assert comparison.startswith("Sammenligning med tidligere runder Nr. Udsagn Nulpunktsmåling Opfølgning 1 Ændring")
    assert "Besvarelser 7 4 Samlet gennemsnit" in comparison
    assert "3,1 3,8 +0,6" in comparison  # statement 1: 3,14 -> 3,75
    assert "2,0 3,0 +1,0" in comparison  # statement 2
    assert "+0,7" not in comparison
    assert "fra “Nulpunktsmåling” til “Opfølgning 1”, regnet af gennemsnittene før afrunding" in comparison
    for n in range(2, 11):  # rounds nobody answered: not in the minutes at all
        assert f"Opfølgning {n} " not in text + " " and "Opfølgning 10" not in text
    assert "Samlet gennemsnit 3,7 – mellem Aktivt og Proaktivt · Opfølgning 1" in text  # the head: latest figures


def test_the_results_sheet_shows_the_latest_figures_beside_the_baseline(store: WorkshopStore,
                                                                        tmp_path: Path) -> None:
    _baseline_and_empty_follow_ups(store)
    export_pdf(store, "results", tmp_path / "r.pdf")
    text = _text(PdfReader(tmp_path / "r.pdf"))
    assert "Seneste opfølgning: Opfølgning 1 · Besvarelser: 4" in text
    table = text[text.index("Gennemsnit pr. udsagn"):]
    assert table.startswith("Gennemsnit pr. udsagn Nr. Udsagn Svar 1-5 Nulpunktsmåling Gns.: Opfølgning 1 Ændring")
    assert " 4 3,1 3,8 +0,6 " in table  # statement 1: 4 answers, the baseline's 3,14, the bar's 3,75, +0,6
    assert " 4 2,0 3,0 +1,0 " in table
    assert "+0,7" not in text
    assert "Nulpunktsmåling: 3,0" in text  # the baseline's hollow marker on the staircase
    assert "Opfølgning 10" not in text


@pytest.mark.parametrize("kind", ["minutes", "results"])
def test_a_round_answered_only_dont_know_is_not_called_unassessed(store: WorkshopStore, tmp_path: Path,
                                                                  kind: str) -> None:
    """Four participants answered, every one "ved ikke" or skipped: the round and its group have no figures,
    but the PDFs say why instead of "no assessment has been made yet" or "withheld (fewer than 3)"."""
    rnd = store.add_round("Nulpunktsmåling", groups=("A",))
    assert rnd.id is not None
    (group,) = store.groups(rnd.id)
    store.add_ballots([Ballot(rnd.id, group.id, dict.fromkeys(range(1, 11), 0)) for _ in range(3)]
                      + [Ballot(rnd.id, group.id, {})])
    export_pdf(store, kind, tmp_path / "x.pdf")
    text = " ".join(_text(PdfReader(tmp_path / "x.pdf")).split())
    assert "Ingen svar på trinene 1-5: alle svarede “ved ikke” eller sprang over." in text
    assert "Der er endnu ikke gennemført nogen vurdering" not in text
    assert "tilbageholdt" not in text


@pytest.mark.parametrize("kind", ["minutes", "results"])
def test_a_follow_up_still_too_small_leaves_the_baseline_in_print(store: WorkshopStore, tmp_path: Path,
                                                                  kind: str) -> None:
    rnd = store.add_round("Nulpunktsmåling")
    assert rnd.id is not None
    (group,) = store.groups(rnd.id)
    store.add_ballots([Ballot(rnd.id, group.id, dict.fromkeys(range(1, 11), 3)) for _ in range(5)])
    small = store.add_round("Opfølgning 1", kind="follow_up")
    assert small.id is not None
    (group,) = store.groups(small.id)
    store.add_ballots([Ballot(small.id, group.id, dict.fromkeys(range(1, 11), 5)) for _ in range(2)])
    export_pdf(store, kind, tmp_path / "x.pdf")
    text = _text(PdfReader(tmp_path / "x.pdf"))
    assert "Udgangspunkt: Nulpunktsmåling · Besvarelser: 5" in text
    assert "Opfølgning 1" in text and "5,0" not in text  # named, its figures withheld
    assert "tilbageholdt (færre end 3 svar)" in text


@pytest.mark.parametrize("language", ["da", "en"])
def test_action_plan_statuses_are_not_broken_mid_word(sample: Sample, tmp_path: Path, language: str) -> None:
    """Seen in an exported action plan: the status "Gennemført" printed as "Gennemf" / "ørt" on two lines."""
    reader = _export(sample(f"demo_{language}"), "actions", tmp_path / "a.pdf")
    raw = " ".join(page.extract_text() or "" for page in reader.pages)
    done = "Gennemført" if language == "da" else "Done"
    assert done in raw
