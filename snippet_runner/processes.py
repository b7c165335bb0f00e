"""Snippet processes: each in its own process group and scratch folder, watched until it ends.

A timeout catches a hang, never a busy machine: a snippet's clock runs only
while it is not waiting for a core (Linux reports that wait in
/proc/PID/schedstat), so a snippet slowed down by others is not killed. Output
goes to files, and a snippet that prints more than its limit is stopped.

Every running snippet's process group is known here. An interrupt (Ctrl-C,
SIGTERM) or the end of the Python process kills them all at once, so that no
orphan keeps training.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

POLL_SECONDS = 0.2
_live: set[int] = set()  # process group ids of the snippets running now
_lock = threading.Lock()
_stopping = threading.Event()  # set by kill_all(): no new snippet process may start


@dataclass
class Finished:
    returncode: int
    stdout: str
    stderr: str
    seconds: float  # wall-clock seconds
    own_seconds: float  # the seconds its clock counted (wall less the waits for a core)
    stopped: str | None = None  # "timeout" or "output" when the runner stopped it


def scratch_folder(parent: Path, snippet_folder: Path, link: bool = True) -> Path:
    """A new folder for one run: work/cwd holds links to the snippet's folder (unless `link` is
    False: then it is empty), so that files it opens by relative path are found, while what it
    writes stays in the scratch folder."""
    parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="run-", dir=parent))
    cwd = work / "cwd"
    cwd.mkdir()
    for entry in snippet_folder.iterdir() if link else ():
        if entry.name != "__pycache__":
            (cwd / entry.name).symlink_to(entry)
    return work


class Clock:
    """Seconds a process tree has been running, less the time its slowest process waited for a core."""

    def __init__(self, pid: int):
        self.root = psutil.Process(pid)
        self.start = time.monotonic()
        self.waits: dict[int, float] = {}

    def seconds(self) -> float:
        try:
            tree = [self.root, *self.root.children(recursive=True)]
        except psutil.Error:
            tree = []
        for process in tree:
            try:
                with open(f"/proc/{process.pid}/schedstat") as stats:
                    self.waits[process.pid] = int(stats.read().split()[1]) / 1e9
            except (OSError, ValueError, IndexError):
                pass  # not Linux, or the process just ended: its last wait stays counted
        return time.monotonic() - self.start - max(self.waits.values(), default=0.0)


def run(command: list[str], cwd: Path, env: dict, out_dir: Path, timeout: float, max_output: int) -> Finished:
    """Run the command in its own process group; stop it when its clock passes `timeout` or it
    prints more than `max_output` bytes."""
    stdout_path, stderr_path = out_dir / "stdout.txt", out_dir / "stderr.txt"
    # Started and registered under the lock, so that kill_all() never misses a process that
    # is starting, and nothing starts once it has run.
    with _lock, open(stdout_path, "wb") as out, open(stderr_path, "wb") as err:
        if _stopping.is_set():
            raise KeyboardInterrupt("the snippets are being stopped")
        process = subprocess.Popen(command, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=out,
                                   stderr=err, start_new_session=True)
        _live.add(process.pid)
    start, stopped, clock = time.monotonic(), None, None
    try:
        with contextlib.suppress(psutil.Error):
            clock = Clock(process.pid)
        while process.poll() is None:
            time.sleep(POLL_SECONDS)
            if clock is not None and clock.seconds() > timeout:
                stopped = "timeout"
            elif stdout_path.stat().st_size + stderr_path.stat().st_size > max_output:
                stopped = "output"
            if stopped:
                kill(process.pid)
                break
        process.wait()
    except BaseException:
        kill(process.pid)
        process.wait()
        raise
    finally:
        with _lock:
            _live.discard(process.pid)
    seconds = time.monotonic() - start
    own = clock.seconds() if clock is not None else seconds
    read = lambda path: path.read_text(encoding="utf-8", errors="replace")  # noqa: E731
    return Finished(process.returncode, read(stdout_path), read(stderr_path), seconds, min(own, seconds), stopped)


def kill(group: int) -> None:
    """Kill a snippet's whole process group, and any child that left it."""
    with contextlib.suppress(psutil.Error):
        for child in psutil.Process(group).children(recursive=True):
            with contextlib.suppress(psutil.Error):
                child.kill()
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(group, signal.SIGKILL)


def kill_all() -> None:
    """Kill every snippet process running now, and start no more until allow_new() (the
    scheduler calls it when a new run starts)."""
    with _lock:
        _stopping.set()
        groups = list(_live)
    for group in groups:
        kill(group)


def allow_new() -> None:
    _stopping.clear()


atexit.register(kill_all)


@contextlib.contextmanager
def interrupted_on_sigterm():
    """Turn SIGTERM into KeyboardInterrupt while snippets run (in the main thread only), so that
    `kill PID` of a build cleans up like Ctrl-C does."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum, frame):
        raise KeyboardInterrupt(f"signal {signum}")

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def remove(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
