// The career map: the lateral moves of the level in focus (pointer, keyboard or tap), drawn as highlights on
// the levels they land on and said in words below the map; nothing is drawn for the other levels.
(function () {
  "use strict";
  document.querySelectorAll(".career-map-figure").forEach(function (figure) {
    var note = figure.querySelector(".map-note"), resting = note.textContent;
    var boxes = {};
    figure.querySelectorAll("a.lv").forEach(function (a) { boxes[a.dataset.key] = a; });
    function clear() {
      figure.querySelectorAll(".lateral-from, .lateral-to").forEach(function (a) {
        a.classList.remove("lateral-from", "lateral-to");
      });
    }
    function focusOn(a) {
      clear();
      a.classList.add("lateral-from");
      var targets = (a.dataset.laterals || "").split(" ").filter(Boolean);
      var names = [];
      targets.forEach(function (key) {
        if (boxes[key]) { boxes[key].classList.add("lateral-to"); names.push(boxes[key].dataset.title); }
      });
      note.textContent = names.length
        ? a.dataset.title + ": lateral moves to " + names.join(", ") + "."
        : a.dataset.title + ": no lateral moves out.";
    }
    Object.keys(boxes).forEach(function (key) {
      var a = boxes[key];
      a.addEventListener("mouseenter", function () { focusOn(a); });
      a.addEventListener("focus", function () { focusOn(a); });
    });
    figure.addEventListener("mouseleave", function () { clear(); note.textContent = resting; });
  });
}());
