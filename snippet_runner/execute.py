"""Run snippet files in their own processes and cache what they print and draw.

A result is cached under a key made of the snippet's text, the text of the local
modules it imports, the torch, torchvision and Python versions, the device and
this runner's own code, so an unchanged snippet is never run twice.
"""

from __future__ import annotations

import ast
import functools
import hashlib
import importlib.metadata
import json
import os
import platform
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from ._child import CELL_SEPARATOR, split_cells

ROOT = Path(__file__).resolve().parent.parent
SNIPPETS_DIR = Path(os.environ.get("SNIPPETS_DIR", ROOT / "snippets")).resolve()
CHILD = Path(__file__).with_name("_child.py")
DEFAULT_TIMEOUT = 300  # seconds; a snippet raises it with a `# snippet-timeout: N` line
MODES = ("run", "cache", "off")
TIMEOUT_LINE = re.compile(r"^# snippet-timeout: (\d+)\s*$", re.MULTILINE)
THREADS_LINE = re.compile(r"^# snippet-threads: (\d+)\s*$", re.MULTILINE)


class SnippetError(Exception):
    """A snippet failed, timed out, or has no output where one is required."""


@dataclass
class Cell:
    name: str | None  # from the `# %% name` line that opens the cell
    code: str  # the cell's text without its `# %%` line
    stdout: str | None = None  # None: not executed in this build
    figures: list[dict] = field(default_factory=list)  # {"path": Path, "alt": str}


@dataclass
class Result:
    path: Path  # the snippet file
    cells: list[Cell]
    status: str  # "ran", "cached" or "not run"
    seconds: float = 0.0

    def section(self, name: str | None = None) -> Cell:
        """The whole file (name None) or one named cell, as one Cell."""
        if name is None:
            executed = all(c.stdout is not None for c in self.cells)
            return Cell(None, self.path.read_text(encoding="utf-8"),
                        "".join(c.stdout for c in self.cells) if executed else None,
                        [f for c in self.cells for f in c.figures])
        for cell in self.cells:
            if cell.name == name:
                return cell
        raise SnippetError(f"{relative(self.path)} has no section '{name}' "
                           f"(sections start with a '# %% {name}' line)")


def relative(path: Path) -> str:
    try:
        return str(Path(path).resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def parse_cells(source: str) -> list[Cell]:
    cells = []
    for _, text in split_cells(source):
        first, _, rest = text.partition("\n")
        if first.startswith("# %%"):
            cells.append(Cell(first[4:].strip() or None, rest))
        else:
            cells.append(Cell(None, text))
    return cells


@functools.cache
def device() -> str:
    """The device snippets will pick: $TORCH_DEVICE, else cuda, then mps, then cpu."""
    if os.environ.get("TORCH_DEVICE"):
        return os.environ["TORCH_DEVICE"]
    import torch

    accelerator = torch.accelerator.current_accelerator(check_available=True)
    return accelerator.type if accelerator is not None else "cpu"


def names_a_script(node: ast.AST) -> bool:
    """Whether the node is a string that names a .py file, which the code runs or reads by name."""
    return isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.endswith(".py")


def local_modules(path: Path, seen: dict[str, str] | None = None) -> dict[str, str]:
    """Text of the local files a snippet uses, recursively: modules it imports from its own
    folder or from snippets/, and .py files in its folder that it names in a string."""
    seen = {} if seen is None else seen
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        # A file named in a string ("level1_numpy.py", for runpy) counts like an import.
        if names_a_script(node):
            named = path.parent / node.value
            if named.is_file() and str(named) not in seen:
                seen[str(named)] = named.read_text(encoding="utf-8")
                local_modules(named, seen)
            continue
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        for name in names:
            top = name.split(".")[0]
            for candidate in (path.parent / f"{top}.py", SNIPPETS_DIR / f"{top}.py"):
                if candidate.is_file() and str(candidate) not in seen:
                    seen[str(candidate)] = candidate.read_text(encoding="utf-8")
                    local_modules(candidate, seen)
                    break
    return seen


def cache_key(path: Path) -> str:
    versions = {}
    for package in ("torch", "torchvision"):
        try:
            versions[package] = importlib.metadata.version(package)
        except importlib.metadata.PackageNotFoundError:
            versions[package] = None
    parts = {
        "snippet": path.read_text(encoding="utf-8"),
        "modules": {relative(Path(p)): text for p, text in sorted(local_modules(path).items())},
        "python": platform.python_version(),
        "device": device(),
        "runner": CHILD.read_text(encoding="utf-8"),
        **versions,
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()[:20]


def cache_dir() -> Path:
    return Path(os.environ.get("SNIPPETS_CACHE", ROOT / ".cache" / "snippets"))


def timeout_for(source: str) -> int:
    match = TIMEOUT_LINE.search(source)
    return int(match.group(1)) if match else int(os.environ.get("SNIPPETS_TIMEOUT", DEFAULT_TIMEOUT))


def load_cached(path: Path, entry: Path) -> Result:
    saved = json.loads((entry / "result.json").read_text())
    cells = parse_cells(path.read_text(encoding="utf-8"))
    for cell, out in zip(cells, saved["cells"]):
        cell.stdout = out["stdout"]
        cell.figures = [{"path": entry / f["file"], "alt": f["alt"]} for f in out["figures"]]
    return Result(path, cells, "cached", saved["seconds"])


def child_environment(threads: int) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        MPLBACKEND="Agg",
        PYTHONHASHSEED="0",
        PYTHONUNBUFFERED="1",
        PYTHONIOENCODING="utf-8",
        OMP_NUM_THREADS=str(threads),
        TUTORIAL_DATA_DOWNLOAD="0",  # builds and tests never touch the network
        # Snippets import shared modules (the data loader) from snippets/.
        PYTHONPATH=os.pathsep.join(filter(None, [str(SNIPPETS_DIR), env.get("PYTHONPATH")])),
    )
    return env


def execute(path: Path, entry: Path, threads: int = 1) -> Result:
    """Run the snippet now and store its result in the cache folder `entry`."""
    source = path.read_text(encoding="utf-8")
    timeout = timeout_for(source)
    # A long training run may ask for more threads than its share of the cores.
    wanted = THREADS_LINE.search(source)
    threads = int(wanted.group(1)) if wanted else threads
    entry.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="run-", dir=entry.parent))
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, str(CHILD), str(path), str(work)],
        cwd=path.parent, env=child_environment(threads), stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True, encoding="utf-8", errors="replace",
        start_new_session=True,  # so that a timeout kills the snippet's own children too
    )
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        stdout, stderr = process.communicate()
        shutil.rmtree(work, ignore_errors=True)
        raise SnippetError(
            f"{relative(path)}: timed out after {timeout} s and was killed. If it is only slow, "
            f"add a '# snippet-timeout: SECONDS' line to it or set SNIPPETS_TIMEOUT.\n"
            f"{tail(stdout.replace(CELL_SEPARATOR, ''), 'last lines it printed')}")
    seconds = time.perf_counter() - start
    if process.returncode != 0:
        error_file = work / "error.json"
        report = json.loads(error_file.read_text()) if error_file.exists() else {}
        shutil.rmtree(work, ignore_errors=True)
        line = report.get("line")
        where = f"{relative(path)}:{line}" if line else relative(path)
        what = report.get("error") or f"exited with code {process.returncode}"
        raise SnippetError(f"{where}: {what}\n{tail(stderr, 'traceback')}")

    outputs = stdout.split(CELL_SEPARATOR + "\n")
    cells = [{"stdout": out, "figures": []} for out in (outputs + [""] * len(parse_cells(source)))]
    for figure in json.loads((work / "figures.json").read_text()):
        cells[figure.pop("cell")]["figures"].append(figure)
    count = len(parse_cells(source))
    (work / "result.json").write_text(json.dumps({"cells": cells[:count], "seconds": seconds}))
    try:
        os.replace(work, entry)
    except OSError:  # another process stored the same result meanwhile
        shutil.rmtree(work, ignore_errors=True)
    result = load_cached(path, entry)
    result.status, result.seconds = "ran", seconds
    return result


