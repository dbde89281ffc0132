/* The report-back stage on the participant page: the group's action plan. Every change saves
 * the whole list after a short pause through app.js's queue (kept on the device while offline).
 * "Make actions from our first step" splits the first-step answer into one action per bullet
 * line, or per clause separated by ";", or per sentence. */
(function () {
  "use strict";
  var _ = WA._;
  WA.register("report_back", function (root, api) {
    var box = document.getElementById("action-plan");
    if (!box) { return; }
    var list = document.getElementById("action-list");
    var template = document.getElementById("action-template");
    var timer = null;

    function say(text, cls) { api.status("actions", text, cls); }
    function newId() { return api.newId(4); }
    function items() {
      return Array.prototype.map.call(list.children, function (li) {
        if (!li.dataset.id) { li.dataset.id = newId(); }
        return {
          id: li.dataset.id,
          what: li.querySelector(".what").value,
          owner: li.querySelector(".owner").value,
          due: li.querySelector(".due").value,
          status: li.querySelector(".status-select").value
        };
      });
    }
    function saveNow() {
      clearTimeout(timer);
      timer = null;
      var all = items();
      var blank = all.some(function (i) { return !i.what.trim() && i.owner.trim(); });
      say(blank ? _("Saving… (an action without a \"what\" is not kept)") : _("Saving…"), "pending");
      api.saveRecord("actions", all);
    }
    function saveSoon() {
      say(_("Saving…"), "pending");
      clearTimeout(timer);
      timer = setTimeout(saveNow, 800);
    }
    function addRow(what) {
      var li = template.content.firstElementChild.cloneNode(true);
      li.dataset.id = newId();
      li.querySelector(".what").value = what || "";
      list.appendChild(li);
      return li;
    }
    function pieces(textValue) {
      var lines = textValue.split(/\n/).map(function (l) { return l.trim(); }).filter(Boolean);
      var bullet = /^(?:[-*•–—·]|\d{1,2}[.)]|[a-z][.)])\s+/;
      var bulleted = lines.filter(function (l) { return bullet.test(l); });
      if (lines.length > 1 && bulleted.length >= lines.length - 1) {
        return bulleted.map(function (l) { return l.replace(bullet, ""); });
      }
      var out = [];
      lines.forEach(function (line) {
        var parts = line.split(/;\s+/);
        if (parts.length === 1) { parts = line.split(/(?<=[.!?])\s+(?=[A-Z0-9"(])/); }
        parts.forEach(function (p) {
          p = p.trim().replace(/[ ;,]+$/, "");
          if (p) { out.push(p.charAt(0).toUpperCase() + p.slice(1)); }
        });
      });
      return out;
    }

    list.addEventListener("input", saveSoon);
    list.addEventListener("change", saveSoon);
    list.addEventListener("click", function (e) {
      if (e.target.matches("button.remove")) {
        e.preventDefault();  /* a submit button for the page without the script */
        e.target.closest("li").remove();
        saveNow();
      }
    });
    box.querySelector(".add-action").addEventListener("click", function () {
      addRow("").querySelector(".what").focus();
    });
    box.querySelector(".from-first-step").addEventListener("click", function () {
      var field = document.getElementById("a-" + box.dataset.firstStep);
      var known = items().map(function (i) { return i.what.trim().toLowerCase(); });
      var added = 0;
      pieces(field ? field.value : "").forEach(function (p) {
        if (known.indexOf(p.toLowerCase()) < 0) { addRow(p); added += 1; }
      });
      if (added) { saveNow(); } else {
        say(field && field.value.trim() ? _("Every step is already an action.") : _("Write your first step above first."), "");
      }
    });
    api.onUpdate(function (ev) {
      if (ev.saved && ev.saved.record === "actions" && !timer && !ev.conflict) { say(_("Saved"), "saved"); }
    });
    api.followRecord("actions", {
      status: "actions",
      told: {
        console: _("The facilitator changed your action plan while you were changing it here. Yours is saved; theirs is kept in the event's history. Which one do you keep?"),
        browser: _("Another device changed your action plan while you were changing it here. Yours is saved; theirs is kept in the event's history. Which one do you keep?")
      },
      busy: function () { return Boolean(timer); },
      stop: function () { clearTimeout(timer); timer = null; },
      data: items,
      merge: function (mine, theirs) {  /* ours, then each of theirs we do not have */
        var have = {};
        mine.forEach(function (a) { have[a.id] = true; });
        return mine.concat((theirs || []).filter(function (a) { return !have[a.id]; }));
      },
      swap: function (doc) { return api.swapIn(list, doc.getElementById("action-list")); }
    });
  });
})();
