"""Which known names are closest to a name that matched nothing: a measure that works for Chinese and English.

Words in Chinese names are not separated, and a typo changes one character of four (生物医要 for 生物医药), so
the measure compares character bigrams (Dice's coefficient over the sets), case-folded so Biomedcine finds
Biomedicine; a name of one character is its own gram. Ties go to the name whose characters line up best
(difflib's ratio), then to the shorter, then in code-point order, so the same candidates always come out in
the same order. The store is asked only for names that share a gram with the text (:func:`grams`), which is
what makes the question cheap on a large graph; names sharing none score 0 here anyway.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

CUTOFF = 0.3  # below this, a name shares too little with the text to be worth suggesting


def grams(text: str) -> list[str]:
    """The case-folded character bigrams of ``text`` (the text itself when it has one character), sorted."""
    folded = text.casefold().strip()
    if len(folded) < 2:
        return [folded] if folded else []
    return sorted({folded[i : i + 2] for i in range(len(folded) - 1)})


def similarity(text: str, other: str) -> float:
    """Dice's coefficient of the two texts' bigram sets, 0 (nothing shared) to 1 (the same grams)."""
    a, b = set(grams(text)), set(grams(other))
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def closest(text: str, candidates: Iterable[str], limit: int = 5, cutoff: float = CUTOFF) -> list[str]:
    """Up to ``limit`` distinct candidates closest to ``text``, best first, none scoring under ``cutoff``."""
    folded = text.casefold()
    scored = []
    for candidate in set(candidates):
        if not candidate or candidate == text:
            continue
        score = similarity(text, candidate)
        if score >= cutoff:
            ratio = difflib.SequenceMatcher(None, folded, candidate.casefold()).ratio()
            scored.append((-score, -ratio, len(candidate), candidate))
    return [candidate for *_, candidate in sorted(scored)[:limit]]