def tail(text: str, what: str, lines: int = 25) -> str:
    kept = text.strip().splitlines()[-lines:]
    return f"--- {what} ---\n" + "\n".join(kept) if kept else ""


def run(path: Path, mode: str = "run", threads: int = 1) -> Result:
    """The result of one snippet: from the cache when its key is there, else run it.

    mode "cache" never executes (a missing entry is an error) and mode "off"
    executes nothing and returns the code without output.
    """
    path = Path(path).resolve()
    if mode not in MODES:
        raise SnippetError(f"unknown SNIPPETS_MODE '{mode}': use one of {', '.join(MODES)}")
    if not path.is_file():
        raise SnippetError(f"{relative(path)}: no such snippet file")
    if mode == "off":
        return Result(path, parse_cells(path.read_text(encoding="utf-8")), "not run")
    entry = cache_dir() / cache_key(path)
    if (entry / "result.json").is_file():
        return load_cached(path, entry)
    if mode == "cache":
        raise SnippetError(f"{relative(path)}: no cached output for this version of the snippet; "
                           f"build once with SNIPPETS_MODE=run (the default) to execute it")
    return execute(path, entry, threads)


def run_all(paths, mode: str | None = None, jobs: int | None = None, log=print) -> dict[Path, Result]:
    """Results for many snippets, executing the uncached ones in parallel.

    Every failure is collected and raised together once all snippets have finished.
    """
    mode = mode or os.environ.get("SNIPPETS_MODE", "run")
    cores = os.cpu_count() or 1
    jobs = jobs or int(os.environ.get("SNIPPETS_JOBS", cores))
    # A fixed thread count per snippet: the same numbers whether one or many run at once.
    threads = max(1, cores // jobs)
    paths = sorted({Path(p).resolve() for p in paths})
    results, failures = {}, []
    start = time.perf_counter()

    def one(path):
        try:
            result = run(path, mode, threads)
        except SnippetError as error:
            failures.append(str(error))
            log(f"snippet {relative(path)}: FAILED")
            return
        results[path] = result
        if result.status == "ran":
            log(f"snippet {relative(path)}: ran in {result.seconds:.1f} s")
        else:
            log(f"snippet {relative(path)}: {result.status}")

    with ThreadPoolExecutor(max_workers=jobs) as pool:
        list(pool.map(one, paths))
    ran = [r for r in results.values() if r.status == "ran"]
    log(f"snippets: {len(ran)} ran ({sum(r.seconds for r in ran):.1f} s of snippet time, "
        f"{time.perf_counter() - start:.1f} s wall, {jobs} at a time), "
        f"{sum(r.status == 'cached' for r in results.values())} from the cache, "
        f"{sum(r.status == 'not run' for r in results.values())} not run, {len(failures)} failed")
    if failures:
        raise SnippetError(f"{len(failures)} snippet(s) failed:\n\n" + "\n\n".join(failures))
    return results
