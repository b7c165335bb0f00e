"""Runs the site's snippet files, caches their output and embeds it in pages.

execute.py   runs snippets in their own processes, with the cache
_child.py    what runs inside that process
markdown.py  the [[run PATH#SECTION]] directive
mkdocs_hook.py  the MkDocs side (named in mkdocs.yml under hooks:)
__main__.py  python -m snippet_runner: run snippets from the command line
"""
