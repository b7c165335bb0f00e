"""Each chapter as a Jupyter notebook: its prose as Markdown cells, its snippets as code cells.

The page's Markdown, without its front matter, is cut at every `[[run ...]]`
line. The text between two embeds becomes a Markdown cell; an embed becomes the
code of the snippet (or of its section) as a code cell. A snippet split into
sections keeps every section in file order, even one the page does not show, so
the notebook runs top to bottom as the file does. The notebooks carry no
outputs: the page shows them.

Scripts share one Python process in a notebook. A script that switches
autograd off for itself (`torch.set_grad_enabled(False)`) gets a cell that
switches it back on before the next script's code, so that one does not
inherit the switch.

A snippet that cannot run inside a notebook (it finds files through
`__file__`, or runs other scripts of its folder by name) stays out, with a
Markdown cell that says so.
"""

from __future__ import annotations

import ast
import functools
import hashlib
import json
import os
import re
import sys
from pathlib import Path

import nbformat

from . import cache, processes
from .execute import SNIPPETS_DIR, names_a_script, parse_cells, threads_wanted
from .sources import parse
from .markdown import Embed, find_embeds, strip_front_matter

HELPER_MODULE = "tutorial_data.py"
GRAD_OFF = "torch.set_grad_enabled(False)"
GRAD_BACK_ON = "torch.set_grad_enabled(True)  # the script above switched gradients off for itself"
THREADS = "import torch\ntorch.set_num_threads({})  # as the site ran it: the last digits depend on the thread count"
# A script whose sections the page interrupts with another script keeps its own random state.
SAVE_STATE = ("# The page shows other code before this script goes on: keep its random state for later.\n"
              "import random, numpy, torch\n"
              "state_of_{name} = random.getstate(), numpy.random.get_state(), torch.get_rng_state()")
RESTORE_STATE = ("# Back to {path}: carry on from its random state.\n"
                 "random.setstate(state_of_{name}[0]); numpy.random.set_state(state_of_{name}[1]); "
                 "torch.set_rng_state(state_of_{name}[2])")
SKIP_COMMENT = re.compile(r"^\s*<!--\s*pytest[\w.-]*(\(.*?\))?\s*-->\s*$", re.MULTILINE)


def notebook_name(page_src: str) -> str:
    """docs/layers/linear.md -> layers-linear.ipynb (one flat folder, beside tutorial_data.py)."""
    return page_src.removesuffix(".md").replace("/", "-") + ".ipynb"


def chapter_notebook(markdown: str, snippets_dir=SNIPPETS_DIR, language: str | None = None) -> nbformat.NotebookNode:
    """The chapter's prose and code as a notebook (in the page's language: a translation's notebook
    has the same code cells and its own prose)."""
    from .translations import ALT, say

    markdown = strip_front_matter(markdown)
    # Jupyter shows neither the figures' [[alt]] lines nor headings' {#id} attributes: drop them.
    markdown = "\n".join(line for line in markdown.splitlines() if not ALT.match(line))
    markdown = re.sub(r"^(#{1,6} .*?)[ \t]+\{#[^\s}]+\}[ \t]*$", r"\1", markdown, flags=re.MULTILINE)
    lines = markdown.splitlines()
    embeds = find_embeds(markdown)
    cells, start = [], 0
    emitted: dict[str, int] = {}  # snippet path -> how many of its sections are in the notebook
    threads = 1  # what the kernel runs with until a cell changes it

    def flush(text):
        text = SKIP_COMMENT.sub("", text).strip("\n")
        if text.strip():
            cells.append(nbformat.v4.new_markdown_cell(text))

    scripts = {embed.path: (snippets_dir / embed.path).read_text(encoding="utf-8") for embed in embeds}
    set_threads = any(threads_wanted(source) > 1 for source in scripts.values())
    current, current_source = None, ""  # the script whose code the last code cell holds
    saved: set[str] = set()  # scripts whose random state a cell has kept
    for number, embed in enumerate(embeds):
        flush("\n".join(lines[start:embed.line - 1]))
        start = embed.line
        source = scripts[embed.path]
        new = code_cells(source, embed, emitted, language)
        if new and embed.path != current and new[0].cell_type == "code":
            name = re.sub(r"\W", "_", current.removesuffix(".py")) if current else ""
            if current and current not in saved and any(e.path == current for e in embeds[number + 1:]):
                cells.append(nbformat.v4.new_code_cell(SAVE_STATE.format(name=name)))
                saved.add(current)
            if GRAD_OFF in current_source:
                cells.append(nbformat.v4.new_code_cell(GRAD_BACK_ON))
            if embed.path in saved:
                cells.append(nbformat.v4.new_code_cell(RESTORE_STATE.format(
                    path=embed.path, name=re.sub(r"\W", "_", embed.path.removesuffix(".py")))))
                saved.discard(embed.path)
            if set_threads and threads_wanted(source) != threads:
                threads = threads_wanted(source)
                cells.append(nbformat.v4.new_code_cell(THREADS.format(threads)))
            current, current_source = embed.path, source
        cells.extend(new)
    flush("\n".join(lines[start:]))

    uses_helper = any("tutorial_data" in cell.source for cell in cells if cell.cell_type == "code")
    title = next((line[2:].strip() for line in lines if line.startswith("# ")), "this chapter")
    intro = say("The code of the chapter *{title}* of *PyTorch by running it*, as a notebook. The chapter's page "
                "shows every cell's output and figures as they came out when the site was built.", language, title=title)
    if uses_helper:
        intro += "\n\n" + say(
            "Some cells load a dataset with `tutorial_data`: save [{module}]({module}) from the same folder of the "
            "site next to this notebook. It reads an offline copy when `TUTORIAL_DATA_DIR` names one, and otherwise "
            "downloads the data through torchvision.", language, module=HELPER_MODULE)
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell(intro), *cells])
    notebook.metadata.update(kernelspec={"name": "python3", "display_name": "Python 3", "language": "python"},
                             language_info={"name": "python"})
    for number, cell in enumerate(notebook.cells):
        cell.id = f"cell-{number}"  # stable ids: the same page gives the same file
    return notebook


