// Gongbao: the search page, with Pagefind (https://pagefind.app): a query in ?q= is run at once.
// A big site's index comes in several bundles (pagefind/ and those listed in
// pagefind/shards.json); they are merged into one list of results.
(function () {
  "use strict";
  function bundleBase() {
    var script = document.querySelector('script[src$="pagefind/pagefind-ui.js"]');
    return script ? new URL(".", script.src).pathname : null;
  }
  function shards(base) {
    if (!base || !window.fetch) return Promise.resolve([]);
    return fetch(base + "shards.json")
      .then(function (r) { return r.ok ? r.json() : { bundles: [] }; })
      .then(function (data) {
        return (data.bundles || []).map(function (folder) { return { bundlePath: base + folder }; });
      })
      .catch(function () { return []; });
  }
  function start() {
    if (typeof PagefindUI === "undefined") return;
    shards(bundleBase()).then(function (merged) {
      var ui = new PagefindUI({ element: "#search", showSubResults: true, showImages: false,
                                mergeIndex: merged });
      var q = new URLSearchParams(window.location.search).get("q");
      if (q) ui.triggerSearch(q);
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();
