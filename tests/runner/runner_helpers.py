"""What the runner's tests share: a cache of their own, and snippet files written on the fly."""
import textwrap

import pytest


@pytest.fixture(autouse=True)
def own_cache(tmp_path, monkeypatch):
    """Each test runs its snippets into an empty cache of its own, never the site's."""
    monkeypatch.setenv("SNIPPETS_CACHE", str(tmp_path / "cache"))


def write(folder, name, text):
    path = folder / name
    path.write_text(textwrap.dedent(text).lstrip())
    return path
