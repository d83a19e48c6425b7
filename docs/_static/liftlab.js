/* The course website's own script (no dependencies, served from _static/).
 *
 * 1. JupyterHub links: each chapter's "Open on your JupyterHub" link carries the nbgitpuller
 *    part of the URL (data-hub-query). When the site was built without LIFTLAB_HUB_URL, a
 *    reader types their hub's address once; it is kept in this browser (localStorage) and
 *    completes every hub link of the site.
 * 2. Stored calculators: the HTML manager draws each figure as an <img> without alt text;
 *    give it the figure's visible caption ("Figure: ...") as alt.
 */
(function () {
  "use strict";
  var KEY = "liftlab-hub-url";

  function normalise(url) {
    url = (url || "").trim().replace(/\/+$/, "");
    if (url && !/^https?:\/\//.test(url)) url = "https://" + url;
    return url;
  }

  function savedHub() {
    try { return normalise(window.localStorage.getItem(KEY)); } catch (e) { return ""; }
  }

  function applyHub(hub) {
    document.querySelectorAll("a.liftlab-launch-hub").forEach(function (a) {
      if (a.dataset.hubConfigured === "true" && !hub) return;
      if (hub) {
        a.href = hub + a.dataset.hubQuery;
        a.textContent = "Open on " + hub.replace(/^https?:\/\//, "");
      }
    });
  }

  function addForm() {
    var links = document.querySelector(".liftlab-launch .liftlab-launch-links");
    if (!links) return;
    var form = document.createElement("form");
    form.className = "liftlab-hub-form";
    form.innerHTML =
      '<label>Your JupyterHub: <input type="text" inputmode="url" name="hub" ' +
      'placeholder="https://hub.example.edu" autocomplete="url"></label>' +
      '<button type="submit">Use this hub</button>';
    var input = form.querySelector("input");
    input.value = savedHub();
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var hub = normalise(input.value);
      try {
        if (hub) window.localStorage.setItem(KEY, hub); else window.localStorage.removeItem(KEY);
      } catch (e) { /* private mode: the links still change on this page */ }
      applyHub(hub);
    });
    links.parentNode.insertBefore(form, links.nextSibling);
  }

  function describeWidgetImages(root) {
    (root.querySelectorAll ? root : document).querySelectorAll(".liftlab-figure").forEach(function (box) {
      var caption = box.querySelector(".liftlab-caption");
      if (!caption) return;
      var text = caption.textContent.replace(/^\s*Figure:\s*/, "").trim();
      box.querySelectorAll("img").forEach(function (img) {
        if (!img.getAttribute("alt")) img.setAttribute("alt", text);
      });
    });
  }

  function start() {
    addForm();
    applyHub(savedHub());
    describeWidgetImages(document);
    new MutationObserver(function () { describeWidgetImages(document); })
      .observe(document.body, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
