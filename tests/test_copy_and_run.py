"""What a reader copies is what the page shows.

The runner runs every snippet as `python FILE.py` would: top to bottom as
`__main__`, in a fresh process, in a folder holding only the snippet's own
folder, with nothing seeded for it (a snippet that draws from torch's generator
without seeding it fails there: see snippet_runner/_child.py). So each snippet's
page output is what its copy prints, if the snippet itself takes care of what a
reader's run needs. The tests here check that for every snippet, and run the
quickest snippet of every chapter folder once more, literally as `python FILE.py`
in an empty folder with only the files it imports beside it (no runner, no
PYTHONPATH, no fixed hash seed), and compare what it prints with the page. The
few snippets that read or run files of the site's repository by path (they use
`__file__`, or name a .py file) are left out of that sample, as they are left out
of the chapter notebooks.
"""
import json
from collections import defaultdict

import pytest

from snippet_runner import cache
from snippet_runner.execute import Job, SnippetError, current_settings, run_as_copied, schedule
from snippet_runner.notebooks import needs_its_folder
from snippet_runner.sources import threads_wanted, timing_patterns, without_timing_lines

from conftest import SNIPPET_FILES, SNIPPETS_DIR, snippet_name

HELPER = SNIPPETS_DIR / "tutorial_data.py"
SCRIPTS = [path for path in SNIPPET_FILES if path != HELPER]


# The committed timings of a clean run, not this machine's: the same sample everywhere.
SECONDS = json.loads(cache.TIMINGS.read_text(encoding="utf-8"))["snippet_seconds"]


def quickest_of_each_folder():
    folders = defaultdict(list)
    for path in SCRIPTS:
        if needs_its_folder(path.read_text(encoding="utf-8")):
            continue  # it reads or runs files of the repository: the page says a copy alone cannot run
        folders[path.parent].append((SECONDS.get(snippet_name(path), float("inf")), snippet_name(path), path))
    return [min(found)[2] for _, found in sorted(folders.items())]


SAMPLE = quickest_of_each_folder()


@pytest.fixture(scope="session")
def copied(primed_cache):
    """`python FILE.py` in an empty folder, for each snippet of the sample, side by side."""
    outputs = {}

    def work(path):
        try:
            outputs[path] = run_as_copied(path)
        except Exception as error:  # noqa: BLE001 (the test of that snippet reports it, not all of them)
            outputs[path] = error
        return "ran"

    schedule([Job(f"copy of {snippet_name(path)}", threads_wanted(path.read_text(encoding="utf-8")),
                  SECONDS.get(snippet_name(path), 0.0), lambda path=path: work(path)) for path in SAMPLE],
             current_settings().jobs, log=lambda message: None)
    return outputs


@pytest.mark.parametrize("path", SCRIPTS, ids=snippet_name)
def test_snippet_runs_as_a_reader_runs_it(path, primed_cache):
    if path.resolve() in primed_cache.failures:
        pytest.skip("the snippet failed: test_snippet_runs says why")
    result = primed_cache.results[path.resolve()]
    source = path.read_text(encoding="utf-8")
    if any(cell.figures for cell in result.cells):
        assert "plt.show()" in source, (
            f"{snippet_name(path)} draws a figure but never calls plt.show(): a reader who runs "
            "the copy would see nothing")


@pytest.mark.parametrize("path", SAMPLE, ids=snippet_name)
def test_a_copy_run_in_an_empty_folder_prints_what_the_page_shows(path, primed_cache, copied):
    if path.resolve() in primed_cache.failures:
        pytest.skip("the snippet failed: test_snippet_runs says why")
    printed = copied[path]
    if isinstance(printed, SnippetError):
        pytest.fail(str(printed), pytrace=False)
    if isinstance(printed, Exception):
        raise printed
    patterns = timing_patterns(path.read_text(encoding="utf-8"))
    page = without_timing_lines(primed_cache.results[path.resolve()].section().stdout, patterns)
    assert without_timing_lines(printed, patterns) == page, (
        f"{snippet_name(path)}: `python {path.name}` in an empty folder printed other text than the page")


def test_the_sample_covers_every_chapter_folder():
    assert {path.parent for path in SAMPLE} == {path.parent for path in SCRIPTS}
    assert len(SAMPLE) >= 25
