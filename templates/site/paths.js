// The path explorer: the same rule as `mobility path`. Cost is months (of every level left, plus settling-in
// time for laterals, both already in each edge); ties break on fewer laterals, then fewer steps, then the
// sequence of level names. Dijkstra with that whole key as the label gives exactly the CLI's route. A missing
// route is explained with the CLI's reasons; the route is drawn on the map and kept in the address (#from=&to=).
(function () {
  "use strict";
  var graph = JSON.parse(document.getElementById("graph").textContent);
  var out = {}, nodes = {};
  graph.edges.forEach(function (e) { (out[e.from] = out[e.from] || []).push(e); });
  graph.nodes.forEach(function (n) { nodes[n.id] = n; });
  var from = document.getElementById("p-from"), to = document.getElementById("p-to");

  function better(a, b) {
    if (!b) { return true; }
    if (a.months !== b.months) { return a.months < b.months; }
    if (a.laterals !== b.laterals) { return a.laterals < b.laterals; }
    if (a.path.length !== b.path.length) { return a.path.length < b.path.length; }
    for (var i = 0; i < a.path.length; i += 1) {
      if (a.path[i] !== b.path[i]) { return a.path[i] < b.path[i]; }
    }
    return false;
  }
  function route(start, end) {
    var best = {}, done = {};
    best[start] = { node: start, months: 0, laterals: 0, path: [start], steps: [] };
    while (true) {
      var current = null;
      Object.keys(best).forEach(function (k) { if (!done[k] && better(best[k], current)) { current = best[k]; } });
      if (!current) { return null; }
      if (current.node === end) { return current; }
      done[current.node] = true;
      (out[current.node] || []).forEach(function (e) {
        if (done[e.to] || current.path.indexOf(e.to) >= 0) { return; }
        var next = { node: e.to, months: current.months + e.months,
          laterals: current.laterals + (e.kind === "lateral" ? 1 : 0),
          path: current.path.concat([e.to]), steps: current.steps.concat([e]) };
        if (better(next, best[e.to])) { best[e.to] = next; }
      });
    }
  }
  function track(key) { return graph.tracks[nodes[key].track] || nodes[key].track; }
  function counted(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }
  // Why no route leads there: the reasons `mobility path` gives, in the same order.
  function why(start, end) {
    var a = nodes[start], b = nodes[end], seen = {}, queue = [start];
    seen[start] = true;
    while (queue.length) {
      (out[queue.shift()] || []).forEach(function (e) {
        if (!seen[e.to]) { seen[e.to] = true; queue.push(e.to); }
      });
    }
    var inTrack = Object.keys(seen).filter(function (k) { return nodes[k].track === b.track && k !== start; });
    if (inTrack.length) {
      inTrack.sort(function (x, y) { return nodes[x].grade - nodes[y].grade; });
      return "routes from " + a.title + " enter " + track(end) + " at " + nodes[inTrack[0]].title +
        " at the lowest, above " + b.title + ", and promotions only go up.";
    }
    var into = {};
    graph.edges.forEach(function (e) {
      if (e.kind === "lateral" && nodes[e.to].track === b.track && nodes[e.from].track !== b.track) {
        into[track(e.from)] = true;
      }
    });
    var sources = Object.keys(into).sort();
    if (!sources.length) { return "no lateral move leads into " + track(end) + " from any track."; }
    return "no lateral move leads out of " + track(start) + " into " + track(end) +
      ", directly or through other tracks (moves into " + track(end) + " come from " + sources.join(", ") + ").";
  }
  function lands(start, end) {
    return (out[start] || []).some(function (e) { return e.to === end && e.kind === "lateral"; });
  }
  function draw(path) {
    document.querySelectorAll(".career-map a.lv").forEach(function (a) {
      var at = path.indexOf(a.dataset.key);
      a.classList.toggle("on-route", at >= 0);
      if (at >= 0) { a.dataset.step = at === 0 ? "start" : String(at); } else { delete a.dataset.step; }
    });
  }
  function show() {
    var start = from.value, end = to.value;
    var summary = document.getElementById("route-summary"), list = document.getElementById("route-steps");
    list.textContent = "";
    delete summary.dataset.route;
    delete summary.dataset.months;
    history.replaceState(null, "", "#from=" + encodeURIComponent(start) + "&to=" + encodeURIComponent(end));
    document.getElementById("route-link").hidden = false;
    draw([]);
    if (start === end) { summary.textContent = nodes[start].title + " is where you start: no steps to take."; return; }
    if (nodes[end].grade < nodes[start].grade && !lands(start, end)) {
      summary.textContent = "No route: " + nodes[end].title + " (grade " + nodes[end].grade + ") is graded below " +
        nodes[start].title + " (grade " + nodes[start].grade + "), and promotions only go up.";
      return;
    }
    var r = route(start, end);
    if (!r) { summary.textContent = "No route: " + why(start, end); return; }
    var years = r.months >= 12 ? " (about " + (r.months / 12).toFixed(1) + " years)" : "";
    var laterals = r.laterals ? ", " + counted(r.laterals, "lateral move") : "";
    summary.textContent = r.path.map(function (k) { return nodes[k].title; }).join(" → ") + ": " +
      counted(r.steps.length, "step") + laterals + ", " + r.months + " months" + years;
    summary.dataset.route = r.path.join(" ");
    summary.dataset.months = String(r.months);
    r.steps.forEach(function (s) {
      var li = document.createElement("li");
      li.textContent = (s.kind === "lateral" ? "Lateral move" : "Promotion") + ": " + nodes[s.from].title + " → " +
        nodes[s.to].title + (s.kind === "lateral" ? " (" + track(s.to) + ")" : "") + ", " + s.months + " months";
      list.appendChild(li);
    });
    draw(r.path);
  }
  function fromAddress() {
    var wanted = {};
    location.hash.replace(/^#/, "").split("&").forEach(function (part) {
      var kv = part.split("=");
      if (kv.length === 2) { wanted[kv[0]] = decodeURIComponent(kv[1]); }
    });
    if (wanted.from && nodes[wanted.from]) { from.value = wanted.from; }
    if (wanted.to && nodes[wanted.to]) { to.value = wanted.to; }
  }
  from.addEventListener("change", show);
  to.addEventListener("change", show);
  window.addEventListener("hashchange", function () { fromAddress(); show(); });
  fromAddress();
  show();
}());
