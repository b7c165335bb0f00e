"""Values from the run in the prose, and the guard against results typed by hand.

`[[value projects/mnist/train.py:wrong]]` in a page's text becomes the value that
the module-level variable `wrong` of that snippet had when its run ended;
`[[value projects/mnist/train.py:accuracy:.1%]]` formats it with a Python format
spec. The snippet stays plain Python: the runner records its module-level
numbers and short strings (see _child.py).

The guard finds numbers in the prose that look like results (a percentage, a
decimal, a ratio such as `1.4x`, "N of M", a number in scientific notation) and
are neither a value from the run nor a number that appears in the page's own
code (a parameter such as a learning rate). A line that must quote a number by
hand says why in a comment: `<!-- typed: the figure the notes quote -->`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .markdown import blank_front_matter, find_embeds, prose_lines

VALUE = re.compile(r"\[\[value (?P<path>[^\s:\]]+\.py):(?P<name>[A-Za-z_]\w*)(?::(?P<format>[^\]]*))?\]\]")
TYPED = re.compile(r"<!--\s*typed:\s*(?P<reason>.+?)\s*-->")
# Stretches of a line that are not prose: inline code, math, HTML comments and tags, link targets, directives.
NOT_PROSE = re.compile(r"`+[^`]*`+|\$\$.*?\$\$|\$[^$]+\$|\\\(.*?\\\)|<!--.*?-->|<[^>]+>|\]\([^)]*\)"
                       r"|\[\[[^\]]*\]\]|\{[^}]*\}|https?://\S+")
RESULT = re.compile(
    r"(?<![\w.\-/])(?:"
    r"\d[\d,]*(?:\.\d+)?\s?%"  # a percentage
    r"|\d[\d,]* of \d[\d,]*(?![\d.])"  # "N of M"
    r"|\d+(?:\.\d+)?\s?[x×](?!\w)"  # a ratio
    r"|\d+(?:\.\d+)?e[-+]?\d+"  # scientific notation
    r"|\d+\.\d+(?!\w|\.\d)"  # a decimal, also at the end of a sentence (not a version such as 2.14.1)
    r")")
NUMBER = re.compile(r"\d[\d_,]*(?:\.\d+)?(?:e[-+]?\d+)?")


@dataclass
class ValueRef:
    line: int  # 1-based line in the page
    path: str  # the snippet, relative to snippets/
    name: str
    format: str
    text: str  # the directive as written


def _outside_inline_code(line: str):
    """The matches of VALUE in the line that are not inside `inline code`."""
    code = [m.span() for m in re.finditer(r"`+[^`]*`+", line)]
    return [m for m in VALUE.finditer(line) if not any(a <= m.start() < b for a, b in code)]


def find_values(markdown: str) -> list[ValueRef]:
    return [ValueRef(number, m["path"], m["name"], m["format"] or "", m.group(0))
            for number, line in prose_lines(markdown) for m in _outside_inline_code(line)]


def format_value(value, spec: str) -> str:
    if spec:
        return format(value, spec)
    return f"{value:,}" if isinstance(value, int) and not isinstance(value, bool) else str(value)


def render_values(markdown: str, text_of) -> str:
    """The page with each [[value ...]] (outside code) replaced by text_of(ValueRef)."""
    lines = markdown.splitlines(keepends=True)
    for number, _ in prose_lines(markdown):
        line = lines[number - 1]
        matches = _outside_inline_code(line)
        for m in reversed(matches):
            ref = ValueRef(number, m["path"], m["name"], m["format"] or "", m.group(0))
            line = line[:m.start()] + text_of(ref) + line[m.end():]
        lines[number - 1] = line
    return "".join(lines)


def page_code(source: str, snippets_dir: Path) -> str:
    """The code a page shows: its embedded snippets and its own code blocks."""
    snippets = sorted({embed.path for embed in find_embeds(source)})
    blocks = re.findall(r"^[ \t]*(?:```|~~~).*?^[ \t]*(?:```|~~~)", source, re.MULTILINE | re.DOTALL)
    return "\n".join([*((snippets_dir / path).read_text(encoding="utf-8") for path in snippets
                        if (snippets_dir / path).is_file()), *blocks])


def code_numbers(code: str) -> set[float]:
    found = set()
    for token in NUMBER.findall(code):
        try:
            found.add(float(token.replace("_", "").replace(",", "")))
        except ValueError:
            pass
    return found


def typed_results(markdown: str, code: str):
    """(line, number as written) for each result-like number in the prose that is neither a value
    from the run nor a number of the page's code; and (line, reason) for each exempted line."""
    allowed = code_numbers(code)
    found, exempt = [], []
    for number, line in prose_lines(blank_front_matter(markdown)):
        typed = TYPED.search(line)
        prose = NOT_PROSE.sub(" ", line)
        hits = [m.group(0) for m in RESULT.finditer(prose)]
        hits = [hit for hit in hits if not _in_code(hit, allowed)]
        if hits and typed:
            exempt.append((number, typed["reason"]))
        elif hits:
            found.extend((number, hit) for hit in hits)
    return found, exempt


def _in_code(hit: str, allowed: set[float]) -> bool:
    """A parameter of the code: the number (for a percentage, its fraction) appears in it."""
    numbers = [float(n.replace(",", "")) for n in re.findall(r"\d[\d,]*(?:\.\d+)?(?:e[-+]?\d+)?", hit)]
    if hit.rstrip().endswith("%"):
        return all(round(n / 100, 10) in allowed for n in numbers)
    return all(n in allowed for n in numbers)
