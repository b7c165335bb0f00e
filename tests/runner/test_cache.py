"""The cache key covers every input that can change the output; damaged entries are misses;
one command forgets a snippet, another prunes stale entries."""
import json
import os
import subprocess
import sys

import pytest

from snippet_runner import cache, execute, settings
from snippet_runner.execute import cache_key, run
from snippet_runner.notebooks import chapter_notebook, dumps, helper_text, stored_run

from runner_helpers import own_cache, write  # noqa: F401 (own_cache is an autouse fixture)

ROOT = settings.ROOT


def test_the_environment_variables_a_snippet_reads_are_in_its_key(tmp_path, monkeypatch):
    snippet = write(tmp_path, "full_run.py", """
        import os
        FULL = os.environ.get("CIFAR_FULL_RUN") == "1"
        print("full run" if FULL else "short run")
    """)
    monkeypatch.delenv("CIFAR_FULL_RUN", raising=False)
    short = cache_key(snippet)
    monkeypatch.setenv("CIFAR_FULL_RUN", "1")
    assert cache_key(snippet) != short
    assert run(snippet).section().stdout == "full run\n"
    monkeypatch.delenv("CIFAR_FULL_RUN")
    assert run(snippet).section().stdout == "short run\n"  # not the full run's stored output
    monkeypatch.setenv("UNRELATED_VARIABLE", "x")
    assert cache_key(snippet) == short


def test_the_data_a_snippet_loads_is_in_its_key(tmp_path, monkeypatch):
    data = tmp_path / "data"
    (data / "mnist").mkdir(parents=True)
    (data / "mnist" / "images.gz").write_bytes(b"one")
    monkeypatch.setenv("TUTORIAL_DATA_DIR", str(data))
    write(tmp_path, "tutorial_data.py", "def load():\n    return 1\n")
    snippet = write(tmp_path, "loads.py", "from tutorial_data import load\nprint(load())\n")
    before = cache_key(snippet)
    (data / "mnist" / "images.gz").write_bytes(b"two")
    assert cache_key(snippet) != before
    plain = write(tmp_path, "plain.py", "print(1)\n")
    plain_key = cache_key(plain)
    (data / "mnist" / "images.gz").write_bytes(b"three")
    assert cache_key(plain) == plain_key  # a snippet that loads no data does not depend on it


def test_threads_and_schema_are_in_the_key(tmp_path, monkeypatch):
    one = write(tmp_path, "one.py", "print(1)\n")
    two = write(tmp_path, "two.py", "print(1)\n# snippet-threads: 2\n")
    assert cache.key(one, tmp_path, 1, "cpu") != cache.key(one, tmp_path, 2, "cpu")
    assert cache_key(one) != cache_key(two)
    before = cache_key(one)
    monkeypatch.setattr(cache, "SCHEMA", cache.SCHEMA + 1)
    assert cache_key(one) != before


@pytest.mark.parametrize("damage", ["truncate", "garbage", "no result", "lose a figure", "old schema"])
def test_a_damaged_entry_is_a_miss_and_is_replaced(tmp_path, damage):
    snippet = write(tmp_path, "drawn.py", """
        import matplotlib.pyplot as plt
        plt.plot([1, 2])
        plt.title("A line")
        print("drawn")
    """)
    first = run(snippet)
    entry = first.section().figures[0]["path"].parent
    result_file = entry / "result.json"
    if damage == "truncate":
        result_file.write_text(result_file.read_text()[:20])
    elif damage == "garbage":
        result_file.write_bytes(b"\x00\xff not json")
    elif damage == "no result":
        result_file.unlink()
    elif damage == "lose a figure":
        first.section().figures[0]["path"].unlink()
    else:
        saved = json.loads(result_file.read_text())
        result_file.write_text(json.dumps({**saved, "schema": 1}))
    again = run(snippet)
    assert again.status == "ran" and again.section().stdout == "drawn\n"
    assert run(snippet).status == "cached"


def runner(*arguments):
    return subprocess.run([sys.executable, "-m", "snippet_runner", "--quiet", *arguments], cwd=ROOT,
                          capture_output=True, text=True, env=os.environ)


