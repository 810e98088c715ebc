"""Every canned query on the graph of the five plans, asserting rows the plans really contain.

Each firm, city and figure asserted here can be found in the plan text: 天门's 十四五 plan lists 湖北益泰药业股份
有限公司 among its biomedicine projects and reports 44 high-tech firms in 2020 against the 十三五 plan's goal of
60; 鄂州's plan has 华中科技大学 as a partner and 湖北合强机械发展股份有限公司 building a provincial centre.
"""

from __future__ import annotations

from typing import Any

from kg.analytics import chain_leaders, community_table, industry_cooccurrence, measures, read_graph, write_measures
from kg.queries import run_query
from kg.store.falkordb import FalkorStore


def records(store: FalkorStore, query_name: str, **params: Any) -> list[dict[str, Any]]:
    return run_query(store, query_name, {k: str(v) for k, v in params.items()}).records()


def test_firms_on_chains_across_cities(built_store: FalkorStore) -> None:
    rows = records(built_store, "firms_on_chains_across_cities", min_cities=3)
    equipment = {r["city"]: r["firms"] for r in rows if r["chain"] == "专用装备"}
    assert "湖北天门泵业有限公司" in equipment["天门市"] and "京山轻机" in equipment["荆门市"]
    # 天门纺织机械 is on the chains its sections name (纺织服装), not on 专用装备 for the 机械 in its name
    assert "天门纺织机械有限公司" not in equipment["天门市"]
    assert "湖北合强机械发展股份有限公司" in equipment["鄂州市"]
    assert all(r["cities"] >= 3 for r in rows)
    every = records(built_store, "firms_on_chains_across_cities", min_cities=1)
    textiles = {r["city"]: r["firms"] for r in every if r["chain"] == "纺织服装"}
    assert "天门纺织机械有限公司" in textiles["天门市"]
    # the short form is an alias of the full name, not a second firm
    assert not any("天门纺机" in r["firms"] for r in every)


def test_shared_priority_industries(built_store: FalkorStore) -> None:
    rows = records(built_store, "shared_priority_industries", min_shared=1)
    pair = next(r for r in rows if (r["city_a"], r["city_b"]) == ("天门市", "鄂州市"))
    assert "新材料产业" in pair["shared"] and pair["shared_count"] == len(pair["shared"])
    assert all(0 < r["jaccard"] <= 1 for r in rows)
    assert [r["jaccard"] for r in rows] == sorted((r["jaccard"] for r in rows), reverse=True)


def test_chain_profile(built_store: FalkorStore) -> None:
    rows = {r["city"]: r for r in records(built_store, "chain_profile", industry="生物产业")}
    assert "湖北益泰药业股份有限公司" in rows["天门市"]["firms"]  # on 生物医药, a chain of 生物产业
    assert "湖北益泰药业股份有限公司原料药生产基地项目" in rows["天门市"]["projects"]


def test_chain_gaps(built_store: FalkorStore) -> None:
    rows = {r["industry"]: r for r in records(built_store, "chain_gaps", city="荆门市")}
    assert rows["生物医药"]["lacks"] == "firms and platforms"
    assert rows["生物医药"]["candidate_cities"] == ["天门市"]  # 天门 has biomedicine firms and platforms


def test_platforms_by_region(built_store: FalkorStore) -> None:
    rows = records(built_store, "platforms_by_region", city="鄂州市")
    institutes = next(r for r in rows if r["kind"] == "产业技术研究院" and r["level"] == "provincial")
    assert "湖北省中药产业技术研究院" in institutes["names"] and institutes["platforms"] == len(institutes["names"])


def test_targets_by_indicator(built_store: FalkorStore) -> None:
    rows = records(built_store, "targets_by_indicator", indicator="高新技术企业")
    tianmen = {(r["status"], r["year"], r["value"], r["comparator"]) for r in rows if r["city"] == "天门市"}
    assert ("baseline", 2020, 44, "=") in tianmen and ("target", 2025, 110, ">=") in tianmen
    assert ("target", 2020, 60, ">=") in tianmen  # the 十三五 plan's goal


