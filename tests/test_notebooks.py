"""Every chapter's notebook, as the built site offers it, runs top to bottom in a Jupyter kernel.

A notebook that ran cleanly leaves a marker under .cache/notebooks named by the
hash of its text and of tutorial_data.py, so an unchanged notebook is not run again.
"""
import hashlib
import os
import shutil

import nbformat
import pytest
import torch
from nbclient import NotebookClient

from conftest import DOCS_DIR, ROOT
from snippet_runner.markdown import find_embeds
from snippet_runner.notebooks import HELPER_MODULE, notebook_name

CHAPTERS = sorted(page.relative_to(DOCS_DIR).as_posix() for page in DOCS_DIR.rglob("*.md")
                  if find_embeds(page.read_text(encoding="utf-8")))
MARKERS = ROOT / ".cache" / "notebooks"
OFFLINE_DATA = ROOT.parent / "shared" / "data"


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_chapter_notebook_runs_top_to_bottom(chapter, site_build, tmp_path):
    folder = site_build.folder / "notebooks"
    text = (folder / notebook_name(chapter)).read_text(encoding="utf-8")
    notebook = nbformat.reads(text, as_version=4)
    assert any(cell.cell_type == "code" for cell in notebook.cells), f"{chapter}: no code in its notebook"

    helper = (folder / HELPER_MODULE).read_text(encoding="utf-8")
    key = hashlib.sha256("\0".join([text, helper, torch.__version__]).encode()).hexdigest()[:20]
    if (MARKERS / key).exists():
        return
    # The reader's set-up: the notebook and tutorial_data.py, downloaded into one folder.
    shutil.copy(folder / HELPER_MODULE, tmp_path)
    env = {name: value for name, value in os.environ.items() if name not in ("MPLBACKEND", "PYTHONPATH")}
    env["TUTORIAL_DATA_DOWNLOAD"] = "0"  # tests stay offline
    if "TUTORIAL_DATA_DIR" not in env and OFFLINE_DATA.is_dir():  # the copied module cannot find it
        env["TUTORIAL_DATA_DIR"] = str(OFFLINE_DATA)
    client = NotebookClient(notebook, timeout=900, kernel_name="python3",
                            resources={"metadata": {"path": str(tmp_path)}})
    client.execute(env=env)  # raises CellExecutionError with the failing cell and its traceback
    MARKERS.mkdir(parents=True, exist_ok=True)
    (MARKERS / key).touch()
