"""The quality scorer itself, and a floor under the measured extraction quality (regressions fail here)."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

import pytest

from kg.facts import Entity, Evidence, Relation
from loaders import extract_documents, read_documents
from loaders.extract import DocumentExtractor
from loaders.quality import Score, load_gold, score_document, score_relations
from loaders.resolve import plan_id

GOLD = Path(__file__).resolve().parent / "gold"
EV = Evidence("plan:p", 0, 2, "", "x")


def test_scoring_counts_matches_duplicates_and_optional_items() -> None:
    facts = [
        Entity("Enterprise", "enterprise:a", "湖北甲乙科技有限公司", ["甲乙科技"], evidence=[EV]),
        Entity("Enterprise", "enterprise:b", "甲乙科技", evidence=[EV]),  # a second node for the same firm
        Entity("Enterprise", "enterprise:c", "丙丁集团", evidence=[EV]),  # optional in gold: ignored
        Entity("Enterprise", "enterprise:d", "戊己药业", evidence=[EV]),  # not in gold: a false positive
        Entity(
            "Target",
            "target:t",
            "t",
            props={"indicator": "高新技术企业数量", "value": 300, "unit": "家", "year": 2025, "status": "target"},
        ),
        Relation("SETS_TARGET", "plan:p", "target:t", []),
    ]
    gold = {
        "entities": [
            {"type": "Enterprise", "name": "湖北甲乙科技有限公司", "aliases": ["甲乙科技"], "optional": False},
            {"type": "Enterprise", "name": "丙丁集团", "aliases": [], "optional": True},
            {"type": "Enterprise", "name": "庚辛电子", "aliases": [], "optional": False},
        ],
        "targets": [
            {
                "indicator": "高新技术企业",
                "value": 300,
                "unit": "家",
                "year": 2025,
                "status": "target",
                "optional": False,
            },
            {
                "indicator": "高新技术企业",
                "value": 133,
                "unit": "家",
                "year": 2020,
                "status": "baseline",
                "optional": False,
            },
        ],
    }
    scores = score_document(facts, "plan:p", gold)
    firm = scores["Enterprise"]
    assert (firm.tp, firm.fp, firm.fn) == (1, 2, 1)
    assert firm.false_positives == ["甲乙科技 (duplicate)", "戊己药业"] and firm.false_negatives == ["庚辛电子"]
    target = scores["Target"]
    assert (target.tp, target.fp, target.fn) == (1, 0, 1) and target.precision == 1.0 and target.recall == 0.5


def test_a_relation_end_matches_any_name_the_gold_gives_that_end() -> None:
    # The gold names the chain 生物医药 and gives it the alias 生物医药与健康; a firm put on the node named
    # 生物医药与健康 is on the gold's chain.
    facts = [
        Entity("Enterprise", "enterprise:a", "珠海甲乙药业有限公司", evidence=[EV]),
        Entity("Industry", "industry:x", "生物医药与健康", evidence=[EV]),
        Relation("IN_INDUSTRY", "enterprise:a", "industry:x", [EV]),
    ]
    gold = {
        "entities": [
            {
                "type": "Enterprise",
                "name": "珠海甲乙药业有限公司",
                "aliases": [],
                "optional": False,
                "industries": ["生物医药"],
            },
            {"type": "Industry", "name": "生物医药", "aliases": ["生物医药与健康"], "optional": False},
        ],
        "targets": [],
    }
    matches: list = []
    score_document(facts, "plan:p", gold, matches)
    assert score_relations(facts, "plan:p", matches)["IN_INDUSTRY"].tp == 0
    chain = score_relations(facts, "plan:p", matches, gold_document=gold)["IN_INDUSTRY"]
    assert (chain.tp, chain.fp, chain.fn) == (1, 0, 0)


def test_an_industry_named_with_or_without_chanye_is_one_industry_as_in_kgs_graph() -> None:
    # kg's id of an industry is its name without 产业/产业链 (苹果 and 苹果产业 are one node): the gold's 苹果产业
    # is found by a node named 苹果, and a firm on that node is on the gold's chain; 苹果树 is another thing.
    facts = [
        Entity("Enterprise", "enterprise:a", "平凉甲乙果业有限公司", evidence=[EV]),
        Entity("Industry", "industry:苹果", "苹果", evidence=[EV]),
        Entity("Industry", "industry:苹果树", "苹果树", evidence=[EV]),
        Relation("IN_INDUSTRY", "enterprise:a", "industry:苹果", [EV]),
    ]
    gold = {
        "entities": [
            {
                "type": "Enterprise",
                "name": "平凉甲乙果业有限公司",
                "aliases": [],
                "optional": False,
                "industries": ["苹果产业"],
            },
            {"type": "Industry", "name": "苹果产业", "aliases": [], "optional": False},
        ],
        "targets": [],
    }
    matches: list = []
    industry = score_document(facts, "plan:p", gold, matches)["Industry"]
    assert (industry.tp, industry.fp, industry.fn) == (1, 1, 0) and industry.false_positives == ["苹果树"]
    chain = score_relations(facts, "plan:p", matches, gold_document=gold)["IN_INDUSTRY"]
    assert (chain.tp, chain.fp, chain.fn) == (1, 0, 0)


PLANS = Path(__file__).resolve().parent / "plans"


def test_gold_mentions_are_where_they_say(corpus_dir: Path) -> None:
    for path in sorted(GOLD.glob("*.json")):
        gold = load_gold(path)
        folder = PLANS if (PLANS / gold["document"]).is_file() else corpus_dir
        text = (folder / gold["document"]).read_text(encoding="utf-8")
        for item in gold["entities"] + gold["targets"]:
            assert text[item["start"] : item["end"]] == item["mention"], (path.name, item)


def test_gold_relations_are_lists_of_names() -> None:
    # The scorer reads located_in, industries and hosted_by as lists of names: a bare string there is scored
    # as its characters (one plan's helper wrote hosted_by so, and its 16 hosts read as 190 misses).
    for path in sorted(GOLD.glob("*.json")):
        for item in load_gold(path)["entities"]:
            for field in ("aliases", "located_in", "industries", "hosted_by"):
                names = item.get(field, [])
                assert isinstance(names, list) and all(isinstance(n, str) for n in names), (path.name, field, item)
            assert all(isinstance(item.get(f), str | None) for f in ("level", "parent")), (path.name, item)


# Floors a little under the figures measured when this test was written (README, "Extraction quality"): a change
# that makes extraction worse fails here; bench/extract_quality.py prints the exact figures and the misses.
# The plans are our own (tests/plans, every name invented), so this runs wherever the repository is.
FLOORS = {
    # 128-132, 150-152, 156-158 and 162-164: the plans no rule was written against (README); read only as totals.
    # Each new round came in lower on Industry (0.64, 0.61, 0.50 at first sight), and 162-164 (an investment plan,
    # a bureau's annual summary, implementation opinions) lower on Target (0.67), LOCATED_IN (0.65) and Agency
    # (0.67), so those floors fell with it. 169-171 (a 十五五 plan, policy measures, an agri-tech action plan) came
    # in at Platform 0.85 (P 0.80) and University 0.92. 175-177 raised the totals once 175 was read whole (README):
    # Target 0.83, LOCATED_IN 0.84, IN_INDUSTRY 0.77, Industry 0.73. 181-183 came in at Agency 0.96 and the
    # twenty-three plans together end at Agency 0.86, IN_INDUSTRY 0.78. 187-189 came in at University 0.84 and
    # IN_INDUSTRY 0.68; the twenty-six plans together end at University 0.94, Agency 0.87, LOCATED_IN 0.86. 193-195
    # came in at Industry 0.75 and LOCATED_IN 0.80; the twenty-nine end at Agency 0.88, Industry 0.74, IN_INDUSTRY 0.78.
    # 199-201 came in at IN_INDUSTRY 0.63 (recall 0.49: their gold puts each firm on the plan's whole chain as well as
    # its sub-chain), Industry 0.68, Platform P 0.83, so the thirty-two plans' IN_INDUSTRY fell to 0.766 and its
    # floor with it. 205-209 came in at Platform P 0.89, Project 0.82, Industry 0.70; the thirty-five end at Agency
    # 0.93 and HOSTED_BY 0.91 (a table row's platform hosted by its first unit only), which raised those floors.
    # 211-215 came in at Target 0.66 (215, a January report on the year before, 0.35), Project 0.80, Industry 0.72;
    # the thirty-eight end at Target 0.88 once a year over before the plan's issue is no goal, which raised that floor.
    # 231-235 (a cooperation plan, a press conference, a survey report) came in at IN_INDUSTRY 0.58 and end at 0.53
    # (233's body read whole once a reporter's question no longer titled it); the forty-seven end at 0.759.
    # 237-241 (a news package, a 揭榜挂帅 challenge list, a speech) came in at Target 0.59 (P 0.45: the challenges'
    # technical specifications and the news' event counts), LOCATED_IN 0.70, University 0.90; the fifty end at
    # Target 0.852, LOCATED_IN 0.833, University 0.949, and those floors fell with them. 243-247 (an economic-operation
    # analysis, a platform roster, a project approval notice) came in at Target 0.48 and Project 0.43 (recall 0.32)
    # and end at Target 0.62, Project 0.43; the fifty-three end at Target 0.842, Project 0.854, and those floors fell.
    # 249, 252, 253 (a statistical communique, replies to deputies' proposals, a university-city task list) came in at
    # University 0.56 (P 0.39), Industry 0.42, IN_INDUSTRY 0.14, Target 0.59 and end at 0.56, 0.42, 0.23, 0.74; the
    # fifty-six end at University 0.921, Industry 0.716, IN_INDUSTRY 0.733, Target 0.836, and those floors fell.
    # 255, 257, 259 (a special fund's evaluation, a chain meeting's minutes, a project supervision circular) came in
    # at Target 0.43 (P 0.34), Project 0.75 (P 0.60), Incentive 0.66 and end at 0.65, 0.76, 0.69; the fifty-nine end
    # at Target 0.824, Project 0.849, and those floors fell. 261, 263, 265 (a task force's work briefings, a talent
    # plan, a guidance fund's annual report) came in at Target 0.62, LOCATED_IN 0.68, University 0.88 (P 0.80) and end
    # at 0.64, 0.70, 0.88; the sixty-two end at Target 0.816, University 0.919, and those floors fell. 267, 269, 271
    # (a leader briefing, a technology-transfer report, a request ledger) came in at Target 0.63 (P 0.51) and end
    # at 0.63; the sixty-five end at Target 0.807, and that floor fell. 273, 275, 277 (a signing release, a policy
    # interpretation, a law-inspection report) came in at Target 0.57 and end at 0.58; 279, 281, 283 (a matchmaking
    # directory, a platform evaluation circular, an IP annual report) came in at Target 0.54, Incentive 0.85 and end
    # at 0.54, 0.85; the seventy-one end at Target 0.788, Incentive 0.930 (0.9299), and those floors fell. 285, 287,
    # 289 (a case compilation, a chain attraction map, WeChat articles) came in at Target 0.59, Project 0.58, and 291,
    # 293, 295 (a financing-needs list, a first-set catalogue, a yearbook chapter) at Target 0.55, Project 0.54; the
    # seventy-seven end at Target 0.778, and that floor fell. 297, 299, 301 (a patent-navigation report, a fund's
    # self-evaluation, replies to online messages) came in at Target 0.46 and end at 0.52; the eighty end at Target
    # 0.772 (0.766 with the rules they met), and the floors stand. 303, 305, 307 (a paired-assistance summary, an
    # audit rectification report, a per-mu yield evaluation) came in at Target 0.29 (P 0.20) and end at 0.61; the
    # eighty-three end at Target 0.778 (0.751 with the rules they met), and the floors stand. 309, 311, 313 (a bureau's
    # final accounts, a list of funds about to be paid, a draft's explanation) came in at Target 0.37 (P 0.24) and
    # end at 0.68; the eighty-six end at Target 0.780 (0.763 with the rules they met), and the floors stand. 315,
    # 317, 319 (an award decision, a project tour plan, a policy checklist) came in at Target 0.32 (P 0.23) and
    # Incentive 0.66 and end at 0.41, 0.75; the eighty-nine end at Target 0.772 (0.768 with the rules they met), and
    # the floors stand. 321, 323, 325 (an online interview, CPPCC proposals, a listing cultivation plan) came in at
    # Target 0.69, IN_INDUSTRY 0.65, University 0.87 (P 0.78) and end at 0.70, 0.65, 0.87; the ninety-two end at
    # Target 0.7699 (0.7695 with the rules they met), and that floor fell to 0.76. 327, 329, 331 (innovation-voucher
    # rules, a county assessment circular, an innovation enclave plan) came in at Target 0.63, Enterprise P 0.84,
    # HOSTED_BY 0.81 and end at 0.63, 0.93, 0.91; the ninety-five end at Target 0.765 (the same with the rules they
    # met), and the floors stand. 333, 335, 337 (a state-assets commission's SOE innovation plan, an alliance's
    # founding plan, a diagnosis service plan) came in at Target 0.77, Industry 0.70, IN_INDUSTRY 0.65, LOCATED_IN
    # 0.79 and end at the same; the ninety-eight end at Target 0.765, IN_INDUSTRY 0.763, and the floors stand. 339,
    # 341, 343 (a 科技特派员 work plan, a circular on major projects' progress, a plan for R&D institutions in firms)
    # came in at Platform 0.82 (R 0.73), Target 0.73, LOCATED_IN 0.81 and end at 0.82, 0.73, 0.81; the 101 end at
    # Target 0.763, IN_INDUSTRY 0.77, and the floors stand. 345, 347, 349 (an incubator annual report, an
    # industrial carbon-peaking plan, an S&T fair's work summary) came in at Target 0.59 (P 0.49), LOCATED_IN 0.72,
    # IN_INDUSTRY 0.62, Platform 0.85 and end at 0.60, 0.73, 0.64, 0.87; the 104 end at Target 0.757 (0.756 at
    # first sight), LOCATED_IN 0.828 (the same), and those floors fell to 0.75 and 0.82. 393, 395, 397 (a cluster's
    # application, a university's report on serving its city, an R&D institute's annual report) came in at
    # LOCATED_IN 0.75, HOSTED_BY 0.55 and end at 0.75, 0.55; the 128 came in at LOCATED_IN 0.8194 and end at 0.8192,
    # and that floor fell to 0.81.
    "heldout": {
        "Enterprise": 0.91,
        "Platform": 0.89,
        "University": 0.91,
        "Region": 0.91,
        "Industry": 0.71,  # 0.67 -> 0.72 once industries named once in passing and chain-map segments went
        "Project": 0.84,
        "Agency": 0.90,
        "Target": 0.75,
        "Incentive": 0.92,  # 0.89 -> 0.95 once a ratio and its cap were one award
        "LOCATED_IN": 0.81,
        "IN_INDUSTRY": 0.73,
        "HOSTED_BY": 0.89,
    },
    "dev": {
        "Enterprise": 0.945,
        "Platform": 0.935,
        "University": 0.95,
        "Region": 0.92,
        "Industry": 0.75,  # 148, 154 (环节 cells their gold does not count), 159, 161, 165 (first sight 0.35-0.60)
        "Project": 0.9,
        "Agency": 0.95,
        # 238, 240, 242 (news, challenge list, speech) came in at 0.53, 0.51, 0.80; 256, 258, 260 (a fund's
        # evaluation, chain minutes, a supervision circular) at 0.34, 0.69, 0.54, and end at 0.57, 0.69, 0.62: the
        # plans end at 0.88; 274, 276, 278 (a signing release, a policy interpretation, a law-inspection report)
        # came in at 0.54, 0.71, 0.51 and the 110 plans here end at 0.866; 280, 282, 284 (a matchmaking directory, a
        # platform evaluation circular, an IP report) came in at 0.74, 0.42, 0.56 and the 113 end at 0.857; 286, 288,
        # 290 (a case compilation, an attraction map, WeChat articles) at 0.48, 0.71, 0.32 and 292, 294, 296 (financing
        # needs, a first-set catalogue, a yearbook chapter) at 0.23, 0.78, 0.55, and the 119 end at 0.845; 304, 306,
        # 308 (a paired-assistance summary, an audit announcement, a per-mu evaluation) at 0.15, 0.17, 0.59 and end
        # at 0.44, 0.42, 0.89, and the 130 end at 0.847 (0.825 with the rules they met); 310, 312, 314 (final
        # accounts, funds to pay, a draft's explanation) at 0.42, 0.10, 0.70 and end at 0.75, 0.78, 0.87, and the 133
        # end at 0.848 (0.833 with the rules they met); 316, 318, 320 (an award decision, a project tour, a policy
        # checklist) at 0.10, 0.14, 0.79 and end at 0.51, 0.57, 0.83, and the 136 end at 0.847 (0.839); 322, 324, 326
        # (an online interview, CPPCC proposals, a listing cultivation plan) at 0.68, 0.71, 0.69 and end at 0.70,
        # 0.81, 0.88, and the 139 end at 0.846 (0.843); 328, 330, 332 (innovation-voucher rules, a county assessment
        # circular, an innovation enclave plan) at 0.61, 0.53, 0.71 and end at 0.61, 0.65, 0.71, and the 142 end at
        # 0.838 here (bench/extract_quality.py, samples included: 0.837 at first sight, 0.840), so this floor fell to
        # 0.83; 334, 336, 338 (a state-assets commission's measures, an alliance's work report, a diagnosis summary)
        # at 0.70, 0.56, 0.62 and end at the same, and the 145 end at 0.833 here (0.834 with the samples); 340, 342,
        # 344 (a 科技特派员 work plan, a circular on projects' progress, a plan for R&D institutions) came in at 0.74
        # together and end at 0.87, 0.64, 0.74, and the 148 end at 0.830 here (0.831 with the samples), so this floor
        # fell to 0.82
        "Target": 0.82,
        "Incentive": 0.93,  # 202-204 came in at 0.87; 0.90 -> 0.95 once a ratio and its cap were one award
        "LOCATED_IN": 0.85,  # 165-167 came in at 0.59
        "IN_INDUSTRY": 0.82,
        "HOSTED_BY": 0.91,  # 0.91 -> 0.93 once a table row's platform was hosted by its first unit only
    },
}


@pytest.fixture(scope="module")
def extracted() -> tuple[list, list]:
    documents = read_documents([PLANS])
    return documents, extract_documents(documents)


def test_every_fact_from_our_plans_is_one_the_ontology_allows(extracted) -> None:
    # `kg extract tests/plans` once refused a university's institute that kept a platform's level.
    from kg.errors import FactError
    from kg.ontology import load_ontology
    from kg.validate import numbered, validate

    try:
        validate(numbered(extracted[1], "plans"), load_ontology())
    except FactError as exc:  # names hidden: the held-out plans' items must not be printed
        pytest.fail(re.sub(r"'[^']*'", "'…'", str(exc).splitlines()[0]))


@pytest.fixture(scope="module")
def plan_scores(extracted) -> dict[str, dict[str, Score]]:
    documents, facts = extracted
    by_name = {d.name: d for d in documents}
    totals: dict[str, dict[str, Score]] = {}
    for path in sorted(GOLD.glob("*.json")):
        gold = load_gold(path)
        if gold["document"] not in by_name:
            continue
        plan = plan_id(DocumentExtractor(by_name[gold["document"]]).meta.title)
        matches: list = []
        scores = score_document(facts, plan, gold, matches)
        scores.update(score_relations(facts, plan, matches, gold_document=gold))
        split = totals.setdefault(gold["split"], defaultdict(Score))
        for row, score in scores.items():
            split[row].add(score)
    return totals


@pytest.mark.parametrize(("split", "row"), [(s, r) for s in sorted(FLOORS) for r in sorted(FLOORS[s])])
def test_f1_on_our_plans_stays_above_its_floor(plan_scores, split: str, row: str) -> None:
    score = plan_scores[split][row]
    f1 = score.f1  # a plain number: a failure must not print the held-out items themselves
    assert f1 >= FLOORS[split][row], json.dumps(
        {"split": split, "row": row, "f1": round(f1, 3), "tp": score.tp, "fp": score.fp, "fn": score.fn}
    )


def test_both_splits_have_plans_of_several_genres_and_provinces() -> None:
    rows = [line.split("\t") for line in (PLANS / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()[1:]]
    splits = {load_gold(GOLD / (r[0][:-4] + ".json"))["split"] for r in rows}
    assert splits == {"dev", "heldout"}
    assert len({r[7] for r in rows}) >= 6 and len({r[10] for r in rows}) >= 4  # provinces, genres


def test_a_ratios_cap_kept_on_the_one_award_answers_a_gold_cap_item_and_is_no_false_positive_without_one() -> None:
    facts = [
        Entity(
            "Incentive",
            "incentive:r",
            "技术改造项目 10%",
            props={"value": 10, "unit": "%", "kind": "ratio", "cap": 1000, "cap_unit": "万元"},
        ),
        Relation("OFFERS", "plan:p", "incentive:r", []),
    ]
    ratio = {"amount": 10, "amount_max": None, "unit": "%", "kind": "ratio", "optional": False}
    cap = {"amount": 1000, "amount_max": None, "unit": "万元", "kind": "cap", "optional": False}
    both = score_document(facts, "plan:p", {"entities": [], "targets": [], "incentives": [ratio, cap]})["Incentive"]
    assert (both.tp, both.fp, both.fn) == (2, 0, 0)
    alone = score_document(facts, "plan:p", {"entities": [], "targets": [], "incentives": [ratio]})["Incentive"]
    assert (alone.tp, alone.fp, alone.fn) == (1, 0, 0)
    other = {**cap, "amount": 500}
    miss = score_document(facts, "plan:p", {"entities": [], "targets": [], "incentives": [ratio, other]})["Incentive"]
    assert (miss.tp, miss.fp, miss.fn) == (1, 0, 1)