def test_target_vs_achieved(built_store: FalkorStore) -> None:
    rows = records(built_store, "target_vs_achieved", city="天门市", year=2020)
    firms = next(r for r in rows if r["indicator"] == "高新技术企业")
    assert (firms["target"], firms["reported"], firms["verdict"], firms["kind"]) == (60, 44, "missed", "total")
    assert firms["target_plan"] == "天门市“十三五”科技发展规划" and firms["reported_by"] == "天门市科技创新“十四五”规划"
    assert {r["verdict"] for r in rows} <= {"met", "missed", "not reported", "not comparable"}
    # Like with like: 10 名 talents against 1500 人 is not a miss but not comparable, and says why.
    talent = next(r for r in rows if r["reported_unit"] == "人" and r["unit"] == "名")
    assert (talent["verdict"], talent["why"]) == ("not comparable", "units differ: 名 vs 人")
    share = next(r for r in rows if r["unit"] == "%" and r["reported"] is not None)
    assert (share["kind"], share["verdict"]) == ("share", "met")
    compared = [r for r in rows if r["reported"] is not None]
    assert len(compared) >= 4 and all(r["why"] == "" for r in compared if r["verdict"] in ("met", "missed"))


def test_entity_profile(built_store: FalkorStore) -> None:
    (row,) = records(built_store, "entity_profile", name="益泰药业")
    assert (row["type"], row["name"], row["regions"]) == ("Enterprise", "湖北益泰药业股份有限公司", ["天门市"])
    assert "生物医药" in row["industries"]
    assert "UNDERTAKES: 湖北益泰药业股份有限公司原料药生产基地项目" in row["related"]
    plans = {m["plan"] for m in row["mentions"]}
    assert plans == {"天门市科技创新“十四五”规划", "天门市“十三五”科技发展规划"}
    assert all(len(m["sections"]) == len(m["texts"]) >= 1 for m in row["mentions"])


def test_university_links(built_store: FalkorStore) -> None:
    (row,) = records(built_store, "university_links", university="华中科技大学")
    assert "鄂州市" in row["cooperating_cities"]
    assert "鄂州市科技创新“十四五”规划" in row["plans"]


def test_agency_responsibilities(built_store: FalkorStore) -> None:
    (row,) = records(built_store, "agency_responsibilities", agency="市科技局")
    assert (row["agency"], row["plan"]) == ("荆门市科技局", "荆门市建设国家创新型城市打造区域科技创新高地三年行动方案")
    assert "龙泉实验室" in row["platforms"] and "春晓行动" in row["programmes"]  # a campaign, not a project
    assert "二、实施创新平台提能行动 > 4.建设高能级平台" in row["actions"]


def test_connection_path(built_store: FalkorStore) -> None:
    rows = records(built_store, "connection_path", **{"from": "华中科技大学", "to": "鄂州市"})
    assert rows[0] == {"hops": 1, "names": ["华中科技大学", "鄂州市"], "relationships": ["COOPERATES_WITH"]}
    assert [r["hops"] for r in rows] == sorted(r["hops"] for r in rows)


def test_plan_summary(built_store: FalkorStore) -> None:
    rows = {r["plan"]: r for r in records(built_store, "plan_summary")}
    assert len(rows) == 5
    ezhou = rows["鄂州市科技创新“十四五”规划"]
    assert (ezhou["region"], ezhou["period_start"], ezhou["period_end"]) == ("鄂州市", 2021, 2025)
    assert ezhou["platforms"] >= 15 and ezhou["targets"] >= 80


def test_firms_on_chain(built_store: FalkorStore) -> None:
    rows = records(built_store, "firms_on_chain", industry="生物医药")
    assert ("湖北益泰药业股份有限公司", "天门市") in {(r["firm"], r["region"]) for r in rows}


