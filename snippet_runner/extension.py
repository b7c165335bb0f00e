"""The Python-Markdown extension that puts snippets in pages, under MkDocs and under Zensical.

mkdocs.yml lists it under markdown_extensions (`- snippet_runner.extension`); both
generators hand it each page's Markdown before anything else sees it (a preprocessor
at priority 35, ahead of Python-Markdown's own and of superfences' code blocks), and
it returns the page as Site.render_page() renders it (site.py).

Which page and which site: under MkDocs the hook (mkdocs_hook.py) has built the site
in on_files and names the page in on_page_markdown. Zensical runs no MkDocs hook: its
own extension tells the page, and the first page builds the site (running the snippets
as settings.py says) and writes the files the pages link to (figures, notebooks,
snippet files, KaTeX) into the site folder. Zensical keeps rendered pages in its cache
and drops files it did not write itself, so build with `zensical build --clean`.
"""

from __future__ import annotations

import importlib.util
import logging
import shutil
import threading
from pathlib import Path

from markdown import Extension
from markdown.preprocessors import Preprocessor

from snippet_runner.settings import ROOT
from snippet_runner.site import BuildError, Site

log = logging.getLogger("snippet_runner")
current: dict = {"site": None, "page": None}  # set by mkdocs_hook.py under MkDocs
_zensical_site: dict = {}
_lock = threading.Lock()


def zensical_context(md):
    """Zensical's rendering context (its page and configuration), or None under another generator."""
    try:
        from zensical.extensions.context import ContextPreprocessor
    except ImportError:
        return None
    return ContextPreprocessor.from_markdown(md)


def zensical_site(config: dict) -> Site:
    """The site, built once per Zensical process, with its files written into the site folder."""
    with _lock:
        if "site" not in _zensical_site:
            docs_dir, site_dir = Path(config["docs_dir"]), Path(config["site_dir"])
            site = Site.build(docs_dir, log=log.info)
            for warning in site.warnings:
                log.warning(warning)
            files = site.files()
            files.update(katex_files())
            for uri, source in files.items():
                target = site_dir / uri
                target.parent.mkdir(parents=True, exist_ok=True)
                if isinstance(source, Path):
                    shutil.copyfile(source, target)
                else:
                    target.write_text(source, encoding="utf-8")
            _zensical_site["site"] = site
        return _zensical_site["site"]


def katex_files() -> dict[str, Path]:
    """KaTeX's files, which the MkDocs hook site_hooks/katex_assets.py adds under MkDocs."""
    spec = importlib.util.spec_from_file_location("katex_assets", ROOT / "site_hooks" / "katex_assets.py")
    katex_assets = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(katex_assets)
    return katex_assets.needed_files()


class SnippetsPreprocessor(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        context = zensical_context(self.md)
        if context is not None:
            site, page = zensical_site(context.config), context.page.path
        else:
            site, page = current["site"], current["page"]
        if site is None or page is None:
            return lines  # Markdown rendered outside a page build (a docstring, a test): left as it is
        try:
            return site.render_page("\n".join(lines), page).split("\n")
        except BuildError as error:
            if context is None:  # MkDocs prints a PluginError as one message, without a traceback
                from mkdocs.exceptions import PluginError
                raise PluginError(str(error)) from None
            raise


class SnippetsExtension(Extension):
    def extendMarkdown(self, md):
        md.preprocessors.register(SnippetsPreprocessor(md), "snippet_runner", 35)


def makeExtension(**kwargs):
    return SnippetsExtension(**kwargs)
