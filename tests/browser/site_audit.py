"""Measurements of a built site in Chromium, shared by the browser tests and benchmarks/accessibility.py.

- accessibility: axe-core (pinned in package.json, injected from node_modules: nothing
  comes from the network) with the WCAG 2.1 A and AA rules and axe's best practices,
  on one page at a time;
- weight: the bytes a page loads (HTML, scripts, styles, figures), from the files of the
  built site that the page actually requested;
- time to interactive: the end of the last long task (50 ms or more on the main thread)
  after the page started loading, or DOMContentLoaded when that comes later.
"""
from __future__ import annotations

import contextlib
import functools
import http.server
import re
import statistics
import threading
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
# WCAG 2.1 levels A and AA, and axe's best practices (the search dialog's name, unique landmarks):
RULE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
BLOCKING = ("critical", "serious")  # the impacts that fail the tests; "moderate" and "minor" are printed
IMPACTS = ("critical", "serious", "moderate", "minor")
SCHEMES = {"light": "default", "dark": "slate"}  # prefers-color-scheme -> the palette mkdocs-material picks


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@contextlib.contextmanager
def served(folder: Path, port: int = 0):
    """Serve a built site on 127.0.0.1; yields its base URL."""
    handler = functools.partial(QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def site_url_of(folder: Path) -> str | None:
    """The site_url a built site was made for (instant navigation works only on that origin)."""
    sitemap = folder / "sitemap.xml"
    found = re.search(r"<loc>(https?://[^/<]+/)", sitemap.read_text(encoding="utf-8")) if sitemap.is_file() else None
    return found[1] if found else None


def page_paths(site: Path) -> list[str]:
    """'' for the home page, 'layers/linear/' for the others; 404.html is not a page."""
    return sorted((p.relative_to(site).parent.as_posix() + "/").replace("./", "")
                  for p in site.rglob("index.html"))


# --- accessibility --------------------------------------------------------------------------------

AXE_RUN = """tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})
  .then(result => result.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map(n => ({target: n.target.join(' '), html: n.html.slice(0, 160),
                               summary: (n.failureSummary || '').split('\\n').slice(1, 2).join('').trim()}))})))"""


def axe_violations(page) -> list[dict]:
    """The WCAG 2.1 AA violations axe-core finds on the page as it is now."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    return page.evaluate(AXE_RUN, RULE_TAGS)


class AxeTally:
    """Violations of many pages: elements and pages per (rule, impact)."""

    def __init__(self):
        self.elements = Counter()
        self.pages = defaultdict(set)
        self.blocking = []  # "page (palette): rule (impact): element -- why" for serious and critical ones

    def add(self, where: str, violations: list[dict]):
        for violation in violations:
            key = (violation["id"], violation["impact"])
            self.elements[key] += len(violation["nodes"])
            self.pages[key].add(where.split(" (")[0])
            if violation["impact"] in BLOCKING:
                for node in violation["nodes"]:
                    self.blocking.append(f"{where}: {violation['id']} ({violation['impact']}): "
                                         f"{node['target']} -- {node['summary'] or violation['help']}")

    def merge(self, other: "AxeTally"):
        self.elements.update(other.elements)
        for key, pages in other.pages.items():
            self.pages[key] |= pages
        self.blocking += other.blocking

    def table(self) -> str:
        rows = sorted(self.elements, key=lambda key: (IMPACTS.index(key[1]), key[0]))
        lines = [f"  {impact:<9} {rule:<30} {self.elements[rule, impact]:>6} elements on "
                 f"{len(self.pages[rule, impact])} pages" for rule, impact in rows]
        return "\n".join(lines) or "  none"

    def count(self, impacts) -> int:
        return sum(n for (rule, impact), n in self.elements.items() if impact in impacts)


# --- weight ---------------------------------------------------------------------------------------

class Weighed:
    """Records the site files a page requests: call .page_bytes() after it has loaded."""

    def __init__(self, page, site: Path, base_url: str):
        self.site, self.base_url, self.requested = site, base_url, set()
        page.on("request", self._seen)

    def _seen(self, request):
        if request.url.startswith(self.base_url):
            path = unquote(urlsplit(request.url).path).lstrip("/")
            file = self.site / path
            self.requested.add(file / "index.html" if file.is_dir() or not path else file)

    def reset(self):
        self.requested = set()

    def page_bytes(self) -> dict[Path, int]:
        return {file: file.stat().st_size for file in self.requested if file.is_file()}


def scroll_through(page, wait_ms: int = 15_000):
    """Open every collapsed block, scroll to the bottom in screen-sized steps, so that every lazy
    image loads, wait for the images (at most wait_ms), then scroll back to the top."""
    page.evaluate("""async wait => {
      for (const details of document.querySelectorAll('article details:not([open])')) details.open = true;
      for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
        window.scrollTo(0, y);
        await new Promise(r => requestAnimationFrame(() => setTimeout(r, 20)));
      }
      const images = [...document.querySelectorAll('article img')].filter(i => !i.complete);
      const loaded = Promise.all(images.map(i => new Promise(r => {
        i.addEventListener('load', r); i.addEventListener('error', r); })));
      await Promise.race([loaded, new Promise(r => setTimeout(r, wait))]);
      window.scrollTo(0, 0);
    }""", wait_ms)


# --- time to interactive --------------------------------------------------------------------------

LONG_TASKS = """
window.__longTasks = [];
new PerformanceObserver(list => { for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]); })
  .observe({type: 'longtask', buffered: true});
"""
TTI = """() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const ends = window.__longTasks.map(([start, duration]) => start + duration);
  return {tti: Math.max(nav.domContentLoadedEventEnd, ...ends), longTasks: window.__longTasks.length,
          blocking: window.__longTasks.reduce((sum, [s, d]) => sum + Math.max(0, d - 50), 0),
          elements: document.getElementsByTagName('*').length};
}"""


def time_to_interactive(browser, url: str, runs: int = 3) -> dict:
    """Median over fresh contexts (cold cache each time) of the load-to-quiet time of one page, in ms."""
    measured = []
    for _ in range(runs):
        context = browser.new_context()
        context.add_init_script(LONG_TASKS)
        page = context.new_page()
        page.goto(url, wait_until="networkidle")
        page.wait_for_timeout(500)  # long tasks that come after the network went quiet
        measured.append(page.evaluate(TTI))
        context.close()
    return {key: statistics.median(m[key] for m in measured) for key in measured[0]}
