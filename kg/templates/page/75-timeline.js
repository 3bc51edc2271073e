/* kg page, part 75: the timeline strip under the graph (issue 11). Bars show how many claims
   each month carries: for the selected actor or edge, else
   for the whole graph, under the relation and language filters. A claim counts at its event date
   where the text gives one, else at its article's date (DATA.claimDay); undated claims are counted
   apart. Dragging across the strip (or clicking a bar) sets the date filter, as the date fields
   do; "all dates" clears it. It reads the page's state and only calls applyFilters. */
var TL = { bins: [], first: 0, drag: null, root: null, bars: null, head: null, note: null };

function tlMonth(day) { var d = new Date(day * MS_PER_DAY); return d.getUTCFullYear() * 12 + d.getUTCMonth(); }
function tlMonthDay(m) { return Math.round(Date.UTC(Math.floor(m / 12), m % 12, 1) / MS_PER_DAY); }
function tlMonthName(m) { return Math.floor(m / 12) + "-" + String(m % 12 + 1).padStart(2, "0"); }

/* One bin per month, over the months where the dated claims are: from the month before which lie
   only 5% of them (a year at least, 20 years at most) to the last. Older claims share the first bin,
   "earlier" (a treaty of 1951 in a 2025 corpus does not stretch the strip over 75 years). */
var TL_MIN_MONTHS = 12, TL_MAX_MONTHS = 240, TL_TAIL = 0.05;
function tlLayout() {
  if (META.dayMin === null) return false;
  var months = DATA.claimDay.filter(function (d) { return d !== null; }).map(tlMonth).sort(function (x, y) {
    return x - y; });
  var a = months[0], b = months[months.length - 1];
  var start = months[Math.floor(TL_TAIL * (months.length - 1))];
  TL.first = Math.max(a, Math.min(start, b - TL_MIN_MONTHS + 1), b - TL_MAX_MONTHS + 1);
  TL.bins = [];
  if (a < TL.first) {
    TL.bins.push({ from: META.dayMin, to: tlMonthDay(TL.first) - 1, count: 0, label: "earlier" });
    TL.first -= 1; // bin 0 is the earlier one
  }
  for (var m = TL.bins.length ? TL.first + 1 : TL.first; m <= b; m++) {
    TL.bins.push({ from: tlMonthDay(m), to: tlMonthDay(m + 1) - 1, count: 0, label: tlMonthName(m) });
  }
  return true;
}

function tlBinOf(day) { return Math.max(0, tlMonth(day) - TL.first); }

/* What the strip counts: the selected edge, the selected actor's edges, or every edge. */
function tlScope() {
  var sel = document.body.getAttribute("data-selection") || "";
  var kind = sel.slice(0, sel.indexOf(":")), id = sel.slice(sel.indexOf(":") + 1);
  if (kind === "edge" && edgeById[id]) return { edges: [edgeById[id]], name: ends(edgeById[id]) };
  if (kind === "node" && nodeById[id]) {
    return { edges: DATA.edges.filter(function (e) { return e.from === id || e.to === id; }),
      name: nodeLabel(nodeById[id]) };
  }
  return { edges: DATA.edges, name: "all actors" };
}

function tlCount() {
  var scope = tlScope(), undated = 0;
  TL.bins.forEach(function (b) { b.count = 0; });
  scope.edges.forEach(function (e) {
    if (!state.rels.has(e.relation)) return;
    e.c.forEach(function (i) {
      if (!state.langs.has(DATA.claimLang[i]) || (!DATA.claimPos[i] && !state.showNeg)) return;
      var d = DATA.claimDay[i];
      if (d === null) { undated++; return; }
      TL.bins[tlBinOf(d)].count++;
    });
  });
  return { name: scope.name, undated: undated };
}

function tlRender() {
  if (!TL.root) return;
  var c = tlCount(), max = 1;
  TL.bins.forEach(function (b) { if (b.count > max) max = b.count; });
  TL.head.textContent = "Claims per month: " + c.name;
  var range = state.dayFrom !== null || state.dayTo !== null;
  TL.note.textContent = (range ? (state.dayFrom !== null ? dayToIso(state.dayFrom) : "…") + " – " +
    (state.dayTo !== null ? dayToIso(state.dayTo) : "…") : "drag across the strip to filter by date") +
    (c.undated ? " · " + plural(c.undated, "undated claim", "undated claims") : "");
  $("tl-clear").hidden = !range;
  var kids = TL.bars.children;
  TL.bins.forEach(function (b, k) {
    var bin = kids[k], bar = bin.firstChild;
    bar.style.height = (b.count ? Math.max(4, Math.round(100 * b.count / max)) : 0) + "%";
    bin.title = b.label + ": " + plural(b.count, "claim", "claims");
    bin.setAttribute("data-count", String(b.count));
    var inside = (state.dayFrom === null || b.to >= state.dayFrom) && (state.dayTo === null || b.from <= state.dayTo);
    bin.classList.toggle("out", range && !inside);
    bin.classList.toggle("picked", !!TL.drag && k >= Math.min(TL.drag.a, TL.drag.b) &&
      k <= Math.max(TL.drag.a, TL.drag.b));
  });
}

