"""The method content: both languages load with the same shape, and the Danish text is the seed's own."""

from __future__ import annotations

import contextlib
import dataclasses
import os
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from vzworkshop.core.content import (
    LANGUAGES,
    Hazard,
    Item,
    Level,
    MethodContent,
    Step,
    load_content,
)


def _find_seeds() -> Path:
    """The source texts live outside the repository (they are not ours to publish), in `shared/seeds` beside
    the main checkout. Found from $VZWORKSHOP_SEEDS, or above this checkout, its git common dir (worktrees)
    or its origin (a local clone)."""
    if os.environ.get("VZWORKSHOP_SEEDS"):
        return Path(os.environ["VZWORKSHOP_SEEDS"])
    repo = Path(__file__).resolve().parents[2]
    starts = [repo]
    for args in (["rev-parse", "--git-common-dir"], ["config", "--get", "remote.origin.url"]):
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            out = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, timeout=10)
            if out.returncode == 0 and out.stdout.strip():
                starts.append((repo / out.stdout.strip()).resolve())
    for start in starts:
        for folder in (start, *start.parents):
            if (folder / "shared" / "seeds").is_dir():
                return folder / "shared" / "seeds"
    return repo.parent / "shared" / "seeds"  # not found: the fixtures below say so


SEEDS = _find_seeds()
GUIDE_SEED = SEEDS / "000_19cf6bded45bf4b7.txt"
ISO_SEED = SEEDS / "001_a36513ea0ade68cf.txt"


def _strings(value: object, where: str = "") -> Iterator[tuple[str, str]]:
    """Every string field, recursively, with a readable path for failure messages."""
    if isinstance(value, str):
        yield where, value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _strings(getattr(value, field.name), f"{where}.{field.name}")
    elif isinstance(value, tuple):
        for i, entry in enumerate(value):
            yield from _strings(entry, f"{where}[{i}]")


