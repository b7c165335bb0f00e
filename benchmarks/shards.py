"""Two shards run separately and merged give the same site as one run: the check behind CI's matrix.

    .venv/bin/python benchmarks/shards.py snippets/fundamentals snippets/five_levels
    .venv/bin/python benchmarks/shards.py            # every snippet (as long as a cold build, twice)

For the snippets under the given folders (default: all), in temporary caches that start as
copies of the project's cache less those snippets' entries:
1. shard 1/2 and shard 2/2 run one after the other, each into a cache of its own, as two CI
   jobs would (`python -m snippet_runner --shard I/2`);
2. those two caches are merged into a third (`--merge`);
3. the same snippets run once more, all together, into a fourth cache, as one build would;
4. the site is built from the merged cache and from the single run's, executing nothing
   (SNIPPETS_MODE=cache), and every file of the two sites is compared: byte for byte, apart
   from timings. Those are the lines the snippets declare as timing (`# snippet-timing: REGEX`),
   the values quoted from such snippets (a speed-up), and the search index's entries for the
   pages that differ only in those; each file that differs is listed with the reason.
Prints each step's seconds and the comparison; exits 1 if a file differs otherwise.
"""
import argparse
import filecmp
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from snippet_runner.execute import cache_key, current_settings  # noqa: E402
from snippet_runner.sources import timing_patterns  # noqa: E402

PYTHON = str(ROOT / ".venv" / "bin" / "python")


