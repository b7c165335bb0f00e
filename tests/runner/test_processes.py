"""Snippet processes: timeouts that catch hangs but not load, capped output, a scratch folder,
and nothing left running or lying around after an interrupt."""
import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from snippet_runner import settings
from snippet_runner.execute import Job, Running, SnippetError, next_job, run, run_all

from runner_helpers import own_cache, write  # noqa: F401 (own_cache is an autouse fixture)

ROOT = settings.ROOT


def test_a_busy_machine_does_not_time_out_a_healthy_snippet(tmp_path):
    # 1.5 s of work under a 4-second timeout, while three processes a core compete: it takes
    # more than 4 s of wall time, and must still pass.
    snippet = write(tmp_path, "slow_under_load.py", """
        # snippet-timeout: 4
        import time
        start = time.process_time()
        while time.process_time() - start < 1.5:
            pass
        print("done")
    """)
    run(write(tmp_path, "first.py", "print(1)\n"))  # starts the runner's preloaded server before the load
    burners = [subprocess.Popen([sys.executable, "-c", "while True: pass"], start_new_session=True)  # own
               for _ in range(3 * (os.cpu_count() or 1))]  # sessions: each its own share of the cores
    try:
        start = time.perf_counter()
        assert run(snippet).section().stdout == "done\n"
        assert time.perf_counter() - start > 4, "the machine was not loaded enough to test anything"
    finally:
        for burner in burners:
            burner.kill()
            burner.wait()


def test_a_snippet_that_spins_forever_is_killed_at_its_timeout(tmp_path):
    snippet = write(tmp_path, "spins.py", """
        # snippet-timeout: 4
        while True:
            pass
    """)
    start = time.perf_counter()
    with pytest.raises(SnippetError, match=r"spins\.py: timed out after 4 s"):
        run(snippet)
    assert time.perf_counter() - start < 30


def test_output_is_capped(tmp_path, monkeypatch):
    monkeypatch.setenv("SNIPPETS_MAX_OUTPUT", "100000")
    snippet = write(tmp_path, "chatty.py", """
        while True:
            print("x" * 1000)
    """)
    with pytest.raises(SnippetError, match=r"chatty\.py: printed more than 100,000 bytes and was stopped"):
        run(snippet)


def test_a_snippet_writes_only_in_its_scratch_folder_and_reads_its_neighbours(tmp_path):
    folder = tmp_path / "chapter"
    folder.mkdir()
    (folder / "numbers.txt").write_text("1 2 3\n")
    write(folder, "helper.py", "TWICE = 2\n")
    snippet = write(folder, "writes.py", """
        import tempfile
        from pathlib import Path
        from helper import TWICE
        numbers = [int(n) * TWICE for n in Path("numbers.txt").read_text().split()]
        Path("model.txt").write_text(str(numbers))
        print(Path("model.txt").read_text())
        # Left behind, as torchrun leaves its folder: the scratch folder takes them away.
        print(tempfile.mkdtemp(prefix="left-"), tempfile.NamedTemporaryFile(delete=False).name)
    """)
    before = sorted(p.name for p in folder.rglob("*"))
    printed, temporary = run(snippet).section().stdout.splitlines()
    assert printed == "[2, 4, 6]"
    assert sorted(p.name for p in folder.rglob("*")) == before  # no model.txt, no __pycache__
    cache_folder = settings.read().cache
    assert not list((cache_folder / "tmp").iterdir())  # the scratch folder is gone too
    for path in map(Path, temporary.split()):
        assert path.is_relative_to(cache_folder / "tmp") and not path.exists(), path


