"""Reading snippets' sources: Python's parser, used from the runner's threads."""
import ast
import threading
import time

from snippet_runner import sources


def test_the_parser_runs_in_one_thread_at_a_time(monkeypatch):
    # CPython 3.11 keeps the depth of the tree it builds in one place for all threads, and two
    # parses at once can fail ("AST constructor recursion depth mismatch", CPython gh-106905).
    running, most = [], []

    def slow_parse(source, filename):
        running.append(source)
        most.append(len(running))
        time.sleep(0.05)
        running.remove(source)
        return ast.Module(body=[], type_ignores=[])

    sources.parse.cache_clear()
    with monkeypatch.context() as patched:  # undone before the assertion, which pytest explains with ast
        patched.setattr(sources.ast, "parse", slow_parse)
        threads = [threading.Thread(target=sources.parse, args=(f"x = {n}\n",)) for n in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    sources.parse.cache_clear()
    assert len(most) == 4 and max(most) == 1


def test_each_text_is_parsed_once():
    sources.parse.cache_clear()
    assert sources.parse("y = 1\n") is sources.parse("y = 1\n")
    assert sources.environment_variables("import os\nos.environ.get('A')\n") == {"A"}
