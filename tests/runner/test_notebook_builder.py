"""A chapter's notebook: prose and code in page order, every section of a file, nothing that cannot run."""
import nbformat

from snippet_runner.notebooks import chapter_notebook, dumps, notebook_name

PAGE = """# A chapter

Some prose.

[[run demo/steps.py#second]]

<!--pytest.mark.skip(reason="shows a shell command")-->
More prose.

[[run demo/steps.py#third]]

[[run demo/runs_others.py]]
"""


def test_notebook_follows_the_page(tmp_path):
    (tmp_path / "demo").mkdir()
    (tmp_path / "demo" / "steps.py").write_text(
        '# %% first\n"""Steps."""\nx = 1\n# %% second\nx += 1\n# %% third\nprint(x)\n')
    (tmp_path / "demo" / "runs_others.py").write_text('import runpy\nrunpy.run_path("steps.py")\n')
    notebook = chapter_notebook(PAGE, snippets_dir=tmp_path)
    kinds = [(cell.cell_type, cell.source) for cell in notebook.cells]
    assert kinds[0][0] == "markdown" and "*A chapter*" in kinds[0][1]
    assert kinds[1] == ("markdown", "# A chapter\n\nSome prose.")
    # The page shows section "second" only, but "first" must run before it.
    assert kinds[2:4] == [("code", '"""Steps."""\nx = 1'), ("code", "x += 1")]
    assert kinds[4] == ("markdown", "More prose.")  # the skip marker is gone
    assert kinds[5] == ("code", "print(x)")
    assert kinds[6][0] == "markdown" and "runs as a script" in kinds[6][1]
    assert len(kinds) == 7
    assert nbformat.reads(dumps(notebook), as_version=4).cells[2].source == '"""Steps."""\nx = 1'


def test_front_matter_stays_out_of_the_notebook(tmp_path):
    (tmp_path / "steps.py").write_text('"""Steps."""\nx = 1\n')
    page = "# A chapter\n\nSome prose.\n\n[[run steps.py]]\n\nMore prose.\n"
    notebook = chapter_notebook("---\nhide:\n  - toc\n---\n\n" + page, snippets_dir=tmp_path)
    assert not any("hide" in cell.source or "---" in cell.source for cell in notebook.cells)
    assert notebook == chapter_notebook(page, snippets_dir=tmp_path)
    assert notebook.cells[1].source == "# A chapter\n\nSome prose."


def test_notebook_names_are_flat():
    assert notebook_name("layers/linear.md") == "layers-linear.ipynb"
    assert notebook_name("five-levels.md") == "five-levels.ipynb"


def test_a_script_that_switches_gradients_off_does_not_leak_into_the_next(tmp_path):
    (tmp_path / "no_grad.py").write_text('"""Off."""\nimport torch\ntorch.set_grad_enabled(False)\n')
    (tmp_path / "trains.py").write_text('"""Needs gradients."""\nimport torch\n')
    notebook = chapter_notebook("# Page\n\n[[run no_grad.py]]\n\n[[run trains.py]]\n", snippets_dir=tmp_path)
    code = [cell.source for cell in notebook.cells if cell.cell_type == "code"]
    assert len(code) == 3 and code[1].startswith("torch.set_grad_enabled(True)")
