import os
from pathlib import Path

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
