"""Run snippets from the command line and print what they printed.

    python -m snippet_runner snippets/five_levels          # one chapter
    python -m snippet_runner snippets/five_levels/autograd.py
    python -m snippet_runner                               # every snippet
    python -m snippet_runner --forget snippets/five_levels/autograd.py   # drop its cached results
    python -m snippet_runner --prune                       # drop entries no current snippet uses
    python -m snippet_runner --shard 2/4                   # CI: the second quarter of the work
    python -m snippet_runner --merge shard-1 shard-2       # add those caches' entries to this one

The results go to the same cache the site build uses.
"""

import argparse
import sys
from pathlib import Path

from . import cache
from .execute import SnippetError, cache_key, current_settings, relative, run_all, shard
from .notebooks import chapter_notebooks, helper_text, stored_run
from .settings import ROOT


def snippet_files(targets, snippets_dir):
    for target in targets or [snippets_dir]:
        target = Path(target)
        if not target.exists():
            raise SnippetError(f"{target}: no such snippet file or folder")
        yield from sorted(target.rglob("*.py")) if target.is_dir() else [target]


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m snippet_runner", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("targets", nargs="*", help="snippet files or folders (default: snippets/)")
    parser.add_argument("--mode", choices=["run", "cache", "off"], help="default: $SNIPPETS_MODE or run")
    parser.add_argument("--quiet", action="store_true", help="print the log only, not the outputs")
    parser.add_argument("--forget", action="store_true", help="remove the cached results of the targets")
    parser.add_argument("--prune", action="store_true",
                        help="remove cached results that no current snippet under snippets/ uses")
    parser.add_argument("--shard", metavar="I/N", help="run only shard I of N, balanced by recorded durations")
    parser.add_argument("--merge", nargs="+", metavar="FOLDER", type=Path,
                        help="add the entries of these caches (CI shards') to this cache, and run nothing")
    args = parser.parse_args(argv)
    try:
        config = current_settings()
        if args.merge:
            for folder in args.merge:
                added = cache.merge(config.cache, folder)
                print(f"merged {folder}: {added} entries added to {config.cache}", file=sys.stderr)
            return 0
        files = list(snippet_files(args.targets, config.snippets_dir))
        if args.shard:
            index, _, count = args.shard.partition("/")
            if not (index.isdigit() and count.isdigit()):
                raise SnippetError(f"--shard {args.shard}: write it as I/N, for example 2/4")
            files = shard(files, int(index), int(count))
            print(f"shard {args.shard}: {len(files)} snippets", file=sys.stderr)
        if args.forget or args.prune:
            if args.forget:
                gone = sum(cache.forget(config.cache, path) for path in files)
                print(f"forgot {gone} cached result(s) of {len(files)} snippet(s)", file=sys.stderr)
            if args.prune:
                live = {cache_key(path) for path in snippet_files([], config.snippets_dir)}
                helper = helper_text(config.snippets_dir)
                notebooks = {stored_run(text, helper, config).stem
                             for text in chapter_notebooks(ROOT / "docs", config.snippets_dir).values()}
                gone = cache.prune(config.cache, live, notebooks)
                print(f"pruned {gone} stale cached result(s); {len(live)} current snippets, "
                      f"{len(notebooks)} current notebooks", file=sys.stderr)
            return 0
        results = run_all(files, mode=args.mode, log=lambda m: print(m, file=sys.stderr))
    except SnippetError as error:
        print(error, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted: every snippet process was stopped", file=sys.stderr)
        return 130
    if not args.quiet:
        for path, result in sorted(results.items()):
            whole = result.section()
            print(f"===== {relative(path)} ({result.status})")
            print((whole.stdout or "").rstrip("\n"))
            for figure in whole.figures:
                print(f"[figure] {figure['path']}: {figure['alt']}")
            for name, value in sorted(result.values.items()):  # what a page can quote with [[value]]
                print(f"[value] {name} = {value!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