def test_forget_removes_one_snippets_entries_and_prune_the_stale_ones(tmp_path):
    kept = write(tmp_path, "kept.py", "print('kept')\n")
    dropped = write(tmp_path, "dropped.py", "print('dropped')\n")
    assert run(kept).status == run(dropped).status == "ran"
    done = runner("--forget", str(dropped))
    assert done.returncode == 0 and "forgot 1 cached result(s)" in done.stderr
    assert run(kept).status == "cached" and run(dropped).status == "ran"

    stale_key = cache_key(kept)
    kept.write_text("print('kept, edited')\n")
    assert run(kept).status == "ran"
    cache_folder = settings.read().cache
    assert (cache_folder / stale_key).is_dir()
    (cache_folder / "tmp" / "run-left-by-a-killed-build").mkdir(parents=True)
    # Beside the entries: what a chapter's notebook printed, and what a snippet printed as a reader's copy.
    chapter = "five-levels.md"
    text = dumps(chapter_notebook((ROOT / "docs" / chapter).read_text()))
    current_notebook = stored_run(text, helper_text(), settings.read())
    stale_notebook = current_notebook.with_name("0" * 20 + ".json")
    real_snippet = execute.SNIPPETS_DIR / "five_levels" / "level1_numpy.py"
    current_copy = cache_folder / cache.COPY_RUNS / f"{cache_key(real_snippet)}.txt"
    stale_copy = current_copy.with_name(f"{stale_key}.txt")
    for stored in (current_notebook, stale_notebook, current_copy, stale_copy):
        stored.parent.mkdir(exist_ok=True)
        stored.write_text("{}")
    done = runner("--prune")  # the snippets under snippets/ are the current ones: both test entries go
    assert done.returncode == 0 and "pruned" in done.stderr
    assert not (cache_folder / stale_key).exists()
    assert not (cache_folder / "tmp").exists()
    assert current_notebook.is_file() and current_copy.is_file(), f"{chapter}'s notebook run or a copy run went"
    assert not stale_notebook.exists() and not stale_copy.exists()


def test_setting_torch_device_to_the_device_picked_anyway_keeps_the_key(tmp_path, monkeypatch):
    snippet = write(tmp_path, "device.py", 'import os\nprint(os.environ.get("TORCH_DEVICE", "cpu"))\n')
    monkeypatch.delenv("TORCH_DEVICE", raising=False)
    execute.device.cache_clear()
    picked = execute.device()
    unset = cache_key(snippet)
    monkeypatch.setenv("TORCH_DEVICE", picked)
    execute.device.cache_clear()
    try:
        assert cache_key(snippet) == unset
    finally:
        execute.device.cache_clear()


def test_shards_split_the_work_by_recorded_seconds_and_their_merged_caches_serve_every_result(
        tmp_path, monkeypatch):
    """CI can run the snippets in N jobs (execute.shard), then build from the merged caches."""
    folder = tmp_path / "snippets"
    folder.mkdir()
    monkeypatch.setenv("SNIPPETS_DIR", str(folder))
    seconds = {"long.py": 90.0, "two_threads.py": 30.0, "a.py": 20.0, "b.py": 20.0, "c.py": 10.0}
    for name in seconds:
        threads = "# snippet-threads: 2\n" if name == "two_threads.py" else ""
        write(folder, name, f"{threads}print('{name} ran')\n")
    main_cache = tmp_path / "cache"
    cache.record_seconds(main_cache, seconds)
    paths = sorted(folder.glob("*.py"))
    first, second = execute.shard(paths, 1, 2), execute.shard(paths, 2, 2)
    assert sorted(first + second) == [p.resolve() for p in paths] and not set(first) & set(second)
    # Longest first, each to the lighter shard: 90 + 10 against 30 x 2 threads + 20 + 20.
    assert [p.name for p in first] == ["c.py", "long.py"]
    assert execute.shard(paths, 1, 2) == first  # every job computes the same split
    with pytest.raises(execute.SnippetError, match="from 1 to 2"):
        execute.shard(paths, 3, 2)

    for index, part in enumerate([first, second], start=1):  # each job fills a cache of its own
        monkeypatch.setenv("SNIPPETS_CACHE", str(tmp_path / f"shard-{index}"))
        execute.run_all(part, log=lambda message: None)
    monkeypatch.setenv("SNIPPETS_CACHE", str(tmp_path / "merged"))
    added = [cache.merge(tmp_path / "merged", tmp_path / f"shard-{index}") for index in (1, 2)]
    assert added == [len(first), len(second)]
    assert cache.merge(tmp_path / "merged", tmp_path / "shard-1") == 0  # merging again adds nothing
    merged = execute.run_all(paths, mode="cache", log=lambda message: None)  # runs nothing
    assert {p.name: r.section().stdout for p, r in merged.items()} == {name: f"{name} ran\n" for name in seconds}
    assert set(cache.expected_seconds(tmp_path / "merged")) >= set(seconds)
