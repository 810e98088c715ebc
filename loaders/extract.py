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

from loaders.corpus import Document
from loaders.gazetteer import firm_words
from loaders.plan import PlanMeta, read_plan_meta
from loaders.rules.agencies import AgencyFinder
from loaders.rules.common import Link, Mention, clause_start
from loaders.rules.organisations import OrganisationFinder
from loaders.rules.places import PlaceFinder
from loaders.rules.projects import ProjectFinder
from loaders.rules.sectors import SectorFinder
from loaders.rules.targets import TargetFinder
from loaders.segment import Block, Layout, segment

ORGS = ("Enterprise", "Platform", "University")
_HOST_VERB = re.compile(r"^(?:牵头)?(?:建设|组建|创建|申建|建立|成立|打造|筹建|共建|建成|设立|争创|建)")
# Verbs of courting, visiting, benchmarking and learning: their objects are firms elsewhere, not the plan's own.
_COURT = re.compile(
    r"(?:对接|引进|引入|招引|招商|招来|瞄准|对标|学习|借鉴|拜访|走访|考察|吸引|争取|洽谈|盯紧|紧盯|锁定|链接)"
)
_LOCAL_VERB = re.compile(r"支持|推动|依托|鼓励|引导|培育|壮大|做强|做大|扶持|推进|发挥|以")
_COOPERATE = re.compile(
    r"与(.{2,80}?)(?:等)?(?:高校院所|高校|院所|科研院所|大学)?(?:签署|签订|开展|合作|共建|联合|对接|深化|建立)"
)


@dataclass
class DocumentExtraction:
    """Everything read from one plan before resolution across documents."""

    doc: Document
    layout: Layout
    meta: PlanMeta
    mentions: list[Mention] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    responsible: list[tuple[Mention, list[Mention], Block]] = field(default_factory=list)


def _inside(inner: Mention, outer: Mention) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end and inner is not outer


