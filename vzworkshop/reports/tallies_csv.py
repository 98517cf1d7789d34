"""`export csv`: the answers' tallies per round, group and item, as a spreadsheet opens them.

Only figures that may be shown are written: a shown group on its own; the withheld groups of a round only
combined, under "Øvrige (samlet)" / "Others (combined)", and only if the combination itself meets the
threshold; a withheld round not at all. Danish files use semicolons and a decimal comma, English ones
commas and a dot; both are UTF-8 with a BOM so Excel reads æøå. A cell a spreadsheet would run as a formula
(starting with = + - @ tab or CR) gets a leading apostrophe.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from vzworkshop.core.content import load_content
from vzworkshop.core.results import RoundResult, round_result
from vzworkshop.core.scoring import TallyStats
from vzworkshop.core.tally import pooled
from vzworkshop.reports.labels import number
from vzworkshop.store import WorkshopStore
from vzworkshop.store.records import Round

HEADERS = {
    "da": ["Runde", "Gruppe", "Udsagn", "Titel", "Antal 0 (ved ikke)", "Antal 1", "Antal 2", "Antal 3", "Antal 4",
           "Antal 5", "Svar 1-5", "Ved ikke", "Gennemsnit"],
    "en": ["Round", "Group", "Item", "Title", "Count 0 (don't know)", "Count 1", "Count 2", "Count 3", "Count 4",
           "Count 5", "Answers 1-5", "Don't know", "Mean"],
}
COMBINED = {"da": "Øvrige (samlet)", "en": "Others (combined)"}
ALL = {"da": "Alle", "en": "All"}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(text: str) -> str:
    """Text a spreadsheet shows as text, never runs as a formula."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def shown_tallies(store: WorkshopStore, rnd: Round) -> Iterator[tuple[str, TallyStats]]:
    """(group label, statistics) for every figure of the round that may be shown: the shown groups, the
    withheld ones combined (if that meets the threshold), and the whole round."""
    assert rnd.id is not None
    ws = store.workshop()
    lang = ws.language
    tallies = store.group_tallies(rnd.id)
    result: RoundResult = store.round_result(rnd.id)
    if result.withheld or result.stats is None:
        return
    for g in result.groups:
        if g.stats is not None:
            yield g.name, g.stats
    hidden = {g.name for g in result.groups if g.withheld}
    if hidden and len(hidden) < len(result.groups):  # all withheld: the combination is the round itself
        combined = pooled(t for g, t in tallies if g.name in hidden)
        merged = round_result(COMBINED[lang], [(COMBINED[lang], combined)], ws.min_group_size)
        if merged.stats is not None and not merged.withheld:
            yield COMBINED[lang], merged.stats
    yield ALL[lang], result.stats


def tallies_csv(store: WorkshopStore) -> bytes:
    ws = store.workshop()
    lang = ws.language
    content = load_content(lang)
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";" if lang == "da" else ",", lineterminator="\r\n")
    writer.writerow(HEADERS[lang])
    for rnd in store.rounds():
        for group, stats in shown_tallies(store, rnd):
            for s in stats.items:
                writer.writerow([
                    safe_cell(rnd.name), safe_cell(group), str(s.item), safe_cell(content.item(s.item).title),
                    *[str(n) for n in s.counts], str(s.answered), str(s.dont_know),
                    number(s.mean, lang, digits=2, missing=""),
                ])
    return ("\ufeff" + out.getvalue()).encode("utf-8")
