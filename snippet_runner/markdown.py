"""The `[[run PATH#SECTION]]` directive: find it in a page and turn it into Markdown.

A line that holds only `[[run five_levels/numpy_by_hand.py]]` (a path under
snippets/) becomes the file's code, what it printed and the figures it drew.
`[[run five_levels/numpy_by_hand.py#train]]` does the same for the cell that
starts with the line `# %% train`. With the option `as-markdown`
(`[[run reference/table.py as-markdown]]`) what the code prints is Markdown that
becomes part of the page, and the code goes into a collapsed block above it.
Lines inside fenced code blocks are left alone.

MkDocs cuts a page's front matter (`---` YAML `---`, or MultiMarkdown-style
`key: value` lines) off its top before the hooks see it; strip_front_matter
does the same, for code that reads the page's file itself.
"""

from __future__ import annotations

import posixpath
import re
import struct
import textwrap
from dataclasses import dataclass
from pathlib import Path

from mkdocs.utils.meta import get_data

from .execute import Cell

DIRECTIVE = re.compile(r"^(?P<indent>[ \t]*)\[\[run (?P<path>[^\s#\]]+)(?:#(?P<section>[^\s\]]+))?"
                       r"(?P<options>(?: [a-z-]+)*)\]\]\s*$")
OPTIONS = {"as-markdown"}
FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})")


@dataclass
class Embed:
    line: int  # 1-based line of the directive in its page
    indent: str
    path: str  # relative to snippets/
    section: str | None
    options: tuple[str, ...] = ()

    @property
    def text(self):
        options = "".join(" " + option for option in self.options)
        return f"[[run {self.path}{'#' + self.section if self.section else ''}{options}]]"


def prose_lines(markdown: str):
    """(line number, line) for every line outside fenced code blocks."""
    fence = None
    for number, line in enumerate(markdown.splitlines(), start=1):
        opener = FENCE.match(line)
        if fence is None and opener:
            fence = opener.group(1)
        elif fence is not None and opener and opener.group(1).startswith(fence) and not line.strip(" `~\t"):
            fence = None
        elif fence is None:
            yield number, line


def find_embeds(markdown: str) -> list[Embed]:
    return [Embed(number, match["indent"], match["path"], match["section"], tuple(match["options"].split()))
            for number, line in prose_lines(markdown) if (match := DIRECTIVE.match(line))]


def strip_front_matter(markdown: str) -> str:
    """The page as MkDocs renders it: without the front matter at its top (and the blank lines after it)."""
    return get_data(markdown)[0]


def blank_front_matter(markdown: str) -> str:
    """The page with its front matter's lines left empty: line numbers stay those of the file."""
    lines = markdown.split("\n")
    if lines and lines[0].strip() == "---":
        for end in range(1, len(lines)):
            if lines[end].strip() in ("---", "..."):
                return "\n" * (end + 1) + "\n".join(lines[end + 1:])
    return markdown


def fence_for(text: str) -> str:
    """A backtick fence longer than any run of backticks inside the text."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    return "`" * max(3, longest + 1)


def png_size(path: Path) -> tuple[int, int]:
    """(width, height) of a PNG, from its header: the first chunk (IHDR) holds them."""
    with open(path, "rb") as file:
        head = file.read(24)
    if len(head) < 24 or head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        raise ValueError(f"{path} is not a PNG file")
    return struct.unpack(">II", head[16:24])


def figure_markdown(figure, url: str, alt: str | None = None) -> str:
    """An image with its alt text (the snippet's, unless a translation gives its own), its size
    (so that the page does not shift when it arrives) and lazy loading (a figure below the fold
    is fetched when the reader scrolls near it)."""
    alt = re.sub(r"[\[\]\n]", " ", alt or figure["alt"])
    width, height = png_size(figure["path"])
    return (f'![{alt}]({url}){{ .snippet-figure width="{width}" height="{height}" '
            f'loading="lazy" decoding="async" }}')


def render(embed: Embed, cell: Cell, figure_url, file_url: str | None = None, running: bool = False,
           error: str | None = None, language: str | None = None, alts: list[str] = ()) -> str:
    """Markdown for one embed: the code, its output (not copyable) and its figures.

    figure_url(figure) gives the page-relative URL of one of cell.figures; file_url, that of
    the whole snippet file, offered under a section (whose copy button copies the section only).
    On a translated page, the words around the code are in its language, and alts (from its
    `[[alt ...]]` lines) replace the figures' alt text.
    """
    from .translations import say
    title = embed.path + (f" (section {embed.section})" if embed.section else "")
    code = cell.code.strip("\n")
    fence = fence_for(code)
    parts = [f'{fence}python title="{title}"\n{code}\n{fence}']
    if embed.section and file_url:
        name = posixpath.basename(embed.path)
        parts.append(f"*{say('A section of a longer script: the copy button copies this section only.', language)} "
                     f"[{say('Download the whole {name}', language, name=name)}]({file_url}){{ download=\"{name}\" }}*"
                     "{ .snippet-section-note }")
    as_markdown = "as-markdown" in embed.options
    if as_markdown:
        parts = [f'??? example "{say("The code that generated this part of the page", language)}"\n'
                 + textwrap.indent(parts[0], "    ")]
    if cell.stdout is None and error:
        fence = fence_for(error)
        parts.append(f'!!! failure "{say("This snippet failed", language)}"\n    '
                     f'{say("`mkdocs serve` runs it again when it changes.", language)}\n\n'
                     + textwrap.indent(f"{fence}text\n{error}\n{fence}", "    "))
    elif cell.stdout is None and running:
        parts.append(f'!!! info "{say("Running", language)}"\n    ' + say(
            "`mkdocs serve` is running this snippet now: its output and figures appear here when it finishes, "
            "and the page reloads itself.", language))
    elif cell.stdout is None:
        parts.append(f'!!! warning "{say("Not executed in this build", language)}"\n    ' + say(
            "This copy of the site was built with `SNIPPETS_MODE=off`, so the output and figures of this code are "
            "not shown. Build it with `make serve` to see them.", language))
    else:
        output = cell.stdout.rstrip()
        if output and as_markdown:
            parts.append(output)
        elif output:
            fence = fence_for(output)
            parts.append(f'{fence}{{ .text .no-copy .snippet-output title="{say("Output", language)}" }}\n{output}\n{fence}')
        alts = list(alts) + [None] * (len(cell.figures) - len(alts))
        parts += [figure_markdown(figure, figure_url(figure), alt) for figure, alt in zip(cell.figures, alts)]
    text = "\n\n".join(parts)
    return "\n".join(embed.indent + line if line else line for line in text.splitlines())


def replace_embeds(markdown: str, rendered: dict[int, str]) -> str:
    """Put rendered[line] in place of the directive on that line."""
    lines = markdown.splitlines()
    for number, text in rendered.items():
        lines[number - 1] = text
    return "\n".join(lines) + "\n"


def relative_url(target: str, page_src: str) -> str:
    return posixpath.relpath(target, posixpath.dirname(page_src) or ".")
