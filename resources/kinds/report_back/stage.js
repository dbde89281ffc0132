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
      api.saveRecord("actions", all);
      say(blank ? _("Saving… (an action without a \"what\" is not kept)") : _("Saving…"), "pending");
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
    /* The facilitator may edit the plan in the console: when the room's state changes and
     * nothing is being typed or waiting to be sent here, show the stored plan. */
    function dataOf(el) {
      return Array.prototype.map.call(el.querySelectorAll("li.action"), function (li) {
        return [li.dataset.id, li.querySelector(".what").value, li.querySelector(".owner").value,
                li.querySelector(".due").value, li.querySelector(".status-select").value];
      });
    }
    function pendingHere() {
      try {
        var pending = JSON.parse(localStorage.getItem("wa:pending:" + api.group)) || {};
        return Boolean(pending["record/actions"]);
      } catch (e) { return false; }
    }
    function busy() { return timer || pendingHere() || list.contains(document.activeElement); }
    var reloading = false, stale = false, firstState = true;
    function reloadList() {
      if (reloading || busy()) { stale = stale || !reloading; return; }
      stale = false;
      reloading = true;
      fetch("/", { credentials: "same-origin", cache: "no-store" })
        .then(function (r) { return r.ok ? r.text() : null; })
        .then(function (html) {
          reloading = false;
          if (!html || busy()) { return; }
          var fresh = new DOMParser().parseFromString(html, "text/html").getElementById("action-list");
          if (fresh && JSON.stringify(dataOf(fresh)) !== JSON.stringify(dataOf(list))) {
            list.innerHTML = fresh.innerHTML;
            say(_("Updated by the facilitator"), "other");
          }
        }, function () { reloading = false; });
    }
    api.onUpdate(function (ev) {
      if (ev.saved && ev.saved.record === "actions" && !timer) { say(_("Saved"), "saved"); }
      if (ev.state && firstState) { firstState = false; return; }  /* confirms the page */
      if (ev.state || (ev.record === "actions" && !ev.own) || (ev.saved && stale)) { reloadList(); }
    });
    list.addEventListener("focusout", function (e) {
      if (stale && !list.contains(e.relatedTarget)) { setTimeout(reloadList, 0); }
    });
  });
})();
