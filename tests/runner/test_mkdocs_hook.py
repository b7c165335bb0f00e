"""The hook inside a real `mkdocs build`: broken embeds and failing snippets stop the build."""
import os
import subprocess
import sys
import textwrap

from snippet_runner.execute import ROOT

HOOK = ROOT / "snippet_runner" / "mkdocs_hook.py"


def build(tmp_path, page, snippets):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text(page)
    for name, text in snippets.items():
        (tmp_path / "snippets" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "snippets" / name).write_text(textwrap.dedent(text).lstrip())
    (tmp_path / "mkdocs.yml").write_text(f"site_name: t\nhooks:\n  - {HOOK}\n")
    env = dict(os.environ, SNIPPETS_DIR=str(tmp_path / "snippets"),
               SNIPPETS_CACHE=str(tmp_path / "cache"), NO_MKDOCS_2_WARNING="1")
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=tmp_path,
                          env=env, capture_output=True, text=True)


def test_a_good_snippet_lands_in_the_page(tmp_path):
    done = build(tmp_path, "# Page\n\n[[run hello.py]]\n", {"hello.py": "print('hello from the build')\n"})
    assert done.returncode == 0, done.stderr
    assert "hello from the build" in (tmp_path / "site" / "index.html").read_text()
    assert "snippet hello.py: ran in" in done.stderr or "snippets/hello.py" in done.stderr


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


def test_an_unknown_option_fails_the_build(tmp_path):
    done = build(tmp_path, "# Page\n\n[[run hello.py shiny]]\n", {"hello.py": "print(1)\n"})
    assert done.returncode != 0 and "unknown option 'shiny'" in done.stderr
