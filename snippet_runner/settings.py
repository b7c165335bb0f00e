"""Every setting of the runner, read from the environment and checked in one place.

  SNIPPETS_MODE        run (default): run what the cache lacks; cache: never run,
                       fail on a missing entry; off: show code only, run nothing
  SNIPPETS_JOBS        cores the runner may fill at once (default: all of them);
                       a snippet with `# snippet-threads: N` takes N of them
  SNIPPETS_TIMEOUT     seconds of a snippet's own time before it counts as hung
                       (default 300; a `# snippet-timeout: N` line overrides it)
  SNIPPETS_MAX_OUTPUT  bytes a snippet may print before it is stopped (default 2000000)
  SNIPPETS_CACHE       absolute path of the cache folder (default: .cache/snippets)
  SNIPPETS_ONLY        a path under snippets/ (a chapter folder): only those run
  SNIPPETS_DIR         the folder that embeds are relative to (default: snippets/)
  TORCH_DEVICE         the device snippets use: cpu, cuda, cuda:N, mps or xpu
                       (default: cuda, then mps, then cpu)

A bad value stops with one message that names the variable and what it takes.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODES = ("run", "cache", "off")
DEVICE = re.compile(r"^(cpu|mps|xpu|cuda(:\d+)?)$")


class SettingsError(ValueError):
    """A setting has a value the runner cannot use."""


@dataclass(frozen=True)
class Settings:
    mode: str
    jobs: int
    timeout: float
    max_output: int
    cache: Path
    only: str
    snippets_dir: Path
    device: str | None  # None: pick the best available one


def _number(environ, name, default, kind, what):
    raw = environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = kind(raw)
    except ValueError:
        value = None
    if value is None or value <= 0:
        raise SettingsError(f"{name}={raw!r} is not valid: it takes {what}. Unset it to use the default ({default}).")
    return value


def snippets_dir(environ=os.environ) -> Path:
    return Path(environ.get("SNIPPETS_DIR") or ROOT / "snippets").resolve()


def read(environ=os.environ) -> Settings:
    """The settings in `environ`, checked; raises SettingsError with one clear message."""
    mode = environ.get("SNIPPETS_MODE", "").strip() or "run"
    if mode not in MODES:
        raise SettingsError(f"SNIPPETS_MODE={mode!r} is not valid: use one of {', '.join(MODES)} "
                            f"(run executes what the cache lacks, cache never executes, off shows code only).")
    cores = os.cpu_count() or 1
    jobs = _number(environ, "SNIPPETS_JOBS", cores, int, "a whole number of cores, 1 or more")
    timeout = _number(environ, "SNIPPETS_TIMEOUT", 300.0, float, "a number of seconds above 0")
    max_output = _number(environ, "SNIPPETS_MAX_OUTPUT", 2_000_000, int, "a number of bytes, 1 or more")
    cache = Path(environ.get("SNIPPETS_CACHE") or ROOT / ".cache" / "snippets")
    if not cache.is_absolute():
        raise SettingsError(f"SNIPPETS_CACHE={str(cache)!r} is a relative path: give an absolute one, "
                            f"for example {Path.cwd() / cache}.")
    folder = snippets_dir(environ)
    if not folder.is_dir():
        raise SettingsError(f"SNIPPETS_DIR={str(folder)!r}: no such folder.")
    only = environ.get("SNIPPETS_ONLY", "").strip().strip("/")
    if only and not (folder / only).exists():
        raise SettingsError(f"SNIPPETS_ONLY={only!r}: there is no {folder / only}; "
                            f"name a chapter folder or a file under {folder}.")
    device = environ.get("TORCH_DEVICE", "").strip() or None
    if device and not DEVICE.match(device):
        raise SettingsError(f"TORCH_DEVICE={device!r} is not valid: use cpu, cuda, cuda:N, mps or xpu, "
                            f"or unset it to pick the best available device.")
    return Settings(mode, jobs, timeout, max_output, cache, only, folder, device)
