/* kg interactive graph. Data comes from JSON blocks and is shown with textContent only:
   nothing from an article is ever parsed as HTML. */
(function () {
  "use strict";

  var TIMES = { scriptStart: performance.now() };
  var DATA = JSON.parse(document.getElementById("kg-graph").textContent);
  TIMES.dataParsed = performance.now();
  var META = DATA.meta;
  var EVIDENCE = null; // parsed on the first click on an edge
  var PAGE = 50; // evidence items rendered per "show more"
  var MS_PER_DAY = 86400000;
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
      labelLang: META.labelLang, sizeBy: META.sizeBy
    };
  }
  var state = defaults();
  var counts = {}; // edge id -> {pos, neg} under the current language and date filters
  var visibleEdges = new Set();

  function claimPasses(i) {
    if (!state.langs.has(DATA.claimLang[i])) return false;
    var d = DATA.claimDay[i];
    if (d === null) return state.undated;
    if (state.dayFrom !== null && d < state.dayFrom) return false;
    if (state.dayTo !== null && d > state.dayTo) return false;
    return true;
  }

  function nodeLabel(n) { return (n.labels && n.labels[state.labelLang]) || n.label || n.id; }

  function edgeTitle(e, c) {
    var a = nodeLabel(nodeById[e.from]), b = nodeLabel(nodeById[e.to]);
    var head = e.sym ? a + " — " + relationText(e.relation) + " — " + b
      : a + " → " + relationText(e.relation) + " → " + b;
    var body = c.pos + (c.pos === 1 ? " claim" : " claims");
    if (c.neg) body += ", " + c.neg + " negated or denied";
    return head + "\n" + body + "\n(click for evidence)";
  }

  function nodeTitle(n) {
    var parts = [nodeLabel(n), n.kind + (n.code ? " · " + n.code : "")];
    return parts.join("\n");
  }

  // --- filtering ---------------------------------------------------------------------------
  var nodesDS, edgesDS, network;

  function computeVisible() {
    var nodeEv = {}, nodeNb = {};
    visibleEdges = new Set();
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
      if (!ok) return;
      visibleEdges.add(e.id);
      [e.from, e.to].forEach(function (n, j) {
        nodeEv[n] = (nodeEv[n] || 0) + pos;
        (nodeNb[n] = nodeNb[n] || new Set()).add(j ? e.from : e.to);
      });
    });
    return { ev: nodeEv, nb: nodeNb };
  }

  /* Node area grows with the value (relative to the largest shown); edge width with log(claims). */
  function nodeSize(v, max) { return Math.round((7 + 33 * Math.sqrt(v / Math.max(max, 1))) * 10) / 10; }
  function edgeWidth(n) { return Math.round(Math.min(1 + 1.5 * Math.log2(Math.max(n, 1)), 12) * 100) / 100; }

  var shownNode = {}; // node id -> last item given to vis (to send only what changed)
  var shownEdge = {}; // edge id -> last item given to vis; absent = not in the DataSet

  function nodeValue(n, vis) {
    return state.sizeBy === "degree" ? (vis.nb[n.id] ? vis.nb[n.id].size : 0) : (vis.ev[n.id] || 0);
  }

  function nodeItem(n, vis, max) {
    return { id: n.id, hidden: !vis.nb[n.id], label: nodeLabel(n), size: nodeSize(nodeValue(n, vis), max) };
  }

  function edgeItem(e) {
    var c = counts[e.id];
    return {
      id: e.id, from: e.from, to: e.to, arrows: e.arrows, smooth: e.smooth,
      dashes: c.pos === 0, width: edgeWidth(c.pos || 1),
      color: edgeColor(c.pos === 0 ? "#9a9a9a" : (META.quadColors[e.quad] || "#888"))
    };
  }

  function edgeColor(c) { return { color: c, hover: c, highlight: "#1d1d1d", opacity: 0.85 }; }

  function changed(a, b) {
    return !b || a.hidden !== b.hidden || a.label !== b.label || a.size !== b.size ||
      a.width !== b.width || a.dashes !== b.dashes;
  }

  /* Only the visible edges are in vis's DataSet: a 30k-edge corpus stays fast when the
     filters show a few hundred. */
  function syncDataSets(vis) {
    var nodeUpd = [], max = 1;
    DATA.nodes.forEach(function (n) { max = Math.max(max, nodeValue(n, vis)); });
    DATA.nodes.forEach(function (n) {
      var item = nodeItem(n, vis, max);
      if (changed(item, shownNode[n.id])) { nodeUpd.push(item); shownNode[n.id] = item; }
    });
    var add = [], upd = [], rem = [];
    DATA.edges.forEach(function (e) {
      var prev = shownEdge[e.id];
      if (!visibleEdges.has(e.id)) {
        if (prev) { rem.push(e.id); delete shownEdge[e.id]; }
        return;
      }
      var item = edgeItem(e);
      if (!prev) add.push(item); else if (changed(item, prev)) upd.push(item);
      shownEdge[e.id] = item;
    });
    if (nodeUpd.length) nodesDS.update(nodeUpd);
    if (rem.length) edgesDS.remove(rem);
    if (upd.length) edgesDS.update(upd);
    if (add.length) edgesDS.add(add);
  }

  function applyFilters() {
    var vis = computeVisible();
    var shownNodes = Object.keys(vis.nb).length;
    syncDataSets(vis);
    var claims = 0;
    visibleEdges.forEach(function (id) { claims += counts[id].pos; });
    $("stats").textContent = "Showing " + shownNodes + " of " + DATA.nodes.length + " actors, " +
      visibleEdges.size + " of " + DATA.edges.length + " edges, " + claims + " claims.";
    $("empty").hidden = visibleEdges.size > 0;
    document.body.setAttribute("data-visible-nodes", String(shownNodes));
    document.body.setAttribute("data-visible-edges", String(visibleEdges.size));
    refreshDatalist();
    hideTip();
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

  // --- tooltips (text only) ----------------------------------------------------------------
  function showTip(text, pointer) {
    var tip = $("tip");
    tip.textContent = text;
    tip.style.left = (pointer.DOM.x + 14) + "px";
    tip.style.top = (pointer.DOM.y + 14) + "px";
    tip.hidden = false;
  }
  function hideTip() { $("tip").hidden = true; }

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
        var cb = el("input");
        cb.type = "checkbox"; cb.checked = true; cb.dataset.relation = r;
        cb.addEventListener("change", function () {
          if (cb.checked) state.rels.add(r); else state.rels.delete(r);
          qbox.checked = rels.every(function (x) { return state.rels.has(x); });
          qbox.indeterminate = !qbox.checked && rels.some(function (x) { return state.rels.has(x); });
          applyFilters();
        });
        lab.append(cb, " " + r + " ", el("span", "count", "(" + nEdges[r] + ")"));
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
    META.langs.forEach(function (lang, i) {
      var lab = el("label");
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
    ll.addEventListener("change", function () { state.labelLang = ll.value; applyFilters(); });
    var sb = $("size-by");
    sb.value = state.sizeBy;
    sb.addEventListener("change", function () { state.sizeBy = sb.value; applyFilters(); });
    $("reset").addEventListener("click", resetFilters);
    $("fit").addEventListener("click", function () { network.fit({ animation: false }); });
    $("search").addEventListener("keydown", function (ev) { if (ev.key === "Enter") search(); });
    $("search").addEventListener("change", search);
    $("search-go").addEventListener("click", search);
    $("panel-close").addEventListener("click", closePanel);
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
    $("label-lang").value = state.labelLang; $("size-by").value = state.sizeBy;
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
    var shown = !nodesDS.get(n.id).hidden;
    msg.textContent = shown ? "" : nodeLabel(n) + " is hidden by the current filters.";
    if (shown) {
      network.selectNodes([n.id]);
      network.focus(n.id, { scale: Math.max(network.getScale(), 1.2), animation: { duration: 400 } });
    }
    openNode(n.id);
  }

  // --- panels ------------------------------------------------------------------------------
  function showPanel(children) {
    var body = $("panel-body");
    body.replaceChildren.apply(body, children);
    $("panel").hidden = false;
    $("panel").scrollTop = 0;
    if (network) network.redraw();
  }

  function closePanel() { $("panel").hidden = true; }

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

  function openEdge(id) {
    var e = edgeById[id];
    if (!e) return;
    var a = nodeLabel(nodeById[e.from]), b = nodeLabel(nodeById[e.to]);
    var h = el("h2", null, e.sym ? a + " — " + e.relation + " — " + b : a + " → " + e.relation + " → " + b);
    var inFilter = sortClaims(e.c.filter(claimPasses));
    var outside = e.c.length - inFilter.length;
    var pos = inFilter.filter(function (i) { return DATA.claimPos[i]; }).length;
    var ev = evidence();
    var articles = new Set(inFilter.map(function (i) { return ev.claims[i][0]; })).size;
    var summary = el("p", "muted",
      pos + (pos === 1 ? " claim" : " claims") + " asserting it" +
      (inFilter.length - pos ? ", " + (inFilter.length - pos) + " negated or denied" : "") +
      ", from " + articles + (articles === 1 ? " article" : " articles") + "." +
      (outside ? " " + outside + " more outside the current filters." : ""));
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
  }

  function openNode(id) {
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
    var mine = DATA.edges.filter(function (e) {
      return visibleEdges.has(e.id) && (e.from === id || e.to === id);
    }).sort(function (x, y) { return counts[y.id].pos - counts[x.id].pos; });
    children.push(el("h3", null, mine.length + (mine.length === 1 ? " relation" : " relations") + " shown"));
    var ul = el("ul", "node-edges");
    mine.forEach(function (e) {
      var other = nodeLabel(nodeById[e.from === id ? e.to : e.from]);
      var text = e.sym ? e.relation + " — " + other
        : (e.from === id ? e.relation + " → " + other : other + " → " + e.relation);
      var btn = el("button", "link", text + " (" + counts[e.id].pos + ")");
      btn.type = "button";
      btn.addEventListener("click", function () {
        network.selectEdges([e.id]);
        whenParsed(function () { openEdge(e.id); });
      });
      var li = el("li"); li.append(btn); ul.append(li);
    });
    children.push(ul);
    $("panel").dataset.kind = "node";
    $("panel").dataset.id = String(id);
    showPanel(children);
  }

  // --- start -------------------------------------------------------------------------------
  function start() {
    START_EV = initialMinEvidence();
    state = defaults();
    nodesDS = new vis.DataSet(DATA.nodes.map(function (n) {
      return { id: n.id, label: n.label, shape: n.shape, color: n.color, size: n.size, x: n.x, y: n.y };
    }));
    edgesDS = new vis.DataSet();
    buildControls();
    if (START_EV > 0) {
      $("min-evidence-note").textContent = "Raised to " + state.minEv + " to keep " + DATA.edges.length +
        " edges readable; lower it to see more.";
    }
    applyFilters();
    var t0 = TIMES.networkStart = performance.now();
    network = new vis.Network($("graph"), { nodes: nodesDS, edges: edgesDS }, DATA.options);
    var frozen = false;
    function freeze() {
      if (frozen) return;
      frozen = true;
      network.setOptions({ physics: { enabled: false } });
      $("loading").hidden = true;
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
    network.on("hoverNode", function (p) { showTip(nodeTitle(nodeById[p.node]), p.pointer); });
    network.on("hoverEdge", function (p) { showTip(edgeTitle(edgeById[p.edge], counts[p.edge]), p.pointer); });
    ["blurNode", "blurEdge", "dragStart", "zoom"].forEach(function (ev) { network.on(ev, hideTip); });
    network.on("click", function (p) {
      if (p.nodes.length) openNode(p.nodes[0]);
      else if (p.edges.length) whenParsed(function () { openEdge(p.edges[0]); });
    });
    window.kgView = {
      network: network, nodes: nodesDS, edges: edgesDS, data: DATA, state: function () { return state; },
      times: TIMES, applyFilters: applyFilters, openEdge: openEdge, openNode: openNode, search: search
    };
    var s = META.articles + (META.articles === 1 ? " article, " : " articles, ") +
      META.claims + (META.claims === 1 ? " claim" : " claims") + ", " + META.level + " level";
    $("summary").textContent = s;
  }

  start();
})();
