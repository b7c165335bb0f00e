"""Runs one snippet in a fresh process; started by `execute.py`, never imported.

    python _child.py SNIPPET OUT_DIR

The snippet runs as `__main__`, cell by cell (cells are split at `# %%` lines),
with matplotlib's Agg backend, fixed seeds and warnings turned into errors.
After each cell a separator line goes to stdout and the cell's figures are
saved as OUT_DIR/figure-N.png with their alt text in OUT_DIR/figures.json.
If the snippet raises, the failing line of the snippet goes to OUT_DIR/error.json.
At the end, its module-level numbers and short strings go to OUT_DIR/values.json,
for pages that quote them with [[value PATH:NAME]].
"""

import json
import os
import random
import sys
import traceback
import types
import warnings
from pathlib import Path

CELL_SEPARATOR = "\x1e--- snippet-runner: end of cell ---\x1e"


def split_cells(source):
    """Return [(first_line_number, cell_source)], splitting at `# %%` lines."""
    lines = source.splitlines(keepends=True)
    starts = [i for i, line in enumerate(lines) if line.startswith("# %%")]
    bounds = [0] + [s for s in starts if s > 0] + [len(lines)]
    return [(a + 1, "".join(lines[a:b])) for a, b in zip(bounds, bounds[1:])]


def fix_seeds(seed=0):
    random.seed(seed)
    try:
        import numpy
    except ImportError:
        return
    numpy.random.seed(seed)
    try:
        import torch
    except ImportError:
        return
    torch.manual_seed(seed)


def figure_alt_text(figure):
    """Alt text from what the figure says about itself: its title, else its panels' titles and labels."""
    if figure._suptitle is not None and figure._suptitle.get_text().strip():
        return figure._suptitle.get_text().strip()
    parts = []
    for ax in figure.axes:
        title = ax.get_title() or ax.get_title("left") or ax.get_title("right")
        axes = [f"{name}: {label}" for name, label in (("x", ax.get_xlabel()), ("y", ax.get_ylabel())) if label]
        if title or axes:
            parts.append(title + (f" ({', '.join(axes)})" if axes else ""))
    return "; ".join(p.strip() for p in parts if p.strip())


def save_new_figures(out_dir, saved, cell_index):
    import matplotlib.pyplot as plt

    for number in plt.get_fignums():
        figure = plt.figure(number)
        titled = (figure._suptitle is not None and figure._suptitle.get_text()) or any(
            ax.get_title() for ax in figure.axes)
        if not titled:
            raise RuntimeError(
                "a figure has no title: give it one with fig.suptitle(...) or ax.set_title(...); "
                "the titles and axis labels become the image's alt text on the site"
            )
        name = f"figure-{len(saved) + 1}.png"
        # No software/date metadata, so that two runs write the same bytes.
        figure.savefig(out_dir / name, dpi=100, bbox_inches="tight", metadata={"Software": None})
        saved.append({"file": name, "alt": figure_alt_text(figure), "cell": cell_index})
        plt.close(figure)


def plain_value(value):
    """A number, flag or short text as JSON can hold it; None for anything else."""
    if hasattr(value, "item") and not isinstance(value, (str, type)):
        try:
            value = value.item()  # a 0-dimensional tensor or a NumPy scalar
        except (ValueError, RuntimeError, TypeError, AttributeError):
            return None
    if isinstance(value, (bool, int, float)) or (isinstance(value, str) and len(value) <= 200):
        return value
    return None


def module_values(namespace):
    found = {}
    for name, value in namespace.items():
        if name.startswith("_"):
            continue
        plain = plain_value(value)
        if plain is not None and plain == plain:  # not NaN
            found[name] = plain
    return found


def snippet_frame_line(tb, path):
    line = None
    for frame, lineno in traceback.walk_tb(tb):
        if frame.f_code.co_filename == str(path):
            line = lineno
    return line


def main():
    snippet, out_dir = Path(sys.argv[1]).resolve(), Path(sys.argv[2])
    os.environ.setdefault("MPLBACKEND", "Agg")
    warnings.simplefilter("error")
    # Agg cannot show a window; plt.show() is harmless on the site, so is its notice.
    warnings.filterwarnings("ignore", message=".*non-interactive, and thus cannot be shown")

    sys.path[0] = str(snippet.parent)
    sys.argv = [str(snippet)]
    module = types.ModuleType("__main__")
    module.__file__ = str(snippet)
    module.__builtins__ = __builtins__
    sys.modules["__main__"] = module

    fix_seeds()
    figures = []
    try:
        for index, (first_line, cell) in enumerate(split_cells(snippet.read_text(encoding="utf-8"))):
            # Pad with blank lines so that tracebacks point at the file's real line numbers.
            code = compile("\n" * (first_line - 1) + cell, str(snippet), "exec")
            exec(code, module.__dict__)
            if "matplotlib.pyplot" in sys.modules:
                save_new_figures(out_dir, figures, index)
            sys.stdout.flush()
            print(CELL_SEPARATOR, flush=True)
    except BaseException as error:  # report everything, SystemExit and KeyboardInterrupt too
        if isinstance(error, SystemExit) and error.code in (None, 0):
            pass
        else:
            traceback.print_exc()
            report = {"line": snippet_frame_line(error.__traceback__, snippet),
                      "error": "".join(traceback.format_exception_only(error)).strip()}
            (out_dir / "error.json").write_text(json.dumps(report))
            sys.exit(1)
    finally:
        (out_dir / "figures.json").write_text(json.dumps(figures))
        (out_dir / "values.json").write_text(json.dumps(module_values(module.__dict__)))


if __name__ == "__main__":
    main()
