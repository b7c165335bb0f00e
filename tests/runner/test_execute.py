"""The runner itself: failures with path and line, the cache, determinism, threads."""
import glob
import os
import subprocess
import sys
import time

import pytest
from PIL import Image

from snippet_runner import cache, execute, settings
from snippet_runner.execute import SnippetError, run, run_all
from snippet_runner.settings import ROOT

from runner_helpers import own_cache, write  # noqa: F401 (own_cache is an autouse fixture)


def test_a_failing_snippet_reports_its_path_and_line(tmp_path):
    canary = write(tmp_path, "canary.py", """
        total = 1
        ratio = total / 0
    """)
    with pytest.raises(SnippetError, match=r"canary\.py:2: ZeroDivisionError: division by zero") as error:
        run(canary)
    assert "Traceback" in str(error.value)


def test_warnings_are_errors(tmp_path):
    canary = write(tmp_path, "warns.py", """
        import warnings
        warnings.warn("old API", DeprecationWarning)
    """)
    with pytest.raises(SnippetError, match=r"warns\.py:2: DeprecationWarning: old API"):
        run(canary)


def test_a_hanging_snippet_is_killed_at_its_timeout(tmp_path):
    canary = write(tmp_path, "hangs.py", """
        # snippet-timeout: 3
        import time
        print("started", flush=True)
        time.sleep(600)
    """)
    start = time.perf_counter()
    with pytest.raises(SnippetError, match=r"hangs\.py: timed out after 3 s") as error:
        run(canary)
    assert time.perf_counter() - start < 60  # killed, not left to sleep 600 s
    assert "started" in str(error.value)


def test_cache_hit_and_miss(tmp_path):
    snippet = write(tmp_path, "cached.py", 'print("one")\n')
    assert run(snippet).status == "ran"
    assert run(snippet).status == "cached"
    assert run(snippet).section().stdout == "one\n"
    snippet.write_text('print("two")\n')
    assert run(snippet).status == "ran"
    assert run(snippet).section().stdout == "two\n"


def test_editing_an_imported_local_module_reruns_the_snippet(tmp_path):
    write(tmp_path, "helper.py", "VALUE = 1\n")
    snippet = write(tmp_path, "uses_helper.py", "from helper import VALUE\nprint(VALUE)\n")
    assert run(snippet).section().stdout == "1\n"
    write(tmp_path, "helper.py", "VALUE = 2\n")
    result = run(snippet)
    assert (result.status, result.section().stdout) == ("ran", "2\n")


def test_cache_only_mode_runs_nothing(tmp_path):
    snippet = write(tmp_path, "never_run.py", 'print("hi")\n')
    with pytest.raises(SnippetError, match="no cached output"):
        run(snippet, mode="cache")
    assert run(snippet, mode="off").section().stdout is None


def test_two_runs_print_the_same_text_and_draw_the_same_figure(tmp_path, monkeypatch):
    snippet = write(tmp_path, "random_plot.py", """
        import matplotlib.pyplot as plt
        import torch
        torch.manual_seed(0)
        values = torch.randn(5)
        print(values)
        fig, ax = plt.subplots()
        ax.plot(values.numpy())
        ax.set_title("Five random numbers")
    """)
    first = run(snippet).section()
    monkeypatch.setenv("SNIPPETS_CACHE", str(tmp_path / "second-cache"))
    second = run(snippet)
    assert second.status == "ran"
    assert second.section().stdout == first.stdout
    assert second.section().figures[0]["path"].read_bytes() == first.figures[0]["path"].read_bytes()


def test_figures_are_saved_with_at_most_256_colours(tmp_path):
    """A page's weight is mostly its figures: a palette PNG is about a third of a full-colour one."""
    snippet = write(tmp_path, "colourful.py", """
        import matplotlib.pyplot as plt
        import numpy as np
        fig, ax = plt.subplots()
        ax.imshow(np.linspace(0, 1, 100 * 100).reshape(100, 100), cmap="viridis")  # thousands of colours
        ax.set_title("A smooth gradient")
    """)
    figure = run(snippet).section().figures[0]["path"]
    with Image.open(figure) as image:
        assert image.format == "PNG" and image.mode == "P"
        assert len(image.getcolors(maxcolors=1000)) <= 256
        assert "Software" not in image.info


def test_nothing_is_seeded_for_a_snippet_so_one_that_draws_unseeded_fails(tmp_path):
    unseeded = write(tmp_path, "unseeded.py", "import torch\nprint(torch.rand(2))\n")
    with pytest.raises(SnippetError, match=r"unseeded\.py: Unseeded: .* add torch\.manual_seed\(0\)") as error:
        run(unseeded)
    assert "Traceback" not in str(error.value)  # no line of the snippet is at fault
    seeded = write(tmp_path, "seeded.py", "import torch\ntorch.manual_seed(0)\nprint(torch.rand(2))\n")
    assert run(seeded).section().stdout == "tensor([0.4963, 0.7682])\n"
    # torch without random numbers needs no seed, and neither does a snippet without torch.
    assert run(write(tmp_path, "zeros.py", "import torch\nprint(torch.zeros(1))\n")).status == "ran"
    assert run(write(tmp_path, "plain.py", "print(sum(range(4)))\n")).section().stdout == "6\n"


