/* kg interactive graph. Data comes from JSON blocks and is shown with textContent only:
   nothing from an article is ever parsed as HTML. */
(function () {
  "use strict";

  var TIMES = { scriptStart: performance.now() };
  var DATA = JSON.parse(document.getElementById("kg-graph").textContent);
  TIMES.dataParsed = performance.now();
  var META = DATA.meta;
  var MAP = DATA.map || { outline: [], at: {} };
  var EVIDENCE = null; // parsed on the first click on an edge
  var PAGE = 50; // evidence items rendered per "show more"
  var MS_PER_DAY = 86400000;
  var LABEL_MAX = 20; // longer node labels are shortened on the canvas (full name on hover)
  var FONT_PX = 14, MAP_FONT_PX = 12, EDGE_FONT_PX = 11;
  var FADED_NODE = 0.22, FADED_EDGE = 0.1;
  var $ = function (id) { return document.getElementById(id); };

  function evidence() { // the block follows this script: complete once the document is parsed
    if (!EVIDENCE) EVIDENCE = JSON.parse($("kg-evidence").textContent);
    return EVIDENCE;
  }
  function whenParsed(fn) {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", fn, { once: true });
    else fn();
  }

  /* Build an element; text is set with textContent, never as HTML. */
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function httpUrl(u) {
    if (typeof u !== "string") return null;
    try {
      var url = new URL(u);
      return (url.protocol === "http:" || url.protocol === "https:") ? url.href : null;
    } catch (err) { return null; }
  }

  function fold(s) {
    return String(s).normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/ł/g, "l").replace(/Ł/g, "L").toLowerCase().trim();
  }

  function dayToIso(d) { return new Date(d * MS_PER_DAY).toISOString().slice(0, 10); }
  function isoToDay(s) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s || "");
    return m ? Math.round(Date.UTC(+m[1], +m[2] - 1, +m[3]) / MS_PER_DAY) : null;
  }

  function relationText(r) { // "suppliesWeaponsTo" -> "supplies weapons to"
    return r.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  }
  function plural(n, one, many) { return n + " " + (n === 1 ? one : many); }

  // --- state -------------------------------------------------------------------------------
  var nodeById = {};
  DATA.nodes.forEach(function (n) { nodeById[n.id] = n; });
  var edgeById = {};
  DATA.edges.forEach(function (e) { edgeById[e.id] = e; });
  var maxCount = 1;
  DATA.edges.forEach(function (e) {
    var n = 0;
    e.c.forEach(function (i) { n += DATA.claimPos[i]; });
    if (n > maxCount) maxCount = n;
  });
  var THRESHOLDS = [1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 40, 50, 60, 80, 100];
  while (THRESHOLDS[THRESHOLDS.length - 1] < maxCount) {
    THRESHOLDS.push(Math.round(THRESHOLDS[THRESHOLDS.length - 1] * 1.25));
  }
  THRESHOLDS = THRESHOLDS.filter(function (t, i) { return i === 0 || t <= maxCount; });
  var START_EV = 0;

  function defaults() {
    return {
      rels: new Set(META.relations.map(function (rq) { return rq[0]; })),
      langs: new Set(META.langs.map(function (_, i) { return i; })),
      dayFrom: null, dayTo: null, undated: true, minEv: THRESHOLDS[START_EV], showNeg: false,
      labelLang: META.labelLang, sizeBy: META.sizeBy, edgeLabels: false, focus: []
    };
  }
  var state = defaults();
  var layout = "graph"; // or "map"
  var counts = {}; // edge id -> {pos, neg} under the current language and date filters
  var visibleEdges = new Set();
  var visibleNodes = new Set();
  var selection = null; // {nodes: Set, edges: Set} under emphasis, or null

  function claimPasses(i) {
    if (!state.langs.has(DATA.claimLang[i])) return false;
    var d = DATA.claimDay[i];
    if (d === null) return state.undated;
    if (state.dayFrom !== null && d < state.dayFrom) return false;
    if (state.dayTo !== null && d > state.dayTo) return false;
    return true;
  }

  function nodeLabel(n) { return (n.labels && n.labels[state.labelLang]) || n.label || n.id; }

  /* A label that fits on the canvas: persons keep their surname ("W. Kosiniak-Kamysz"),
     other long names are cut at a word ("Dowództwo Operacyjne…"). */
  function shortLabel(n) {
    var full = nodeLabel(n);
    if (full.length <= LABEL_MAX) return full;
    var words = full.split(/\s+/);
    if (n.kind === "Person" && words.length > 1) {
      var tail = /^(jr\.?|sr\.?|[iv]+)$/i.test(words[words.length - 1]) && words.length > 2 ? 2 : 1;
      var last = words.slice(-tail).join(" ");
      var s = words.slice(0, -tail).map(function (w) { return w.charAt(0) + "."; }).join(" ") + " " + last;
      if (s.length <= LABEL_MAX + 2) return s;
      if (last.length <= LABEL_MAX) return last;
    }
    var out = "";
    for (var i = 0; i < words.length; i++) {
      var next = out ? out + " " + words[i] : words[i];
      if (next.length > LABEL_MAX) break;
      out = next;
    }
    return (out || full.slice(0, LABEL_MAX - 1)) + "…";
  }

  function ends(e) {
    var a = nodeLabel(nodeById[e.from]), b = nodeLabel(nodeById[e.to]), r = relationText(e.relation);
    return e.sym ? a + " — " + r + " — " + b : a + " → " + r + " → " + b;
  }

  function edgeTitle(e, c) {
    var body = plural(c.pos, "claim", "claims");
    if (c.neg) body += ", " + c.neg + " negated or denied";
    return ends(e) + "\n" + body + "\n(click for evidence)";
  }

  function nodeTitle(n) {
    return [nodeLabel(n), n.kind + (n.code ? " · " + n.code : ""), "double-click: its neighbourhood"].join("\n");
  }

  // --- filtering ---------------------------------------------------------------------------
  var nodesDS, edgesDS, network;

  /* Edges that pass the filters, then (under focus) only those within the neighbourhood. */
  function computeVisible() {
    var nodeEv = {}, nodeNb = {};
    var passing = [];
    DATA.edges.forEach(function (e) {
      var pos = 0, neg = 0;
      for (var k = 0; k < e.c.length; k++) {
        var i = e.c[k];
        if (!claimPasses(i)) continue;
        if (DATA.claimPos[i]) pos++; else neg++;
      }
      counts[e.id] = { pos: pos, neg: neg };
      var ok = state.rels.has(e.relation) &&
        (pos >= state.minEv || (state.showNeg && pos === 0 && neg > 0));
      if (ok) passing.push(e);
    });
    if (state.focus.length) passing = neighbourhood(passing, state.focus[state.focus.length - 1]);
    visibleEdges = new Set();
    passing.forEach(function (e) {
      visibleEdges.add(e.id);
      var pos = counts[e.id].pos;
      [e.from, e.to].forEach(function (n, j) {
        nodeEv[n] = (nodeEv[n] || 0) + pos;
        (nodeNb[n] = nodeNb[n] || new Set()).add(j ? e.from : e.to);
      });
    });
    visibleNodes = new Set(Object.keys(nodeNb));
    return { ev: nodeEv, nb: nodeNb };
  }

  /* Edges on a path of at most `depth` steps from the focused actor. */
  function neighbourhood(edges, focus) {
    var adj = {};
    edges.forEach(function (e) {
      (adj[e.from] = adj[e.from] || []).push(e.to);
      (adj[e.to] = adj[e.to] || []).push(e.from);
    });
    var dist = {}, frontier = [focus.id];
    dist[focus.id] = 0;
    for (var d = 1; d <= focus.depth; d++) {
      var next = [];
      frontier.forEach(function (n) {
        (adj[n] || []).forEach(function (m) { if (!(m in dist)) { dist[m] = d; next.push(m); } });
      });
      frontier = next;
    }
    return edges.filter(function (e) {
      return (e.from in dist) && (e.to in dist) && Math.min(dist[e.from], dist[e.to]) < focus.depth;
    });
  }

  /* Node area grows with the value (relative to the largest shown); edge width with log(claims). */
  function nodeSize(v, max) { return Math.round((7 + 33 * Math.sqrt(v / Math.max(max, 1))) * 10) / 10; }
  function mapNodeSize(v, max) { return Math.round((3.5 + 8 * Math.sqrt(v / Math.max(max, 1))) * 10) / 10; }
  function edgeWidth(n) { return Math.round(Math.min(1 + 1.5 * Math.log2(Math.max(n, 1)), 12) * 100) / 100; }

  var shownNode = {}; // node id -> last item given to vis (to send only what changed)
  var shownEdge = {}; // edge id -> last item given to vis; absent = not in the DataSet
  var lastVis = null;

  function nodeValue(n, vis) {
    return state.sizeBy === "degree" ? (vis.nb[n.id] ? vis.nb[n.id].size : 0) : (vis.ev[n.id] || 0);
  }

  function zoomFactor() { return layout === "map" && network ? 1 / network.getScale() : 1; }

  function nodeItem(n, vis, max) {
    var faded = selection && !selection.nodes.has(n.id);
    var k = zoomFactor();
    var size = layout === "map" ? mapNodeSize(nodeValue(n, vis), max) * k : nodeSize(nodeValue(n, vis), max);
    var item = {
      id: n.id, hidden: !vis.nb[n.id], label: shortLabel(n), size: Math.round(size * 100) / 100,
      opacity: faded ? FADED_NODE : 1,
      font: { size: Math.round((layout === "map" ? MAP_FONT_PX : FONT_PX) * k * 100) / 100,
        color: faded ? "#b8b8b8" : "#222" }
    };
    if (layout === "map" && declutter.label.has(n.id)) item.label = declutter.label.get(n.id);
    return item;
  }

  function edgeItem(e) {
    var c = counts[e.id];
    var k = zoomFactor();
    var faded = selection && !selection.edges.has(e.id);
    var emphasized = selection && selection.edges.has(e.id);
    var base = c.pos === 0 ? "#9a9a9a" : (META.quadColors[e.quad] || "#888");
    var w = edgeWidth(c.pos || 1) * (emphasized ? 1.8 : 1) * k;
    return {
      id: e.id, from: e.from, to: e.to, arrows: e.arrows, smooth: e.smooth,
      dashes: c.pos === 0, width: Math.round(w * 100) / 100,
      color: { color: base, hover: base, highlight: base, opacity: faded ? FADED_EDGE : 0.85 },
      label: state.edgeLabels ? relationText(e.relation) : undefined,
      font: { size: Math.round(EDGE_FONT_PX * k * 100) / 100, color: faded ? "#ccc" : "#444",
        strokeWidth: 3 * k, strokeColor: "#ffffff", align: "middle" }
    };
  }

  function sig(item) { return JSON.stringify(item); }

  /* Only the visible edges are in vis's DataSet: a 30k-edge corpus stays fast when the
     filters show a few hundred. */
  function syncDataSets(vis) {
    lastVis = vis;
    var nodeUpd = [], max = 1;
    DATA.nodes.forEach(function (n) { max = Math.max(max, nodeValue(n, vis)); });
    DATA.nodes.forEach(function (n) {
      var item = nodeItem(n, vis, max), s = sig(item);
      if (shownNode[n.id] !== s) { nodeUpd.push(item); shownNode[n.id] = s; }
    });
    var add = [], upd = [], rem = [];
    DATA.edges.forEach(function (e) {
      var prev = shownEdge[e.id];
      if (!visibleEdges.has(e.id)) {
        if (prev) { rem.push(e.id); delete shownEdge[e.id]; }
        return;
      }
      var item = edgeItem(e), s = sig(item);
      if (!prev) add.push(item); else if (prev !== s) upd.push(item);
      shownEdge[e.id] = s;
    });
    if (nodeUpd.length) nodesDS.update(nodeUpd);
    if (rem.length) edgesDS.remove(rem);
    if (upd.length) edgesDS.update(upd);
    if (add.length) edgesDS.add(add);
  }

  function restyle() { if (lastVis) syncDataSets(lastVis); }

  /* Recompute what is shown; `fit` after a user's filter change brings it into view. */
  function applyFilters(fit) {
    var vis = computeVisible();
    if (selection) selection = selectionFor(selection.kind, selection.id);
    if (layout === "map") declutter.run(vis);
    syncDataSets(vis);
    var claims = 0;
    visibleEdges.forEach(function (id) { claims += counts[id].pos; });
    $("stats").textContent = "Showing " + visibleNodes.size + " of " + DATA.nodes.length + " actors, " +
      visibleEdges.size + " of " + DATA.edges.length + " edges, " + plural(claims, "claim", "claims") + ".";
    $("empty").hidden = visibleEdges.size > 0;
    document.body.setAttribute("data-visible-nodes", String(visibleNodes.size));
    document.body.setAttribute("data-visible-edges", String(visibleEdges.size));
    refreshDatalist();
    renderCrumbs();
    hideTip();
    if (network) {
      if (layout === "graph") separateLabels();
      if (fit !== false) fitView();
      refreshPanel();
    }
  }

  function fitView() {
    if (!network) return;
    var ids = Array.from(visibleNodes);
    network.fit({ nodes: ids.length ? ids : undefined, animation: false });
    if (layout === "map") mapZoomed();
  }

  /* Start with the strongest edges when the graph is too dense to read (or to draw fast). */
  function initialMinEvidence() {
    var byCount = DATA.edges.map(function (e) {
      var n = 0;
      e.c.forEach(function (i) { n += DATA.claimPos[i]; });
      return n;
    });
    for (var k = 0; k < THRESHOLDS.length; k++) {
      var t = THRESHOLDS[k];
      if (byCount.filter(function (n) { return n >= t; }).length <= META.maxEdges) return k;
    }
    return THRESHOLDS.length - 1;
  }

  // --- emphasis: a selected actor or edge keeps its colours; the rest fades ----------------
  function selectionFor(kind, id) {
    var nodes = new Set(), edges = new Set();
    if (kind === "node") {
      if (!visibleNodes.has(id)) return null;
      nodes.add(id);
      DATA.edges.forEach(function (e) {
        if (visibleEdges.has(e.id) && (e.from === id || e.to === id)) {
          edges.add(e.id); nodes.add(e.from); nodes.add(e.to);
        }
      });
    } else {
      var e = edgeById[id];
      if (!e || !visibleEdges.has(e.id)) return null;
      edges.add(e.id); nodes.add(e.from); nodes.add(e.to);
    }
    return { kind: kind, id: id, nodes: nodes, edges: edges };
  }

  /* The panel covers the right of the canvas: bring what is selected into the part left free. */
  function keepInView(nodes) {
    if (!network || !nodes || !nodes.size) return;
    var canvas = document.querySelector("#graph canvas");
    var w = canvas.clientWidth, h = canvas.clientHeight;
    var panel = $("panel").hidden ? 0 : Math.min($("panel").offsetWidth, w / 2);
    var free = w - panel, M = 40;
    var pos = network.getPositions(Array.from(nodes));
    var doms = Object.keys(pos).map(function (id) { return network.canvasToDOM(pos[id]); });
    var inside = doms.every(function (d) { return d.x > M && d.x < free - M && d.y > M && d.y < h - M; });
    if (inside) return;
    var xs = Object.keys(pos).map(function (id) { return pos[id].x; });
    var ys = Object.keys(pos).map(function (id) { return pos[id].y; });
    var minX = Math.min.apply(null, xs), maxX = Math.max.apply(null, xs);
    var minY = Math.min.apply(null, ys), maxY = Math.max.apply(null, ys);
    var scale = Math.min(network.getScale(), (free - 3 * M) / Math.max(maxX - minX, 1),
      (h - 3 * M) / Math.max(maxY - minY, 1));
    network.moveTo({ position: { x: (minX + maxX) / 2, y: (minY + maxY) / 2 }, scale: scale,
      offset: { x: -panel / 2, y: 0 }, animation: false });
    if (layout === "map") mapZoomed();
  }

  function emphasize(kind, id) {
    selection = kind ? selectionFor(kind, id) : null;
    restyle();
    document.body.setAttribute("data-selection", selection ? selection.kind + ":" + selection.id : "");
  }

  function clearSelection() {
    if (network) network.unselectAll();
    emphasize(null);
  }

  // --- graph layout: labels that do not collide ---------------------------------------------
  /* Push apart visible nodes whose boxes (shape and label, as vis measures them) overlap. */
  function separateLabels() {
    if (!network || layout !== "graph") return 0;
    network.redraw(); // bounding boxes follow the labels and sizes just set
    var ids = Array.from(visibleNodes), PAD = 6, moved = 0;
    if (ids.length < 2) return 0;
    var pos = network.getPositions(ids);
    var box = ids.map(function (id) {
      var b = network.getBoundingBox(id);
      return { id: id, l: b.left, r: b.right, t: b.top, b: b.bottom, x: pos[id].x, y: pos[id].y, dx: 0, dy: 0 };
    });
    for (var iter = 0; iter < 400; iter++) {
      var any = false;
      box.sort(function (a, b) { return a.l - b.l; });
      for (var i = 0; i < box.length; i++) {
        var a = box[i];
        for (var j = i + 1; j < box.length && box[j].l < a.r + PAD; j++) {
          var b = box[j];
          var ox = Math.min(a.r, b.r) - Math.max(a.l, b.l) + PAD;
          var oy = Math.min(a.b, b.b) - Math.max(a.t, b.t) + PAD;
          if (ox <= 0 || oy <= 0) continue;
          any = true;
          var acx = (a.l + a.r) / 2, bcx = (b.l + b.r) / 2, acy = (a.t + a.b) / 2, bcy = (b.t + b.b) / 2;
          var mx = 0, my = 0;
          if (ox < oy) mx = (acx <= bcx ? -1 : 1) * (ox / 2 + 0.5);
          else my = (acy <= bcy ? -1 : 1) * (oy / 2 + 0.5);
          shift(a, mx, my); shift(b, -mx, -my);
        }
      }
      if (!any) break;
    }
    function shift(o, mx, my) { o.l += mx; o.r += mx; o.t += my; o.b += my; o.dx += mx; o.dy += my; }
    var upd = [];
    box.forEach(function (o) {
      if (Math.abs(o.dx) > 0.01 || Math.abs(o.dy) > 0.01) {
        upd.push({ id: o.id, x: o.x + o.dx, y: o.y + o.dy });
        moved++;
      }
    });
    if (upd.length) nodesDS.update(upd);
    return moved;
  }

  // --- map layout ----------------------------------------------------------------------------
  var graphPositions = null; // positions of the graph layout, kept while the map shows
  var outlinePaths = null;

  function outline() {
    if (outlinePaths) return outlinePaths;
    outlinePaths = MAP.outline.map(function (r) {
      var p = new Path2D(), x = r[0], y = r[1];
      p.moveTo(x, y);
      for (var i = 2; i < r.length; i += 2) { x += r[i]; y += r[i + 1]; p.lineTo(x, y); }
      p.closePath();
      return p;
    });
    return outlinePaths;
  }

  function drawOutline(ctx) {
    if (layout !== "map") return;
    ctx.save();
    ctx.fillStyle = "#f6f3ea";
    ctx.strokeStyle = "#c8c0ae";
    ctx.lineWidth = 0.8 / network.getScale();
    outline().forEach(function (p) { ctx.fill(p); ctx.stroke(p); });
    ctx.restore();
  }

  function mapPosition(id, k) {
    var a = MAP.at[id];
    if (!a) return null;
    return { x: a[0] + a[2] * k, y: a[1] + a[3] * k };
  }

  /* Labels that would overlap a bigger actor's label or shape on the map are left out (the
     tooltip names every actor); measured on screen, so zooming in brings them back. */
  var declutter = {
    label: new Map(), // node id -> the label drawn instead (its code, or none)
    ctx: null,
    run: function (vis) {
      this.label = new Map();
      if (!network) return;
      if (!this.ctx) this.ctx = document.createElement("canvas").getContext("2d");
      var ctx = this.ctx, label = this.label, k = zoomFactor(), max = 1;
      ctx.font = MAP_FONT_PX + "px system-ui, sans-serif";
      var ids = Array.from(visibleNodes);
      ids.forEach(function (id) { max = Math.max(max, nodeValue(nodeById[id], vis)); });
      ids.sort(function (a, b) {
        return nodeValue(nodeById[b], vis) - nodeValue(nodeById[a], vis) || (a < b ? -1 : 1);
      });
      var placed = [];
      ids.forEach(function (id) {
        var p = mapPosition(id, k);
        if (!p) return;
        var d = network.canvasToDOM(p), r = mapNodeSize(nodeValue(nodeById[id], vis), max);
        placed.push({ l: d.x - r, r: d.x + r, t: d.y - r, b: d.y + r });
      });
      ids.forEach(function (id) {
        var p = mapPosition(id, k);
        if (!p) return;
        var d = network.canvasToDOM(p), r = mapNodeSize(nodeValue(nodeById[id], vis), max);
        var n = nodeById[id];
        var choices = [shortLabel(n)];
        if (n.code && n.code.length <= 4 && n.code !== choices[0]) choices.push(n.code);
        for (var c = 0; c < choices.length; c++) {
          var w = ctx.measureText(choices[c]).width;
          var box = { l: d.x - w / 2 - 2, r: d.x + w / 2 + 2, t: d.y + r + 1, b: d.y + r + MAP_FONT_PX + 4 };
          var clash = placed.some(function (o) { return o.l < box.r && box.l < o.r && o.t < box.b && box.t < o.b; });
          if (!clash) {
            placed.push(box);
            if (c) label.set(id, choices[c]);
            return;
          }
        }
        label.set(id, " ");
      });
    }
  };

  function placeOnMap() {
    var k = zoomFactor(), upd = [];
    DATA.nodes.forEach(function (n) {
      var p = mapPosition(n.id, k);
      if (p) upd.push({ id: n.id, x: p.x, y: p.y });
    });
    nodesDS.update(upd);
  }

  var zoomPending = false;
  function mapZoomed() {
    if (layout !== "map" || zoomPending) return;
    zoomPending = true;
    requestAnimationFrame(function () {
      zoomPending = false;
      if (layout !== "map") return;
      placeOnMap();
      declutter.run(lastVis);
      restyle();
    });
  }

  function setLayout(mode) {
    if (mode === layout || (mode !== "map" && mode !== "graph")) return;
    hideTip();
    if (mode === "map") {
      graphPositions = network.getPositions();
      layout = "map";
      network.setOptions({ interaction: { dragNodes: false } });
      placeOnMap();
    } else {
      layout = "graph";
      network.setOptions({ interaction: { dragNodes: true } });
      var upd = [];
      Object.keys(graphPositions || {}).forEach(function (id) {
        upd.push({ id: id, x: graphPositions[id].x, y: graphPositions[id].y });
      });
      nodesDS.update(upd);
    }
    document.body.classList.toggle("map", layout === "map");
    document.body.setAttribute("data-layout", layout);
    $("layout-graph").classList.toggle("on", layout === "graph");
    $("layout-map").classList.toggle("on", layout === "map");
    $("layout-graph").setAttribute("aria-checked", String(layout === "graph"));
    $("layout-map").setAttribute("aria-checked", String(layout === "map"));
    applyFilters(false);
    fitView();
    if (layout === "map") { // the fit changed the zoom: place and size again for it
      placeOnMap();
      network.fit({ nodes: Array.from(visibleNodes), animation: false });
      mapZoomed();
    }
  }

  // --- focus on a neighbourhood, with a breadcrumb back --------------------------------------
  function focusOn(id, depth) {
    if (!nodeById[id]) return;
    var top = state.focus[state.focus.length - 1];
    if (top && top.id === id) top.depth = depth || top.depth;
    else state.focus.push({ id: id, depth: depth || 1 });
    clearSelection();
    applyFilters();
  }

  function unfocus(level) { // level 0: the whole graph
    state.focus = state.focus.slice(0, level);
    clearSelection();
    applyFilters();
  }

  function renderCrumbs() {
    var nav = $("crumbs");
    if (!state.focus.length) { nav.hidden = true; nav.replaceChildren(); return; }
    var items = [];
    var all = el("button", "link", "All actors");
    all.type = "button";
    all.addEventListener("click", function () { unfocus(0); });
    items.push(all);
    state.focus.forEach(function (f, i) {
      items.push(el("span", "sep", "›"));
      if (i < state.focus.length - 1) {
        var b = el("button", "link", nodeLabel(nodeById[f.id]));
        b.type = "button";
        b.addEventListener("click", function () { unfocus(i + 1); });
        items.push(b);
      } else {
        items.push(el("strong", null, nodeLabel(nodeById[f.id])));
        var sel = el("select");
        sel.setAttribute("aria-label", "steps");
        [1, 2].forEach(function (d) {
          var o = el("option", null, plural(d, "step", "steps"));
          o.value = String(d);
          sel.append(o);
        });
        sel.value = String(f.depth);
        sel.addEventListener("change", function () { focusOn(f.id, +sel.value); });
        items.push(sel);
      }
    });
    nav.replaceChildren.apply(nav, items);
    nav.hidden = false;
  }

  // --- tooltips (text only) ----------------------------------------------------------------
  function showTip(text, p) {
    var tip = $("tip");
    tip.textContent = text;
    tip.style.left = (p.x + 14) + "px";
    tip.style.top = (p.y + 14) + "px";
    tip.hidden = false;
  }
  function hideTip() { $("tip").hidden = true; }

  /* The tooltip follows what is under the pointer now (vis's hover events can miss a pointer
     that left the canvas), so it never stays behind. */
  var hoverEvent = null;
  function hoverAt(ev) {
    var pending = hoverEvent;
    hoverEvent = ev;
    if (pending) return;
    requestAnimationFrame(function () {
      var e = hoverEvent;
      hoverEvent = null;
      if (!network || !e || e.buttons) { hideTip(); return; }
      var r = $("graph").getBoundingClientRect(), p = { x: e.clientX - r.left, y: e.clientY - r.top };
      var n = network.getNodeAt(p), id = n === undefined ? network.getEdgeAt(p) : undefined;
      var key = n !== undefined ? "n:" + n : id !== undefined ? "e:" + id : null;
      if (key !== quietOn) quietOn = null;
      if (key === null || key === quietOn) { hideTip(); return; }
      if (n !== undefined && visibleNodes.has(String(n))) showTip(nodeTitle(nodeById[n]), p);
      else if (id !== undefined && edgeById[id]) showTip(edgeTitle(edgeById[id], counts[id]), p);
      else hideTip();
    });
  }
  var quietOn = null; // the item just clicked: no tooltip over it until the pointer leaves it
  function quiet(p) {
    hideTip();
    quietOn = p.nodes.length ? "n:" + p.nodes[0] : p.edges.length ? "e:" + p.edges[0] : null;
  }

  // --- controls ----------------------------------------------------------------------------
  function buildRelationFilters() {
    var box = $("relation-filters");
    var byQuad = {};
    var nEdges = {};
    DATA.edges.forEach(function (e) { nEdges[e.relation] = (nEdges[e.relation] || 0) + 1; });
    META.relations.forEach(function (rq) { (byQuad[rq[1]] = byQuad[rq[1]] || []).push(rq[0]); });
    Object.keys(META.quadColors).forEach(function (quad) {
      var rels = byQuad[quad];
      if (!rels) return;
      var group = el("div", "quad-group");
      var head = el("label");
      var qbox = el("input");
      qbox.type = "checkbox"; qbox.checked = true; qbox.dataset.quad = quad;
      var sw = el("span", "swatch line");
      sw.style.background = META.quadColors[quad];
      head.append(qbox, " ", sw, " ", META.quadLabels[quad] || quad);
      var list = el("div", "rels");
      rels.forEach(function (r) {
        var lab = el("label");
        lab.title = relationText(r);
        var cb = el("input");
        cb.type = "checkbox"; cb.checked = true; cb.dataset.relation = r;
        cb.addEventListener("change", function () {
          if (cb.checked) state.rels.add(r); else state.rels.delete(r);
          qbox.checked = rels.every(function (x) { return state.rels.has(x); });
          qbox.indeterminate = !qbox.checked && rels.some(function (x) { return state.rels.has(x); });
          applyFilters();
        });
        lab.append(cb, " " + relationText(r) + " ", el("span", "count", String(nEdges[r])));
        list.append(lab);
      });
      qbox.addEventListener("change", function () {
        qbox.indeterminate = false;
        rels.forEach(function (r) { if (qbox.checked) state.rels.add(r); else state.rels.delete(r); });
        list.querySelectorAll("input").forEach(function (cb) { cb.checked = qbox.checked; });
        applyFilters();
      });
      group.append(head, list);
      box.append(group);
    });
  }

  function buildLangFilters() {
    var box = $("lang-filters");
    box.append(el("span", "small", "Languages"));
    META.langs.forEach(function (lang, i) {
      var lab = el("label", "small");
      var cb = el("input");
      cb.type = "checkbox"; cb.checked = true; cb.dataset.lang = lang;
      cb.addEventListener("change", function () {
        if (cb.checked) state.langs.add(i); else state.langs.delete(i);
        applyFilters();
      });
      lab.append(cb, " " + lang);
      box.append(lab);
    });
  }

  function buildControls() {
    buildRelationFilters();
    buildLangFilters();
    var from = $("date-from"), to = $("date-to");
    if (META.dayMin !== null) {
      [from, to].forEach(function (inp) { inp.min = dayToIso(META.dayMin); inp.max = dayToIso(META.dayMax); });
      from.placeholder = dayToIso(META.dayMin); to.placeholder = dayToIso(META.dayMax);
    } else {
      from.disabled = to.disabled = true;
    }
    from.addEventListener("change", function () { state.dayFrom = isoToDay(from.value); applyFilters(); });
    to.addEventListener("change", function () { state.dayTo = isoToDay(to.value); applyFilters(); });
    $("undated").addEventListener("change", function (ev) { state.undated = ev.target.checked; applyFilters(); });
    var range = $("min-evidence");
    range.max = String(THRESHOLDS.length - 1);
    range.value = String(START_EV);
    $("min-evidence-out").textContent = String(state.minEv);
    range.addEventListener("input", function () {
      state.minEv = THRESHOLDS[+range.value];
      $("min-evidence-out").textContent = String(state.minEv);
      applyFilters();
    });
    $("show-negated").addEventListener("change", function (ev) { state.showNeg = ev.target.checked; applyFilters(); });
    var ll = $("label-lang");
    ll.value = state.labelLang;
    ll.addEventListener("change", function () { state.labelLang = ll.value; applyFilters(false); });
    var sb = $("size-by");
    sb.value = state.sizeBy;
    sb.addEventListener("change", function () { state.sizeBy = sb.value; applyFilters(false); });
    $("edge-labels").addEventListener("change", function (ev) {
      state.edgeLabels = ev.target.checked; applyFilters(false);
    });
    $("reset").addEventListener("click", resetFilters);
    $("fit").addEventListener("click", fitView);
    $("layout-graph").addEventListener("click", function () { setLayout("graph"); });
    $("layout-map").addEventListener("click", function () { setLayout("map"); });
    $("search").addEventListener("keydown", function (ev) { if (ev.key === "Enter") search(); });
    $("search").addEventListener("change", search);
    $("search-go").addEventListener("click", search);
    $("panel-close").addEventListener("click", closePanel);
    $("toggle-sidebar").addEventListener("click", toggleSidebar);
    $("dl-png").addEventListener("click", function () { download("png"); });
    $("dl-svg").addEventListener("click", function () { download("svg"); });
    $("dl-csv").addEventListener("click", function () { download("csv"); });
    $("graph").addEventListener("mouseleave", hideTip);
    document.addEventListener("keydown", function (ev) {
      if (ev.key === "Escape") { hideTip(); if (!$("panel").hidden) closePanel(); }
    });
  }

  function toggleSidebar() {
    var collapsed = document.body.classList.toggle("collapsed");
    var b = $("toggle-sidebar");
    b.textContent = collapsed ? "»" : "«";
    b.title = collapsed ? "Show the sidebar" : "Hide the sidebar";
    b.setAttribute("aria-expanded", String(!collapsed));
    if (network) { network.redraw(); fitView(); }
  }

  function resetFilters() {
    state = defaults();
    document.querySelectorAll("#relation-filters input, #lang-filters input").forEach(function (cb) {
      cb.checked = true; cb.indeterminate = false;
    });
    $("date-from").value = ""; $("date-to").value = "";
    $("undated").checked = true;
    $("min-evidence").value = String(START_EV); $("min-evidence-out").textContent = String(state.minEv);
    $("show-negated").checked = false;
    $("edge-labels").checked = false;
    $("label-lang").value = state.labelLang; $("size-by").value = state.sizeBy;
    clearSelection();
    applyFilters();
  }

  function refreshDatalist() {
    var list = $("actor-list");
    var opts = DATA.nodes.map(function (n) { var o = el("option"); o.value = nodeLabel(n); return o; });
    list.replaceChildren.apply(list, opts);
  }

  function findNode(q) {
    var f = fold(q);
    if (!f) return null;
    var exact = null, partial = null;
    DATA.nodes.some(function (n) {
      var names = [n.id, n.code || ""].concat(Object.keys(n.labels || {}).map(function (k) { return n.labels[k]; }));
      for (var i = 0; i < names.length; i++) {
        var g = fold(names[i]);
        if (g === f) { exact = n; return true; }
        if (!partial && g.indexOf(f) >= 0) partial = n;
      }
      return false;
    });
    return exact || partial;
  }

  function search() {
    var q = $("search").value, msg = $("search-msg");
    if (!q.trim()) { msg.textContent = ""; return; }
    var n = findNode(q);
    if (!n) { msg.textContent = "No actor matches “" + q + "”."; return; }
    var shown = visibleNodes.has(n.id);
    msg.textContent = shown ? "" : nodeLabel(n) + " is hidden by the current filters.";
    if (shown) {
      network.selectNodes([n.id]);
      network.focus(n.id, { scale: Math.max(network.getScale(), 1.2), animation: false });
      if (layout === "map") mapZoomed();
    }
    openNode(n.id);
  }

  // --- panels ------------------------------------------------------------------------------
  function showPanel(children) {
    var body = $("panel-body");
    body.replaceChildren.apply(body, children);
    $("panel").hidden = false;
    hideTip();
    if (network) network.redraw();
  }

  function closePanel() {
    $("panel").hidden = true;
    delete $("panel").dataset.kind;
    delete $("panel").dataset.id;
    clearSelection();
    if (network) network.redraw();
  }

  /* Filters changed: the open panel is drawn again for what is now shown. */
  function refreshPanel() {
    var p = $("panel");
    if (p.hidden || !p.dataset.kind) return;
    var keep = p.scrollTop;
    if (p.dataset.kind === "node") openNode(p.dataset.id, true);
    else if (p.dataset.kind === "edge") whenParsed(function () { openEdge(+p.dataset.id, true); });
    p.scrollTop = keep;
  }

  function quadBadge(quad) {
    var b = el("span", "quad", META.quadLabels[quad] || quad);
    b.style.background = META.quadColors[quad] || "#888";
    return b;
  }

  function highlight(sentence, trigger) {
    var p = el("p", "sentence");
    var at = trigger ? sentence.toLowerCase().indexOf(trigger.toLowerCase()) : -1;
    if (at < 0) { p.textContent = sentence; return p; }
    p.append(sentence.slice(0, at), el("mark", null, sentence.slice(at, at + trigger.length)),
      sentence.slice(at + trigger.length));
    return p;
  }

  var COL = { doc: 0, sentence: 1, trigger: 2, attributed: 3, modality: 4, hedged: 5, subject: 6, object: 7,
    rule: 8 };

  function claimItem(i) {
    var ev = evidence();
    var row = ev.claims[i], doc = ev.docs[row[COL.doc]];
    var str = function (k) { return ev.strings[row[k]]; };
    var li = el("li", "claim");
    li.dataset.claim = String(i);
    if (!DATA.claimPos[i]) li.classList.add("not-counted");
    li.append(highlight(row[COL.sentence], str(COL.trigger)));
    var badges = el("div");
    if (!DATA.claimPos[i]) badges.append(el("span", "badge negated", str(COL.modality) || "negated"));
    else if (str(COL.modality)) badges.append(el("span", "badge hedged", str(COL.modality)));
    if (row[COL.hedged]) badges.append(el("span", "badge hedged", "hedged"));
    if (str(COL.attributed)) badges.append(el("span", "badge attributed", "according to " + str(COL.attributed)));
    if (badges.childNodes.length) li.append(badges);
    var meta = el("div", "meta");
    var url = httpUrl(doc[3]);
    var titleText = doc[0] || doc[4] || "(untitled)";
    if (url) {
      var a = el("a", null, titleText);
      a.href = url; a.target = "_blank"; a.rel = "noopener noreferrer nofollow";
      meta.append(a);
    } else {
      meta.append(el("span", "title", titleText));
    }
    [doc[1], doc[2] ? doc[2].slice(0, 10) : null, META.langs[DATA.claimLang[i]]].forEach(function (x) {
      if (x) meta.append(" · ", x);
    });
    if (str(COL.subject) && str(COL.object)) meta.append(" · ", str(COL.subject) + " → " + str(COL.object));
    if (str(COL.rule)) li.title = "rule: " + str(COL.rule);
    li.append(meta);
    return li;
  }

  function sortClaims(ids) {
    return ids.slice().sort(function (a, b) {
      var pa = DATA.claimPos[a], pb = DATA.claimPos[b];
      if (pa !== pb) return pb - pa;
      var da = DATA.claimDay[a], db = DATA.claimDay[b];
      if (da !== db) return (db === null ? -1e9 : db) - (da === null ? -1e9 : da);
      return a - b;
    });
  }

  function openEdge(id, refresh) {
    var e = edgeById[id];
    if (!e) return;
    var h = el("h2", null, ends(e));
    var inFilter = sortClaims(e.c.filter(claimPasses));
    var outside = e.c.length - inFilter.length;
    var pos = inFilter.filter(function (i) { return DATA.claimPos[i]; }).length;
    var ev = evidence();
    var articles = new Set(inFilter.map(function (i) { return ev.claims[i][0]; })).size;
    var summary = el("p", "muted",
      plural(pos, "claim", "claims") + " asserting it" +
      (inFilter.length - pos ? ", " + (inFilter.length - pos) + " negated or denied" : "") +
      ", from " + plural(articles, "article", "articles") + "." +
      (outside ? " " + outside + " more outside the current filters." : "") +
      (visibleEdges.has(e.id) ? "" : " Not shown under the current filters."));
    var list = el("ol", "evidence");
    var more = el("button", null, "Show more");
    more.type = "button";
    var shown = 0;
    var seen = {}; // the same sentence of the same article is listed once, with a count
    function page() {
      var stop = Math.min(shown + PAGE, inFilter.length);
      for (; shown < stop; shown++) {
        var i = inFilter[shown], row = ev.claims[i], key = row[COL.doc] + "\u0000" + row[COL.sentence] +
          "\u0000" + DATA.claimPos[i];
        if (seen[key]) {
          seen[key].n += 1;
          seen[key].badge.textContent = "×" + seen[key].n;
          seen[key].badge.hidden = false;
          continue;
        }
        var item = claimItem(i), badge = el("span", "badge filtered");
        badge.hidden = true;
        badge.title = "claims from this sentence";
        item.querySelector(".meta").append(" ", badge);
        seen[key] = { n: 1, badge: badge };
        list.append(item);
      }
      more.hidden = shown >= inFilter.length;
      more.textContent = "Show more (" + (inFilter.length - shown) + " left)";
    }
    more.addEventListener("click", page);
    page();
    var children = [h, quadBadge(e.quad), summary, list, more];
    if (outside) {
      var all = el("button", "link", "Show all " + e.c.length + " claims, ignoring filters");
      all.type = "button";
      all.addEventListener("click", function () {
        inFilter = sortClaims(e.c); shown = 0; seen = {}; list.replaceChildren(); page(); all.remove();
      });
      children.push(el("p", null), all);
    }
    $("panel").dataset.kind = "edge";
    $("panel").dataset.id = String(id);
    showPanel(children);
    if (!refresh) {
      $("panel").scrollTop = 0;
      if (network && visibleEdges.has(e.id)) network.selectEdges([e.id]);
      emphasize("edge", e.id);
      if (selection) keepInView(selection.nodes);
    }
  }

  function openNode(id, refresh) {
    var n = nodeById[id];
    if (!n) return;
    var h = el("h2", null, nodeLabel(n));
    var info = el("p", "muted", n.kind + (n.code ? " · " + n.code : ""));
    var names = el("p", "small");
    Object.keys(n.labels || {}).forEach(function (lg) { names.append(el("span", null, lg + ": " + n.labels[lg] + "  ")); });
    var children = [h, info, names];
    if (n.wikidata && /^Q[1-9][0-9]*$/.test(n.wikidata)) {
      var a = el("a", null, "Wikidata " + n.wikidata);
      a.href = "https://www.wikidata.org/wiki/" + n.wikidata;
      a.target = "_blank"; a.rel = "noopener noreferrer nofollow";
      var p = el("p", "small"); p.append(a); children.push(p);
    }
    var focusBtn = el("button", null, "Show only its neighbourhood");
    focusBtn.type = "button";
    focusBtn.addEventListener("click", function () { focusOn(id, 1); });
    children.push(focusBtn);
    var mine = DATA.edges.filter(function (e) {
      return visibleEdges.has(e.id) && (e.from === id || e.to === id);
    }).sort(function (x, y) { return counts[y.id].pos - counts[x.id].pos || x.id - y.id; });
    children.push(el("h3", null, plural(mine.length, "relation", "relations") + " shown"));
    var ul = el("ul", "node-edges");
    mine.forEach(function (e) {
      var sw = el("span", "swatch line");
      sw.style.background = counts[e.id].pos ? (META.quadColors[e.quad] || "#888") : "#9a9a9a";
      var btn = el("button", "link", ends(e) + " (" + counts[e.id].pos + ")");
      btn.type = "button";
      btn.addEventListener("click", function () { whenParsed(function () { openEdge(e.id); }); });
      var li = el("li"); li.append(sw, btn); ul.append(li);
    });
    children.push(ul);
    $("panel").dataset.kind = "node";
    $("panel").dataset.id = String(id);
    showPanel(children);
    if (!refresh) {
      $("panel").scrollTop = 0;
      emphasize("node", id);
      if (selection) keepInView(selection.nodes);
    }
  }

  // --- downloads: what is on screen -----------------------------------------------------------
  function save(blob, name) {
    var a = el("a");
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(a.href); }, 5000);
  }

  function background() { return layout === "map" ? "#eef3f8" : "#ffffff"; }

  function pngCanvas() {
    var src = document.querySelector("#graph canvas");
    var c = document.createElement("canvas");
    c.width = src.width; c.height = src.height;
    var ctx = c.getContext("2d");
    ctx.fillStyle = background();
    ctx.fillRect(0, 0, c.width, c.height);
    ctx.drawImage(src, 0, 0);
    return c;
  }

  /* A spreadsheet must not run a cell as a formula: such cells get a leading apostrophe. */
  function csvCell(v) {
    var s = v === null || v === undefined ? "" : String(v);
    if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
    return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }

  function csvText() {
    var rows = [["subject", "subject_label", "relation", "object", "object_label", "quad", "symmetric",
      "claims", "negated", "first", "last"]];
    DATA.edges.forEach(function (e) {
      if (!visibleEdges.has(e.id)) return;
      var days = e.c.filter(claimPasses).map(function (i) { return DATA.claimDay[i]; })
        .filter(function (d) { return d !== null; });
      rows.push([e.from, nodeLabel(nodeById[e.from]), e.relation, e.to, nodeLabel(nodeById[e.to]), e.quad,
        e.sym ? "true" : "false", counts[e.id].pos, counts[e.id].neg,
        days.length ? dayToIso(Math.min.apply(null, days)) : "",
        days.length ? dayToIso(Math.max.apply(null, days)) : ""]);
    });
    return rows.map(function (r) { return r.map(csvCell).join(","); }).join("\r\n") + "\r\n";
  }

  var SVG_NS = "http://www.w3.org/2000/svg";
  function svgEl(tag, attrs, text) {
    var e = document.createElementNS(SVG_NS, tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, String(attrs[k])); });
    if (text !== undefined) e.textContent = String(text);
    return e;
  }
  function r2(v) { return Math.round(v * 100) / 100; }

  /* The control point vis-network uses for a "curvedCW"/"curvedCCW" edge. */
  function via(p1, p2, smooth) {
    if (!smooth || !smooth.enabled) return null;
    var dx = p1.x - p2.x, dy = p1.y - p2.y, radius = Math.sqrt(dx * dx + dy * dy), f = smooth.roundness;
    var angle = Math.atan2(dy, dx), a;
    if (smooth.type === "curvedCW") a = (angle + (f * 0.5 + 0.5) * Math.PI) % (2 * Math.PI);
    else a = (angle + (-f * 0.5 + 0.5) * Math.PI) % (2 * Math.PI);
    return { x: p1.x + (f * 0.5 + 0.5) * radius * Math.sin(a), y: p1.y + (f * 0.5 + 0.5) * radius * Math.cos(a) };
  }

  function shapePoints(shape, x, y, s) {
    var pts;
    if (shape === "diamond") pts = [[0, -s], [s, 0], [0, s], [-s, 0]];
    else if (shape === "triangle") pts = [[0, -s], [s * 0.87, s * 0.5], [-s * 0.87, s * 0.5]];
    else if (shape === "hexagon") {
      pts = [];
      for (var i = 0; i < 6; i++) pts.push([s * Math.cos(Math.PI / 3 * i), s * Math.sin(Math.PI / 3 * i)]);
    }
    return pts.map(function (p) { return r2(x + p[0]) + "," + r2(y + p[1]); }).join(" ");
  }

  /* The current view as SVG, drawn from the positions, colours and labels on screen. */
  function svgText() {
    var canvas = document.querySelector("#graph canvas");
    var w = canvas.clientWidth, h = canvas.clientHeight;
    var tl = network.DOMtoCanvas({ x: 0, y: 0 }), br = network.DOMtoCanvas({ x: w, y: h });
    var k = 1 / network.getScale();
    var svg = svgEl("svg", { xmlns: SVG_NS, width: w, height: h,
      viewBox: [r2(tl.x), r2(tl.y), r2(br.x - tl.x), r2(br.y - tl.y)].join(" "),
      "font-family": "system-ui, sans-serif" });
    svg.append(svgEl("title", {}, $("title").textContent));
    svg.append(svgEl("rect", { x: r2(tl.x), y: r2(tl.y), width: r2(br.x - tl.x), height: r2(br.y - tl.y),
      fill: background() }));
    if (layout === "map") {
      var g = svgEl("g", { fill: "#f6f3ea", stroke: "#c8c0ae", "stroke-width": r2(0.8 * k) });
      MAP.outline.forEach(function (r) {
        var d = "M" + r[0] + " " + r[1] + "l" + r.slice(2).join(" ") + "z";
        g.append(svgEl("path", { d: d }));
      });
      svg.append(g);
    }
    var ids = edgesDS.getIds();
    var pos = network.getPositions();
    var edgeLayer = svgEl("g", { fill: "none" }), labelLayer = svgEl("g", {});
    ids.forEach(function (id) {
      var item = edgesDS.get(id), e = edgeById[id];
      var p1 = pos[e.from], p2 = pos[e.to];
      if (!p1 || !p2) return;
      var c = item.color, v = via(p1, p2, item.smooth);
      var target = nodesDS.get(e.to), r = (target && target.size) || 10;
      var from = v || p1, dx = p2.x - from.x, dy = p2.y - from.y, len = Math.sqrt(dx * dx + dy * dy) || 1;
      var ux = dx / len, uy = dy / len;
      var end = e.arrows === "to" ? { x: p2.x - ux * r, y: p2.y - uy * r } : p2;
      var d = "M" + r2(p1.x) + " " + r2(p1.y) + (v ? " Q" + r2(v.x) + " " + r2(v.y) + " " : " L") +
        r2(end.x) + " " + r2(end.y);
      var attrs = { d: d, stroke: c.color, "stroke-width": item.width, "stroke-opacity": c.opacity };
      if (item.dashes) attrs["stroke-dasharray"] = r2(5 * k) + " " + r2(5 * k);
      edgeLayer.append(svgEl("path", attrs));
      if (e.arrows === "to") {
        var L = 7 * k + 2.2 * item.width, W = L * 0.55;
        var bx = end.x - ux * L, by = end.y - uy * L;
        var pts = [[end.x, end.y], [bx - uy * W, by + ux * W], [bx + uy * W, by - ux * W]];
        edgeLayer.append(svgEl("polygon", { points: pts.map(function (q) { return r2(q[0]) + "," + r2(q[1]); })
          .join(" "), fill: c.color, "fill-opacity": c.opacity, stroke: "none" }));
      }
      if (item.label) {
        var mx = v ? 0.25 * p1.x + 0.5 * v.x + 0.25 * p2.x : (p1.x + p2.x) / 2;
        var my = v ? 0.25 * p1.y + 0.5 * v.y + 0.25 * p2.y : (p1.y + p2.y) / 2;
        labelLayer.append(svgEl("text", { x: r2(mx), y: r2(my), "text-anchor": "middle", "font-size": item.font.size,
          fill: item.font.color, stroke: "#fff", "stroke-width": r2(3 * k), "paint-order": "stroke" }, item.label));
      }
    });
    svg.append(edgeLayer);
    var nodeLayer = svgEl("g", { stroke: "#555", "stroke-width": r2(0.8 * k) });
    nodesDS.get({ filter: function (n) { return !n.hidden; } }).forEach(function (item) {
      var p = pos[item.id], n = nodeById[item.id];
      if (!p) return;
      var s = item.size, attrs = { fill: n.color, "fill-opacity": item.opacity, "stroke-opacity": item.opacity };
      var shape;
      if (n.shape === "square") {
        shape = svgEl("rect", Object.assign({ x: r2(p.x - s), y: r2(p.y - s), width: r2(2 * s), height: r2(2 * s) }, attrs));
      } else if (n.shape === "diamond" || n.shape === "triangle" || n.shape === "hexagon") {
        shape = svgEl("polygon", Object.assign({ points: shapePoints(n.shape, p.x, p.y, s) }, attrs));
      } else {
        shape = svgEl("circle", Object.assign({ cx: r2(p.x), cy: r2(p.y), r: r2(s) }, attrs));
      }
      shape.append(svgEl("title", {}, nodeLabel(n)));
      nodeLayer.append(shape);
      if (item.label && item.label.trim()) {
        labelLayer.append(svgEl("text", { x: r2(p.x), y: r2(p.y + s + item.font.size * 1.05), "text-anchor": "middle",
          "font-size": item.font.size, fill: item.font.color, stroke: "#fff", "stroke-width": r2(4 * zoomFactor()),
          "paint-order": "stroke" }, item.label));
      }
    });
    svg.append(nodeLayer, labelLayer);
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(svg) + "\n";
  }

  function download(kind) {
    var base = "kg-" + (layout === "map" ? "map" : "graph");
    if (kind === "csv") save(new Blob([csvText()], { type: "text/csv;charset=utf-8" }), base + "-edges.csv");
    else if (kind === "svg") save(new Blob([svgText()], { type: "image/svg+xml" }), base + ".svg");
    else pngCanvas().toBlob(function (b) { save(b, base + ".png"); }, "image/png");
  }

  // --- start -------------------------------------------------------------------------------
  function start() {
    START_EV = initialMinEvidence();
    state = defaults();
    nodesDS = new vis.DataSet(DATA.nodes.map(function (n) {
      return { id: n.id, label: shortLabel(n), shape: n.shape, color: n.color, size: n.size, x: n.x, y: n.y };
    }));
    edgesDS = new vis.DataSet();
    buildControls();
    if (START_EV > 0) {
      $("min-evidence-note").textContent = "Raised to " + state.minEv + " to keep " + DATA.edges.length +
        " edges readable; lower it to see more.";
    }
    applyFilters(false);
    var t0 = TIMES.networkStart = performance.now();
    network = new vis.Network($("graph"), { nodes: nodesDS, edges: edgesDS }, DATA.options);
    var frozen = false;
    function freeze() {
      if (frozen) return;
      frozen = true;
      network.setOptions({ physics: { enabled: false } });
      $("loading").hidden = true;
      separateLabels();
      fitView();
      network.once("afterDrawing", function () {
        TIMES.ready = window.kgView.readyMs = performance.now();
        window.kgView.layoutMs = performance.now() - t0;
        document.body.setAttribute("data-ready", "1");
      });
      network.redraw();
    }
    network.once("stabilizationIterationsDone", freeze);
    setTimeout(freeze, 5000); // never leave physics running
    if (!DATA.nodes.length) freeze();
    network.on("beforeDrawing", drawOutline);
    $("graph").addEventListener("mousemove", hoverAt);
    ["dragStart", "zoom"].forEach(function (ev) { network.on(ev, hideTip); });
    network.on("click", quiet);
    network.on("doubleClick", quiet);
    network.on("zoom", mapZoomed);
    network.on("dragEnd", function () { if (layout === "map") mapZoomed(); });
    network.on("click", function (p) {
      if (p.nodes.length) openNode(p.nodes[0]);
      else if (p.edges.length) whenParsed(function () { openEdge(p.edges[0]); });
      else if (!$("panel").hidden) closePanel();
      else clearSelection();
    });
    network.on("doubleClick", function (p) { if (p.nodes.length) focusOn(p.nodes[0], 1); });
    window.kgView = {
      network: network, nodes: nodesDS, edges: edgesDS, data: DATA, state: function () { return state; },
      times: TIMES, applyFilters: applyFilters, openEdge: openEdge, openNode: openNode, search: search,
      setLayout: setLayout, layout: function () { return layout; }, focus: focusOn, unfocus: unfocus,
      closePanel: closePanel, separateLabels: separateLabels, shortLabel: function (id) { return shortLabel(nodeById[id]); },
      csvText: csvText, svgText: svgText, download: download, visibleNodes: function () { return Array.from(visibleNodes); }
    };
    var s = plural(META.articles, "article", "articles") + ", " + plural(META.claims, "claim", "claims") + ", " +
      META.level + " level";
    $("summary").textContent = s;
  }

  start();
})();
