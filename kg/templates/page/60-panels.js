/* kg page, part 60: the actor and evidence panels. */
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
  var r = evidenceRow(i), row = r.row, doc = r.doc, str = r.str;
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
  if (!SIDE) { showEdge(e, id, refresh); return; }
  if (!refresh) { // its evidence is read from a side file: say so while it loads
    $("panel").dataset.kind = "edge";
    $("panel").dataset.id = String(id);
    showPanel([el("h2", null, ends(e)), el("p", "muted", "Loading the evidence…")]);
  }
  withEvidence(e.c, function (ok) {
    var p = $("panel");
    if (p.dataset.kind !== "edge" || p.dataset.id !== String(id)) return; // another selection came first
    if (ok) { showEdge(e, id, refresh); return; }
    showPanel([el("h2", null, ends(e)), el("p", "muted", "The evidence is in the folder " + SIDE.dir +
      " next to this page, which cannot be read: keep the folder beside the page.")]);
  });
}

function showEdge(e, id, refresh) {
  var h = el("h2", null, ends(e));
  var inFilter = sortClaims(e.c.filter(claimPasses));
  var outside = e.c.length - inFilter.length;
  var pos = inFilter.filter(function (i) { return DATA.claimPos[i]; }).length;
  var events = eventCount(inFilter, true), negEvents = eventCount(inFilter, false);
  var articles = new Set(inFilter.map(function (i) { return evidenceRow(i).docKey; })).size;
  var summary = el("p", "muted",
    plural(events, "event", "events") + " asserting it (" + plural(pos, "claim", "claims") + ")" +
    (negEvents ? ", " + negEvents + " negated or denied" : "") +
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
      var i = inFilter[shown], r = evidenceRow(i), key = r.docKey + "\u0000" + r.row[COL.sentence] +
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
