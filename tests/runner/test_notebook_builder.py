"""A chapter's notebook: prose and code in page order, every section of a file, nothing that cannot run."""
import nbformat

from snippet_runner.notebooks import GRAD_BACK_ON, chapter_notebook, dumps, notebook_name

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
    # The page shows section "second" only, but "first" must run before it. Nothing is added
    # before the script: it seeds itself if it needs to, as it does when a reader runs it.
    assert kinds[2:4] == [("code", '"""Steps."""\nx = 1'), ("code", "x += 1")]
    assert kinds[4] == ("markdown", "More prose.")  # the skip marker is gone
    assert kinds[5] == ("code", "print(x)")
    assert kinds[6][0] == "markdown" and "runs as a script" in kinds[6][1]
    assert len(kinds) == 7
    assert [cell.metadata.get("snippet") for cell in notebook.cells[2:6]] == [
        {"path": "demo/steps.py", "cell": 0}, {"path": "demo/steps.py", "cell": 1}, None,
        {"path": "demo/steps.py", "cell": 2}]
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
    assert code == ['"""Off."""\nimport torch\ntorch.set_grad_enabled(False)', GRAD_BACK_ON,
                    '"""Needs gradients."""\nimport torch']


def test_a_script_with_more_threads_gets_them_and_its_neighbours_get_theirs(tmp_path):
    (tmp_path / "wide.py").write_text('"""Two."""\n# snippet-threads: 2\nx = 1\n')
    (tmp_path / "narrow.py").write_text('"""One."""\nx = 2\n')
    notebook = chapter_notebook("# Page\n\n[[run wide.py]]\n\n[[run narrow.py]]\n", snippets_dir=tmp_path)
    code = [cell.source.split("  #")[0] for cell in notebook.cells if cell.cell_type == "code"]
    assert code == ["import torch\ntorch.set_num_threads(2)", '"""Two."""\n# snippet-threads: 2\nx = 1',
                    "import torch\ntorch.set_num_threads(1)", '"""One."""\nx = 2']


def test_a_script_interrupted_by_another_carries_on_from_its_own_random_state(tmp_path):
    (tmp_path / "loop.py").write_text(
        '# %% data\n"""Loop."""\nimport torch\ntorch.manual_seed(0)\n# %% train\nx = torch.rand(1)\n')
    (tmp_path / "aside.py").write_text('"""Aside."""\nimport torch\ntorch.manual_seed(1)\ny = torch.rand(1)\n')
    page = "# Page\n\n[[run loop.py#data]]\n\n[[run aside.py]]\n\n[[run loop.py#train]]\n"
    code = [cell.source for cell in chapter_notebook(page, snippets_dir=tmp_path).cells if cell.cell_type == "code"]
    assert code[1].endswith("state_of_loop = random.getstate(), numpy.random.get_state(), torch.get_rng_state()")
    assert code[2].startswith('"""Aside."""')
    assert code[3].startswith("# Back to loop.py") and code[4] == "x = torch.rand(1)"
    # Run as one kernel would: the loop draws what it draws as a script of its own.
    namespace = {}
    for cell in code:
        exec(cell, namespace)
    import torch
    torch.manual_seed(0)
    assert torch.equal(namespace["x"], torch.rand(1))


def test_a_script_named_in_a_string_needs_its_folder_but_an_f_string_suffix_does_not():
    from snippet_runner.notebooks import needs_its_folder

    assert needs_its_folder('import runpy\nrunpy.run_path("level1_numpy.py")\n')
    assert not needs_its_folder('name = "os"\nprint(f"{name}.py")\n')