def test_a_copy_runs_as_python_file_py_in_an_empty_folder(tmp_path):
    helper = write(tmp_path, "helper_module.py", "GREETING = 'hello'\n")
    snippet = write(tmp_path, "copied.py", """
        import os, sys
        from helper_module import GREETING
        print(GREETING, sorted(name for name in os.listdir(".") if name.endswith(".py")), sys.argv)
        print("PYTHONPATH" in os.environ, "PYTHONHASHSEED" in os.environ)
    """)
    printed = execute.run_as_copied(snippet)
    assert printed == "hello ['copied.py', 'helper_module.py'] ['copied.py']\nFalse False\n"
    helper.write_text("raise SystemExit('broken helper')\n")
    with pytest.raises(SnippetError, match=r"copied\.py: `python copied\.py` in an empty folder failed"):
        execute.run_as_copied(snippet)


def test_sections_keep_their_own_output_and_figures(tmp_path):
    snippet = write(tmp_path, "cells.py", """
        import matplotlib.pyplot as plt
        # %% first
        print("from the first cell")
        # %% second
        fig, ax = plt.subplots()
        ax.set_title("Drawn in the second cell")
        ax.set_xlabel("x")
        print("from the second cell")
    """)
    result = run(snippet)
    first, second = result.section("first"), result.section("second")
    assert first.code.strip() == 'print("from the first cell")'
    assert (first.stdout, first.figures) == ("from the first cell\n", [])
    assert second.stdout == "from the second cell\n"
    assert [f["alt"] for f in second.figures] == ["Drawn in the second cell (x: x)"]
    with pytest.raises(SnippetError, match="no section 'third'"):
        result.section("third")


def test_a_figure_without_a_title_is_an_error(tmp_path):
    snippet = write(tmp_path, "untitled.py", """
        import matplotlib.pyplot as plt
        plt.plot([1, 2, 3])
    """)
    with pytest.raises(SnippetError, match="figure has no title"):
        run(snippet)


def test_run_all_reports_every_failure(tmp_path):
    good = write(tmp_path, "good.py", "print('fine')\n")
    bad = write(tmp_path, "bad.py", "raise ValueError('broken')\n")
    worse = write(tmp_path, "worse.py", "import no_such_module\n")
    lines = []
    with pytest.raises(SnippetError) as error:
        run_all([good, bad, worse], log=lines.append)
    message = str(error.value)
    assert "2 snippet(s) failed" in message
    assert "bad.py:1: ValueError: broken" in message
    assert "worse.py:1: ModuleNotFoundError" in message
    assert any("good.py: ran in" in line for line in lines)
    assert "1 ran" in lines[-1] and "2 failed" in lines[-1]


def test_the_cache_key_follows_the_device(tmp_path, monkeypatch):
    snippet = write(tmp_path, "device.py", "print(1)\n")
    keys = []
    try:
        for device in ("cpu", "cuda"):
            monkeypatch.setenv("TORCH_DEVICE", device)
            execute.device.cache_clear()
            keys.append(execute.cache_key(snippet))
    finally:
        execute.device.cache_clear()
    assert keys[0] != keys[1]


def test_the_device_is_the_one_torch_picks_and_needs_no_torch_where_there_is_no_accelerator(monkeypatch):
    import torch

    monkeypatch.delenv("TORCH_DEVICE", raising=False)
    accelerator = torch.accelerator.current_accelerator(check_available=True)
    execute.device.cache_clear()
    try:
        picked = execute.device()
    finally:
        execute.device.cache_clear()
    assert picked == (accelerator.type if accelerator else "cpu")
    # A build that takes every snippet from the cache then never imports torch.
    env = {name: value for name, value in os.environ.items() if name != "TORCH_DEVICE"}
    imported = subprocess.run([sys.executable, "-c", "import sys; from snippet_runner.execute import device; "
                               "print(device(), 'torch' in sys.modules)"], cwd=ROOT, env=env,
                              capture_output=True, text=True, check=True).stdout.split()
    accelerator_files = [found for pattern in execute.ACCELERATOR_FILES for found in glob.glob(pattern)]
    assert imported == [picked, str(bool(accelerator_files) or sys.platform != "linux")], accelerator_files


def test_one_thread_by_default_and_more_on_request_whatever_the_core_count(tmp_path):
    default = write(tmp_path, "threads.py", "import torch\nprint(torch.get_num_threads())\n")
    more = write(tmp_path, "more_threads.py", "# snippet-threads: 2\nimport torch\nprint(torch.get_num_threads())\n")
    for jobs in (2, 16):  # as on this machine and on a 16-core GPU runner
        results = run_all([default, more], jobs=jobs, log=lambda message: None)
        assert results[default.resolve()].section().stdout == "1\n"
        assert results[more.resolve()].section().stdout == "2\n"
        for path in (default, more):
            cache.forget(settings.read().cache, path)
