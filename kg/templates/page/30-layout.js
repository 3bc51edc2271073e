/* kg page, part 30: the graph layout: labels pushed apart until no two boxes overlap. */
// --- graph layout: labels that do not collide ---------------------------------------------
/* Push apart visible nodes whose boxes (shape and label, as vis measures them) overlap. */
function separateLabels() {
  if (!network || layout !== "graph") return 0;
  network.redraw(); // bounding boxes follow the labels and sizes just set
  var ids = Array.from(visibleNodes), PAD = 6, moved = 0;
  if (ids.length < 2) return 0;
  var pos = network.getPositions(ids);
  var box = ids.map(function (id) {
    var b = network.getBoundingBox(id);
    return { id: id, l: b.left, r: b.right, t: b.top, b: b.bottom, x: pos[id].x, y: pos[id].y, dx: 0, dy: 0 };
  });
  for (var iter = 0; iter < 400; iter++) {
    var any = false;
    box.sort(function (a, b) { return a.l - b.l; });
    for (var i = 0; i < box.length; i++) {
      var a = box[i];
      for (var j = i + 1; j < box.length && box[j].l < a.r + PAD; j++) {
        var b = box[j];
        var ox = Math.min(a.r, b.r) - Math.max(a.l, b.l) + PAD;
        var oy = Math.min(a.b, b.b) - Math.max(a.t, b.t) + PAD;
        if (ox <= 0 || oy <= 0) continue;
        any = true;
        var acx = (a.l + a.r) / 2, bcx = (b.l + b.r) / 2, acy = (a.t + a.b) / 2, bcy = (b.t + b.b) / 2;
        var mx = 0, my = 0;
        if (ox < oy) mx = (acx <= bcx ? -1 : 1) * (ox / 2 + 0.5);
        else my = (acy <= bcy ? -1 : 1) * (oy / 2 + 0.5);
        shift(a, mx, my); shift(b, -mx, -my);
      }
    }
    if (!any) break;
  }
  function shift(o, mx, my) { o.l += mx; o.r += mx; o.t += my; o.b += my; o.dx += mx; o.dy += my; }
  var upd = [];
  box.forEach(function (o) {
    if (Math.abs(o.dx) > 0.01 || Math.abs(o.dy) > 0.01) {
      upd.push({ id: o.id, x: o.x + o.dx, y: o.y + o.dy });
      moved++;
    }
  });
  if (upd.length) nodesDS.update(upd);
  return moved;
}
