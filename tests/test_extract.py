"""The extractor on short texts written for these tests: every entity type, the layout, resolution, bad input.

The texts imitate plan prose (numbered headings, boxes, flattened tables, 责任单位 lists) but are invented, so
each assertion pins what a rule must do with a construction, not what one corpus happens to say.
"""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.facts import Entity, Relation
from loaders import extract_documents, read_document
from loaders.corpus import Document, read_documents
from loaders.extract import extract_document
from loaders.numbers import find_quantities
from loaders.segment import segment

PLAN = """\
当前位置:首页 / 政务公开 / 规划计划
市人民政府关于印发示例市科技创新“十四五”规划的通知
发布时间:2022-03-01 来源:示例市人民政府
各区人民政府,市政府各部门:
现将《示例市科技创新“十四五”规划》印发给你们,请认真贯彻执行。
荆门市人民政府
2022年2月28日

荆门市科技创新“十四五”规划

一、发展基础
(一)创新能力稳步提升
1.创新平台加快集聚。全市拥有省级工程技术研究中心6家,依托湖北青云新材料股份有限公司建设湖北省高分子膜材料工程技术研究中心。2020年,全社会研发经费投入占GDP比重达到2.1%。
2.产学研合作不断深化。先后与武汉理工大学、华中农业大学等高校院所签署战略合作协议。
二、发展目标
到2025年,高新技术企业数量突破300家,技术合同成交额达到50亿元以上,每万人口发明专利拥有量由“十三五”末的3.5件增至8件。
专栏1 主要指标
序号
指标名称
单位
2020年
2025年
1
高新技术企业
家
150
300
2
研发投入强度
%
2.1
2.8
三、重点任务
(一)壮大生物医药产业
1、做大做强生物医药产业。以青云新材为龙头,支持华康制药、瑞丰泵业等企业建设企业技术中心,推动掇刀区生物医药产业园建设。
(1)实施“创新主体倍增工程”,培育科技型中小企业200家。(责任单位:市科技局、市发改委)
"""


@pytest.fixture(scope="module")
def plan_doc(tmp_path_factory: pytest.TempPathFactory) -> Document:
    path = tmp_path_factory.mktemp("plan") / "plan.txt"
    path.write_text(PLAN, encoding="utf-8")
    return read_document(path)


@pytest.fixture(scope="module")
def extraction(plan_doc: Document):
    return extract_document(plan_doc)


def names(extraction, etype: str) -> set[str]:
    return {m.name for m in extraction.mentions if m.type == etype}


def test_front_matter_and_plan_metadata(extraction) -> None:
    meta = extraction.meta
    assert meta.title == "荆门市科技创新“十四五”规划"
    assert (meta.issuer, meta.date) == ("荆门市人民政府", "2022-02-28")
    assert (meta.region.code, meta.period_start, meta.period_end, meta.genre) == (
        "420800",
        2021,
        2025,
        "five-year-plan",
    )
    assert extraction.layout.front[0].text.startswith("当前位置")  # navigation is not body


def test_manifest_row_overrides_the_text(tmp_path: Path) -> None:
    (tmp_path / "p.txt").write_text(PLAN, encoding="utf-8")
    (tmp_path / "MANIFEST.tsv").write_text(
        "file\ttitle\tissuer\tdoc_number\tissued\tregion\tregion_code\tprovince\tperiod_start\tperiod_end\tgenre\n"
        "p.txt\t荆门市科技创新“十四五”规划\t荆门市人民政府办公室\t荆政发〔2022〕1号\t2022-03-01\t荆门市\t420800\t湖北省"
        "\t2021\t2025\tfive-year-plan\n",
        encoding="utf-8",
    )
    meta = extract_document(read_documents([tmp_path])[0]).meta
    assert (meta.issuer, meta.number, meta.date) == ("荆门市人民政府办公室", "荆政发〔2022〕1号", "2022-03-01")


