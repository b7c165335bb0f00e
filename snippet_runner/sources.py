"""What the runner reads from a snippet's source: its cells, its settings lines, its inputs.

A snippet is a plain Python file. Comment lines set how it runs:
  # snippet-timeout: 600     seconds of its own time before it counts as hung
  # snippet-threads: 2       threads it trains with (it takes two cores)
  # snippet-timing: REGEX    lines matching REGEX print a time; runs may differ there
"""

from __future__ import annotations

import ast
import functools
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path

from ._child import split_cells

TIMEOUT_LINE = re.compile(r"^# snippet-timeout: (\d+)\s*$", re.MULTILINE)
THREADS_LINE = re.compile(r"^# snippet-threads: (\d+)\s*$", re.MULTILINE)
TIMING_LINE = re.compile(r"^# snippet-timing: (.+?)\s*$", re.MULTILINE)
# Variables the key covers otherwise: where files are (what they hold is keyed by the data
# fingerprint), and the device (keyed as the device the snippets pick, set or not).
COVERED_VARIABLES = {"TUTORIAL_DATA_DIR", "TUTORIAL_DATA_CACHE", "XDG_CACHE_HOME", "HOME", "TORCH_DEVICE"}


@dataclass
class Cell:
    name: str | None  # from the `# %% name` line that opens the cell
    code: str  # the cell's text without its `# %%` line
    stdout: str | None = None  # None: not executed in this build
    figures: list[dict] = field(default_factory=list)  # {"path": Path, "alt": str}


def parse_cells(source: str) -> list[Cell]:
    cells = []
    for _, text in split_cells(source):
        first, _, rest = text.partition("\n")
        if first.startswith("# %%"):
            cells.append(Cell(first[4:].strip() or None, rest))
        else:
            cells.append(Cell(None, text))
    return cells


def timeout_line(source: str) -> int | None:
    match = TIMEOUT_LINE.search(source)
    return int(match.group(1)) if match else None


def threads_wanted(source: str) -> int:
    match = THREADS_LINE.search(source)
    return max(1, int(match.group(1))) if match else 1


def timing_patterns(source: str) -> list[re.Pattern]:
    return [re.compile(pattern) for pattern in TIMING_LINE.findall(source)]


def without_timing_lines(text: str, patterns) -> str:
    """The text less the lines a snippet declared as timing (they differ from run to run)."""
    return "".join(line for line in text.splitlines(keepends=True)
                   if not any(pattern.search(line) for pattern in patterns))


_PARSING = threading.Lock()


@functools.lru_cache(maxsize=2048)
def parse(source: str, filename: str = "<unknown>") -> ast.Module:
    """`ast.parse`, one thread at a time, each text once (the tree is shared: read it, never change it).

    The runner parses snippets in several threads (cache keys, the copy runs), and CPython 3.11
    counts the depth of the tree it builds in one place for all threads: two parses at once can
    fail with "SystemError: AST constructor recursion depth mismatch" (CPython gh-106905; it
    failed a clean CI run of this project under Python 3.11.7)."""
    with _PARSING:
        return ast.parse(source, filename=filename)


def names_a_script(node: ast.AST) -> bool:
    """Whether the node is a string that names a .py file, which the code runs or reads by name
    ("train.py", not the ".py" that ends an f-string such as f"{name}.py")."""
    return (isinstance(node, ast.Constant) and isinstance(node.value, str)
            and re.fullmatch(r"[\w./-]*\w\.py", node.value) is not None)


@functools.lru_cache(maxsize=2048)
def _references(source: str, filename: str = "<unknown>") -> tuple[tuple, frozenset[str]]:
    """What one pass over the text finds: the local files it may use, as groups of candidates
    (each group a tuple of (folder, file name); folder "." is the file's own, "" snippets/), and
    the environment variables it reads. Each text once: a build asks for every snippet's key."""
    groups, names = [], set()
    for node in ast.walk(parse(source, filename)):
        # A file named in a string ("level1_numpy.py", for runpy) counts like an import.
        if names_a_script(node):
            groups.append(((".", node.value),))
        elif isinstance(node, ast.Import):
            groups += [((".", f"{alias.name.split('.')[0]}.py"), ("", f"{alias.name.split('.')[0]}.py"))
                       for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            groups.append(((".", f"{node.module.split('.')[0]}.py"), ("", f"{node.module.split('.')[0]}.py")))
        elif isinstance(node, ast.Subscript) and _is_environ(node.value):
            names.add(node.slice.value if isinstance(node.slice, ast.Constant) else None)
        elif isinstance(node, ast.Call) and node.args and (
                (isinstance(node.func, ast.Attribute) and node.func.attr in ("get", "setdefault", "pop")
                 and _is_environ(node.func.value))
                or (isinstance(node.func, ast.Attribute) and node.func.attr == "getenv")):
            key = node.args[0]
            names.add(key.value if isinstance(key, ast.Constant) else None)
    return tuple(groups), frozenset(name for name in names if isinstance(name, str))


def local_modules(path: Path, snippets_dir: Path, seen: dict[str, str] | None = None) -> dict[str, str]:
    """Text of the local files a snippet uses, recursively: modules it imports from its own
    folder or from snippets/, and .py files in its folder that it names in a string."""
    seen = {} if seen is None else seen
    groups, _ = _references(path.read_text(encoding="utf-8"), str(path))
    for group in groups:  # the first candidate that exists is the one Python imports
        candidates = ((path.parent if folder == "." else snippets_dir) / name for folder, name in group)
        found = next((c for c in candidates if c.is_file()), None)
        if found is not None and str(found) not in seen:
            seen[str(found)] = found.read_text(encoding="utf-8")
            local_modules(found, snippets_dir, seen)
    return seen


def environment_variables(source: str, filename: str = "<unknown>") -> set[str]:
    """Names of the environment variables the code reads: os.environ[...], os.environ.get(...), os.getenv(...)."""
    return set(_references(source, filename)[1])


def _is_environ(node: ast.AST) -> bool:
    return (isinstance(node, ast.Attribute) and node.attr == "environ") or (
        isinstance(node, ast.Name) and node.id == "environ")
