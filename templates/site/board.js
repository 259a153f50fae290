// The job board's filters. Time-zone fit is computed as `mobility board` computes it: the smallest daily
// overlap over the next 90 days, in the browser's own zone through Intl, so daylight-saving changes in either
// zone count. A post that states no core hours has no fit to judge. No server, no external requests.
(function () {
  "use strict";
  var cards = Array.prototype.slice.call(document.querySelectorAll(".post-card"));
  var track = document.getElementById("f-track"), team = document.getElementById("f-team");
  var fits = document.getElementById("f-fits"), hours = document.getElementById("f-hours");
  var myZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  document.getElementById("my-zone").textContent = myZone;

  var formats = {};
  function formatter(zone) {
    if (!formats[zone]) {
      formats[zone] = new Intl.DateTimeFormat("en-US", { timeZone: zone, hourCycle: "h23", year: "numeric",
        month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" });
    }
    return formats[zone];
  }
  function offsetMs(zone, at) {
    var parts = {};
    formatter(zone).formatToParts(at).forEach(function (p) { parts[p.type] = p.value; });
    var asUtc = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour % 24, +parts.minute, +parts.second);
    return asUtc - Math.floor(at.getTime() / 1000) * 1000;
  }
  function interval(zone, span, dayShift) {
    var m = /^(\d\d):(\d\d)-(\d\d):(\d\d)$/.exec(span || "");
    if (!m) { return null; }
    var now = new Date();
    var y = now.getUTCFullYear(), mo = now.getUTCMonth(), d = now.getUTCDate() + dayShift;
    var start = Date.UTC(y, mo, d, +m[1], +m[2]), end = Date.UTC(y, mo, d, +m[3], +m[4]);
    if (end <= start) { end += 86400000; }
    var noon = new Date(Date.UTC(y, mo, d, 12));
    var off = offsetMs(zone, noon);
    return [start - off, end - off];
  }
  function overlapOn(post, mine, day) {
    // Hours both work during my span that starts on `day`, against the post's spans from the day before to after.
    var me = interval(myZone, mine, day), total = 0;
    if (!me) { return 0; }
    [-1, 0, 1].forEach(function (shift) {
      var them = interval(post.zone, post.core, day + shift);
      if (them) { total += Math.max(0, (Math.min(me[1], them[1]) - Math.max(me[0], them[0])) / 3600000); }
    });
    return Math.round(total * 100) / 100;
  }
  function overlapHours(post, mine) {
    var lowest = Infinity;
    for (var day = 0; day < 90; day += 1) { lowest = Math.min(lowest, overlapOn(post, mine, day)); }
    return lowest;
  }
  function apply() {
    var shown = 0;
    cards.forEach(function (card) {
      var d = card.dataset, ok = true, note = card.querySelector(".fit");
      if (track.value && d.track !== track.value) { ok = false; }
      if (team.value && d.team !== team.value) { ok = false; }
      note.hidden = true;
      if (fits.checked && !d.core) { ok = false; }  // no stated hours: no fit can be judged, as in the CLI
      if (fits.checked && d.core) {
        var need = +d.need, got = overlapHours({ zone: d.zone, core: d.core }, hours.value);
        note.hidden = false;
        note.textContent = got.toFixed(1) + " h overlap with your day (" + need + " h needed)";
        if (got + 1e-9 < need) { ok = false; }
      }
      card.hidden = !ok;
      if (ok) { shown += 1; }
    });
    document.getElementById("count").textContent = shown + " open post" + (shown === 1 ? "" : "s");
  }
  [track, team, fits, hours].forEach(function (el) { el.addEventListener("change", apply); el.addEventListener("input", apply); });
  apply();
}());
