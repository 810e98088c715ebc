"""The indexes added for speed answer exactly as the scans they replace (issue 18: same facts, byte for byte).

Each is checked against the plain scan on many random inputs drawn from a small alphabet, so that overlaps,
shared prefixes and repeats are common.
"""

from __future__ import annotations

import random
import re

from kg.facts import Evidence
from loaders.resolve import MAX_EVIDENCE_PER_DOCUMENT, Resolver, _abbreviated, _Abbreviations, _EvidenceIndex
from loaders.trie import WordFinder

ALPHABET = "天门市泵业科技有限公司江湖北-]^\\"


def _words(rng: random.Random, count: int, longest: int) -> list[str]:
    return ["".join(rng.choices(ALPHABET, k=rng.randint(2, longest))) for _ in range(count)]


def test_word_finder_matches_what_the_pattern_finds() -> None:
    rng = random.Random(18)
    for _ in range(200):
        finder = WordFinder(_words(rng, rng.randint(1, 30), 5))
        text = "".join(rng.choices(ALPHABET + "，。 ", k=rng.randint(0, 80)))
        assert [m.span() for m in finder.finditer(text)] == [m.span() for m in finder.pattern.finditer(text)]


def test_word_finder_with_one_character_words_still_finds_them() -> None:
    finder = WordFinder(["市", "天门市"])
    assert [m.group() for m in finder.finditer("天门市和市区")] == ["天门市", "市"]


def test_abbreviation_index_names_the_owner_the_scan_names() -> None:
    rng = random.Random(7)
    for _ in range(50):
        names = _words(rng, rng.randint(1, 60), 9)
        cores = {name: name[: rng.randint(0, len(name))] for name in names}
        index = _Abbreviations(cores)
        for short in _words(rng, 40, 4) + [core[::2] for core in cores.values()] + ["", "天"]:
            assert index.owner(short) == _abbreviated(short, cores)


class _Holder:
    """The resolver's merge over a plain list, with the index the resolver keeps."""

    def __init__(self) -> None:
        self._evidence_index: dict[int, _EvidenceIndex] = {}

    merge = Resolver._merge_evidence


def _scan_merge(items: list[Evidence], evidence: Evidence) -> bool:
    """The merge as it was before the index: a scan of the list."""
    for i, item in enumerate(items):
        if (item.document, item.start, item.end) == (evidence.document, evidence.start, evidence.end):
            if evidence.confidence > item.confidence:
                items[i] = evidence
            return False
    if sum(1 for e in items if e.document == evidence.document) >= MAX_EVIDENCE_PER_DOCUMENT:
        return False
    items.append(evidence)
    return True


def test_evidence_index_merges_as_the_scan_did_even_when_the_list_is_reordered() -> None:
    rng = random.Random(3)
    holder = _Holder()
    for _ in range(30):
        indexed: list[Evidence] = []
        scanned: list[Evidence] = []
        for step in range(300):
            start = rng.randint(0, 12)
            evidence = Evidence(
                rng.choice("abc"), start, start + rng.randint(1, 3), confidence=rng.choice((0.5, 0.7, 0.9))
            )
            assert holder.merge(indexed, evidence) == _scan_merge(scanned, evidence)
            assert indexed == scanned
            if step % 97 == 0:  # the resolver sorts evidence at the end; the index must notice
                indexed.sort(key=lambda e: (e.start, e.document))
                scanned.sort(key=lambda e: (e.start, e.document))


def test_char_class_escapes_what_brackets_treat_specially() -> None:
    from loaders.trie import _char_class

    special = "-]^\\"
    assert re.fullmatch("[" + _char_class(special) + "]+", special)
    assert not re.fullmatch("[" + _char_class(special) + "]+", "a")