def test_heading_styles_build_the_section_tree() -> None:
    text = (
        "示例县科技发展规划\n第一部分 总体\n一、基础\n（一）成效\n1、平台\n（1）企业\n2、 人才\n5．条目不是标题\n"
        "（二）问题\n专栏1 重点项目\n1.甲项目。\n2.乙项目。\n（三）形势\n"
    )
    layout = segment(Document(Path("x.txt"), text, "utf-8"))
    paths = [h.path for h in layout.headings]
    part = "第一部分总体"
    assert paths[:4] == [
        (part,),
        (part, "一、基础"),
        (part, "一、基础", "(一)成效"),
        (part, "一、基础", "(一)成效", "1、平台"),
    ]
    assert (part, "一、基础", "(一)成效", "1、平台", "(1)企业") in paths
    assert (part, "一、基础", "(一)成效", "2、人才") in paths  # the sibling closes (1)企业
    assert not any("条目" in p[-1] for p in paths)  # 5． neither continues a level nor starts one at 1
    box = next(h for h in layout.headings if h.style == "box")
    assert box.path[-2:] == ("(二)问题", "专栏1 重点项目")
    assert (part, "一、基础", "(三)形势") in paths  # box items 1. 2. did not break the tree


def test_a_title_like_line_after_the_first_heading_is_body() -> None:
    # An investment guide's title holds no 规划/方案 word; a short caption further on (…招商计划) does. The body
    # begins at 一、, so the caption and everything before it stay body, not front matter.
    text = (
        "示例区人民政府关于印发《示例区产业投资指南》的通知\n各镇人民政府：现印发给你们，请认真贯彻执行。\n"
        "示例区人民政府\n2026年3月1日\n示例区产业投资指南\n一、区情概况\n示例区位于长江口，交通便利。\n"
        "二、重点产业\n新材料产业基础雄厚，聚集了示例新材料股份有限公司等企业。\n重点招商计划\n"
        "三、政策支持\n对新引进企业给予最高500万元奖励。\n"
    )
    layout = segment(Document(Path("x.txt"), text, "utf-8"))
    assert [ln.text for ln in layout.front][-1] == "示例区产业投资指南"
    assert any("示例新材料股份有限公司" in b.text for b in layout.blocks)
    assert [h.title for h in layout.headings if h.style == "cn、"] == ["一、区情概况", "二、重点产业", "三、政策支持"]


def test_a_roster_before_the_plans_title_is_body() -> None:
    # A notice publishing a roster (附件1 the firms, 附件2 the plan): the title comes late, and the table before it
    # is the roster, not the page's furniture.
    text = (
        "示例市经信局关于2026年度专精特新企业名单的公示\n发布时间：2026-06-11  来源：示例市经信局  浏览次数：12\n"
        "现将名单予以公示。\n附件1\n2026年度专精特新企业名单\n序号\t企业名称\t县区\t主导产品\n"
        "1\t示例精工科技有限公司\t甲区\t精密压铸件\n2\t示例电缆股份有限公司\t乙县\t特种电缆\n"
        "附件2\n示例市专精特新企业培育工作方案\n一、工作目标\n到2028年，专精特新企业达到100家。\n"
    )
    layout = segment(Document(Path("x.txt"), text, "utf-8"))
    assert layout.title is not None and layout.title.text == "示例市专精特新企业培育工作方案"
    assert layout.front[-1].text == "附件1"  # the page's metadata row is furniture, the roster's caption is not
    assert layout.grids[0].title == "2026年度专精特新企业名单"
    assert [c.text for c in layout.grids[0].rows[0]][:2] == ["1", "示例精工科技有限公司"]


def test_flattened_table_is_rebuilt_into_rows(extraction) -> None:
    (table,) = extraction.layout.tables
    assert [c.text for c in table.header][-3:] == ["单位", "2020年", "2025年"]
    assert [(r.serial, r.name.text, [c.text for c in r.cells]) for r in table.rows] == [
        (1, "高新技术企业", ["家", "150", "300"]),
        (2, "研发投入强度", ["%", "2.1", "2.8"]),
    ]
    figures = {
        (m.attrs["indicator"], m.attrs["value"], m.attrs["year"], m.attrs["status"])
        for m in extraction.mentions
        if m.type == "Target" and m.attrs.get("table")
    }
    assert ("研发投入强度", 2.8, 2025, "target") in figures and ("高新技术企业", 150, 2020, "baseline") in figures


