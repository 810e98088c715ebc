// kg view: draws the graph with vis-network and wires the search box, filters, physics switch and the
// panel of the selected node. All text from the graph goes into the page as text (textContent), never as
// markup, so a name cannot inject HTML.
(function () {
  "use strict";
  var started = performance.now();
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });

  function el(tag, text, cls, parent) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    if (parent) parent.appendChild(e);
    return e;
  }

  function evidenceList(items, total, parent) {
    items.forEach(function (ev) {
      var box = el("div", null, "ev", parent);
      el("q", ev[2], null, box);
      el("div", data.plans[ev[0]] + (ev[1] ? " · " + ev[1] : ""), "src", box);
    });
    if (total > items.length) el("div", "… 共 " + total + " 处 (" + total + " in all)", "src", parent);
  }

  function nodeCard(n) {
    var d = n.kg, box = el("div", null, "kg-card");
    el("strong", d.name, null, box);
    el("div", d.type, "type", box);
    if (d.aliases.length) el("div", "别名 aliases: " + d.aliases.join("、"), null, box);
    d.props.forEach(function (p) { el("div", p[0] + ": " + p[1], null, box); });
    if (d.members) el("div", "含 includes: " + d.members.slice(0, 8).join("、") + (d.count > 8 ? " …" : ""), null, box);
    evidenceList(d.evidence, d.mentions, box);
    return box;
  }

  function edgeCard(e) {
    var box = el("div", null, "kg-card");
    el("strong", byId[e.from].kg.name + " —" + e.typeLabel + "→ " + byId[e.to].kg.name, null, box);
    el("div", e.type + (e.count > 1 ? " × " + e.count : ""), "type", box);
    evidenceList(e.evidence, e.mentions, box);
    return box;
  }

  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    return Object.assign({}, n, { title: nodeCard(n) });
  }));
  var edges = new vis.DataSet(data.edges.map(function (e) {
    return Object.assign({}, e, { title: edgeCard(e) });
  }));
  var container = document.getElementById("graph");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  var physics = document.getElementById("physics");
  physics.checked = true;

  var view = {
    network: network, nodes: nodes, edges: edges, data: data,
    ready: false, stabilizedMs: null, errors: [],
    visibleIds: function () {
      return nodes.get({ filter: function (n) { return !n.hidden; } }).map(function (n) { return n.id; });
    }
  };
  window.kgView = view;

  function settled() {
    if (view.ready) return;
    view.stabilizedMs = Math.round(performance.now() - started);
    network.setOptions({ physics: { enabled: false } });  // settled: stop using the CPU
    physics.checked = false;
    view.ready = true;
    document.body.setAttribute("data-ready", "1");
  }
  network.once("stabilizationIterationsDone", settled);
  network.once("stabilized", settled);
  if (data.nodes.length === 0) settled();

  physics.addEventListener("change", function () {
    network.setOptions({ physics: { enabled: physics.checked } });
  });

  // ---- filters -------------------------------------------------------------------------------------
  // The legend draws each type's vis-network shape as a small SVG (glyphs for some shapes are missing
  // from common CJK fonts).
  var SHAPES = {
    dot: "<circle cx='7' cy='7' r='5.5'/>",
    square: "<rect x='2' y='2' width='10' height='10'/>",
    diamond: "<polygon points='7,1 13,7 7,13 1,7'/>",
    triangle: "<polygon points='7,1.5 13,12.5 1,12.5'/>",
    triangleDown: "<polygon points='1,1.5 13,1.5 7,12.5'/>",
    star: "<polygon points='7,1 8.8,5.2 13.3,5.5 9.8,8.4 10.9,12.8 7,10.4 3.1,12.8 4.2,8.4 0.7,5.5 5.2,5.2'/>",
    box: "<rect x='1' y='4' width='12' height='6' rx='1'/>",
    ellipse: "<ellipse cx='7' cy='7' rx='6' ry='3.5'/>",
    hexagon: "<polygon points='4,1.5 10,1.5 13,7 10,12.5 4,12.5 1,7'/>",
    database: "<path d='M2 3.5 A5 2 0 0 1 12 3.5 V11 A5 2 0 0 1 2 11 Z'/>"
  };
  function swatch(shape, color) {
    var span = el("span", null, "swatch");
    span.setAttribute("data-shape", shape);
    span.innerHTML = "<svg width='14' height='14' viewBox='0 0 14 14' aria-hidden='true'><g fill='" +
      (/^#[0-9a-fA-F]{3,8}$/.test(color) ? color : "#999") + "'>" + (SHAPES[shape] || SHAPES.dot) + "</g></svg>";
    return span;
  }
  var shownTypes = {};
  var typesBox = document.getElementById("types");
  data.classes.forEach(function (c) {
    shownTypes[c.name] = true;
    var label = el("label", null, null, typesBox);
    var box = el("input", null, null, label);
    box.type = "checkbox"; box.checked = true; box.value = c.name; box.setAttribute("data-type", c.name);
    label.appendChild(swatch(c.shape, c.color));
    label.appendChild(document.createTextNode(" " + c.zh + " " + c.en + " (" + c.count + ")"));
    box.addEventListener("change", function () { shownTypes[c.name] = box.checked; applyFilters(); });
  });
  function fillSelect(id, items) {
    var select = document.getElementById(id);
    items.forEach(function (item) {
      var option = el("option", item[1] + " (" + item[2] + ")", null, select);
      option.value = item[0];
    });
    select.addEventListener("change", applyFilters);
    return select;
  }
  var regionSelect = fillSelect("region", data.regions);
  var industrySelect = fillSelect("industry", data.industries);
  var countLine = document.getElementById("count");

  function passes(n) {
    var d = n.kg;
    if (!shownTypes[n.kgType]) return false;
    if (regionSelect.value && d.regions.indexOf(regionSelect.value) < 0) return false;
    if (industrySelect.value && d.industries.indexOf(industrySelect.value) < 0) return false;
    return true;
  }
  function applyFilters() {
    var changes = [], shown = 0;
    data.nodes.forEach(function (n) {
      var hide = !passes(n);
      if (!hide) shown += 1;
      if (Boolean(nodes.get(n.id).hidden) !== hide) changes.push({ id: n.id, hidden: hide });
    });
    if (changes.length) nodes.update(changes);
    countLine.textContent = "显示 " + shown + " / " + data.nodes.length + " 个节点 nodes, " + data.edges.length + " 条关系 edges";
  }
  function clearFilters() {
    Array.prototype.forEach.call(typesBox.querySelectorAll("input"), function (box) {
      box.checked = true; shownTypes[box.value] = true;
    });
    regionSelect.value = ""; industrySelect.value = "";
    applyFilters();
  }
  applyFilters();

  // ---- the selected node's panel -------------------------------------------------------------------
  var panel = document.getElementById("selected");
  function showNode(id) {
    var n = byId[id], d = n.kg;
    panel.textContent = "";
    el("h2", d.name, null, panel);
    el("div", d.type, "type", panel);
    var table = el("table", null, null, panel);
    var rows = d.aliases.length ? [["别名 aliases", d.aliases.join("、")]].concat(d.props) : d.props;
    rows.forEach(function (p) {
      var row = el("tr", null, null, table);
      el("td", p[0], null, row); el("td", p[1], null, row);
    });
    if (d.members) {
      el("h3", "包含 " + d.count + " 个 (members)", null, panel);
      el("div", d.members.join("、") + (d.count > d.members.length ? " …" : ""), null, panel);
    }
    var groups = {};
    network.getConnectedEdges(id).forEach(function (edgeId) {
      var e = edges.get(edgeId), out = e.from === id, other = out ? e.to : e.from;
      var key = (out ? "→ " : "← ") + e.typeLabel + " " + e.type;
      (groups[key] = groups[key] || []).push(other);
    });
    var keys = Object.keys(groups).sort();
    el("h3", "邻居 Neighbours (" + keys.reduce(function (s, k) { return s + groups[k].length; }, 0) + ")", null, panel);
    var list = el("ul", null, "neighbours", panel);
    keys.forEach(function (key) {
      var item = el("li", key + ": ", null, list);
      groups[key].sort(function (a, b) { return byId[a].kg.name.localeCompare(byId[b].kg.name, "zh"); });
      groups[key].forEach(function (other, i) {
        if (i) item.appendChild(document.createTextNode("、"));
        var link = el("button", byId[other].kg.name, "link", item);
        link.type = "button";
        link.setAttribute("data-id", other);
        link.addEventListener("click", function () { select(other); });
      });
    });
    if (d.evidence.length) {
      el("h3", "出处 Evidence", null, panel);
      evidenceList(d.evidence, d.mentions, panel);
    }
  }
  function select(id) {
    if (nodes.get(id).hidden) clearFilters();
    network.selectNodes([id]);
    network.focus(id, { scale: 1.1, animation: false });
    showNode(id);
  }
  network.on("selectNode", function (params) { showNode(params.nodes[0]); });
  network.on("deselectNode", function () {
    panel.textContent = "";
    el("p", "点击节点查看详情与邻居 Click a node for its details and neighbours.", "hint", panel);
  });
  view.select = select;

  // ---- search by name or alias ---------------------------------------------------------------------
  var index = [];
  var datalist = document.getElementById("names");
  var listed = {};
  data.nodes.forEach(function (n) {
    [n.kg.name].concat(n.kg.aliases).forEach(function (word) {
      index.push([word.toLowerCase(), n.id, n.size || 0]);
      if (!listed[word]) { listed[word] = true; el("option", null, null, datalist).value = word; }
    });
  });
  function find(text) {
    var q = text.trim().toLowerCase();
    if (!q) return null;
    var exact = index.filter(function (e) { return e[0] === q; });
    var hits = exact.length ? exact : index.filter(function (e) { return e[0].indexOf(q) >= 0; });
    hits.sort(function (a, b) { return b[2] - a[2] || (a[1] < b[1] ? -1 : 1); });
    return hits.length ? hits[0][1] : null;
  }
  var status = document.getElementById("search-status");
  document.getElementById("search-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var text = document.getElementById("search").value, id = find(text);
    if (id === null) { status.textContent = "未找到 not found: " + text; return; }
    select(id);
    status.textContent = "找到 found: " + byId[id].kg.name;
  });
  view.find = find;
})();
