"""`mkdocs serve` shows the pages at once and fills in the outputs as the snippets finish."""
import os
import re
import signal
import subprocess
import sys
import time
import urllib.request

import psutil
import pytest

from snippet_runner.mkdocs_hook import seconds_left
from snippet_runner.settings import ROOT

from conftest import free_port
from runner_helpers import project

HOOK = ROOT / "snippet_runner" / "mkdocs_hook.py"


def page(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode()
    except OSError:
        return None


def wait_for(check, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = check()
        if found:
            return found
        time.sleep(0.3)
    return None


def serve(tmp_path, snippets):
    port = free_port()
    markdown = "# Page\n\n" + "\n\n".join(f"[[run {name}]]" for name in snippets) + "\n"
    env = project(tmp_path, markdown, snippets, f"site_name: t\nsite_url: http://127.0.0.1:{port}/\nhooks:\n  - {HOOK}\n"
                  "markdown_extensions:\n  - attr_list\n  - admonition\n  - pymdownx.superfences\n")
    # Ctrl-C reaches the server as in a terminal, even where this test was started with SIGINT
    # ignored (a background job of a script, as CI runs it): children inherit an ignored SIGINT.
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
                              cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                              preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    return server, f"http://127.0.0.1:{port}/"


def stop(server, signum=signal.SIGINT):
    server.send_signal(signum)
    try:
        return server.communicate(timeout=30)[0]
    except subprocess.TimeoutExpired:
        server.kill()
        return server.communicate()[0]


def test_the_page_comes_first_and_the_outputs_fill_in(tmp_path):
    server, url = serve(tmp_path, {
        "slow.py": "import time\ntime.sleep(4)\nprint('SLOW ' + 'DONE')\n",
        "broken.py": "print([][1])\n",
    })
    try:
        first = wait_for(lambda: page(url), 60)
        assert first and "Running" in first and "SLOW DONE" not in first, first
        filled = wait_for(lambda: (html := page(url)) and "SLOW DONE" in html and "This snippet failed" in html
                          and html, 90)
        assert filled, page(url)
        assert "broken.py:1: IndexError: list index out of range" in filled
        time.sleep(3)  # the failed snippet is not run again and again
    finally:
        log = stop(server)
    assert log.count("snippet broken.py: FAILED") + log.count(f"snippet {tmp_path}/snippets/broken.py: FAILED") == 1, log
    assert "2 to run in the background" in log and "2 of 2 done" in log, log
    assert os.cpu_count() < 2 or re.search(r"broken\.py: FAILED .*; 1 of 2 done, about [\d.]+ min left; running longest: \S*slow\.py \(\d+ s\)",
                     log), log


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_stopping_the_server_kills_the_snippets_it_runs(tmp_path, signum):
    pid_file = tmp_path / "pid"
    # More snippets than cores: when the server stops, some are still waiting for a core.
    server, url = serve(tmp_path, {"long.py": f"""
        import os, time
        open({str(pid_file)!r}, "w").write(str(os.getpid()))
        time.sleep(120)
    """, **{f"waiting_{n}.py": "import time\ntime.sleep(120)\n" for n in range(os.cpu_count() or 1)}})
    try:
        assert wait_for(lambda: pid_file.is_file() and pid_file.read_text(), 60), "the snippet did not start"
        snippet = int(pid_file.read_text())
        assert psutil.pid_exists(snippet)
        # The snippet and the preloaded server it was forked from, each in a session of its own.
        started = psutil.Process(server.pid).children(recursive=True)
        assert snippet in {child.pid for child in started}
    finally:
        log = stop(server, signum)
    assert "Traceback" not in log, log  # the scheduler stops too, without starting the waiting ones

    def gone(process):
        try:
            return not process.is_running() or process.status() == psutil.STATUS_ZOMBIE
        except psutil.NoSuchProcess:
            return True

    assert wait_for(lambda: all(gone(process) for process in started), 10), \
        f"outlived the server: {[process.cmdline() for process in started if not gone(process)]}"


def test_the_time_left_follows_how_fast_the_run_goes():
    # 1000 recorded seconds on 2 cores: 500 s, until a tenth is done.
    assert seconds_left(1000, 1000, 0, 2) == 500
    assert seconds_left(1000, 950, 30, 2) == 475
    # Half done in 400 s, where the recorded seconds said 250: the other half takes 400 s too.
    assert seconds_left(1000, 500, 400, 2) == 400
    assert seconds_left(1000, 0, 900, 2) == 0
