"""Run snippet files in their own processes, from the cache where it has them.

run(path) gives one snippet's result; run_all(paths) gives many, running the
uncached ones side by side: never more threads than cores (a snippet with
`# snippet-threads: N` takes N), the longest first, every failure collected
and reported once at the end. The pieces: settings.py (the environment),
sources.py (what a snippet's text says), cache.py (results by key),
processes.py (the processes, their clocks and their clean-up).
"""

from __future__ import annotations

import functools
import glob
import json
import os
import sys
import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from . import cache, processes, settings
from ._child import CELL_SEPARATOR
from .settings import ROOT, SettingsError
from .sources import Cell, local_modules, names_a_script, parse_cells, threads_wanted, timeout_line  # noqa: F401

SNIPPETS_DIR = settings.snippets_dir()
CHILD = cache.CHILD


class SnippetError(Exception):
    """A snippet failed, timed out, or has no output where one is required; or a setting is bad."""


class SnippetsFailed(SnippetError):
    """Some snippets of a run_all failed: `failures` maps each one's path to its message, and
    `results` holds the snippets that succeeded."""

    def __init__(self, failures: dict[Path, str], results: dict[Path, Result]):
        self.failures, self.results = failures, results
        super().__init__(f"{len(failures)} snippet(s) failed:\n\n" + "\n\n".join(failures.values()))


@dataclass
class Result:
    path: Path  # the snippet file
    cells: list[Cell]
    status: str  # "ran", "cached" or "not run" (and "pending" while mkdocs serve runs it)
    seconds: float = 0.0
    values: dict = field(default_factory=dict)  # its module-level numbers and short strings, at the end
    error: str | None = None  # why it failed, for a page that shows it (status "failed", mkdocs serve)

    def section(self, name: str | None = None) -> Cell:
        """The whole file (name None) or one named cell, as one Cell."""
        if name is None:
            executed = all(c.stdout is not None for c in self.cells)
            return Cell(None, self.path.read_text(encoding="utf-8"),
                        "".join(c.stdout for c in self.cells) if executed else None,
                        [f for c in self.cells for f in c.figures])
        for cell in self.cells:
            if cell.name == name:
                return cell
        raise SnippetError(f"{relative(self.path)} has no section '{name}' "
                           f"(sections start with a '# %% {name}' line)")


def current_settings() -> settings.Settings:
    try:
        return settings.read()
    except SettingsError as error:
        raise SnippetError(str(error)) from None


