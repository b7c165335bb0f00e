import os
import re
import socket
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

import pytest

from snippet_runner import cache
from snippet_runner.execute import (SNIPPETS_DIR, Job, Result, SnippetsFailed, current_settings, run_all,
                                    snippet_name as recorded_name, threads_wanted)
from snippet_runner.markdown import find_embeds
from snippet_runner.notebooks import chapter_notebooks, helper_text, run_notebook
from snippet_runner.translations import language_of

ROOT = Path(__file__).resolve().parent.parent
DOCS_DIR = ROOT / "docs"
SNIPPET_FILES = sorted(SNIPPETS_DIR.rglob("*.py"))
PAGES = {page.relative_to(DOCS_DIR).as_posix(): page.read_text(encoding="utf-8")
         for page in sorted(DOCS_DIR.rglob("*.md"))} if DOCS_DIR.is_dir() else {}
# A translation's notebook has its source's code cells (tests/test_translations.py): only the English ones run.
CHAPTERS = sorted(chapter for chapter, text in PAGES.items() if find_embeds(text) and not language_of(chapter))

sys.dont_write_bytecode = True  # importing tutorial_data.py must leave nothing under snippets/
os.environ.setdefault("MPLBACKEND", "Agg")  # for the code blocks of docs/, run in this process


class Primed(NamedTuple):
    results: dict[Path, Result]  # resolved snippet path -> its result, for those that succeeded
    failures: dict[Path, str]  # resolved snippet path -> its message: path:line, error, traceback
    notebooks: dict[str, tuple[str, dict]]  # chapter -> (its notebook's text, what running it gave)


def snippet_name(path: Path) -> str:
    """snippets/five_levels/autograd.py -> five_levels/autograd.py, as the snippet tests are named."""
    try:
        return path.relative_to(SNIPPETS_DIR).as_posix()
    except ValueError:
        return str(path)


@pytest.fixture(scope="session")
def primed_cache() -> Primed:
    """Run every snippet and every chapter notebook once, side by side in one schedule (the
    longest first, never more threads than cores), and fill the cache the site build reads.

    Failures are not raised here: test_snippet_runs reports each failed snippet,
    once, with its own message, and site_build skips the tests that need the site.
    """
    config = current_settings()
    expected = cache.expected_seconds(config.cache)
    helper = helper_text()
    notebooks, jobs = {}, []
    for chapter, text in chapter_notebooks(DOCS_DIR).items():
        scripts = {(SNIPPETS_DIR / embed.path).resolve() for embed in find_embeds(PAGES[chapter])}

        def work(chapter=chapter, text=text):
            notebooks[chapter] = (text, run_notebook(text, helper, config))
            return "FAILED" if "error" in notebooks[chapter][1] else "ran"

        jobs.append(Job(f"notebook {chapter}", max(threads_wanted(p.read_text(encoding="utf-8")) for p in scripts),
                        sum(expected.get(recorded_name(p, config), 0.0) for p in scripts), work))
    try:
        results, failures = run_all(SNIPPET_FILES, log=lambda message: None, also=jobs), {}
    except SnippetsFailed as error:
        results, failures = error.results, error.failures
    return Primed(results, failures, notebooks)


def pytest_collection_modifyitems(config, items):
    """Tests marked `cuda` run only where PyTorch sees a CUDA device."""
    if not any("cuda" in item.keywords for item in items):
        return  # (importing torch takes seconds; a run of the runner's tests alone needs none)
    import torch

    if torch.cuda.is_available():
        return
    skip = pytest.mark.skip(reason="needs a CUDA device; none is present")
    for item in items:
        if "cuda" in item.keywords:
            item.add_marker(skip)


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    """`make test` runs two pytest-xdist workers with --dist loadscope, whose scopes are these: every
    test but the runner's own is one scope, which one worker runs in order, so that the session's
    snippet runs and site build happen once and before the tests that read them; each of the
    runner's tests (tests/runner/, each in a folder of its own) is a scope of its own, for whichever
    worker is free. (xdist_group marks with --dist loadgroup would say the same, but pytest 9.2
    ignores the group that pytest-xdist 3.8.0 writes into the test ids: pytest-xdist issue 1386.)"""
    if config.getvalue("dist") != "loadscope":
        return None
    from xdist.scheduler import LoadScopeScheduling

    class SuiteAsOneScope(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return nodeid if nodeid.startswith("tests/runner/") else "the suite"

    return SuiteAsOneScope(config, log)


class BuiltSite(NamedTuple):
    folder: Path
    log: str
    url: str  # the site_url it was built for: the browser tests serve it there


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def given_site(folder: Path) -> BuiltSite:
    """A site built beforehand, for TESTS_BUILT_SITE: served on the port of the site_url it was built for."""
    sitemap = folder / "sitemap.xml"
    found = re.search(r"<loc>(http://127\.0\.0\.1:\d+/)", sitemap.read_text(encoding="utf-8")) if sitemap.is_file() else None
    if not (folder / "index.html").is_file() or not found:
        pytest.fail(f"TESTS_BUILT_SITE={folder}: not a site built for 127.0.0.1; build one with "
                    f"SITE_URL=http://127.0.0.1:8765/ .venv/bin/mkdocs build -d {folder}")
    return BuiltSite(folder, "", found[1])


@pytest.fixture(scope="session")
def site_build(request, tmp_path_factory):
    """`mkdocs build --strict` from the cache that primed_cache filled.

    Not built when a snippet failed: the tests that need the site are skipped,
    with one line that names the failed snippets, whose own tests fail.
    Built for a free port on 127.0.0.1, because instant navigation works only on
    the origin of site_url (it reads the page list from sitemap.xml).
    TESTS_BUILT_SITE=FOLDER takes a site built beforehand instead, and runs no snippet:
    `TESTS_BUILT_SITE=/tmp/site pytest tests/browser` checks a build in minutes.
    """
    if os.environ.get("TESTS_BUILT_SITE"):
        return given_site(Path(os.environ["TESTS_BUILT_SITE"]).resolve())
    primed_cache = request.getfixturevalue("primed_cache")
    if primed_cache.failures:
        names = sorted(snippet_name(path) for path in primed_cache.failures)
        pytest.skip(f"the site was not built because {len(names)} snippet(s) failed: {', '.join(names)} "
                    "(their test_snippet_runs tests say why)")
    folder = tmp_path_factory.mktemp("site")
    url = f"http://127.0.0.1:{free_port()}/"
    env = dict(os.environ, SNIPPETS_MODE="cache", NO_MKDOCS_2_WARNING="1", SITE_URL=url)
    env.pop("SNIPPETS_ONLY", None)  # every snippet comes from the cache that primed_cache filled
    build = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(folder)],
                           cwd=ROOT, env=env, capture_output=True, text=True)
    assert build.returncode == 0, build.stdout + build.stderr
    return BuiltSite(folder, build.stderr, url)
