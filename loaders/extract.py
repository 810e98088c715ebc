"""One document -> its mentions and links: the rule sets run sentence by sentence over the layout.

Order matters and is fixed here: named organisations first (their suffixes are the most reliable anchors),
then departments, places, short firm names, projects, industries, and last the figures, which must not be
read out of names already found (“333”人才团队, 5G). Relations are read inside a sentence (host, partner,
undertaker, region, industry) or from the section the sentence sits in (a platform under 生物医药 supports
生物医药); document-wide defaults (a firm with no place named is in the plan's region) are left to
:mod:`loaders.resolve`, which sees every document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from kg.ontology import Ontology, load_ontology
from kg.similar import similarity
from loaders.corpus import Document
from loaders.gazetteer import industries, reading_with, regions
from loaders.lexicon import is_word_chain
from loaders.normalize import han_count
from loaders.plan import PlanMeta, read_plan_meta
from loaders.rules.agencies import AgencyFinder
from loaders.rules.common import MIDDLE_DOTS, Link, Mention
from loaders.rules.incentives import IncentiveFinder
from loaders.rules.organisations import OrganisationFinder, speakers_firm
from loaders.rules.places import PlaceFinder, outside_parks
from loaders.rules.projects import ProjectFinder, fold_project_heads
from loaders.rules.relations import RelationRules
from loaders.rules.sectors import KEY_PARTS, SectorFinder, concept_mention, ends_in_industry_word, plan_chain
from loaders.rules.tables import TableRules, column_roles
from loaders.rules.targets import TargetFinder
from loaders.segment import HEADING_MARK, Block, Layout, segment
from loaders.terms import read_rows, read_terms, rule_confidence

# A run-in heading: a short noun phrase that opens a paragraph and ends at 。 or ：, the rest of the line its text.
_RUN_IN_LEAD = re.compile(r"\s*([\u4e00-\u9fff]{2,12})[。：:](?=.)")
# A numbered paragraph led by a chain the plan calls one (1.有色金属新材料产业链。南丹县…): too long to be a heading,
# it is that chain's paragraph all the same.
_NUMBERED_CHAIN_LEAD = re.compile(
    r"\s*(?:\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[)）])\s*([\u4e00-\u9fff]{2,12}?(?:产业链|产业集群))[。：:](?=.)"
)
# An item inside a paragraph: （1）新型储能。… or 油茶产业方面，…
_INLINE_ITEM = re.compile(
    r"\s*(?:[（(]\d{1,2}[）)]\s*([\u4e00-\u9fff]{2,12})[。：:]|([\u4e00-\u9fff]{2,10}?)(产业|行业)?(?:方面|这块|这一块)[，,]|"
    r"在([\u4e00-\u9fff]{2,10}?)(子链|产业链)[，,])"  # 在数控机床子链，…: the chain (or a sub-chain of the section's)
)
# A paragraph led by a chain the plan names as one (大豆精深加工链条。…), inside a broader chain's section too.
_CHAIN_RUN_IN = re.compile(r"\s*([\u4e00-\u9fff]{2,12}?(?:链条|子链|产业链))[。：:](?=.)")
# The parts of a statistical communique, which name no chain (loaders/data/statistical_sections.txt).
_STATISTICAL_SECTIONS = frozenset(read_terms("statistical_sections.txt"))
# A sub-chain's run-in heading inside a chain's section (——碳基新材料。2022年…): it and the paragraphs after it, up
# to the next one or the next heading, are on that sub-chain.
_DASH_LEAD = re.compile(r"\s*[—－-]{1,2}\s*([\u4e00-\u9fff]{2,12})[。：:](?=.)")


@dataclass
class DocumentExtraction:
    """Everything read from one plan before resolution across documents."""

    doc: Document
    layout: Layout
    meta: PlanMeta
    mentions: list[Mention] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    responsible: list[tuple[Mention, list[Mention], Block]] = field(default_factory=list)


@dataclass(frozen=True)
class MentionKinds:
    """The ontology's groupings the extractor sorts mentions by, read once per ontology (:func:`mention_kinds`)."""

    organisations: frozenset[str]
    no_park_inside: frozenset[str]
    no_industry_inside: frozenset[str]
    no_place_inside: frozenset[str]
    figures_read_inside: frozenset[str]
    indicator_figures: frozenset[str]
    offered_figures: frozenset[str]
    responsible_parties: frozenset[str]
    responsible_for: frozenset[str]
    region: str
    industry: str


@cache
def mention_kinds(ontology: Ontology) -> MentionKinds:
    """Which mention types are organisations, figures, departments …: the ontology's groupings, so a class added
    to a grouping in ``ontology/kg.ttl`` is treated alike here without touching the code."""
    (responsibility,) = ontology.group("responsibility")
    responsible = ontology.relation(responsibility)
    return MentionKinds(
        organisations=frozenset(ontology.group("organisations")),
        no_park_inside=frozenset(ontology.group("noParkInside")),
        no_industry_inside=frozenset(ontology.group("noIndustryInside")),
        no_place_inside=frozenset(ontology.group("noPlaceInside")),
        figures_read_inside=frozenset(ontology.group("figuresReadInside")),
        indicator_figures=frozenset(ontology.group("indicatorFigures")),
        offered_figures=frozenset(ontology.group("offeredFigures")),
        responsible_parties=responsible.domain,
        responsible_for=responsible.range,
        region=ontology.facet("region").label,
        industry=ontology.facet("industry").label,
    )


