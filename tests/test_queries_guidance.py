"""Queries that guide the analyst, on both backends: a value that names nothing says what was probably meant, the
industry scheme's English labels and notations (and regions' GB/T 2260 codes) are read as names, and
connection_path gives the shortest simple paths, checked against a breadth-first search in networkx.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

import kg
from kg.cli import main
from kg.errors import QueryError
from kg.queries import find_query, portability_problems, resolve_names, run_query, searched_paths
from kg.similar import CUTOFF, closest, grams, similarity
from kg.store import read
from kg.store.base import GraphStore

BACKENDS = ["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)]
PATH_TYPES = {
    "LOCATED_IN",
    "PART_OF",
    "IN_INDUSTRY",
    "BROADER",
    "HOSTED_BY",
    "COOPERATES_WITH",
    "UNDERTAKES",
    "RESPONSIBLE_FOR",
    "APPLIES_TO",
}  # fmt: skip  - the relationships connection_path walks (queries/connection_path.cypher)


@pytest.fixture(params=BACKENDS)
def graph(request: pytest.FixtureRequest) -> Iterator[GraphStore]:
    """The graph of the five plans, in the embedded store and (marked neo4j) in Neo4j."""
    if request.param == "embedded":
        yield request.getfixturevalue("built_store")
    else:
        yield request.getfixturevalue("built_graphs")["neo4j"]


# -- the measure -----------------------------------------------------------------------------------------------


def test_closest_names_by_character_bigrams() -> None:
    known = ["生物医药", "生物", "生物医药化工", "新能源汽车产业", "Biomedicine", "Bio-industry"]
    assert grams("生物医要") == ["医要", "物医", "生物"] and grams("药") == ["药"] and grams(" ") == []
    assert closest("生物医要", known) == ["生物医药", "生物", "生物医药化工"]
    assert closest("biomedcine", known) == ["Biomedicine", "Bio-industry"]  # case-folded
    assert closest("量子计算", known) == []
    assert closest("生物医药", known, limit=1) == ["生物医药化工"]  # the text itself is no hint
    assert similarity("生物医药", "生物医药") == 1.0 and similarity("甲乙", "丙丁") == 0.0


# -- a value that names nothing --------------------------------------------------------------------------------


def test_a_typo_gives_no_rows_and_one_note_naming_the_closest(graph: GraphStore) -> None:
    result = run_query(graph, "firms_on_chain", {"industry": "生物医要"})
    assert result.rows == [] and result.columns == ["industry", "region", "firm", "plans"]
    assert result.notes == [
        "no industry named '生物医要'; closest: 生物医药, 生物, 生物医学工程, 生物医药化工, 生物医药及医疗器械"
    ]
    result = run_query(graph, "connection_path", {"from": "华中科大", "to": "鄂州市"})
    assert result.rows == [] and result.notes == [
        "no entity named '华中科大'; closest: 华中科技大学, 华中科技大学鄂州工研院"
    ]
    result = run_query(graph, "platforms_by_region", {"city": "天门是"})
    assert result.rows == [] and result.notes == [
        "no region named '天门是'; closest: 天门, 天门市, 天门工业园, 天门高新区, 天门高新园"
    ]
    result = run_query(graph, "targets_by_indicator", {"indicator": "zzz"})
    assert result.rows == [] and result.notes == ["no indicator named 'zzz', nor any close to it"]


def test_known_values_and_empty_ones_give_no_note(graph: GraphStore) -> None:
    assert run_query(graph, "firms_on_chain", {"industry": "生物医药"}).notes == []
    assert run_query(graph, "entity_profile", {"name": "益泰药业"}).notes == []  # an alias
    everything = run_query(graph, "platforms_by_region", {"city": ""})  # "" is every city
    assert everything.notes == [] and len({row[0] for row in everything.rows}) >= 3


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_cli_prints_the_note_on_stderr_and_exits_0(backend: str, request: pytest.FixtureRequest) -> None:
    options = ["--db", str(request.getfixturevalue("built_db"))]
    if backend == "neo4j":
        request.getfixturevalue("built_graphs")
        options = ["--backend", "neo4j"]
    result = CliRunner().invoke(
        main, ["query", "chain_profile", "-p", "industry=生物医要", *options, "--format", "json"]
    )
    assert result.exit_code == 0, result.stderr
    assert (
        result.stderr
        == "no industry named '生物医要'; closest: 生物医药, 生物, 生物医学工程, 生物医药化工, 生物医药及医疗器械\n"
    )
    assert json.loads(result.stdout) == []
    result = CliRunner().invoke(main, ["view", "--query", "chain_profile", "-p", "industry=生物医要", *options])
    assert result.exit_code == 1 and result.stderr.count("\n") == 1 and "closest: 生物医药" in result.stderr


# -- English labels, notations, codes --------------------------------------------------------------------------


@pytest.mark.parametrize("query", ["firms_on_chain", "chain_profile"])
def test_the_schemes_english_label_and_notation_are_the_industry(graph: GraphStore, query: str) -> None:
    chinese = run_query(graph, query, {"industry": "生物医药"})
    assert chinese.rows and any("湖北益泰药业股份有限公司" in json.dumps(r, ensure_ascii=False) for r in chinese.rows)
    for other in ("Biomedicine", "biomedicine", "4.1"):
        result = run_query(graph, query, {"industry": other})
        assert (result.rows, result.notes) == (chinese.rows, []), other


def test_a_region_by_its_code_or_alias_is_the_region(graph: GraphStore) -> None:
    by_name = run_query(graph, "platforms_by_region", {"city": "鄂州市"}).rows
    assert by_name and {row[0] for row in by_name} == {"鄂州市"}
    assert run_query(graph, "platforms_by_region", {"city": "420700"}).rows == by_name
    assert run_query(graph, "platforms_by_region", {"city": "鄂州"}).rows == by_name
    assert run_query(graph, "connection_path", {"from": "华中科技大学", "to": "420700"}).rows == [
        [1, ["华中科技大学", "鄂州市"], ["COOPERATES_WITH"]]
    ]


def test_a_parameter_naming_an_unknown_class_is_an_error(built_store: GraphStore, tmp_path: Path) -> None:
    script = tmp_path / "odd.cypher"
    script.write_text("// param: x string Firm -- a firm (example: a)\nMATCH (n) WHERE n.name = $x RETURN n.id AS id\n")
    assert find_query(str(script)).params[0].names == "Firm"
    with pytest.raises(QueryError, match="names 'Firm', which the ontology does not define"):
        run_query(built_store, str(script), {"x": "a"})


# -- connection_path --------------------------------------------------------------------------------------------


def _walk_graph(store: GraphStore) -> tuple[nx.MultiGraph, dict[str, str]]:
    """The relationships connection_path may walk, undirected, and each node's name."""
    whole = kg.networkx_graph(store)
    walk = nx.MultiGraph()
    walk.add_nodes_from(whole.nodes)
    walk.add_edges_from((a, b, t) for a, b, t in whole.edges(keys=True) if t in PATH_TYPES)
    return walk, {n: whole.nodes[n].get("name") or n for n in whole.nodes}


