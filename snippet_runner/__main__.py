"""Run snippets from the command line and print what they printed.

    python -m snippet_runner snippets/five_levels          # one chapter
    python -m snippet_runner snippets/five_levels/autograd.py
    python -m snippet_runner                               # every snippet

The results go to the same cache the site build uses.
"""

import argparse
import sys
from pathlib import Path

from .execute import SNIPPETS_DIR, SnippetError, relative, run_all


def snippet_files(targets):
    for target in targets or [SNIPPETS_DIR]:
        target = Path(target)
        yield from sorted(target.rglob("*.py")) if target.is_dir() else [target]


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m snippet_runner", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("targets", nargs="*", help="snippet files or folders (default: snippets/)")
    parser.add_argument("--mode", choices=["run", "cache", "off"], help="default: $SNIPPETS_MODE or run")
    parser.add_argument("--quiet", action="store_true", help="print the log only, not the outputs")
    args = parser.parse_args(argv)
    try:
        results = run_all(snippet_files(args.targets), mode=args.mode, log=lambda m: print(m, file=sys.stderr))
    except SnippetError as error:
        print(error, file=sys.stderr)
        return 1
    if not args.quiet:
        for path, result in sorted(results.items()):
            whole = result.section()
            print(f"===== {relative(path)} ({result.status})")
            print((whole.stdout or "").rstrip("\n"))
            for figure in whole.figures:
                print(f"[figure] {figure['path']}: {figure['alt']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
