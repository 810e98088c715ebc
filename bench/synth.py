"""Reproducible synthetic plans and fact sets, with known ground truth, for benchmarks at any size.

Usage:
  python bench/synth.py --plans 1000 --firms 20000 [--seed 7] -o corpus/   plan texts, MANIFEST.tsv, truth.jsonl
  python bench/synth.py --nodes 100000 [--seed 7] -o synthetic.jsonl      a fact set (no text)

**Plans** are written in the style of the real ones (front matter with a document number, 一、（一）1.
headings, prose with baselines and targets, a flattened indicator table in a 专栏, platform and project
lists, responsible units in brackets), from sentence templates written for this generator, with names
made up from a seeded pool: firms (place + brand + trade + legal form), platforms hosted by firms or
universities, parks, projects. ``truth.jsonl`` lists, per plan, the firms, platforms, universities,
targets (indicator, value, unit) and parks it mentions, so extraction can be scored at any size.

**Fact sets**:
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
from typing import Any

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


# --- synthetic plan texts ---------------------------------------------------------------------------------

BRAND = "鑫瑞恒达泰丰华康宏远博盛嘉晟润德凯锐昊瀚睿拓裕隆祥和安泰永誉宇航兴邦卓越广信金润天元九州"
TRADES = (
    ("生物医药", ("药业", "生物科技", "医疗器械", "制药")),
    ("新材料", ("新材料", "化工", "复合材料", "高分子材料")),
    ("新一代信息技术", ("电子", "信息技术", "软件", "光电")),
    ("高端装备制造", ("智能装备", "机械", "精密制造", "数控")),
    ("新能源汽车", ("汽车零部件", "动力电池", "电驱动")),
    ("节能环保", ("环保科技", "节能科技", "水处理")),
)
LEGAL = ("有限公司", "股份有限公司", "集团有限公司")
PLATFORM_KINDS_TEXT = ("工程技术研究中心", "企业技术中心", "重点实验室", "院士专家工作站", "产业技术研究院")
UNIVERSITY_SUFFIX = ("大学", "理工大学", "科技学院", "职业技术学院")
FILLER = (
    "坚持创新在现代化建设全局中的核心地位，把科技自立自强作为发展的战略支撑。",
    "深化科技体制机制改革，完善科技成果转化激励政策，营造良好创新生态。",
    "强化企业创新主体地位，推动创新要素向企业集聚，提升产业链供应链现代化水平。",
    "加强知识产权创造、保护和运用，健全科技服务体系，促进产学研深度融合。",
    "统筹推进创新平台、创新人才和创新项目一体化布局，形成协同创新的良好格局。",
    "加大财政科技投入，引导社会资本投向科技创新，完善多元化投入机制。",
    "围绕产业链部署创新链，围绕创新链布局产业链，推动经济高质量发展。",
    "健全以企业为主体、市场为导向、产学研用深度融合的技术创新体系。",
    "实施更加开放包容的人才政策，引进和培育一批高层次创新创业人才和团队。",
    "完善科技金融服务体系，发展天使投资、创业投资，拓宽科技型企业融资渠道。",
    "推进数字化、网络化、智能化改造，加快传统产业转型升级步伐。",
    "建立健全科技创新考核评价机制，将创新驱动发展成效纳入目标责任考核。",
)
PRINCIPLES = ("坚持创新引领", "坚持企业主体", "坚持开放合作", "坚持人才优先", "坚持深化改革")
MEASURES = ("加强组织领导", "强化政策支持", "加大科技投入", "优化创新环境", "加强监测评估")
AGENCIES = ("市科技局", "市发改委", "市财政局", "市经信局", "市教育局", "市人社局", "市市场监管局")
TARGET_LINES = (  # (indicator as written, unit, low, high, decimals)
    ("高新技术企业数", "家", 50, 800, 0),
    ("研发经费投入占GDP比重", "%", 1, 4, 2),
    ("每万人口发明专利拥有量", "件", 2, 30, 1),
    ("技术合同成交额", "亿元", 5, 200, 1),
    ("科技型中小企业数", "家", 100, 2000, 0),
    ("省级以上创新平台数", "个", 10, 200, 0),
)


def _firm_pool(rng: random.Random, firms: int, cities: list[str]) -> list[tuple[str, str, str]]:
    """``firms`` distinct (name, industry, city) triples."""
    pool: dict[str, tuple[str, str, str]] = {}
    while len(pool) < firms:
        city = rng.choice(cities)
        industry, trades = rng.choice(TRADES)
        brand = "".join(rng.sample(BRAND, 2))
        name = f"{city.removesuffix('市')}{brand}{rng.choice(trades)}{rng.choice(LEGAL)}"
        pool.setdefault(name, (name, industry, city))
    return list(pool.values())


PROSE = 2.5  # sentences of policy prose per unit below: sets the plan length (about 15,000 characters)


def _prose(rng: random.Random, sentences: int) -> str:
    return "".join(rng.choice(FILLER) for _ in range(round(sentences * PROSE)))


def _figure(rng: random.Random, low: float, high: float, places: int) -> float | int:
    return round(rng.uniform(low, high), places) if places else rng.randint(int(low), int(high))


def synthetic_plan(rng: random.Random, number: int, city: str, firms: list[tuple[str, str, str]]) -> tuple[str, dict]:
    """One plan's text (15-25 thousand characters, like a real five-year plan) and its ground truth."""
    short = city.removesuffix("市")
    start = rng.choice((2016, 2021))
    period = "十三五" if start == 2016 else "十四五"
    title = f"{city}科技创新“{period}”规划"
    truth: dict[str, Any] = {"title": title, "city": city, "firms": [], "platforms": [], "universities": [],
                             "targets": [], "parks": [], "projects": []}  # fmt: skip
    numerals = "一二三四五六七八九十"
    lines = [title, f"{short}政发〔{start}〕{number % 90 + 1}号", ""]
    park = f"{city}高新技术产业开发区"
    university = f"{short}{rng.choice(('工程', '科技', '师范', '农业'))}{rng.choice(UNIVERSITY_SUFFIX)}"
    truth["parks"].append(park)
    truth["universities"].append(university)
    lines += ["一、发展基础"]
    for sub, heading in enumerate(("创新能力稳步提升", "创新主体不断壮大", "创新环境持续优化")):
        lines.append(f"（{numerals[sub]}）{heading}")
        indicator, unit, low, high, places = rng.choice(TARGET_LINES)
        value = _figure(rng, low, high, places)
        lines.append(f"截至{start - 1}年底，全市{indicator}达到{value}{unit}。{_prose(rng, 6)}")
        truth["targets"].append({"indicator": indicator, "value": value, "unit": unit, "status": "baseline"})
        lines.append(_prose(rng, 8))
    lines += ["二、总体要求", "（一）指导思想", _prose(rng, 8), "（二）基本原则"]
    for principle in PRINCIPLES:
        lines.append(f"{principle}。{_prose(rng, 4)}")
    lines += ["（三）发展目标", f"到{start + 4}年，创新型城市建设取得显著成效。{_prose(rng, 5)}"]
    # Tables come flattened, one cell per line, as they do when plans are copied out of web pages and PDFs.
    lines += ["专栏1 主要指标", "序号", "指标名称", "单位", f"{start - 1}年", f"{start + 4}年", "属性"]
    for row, (indicator, unit, low, high, places) in enumerate(rng.sample(TARGET_LINES, 5), 1):
        base = _figure(rng, low, high, places)
        goal = round(base * rng.uniform(1.2, 2.0), places) if places else int(base * rng.uniform(1.2, 2.0))
        lines += [str(row), indicator, unit, str(base), str(goal), "预期性"]
        truth["targets"].append({"indicator": indicator, "value": goal, "unit": unit, "status": "target"})
    lines += ["三、重点任务"]
    chosen = rng.sample(firms, min(len(firms), rng.randint(10, 24)))
    by_industry: dict[str, list[str]] = {}
    for name, industry, _ in chosen:
        by_industry.setdefault(industry, []).append(name)
    projects = []
    for section, (industry, names) in enumerate(sorted(by_industry.items())):
        lines.append(f"（{numerals[section]}）壮大{industry}产业链")
        lines.append(f"1.培育骨干企业。支持{'、'.join(names)}等骨干企业做大做强，推动{industry}产业集群发展。")
        lines.append(_prose(rng, 6))
        truth["firms"].extend(names)
        host = rng.choice(names)
        platform = f"{rng.choice(('湖北省', short))}{industry}{rng.choice(PLATFORM_KINDS_TEXT)}"
        lines.append(f"2.建设创新平台。依托{host}建设{platform}，提升关键核心技术攻关能力。{_prose(rng, 4)}")
        truth["platforms"].append(platform)
        project = f"{host.removesuffix('有限公司').removesuffix('股份')}{industry}产业化项目"
        projects.append((project, host))
        lines.append(f"3.推进产学研合作。支持{university}与{host}开展联合攻关。{_prose(rng, 4)}")
        lines.append(f"4.打造产业载体。推动{park}{industry}产业园建设。{_prose(rng, 5)}")
    lines += ["专栏2 重大科技项目"]
    for row, (project, host) in enumerate(projects, 1):
        amount = _figure(rng, 1, 30, 1)
        lines.append(f"{row}.{project}：由{host}实施，总投资{amount}亿元，建设期{start}—{start + 3}年。")
        truth["projects"].append(project)
    lines += ["四、保障措施"]
    for sub, measure in enumerate(MEASURES):
        lines.append(f"（{numerals[sub]}）{measure}")
        lines.append(_prose(rng, 7))
        lines.append(f"（责任单位：{'、'.join(rng.sample(AGENCIES, 3))}）")
    return "\n".join(lines) + "\n", truth