PAIRS = [
    ("华中科技大学", "鄂州市"),
    ("湖北益泰药业股份有限公司", "鄂州市"),
    ("华中科技大学", "生物医药"),
    ("京山轻机", "天门市"),
    ("天门纺织机械有限公司", "湖北合强机械发展股份有限公司"),
]


@pytest.mark.parametrize(("source", "target"), PAIRS)
def test_connection_path_gives_the_shortest_simple_paths(graph: GraphStore, source: str, target: str) -> None:
    rows = run_query(graph, "connection_path", {"from": source, "to": target}).rows
    walk, names = _walk_graph(graph)
    (a,) = [n for n in names if names[n] == source]
    (b,) = [n for n in names if names[n] == target]
    distance = nx.shortest_path_length(walk, a, b)
    shortest = {tuple(names[n] for n in path) for path in nx.all_shortest_paths(walk, a, b)}
    assert rows and len(rows) <= 5
    for hops, path, types in rows:
        assert hops == distance == len(types) == len(path) - 1
        assert len(set(path)) == len(path), f"{path} passes through a node twice"
        assert tuple(path) in shortest and set(types) <= PATH_TYPES
    if len(rows) < 5:  # every shortest path is there (as node sequences; parallel relationships aside)
        assert {tuple(path) for _, path, _ in rows} == shortest
    assert rows == sorted(rows)


def test_connection_path_examples(graph: GraphStore) -> None:
    assert run_query(graph, "connection_path", {"from": "华中科技大学", "to": "鄂州市"}).rows == [
        [1, ["华中科技大学", "鄂州市"], ["COOPERATES_WITH"]]
    ]
    rows = run_query(graph, "connection_path", {"from": "湖北益泰药业股份有限公司", "to": "鄂州市"}).rows
    assert rows == [
        [
            3,
            ["湖北益泰药业股份有限公司", "天门市", "华中科技大学", "鄂州市"],
            ["LOCATED_IN", "COOPERATES_WITH", "COOPERATES_WITH"],
        ],
        [3, ["湖北益泰药业股份有限公司", "天门市", "湖北省", "鄂州市"], ["LOCATED_IN", "PART_OF", "PART_OF"]],
        [  # the institute's name holds the industry its plan names (industry.in-name)
            3,
            ["湖北益泰药业股份有限公司", "生物产业", "湖北省鄂州生命科学产业技术研究院", "鄂州市"],
            ["IN_INDUSTRY", "IN_INDUSTRY", "LOCATED_IN"],
        ],
    ]
    assert run_query(graph, "connection_path", {"from": "鄂州市", "to": "鄂州"}).rows == []  # one node, no path


