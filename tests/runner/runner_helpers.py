"""What the runner's tests share: a cache of their own, snippet files written on the fly, and
one-page projects for the builds (MkDocs, Zensical, `mkdocs serve`) that the tests start."""
import os
import textwrap

import pytest

from snippet_runner.settings import ROOT


@pytest.fixture(autouse=True)
def own_cache(tmp_path, monkeypatch):
    """Each test runs its snippets into an empty cache of its own, never the site's."""
    monkeypatch.setenv("SNIPPETS_CACHE", str(tmp_path / "cache"))


def write(folder, name, text):
    path = folder / name
    path.write_text(textwrap.dedent(text).lstrip())
    return path


def project(folder, page: str, snippets: dict[str, str], config: str) -> dict:
    """A site of one page (docs/index.md) with its snippets and mkdocs.yml in `folder`; returns the
    environment a build of it runs in, with a snippet cache of its own."""
    (folder / "docs").mkdir(parents=True)
    (folder / "docs" / "index.md").write_text(page)
    (folder / "snippets").mkdir()
    for name, text in snippets.items():
        (folder / "snippets" / name).parent.mkdir(parents=True, exist_ok=True)
        write(folder / "snippets", name, text)
    (folder / "mkdocs.yml").write_text(config)
    # PYTHONPATH: the build imports snippet_runner from this tree, not from wherever it is installed.
    return dict(os.environ, PYTHONPATH=str(ROOT), SNIPPETS_DIR=str(folder / "snippets"),
                SNIPPETS_CACHE=str(folder / "cache"), NO_MKDOCS_2_WARNING="1")
