"""kg view without a browser: what is selected, what the page carries, reduction, determinism, bad input.

The browser tests (test_view_browser.py) check what a person sees; these check the data behind it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.facts import Entity, Evidence
from kg.store.base import GraphStore
from kg.store.cypher import load_facts
from kg.store.falkordb import FalkorStore
from kg.view import Selection, make_view, write_view
from kg.view.render import read_page_data


def drawn(view) -> list[dict]:
    """The nodes the page draws at first: marked shown, of a type switched on."""
    return [n for n in view.data["nodes"] if n["shown"] and n["kgType"] in view.data["types"]]


def names(view, label: str | None = None) -> set[str]:
    """Names of the real nodes drawn at first (group nodes aside)."""
    return {n["kg"]["name"] for n in drawn(view) if "members" not in n and (label is None or n["kgType"] == label)}


def carried(view, label: str | None = None) -> set[str]:
    return {n["kg"]["name"] for n in view.data["nodes"] if "members" not in n and label in (None, n["kgType"])}


def test_the_default_view_draws_the_innovation_map_and_carries_the_rest(built_store: FalkorStore, ontology) -> None:
    counts = built_store.counts()
    view = make_view(built_store, limit=0)
    on = set(ontology.group("innovationMap"))
    assert set(view.data["types"]) == on and not view.notice
    assert {n["kgType"] for n in drawn(view)} == on  # no target, project, plan, agency, indicator drawn
    for label in on:  # every node of the map is drawn, or counted in a group node drawn in its place
        grouped = sum(len(n["members"]) for n in drawn(view) if "members" in n and n["kgType"] == label)
        assert len(names(view, label)) + grouped == counts.labels[label], label
    assert {c["name"] for c in view.data["classes"] if not c["on"]} >= {"Target", "Plan", "Project"}
    assert len(carried(view, "Target")) > 100  # one switch away
    assert view.drawn == len(drawn(view)) < len(view.data["nodes"])
    assert {"天门市", "荆门市", "生物医药", "湖北益泰药业股份有限公司"} <= names(view)


def test_industries_are_joined_to_their_places(built_store: FalkorStore) -> None:
    view = make_view(built_store, Selection(region="荆门市"))
    ids = {n["id"] for n in drawn(view)}
    industries = {n["id"] for n in drawn(view) if n["kgType"] == "Industry"}
    assert industries
    joined = {e["from"] for e in view.data["edges"] if e.get("via") and e["from"] in industries and e["to"] in ids}
    assert joined == industries  # none floats: each reaches a place through its firms or the plan
    via = next(e for e in view.data["edges"] if e.get("via"))
    assert via["dashes"] and "via" in via["typeLabel"]


def test_nodes_are_styled_from_the_ontology_and_carry_their_evidence(built_store: FalkorStore, ontology) -> None:
    view = make_view(built_store, Selection(focus="湖北益泰药业股份有限公司"))
    node = next(n for n in view.data["nodes"] if n["kg"]["name"] == "湖北益泰药业股份有限公司")
    enterprise = ontology.node_class("Enterprise")
    assert node["shape"] == enterprise.shape and node["color"]["background"] == enterprise.color
    card = node["kg"]
    assert card["type"] == "企业 Enterprise" and "益泰药业" in card["aliases"]
    assert card["mentions"] >= 2 and card["evidence"]
    plan, section, words = card["evidence"][0]
    assert view.data["plans"][plan].startswith("天门市") and section and "益泰" in words
    assert "region:429006" in card["regions"] and "region:420000" in card["regions"]  # 天门市 and 湖北省 above it
    assert "industry:biomedicine" in card["industries"]


def test_plans_are_labelled_by_place_and_period(built_store: FalkorStore) -> None:
    view = make_view(built_store, Selection(labels=("Plan",)))
    labels = {n["label"] for n in view.data["nodes"]}
    assert {"天门市 2016–2020", "天门市 2021–2025", "荆门市 2025–2027"} <= labels


def test_focus_draws_the_neighbourhood(built_store: FalkorStore) -> None:
    view = make_view(built_store, Selection(focus="亿纬动力", depth=1))
    assert names(view) == {"亿纬动力", "龙泉实验室", "亿纬动力研究院", "荆门市"}  # its lab and its own institute
    wider = make_view(built_store, Selection(focus="亿纬动力", depth=2))
    assert {n["id"] for n in drawn(view)} < {n["id"] for n in wider.data["nodes"] if n["shown"]}  # + 荆门市's agencies
    # 荆门市 is a hub: its other platforms are one group node, not walked through
    group = next(n for n in drawn(wider) if n.get("anchor") == "region:420800" and n["kgType"] == "Platform")
    assert "漳河实验室" in _names_of(wider, group["members"])


def test_region_industry_and_type_restrict_the_view(built_store: FalkorStore) -> None:
    jingmen = make_view(built_store, Selection(region="荆门市"))
    assert {"亿纬动力", "荆门市", "钟祥市", "荆门高新区"} <= names(jingmen)  # with its counties and parks
    assert "湖北益泰药业股份有限公司" not in names(jingmen)  # a 天门 firm
    assert names(jingmen, "Industry")  # the chains its firms and plan point to come along
    chain = make_view(built_store, Selection(industry="生物医药", labels=("Enterprise", "Region")))
    assert {n["kgType"] for n in chain.data["nodes"]} == {"Enterprise", "Region"}
    assert {"湖北益泰药业股份有限公司", "天门市"} <= names(chain)
    both = make_view(built_store, Selection(region="天门市", industry="生物医药", labels=("Enterprise",)))
    assert "湖北益泰药业股份有限公司" in names(both) and names(both) <= names(chain, "Enterprise")


def test_a_query_draws_the_entities_it_returns(built_store: FalkorStore) -> None:
    view = make_view(built_store, Selection(query="firms_on_chain", query_params={"industry": "生物医药"}))
    assert {"湖北益泰药业股份有限公司", "天门市", "生物医药"} <= names(view)
    assert names(view, "Target") == set()  # only what the answer names
    assert set(view.data["types"]) >= {"Enterprise", "Region", "Industry"}
    kinds = {e["type"] for e in view.data["edges"]}
    assert {"IN_INDUSTRY", "LOCATED_IN"} <= kinds


def test_above_the_limit_the_graph_is_reduced_and_says_so(built_store: FalkorStore) -> None:
    view = make_view(built_store, Selection(region="天门市"), limit=60)
    assert len(names(view)) <= 60 and "60" in view.notice and view.data["notice"] == view.notice  # + hub groups
    groups = [n for n in drawn(view) if "members" in n]
    assert groups and names(view)
    every = make_view(built_store, Selection(region="天门市"), limit=0)
    # every node the unreduced view draws is drawn, or a member of a group drawn in its place
    assert covered(every) == covered(view) and len(names(every)) > len(names(view))
    assert "天门市" in names(view, "Region")  # the hub survives


def covered(view) -> set[str]:
    """Names drawn at first or standing in a group node drawn at first."""
    return names(view) | {m for g in drawn(view) if "members" in g for m in _names_of(view, g["members"])}


def _names_of(view, ids: list[str]) -> set[str]:
    by_id = {n["id"]: n["kg"]["name"] for n in view.data["nodes"]}
    return {by_id[i] for i in ids}


def test_focus_through_a_hub_stays_readable(built_store: FalkorStore) -> None:
    view = make_view(built_store, Selection(focus="湖北益泰药业股份有限公司", depth=2))
    assert view.drawn < 60  # not the 516 nodes of walking through 天门市
    hub = next(n for n in drawn(view) if n["kg"]["name"] == "天门市")
    groups = [n for n in drawn(view) if n.get("anchor") == hub["id"]]
    firms = next(g for g in groups if g["kgType"] == "Enterprise")
    assert len(firms["members"]) > 20 and firms["label"].startswith(f"{len(firms['members'])} × 企业 · 天门市")
    assert all(not n["shown"] for n in view.data["nodes"] if n["id"] in firms["members"])


def test_the_chain_view_draws_the_chain_its_sub_chains_and_per_city_what_is_on_it(built_store: FalkorStore) -> None:
    view = make_view(built_store, Selection(chain="生物医药"))
    assert {"生物医药", "现代中药", "化学原料药"} <= names(view, "Industry")  # its sub-chains
    assert "湖北益泰药业股份有限公司" in names(view, "Enterprise") and names(view, "Target")
    assert "天门市" in names(view, "Region")
    by_id = {n["id"]: n for n in view.data["nodes"]}
    city = {e["from"]: by_id[e["to"]]["kg"]["name"] for e in view.data["edges"] if e["type"] == "LOCATED_IN"}
    firm = next(n for n in drawn(view) if n["kg"]["name"] == "湖北益泰药业股份有限公司")
    assert city[firm["id"]] == "天门市"
    assert "新材料产业" not in names(view, "Industry") and "亿纬动力" not in names(view)


def test_the_page_is_deterministic_and_self_contained(built_store: FalkorStore, tmp_path: Path) -> None:
    first, second = make_view(built_store), make_view(built_store)
    assert first.html == second.html
    assert not re.search(r"""<(?:script|link|img|iframe)[^>]+(?:src|href)\s*=""", first.html)
    assert "cdn.jsdelivr" not in first.html and "cdnjs" not in first.html
    out = tmp_path / "graph.html"
    write_view(first, out)
    assert read_page_data(out.read_text(encoding="utf-8")) == first.data
    assert oct(out.stat().st_mode & 0o777) != "0o600"  # not left private by the atomic write


def test_stored_centrality_sets_node_size(store: FalkorStore) -> None:
    from kg import analytics
    from kg.pipeline import build

    build(store)
    before = {n["id"]: n["size"] for n in make_view(store, limit=0).data["nodes"]}
    graph = analytics.read_graph(store)
    analytics.write_measures(store, graph, analytics.measures(graph))
    after = {n["id"]: n["size"] for n in make_view(store, limit=0).data["nodes"]}
    targets = [node_id for node_id in after if node_id.startswith("target:")]
    assert all(after[t] == 10 for t in targets)  # kg analyze leaves targets out: smallest
    assert before != after
    leader = max(after, key=after.get)
    assert after[leader] == 40 and not leader.startswith(("target:", "plan:"))


def test_names_are_data_not_markup(store: FalkorStore) -> None:
    evil = "益泰</script><script>alert(1)</script>&<b>"
    plan = Entity("Plan", "plan:x", "X市规划")
    firm = Entity("Enterprise", "enterprise:evil", evil, evidence=[Evidence("plan:x", 0, 5, "一、", evil)])
    load_facts(store, [plan, firm])
    view = make_view(store)
    assert "<script>alert(1)" not in view.html and "</script><script>" not in view.html
    assert evil in names(view)


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def test_cli_writes_the_view_and_reports_what_it_drew(built_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "v.html"
    code, output = run("view", "--db", str(built_db), "-o", str(out), "--region", "荆门市", "--type", "Enterprise")
    assert code == 0, output
    data = read_page_data(out.read_text(encoding="utf-8"))
    assert f"wrote {out}: {len(data['nodes'])} nodes" in output and "region 荆门市" in output
    assert {n["kgType"] for n in data["nodes"]} == {"Enterprise"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--focus", "不存在的公司"], "no entity named '不存在的公司'"),
        (["--region", "火星市"], "no region named '火星市'"),
        (["--industry", "天门市"], "no industry named '天门市'"),
        (["--type", "Planet"], "unknown entity type 'Planet'"),
        (["-o", "/nonexistent/dir/v.html"], "folder /nonexistent/dir does not exist"),
        (["--query", "no_such_query"], "no_such_query"),
    ],
)
def test_bad_requests_are_one_line_errors(built_db: Path, args: list[str], message: str) -> None:
    code, output = run("view", "--db", str(built_db), *args)
    assert code == 1 and message in output and output.count("\n") == 1, output


def test_an_existing_page_survives_a_failed_view(built_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "v.html"
    out.write_text("old page", encoding="utf-8")
    code, _ = run("view", "--db", str(built_db), "-o", str(out), "--focus", "不存在的公司")
    assert code == 1 and out.read_text(encoding="utf-8") == "old page"
    assert [p.name for p in tmp_path.iterdir()] == ["v.html"]  # no temporary file left behind


def test_params_without_a_query_are_a_usage_error(built_db: Path) -> None:
    code, output = run("view", "--db", str(built_db), "-p", "industry=生物医药")
    assert code == 2 and "-p/--param goes with --query" in output


def test_same_page_from_both_backends(built_graphs: dict[str, GraphStore]) -> None:
    pytest.importorskip("neo4j")
    embedded = make_view(built_graphs["embedded"], Selection(region="天门市"))
    neo4j = make_view(built_graphs["neo4j"], Selection(region="天门市"))
    assert embedded.data == neo4j.data and embedded.html == neo4j.html
