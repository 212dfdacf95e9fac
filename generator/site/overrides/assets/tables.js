// Gongbao: sort and filter tables marked data-sortable. The tables read fine without this script.
(function () {
  "use strict";
  function cellValue(row, index, numeric) {
    var text = row.cells[index] ? row.cells[index].textContent.trim() : "";
    if (numeric) { var n = parseFloat(text); return isNaN(n) ? -Infinity : n; }
    return text;
  }
  function sortBy(table, index, th) {
    var body = table.tBodies[0]; if (!body) return;
    var numeric = /integer|number/.test(th.getAttribute("data-type") || "");
    var ascending = th.getAttribute("aria-sort") !== "ascending";
    Array.prototype.forEach.call(th.parentNode.children, function (x) { x.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = cellValue(a, index, numeric), y = cellValue(b, index, numeric);
      var c = numeric ? x - y : String(x).localeCompare(String(y), "zh");
      return ascending ? c : -c;
    });
    rows.forEach(function (r) { body.appendChild(r); });
  }
  function setup() {
    document.querySelectorAll("table[data-sortable]").forEach(function (table) {
      var head = table.tHead; if (!head) return;
      Array.prototype.forEach.call(head.rows[0].cells, function (th, index) {
        th.setAttribute("tabindex", "0");
        th.setAttribute("aria-sort", "none");
        th.addEventListener("click", function () { sortBy(table, index, th); });
        th.addEventListener("keydown", function (ev) { if (ev.key === "Enter") sortBy(table, index, th); });
      });
    });
    document.querySelectorAll("input.gb-filter").forEach(function (input) {
      var tools = input.closest(".gb-table-tools"); if (tools) tools.hidden = false;
      var table = document.getElementById(input.getAttribute("data-table")); if (!table) return;
      input.addEventListener("input", function () {
        var q = input.value.trim();
        Array.prototype.forEach.call(table.tBodies[0].rows, function (r) {
          r.hidden = q !== "" && r.textContent.indexOf(q) === -1;
        });
      });
    });
  }
  if (typeof document$ !== "undefined") { document$.subscribe(setup); } else { document.addEventListener("DOMContentLoaded", setup); }
})();
