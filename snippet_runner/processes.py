"""Snippet processes: each in its own process group and scratch folder, watched until it ends.

A timeout catches a hang, never a busy machine: a snippet's clock runs only
while it is not waiting for a core (Linux reports that wait in
/proc/PID/schedstat), so a snippet slowed down by others is not killed. Output
goes to files, and a snippet that prints more than its limit is stopped.

Every running snippet's process group is known here. An interrupt (Ctrl-C,
SIGTERM) or the end of the Python process kills them all at once, so that no
orphan keeps training.

On Linux a Python script can start `preloaded`: forked from a process that has
imported torch already (_preloaded.py, one per environment), instead of started
afresh, which spares each snippet the seconds that importing torch takes. It is
worth it for code that imports what that process imported (worth_preloading).
"""

from __future__ import annotations

import atexit
import contextlib
import itertools
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

POLL_SECONDS = 0.2
TEMPORARY_VARIABLES = ("TMPDIR", "TEMP", "TMP")  # where Python's tempfile, and most programs, write
PRELOADER = Path(__file__).with_name("_preloaded.py")
PRELOADED = ("numpy", "torch", "torchvision", "matplotlib.pyplot", "tqdm")  # what it imports once for all
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


def run(command: list[str], cwd: Path, env: dict, out_dir: Path, timeout: float, max_output: int,
        preloaded: bool = False) -> Finished:
    """Run the command in its own process group; stop it when its clock passes `timeout` or it
    prints more than `max_output` bytes. With `preloaded`, a `python SCRIPT ...` command is forked
    from a process that has imported torch already (on Linux). Its temporary files go to
    `out_dir`/tmp, removed when it ends, so that it leaves nothing in the machine's temporary folder."""
    stdout_path, stderr_path = out_dir / "stdout.txt", out_dir / "stderr.txt"
    server = None
    if preloaded and Preloaded.can_serve(command):
        try:
            server = Preloaded.serving(env)
        except (OSError, RuntimeError):
            server = None  # started afresh instead: slower, the same result
    # Temporary files and folders (torchrun's, for one) go into a folder that goes when it ends.
    temporary = out_dir / "tmp"
    temporary.mkdir(exist_ok=True)
    env = {**env, **dict.fromkeys(TEMPORARY_VARIABLES, str(temporary))}
    # Started and registered under the lock, so that kill_all() never misses a process that
    # is starting, and nothing starts once it has run.
    with _lock, open(stdout_path, "wb") as out, open(stderr_path, "wb") as err:
        if _stopping.is_set():
            raise KeyboardInterrupt("the snippets are being stopped")
        if server is not None:
            process = server.start(command[1:], cwd, env, stdout_path, stderr_path)
        else:
            process = subprocess.Popen(command, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=out,
                                       stderr=err, start_new_session=True)
        _live.add(process.pid)
    start, stopped, clock = time.monotonic(), None, None
    try:
        with contextlib.suppress(psutil.Error):
            clock = Clock(process.pid)
        while not ended_within(process, POLL_SECONDS):  # told at once when it ends, looked at meanwhile
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
        remove(temporary)
    seconds = time.monotonic() - start
    own = clock.seconds() if clock is not None else seconds
    read = lambda path: path.read_text(encoding="utf-8", errors="replace")  # noqa: E731
    return Finished(process.returncode, read(stdout_path), read(stderr_path), seconds, min(own, seconds), stopped)


def worth_preloading(sources: list[str]) -> bool:
    """Whether forking the code from a preloaded server saves anything: whether it imports one of
    the modules the server has imported (a server that is not running yet costs their import)."""
    names = "|".join(re.escape(name.split(".")[0]) for name in PRELOADED)
    return any(re.search(rf"^\s*(import|from)\s+({names})\b", text, re.MULTILINE) for text in sources)


def ended_within(process, seconds: float) -> bool:
    try:
        return process.wait(timeout=seconds) is not None
    except subprocess.TimeoutExpired:
        return False


class Forked:
    """A process that a preloaded server forked: what run() needs of a Popen."""

    def __init__(self, pid: int, server: "Preloaded"):
        self.pid, self.server, self.returncode = pid, server, None

    def poll(self) -> int | None:
        if self.returncode is None:
            self.returncode = self.server.returncode(self.pid)
        return self.returncode

    def wait(self, timeout: float | None = None) -> int | None:
        """Its return code once it has ended; None when `timeout` seconds pass first."""
        with self.server.changed:
            self.server.changed.wait_for(lambda: self.poll() is not None, timeout)
        return self.returncode


IGNORED = ("SNIPPETS_", "PYTEST_")  # variables that do not call for a server of their own


