"""The Markdown extension under Zensical, which runs no MkDocs hook: the page gets its
snippets all the same, and a broken snippet stops the build with its file and line."""
import subprocess
import sys

from runner_helpers import project

CONFIG = ("site_name: t\nmarkdown_extensions:\n  - snippet_runner.extension\n  - attr_list\n  - admonition\n"
          "  - pymdownx.details\n  - pymdownx.highlight\n  - pymdownx.superfences\n")


def zensical_build(tmp_path, page, snippets):
    env = project(tmp_path, page, snippets, CONFIG)
    return subprocess.run([sys.executable, "-m", "zensical", "build"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=600)


def test_zensical_renders_output_figure_value_and_notebook(tmp_path):
    done = zensical_build(tmp_path, "# Page\n\n[[run plot.py]]\n\nThe answer is [[value plot.py:answer]].\n", {
        "plot.py": """
            import matplotlib.pyplot as plt
            answer = 6 * 7
            print("ANSWER", answer)
            fig, ax = plt.subplots()
            ax.plot([1, 2])
            ax.set_title("A line")
            plt.show()
        """})
    assert done.returncode == 0, done.stdout + done.stderr
    site = tmp_path / "site"
    html = (site / "index.html").read_text()
    assert "[[run" not in html and "[[value" not in html
    assert "ANSWER 42" in html and '<span class="run-value"' in html
    assert 'href="notebooks/index.ipynb"' in html and (site / "notebooks" / "index.ipynb").is_file()
    figures = list((site / "snippet-figures").rglob("figure-1.png"))
    assert len(figures) == 1 and f'src="{figures[0].relative_to(site).as_posix()}"' in html
    assert (site / "snippets" / "plot.py").is_file() and (site / "assets" / "katex" / "katex.min.js").is_file()


def test_a_failing_snippet_fails_the_zensical_build_with_its_file_and_line(tmp_path):
    done = zensical_build(tmp_path, "# Page\n\n[[run broken.py]]\n", {"broken.py": """
        values = [1, 2, 3]
        print(values[10])
    """})
    assert done.returncode != 0
    assert "broken.py:2: IndexError: list index out of range" in done.stdout + done.stderr
