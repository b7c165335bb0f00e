"""The same docs/ and mkdocs.yml built by Zensical, the successor of Material for MkDocs.

Zensical reads mkdocs.yml and runs its Python-Markdown extensions, but no MkDocs hook:
the snippets reach its pages through snippet_runner/extension.py alone. The build runs
in a copy of docs/ and mkdocs.yml in a scratch folder (Zensical's `--clean` would
delete the whole .cache/ folder, the snippet cache with it), from the cache that
primed_cache filled, so nothing runs again. Every page must then carry what the
published MkDocs build carries: no raw directive, every output, figure and value,
and the notebook link. What differs on purpose is listed in KNOWN_DIFFERENCES.
"""
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# What the Zensical build lacks or adds, each with its reason. The test fails on any
# other difference, and on an entry here that no longer differs.
KNOWN_DIFFERENCES = {
    "search/search_index.json": "Zensical writes its own search index, search.json, for its own search",
    "zh/index.html": "the Chinese edition (docs/*.zh.md, its pages under zh/ and their notebooks) is built by "
                     "the mkdocs-static-i18n plugin; Zensical runs no MkDocs plugin and has no languages of its "
                     "own yet, so its build leaves the translations out",
}
TRANSLATED = re.compile(r"^zh/|\.zh\.ipynb$")  # what the Chinese edition adds, under MkDocs only

PARTS = {
    "outputs": re.compile(r'class="[^"]*\bsnippet-output\b'),
    "figures": re.compile(r'<img [^>]*src="[^"]*snippet-figures/[^"]+"'),
    "values": re.compile(r'class="run-value"'),
    "notebook links": re.compile(r'class="[^"]*\bnotebook-download\b'),
}
RAW = re.compile(r"\[\[(run|value) ")
CODE = re.compile(r"<pre\b.*?</pre>|<code\b.*?</code>", re.DOTALL)  # where a page shows the syntax itself


def pages(site: Path) -> dict[str, str]:
    return {p.relative_to(site).as_posix(): p.read_text(encoding="utf-8") for p in site.rglob("index.html")
            if not TRANSLATED.search(p.relative_to(site).as_posix())}


@pytest.fixture(scope="module")
def zensical_build(site_build, tmp_path_factory):
    project = tmp_path_factory.mktemp("zensical")
    shutil.copytree(ROOT / "docs", project / "docs", ignore=shutil.ignore_patterns("*.zh.md"))
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    env = dict(os.environ, SNIPPETS_MODE="cache", SITE_URL=site_build.url)
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "zensical", "build", "--strict"], cwd=project, env=env,
                          capture_output=True, text=True, timeout=900)
    seconds = time.perf_counter() - started
    assert done.returncode == 0, f"zensical build failed:\n{done.stdout}\n{done.stderr}"
    print(f"\nZensical built the site in {seconds:.1f} s")
    return project / "site"


def test_zensical_pages_show_no_raw_directive(zensical_build):
    prose = {path: CODE.sub("", html) for path, html in pages(zensical_build).items()}
    raw = [f"{path}: {RAW.search(text).group()}..." for path, text in prose.items() if RAW.search(text)]
    assert not raw, f"pages that show a raw directive under Zensical: {raw}"


def test_zensical_pages_have_every_output_figure_value_and_notebook_link(zensical_build, site_build):
    ours, theirs = pages(site_build.folder), pages(zensical_build)
    missing = sorted(set(ours) - set(theirs))
    assert not missing, f"pages the Zensical build lacks: {missing}"
    differ = []
    for path, html in sorted(ours.items()):
        for part, pattern in PARTS.items():
            mkdocs, zensical = len(pattern.findall(html)), len(pattern.findall(theirs[path]))
            if mkdocs != zensical:
                differ.append(f"{path}: {part}: {mkdocs} in the MkDocs build, {zensical} in the Zensical build")
    counted = {part: sum(len(p.findall(html)) for html in theirs.values()) for part, p in PARTS.items()}
    print(f"\n{len(theirs)} pages under Zensical: " + ", ".join(f"{n} {part}" for part, n in counted.items()))
    assert not differ, "\n".join(differ)
    assert counted["outputs"] and counted["figures"], "no output or figure at all: the site was built without them"


def test_zensical_serves_the_files_the_pages_link_to(zensical_build, site_build):
    """Figures, notebooks, snippet files and KaTeX: what the MkDocs build serves, Zensical serves too."""
    def served(site):
        return {p.relative_to(site).as_posix() for folder in ("snippet-figures", "notebooks", "snippets", "assets/katex")
                for p in (site / folder).rglob("*") if p.is_file() and not TRANSLATED.search(p.name)}
    lacking = sorted(served(site_build.folder) - served(zensical_build))
    assert not lacking, f"files the Zensical build lacks: {lacking[:20]}"
    for path, reason in KNOWN_DIFFERENCES.items():
        assert (site_build.folder / path).exists() and not (zensical_build / path).exists(), (
            f"{path} no longer differs ({reason}): remove it from KNOWN_DIFFERENCES")
