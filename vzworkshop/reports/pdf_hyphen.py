"""Where a word wider than its column is divided, with a hyphen at the break.

reportlab's Paragraph splits such a word between any two characters without a hyphen ("organi" / "sationsstrukture"
/ "n"), which reads as two words. The reports' text (`pdf_text`, `pdf_rich`) divides it instead as Danish
typesetting does, by the rules of Retskrivningsreglerne on word division, applied without a dictionary:

- after a hyphen already in the word (no hyphen added);
- at a likely compound joint: a consonant cluster between two vowels with a linking "s" followed by the start of
  a new word ("organisations-strukturen", "arbejds-miljø", "handlings-plan");
  or a linking "s" after a typical first part ("ledelses-opbakning");
- between syllables: of the consonants between two vowels only the last goes to the next line ("struk-tu-ren"),
  or the last two when they begin a syllable together ("til-freds");
- at least two letters on each side of a break.

A break that fits the line is taken at the last such point (at the word's own hyphen if that fills at least half
the line); when none fits (or the nearest one would leave most of
an empty line blank) the word is divided after the last character that fits, still with a hyphen between letters.
Only words wider than their column are divided: everything else breaks exactly as Paragraph breaks it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import accumulate, pairwise

HYPHEN = "-"
VOWELS = frozenset("aeiouyæøåéèêëáàâäíìîïóòôöúùûüý")
# consonant clusters that can start a Danish (or English) word: what may follow a compound's linking "s"
ONSETS = frozenset({
    *"bcdfghjklmnpqrstvwxz",
    "bl", "br", "dr", "dv", "fj", "fl", "fn", "fr", "gl", "gn", "gr", "hj", "hv", "kl", "kn", "kr", "kv", "pj",
    "pl", "pr", "sj", "sk", "sl", "sm", "sn", "sp", "st", "sv", "th", "tj", "tr", "tv", "vr", "ch", "sc", "sh",
    "skr", "spl", "spr", "str", "skj",
})
# consonant pairs that begin a syllable together (an obstruent and r, l, j or v)
LIQUID_ONSETS = frozenset({"bl", "br", "dr", "dv", "fj", "fl", "fr", "gl", "gr", "hj", "hv", "kl", "kr", "kv",
                           "pj", "pl", "pr", "sv", "tj", "tr", "tv"})
# endings of a compound's first part that take a linking "s" ("ledelse-s", "måling-s", "organisation-s")
FIRST_PARTS = ("else", "ing", "ion", "hed", "skab", "dom", "tet", "sel", "ning")
GOOD_FILL = 0.5  # an empty line is divided at a syllable only when that fills this much of it


def _letter(char: str) -> bool:
    return char.isalpha()


@lru_cache(maxsize=4096)
def break_points(word: str) -> tuple[tuple[int, bool], ...]:
    """Where `word` may be divided: (p, hyphen added) with the head word[:p], ascending."""
    points: list[tuple[int, bool]] = []
    lower = word.lower()
    n = len(word)
    i = 0
    while i < n:
        if word[i] == HYPHEN and 0 < i < n - 1:
            points.append((i + 1, False))
        if not _letter(word[i]):
            i += 1
            continue
        start = i
        while i < n and _letter(word[i]):
            i += 1
        points += _syllables(lower[start:i], start)
    return tuple(sorted(set(points)))


def _syllables(stretch: str, offset: int) -> list[tuple[int, bool]]:
    """The breaks inside a stretch of letters (positions in the whole word)."""
    vowels = [k for k, char in enumerate(stretch) if char in VOWELS]
    out: list[tuple[int, bool]] = []
    for a, b in pairwise(vowels):
        cluster = stretch[a + 1:b]
        if not cluster:
            continue  # two vowels side by side: not divided
        at = b - 1  # the last consonant goes to the next line ...
        if len(cluster) >= 2 and cluster[-2:] in LIQUID_ONSETS:
            at = b - 2  # ... or the two that begin a syllable together ("til-freds", "re-præ-sen-tant")
        for k, char in enumerate(cluster[:-1]):  # a linking "s" inside a longer cluster
            if char == "s" and cluster[k + 1:] in ONSETS and (k > 0 or stretch[:a + 1].endswith(FIRST_PARTS)):
                at = a + 1 + k + 1
                break
        if cluster.endswith("s") and stretch[:b - 1].endswith(FIRST_PARTS):
            at = b  # a linking "s" before a vowel ("ledelses-opbakning", "tilfredsheds-undersøgelse")
        if at >= 2 and len(stretch) - at >= 2:
            out.append((offset + at, True))
    return out


def divide(word: str, widths: Sequence[float], room: float, max_width: float, hyphen: Callable[[int], float],
           line_has_words: bool) -> list[tuple[int, bool]]:
    """The breaks of a `word` wider than `max_width`, as (end of a piece, hyphen added): the first piece fills
    the `room` left on the current line (an empty first piece: the word starts the next line), each later one a
    line of `max_width`; what follows the last break fits a line. `widths` are the characters' widths,
    `hyphen(p)` the width of a hyphen after word[:p]."""
    cum = [0.0, *accumulate(widths)]
    n = len(word)
    points = break_points(word)
    breaks: list[tuple[int, bool]] = []
    start = 0
    avail = room
    fresh = not line_has_words
    while cum[n] - cum[start] > avail + 1e-9:
        best: tuple[int, bool] | None = None
        own: tuple[int, bool] | None = None  # after a hyphen of the word's own: preferred when it fills the line
        for p, hy in points:
            if p > start and cum[p] - cum[start] + (hyphen(p) if hy else 0.0) <= avail:
                best = (p, hy)
                if not hy and cum[p] - cum[start] >= GOOD_FILL * avail:
                    own = best
        best = own or best
        if best is not None and (not fresh or cum[best[0]] - cum[start] >= GOOD_FILL * avail):
            breaks.append(best)
            start = best[0]
        elif not fresh:
            breaks.append((start, False))  # nowhere to divide it on this line: it starts the next
        else:
            end, added = start + 1, False
            for p in range(start + 1, n):
                hy = _letter(word[p - 1]) and _letter(word[p])
                if cum[p] - cum[start] > avail:
                    break
                if cum[p] - cum[start] + (hyphen(p) if hy else 0.0) <= avail:
                    end, added = p, hy
            breaks.append((end, added))
            start = end
        avail = max_width
        fresh = True
    return breaks
