// kg view: draws the graph with vis-network and wires the search box, filters, physics switch, the panel
// of the selected node, and growing the drawing on demand. All text from the graph goes into the page as
// text (textContent), never as markup, so a name cannot inject HTML.
//
// The page carries more than it draws. `open` is what the reader has asked to see (at first: the nodes
// marked shown); what is drawn is `open` filtered by the type switches and the region and industry
// drop-downs. A double-click (or the panel's button) opens a node's neighbours, EXPAND at a time with
// "show more" past that; a group node opens its members. The vis-network data sets hold only what is drawn,
// so its counts, the header and the legend are what the reader sees.
(function () {
  "use strict";
  var EXPAND = 20;  // neighbours or members opened per click
  var started = performance.now();
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var byId = {}, adjacent = {}, groupsOf = {}, open = {}, more = {}, pos = {};
  data.nodes.forEach(function (n) {
    byId[n.id] = n; adjacent[n.id] = [];
    if (n.shown) open[n.id] = true;
  });
  data.edges.forEach(function (e) {
    adjacent[e.from].push(e.to); adjacent[e.to].push(e.from);
  });
  data.nodes.forEach(function (n) {
    (n.members || []).forEach(function (m) { (groupsOf[m] = groupsOf[m] || []).push(n.id); });
  });

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
    el("strong", groupName(n), null, box);
    el("div", d.type, "type", box);
    if (d.aliases.length) el("div", "别名 aliases: " + d.aliases.join("、"), null, box);
    d.props.forEach(function (p) { el("div", p[0] + ": " + p[1], null, box); });
    if (d.members) {
      el("div", "含 includes: " + d.members.slice(0, 8).join("、") + (d.count > 8 ? " …" : ""), null, box);
      el("div", "双击展开 double-click to open", "src", box);
    }
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

  // ---- groups: what is left of them once some members are open -----------------------------------------
  function closedMembers(g) { return g.members.filter(function (m) { return !open[m]; }); }
  function groupCount(g) { return closedMembers(g).length + (g.outside || 0); }
  function groupName(n) {
    if (!n.members) return n.kg.name;
    var rest = n.kg.name.replace(/^\d+ × /, "");
    return groupCount(n) + " × " + rest;
  }

  var nodes = new vis.DataSet([]);
  var edges = new vis.DataSet([]);
  var container = document.getElementById("graph");
  var network = null;  // made once the first drawing is in the data sets, so it lays that out at once
  var physics = document.getElementById("physics");
  physics.checked = true;

  var view = {
    network: network, nodes: nodes, edges: edges, data: data,
    ready: false, stabilizedMs: null, errors: [],
    visibleIds: function () { return nodes.getIds(); },
    isOpen: function (id) { return Boolean(open[id]); }
  };
  window.kgView = view;

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
  var shownTypes = {}, typeBoxes = {}, typeCounts = {};
  var typesBox = document.getElementById("types");
  data.classes.forEach(function (c) {
    shownTypes[c.name] = c.on;
    var label = el("label", null, null, typesBox);
    var box = el("input", null, null, label);
    box.type = "checkbox"; box.checked = c.on; box.value = c.name; box.setAttribute("data-type", c.name);
    label.appendChild(swatch(c.shape, c.color));
    label.appendChild(document.createTextNode(" " + c.zh + " " + c.en + " "));
    var count = el("span", "", "count", label);
    count.setAttribute("data-type", c.name);
    count.title = "画出 drawn / 页面含 in the page";
    typeBoxes[c.name] = box; typeCounts[c.name] = count;
    box.addEventListener("change", function () { shownTypes[c.name] = box.checked; sync(true); });
  });
  function fillSelect(id, items) {
    var select = document.getElementById(id);
    items.forEach(function (item) {
      var option = el("option", item[1] + " (" + item[2] + ")", null, select);
      option.value = item[0];
    });
    select.addEventListener("change", function () { sync(true); });
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
    if (n.members && groupCount(n) === 0) return false;
    return true;
  }

  // Where a node newly drawn goes: where it was before, else in a ring round a drawn neighbour.
  function place(ids, drawn) {
    var rings = {};
    ids.forEach(function (id) {
      if (pos[id]) return;
      var near = adjacent[id].filter(function (o) { return drawn[o] && (pos[o] || nodes.get(o)); })[0];
      var key = near || "";
      (rings[key] = rings[key] || []).push(id);
    });
    Object.keys(rings).forEach(function (key) {
      var ring = rings[key], centre = key ? (pos[key] || network.getPosition(key)) : { x: 0, y: 0 };
      var radius = 90 + 6 * ring.length;
      ring.forEach(function (id, i) {
        var angle = 2 * Math.PI * i / ring.length + 0.3;
        pos[id] = { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
      });
    });
  }

  function savePositions() {
    var now = network.getPositions();
    Object.keys(now).forEach(function (id) { pos[id] = now[id]; });
  }

  function drawnSet() {
    var drawn = {};
    data.nodes.forEach(function (n) { if (open[n.id] && passes(n)) drawn[n.id] = true; });
    return drawn;
  }

  var selectedId = null;
  function sync(refit) {
    var drawn = drawnSet();
    if (view.ready) savePositions();
    var current = {};
    nodes.getIds().forEach(function (id) { current[id] = true; });
    var gone = Object.keys(current).filter(function (id) { return !drawn[id]; });
    var added = Object.keys(drawn).filter(function (id) { return !current[id]; });
    if (view.ready) place(added, drawn);
    var edgeIds = {};
    edges.getIds().forEach(function (id) { edgeIds[id] = true; });
    var wantEdges = data.edges.filter(function (e) { return drawn[e.from] && drawn[e.to]; });
    var want = {};
    wantEdges.forEach(function (e) { want[e.id] = true; });
    edges.remove(Object.keys(edgeIds).filter(function (id) { return !want[id]; }));
    nodes.remove(gone);
    nodes.add(added.map(function (id) {
      var n = byId[id];
      var item = Object.assign({}, n, { title: nodeCard(n), label: n.members ? groupName(n) : n.label });
      delete item.members;
      if (view.ready && pos[id]) { item.x = pos[id].x; item.y = pos[id].y; }
      return item;
    }));
    // group labels follow what is left in them
    var relabel = [];
    Object.keys(drawn).forEach(function (id) {
      var n = byId[id];
      if (n.members && current[id]) relabel.push({ id: id, label: groupName(n), title: nodeCard(n) });
    });
    if (relabel.length) nodes.update(relabel);
    edges.add(wantEdges.filter(function (e) { return !edgeIds[e.id]; }).map(function (e) {
      return Object.assign({}, e, { title: edgeCard(e) });
    }));
    var perType = {}, inPage = {};
    Object.keys(drawn).forEach(function (id) { perType[byId[id].kgType] = (perType[byId[id].kgType] || 0) + 1; });
    data.nodes.forEach(function (n) { if (!n.members) inPage[n.kgType] = (inPage[n.kgType] || 0) + 1; });
    Object.keys(typeCounts).forEach(function (name) {
      typeCounts[name].textContent = (perType[name] || 0) + " / " + (inPage[name] || 0);
      typeCounts[name].setAttribute("data-count", String(perType[name] || 0));
    });
    countLine.textContent = "显示 " + nodes.length + " 个节点 nodes, " + edges.length + " 条关系 edges · 页面含 " +
      data.nodes.filter(function (n) { return !n.members; }).length + " 个 in the page";
    countLine.setAttribute("data-nodes", String(nodes.length));
    countLine.setAttribute("data-edges", String(edges.length));
    if (selectedId !== null && !drawn[selectedId]) { network.unselectAll(); clearPanel(); }
    else if (selectedId !== null) showNode(selectedId);
    if (refit && view.ready) network.fit({ animation: false });
  }

  function settled() {
    if (view.ready) return;
    view.stabilizedMs = Math.round(performance.now() - started);
    network.setOptions({ physics: { enabled: false } });  // settled: stop using the CPU
    physics.checked = false;
    network.fit({ animation: false });
    savePositions();
    view.ready = true;
    document.body.setAttribute("data-ready", "1");
  }
  sync(false);
  network = view.network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  network.once("stabilizationIterationsDone", settled);
  network.once("stabilized", settled);
  if (nodes.length === 0) settled();

  physics.addEventListener("change", function () {
    network.setOptions({ physics: { enabled: physics.checked } });
  });

  function clearFilters() {
    regionSelect.value = ""; industrySelect.value = "";
  }

  // ---- growing: a node's neighbours, a group's members ----------------------------------------------
  function closedNeighbours(id) {
    var n = byId[id];
    if (n.members) return closedMembers(n);
    var seen = {}, found = [];
    adjacent[id].forEach(function (o) {
      if (seen[o] || open[o] || byId[o].members) return;
      seen[o] = true; found.push(o);
    });
    // the types drawn now first, the most central first
    found.sort(function (a, b) {
      var ta = shownTypes[byId[a].kgType] ? 0 : 1, tb = shownTypes[byId[b].kgType] ? 0 : 1;
      return ta - tb || (byId[b].size || 0) - (byId[a].size || 0) || (a < b ? -1 : 1);
    });
    return found;
  }
  function openSome(id, ids) {
    var now = ids.slice(0, EXPAND);
    more[id] = ids.slice(EXPAND);
    now.forEach(function (m) {
      open[m] = true;
      var type = byId[m].kgType;
      if (!shownTypes[type]) { shownTypes[type] = true; typeBoxes[type].checked = true; }
    });
    sync(false);
    if (nodes.get(id) === null && byId[id].members) {
      selectedId = null;
      if (now.length) select(now[0], true);
    } else if (nodes.get(id) !== null) {
      network.selectNodes([id]); showNode(id);
    }
    return now;
  }
  function expand(id) { return openSome(id, closedNeighbours(id)); }
  function showMore(id) {
    var rest = (more[id] || []).filter(function (m) { return !open[m]; });
    return openSome(id, rest);
  }
  view.expand = expand;
  view.showMore = showMore;
  network.on("doubleClick", function (params) { if (params.nodes.length) expand(params.nodes[0]); });

  // ---- the selected node's panel -------------------------------------------------------------------
  var panel = document.getElementById("selected");
  function clearPanel() {
    selectedId = null;
    panel.textContent = "";
    el("p", "点击节点查看详情与邻居，双击展开 Click a node for its details and neighbours; double-click to grow.",
      "hint", panel);
  }
  function button(text, cls, parent, action) {
    var b = el("button", text, cls, parent);
    b.type = "button";
    b.addEventListener("click", action);
    return b;
  }
  function showNode(id) {
    var n = byId[id], d = n.kg;
    selectedId = id;
    panel.textContent = "";
    el("h2", groupName(n), null, panel);
    el("div", d.type, "type", panel);
    var table = el("table", null, null, panel);
    var rows = d.aliases.length ? [["别名 aliases", d.aliases.join("、")]].concat(d.props) : d.props;
    rows.forEach(function (p) {
      var row = el("tr", null, null, table);
      el("td", p[0], null, row); el("td", p[1], null, row);
    });
    var closed = closedNeighbours(id), rest = (more[id] || []).filter(function (m) { return !open[m]; });
    var actions = el("div", null, "actions", panel);
    if (closed.length) {
      button((n.members ? "展开成员 Open members (" : "展开邻居 Expand neighbours (") + closed.length + ")",
        "expand", actions, function () { expand(id); });
    }
    if (rest.length) {
      button("显示更多 Show more (" + rest.length + ")", "more", actions, function () { showMore(id); });
    }
    if (n.members && n.outside) {
      el("p", "另有 " + n.outside + " 个不在本页 more not in this page: kg view --focus " +
        byId[n.anchor].kg.name, "hint", panel);
    }
    if (d.members) {
      el("h3", "包含 " + groupCount(n) + " 个 (members)", null, panel);
      el("div", closedMembers(n).map(function (m) { return byId[m].kg.name; }).slice(0, 30).join("、") +
        (groupCount(n) > 30 ? " …" : ""), null, panel);
    }
    var groups = {};
    network.getConnectedEdges(id).forEach(function (edgeId) {
      var e = edges.get(edgeId);
      if (e === null) return;
      var out = e.from === id, other = out ? e.to : e.from;
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
        var link = button(groupName(byId[other]), "link", item, function () { select(other); });
        link.setAttribute("data-id", other);
      });
    });
    if (d.evidence.length) {
      el("h3", "出处 Evidence", null, panel);
      evidenceList(d.evidence, d.mentions, panel);
    }
  }
  function select(id, quiet) {
    var n = byId[id];
    if (nodes.get(id) === null) {  // not drawn: open it, switch its type on, lift the place and chain filters
      open[id] = true;
      if (!shownTypes[n.kgType]) { shownTypes[n.kgType] = true; typeBoxes[n.kgType].checked = true; }
      if (!passes(n)) clearFilters();
      sync(false);
    }
    network.selectNodes([id]);
    if (!quiet) network.focus(id, { scale: 1.1, animation: false });
    showNode(id);
  }
  network.on("selectNode", function (params) { showNode(params.nodes[0]); });
  network.on("deselectNode", clearPanel);
  view.select = select;
  clearPanel();

  // ---- search by name or alias ---------------------------------------------------------------------
  var index = [];
  var datalist = document.getElementById("names");
  var listed = {};
  data.nodes.forEach(function (n) {
    if (n.members) return;
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
