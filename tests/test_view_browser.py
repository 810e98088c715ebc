"""The graph view as a person sees it, in headless Chromium with no network.

One page of the default view (the innovation map of the five plans) serves most checks: it loads offline
without errors, draws the map's types and not the others, its counts are what it draws, filters refit it,
and its search box, neighbour panel, hover card and physics switch work. A focus page through the 天门市 hub
checks growing (expand, group nodes, show more) and a chain page the chain view. A screenshot is left in
test-artifacts/ (or $KG_ARTIFACTS).
"""

from __future__ import annotations

import struct
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.store.falkordb import FalkorStore
from kg.view import Selection, make_view, write_view
from kg.view.headless import console_errors, open_view, requests

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def page(built_store_module: FalkorStore, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("view") / "graph.html"
    write_view(make_view(built_store_module), path)
    return path


@pytest.fixture(scope="module")
def built_store_module(ontology, built_db: Path):
    with FalkorStore(ontology, built_db) as store:
        yield store


@pytest.fixture(scope="module")
def loaded(browser: Any, page: Path) -> Any:
    report = open_view(browser, page)
    return browser, report


def js(driver: Any, script: str, *args: Any) -> Any:
    return driver.execute_script(script, *args)


def wait_for(condition: Any, timeout: float = 10.0) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(0.05)


DRAWN_TYPES = "return window.kgView.nodes.get().map(n => n.kgType)"


def counts_match(driver: Any) -> None:
    """The header and the legend say what is drawn: the data sets vis-network draws from."""
    nodes, edges = js(driver, "return [window.kgView.nodes.length, window.kgView.edges.length]")
    line = driver.find_element("id", "count")
    assert line.get_attribute("data-nodes") == str(nodes) and line.get_attribute("data-edges") == str(edges)
    assert f"显示 {nodes} 个节点 nodes, {edges} 条关系 edges" in line.text
    per_type: dict[str, int] = {}
    for kind in js(driver, DRAWN_TYPES):
        per_type[kind] = per_type.get(kind, 0) + 1
    for span in driver.find_elements("css selector", "#types span.count"):
        assert int(span.get_attribute("data-count")) == per_type.get(span.get_attribute("data-type"), 0)
        assert span.text.startswith(f"{per_type.get(span.get_attribute('data-type'), 0)} / ")


def all_within_canvas(driver: Any) -> bool:
    return js(
        driver,
        """var n = window.kgView.network, c = document.querySelector('#graph canvas');
        var w = c.clientWidth, h = c.clientHeight, p = n.getPositions(window.kgView.nodes.getIds());
        return Object.keys(p).every(function (id) { var d = n.canvasToDOM(p[id]);
          return d.x >= -1 && d.y >= -1 && d.x <= w + 1 && d.y <= h + 1; });""",
    )


def camera(driver: Any) -> list[float]:
    return js(driver, "var n = window.kgView.network, p = n.getViewPosition(); return [n.getScale(), p.x, p.y]")


def test_loads_offline_and_draws_the_innovation_map(loaded: Any, ontology, artifacts: Path) -> None:
    driver, report = loaded
    assert report.console_errors == []
    assert report.external_requests == [] and report.requests  # the page itself was requested, nothing else
    drawn = set(js(driver, DRAWN_TYPES))
    assert drawn == set(ontology.group("innovationMap"))  # no target, project, plan, agency or indicator
    unchecked = {b.get_attribute("data-type") for b in driver.find_elements("css selector", "#types input")
                 if not b.is_selected()}  # fmt: skip
    assert {"Target", "Project", "Plan", "Agency", "Indicator"} <= unchecked  # one click away
    counts_match(driver)
    assert js(driver, "return document.characterSet") == "UTF-8"
    assert js(driver, "return document.fonts.check('13px \"Noto Sans CJK SC\"', '企业')")  # a CJK font draws labels
    assert driver.find_element("tag name", "h1").text == "kg 创新主体知识图谱"
    # the most central names are readable when the whole drawing fits the window
    readable = js(
        driver,
        """var v = window.kgView, s = v.network.getScale();
        var top = v.nodes.get().filter(n => !n.id.startsWith('group:')).sort((a, b) => b.size - a.size).slice(0, 10);
        return top.map(n => [n.kg.name, (n.font && n.font.size || 13) * s]);""",
    )
    assert all(px >= 10 for _, px in readable), readable
    assert all_within_canvas(driver)
    shot = artifacts / "view-five-plans.png"
    driver.save_screenshot(str(shot))
    assert shot.stat().st_size > 50_000  # a drawn graph, not a blank page


def test_search_finds_a_firm_by_alias_and_selects_it(loaded: Any) -> None:
    driver, _ = loaded
    box = driver.find_element("id", "search")
    box.clear()
    box.send_keys("益泰药业\n")  # an alias of 湖北益泰药业股份有限公司
    assert wait_for(lambda: js(driver, "return window.kgView.network.getSelectedNodes()")) == [
        "enterprise:湖北益泰药业股份有限公司"
    ]
    assert driver.find_element("css selector", "#selected h2").text == "湖北益泰药业股份有限公司"
    assert "天门市" in driver.find_element("css selector", "#selected .neighbours").text
    assert "found" in driver.find_element("id", "search-status").text
    box.clear()
    box.send_keys("没有这家公司\n")
    assert wait_for(lambda: "not found" in driver.find_element("id", "search-status").text)


def test_hovering_a_node_shows_its_card_with_evidence(loaded: Any) -> None:
    from selenium.webdriver.common.action_chains import ActionChains

    driver, _ = loaded
    node = "enterprise:湖北益泰药业股份有限公司"
    js(driver, "window.kgView.select(arguments[0])", node)
    canvas = driver.find_element("css selector", "#graph canvas")
    point = js(
        driver,
        "var n = window.kgView.network; return n.canvasToDOM(n.getPositions([arguments[0]])[arguments[0]]);",
        node,
    )
    size = canvas.size
    ActionChains(driver).move_to_element_with_offset(
        canvas, int(point["x"] - size["width"] / 2), int(point["y"] - size["height"] / 2)
    ).perform()
    tooltip = wait_for(
        lambda: [t for t in driver.find_elements("css selector", "div.vis-tooltip") if t.is_displayed()], 5
    )
    assert tooltip, "no hover card appeared"
    text = tooltip[0].text
    assert "湖北益泰药业股份有限公司" in text and "企业 Enterprise" in text and "天门市" in text  # evidence's plan


def test_clicking_a_neighbour_selects_it(loaded: Any) -> None:
    driver, _ = loaded
    js(driver, "window.kgView.select(arguments[0])", "enterprise:湖北益泰药业股份有限公司")
    link = next(b for b in driver.find_elements("css selector", "#selected button.link") if b.text == "天门市")
    link.click()
    assert wait_for(lambda: js(driver, "return window.kgView.network.getSelectedNodes()")) == ["region:429006"]
    assert driver.find_element("css selector", "#selected h2").text == "天门市"


def test_type_filter_hides_exactly_that_type_refits_and_counts(loaded: Any) -> None:
    driver, _ = loaded
    before = js(driver, "return window.kgView.nodes.length")
    firms = js(driver, DRAWN_TYPES).count("Enterprise")
    js(driver, "window.kgView.network.moveTo({position: {x: 4000, y: 4000}, scale: 3})")  # the reader wandered off
    moved = camera(driver)
    checkbox = driver.find_element("css selector", "#types input[data-type='Enterprise']")
    checkbox.click()
    assert "Enterprise" not in js(driver, DRAWN_TYPES)
    assert js(driver, "return window.kgView.nodes.length") == before - firms
    assert camera(driver) != moved and all_within_canvas(driver)  # refitted to what is left
    counts_match(driver)
    checkbox.click()
    assert js(driver, "return window.kgView.nodes.length") == before
    target = driver.find_element("css selector", "#types input[data-type='Target']")
    target.click()  # one click away
    assert "Target" in js(driver, DRAWN_TYPES) and all_within_canvas(driver)
    counts_match(driver)
    target.click()
    assert js(driver, "return window.kgView.nodes.length") == before


def test_region_filter_keeps_that_region_refits_and_clears_the_panel(loaded: Any) -> None:
    from selenium.webdriver.support.ui import Select

    driver, _ = loaded
    js(driver, "window.kgView.select(arguments[0])", "enterprise:湖北益泰药业股份有限公司")  # a 天门 firm
    assert driver.find_element("css selector", "#selected h2").text == "湖北益泰药业股份有限公司"
    moved = camera(driver)
    select = Select(driver.find_element("id", "region"))
    select.select_by_value("region:420800")  # 荆门市
    visible = set(js(driver, "return window.kgView.visibleIds()"))
    assert "enterprise:亿纬动力" in visible and "enterprise:湖北益泰药业股份有限公司" not in visible
    regions = js(driver, "return window.kgView.nodes.get(arguments[0]).map(n => n.kg.regions)", sorted(visible))
    assert all("region:420800" in r for r in regions)
    assert camera(driver) != moved and all_within_canvas(driver)
    counts_match(driver)
    assert driver.find_elements("css selector", "#selected h2") == []  # the hidden firm left the panel
    select.select_by_value("")
    assert "enterprise:湖北益泰药业股份有限公司" in js(driver, "return window.kgView.visibleIds()")


def test_physics_switch(loaded: Any) -> None:
    driver, _ = loaded
    enabled = "return window.kgView.network.physics.physicsEnabled"
    assert js(driver, enabled) is False  # turned off once the layout settled
    driver.find_element("id", "physics").click()
    assert js(driver, enabled) is True
    driver.find_element("id", "physics").click()
    assert js(driver, enabled) is False
    assert console_errors(driver) == [] and [u for u in requests(driver) if not u.startswith("file:")] == []


def test_a_reduced_page_says_so(browser: Any, built_store_module: FalkorStore, tmp_path: Path) -> None:
    path = tmp_path / "reduced.html"
    view = make_view(built_store_module, limit=150)
    write_view(view, path)
    report = open_view(browser, path)
    assert report.console_errors == []
    assert browser.find_element("id", "notice").text == view.notice
    assert js(browser, "return window.kgView.visibleIds().length") == view.drawn <= 150


# ---- growing: a focus through the 天门市 hub -------------------------------------------------------------


@pytest.fixture(scope="module")
def focus(browser: Any, built_store_module: FalkorStore, tmp_path_factory: pytest.TempPathFactory) -> Any:
    path = tmp_path_factory.mktemp("focus") / "focus.html"
    write_view(make_view(built_store_module, Selection(focus="湖北益泰药业股份有限公司", depth=2)), path)
    report = open_view(browser, path)
    assert report.console_errors == [] and report.external_requests == []
    return browser


def test_a_double_click_expands_a_node(focus: Any) -> None:
    from selenium.webdriver.common.action_chains import ActionChains

    driver = focus
    node = "industry:biomedicine"
    before = set(js(driver, "return window.kgView.visibleIds()"))
    js(driver, "window.kgView.network.fit({animation: false})")
    canvas = driver.find_element("css selector", "#graph canvas")
    point = js(
        driver,
        "var n = window.kgView.network; return n.canvasToDOM(n.getPositions([arguments[0]])[arguments[0]]);",
        node,
    )
    size = canvas.size
    ActionChains(driver).move_to_element_with_offset(
        canvas, int(point["x"] - size["width"] / 2), int(point["y"] - size["height"] / 2)
    ).double_click().perform()
    after = set(wait_for(lambda: js(driver, "return window.kgView.visibleIds()") if
                         len(js(driver, "return window.kgView.visibleIds()")) > len(before) else None))  # fmt: skip
    added = after - before
    assert added
    neighbours = set(
        js(
            driver,
            """var id = arguments[0]; return window.kgView.data.edges
        .filter(e => e.from === id || e.to === id).map(e => e.from === id ? e.to : e.from)""",
            node,
        )
    )
    assert added <= neighbours
    counts_match(driver)


def test_a_hub_group_opens_to_its_members_with_show_more(focus: Any) -> None:
    driver = focus
    group = js(
        driver,
        "return window.kgView.nodes.get().filter(n => n.anchor === 'region:429006' && n.kgType === 'Enterprise')"
        ".map(n => [n.id, n.label])[0]",
    )
    assert group, "no group node for the firms of 天门市"
    group_id, label = group
    count = int(label.split(" × ")[0])
    assert count > 40
    js(driver, "window.kgView.select(arguments[0])", group_id)
    driver.find_element("css selector", "#selected button.expand").click()
    opened = js(driver, "return window.kgView.data.nodes.filter(n => n.id === arguments[0])[0].members"
                ".filter(m => window.kgView.nodes.get(m) !== null).length", group_id)  # fmt: skip
    assert opened == 20
    assert js(driver, "return window.kgView.nodes.get(arguments[0]).label", group_id).startswith(f"{count - 20} × ")
    js(driver, "window.kgView.select(arguments[0])", group_id)
    more = driver.find_element("css selector", "#selected button.more")
    assert more.text.endswith(f"({count - 20})")
    more.click()
    assert js(driver, "return window.kgView.nodes.get(arguments[0]).label", group_id).startswith(f"{count - 40} × ")
    counts_match(driver)


# ---- the chain view and the screenshot -------------------------------------------------------------------


def test_the_chain_view_shows_the_chains_firms_per_city(
    browser: Any, built_store_module: FalkorStore, tmp_path: Path, artifacts: Path
) -> None:
    path = tmp_path / "chain.html"
    write_view(make_view(built_store_module, Selection(chain="生物医药")), path)
    report = open_view(browser, path)
    assert report.console_errors == [] and report.external_requests == []
    drawn = js(browser, "return window.kgView.nodes.get().map(n => [n.id, n.kgType, n.kg.name])")
    kinds = {kind for _, kind, _ in drawn}
    assert {"Industry", "Enterprise", "Region", "Target"} <= kinds
    located = js(
        browser,
        """var v = window.kgView; return v.edges.get().filter(e => e.type === 'LOCATED_IN')
        .map(e => [v.nodes.get(e.from).kg.name, v.nodes.get(e.to).kg.name, v.nodes.get(e.from).kgType])""",
    )
    firms_by_city: dict[str, set[str]] = {}
    for firm, city, kind in located:
        if kind == "Enterprise":
            firms_by_city.setdefault(city, set()).add(firm)
    assert "湖北益泰药业股份有限公司" in firms_by_city["天门市"]
    firms = {name for _, kind, name in drawn if kind == "Enterprise"}
    assert firms == set().union(*firms_by_city.values())  # every firm drawn hangs off its city
    js(browser, "window.kgView.network.fit({animation: false})")
    browser.save_screenshot(str(artifacts / "view-chain.png"))


def test_the_screenshot_has_the_size_asked(built_db: Path, tmp_path: Path) -> None:
    png = tmp_path / "shot.png"
    result = CliRunner().invoke(
        main, ["view", "--db", str(built_db), "-o", str(tmp_path / "v.html"), "--chain", "生物医药",
               "--screenshot", str(png)],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    width, height = struct.unpack(">II", png.read_bytes()[16:24])  # the PNG's IHDR
    assert (width, height) == (1400, 900)