def relative(path: Path) -> str:
    try:
        return str(Path(path).resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


# The device files of the accelerators torch drives on Linux: NVIDIA's, AMD's (ROCm), Intel's, Habana's.
ACCELERATOR_FILES = ("/dev/nvidia*", "/dev/kfd", "/dev/dri/renderD*", "/dev/accel/*")


@functools.cache
def device() -> str:
    """The device snippets will pick: $TORCH_DEVICE, else cuda, then mps, then cpu. On a Linux
    machine with no accelerator's device file that is the CPU, known without importing torch
    (seconds of CPU in every build, when all the snippets come from the cache)."""
    chosen = current_settings().device
    if chosen:
        return chosen
    if sys.platform == "linux" and not any(glob.glob(pattern) for pattern in ACCELERATOR_FILES):
        return "cpu"
    import torch

    accelerator = torch.accelerator.current_accelerator(check_available=True)
    return accelerator.type if accelerator is not None else "cpu"


def cache_key(path: Path) -> str:
    path = Path(path).resolve()
    return cache.key(path, current_settings().snippets_dir, threads_wanted(path.read_text(encoding="utf-8")),
                     device())


def child_environment(threads: int, snippets_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        MPLBACKEND="Agg",
        PYTHONHASHSEED="0",
        PYTHONUNBUFFERED="1",
        PYTHONIOENCODING="utf-8",
        PYTHONDONTWRITEBYTECODE="1",  # nothing lands in snippets/ (which `mkdocs serve` watches)
        OMP_NUM_THREADS=str(threads),
        TUTORIAL_DATA_DOWNLOAD="0",  # builds and tests never touch the network
        # Snippets import shared modules (the data loader) from snippets/.
        PYTHONPATH=os.pathsep.join(filter(None, [str(snippets_dir), env.get("PYTHONPATH")])),
    )
    return env


def tail(text: str, what: str, lines: int = 25) -> str:
    kept = text.strip().splitlines()[-lines:]
    return f"--- {what} ---\n" + "\n".join(kept) if kept else ""


def execute(path: Path, entry: Path, config: settings.Settings) -> Result:
    """Run the snippet now, in a scratch folder, and store its result in the cache folder `entry`."""
    source = path.read_text(encoding="utf-8")
    threads = threads_wanted(source)
    timeout = timeout_line(source) or config.timeout
    uses = [source, *local_modules(path, config.snippets_dir).values()]
    work = processes.scratch_folder(config.cache / "tmp", path.parent)
    try:
        done = processes.run([sys.executable, str(CHILD), str(path), str(work)], cwd=work / "cwd",
                             env=child_environment(threads, config.snippets_dir), out_dir=work,
                             timeout=timeout, max_output=config.max_output, preloaded=processes.worth_preloading(uses))
        printed = done.stdout.replace(CELL_SEPARATOR, "")
        if done.stopped == "timeout":
            raise SnippetError(
                f"{relative(path)}: timed out after {timeout:g} s of its own time and was killed (its clock "
                f"stops while it waits for a core, so a busy machine does not count). If it is only slow, "
                f"add a '# snippet-timeout: SECONDS' line to it or set SNIPPETS_TIMEOUT.\n"
                f"{tail(printed, 'last lines it printed')}")
        if done.stopped == "output":
            raise SnippetError(
                f"{relative(path)}: printed more than {config.max_output:,} bytes and was stopped. A page "
                f"cannot show that much: print a summary (or raise SNIPPETS_MAX_OUTPUT).\n"
                f"{tail(printed[-5000:], 'last lines it printed', 5)}")
        if done.returncode != 0:
            error_file = work / "error.json"
            report = json.loads(error_file.read_text()) if error_file.exists() else {}
            line = report.get("line")
            where = f"{relative(path)}:{line}" if line else relative(path)
            what = report.get("error") or f"exited with code {done.returncode}"
            raise SnippetError(f"{where}: {what}\n{tail(done.stderr, 'traceback')}")

        cells = parse_cells(source)
        outputs = done.stdout.split(CELL_SEPARATOR + "\n")
        saved = [{"stdout": out, "figures": []} for out in (outputs + [""] * len(cells))[:len(cells)]]
        for figure in json.loads((work / "figures.json").read_text()):
            saved[figure.pop("cell")]["figures"].append(figure)
        values = json.loads((work / "values.json").read_text())
        for leftover in ("cwd", "stdout.txt", "stderr.txt", "figures.json", "values.json"):  # the entry keeps figures only
            target = work / leftover
            processes.remove(target) if target.is_dir() else target.unlink(missing_ok=True)
        cache.store(work, entry, path, saved, done.seconds, values)
    finally:
        processes.remove(work)  # gone already when it became the entry
    result = Result(path, cells, "ran", done.seconds)
    if cache.load(entry, result.cells, result.values) is None:
        raise SnippetError(f"{relative(path)}: its result could not be stored in {entry}")
    return result


def run_as_copied(path: Path) -> str:
    """What `python FILE.py` prints in a reader's empty folder holding a copy of the snippet and
    the local files it imports (tutorial_data.py): no runner around it, nothing seeded, no
    PYTHONPATH, no fixed hash seed. Only the thread count (as the page ran it), a headless
    matplotlib and the offline data are set. Cached by the snippet's key."""
    config = current_settings()
    path = Path(path).resolve()
    stored = config.cache / cache.COPY_RUNS / (cache_key(path) + ".txt")
    if stored.is_file():
        return stored.read_text(encoding="utf-8")
    source = path.read_text(encoding="utf-8")
    work = processes.scratch_folder(config.cache / "tmp", path.parent, link=False)
    try:
        for file in [path, *map(Path, local_modules(path, config.snippets_dir))]:
            target = work / "cwd" / file.name
            if not target.exists():
                target.write_bytes(file.read_bytes())
        env = {name: value for name, value in os.environ.items() if not name.startswith(("PYTHON", "MPL"))}
        env.update(MPLBACKEND="Agg", OMP_NUM_THREADS=str(threads_wanted(source)), TUTORIAL_DATA_DOWNLOAD="0",
                   TUTORIAL_DATA_DIR=str(cache.data_dir()))
        done = processes.run([sys.executable, path.name], cwd=work / "cwd", env=env, out_dir=work,
                             timeout=timeout_line(source) or config.timeout, max_output=config.max_output)
        if done.stopped or done.returncode != 0:
            raise SnippetError(f"{relative(path)}: `python {path.name}` in an empty folder "
                               f"{'was stopped: ' + done.stopped if done.stopped else 'failed'}\n"
                               f"{tail(done.stderr, 'what it printed to stderr')}")
        stored.parent.mkdir(parents=True, exist_ok=True)
        stored.write_text(done.stdout, encoding="utf-8")
        return done.stdout
    finally:
        processes.remove(work)


def run(path: Path, mode: str | None = None) -> Result:
    """The result of one snippet: from the cache when its key is there, else run it.

    mode "cache" never executes (a missing entry is an error) and mode "off"
    executes nothing and returns the code without output; None: $SNIPPETS_MODE.
    """
    config = current_settings()
    mode = mode or config.mode
    path = Path(path).resolve()
    if mode not in settings.MODES:
        raise SnippetError(f"unknown mode '{mode}': use one of {', '.join(settings.MODES)}")
    if not path.is_file():
        raise SnippetError(f"{relative(path)}: no such snippet file")
    result = Result(path, parse_cells(path.read_text(encoding="utf-8")), "not run")
    if mode == "off":
        return result
    entry = config.cache / cache_key(path)
    seconds = cache.load(entry, result.cells, result.values)
    if seconds is not None:
        result.status, result.seconds = "cached", seconds
        return result
    if mode == "cache":
        raise SnippetError(f"{relative(path)}: no cached output for this version of the snippet; "
                           f"build once with SNIPPETS_MODE=run (the default) to execute it")
    return execute(path, entry, config)


@dataclass
class Job:
    """Work for the scheduler: `work()` runs it and returns what the log says of it."""
    name: str
    cores: int
    expected_seconds: float
    work: Callable[[], str]


@dataclass
class Running:
    cores: int
    started: float  # time.monotonic() when it started
    expected_seconds: float


def next_job(waiting: list[Job], running: list[Running], slots: int, now: float) -> Job | None:
    """The job to start now, if any. The first waiting one (the longest) when enough cores are
    free. When it must wait for cores, a later one that fits in the free cores and is expected to
    end before those cores free up goes first (backfilling: the first one starts no later for it);
    a job never timed is not expected to end soon, so it waits its turn."""
    if not waiting:
        return None
    free = slots - sum(r.cores for r in running)
    head = waiting[0]
    if min(slots, head.cores) <= free:
        return head
    # When, going by what the running jobs are expected to take, enough cores are free for the head.
    freed, wait_for = free, 0.0
    for job in sorted(running, key=lambda r: r.started + r.expected_seconds):
        freed += job.cores
        wait_for = max(0.0, job.started + job.expected_seconds - now)
        if freed >= min(slots, head.cores):
            break
    return next((job for job in waiting[1:]
                 if min(slots, job.cores) <= free and 0 < job.expected_seconds <= wait_for), None)


def schedule(jobs: list[Job], slots: int, log=print, started=None) -> None:
    """Run the jobs side by side, the longest expected first, never holding more than `slots` cores.

    A job that needs more cores than are free waits for them, and shorter jobs that fit in the
    free ones meanwhile go before it (next_job). `started(name)`, when given, is called as each
    job starts. An interrupt (Ctrl-C, SIGTERM) kills every running process before it is raised."""
    waiting = sorted(jobs, key=lambda job: -job.expected_seconds)
    done, running = [], {}  # running: future -> Running

    def one(job: Job) -> None:
        if started is not None:
            started(job.name)
        outcome = job.work()
        done.append(job)
        log(f"{job.name}: {outcome} ({len(done)} of {len(jobs)})")

    processes.allow_new()
    try:
        with processes.interrupted_on_sigterm(), ThreadPoolExecutor(max_workers=max(1, slots)) as pool:
            try:
                while waiting or running:
                    if processes.stopping():  # Ctrl-C or SIGTERM, seen in another thread (mkdocs serve)
                        raise KeyboardInterrupt("the snippets are being stopped")
                    while (job := next_job(waiting, list(running.values()), slots, time.monotonic())) is not None:
                        waiting.pop(next(i for i, other in enumerate(waiting) if other is job))
                        running[pool.submit(one, job)] = Running(min(slots, job.cores), time.monotonic(),
                                                                 job.expected_seconds)
                    finished, _ = wait(running, return_when=FIRST_COMPLETED)
                    for future in finished:
                        del running[future]
                        future.result()
            except BaseException:
                waiting.clear()
                processes.kill_all()
                raise
    except KeyboardInterrupt:
        raise  # no new process may start: the program is stopping
    except BaseException:
        processes.allow_new()  # a job failed: later runs in this process may start again
        raise


def run_all(paths, mode: str | None = None, jobs: int | None = None, log=print,
            also: list[Job] = (), started=None) -> dict[Path, Result]:
    """Results for many snippets; the uncached ones run side by side, the longest first.

    `jobs` (default $SNIPPETS_JOBS, else the number of cores) is how many cores to
    fill; a snippet takes as many as it has threads. `also` adds other jobs (the
    chapter notebooks) to the same schedule. Every failure is collected and raised
    together, as SnippetsFailed, once all snippets have finished.
    """
    config = current_settings()
    mode = mode or config.mode
    slots = jobs or config.jobs
    paths = sorted({Path(p).resolve() for p in paths})
    results: dict[Path, Result] = {}
    failures: dict[Path, str] = {}
    waiting = []
    for path in paths:  # what the cache has needs no process
        try:
            results[path] = run(path, "cache" if mode == "run" else mode)
        except SnippetError as error:
            if mode == "run" and path.is_file():
                waiting.append(path)
            else:
                failures[path] = str(error)
    expected = cache.expected_seconds(config.cache)

    def one(path: Path) -> str:
        try:
            results[path] = run(path, "run")
        except SnippetError as error:
            failures[path] = str(error)
            return "FAILED"
        return f"ran in {results[path].seconds:.1f} s"

    start = time.perf_counter()
    schedule([Job(f"snippet {relative(path)}", threads_wanted(path.read_text(encoding="utf-8")),
                  expected.get(snippet_name(path, config), 0.0), functools.partial(one, path))
              for path in waiting] + list(also), slots, log, started)
    ran = [r for r in results.values() if r.status == "ran"]
    cache.record_seconds(config.cache, {snippet_name(r.path, config): r.seconds for r in ran})
    log(f"snippets: {len(ran)} ran ({sum(r.seconds for r in ran):.1f} s of snippet time, "
        f"{time.perf_counter() - start:.1f} s wall, {slots} cores), "
        f"{sum(r.status == 'cached' for r in results.values())} from the cache, "
        f"{sum(r.status == 'not run' for r in results.values())} not run, {len(failures)} failed")
    if failures:
        raise SnippetsFailed(dict(sorted(failures.items())), results)
    return results


def shard(paths, index: int, count: int) -> list[Path]:
    """The snippets that shard `index` (1 to `count`) runs, when CI splits the runs across jobs.

    Balanced by each snippet's last recorded seconds times its threads (the cache's record,
    else the committed timings of a clean run, as the schedule uses): the longest first, each
    to the shard with the least work so far. Every snippet is in exactly one shard, and every
    job computes the same split from the same files."""
    if not 1 <= index <= count:
        raise SnippetError(f"shard {index}/{count}: the shard is a number from 1 to {count}")
    config = current_settings()
    expected = cache.expected_seconds(config.cache)
    known = sorted(expected.values())
    typical = known[len(known) // 2] if known else 1.0  # a snippet never timed counts as a median one

    def work(path: Path) -> float:
        return expected.get(snippet_name(path, config), typical) * threads_wanted(path.read_text(encoding="utf-8"))

    loads, shards = [0.0] * count, [[] for _ in range(count)]
    for path in sorted({Path(p).resolve() for p in paths}, key=lambda p: (-work(p), str(p))):
        lightest = loads.index(min(loads))
        shards[lightest].append(path)
        loads[lightest] += work(path)
    return sorted(shards[index - 1])


def snippet_name(path: Path, config: settings.Settings) -> str:
    """The name durations are recorded under: the path below snippets/, else the full path."""
    return path.relative_to(config.snippets_dir).as_posix() if path.is_relative_to(config.snippets_dir) else str(path)
