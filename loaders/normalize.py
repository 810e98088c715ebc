"""Text normalisation that keeps offsets, and name keys that make variants of one name compare equal.

Plans mix full-width and half-width forms (（）/(), ％/%, １/1, ，/,). :func:`fold` maps each character to one
character, so the folded text has the same length as the original and every offset found in it is an
offset in the document. :func:`name_key` goes further (drops spaces, quotes and bracket kinds) and is only
used to decide whether two names are the same thing, never for offsets.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_TABLE = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}  # full-width ASCII block -> ASCII
_TABLE.update(
    {
        0x3000: 0x20,
        0x00A0: 0x20,
        0x2002: 0x20,
        0x2003: 0x20,
        0x2009: 0x20,
        0x200B: 0x20,
        0xFEFF: 0x20,
        0x3010: ord("["),
        0x3011: ord("]"),
        0x3014: ord("["),
        0x3015: ord("]"),
        0x2014: 0x2014,
        0xFF0E: ord("."),
        0x2215: ord("/"),
        0x2027: ord("."),
        0x2018: ord("'"),
        0x2019: ord("'"),
    }
)
# Characters that are not text: controls (tab and newlines kept) become spaces, so they never join names.
_TABLE.update({c: 0x20 for c in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0))})


# The characters fold changes, and a class matching any of them. ``str.translate`` with a dict looks every
# character of a plan up (about 150 ns each, a plan's text folded in 1.5 ms); most are Han characters it
# leaves alone, so the pattern finds the few it changes in C and only those are looked up.
_FOLDED = {chr(source): chr(target) for source, target in _TABLE.items() if source != target}
_FOLDABLE = re.compile("[" + "".join(map(re.escape, _FOLDED)) + "]")


def fold(text: str) -> str:
    """Same-length normalisation: full-width ASCII to ASCII, odd spaces and controls to spaces."""
    return _FOLDABLE.sub(lambda match: _FOLDED[match.group()], text)


_QUOTES = re.compile(r"[\"'“”‘’「」『』《》〈〉<>]")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1 << 16)  # asked again and again of the same names by resolution (ids, aliases, parks)
def name_key(name: str) -> str:
    """A comparison key: NFKC, folded; no spaces, quotes, brackets or middle dots.

    So 光谷(天门)科技城 and 光谷·天门科技城 compare equal.
    """
    text = unicodedata.normalize("NFKC", fold(name))
    text = _QUOTES.sub("", text)
    text = _SPACES.sub("", text)
    # Dropping a space or bracket can bring a base letter and a combining mark together (A ¯ -> A + U+0304):
    # normalise again so the key is the same however the name was spelt.
    return unicodedata.normalize("NFKC", re.sub(r"[()\[\]·•]", "", text))


def clean_name(name: str) -> str:
    """The display form of an extracted name: folded, spaces and quotes dropped, brackets full-width."""
    text = unicodedata.normalize("NFKC", fold(name))
    text = _SPACES.sub("", _QUOTES.sub("", text))
    return text.replace("[", "（").replace("]", "）").replace("(", "（").replace(")", "）")


_HAN_DIGITS = "〇零一二三四五六七八九十百"


def is_cjk(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff" or char in "〇"


def han_count(text: str) -> int:
    return sum(1 for c in text if is_cjk(c))
