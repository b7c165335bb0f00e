"""The [[run PATH#SECTION]] directive: found where it should be, rendered as it should be."""

import pytest
from PIL import Image

from snippet_runner.execute import Cell
from snippet_runner.markdown import find_embeds, png_size, render, replace_embeds, strip_front_matter

PAGE = """# A page

[[run chapter/first.py]]

  [[run chapter/second.py#train]]

```text
[[run inside/a_fence.py]]
```

Text with [[run not/alone.py]] in it.
"""


def test_embeds_are_found_on_their_own_lines_outside_fences():
    found = [(e.line, e.indent, e.path, e.section) for e in find_embeds(PAGE)]
    assert found == [(3, "", "chapter/first.py", None), (5, "  ", "chapter/second.py", "train")]


def test_render_shows_code_then_uncopyable_output_then_figures(tmp_path):
    embed = find_embeds(PAGE)[1]
    Image.new("RGB", (64, 48), "white").save(tmp_path / "f.png")
    cell = Cell("train", "print('hi')\n", "hi\n", [{"path": tmp_path / "f.png", "alt": "A [loss] curve", "uri": "x/f.png"}])
    text = render(embed, cell, lambda figure: "../" + figure["uri"])
    lines = text.splitlines()
    assert lines[0] == '  ```python title="chapter/second.py (section train)"'
    assert "  print('hi')" in lines
    assert '  ```{ .text .no-copy .snippet-output title="Output" }' in lines
    # Its size from the PNG (no layout shift when it arrives), fetched when the reader scrolls near it.
    assert lines[-1] == ('  ![A  loss  curve](../x/f.png){ .snippet-figure width="64" height="48" '
                         'loading="lazy" decoding="async" }')
    assert text.index("print('hi')") < text.index("hi\n") < text.index("![")


def test_a_section_says_so_and_offers_the_whole_file():
    embed = find_embeds(PAGE)[1]
    text = render(embed, Cell("train", "x = 1\n", ""), lambda figure: "", file_url="../snippets/chapter/second.py")
    assert "the copy button copies this section only" in text
    assert '[Download the whole second.py](../snippets/chapter/second.py){ download="second.py" }' in text
    whole = render(find_embeds(PAGE)[0], Cell(None, "x = 1\n", ""), lambda figure: "", file_url="x")
    assert "section" not in whole


def test_output_containing_backticks_gets_a_longer_fence():
    embed = find_embeds(PAGE)[0]
    text = render(embed, Cell(None, "print('```')", "```\n"), lambda figure: "")
    assert "````python" in text and "````{ .text" in text


def test_a_cell_that_was_not_run_says_so():
    text = render(find_embeds(PAGE)[0], Cell(None, "x = 1", None), lambda figure: "")
    assert "Not executed in this build" in text


def test_replace_embeds_swaps_only_the_directive_lines():
    out = replace_embeds(PAGE, {3: "RENDERED"})
    assert out.splitlines()[2] == "RENDERED"
    assert "[[run chapter/second.py#train]]" in out


def test_as_markdown_puts_the_output_into_the_page_and_folds_the_code():
    embed = find_embeds("[[run reference/table.py as-markdown]]\n")[0]
    assert embed.options == ("as-markdown",)
    text = render(embed, Cell(None, "print('| a |')", "| a |\n|---|\n"), lambda figure: "")
    assert text.startswith('??? example')
    assert '    ```python title="reference/table.py"' in text
    assert text.endswith("| a |\n|---|") and ".no-copy" not in text


def test_strip_front_matter_cuts_what_mkdocs_cuts():
    assert strip_front_matter("---\nhide:\n  - toc\n---\n\n# Page\n\n[[run a.py]]\n") == "# Page\n\n[[run a.py]]\n"
    assert strip_front_matter("title: Page\nauthor: me\n\n# Page\n") == "# Page\n"  # MultiMarkdown style
    assert strip_front_matter(PAGE) == PAGE
    assert strip_front_matter("---\n\nA rule, then text.\n") == "---\n\nA rule, then text.\n"


def test_png_size_reads_the_header_and_refuses_other_files(tmp_path):
    Image.new("RGBA", (1009, 471)).save(tmp_path / "f.png")
    assert png_size(tmp_path / "f.png") == (1009, 471)
    (tmp_path / "g.png").write_bytes(b"GIF89a" + bytes(40))
    with pytest.raises(ValueError, match="not a PNG"):
        png_size(tmp_path / "g.png")
