// zh-extract review page: value tooltip, type filter, claim -> sentence, row -> mark.
// Plain DOM, no library, no network: the page must work from a file: URL.
(function () {
  "use strict";
  var tip = document.getElementById("tip");
  function show(mark) {
    tip.textContent = "";
    var b = document.createElement("b");
    b.textContent = mark.dataset.type + " ";
    tip.appendChild(b);
    tip.appendChild(document.createTextNode(mark.dataset.value));
    var r = mark.getBoundingClientRect();
    tip.style.left = (window.scrollX + r.left) + "px";
    tip.style.top = (window.scrollY + r.bottom + 4) + "px";
    tip.style.display = "block";
  }
  function hide() { tip.style.display = "none"; }
  function markOf(node) {
    var m = node.closest && node.closest("mark[data-value]");
    return m && !document.body.classList.contains("hide-" + m.dataset.type) ? m : null;
  }
  document.addEventListener("mouseover", function (e) {
    var m = markOf(e.target); if (m) { show(m); } else { hide(); }
  });
  document.addEventListener("focusin", function (e) { var m = markOf(e.target); if (m) { show(m); } });
  document.addEventListener("focusout", hide);

  document.querySelectorAll("input.filter").forEach(function (box) {
    box.addEventListener("change", function () {
      document.body.classList.toggle("hide-" + box.value, !box.checked);
    });
  });

  function flash(selector, cls) {
    document.querySelectorAll("." + cls).forEach(function (el) { el.classList.remove(cls); });
    var els = document.querySelectorAll(selector);
    els.forEach(function (el) { el.classList.add(cls); });
    if (els.length) { els[0].scrollIntoView({ block: "center" }); }
    return els.length;
  }
  document.querySelectorAll("tr.claim").forEach(function (row) {
    row.addEventListener("click", function () {
      document.querySelectorAll("tr.claim.selected").forEach(function (r) { r.classList.remove("selected"); });
      row.classList.add("selected");
      flash('.sent[data-s="' + row.dataset.s + '"]', "marked");
    });
    row.addEventListener("keydown", function (e) {
      if (e.key === "Enter" || e.key === " ") { e.preventDefault(); row.click(); }
    });
  });
  document.querySelectorAll("tr.mention").forEach(function (row) {
    row.addEventListener("click", function () { flash('mark[data-i="' + row.dataset.i + '"]', "current"); });
  });
})();