def _squash(text: str) -> str:
    """Whitespace-normalised, with ligature damage and its repairs removed from both sides alike."""
    text = text.replace("\ufffd", "").replace("ff", "").replace("fi", "").replace("fl", "").replace("fj", "")
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def guide_text() -> str:
    assert GUIDE_SEED.is_file(), f"seed missing: {GUIDE_SEED} (set VZWORKSHOP_SEEDS to the seeds folder)"
    return _squash(GUIDE_SEED.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def iso_text() -> str:
    assert ISO_SEED.is_file(), f"seed missing: {ISO_SEED} (set VZWORKSHOP_SEEDS to the seeds folder)"
    return _squash(ISO_SEED.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def da() -> MethodContent:
    return load_content("da")


@pytest.fixture(scope="module")
def en() -> MethodContent:
    return load_content("en")


@pytest.mark.parametrize("language", LANGUAGES)
def test_structure(language: str) -> None:
    c = load_content(language)
    assert c.language == language
    assert [lv.number for lv in c.levels] == [1, 2, 3, 4, 5]
    assert [lv.key for lv in c.levels] == ["passive", "reactive", "active", "proactive", "creating"]
    assert [s.number for s in c.steps] == [1, 2, 3, 4, 5]
    assert [s.key for s in c.steps] == ["commit", "assess", "prioritise", "implement", "evaluate"]
    assert all(len(s.short_title) <= 22 for s in c.steps)
    assert all(2 <= len(s.questions) <= 5 for s in c.steps)
    assert len(c.steps[2].questions) == 3
    assert [i.number for i in c.items] == list(range(1, 11))
    assert all(len(i.answers) == 6 for i in c.items)
    assert [r.number for r in c.rules] == list(range(1, 8))
    assert all(r.indicators for r in c.rules)
    assert [p.key for p in c.prevention_levels] == ["primary", "secondary", "tertiary"]
    assert [hc.key for hc in c.hazard_categories] == [
        "work_organisation",
        "social_factors",
        "work_environment",
    ]
    assert len(c.dimensions) == 10
    assert len(c.attribution) >= 4
    assert c.level(4) is c.levels[3] and c.item(10) is c.items[9] and c.step(1) is c.steps[0]


def test_languages_match(da: MethodContent, en: MethodContent) -> None:
    assert [x.key for x in da.levels] == [x.key for x in en.levels]
    assert [x.key for x in da.steps] == [x.key for x in en.steps]
    assert [len(x.questions) for x in da.steps] == [len(x.questions) for x in en.steps]
    assert [x.key for x in da.items] == [x.key for x in en.items]
    assert len({x.key for x in da.items}) == 10
    assert [len(r.indicators) for r in da.rules] == [len(r.indicators) for r in en.rules]
    assert len(da.dimensions) == len(en.dimensions)
    assert [p.key for p in da.prevention_levels] == [p.key for p in en.prevention_levels]
    assert len(da.attribution) == len(en.attribution)
    for cat_da, cat_en in zip(da.hazard_categories, en.hazard_categories, strict=True):
        assert cat_da.key == cat_en.key
        assert [h.key for h in cat_da.hazards] == [h.key for h in cat_en.hazards]
        assert [len(h.examples) for h in cat_da.hazards] == [len(h.examples) for h in cat_en.hazards]
    keys = [h.key for h in da.all_hazards()]
    assert len(keys) == len(set(keys))
    assert all(re.fullmatch(r"(work_org|social|work_env)\.[a-z_]+", k) for k in keys)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_empty_or_damaged_text(language: str) -> None:
    c = load_content(language)
    seen = 0
    for where, text in _strings(c):
        seen += 1
        assert text.strip(), f"{language}{where} is empty"
        assert text == text.strip(), f"{language}{where} has surrounding whitespace"
        assert "\ufffd" not in text, f"{language}{where} has a ligature replacement character"
        assert "  " not in text, f"{language}{where} has a double space"
        assert "\t" not in text and "\r" not in text, f"{language}{where} has a tab or CR"
        # A line break may only separate paragraphs ("\n\n" after the end of a sentence).
        for m in re.finditer(r"\n+", text):
            assert m.group() == "\n\n" and text[m.start() - 1] in ".?!:", (
                f"{language}{where}: stray line break"
            )
        # Hyphenation left over from the PDF line breaks ("arbejds- miljø"); "maskin- og" is real Danish.
        for m in re.finditer(r"\w- (\w+)", text):
            assert m.group(1) in {"og", "eller", "and", "or"}, f"{language}{where}: {m.group()!r}"
        assert "Samlet vurdering" not in text, f"{language}{where}: page furniture"
    assert seen > 200


def test_danish_spot_checks(da: MethodContent) -> None:
    assert da.item(1).answers[0] == "Ved ikke."
    assert all(item.answers[0] == "Ved ikke." for item in da.items)
    assert "Proaktiv" in da.level(4).name
    assert da.level(4).long_name == "Proaktivt niveau"
    assert da.level(5).long_name == "Skabende niveau"
    assert da.step(3).questions == (
        "Findes der en potentiel løsning på problemet?",
        "Hvor nem er løsningen at implementere?",
        "Hvad er omkostningerne ved problemet, hvis det fortsat ignoreres?",
    )
    assert "fjerde" in da.step(4).guidance and "effektive" in da.step(5).guidance
    assert da.rules[0].title == "Tag lederskab"
    assert da.rules[0].description == "Udvis engagement i både lederes og medarbejderes trivsel."
    assert any("Human House" in line for line in da.attribution)
    assert any("Patrick Hudson" in line for line in da.attribution)
    assert any("ISO 45003:2021" in line for line in da.attribution)
    assert "3,5" in da.intro
    assert (
        "For hvert af emnerne nedenfor skal du angive, hvilket udsagn der passer bedst på din arbejdsplads."
        in (da.intro)
    )


def test_english_spot_checks(en: MethodContent) -> None:
    assert [lv.name for lv in en.levels] == ["Passive", "Reactive", "Active", "Proactive", "Creating"]
    assert en.item(1).answers[0] == "Don't know."
    assert "3.5" in en.intro


def _assert_in_seed(seed: str, text: str, what: str) -> None:
    assert _squash(text) in seed, f"{what} not found verbatim in the seed: {text!r}"


def test_danish_tool_is_verbatim(da: MethodContent, guide_text: str) -> None:
    for item in da.items:
        _assert_in_seed(guide_text, item.title, f"item {item.number} title")
        for n, answer in enumerate(item.answers):
            _assert_in_seed(guide_text, f"{n}. {answer}", f"item {item.number} answer {n}")
    for paragraph in da.intro.split("\n\n"):
        _assert_in_seed(guide_text, paragraph, "intro")


def test_danish_method_text_is_verbatim(da: MethodContent, guide_text: str) -> None:
    for level in da.levels:
        _assert_in_seed(guide_text, f"{level.long_name} {level.description}", f"level {level.number}")
    for step in da.steps:
        _assert_in_seed(guide_text, f"{step.number}. {step.title} – {step.guidance}", f"step {step.number}")
    for rule in da.rules:
        _assert_in_seed(guide_text, f"{rule.number}. {rule.title}", f"rule {rule.number} title")
        _assert_in_seed(guide_text, rule.description, f"rule {rule.number} description")
        for indicator in rule.indicators:
            _assert_in_seed(guide_text, indicator, f"rule {rule.number} indicator")
    for dim in da.dimensions:
        for text in (dim.name, dim.healthy, dim.unhealthy):
            _assert_in_seed(guide_text, text, f"dimension {dim.name}")
    for prevention in da.prevention_levels:
        assert prevention.description in da.step(4).guidance
        _assert_in_seed(guide_text, prevention.description, f"prevention {prevention.key}")


def test_danish_hazards_are_verbatim(da: MethodContent, iso_text: str) -> None:
    for category in da.hazard_categories:
        _assert_in_seed(iso_text, category.title, f"category {category.key}")
        for hazard in category.hazards:
            _assert_in_seed(iso_text, hazard.name, hazard.key)
            for example in hazard.examples:
                _assert_in_seed(iso_text, example, hazard.key)


def test_lookups(da: MethodContent) -> None:
    hazard = da.hazard("work_org.roles_expectations")
    assert isinstance(hazard, Hazard) and hazard.name == "Roller og forventninger"
    assert da.hazard("social.bullying").name == "Mobning"
    assert isinstance(da.level(1), Level) and isinstance(da.item(1), Item) and isinstance(da.step(1), Step)
    assert len(da.all_hazards()) == sum(len(c.hazards) for c in da.hazard_categories)
    with pytest.raises(KeyError):
        da.hazard("work_org.no_such_hazard")
    with pytest.raises(KeyError):
        da.item(11)


def test_unknown_language() -> None:
    with pytest.raises(ValueError, match="'xx'"):
        load_content("xx")


def test_cached_and_frozen(da: MethodContent) -> None:
    assert load_content("da") is da
    with pytest.raises(dataclasses.FrozenInstanceError):
        da.intro = "x"  # type: ignore[misc]


def test_core_does_not_import_qt() -> None:
    source = (Path(__file__).resolve().parents[2] / "vzworkshop" / "core" / "content.py").read_text("utf-8")
    assert not re.search(r"^\s*(from|import)\s+(PySide|PyQt|shiboken)", source, re.MULTILINE)