def ruled(mentions: list[Mention], rule: str) -> list[Mention]:
    """Name the rule that read each mention (a finder may have named a finer one: enterprise.short:cue) and set
    its confidence from loaders/data/rules.tsv, so every fact says where it came from and how far to trust it."""
    for m in mentions:
        if not m.rule:
            cue = m.attrs.get("cue")  # set by the firm-name rules only: the cue that introduced the name
            m.rule = f"{rule}:{cue}" if cue else f"{rule}:{m.type}" if rule == "name.suffix" else rule
        if not m.confidence:
            m.confidence = rule_confidence(m.rule)
    return mentions


def _top_concept(concept_id: str) -> str:
    concepts = industries().concepts
    while concepts[concept_id].broader:
        concept_id = concepts[concept_id].broader
    return concept_id


@cache
def _task_industries() -> dict[str, tuple[re.Pattern[str], bool]]:
    """Top concept id -> (parent heading words, whether a chain's section is enough): loaders/data/
    task_heading_industries.tsv, its labels looked up in the scheme once."""
    out: dict[str, tuple[re.Pattern[str], bool]] = {}
    for label, words, where in read_rows("task_heading_industries.tsv"):
        concept = industries().lookup(label)
        if concept is not None:
            out[_top_concept(concept.id)] = (re.compile(words), where == "chain")
    return out


def _task_heading(m: Mention, parent: str, inside_chain: bool) -> bool:
    """A heading that names a scheme industry as a task of a broader section, not as a chain the plan develops.

    2.发展循环经济 and 4.推进资源循环利用 under (六)实施绿色低碳转型行动 clean up the plan's industry;
    5.发展医疗器械服务业 in a chain's section and 1.发展生产性服务业 under (十六)完善产业生态 serve its chains. On the
    dev plans 15 such headings' industries were not in the gold and none was."""
    if not m.key:
        return False
    task = _task_industries().get(_top_concept(m.key))
    return task is not None and ((task[1] and inside_chain) or bool(task[0].search(parent)))


def _service_item(m: Mention, parent: str) -> bool:
    """3.投融资服务。 and 4.政策服务。 under （二）提升孵化服务水平: the services a park or an incubator offers its
    firms, listed under a heading about its service, name no industry (a scheme's 科技服务 keeps its key)."""
    return not m.key and m.name.endswith("服务") and "服务" in parent


def _restated(one: str, other: str) -> bool:
    """Whether two indicators share most of their wording (Dice of their character pairs >= 0.6)."""
    if re.findall(r"\d+", one) != re.findall(r"\d+", other):
        return False  # 亿元以上项目 is not 10亿元以上项目
    return similarity(*(re.sub(r"[^\u4e00-\u9fff]", "", x) for x in (one, other))) >= 0.6


def _profiled_firm(title: str, line: str) -> bool:
    """Is a run-in heading a firm's short form, with its legal name (holding the short form) opening the text after
    it? A profile of a firm (16.峤光储能。莆田市峤光储能科技有限公司成立于2020年…) is headed so, and its heading names
    no chain, however much its trade word (储能) looks like one."""
    topic = HEADING_MARK.sub("", title).rstrip("。 ")
    rest = line[line.find(topic) + len(topic) :] if 2 <= len(topic) <= 8 and topic in line else ""
    legal = re.match(r"[。.：:\s]*([^，,。；;：:]{0,40}?(?:有限责任公司|有限公司|集团))", rest)
    return legal is not None and regions().after_places(legal.group(1)).startswith(topic)


def _firm_short_form(name: str, text: str) -> bool:
    """Is a chain a heading names one of the plan's firms, by the short form it declares (（以下简称“睿颐生物”）)
    or as the brand that opens a legal name after its place (湖北澈微电子化学品股份有限公司 -> 澈微电子)? A case or a
    firm's own section is headed so (（十二）睿颐生物：“引进团队…”, 四、澈微电子。培育方向…). A product's words
    (半导体材料, 超硬材料) also stand before 有限公司 in firms' names, after their brand: they split wholly into
    dictionary words, which a brand (澈微, 睿颐) does not."""
    if not 3 <= len(name) <= 8:
        return False
    quoted = re.escape(name)
    if re.search(rf"简称[“\"]?{quoted}[”\"）)]", text):
        return True
    if is_word_chain(name):
        return False
    for legal in re.finditer(rf"{quoted}[^，,。；;：:、\s（(）)]{{0,12}}?(?:有限责任公司|股份有限公司|有限公司)", text):
        before = text[max(0, legal.start() - 8) : legal.start()]
        if not before or not re.search(r"[\u4e00-\u9fff]$", before):
            return True
        if any(regions().after_places(before[k:]) == "" for k in range(len(before) - 1)):
            return True  # 湖北澈微…: the brand right after the firm's place
    return False


