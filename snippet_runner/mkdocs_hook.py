"""MkDocs hook (see `hooks:` in mkdocs.yml): the MkDocs side of the snippet engine.

on_config makes sure the Markdown extension that renders the embeds (extension.py) is
on; on_files builds the site (site.py: every page's embeds and values checked, the
snippets run in parallel, from the cache where possible) and adds its figures,
notebooks and snippet files to the site; on_page_markdown tells the extension which
page it renders. A number in the prose that looks like a result typed by hand is a
warning, which fails the strict build (values.py).

The settings (SNIPPETS_MODE, SNIPPETS_ONLY, SNIPPETS_JOBS, SNIPPETS_TIMEOUT,
SNIPPETS_CACHE, TORCH_DEVICE, ...) are read and checked in settings.py.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

from snippet_runner.execute import SNIPPETS_DIR
from snippet_runner.extension import current
from snippet_runner.site import BuildError, Site

log = logging.getLogger("mkdocs.hooks.snippets")
EXTENSION = "snippet_runner.extension"


def on_config(config):
    if EXTENSION not in config.markdown_extensions:
        config.markdown_extensions.append(EXTENSION)
    return config


def on_files(files, config):
    try:
        site = Site.build(Path(config.docs_dir), log=log.info)
    except BuildError as error:
        raise PluginError(str(error)) from None
    for warning in site.warnings:
        log.warning(warning)
    for uri, source in site.files().items():
        if files.get_file_from_path(uri) is not None:
            continue
        if isinstance(source, Path):
            files.append(File.generated(config, uri, abs_src_path=str(source)))
        else:
            files.append(File.generated(config, uri, content=source))
    current["site"] = site
    return files


def on_page_markdown(markdown, page, config, files):
    current["page"] = page.file.src_uri  # the extension renders the embeds of this page
    return markdown


def on_post_page(output, page, config):
    current["page"] = None
    return output


def on_serve(server, config, builder):
    server.watch(str(SNIPPETS_DIR))
    return server
