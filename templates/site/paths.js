// The path explorer: the same rule as `mobility path`. Cost is months (of every level left, plus settling-in
// time for laterals, both already in each edge); ties break on fewer laterals, then fewer steps, then the
// sequence of level names. Dijkstra with that whole key as the label gives exactly the CLI's route.
(function () {
  "use strict";
  var graph = JSON.parse(document.getElementById("graph").textContent);
  var out = {};
  graph.edges.forEach(function (e) { (out[e.from] = out[e.from] || []).push(e); });
  var titles = {}, grades = {};
  graph.nodes.forEach(function (n) { titles[n.id] = n.title; grades[n.id] = n.grade; });

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
  function route(from, to) {
    var best = {}, done = {}, start = { node: from, months: 0, laterals: 0, path: [from], steps: [] };
    best[from] = start;
    while (true) {
      var current = null;
      Object.keys(best).forEach(function (k) { if (!done[k] && better(best[k], current)) { current = best[k]; } });
      if (!current) { return null; }
      if (current.node === to) { return current; }
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
  function show() {
    var from = document.getElementById("p-from").value, to = document.getElementById("p-to").value;
    var summary = document.getElementById("route-summary"), list = document.getElementById("route-steps");
    list.textContent = "";
    delete summary.dataset.route;
    var lands = (out[from] || []).some(function (e) { return e.to === to && e.kind === "lateral"; });
    if (grades[to] < grades[from] && !lands) {  // as `mobility path`: a step down is no route, whatever detour
      summary.textContent = "No route: " + titles[to] + " (grade " + grades[to] + ") is graded below " +
        titles[from] + " (grade " + grades[from] + "), and promotions only go up.";
      return;
    }
    var r = route(from, to);
    if (!r) { summary.textContent = "No route leads from " + from + " to " + to + "."; return; }
    summary.textContent = r.path.join(" → ") + ": " + r.steps.length + " steps, " + r.laterals +
      " lateral, " + r.months + " months";
    summary.dataset.route = r.path.join(" ");
    summary.dataset.months = String(r.months);
    r.steps.forEach(function (s) {
      var li = document.createElement("li");
      li.textContent = s.kind + ": " + titles[s.from] + " → " + titles[s.to] + " (" + s.months + " months)";
      list.appendChild(li);
    });
  }
  document.getElementById("p-from").addEventListener("change", show);
  document.getElementById("p-to").addEventListener("change", show);
  show();
}());
