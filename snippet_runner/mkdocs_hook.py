"""MkDocs hook (see `hooks:` in mkdocs.yml): runs the snippets that pages embed.

on_files finds every `[[run ...]]` in the pages, runs the snippets they name
(in parallel, from the cache where possible) and adds their figures to the
site, with each chapter's code as a Jupyter notebook (notebooks.py);
on_page_markdown then puts code, output and figures in each page, the values
quoted with [[value PATH:NAME]] in its prose, and a link to its notebook under
its title. A number in the prose that looks like a result typed by hand is a
warning, which fails the strict build (values.py).

The settings (SNIPPETS_MODE, SNIPPETS_ONLY, SNIPPETS_JOBS, SNIPPETS_TIMEOUT,
SNIPPETS_CACHE, TORCH_DEVICE, ...) are read and checked in settings.py.
"""

from __future__ import annotations

import difflib
import logging
import re
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

from snippet_runner.execute import SNIPPETS_DIR, SnippetError, current_settings, run, run_all
from snippet_runner.markdown import OPTIONS, find_embeds, relative_url, render, replace_embeds
from snippet_runner.values import find_values, format_value, page_code, render_values, typed_results
from snippet_runner.notebooks import HELPER_MODULE, chapter_notebook, dumps, notebook_name

log = logging.getLogger("mkdocs.hooks.snippets")
FIGURES_URL = "snippet-figures"
NOTEBOOKS_URL = "notebooks"
SOURCES_URL = "snippets"  # every embedded file, whole, for the pages that show it in sections
state: dict = {}


def on_files(files, config):
    embeds, sources, errors, values = {}, {}, [], {}
    for file in files.documentation_pages():
        sources[file.src_uri] = Path(file.abs_src_path).read_text(encoding="utf-8")
        for ref in find_values(sources[file.src_uri]):
            if not (SNIPPETS_DIR / ref.path).is_file():
                errors.append(f"docs/{file.src_uri}:{ref.line}: {ref.text} names snippets/{ref.path}, "
                              f"which does not exist")
            values.setdefault(file.src_uri, []).append(ref)
        for embed in find_embeds(sources[file.src_uri]):
            if not (SNIPPETS_DIR / embed.path).is_file():
                errors.append(f"docs/{file.src_uri}:{embed.line}: {embed.text} names "
                              f"snippets/{embed.path}, which does not exist")
            for option in set(embed.options) - OPTIONS:
                errors.append(f"docs/{file.src_uri}:{embed.line}: {embed.text}: unknown option "
                              f"'{option}' (known: {', '.join(sorted(OPTIONS))})")
            embeds.setdefault(file.src_uri, []).append(embed)
    if errors:
        raise PluginError("broken snippet embeds:\n" + "\n".join(errors))

    paths = {SNIPPETS_DIR / e.path for page in embeds.values() for e in page}
    paths |= {SNIPPETS_DIR / ref.path for page in values.values() for ref in page}
    try:
        only = current_settings().only
    except SnippetError as error:
        raise PluginError(str(error)) from None
    chosen = {p for p in paths if p.relative_to(SNIPPETS_DIR).as_posix().startswith(only)} if only else paths
    try:
        results = run_all(chosen, log=log.info)
    except SnippetError as error:
        raise PluginError(str(error)) from None
    for path in paths - chosen:
        try:
            results[path.resolve()] = run(path, "cache")
        except SnippetError:
            results[path.resolve()] = run(path, "off")

    for result in results.values():
        for cell in result.cells:
            for figure in cell.figures:
                uri = f"{FIGURES_URL}/{figure['path'].parent.name}/{figure['path'].name}"
                figure["uri"] = uri
                if files.get_file_from_path(uri) is None:
                    files.append(File.generated(config, uri, abs_src_path=str(figure["path"])))

    state.update(embeds=embeds, results=results, values=values)
    problems = [problem for src_uri in sources for problem in value_problems(src_uri)]
    if problems:
        raise PluginError("values quoted from the run that it does not have:\n" + "\n".join(problems))
    for src_uri, source in sources.items():
        typed, _ = typed_results(source, page_code(source, SNIPPETS_DIR))
        for line, number in typed:
            log.warning(f"docs/{src_uri}:{line}: '{number}' looks like a result typed by hand: quote it "
                        f"from the run with [[value SNIPPET.py:NAME]] (a module-level variable of the snippet "
                        f"that computes it), or say why it is typed with <!-- typed: REASON --> on the line")
    for src_uri in embeds:
        markdown = render_values(sources[src_uri], lambda ref: value_text(ref, src_uri))
        files.append(File.generated(config, f"{NOTEBOOKS_URL}/{notebook_name(src_uri)}",
                                    content=dumps(chapter_notebook(markdown))))
    for path in sorted({embed.path for page_embeds in embeds.values() for embed in page_embeds}):
        if (SNIPPETS_DIR / path).is_file():
            files.append(File.generated(config, f"{SOURCES_URL}/{path}", abs_src_path=str(SNIPPETS_DIR / path)))
    if (SNIPPETS_DIR / HELPER_MODULE).is_file():  # the data module, for notebooks that load a dataset
        files.append(File.generated(config, f"{NOTEBOOKS_URL}/{HELPER_MODULE}",
                                    abs_src_path=str(SNIPPETS_DIR / HELPER_MODULE)))
    return files


