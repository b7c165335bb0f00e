"""What forking snippets from a preloaded server saves: each snippet of a folder runs twice,
started afresh and forked from the server, alternately, in one run.

    .venv/bin/python benchmarks/preloaded.py [snippets/FOLDER]

Prints each snippet's own seconds both ways (its clock stops while it waits for a core, so
a busy machine distorts the ratio less than wall time) and the ratio of the totals.
"""

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from snippet_runner import processes  # noqa: E402
from snippet_runner.execute import CHILD, child_environment  # noqa: E402
from snippet_runner.settings import read  # noqa: E402


def own_seconds(path, preloaded, scratch):
    work = processes.scratch_folder(scratch, path.parent)
    try:
        done = processes.run([sys.executable, str(CHILD), str(path), str(work)], cwd=work / "cwd",
                             env=child_environment(1, read().snippets_dir), out_dir=work,
                             timeout=600, max_output=10_000_000, preloaded=preloaded)
        assert done.returncode == 0, done.stderr
        return done.own_seconds
    finally:
        processes.remove(work)


def main():
    folder = ROOT / (sys.argv[1] if len(sys.argv) > 1 else "snippets/fundamentals/saving_loading")
    snippets = sorted(p for p in folder.glob("*.py"))
    totals = {False: 0.0, True: 0.0}
    with tempfile.TemporaryDirectory() as scratch:
        own_seconds(snippets[0], True, Path(scratch))  # start the server before timing
        for path in snippets:
            seconds = {preloaded: own_seconds(path, preloaded, Path(scratch)) for preloaded in (False, True)}
            for preloaded, value in seconds.items():
                totals[preloaded] += value
            print(f"{path.name:32s} afresh {seconds[False]:6.2f} s   forked {seconds[True]:6.2f} s")
    print(f"{len(snippets)} snippets: afresh {totals[False]:.1f} s, forked {totals[True]:.1f} s, "
          f"forked / afresh {totals[True] / totals[False]:.2f}")


if __name__ == "__main__":
    main()
