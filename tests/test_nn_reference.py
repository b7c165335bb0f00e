"""The torch.nn reference covers every public layer class of the installed torch."""
import contextlib
import io
import runpy

from snippet_runner.execute import SNIPPETS_DIR

REFERENCE = SNIPPETS_DIR / "reference" / "torch_nn_layers.py"


def test_every_torch_nn_layer_has_an_example_or_a_reason():
    with contextlib.redirect_stdout(io.StringIO()) as printed:
        namespace = runpy.run_path(str(REFERENCE))  # its own asserts check coverage both ways
    every_class = {name for names in namespace["layer_classes"]().values() for name in names}
    covered = namespace["EXAMPLES"].keys() | namespace["NOT_RUN"].keys()
    assert every_class <= covered, f"not covered: {sorted(every_class - covered)}"
    assert not namespace["EXAMPLES"].keys() & namespace["NOT_RUN"].keys()
    rows = [line for line in printed.getvalue().splitlines() if line.startswith("| `")]
    assert len(rows) == len(every_class)
    print(f"\ntorch.nn reference: {len(every_class)} classes, {len(namespace['EXAMPLES'])} run, "
          f"{len(namespace['NOT_RUN'])} listed with a reason")
