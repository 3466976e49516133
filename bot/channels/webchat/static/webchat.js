/* The intranet chat page (served by bot/channels/webchat/channel.py). Plain JavaScript, no libraries.
 *
 * - Every text from the bot or the person goes into the page with textContent or text nodes,
 *   never as HTML; http(s) addresses in the bot's text become links, built element by element.
 * - The token and the conversation are kept in sessionStorage, so a reload within the session
 *   shows the conversation again; "Wis dit gesprek" deletes it here and on the server.
 * - A refused or failed message loses nothing: it goes back into the input field.
 * - Every message has its own random id. When its request fails on the way (no connection, a
 *   timeout, a 502/503/504 from the proxy: a server died while answering), it is sent again with
 *   the same id, twice at most: a message the server had already kept is then answered from the
 *   conversation, not handled twice (bot/channels/replay.py).
 * - The texts come from content/webchat.yml through the JSON in the page (#webchat-teksten).
 * - Screen readers: each new message is added once to the live log (#gesprek-log); a conversation
 *   restored after a reload is put in before the log goes live, so it is not read out again.
 *   Answer buttons live outside the log (#keuzes), so taking them away and giving them back is
 *   not announced either. After an answer button, focus goes back to the input (not on a touch
 *   screen, where that would pop up the keyboard).
 */