def test_enterprises_full_names_short_forms_and_cues(extraction) -> None:
    firms = names(extraction, "Enterprise")
    assert "湖北青云新材料股份有限公司" in firms
    assert {"青云新材", "华康制药", "瑞丰泵业"} <= firms  # 以…为龙头, a list before 等企业, a business word
    assert not firms & {"生物医药", "高新技术企业", "科技型中小企业"}


def test_platforms_are_named_ones_with_kind_level_and_host(extraction) -> None:
    platforms = {m.name: m.attrs for m in extraction.mentions if m.type == "Platform"}
    assert platforms == {"湖北省高分子膜材料工程技术研究中心": {"kind": "工程技术研究中心", "level": "provincial"}}
    hosts = {(link.source.name, link.target.name) for link in extraction.links if link.type == "HOSTED_BY"}
    assert hosts == {("湖北省高分子膜材料工程技术研究中心", "湖北青云新材料股份有限公司")}


def test_universities_and_cooperation(extraction) -> None:
    assert names(extraction, "University") == {"武汉理工大学", "华中农业大学"}
    partners = {m.name for m in extraction.mentions if m.attrs.get("cooperates_with_plan_region")}
    assert partners == {"武汉理工大学", "华中农业大学"}


def test_regions_divisions_parks_and_self_reference(extraction) -> None:
    regions = {(m.name, m.attrs.get("level")) for m in extraction.mentions if m.type == "Region"}
    assert ("荆门市", "city") in regions and ("掇刀区", "county") in regions
    assert ("掇刀区生物医药产业园", "park") in regions
    selfs = [m for m in extraction.mentions if m.type == "Region" and m.attrs.get("self")]
    assert selfs and all(m.key == "420800" for m in selfs)  # 全市 is the plan's city


def test_industries_need_industry_context_and_headings_prioritise(extraction) -> None:
    industries = [m for m in extraction.mentions if m.type == "Industry" and not m.attrs.get("implied")]
    assert {m.key for m in industries} == {"industry:biomedicine"}  # not from 生物医药产业园, a park
    assert any(m.attrs["priority"] for m in industries)
    links = {(link.source.name, link.target.name) for link in extraction.links if link.type == "IN_INDUSTRY"}
    assert ("华康制药", "生物医药") in links  # a firm in the 生物医药 section is on that chain


def test_firm_names_imply_their_industry_only_off_chain(extraction) -> None:
    implied = {
        link.source.name: (link.target.key, link.confidence)
        for link in extraction.links
        if link.type == "IN_INDUSTRY" and link.target.attrs.get("implied")
    }
    # The trade word in a name (新材料, 制药, 泵业) places a firm the plan puts on no chain, with the low
    # confidence it earned on the dev plans; 青云新材, 华康制药 and 瑞丰泵业 sit in the 生物医药 section instead.
    assert implied == {"湖北青云新材料股份有限公司": ("industry:new_materials", 0.35)}
    section = {(k.source.name, k.target.name) for k in extraction.links if k.rule == "industry.section"}
    assert {("青云新材", "生物医药"), ("瑞丰泵业", "生物医药")} <= section


def test_targets_in_prose_with_year_status_comparator(extraction) -> None:
    targets = {
        (a["indicator"], a["value"], a["unit"], a["comparator"], a["year"], a["status"], a["indicator_id"])
        for a in (m.attrs for m in extraction.mentions if m.type == "Target")
    }
    # A figure in the review of a 十四五 plan with no year is a baseline for the end of 十三五.
    assert ("省级工程技术研究中心", 6, "家", "=", 2020, "baseline", "indicator:provincial_eng_tech_centers") in targets
    assert ("研发经费投入占GDP比重", 2.1, "%", "=", 2020, "baseline", "indicator:rd_intensity") in targets
    assert ("高新技术企业数量", 300, "家", ">=", 2025, "target", "indicator:hitech_enterprises") in targets
    assert ("技术合同成交额", 50, "亿元", ">=", 2025, "target", "indicator:tech_contract_turnover") in targets
    # 由“十三五”末的3.5件增至8件: both figures measure the same indicator, the first is the 2020 baseline.
    assert (
        "每万人口发明专利拥有量",
        3.5,
        "件",
        "=",
        2020,
        "baseline",
        "indicator:invention_patents_per_10k",
    ) in targets
    assert ("科技型中小企业", 200, "家", "=", 2025, "target", "indicator:st_smes") in targets


