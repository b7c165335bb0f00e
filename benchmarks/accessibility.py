"""Accessibility and weight of a built site, measured in Chromium: what the browser tests check, as numbers.

    SNIPPETS_MODE=off SITE_URL=http://127.0.0.1:8765/ .venv/bin/mkdocs build -d /tmp/a11y-site
    .venv/bin/python benchmarks/accessibility.py /tmp/a11y-site

Serves the folder on 127.0.0.1 (on the port of the site_url it was built for) and prints:
axe-core's violations of WCAG 2.1 A/AA and of its best practices per rule and impact (elements, pages) in the light
and the dark palette, the serious and critical ones element by element (--all), the
five heaviest pages (HTML, scripts, styles, fonts, figures: every file the page
requested after scrolling to its end, but the search index, printed apart) and figures, and the time to interactive of the torch.nn
reference page against the five-levels page (median of three cold loads each).
A site built with SNIPPETS_MODE=off has no outputs and no figures: build one with
outputs (from the cache) to measure figures and the reference page's tables.
"""
import argparse
import shutil
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "browser"))
from site_audit import (BLOCKING, SCHEMES, AxeTally, Weighed, axe_violations, page_paths, scroll_through,  # noqa: E402
                        served, site_url_of, time_to_interactive)

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SEARCH_INDEX = "search/search_index.json"  # fetched by the search worker once per visit: shown apart
INDEXES = {SEARCH_INDEX, "zh/search/search_index.json"}  # one per language
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", "--force-effective-connection-type=4G"]  # see the tests


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path, help="a built site folder (mkdocs build -d FOLDER)")
    parser.add_argument("--all", action="store_true", help="list every serious and critical element")
    parser.add_argument("--pages", nargs="*", help="only these pages (e.g. '' five-levels/)")
    args = parser.parse_args()
    site = args.site.resolve()
    url = site_url_of(site)
    port = urlsplit(url).port if url and urlsplit(url).hostname == "127.0.0.1" else 0
    paths = page_paths(site) if args.pages is None else args.pages
    with served(site, port or 0) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        weights, figures = {}, {}
        for scheme, palette in SCHEMES.items():
            tally, started = AxeTally(), time.perf_counter()
            context = browser.new_context(color_scheme=scheme)
            page = context.new_page()
            weighed = Weighed(page, site, base)
            for path in paths:
                weighed.reset()
                page.goto(base + path, wait_until="networkidle")
                shown = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
                assert shown == palette, f"{path}: palette {shown}, expected {palette}"
                tally.add(f"/{path} ({scheme})", axe_violations(page))
                if scheme == "light":
                    scroll_through(page)
                    files = weighed.page_bytes()
                    weights[path] = sum(n for f, n in files.items() if f.relative_to(site).as_posix() not in INDEXES)
                    figures.update({f: n for f, n in files.items() if f.suffix == ".png"})
            context.close()
            print(f"axe-core, WCAG 2.1 A/AA and best practices, {scheme} palette, {len(paths)} pages "
                  f"({time.perf_counter() - started:.0f} s): {tally.count(BLOCKING)} serious or critical elements")
            print(tally.table(), flush=True)
            if args.all and tally.blocking:
                print("\n".join("    " + line for line in tally.blocking))
        print("heaviest pages (every file loaded after scrolling to the end, but the search index):")
        for path, size in sorted(weights.items(), key=lambda kv: -kv[1])[:5]:
            print(f"  {size / 1e3:8.0f} kB  /{path}")
        index = site / SEARCH_INDEX
        print(f"  search index: {index.stat().st_size / 1e3 if index.is_file() else 0:.0f} kB")
        print("largest figures:")
        for file, size in sorted(figures.items(), key=lambda kv: -kv[1])[:5]:
            print(f"  {size / 1e3:8.0f} kB  {file.relative_to(site)}")
        if args.pages is None:
            reference = time_to_interactive(browser, base + "reference/torch-nn/")
            five = time_to_interactive(browser, base + "five-levels/")
            for name, m in (("reference/torch-nn/", reference), ("five-levels/", five)):
                print(f"  {name:<22} time to interactive {m['tti']:6.0f} ms, {m['longTasks']:.0f} long tasks, "
                      f"{m['blocking']:.0f} ms blocking, {m['elements']:.0f} elements")
            print(f"  ratio {reference['tti'] / five['tti']:.2f}")
        browser.close()


if __name__ == "__main__":
    main()
