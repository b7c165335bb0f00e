"""The site builds with `mkdocs build --strict`, from the cache the snippet tests filled."""
import os
import subprocess
import sys

from conftest import ROOT


def test_strict_build_from_cache(primed_cache, tmp_path):
    env = dict(os.environ, SNIPPETS_MODE="cache", NO_MKDOCS_2_WARNING="1")
    build = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=ROOT, env=env, capture_output=True, text=True,
    )
    assert build.returncode == 0, build.stdout + build.stderr
    assert "0 ran" in build.stderr, "every snippet should come from the cache"
    page = (tmp_path / "site" / "five-levels" / "index.html").read_text()
    assert "snippet-output" in page and "snippet-figures/" in page
    assert "[[run" not in page
