/* kg page, part 80: start: the network, its events and window.kgView. */
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
    $("min-evidence-note").textContent = "Raised to " + state.minEv + " to keep " + TOTALS.asserted.edges +
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
    plural(META.events, "event", "events") + ", " + META.level + " level";
  $("summary").textContent = s;
}

start();