def code_cells(source: str, embed: Embed, emitted: dict[str, int], language: str | None = None) -> list:
    from .translations import say

    if needs_its_folder(source):
        if embed.path in emitted:
            return []
        emitted[embed.path] = 0
        return [nbformat.v4.new_markdown_cell(say(
            "*`{path}` reads or runs other files of its folder, so it runs as a script beside them, not in a "
            "notebook: copy it from the page.*", language, path=embed.path))]
    sections = parse_cells(source)
    names = [cell.name for cell in sections]
    if embed.section is None:
        wanted = len(sections)
    elif embed.section in names:
        wanted = names.index(embed.section) + 1
    else:
        return []  # the build reports the missing section with the page's line
    done = emitted.get(embed.path, 0)
    emitted[embed.path] = max(done, wanted)
    # Each code cell says which section of which snippet it holds, so that its output can be
    # compared with the page's.
    return [nbformat.v4.new_code_cell(cell.code.strip("\n"), metadata={"snippet": {"path": embed.path, "cell": index}})
            for index, cell in enumerate(sections[done:wanted], start=done) if cell.code.strip()]


@functools.lru_cache(maxsize=2048)
def needs_its_folder(source: str) -> bool:
    """Whether the code uses `__file__` or names a .py file in a string (to run it). Asked for
    each embed of each page, in both languages: each text is looked at once."""
    for node in ast.walk(parse(source)):
        if names_a_script(node) or (isinstance(node, ast.Name) and node.id == "__file__"):
            return True
    return False


def dumps(notebook: nbformat.NotebookNode) -> str:
    nbformat.validate(notebook)
    return nbformat.writes(notebook) + "\n"


def chapter_notebooks(docs_dir: Path, snippets_dir: Path = SNIPPETS_DIR) -> dict[str, str]:
    """The notebook of every chapter that runs (each English page that embeds a snippet; a
    translation's notebook has the same code cells), as text, by page."""
    from .translations import language_of

    notebooks = {}
    for page in sorted(docs_dir.rglob("*.md")):
        name = page.relative_to(docs_dir).as_posix()
        markdown = page.read_text(encoding="utf-8")
        if find_embeds(markdown) and not language_of(name):
            notebooks[name] = dumps(chapter_notebook(markdown, snippets_dir))
    return notebooks


def helper_text(snippets_dir: Path = SNIPPETS_DIR) -> str:
    """The data module that sits beside every notebook (empty where the snippets have none)."""
    helper = snippets_dir / HELPER_MODULE
    return helper.read_text(encoding="utf-8") if helper.is_file() else ""


def stored_run(text: str, helper: str, config) -> Path:
    """Where the run of a notebook is cached: named by its text and everything else it depends on."""
    inputs = json.dumps([text, helper, cache.versions(), cache.data_fingerprint(), cache.SCHEMA])
    return config.cache / cache.NOTEBOOK_RUNS / (hashlib.sha256(inputs.encode()).hexdigest()[:20] + ".json")


def run_notebook(text: str, helper: str, config, timeout: float = 3600) -> dict:
    """Run a notebook's text in a Jupyter kernel, in a folder of its own with the data module
    beside it, as a reader would; cached like a snippet, by the notebook's text and its inputs.

    Returns {"cells": [{"snippet": {"path", "cell"} or None, "stdout": str}, ...]} or
    {"error": message}. The kernel gets one thread (a notebook sets more where a script
    asked for more), the seed-independent hash seed and no network, as snippets do.
    """
    stored = stored_run(text, helper, config)
    if stored.is_file():
        try:
            return json.loads(stored.read_text(encoding="utf-8"))
        except ValueError:
            stored.unlink(missing_ok=True)
    work = processes.scratch_folder(config.cache / "tmp", config.snippets_dir)
    try:
        folder = work / "notebook"
        folder.mkdir()
        (folder / "chapter.ipynb").write_text(text, encoding="utf-8")
        (folder / HELPER_MODULE).write_text(helper, encoding="utf-8")
        env = {name: value for name, value in os.environ.items() if name not in ("MPLBACKEND", "PYTHONPATH")}
        env.update(OMP_NUM_THREADS="1", PYTHONHASHSEED="0", TUTORIAL_DATA_DOWNLOAD="0",
                   PYTHONDONTWRITEBYTECODE="1", TUTORIAL_DATA_DIR=str(cache.data_dir()))
        done = processes.run([sys.executable, str(Path(__file__).with_name("_notebook_child.py")),
                              str(folder / "chapter.ipynb"), str(work / "out.json")],
                             cwd=folder, env=env, out_dir=work, timeout=timeout, max_output=config.max_output)
        if done.stopped:
            return {"error": f"stopped: {done.stopped} ({timeout:g} s of its own time, or too much output)"}
        try:
            outcome = json.loads((work / "out.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {"error": f"the notebook's kernel exited with code {done.returncode}:\n{done.stderr[-3000:]}"}
        if "cells" in outcome:
            stored.parent.mkdir(parents=True, exist_ok=True)
            stored.write_text(json.dumps(outcome), encoding="utf-8")
        return outcome
    finally:
        processes.remove(work)
