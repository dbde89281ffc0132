/* The stakeholder stage on the participant page: the group's own power × interest map.
 * Tap "Place on the map" (or a marker) to choose a stakeholder, then tap the map where it
 * belongs. Every change saves the whole list after a short pause through app.js's queue (kept
 * on the device while offline). Markers carry the list's numbers; colours follow the category. */
(function () {
  "use strict";
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
    function draw() {
      Array.prototype.forEach.call(grid.querySelectorAll(".sh-marker"), function (m) { m.remove(); });
      rows().forEach(function (li, i) {
        var name = li.querySelector(".sh-name").value.trim();
        var select = li.querySelector(".sh-category");
        var index = select.selectedOptions.length ? select.selectedOptions[0].dataset.index : "7";
        var m = document.createElement("button");
        m.type = "button";
        m.className = "sh-marker cat-" + index + (li === active ? " active" : "");
        m.textContent = String(i + 1);
        m.setAttribute("aria-label", (i + 1) + ". " + (name || "(no name yet)"));
        m.title = name;
        m.style.left = li.dataset.interest + "%";
        m.style.top = (100 - Number(li.dataset.influence)) + "%";
        m.dataset.row = String(i);
        grid.appendChild(m);
        li.classList.toggle("active", li === active);
        li.querySelector(".sh-place").textContent = li === active ? "Now tap the map" : "Place on the map";
      });
    }
    function saveNow() {
      clearTimeout(timer);
      timer = null;
      api.saveRecord("stakeholders", items());
      say("Saving…", "pending");
    }
    function saveSoon() {
      say("Saving…", "pending");
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
      if (!active) { say("First choose a stakeholder: “Place on the map” under its name.", ""); return; }
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
      if (ev.saved && ev.saved.record === "stakeholders" && !timer) { say("Saved", "saved"); }
    });
    draw();
  });
})();
