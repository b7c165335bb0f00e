// The language switch leads to the same page (and section) in the other language.
//
// The i18n plugin writes each page's switch links for that page, but instant navigation
// swaps only the page's content and keeps the header, switch included: without this,
// the links would still point at the page first loaded. English pages live at PATH,
// their Chinese editions at zh/PATH. A switch of language loads the whole page, so that
// the header, the search and the html lang attribute are those of the new language.
(function () {
  var links = document.querySelectorAll(".md-select__link[hreflang]");
  var english = document.querySelector('.md-select__link[hreflang="en"]');
  var chinese = document.querySelector('.md-select__link[hreflang="zh"]');
  if (!english || !chinese) return;

  // The site's root: the longest path that both links share, before "zh/".
  var enPath = new URL(english.href).pathname;
  var zhPath = new URL(chinese.href).pathname;
  var root = null;
  for (var i = enPath.length; i >= 0 && root === null; i--) {
    if (enPath.charAt(i - 1) === "/" || i === 0) {
      var candidate = enPath.slice(0, i);
      if (zhPath === candidate + "zh/" + enPath.slice(i)) root = candidate;
    }
  }
  if (root === null) return;

  function follow() {
    var path = location.pathname;
    var rest = path.indexOf(root + "zh/") === 0 ? path.slice(root.length + 3) : path.slice(root.length);
    english.href = root + rest + location.hash;
    chinese.href = root + "zh/" + rest + location.hash;
  }

  links.forEach(function (link) {
    // Instant navigation leaves links with a target alone: the other language's page loads in full.
    link.target = "_self";
  });
  if (window.document$) window.document$.subscribe(follow);
  window.addEventListener("hashchange", follow);
  follow();
})();
