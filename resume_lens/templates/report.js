(function () {
  "use strict";
  var table = document.getElementById("results");
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var verdict = document.getElementById("verdict-filter");
  var search = document.getElementById("search");
  var shown = document.getElementById("shown");

  function apply() {
    var want = verdict.value;
    var words = search.value.toLowerCase().trim();
    var count = 0;
    rows.forEach(function (row) {
      var ok = (want === "all" || row.getAttribute("data-verdict") === want) &&
        (words === "" || row.textContent.toLowerCase().indexOf(words) !== -1);
      row.classList.toggle("hidden", !ok);
      if (ok) { count += 1; }
    });
    shown.textContent = String(count);
  }

  function sortBy(th) {
    var key = th.getAttribute("data-key");
    var numeric = th.getAttribute("data-type") === "number";
    var ascending = th.getAttribute("aria-sort") !== "ascending";
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell) { cell.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    rows.sort(function (a, b) {
      var x = a.getAttribute("data-" + key), y = b.getAttribute("data-" + key);
      var c = numeric ? parseFloat(x) - parseFloat(y) : x.localeCompare(y);
      if (c === 0) { c = parseInt(a.getAttribute("data-index"), 10) - parseInt(b.getAttribute("data-index"), 10); }
      return ascending ? c : -c;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }

  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
    var button = th.querySelector("button");
    if (button) { button.addEventListener("click", function () { sortBy(th); }); }
  });
  verdict.addEventListener("change", apply);
  search.addEventListener("input", apply);

  function openTarget() {
    var id = window.location.hash.slice(1);
    var target = id ? document.getElementById(id) : null;
    if (target && target.tagName === "DETAILS") { target.open = true; }
  }
  window.addEventListener("hashchange", openTarget);
  openTarget();
  apply();
}());
