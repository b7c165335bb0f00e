import os
import socket
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

import pytest

from snippet_runner.execute import SNIPPETS_DIR, SnippetError, run_all

ROOT = Path(__file__).resolve().parent.parent
DOCS_DIR = ROOT / "docs"
SNIPPET_FILES = sorted(SNIPPETS_DIR.rglob("*.py"))

os.environ.setdefault("MPLBACKEND", "Agg")  # for the code blocks of docs/, run in this process


@pytest.fixture(scope="session")
def primed_cache():
    """Run every snippet once, in parallel, so that later tests read the cache.

    Failures are not raised here: each snippet's own test reports its own.
    """
    try:
        run_all(SNIPPET_FILES, log=lambda message: None)
    except SnippetError:
        pass


def pytest_collection_modifyitems(config, items):
    """Tests marked `cuda` run only where PyTorch sees a CUDA device."""
    import torch

    if torch.cuda.is_available():
        return
    skip = pytest.mark.skip(reason="needs a CUDA device; none is present")
    for item in items:
        if "cuda" in item.keywords:
            item.add_marker(skip)


class BuiltSite(NamedTuple):
    folder: Path
    log: str
    url: str  # the site_url it was built for: the browser tests serve it there


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def site_build(primed_cache, tmp_path_factory):
    """`mkdocs build --strict` from the cache that primed_cache filled.

    Built for a free port on 127.0.0.1, because instant navigation works only on
    the origin of site_url (it reads the page list from sitemap.xml).
    """
    folder = tmp_path_factory.mktemp("site")
    url = f"http://127.0.0.1:{free_port()}/"
    env = dict(os.environ, SNIPPETS_MODE="cache", NO_MKDOCS_2_WARNING="1", SITE_URL=url)
    build = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(folder)],
                           cwd=ROOT, env=env, capture_output=True, text=True)
    assert build.returncode == 0, build.stdout + build.stderr
    return BuiltSite(folder, build.stderr, url)
