/* kg page, part 40: the Map layout, and focus on a neighbourhood. */
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
