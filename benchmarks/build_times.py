"""Time the site build in one run: cold, warm, after editing one snippet, and without execution.

    .venv/bin/python benchmarks/build_times.py

Uses a fresh snippet cache in a temporary folder, so the project's own cache is
left alone. Prints each time and the ratios warm/plain and
cold/(snippet seconds / cores): how close the parallel cold build comes to
perfect use of the cores.
"""

import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EDITED = ROOT / "snippets" / "five_levels" / "level1_numpy.py"


def build(cache, site, mode="run"):
    env = dict(os.environ, SNIPPETS_CACHE=str(cache), SNIPPETS_MODE=mode, NO_MKDOCS_2_WARNING="1")
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
        cold, ran, snippet_seconds = build(cache, site)
        warm, warm_ran, _ = build(cache, site)
        original = EDITED.read_text()
        try:
            EDITED.write_text(original + "# edited by benchmarks/build_times.py\n")
            edited, edited_ran, _ = build(cache, site)
        finally:
            EDITED.write_text(original)
        plain, _, _ = build(cache, site, mode="off")
    print(f"cores: {cores}")
    print(f"cold build:                 {cold:6.1f} s  ({ran} snippets ran, {snippet_seconds:.1f} s of snippet time)")
    print(f"warm rebuild, no change:    {warm:6.1f} s  ({warm_ran} ran)")
    print(f"rebuild, one snippet edited:{edited:6.1f} s  ({edited_ran} ran)")
    print(f"plain build, no execution:  {plain:6.1f} s")
    print(f"warm / plain:               {warm / plain:6.2f}")
    print(f"cold / (snippet s / cores): {cold / (snippet_seconds / cores):6.2f}")


if __name__ == "__main__":
    main()