def test_analytics_rank_chain_leaders_find_communities_and_cooccurrence(built_store: FalkorStore) -> None:
    graph = read_graph(built_store)
    assert not any(data["label"] in ("Plan", "Target") for _, data in graph.nodes(data=True))
    found = measures(graph)
    assert set(found.degree) == set(graph) and min(found.betweenness.values()) >= 0
    leaders = chain_leaders(built_store, graph, found, top=3)
    equipment = [row for row in leaders if row[0] == "专用装备"]
    assert [row[1] for row in equipment] == [1, 2, 3]
    assert [row[5] for row in equipment] == sorted((row[5] for row in equipment), reverse=True)
    communities = community_table(graph, found)
    assert sum(row[1] for row in communities) == graph.number_of_nodes()
    cooccurrence = industry_cooccurrence(built_store, min_cities=4)
    assert {"生物医药", "现代农业"} in [set(row[:2]) for row in cooccurrence]
    assert all(row[2] == len(row[3]) >= 4 for row in cooccurrence)


def test_analytics_write_properties_the_view_reads(store: FalkorStore) -> None:
    from kg.pipeline import build

    build(store)
    graph = read_graph(store)
    found = measures(graph)
    assert write_measures(store, graph, found) == graph.number_of_nodes()
    rows = store.read("MATCH (e:Enterprise {name: '湖北益泰药业股份有限公司'}) RETURN e.degree, e.community").rows
    assert rows[0][0] > 0 and isinstance(rows[0][1], int)


def test_incentives_by_city(built_store: FalkorStore) -> None:
    rows = records(built_store, "incentives_by_city", city="天门市")
    offered = {(r["rewards"], r["kind"], r["amount"], r["unit"]) for r in rows}
    # The 十三五 plan's rewards come out as what the city offers, not as targets.
    assert ("经认定的高新技术企业", "fixed", 5, "万元") in offered
    assert ("全市科技型企业成功开展技术转移和技术合作", "ratio", 3, "%") in offered
    assert all(r["city"] == "天门市" for r in rows)
    labs = records(built_store, "incentives_by_city", rewards="技术创新平台")
    assert labs and all("技术创新平台" in r["rewards"] for r in labs)


def test_chain_answers_hold_local_firms_once_each(built_store: FalkorStore) -> None:
    rows = records(built_store, "firms_on_chains_across_cities", min_cities=1)
    pairs = {(r["city"], f) for r in rows for f in r["firms"]}
    names = {f for _, f in pairs}
    # Firms the plans only court, national groups and foreign funds are not placed in the plan's city.
    assert not {"京东方", "华星光电", "长江存储", "中粮集团", "美国美中投资基金有限公司"} & names
    # One firm, one name: short forms are aliases of the full name, not a second firm beside it.
    for short, full in (
        ("天门纺机", "天门纺织机械有限公司"),
        ("星星轮毂", "湖北星星铝轮毂有限公司"),
        ("红旗电缆", "湖北安耀红旗电缆有限公司"),
    ):
        assert full in names and short not in names
    assert not {"含硅新材料", "灌封新材料", "联网通信", "接深创投"} & names  # product words and verbs


def test_targets_by_indicator_tells_kinds_scopes_and_levels_apart(built_store: FalkorStore) -> None:
    rows = records(built_store, "targets_by_indicator", indicator="高新技术企业")
    tianmen_2025 = {(r["kind"], r["chain"], r["value"]) for r in rows if r["city"] == "天门市" and r["year"] == 2025}
    assert ("total", "", 110) in tianmen_2025  # the city-wide goal
    assert any(chain and value == 20 for _, chain, value in tianmen_2025)  # a chain's sub-target, marked so
    assert any(r["kind"] == "increment" for r in rows)  # 新增 is not a total
    assert not any(r["wording"].startswith("省级") for r in rows)  # a provincial count is another indicator
