// Gongbao: the search page, with Pagefind's modular interface (https://pagefind.app): a query in
// ?q= is run at once. A big site's index comes in several bundles (pagefind/ and those listed in
// pagefind/shards.json); they are merged into one list of results, shown a page at a time (the
// page's size in data-page) with a button for more: each result shown fetches its fragment, so
// results are fetched only when asked for. Results are built from text nodes; only Pagefind's
// excerpt is inserted as HTML: Pagefind escapes the page's < and > in it and adds nothing but
// <mark> around the words found.
(function () {
  "use strict";
  function bundleBase() {
    var script = document.querySelector('script[src$="pagefind/pagefind-modular-ui.js"]');
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
  function element(tag, cls, text) {
    var el = document.createElement(tag);
    if (cls) el.className = cls;
    if (text) el.textContent = text;
    return el;
  }
  function result(data) {
    var item = element("li", "gb-search-result");
    var title = element("p", "gb-search-result-title");
    var link = element("a", "gb-search-result-link", (data.meta && data.meta.title) || data.url);
    link.href = data.url;
    title.appendChild(link);
    item.appendChild(title);
    var excerpt = element("p", "gb-search-result-excerpt");
    excerpt.innerHTML = data.excerpt;
    item.appendChild(excerpt);
    var subs = (data.sub_results || []).filter(function (s) { return s.url !== data.url; }).slice(0, 3);
    if (subs.length) {
      var list = element("ul", "gb-search-sub-results");
      subs.forEach(function (s) {
        var li = element("li");
        var a = element("a", "gb-search-result-link", s.title);
        a.href = s.url;
        li.appendChild(a);
        list.appendChild(li);
      });
      item.appendChild(list);
    }
    return item;
  }
  function say(template, n, term) {
    return template.replace("{n}", String(n)).replace("{term}", term);
  }
  function start() {
    var root = document.getElementById("search");
    if (!root || typeof PagefindModularUI === "undefined") return;
    var summary = root.querySelector(".gb-search-summary");
    var input = root.querySelector("#gb-search-input");
    var list = root.querySelector(".gb-search-results");
    var more = root.querySelector(".gb-search-more");
    var size = parseInt(root.dataset.page, 10) || 5;
    var term = "";
    var waiting = [];  // the results not shown yet, best first
    var search = 0;  // which search the results shown belong to
    function clear() {
      search += 1;
      waiting = [];
      list.textContent = "";
      more.hidden = true;
    }
    function showMore() {
      var mine = search;
      var next = waiting.splice(0, size);
      more.hidden = true;
      return Promise.all(next.map(function (found) { return found.data(); })).then(function (pages) {
        if (mine !== search) return;  // a newer search started meanwhile
        pages.forEach(function (data) { list.appendChild(result(data)); });
        more.hidden = waiting.length === 0;
      }, function () {
        if (mine !== search) return;
        waiting = next.concat(waiting);  // a fragment did not come: the button tries again
        more.hidden = false;
      });
    }
    more.addEventListener("click", showMore);
    shards(bundleBase()).then(function (merged) {
      var instance = new PagefindModularUI.Instance({ mergeIndex: merged });
      instance.add(new PagefindModularUI.Input({ inputElement: "#gb-search-input" }));
      instance.on("search", function (t) { term = t; });
      instance.on("loading", function () {
        clear();
        summary.textContent = term ? say(root.dataset.searching, 0, term) : "";
      });
      instance.on("results", function (found) {
        clear();
        var n = found && found.results ? found.results.length : 0;
        summary.textContent = term ? say(n === 1 ? root.dataset.resultOne : root.dataset.results, n, term) : "";
        waiting = n ? found.results.slice() : [];
        showMore();
      });
      root.querySelector("form").addEventListener("submit", function (event) {
        event.preventDefault();
        instance.triggerSearch(input.value);
      });
      var q = new URLSearchParams(window.location.search).get("q");
      if (q) {
        input.value = q;
        instance.triggerSearch(q);
      }
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();
