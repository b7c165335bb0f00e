"""Settings: read and checked in one place; a bad value stops with one message naming it."""
import subprocess
import sys

import pytest

from snippet_runner import settings
from snippet_runner.settings import SettingsError

ROOT = settings.ROOT


def test_defaults():
    found = settings.read({})
    assert (found.mode, found.timeout, found.only, found.device) == ("run", 300.0, "", None)
    assert found.jobs >= 1 and found.cache.is_absolute()


@pytest.mark.parametrize("variable, value, says", [
    ("SNIPPETS_JOBS", "0", "SNIPPETS_JOBS='0' is not valid: it takes a whole number of cores"),
    ("SNIPPETS_JOBS", "two", "SNIPPETS_JOBS='two' is not valid"),
    ("SNIPPETS_MODE", "fast", "SNIPPETS_MODE='fast' is not valid: use one of run, cache, off"),
    ("SNIPPETS_CACHE", "relative/cache", "SNIPPETS_CACHE='relative/cache' is a relative path"),
    ("SNIPPETS_TIMEOUT", "soon", "SNIPPETS_TIMEOUT='soon' is not valid: it takes a number of seconds"),
    ("SNIPPETS_TIMEOUT", "-5", "SNIPPETS_TIMEOUT='-5' is not valid"),
    ("SNIPPETS_MAX_OUTPUT", "lots", "SNIPPETS_MAX_OUTPUT='lots' is not valid"),
    ("SNIPPETS_ONLY", "no_such_chapter", "SNIPPETS_ONLY='no_such_chapter': there is no"),
    ("TORCH_DEVICE", "gpu", "TORCH_DEVICE='gpu' is not valid: use cpu, cuda"),
])
def test_a_bad_value_names_the_variable_and_what_it_takes(variable, value, says):
    with pytest.raises(SettingsError) as error:
        settings.read({variable: value})
    assert str(error.value).startswith(says)


@pytest.mark.parametrize("environment", [{"SNIPPETS_JOBS": "0"}, {"SNIPPETS_MODE": "fast"}])
def test_the_build_and_the_command_line_stop_with_that_one_message(environment):
    for command in ([sys.executable, "-m", "snippet_runner", "--quiet", "snippets/getting_started/build_info.py"],
                    [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", "/tmp/never-built"]):
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True,
                              env={**__import__("os").environ, "NO_MKDOCS_2_WARNING": "1", **environment})
        assert done.returncode != 0
        variable, value = next(iter(environment.items()))
        assert f"{variable}={value!r} is not valid" in done.stderr
        assert "Traceback" not in done.stderr
