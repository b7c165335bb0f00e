"""translations.py: what a translation must keep of its source, and when it is out of date."""
from snippet_runner.markdown import Embed, render
from snippet_runner.execute import Cell
from snippet_runner.notebooks import chapter_notebook
from snippet_runner.translations import (alt_texts, compare, heading_ids, language_of, main, out_of_date, say,
                                         source_hash, source_of, stamp, translation_of)

SOURCE = """# Linear layers

Some prose with [[value layers/a.py:accuracy:.1%]] and [[value layers/a.py:count]].

[[run layers/a.py]]

## What it computes

```python
print("a code block")
```

[[run layers/a.py#second]]

## What it computes
"""


def translated(source=SOURCE, **changes):
    text = f"---\ntranslated_from: {source_hash(source)}\n---\n" + """# 线性层 {#linear-layers}

一些文字：[[value layers/a.py:count]] 个中的 [[value layers/a.py:accuracy:.1%]]。

[[run layers/a.py]]
[[alt 图：一条线]]

## 它计算什么 {#what-it-computes}

```python
print("a code block")
```

[[run layers/a.py#second]]

## 它计算什么 {#what-it-computes_1}
"""
    for old, new in changes.items():
        text = text.replace(old, new)
    return text


def test_a_faithful_translation_matches_even_with_its_values_reordered():
    assert compare(SOURCE, translated()) == []
    assert not out_of_date(SOURCE, translated())


def test_every_kind_of_drift_is_found():
    cases = {
        "[[run layers/a.py#second]]": "",  # an embed dropped
        "[[value layers/a.py:count]] 个中的": "",  # a value dropped
        '"a code block"': '"一个代码块"',  # code changed
        "{#what-it-computes_1}": "{#what-it-computes}",  # a repeated heading's id
        "## 它计算什么 {#what-it-computes}\n": "### 它计算什么 {#what-it-computes}\n",  # a heading's level
    }
    for old, new in cases.items():
        assert compare(SOURCE, translated(**{old: new})), f"not found: {old!r} -> {new!r}"
    moved = translated(**{"[[value layers/a.py:count]] 个中的": "", "print(": "[[value layers/a.py:count]]\nprint("})
    assert any("values" in problem for problem in compare(SOURCE, moved.replace("```python\n[[value", "[[value")))
    assert any("translated_from" in problem for problem in compare(SOURCE, translated().split("---\n", 2)[2]))
    assert any("alt" in p for p in compare(SOURCE, translated(**{"[[run layers/a.py#second]]": "[[alt 图]]"})))


def test_a_changed_source_makes_the_translation_out_of_date_until_stamped(tmp_path):
    changed = SOURCE.replace("Some prose", "Some better prose")
    page = tmp_path / "linear.zh.md"
    page.write_text(translated(), encoding="utf-8")
    assert out_of_date(changed, page.read_text(encoding="utf-8"))
    assert compare(changed, page.read_text(encoding="utf-8")) == []  # the runs it shows still match
    stamp(page, changed)
    assert not out_of_date(changed, page.read_text(encoding="utf-8"))


def test_the_checker_command_lists_drift_and_stale_pages(tmp_path, capsys, monkeypatch):
    import snippet_runner.translations as translations
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "linear.md").write_text(SOURCE.replace("Some prose", "Changed prose"), encoding="utf-8")
    (docs / "linear.zh.md").write_text(translated(), encoding="utf-8")
    (docs / "other.md").write_text("# Other\n\n[[run a.py]]\n", encoding="utf-8")
    (docs / "other.zh.md").write_text(f"---\ntranslated_from: {source_hash('x')}\n---\n# 别的 {{#other}}\n",
                                      encoding="utf-8")
    monkeypatch.setattr(translations, "__file__", str(tmp_path / "snippet_runner" / "translations.py"))
    assert main(["check"]) == 1
    out = capsys.readouterr().out
    assert "docs/other.zh.md: embeds: the source has 1, the translation 0" in out
    assert "2 out of date" in out and "  docs/linear.zh.md" in out


def test_page_names():
    assert language_of("layers/linear.zh.md") == "zh" and language_of("layers/linear.md") is None
    assert source_of("layers/linear.zh.md") == "layers/linear.md" == source_of("layers/linear.md")
    assert translation_of("index.md", "zh") == "index.zh.md"
    assert heading_ids(SOURCE) == ["linear-layers", "what-it-computes", "what-it-computes_1"]


def test_alt_lines_belong_to_the_embed_above_them():
    assert alt_texts(translated()) == {0: ["图：一条线"]}
    assert alt_texts(translated(**{"[[alt 图：一条线]]": "[[alt 图一]]\n[[alt 图二]]"})) == {0: ["图一", "图二"]}


def test_the_engine_speaks_the_page_language(tmp_path):
    png = tmp_path / "figure.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\x0dIHDR" + (640).to_bytes(4, "big") + (480).to_bytes(4, "big"))
    cell = Cell(name=None, code="print(1)", stdout="1\n", figures=[{"path": png, "alt": "Figure: a line"}])
    english = render(Embed(1, "", "a.py", None), cell, lambda figure: "figure.png")
    chinese = render(Embed(1, "", "a.py", None), cell, lambda figure: "figure.png", language="zh", alts=["图：一条线"])
    assert 'title="Output"' in english and "![Figure: a line]" in english
    assert 'title="输出"' in chinese and "![图：一条线]" in chinese
    assert say("Output", None) == "Output" and say("Output", "zh") == "输出"


def test_a_translated_notebook_keeps_the_code_and_drops_alt_lines_and_ids(tmp_path):
    (tmp_path / "a.py").write_text('"""A."""\nprint(1)\n', encoding="utf-8")
    page = "# 标题 {#title}\n\n文字。\n\n[[run a.py]]\n[[alt 图：无]]\n"
    notebook = chapter_notebook(page, snippets_dir=tmp_path, language="zh")
    prose = " ".join(cell.source for cell in notebook.cells if cell.cell_type == "markdown")
    assert "[[alt" not in prose and "{#title}" not in prose and "《PyTorch by running it》" in prose
    assert [cell.source for cell in notebook.cells if cell.cell_type == "code"] == \
        [cell.source for cell in chapter_notebook(page, snippets_dir=tmp_path).cells if cell.cell_type == "code"]


def test_an_out_of_date_translation_carries_a_notice_under_its_title():
    from snippet_runner.site import Site

    source = "# Linear layers\n\nProse.\n"
    current = f"---\ntranslated_from: {source_hash(source)}\n---\n# 线性层 {{#linear-layers}}\n\n文字。\n"
    stale = current.replace(source_hash(source), source_hash("an older source"))
    for text, notice in ((current, False), (stale, True)):
        site = Site({"linear.md": source, "linear.zh.md": text})
        page = site.render_page(text.split("---\n", 2)[2], "linear.zh.md")
        assert ("本页译文可能已过时" in page) is notice
        assert page.index("# 线性层") < page.index("本页译文可能已过时") if notice else True
    assert "过时" not in Site({"linear.md": source}).render_page(source, "linear.md")