def value_problems(src_uri: str) -> list[str]:
    problems = []
    for ref in state["values"].get(src_uri, []):
        result = state["results"][(SNIPPETS_DIR / ref.path).resolve()]
        if result.status == "not run":
            continue
        if ref.name not in result.values:
            near = difflib.get_close_matches(ref.name, list(result.values), n=3)
            problems.append(f"docs/{src_uri}:{ref.line}: {ref.text}: snippets/{ref.path} has no module-level "
                            f"number or short text named '{ref.name}' at its end"
                            + (f" (did you mean {', '.join(near)}?)" if near else ""))
            continue
        try:
            format_value(result.values[ref.name], ref.format)
        except (ValueError, TypeError) as error:
            problems.append(f"docs/{src_uri}:{ref.line}: {ref.text}: format '{ref.format}' does not fit "
                            f"{result.values[ref.name]!r}: {error}")
    return problems


def value_text(ref, src_uri: str) -> str:
    result = state["results"][(SNIPPETS_DIR / ref.path).resolve()]
    if result.status == "not run":
        return f"(a value of snippets/{ref.path}, not run in this build)"
    return format_value(result.values[ref.name], ref.format)


def on_page_markdown(markdown, page, config, files):
    # MkDocs hands over the page without its front matter (and leading blank lines),
    # so the embeds are found again here; those found in the file in on_files give
    # the line numbers of messages, which name the real file.
    in_file = state["embeds"].get(page.file.src_uri, [])
    here = find_embeds(markdown)
    if [e.text for e in here] != [e.text for e in in_file]:
        raise PluginError(f"docs/{page.file.src_uri}: the page's embeds changed between reading the "
                          f"file and rendering it: {[e.text for e in in_file]} in the file, "
                          f"{[e.text for e in here]} in the Markdown to render")
    rendered = {}
    for embed, original in zip(here, in_file):
        result = state["results"][(SNIPPETS_DIR / embed.path).resolve()]
        try:
            cell = result.section(embed.section)
        except SnippetError as error:
            raise PluginError(f"docs/{page.file.src_uri}:{original.line}: {error}") from None
        rendered[embed.line] = render(
            embed, cell, lambda figure: relative_url(figure["uri"], page.file.src_uri),
            relative_url(f"{SOURCES_URL}/{embed.path}", page.file.src_uri))
    markdown = render_values(markdown, lambda ref: (
        f'<span class="run-value" title="computed by snippets/{ref.path} when this page was built">'
        f'{value_text(ref, page.file.src_uri)}</span>'))
    if not rendered:
        return markdown
    markdown = replace_embeds(markdown, rendered)
    name = notebook_name(page.file.src_uri)
    link = (f"[Download this chapter as a Jupyter notebook]"
            f"({relative_url(f'{NOTEBOOKS_URL}/{name}', page.file.src_uri)})"
            f'{{ .md-button .notebook-download download="{name}" }}')
    # Right under the page's title, or at the top when it has none.
    title = re.search(r"^# .*$", markdown, re.MULTILINE)
    at = title.end() if title else 0
    return f"{markdown[:at]}\n\n{link}\n\n{markdown[at:]}"


def on_serve(server, config, builder):
    server.watch(str(SNIPPETS_DIR))
    return server
