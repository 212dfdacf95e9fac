// Gongbao: the search page, with Pagefind (https://pagefind.app): a query in ?q= is run at once.
(function () {
  "use strict";
  function start() {
    if (typeof PagefindUI === "undefined") return;
    var ui = new PagefindUI({ element: "#search", showSubResults: true, showImages: false });
    var q = new URLSearchParams(window.location.search).get("q");
    if (q) ui.triggerSearch(q);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();
