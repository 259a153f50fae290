// Search across levels, behaviours and posts, in the page: the index (search.json) is built at render time
// and fetched from this site only when the box is first used; every word typed must appear in a result.
(function () {
  "use strict";
  var box = document.getElementById("q"), panel = document.getElementById("q-results");
  if (!box) { return; }
  var root = document.body.dataset.root || "", entries = null, loading = null;
  var KINDS = { level: "Level", behaviour: "Behaviour", post: "Open post", track: "Track" };
  function load() {
    if (!loading) {
      loading = fetch(root + "search.json").then(function (r) { return r.json(); })
        .then(function (data) { entries = data; });
    }
    return loading;
  }
  function render() {
    var words = box.value.toLowerCase().split(/\s+/).filter(Boolean);
    panel.textContent = "";
    if (!words.length || !entries) { panel.hidden = true; return; }
    var found = entries.filter(function (e) {
      var text = (e.t + " " + e.s).toLowerCase();
      return words.every(function (w) { return text.indexOf(w) >= 0; });
    }).slice(0, 12);
    var heading = document.createElement("p");
    heading.textContent = found.length ? found.length + (found.length === 12 ? "+" : "") + " results" : "No results";
    panel.appendChild(heading);
    var list = document.createElement("ul");
    found.forEach(function (e) {
      var li = document.createElement("li"), a = document.createElement("a"), small = document.createElement("small");
      a.href = root + e.u;
      a.textContent = e.t;
      small.textContent = KINDS[e.k] + " · " + e.s;
      li.appendChild(a);
      li.appendChild(document.createTextNode(" "));
      li.appendChild(small);
      list.appendChild(li);
    });
    panel.appendChild(list);
    panel.hidden = false;
  }
  box.form.addEventListener("submit", function (event) { event.preventDefault(); });
  box.addEventListener("focus", load);
  box.addEventListener("input", function () { load().then(render); });
  box.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { box.value = ""; render(); }
  });
}());