# 某某研究院2025年度工作报告, 关于报送《某某大学2025年度服务地方…报告》的函: an organisation reporting on itself
_OWN_REPORT = re.compile(
    r"^(?:[^《》]{0,20}?关于报送《)?"
    r"([^《》关]{2,30}?(?:大学|学院|研究院|研究所|实验室|中心))(?:\d{4}年度?)[^《》]{0,30}?(?:报告|总结)"
)


class DocumentExtractor:
    """Runs every rule set over one document, sorting mentions by the groupings of ``ontology``."""

    def __init__(self, doc: Document, ontology: Ontology | None = None) -> None:
        self.doc = doc
        self.ontology = ontology or load_ontology()
        self.kinds = mention_kinds(self.ontology)
        with reading_with(self.ontology):  # finders may index the scheme when built
            self.layout = segment(doc)
            self.meta = read_plan_meta(self.layout)
            self.orgs = OrganisationFinder()
            self.places = PlaceFinder(self.meta.region)
            self.sectors = SectorFinder()
            meta = self.meta
            self.targets = TargetFinder(meta.period_start, meta.period_end, meta.date, meta.title or "", meta.region)
            self.projects = ProjectFinder()
            self.agencies = AgencyFinder(self.meta.region)
            self.relations = RelationRules(self.meta.region)
            self.incentives = IncentiveFinder()
        self._chain_sections: dict[tuple[str, ...], list[Mention]] = {}
        # The institute or university whose own report the plan is (某某研究院2025年度工作报告, 关于报送《某某大学…
        # 报告》的函): its figures (研究院全年实现总收入1.92亿元) are the report's own, not some other organisation's.
        own = _OWN_REPORT.match(self.meta.title or "")
        self._own = own.group(1) if own is not None else ""
        self.result = DocumentExtraction(doc, self.layout, self.meta)

    def run(self, known_short_forms: dict[str, str] | None = None) -> DocumentExtraction:
        """Every rule set over the document, the rules reading industries and indicators from ``self.ontology``."""
        with reading_with(self.ontology):
            return self._run(known_short_forms)

    def _run(self, known_short_forms: dict[str, str] | None) -> DocumentExtraction:
        if known_short_forms:
            self.orgs.short_forms.update(known_short_forms)
        self.orgs.declare_parties(self.layout.folded)
        self.result.mentions.extend(ruled(self._addressed_parks(), "region.addressee"))
        tables = TableRules(self.places, self.sectors, self.orgs, self.targets, self.agencies)
        for grid in self.layout.grids:
            tables.learn_park_parts(grid, self.doc.text)
        heading_industries = self._headings()
        self._chain_sections = heading_industries
        led_chains = (self._led_chains(b, emit=False) for b in self.layout.blocks)
        own_chains = [m for ms in (*heading_industries.values(), *led_chains) for m in ms if not m.key]
        self.sectors.know_chains({m.name for m in own_chains})
        self.relations.know_chains(own_chains)
        led: tuple[tuple[str, ...], list[Mention]] = ((), [])  # the sub-chain a ——X。 paragraph opened, and where
        for block in self.layout.blocks:
            section_industries = self._section_industries(block, heading_industries)
            if led[0] != block.path:
                led = (block.path, [])
            if section_industries and _DASH_LEAD.match(block.text):
                # a sub-chain only when something is placed on it: ——卫星导航技术： lists of directions name none
                led = (block.path, self._lead_industries(block, _DASH_LEAD, known_only=False, emit=False))
            if section_industries and _CHAIN_RUN_IN.match(block.text):
                # 大豆精深加工链条。我们支持…: a paragraph led by a chain the plan names as one, in a broader section
                led = (block.path, self._lead_industries(block, _CHAIN_RUN_IN, known_only=False) or led[1])
            section_industries = led[1] or section_industries or self._led_chains(block)
            responsible_spans = AgencyFinder.responsible_spans(block.text)
            block_mentions: list[Mention] = []
            block_links: list[Link] = []
            inline: list[Mention] = []  # the industry an item inside the paragraph opened (（1）新型储能。…)
            for start, _end, sentence in block.sentences():
                opened = self._inline_lead(sentence, start, block, sub_chain_only=bool(section_industries))
                if opened is not None:
                    inline = opened
                mentions = self._sentence(sentence, start, block)
                current = [*inline, *(m for m in section_industries if m not in inline)]
                # a bracketed sub-chain of the heading (（四）新能源（光伏、氢能）) only where the sentence names it
                current = [m for m in current if m.attrs.get("written", m.name[:0]) in sentence]
                links = self.relations.sentence(sentence, start, mentions, current)
                self.result.links.extend(links)
                block_links.extend(links)
                for used in {id(k.target): k.target for k in links if k.target in led[1]}.values():
                    if not used.attrs.get("emitted"):
                        used.attrs["emitted"] = True
                        self.result.mentions.append(used)
                # industries inferred from a firm's name are new mentions of their own
                self.result.mentions.extend(k.target for k in links if k.target.attrs.get("implied"))
                block_mentions.extend(mentions)
            if responsible_spans:
                self._responsible(block, block_mentions, responsible_spans)
            self.result.links.extend(self.relations.lead_place(block, block_mentions, block_links))
            self.result.links.extend(self.relations.item_lead_hosts(block, block_mentions, block_links))
            self.result.links.extend(self.relations.project_entry(block, block_mentions))
        # 支持标准 | 最高300万元 in a table summing up the awards the prose offers, a cell that says of no subject
        # what it rewards: the same award, said again
        awards = [m.attrs for m in self.result.mentions if m.type in self.kinds.offered_figures]
        offered = {(a["value"], a["unit"]) for a in awards}
        offered |= {(a["cap"], a.get("cap_unit")) for a in awards if a.get("cap") is not None}
        for grid in self.layout.grids:
            mentions, links = tables.grid(grid)
            mentions = [
                m
                for m in mentions
                if m.type not in self.kinds.offered_figures
                or m.attrs["rewards"]
                or (m.attrs["value"], m.attrs["unit"]) not in offered
            ]
            self.result.mentions.extend(ruled(mentions, "table.column"))
            self.result.links.extend(links)
            # A table in a chain's section whose title names that chain (三、机械装备产业链 > 表3-1 机械装备产业链
            # 产品推介目录) lists its things; not a table naming its rows' chains, nor one placed after a chain's
            # heading that names none (a project list of every chain at a section's end)
            if grid.title and "industry" not in column_roles(grid.header):
                section = self._section_industries(Block(grid.start, grid.end, "", grid.path), heading_industries)
                text = self.doc.text
                title = self.meta.title
                named = [
                    m
                    for m in section
                    if (m.name in grid.title or text[m.start : m.end] in grid.title)
                    and m.name not in title
                    and text[m.start : m.end] not in title
                ]  # (the chain a whole plan is about is every table's: no table says more by naming it)
                self.result.links.extend(RelationRules.section_table(mentions, links, named))
        self.result.links += RelationRules.hosts_in_names(self.result.mentions, self.result.links)
        self.result.links += RelationRules.undertakers_in_names(self.result.mentions, self.result.links)
        for table in self.layout.tables:
            self.result.mentions.extend(ruled(self.targets.in_table(table, self.doc.text), "target.table"))
        self._merge_targets()
        self._fold_project_heads()
        self._drop_industries_read_as_firms()
        self._restore_cut_names()
        self._title_chain()
        return self.result

    def _title_chain(self) -> None:
        """The one chain the title names (宜宾市动力电池产业链…行动方案, 某某铝材创新型产业集群认定申报书) is an
        industry of the plan even where no sentence names it so (read where the plan first writes it)."""
        span = plan_chain(self.meta.title)
        if span is None:
            return
        name = self.meta.title[span[0] : span[1]]
        text = self.doc.text
        concept = industries().lookup(name)
        for m in self.result.mentions:
            written = text[m.start : m.end]
            if m.type == self.kinds.industry and (
                written in name or name in written or m.name == name or (concept is not None and m.key == concept.id)
            ):
                return  # (智能网联新能源汽车产业链 in a plan that says 新能源汽车: the plan's own word for it)
        at = text.find(name)
        if at < 0:
            return
        block = Block(at, at + len(name), name, ())
        mention = concept_mention(name, at, at + len(name), block, priority=True) if concept else None
        mention = mention or Mention(self.kinds.industry, name, at, at + len(name), block, {"heading_chain": True})
        self.result.mentions.extend(ruled([mention], "industry.title"))

    def _restore_cut_names(self) -> None:
        """A name whose first character a sentence cut off as a function word (均安新材料中试基地 read as
        安新材料中试基地, 均 taken for "all") is the whole name where the plan writes that whole name elsewhere (a
        table cell): the characters before the cut and the rest are one name the plan uses."""
        kinds = self.kinds.organisations | self.kinds.responsible_parties  # firms, platforms, agencies
        named = {(m.type, m.name) for m in self.result.mentions if m.type in kinds}
        text = self.doc.text
        for m in self.result.mentions:
            if m.type not in kinds or text[m.start : m.end] != m.name:
                continue
            for n in (1, 2):
                whole = text[max(0, m.start - n) : m.end]
                if len(whole) == len(m.name) + n and (m.type, whole) in named:
                    m.name, m.start = whole, m.start - n
                    break

    def _fold_project_heads(self) -> None:
        """Project heads read as firms go to the firm the plan names in full (:func:`fold_project_heads`)."""
        kept, self.result.links = fold_project_heads(self.result.mentions, self.result.links)
        if len(kept) != len(self.result.mentions):
            gone = {id(m) for m in self.result.mentions} - {id(m) for m in kept}
            self.result.mentions = kept
            self.result.responsible = [
                (block, agencies, [t for t in things if id(t) not in gone])
                for block, agencies, things in self.result.responsible
            ]

    def _drop_industries_read_as_firms(self) -> None:
        """A short form read from a business word (南繁种业, 深海科技) that is word for word an industry this plan
        names is that industry, not a firm: the plan calls it a chain elsewhere."""
        industries = {
            form
            for m in self.result.mentions
            if m.type == self.kinds.industry and not m.attrs.get("implied")
            for form in (m.name, self.doc.text[m.start : m.end])
        }
        drop = {
            id(m)
            for m in self.result.mentions
            if m.rule == "enterprise.short:business-word" and m.name in industries  # the rule reads firms only
        }
        if not drop:
            return
        self.result.mentions = [m for m in self.result.mentions if id(m) not in drop]
        self.result.links = [k for k in self.result.links if id(k.source) not in drop and id(k.target) not in drop]
        self.result.responsible = [
            (block, agencies, [t for t in things if id(t) not in drop])
            for block, agencies, things in self.result.responsible
        ]

    def _merge_targets(self) -> None:
        """One target per (indicator, value, year, status): a table row and the prose that repeats it agree.

        The richer mention survives (a unit over none, a bound over a bare =); the others become its
        mentions, so their evidence is kept.
        """
        from loaders.rules.targets import indicator_key

        best: dict[tuple, Mention] = {}
        for m in self.result.mentions:
            if m.type not in self.kinds.indicator_figures:
                continue
            a = m.attrs
            # 东安区 5.5%, 阳明区 5.5%: a table of goals by county sets one goal for each county
            place = a["region_mention"].name if a.get("per_place") else ""
            key = (a["indicator_id"] or indicator_key(a["indicator"]), a["value"], a["year"], a["status"], place)
            kept = best.get(key)
            if kept is None:
                best[key] = m
                continue
            richer = (bool(a["unit"]), a["comparator"] != "=")
            if richer > (bool(kept.attrs["unit"]), kept.attrs["comparator"] != "="):
                # the richer reading wins field by field; what only the other read (the region a sentence
                # names for the figure) stays. In place: mentions merged earlier share this dict.
                kept.attrs.update({k: v for k, v in a.items() if v})
            m.attrs = kept.attrs  # both mentions now describe the same target
        self._merge_restated_targets()

    def _merge_restated_targets(self) -> None:
        """A figure stated twice in other words (帮助农村劳动力转移就业1.32万人 in the summary, 帮助临夏州农村劳动力转移
        就业 1.32万人 in a section, 认定…消费帮扶产品 412个 in the table): the same value, unit, year, status and place
        under indicators that share most of their wording are one target, as the gold counts them."""
        groups: dict[tuple, list[dict]] = {}
        own = self.meta.region.name if self.meta.region else ""  # (the plan's own region named is no other place)
        for m in self.result.mentions:
            if m.type not in self.kinds.indicator_figures:
                continue
            a = m.attrs
            place = a["region_mention"].name if a.get("region_mention") is not None else ""
            place = "" if place == own else place
            group = groups.setdefault((a["value"], a["value_max"], a["unit"], a["year"], a["status"], place), [])
            if not any(g is a for g in group):
                group.append(a)
        merged: dict[int, dict] = {}
        for group in groups.values():
            for i, a in enumerate(group):
                for kept in group[:i]:
                    if id(kept) not in merged and _restated(kept["indicator"], a["indicator"]):
                        merged[id(a)] = kept
                        # the plainer wording names it: a known indicator, else the shorter (技术合同成交额, not
                        # 技术合同成交额年均增速 read off the same 16.25亿元)
                        if (bool(a["indicator_id"]), -len(a["indicator"])) > (
                            bool(kept["indicator_id"]),
                            -len(kept["indicator"]),
                        ):
                            kept.update(indicator=a["indicator"], indicator_id=a["indicator_id"])
                        break
        for m in self.result.mentions:
            kept = merged.get(id(m.attrs))
            if kept is not None:
                m.attrs = kept

    # -- pieces ------------------------------------------------------------------------------------------------
    def _headings(self) -> dict[tuple[str, ...], list[Mention]]:
        """Industries and projects named in headings; industries are keyed by the heading's path."""
        by_path: dict[tuple[str, ...], list[Mention]] = {}
        subject = self._title_industry()
        communique = "统计公报" in self.meta.title
        body_chains = False  # a heading before the attachments named a chain
        for heading in self.layout.headings:
            block = Block(heading.start, heading.end, heading.title, heading.path)
            if communique and HEADING_MARK.sub("", heading.title).rstrip("。 ") in _STATISTICAL_SECTIONS:
                continue  # 三、工业和建筑业, 八、财政金融: a communique's sector of statistics, no chain
            title_start = heading.start + self.layout.folded[heading.start : heading.end].find(heading.title[:4])
            if _profiled_firm(heading.title, self.layout.folded[heading.start : heading.end]):
                continue  # 16.峤光储能。莆田市峤光储能科技有限公司成立于…: a firm's profile, headed by its short form
            if heading.style == "subject":  # 案由：关于…的提案: the proposal's chain, if its subject names one
                found = self.sectors.subject_chains(heading.title, max(title_start, heading.start), block)
            else:
                found = self.sectors.find(heading.title, max(title_start, heading.start), block, heading=True)
            inside_chain = any(heading.path[:i] in by_path for i in range(1, len(heading.path)))
            annexed = self.layout.annex_start is not None and heading.start >= self.layout.annex_start
            if inside_chain and annexed and (body_chains or heading.style != "(cn)"):
                # an attachment restating the chains (一、智能家电领域) lists technical directions under each
                # (2.成型装备, 2.金属材料): no sub-chains there. (A decision whose body names no chain has its
                # chains and their sub-chains in the attachment: 一、高端装备产业链 / （一）矿山机械.)
                found = []
            if inside_chain:
                # Under a chain's heading, a heading the scheme does not know (1.整机智能化和电动化) is one of
                # the chain's directions, not a chain of its own.
                # A short noun phrase that ends as an industry's name does (2.风电装备, 3.生物制品) is a sub-chain.
                # What a heading makes of a direction (1.推动原料药绿色化高端化发展) is a task in the chain's section.
                # 2.做大南药产业: a heading that calls its object an industry names a sub-chain, verb or not.
                title = heading.title.rstrip("。 ")
                found = [
                    m
                    for m in found
                    if m.key
                    or not m.attrs.get("heading_chain")
                    or _sub_chain_name(m.name)
                    or (
                        any(title.endswith(m.name + tail) for tail in ("产业", "产业链", "产业集群"))
                        and not re.search(r"[和与及]|细分$", m.name)  # 服务器和存储产业: two directions
                        and not _KIND_OF_INDUSTRY.match(m.name)  # 1.提升县域产业, 发展关联产业: no name
                    )
                ]
                found = [m for m in found if not m.attrs.get("aimed")]
                for m in found:
                    m.attrs["sub_chain"] = True
            parent = heading.path[-2] if len(heading.path) >= 2 else ""
            found = [m for m in found if not _task_heading(m, parent, inside_chain) and not _service_item(m, parent)]
            found = [m for m in found if m.key or not _firm_short_form(m.name, self.doc.text)]
            projects = self.projects.in_heading(heading.title, heading.start, block)
            self.result.mentions.extend(ruled(found, "industry.heading") + ruled(projects, "project.heading"))
            # A heading that names a chain makes its section that chain's; a scheme label inside a task heading
            # (1.做强新型电子元器件) is a direction of the enclosing chain, not a section of its own.
            chains = [m for m in found if m.attrs.get("heading_chain")]
            if len(heading.path) == 1 and found and {m.name for m in found} <= subject:
                # 一、全市医药健康产业发展基本情况 in a report on 医药健康产业: the part's heading names what the whole
                # plan is about, not a chain; its firms are on the sub-chains their paragraphs name
                continue
            if chains or (found and heading.style in ("part", "cn、")):
                by_path[heading.path] = chains or found
                body_chains = body_chains or self.layout.annex_start is None or heading.start < self.layout.annex_start
        return by_path

    def _title_industry(self) -> set[str]:
        """The one industry the title names (关于全市医药健康产业高质量发展情况的调研报告), or none when it names
        several or none: only a plan about one industry has a subject its part headings can repeat."""
        title = self.meta.title
        block = Block(self.meta.start, self.meta.start + len(title), title, ())
        found = self.sectors.find(title, self.meta.start, block, heading=True)
        return {found[0].name} if len(found) == 1 else set()

    def _addressed_parks(self) -> list[Mention]:
        """The parks a notice is addressed to (各县人民政府，某某经济技术开发区、某某高新技术产业开发区管委会：).

        The addressee line is often the one place a plan spells its parks out; the body then says 某某经开区 and
        某某高新区, which resolve to these full names."""
        parks: list[Mention] = []
        for line in self.layout.front:
            if line.text.startswith("各") and line.text.endswith(("：", ":")):
                block = Block(line.start, line.end, line.text, ())
                parks += self.places.parks(line.text, line.start, block, [])
        return parks

    def _inline_lead(
        self, sentence: str, start: int, block: Block, sub_chain_only: bool = False
    ) -> list[Mention] | None:
        """An item inside a paragraph that names an industry (（1）新型储能。…, 油茶产业方面，…; a speaker's
        医疗器械这块，…), as work reports enumerate: the sentences after it, up to the next item, are on it. None
        when the sentence opens no item; an empty list when it opens one that names no industry (the previous
        item's industry ends there)."""
        item = _INLINE_ITEM.match(sentence)
        if item is None or (sub_chain_only and item.group(4) is None):
            return None
        group = next(g for g in (1, 2, 4) if item.group(g))
        named = item.group(group + 1) is not None if group in (2, 4) else False
        # 油茶产业方面, 在数控机床子链: the plan calls it an industry or a chain
        lead = item.group(group) + (item.group(group + 1) if named and group == 2 else "")
        found = self.sectors.find(lead, start + item.start(group), block, heading=True)
        # An item names an industry the scheme knows, or one it calls an industry (油茶产业方面); other items
        # (（1）绿色制造技术。) are directions of work.
        chains = [m for m in found if m.attrs.get("heading_chain") and (m.key or named)]
        self.result.mentions.extend(ruled(chains, "industry.heading"))
        return chains

    def _led_chains(self, block: Block, emit: bool = True) -> list[Mention]:
        """The chain a paragraph outside any chain's section is led by: one the scheme knows as a run-in heading
        (汽车产业。…), or one the plan calls a chain after an item's number (1.有色金属新材料产业链。…)."""
        return self._lead_industries(block, _RUN_IN_LEAD, emit=emit) or self._lead_industries(
            block, _NUMBERED_CHAIN_LEAD, known_only=False, emit=emit
        )

    def _lead_industries(
        self, block: Block, pattern: re.Pattern[str], known_only: bool = True, emit: bool = True
    ) -> list[Mention]:
        """A paragraph led by a chain the scheme knows (汽车产业。加快… / 生物医药：支持…), as work reports write a
        run-in heading, outside any chain's section: the paragraph is that chain's. Inside a chain's section a
        dashed lead (——碳基新材料。) names a sub-chain, known to the scheme or not."""
        lead = pattern.match(block.text)
        if lead is None:
            return []
        found = self.sectors.find(lead.group(1), block.start + lead.start(1), block, heading=True)
        whole = len(re.sub(r"(?:产业链|产业集群|产业|链条|子链)$", "", lead.group(1)))  # 新能源汽车产业。: 新能源汽车
        # 医疗器械及卫生材料产业链。, 乳制品链条。: the plan calls it a chain
        named = lead.group(1).endswith(("产业链", "产业集群", "链条", "子链"))
        chains = [
            m
            for m in found
            if m.attrs.get("heading_chain") and (m.key or not known_only or named) and m.end - m.start >= whole
        ]
        chains = ruled(chains, "industry.heading")
        if emit:
            self.result.mentions.extend(chains)
        return chains

    @staticmethod
    def _section_industries(block: Block, by_path: dict[tuple[str, ...], list[Mention]]) -> list[Mention]:
        path = block.path
        found: list[Mention] = []
        while path:
            if path in by_path:
                here = by_path[path]
                if not found and len(here) > 1:
                    # 1.推动先进钢铁高端化发展 under 做优先进钢铁和铝基新材料产业链: a sub-section that names one of
                    # the chains its section joins is about that one
                    below = "".join(block.path[len(path) :])
                    picked = [m for m in here if m.name in below]
                    if len(picked) == 1:
                        return picked
                # A sub-chain's section (2.风电装备 under 新能源装备产业链) is also its chain's.
                found += [m for m in here if m not in found]
                if not here[0].attrs.get("sub_chain"):
                    return found
            path = path[:-1]
        return found

    def _sentence(self, text: str, base: int, block: Block) -> list[Mention]:
        spans: list[tuple[int, int]] = self.places.town_spans(text)
        mentions = ruled(self.orgs.full_names(text, base, block, spans), "name.suffix")
        mentions += ruled(self.agencies.find(text, base, block, spans), "agency.name")
        named = [(m.start, m.end) for m in mentions if m.type in self.kinds.no_place_inside]
        # 江苏某某锂电材料有限公司: a legal name opens with its province, which the plan does not speak of
        organisations = [(m.start, m.end) for m in mentions if m.type in self.kinds.organisations]
        bodies = [(m.start, m.end) for m in mentions if m.type in self.kinds.no_park_inside]
        divisions = ruled(self.places.divisions(text, base, block), "region.gazetteer")
        for division in divisions:
            inside = named + organisations if division.attrs.get("level") == "province" else named
            if any(s <= division.start and division.end <= e for s, e in inside):
                division.attrs["implied"] = True  # 北京科技大学: not a place the plan names
            elif text[division.start - base - 1 : division.start - base] in MIDDLE_DOTS and any(
                s < division.start and division.end <= e for s, e in bodies
            ):
                division.attrs["implied"] = True  # 黄石经开区·铁山区管委会: the zone's, not a place of its own
        mentions += divisions
        homes = self.places.stated_homes(text, base, block, [m for m in mentions if m.type in self.kinds.organisations])
        mentions += ruled(
            [h for h in homes if not any(d.start < h.end and h.start < d.end for d in divisions)], "region.gazetteer"
        )
        shorts = ruled(self.orgs.short_names(text, base, block, spans), "enterprise.short")
        mentions += shorts
        mentions += ruled(speakers_firm(text, base, block, spans), "enterprise.speaker")
        mentions += self._split_places(shorts, mentions, block)
        mentions += ruled(self.projects.in_sentence(text, base, block, spans), "project.suffix")
        # Parks may stand inside a project's name (江油工业园区污水处理厂提标改造工程), not inside an organisation's.
        # 北滘镇人民政府: the town a town government opens with is a place the plan names too
        governments = {id(m) for m in mentions if m.type in self.kinds.responsible_parties}
        town_ends = dict(self.places.town_spans(text)) if governments else {}
        org_spans = [
            (town_ends.get(m.start - base, m.start - base) if id(m) in governments else m.start - base, m.end - base)
            for m in mentions
            if m.type in self.kinds.no_park_inside
        ]
        parks = ruled(self.places.parks(text, base, block, org_spans), "region.park")
        straddling = {id(d) for d in divisions} - {id(d) for d in outside_parks(divisions, parks)}
        mentions = [m for m in mentions if id(m) not in straddling] + parks
        in_chain = bool(self._chain_sections and self._section_industries(block, self._chain_sections))
        # 兰州某某石化新材料有限公司 names a firm, not the industry 石化新材料
        firms = [(m.start, m.end) for m in mentions if m.type in self.kinds.no_industry_inside]
        industries = self.sectors.find(text, base, block, in_chain=in_chain)
        industries = [i for i in industries if not any(s <= i.start and i.end <= e for s, e in firms)]
        mentions += ruled(industries, "industry.lexicon")
        incentives, not_targets = self.incentives.in_sentence(text, base, block)
        mentions += ruled(incentives, "incentive.sentence")
        own = self._own
        mentions_of_others = [m for m in mentions if not own or own not in (m.name, m.attrs.get("alias_of"))]
        named = [
            (m.start - base, m.end - base) for m in mentions_of_others if m.type not in self.kinds.figures_read_inside
        ]
        orgs = frozenset(m.name for m in mentions_of_others if m.type in self.kinds.organisations)
        # (the firms: the classes no industry is read inside, a firm's name holding its trade)
        firms = frozenset(m.name for m in mentions if m.type in self.kinds.no_industry_inside)
        found = self.targets.in_sentence(text, base, block, named + not_targets, orgs, firms)
        mentions += ruled(found, "target.sentence")
        self.result.mentions.extend(mentions)
        return mentions

    def _split_places(self, shorts: list[Mention], mentions: list[Mention], block: Block) -> list[Mention]:
        """深圳碳衡科技 -> 碳衡科技 in 深圳: a place before a firm's short form is where the firm is, not its name
        (a legal name keeps its place: 深圳市碳衡科技有限公司). Returns the region mentions this adds."""
        table = regions()
        added: list[Mention] = []
        for m in shorts:
            place = table.leading_place(m.name)
            if not place or len(m.name) - len(place) < 4 or m.attrs.get("alias_of"):
                continue
            ref = table.resolve(place, self.meta.region)
            if ref is None:
                continue
            start = m.start
            m.attrs.setdefault("aliases", []).append(m.name)
            m.name = m.name[len(place) :]
            m.start = start + len(place)
            if not any(r.type == self.kinds.region and r.start == start for r in mentions):
                attrs = {"code": ref.code, "level": ref.level, "parent": ref.parent}
                region = Mention(self.kinds.region, ref.name, start, start + len(place), block, attrs, key=ref.code)
                added.append(region)
        return ruled(added, "region.gazetteer")

    def _responsible(self, block: Block, mentions: list[Mention], spans: list[tuple[int, int]]) -> None:
        kinds = self.kinds
        agencies = [
            m
            for m in mentions
            if m.type in kinds.responsible_parties and any(s <= m.start - block.start < e for s, e in spans)
        ]
        things = [
            m
            for m in mentions
            if m.type in kinds.responsible_for and not any(s <= m.start - block.start < e for s, e in spans)
        ]
        if agencies:
            self.result.responsible.append((block, agencies, things))  # type: ignore[arg-type]


# Words that say what kind of industries a heading means, not which (县域产业, 关联产业, 高附加值产业).
_KIND_OF_INDUSTRY = re.compile(
    r"^(?:县域|区域|关联|相关|高附加值|前沿|配套|特色|优势|新兴|主导|其他|传统|重点|未来|各类|支柱|接续|替代|首位)"
)


def _sub_chain_name(name: str) -> bool:
    """A short noun phrase ending as an industry's name does (风电装备, 生物制品): not a process (…智能化), a
    technology or a facility (…低碳技术, …基础设施), nor two things joined (服务器和存储)."""
    return (
        han_count(name) <= 8
        and not re.search(r"(?:化|技术|设施)$|[和与及]", name)
        and not KEY_PARTS.match(name)
        and ends_in_industry_word(name)
    )


def extract_document(
    doc: Document, known_short_forms: dict[str, str] | None = None, ontology: Ontology | None = None
) -> DocumentExtraction:
    """Mentions and links of one plan, read with ``ontology`` (the default one when not given)."""
    return DocumentExtractor(doc, ontology).run(known_short_forms)
