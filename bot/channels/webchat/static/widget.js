/* The VP-wegwijzer widget. One line on any intranet page:
 *
 *   <script src="https://<bot address>/webhooks/webchat/widget.js" defer></script>
 *
 * adds a button that opens the chat in a panel: a frame of the chat page, loaded only when the
 * button is first used (no session, nothing stored before that). The intranet page's origin
 * must be in BOT_WEBCHAT_ORIGINS, else the bot refuses to be shown in the frame.
 * Styles are set through the DOM (no stylesheet, no <style> element), so a strict Content
 * Security Policy on the intranet page only has to allow this script and the frame.
 * The texts (content/webchat.yml) are filled in by the server below.
 */
(function (T) {
  "use strict";

  var script = document.currentScript;
  if (!script || !T || window.__vpWegwijzerWidget) return;
  window.__vpWegwijzerWidget = true;

  var pageUrl = new URL("./", script.src).href;
  var botOrigin = new URL(pageUrl).origin;
  var PANEL_ID = "vp-wegwijzer-paneel";
  var FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', Arial, sans-serif";
  var BLUE = "#0b5394";
  var frame = null;
  var open = false;

  function style(el, rules) {
    Object.keys(rules).forEach(function (name) { el.style.setProperty(name, rules[name]); });
    return el;
  }

  function small() {
    return window.matchMedia("(max-width: 480px)").matches;
  }

  var launcher = style(document.createElement("button"), {
    position: "fixed", right: "16px", bottom: "16px", "z-index": "2147483000",
    "min-height": "48px", padding: "10px 18px", margin: "0",
    font: "600 16px/1.3 " + FONT, color: "#ffffff", background: BLUE,
    border: "2px solid #ffffff", "border-radius": "24px",
    "box-shadow": "0 2px 8px rgba(0, 0, 0, 0.35)", cursor: "pointer"
  });
  launcher.type = "button";
  launcher.textContent = T.openen;
  launcher.setAttribute("aria-expanded", "false");
  launcher.setAttribute("aria-controls", PANEL_ID);
  launcher.setAttribute("data-vp-wegwijzer", "openen");

  var panel = style(document.createElement("div"), {
    display: "none", "flex-direction": "column", position: "fixed", "z-index": "2147483001",
    background: "#ffffff", border: "1px solid #5b6670", "border-radius": "12px", overflow: "hidden",
    "box-shadow": "0 4px 24px rgba(0, 0, 0, 0.35)"
  });
  panel.id = PANEL_ID;
  panel.setAttribute("role", "region");
  panel.setAttribute("aria-label", T.venster_titel);

  var bar = style(document.createElement("div"), {
    display: "flex", "justify-content": "flex-end", "align-items": "center",
    padding: "4px 8px", background: BLUE
  });
  var closer = style(document.createElement("button"), {
    "min-height": "44px", padding: "6px 14px", margin: "0", font: "600 16px/1.3 " + FONT,
    color: "#094377", background: "#ffffff", border: "2px solid #ffffff", "border-radius": "8px",
    cursor: "pointer"
  });
  closer.type = "button";
  closer.textContent = T.sluiten;
  closer.setAttribute("data-vp-wegwijzer", "sluiten");
  bar.appendChild(closer);
  panel.appendChild(bar);

  function place() {
    if (small()) { // a phone: the chat fills the screen
      style(panel, { top: "0", left: "0", right: "0", bottom: "0", width: "auto", height: "auto",
                     "border-radius": "0" });
    } else {
      style(panel, { top: "auto", left: "auto", right: "16px", bottom: "80px",
                     width: "min(400px, calc(100vw - 32px))", height: "min(640px, calc(100vh - 100px))",
                     "border-radius": "12px" });
    }
  }

  function show() {
    if (!frame) {
      frame = style(document.createElement("iframe"), {
        flex: "1 1 auto", width: "100%", border: "0", display: "block"
      });
      frame.title = T.venster_titel;
      frame.src = pageUrl;
      frame.setAttribute("referrerpolicy", "no-referrer");
      panel.appendChild(frame);
    }
    place();
    panel.style.setProperty("display", "flex");
    launcher.setAttribute("aria-expanded", "true");
    if (small()) launcher.style.setProperty("display", "none");
    open = true;
    frame.focus();
  }

  function hide() {
    panel.style.setProperty("display", "none");
    launcher.style.setProperty("display", "block");
    launcher.setAttribute("aria-expanded", "false");
    open = false;
    launcher.focus();
  }

  launcher.addEventListener("click", function () {
    if (open) hide(); else show();
  });
  closer.addEventListener("click", hide);
  document.addEventListener("keydown", function (ev) {
    if (open && ev.key === "Escape") hide();
  });
  window.addEventListener("message", function (ev) {
    // Only the chat frame may close the panel (Escape pressed inside it).
    if (open && frame && ev.source === frame.contentWindow && ev.origin === botOrigin &&
        ev.data && ev.data.type === "vp-wegwijzer:sluiten") {
      hide();
    }
  });
  window.addEventListener("resize", function () {
    if (open) place();
  });

  function attach() {
    document.body.appendChild(panel);
    document.body.appendChild(launcher);
  }
  if (document.body) attach(); else document.addEventListener("DOMContentLoaded", attach);
})(/*TEKSTEN*/null);
