"""Compile a word list into one regex that Python's ``re`` runs fast: a character trie as nested groups.

A plain alternation of thousands of names makes ``re`` try each alternative at every position; a trie
shares prefixes, so each position costs a few character tests. Longest names win because longer branches
are tried first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator


def _build(words: Iterable[str]) -> dict[str, dict]:
    root: dict[str, dict] = {}
    for word in words:
        if not word:
            continue
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return root


def _pattern(node: dict[str, dict]) -> str:
    branches = []
    optional = False
    for char in sorted(node, key=lambda c: (c == "", c)):
        if char == "":
            optional = True
            continue
        branches.append(re.escape(char) + _pattern(node[char]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if optional:
        # The word may end here, but a longer word sharing the prefix is preferred (greedy ?).
        return f"(?:{body})?"
    return body


def trie_regex(words: Iterable[str]) -> str:
    """A regex source matching any of ``words``, preferring the longest at each position."""
    unique = sorted({w for w in words if w})
    if not unique:
        return r"(?!x)x"
    return _pattern(_build(unique))


def alternation_regex(words: Iterable[str]) -> str:
    """What :func:`trie_regex` matches (the longest word at each position), as a flat alternation, longest
    words first: ``re`` compiles it in about half the time, and for a list of tens of words (a region's towns,
    compiled for each plan) it runs as fast. For thousands of words the trie is the faster to run."""
    unique = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    if not unique:
        return r"(?!x)x"
    return "|".join(map(re.escape, unique))


class WordFinder:
    """``finditer`` over a big word list, several times faster than the trie regex alone.

    ``re`` tries the branches of an alternation one by one, so at every position whose character starts some
    word (in Chinese text, most of them) a trie of three thousand place names costs hundreds of tests; that
    was a quarter of extraction time. Here a set lookup of the two characters at a position decides whether
    any word can start there, and only then does the regex run, anchored. The matches are exactly those of
    ``pattern.finditer``: same scan order, same longest-first choice, same skip past each match.
    """

    def __init__(self, words: Iterable[str]) -> None:
        words = [w for w in words if w]
        self.words = frozenset(words)
        self.pattern = re.compile(trie_regex(words))
        self._pairs = frozenset(w[:2] for w in words if len(w) >= 2)
        self._singles = frozenset(w for w in words if len(w) == 1)
        # Where a pair may stand: its first character one of the pairs' first, the next one of their second.
        # ``re`` finds the next such position in C; a third of a plan's positions pass the first test alone.
        firsts = "".join(sorted({p[0] for p in self._pairs}))
        seconds = "".join(sorted({p[1] for p in self._pairs}))
        self._next_pair = re.compile(f"[{_char_class(firsts)}][{_char_class(seconds)}]") if self._pairs else None
        # Every match holds its word's last character. When the words end in few characters (division names end
        # in 市, 区, 县 …) a text holding none of them has no match: nine sentences in ten skip the scan.
        self._any_end = last_characters(words) if 0 < len({w[-1] for w in words}) <= _FEW_ENDS else None

    def __contains__(self, text: object) -> bool:
        """Whether ``text`` is one of the words: what ``pattern.fullmatch(text)`` says, as a set lookup."""
        return text in self.words

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """``pattern.match(text, pos)``, with no regex run where no word starts with the two characters there."""
        if text[pos : pos + 2] in self._pairs or (self._singles and text[pos : pos + 1] in self._singles):
            return self.pattern.match(text, pos)
        return None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if self._any_end is not None and self._any_end.search(text) is None:
            return
        match, pairs, singles = self.pattern.match, self._pairs, self._singles
        # With one-character words any position may start one; otherwise ``re`` jumps to the next likely pair.
        search = self._next_pair.search if self._next_pair is not None and not singles else None
        end = len(text)
        i = 0
        while i < end:
            if search is not None:
                candidate = search(text, i)
                if candidate is None:
                    return
                i = candidate.start()
            if text[i : i + 2] in pairs or (singles and text[i] in singles):
                found = match(text, i)
                if found is not None and found.end() > i:
                    yield found
                    i = found.end()
                    continue
            i += 1


def last_characters(words: Iterable[str]) -> re.Pattern[str]:
    """A pattern finding any last character of ``words``: a text it finds nothing in holds none of the words, so
    a scan for them can be skipped (a suffix pattern's words end in a handful of characters)."""
    return re.compile(f"[{_char_class(''.join(sorted({w[-1] for w in words if w})))}]")


# Up to this many distinct last characters, :meth:`WordFinder.finditer` first asks whether the text holds one.
_FEW_ENDS = 16


def _char_class(chars: str) -> str:
    """``chars`` escaped for use inside ``[...]``."""
    return "".join("\\" + c if c in "\\]^-[" else c for c in chars)
