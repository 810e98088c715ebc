"""Reproducible synthetic fact sets shaped like the real graph, for load and query benchmarks at any size.

Usage: python bench/synth.py --nodes 100000 [--seed 7] -o synthetic.jsonl

The mix follows the extracted corpus: plans, regions (from the GB/T 2260 table), industries (the scheme),
indicators, then enterprises, platforms, universities, projects, targets and agencies. Every entity has one
evidence item (so one MENTIONED_IN) and typed relations (LOCATED_IN, IN_INDUSTRY, HOSTED_BY, SETS_TARGET,
MEASURES, APPLIES_TO, …) bring relationships to about three per node. Facts stream in the order the writer
wants (plans, other entities, relations), so a million-node set never sits in memory.
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


def _name(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(SURNAMES) for _ in range(3)) + str(n)


def synthetic_facts(nodes: int, seed: int = 7) -> Iterator[Fact]:
    """About ``nodes`` entities and three times as many relationships, deterministic for a seed."""
    from loaders.gazetteer import regions

    rng = random.Random(seed)
    onto = load_ontology()
    region_ids = [f"region:{code}" for code in sorted(regions().by_code)[:300]]
    industry_ids = sorted(onto.industries)
    indicator_ids = sorted(onto.indicators)
    plans = [f"plan:synthetic{i}" for i in range(max(1, nodes // 2000))]

    def ev(plan: str, i: int) -> list[Evidence]:
        return [Evidence(plan, i % 50000, i % 50000 + 8, "一、任务", "合成证据")]

    for i, pid in enumerate(plans):
        yield Entity(
            "Plan", pid, f"合成规划{i}", [], {"title": f"合成规划{i}", "period_start": 2021, "period_end": 2025}
        )
    for rid in region_ids:
        yield Entity("Region", rid, regions().by_code[rid[7:]].name, [], {"level": "county", "code": rid[7:]})
    for cid in industry_ids:
        concept = onto.industries[cid]
        yield Entity("Industry", cid, concept.name, [], {"kind": concept.kind})
    for cid in indicator_ids:
        yield Entity("Indicator", cid, onto.indicators[cid].name)
    fixed = len(plans) + len(region_ids) + len(industry_ids) + len(indicator_ids)
    rest = max(0, nodes - fixed)
    mix = (
        ("Enterprise", 0.5),
        ("Platform", 0.15),
        ("University", 0.05),
        ("Project", 0.1),
        ("Target", 0.17),
        ("Agency", 0.03),
    )
    counts = {t: int(rest * share) for t, share in mix}
    ids: dict[str, list[str]] = {t: [] for t, _ in mix}
    n = 0
    for etype, count in counts.items():
        for _ in range(count):
            n += 1
            plan = plans[n % len(plans)]
            if etype == "Enterprise":
                name = _name(rng, n) + rng.choice(SUFFIXES)
                props: dict = {}
            elif etype == "Platform":
                name = _name(rng, n) + rng.choice(PLATFORM_KINDS)
                props = {"kind": name[-5:], "level": rng.choice(("national", "provincial", "municipal"))}
            elif etype == "University":
                name = _name(rng, n) + "大学"
                props = {"kind": "university"}
            elif etype == "Project":
                name = _name(rng, n) + "产业化项目"
                props = {"kind": "project"}
            elif etype == "Target":
                value = rng.randint(1, 500)
                name = f"合成指标{n} {value}家 (2025)"
                props = {
                    "indicator": f"合成指标{n}",
                    "value": value,
                    "unit": "家",
                    "year": 2025,
                    "comparator": ">=",
                    "status": "target",
                    "region": rng.choice(region_ids),
                }
            else:
                name = f"合成市{_name(rng, n)}局"
                props = {}
            eid = onto.make_id(etype, name)
            ids[etype].append(eid)
            yield Entity(etype, eid, name, [], props, ev(plan, n))
    n = 0
    for etype, members in ids.items():
        for eid in members:
            n += 1
            plan = plans[n % len(plans)]
            if etype in ("Enterprise", "Platform", "University", "Project", "Agency"):
                yield Relation("LOCATED_IN", eid, rng.choice(region_ids), ev(plan, n))
            if etype in ("Enterprise", "Platform", "Project"):
                yield Relation("IN_INDUSTRY", eid, rng.choice(industry_ids), ev(plan, n))
            if etype == "Platform" and ids["Enterprise"]:
                yield Relation("HOSTED_BY", eid, rng.choice(ids["Enterprise"]), ev(plan, n))
            if etype == "University":
                yield Relation("COOPERATES_WITH", rng.choice(region_ids), eid, ev(plan, n))
                if ids["Enterprise"]:
                    yield Relation("COOPERATES_WITH", eid, rng.choice(ids["Enterprise"]), ev(plan, n))
            if etype == "Project" and ids["Enterprise"]:
                yield Relation("UNDERTAKES", rng.choice(ids["Enterprise"]), eid, ev(plan, n))
            if etype == "Target":
                yield Relation("SETS_TARGET", plan, eid, ev(plan, n))
                yield Relation("MEASURES", eid, rng.choice(indicator_ids), ev(plan, n))
            if etype == "Agency" and len(ids["Project"]) >= 2:
                for project in rng.sample(ids["Project"], 2):  # two different projects: no duplicate edges
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
