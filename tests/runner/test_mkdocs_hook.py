"""The hook inside a real `mkdocs build`: broken embeds and failing snippets stop the build."""
import re
import subprocess
import sys

from snippet_runner.execute import ROOT

from runner_helpers import project

HOOK = ROOT / "snippet_runner" / "mkdocs_hook.py"
# The site's own Markdown extensions, so that code blocks get their titles as on the site.
CONFIG = (f"site_name: t\nhooks:\n  - {HOOK}\nmarkdown_extensions:\n  - attr_list\n  - admonition\n"
          "  - pymdownx.details\n  - pymdownx.highlight\n  - pymdownx.superfences\n")


def build(tmp_path, page, snippets):
    env = project(tmp_path, page, snippets, CONFIG)
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=tmp_path,
                          env=env, capture_output=True, text=True)


def test_a_good_snippet_lands_in_the_page(tmp_path):
    done = build(tmp_path, "# Page\n\n[[run hello.py]]\n", {"hello.py": "print('hello from the build')\n"})
    assert done.returncode == 0, done.stderr
    assert "hello from the build" in (tmp_path / "site" / "index.html").read_text()
    snippet = re.escape(str((tmp_path / "snippets" / "hello.py").resolve()))
    assert re.search(rf"^INFO +- +snippet {snippet}: ran in \d+\.\d s\b", done.stderr, re.MULTILINE), done.stderr
    assert re.search(r"^INFO +- +snippets: 1 ran \(.*\), 0 from the cache, 0 not run, 0 failed$",
                     done.stderr, re.MULTILINE), done.stderr


FRONT_MATTER = "---\nhide:\n  - toc\n---\n\n"
TWO_EMBEDS = "# Page\n\nBefore.\n\n[[run first.py]]\n\nBetween.\n\n[[run second.py]]\n\nAfter.\n"
# Outputs that the code does not spell out, so that they are found under the code, not in it.
TWO_SNIPPETS = {"first.py": "print('first'.upper(), 'OUT')\n", "second.py": "print('second'.upper(), 'OUT')\n"}


def in_order(html, *parts):
    """Whether the parts occur in the page in this order, each once."""
    at = [html.find(part) for part in parts]
    return all(html.count(part) == 1 for part in parts) and -1 not in at and at == sorted(at)


def test_a_page_with_front_matter_gets_each_output_under_its_own_code_and_nothing_else_changes(tmp_path):
    with_it = build(tmp_path / "with", FRONT_MATTER + TWO_EMBEDS, TWO_SNIPPETS)
    without = build(tmp_path / "without", TWO_EMBEDS, TWO_SNIPPETS)
    assert with_it.returncode == without.returncode == 0, with_it.stderr + without.stderr
    html = (tmp_path / "with" / "site" / "index.html").read_text()
    assert "[[run" not in html and "hide:" not in html
    code = '<span class="filename">{}</span>'
    assert in_order(html, "Before.", code.format("first.py"), "FIRST OUT", "Between.",
                    code.format("second.py"), "SECOND OUT", "After."), html
    content = re.compile(r'<h1 id="page">.*<p>After\.</p>', re.DOTALL)
    pages = [content.search((tmp_path / name / "site" / "index.html").read_text()) for name in ("with", "without")]
    assert pages[0] and pages[1] and pages[0].group() == pages[1].group()


def test_a_broken_embed_fails_the_build_naming_page_and_line(tmp_path):
    done = build(tmp_path, "# Page\n\ntext\n\n[[run missing/nothing.py]]\n", {})
    assert done.returncode != 0
    assert "docs/index.md:5: [[run missing/nothing.py]]" in done.stderr
    assert "does not exist" in done.stderr


def test_a_failing_snippet_fails_the_build_with_its_file_and_line(tmp_path):
    done = build(tmp_path, "# Page\n\n[[run broken.py]]\n", {"broken.py": """
        values = [1, 2, 3]
        print(values[10])
    """})
    assert done.returncode != 0
    assert "broken.py:2: IndexError: list index out of range" in done.stderr


def test_a_missing_section_fails_the_build(tmp_path):
    done = build(tmp_path, "# Page\n\n[[run cells.py#nope]]\n", {"cells.py": "# %% yes\nprint(1)\n"})
    assert done.returncode != 0
    assert "docs/index.md:3" in done.stderr and "no section 'nope'" in done.stderr


def test_an_error_on_a_page_with_front_matter_names_the_line_in_the_file(tmp_path):
    page = FRONT_MATTER + "# Page\n\n[[run cells.py#yes]]\n\n[[run cells.py#nope]]\n"
    done = build(tmp_path, page, {"cells.py": "# %% yes\nprint(1)\n"})
    assert done.returncode != 0
    assert page.splitlines()[9] == "[[run cells.py#nope]]"
    assert f"docs/index.md:10: {(tmp_path / 'snippets' / 'cells.py').resolve()} has no section 'nope'" \
        in done.stderr, done.stderr


def test_an_unknown_option_fails_the_build(tmp_path):
    done = build(tmp_path, "# Page\n\n[[run hello.py shiny]]\n", {"hello.py": "print(1)\n"})
    assert done.returncode != 0 and "unknown option 'shiny'" in done.stderr


def test_values_from_the_run_land_in_the_prose_and_typed_results_fail_the_build(tmp_path):
    snippets = {"train.py": "wrong = 6 * 3\naccuracy = 1 - wrong / 2000\nprint(wrong)\n"}
    page = ("# Page\n\n[[run train.py]]\n\nIt gets [[value train.py:wrong]] wrong, "
            "[[value train.py:accuracy:.2%]] right.\n")
    done = build(tmp_path, page, snippets)
    assert done.returncode == 0, done.stderr
    html = (tmp_path / "site" / "index.html").read_text()
    assert re.search(r"It gets <span class=\"run-value\" title=\"computed by snippets/train.py[^\"]*\">18</span> "
                     r"wrong, <span[^>]*>99.10%</span> right", html), html

    typed = build(tmp_path / "typed", page + "\nIt reaches 99.1% and 16 of 2000 wrong.\n", snippets)
    assert typed.returncode != 0
    assert "docs/index.md:7: '99.1%' looks like a result typed by hand" in typed.stderr
    assert "docs/index.md:7: '16 of 2000' looks like a result typed by hand" in typed.stderr


def test_a_value_the_snippet_does_not_have_fails_the_build_naming_the_line(tmp_path):
    done = build(tmp_path, "# Page\n\n[[run train.py]]\n\nIt gets [[value train.py:wrnog]] wrong.\n",
                 {"train.py": "wrong = 18\n"})
    assert done.returncode != 0
    assert ("docs/index.md:5: [[value train.py:wrnog]]: snippets/train.py has no module-level number or "
            "short text named 'wrnog' at its end (did you mean wrong?)") in done.stderr
