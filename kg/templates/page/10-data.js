/* kg page, part 10: the page's data, helpers and filter state. */
var TIMES = { scriptStart: performance.now() };
var DATA = JSON.parse(document.getElementById("kg-graph").textContent);
TIMES.dataParsed = performance.now();
var META = DATA.meta;
DATA.edges.forEach(function (e) { // with side files an edge's claims come as [first, count]
  if (!e.cr) return;
  e.c = new Array(e.cr[1]);
  for (var k = 0; k < e.cr[1]; k++) e.c[k] = e.cr[0] + k;
  delete e.cr;
});
var MAP = DATA.map || { outline: [], at: {} };
var EVIDENCE = null; // parsed on the first click on an edge
var SIDE = META.evidence || null; // evidence in side files: {dir, chunks: [[first claim, end], ...]}
var LOADED = {}, WAITING = {}; // side files loaded, and what waits for each
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

/* The side file holding claim i (binary search over the files' claim ranges). */
function chunkOf(i) {
  var lo = 0, hi = SIDE.chunks.length - 1;
  while (lo < hi) {
    var mid = (lo + hi + 1) >> 1;
    if (SIDE.chunks[mid][0] <= i) lo = mid; else hi = mid - 1;
  }
  return lo;
}

/* Claim i's evidence: its row, its article and a reader of its interned strings. */
function evidenceRow(i) {
  var ev, row, key;
  if (SIDE) {
    var k = chunkOf(i);
    ev = LOADED[k]; row = ev.claims[i - SIDE.chunks[k][0]];
  } else {
    ev = evidence(); row = ev.claims[i];
  }
  var doc = ev.docs[row[0]];
  key = SIDE ? (doc[4] || k + ":" + row[0]) : row[0];
  return { row: row, doc: doc, docKey: key, str: function (c) { return ev.strings[row[c]]; } };
}

/* Side files call this when they load (a plain script, since a page opened from disk may
   load a script next to it but not fetch a file). */
window.kgEvidence = function (k, data) {
  LOADED[k] = data;
  (WAITING[k] || []).forEach(function (fn) { fn(true); });
  delete WAITING[k];
};

/* Run fn(ok) once the evidence of the claims ids is at hand (at once unless in side files). */
function withEvidence(ids, fn) {
  if (!SIDE) { fn(true); return; }
  var need = {};
  ids.forEach(function (i) { var k = chunkOf(i); if (!LOADED[k]) need[k] = true; });
  var ks = Object.keys(need), left = ks.length, failed = false;
  if (!left) { fn(true); return; }
  ks.forEach(function (k) {
    var done = function (ok) { failed = failed || !ok; if (--left === 0) fn(!failed); };
    if (WAITING[k]) { WAITING[k].push(done); return; }
    WAITING[k] = [done];
    var s = document.createElement("script");
    s.src = SIDE.dir + "/" + ("00000" + k).slice(-6) + ".js";
    s.addEventListener("error", function () {
      var w = WAITING[k] || []; delete WAITING[k]; s.remove();
      w.forEach(function (f) { f(false); });
    });
    document.head.append(s);
  });
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
/* Distinct events among claims `ids` that assert the relation (pos) or not: a sentence's
   claims and a headline's restatement are one event (kg.graph.event_keys), as the exports count. */
function eventCount(ids, pos) {
  var seen = new Set();
  ids.forEach(function (i) { if (!DATA.claimPos[i] === !pos) seen.add(DATA.claimEvent[i]); });
  return seen.size;
}

// --- state -------------------------------------------------------------------------------
var nodeById = {};
DATA.nodes.forEach(function (n) { nodeById[n.id] = n; });
var edgeById = {};
DATA.edges.forEach(function (e) { edgeById[e.id] = e; });
var maxCount = 1;
DATA.edges.forEach(function (e) {
  var n = eventCount(e.c, true);
  if (n > maxCount) maxCount = n;
});
/* What "of N" counts, as the exports count it: edges with an asserted event (the rows of
   edges.csv) and their actors; with negated-only edges shown, all of them. */
var TOTALS = { asserted: { edges: 0, nodes: 0, rel: {} }, any: { edges: DATA.edges.length, nodes: 0, rel: {} } };
(function () {
  var onAsserted = new Set(), onAny = new Set();
  DATA.edges.forEach(function (e) {
    var asserted = eventCount(e.c, true) > 0;
    [TOTALS.any].concat(asserted ? [TOTALS.asserted] : []).forEach(function (t) {
      t.rel[e.relation] = (t.rel[e.relation] || 0) + 1;
    });
    onAny.add(e.from); onAny.add(e.to);
    if (asserted) { TOTALS.asserted.edges += 1; onAsserted.add(e.from); onAsserted.add(e.to); }
  });
  TOTALS.asserted.nodes = onAsserted.size;
  TOTALS.any.nodes = Math.max(onAny.size, DATA.nodes.length);
})();
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
  var body = plural(c.pos, "event", "events");
  if (c.neg) body += ", " + c.neg + " negated or denied";
  return ends(e) + "\n" + body + "\n(click for evidence)";
}

function nodeTitle(n) {
  return [nodeLabel(n), n.kind + (n.code ? " · " + n.code : ""), "double-click: its neighbourhood"].join("\n");
}
