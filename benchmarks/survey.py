"""Time the browser tests' pass over a built site's pages: in one browser, and in one per core side by side.

    SITE_URL=http://127.0.0.1:8765/ .venv/bin/mkdocs build -d /tmp/site
    .venv/bin/python benchmarks/survey.py /tmp/site [--every N]

The pass is tests/browser/test_in_chromium.py's take_survey: every page in both
palettes (axe-core, figures, scrolling, a phone-sized layout). `--every N` takes
every N-th page only, for a quicker comparison. The two ways alternate, twice
each, on the same pages, and the ratio is of their medians: this machine is noisy.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests" / "browser"), str(ROOT / "tests"), str(ROOT)]

import test_in_chromium  # noqa: E402
from site_audit import page_paths, served, site_url_of  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("site", type=Path)
    parser.add_argument("--every", type=int, default=1, help="take every N-th page (default: all)")
    args = parser.parse_args()
    pages = page_paths(args.site)[::args.every]
    test_in_chromium.page_paths = lambda site: pages  # the pass surveys these pages only
    cores = os.cpu_count() or 1
    port = urlsplit(site_url_of(args.site) or "http://127.0.0.1:0/").port or 0
    seconds = {1: [], cores: []}
    with served(args.site, port) as url:
        for _ in range(2):
            for parts in seconds:
                start = time.perf_counter()
                test_in_chromium.take_survey(args.site, url, parts)
                seconds[parts].append(time.perf_counter() - start)
                print(f"{len(pages)} pages in both palettes, {parts} browser(s): {seconds[parts][-1]:.1f} s", flush=True)
    one, side_by_side = statistics.median(seconds[1]), statistics.median(seconds[cores])
    print(f"one browser: {one:.1f} s; {cores} side by side: {side_by_side:.1f} s; ratio {side_by_side / one:.2f}")


if __name__ == "__main__":
    main()
