"""The built site: strict build from the cache, every internal link resolves, the search index is small.

Also: one failing snippet fails its own test once and skips the tests that need the site.
"""
import html
import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from snippet_runner.execute import SNIPPETS_DIR
from snippet_runner.markdown import find_embeds
from snippet_runner.translations import language_of, source_of

from conftest import DOCS_DIR, ROOT

EMBEDS = {page.relative_to(DOCS_DIR).as_posix(): find_embeds(page.read_text(encoding="utf-8"))
          for page in sorted(DOCS_DIR.rglob("*.md"))}
CODE_TITLE = re.compile(r'<span class="filename">([^<]*)</span>')
UNREPLACED = re.compile(r"<p>\s*\[\[run [^<]*\]\]\s*</p>")  # a directive line left as text
NOT_EXECUTED = "Not executed in this build"


def built_page(site: Path, page: str) -> Path:
    """docs/a/b.md -> a/b/index.html, docs/a/index.md -> a/index.html (directory URLs);
    a translation, docs/a/b.zh.md -> zh/a/b/index.html."""
    language = language_of(page)
    stem = f"{language}/{source_of(page)}".removesuffix(".md") if language else page.removesuffix(".md")
    return site / f"{stem}.html" if stem.rpartition("/")[2] == "index" else site / stem / "index.html"


def embed_problems(site: Path) -> list[str]:
    """What is wrong with the embeds of the built pages: one line each."""
    problems = []
    for page, embeds in EMBEDS.items():
        text = built_page(site, page).read_text(encoding="utf-8")
        wanted = Counter(html.escape(embed.path + (f" (section {embed.section})" if embed.section else ""), quote=False)
                         for embed in embeds)
        missing = wanted - Counter(CODE_TITLE.findall(text))
        if missing:
            problems.append(f"{page}: no code block titled {', '.join(sorted(missing.elements()))}")
        if UNREPLACED.search(text):
            problems.append(f"{page}: a [[run ...]] line left as it is: {UNREPLACED.search(text).group()}")
        if NOT_EXECUTED in text:
            problems.append(f"{page}: '{NOT_EXECUTED}' shown")
    return problems


def test_strict_build_from_cache_shows_every_embed_with_its_output(site_build):
    problems = embed_problems(site_build.folder)
    assert not problems, "\n".join(problems)
    # Every embedded snippet came from the cache: none ran, none was left out, none failed.
    embedded = {(SNIPPETS_DIR / embed.path).resolve() for embeds in EMBEDS.values() for embed in embeds}
    summary = re.search(r"snippets: (\d+) ran \(.*\), (\d+) from the cache, (\d+) not run, (\d+) failed",
                        site_build.log)
    assert summary, site_build.log
    assert summary.groups() == ("0", str(len(embedded)), "0", "0"), summary.group()
    page = (site_build.folder / "five-levels" / "index.html").read_text()
    assert "snippet-output" in page and "snippet-figures/" in page


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.ids = [], set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        for name in ("href", "src"):
            if tag in ("a", "img", "link", "script") and attrs.get(name):
                self.links.append(attrs[name])


def test_no_broken_internal_link(site_build):
    site = site_build.folder
    pages = {path: Links() for path in site.rglob("*.html")}
    for path, parser in pages.items():
        parser.feed(path.read_text(encoding="utf-8"))
    broken, checked = [], 0
    for path, parser in pages.items():
        for link in parser.links:
            parts = urlsplit(link)
            if parts.scheme or parts.netloc or link.startswith(("mailto:", "javascript:")):
                continue
            if not parts.path:
                target = path
            elif parts.path.startswith("/"):  # 404.html links from the site's root
                target = (site / unquote(parts.path).lstrip("/")).resolve()
            else:
                target = (path.parent / unquote(parts.path)).resolve()
            if target.is_dir():
                target = target / "index.html"
            checked += 1
            if not target.exists():
                broken.append(f"{path.relative_to(site)}: {link}")
            elif parts.fragment and target.suffix == ".html" and parts.fragment not in pages[target].ids:
                broken.append(f"{path.relative_to(site)}: {link} (no such anchor)")
    print(f"\nlinks checked: {checked} in {len(pages)} pages")
    assert not broken, "broken links:\n" + "\n".join(broken)