def test_ctrl_c_stops_every_snippet_process_and_leaves_no_folder(tmp_path):
    pids = tmp_path / "pids"
    pids.mkdir()
    for name in ("first", "second"):
        write(tmp_path, f"{name}.py", f"""
            import os, subprocess, sys, time
            child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
            open({str(pids)!r} + "/{name}", "w").write(f"{{os.getpid()}} {{child.pid}}")
            time.sleep(600)
        """)
    # As from a terminal: a shell without job control starts background commands with SIGINT
    # ignored, and the runner would inherit that (then Ctrl-C could not reach it at all).
    runner = subprocess.Popen([sys.executable, "-m", "snippet_runner", "--quiet", str(tmp_path / "first.py"),
                               str(tmp_path / "second.py")], cwd=ROOT, env={**os.environ, "SNIPPETS_JOBS": "2"},
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 60
    while len(list(pids.iterdir())) < 2 and time.monotonic() < deadline:
        time.sleep(0.2)
    started = [int(pid) for path in pids.iterdir() for pid in path.read_text().split()]
    assert len(started) == 4, "the snippets did not start"
    runner.send_signal(signal.SIGINT)
    try:
        _, stderr = runner.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        runner.kill()
        runner.communicate()
        for pid in started:
            with contextlib.suppress(psutil.Error):
                psutil.Process(pid).kill()
        pytest.fail("the runner did not stop within 30 s of Ctrl-C")
    assert runner.returncode == 130 and "interrupted" in stderr
    time.sleep(0.5)
    alive = [pid for pid in started if psutil.pid_exists(pid) and psutil.Process(pid).status() != psutil.STATUS_ZOMBIE]
    assert not alive, f"processes left running: {alive}"
    assert not list((settings.read().cache / "tmp").iterdir())


def test_a_snippet_with_more_threads_takes_as_many_cores_and_the_longest_starts_first(tmp_path):
    log = tmp_path / "log"
    snippets = {}
    for name, threads in (("wide", 2), ("short", 1), ("long", 1), ("medium", 1)):
        snippets[name] = write(tmp_path, f"{name}.py", f"""
            # snippet-threads: {threads}
            import time
            open({str(log)!r}, "a").write(f"start {name} {{time.time()}}\\n")
            time.sleep(0.5)
            open({str(log)!r}, "a").write(f"end {name} {{time.time()}}\\n")
        """)
    cache_folder = settings.read().cache
    cache_folder.mkdir(parents=True)
    (cache_folder / "durations.json").write_text(
        '{"snippet_seconds": {"%s": 15, "%s": 20, "%s": 1, "%s": 18}}' % tuple(
            str(snippets[n]) for n in ("wide", "long", "short", "medium")))
    run_all(snippets.values(), jobs=2, log=lambda message: None)
    events = [line.split() for line in log.read_text().splitlines()]
    starts = [name for kind, name, _ in events if kind == "start"]
    # The longest first. When one core frees up, the two-thread one waits for the other, which is
    # expected to take many seconds more: the one-second snippet runs in the idle core meanwhile.
    assert starts[:2] in (["long", "medium"], ["medium", "long"]) and starts[2:] == ["short", "wide"], starts
    times = {(kind, name): float(at) for kind, name, at in events}
    for other in ("short", "long", "medium"):  # nothing ran beside the two-thread snippet
        assert (times[("end", other)] <= times[("start", "wide")]
                or times[("start", other)] >= times[("end", "wide")]), other


def test_a_snippet_goes_before_one_waiting_for_cores_only_if_it_should_end_before_they_free_up():
    def job(name, cores, seconds):
        return Job(name, cores, seconds, lambda: "ran")

    wide, short, long, untimed = job("wide", 2, 30), job("short", 1, 5), job("long", 1, 12), job("untimed", 1, 0)
    waiting = [wide, long, short, untimed]
    started_at_0 = Running(cores=1, started=0.0, expected_seconds=20)  # expected to end at 20 s
    assert next_job(waiting, [], slots=2, now=0) is wide  # the longest, when its cores are free
    assert next_job(waiting, [started_at_0], slots=2, now=0) is long  # 12 s: ends before 20 s
    assert next_job(waiting, [started_at_0], slots=2, now=10) is short  # 10 s left: only 5 s fits
    assert next_job(waiting, [started_at_0], slots=2, now=16) is None  # nothing fits in 4 s; never timed: waits
    assert next_job(waiting, [started_at_0, Running(1, 0.0, 1)], slots=2, now=0) is None  # no free core
    assert next_job([long, short], [started_at_0], slots=2, now=0) is long  # the first fits: it goes


FRESH_OR_FORKED = """
    import atexit, os, sys, threading, time
    print("argv", sys.argv[1:], "cwd", os.path.basename(os.getcwd()), "path0", os.path.basename(sys.path[0]))
    print("name", __name__, "env", os.environ.get("CHOSEN"), "hash", os.environ.get("PYTHONHASHSEED"))
    print("to stderr", file=sys.stderr)
    atexit.register(lambda: print("exit handlers run"))
    threading.Thread(target=lambda: (time.sleep(0.5), print("threads joined"))).start()
    sys.exit(3)
"""


@pytest.mark.parametrize("preloaded", [False, True], ids=["started afresh", "forked from a preloaded server"])
def test_a_preloaded_script_runs_as_one_started_afresh(tmp_path, preloaded):
    from snippet_runner import processes
    from snippet_runner.execute import child_environment

    script = write(tmp_path, "fresh_or_forked.py", FRESH_OR_FORKED)
    work = processes.scratch_folder(tmp_path / "scratch", tmp_path)
    env = {**child_environment(1, tmp_path), "CHOSEN": "yes"}
    done = processes.run([sys.executable, str(script), "an argument"], cwd=work / "cwd", env=env,
                         out_dir=work, timeout=60, max_output=10_000, preloaded=preloaded)
    assert done.returncode == 3
    assert done.stdout == ("argv ['an argument'] cwd cwd path0 " + tmp_path.name + "\n"
                           "name __main__ env yes hash 0\nthreads joined\nexit handlers run\n")
    assert done.stderr == "to stderr\n"


def test_a_snippet_that_imports_what_the_server_preloaded_is_forked_from_it_and_others_start_afresh(tmp_path):
    # The point of the server: importing torch takes seconds of CPU, paid once instead of per snippet.
    # A snippet that imports none of what it preloaded would only pay for the server's start.
    uses_numpy = write(tmp_path, "uses_numpy.py", "import sys\nimport numpy\n\nprint('torch' in sys.modules)\n")
    plain = write(tmp_path, "plain.py", "import sys\n\nprint('torch' in sys.modules)\n")
    assert run(uses_numpy).section().stdout == "True\n"
    assert run(plain).section().stdout == "False\n"


def test_a_server_that_dies_takes_its_running_snippets_with_it(tmp_path):
    from snippet_runner import processes
    from snippet_runner.execute import child_environment

    script = write(tmp_path, "sleeps.py", "import time\ntime.sleep(600)\n")
    env = child_environment(1, tmp_path)
    server = processes.Preloaded.serving(env)
    started = server.start([str(script)], tmp_path, env, tmp_path / "out.txt", tmp_path / "err.txt")
    server.process.kill()
    assert started.wait() == -signal.SIGKILL
    def running():
        with contextlib.suppress(psutil.Error):
            return psutil.Process(started.pid).status() != psutil.STATUS_ZOMBIE
        return False

    deadline = time.monotonic() + 10
    while running() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not running(), "the snippet outlived its server"
