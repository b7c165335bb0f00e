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
   from the lines the snippets declare as timing (`# snippet-timing: REGEX`).
Prints each step's seconds and the comparison; exits 1 if a page differs elsewhere.
"""
import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
import time
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


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("targets", nargs="*", default=["snippets"], help="snippet folders (default: all)")
    args = parser.parse_args()
    project_cache = current_settings().cache
    files = sorted(p for target in args.targets for p in (ROOT / target).rglob("*.py"))
    patterns = [p for file in ROOT.joinpath("snippets").rglob("*.py") for p in timing_patterns(file.read_text())]
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
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
        names = sorted(p.relative_to(single).as_posix() for p in single.rglob("*") if p.is_file())
        other = sorted(p.relative_to(merged).as_posix() for p in merged.rglob("*") if p.is_file())
        identical, timing_only, differ = 0, [], []
        for name in names:
            a, b = merged / name, single / name
            if not a.is_file():
                differ.append(f"{name}: missing from the merged build")
            elif filecmp.cmp(a, b, shallow=False):
                identical += 1
            else:
                keep = lambda text: [line for line in text.splitlines()  # noqa: E731
                                     if not any(p.search(line) for p in patterns)]
                try:
                    same = keep(a.read_text(encoding="utf-8")) == keep(b.read_text(encoding="utf-8"))
                except UnicodeDecodeError:
                    same = False
                (timing_only if same else differ).append(name)
        differ += [f"{name}: only in the merged build" for name in sorted(set(other) - set(names))]
        print(f"{len(files)} snippets in {len(args.targets)} folder(s); {len(names)} files in the site: "
              f"{identical} identical, {len(timing_only)} differing only on timing lines, {len(differ)} otherwise")
        for name in timing_only:
            print(f"  timing lines only: {name}")
        for name in differ:
            print(f"  DIFFERS: {name}")
        return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
