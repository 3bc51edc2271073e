/* kg page, part 70: downloads of the current view: PNG, SVG, CSV. */
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
    "events", "negated", "first", "last"]];
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
