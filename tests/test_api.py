"""The Python API: what kg exports, the README's example run for real, tables and graphs for notebooks."""

from __future__ import annotations

import inspect
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import kg
from kg.errors import KgError, QueryError
from kg.queries import Param, find_query
from kg.store.base import QueryResult
from kg.store.falkordb import EmbeddedServer, FalkorStore

ROOT = Path(__file__).resolve().parent.parent


def test_every_exported_name_exists_and_says_what_it_is_for() -> None:
    for name in kg.__all__:
        value = getattr(kg, name)
        assert inspect.getdoc(value), f"kg.{name} has no docstring"
        if inspect.isfunction(value):
            hints = inspect.get_annotations(value)
            assert "return" in hints, f"kg.{name} has no return type"


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'nonsense'"):
        _ = kg.nonsense  # type: ignore[attr-defined]


def _readme_example() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("\n## Python API\n", 1)[1].split("\n## ", 1)[0]
    (code,) = re.findall(r"```python\n(.*?)```", section, flags=re.S)
    return code


@pytest.fixture
def example_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    db = tmp_path / "db"
    monkeypatch.setenv("KG_DB", str(db))
    monkeypatch.chdir(tmp_path)
    yield db
    EmbeddedServer(db).stop()


def test_the_readme_example_runs(example_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("pandas")
    exec(compile(_readme_example(), "README.md (Python API)", "exec"), {"__name__": "readme"})
    out = capsys.readouterr().out
    with FalkorStore(kg.load_ontology(), example_db) as store:  # the graph the example built, counted anew
        nodes = store.counts().nodes
    assert nodes > 1000 and f"{nodes} nodes" in out
    assert re.search(r"\n\d+ nodes, \d+ relationships\n", out)
    assert "doubtful facts; the weakest:" in out
    assert (example_db.parent / "graph.ttl").stat().st_size > 100_000
    assert "neighbourhood of 天门市" in out
    assert (example_db.parent / "graph.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_to_dataframe_keeps_columns_and_rows() -> None:
    pandas = pytest.importorskip("pandas")
    frame = QueryResult(["city", "firms"], [["天门市", 3], ["荆门市", 5]]).to_dataframe()
    assert isinstance(frame, pandas.DataFrame)
    assert list(frame.columns) == ["city", "firms"]
    assert frame.to_dict("records") == [{"city": "天门市", "firms": 3}, {"city": "荆门市", "firms": 5}]


def test_to_dataframe_without_pandas_says_how_to_get_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # makes `import pandas` raise ImportError
    with pytest.raises(KgError, match=r"pandas is not installed \(pip install 'kg\[pandas\]'"):
        QueryResult(["a"], [[1]]).to_dataframe()


@pytest.mark.parametrize(
    ("kind", "value", "expected"),
    [("int", 2020, 2020), ("float", 3, 3.0), ("float", 2.5, 2.5), ("bool", False, False), ("string", "天门", "天门")],
)
def test_param_takes_python_values_of_its_type(kind: str, value: object, expected: object) -> None:
    converted = Param("x", kind).convert(value)
    assert converted == expected and type(converted) is type(expected)


@pytest.mark.parametrize(
    ("kind", "value"), [("int", [2020]), ("int", True), ("int", 20.5), ("string", 5), ("bool", 1), ("float", None)]
)
def test_param_rejects_other_values_with_a_query_error(kind: str, value: object) -> None:
    with pytest.raises(QueryError, match=f"parameter 'x' must be {kind}, got"):
        Param("x", kind).convert(value)


def test_a_script_without_a_header_passes_python_values_through(tmp_path: Path) -> None:
    script = tmp_path / "mine.cypher"
    script.write_text("MATCH (n) WHERE n.id IN $ids RETURN n.id AS id\n", encoding="utf-8")
    assert find_query(str(script)).bind({"ids": ["a", "b"], "year": "2020"}) == {"ids": ["a", "b"], "year": 2020}


def test_run_query_takes_typed_values(built_store: FalkorStore) -> None:
    typed = kg.run_query(built_store, "target_vs_achieved", {"city": "天门市", "year": 2020})
    text = kg.run_query(built_store, "target_vs_achieved", {"city": "天门市", "year": "2020"})
    assert typed.rows == text.rows and len(typed.rows) == 33  # 国内产值超10亿元, a threshold, is no target


def test_networkx_graph_is_the_graph_without_evidence_links(built_store: FalkorStore) -> None:
    counts = built_store.counts()
    graph = kg.networkx_graph(built_store)
    assert graph.number_of_nodes() == counts.nodes
    evidence = built_store.ontology.evidence_relation
    assert graph.number_of_edges() == counts.relationships - counts.types[evidence]
    assert graph.nodes["region:429006"]["label"] == "Region" and graph.nodes["region:429006"]["name"] == "天门市"
    assert {key for _, _, key in graph.out_edges("enterprise:湖北益泰药业股份有限公司", keys=True)} >= {"LOCATED_IN"}


def test_networkx_graph_of_a_query_is_what_the_answer_names(built_store: FalkorStore) -> None:
    answer = kg.run_query(built_store, "firms_on_chain", {"industry": "生物医药"})
    graph = kg.networkx_graph(built_store, "firms_on_chain", {"industry": "生物医药"})
    firms = {row[answer.columns.index("firm")] for row in answer.rows}
    assert firms <= {data["name"] for _, data in graph.nodes(data=True)}
    assert all(u in graph and v in graph for u, v in graph.edges())


def test_analyze_returns_a_table_like_a_query(built_store: FalkorStore) -> None:
    result = kg.analyze(built_store, "cooccurrence", min_cities=2)
    assert result.columns == ["industry_a", "industry_b", "cities", "city_names"]
    assert result.written is None and all(row[2] >= 2 for row in result.rows)
    with pytest.raises(QueryError, match="unknown analysis 'leader'"):
        kg.analyze(built_store, "leader")