class DocumentExtractor:
    """Runs every rule set over one document."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.layout = segment(doc)
        self.meta = read_plan_meta(self.layout)
        self.orgs = OrganisationFinder()
        self.places = PlaceFinder(self.meta.region)
        self.sectors = SectorFinder()
        self.targets = TargetFinder(self.meta.period_start, self.meta.period_end)
        self.projects = ProjectFinder()
        self.agencies = AgencyFinder(self.meta.region)
        self.result = DocumentExtraction(doc, self.layout, self.meta)

    def run(self, known_short_forms: dict[str, str] | None = None) -> DocumentExtraction:
        if known_short_forms:
            self.orgs.short_forms.update(known_short_forms)
        heading_industries = self._headings()
        for block in self.layout.blocks:
            section_industries = self._section_industries(block, heading_industries)
            responsible_spans = AgencyFinder.responsible_spans(block.text)
            block_mentions: list[Mention] = []
            for start, _end, sentence in block.sentences():
                mentions = self._sentence(sentence, start, block)
                self._relations(sentence, start, mentions, section_industries)
                block_mentions.extend(mentions)
            if responsible_spans:
                self._responsible(block, block_mentions, responsible_spans)
        for table in self.layout.tables:
            self.result.mentions.extend(self.targets.in_table(table, self.doc.text))
        self._merge_targets()
        return self.result

    def _merge_targets(self) -> None:
        """One target per (indicator, value, year, status): a table row and the prose that repeats it agree.

        The richer mention survives (a unit over none, a bound over a bare =); the others become its
        mentions, so their evidence is kept.
        """
        from loaders.rules.targets import indicator_key

        best: dict[tuple, Mention] = {}
        for m in self.result.mentions:
            if m.type != "Target":
                continue
            a = m.attrs
            key = (a["indicator_id"] or indicator_key(a["indicator"]), a["value"], a["year"], a["status"])
            kept = best.get(key)
            if kept is None:
                best[key] = m
                continue
            richer = (bool(a["unit"]), a["comparator"] != "=")
            if richer > (bool(kept.attrs["unit"]), kept.attrs["comparator"] != "="):
                m.attrs, kept.attrs = {**kept.attrs, **{k: v for k, v in a.items() if v}}, m.attrs
                m.attrs = dict(kept.attrs)
                kept.attrs.update({k: v for k, v in a.items() if v not in (None, "")})
            m.attrs = kept.attrs  # both mentions now describe the same target

    # -- pieces ------------------------------------------------------------------------------------------------
    def _headings(self) -> dict[tuple[str, ...], list[Mention]]:
        """Industries and projects named in headings; industries are keyed by the heading's path."""
        by_path: dict[tuple[str, ...], list[Mention]] = {}
        for heading in self.layout.headings:
            block = Block(heading.start, heading.end, heading.title, heading.path)
            title_start = heading.start + self.layout.folded[heading.start : heading.end].find(heading.title[:4])
            found = self.sectors.find(heading.title, max(title_start, heading.start), block, heading=True)
            projects = self.projects.in_heading(heading.title, heading.start, block)
            self.result.mentions.extend(found + projects)
            if found:
                by_path[heading.path] = found
        return by_path

    @staticmethod
    def _section_industries(block: Block, by_path: dict[tuple[str, ...], list[Mention]]) -> list[Mention]:
        path = block.path
        while path:
            if path in by_path:
                return by_path[path]
            path = path[:-1]
        return []

    def _sentence(self, text: str, base: int, block: Block) -> list[Mention]:
        spans: list[tuple[int, int]] = []
        mentions = self.orgs.full_names(text, base, block, spans)
        mentions += self.agencies.find(text, base, block, spans)
        mentions += self.places.divisions(text, base, block)
        mentions += self.orgs.short_names(text, base, block, spans)
        mentions += self.projects.in_sentence(text, base, block, spans)
        mentions += self.places.parks(text, base, block, spans)
        mentions += self.sectors.find(text, base, block)
        named = [(m.start - base, m.end - base) for m in mentions if m.type != "Industry"]
        mentions += self.targets.in_sentence(text, base, block, named)
        self.result.mentions.extend(mentions)
        return mentions

    def _link(self, rel: str, source: Mention, target: Mention, text: str, base: int) -> None:
        start = min(source.start, target.start)
        end = max(source.end, target.end)
        self.result.links.append(Link(rel, source, target, start, end))

    def _relations(self, text: str, base: int, mentions: list[Mention], section_industries: list[Mention]) -> None:
        orgs = [m for m in mentions if m.type in ORGS]
        regions = [m for m in mentions if m.type == "Region" and not m.attrs.get("self")]
        industries = [m for m in mentions if m.type == "Industry"]
        projects = [m for m in mentions if m.type == "Project"]
        platforms = [m for m in mentions if m.type == "Platform"]
        targets = [m for m in mentions if m.type == "Target"]

        # Firms the plan courts or learns from (积极对接A、B等龙头企业) are not placed in the plan's region.
        for org in orgs:
            if org.type != "Enterprise":
                continue
            lead = text[clause_start(text, org.start - base) : org.start - base]
            cue = None
            for cue in _COURT.finditer(lead):
                pass
            if cue is not None and not _LOCAL_VERB.search(lead[cue.end() :]):
                org.attrs["courted"] = True
        # A place named inside an organisation's or project's name: 天门纺机 is in 天门. A province prefix
        # (湖北益泰药业…) says less than the plan's own city, which the resolver then supplies.
        plan_region = self.meta.region
        for thing in orgs + projects:
            inner = [
                r
                for r in regions
                if _inside(r, thing)
                and not (
                    plan_region is not None
                    and r.attrs.get("level") == "province"
                    and r.key == plan_region.province
                    and thing.type != "University"
                )
            ]
            if inner:
                best = min(
                    inner,
                    key=lambda r: {"park": 0, "town": 0, "county": 1, "city": 2}.get(r.attrs.get("level", ""), 3),
                )
                self._link("LOCATED_IN", thing, best, text, base)
        # A firm whose name says its trade (…药业, …化工, …新材料) is in that industry, whatever the section.
        pattern, words = firm_words()
        for firm in (o for o in orgs if o.type == "Enterprise"):
            found = list(pattern.finditer(firm.name))
            if found:
                concept = words[max(found, key=lambda m: (len(m.group()), m.start())).group()]
                implied = Mention(
                    "Industry",
                    concept.name,
                    firm.start,
                    firm.end,
                    firm.block,
                    {"implied": True, "kind": concept.kind, "notation": concept.notation},
                    key=concept.id,
                )
                self.result.mentions.append(implied)
                self._link("IN_INDUSTRY", firm, implied, text, base)
        # Industry: the section's, else the only one in the clause.
        for thing in orgs + projects + targets:
            chosen = section_industries
            if not chosen:
                clause_lo = clause_start(text, thing.start - base)
                near = [i for i in industries if i.start - base >= clause_lo and abs(i.start - thing.start) < 40]
                chosen = near if len(near) == 1 else []
            for industry in chosen:
                if thing.type == "University":
                    continue
                self._link("IN_INDUSTRY", thing, industry, text, base)
        # Host: an organisation named inside the platform's name, or one that builds it in this clause.
        for platform in platforms:
            hosts = [o for o in orgs if o.type in ("Enterprise", "University") and _inside(o, platform)]
            for org in orgs:
                if org.type not in ("Enterprise", "University") or org.end > platform.start:
                    continue
                between = text[org.end - base : platform.start - base]
                if (len(between) <= 12 and _HOST_VERB.match(between) and not re.search(r"[，,。；;]", between)) or (
                    text[max(0, org.start - base - 2) : org.start - base] == "依托"
                    and len(between) <= 16
                    and re.match(r"^(?:建设|组建|打造|成立|创建|建立)", between)
                ):
                    hosts.append(org)
            for host in hosts:
                self._link("HOSTED_BY", platform, host, text, base)
        # Projects carried out by a named organisation (in the project name, or right before it).
        for project in projects:
            for org in orgs:
                if _inside(org, project) or (0 <= project.start - org.end <= 1):
                    self._link("UNDERTAKES", org, project, text, base)
        # Cooperation with universities: 与A、B等高校院所合作/签署….
        for match in _COOPERATE.finditer(text):
            partners = [
                o
                for o in orgs
                if o.type in ("University", "Enterprise")
                and match.start(1) <= o.start - base
                and o.end - base <= match.end(1)
            ]
            if not partners:
                continue
            subject = [o for o in orgs if o.end - base <= match.start() and match.start() - (o.end - base) <= 4]
            for partner in partners:
                for source in subject:
                    if source is not partner:
                        self._link("COOPERATES_WITH", source, partner, text, base)
                if not subject:
                    partner.attrs["cooperates_with_plan_region"] = True
        # A target applies to a region named in its clause (鄂城区高新技术企业增至35家), else the plan's.
        for target in targets:
            clause_lo = clause_start(text, target.start - base)
            local = [
                r
                for r in regions
                if clause_lo <= r.start - base < target.start - base
                and r.attrs.get("level") in ("county", "city", "province", "park")
            ]
            if local:
                target.attrs["region_mention"] = local[-1]

    def _responsible(self, block: Block, mentions: list[Mention], spans: list[tuple[int, int]]) -> None:
        agencies = [m for m in mentions if m.type == "Agency" and any(s <= m.start - block.start < e for s, e in spans)]
        things = [
            m
            for m in mentions
            if m.type in ("Project", "Platform", "Target") and not any(s <= m.start - block.start < e for s, e in spans)
        ]
        if agencies:
            self.result.responsible.append((block, agencies, things))  # type: ignore[arg-type]


def extract_document(doc: Document, known_short_forms: dict[str, str] | None = None) -> DocumentExtraction:
    """Mentions and links of one plan."""
    return DocumentExtractor(doc).run(known_short_forms)
