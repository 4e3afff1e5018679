// The day the Council's review pack is printed, in the page's top right corner (thidua.css, @page): CSS alone
// cannot know it. Loaded by the review pack pages only.
(function () {
  var d = new Date();
  var two = function (n) { return (n < 10 ? "0" : "") + n; };
  var said = "In ngày " + two(d.getDate()) + "/" + two(d.getMonth() + 1) + "/" + d.getFullYear();
  document.documentElement.style.setProperty("--tt-print-date", JSON.stringify(said));
})();
