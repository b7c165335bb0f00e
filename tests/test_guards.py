"""Guards over docs/ and snippets/: nothing orphaned, nothing broken, nothing silently unrun."""
import re

from pytest_codeblocks.main import extract_from_file

from snippet_runner.execute import SNIPPETS_DIR, parse_cells
from snippet_runner.markdown import find_embeds
from snippet_runner.values import find_values, page_code, typed_results

from conftest import DOCS_DIR, SNIPPET_FILES

PAGES = sorted(DOCS_DIR.rglob("*.md"))
EMBEDS = [(page, embed) for page in PAGES for embed in find_embeds(page.read_text(encoding="utf-8"))]
RUNNABLE = {"python", "bash", "sh"}  # the fences pytest-codeblocks executes


def test_every_snippet_is_embedded_by_a_page():
    embedded = {(SNIPPETS_DIR / embed.path).resolve() for _, embed in EMBEDS}
    orphans = [p.relative_to(SNIPPETS_DIR).as_posix() for p in SNIPPET_FILES if p.resolve() not in embedded]
    assert not orphans, f"snippets that no page embeds: {orphans}"


def test_every_embed_names_an_existing_file_and_section():
    broken = []
    for page, embed in EMBEDS:
        path = SNIPPETS_DIR / embed.path
        where = f"{page.relative_to(DOCS_DIR.parent)}:{embed.line}: {embed.text}"
        if not path.is_file():
            broken.append(f"{where}: no file snippets/{embed.path}")
        elif embed.section and embed.section not in [c.name for c in parse_cells(path.read_text())]:
            broken.append(f"{where}: no '# %% {embed.section}' line in the file")
    assert not broken, "\n".join(broken)


def test_every_runnable_fence_is_executed_or_skipped_with_a_reason():
    executed, skipped, unexplained = 0, 0, []
    for page in PAGES:
        for block in extract_from_file(page):
            if block.syntax not in RUNNABLE:
                continue
            skips = [m for m in block.marks if m.startswith("pytest.mark.skip")]
            if not block.marks:
                executed += 1
            elif skips and all(re.search(r"reason\s*=\s*['\"].+['\"]", m) for m in skips):
                skipped += 1
            else:
                unexplained.append(f"{page.relative_to(DOCS_DIR.parent)}:{block.lineno}: {block.marks}")
    print(f"\ncode blocks in docs/: {executed} executed, {skipped} skipped with a reason")
    assert not unexplained, "fences marked without a skip reason:\n" + "\n".join(unexplained)
    assert executed > 0


def test_snippets_have_a_docstring_saying_what_they_show():
    missing = [p.relative_to(SNIPPETS_DIR).as_posix() for p in SNIPPET_FILES
               if not re.match(r'(# %%[^\n]*\n)?"""', p.read_text())]
    assert not missing, f"snippets without a one-line docstring at the top: {missing}"


def test_no_result_in_the_prose_is_typed_by_hand():
    """Every result-like number in the prose is a value from the run, a parameter of the page's code,
    or on a line that says why it is typed. The strict build fails on the same; this names them all."""
    quoted, typed, exempt = 0, [], []
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        quoted += len(find_values(text))
        found, reasons = typed_results(text, page_code(text, SNIPPETS_DIR))
        where = page.relative_to(DOCS_DIR.parent)
        typed += [f"{where}:{line}: {number}" for line, number in found]
        exempt += [f"{where}:{line}: {reason}" for line, reason in reasons]
    print(f"\nvalues from the run quoted in the prose: {quoted}; lines with a typed number and a reason: "
          f"{len(exempt)}" + "".join(f"\n  {line}" for line in exempt))
    assert not typed, (f"{len(typed)} result(s) typed by hand: quote each with [[value SNIPPET.py:NAME]] "
                       f"or say why with <!-- typed: REASON -->:\n" + "\n".join(typed))
