"""Runs one snippet in a fresh process; started by `execute.py`, never imported.

    python _child.py SNIPPET OUT_DIR

The snippet runs as `__main__`, cell by cell (cells are split at `# %%` lines),
with matplotlib's Agg backend and warnings turned into errors. Nothing is seeded
for it: it runs as `python SNIPPET` does in a reader's folder, so a snippet that
draws random numbers from torch without seeding them fails (its copy would print
other numbers than the page).
After each cell a separator line goes to stdout and the cell's figures are
saved as OUT_DIR/figure-N.png (256 colours) with their alt text in OUT_DIR/figures.json.
If the snippet raises, the failing line of the snippet goes to OUT_DIR/error.json.
At the end, its module-level numbers and short strings go to OUT_DIR/values.json,
for pages that quote them with [[value PATH:NAME]].
"""

import json
import os
import re
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


def torch_before_the_snippet(source):
    """Import torch ahead of a snippet that uses it (it would import it anyway) to note the seed
    torch picked at random for this process, or None when the snippet does not use torch."""
    if not re.search(r"^\s*(import|from)\s+(torch|tutorial_data)\b", source, re.MULTILINE):
        return None
    import torch

    return torch.initial_seed()


class Unseeded(Exception):
    """Reported without a traceback: no line of the snippet is at fault, a missing one is."""


def drew_unseeded(start_seed):
    """Whether the snippet drew random numbers from torch's generator without ever seeding it."""
    torch = sys.modules.get("torch")
    if torch is None or start_seed is None or torch.initial_seed() != start_seed:
        return False  # no torch, or the snippet seeded it
    untouched = torch.Generator().manual_seed(start_seed).get_state()
    return not torch.equal(torch.get_rng_state(), untouched)


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


def save_png(figure, path):
    """The figure as a PNG of at most 256 colours: a third of the bytes of a full-colour one,
    and no visible difference for plots. No metadata, so that two runs write the same bytes."""
    import io

    from PIL import Image

    full_colour = io.BytesIO()
    figure.savefig(full_colour, format="png", dpi=100, bbox_inches="tight", metadata={"Software": None})
    image = Image.open(full_colour).convert("RGB")
    image.quantize(256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(path, optimize=True)


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
        save_png(figure, out_dir / name)
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

    source = snippet.read_text(encoding="utf-8")
    start_seed = torch_before_the_snippet(source)
    figures = []
    try:
        for index, (first_line, cell) in enumerate(split_cells(source)):
            # Pad with blank lines so that tracebacks point at the file's real line numbers.
            code = compile("\n" * (first_line - 1) + cell, str(snippet), "exec")
            exec(code, module.__dict__)
            if "matplotlib.pyplot" in sys.modules:
                save_new_figures(out_dir, figures, index)
            sys.stdout.flush()
            print(CELL_SEPARATOR, flush=True)
        if drew_unseeded(start_seed):
            raise Unseeded(
                "the snippet draws random numbers from torch without seeding them, so a reader's copy "
                "prints other numbers than the page: add torch.manual_seed(0) after its imports")
    except BaseException as error:  # report everything, SystemExit and KeyboardInterrupt too
        if isinstance(error, SystemExit) and error.code in (None, 0):
            pass
        else:
            if isinstance(error, Unseeded):
                print(f"{type(error).__name__}: {error}", file=sys.stderr)
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
