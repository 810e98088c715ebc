"""Is this an ordinary word? jieba's dictionary (shipped in its wheel) answers offline.

Short firm names (天德环保, 格润科技) look like ordinary phrases (远程医疗, 加速科技) to a pattern: what tells
them apart is that the brand is not a common word. jieba's ``dict.txt`` lists about 350,000 words with corpus
frequencies and part-of-speech tags; a frequent word tagged as a common noun, verb or adjective is not a
brand. Proper-noun tags (nr, ns, nt, nz) are names, so 天门, 华为 and 京东方 stay usable. Only the file is
read (about 0.4 s, once per process); jieba's segmenter is not used.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

_NAME_TAGS = frozenset({"nr", "nrt", "nrfg", "ns", "nt", "nz"})
COMMON_FREQ = 30


@cache
def _words() -> dict[str, tuple[int, str]]:
    table: dict[str, tuple[int, str]] = {}
    path = resources.files("jieba") / "dict.txt"
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) >= 3:
                table[parts[0]] = (int(parts[1]), parts[2])
    return table


def is_common_word(word: str, min_freq: int = COMMON_FREQ) -> bool:
    """True for a frequent dictionary word that is not a proper noun."""
    entry = _words().get(word)
    return entry is not None and entry[0] >= min_freq and entry[1] not in _NAME_TAGS


def word_tag(word: str, min_freq: int = COMMON_FREQ) -> str | None:
    """The part-of-speech tag of a frequent dictionary word, else None."""
    entry = _words().get(word)
    return entry[1] if entry is not None and entry[0] >= min_freq else None


def is_ordinary_phrase(text: str) -> bool:
    """True when ``text`` is a common word, or two common words (加快构建, 远程医疗)."""
    if is_common_word(text):
        return True
    return any(is_common_word(text[:cut]) and is_common_word(text[cut:]) for cut in range(2, len(text) - 1))


def is_word_chain(text: str, min_freq: int = 3) -> bool:
    """True when ``text`` splits wholly into dictionary words of two or more characters, none a proper noun
    (可降解|卫生|材料, 运动|生物力学): a field of work spelt out. A brand leaves single characters (稀|磁, 钢|研|磁|材)
    or holds a proper noun (岷江), which is what makes it a name."""
    words = _words()
    n = len(text)
    reach = [False] * (n + 1)
    reach[0] = True
    for i in range(n):
        if not reach[i]:
            continue
        for j in range(i + 2, min(n, i + 8) + 1):
            entry = words.get(text[i:j])
            if entry is not None and entry[0] >= min_freq and entry[1] not in _NAME_TAGS:
                reach[j] = True
    return n >= 2 and reach[n]
