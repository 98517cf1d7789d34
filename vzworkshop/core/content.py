"""The Vision Zero wellbeing method as data: levels, steps, assessment items, golden rules, hazards.

The text lives in ``resources/content/<language>.json`` (Danish word for word from the ISSA guide and the
Dansk Standard ISO 45003 slides, English as a translation with the same structure and keys). This module
turns it into frozen dataclasses. It never imports Qt.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, TypeVar

from vzworkshop.paths import content_dir

LANGUAGES: tuple[str, ...] = ("da", "en")


@dataclass(frozen=True)
class Level:
    """One step of the Vision Zero maturity staircase (guide §2.3)."""

    number: int
    key: str
    name: str
    long_name: str
    description: str


@dataclass(frozen=True)
class Step:
    """One of the five steps for developing a good psychosocial work environment (guide §3.1)."""

    number: int
    key: str
    title: str
    short_title: str
    guidance: str
    questions: tuple[str, ...]


@dataclass(frozen=True)
class Item:
    """One of the ten statements of the maturity tool (guide §5); answers[0] is "don't know"."""

    number: int
    key: str
    title: str
    answers: tuple[str, ...]


@dataclass(frozen=True)
class GoldenRule:
    """One of the 7 Golden Rules with its examples of proactive leading indicators (guide §4)."""

    number: int
    title: str
    description: str
    indicators: tuple[str, ...]


@dataclass(frozen=True)
class Dimension:
    """A row of guide Tabel 1: healthy versus unhealthy psychosocial working conditions."""

    name: str
    healthy: str
    unhealthy: str


@dataclass(frozen=True)
class Hazard:
    """A psychosocial hazard from ISO 45003:2021 tables 1-3; ``key`` is the same in every language."""

    key: str
    name: str
    examples: tuple[str, ...]


@dataclass(frozen=True)
class HazardCategory:
    """One of the ISO 45003 hazard tables' categories and its hazards."""

    key: str
    title: str
    hazards: tuple[Hazard, ...]


@dataclass(frozen=True)
class PreventionLevel:
    """Primary, secondary or tertiary interventions (guide §3.1, step 4)."""

    key: str
    name: str
    description: str


@dataclass(frozen=True)
class MethodContent:
    """The method in one language: levels, steps, items, golden rules, hazards and the texts around them."""

    language: str
    levels: tuple[Level, ...]
    steps: tuple[Step, ...]
    items: tuple[Item, ...]
    rules: tuple[GoldenRule, ...]
    dimensions: tuple[Dimension, ...]
    hazard_categories: tuple[HazardCategory, ...]
    prevention_levels: tuple[PreventionLevel, ...]
    intro: str
    attribution: tuple[str, ...]

    def level(self, number: int) -> Level:
        return _by_number(self.levels, number, "level")

    def item(self, number: int) -> Item:
        return _by_number(self.items, number, "item")

    def step(self, number: int) -> Step:
        return _by_number(self.steps, number, "step")

    def hazard(self, key: str) -> Hazard:
        for hazard in self.all_hazards():
            if hazard.key == key:
                return hazard
        raise KeyError(f"unknown hazard {key!r}")

    def all_hazards(self) -> tuple[Hazard, ...]:
        return tuple(h for category in self.hazard_categories for h in category.hazards)


_N = TypeVar("_N", Level, Item, Step)


def _by_number(entries: tuple[_N, ...], number: int, what: str) -> _N:
    for entry in entries:
        if entry.number == number:
            return entry
    raise KeyError(f"no {what} number {number}")


def _strs(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"expected a list of strings, got {value!r}")
    return tuple(value)


def _parse(language: str, raw: dict[str, Any]) -> MethodContent:
    return MethodContent(
        language=language,
        levels=tuple(
            Level(
                number=int(d["number"]),
                key=d["key"],
                name=d["name"],
                long_name=d["long_name"],
                description=d["description"],
            )
            for d in raw["levels"]
        ),
        steps=tuple(
            Step(
                number=int(d["number"]),
                key=d["key"],
                title=d["title"],
                short_title=d["short_title"],
                guidance=d["guidance"],
                questions=_strs(d["questions"]),
            )
            for d in raw["steps"]
        ),
        items=tuple(
            Item(number=int(d["number"]), key=d["key"], title=d["title"], answers=_strs(d["answers"]))
            for d in raw["items"]
        ),
        rules=tuple(
            GoldenRule(
                number=int(d["number"]),
                title=d["title"],
                description=d["description"],
                indicators=_strs(d["indicators"]),
            )
            for d in raw["rules"]
        ),
        dimensions=tuple(
            Dimension(name=d["name"], healthy=d["healthy"], unhealthy=d["unhealthy"])
            for d in raw["dimensions"]
        ),
        hazard_categories=tuple(
            HazardCategory(
                key=c["key"],
                title=c["title"],
                hazards=tuple(
                    Hazard(key=h["key"], name=h["name"], examples=_strs(h["examples"])) for h in c["hazards"]
                ),
            )
            for c in raw["hazard_categories"]
        ),
        prevention_levels=tuple(
            PreventionLevel(key=d["key"], name=d["name"], description=d["description"])
            for d in raw["prevention_levels"]
        ),
        intro=raw["intro"],
        attribution=_strs(raw["attribution"]),
    )


@lru_cache(maxsize=len(LANGUAGES))
def load_content(language: str) -> MethodContent:
    """The method content in ``language`` (one of LANGUAGES), read once and cached."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown content language {language!r}; expected one of {', '.join(LANGUAGES)}")
    path = content_dir() / f"{language}.json"
    with path.open(encoding="utf-8") as fh:
        raw = json.load(fh)
    if raw.get("language") != language:
        raise ValueError(f"{path} declares language {raw.get('language')!r}, expected {language!r}")
    content = _parse(language, raw)
    if len(content.items) != 10 or any(len(item.answers) != 6 for item in content.items):
        raise ValueError(f"{path}: the tool needs 10 items with 6 answers (0 = don't know, 1-5 = levels)")
    return content
