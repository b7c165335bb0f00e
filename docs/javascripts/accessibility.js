// Accessibility fixes to what mkdocs-material builds, on the first page and after every instant
// navigation (document$ emits for both; katex-render.js, loaded before this file, has rendered
// the math by then). The browser tests check the result with axe-core (tests/browser/).
document$.subscribe(() => {
  // The search dialog gets a name (axe: aria-dialog-name).
  const search = document.querySelector(".md-search[role='dialog']");
  if (search && !search.hasAttribute("aria-label")) search.setAttribute("aria-label", "Search");

  // Material puts each code block's copy button in a <nav>: dozens of unnamed navigation
  // landmarks on a page (axe: landmark-unique). A copy button is not navigation.
  for (const nav of document.querySelectorAll("nav.md-code__nav:not([role])")) nav.setAttribute("role", "none");

  // A section of the table of contents is a navigation landmark named after its heading, which
  // can be the name of a section of the site's navigation ("Training"): say it is this page's.
  for (const nav of document.querySelectorAll(".md-nav--secondary nav.md-nav[aria-label]:not([data-renamed])")) {
    nav.setAttribute("aria-label", `${nav.getAttribute("aria-label")} (on this page)`);
    nav.dataset.renamed = "";
  }
  focusableWhenScrolling();
});

// Display math and tables wider than the column scroll by themselves (tables in Material's
// scroll wrapper, math per stylesheets/accessibility.css): a region that scrolls must be
// reachable with the keyboard, to scroll it with the arrow keys (axe: scrollable-region-focusable).
// Checked again when the window changes size and when fonts arrive: KaTeX's fonts load after
// the math is laid out in a fallback font, and make a formula wider (on a busy machine, after
// the first check).
const SCROLLING = ".md-typeset .katex-display, .md-typeset .md-typeset__scrollwrap";
function focusableWhenScrolling() {
  for (const region of document.querySelectorAll(SCROLLING)) {
    if (region.scrollWidth > region.clientWidth) region.setAttribute("tabindex", "0");
    else region.removeAttribute("tabindex");
  }
}
let pending;
function checkSoon() {
  clearTimeout(pending);
  pending = setTimeout(focusableWhenScrolling, 100);
}
window.addEventListener("resize", checkSoon);
document.fonts.addEventListener("loadingdone", focusableWhenScrolling);
document.fonts.ready.then(focusableWhenScrolling);
