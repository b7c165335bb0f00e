"""Every chapter's notebook runs top to bottom in a Jupyter kernel and prints what its page shows.

The notebooks run in the same schedule as the snippets (see primed_cache in
conftest.py), each in its own folder with tutorial_data.py beside it, as a
reader's would. Comparing each cell's printed text with the page's output is
also the determinism test: two runs from nothing, one as scripts and one as a
notebook, must print the same text, apart from the lines a snippet declares
with `# snippet-timing: REGEX`.
"""
import nbformat
import pytest

from snippet_runner.execute import current_settings, run_all
from snippet_runner.notebooks import notebook_name
from snippet_runner.sources import timing_patterns, without_timing_lines

from conftest import CHAPTERS, SNIPPET_FILES, SNIPPETS_DIR, snippet_name


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_chapter_notebook_runs_top_to_bottom_and_prints_what_the_page_shows(chapter, primed_cache, site_build):
    offered = nbformat.reads((site_build.folder / "notebooks" / notebook_name(chapter)).read_text(encoding="utf-8"),
                             as_version=4)
    notebook, outcome = primed_cache.notebooks[chapter]
    code = [cell.source for cell in nbformat.reads(notebook, as_version=4).cells if cell.cell_type == "code"]
    assert [cell.source for cell in offered.cells if cell.cell_type == "code"] == code, (
        f"{chapter}: the site offers other code than the notebook that ran")
    if "error" in outcome:
        pytest.fail(f"{chapter}: its notebook failed:\n{outcome['error']}", pytrace=False)
    differ = []
    for cell in outcome["cells"]:
        if cell["snippet"] is None:
            continue
        path = (SNIPPETS_DIR / cell["snippet"]["path"]).resolve()
        result = primed_cache.results[path]
        patterns = timing_patterns(path.read_text(encoding="utf-8"))
        page = without_timing_lines(result.cells[cell["snippet"]["cell"]].stdout, patterns)
        if without_timing_lines(cell["stdout"], patterns) != page:
            differ.append(f"{cell['snippet']['path']} (cell {cell['snippet']['cell']}):\n"
                          f"--- the page shows ---\n{page[:1500]}\n--- the notebook printed ---\n"
                          f"{without_timing_lines(cell['stdout'], patterns)[:1500]}")
    assert not differ, (f"{chapter}: {len(differ)} cell(s) print other text in the notebook than on the page "
                        f"(declare timing lines with '# snippet-timing: REGEX'):\n\n" + "\n\n".join(differ))


def test_snippets_that_no_notebook_runs_print_the_same_when_run_again(primed_cache, monkeypatch):
    """The rest of the determinism test: snippets that run beside their folder's files, not in a
    notebook, run a second time from an empty cache and must print what the first run printed.

    The second run has a cache of its own beside the first (SNIPPETS_CACHE-second-run), filled only
    by second runs and keyed as the first is: a snippet runs again when it changed, as the notebooks do."""
    covered = {cell["snippet"]["path"] for _, outcome in primed_cache.notebooks.values()
               for cell in outcome.get("cells", []) if cell["snippet"]}
    others = [path.resolve() for path in SNIPPET_FILES
              if snippet_name(path) not in covered and path.resolve() in primed_cache.results]
    first_cache = current_settings().cache
    monkeypatch.setenv("SNIPPETS_CACHE", str(first_cache.with_name(first_cache.name + "-second-run")))
    again = run_all(others, log=lambda message: None)
    differ = []
    for path in others:
        patterns = timing_patterns(path.read_text(encoding="utf-8"))
        first = without_timing_lines(primed_cache.results[path].section().stdout, patterns)
        second = without_timing_lines(again[path].section().stdout, patterns)
        if first != second:
            differ.append(f"{snippet_name(path)}:\n--- first run ---\n{first[:1500]}\n--- second run ---\n{second[:1500]}")
    print(f"\nrun twice as scripts: {len(others)} snippet(s): {', '.join(snippet_name(p) for p in others)}")
    assert not differ, f"{len(differ)} snippet(s) print other text on a second run:\n\n" + "\n\n".join(differ)
