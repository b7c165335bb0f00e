"""MkDocs hook: serve KaTeX from the site itself, so that no page fetches math from another host.

KaTeX comes from npm (package.json pins it; `make` runs `npm ci`). This hook adds
the files a browser needs from node_modules/katex/dist to the site under assets/katex/
(snippet_runner/extension.py writes the same files under Zensical).
"""

from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

KATEX = Path(__file__).resolve().parent.parent / "node_modules" / "katex" / "dist"
NEEDED = ["katex.min.js", "katex.min.css", "contrib/auto-render.min.js"]


def needed_files() -> dict[str, Path]:
    """URL path in the site -> file in node_modules."""
    if not (KATEX / "katex.min.js").is_file():
        raise PluginError(f"KaTeX is not installed ({KATEX} is missing): run `npm ci` in the "
                          f"project folder (`make serve` and `make test` do it for you)")
    # Browsers that read woff2 (all current ones) never ask for the other font formats.
    fonts = [p.relative_to(KATEX).as_posix() for p in sorted((KATEX / "fonts").glob("*.woff2"))]
    return {f"assets/katex/{name}": KATEX / name for name in NEEDED + fonts}


def on_files(files, config):
    for uri, path in needed_files().items():
        files.append(File.generated(config, uri, abs_src_path=str(path)))
    return files
