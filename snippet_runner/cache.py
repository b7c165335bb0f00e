"""The cache: one folder per snippet result, named by a key over everything that shapes the output.

The key covers the snippet's text and that of the local modules it uses, the
environment variables it reads, the offline data it loads (by content), its
thread count, the device, the Python, torch and torchvision versions, the code
that runs it and a schema version. An entry holds result.json (each cell's
output and figures, its module-level values, the seconds it took, the snippet's
path) and the figures.

A damaged or partial entry is a miss: it is removed and the snippet runs again.
`python -m snippet_runner --forget PATH` drops one snippet's entries,
`--prune` drops every entry that no current snippet uses, and `--merge FOLDER`
adds the entries of another cache (a CI shard's, see execute.shard).
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import json
import os
import platform
import shutil
from pathlib import Path

from . import sources
from .settings import ROOT

SCHEMA = 3  # raise it when the layout of an entry changes
CHILD = Path(__file__).with_name("_child.py")
DURATIONS = "durations.json"  # seconds each snippet last took, to start the longest first
NOTEBOOK_RUNS = "notebooks"  # what each chapter notebook's run printed, one file per run (notebooks.py)
COPY_RUNS = "copied"  # what `python FILE.py` printed in a reader's empty folder, by the snippet's key
TIMINGS = ROOT / "docs" / "going-further" / "timings" / "cpu.json"  # a clean run's, for a fresh clone


@functools.cache
def versions() -> dict:
    found = {"python": platform.python_version()}
    for package in ("torch", "torchvision"):
        try:
            found[package] = importlib.metadata.version(package)
        except importlib.metadata.PackageNotFoundError:
            found[package] = None
    return found


@functools.cache
def _runner_text() -> str:
    return CHILD.read_text(encoding="utf-8")


def data_dir() -> Path:
    """Where tutorial_data.py finds the offline data: $TUTORIAL_DATA_DIR, else ../shared/data."""
    return Path(os.environ.get("TUTORIAL_DATA_DIR") or ROOT.parent / "shared" / "data")


@functools.cache
def _file_digest(path: str, size: int, mtime_ns: int) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def data_fingerprint() -> dict[str, str]:
    """The offline data's files by content (about 20 MB: a fraction of a second, once a process)."""
    folder = data_dir()
    if not folder.is_dir():
        return {}
    found = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        stat = path.stat()
        found[path.relative_to(folder).as_posix()] = _file_digest(str(path), stat.st_size, stat.st_mtime_ns)
    return found


