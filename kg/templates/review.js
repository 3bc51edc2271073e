// kg review: accept or reject claims; the page writes the curation.toml entries.
// Everything from articles is shown with textContent; nothing is ever parsed as HTML.
(function () {
  "use strict";
  var PAGE = 200;  // cards rendered at a time
  var claims = JSON.parse(document.getElementById("claims").textContent);
  var verdicts = {};  // claim id -> "accept" | "reject"
  var order = [];  // claim ids in the order they were judged
  var shown = 0;
  var visible = claims;
  var $ = function (id) { return document.getElementById(id); };

  // A TOML basic string: quotes, backslashes and control characters escaped.
  function tomlString(s) {
    return '"' + String(s).replace(/[\\"\u0000-\u001f\u007f]/g, function (c) {
      if (c === "\\") return "\\\\";
      if (c === '"') return '\\"';
      return "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0");
    }) + '"';
  }

  // A comment line: no line breaks or control characters.
  function comment(s) {
    return "# " + String(s).replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ");
  }

  function excerpt(s, n) {
    s = String(s).replace(/\s+/g, " ").trim();
    return s.length > n ? s.slice(0, n - 1) + "\u2026" : s;
  }

  function entry(c, kind, curator) {
    return [
      comment(c.s.label + " " + c.relation + " " + c.o.label + ": \u201c" + excerpt(c.sentence, 80) + "\u201d"),
      "[[" + kind + "]]",
      "curator = " + tomlString(curator),
      "doc = " + tomlString(c.doc),
      "sentence = " + tomlString(c.hash),
      "relation = " + tomlString(c.relation),
      "subject = " + tomlString(c.s.id),
      "object = " + tomlString(c.o.id),
      "",
    ].join("\n");
  }

  var byId = {};
  claims.forEach(function (c) { byId[c.id] = c; });

  function renderToml() {
    var curator = $("curator").value.trim();
    var n = order.length;
    var rejected = order.filter(function (id) { return verdicts[id] === "reject"; }).length;
    $("status").textContent = n ? (rejected + " rejected, " + (n - rejected) + " accepted") : "nothing judged yet";
    var ready = n > 0 && curator !== "";
    $("copy").disabled = !ready;
    $("download").disabled = !ready;
    if (!n) { $("toml").value = ""; return; }
    if (!curator) { $("toml").value = "# Type your name above: every entry says who made it."; return; }
    $("toml").value = order.map(function (id) { return entry(byId[id], verdicts[id], curator); }).join("\n");
  }

  function setVerdict(card, c, kind) {
    if (verdicts[c.id] === kind) {
      delete verdicts[c.id];
      order = order.filter(function (id) { return id !== c.id; });
    } else {
      if (!verdicts[c.id]) order.push(c.id);
      verdicts[c.id] = kind;
    }
    card.classList.toggle("accepted", verdicts[c.id] === "accept");
    card.classList.toggle("rejected", verdicts[c.id] === "reject");
    card.querySelector(".accept").setAttribute("aria-pressed", String(verdicts[c.id] === "accept"));
    card.querySelector(".reject").setAttribute("aria-pressed", String(verdicts[c.id] === "reject"));
    renderToml();
  }

  function sentence(p, c) {
    if (c.hl && c.hl[1] <= c.sentence.length) {
      p.appendChild(document.createTextNode(c.sentence.slice(0, c.hl[0])));
      var m = document.createElement("mark");
      m.textContent = c.sentence.slice(c.hl[0], c.hl[1]);
      p.appendChild(m);
      p.appendChild(document.createTextNode(c.sentence.slice(c.hl[1])));
    } else {
      p.textContent = c.sentence;
    }
  }

  function card(c) {
    var node = $("card").content.firstElementChild.cloneNode(true);
    node.dataset.claimId = c.id;
    node.querySelector(".conf").textContent = c.confidence.toFixed(2);
    node.querySelector(".subj").textContent = c.s.label + (c.s.code ? " (" + c.s.code + ")" : "");
    node.querySelector(".rel").textContent = c.relation;
    node.querySelector(".obj").textContent = c.o.label + (c.o.code ? " (" + c.o.code + ")" : "");
    var flags = [];
    if (c.negated) flags.push(c.modality);
    if (c.hedged) flags.push("hedged");
    if (c.attributed) flags.push("per " + c.attributed);
    if (c.revised) flags.push("curated: " + c.revised);
    node.querySelector(".flags").textContent = flags.length ? "[" + flags.join(", ") + "]" : "";
    if (c.negated) node.classList.add("negated");
    sentence(node.querySelector(".sentence"), c);
    node.querySelector(".meta").textContent = c.doc + (c.title ? " \u2014 " + c.title : "") + " \u00b7 " + c.rule +
      " \u00b7 sentence " + c.hash;
    node.querySelector(".accept").addEventListener("click", function () { setVerdict(node, c, "accept"); });
    node.querySelector(".reject").addEventListener("click", function () { setVerdict(node, c, "reject"); });
    if (verdicts[c.id]) {
      node.classList.add(verdicts[c.id] === "accept" ? "accepted" : "rejected");
    }
    return node;
  }

  function more() {
    var list = $("list");
    var frag = document.createDocumentFragment();
    visible.slice(shown, shown + PAGE).forEach(function (c) { frag.appendChild(card(c)); });
    list.appendChild(frag);
    shown = Math.min(visible.length, shown + PAGE);
    $("more").hidden = shown >= visible.length;
    $("more").textContent = "Show more (" + (visible.length - shown) + " left)";
  }

  function applyFilter() {
    var f = $("filter").value;
    var q = $("search").value.trim().toLowerCase();
    visible = claims.filter(function (c) {
      if (f === "positive" && c.negated) return false;
      if (f === "negated" && !c.negated) return false;
      if (f === "open" && verdicts[c.id]) return false;
      if (!q) return true;
      return [c.sentence, c.doc, c.title, c.s.label, c.o.label, c.s.code, c.o.code, c.relation]
        .join(" ").toLowerCase().indexOf(q) >= 0;
    });
    $("list").textContent = "";
    shown = 0;
    more();
  }

  function download() {
    var text = comment("kg curation: entries from kg review") + "\n\n" + $("toml").value;
    var url = URL.createObjectURL(new Blob([text], {type: "application/toml"}));
    var a = document.createElement("a");
    a.href = url;
    a.download = "curation.toml";
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }

  function copy() {
    var t = $("toml");
    var done = function () { $("status").textContent = "copied " + order.length + " entries"; };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(t.value).then(done, function () { t.select(); document.execCommand("copy"); done(); });
    } else {
      t.select();
      document.execCommand("copy");
      done();
    }
  }

  $("curator").addEventListener("input", renderToml);
  $("filter").addEventListener("change", applyFilter);
  $("search").addEventListener("input", applyFilter);
  $("more").addEventListener("click", more);
  $("copy").addEventListener("click", copy);
  $("download").addEventListener("click", download);
  $("clear").addEventListener("click", function () {
    verdicts = {};
    order = [];
    applyFilter();
    renderToml();
  });
  applyFilter();
  renderToml();
  document.body.setAttribute("data-ready", "1");
})();
