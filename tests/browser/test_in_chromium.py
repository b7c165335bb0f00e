"""The built site in a real browser: Debian's Chromium, headless, driven by Playwright.

The site is served on 127.0.0.1 by a small HTTP server; every request the pages
make is watched, and none may leave that address.
"""
import functools
import http.server
import shutil
import threading
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import sync_playwright

from snippet_runner.execute import SNIPPETS_DIR

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
COPY_BUTTON = "button[data-md-type='copy']"  # mkdocs-material's copy-to-clipboard button
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--no-first-run"]


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def base_url(site_build):
    handler = functools.partial(QuietHandler, directory=str(site_build.folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", urlsplit(site_build.url).port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield site_build.url
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail("Chromium is missing: `make test` installs it (Debian's chromium package)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


class Watched:
    """A page whose console errors, failed requests and request hosts are recorded."""

    def __init__(self, browser, base_url):
        self.context = browser.new_context()
        self.page = self.context.new_page()
        self.base_url = base_url
        self.errors, self.failed, self.outside = [], [], []
        self.page.on("console", lambda message: message.type == "error" and self.errors.append(message.text))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("requestfailed", lambda request: self.failed.append(request.url))
        self.page.on("request", lambda request: None if request.url.startswith(
            ("http://127.0.0.1", "data:", "blob:")) else self.outside.append(request.url))

    def goto(self, path):
        response = self.page.goto(self.base_url + path, wait_until="networkidle")
        assert response.ok, f"{path}: HTTP {response.status}"


@pytest.fixture
def watched(browser, base_url):
    watched = Watched(browser, base_url)
    yield watched
    watched.context.close()


def page_paths(site):
    return sorted(p.relative_to(site).parent.as_posix() + "/" for p in site.rglob("index.html"))


def test_every_page_loads_cleanly_with_its_images(site_build, watched):
    site = site_build.folder
    paths = [p.replace("./", "") for p in page_paths(site)]
    images = 0
    for path in paths:
        watched.goto(path)
        broken = watched.page.eval_on_selector_all(
            "article img", "images => images.filter(i => !(i.complete && i.naturalWidth > 0)).map(i => i.src)")
        images += watched.page.locator("article img").count()
        assert not broken, f"{path}: images that did not load: {broken}"
        missing_alt = watched.page.eval_on_selector_all(
            "article img", "images => images.filter(i => !i.alt.trim()).map(i => i.src)")
        assert not missing_alt, f"{path}: images without alt text: {missing_alt}"
    print(f"\n{len(paths)} pages, {images} images")
    assert not watched.errors, f"console errors: {watched.errors}"
    assert not watched.failed, f"failed requests: {watched.failed}"
    assert not watched.outside, f"requests that left 127.0.0.1: {watched.outside}"


def test_search_finds_a_layer_by_name(watched):
    watched.goto("")
    watched.page.keyboard.press("/")  # the search shortcut focuses the search box
    watched.page.keyboard.type("BatchNorm2d")
    result = watched.page.locator(".md-search-result__item a").first
    result.wait_for(timeout=60_000)  # the search worker indexes the whole site first
    links = watched.page.eval_on_selector_all(".md-search-result__item a", "links => links.map(l => l.href)")
    assert any("layers/normalization" in link or "reference/torch-nn" in link for link in links), links


def test_math_stays_rendered_after_instant_navigation(watched):
    watched.goto("five-levels/")
    watched.page.wait_for_selector(".arithmatex .katex")
    assert watched.page.locator(".arithmatex .katex").count() >= 3
    # A click on a navigation link loads the next page without a full reload (navigation.instant).
    watched.page.evaluate("window.__same_document = true")
    watched.page.click("nav.md-nav--primary a[href$='layers/linear/']")
    watched.page.wait_for_url("**/layers/linear/")
    watched.page.wait_for_selector(".arithmatex .katex")
    assert watched.page.evaluate("window.__same_document === true"), "the page was fully reloaded"
    assert watched.page.locator(".arithmatex .katex-error").count() == 0
    assert not watched.errors


def test_copy_button_copies_exactly_the_snippet(browser, base_url):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(base_url + "five-levels/", wait_until="networkidle")
    block = page.locator("div.highlight:has(span.filename:text-is('five_levels/level1_numpy.py'))")
    block.hover()
    block.locator(COPY_BUTTON).click()
    copied = page.evaluate("navigator.clipboard.readText()")
    context.close()
    assert copied == (SNIPPETS_DIR / "five_levels" / "level1_numpy.py").read_text().rstrip("\n")


def test_output_blocks_have_no_copy_button(watched):
    watched.goto("five-levels/")
    outputs = watched.page.locator("div.snippet-output")
    assert outputs.count() > 0
    assert watched.page.locator("div.snippet-output " + COPY_BUTTON).count() == 0


def test_dark_palette_switch(watched):
    watched.goto("")
    scheme = "document.body.getAttribute('data-md-color-scheme')"
    before = watched.page.evaluate(scheme)
    watched.page.click("form[data-md-component='palette'] label:visible")
    after = watched.page.evaluate(scheme)
    assert {before, after} == {"default", "slate"}
