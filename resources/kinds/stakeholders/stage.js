/* The stakeholder stage on the participant page: the group's own power × interest map.
 * Tap "Place on the map" (or a marker) to choose a stakeholder, then tap the map where it
 * belongs. Every change saves the whole list after a short pause through app.js's queue (kept
 * on the device while offline). Markers carry the list's numbers; colours follow the category. */
(function () {
  "use strict";
  var _ = WA._;
  WA.register("stakeholders", function (root, api) {
    var box = document.getElementById("stakeholder-map");
    if (!box) { return; }
    var grid = document.getElementById("sh-grid");
    var list = document.getElementById("sh-list");
    var template = document.getElementById("sh-template");
    var timer = null;
    var active = null;

    function say(text, cls) { api.status("stakeholders", text, cls); }
    function newId() { return api.newId(4); }
    function rows() { return Array.prototype.slice.call(list.children); }
    function items() {
      return rows().map(function (li) {
        if (!li.dataset.id) { li.dataset.id = newId(); }
        return {
          id: li.dataset.id,
          name: li.querySelector(".sh-name").value,
          category: li.querySelector(".sh-category").value,
          influence: Number(li.dataset.influence),
          interest: Number(li.dataset.interest),
          note: li.dataset.note || ""
        };
      });
    }
    /* Where each marker is drawn: at its point, kept clear of the quadrant labels (a band at the
     * top and the bottom of the map) and pushed apart from the others until none overlap. The
     * stored influence and interest stay as they are; the numbers match the list below. */
    function layout(points, w, h, size, band) {
      var gap = size + 4, r = size / 2;
      function clamp(p) {
        p.x = Math.min(Math.max(p.x, r), w - r);
        p.y = Math.min(Math.max(p.y, band + r), h - band - r);
      }
      points.forEach(clamp);
      for (var round = 0; round < 200; round += 1) {
        var moved = false;
        for (var i = 0; i < points.length; i += 1) {
          for (var j = i + 1; j < points.length; j += 1) {
            var a = points[i], b = points[j], dx = b.x - a.x, dy = b.y - a.y;
            var ox = gap - Math.abs(dx), oy = gap - Math.abs(dy);
            if (ox <= 0 || oy <= 0) { continue; }  /* their squares do not touch */
            if (ox < oy || (ox === oy && j % 2)) {  /* part them along the shorter way */
              var sx = dx > 0 || (!dx && j % 2) ? 1 : -1;
              a.x -= sx * (ox / 2 + 0.5); b.x += sx * (ox / 2 + 0.5);
            } else {
              var sy = dy > 0 || (!dy && j % 2) ? 1 : -1;
              a.y -= sy * (oy / 2 + 0.5); b.y += sy * (oy / 2 + 0.5);
            }
            clamp(a); clamp(b);
            moved = true;
          }
        }
        if (!moved) { break; }
      }
      return points;
    }
    function draw() {
      Array.prototype.forEach.call(grid.querySelectorAll(".sh-marker"), function (m) { m.remove(); });
      var markers = rows().map(function (li, i) {
        var name = li.querySelector(".sh-name").value.trim();
        var select = li.querySelector(".sh-category");
        var index = select.selectedOptions.length ? select.selectedOptions[0].dataset.index : "7";
        var m = document.createElement("button");
        m.type = "button";
        m.className = "sh-marker cat-" + index + (li === active ? " active" : "");
        m.textContent = String(i + 1);
        var category = select.selectedOptions.length ? select.selectedOptions[0].textContent : "";
        m.setAttribute("aria-label", (i + 1) + ". " + (name || "(no name yet)") + (category ? ", " + category : ""));
        m.title = name;
        m.dataset.row = String(i);
        grid.appendChild(m);
        li.classList.toggle("active", li === active);
        li.querySelector(".sh-place").textContent = li === active ? _("Now tap the map") : _("Place on the map");
        return m;
      });
      if (!markers.length) { return; }
      var w = grid.clientWidth, h = grid.clientHeight, size = markers[0].offsetWidth;
      var label = grid.querySelector(".sh-quadrant span");
      var band = label ? label.offsetTop + label.offsetHeight + 2 : 0;
      var points = rows().map(function (li) {
        return { x: Number(li.dataset.interest) / 100 * w, y: (100 - Number(li.dataset.influence)) / 100 * h };
      });
      layout(points, w, h, size, band).forEach(function (p, i) {
        markers[i].style.left = p.x + "px";
        markers[i].style.top = p.y + "px";
      });
    }
    var resizing = null;
    window.addEventListener("resize", function () { clearTimeout(resizing); resizing = setTimeout(draw, 100); });
    function saveNow() {
      clearTimeout(timer);
      timer = null;
      say(_("Saving…"), "pending");
      api.saveRecord("stakeholders", items());
    }
    function saveSoon() {
      say(_("Saving…"), "pending");
      clearTimeout(timer);
      timer = setTimeout(saveNow, 800);
    }
    function choose(li) { active = li; draw(); }
    function addRow() {
      var li = template.content.firstElementChild.cloneNode(true);
      li.dataset.id = newId();
      var n = list.children.length % 5;
      li.dataset.influence = String(50 + n * 4);
      li.dataset.interest = String(50 + n * 4);
      list.appendChild(li);
      choose(li);
      return li;
    }

    grid.addEventListener("click", function (e) {
      var marker = e.target.closest(".sh-marker");
      if (marker) { choose(rows()[Number(marker.dataset.row)]); return; }
      if (!active) { say(_("First choose a stakeholder: “Place on the map” under its name."), ""); return; }
      var r = grid.getBoundingClientRect();
      var x = Math.min(Math.max((e.clientX - r.left) / r.width, 0), 1);
      var y = Math.min(Math.max((e.clientY - r.top) / r.height, 0), 1);
      active.dataset.interest = String(Math.round(x * 100));
      active.dataset.influence = String(Math.round((1 - y) * 100));
      draw();
      saveNow();
    });
    list.addEventListener("input", function () { draw(); saveSoon(); });
    list.addEventListener("change", function () { draw(); saveSoon(); });
    list.addEventListener("click", function (e) {
      var li = e.target.closest("li");
      if (e.target.matches("button.sh-remove")) {
        e.preventDefault();  /* a submit button for the page without the script */
        if (active === li) { active = null; }
        li.remove();
        draw();
        saveNow();
      } else if (e.target.matches("button.sh-place")) {
        choose(li);
        grid.scrollIntoView({ block: "nearest" });
      }
    });
    box.querySelector(".sh-add").addEventListener("click", function () {
      addRow().querySelector(".sh-name").focus();
    });
    api.onUpdate(function (ev) {
      if (ev.saved && ev.saved.record === "stakeholders" && !timer && !ev.conflict) { say(_("Saved"), "saved"); }
    });
    function byId(mine, theirs) {  /* ours, then each of theirs we do not have */
      var have = {};
      mine.forEach(function (s) { have[s.id] = true; });
      return mine.concat((theirs || []).filter(function (s) { return !have[s.id]; }));
    }
    api.followRecord("stakeholders", {
      status: "stakeholders",
      told: {
        console: _("The facilitator changed your stakeholder map while you were changing it here. Yours is saved; theirs is kept in the event's history. Which one do you keep?"),
        browser: _("Another device changed your stakeholder map while you were changing it here. Yours is saved; theirs is kept in the event's history. Which one do you keep?")
      },
      busy: function () { return Boolean(timer); },
      stop: function () { clearTimeout(timer); timer = null; },
      data: items, merge: byId,
      swap: function (doc) {
        var changed = api.swapIn(list, doc.getElementById("sh-list"));
        if (active && !list.contains(active)) { active = null; }
        draw();
        return changed;
      }
    });
    draw();
  });
})();
