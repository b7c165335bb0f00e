"""How soon a first `mkdocs serve` on a fresh clone shows the site, and when it is complete.

    .venv/bin/python benchmarks/first_serve.py            # time to the first page, with an empty cache
    .venv/bin/python benchmarks/first_serve.py --complete # and until every snippet has run

Starts `mkdocs serve` with an empty snippet cache of its own (the same as a fresh clone,
whose install is done), polls the home page, and prints the seconds until the server
answered, until a chapter page showed its code, and (with --complete) until the background
run logged that every snippet ran, with the progress lines it printed on the way and, each
tenth of the way, the time left that the progress line estimated against the time that was left.
"""
import argparse
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode()
    except OSError:
        return None


def judge_estimates(lines, complete):
    """Each tenth of the way, what the progress line said was left against what was left."""
    said = [(seconds, 60 * float(match[1])) for seconds, line in lines
            if (match := re.search(r"done, about ([\d.]+) min left", line))]
    print("  at      said left   was left   said / was")
    shown = set()
    for tenth in range(1, 10):
        at = next(((s, left) for s, left in said if s >= complete * tenth / 10), None)
        if at is not None and at not in shown:
            shown.add(at)
            seconds, left = at
            print(f"  {seconds:6.0f} s  {left:7.0f} s  {complete - seconds:7.0f} s   {left / (complete - seconds):.2f}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--complete", action="store_true", help="wait until every snippet has run")
    args = parser.parse_args()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    cache = tempfile.mkdtemp(prefix="first-serve-cache-")
    env = dict(os.environ, SNIPPETS_CACHE=cache, NO_MKDOCS_2_WARNING="1", SITE_URL=f"http://127.0.0.1:{port}/")
    start = time.monotonic()
    server = subprocess.Popen([str(ROOT / ".venv" / "bin" / "mkdocs"), "serve", "--dev-addr", f"127.0.0.1:{port}"],
                              cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines, finished = [], threading.Event()

    def read():
        for line in server.stdout:
            lines.append((time.monotonic() - start, line.rstrip()))
            if re.search(r"snippets: all \d+ ran in the background|snippet\(s\) failed", line):
                finished.set()

    threading.Thread(target=read, daemon=True).start()
    try:
        first = chapter = None
        while chapter is None and server.poll() is None:
            html = fetch(f"http://127.0.0.1:{port}/five-levels/")
            now = time.monotonic() - start
            first = first or (now if html else None)
            chapter = now if html and "level1_numpy.py" in html else None
            time.sleep(0.2)
        print(f"server answering after {first:.1f} s; a chapter with its code after {chapter:.1f} s")
        if args.complete:
            finished.wait()
            for seconds, line in lines:
                if "done, about" in line and int(seconds) % 60 < 3 or "background" in line or "failed" in line:
                    print(f"  {seconds:7.1f} s  {line[:160]}")
            complete = time.monotonic() - start
            print(f"complete after {complete:.0f} s")
            judge_estimates(lines, complete)
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=60)
        subprocess.run(["rm", "-rf", cache])


if __name__ == "__main__":
    sys.exit(main())