def key(path: Path, snippets_dir: Path, threads: int, device: str) -> str:
    source = path.read_text(encoding="utf-8")
    modules = sources.local_modules(path, snippets_dir)
    read = set().union(*(sources.environment_variables(text, name)
                         for name, text in [(str(path), source), *modules.items()]))
    uses_data = any(Path(module).name == "tutorial_data.py" for module in modules)
    parts = {
        "schema": SCHEMA,
        "snippet": source,
        "modules": {_relative(Path(p), snippets_dir): text for p, text in sorted(modules.items())},
        "environment": {name: os.environ.get(name) for name in sorted(read - sources.COVERED_VARIABLES)},
        "data": data_fingerprint() if uses_data else None,
        "threads": threads,
        "device": device,
        "runner": _runner_text(),
        **versions(),
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()[:20]


def _relative(path: Path, snippets_dir: Path) -> str:
    try:
        return path.resolve().relative_to(snippets_dir).as_posix()
    except ValueError:
        return str(path)


def load(entry: Path, cells: list[sources.Cell], values: dict) -> float | None:
    """Fill `cells` (and `values`) from the entry and return the seconds it took; None (and the
    entry removed) when the entry is missing, partial or damaged."""
    if not entry.is_dir():
        return None
    try:
        saved = json.loads((entry / "result.json").read_text(encoding="utf-8"))
        outputs = saved["cells"]
        if saved.get("schema") != SCHEMA or len(outputs) != len(cells):
            raise ValueError("written for another layout")
        for cell, out in zip(cells, outputs):
            figures = [{"path": entry / f["file"], "alt": f["alt"]} for f in out["figures"]]
            if not all(f["path"].is_file() and f["path"].stat().st_size > 0 for f in figures):
                raise ValueError("a figure is missing")
            cell.stdout, cell.figures = out["stdout"], figures
        values.update(saved["values"])
        return float(saved["seconds"])
    except (OSError, ValueError, KeyError, TypeError):
        shutil.rmtree(entry, ignore_errors=True)
        for cell in cells:
            cell.stdout, cell.figures = None, []
        return None


def store(work: Path, entry: Path, snippet: Path, cells: list[dict], seconds: float, values: dict) -> None:
    """Write result.json into the finished scratch folder `work` and move it into place at once."""
    result = {"schema": SCHEMA, "snippet": str(snippet), "cells": cells, "seconds": seconds, "values": values}
    (work / "result.json").write_text(json.dumps(result), encoding="utf-8")
    try:
        os.replace(work, entry)
    except OSError:  # another process stored the same result meanwhile
        shutil.rmtree(work, ignore_errors=True)


def entries(cache: Path):
    """(entry folder, snippet path it holds) for every entry in the cache."""
    if not cache.is_dir():
        return
    for entry in cache.iterdir():
        try:
            snippet = json.loads((entry / "result.json").read_text(encoding="utf-8"))["snippet"]
        except (OSError, ValueError, KeyError, TypeError):
            snippet = None
        if entry.is_dir() and entry.name not in ("tmp", NOTEBOOK_RUNS, COPY_RUNS):
            yield entry, snippet


def forget(cache: Path, snippet: Path) -> int:
    """Remove every entry of one snippet; returns how many."""
    gone = 0
    for entry, path in entries(cache):
        if path == str(snippet.resolve()):
            shutil.rmtree(entry, ignore_errors=True)
            gone += 1
    return gone


def prune(cache: Path, live_keys: set[str], live_notebook_runs: set[str]) -> int:
    """Remove every entry, and every copy run, whose key no current snippet has (and any damaged
    entry), and every notebook run (by its file's stem) that no current chapter notebook has."""
    processes_left = cache / "tmp"  # scratch folders of runs that were killed
    shutil.rmtree(processes_left, ignore_errors=True)
    gone = 0
    for entry, _ in entries(cache):
        if entry.name not in live_keys:
            shutil.rmtree(entry, ignore_errors=True)
            gone += 1
    for folder, live in ((cache / COPY_RUNS, live_keys), (cache / NOTEBOOK_RUNS, live_notebook_runs)):
        for stored in folder.glob("*") if folder.is_dir() else []:
            if stored.stem not in live:
                stored.unlink()
                gone += 1
    return gone


def expected_seconds(cache: Path) -> dict[str, float]:
    """How long each snippet (by path relative to the snippets folder) last took: the cache's own
    record, else the committed timings of a clean run, so that a fresh clone starts the longest first."""
    known = {}
    for source in (TIMINGS, cache / DURATIONS):
        try:
            saved = json.loads(source.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        known.update(saved.get("snippet_seconds", {}))
    return known


def record_seconds(cache: Path, seconds: dict[str, float]) -> None:
    if not seconds:
        return
    path = cache / DURATIONS
    try:
        known = json.loads(path.read_text(encoding="utf-8")).get("snippet_seconds", {})
    except (OSError, ValueError):
        known = {}
    known.update({name: round(value, 2) for name, value in seconds.items()})
    cache.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(f".{os.getpid()}.tmp")
    temporary.write_text(json.dumps({"snippet_seconds": dict(sorted(known.items()))}, indent=1))
    os.replace(temporary, path)


def merge(into: Path, other: Path) -> int:
    """Add another cache's entries (a CI shard's) that this one lacks, and its recorded durations.

    Entries are named by their key, so two caches never disagree on a name: a name
    already here is the same result. Returns the number of entries added."""
    into.mkdir(parents=True, exist_ok=True)
    added = 0
    for item in sorted(other.iterdir()) if other.is_dir() else []:
        target = into / item.name
        if item.name in ("tmp", DURATIONS):
            continue
        if (item / "result.json").is_file():  # a snippet's result
            if not target.exists():
                shutil.copytree(item, target)
                added += 1
        elif item.is_dir():  # notebooks/: one file per notebook run, also named by key
            shutil.copytree(item, target, dirs_exist_ok=True)
    try:
        durations = json.loads((other / DURATIONS).read_text(encoding="utf-8")).get("snippet_seconds", {})
    except (OSError, ValueError):
        durations = {}
    record_seconds(into, durations)
    return added