@pytest.mark.parametrize(
    ("source", "target"), [*PAIRS, ("鄂州市", "鄂州"), ("华中科技大学", "420700"), ("华中科技大学", "Biomedicine")]
)
def test_the_search_answers_as_the_cypher_of_connection_path(graph: GraphStore, source: str, target: str) -> None:
    """kg answers connection_path by a breadth-first search in the store; its Cypher is what it must answer."""
    query = find_query("connection_path")
    values, _ = resolve_names(graph, query, query.bind({"from": source, "to": target}))
    searched = searched_paths(graph, query, values)
    assert searched is not None and searched.columns == graph.read(query.body, values).columns
    assert searched.rows == graph.read(query.body, values).rows


def test_the_search_follows_the_querys_text(graph: GraphStore, tmp_path: Path) -> None:
    """A copy of connection_path with another limit or other relationships is searched with those; any other
    query runs as its Cypher."""
    body = find_query("connection_path").text
    script = tmp_path / "paths.cypher"
    script.write_text(body.replace("LIMIT 5", "LIMIT 1"), encoding="utf-8")
    params = {"from": "湖北益泰药业股份有限公司", "to": "鄂州市"}
    assert run_query(graph, str(script), params).rows == run_query(graph, "connection_path", params).rows[:1]
    script.write_text(body.replace("|PART_OF|", "|"), encoding="utf-8")
    rows = run_query(graph, str(script), params).rows
    assert rows and all("PART_OF" not in types for _, _, types in rows)
    assert searched_paths(graph, find_query("entity_profile"), {"name": "天门市"}) is None


def test_the_ends_are_found_by_name_and_alias(graph: GraphStore) -> None:
    assert read.ids_by_name(graph, "鄂州") == read.ids_by_name(graph, "鄂州市") == ["region:420700"]
    assert read.ids_by_name(graph, "没有这个名字") == []


@pytest.mark.parametrize("text", ["生物医要", "华中科大", "天门是", "biomedcine", "药"])
def test_the_store_sends_only_names_that_can_reach_the_cutoff(graph: GraphStore, text: str) -> None:
    scored = read.names_sharing(graph, None, grams(text), CUTOFF)
    every = read.names_sharing(graph, None, grams(text))
    assert set(scored) <= set(every) and closest(text, scored) == closest(text, every)


def test_all_shortest_paths_must_follow_a_with(tmp_path: Path) -> None:
    script = tmp_path / "sp.cypher"
    script.write_text("MATCH (a {name: $x}), (b {name: $y}) MATCH p = allShortestPaths((a)-[*1..3]-(b)) RETURN p")
    assert [p.split(" in a MATCH")[0] for p in portability_problems(find_query(str(script)))] == ["allShortestPaths"]
    script.write_text(
        "MATCH (a {name: $x}) MATCH (b {name: $y}) WITH a, b MATCH p = allShortestPaths((a)-[*1..3]-(b)) RETURN p"
    )
    assert portability_problems(find_query(str(script))) == []


# -- lists in rows ---------------------------------------------------------------------------------------------


def test_lists_of_names_come_out_sorted(graph: GraphStore) -> None:
    checked = 0
    for name, params, columns in [
        ("firms_on_chains_across_cities", {"min_cities": "2"}, ["firms"]),
        ("platforms_by_region", {}, ["names"]),
        ("chain_gaps", {}, ["candidate_cities"]),
        ("chain_profile", {"industry": "生物产业"}, ["firms", "platforms", "projects", "targets"]),
        ("entity_profile", {"name": "天门市"}, ["regions", "industries", "related"]),
        ("university_links", {}, ["cooperating_cities", "cooperating_organisations", "hosted_platforms", "plans"]),
        ("firms_on_chain", {"industry": "生物医药"}, ["plans"]),
        ("shared_priority_industries", {}, ["shared"]),
    ]:
        for row in run_query(graph, name, params).records():
            for column in columns:
                assert row[column] == sorted(row[column]), (name, column)
                checked += len(row[column]) > 1
    assert checked > 25  # enough lists of two or more to mean something
