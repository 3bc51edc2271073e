/* kg page, part 20: filters, the vis DataSets and emphasis under selection. */
// --- filtering ---------------------------------------------------------------------------
var nodesDS, edgesDS, network;

/* Edges that pass the filters, then (under focus) only those within the neighbourhood. */
function computeVisible() {
  var nodeEv = {}, nodeNb = {};
  var passing = [];
  DATA.edges.forEach(function (e) {
    var passes = e.c.filter(claimPasses);
    var pos = eventCount(passes, true), neg = eventCount(passes, false);
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
  var events = 0;
  visibleEdges.forEach(function (id) { events += counts[id].pos; });
  var all = state.showNeg ? TOTALS.any : TOTALS.asserted;
  $("stats").textContent = "Showing " + visibleNodes.size + " of " + all.nodes + " actors, " +
    visibleEdges.size + " of " + all.edges + " edges, " + plural(events, "event", "events") + ".";
  refreshRelationCounts();
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
  var byCount = DATA.edges.map(function (e) { return eventCount(e.c, true); });
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
