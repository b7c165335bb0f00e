"""What the Chinese edition adds to a build: the site from the cache with and without it.

    .venv/bin/python benchmarks/languages.py [ROUNDS]

Builds the site from the project's snippet cache (nothing runs; build it once first),
alternating the two variants ROUNDS times (3 by default) so that a busy machine
slows both alike, and prints each time, the medians and their ratio. "English only"
is mkdocs.yml without the i18n plugin and without the docs/*.zh.md pages.
"""

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENGLISH_ONLY = """INHERIT: mkdocs.yml
exclude_docs: "*.zh.md"
plugins:  # a list replaces the inherited one: the i18n plugin is left out
  - search
"""


def build(config: Path, site: Path) -> float:
    env = dict(os.environ, SNIPPETS_MODE="cache", NO_MKDOCS_2_WARNING="1")
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "--site-dir",
                           str(site)], cwd=ROOT, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"build failed ({config.name}):\n{done.stderr[-3000:]}")
    return seconds


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    english_only = ROOT / "mkdocs.english-only.yml"  # beside mkdocs.yml, which it inherits
    english_only.write_text(ENGLISH_ONLY, encoding="utf-8")
    times = {"both languages": [], "English only": []}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for _ in range(rounds):
                times["both languages"].append(build(ROOT / "mkdocs.yml", Path(tmp) / "both"))
                times["English only"].append(build(english_only, Path(tmp) / "english"))
    finally:
        english_only.unlink()
    for name, seconds in times.items():
        print(f"{name:15s} " + "  ".join(f"{s:5.1f} s" for s in seconds) + f"   median {statistics.median(seconds):5.1f} s")
    ratio = statistics.median(times["both languages"]) / statistics.median(times["English only"])
    print(f"both / English only: {ratio:.2f}")


if __name__ == "__main__":
    main()
