/* kg page, part 50: tooltips and the sidebar's controls. */
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
/* Each relation's number of edges, as edges.csv counts them (negated-only ones when shown). */
function refreshRelationCounts() {
  var rel = (state.showNeg ? TOTALS.any : TOTALS.asserted).rel;
  document.querySelectorAll("#relation-filters .count").forEach(function (c) {
    c.textContent = String(rel[c.dataset.relation] || 0);
  });
}

function buildRelationFilters() {
  var box = $("relation-filters");
  var byQuad = {};
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
      var count = el("span", "count", "");
      count.dataset.relation = r;
      lab.append(cb, " " + relationText(r) + " ", count);
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
