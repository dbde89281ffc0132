/* The drafting stage on the participant page: ticks save the group's choices (the page then
 * reloads to show the clauses they propose); clause edits, include ticks and moves save the
 * whole draft after a short pause. Saving goes through app.js's queue, so nothing typed is lost
 * when the network drops. */
(function () {
  "use strict";
  var _ = WA._, ngettext = WA.ngettext;
  WA.register("drafting", function (root, api) {
    var box = document.getElementById("drafting");
    if (!box) { return; }
    var picks = document.getElementById("drafting-choices") || box;  /* the ticks, above the questions */
    var list = document.getElementById("clauses");
    var timer = null, reloadAfter = null, adding = null;

    function say(text, cls) { api.status("draft", text, cls); }
    function choices() {
      var out = { selected: {}, other: {} };
      Array.prototype.forEach.call(picks.querySelectorAll("details[data-list]"), function (fs) {
        var picked = fs.querySelectorAll("input[data-option]:checked");
        out.selected[fs.dataset.list] = Array.prototype.map.call(picked, function (i) { return i.dataset.option; });
        var other = fs.querySelector("input[data-other]");
        if (other && other.value.trim()) { out.other[fs.dataset.list] = other.value; }
      });
      return out;
    }
    function clause(li) {
      var own = li.dataset.status === "own";
      var body = li.querySelector("textarea.body").value;
      var title = own ? li.querySelector("input.title-input").value
        : (li.hasAttribute("data-title-override") ? li.dataset.titleOverride : null);
      return {
        key: li.dataset.key, clause_id: own ? null : li.dataset.clauseId, status: li.dataset.status,
        included: li.querySelector("input.include").checked, title: title,
        body: (!own && body === li.dataset.library) ? null : body, reason: li.dataset.reason
      };
    }
    function draft(extra) {
      var items = Array.prototype.map.call(list.children, clause);
      if (extra) { items.push(extra); }
      return { version: 1, based_on: Number(box.dataset.basedOn), clauses: items };
    }
    function stateOf(li) {  /* the line beside the title: included, left out, edited */
      var c = clause(li), el = li.querySelector(".state");
      if (!el) { return; }
      el.textContent = !c.included ? _("Left out") : c.status === "withdrawn" ? _("No longer proposed")
        : (c.body !== null && c.status !== "own") ? _("Included · edited") : _("Included");
      var title = li.querySelector("input.title-input");
      if (title) { li.querySelector("summary .title").textContent = title.value; }
    }
    function preview() {  /* the draft as it will print, one tap away */
      var out = document.querySelector("#draft-preview .preview-list");
      if (!out) { return; }
      out.textContent = "";
      Array.prototype.forEach.call(list.children, function (li) {
        if (!li.querySelector("input.include").checked) { return; }
        var item = document.createElement("li"), head = document.createElement("strong");
        head.textContent = li.querySelector("summary .title").textContent;
        item.appendChild(head);
        li.querySelector("textarea.body").value.split("\n").forEach(function (para) {
          if (!para.trim()) { return; }
          var p = document.createElement("p");
          p.textContent = para;
          item.appendChild(p);
        });
        out.appendChild(item);
      });
    }
    function saveDraftNow() {
      clearTimeout(timer);
      timer = null;
      api.saveRecord("draft", draft());
    }
    function saveDraftSoon() {
      Array.prototype.forEach.call(list.children, stateOf);
      preview();
      say(_("Saving…"), "pending");
      clearTimeout(timer);
      timer = setTimeout(saveDraftNow, 800);
    }

    /* "None or not sure" goes alone: ticking it clears the list's other ticks, ticking
     * another clears it; the line under the list says what was unticked */
    function goesAlone(group, ticked) {
      var clear = ticked.hasAttribute("data-alone") ? "input[data-option]:checked" : "input[data-alone]:checked";
      var gone = [];
      Array.prototype.forEach.call(group.querySelectorAll(clear), function (i) {
        if (i === ticked) { return; }
        i.checked = false;
        gone.push("\u201c" + i.parentNode.textContent.trim() + "\u201d");
      });
      var note = group.querySelector(".cleared");
      if (!note || !gone.length) { return; }
      note.textContent = _("Unticked: %(options)s (it does not go with \u201c%(ticked)s\u201d).",
        { options: gone.join(", "), ticked: ticked.parentNode.textContent.trim() });
      note.hidden = false;
    }

    function changed(e) {
      var t = e.target;
      if (t.matches("input[data-option], input[data-other]")) {
        var group = t.closest("details[data-list]");
        if (group && t.matches("input[data-option]") && t.checked) { goesAlone(group, t); }
        if (group) { var n = group.querySelectorAll("input[data-option]:checked").length; group.querySelector(".count").textContent = ngettext("%(num)s ticked", "%(num)s ticked", n, { num: n }); }
        if (timer) { saveDraftNow(); }
        reloadAfter = "choices";
        api.status("choices", _("Saving your choices…"), "pending");
        api.saveRecord("choices", choices());
      } else if (t.matches("input.include")) {
        var item = t.closest("li.clause");
        if (item) { item.classList.toggle("excluded", !t.checked); stateOf(item); }
        saveDraftSoon();
      }
    }
    box.addEventListener("change", changed);
    if (picks !== box) { picks.addEventListener("change", changed); }
    box.addEventListener("input", function (e) {
      if (e.target.matches("textarea.body, input.title-input")) { saveDraftSoon(); }
    });
    box.addEventListener("click", function (e) {
      var t = e.target, li = t.closest ? t.closest("li.clause") : null;
      if (t.matches("button[name=op]")) { e.preventDefault(); }  /* submit buttons without the script */
      if (t.matches("button.reset") && li) {
        li.querySelector("textarea.body").value = li.dataset.library;
        saveDraftSoon();
      } else if (t.matches("button.keep") && li) {
        li.dataset.status = "kept";
        li.dataset.reason = "kept by the group";
        li.classList.remove("status-withdrawn");
        t.remove();
        saveDraftSoon();
      } else if (t.matches("button.remove") && li) {
        if (!window.confirm(_("Remove this clause from your draft? Earlier drafts keep it."))) { return; }
        li.remove();
        saveDraftSoon();
      } else if (t.matches("button.up") && li && li.previousElementSibling) {
        list.insertBefore(li, li.previousElementSibling);
        t.focus();
        saveDraftSoon();
      } else if (t.matches("button.down") && li && li.nextElementSibling) {
        list.insertBefore(li.nextElementSibling, li);
        if (!li.offsetParent) { box.classList.remove("folded"); }
        t.focus();
        saveDraftSoon();
      } else if (t.matches("button.add-own")) {
        var n = 1;
        while (list.querySelector('li[data-key="own-' + n + '"]')) { n += 1; }
        clearTimeout(timer);
        timer = null;
        reloadAfter = "draft";
        adding = "own-" + n;
        say(_("Adding…"), "pending");
        api.saveRecord("draft", draft({ key: "own-" + n, clause_id: null, status: "own", included: true,
                                         title: _("Our own clause"), body: "", reason: "" }));
      }
    });
    /* After our own ticks (or a new own clause) the page reloads: the server proposes the
     * clauses. A change from the console or another device of the group is shown in place
     * (app.js's followRecord); both changing it at once, the participant chooses. */
    var SCROLL = "wa:drafting-scroll";
    var kept = sessionStorage.getItem(SCROLL);
    if (kept !== null) { sessionStorage.removeItem(SCROLL); window.scrollTo(0, Number(kept)); }
    var OPEN = "wa:drafting-open", opened = [];
    try { opened = JSON.parse(sessionStorage.getItem(OPEN)) || []; sessionStorage.removeItem(OPEN); } catch (e) { /* none */ }
    opened.forEach(function (key) {  /* what was open before the page reloaded */
      var d = key.indexOf("list:") === 0 ? picks.querySelector('details[data-list="' + key.slice(5) + '"]')
        : list.querySelector('li[data-key="' + key + '"] details');
      if (d) { d.open = true; }
    });
    /* A long list shows its first twelve titles until "Show all" (kept across reloads). */
    var ALL = "wa:drafting-all";
    function unfold(focusFrom) {
      box.classList.remove("folded");
      try { sessionStorage.setItem(ALL, "1"); } catch (e) { /* private mode */ }
      var more = box.querySelector(".show-all");
      if (more) { more.setAttribute("aria-expanded", "true"); }
      var first = focusFrom && list.children[12];
      if (first) { first.querySelector("summary").focus(); }
    }
    if (list.children.length > 15 && sessionStorage.getItem(ALL) !== "1") {
      box.classList.add("folded");
      if (Array.prototype.some.call(list.children, function (li, i) { return i >= 12 && li.querySelector("details").open; })) {
        unfold(false);
      }
    }
    box.addEventListener("click", function (e) {
      if (e.target.matches && e.target.matches("button.show-all")) { unfold(true); }
    });
    box.addEventListener("focusin", function (e) {  /* Tab or a screen reader into a hidden one */
      if (box.classList.contains("folded") && list.contains(e.target) && !e.target.offsetParent) { unfold(false); }
    });
    function reload(also) {
      var keys = Array.prototype.filter.call(list.children, function (li) {
        return li.querySelector("details").open;
      }).map(function (li) { return li.dataset.key; });
      Array.prototype.forEach.call(picks.querySelectorAll("details[data-list]"), function (d) {
        if (d.open) { keys.push("list:" + d.dataset.list); }
      });
      if (also) { keys.push(also); }
      try {
        sessionStorage.setItem(SCROLL, String(window.scrollY));
        sessionStorage.setItem(OPEN, JSON.stringify(keys));
      } catch (e) { /* private mode */ }
      location.reload();
    }
    api.onUpdate(function (ev) {
      if (!ev.saved || !ev.saved.record) { return; }
      if (ev.conflict) { reloadAfter = null; return; }  /* the box asks first (app.js) */
      if (reloadAfter && ev.saved.record === reloadAfter) { reload(adding); return; }
      if (!timer) { say(_("Saved"), "saved"); }
    });
    function swap(doc) {
      var fresh = doc.getElementById("drafting");
      if (!fresh) { return false; }
      box.dataset.basedOn = fresh.dataset.basedOn;
      var ticks = picks !== box && api.swapIn(picks, doc.getElementById("drafting-choices"));
      var changed = api.swapIn(box, fresh) || ticks;
      list = document.getElementById("clauses");
      return changed;
    }
    function byKey(mine, theirs) {  /* ours, then each of their clauses we do not have */
      var have = {};
      (mine.clauses || []).forEach(function (c) { have[c.key] = true; });
      var extra = ((theirs && theirs.clauses) || []).filter(function (c) { return !have[c.key]; });
      return { version: 1, based_on: mine.based_on, clauses: (mine.clauses || []).concat(extra) };
    }
    function bothTicks(mine, theirs) {  /* every tick of either; our "other" text, else theirs */
      var out = { selected: {}, other: {} };
      theirs = theirs || {};
      Object.keys(mine.selected).concat(Object.keys(theirs.selected || {})).forEach(function (id) {
        var all = (mine.selected[id] || []).concat((theirs.selected || {})[id] || []);
        out.selected[id] = all.filter(function (o, i) { return all.indexOf(o) === i; });
      });
      Object.keys(mine.other).concat(Object.keys(theirs.other || {})).forEach(function (id) {
        out.other[id] = mine.other[id] || (theirs.other || {})[id];
      });
      return out;
    }
    function busy() { return Boolean(timer || reloadAfter); }
    function stop() { clearTimeout(timer); timer = null; }
    api.followRecord("draft", {
      status: "draft", busy: busy, stop: stop, data: draft, merge: byKey, swap: swap,
      told: {
        console: _("The facilitator changed your draft while you were changing it here. Yours is saved; theirs is kept in the event's history. Which one do you keep?"),
        browser: _("Another device changed your draft while you were changing it here. Yours is saved; theirs is kept in the event's history. Which one do you keep?")
      }
    });
    api.followRecord("choices", {
      status: "choices", busy: busy, stop: stop, data: choices, merge: bothTicks, swap: swap,
      told: {
        console: _("The facilitator changed your ticks while you were changing them here. Yours are saved; theirs are kept in the event's history. Which do you keep?"),
        browser: _("Another device changed your ticks while you were changing them here. Yours are saved; theirs are kept in the event's history. Which do you keep?")
      }
    });
  });
})();