def test_projects_and_responsible_agencies(extraction) -> None:
    assert "创新主体倍增工程" in names(extraction, "Programme")  # a campaign with no owner or object
    assert "创新主体倍增工程" not in names(extraction, "Project")
    agencies = {m.name: m.attrs["aliases"] for m in extraction.mentions if m.type == "Agency"}
    assert agencies == {"荆门市科技局": ["市科技局"], "荆门市发改委": ["市发改委"]}
    (_block, responsible, things) = extraction.responsible[0]
    assert {a.name for a in responsible} == {"荆门市科技局", "荆门市发改委"}
    assert {t.type for t in things} == {"Programme", "Target"}


def test_numbers_keep_decimals_ranges_and_bounds() -> None:
    found = [
        (q.value, q.value_max, q.unit, q.comparator)
        for q in find_quantities("占比15.2%,新增5—8个,突破1.35亿元,十余家,控制在3%以内,一批企业")
    ]
    assert found == [
        (15.2, None, "%", "="),
        (5, 8, "个", "range"),
        (1.35, None, "亿元", ">="),
        (10, None, "家", ">="),
        (3, None, "%", "<="),
    ]


def test_resolution_across_documents(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "荆门市科技发展规划\n一、基础\n支持湖北青云新材料股份有限公司与武汉理工大学合作。\n", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text(
        "鄂州市科技发展规划\n一、任务\n以青云新材为龙头,加强与武汉理工大学合作。\n", encoding="utf-8"
    )
    facts = extract_documents(read_documents([tmp_path]))
    entities = {f.id: f for f in facts if isinstance(f, Entity)}
    firm = entities["enterprise:湖北青云新材料股份有限公司"]
    assert "青云新材" in firm.aliases  # the short form in the other plan is the same node
    assert {e.document for e in firm.evidence} == {"plan:荆门市科技发展规划", "plan:鄂州市科技发展规划"}
    university = entities["university:武汉理工大学"]
    assert {e.document for e in university.evidence} == {"plan:荆门市科技发展规划", "plan:鄂州市科技发展规划"}
    located = {(r.source, r.target) for r in facts if isinstance(r, Relation) and r.type == "LOCATED_IN"}
    assert ("enterprise:湖北青云新材料股份有限公司", "region:420800") in located  # the plan's region, by default


def test_evidence_spans_point_into_the_document(plan_doc: Document) -> None:
    facts = extract_documents([plan_doc])
    for fact in facts:
        for item in fact.evidence:
            assert plan_doc.text[item.start : item.end].replace("\n", " ") == item.text


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        (b"", "empty file"),
        (b"   \n\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        (bytes(range(1, 32)) * 40, "binary file"),
        ("规划".encode() + b"\xff\xfe\xfa", "not UTF-8"),
    ],
)
def test_bad_inputs_are_one_line_errors(tmp_path: Path, payload: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(payload)
    with pytest.raises(InputError, match=message) as info:
        read_document(path)
    assert str(path) in str(info.value) and "\n" not in str(info.value)


def test_other_encodings_are_decoded_and_named(tmp_path: Path) -> None:
    text = "天门市科技创新规划\n一、基础\n全市拥有省级众创空间4家。\n"
    gb = tmp_path / "gb.txt"
    gb.write_bytes(text.encode("gb18030"))
    utf16 = tmp_path / "u16.txt"
    utf16.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    bom8 = tmp_path / "bom.txt"
    bom8.write_bytes(codecs.BOM_UTF8 + text.encode("utf-8"))
    for path, encoding in ((gb, "gb18030"), (utf16, "utf-16"), (bom8, "utf-8-sig")):
        doc = read_document(path)
        assert (doc.text, doc.encoding) == (text, encoding)


def test_a_large_plan_is_read_and_segmented(tmp_path: Path) -> None:
    paragraph = "支持企业建设研发中心,全市新增省级众创空间4家。" * 40 + "\n"
    big = tmp_path / "big.txt"
    big.write_text("示例市科技规划\n一、基础\n" + paragraph * 3700, encoding="utf-8")
    assert big.stat().st_size > 10_000_000
    layout = segment(read_document(big))
    assert len(layout.blocks) == 3700 and layout.title.text == "示例市科技规划"


def test_missing_paths_and_directories(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or directory"):
        read_documents([tmp_path / "nope.txt"])
    with pytest.raises(InputError, match="no plan files"):
        read_documents([tmp_path])


# An industry only this test's ontology knows: its scheme is a copy of ontology/ plus one chain.
_LUNAR = """
ind:lunar_regolith a skos:Concept ; skos:inScheme ind:scheme ; skos:broader ind:next_gen_it ; kgo:kind "chain" ;
    skos:notation "9.9" ; skos:prefLabel "月壤资源利用"@zh , "Lunar regolith use"@en ;
    kgo:firmWord "月壤"@zh .
"""


@pytest.fixture
def lunar_ontology(tmp_path: Path):
    from kg.ontology import load_ontology
    from kg.resources import resource_dir

    folder = tmp_path / "ontology"
    folder.mkdir()
    for ttl in resource_dir("ontology").glob("*.ttl"):
        (folder / ttl.name).write_text(ttl.read_text(encoding="utf-8"), encoding="utf-8")
    with (folder / "industries.ttl").open("a", encoding="utf-8") as out:
        out.write(_LUNAR)
    return load_ontology(folder)


def _lunar_plans(tmp_path: Path) -> list[Path]:
    for name, city in (("a.txt", "荆门市"), ("b.txt", "鄂州市")):
        (tmp_path / name).write_text(
            f"{city}科技发展规划\n一、重点任务\n重点发展月壤资源利用产业,支持湖北广寒月壤科技有限公司建设研发中心。\n",
            encoding="utf-8",
        )
    return [tmp_path / "a.txt", tmp_path / "b.txt"]


def _ids(facts: list) -> set[str]:
    return {f.id for f in facts if isinstance(f, Entity)}


@pytest.mark.parametrize("workers", [1, 2])
def test_extraction_reads_the_industries_of_the_ontology_it_is_given(
    tmp_path: Path, lunar_ontology, workers: int
) -> None:
    from kg.pipeline import extract_facts

    paths = _lunar_plans(tmp_path)
    assert "industry:lunar_regolith" not in _ids(extract_facts(paths, workers))  # the default scheme lacks it
    facts = extract_facts(paths, workers, lunar_ontology)
    assert "industry:lunar_regolith" in _ids(facts)
    on_chain = {(r.source, r.target) for r in facts if isinstance(r, Relation) and r.type == "IN_INDUSTRY"}
    # the firm word 月壤 of this scheme only puts the firm on the chain, read by the relation rules
    assert ("enterprise:湖北广寒月壤科技有限公司", "industry:lunar_regolith") in on_chain
    # outside the extraction, the rules' lookups are the default ontology's again
    from loaders.gazetteer import industries

    assert industries().lookup("月壤资源利用") is None
    assert industries(lunar_ontology).lookup("月壤资源利用").id == "industry:lunar_regolith"


def test_merged_targets_keep_what_only_the_plainer_reading_had(plan_doc: Document) -> None:
    """A table row (unit, bound) repeating a sentence's figure wins field by field; the region the sentence named
    for the figure stays, and every mention of the figure, the third too, describes the one merged target."""
    from loaders.extract import DocumentExtractor
    from loaders.rules.common import Mention

    extractor = DocumentExtractor(plan_doc)
    park = Mention("Region", "示例经济开发区", 0, 7, None)
    base = {"indicator": "高新技术企业数量", "indicator_id": None, "value": 300, "value_max": None, "year": 2025}
    sentence = Mention("Target", "高新技术企业数量", 10, 20, None, {**base, "status": "target", "unit": ""})
    sentence.attrs |= {"comparator": "=", "region_mention": park}
    row = Mention(
        "Target", "高新技术企业", 30, 40, None, {**base, "status": "target", "unit": "家", "comparator": ">="}
    )
    again = Mention(
        "Target", "高新技术企业数", 50, 60, None, {**base, "status": "target", "unit": "", "comparator": "="}
    )
    extractor.result.mentions = [sentence, row, again]
    extractor._merge_targets()
    merged = sentence.attrs
    assert (merged["unit"], merged["comparator"], merged["region_mention"]) == ("家", ">=", park)
    assert row.attrs is merged and again.attrs is merged
