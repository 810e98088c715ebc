"""The catalogue documents itself, stays in the common Cypher subset, and takes values only as parameters."""

from __future__ import annotations

import re

import pytest

from kg.errors import QueryError
from kg.queries import catalogue, catalogue_markdown, find_query, portability_problems
from kg.resources import resource_dir


def test_readme_is_generated_from_the_headers() -> None:
    readme = (resource_dir("queries") / "README.md").read_text(encoding="utf-8")
    assert readme == catalogue_markdown(), "regenerate with: kg query --list --markdown > queries/README.md"


@pytest.mark.parametrize("name", sorted(catalogue()))
def test_each_query_documents_itself(name: str) -> None:
    query = catalogue()[name]
    assert " | " in query.title and re.search(r"[\u4e00-\u9fff]", query.title), "title: Chinese | English"
    assert query.question.endswith("?") or query.question.endswith("."), "question: one sentence"
    assert query.returns, "returns: the columns"
    for param in query.params:
        assert param.doc and param.example, f"{param.name} needs a description and an example"


@pytest.mark.parametrize("name", sorted(catalogue()))
def test_each_query_stays_in_the_common_subset(name: str) -> None:
    assert portability_problems(catalogue()[name]) == []


@pytest.mark.parametrize("name", sorted(catalogue()))
def test_values_are_parameters_not_literals_in_the_text(name: str) -> None:
    query = catalogue()[name]
    for param in query.params:
        assert f"${param.name}" in query.body, f"{param.name} is declared but not used as ${param.name}"
    assert not re.search(r"'[^']*[\u4e00-\u9fff][^']*'", query.body), "a Chinese literal belongs in a parameter"


def test_the_rules_catch_what_they_describe(tmp_path) -> None:
    script = tmp_path / "bad.cypher"
    script.write_text("MATCH p = shortestPath((a)-[*]-(b)) WHERE a.name =~ 'x.*' RETURN p", encoding="utf-8")
    problems = portability_problems(find_query(str(script)))
    assert [p.split(":")[0] for p in problems] == [
        "shortestPath()",
        "regular expressions (=~)",
        "unbounded variable-length paths [*]",
    ]


def test_parameter_types_are_checked(tmp_path) -> None:
    query = catalogue()["firms_on_chain"]
    with pytest.raises(QueryError, match="needs parameter 'industry'"):
        query.bind({})
    script = tmp_path / "typed.cypher"
    script.write_text(
        "// param: limit int = 5 -- how many (example: 3)\nMATCH (n) RETURN n LIMIT $limit\n", encoding="utf-8"
    )
    typed = find_query(str(script))
    assert typed.bind({"limit": "7"}) == {"limit": 7} and typed.bind({}) == {"limit": 5}
    with pytest.raises(QueryError, match=r"parameter 'limit' must be int, got 'seven' \(example: -p limit=3\)"):
        typed.bind({"limit": "seven"})
