"""A Python process that imports torch, NumPy and matplotlib once, then forks a copy of itself
for each snippet; started by processes.py (Linux only), never imported.

    python _preloaded.py MODULE ...    (with the environment every snippet it starts gets)

Importing torch costs seconds of CPU, and most snippets run for less than that:
paid once here instead of once per snippet, it was about half of a cold build's
work. Nothing else is shared: each snippet is a forked process of its own, in a
new session, with its own folder, environment, arguments and output files, and
it ends as `python SCRIPT ARGS` ends (threads joined, exit handlers run), so the
runner cannot tell it from one started afresh. The imports draw no random
numbers and start no threads, so a fork finds torch as a fresh import leaves it.

It reads one JSON request per line on stdin:
    {"id": N, "argv": [SCRIPT, ARG, ...], "cwd": ..., "env": {...}, "stdout": PATH, "stderr": PATH}
and answers one JSON line per event on stdout: {"ready": true} once the imports
are done, {"id": N, "pid": PID} when it forked, {"pid": PID, "returncode": CODE}
when that process ended (a negative code: killed by that signal). It ends when
stdin closes and the processes it forked have ended.
"""

import json
import os
import runpy
import select
import sys


def preload(modules):
    import importlib

    for name in modules:
        try:
            importlib.import_module(name)
        except ImportError:
            pass  # a snippet that needs it fails with its own, clear error


def serve(answers):
    """Fork on each request; return the request in the forked child, or None when stdin closes."""
    def say(message):
        answers.write(json.dumps(message) + "\n")
        answers.flush()

    say({"ready": True})
    pending, accepting, running = b"", True, 0
    while accepting or running:
        readable, _, _ = select.select([0] if accepting else [], [], [], 0.05)
        if readable:
            data = os.read(0, 65536)
            accepting = bool(data)  # at the end of stdin: no new request, but report the running ones
            pending += data
            *lines, pending = pending.split(b"\n")
            for line in lines:
                request = json.loads(line)
                pid = os.fork()
                if pid == 0:
                    return request
                running += 1
                say({"id": request["id"], "pid": pid})
        while running:  # reap every child that has ended
            pid, status = os.waitpid(-1, os.WNOHANG)
            if pid == 0:
                break
            running -= 1
            say({"pid": pid, "returncode": os.waitstatus_to_exitcode(status)})
    return None


def become(request, answers):
    """Turn this forked child into `python SCRIPT ARGS` run in the request's folder and environment."""
    os.setsid()  # its own process group, which the runner kills as a whole
    answers.close()
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    os.close(devnull)
    for fd, path in ((1, request["stdout"]), (2, request["stderr"])):
        file = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.dup2(file, fd)
        os.close(file)
    os.chdir(request["cwd"])
    os.environ.clear()
    os.environ.update(request["env"])
    if "tempfile" in sys.modules:  # the imports may have looked up the temporary folder: look again
        sys.modules["tempfile"].tempdir = None
    script, *arguments = request["argv"]
    sys.argv = [script, *arguments]
    sys.path[0] = os.path.dirname(os.path.abspath(script))
    runpy.run_path(script, run_name="__main__")


if __name__ == "__main__":
    # The answers go to a copy of stdout; stdout itself becomes each child's output file.
    answers = os.fdopen(os.dup(1), "w")
    os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
    preload(sys.argv[1:])  # processes.PRELOADED
    request = serve(answers)
    if request is not None:  # in a forked child: run the script, then end as a fresh process would
        del preload, serve
        become(request, answers)
