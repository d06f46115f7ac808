/* The phone page. Plain script, no libraries, nothing loaded from elsewhere.
   The half-filled answer is kept on the phone (localStorage) so that a reload keeps
   it; it is removed as soon as the laptop confirms the answer is stored. Every
   answer has its own id, so sending it again never stores it twice. */
(function () {
  "use strict";
  var T = JSON.parse(document.getElementById("texts").textContent);
  var meta = function (name) {
    return document.querySelector('meta[name="' + name + '"]').getAttribute("content");
  };
  var CSRF = meta("kennisnet-csrf");
  var MODE = meta("kennisnet-mode");
  var KEY = "kennisnet-phone-" + meta("kennisnet-key");
  var LANG = document.documentElement.lang;
  var FLOW = ["consent", MODE === "codes" ? "code" : "who", "sources", "channels", "training"];
  var $ = function (id) { return document.getElementById(id); };

  function fmt(text, values) {
    return text.replace(/\{(\w+)\}/g, function (m, k) { return values[k]; });
  }

  function uuid4() {
    var b = new Uint8Array(16);
    window.crypto.getRandomValues(b);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); });
    return h.slice(0, 4).join("") + "-" + h.slice(4, 6).join("") + "-" + h.slice(6, 8).join("") +
      "-" + h.slice(8, 10).join("") + "-" + h.slice(10).join("");
  }

  function fresh() {
    return { v: 1, id: uuid4(), step: "consent", respondent: null, code: "", codeName: "",
      sources: [], more: false, channels: [], channel_other: "", training: null,
      training_which: "", training_when: "" };
  }

  var state;
  try { state = JSON.parse(window.localStorage.getItem(KEY)) || fresh(); } catch (e) { state = fresh(); }
  if (state.v !== 1) { state = fresh(); }

  function save() {
    try { window.localStorage.setItem(KEY, JSON.stringify(state)); } catch (e) { /* private mode */ }
  }
  function forget() {
    try { window.localStorage.removeItem(KEY); } catch (e) { /* nothing kept */ }
  }

  function show(step, focus) {
    state.step = step;
    if (step !== "thanks") { save(); }
    var sections = document.querySelectorAll(".step");
    for (var i = 0; i < sections.length; i++) {
      sections[i].hidden = sections[i].getAttribute("data-step") !== step;
    }
    var at = FLOW.indexOf(step);
    $("progress").textContent = at > 0 ? fmt(T.step_of, { step: at, steps: FLOW.length - 1 }) : "";
    if (focus !== false) {
      var h = document.querySelector('.step[data-step="' + step + '"] h1');
      if (h) { h.focus(); }
      window.scrollTo(0, 0);
    }
  }

  function request(method, path, body) {
    var options = { method: method, credentials: "same-origin", cache: "no-store",
      headers: { "X-Kennisnet-CSRF": CSRF } };
    if (body !== undefined) {
      options.headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(body);
    }
    return window.fetch(path, options);
  }

  /* -- name search (on the laptop: only up to 10 matches come back) ---------------- */
  function searcher(input, status, list, pick) {
    var timer = null;
    var asked = 0;
    function render(people) {
      list.innerHTML = "";
      people.forEach(function (p) {
        var li = document.createElement("li");
        var b = document.createElement("button");
        b.type = "button";
        b.className = "person";
        b.textContent = p.name;
        if (p.department) {
          var d = document.createElement("span");
          d.className = "dept";
          d.textContent = p.department;
          b.appendChild(d);
        }
        b.addEventListener("click", function () { pick(p); });
        li.appendChild(b);
        list.appendChild(li);
      });
    }
    function run() {
      var q = input.value.trim();
      if (q.replace(/[^0-9A-Za-zÀ-ÿ]/g, "").length < 2) {
        render([]);
        status.textContent = "";
        return;
      }
      var mine = ++asked;
      request("GET", "api/search?q=" + encodeURIComponent(q)).then(function (r) {
        if (mine !== asked) { return null; }
        if (r.status === 429) { status.textContent = T.search_wait; return null; }
        return r.json();
      }).then(function (data) {
        if (!data || mine !== asked) { return; }
        render(data.people);
        var n = data.people.length;
        status.textContent = n === 0 ? T.search_none : n === 1 ? T.search_count_one
          : fmt(T.search_count_many, { count: n });
      }).catch(function () { status.textContent = T.failed_title; });
    }
    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(run, 150);
    });
    input.addEventListener("keydown", function (e) {
      if (e.key === "ArrowDown" && list.firstChild) {
        e.preventDefault();
        list.firstChild.firstChild.focus();
      }
    });
    list.addEventListener("keydown", function (e) {
      var li = e.target.parentNode;
      if (e.key === "ArrowDown" && li.nextSibling) { e.preventDefault(); li.nextSibling.firstChild.focus(); }
      if (e.key === "ArrowUp") {
        e.preventDefault();
        if (li.previousSibling) { li.previousSibling.firstChild.focus(); } else { input.focus(); }
      }
    });
    return function clear() { input.value = ""; render([]); status.textContent = ""; };
  }

  /* -- who are you --------------------------------------------------------------- */
  function renderWho() {
    var chosen = !!state.respondent;
    $("who-chosen").hidden = !chosen;
    $("who-search").hidden = chosen;
    $("who-name").textContent = chosen ? state.respondent.name : "";
  }
  var clearWho = searcher($("who-input"), $("who-status"), $("who-results"), function (p) {
    state.respondent = p;
    $("who-error").textContent = "";
    clearWho();
    renderWho();
    save();
    $("who-change").focus();
  });
  $("who-change").addEventListener("click", function () {
    state.respondent = null;
    renderWho();
    save();
    $("who-input").focus();
  });

  /* -- personal code ------------------------------------------------------------- */
  function checkCode(then) {
    var typed = $("code-input").value.trim();
    state.code = typed;
    state.codeName = "";
    save();
    request("POST", "api/code", { code: typed }).then(function (r) {
      if (r.status === 429) { return { status: "rate" }; }
      return r.json();
    }).then(function (data) {
      if (data.status === "ok") {
        state.codeName = data.name;
        $("code-status").textContent = fmt(T.code_ok, { name: data.name });
        $("code-error").textContent = "";
        save();
        if (then) { then(); }
      } else {
        $("code-status").textContent = "";
        $("code-error").textContent = data.status === "used" ? T.code_used
          : data.status === "rate" ? T.search_wait : T.code_unknown;
      }
    }).catch(function () { $("code-error").textContent = T.failed_body; });
  }
  $("code-check").addEventListener("click", function () { checkCode(null); });
  $("code-input").addEventListener("keydown", function (e) {
    if (e.key === "Enter") { e.preventDefault(); checkCode(null); }
  });
  $("code-input").addEventListener("input", function () {
    state.codeName = "";
    $("code-status").textContent = "";
  });

  /* -- from whom do you learn ----------------------------------------------------- */
  function renderSources() {
    var list = $("sources-list");
    list.innerHTML = "";
    state.sources.forEach(function (s, index) {
      var li = document.createElement("li");
      li.className = "source";
      var name = document.createElement("p");
      name.className = "who";
      name.textContent = s.name;
      li.appendChild(name);
      if (s.department) {
        var d = document.createElement("p");
        d.className = "dept";
        d.textContent = s.department;
        li.appendChild(d);
      }
      var fs = document.createElement("fieldset");
      var lg = document.createElement("legend");
      lg.textContent = fmt(T.how_often, { name: s.name });
      fs.appendChild(lg);
      var box = document.createElement("div");
      box.className = "freqs";
      T.frequencies.forEach(function (f) {
        var p = document.createElement("p");
        p.className = "check";
        var input = document.createElement("input");
        input.type = "radio";
        input.name = "freq-" + index;
        input.id = "freq-" + index + "-" + f[0];
        input.value = f[0];
        input.checked = s.frequency === f[0];
        input.addEventListener("change", function () { s.frequency = f[0]; save(); });
        var label = document.createElement("label");
        label.htmlFor = input.id;
        label.textContent = f[1];
        p.appendChild(input);
        p.appendChild(label);
        box.appendChild(p);
      });
      fs.appendChild(box);
      li.appendChild(fs);
      var tl = document.createElement("label");
      tl.htmlFor = "topic-" + index;
      tl.textContent = T.sources_topic;
      var topic = document.createElement("input");
      topic.type = "text";
      topic.id = "topic-" + index;
      topic.maxLength = 300;
      topic.value = s.topic || "";
      topic.addEventListener("input", function () { s.topic = topic.value; save(); });
      li.appendChild(tl);
      li.appendChild(topic);
      var remove = document.createElement("button");
      remove.type = "button";
      remove.className = "secondary remove";
      remove.textContent = fmt(T.remove, { name: s.name });
      remove.addEventListener("click", function () {
        state.sources.splice(index, 1);
        save();
        renderSources();
        $("sources-input").focus();
      });
      var actions = document.createElement("div");
      actions.className = "actions";
      actions.appendChild(remove);
      li.appendChild(actions);
      list.appendChild(li);
    });
    $("sources-none").hidden = state.sources.length > 0;
    $("sources-cap").hidden = !(T.soft_cap_count && state.sources.length > T.soft_cap_count);
    $("sources-more").checked = !!state.more;
  }
  var clearSources = searcher($("sources-input"), $("sources-status"), $("sources-results"), function (p) {
    var mine = state.respondent && state.respondent.ref === p.ref;
    var known = state.sources.some(function (s) { return s.ref === p.ref; });
    if (!known && !mine) {
      state.sources.push({ ref: p.ref, name: p.name, department: p.department, frequency: null, topic: "" });
    }
    clearSources();
    save();
    renderSources();
    var added = document.querySelectorAll("#sources-list .source");
    var last = added[added.length - 1];
    if (last) { last.querySelector("input").focus(); } else { $("sources-input").focus(); }
  });
  function addWritten() {
    var name = $("written-input").value.trim();
    if (!name) { return; }
    state.sources.push({ ref: null, name: name, department: "", frequency: null, topic: "" });
    $("written-input").value = "";
    save();
    renderSources();
  }
  $("written-add").addEventListener("click", addWritten);
  $("written-input").addEventListener("keydown", function (e) {
    if (e.key === "Enter") { e.preventDefault(); addWritten(); }
  });
  $("sources-more").addEventListener("change", function () { state.more = this.checked; save(); });

  /* -- how do you solve unknowns (rank up to N) ------------------------------------ */
  function renderChannels() {
    var boxes = document.querySelectorAll(".channel input");
    var full = state.channels.length >= T.max_channels;
    for (var i = 0; i < boxes.length; i++) {
      var at = state.channels.indexOf(boxes[i].value);
      boxes[i].checked = at >= 0;
      boxes[i].disabled = full && at < 0;
      $("rank-" + boxes[i].value).textContent = at >= 0 ? fmt(T.rank, { rank: at + 1 }) : "";
    }
    $("channels-full").textContent = full ? T.channels_full : "";
    $("channel-other-box").hidden = state.channels.indexOf("other") < 0;
    $("channel-other-text").value = state.channel_other || "";
  }
  Array.prototype.forEach.call(document.querySelectorAll(".channel input"), function (box) {
    box.addEventListener("change", function () {
      var at = state.channels.indexOf(box.value);
      if (box.checked && at < 0 && state.channels.length < T.max_channels) { state.channels.push(box.value); }
      if (!box.checked && at >= 0) { state.channels.splice(at, 1); }
      save();
      renderChannels();
    });
  });
  $("channel-other-text").addEventListener("input", function () { state.channel_other = this.value; save(); });

  /* -- formal training ----------------------------------------------------------- */
  function renderTraining() {
    Array.prototype.forEach.call(document.querySelectorAll('input[name="training"]'), function (r) {
      r.checked = state.training === r.value;
    });
    $("training-more").hidden = state.training !== "yes";
    $("training-which").value = state.training_which || "";
    $("training-when").value = state.training_when || "";
  }
  Array.prototype.forEach.call(document.querySelectorAll('input[name="training"]'), function (r) {
    r.addEventListener("change", function () { state.training = r.value; save(); renderTraining(); });
  });
  $("training-which").addEventListener("input", function () { state.training_which = this.value; save(); });
  $("training-when").addEventListener("input", function () { state.training_when = this.value; save(); });

  /* -- sending: "thank you" only after the laptop says it is stored ---------------- */
  var sending = false;
  var retries = 0;
  function payload() {
    return {
      id: state.id, consent: true, lang: LANG,
      respondent: state.respondent ? state.respondent.ref : null,
      code: MODE === "codes" ? state.code : null,
      sources: state.sources.map(function (s) {
        return { ref: s.ref, name: s.name, frequency: s.frequency, topic: s.topic || "" };
      }),
      more: !!state.more, channels: state.channels.slice(),
      channel_other: state.channel_other || "", training: state.training,
      training_which: state.training_which || "", training_when: state.training_when || ""
    };
  }
  function send() {
    if (sending) { return; }
    sending = true;
    $("send").disabled = true;
    $("retry").disabled = true;
    $("send-status").textContent = T.sending;
    $("failed-status").textContent = retries ? T.retrying : "";
    request("POST", "api/submit", payload()).then(function (r) {
      if (r.status === 200) { return r.json(); }
      throw new Error("status " + r.status);
    }).then(function (data) {
      sending = false;
      if (data.status === "saved") {
        forget();
        show("thanks");
      } else if (data.status === "already_answered") {
        forget();
        show("already");
      } else {
        $("code-error").textContent = data.status === "code_used" ? T.code_used : T.code_unknown;
        state.codeName = "";
        show("code");
      }
    }).catch(function () {
      sending = false;
      retries += 1;
      $("send").disabled = false;
      $("retry").disabled = false;
      $("send-status").textContent = "";
      $("failed-status").textContent = "";
      show("failed");
    });
  }
  $("send").addEventListener("click", send);
  $("retry").addEventListener("click", send);

  /* -- moving through the steps --------------------------------------------------- */
  function canLeave(step) {
    if (step === "who" && !state.respondent) {
      $("who-error").textContent = T.pick_yourself;
      $("who-input").focus();
      return false;
    }
    if (step === "code" && !state.codeName) {
      if ($("code-input").value.trim()) {
        checkCode(function () { show(FLOW[FLOW.indexOf("code") + 1]); });
      } else {
        $("code-error").textContent = T.code_first;
        $("code-input").focus();
      }
      return false;
    }
    return true;
  }
  Array.prototype.forEach.call(document.querySelectorAll(".next"), function (b) {
    b.addEventListener("click", function () {
      var step = state.step;
      if (canLeave(step)) { show(FLOW[FLOW.indexOf(step) + 1]); }
    });
  });
  Array.prototype.forEach.call(document.querySelectorAll(".back"), function (b) {
    b.addEventListener("click", function () { show(FLOW[Math.max(0, FLOW.indexOf(state.step) - 1)]); });
  });
  Array.prototype.forEach.call(document.querySelectorAll(".restart"), function (b) {
    b.addEventListener("click", function () { state = fresh(); forget(); refresh(); show("consent"); });
  });
  $("consent-yes").addEventListener("click", function () { show(FLOW[1]); });
  $("consent-no").addEventListener("click", function () { state = fresh(); forget(); show("declined"); });

  function refresh() {
    renderWho();
    $("code-input").value = state.code || "";
    $("code-status").textContent = state.codeName ? fmt(T.code_ok, { name: state.codeName }) : "";
    renderSources();
    renderChannels();
    renderTraining();
  }
  refresh();
  var start = state.step;
  if (start === "failed") { start = "training"; }
  if (FLOW.indexOf(start) < 0) { start = "consent"; }
  show(start, false);
})();
