"""Property-based tests (hypothesis) of the pieces every fact passes through, and a fuzz run of the extractor.

The normaliser, the number/unit/comparator parser and the fact validator see text nobody has written yet;
these tests let hypothesis write it. The extractor must never raise, whatever the text: it is run on random
text and on mutations (cuts, inserted controls and emoji, doubled and dropped characters) of plan-like text.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import cn2an
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import FactError
from kg.facts import fact_from_json
from kg.ontology import load_ontology
from kg.validate import Validator
from loaders import extract_document, resolve
from loaders.corpus import Document
from loaders.normalize import clean_name, fold, name_key
from loaders.numbers import find_quantities, parse_number
from tests.robustness.helpers import PLAN, generated

ONTOLOGY = load_ontology()
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _document(text: str) -> Document:
    return Document(path=Path("fuzz.txt"), text=text, encoding="utf-8")


# --- the text normaliser --------------------------------------------------------------------------------


@given(st.text())
def test_fold_keeps_length_and_leaves_no_controls(text: str) -> None:
    generated()
    folded = fold(text)
    assert len(folded) == len(text)  # evidence offsets computed on folded text point into the original
    assert fold(folded) == folded
    assert not any(unicodedata.category(c) == "Cc" and c not in "\t\n\r" for c in folded)


@given(st.text())
def test_name_key_is_idempotent_and_space_free(name: str) -> None:
    generated()
    key = name_key(name)
    assert name_key(key) == key
    assert not any(c.isspace() for c in key)


@given(st.text())
def test_clean_name_keeps_the_name_key(name: str) -> None:
    generated()
    # Two spellings of one name must meet: cleaning a name never changes which entity it resolves to.
    assert name_key(clean_name(name)) == name_key(name)


# --- numbers, units, comparators ------------------------------------------------------------------------


@given(st.integers(min_value=0, max_value=10**12))
def test_arabic_integers_with_and_without_separators(n: int) -> None:
    generated()
    assert parse_number(str(n)) == n
    assert parse_number(f"{n:,}") == n


@given(st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False, allow_infinity=False))
def test_decimals_stay_whole(value) -> None:
    generated()
    assert parse_number(str(value)) == pytest.approx(float(value))


@given(st.integers(min_value=1, max_value=99_999_999))
def test_chinese_numerals(n: int) -> None:
    generated()
    assert parse_number(cn2an.an2cn(n)) == n


@given(st.text())
def test_parse_number_never_raises(text: str) -> None:
    generated()
    value = parse_number(text)
    assert value is None or isinstance(value, float)


@given(
    st.integers(min_value=1, max_value=10**6),
    st.sampled_from(["家", "个", "项", "%", "亿元", "人"]),
    st.sampled_from(
        [("达到", "", "="), ("", "以上", ">="), ("超过", "", ">="), ("不低于", "", ">="), ("", "以内", "<=")]
    ),
)
def test_a_figure_in_prose_is_found_with_unit_and_comparator(n: int, unit: str, frame: tuple[str, str, str]) -> None:
    generated()
    # The ontology's comparators are >=, =, <= and range: 超过 ("more than") reads as at least.
    before, after, comparator = frame
    text = f"到2025年，全市{before}{n}{unit}{after}。"
    found = [q for q in find_quantities(text) if q.value == n]
    assert found, find_quantities(text)
    quantity = found[0]
    assert unit.endswith(quantity.unit) or quantity.unit.endswith(unit[-1])
    assert quantity.comparator == comparator
    assert str(n) in text[quantity.start : quantity.end]


@given(st.text())
def test_find_quantities_never_raises_and_spans_are_inside(text: str) -> None:
    generated()
    for quantity in find_quantities(text):
        assert 0 <= quantity.start < quantity.end <= len(text)


# --- the fact validator ---------------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)
entity_like = st.fixed_dictionaries(
    {
        "type": st.sampled_from([*ONTOLOGY.node_labels, *ONTOLOGY.relationship_types, "Nope", ""]),
        "id": st.sampled_from(["enterprise:某某公司", "plan:x", "region:420000", "", "nope"]) | st.text(max_size=10),
    },
    optional={
        "name": st.text(max_size=10) | json_values,
        "aliases": json_values,
        "level": json_values,
        "kind": json_values,
        "value": json_values,
        "year": json_values,
        "from": st.text(max_size=10) | json_values,
        "to": st.text(max_size=10),
        "evidence": json_values
        | st.lists(st.fixed_dictionaries({"document": st.text(max_size=5), "start": json_values, "end": json_values})),
    },
)


@given(st.one_of(json_values, entity_like))
def test_the_fact_reader_and_validator_accept_or_explain(obj) -> None:
    """Any JSON value is either a valid fact or a FactError naming where; nothing else escapes."""
    generated()
    validator = Validator(ONTOLOGY)
    try:
        fact = fact_from_json(json.loads(json.dumps(obj)), "line 1")
        if hasattr(fact, "source"):
            validator.check_relation(fact, "line 1")
        else:
            validator.check_entity(fact, "line 1")
    except FactError as exc:
        assert str(exc).startswith("line 1") or "line 1" in str(exc)


# --- the extractor, fuzzed ------------------------------------------------------------------------------


@FUZZ
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_the_extractor_never_raises_on_random_text(text: str) -> None:
    generated()
    resolve([extract_document(_document(text))])


mutation = st.tuples(
    st.sampled_from(["cut", "insert", "drop", "double", "replace"]),
    st.integers(min_value=0, max_value=len(PLAN)),
    st.sampled_from(["\x00", "\x1b", "\u200b", "😀", "（", "）", "\n", "、", "1", "%", "家", "〔", " " * 3, "\t"]),
)


def _mutate(text: str, steps: list[tuple[str, int, str]]) -> str:
    for op, at, piece in steps:
        at = min(at, len(text))
        if op == "cut":
            text = text[:at]
        elif op == "insert":
            text = text[:at] + piece + text[at:]
        elif op == "drop":
            text = text[:at] + text[at + 1 :]
        elif op == "double":
            text = text[:at] + text[at : at + 5] * 2 + text[at + 5 :]
        else:
            text = text[:at] + piece + text[at + 1 :]
    return text


@FUZZ
@given(st.lists(mutation, min_size=1, max_size=12))
def test_the_extractor_never_raises_on_mutated_plan_text(steps: list[tuple[str, int, str]]) -> None:
    generated()
    facts = resolve([extract_document(_document(_mutate(PLAN, steps)))])
    assert facts  # at least the plan itself


def test_the_unmutated_plan_text_yields_what_the_rules_promise() -> None:
    """The fuzz seed is itself a plan the extractor understands, so mutations start from real findings."""
    facts = resolve([extract_document(_document(PLAN))])
    names = {getattr(f, "name", None) for f in facts}
    assert "湖北某某药业股份有限公司" in names
    assert any(getattr(f, "type", "") == "Target" for f in facts)


CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_the_extractor_never_raises_on_mutated_real_plans(data: st.DataObject) -> None:
    """Windows of the sample plans (their real layout: front matter, tables, columns), mutated."""
    plans = sorted(CORPUS.glob("*.txt"))
    if not plans:
        pytest.skip(f"sample corpus not found at {CORPUS} (CI provides ../shared/corpus)")
    generated()
    text = data.draw(st.sampled_from(plans)).read_text(encoding="utf-8")
    start = data.draw(st.integers(min_value=0, max_value=max(0, len(text) - 4000)))
    window = text[start : start + 4000]
    steps = data.draw(st.lists(mutation, min_size=1, max_size=20))
    resolve([extract_document(_document(_mutate(window, steps)))])