class Preloaded:
    """A server (_preloaded.py) that has imported torch once and forks a process per script. Its
    environment is fixed when it starts, so there is one per environment, the latest few kept."""

    KEEP = 3
    _servers: dict[tuple, "Preloaded"] = {}
    _servers_lock = threading.Lock()

    @staticmethod
    def can_serve(command: list[str]) -> bool:
        return sys.platform == "linux" and len(command) >= 2 and command[0] == sys.executable

    @classmethod
    def serving(cls, env: dict) -> "Preloaded":
        # The runner's own settings and pytest's current test name change nothing a server imports.
        key = tuple(sorted((name, value) for name, value in env.items() if not name.startswith(IGNORED)))
        with cls._servers_lock:
            server = cls._servers.pop(key, None)
            if server is None or not server.alive():
                server = cls(env)
            cls._servers[key] = server  # most recently used last
            while len(cls._servers) > cls.KEEP:
                cls._servers.pop(next(iter(cls._servers))).close()
        server.wait_ready()
        return server

    def __init__(self, env: dict):
        self.process = subprocess.Popen([sys.executable, str(PRELOADER), *PRELOADED], env=env,
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                        start_new_session=True)  # Ctrl-C reaches the runner, not it
        self.ids = itertools.count()
        self.pids: dict[int, int] = {}  # request id -> pid
        self.ended: dict[int, int] = {}  # pid -> return code
        self.forked: set[int] = set()  # its processes that have not ended
        self.changed = threading.Condition()
        self.ready, self.gone = False, False
        self.send_lock = threading.Lock()
        threading.Thread(target=self._read_answers, daemon=True).start()

    def _read_answers(self):
        for line in self.process.stdout:
            answer = json.loads(line)
            with self.changed:
                if answer.get("ready"):
                    self.ready = True
                elif "id" in answer:
                    self.pids[answer["id"]] = answer["pid"]
                    self.forked.add(answer["pid"])
                else:
                    self.ended[answer["pid"]] = answer["returncode"]
                    self.forked.discard(answer["pid"])
                self.changed.notify_all()
        self.process.wait()
        for pipe in (self.process.stdout, self.process.stdin):
            with contextlib.suppress(OSError):
                pipe.close()
        with self.changed:  # the server is gone: no one can report its processes' ends, so they end now
            self.gone = True
            self.changed.notify_all()
        for pid in list(self.forked):
            kill(pid)

    def alive(self) -> bool:
        return not self.gone and self.process.poll() is None

    def wait_ready(self):
        with self.changed:
            self.changed.wait_for(lambda: self.ready or self.gone)
        if self.gone:
            raise RuntimeError(f"{PRELOADER.name} ended before it was ready (Python: {sys.executable})")

    def start(self, argv: list[str], cwd: Path, env: dict, stdout: Path, stderr: Path) -> Forked:
        with self.send_lock:
            request_id = next(self.ids)
            request = {"id": request_id, "argv": argv, "cwd": str(cwd), "env": env,
                       "stdout": str(stdout), "stderr": str(stderr)}
            self.process.stdin.write((json.dumps(request) + "\n").encode())
            self.process.stdin.flush()
        with self.changed:
            self.changed.wait_for(lambda: request_id in self.pids or self.gone)
            if self.gone:
                raise RuntimeError(f"{PRELOADER.name} ended instead of starting {argv[0]}")
            return Forked(self.pids.pop(request_id), self)

    def returncode(self, pid: int) -> int | None:
        with self.changed:
            if pid in self.ended:
                return self.ended.pop(pid)
            return -signal.SIGKILL if self.gone else None

    def close(self):
        """It ends once its stdin is closed and the processes it forked have ended."""
        with contextlib.suppress(OSError):
            self.process.stdin.close()

    @classmethod
    def close_all(cls):
        with cls._servers_lock:
            for server in cls._servers.values():
                server.close()
                with contextlib.suppress(OSError):
                    server.process.kill()
                server.process.wait()
            cls._servers.clear()


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


def stopping() -> bool:
    """Whether kill_all() has run since the last allow_new(): no snippet process may start."""
    return _stopping.is_set()


atexit.register(Preloaded.close_all)
atexit.register(kill_all)  # first: atexit runs the last registered first


def _interrupt(signum, frame):
    raise KeyboardInterrupt(f"signal {signum}")


def interrupt_on_sigterm() -> None:
    """From now on, SIGTERM is KeyboardInterrupt (installed from the main thread only), so that
    `kill PID` of a program whose snippets run in another thread (`mkdocs serve`) cleans up as
    Ctrl-C does. Otherwise SIGTERM ends Python at once, and the preloaded server and the
    snippets, each in a session of its own, would keep running."""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _interrupt)


@contextlib.contextmanager
def interrupted_on_sigterm():
    """Turn SIGTERM into KeyboardInterrupt while snippets run (in the main thread only), so that
    `kill PID` of a build cleans up like Ctrl-C does."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def remove(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
