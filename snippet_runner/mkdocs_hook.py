"""MkDocs hook (see `hooks:` in mkdocs.yml): the MkDocs side of the snippet engine.

on_config makes sure the Markdown extension that renders the embeds (extension.py) is
on; on_files builds the site (site.py: every page's embeds and values checked, the
snippets run in parallel, from the cache where possible) and adds its figures,
notebooks and snippet files to the site; on_page_markdown tells the extension which
page it renders. A number in the prose that looks like a result typed by hand is a
warning, which fails the strict build (values.py).

Under `mkdocs serve` the pages come first: the first build takes what the cache has
and shows "Running" where it has nothing, and the snippets it lacks run in a
background thread, which logs its progress and touches a file that the server
watches, so that the pages fill in as the snippets finish. Stopping the server
(Ctrl-C, or SIGTERM) kills the snippets that are running and the preloaded server.

The settings (SNIPPETS_MODE, SNIPPETS_ONLY, SNIPPETS_JOBS, SNIPPETS_TIMEOUT,
SNIPPETS_CACHE, TORCH_DEVICE, ...) are read and checked in settings.py.
"""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

from snippet_runner import cache, processes
from snippet_runner.execute import (SNIPPETS_DIR, SnippetsFailed, cache_key, current_settings, relative, run_all,
                                    snippet_name)
from snippet_runner.extension import current
from snippet_runner.site import BuildError, Site

log = logging.getLogger("mkdocs.hooks.snippets")
EXTENSION = "snippet_runner.extension"
REBUILD_SECONDS = 30  # under mkdocs serve, the pages fill in at most this often while snippets run
# Under `mkdocs serve`: the background run, and the snippets that failed in it (path -> (cache key,
# message)), which are not run again until they change.
serving = {"on": False, "thread": None, "failed": {}}


def on_startup(command, dirty):
    serving["on"] = command == "serve"
    if serving["on"]:
        # The snippets run in a background thread: `kill PID` of the server must stop them too.
        processes.interrupt_on_sigterm()
    # The i18n plugin warns that its per-page language links go stale under instant navigation,
    # which keeps the header; docs/javascripts/language-switch.js keeps them pointing at the page.
    logging.getLogger("mkdocs.plugins.mkdocs_static_i18n.reconfigure").addFilter(
        lambda record: "compatible with theme.features = navigation.instant" not in record.getMessage())


def on_config(config):
    if EXTENSION not in config.markdown_extensions:
        config.markdown_extensions.append(EXTENSION)
    return config


@event_priority(-200)  # after the i18n plugin has chosen each language's pages (it reads only docs/)
def on_files(files, config):
    i18n = config.plugins.get("i18n")
    if i18n is not None and i18n.building and current["site"] is not None:
        site = current["site"]  # the i18n plugin's pass for another language, within the same build
    else:
        failed = {path: message for path, (key, message) in serving["failed"].items() if cache_key(path) == key}
        try:
            site = Site.build(Path(config.docs_dir), log=log.info, run_now=not serving["on"], failed=failed)
        except BuildError as error:
            raise PluginError(str(error)) from None
        for warning in site.warnings:
            log.warning(warning)
    idle = serving["thread"] is None or not serving["thread"].is_alive()
    if serving["on"] and site.pending and idle:
        serving["thread"] = threading.Thread(target=run_in_background, args=(site.pending,), daemon=True)
        serving["thread"].start()
    for uri, source in site.files().items():
        if files.get_file_from_path(uri) is not None:
            continue
        if isinstance(source, Path):
            files.append(File.generated(config, uri, abs_src_path=str(source)))
        else:
            files.append(File.generated(config, uri, content=source))
    current["site"] = site
    return files


def on_page_markdown(markdown, page, config, files):
    current["page"] = page.file.src_uri  # the extension renders the embeds of this page
    return markdown


def on_post_page(output, page, config):
    current["page"] = None
    return output


def trigger_file() -> Path:
    """Touched when snippets finish in the background: the server watches it and rebuilds."""
    return current_settings().cache / "serve-progress"


def seconds_left(total: float, remaining: float, elapsed: float, cores: int) -> float:
    """The time left, from the recorded seconds of the snippets: at first what remains spread over
    the cores; once a tenth of the work is done, scaled by how fast this run has gone so far (other
    work on the machine, and the site rebuilds that finished snippets trigger, slow it: on a
    first serve here the plain estimate was 1.7 times too low)."""
    done = total - remaining
    if done < 0.1 * total:
        return remaining / cores
    return remaining * elapsed / done


def run_in_background(paths: list[Path]) -> None:
    """Run the snippets the first build lacked, logging progress; each finished batch rebuilds."""
    config = current_settings()
    expected = cache.expected_seconds(config.cache)
    left = {path: expected.get(snippet_name(path, config), 1.0) for path in paths}
    total = sum(left.values())
    running = {}  # job name -> when it started
    start, last_touch = time.monotonic(), 0.0
    log.info(f"snippets: {len(paths)} to run in the background, about "
             f"{sum(left.values()) / config.jobs / 60:.1f} min on {config.jobs} cores; the pages fill in as they finish")

    def progress(message):
        nonlocal last_touch
        for path in list(left):
            if message.startswith(f"snippet {relative(path)}:"):
                del left[path]
                running.pop(f"snippet {relative(path)}", None)
        if message.startswith("snippet "):
            minutes = seconds_left(total, sum(left.values()), time.monotonic() - start, config.jobs) / 60
            estimate = f"about {minutes:.1f} min left" if left else "done"
            slowest = min(running.items(), key=lambda item: item[1], default=None)
            still = (f"; running longest: {slowest[0].removeprefix('snippet ')} ({time.monotonic() - slowest[1]:.0f} s)"
                     if slowest else "")
            log.info(f"{message}; {len(paths) - len(left)} of {len(paths)} done, {estimate}{still}")
        else:
            log.info(message)
        # A rebuild of the whole site takes seconds of CPU that the snippets need: at most one in 30 s.
        if time.monotonic() - last_touch > REBUILD_SECONDS or not left:
            last_touch = time.monotonic()
            trigger_file().parent.mkdir(parents=True, exist_ok=True)
            trigger_file().touch()

    try:
        run_all(paths, log=progress, started=lambda name: running.setdefault(name, time.monotonic()))
        log.info(f"snippets: all {len(paths)} ran in the background in {time.monotonic() - start:.0f} s")
    except SnippetsFailed as error:
        log.error(str(error))
        serving["failed"].update({path: (cache_key(path), message) for path, message in error.failures.items()})
    except KeyboardInterrupt:
        pass  # the server is stopping
    trigger_file().touch()


def on_serve(server, config, builder):
    server.watch(str(SNIPPETS_DIR))
    trigger = trigger_file()
    trigger.parent.mkdir(parents=True, exist_ok=True)
    trigger.touch()
    server.watch(str(trigger))
    return server


def on_shutdown():
    processes.kill_all()  # no snippet keeps running after the server stops
