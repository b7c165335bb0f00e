"""Every snippet file runs through the runner without error; its own asserts count.

The snippets ran once, in parallel, in the session fixture primed_cache; each
test reports its own snippet's result from that run.
"""
import os
import subprocess

import pytest

from conftest import SNIPPET_FILES, SNIPPETS_DIR, snippet_name


@pytest.mark.parametrize("path", SNIPPET_FILES, ids=snippet_name)
def test_snippet_runs(path, primed_cache):
    path = path.resolve()
    if path in primed_cache.failures:  # the runner's message: path:line, the error, the traceback
        pytest.fail(primed_cache.failures[path], pytrace=False)
    assert path in primed_cache.results, f"{snippet_name(path)}: the runner gave neither a result nor a failure"
    result = primed_cache.results[path]
    not_run = [cell.name or f"cell {number}" for number, cell in enumerate(result.cells, start=1)
               if cell.stdout is None]
    assert not not_run, (f"{snippet_name(path)}: not executed ({', '.join(not_run)}); "
                         f"SNIPPETS_MODE={os.environ.get('SNIPPETS_MODE', 'run')}")
    for cell in result.cells:
        for figure in cell.figures:
            assert figure["path"].is_file() and figure["path"].stat().st_size > 0, f"empty figure {figure['path']}"
            assert figure["alt"].strip(), f"{snippet_name(path)}: a figure without alt text ({figure['path'].name})"


def test_running_every_snippet_wrote_nothing_under_snippets_or_docs(primed_cache):
    """Snippets run in a scratch folder without bytecode: `mkdocs serve` watches these folders."""
    listed = subprocess.run(["git", "status", "--porcelain", "--ignored", "--untracked-files=all", "--",
                             "snippets", "docs"], cwd=SNIPPETS_DIR.parent, capture_output=True, text=True)
    if listed.returncode != 0:
        pytest.skip(f"not a git checkout: {listed.stderr.strip()}")
    new = [line[3:] for line in listed.stdout.splitlines() if line.startswith(("??", "!!"))]
    assert not new, f"files that are not the project's appeared: {new}"
