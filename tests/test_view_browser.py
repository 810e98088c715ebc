"""The graph view as a person sees it, in headless Chromium with no network.

One page of the whole graph of the five plans (every node drawn: --limit 0) serves all checks: it loads
offline without errors, draws as many nodes as the graph has, renders Chinese, and its search box, type and
region filters, neighbour panel, hover card and physics switch work. A screenshot is left in
test-artifacts/ (or $KG_ARTIFACTS).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from kg.store.falkordb import FalkorStore
from kg.view import make_view, write_view
from kg.view.headless import console_errors, open_view, requests

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def page(built_store_module: FalkorStore, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("view") / "graph.html"
    write_view(make_view(built_store_module, limit=0), path)
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


def test_loads_offline_without_errors_and_draws_every_node(
    loaded: Any, built_store_module: FalkorStore, artifacts: Path
) -> None:
    driver, report = loaded
    assert report.console_errors == []
    assert report.external_requests == [] and report.requests  # the page itself was requested, nothing else
    nodes = built_store_module.counts().nodes
    assert js(driver, "return Object.keys(window.kgView.network.getPositions()).length") == nodes
    assert js(driver, "return window.kgView.visibleIds().length") == nodes
    assert f"显示 {nodes} / {nodes}" in driver.find_element("id", "count").text
    assert js(driver, "return document.characterSet") == "UTF-8"
    assert js(driver, "return document.fonts.check('13px \"Noto Sans CJK SC\"', '企业')")  # a CJK font draws labels
    assert driver.find_element("tag name", "h1").text == "kg 创新主体知识图谱"
    shot = artifacts / "view-five-plans.png"
    js(driver, "window.kgView.network.fit({animation: false})")
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


def test_type_filter_hides_exactly_that_type(loaded: Any, built_store_module: FalkorStore) -> None:
    driver, _ = loaded
    counts = built_store_module.counts()
    checkbox = driver.find_element("css selector", "#types input[data-type='Enterprise']")
    checkbox.click()
    visible = js(driver, "return window.kgView.visibleIds()")
    assert len(visible) == counts.nodes - counts.labels["Enterprise"]
    assert not [v for v in visible if v.startswith("enterprise:")]
    checkbox.click()
    assert len(js(driver, "return window.kgView.visibleIds()")) == counts.nodes


def test_region_filter_keeps_that_region(loaded: Any) -> None:
    from selenium.webdriver.support.ui import Select

    driver, _ = loaded
    select = Select(driver.find_element("id", "region"))
    select.select_by_value("region:420800")  # 荆门市
    visible = set(js(driver, "return window.kgView.visibleIds()"))
    assert "enterprise:亿纬动力" in visible and "enterprise:湖北益泰药业股份有限公司" not in visible
    regions = js(driver, "return window.kgView.nodes.get(arguments[0]).map(n => n.kg.regions)", sorted(visible))
    assert all("region:420800" in r for r in regions)
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