def runner(cache: Path, *args) -> float:
    start = time.perf_counter()
    subprocess.run([PYTHON, "-m", "snippet_runner", "--quiet", *args], cwd=ROOT, check=True,
                   env=dict(os.environ, SNIPPETS_CACHE=str(cache)), stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def build(cache: Path, site: Path) -> float:
    start = time.perf_counter()
    subprocess.run([str(ROOT / ".venv" / "bin" / "mkdocs"), "build", "--strict", "--site-dir", str(site)],
                   cwd=ROOT, check=True, capture_output=True,
                   env=dict(os.environ, SNIPPETS_CACHE=str(cache), SNIPPETS_MODE="cache", NO_MKDOCS_2_WARNING="1"))
    return time.perf_counter() - start


VALUE_SPAN = re.compile(r'<span class="run-value" title="computed by snippets/(?P<path>[^" ]+)[^>]*>[^<]*</span>')
NUMBER = re.compile(r"\d[\d,.]*")
FIGURE_TAG = re.compile(r'<img [^>]*src="(?:\.\./)*(?P<src>snippet-figures/[^"]+)"[^>]*>')
TAG = re.compile(r"<[^>]+>")


def timing_by_snippet() -> dict[str, list]:
    """Each snippet (relative to snippets/) with the timing patterns it declares."""
    return {file.relative_to(ROOT / "snippets").as_posix(): timing_patterns(file.read_text(encoding="utf-8"))
            for file in ROOT.joinpath("snippets").rglob("*.py")}


def timed_figure_folders(cache: Path, timed_paths: set[str]) -> set[str]:
    """The cache entries (snippet-figures/KEY/ holds the figures of entry KEY) of snippets with
    timing lines: their figures can plot seconds."""
    folders = set()
    for result in cache.glob("*/result.json"):
        snippet = Path(json.loads(result.read_text(encoding="utf-8"))["snippet"]).as_posix()
        if any(snippet.endswith("/snippets/" + path) for path in timed_paths):
            folders.add(result.parent.name)
    return folders


def figure_of(name: str, folders: set[str]) -> bool:
    """Whether a path of the site is a figure in one of those folders."""
    parts = name.split("/")
    return len(parts) == 3 and parts[0] == "snippet-figures" and parts[1] in folders


def masked(name: str, lines: list[str], timed_paths: set[str], timed_figures: set[str]) -> list[str]:
    """A page's lines with the values and figure tags of timed snippets blanked out (a figure that
    plots seconds can change its width). A notebook carries no outputs, so the only numbers of
    its that come from a run are the values in its prose: all are blanked (a value of an untimed
    snippet that differed would show on the HTML page)."""
    if name.endswith(".ipynb"):
        return [NUMBER.sub("#", line) for line in lines]
    blank_value = lambda m: "#" if m["path"] in timed_paths else m.group(0)  # noqa: E731
    blank_figure = lambda m: "#" if figure_of(m["src"], timed_figures) else m.group(0)  # noqa: E731
    return [FIGURE_TAG.sub(blank_figure, VALUE_SPAN.sub(blank_value, line)) for line in lines]


def is_timing(line: str, patterns) -> bool:
    """Whether a line of the site matches a snippet's timing pattern, as the line of output that it
    is (a page puts the first line of an output after the tags, and the title, that open the block)."""
    parts = [line, *(html.unescape(part) for part in TAG.split(line) if part)]
    return any(p.search(part) for p in patterns for part in parts)


def timed_pages(timed: set[str]) -> set[str]:
    """Pages and notebooks (as site paths, both languages) that quote values of snippets with timing
    lines: such a value (a speed-up) is a timing too, and differs from run to run."""
    pages = set()
    for page in ROOT.joinpath("docs").rglob("*.md"):
        quoted = re.findall(r"\[\[value ([^\s:\]]+\.py):", page.read_text(encoding="utf-8"))
        if timed & set(quoted):
            name = page.relative_to(ROOT / "docs").with_suffix("").as_posix()
            language = ""
            if name.endswith(".zh"):
                name, language = name[:-3], "zh/"
            folder = "" if name == "index" else name.removesuffix("/index") + "/"
            pages.add(f"{language}{folder}index.html")
            pages.add(f"notebooks/{name.replace('/', '-')}{'.zh' if language else ''}.ipynb")
    return pages


@dataclass
class Comparison:
    identical: int = 0
    timing_lines: list = field(default_factory=list)  # differ only on lines the snippets declare as timing
    timed_values: list = field(default_factory=list)  # and in the numbers of values from timed snippets
    timed_figures: list = field(default_factory=list)  # figures of timed snippets (they can plot seconds)
    search: list = field(default_factory=list)  # search indexes: differ only in entries of such pages
    differ: list = field(default_factory=list)

    def summary(self) -> str:
        total = (self.identical + len(self.timing_lines) + len(self.timed_values) + len(self.timed_figures)
                 + len(self.search) + len(self.differ))
        return (f"{total} files in the site: {self.identical} identical, {len(self.timing_lines)} differing only on "
                f"timing lines, {len(self.timed_values)} also in values from timed snippets, "
                f"{len(self.timed_figures)} figures of timed snippets, {len(self.search)} search indexes differing "
                f"only in those pages' entries, {len(self.differ)} otherwise")


def compare_sites(merged: Path, single: Path, patterns, timed_paths: set[str], cache: Path) -> Comparison:
    """Every file of the two sites, byte for byte, apart from timings: lines that match a snippet's
    timing pattern; on pages that quote values of timed snippets, the numbers of those values;
    the figures of timed snippets; and in a search index, the entries of pages that differ only
    in those ways. `cache` is the merged build's, whose entries name the snippets."""
    found = Comparison()
    pages_with_timed_values = timed_pages(timed_paths)
    timed_figures = timed_figure_folders(cache, timed_paths)
    names = sorted(p.relative_to(single).as_posix() for p in single.rglob("*") if p.is_file())
    other = {p.relative_to(merged).as_posix() for p in merged.rglob("*") if p.is_file()}
    timed = set()  # pages that differ only in timings
    indexes = []
    for name in names:
        a, b = merged / name, single / name
        if not a.is_file():
            found.differ.append(f"{name}: missing from the merged build")
        elif filecmp.cmp(a, b, shallow=False):
            found.identical += 1
        elif name.endswith("search/search_index.json"):
            indexes.append(name)
        elif figure_of(name, timed_figures):
            found.timed_figures.append(name)
        else:
            try:
                lines = [[line for line in path.read_text(encoding="utf-8").splitlines()
                          if not is_timing(line, patterns)] for path in (a, b)]
            except UnicodeDecodeError:
                lines = [[a.read_bytes()], [b.read_bytes()]]
            if lines[0] == lines[1]:
                found.timing_lines.append(name)
                timed.add(name)
            elif (name.endswith(".html") or name in pages_with_timed_values) and (
                    masked(name, lines[0], timed_paths, timed_figures) == masked(name, lines[1], timed_paths, timed_figures)):
                found.timed_values.append(name)
                timed.add(name)
            else:
                found.differ.append(name)
    for name in indexes:
        root = name.removesuffix("search/search_index.json")  # "" or "zh/": locations are relative to it
        docs = [{doc["location"]: doc for doc in json.loads((site / name).read_text(encoding="utf-8"))["docs"]}
                for site in (merged, single)]
        page = lambda location: f"{root}{location.split('#')[0]}index.html"  # noqa: E731
        changed = [location for location in docs[0].keys() | docs[1].keys()
                   if docs[0].get(location) != docs[1].get(location)]
        if docs[0].keys() == docs[1].keys() and all(page(location) in timed for location in changed):
            found.search.append(name)
        else:
            found.differ.append(f"{name}: entries of {sorted({page(loc) for loc in changed} - timed)[:5]}")
    found.differ += [f"{name}: only in the merged build" for name in sorted(other - set(names))]
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("targets", nargs="*", default=["snippets"], help="snippet folders (default: all)")
    parser.add_argument("--keep", type=Path, help="keep the caches and the two sites in this (new) folder")
    args = parser.parse_args()
    project_cache = current_settings().cache
    files = sorted(p for target in args.targets for p in (ROOT / target).rglob("*.py"))
    timing = timing_by_snippet()
    patterns = [pattern for declared in timing.values() for pattern in declared]
    with tempfile.TemporaryDirectory() as scratch:
        if args.keep:
            args.keep.mkdir(parents=True)
        tmp = args.keep.resolve() if args.keep else Path(scratch)
        base = tmp / "base"  # the project's cache less the targets' entries: the rest of the site
        shutil.copytree(project_cache, base, ignore=shutil.ignore_patterns("tmp"))
        for file in files:  # by key: entries copied from another clone name that clone's paths
            shutil.rmtree(base / cache_key(file), ignore_errors=True)
        assert not any((base / cache_key(file)).exists() for file in files)
        caches = {name: tmp / name for name in ("shard-1", "shard-2", "merged", "single")}
        for cache in caches.values():
            shutil.copytree(base, cache)
        seconds = {f"shard {i}/2": runner(caches[f"shard-{i}"], "--shard", f"{i}/2", *args.targets) for i in (1, 2)}
        seconds["merge"] = runner(caches["merged"], "--merge", str(caches["shard-1"]), str(caches["shard-2"]))
        seconds["one run"] = runner(caches["single"], *args.targets)
        seconds["site from the merged cache"] = build(caches["merged"], tmp / "site-merged")
        seconds["site from the one run"] = build(caches["single"], tmp / "site-single")
        for step, value in seconds.items():
            print(f"{step:<28} {value:7.1f} s")
        merged, single = tmp / "site-merged", tmp / "site-single"
        result = compare_sites(merged, single, patterns, {path for path, declared in timing.items() if declared},
                               caches["merged"])
        print(f"{len(files)} snippets in {len(args.targets)} folder(s); {result.summary()}")
        for kind, names in (("timing lines only", result.timing_lines),
                            ("values from timed snippets only", result.timed_values),
                            ("figure of a timed snippet", result.timed_figures),
                            ("search entries of those pages only", result.search), ("DIFFERS", result.differ)):
            for name in names:
                print(f"  {kind}: {name}")
        return 1 if result.differ else 0


if __name__ == "__main__":
    sys.exit(main())
