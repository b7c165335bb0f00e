"""Runs the site's snippet files, caches their output and embeds it in pages.

settings.py     every setting, read from the environment and checked
sources.py      what a snippet's text says: cells, settings lines, inputs
cache.py        results by a key over everything that shapes the output
processes.py    snippet processes: scratch folder, clock, output cap, clean-up
execute.py      run one snippet, or many in one schedule
_child.py       what runs inside a snippet's process
markdown.py     the [[run PATH#SECTION]] directive
notebooks.py    each chapter as a Jupyter notebook, and running one (_notebook_child.py)
site.py         a site build for any generator: check, run, render a page, the files to serve
extension.py    the Python-Markdown extension that renders pages (MkDocs and Zensical)
mkdocs_hook.py  the MkDocs side (named in mkdocs.yml under hooks:)
__main__.py     python -m snippet_runner: run, forget or prune from the command line
"""
