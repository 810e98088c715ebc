"""Reproducible synthetic fact sets shaped like the real graph, for load and query benchmarks at any size.

Usage: python bench/synth.py --nodes 100000 [--seed 7] -o synthetic.jsonl

The mix follows the extracted corpus: plans (each governing one of 50 cities and prioritising a dozen
industries), regions (from the GB/T 2260 table; the non-governed ones lie in the governed cities),
industries (the scheme), indicators, then enterprises, platforms, universities, projects, targets and
agencies. Every entity has one evidence item (so one MENTIONED_IN) and typed relations (LOCATED_IN,
IN_INDUSTRY, HOSTED_BY, SETS_TARGET, MEASURES, APPLIES_TO, …) bring relationships to about three per node,
with no duplicates. Facts stream in the order the writer wants (plans, other entities, relations), so a
million-node set never sits in memory.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.facts import Entity, Evidence, Fact, Relation  # noqa: E402
from kg.ontology import load_ontology  # noqa: E402

SURNAMES = "华天益泰瑞丰青云鑫盛宏达恒信安远博通中兴长江楚汉荆楚鄂东新晨光明润德金诚嘉禾福临永昌凯旋"
SUFFIXES = ("科技有限公司", "药业股份有限公司", "新材料有限公司", "电子有限公司", "集团有限公司", "智能装备有限公司")
PLATFORM_KINDS = ("工程技术研究中心", "重点实验室", "企业技术中心", "院士工作站", "产业技术研究院", "科技企业孵化器")
MIX = (("Enterprise", 0.5), ("Platform", 0.15), ("University", 0.05), ("Project", 0.1), ("Target", 0.17),
       ("Agency", 0.03))  # fmt: skip
GOVERNED = 50


def _name(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(SURNAMES) for _ in range(3)) + str(n)


def _entity(rng: random.Random, etype: str, n: int, plan_city: str) -> tuple[str, dict]:
    """Name and properties of the n-th synthetic entity of a type."""
    if etype == "Enterprise":
        return _name(rng, n) + rng.choice(SUFFIXES), {}
    if etype == "Platform":
        kind = rng.choice(PLATFORM_KINDS)
        return _name(rng, n) + kind, {"kind": kind, "level": rng.choice(("national", "provincial", "municipal"))}
    if etype == "University":
        return (_name(rng, n) + "大学") if n % 1000 else "华中科技大学" + ("" if n == 1000 else str(n)), {
            "kind": "university"
        }
    if etype == "Project":
        return _name(rng, n) + "产业化项目", {"kind": "project"}
    if etype == "Target":
        value = rng.randint(1, 500)
        year = rng.choice((2015, 2020, 2025))
        status = "baseline" if year < 2025 and rng.random() < 0.6 else "target"
        props = {
            "indicator": f"合成指标{n}",
            "value": value,
            "unit": "家",
            "year": year,
            "comparator": ">=" if status == "target" else "=",
            "status": status,
            "region": plan_city,
        }
        return f"合成指标{n} {value}家 ({year})", props
    return f"合成市{_name(rng, n)}局", {}


def synthetic_facts(nodes: int, seed: int = 7) -> Iterator[Fact]:
    """About ``nodes`` entities and three times as many relationships, deterministic for a seed."""
    from loaders.gazetteer import regions

    rng = random.Random(seed)
    onto = load_ontology()
    table = regions()
    region_ids = [f"region:{code}" for code in sorted(table.by_code)[:300]]
    industry_ids = sorted(onto.industries)
    indicator_ids = sorted(onto.indicators)
    plans = [f"plan:synthetic{i}" for i in range(max(1, nodes // 2000))]
    plan_city = {pid: region_ids[i % GOVERNED] for i, pid in enumerate(plans)}

    def ev(plan: str, i: int) -> list[Evidence]:
        return [Evidence(plan, i % 50000, i % 50000 + 8, "一、任务", "合成证据")]

    for i, pid in enumerate(plans):
        start = 2016 if i % 2 else 2021
        yield Entity(
            "Plan", pid, f"合成规划{i}", [], {"title": f"合成规划{i}", "period_start": start, "period_end": start + 4}
        )
    for rid in region_ids:
        yield Entity("Region", rid, table.by_code[rid[7:]].name, [], {"level": "county", "code": rid[7:]})
    for cid in industry_ids:
        yield Entity("Industry", cid, onto.industries[cid].name, [], {"kind": onto.industries[cid].kind})
    for cid in indicator_ids:
        yield Entity("Indicator", cid, onto.indicators[cid].name)
    rest = max(0, nodes - len(plans) - len(region_ids) - len(industry_ids) - len(indicator_ids))
    ids: dict[str, list[tuple[str, str]]] = {t: [] for t, _ in MIX}
    n = 0
    for etype, share in MIX:
        for _ in range(int(rest * share)):
            n += 1
            plan = plans[n % len(plans)]
            name, props = _entity(rng, etype, n, plan_city[plan])
            eid = onto.make_id(etype, name)
            ids[etype].append((eid, plan))
            yield Entity(etype, eid, name, [], props, ev(plan, n))
    for pid in plans:
        yield Relation("APPLIES_TO", pid, plan_city[pid], ev(pid, 0))
        for cid in rng.sample(industry_ids, 12):
            yield Relation("PRIORITISES", pid, cid, ev(pid, 1))
    for i, rid in enumerate(region_ids[GOVERNED:]):
        yield Relation("PART_OF", rid, region_ids[i % GOVERNED], [])
    firms = [eid for eid, _ in ids["Enterprise"]]
    projects = [eid for eid, _ in ids["Project"]]
    n = 0
    for etype, members in ids.items():
        for eid, plan in members:
            n += 1
            if etype in ("Enterprise", "Platform", "University", "Project", "Agency"):
                yield Relation("LOCATED_IN", eid, rng.choice(region_ids[GOVERNED:]), ev(plan, n))
            if etype in ("Enterprise", "Platform", "Project"):
                yield Relation("IN_INDUSTRY", eid, rng.choice(industry_ids), ev(plan, n))
            if etype == "Platform" and firms:
                yield Relation("HOSTED_BY", eid, rng.choice(firms), ev(plan, n))
            if etype == "University":
                yield Relation("COOPERATES_WITH", plan_city[plan], eid, ev(plan, n))
                if firms:
                    yield Relation("COOPERATES_WITH", eid, rng.choice(firms), ev(plan, n))
            if etype == "Project" and firms:
                yield Relation("UNDERTAKES", rng.choice(firms), eid, ev(plan, n))
            if etype == "Target":
                yield Relation("SETS_TARGET", plan, eid, ev(plan, n))
                yield Relation("MEASURES", eid, rng.choice(indicator_ids), ev(plan, n))
                yield Relation("APPLIES_TO", eid, plan_city[plan], ev(plan, n))
            if etype == "Agency" and len(projects) >= 2:
                for project in rng.sample(projects, 2):  # two different projects: no duplicate edges
                    yield Relation("RESPONSIBLE_FOR", eid, project, ev(plan, n))


def main() -> int:
    from kg.facts import write_jsonl

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args()
    count = write_jsonl(synthetic_facts(args.nodes, args.seed), args.output)
    print(f"wrote {count} facts to {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