def synthetic_corpus(plans: int, firms: int, out: Path, seed: int = 7) -> int:
    """Write ``plans`` plan texts, MANIFEST.tsv and truth.jsonl into ``out``; return the characters written."""
    import json

    from loaders.gazetteer import regions

    rng = random.Random(seed)
    table = regions()
    cities = sorted(r.name for r in table.by_code.values() if r.level == "city" and r.name.endswith("市"))
    pool = _firm_pool(rng, max(firms, 20), cities)
    by_city: dict[str, list[tuple[str, str, str]]] = {}
    for firm in pool:
        by_city.setdefault(firm[2], []).append(firm)
    out.mkdir(parents=True, exist_ok=True)
    chars = 0
    with (
        (out / "truth.jsonl").open("w", encoding="utf-8") as truth_file,
        (out / "MANIFEST.tsv").open("w", encoding="utf-8") as manifest,
    ):
        manifest.write("file\ttitle\n")
        for number in range(plans):
            city = cities[number % len(cities)]
            local = by_city.get(city) or pool
            text, truth = synthetic_plan(rng, number, city, local)
            name = f"plan_{number:05d}.txt"
            (out / name).write_text(text, encoding="utf-8")
            manifest.write(f"{name}\t{truth['title']}\n")
            truth_file.write(json.dumps({"file": name, **truth}, ensure_ascii=False) + "\n")
            chars += len(text)
    return chars


def main() -> int:
    from kg.facts import write_jsonl

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plans", type=int, help="write this many plan texts (a folder) instead of facts")
    parser.add_argument("--firms", type=int, default=2000, help="size of the firm pool the plans draw on")
    parser.add_argument("--nodes", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args()
    if args.plans:
        chars = synthetic_corpus(args.plans, args.firms, args.output, args.seed)
        print(f"wrote {args.plans} plans ({chars:,} characters) and truth.jsonl to {args.output}")
        return 0
    count = write_jsonl(synthetic_facts(args.nodes, args.seed), args.output)
    print(f"wrote {count} facts to {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
