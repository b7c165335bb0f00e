"""The torch.nn reference covers every public layer class of the installed torch."""
import contextlib
import functools
import io
import re
import runpy

from snippet_runner.execute import SNIPPETS_DIR
from snippet_runner.markdown import find_embeds

from conftest import DOCS_DIR

REFERENCE = SNIPPETS_DIR / "reference" / "torch_nn_layers.py"


def test_every_torch_nn_layer_has_an_example_or_a_reason():
    with contextlib.redirect_stdout(io.StringIO()) as printed:
        namespace = runpy.run_path(str(REFERENCE))  # its own asserts check coverage both ways
    every_class = {name for names in namespace["layer_classes"]().values() for name in names}
    covered = namespace["EXAMPLES"].keys() | namespace["NOT_RUN"].keys()
    assert every_class <= covered, f"not covered: {sorted(every_class - covered)}"
    assert not namespace["EXAMPLES"].keys() & namespace["NOT_RUN"].keys()
    rows = [line for line in printed.getvalue().splitlines() if line.startswith(("| `", "| [`"))]
    assert len(rows) == len(every_class)
    print(f"\ntorch.nn reference: {len(every_class)} classes, {len(namespace['EXAMPLES'])} run, "
          f"{len(namespace['NOT_RUN'])} listed with a reason")


@functools.cache
def reference():
    with contextlib.redirect_stdout(io.StringIO()):
        return runpy.run_path(str(REFERENCE))


def chapter_evidence(chapter_link):
    """(the code of the snippets a chapter embeds, its prose), for a link like ../layers/linear.md."""
    page = DOCS_DIR / "reference" / chapter_link
    text = page.read_text(encoding="utf-8")
    code = "\n".join((SNIPPETS_DIR / embed.path).read_text(encoding="utf-8") for embed in find_embeds(text))
    return code, re.sub(r"\[\[.*?\]\]", "", text)


def teaches(evidence, name):
    code, prose = evidence
    return bool(re.search(rf"\bnn\.{name}\b", code) and re.search(rf"(?<![\w.]){name}\b|nn\.{name}\b", prose))


def test_each_class_linked_to_a_chapter_is_built_and_explained_there():
    namespace = reference()
    evidence = {link: chapter_evidence(link) for link in set(namespace["TAUGHT_IN"].values())}
    wrong = [f"{name} -> {link}" for name, link in namespace["TAUGHT_IN"].items() if not teaches(evidence[link], name)]
    assert not wrong, f"linked to a chapter whose code does not build it or whose text does not name it: {wrong}"


def test_every_class_that_its_groups_chapter_teaches_is_linked():
    namespace = reference()
    missing = []
    for group, names in namespace["layer_classes"]().items():
        link = namespace["CHAPTERS"].get(group)
        if link:
            evidence = chapter_evidence(link)
            missing += [f"{name} ({link})" for name in names
                        if name not in namespace["TAUGHT_IN"] and teaches(evidence, name)]
    assert not missing, f"taught by their group's chapter but not linked from the reference: {missing}"
