"""Compile a word list into one regex that Python's ``re`` runs fast: a character trie as nested groups.

A plain alternation of thousands of names makes ``re`` try each alternative at every position; a trie
shares prefixes, so each position costs a few character tests. Longest names win because longer branches
are tried first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


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
