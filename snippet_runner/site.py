"""The engine's side of a site build, for any generator that runs Python-Markdown.

Site.build(docs_dir) reads every page, checks its `[[run ...]]` embeds and `[[value ...]]`
quotes, runs the snippets they name (in parallel, from the cache where possible) and
collects what the site must serve besides the pages: figures, each chapter as a
notebook, the embedded snippet files. Site.render_page(markdown, page) then turns
one page's Markdown into the Markdown the generator renders: code, output and figures
under each embed, the quoted values, a notebook link under the title.

Two thin adapters use it: mkdocs_hook.py under MkDocs (it runs the build up front and
adds the files), and extension.py, the Python-Markdown extension that renders the
pages, under MkDocs and under Zensical (which runs no MkDocs hook).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

from snippet_runner.execute import SNIPPETS_DIR, Result, SnippetError, current_settings, run, run_all
from snippet_runner.markdown import OPTIONS, Embed, find_embeds, relative_url, render, replace_embeds
from snippet_runner.notebooks import HELPER_MODULE, chapter_notebook, dumps, notebook_name
from snippet_runner.translations import ALT, alt_texts, compare, language_of, out_of_date, say, source_of
from snippet_runner.values import ValueRef, find_values, format_value, page_code, render_values, typed_results

FIGURES_URL = "snippet-figures"
NOTEBOOKS_URL = "notebooks"
SOURCES_URL = "snippets"  # every embedded file, whole, for the pages that show it in sections


class BuildError(Exception):
    """What stops a build: every problem found, one per line, each naming its page and line."""


@dataclass
class Site:
    sources: dict[str, str]  # page (relative to docs/) -> its Markdown as in the file
    embeds: dict[str, list[Embed]] = field(default_factory=dict)
    values: dict[str, list[ValueRef]] = field(default_factory=dict)
    results: dict[Path, Result] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)  # results typed by hand: the strict build fails
    pending: list[Path] = field(default_factory=list)  # snippets left to run later (mkdocs serve)
    _files: dict | None = field(default=None, repr=False)  # files(), made once: each language's pass asks

    @classmethod
    def build(cls, docs_dir: Path, log=lambda message: None, run_now: bool = True,
              failed: dict[Path, str] | None = None) -> Site:
        """With run_now False, nothing runs: snippets the cache lacks are listed in `pending`
        and their embeds say that they are running (mkdocs serve runs them in the background),
        except those in `failed` (path -> message), whose embeds show the message."""
        pages = sorted(p.relative_to(docs_dir).as_posix() for p in docs_dir.rglob("*.md"))
        site = cls({page: (docs_dir / page).read_text(encoding="utf-8") for page in pages})
        site.check_references()
        site.run_snippets(log, run_now, failed or {})
        site.check_sections()
        site.check_values()
        site.check_translations()
        return site

    def check_references(self):
        errors = []
        for page, source in self.sources.items():
            for ref in find_values(source):
                if not (SNIPPETS_DIR / ref.path).is_file():
                    errors.append(f"docs/{page}:{ref.line}: {ref.text} names snippets/{ref.path}, "
                                  f"which does not exist")
                self.values.setdefault(page, []).append(ref)
            for embed in find_embeds(source):
                if not (SNIPPETS_DIR / embed.path).is_file():
                    errors.append(f"docs/{page}:{embed.line}: {embed.text} names "
                                  f"snippets/{embed.path}, which does not exist")
                for option in set(embed.options) - OPTIONS:
                    errors.append(f"docs/{page}:{embed.line}: {embed.text}: unknown option "
                                  f"'{option}' (known: {', '.join(sorted(OPTIONS))})")
                self.embeds.setdefault(page, []).append(embed)
        if errors:
            raise BuildError("broken snippet embeds:\n" + "\n".join(errors))

    def run_snippets(self, log, run_now: bool = True, failed: dict[Path, str] | None = None):
        paths = {SNIPPETS_DIR / e.path for page in self.embeds.values() for e in page}
        paths |= {SNIPPETS_DIR / ref.path for page in self.values.values() for ref in page}
        try:
            config = current_settings()
            only = config.only
            chosen = {p for p in paths if p.relative_to(SNIPPETS_DIR).as_posix().startswith(only)} if only else paths
            if run_now or config.mode != "run":
                self.results = run_all(chosen, log=log)
            else:
                for path in sorted(chosen):
                    try:
                        self.results[path.resolve()] = run(path, "cache")
                    except SnippetError:
                        result = self.results[path.resolve()] = run(path, "off")
                        if path.resolve() in (failed or {}):
                            result.status, result.error = "failed", failed[path.resolve()]
                        else:
                            result.status = "pending"
                            self.pending.append(path.resolve())
        except SnippetError as error:
            raise BuildError(str(error)) from None
        for path in paths - chosen:
            try:
                self.results[path.resolve()] = run(path, "cache")
            except SnippetError:
                self.results[path.resolve()] = run(path, "off")
        for result in self.results.values():
            for cell in result.cells:
                for figure in cell.figures:
                    figure["uri"] = f"{FIGURES_URL}/{figure['path'].parent.name}/{figure['path'].name}"

    def check_sections(self):
        errors = []
        for page, embeds in self.embeds.items():
            for embed in embeds:
                try:
                    self.result(embed.path).section(embed.section)
                except SnippetError as error:
                    errors.append(f"docs/{page}:{embed.line}: {error}")
        if errors:
            raise BuildError("\n".join(errors))

    def check_values(self):
        problems = []
        for page, refs in self.values.items():
            for ref in refs:
                result = self.result(ref.path)
                if result.status in ("not run", "pending", "failed"):
                    continue
                if ref.name not in result.values:
                    near = difflib.get_close_matches(ref.name, list(result.values), n=3)
                    problems.append(f"docs/{page}:{ref.line}: {ref.text}: snippets/{ref.path} has no module-level "
                                    f"number or short text named '{ref.name}' at its end"
                                    + (f" (did you mean {', '.join(near)}?)" if near else ""))
                    continue
                try:
                    format_value(result.values[ref.name], ref.format)
                except (ValueError, TypeError) as error:
                    problems.append(f"docs/{page}:{ref.line}: {ref.text}: format '{ref.format}' does not fit "
                                    f"{result.values[ref.name]!r}: {error}")
        if problems:
            raise BuildError("values quoted from the run that it does not have:\n" + "\n".join(problems))
        for page, source in self.sources.items():
            typed, _ = typed_results(source, page_code(source, SNIPPETS_DIR))
            self.warnings += [
                f"docs/{page}:{line}: '{number}' looks like a result typed by hand: quote it from the run "
                f"with [[value SNIPPET.py:NAME]] (a module-level variable of the snippet that computes it), "
                f"or say why it is typed with <!-- typed: REASON --> on the line" for line, number in typed]

    def check_translations(self):
        """A translation must show what its source shows (translations.py); one that does not is a
        warning, so the strict build refuses to publish it. An out-of-date one only carries a notice."""
        for page, text in self.sources.items():
            if not language_of(page):
                continue
            if source_of(page) not in self.sources:
                self.warnings.append(f"docs/{page}: a translation of docs/{source_of(page)}, which does not exist")
                continue
            self.warnings += [f"docs/{page}: {problem} (the translation must show what docs/{source_of(page)} "
                              f"shows: `python -m snippet_runner.translations check docs/{page}` lists each "
                              f"difference)" for problem in compare(self.sources[source_of(page)], text)]
            alts = alt_texts(text)
            for index, embed in enumerate(self.embeds.get(page, [])):
                result = self.result(embed.path)
                if result.status in ("not run", "pending", "failed"):
                    continue
                drawn, given = len(result.section(embed.section).figures), len(alts.get(index, []))
                if drawn != given:
                    self.warnings.append(f"docs/{page}:{embed.line}: {embed.text} draws {drawn} figure(s); the "
                                         f"translation gives {given} [[alt ...]] line(s) after it, one per figure")

    def result(self, path: str) -> Result:
        return self.results[(SNIPPETS_DIR / path).resolve()]

    def value_text(self, ref: ValueRef) -> str:
        result = self.result(ref.path)
        if result.status in ("pending", "failed"):
            return f"(a value of snippets/{ref.path}, which is {'running' if result.status == 'pending' else 'failing'})"
        if result.status == "not run":
            return f"(a value of snippets/{ref.path}, not run in this build)"
        return format_value(result.values[ref.name], ref.format)

    def files(self) -> dict[str, Path | str]:
        """What the site serves besides its pages: URL path -> a file to copy, or a text."""
        if self._files is None:
            self._files = self._collect_files()
        return self._files

    def _collect_files(self) -> dict[str, Path | str]:
        files: dict[str, Path | str] = {}
        for result in self.results.values():
            for cell in result.cells:
                for figure in cell.figures:
                    files[figure["uri"]] = figure["path"]
        for page in self.embeds:
            markdown = render_values(self.sources[page], self.value_text)
            files[f"{NOTEBOOKS_URL}/{notebook_name(page)}"] = dumps(chapter_notebook(markdown, language=language_of(page)))
        for path in sorted({embed.path for page_embeds in self.embeds.values() for embed in page_embeds}):
            files[f"{SOURCES_URL}/{path}"] = SNIPPETS_DIR / path
        if (SNIPPETS_DIR / HELPER_MODULE).is_file():  # the data module, for notebooks that load a dataset
            files[f"{NOTEBOOKS_URL}/{HELPER_MODULE}"] = SNIPPETS_DIR / HELPER_MODULE
        return files

    def render_page(self, markdown: str, page: str) -> str:
        """The page's Markdown with every embed, value and the notebook link filled in.

        Generators hand over the page without its front matter (and leading blank lines),
        so the embeds are found again here; those found in the file give the line numbers
        of messages, which name the real file."""
        in_file = self.embeds.get(page, [])
        here = find_embeds(markdown)
        if [e.text for e in here] != [e.text for e in in_file]:
            raise BuildError(f"docs/{page}: the page's embeds changed between reading the file and rendering "
                             f"it: {[e.text for e in in_file]} in the file, {[e.text for e in here]} in the "
                             f"Markdown to render")
        language = language_of(page)
        alts = alt_texts(markdown) if language else {}
        rendered = {}
        for index, (embed, original) in enumerate(zip(here, in_file)):
            result = self.result(embed.path)
            try:
                cell = result.section(embed.section)
            except SnippetError as error:
                raise BuildError(f"docs/{page}:{original.line}: {error}") from None
            rendered[embed.line] = render(embed, cell, lambda figure: relative_url(figure["uri"], page),
                                          relative_url(f"{SOURCES_URL}/{embed.path}", page),
                                          running=result.status == "pending", error=result.error,
                                          language=language, alts=alts.get(index, ()))
        if language:
            markdown = remove_alt_lines(markdown)
        markdown = render_values(markdown, lambda ref: (
            f'<span class="run-value" title="computed by snippets/{ref.path} when this page was built">'
            f'{self.value_text(ref)}</span>'))
        under_title = []
        if language and source_of(page) in self.sources and out_of_date(self.sources[source_of(page)],
                                                                        self.sources[page]):
            under_title.append(f'!!! warning "{say("This translation may be out of date", language)}"\n    ' + say(
                "The English page changed after this page was translated: the code, outputs and values below are "
                "today's, the prose may not be. The language switch at the top leads to the English page.", language))
        if rendered:
            markdown = replace_embeds(markdown, rendered)
            name = notebook_name(page)
            under_title.insert(0, f"[{say('Download this chapter as a Jupyter notebook', language)}]"
                                  f"({relative_url(f'{NOTEBOOKS_URL}/{name}', page)})"
                                  f'{{ .md-button .notebook-download download="{name}" }}')
        if not under_title:
            return markdown
        # Right under the page's title, or at the top when it has none.
        title = re.search(r"^# .*$", markdown, re.MULTILINE)
        at = title.end() if title else 0
        return markdown[:at] + "".join(f"\n\n{part}" for part in under_title) + f"\n\n{markdown[at:]}"


def remove_alt_lines(markdown: str) -> str:
    """A translation's [[alt ...]] lines, which went into its figures, leave the text (as empty lines,
    so that what follows stays a separate block)."""
    return "\n".join("" if ALT.match(line) else line for line in markdown.split("\n"))