def test_no_page_links_to_another_host_for_its_assets(site_build):
    site = site_build.folder
    outside = set()
    for path in site.rglob("*.html"):
        for tag in re.findall(r"<(?:script|link|img)\b[^>]*>", path.read_text(encoding="utf-8")):
            if 'rel="canonical"' in tag:  # the page's own address, never fetched
                continue
            for url in re.findall(r'(?:src|href)="(https?:)?//([^"/]+)', tag):
                outside.add(url[1])
    assert not outside, f"assets from other hosts: {outside}"


def test_search_index_stays_small(site_build):
    """Each language has its own index (site_hooks/languages.py), fetched once per visit. The
    Chinese one is larger for the same pages: jieba's word marks (U+200B) between its words."""
    site = site_build.folder
    budgets = {"search/search_index.json": 2_000_000, "zh/search/search_index.json": 2_500_000}
    sizes = {name: (site / name).stat().st_size for name in budgets}
    print("".join(f"\n{name}: {size / 1e6:.2f} MB" for name, size in sizes.items()))
    assert all(sizes[name] < budget for name, budget in budgets.items()), (sizes, budgets)


WHERE = "import os\n\ndef test_where():\n    open({!r}, 'a').write(os.environ.get('PYTEST_XDIST_WORKER', '-') + '\\n')\n"


@pytest.mark.parametrize("workers", [[], ["--numprocesses", "2", "--dist", "loadscope"]], ids=["one process", "as make test"])
def test_a_failing_snippet_fails_its_own_test_once_and_skips_the_site(tmp_path, workers):
    """The real conftest.py and test_snippets.py, in a tiny project with one broken snippet; run
    also as `make test` runs the suite, in two workers, where every test but the runner's own
    runs in one of them (the two test_where files), and the runner's go to either."""
    tests = tmp_path / "tests"
    (tests / "runner").mkdir(parents=True)
    for name in ("conftest.py", "test_snippets.py"):
        shutil.copy(ROOT / "tests" / name, tests / name)
    (tests / "test_site.py").write_text("def test_needs_the_site(site_build):\n    pass\n")
    for name in ("test_where_a.py", "test_where_b.py"):
        (tests / name).write_text(WHERE.format(str(tmp_path / "suite-workers")))
    (tests / "runner" / "test_where.py").write_text(WHERE.format(str(tmp_path / "runner-workers")))
    snippets = tmp_path / "snippets"
    snippets.mkdir()
    (snippets / "good.py").write_text('"""Runs and draws."""\nimport matplotlib.pyplot as plt\n\n'
                                      'print("fine")\nplt.plot([1, 2])\nplt.title("A line")\n')
    (snippets / "broken.py").write_text('"""Fails on its second line."""\nprint([1, 2, 3][10])\n')
    (tmp_path / "pytest.ini").write_text("[pytest]\n")  # the project's root, not this one's
    env = dict(os.environ, PYTHONPATH=str(ROOT), SNIPPETS_DIR=str(snippets),
               SNIPPETS_CACHE=str(tmp_path / "cache"), SNIPPETS_MODE="run", COLUMNS="200")
    env.pop("PYTEST_ADDOPTS", None)
    done = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-ra", *workers, "tests"],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600)
    out = done.stdout + done.stderr
    # Skipped: the test that needs the site, and the one that needs a git checkout.
    assert re.search(r"^=+ 1 failed, 4 passed, 2 skipped in ", out, re.MULTILINE), out
    suite_workers = (tmp_path / "suite-workers").read_text().split()
    assert len(suite_workers) == 2 and len(set(suite_workers)) == 1, suite_workers
    failed = re.findall(r"^FAILED (\S+)", out, re.MULTILINE)
    assert failed == ["tests/test_snippets.py::test_snippet_runs[broken.py]"], out
    # The report is the runner's message itself: the file and line, the error, the snippet's traceback.
    report = re.search(r"^_+ test_snippet_runs\[broken\.py\] _+\n(.*?)\n=+ short test summary", out,
                       re.MULTILINE | re.DOTALL)
    assert report, out
    # (pytest-xdist puts the worker's name and Python above it.)
    assert re.match(r"(\[gw\d\] .*\n)?\S*/broken\.py:2: IndexError: list index out of range\n", report.group(1)), out
    assert "print([1, 2, 3][10])" in report.group(1), out
    skipped = re.findall(r"^SKIPPED \[1\] tests/test_site\.py:\d+: (.*)$", out, re.MULTILINE)
    assert skipped == ["the site was not built because 1 snippet(s) failed: broken.py "
                       "(their test_snippet_runs tests say why)"], out
