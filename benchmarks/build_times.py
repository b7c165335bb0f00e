"""Time the site build in one run: cold, warm, after editing one snippet, and without execution.

    .venv/bin/python benchmarks/build_times.py

Uses a fresh snippet cache in a temporary folder, so the project's own cache is
left alone. Prints each time and the ratios warm/plain and cold/(snippet
seconds / cores): how close the parallel cold build comes to perfect use of
the cores. A snippet with `# snippet-threads: N` holds N cores while it runs,
so the ratio is also given over its seconds times N: the best any schedule
can do.

    .venv/bin/python benchmarks/build_times.py --alone

first runs every snippet by itself, one after the other, into another fresh
cache (as long again as the snippets' total time), and takes those seconds:
each snippet's time measured alone, not beside another.
"""

import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from snippet_runner.sources import threads_wanted  # noqa: E402

EDITED = ROOT / "snippets" / "five_levels" / "level1_numpy.py"
REPEATS = 3


def recorded_seconds(cache) -> dict[str, float]:
    """What each snippet took in the run that filled the cache (by path below snippets/)."""
    return json.loads((cache / "durations.json").read_text())["snippet_seconds"]


def core_seconds(seconds: dict[str, float]) -> float:
    return sum(value * threads_wanted((ROOT / "snippets" / name).read_text()) for name, value in seconds.items())


def build(cache, site, mode="run", jobs=None):
    env = dict(os.environ, SNIPPETS_CACHE=str(cache), SNIPPETS_MODE=mode, NO_MKDOCS_2_WARNING="1")
    if jobs:
        env["SNIPPETS_JOBS"] = str(jobs)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
                          cwd=ROOT, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"build failed:\n{done.stderr}")
    summary = re.search(r"snippets: (\d+) ran \(([\d.]+) s of snippet time", done.stderr)
    return seconds, int(summary[1]), float(summary[2])


def main():
    cores = os.cpu_count()
    with tempfile.TemporaryDirectory() as tmp:
        cache, site = Path(tmp) / "cache", Path(tmp) / "site"
        alone = None
        if "--alone" in sys.argv:
            build(Path(tmp) / "alone", site, jobs=1)
            alone = recorded_seconds(Path(tmp) / "alone")
        cold, ran, snippet_seconds = build(cache, site)
        beside = recorded_seconds(cache)
        # This machine is noisy: the warm and plain builds alternate, REPEATS times each, and the
        # ratio is of their medians.
        warms, plains = [], []
        for _ in range(REPEATS):
            seconds, warm_ran, _ = build(cache, site)
            warms.append(seconds)
            plains.append(build(cache, site, mode="off")[0])
        warm, plain = statistics.median(warms), statistics.median(plains)
        original = EDITED.read_text()
        try:
            EDITED.write_text(original + "# edited by benchmarks/build_times.py\n")
            edited, edited_ran, _ = build(cache, site)
        finally:
            EDITED.write_text(original)
    print(f"cores: {cores}")
    print(f"cold build:                 {cold:6.1f} s  ({ran} snippets ran, {snippet_seconds:.1f} s of snippet time)")
    print(f"warm rebuild, no change:    {warm:6.1f} s  ({warm_ran} ran; median of {', '.join(f'{w:.1f}' for w in warms)})")
    print(f"rebuild, one snippet edited:{edited:6.1f} s  ({edited_ran} ran)")
    print(f"plain build, no execution:  {plain:6.1f} s  (median of {', '.join(f'{p:.1f}' for p in plains)})")
    print(f"warm / plain:               {warm / plain:6.2f}")
    print(f"cold / (snippet s / cores): {cold / (snippet_seconds / cores):6.2f}  (each snippet's seconds in this run)")
    print(f"  with threads:             {cold / (core_seconds(beside) / cores):6.2f}  "
          f"(seconds x threads: {core_seconds(beside):.1f} s)")
    if alone:
        print(f"  measured alone:           {cold / (sum(alone.values()) / cores):6.2f}  "
              f"({sum(alone.values()):.1f} s of snippet time, one snippet at a time)")
        print(f"  alone, with threads:      {cold / (core_seconds(alone) / cores):6.2f}  "
              f"(seconds x threads: {core_seconds(alone):.1f} s)")


if __name__ == "__main__":
    main()
