/* Participant page: autosave, the offline queue and following the room's stage.
 * Every edit is written to localStorage (with its own edit id) before it is sent; it leaves
 * localStorage only when the server answers with the committed revision. A stage kind adds its
 * own script (resources/kinds/<kind>/stage.js) that calls WA.register(kind, function (root, api) {...}). */
(function () {
  "use strict";
  var kinds = {}, strings = null;
  /* _(text, {name: value}): the page's language. The server puts the translations of this
   * page's scripts in <script id="wa-strings"> (one gettext catalogue: see workshop_app/i18n.py);
   * %(name)s in a text is filled from the second argument. */
  function load() {
    if (strings === null) {
      var el = document.getElementById("wa-strings");
      try { strings = el ? JSON.parse(el.textContent) : {}; } catch (e) { strings = {}; }
    }
    return strings;
  }
  function fill(text, params) {
    return params ? text.replace(/%\((\w+)\)s/g, function (m, k) { return k in params ? String(params[k]) : m; }) : text;
  }
  function _(text, params) {
    var found = load()[text];
    return fill(typeof found === "string" ? found : text, params);
  }
  /* ngettext(one, more, n, params): the form for n (one, or more: the languages shipped need
   * no other forms). */
  function ngettext(one, more, n, params) {
    var forms = load()[one];
    return fill(Array.isArray(forms) ? forms[n === 1 ? 0 : 1] : (n === 1 ? one : more), params);
  }
  window.WA = { register: function (kind, init) { kinds[kind] = init; }, _: _, ngettext: ngettext };
  document.addEventListener("DOMContentLoaded", start);

  function start() {
    document.documentElement.classList.add("js");
    var root = document.getElementById("stage");
    if (!root) { return; }
    var csrf = document.querySelector('meta[name="csrf-token"]').content;
    var group = root.dataset.group, stage = root.dataset.stage;
    var KEY = "wa:pending:" + group, REFUSED = "wa:refused:" + group;
    var banner = document.getElementById("banner");
    var fields = {}, listeners = [], offline = false, stopped = false, sending = false;
    var paused = false;  /* the facilitator closed entry: back when it opens again */
    var records = {};  /* the revision of each record kind this page has seen */
    try { records = JSON.parse(root.dataset.records || "{}"); } catch (e) { records = {}; }
    var retryTimer = null, flushTimer = null, sentIds = {}, merging = {};
    var parts = {};  /* record kinds whose part of the page follows other devices (followRecord) */

    function read(key) { try { return JSON.parse(localStorage.getItem(key)) || {}; } catch (e) { return {}; } }
    function write(key, value) { try { localStorage.setItem(key, JSON.stringify(value)); } catch (e) { /* full */ } }
    function newId(size) {
      var bytes = new Uint8Array(size || 12);
      crypto.getRandomValues(bytes);
      return Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
    }
    function status(pid, text, cls) {
      var el = document.getElementById("status-" + pid);
      if (el) { el.textContent = text; el.className = "status " + (cls || ""); }
    }
    function screening(pid, note) {  /* "This looks like a phone number. …": a note, never a block */
      var el = document.getElementById("screen-" + pid);
      if (el && typeof note === "string") { el.textContent = note; el.hidden = !note; }
    }
    function showBanner(text) { banner.textContent = text; banner.hidden = !text; }
    function setOffline() {
      if (stopped) { return; }
      offline = true;
      showBanner(paused
        ? _("Participant entry is closed for now. What you type stays on this device and is sent " +
            "when the facilitator opens it again.")
        : _("Offline — your text is kept on this device"));
      var pending = read(KEY);
      Object.keys(pending).forEach(function (k) {
        if (pending[k].stage === stage) { status(pending[k].prompt, _("Not sent yet — kept on this device"), "pending"); }
      });
    }
    function setOnline() {
      if ((offline || paused) && !stopped) { offline = paused = false; showBanner(""); }
    }
    function workshopEnded() {  /* the last word from the server: stop saving and listening */
      stopped = true;
      if (events) { events.close(); }
      showBanner(_("The workshop has ended — thank you. Your organization's answers are saved."));
    }
    function retryLater() {
      if (!retryTimer) { retryTimer = setTimeout(function () { retryTimer = null; flush(); }, 2000); }
    }

    /* Saves say which revision they were edited from (based_on: see PROTOCOL in lan/views.py).
     * A newer edit of a text still waiting to be sent keeps the revision it started from. */
    function queue(key, item, seen) {
      var pending = read(KEY);
      item.edit_id = newId();
      item.based_on = pending[key] ? pending[key].based_on : seen;
      pending[key] = item;
      write(KEY, pending);
    }
    /* Two versions of one text: the participant chooses. `choices` is a list of
     * [label, action]; every button closes the box. */
    function choiceBox(id, anchor, said, text, choices) {
      if (!anchor) { return; }
      var old = document.getElementById(id);
      if (old) { old.remove(); }
      var box = document.createElement("div"), p = document.createElement("p");
      var row = document.createElement("div");
      box.className = "conflict"; box.id = id; box.setAttribute("role", "alert");
      p.textContent = said;
      box.appendChild(p);
      if (text !== null) {
        var quote = document.createElement("blockquote");
        quote.textContent = text;
        box.appendChild(quote);
      }
      row.className = "choices";
      choices.forEach(function (c) {
        var b = document.createElement("button");
        b.type = "button"; b.className = "quiet"; b.textContent = c[0];
        b.addEventListener("click", function () { box.remove(); c[1](); });
        row.appendChild(b);
      });
      box.appendChild(row);
      anchor.parentNode.insertBefore(box, anchor.nextSibling);
    }
    function useText(pid, text) {
      fields[pid].el.value = text;
      queueAnswer(pid, text);
      flushSoon(0);
    }
    function mergeText(pid, first, second) {  /* both texts in the field, to make into one */
      var el = fields[pid].el, joint = first.replace(/\s+$/, "");
      useText(pid, joint + "\n\n" + second.replace(/^\s+/, ""));
      el.focus();
      el.setSelectionRange(joint.length + 2, joint.length + 2);
      merging[pid] = true;
    }
    function answerChoices(pid, said, text, mineIsSaved, mine, theirs) {
      choiceBox("conflict-" + pid, document.getElementById("status-" + pid), said, text, [
        [_("Keep mine"), function () { if (!mineIsSaved) { useText(pid, mine); } }],
        [_("Take theirs"), function () { if (mineIsSaved) { useText(pid, theirs); } }],
        [_("Merge by hand"), function () { mergeText(pid, mine, theirs); }]
      ]);
    }
    function theirsKept(pid, other) {  /* our save replaced a version we had not seen */
      answerChoices(pid, other.source === "console"
        ? _("The facilitator saved a different text while you were typing. Yours is saved; theirs is below. Which one do you keep?")
        : _("Another device saved a different text while you were typing. Yours is saved; theirs is below. Which one do you keep?"),
        other.text, true, fields[pid].el.value, other.text);
    }
    function oursKept(pid, source, mine) {  /* a save that had not seen ours replaced it */
      answerChoices(pid, source === "console"
        ? _("The facilitator saved a different text over yours (it is in the field now). Yours was:")
        : _("Another device saved a different text over yours (it is in the field now). Yours was:"),
        mine, false, mine, fields[pid].el.value);
    }
    function queueAnswer(pid, text) {
      queue(stage + "/" + pid, { stage: stage, prompt: pid, text: text }, fields[pid] ? fields[pid].revision : 0);
      status(pid, offline || stopped ? _("Not sent yet — kept on this device") : _("Saving…"), "pending");
    }
    function request(item) {
      if (item.record) {
        return { url: "/api/record/" + encodeURIComponent(item.record),
                 body: { group_id: Number(group), data: item.data, edit_id: item.edit_id,
                         based_on: item.based_on } };
      }
      return { url: "/api/answer", body: { group_id: Number(group), stage_id: item.stage,
               prompt_id: item.prompt, text: item.text, edit_id: item.edit_id,
               based_on: item.based_on } };
    }
    function done(key, item, revision) {
      var pending = read(KEY);
      if (pending[key] && pending[key].edit_id === item.edit_id) { delete pending[key]; write(KEY, pending); }
      else if (pending[key] && revision && pending[key].based_on === item.based_on) {
        pending[key].based_on = revision;  /* typed on while it was sent: it follows our save */
        write(KEY, pending);
      }
      return !pending[key];
    }
    function packed(text) {  /* a large body (a whole draft) travels gzipped where the browser can */
      if (text.length < 500 || !window.CompressionStream || !window.Response) { return Promise.resolve(text); }
      try {
        var stream = new Blob([text]).stream().pipeThrough(new CompressionStream("gzip"));
        return new Response(stream).arrayBuffer().catch(function () { return text; });
      } catch (e) { return Promise.resolve(text); }
    }
    function flush() {
      if (sending || stopped) { return; }
      var pending = read(KEY), keys = Object.keys(pending);
      if (!keys.length) { setOnline(); return; }
      var key = keys[0], item = pending[key], req = request(item);
      sentIds[item.edit_id] = true;
      sending = true;
      packed(JSON.stringify(req.body)).then(function (body) {
        var headers = { "Content-Type": "application/json", "X-CSRF-Token": csrf };
        if (typeof body !== "string") { headers["Content-Encoding"] = "gzip"; }
        return fetch(req.url, { method: "POST", credentials: "same-origin", cache: "no-store",
                                headers: headers, body: body });
      }).then(function (r) {
        return r.json().catch(function () { return {}; }).then(function (body) { return { code: r.status, body: body }; });
      }).then(function (res) {
        sending = false;
        var here = !item.record && item.stage === stage && fields[item.prompt];
        if (res.code === 200) {
          setOnline();
          var settled = done(key, item, res.body.revision);
          if (item.record) {
            records[item.record] = Math.max(records[item.record] || 0, res.body.revision || 0);
            if (res.body.conflict && parts[item.record]) {
              recordChoices(item.record, res.body.conflict);
            } else if (res.body.conflict) {
              showBanner(res.body.conflict.source === "console"
                ? _("The facilitator changed this at the same time. Your version is saved; theirs is kept in the event's history.")
                : _("Another device changed this at the same time. Your version is saved; theirs is kept in the event's history."));
            }
            if (settled && parts[item.record]) {
              parts[item.record].said = _("Saved");
              recordSettled(item.record);
            }
          }
          if (here) {
            fields[item.prompt].revision = res.body.revision;
            if (settled) {
              status(item.prompt, merging[item.prompt]
                ? _("Saved — both texts are in the field: make them one, it saves as you type")
                : _("Saved"), "saved");
            }
            screening(item.prompt, res.body.screening);
            if (res.body.conflict) { theirsKept(item.prompt, res.body.conflict); }
          }
          listeners.forEach(function (fn) {
            fn({ saved: item, revision: res.body.revision, conflict: res.body.conflict || null });
          });
          flush();
        } else if (res.code === 410) {
          workshopEnded();
        } else if (res.code === 403) {
          stopped = true;
          showBanner(_("You are no longer connected — your text is kept on this device. Join again with the code."));
        } else if (res.code >= 500 || res.code === 429 || res.code === 0) {
          retryLater();
        } else {  /* refused as it is (too long…): keep it aside, never drop it */
          var refused = read(REFUSED);
          refused[key] = item;
          write(REFUSED, refused);
          done(key, item);
          if (here) { status(item.prompt, res.body.error || _("Not saved."), "failed"); }
          flush();
        }
      }, function () { sending = false; setOffline(); retryLater(); });
    }
    function flushSoon(delay) {
      clearTimeout(flushTimer);
      flushTimer = setTimeout(flush, delay);
    }

    /* A record kind's part of the page (the map, the draft, the action plan) follows the other
     * devices of the group and the console: a newer revision from elsewhere is shown in place
     * (the part is re-read from the page and swapped in, what was open and the focus kept) —
     * unless this page has changes of its own not yet saved. Those are saved as usual; when the
     * reply says they replaced a version this page had not seen, the participant chooses: keep
     * theirs, take theirs (saved again over ours) or merge by hand (both, to tidy up). */
    function canonical(value) {  /* JSON with sorted keys: the same data, the same text */
      if (Array.isArray(value)) { return "[" + value.map(canonical).join(",") + "]"; }
      if (value && typeof value === "object") {
        return "{" + Object.keys(value).sort().map(function (k) {
          return JSON.stringify(k) + ":" + canonical(value[k]);
        }).join(",") + "}";
      }
      return JSON.stringify(value === undefined ? null : value);
    }
    function tell(kind, text, cls) { parts[kind].said = text; status(parts[kind].status, text, cls); }
    function recordPending(kind) { return Boolean(read(KEY)["record/" + kind]); }
    function partBusy(kind) { return recordPending(kind) || parts[kind].busy(); }
    function otherRecord(kind, revision, source) {
      var part = parts[kind];
      if (revision <= (records[kind] || 0)) { return; }
      part.waiting = Math.max(part.waiting || 0, revision);
      part.source = source;
      if (!partBusy(kind)) { showFresh(kind); }
    }
    function recordSettled(kind) {  /* our save is in: show what arrived meanwhile, or after a choice */
      var part = parts[kind];
      if (part.after) { var then = part.after; part.after = null; showFresh(kind, then); return; }
      if (part.waiting > (records[kind] || 0) && !partBusy(kind)) { showFresh(kind); }
    }
    function freshPage() {
      return fetch("/", { credentials: "same-origin", cache: "no-store" }).then(function (r) {
        return r.ok ? r.text() : null;
      }).then(function (html) { return html ? new DOMParser().parseFromString(html, "text/html") : null; });
    }
    function showFresh(kind, said) {
      var part = parts[kind];
      if (part.loading) { part.again = true; return; }
      part.loading = true;
      freshPage().then(function (doc) {
        part.loading = false;
        if (part.again) { part.again = false; showFresh(kind, said); return; }
        if (!doc || (partBusy(kind) && !said)) { return; }  /* after a choice: the stored one */
        var seen = {};
        try { seen = JSON.parse(doc.getElementById("stage").dataset.records || "{}"); } catch (e) { seen = {}; }
        if ((seen[kind] || 0) < (records[kind] || 0) || (!said && (seen[kind] || 0) === (records[kind] || 0) &&
            !part.waiting)) { return; }  /* an older page than ours, or nothing new */
        records[kind] = seen[kind] || 0;
        part.waiting = 0;
        if (part.stop) { part.stop(); }  /* a save the kind had waiting is overtaken */
        var changed = part.swap(doc);
        part.same = canonical(part.data());
        if (said) { tell(kind, said, "saved"); }
        else if (changed) {
          tell(kind, part.source === "console" ? _("Updated by the facilitator")
            : _("Updated on another device"), "other");
        }
      }, function () { part.loading = false; });
    }
    function recordChoices(kind, other) {
      var part = parts[kind];
      choiceBox("conflict-" + part.status, document.getElementById("status-" + part.status),
        part.told[other.source === "console" ? "console" : "browser"], null, [
          [_("Keep mine"), function () { showFresh(kind, _("Saved — yours is kept")); }],
          [_("Take theirs"), function () {
            part.after = _("Saved — theirs is back");
            api.saveRecord(kind, other.data);
          }],
          [_("Merge by hand"), function () {
            part.after = _("Saved — both are in: remove what you do not want");
            api.saveRecord(kind, part.merge(part.data(), other.data));
          }]
        ]);
    }
    /* Swaps a part of the page for its fresh copy, keeping open sections and the focus (found
     * again by its id, or by its place inside the nearest item with an id or data-id/-key). */
    function swapIn(el, fresh) {
      if (!el || !fresh || el.innerHTML === fresh.innerHTML) { return false; }
      var OWNER = "[id], [data-id], [data-key], [data-list]";
      function ownerKey(o) { return [o.tagName, o.id, o.dataset.id, o.dataset.key, o.dataset.list].join("|"); }
      function find(root, key) {
        if (ownerKey(root) === key) { return root; }
        return Array.prototype.filter.call(root.querySelectorAll(OWNER), function (o) { return ownerKey(o) === key; })[0];
      }
      function spot(node) {
        if (node.id) { return { id: node.id }; }
        var owner = node.parentElement && node.parentElement.closest(OWNER);
        if (!owner || !el.contains(owner)) { return null; }
        return { owner: ownerKey(owner), tag: node.tagName,
                 index: Array.prototype.indexOf.call(owner.querySelectorAll(node.tagName), node) };
      }
      function back(where) {
        if (!where) { return null; }
        if (where.id) { return document.getElementById(where.id); }
        var owner = find(el, where.owner);
        return owner ? owner.querySelectorAll(where.tag)[where.index] : null;
      }
      var open = [];
      Array.prototype.forEach.call(el.querySelectorAll("details"), function (d) {
        var where = spot(d);
        if (where) { open.push([where, d.open]); }
      });
      var active = document.activeElement;
      var focus = active && el.contains(active) ? spot(active) : null;
      var caret = focus && typeof active.selectionStart === "number" ? active.selectionStart : null;
      el.innerHTML = fresh.innerHTML;
      open.forEach(function (o) { var d = back(o[0]); if (d) { d.open = o[1]; } });
      var again = back(focus);
      if (again) {
        again.focus();
        if (caret !== null && again.setSelectionRange) {
          try { again.setSelectionRange(caret, caret); } catch (e) { /* not a text field */ }
        }
      }
      return true;
    }

    function anotherStage() {  /* the room moved on: open the new stage at its top */
      try { history.scrollRestoration = "manual"; } catch (e) { /* old browser */ }
      location.reload();
    }

    function refresh() {
      if (stopped) { return; }
      fetch("/api/state?stage=" + encodeURIComponent(stage), { credentials: "same-origin", cache: "no-store" })
        .then(function (r) {
          if (r.status === 410) { workshopEnded(); return null; }
          if (r.status === 403) { location.reload(); return null; }
          return r.ok ? r.json() : null;
        }).then(function (st) {
          if (!st) { return; }
          if (st.ended || st.stage.id !== stage) { anotherStage(); return; }
          var pending = read(KEY);
          Object.keys(fields).forEach(function (pid) {
            var f = fields[pid], a = st.answers[pid];
            if (!a || a.revision <= f.revision || pending[stage + "/" + pid]) { return; }
            var unseen = a.based_on !== null && a.based_on !== undefined && a.based_on < f.revision;
            f.revision = a.revision;
            if (f.el.value !== a.text) {
              var mine = f.el.value, focused = document.activeElement === f.el;
              var at = focused ? Math.min(f.el.selectionStart, a.text.length) : 0;
              f.el.value = a.text;  /* in place: the caret stays where it was */
              if (focused) { f.el.setSelectionRange(at, at); }
              status(pid, _("Updated on another device"), "other");
              if (unseen && mine.trim()) { oursKept(pid, a.source, mine); }
            }
          });
          listeners.forEach(function (fn) { fn({ state: st }); });
        }, function () { /* offline: the next event or poll tries again */ });
    }

    function heard(msg) {  /* one message of the event stream: what changed, as data */
      if (msg.what === "answer") {
        if (sentIds[msg.edit] || msg.stage !== stage || !fields[msg.key]) { return; }
        if (msg.revision > fields[msg.key].revision) { refresh(); }  /* another device's: re-read */
      } else if (msg.what === "record") {
        var own = Boolean(sentIds[msg.edit]);
        if (!own && parts[msg.key]) { otherRecord(msg.key, msg.revision, msg.source); }
        listeners.forEach(function (fn) { fn({ record: msg.key, revision: msg.revision, own: own }); });
      } else {
        refresh();  /* the stage moved, or too many changes at once: read the state */
      }
    }

    Array.prototype.forEach.call(root.querySelectorAll("textarea[data-prompt]"), function (el) {
      var pid = el.dataset.prompt;
      fields[pid] = { el: el, revision: Number(el.dataset.revision || 0) };
      el.addEventListener("input", function () { merging[pid] = false; queueAnswer(pid, el.value); flushSoon(800); });
      el.addEventListener("blur", function () { flushSoon(0); });
    });
    var pending = read(KEY);  /* text typed before a reload or while offline comes back first */
    Object.keys(pending).forEach(function (k) {
      var item = pending[k];
      if (!item.record && item.stage === stage && fields[item.prompt]) {
        fields[item.prompt].el.value = item.text;
        status(item.prompt, _("Not sent yet — kept on this device"), "pending");
      }
    });
    pending = read(KEY);  /* text typed before this script ran: save it too */
    Object.keys(fields).forEach(function (pid) {
      var el = fields[pid].el;
      if (el.value !== el.defaultValue && !pending[stage + "/" + pid]) { queueAnswer(pid, el.value); }
    });
    var form = document.getElementById("answers");
    if (form) {
      form.addEventListener("submit", function (e) {
        /* a kind's own button (formaction="/kind/<kind>") posts its part as a plain form */
        if (e.submitter && e.submitter.hasAttribute("formaction")) { return; }
        e.preventDefault();
        Object.keys(fields).forEach(function (pid) { queueAnswer(pid, fields[pid].el.value); });
        flush();
      });
    }
    var leave = document.querySelector("form.leave");
    if (leave) {  /* one stray tap must not sign the device out of its group */
      leave.addEventListener("submit", function (e) {
        if (!window.confirm(_("Leave the workshop on this device? Everything saved stays. To come " +
            "back you need the code on the projector (and your group's PIN if another device " +
            "of your group is still in)."))) { e.preventDefault(); }
      });
    }
    window.addEventListener("online", function () { flush(); refresh(); });
    window.addEventListener("offline", setOffline);

    var events = null;
    if (window.EventSource) {
      events = new EventSource("/events");
      events.addEventListener("change", function (e) {
        if (e.data && e.data.indexOf('"ended"') >= 0) { workshopEnded(); return; }
        if (e.data && e.data.indexOf('"closed"') >= 0) {  /* the facilitator closed entry */
          /* for now: this device stays joined, and the stream comes back when entry opens */
          paused = true;
          setOffline();
          return;
        }
        var msg = null;
        try { msg = JSON.parse(e.data); } catch (err) { /* not ours */ }
        if (msg) { heard(msg); } else { refresh(); }
      });
      var opened = false;
      events.addEventListener("open", function () {
        flush(); refresh();
        if (opened) {  /* back after a break: what the stream said meanwhile was missed */
          Object.keys(parts).forEach(function (kind) { if (!partBusy(kind)) { showFresh(kind, ""); } });
        }
        opened = true;
      });
    }
    setInterval(function () {  /* polling fallback when the event stream is not open */
      if (!events || events.readyState !== 1) { refresh(); flush(); }
    }, 4000);
    flush();

    var api = {
      root: root, group: Number(group), stage: stage, csrf: csrf,
      saveRecord: function (kind, data) {  /* false: the same as the page already had */
        var text = canonical(data), part = parts[kind];
        if (part && text === part.same && !recordPending(kind)) {
          status(part.status, part.said || _("Saved"), "saved");
          recordSettled(kind);  /* no longer busy: show what another device saved meanwhile */
          return false;
        }
        if (part) { part.same = text; }
        queue("record/" + kind, { record: kind, data: data }, records[kind] || 0);
        flush();
        return true;
      },
      seenRecord: function (kind, revision) {  /* a kind's script reloaded a newer revision */
        records[kind] = Math.max(records[kind] || 0, revision || 0);
      },
      onUpdate: function (fn) { listeners.push(fn); },
      /* followRecord(kind, {status, told: {console, browser}, busy(), stop(), data(),
       *               merge(mine, theirs), swap(doc)}):
       * the part shows other devices' and the console's changes in place (see showFresh). */
      followRecord: function (kind, part) { parts[kind] = part; },
      swapIn: swapIn,
      showFresh: showFresh,
      refresh: refresh,
      status: status,  /* status(id, text, cls): the line with id "status-<id>" */
      newId: newId,  /* newId(bytes): random hex */
      _: _,  /* _(text, params): in the page's language */
      ngettext: ngettext  /* ngettext(one, more, n, params) */
    };
    if (kinds[root.dataset.kind]) { kinds[root.dataset.kind](root, api); }
  }
})();
