"""Every snippet file runs through the runner without error; its own asserts count."""
import pytest

from snippet_runner.execute import SNIPPETS_DIR, run

from conftest import SNIPPET_FILES


@pytest.mark.parametrize("path", SNIPPET_FILES, ids=lambda p: p.relative_to(SNIPPETS_DIR).as_posix())
def test_snippet_runs(path, primed_cache):
    result = run(path)  # from the cache that primed_cache filled; raises SnippetError with path:line
    assert result.status in ("ran", "cached")
    for cell in result.cells:
        assert cell.stdout is not None
        for figure in cell.figures:
            assert figure["path"].stat().st_size > 0
            assert figure["alt"].strip()
