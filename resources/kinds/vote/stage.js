/* The dot vote: − / + beside each count and a live "Dots left"; the form itself is plain HTML
 * and is sent as it is (it works without this script). */
(function () {
  "use strict";
  var _ = WA._;
  WA.register("vote", function (root, api) {
    var form = root.querySelector("#vote");
    if (!form) { return; }
    var total = parseInt(form.getAttribute("data-dots"), 10) || 0;
    var left = form.querySelector("#vote-left");
    var inputs = Array.prototype.slice.call(form.querySelectorAll("input[type=number]"));
    var submit = form.querySelector(".vote-save");

    function used() {
      return inputs.reduce(function (sum, input) {
        var n = parseInt(input.value, 10);
        return sum + (isNaN(n) || n < 0 ? 0 : n);
      }, 0);
    }
    function update() {
      var rest = total - used();
      if (rest < 0) {
        left.textContent = _("That is %(n)s too many: take %(n)s off.", { n: -rest });
        left.classList.add("over");
      } else {
        left.textContent = _("Dots left: %(left)s of %(total)s", { left: rest, total: total });
        left.classList.remove("over");
      }
      if (submit) { submit.disabled = rest < 0; }
      inputs.forEach(function (input) {
        var n = parseInt(input.value, 10) || 0;
        input.parentNode.querySelector(".less").disabled = n <= 0;
        input.parentNode.querySelector(".more").disabled = rest <= 0;
      });
    }
    inputs.forEach(function (input) {
      var label = input.closest(".vote-item").querySelector(".vote-text").textContent;
      var less = document.createElement("button");
      less.type = "button"; less.className = "less quiet"; less.textContent = "−";
      less.setAttribute("aria-label", _("One dot less for: %(item)s", { item: label }));
      var more = document.createElement("button");
      more.type = "button"; more.className = "more quiet"; more.textContent = "+";
      more.setAttribute("aria-label", _("One dot more for: %(item)s", { item: label }));
      input.parentNode.insertBefore(less, input);
      input.parentNode.insertBefore(more, input.nextSibling);
      less.addEventListener("click", function () {
        input.value = Math.max(0, (parseInt(input.value, 10) || 0) - 1); update();
      });
      more.addEventListener("click", function () {
        input.value = (parseInt(input.value, 10) || 0) + 1; update();
      });
      input.addEventListener("input", update);
    });
    update();
    /* With the script, "Save my dots" sends the dots alone and gets a small reply (the page is
     * not loaded again); if that fails, the plain form is posted as without the script. */
    var page = document.getElementById("answers");
    function send() {
      var body = new URLSearchParams();
      ["csrf", "group_id", "stage_id"].forEach(function (name) {
        var el = page.querySelector('input[name="' + name + '"]');
        if (el) { body.append(name, el.value); }
      });
      Array.prototype.forEach.call(form.querySelectorAll('input[name^="k."]'), function (el) {
        body.append(el.name, el.value);
      });
      api.status("vote", _("Saving…"), "pending");
      return fetch("/kind/vote", {
        method: "POST", credentials: "same-origin", cache: "no-store", body: body,
        headers: { "Accept": "application/json", "X-CSRF-Token": api.csrf }
      }).then(function (r) {
        return r.json().catch(function () { return {}; }).then(function (b) { return { code: r.status, body: b }; });
      });
    }
    var plain = false;
    if (page && submit) {
      page.addEventListener("submit", function (e) {
        if (e.submitter !== submit || plain) { return; }
        e.preventDefault();
        send().then(function (res) {
          if (res.code === 200) { api.status("vote", _("Saved"), "saved"); }
          else if (res.body && res.body.error) { api.status("vote", res.body.error, "failed"); }
          else { plain = true; page.requestSubmit(submit); }
        }, function () {
          api.status("vote", _("Offline — your dots are not saved yet. Try again in a moment."), "failed");
        });
      });
    }
  });
})();