/* Set the date filter to bins a..b (or clear it with null), as the date fields do. */
function tlSetRange(a, b) {
  if (a === null) {
    state.dayFrom = state.dayTo = null;
  } else {
    var lo = TL.bins[Math.min(a, b)], hi = TL.bins[Math.max(a, b)];
    state.dayFrom = Math.max(lo.from, META.dayMin);
    state.dayTo = Math.min(hi.to, META.dayMax);
  }
  $("date-from").value = state.dayFrom !== null ? dayToIso(state.dayFrom) : "";
  $("date-to").value = state.dayTo !== null ? dayToIso(state.dayTo) : "";
  applyFilters();
  tlRender();
}

function tlBinAt(ev) {
  var r = TL.bars.getBoundingClientRect();
  var k = Math.floor((ev.clientX - r.left) / (r.width / TL.bins.length));
  return Math.max(0, Math.min(TL.bins.length - 1, k));
}

/* Month labels that fit: every month, or every 2nd, 3rd, 6th or 12th (January) as the width allows;
   a label that would run past the strip's right edge is left out (the bar's tooltip names it). */
function tlTicks(axis) {
  var width = TL.bars.clientWidth / Math.max(TL.bins.length, 1), every = 12;
  [1, 2, 3, 6].some(function (n) { if (width * n >= 52) { every = n; return true; } return false; });
  var right = axis.getBoundingClientRect().right;
  Array.from(axis.children).forEach(function (tick, k) {
    var label = TL.bins[k].label, m = label === "earlier" ? -1 : +label.slice(5, 7) - 1;
    var show = k === 0 ? true : m >= 0 && m % every === 0 && k * width >= 52;
    tick.textContent = show ? (every === 12 && k > 0 ? label.slice(0, 4) : label) : "";
    if (show && k > 0) {
      var r = document.createRange();
      r.selectNodeContents(tick);
      if (r.getBoundingClientRect().right > right + 0.5) tick.textContent = "";
    }
  });
}

function tlBuild() {
  if (!tlLayout()) return;
  var root = TL.root = el("section", null);
  root.id = "timeline";
  root.setAttribute("aria-label", "Timeline of claims");
  var top = el("div", "tl-top");
  TL.head = el("span", "tl-head");
  TL.note = el("span", "tl-note muted small");
  var clear = el("button", null, "all dates");
  clear.id = "tl-clear";
  clear.type = "button";
  clear.title = "Clear the date filter";
  clear.addEventListener("click", function () { tlSetRange(null); });
  top.append(TL.head, TL.note, clear);
  TL.bars = el("div", "tl-bars");
  var axis = el("div", "tl-axis");
  TL.bins.forEach(function () {
    var bin = el("div", "tl-bin");
    bin.append(el("div", "tl-bar"));
    TL.bars.append(bin);
    axis.append(el("span", "tl-tick"));
  });
  TL.bars.addEventListener("pointerdown", function (ev) {
    ev.preventDefault();
    TL.bars.setPointerCapture(ev.pointerId);
    var k = tlBinAt(ev);
    TL.drag = { a: k, b: k };
    tlRender();
  });
  TL.bars.addEventListener("pointermove", function (ev) {
    if (!TL.drag) return;
    var k = tlBinAt(ev);
    if (k !== TL.drag.b) { TL.drag.b = k; tlRender(); }
  });
  function finish(ev) {
    if (!TL.drag) return;
    var d = TL.drag;
    d.b = tlBinAt(ev);
    TL.drag = null;
    tlSetRange(d.a, d.b);
  }
  TL.bars.addEventListener("pointerup", finish);
  TL.bars.addEventListener("pointercancel", function () { TL.drag = null; tlRender(); });
  root.append(top, TL.bars, axis);
  $("graph-wrap").append(root);
  document.body.classList.add("has-timeline");
  tlTicks(axis);
  new ResizeObserver(function () { tlTicks(axis); }).observe(TL.bars); // the panel narrows the strip
  ["date-from", "date-to"].forEach(function (id) { $(id).addEventListener("change", tlRender); });
  // the selection and every filter change show on <body>: follow them
  new MutationObserver(tlRender).observe(document.body, {
    attributes: true, attributeFilter: ["data-selection", "data-visible-edges"] });
  window.kgTimeline = {
    bins: function () { tlCount(); return TL.bins.map(function (b) { return { label: b.label, count: b.count }; }); },
    setRange: tlSetRange, render: tlRender
  };
  tlRender();
}

tlBuild();