(function () {
  "use strict";

  var STORE_KEY = "vp-wegwijzer-webchat";
  var MIN_TYPING_MS = 700; // the typing indicator shows at least this long (no flicker)
  var REQUEST_TIMEOUT_MS = 90000;
  var RETRY_DELAYS_MS = [500, 1500]; // a failed message is sent again after these pauses
  var URL_PATTERN = /https?:\/\/[^\s<>"']+/g;
  var ICS_PATH = /\/webhooks\/afspraak\/ics\/[^/]+$/;

  var T = JSON.parse(document.getElementById("webchat-teksten").textContent);
  var log = document.getElementById("gesprek");
  var liveLog = document.getElementById("gesprek-log");
  var choices = document.getElementById("keuzes");
  var scroller = document.getElementById("midden");
  var typing = document.getElementById("typt");
  var form = document.getElementById("invoer");
  var input = document.getElementById("tekst");
  var wipeButton = document.getElementById("wis");
  var embedded = window.parent !== window;
  var busy = false;
  // The last message whose fate is unknown (its tries all failed on the way): {key, id}. Sent
  // again by the person (the same text or button), it keeps its id, so if a server had kept it
  // after all, it is not kept twice.
  var unsure = null;
  var state = load();

  // --- storage (sessionStorage: gone when the tab closes) ------------------------------------

  function emptyState() {
    return { token: null, expires: 0, items: [] };
  }

  function load() {
    try {
      var raw = window.sessionStorage.getItem(STORE_KEY);
      if (!raw) return emptyState();
      var saved = JSON.parse(raw);
      if (!saved || !Array.isArray(saved.items) || typeof saved.expires !== "number" ||
          saved.expires <= Date.now()) {
        window.sessionStorage.removeItem(STORE_KEY); // the server has forgotten it too
        return emptyState();
      }
      return saved;
    } catch (e) {
      return emptyState();
    }
  }

  function save() {
    try {
      window.sessionStorage.setItem(STORE_KEY, JSON.stringify(state));
    } catch (e) { /* storage off or full: the chat still works, only a reload forgets */ }
  }

  function forgetStored() {
    try {
      window.sessionStorage.removeItem(STORE_KEY);
    } catch (e) { /* nothing stored */ }
  }

  // --- rendering (text only) -----------------------------------------------------------------

  function element(tag, className) {
    var el = document.createElement(tag);
    if (className) el.className = className;
    return el;
  }

  function speaker(label) {
    var span = element("span", "spreker");
    span.appendChild(document.createTextNode(label));
    var colon = element("span", "vh");
    colon.textContent = ":";
    span.appendChild(colon);
    return span;
  }

  function makeLink(raw) {
    var url;
    try {
      url = new URL(raw);
    } catch (e) {
      return null;
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    var a = document.createElement("a");
    a.href = url.href;
    if (ICS_PATH.test(url.pathname)) {
      a.textContent = T.agenda_link; // the calendar file downloads; the chat stays open
      a.setAttribute("download", "");
    } else {
      a.textContent = raw;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
    }
    return a;
  }

  function appendWithLinks(parent, text) {
    var last = 0;
    var match;
    URL_PATTERN.lastIndex = 0;
    while ((match = URL_PATTERN.exec(text)) !== null) {
      var raw = match[0].replace(/[.,;:!?)\]]+$/, "");
      var link = raw ? makeLink(raw) : null;
      if (!link) continue;
      parent.appendChild(document.createTextNode(text.slice(last, match.index)));
      parent.appendChild(link);
      last = match.index + raw.length;
      URL_PATTERN.lastIndex = last;
    }
    parent.appendChild(document.createTextNode(text.slice(last)));
  }

  function scrollDown() {
    scroller.scrollTop = scroller.scrollHeight;
  }

  function renderButtons(item) {
    var group = element("div", "knoppen");
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", T.knoppen_label);
    item.buttons.forEach(function (button) {
      var b = element("button", "knop");
      b.type = "button";
      b.textContent = button.title;
      b.addEventListener("click", function (ev) {
        // Not on a touch screen: focusing the input there pops up the keyboard over the answer.
        sendChoice(button, ev.pointerType !== "touch" && ev.pointerType !== "pen");
      });
      group.appendChild(b);
    });
    choices.appendChild(group);
    return group;
  }

  function renderItem(item) {
    var li = element("li", "bericht bericht-" + item.who);
    var label = item.who === "jij" ? T.jij : item.who === "bot" ? T.bot : T.melding;
    li.appendChild(speaker(label));
    if (item.who === "bot") {
      appendWithLinks(li, item.text || "");
    } else {
      li.appendChild(document.createTextNode(item.text));
    }
    log.appendChild(li);
    if (item.buttons && item.buttons.length) renderButtons(item);
    scrollDown();
    return li;
  }

  function notice(text) {
    // A notice of the page itself (refusal, no connection, wiped); not kept after a reload.
    renderItem({ who: "melding", text: text });
  }

  function showTyping() {
    typing.textContent = "";
    var p = element("p", "bericht bericht-bot typt-bel");
    p.appendChild(speaker(T.bot));
    p.appendChild(document.createTextNode(T.typt));
    var dots = element("span", "puntjes");
    dots.setAttribute("aria-hidden", "true");
    for (var i = 0; i < 3; i++) {
      var dot = element("span");
      dot.textContent = ".";
      dots.appendChild(dot);
    }
    p.appendChild(dots);
    typing.appendChild(p);
    scrollDown();
  }

  function hideTyping() {
    typing.textContent = "";
  }

  // Only the latest answer's buttons can be used; they go when the person answers.
  function takeButtons() {
    var taken = [];
    state.items.forEach(function (item) {
      if (item.buttons) {
        taken.push({ item: item, buttons: item.buttons });
        delete item.buttons;
      }
    });
    choices.textContent = "";
    return taken;
  }

  function giveButtonsBack(taken) {
    taken.forEach(function (t) {
      t.item.buttons = t.buttons;
      renderButtons(t.item);
    });
  }

  function resetConversation() {
    state = emptyState();
    forgetStored();
    log.textContent = "";
    choices.textContent = "";
    hideTyping();
  }

  // --- talking to the server -----------------------------------------------------------------

  function post(path, body, token) {
    var headers = { "Content-Type": "application/json" };
    if (token) headers.Authorization = "Bearer " + token;
    var controller = new AbortController();
    var timer = setTimeout(function () { controller.abort(); }, REQUEST_TIMEOUT_MS);
    return fetch(path, {
      method: "POST",
      headers: headers,
      body: JSON.stringify(body),
      credentials: "omit",
      cache: "no-store",
      signal: controller.signal
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        return { status: response.status, data: data || {} };
      });
    }).finally(function () {
      clearTimeout(timer);
    });
  }

  function keepToken(data) {
    state.token = data.token;
    state.expires = Date.now() + Number(data.geldig_seconden || 0) * 1000;
  }

  function messageId() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes); // also on plain http, unlike crypto.randomUUID
    return Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
  }

  function retryable(res) {
    return res.status === 502 || res.status === 503 || res.status === 504;
  }

  // Posts a message; on a failure on the way, again with the same id (see the top of this file).
  function postMessage(body, attempt) {
    return post("message", body, state.token).then(function (res) {
      if (retryable(res) && attempt < RETRY_DELAYS_MS.length) return later(attempt, body);
      return res;
    }, function (error) {
      if (attempt < RETRY_DELAYS_MS.length) return later(attempt, body);
      throw error;
    });
  }

  function later(attempt, body) {
    return new Promise(function (resolve) { setTimeout(resolve, RETRY_DELAYS_MS[attempt]); })
      .then(function () { return postMessage(body, attempt + 1); });
  }

  function ensureSession() {
    if (state.token) return Promise.resolve(); // the server decides whether it is still valid
    return post("session", {}, null).then(function (res) {
      if (res.status !== 200 || !res.data.token) {
        var error = new Error("no session");
        error.response = res;
        throw error;
      }
      keepToken(res.data);
      save();
    });
  }

  function atLeast(started) {
    var wait = MIN_TYPING_MS - (Date.now() - started);
    return new Promise(function (resolve) { setTimeout(resolve, Math.max(0, wait)); });
  }

  function restoreInput(typed) {
    if (typed && !input.value) input.value = typed;
  }

  function send(body, shown, typed) {
    busy = true;
    var taken = takeButtons();
    var mine = { who: "jij", text: shown };
    state.items.push(mine);
    var mineElement = renderItem(mine);
    save();
    showTyping();
    var started = Date.now();

    function undo() {
      // Refused, or not delivered (then it may still have been kept, see `unsure`): take it back.
      state.items.splice(state.items.indexOf(mine), 1);
      mineElement.remove();
      giveButtonsBack(taken);
      save();
      restoreInput(typed);
    }

    var key = JSON.stringify([body.text, body.payload]);
    body.id = unsure && unsure.key === key ? unsure.id : messageId();
    unsure = null;
    return ensureSession().then(function () {
      return postMessage(body, 0);
    }).then(function (res) {
      return atLeast(started).then(function () { return res; });
    }).then(function (res) {
      hideTyping();
      if (res.status === 200 && Array.isArray(res.data.messages)) {
        keepToken(res.data);
        res.data.messages.forEach(function (m) {
          var item = { who: "bot", text: typeof m.text === "string" ? m.text : "" };
          if (Array.isArray(m.buttons) && m.buttons.length) item.buttons = m.buttons;
          state.items.push(item);
          renderItem(item);
        });
        save();
      } else if (res.status === 401) {
        // The server no longer knows this conversation (expired or wiped): start afresh.
        resetConversation();
        restoreInput(typed);
        notice(res.data.tekst || T.verlopen);
      } else {
        if (retryable(res)) unsure = { key: key, id: body.id };
        undo();
        notice(res.data.tekst || T.fout);
      }
    }).catch(function (error) {
      hideTyping();
      unsure = { key: key, id: body.id };
      undo();
      var res = error && error.response;
      notice(res && res.data && res.data.tekst ? res.data.tekst : T.geen_verbinding);
    }).then(function () {
      busy = false;
    });
  }

  function sendTyped() {
    if (busy) return;
    var text = input.value;
    if (!text.trim()) {
      notice(T.leeg);
      return;
    }
    if (Array.from(text).length > T.max_tekens) {
      notice(T.te_lang); // the text stays in the field
      return;
    }
    input.value = "";
    send({ text: text }, text, text);
  }

  function sendChoice(button, focusInput) {
    if (busy) return;
    send({ payload: button.payload }, button.title, null);
    if (focusInput) input.focus(); // the pressed button is gone; focus goes on in the chat
  }

  function wipe() {
    if (!window.confirm(T.wis_vraag)) return;
    var token = state.token;
    resetConversation();
    var done = token ? post("wipe", {}, token) : Promise.resolve({ status: 200 });
    done.then(function (res) {
      // 401: the server had already forgotten it (expired or wiped before).
      notice(res.status === 200 || res.status === 401 ? T.gewist : T.wissen_mislukt);
    }).catch(function () {
      notice(T.wissen_mislukt);
    }).then(function () {
      input.focus();
    });
  }

  // --- wiring --------------------------------------------------------------------------------

  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    sendTyped();
  });

  input.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && !ev.shiftKey && !ev.isComposing) {
      ev.preventDefault();
      sendTyped();
    }
  });

  wipeButton.addEventListener("click", wipe);

  if (embedded) {
    document.documentElement.classList.add("ingebed");
    // Escape closes the widget's panel; the message says nothing but that.
    document.addEventListener("keydown", function (ev) {
      if (ev.key === "Escape") window.parent.postMessage({ type: "vp-wegwijzer:sluiten" }, "*");
    });
    window.addEventListener("focus", function () {
      if (document.activeElement === document.body) input.focus();
    });
  }

  state.items.forEach(renderItem);
  liveLog.setAttribute("aria-live", "polite"); // from now on, new messages are announced
  if (embedded) input.focus();
})();
