"""Sum the cached run times of every snippet per chapter folder, for one device, into a JSON file.

    .venv/bin/python benchmarks/chapter_timings.py                 # the device snippets pick here
    .venv/bin/python benchmarks/chapter_timings.py --device cuda   # after TORCH_DEVICE=cuda make test
    .venv/bin/python benchmarks/chapter_timings.py --device cuda --run   # run what the cache lacks first

Reads the snippet cache (.cache/snippets/, or $SNIPPETS_CACHE) that `make test` or
`make build` filled: for each current snippet file it looks up the entry under the
key the runner would use for DEVICE and takes the seconds that run took. Writes
docs/going-further/timings/DEVICE.json, which the page "Running on a GPU" shows.

The seconds are wall-clock time of each snippet's own process (CUDA start-up included;
on Linux the process is forked from one that has imported torch, so that import is not
counted, elsewhere Python's start and the imports are), measured while the build ran several snippets at once
(SNIPPETS_JOBS, one per core by default). The host fields describe the machine that
runs this script: run it on the machine that filled the cache.
"""

import argparse
import datetime
import importlib.metadata
import json
import os
import platform
import sys
from pathlib import Path

import torch

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from snippet_runner import cache, execute  # noqa: E402  (needs ROOT on the path)

TIMINGS_DIR = ROOT / "docs" / "going-further" / "timings"
# The page's snippet reads the JSON files, which are not part of its cache key: drop its
# cached output whenever they change, so that the next build shows the new numbers.
PAGE_SNIPPET = execute.SNIPPETS_DIR / "going_further" / "gpu" / "chapter_timings.py"
TOP_LEVEL = "(top level)"  # snippets directly in snippets/, such as tutorial_data.py


def use_device(name):
    """Make the runner compute cache keys (and run snippets) for device `name`."""
    os.environ["TORCH_DEVICE"] = name
    execute.device.cache_clear()


def chapter_of(path):
    folder = path.parent.relative_to(execute.SNIPPETS_DIR).as_posix()
    return TOP_LEVEL if folder == "." else folder


def device_name(device):
    if device == "cpu":
        cpuinfo = Path("/proc/cpuinfo")
        if cpuinfo.is_file():
            for line in cpuinfo.read_text().splitlines():
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
        return platform.processor() or platform.machine()
    if device.startswith("cuda") and torch.cuda.is_available():
        return torch.cuda.get_device_name(torch.device(device))
    if device == "mps" and torch.backends.mps.is_available():
        return f"Apple GPU (MPS) on {platform.machine()}"
    return f"unknown: no {device} device on the machine that wrote this file"


def timestamp(seconds):
    return datetime.datetime.fromtimestamp(seconds, datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def collect(device):
    """Per chapter folder: the summed seconds of the snippets found in the cache, and how many are missing."""
    use_device(device)
    chapters, mtimes, snippets = {}, [], {}
    for path in sorted(execute.SNIPPETS_DIR.rglob("*.py")):
        chapter = chapters.setdefault(chapter_of(path), {"seconds": 0.0, "snippets": 0, "missing": 0})
        result = execute.current_settings().cache / execute.cache_key(path) / "result.json"
        if not result.is_file():
            chapter["missing"] += 1
            continue
        seconds = json.loads(result.read_text())["seconds"]
        chapter["seconds"] += seconds
        chapter["snippets"] += 1
        snippets[path.relative_to(execute.SNIPPETS_DIR).as_posix()] = round(seconds, 1)
        mtimes.append(result.stat().st_mtime)
    for chapter in chapters.values():
        chapter["seconds"] = round(chapter["seconds"], 1)
    return chapters, mtimes, snippets


def forget_page_snippet():
    """Delete the cached output of the page's snippet, for every device, so that it re-reads the files."""
    if cache.forget(execute.current_settings().cache, PAGE_SNIPPET):
        print(f"dropped the cached output of {execute.relative(PAGE_SNIPPET)}; the next build re-runs it")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--device", help="cpu, cuda or mps (default: the device snippets pick on this machine)")
    parser.add_argument("--run", action="store_true", help="first run the snippets the cache lacks for DEVICE")
    parser.add_argument("--out", type=Path, help="where to write (default: docs/going-further/timings/DEVICE.json)")
    args = parser.parse_args()
    device = args.device or execute.device()
    if args.run:
        use_device(device)
        execute.run_all(sorted(execute.SNIPPETS_DIR.rglob("*.py")), mode="run")

    chapters, mtimes, snippets = collect(device)
    if not mtimes:
        sys.exit(f"no cached snippet results for device '{device}' in {execute.current_settings().cache}: "
                 f"run `TORCH_DEVICE={device} make test` (or add --run) first")
    found = sum(c["snippets"] for c in chapters.values())
    missing = sum(c["missing"] for c in chapters.values())
    timings = {
        "device": device,
        "device_name": device_name(device),
        "host_cpu_count": os.cpu_count(),
        "host_cpu": device_name("cpu"),
        "python": platform.python_version(),
        "torch": torch.__version__,
        "torchvision": importlib.metadata.version("torchvision"),
        "measured_from": timestamp(min(mtimes)),
        "measured_to": timestamp(max(mtimes)),
        "written": timestamp(datetime.datetime.now(datetime.timezone.utc).timestamp()),
        "snippets": found,
        "missing": missing,
        "total_seconds": round(sum(c["seconds"] for c in chapters.values()), 1),
        "chapters": chapters,
        # Each snippet's seconds: the runner starts the longest first on a fresh clone from these.
        "snippet_seconds": snippets,
    }
    out = args.out or TIMINGS_DIR / f"{device}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(timings, indent=2) + "\n")
    print(f"{out}: {found} snippets in {len(chapters)} chapter folders, {timings['total_seconds']} s "
          f"of snippet time on {device} ({timings['device_name']}); {missing} not in the cache")
    if args.out is None:
        forget_page_snippet()


if __name__ == "__main__":
    main()
