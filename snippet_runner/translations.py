"""Translations: `docs/PAGE.zh.md` is the Chinese edition of `docs/PAGE.md`.

A translation shows the same runs as its source page: the same `[[run ...]]` embeds in
the same order, the same `[[value ...]]` quotes in each section (their order inside a
section may change with the language's word order), the same headings with the same
ids (written out: `## 残差块 {#the-residual-block}`), the same fenced code blocks.
compare() lists every difference; the build refuses a translation that has one.

Its front matter records which version of the source it translates:
`translated_from: <the first 12 hex digits of the source file's SHA-256>`. When the
source changes after that, the translation is out of date: it still builds, with a
notice on the page, and `python -m snippet_runner.translations check` lists it.

A translation gives its figures alt text in its own language: after a `[[run ...]]`
line, one `[[alt TEXT]]` line per figure that the embed draws.
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections import Counter
from pathlib import Path

import markdown as python_markdown
from mkdocs.utils.meta import get_data

from .markdown import find_embeds, prose_lines
from .values import find_values

LANGUAGES = {"zh": "简体中文"}  # suffix -> the language's own name; English pages have none
HASH_KEY = "translated_from"
ALT = re.compile(r"^(?P<indent>[ \t]*)\[\[alt (?P<text>.+)\]\]\s*$")
HEADING = re.compile(r"^(?P<level>#{1,6})[ \t]+(?P<text>.*?)(?:[ \t]+\{#(?P<id>[^\s}]+)\})?[ \t]*#*[ \t]*$")
FENCED = re.compile(r"^([ \t]*)(`{3,}|~{3,})[^\n]*\n.*?^\1\2[`~]*[ \t]*$", re.MULTILINE | re.DOTALL)


# What the engine writes into a page or a notebook, in each language other than English.
STRINGS = {"zh": {
    "Output": "输出",
    "A section of a longer script: the copy button copies this section only.": "这是一个较长脚本中的一节：复制按钮只复制这一节。",
    "Download the whole {name}": "下载完整的 {name}",
    "The code that generated this part of the page": "生成本页这一部分的代码",
    "This snippet failed": "这段代码运行失败",
    "`mkdocs serve` runs it again when it changes.": "它改动之后，`mkdocs serve` 会重新运行它。",
    "Running": "正在运行",
    "`mkdocs serve` is running this snippet now: its output and figures appear here when it finishes, "
    "and the page reloads itself.": "`mkdocs serve` 正在运行这段代码：运行结束后，它的输出和图会出现在这里，页面会自动刷新。",
    "Not executed in this build": "本次构建没有运行这段代码",
    "This copy of the site was built with `SNIPPETS_MODE=off`, so the output and figures of this code are "
    "not shown. Build it with `make serve` to see them.":
        "这份站点是用 `SNIPPETS_MODE=off` 构建的，所以不显示这段代码的输出和图。用 `make serve` 构建即可看到。",
    "Download this chapter as a Jupyter notebook": "下载本章的 Jupyter 笔记本",
    "This translation may be out of date": "本页译文可能已过时",
    "The English page changed after this page was translated: the code, outputs and values below are "
    "today's, the prose may not be. The language switch at the top leads to the English page.":
        "英文原文在本页翻译之后有过改动：下面的代码、输出和数值都来自本次构建，文字说明可能还没有跟上。"
        "页面顶部的语言切换可以打开英文原文。",
    "The code of the chapter *{title}* of *PyTorch by running it*, as a notebook. The chapter's page shows "
    "every cell's output and figures as they came out when the site was built.":
        "《PyTorch by running it》中「{title}」一章的代码，做成了笔记本。该章的网页上有每个单元格在站点构建时的输出和图。",
    "Some cells load a dataset with `tutorial_data`: save [{module}]({module}) from the same folder of the "
    "site next to this notebook. It reads an offline copy when `TUTORIAL_DATA_DIR` names one, and otherwise "
    "downloads the data through torchvision.":
        "有些单元格用 `tutorial_data` 加载数据集：请把站点同一文件夹中的 [{module}]({module}) 保存到本笔记本旁边。"
        "`TUTORIAL_DATA_DIR` 指向离线副本时它读取副本，否则通过 torchvision 下载数据。",
    "*`{path}` reads or runs other files of its folder, so it runs as a script beside them, not in a "
    "notebook: copy it from the page.*": "*`{path}` 会读取或运行它所在文件夹中的其他文件，所以要作为脚本放在它们旁边运行，"
                                         "不能在笔记本里运行：请从网页上复制它。*",
}}


def say(text: str, language: str | None, **fields) -> str:
    """The engine's English text in the page's language (English when there is no translation)."""
    return STRINGS.get(language or "", {}).get(text, text).format(**fields)


def language_of(page: str) -> str | None:
    """'layers/resnet.zh.md' -> 'zh'; an English page -> None."""
    parts = page.rsplit(".", 2)
    return parts[1] if len(parts) == 3 and parts[1] in LANGUAGES else None


def source_of(page: str) -> str:
    """'layers/resnet.zh.md' -> 'layers/resnet.md'."""
    language = language_of(page)
    return page[: -len(f".{language}.md")] + ".md" if language else page


def translation_of(page: str, language: str) -> str:
    return page[:-3] + f".{language}.md"


def source_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def headings(text: str) -> list[tuple[int, str, str | None]]:
    """(level, text, explicit id or None) for each ATX heading outside code blocks."""
    found = []
    for _, line in prose_lines(get_data(text)[0]):
        if match := HEADING.match(line):
            found.append((len(match["level"]), match["text"], match["id"]))
    return found


def heading_ids(text: str) -> list[str]:
    """The ids Python-Markdown's toc gives the page's headings (explicit ones kept, repeats made unique)."""
    lines = [f"{'#' * level} {title}" + (f" {{#{id_}}}" if id_ else "") for level, title, id_ in headings(text)]
    converter = python_markdown.Markdown(extensions=["toc", "attr_list"])
    converter.convert("\n\n".join(lines))

    def flatten(tokens):
        for token in tokens:
            yield token["id"]
            yield from flatten(token["children"])
    return list(flatten(converter.toc_tokens))


def sections(text: str) -> list[list[str]]:
    """The `[[value ...]]` quotes of each section: before the first heading, then after each heading."""
    starts = [number for number, line in prose_lines(text) if HEADING.match(line)]
    found = [[] for _ in range(len(starts) + 1)]
    for ref in find_values(text):
        found[sum(1 for start in starts if start <= ref.line)].append(ref.text)
    return found


def code_blocks(text: str) -> list[str]:
    return [re.sub(r"^[ \t]+", "", block.group(0), flags=re.MULTILINE) for block in FENCED.finditer(text)]


def alt_texts(text: str) -> dict[int, list[str]]:
    """Embed index -> the `[[alt ...]]` lines right after that embed."""
    embeds = {embed.line: index for index, embed in enumerate(find_embeds(text))}
    alts, current = {}, None
    for number, line in prose_lines(text):
        if number in embeds:
            current = embeds[number]
        elif (match := ALT.match(line)) and current is not None:
            alts.setdefault(current, []).append(match["text"].strip())
        elif line.strip():
            current = None
    return alts


def stray_alts(text: str) -> list[int]:
    """Lines of `[[alt ...]]` that do not follow an embed (or another alt line)."""
    placed = {number for number, _ in _alt_lines_after_embeds(text)}
    return [number for number, line in prose_lines(text) if ALT.match(line) and number not in placed]


def _alt_lines_after_embeds(text: str):
    embed_lines = {embed.line for embed in find_embeds(text)}
    following = False
    for number, line in prose_lines(text):
        if number in embed_lines:
            following = True
        elif following and ALT.match(line):
            yield number, line
        elif line.strip():
            following = False


def compare(source: str, translation: str) -> list[str]:
    """Every way the translation fails to show what its source shows; [] when it matches."""
    problems = []
    meta = get_data(translation)[1]
    if not re.fullmatch(r"[0-9a-f]{12}", str(meta.get(HASH_KEY, ""))):
        problems.append(f"front matter: '{HASH_KEY}: <12 hex digits>' is missing (the source's SHA-256 when translated)")
    source_meta = get_data(source)[1]
    for key in sorted(set(source_meta) | set(meta) - {HASH_KEY}):
        if source_meta.get(key) != meta.get(key):
            problems.append(f"front matter: '{key}' is {meta.get(key)!r}, the source has {source_meta.get(key)!r}")
    ours, theirs = [(e.indent, e.text) for e in find_embeds(translation)], [(e.indent, e.text) for e in find_embeds(source)]
    if ours != theirs:
        problems.append(_sequence_difference("embeds", [f"{i!r} {t}" for i, t in theirs], [f"{i!r} {t}" for i, t in ours]))
    source_headings, our_headings = headings(source), headings(translation)
    if [level for level, _, _ in source_headings] != [level for level, _, _ in our_headings]:
        problems.append("headings: levels differ: source " + " ".join(str(h[0]) for h in source_headings)
                        + ", translation " + " ".join(str(h[0]) for h in our_headings))
    else:
        for (_, title, _), id_, (_, our_title, our_id) in zip(source_headings, heading_ids(source), our_headings):
            if our_id != id_:
                problems.append(f"heading '{our_title}': needs {{#{id_}}} (the id of '{title}'), has "
                                + (f"{{#{our_id}}}" if our_id else "none"))
    for index, (theirs, ours) in enumerate(zip(sections(source), sections(translation))):
        if Counter(theirs) != Counter(ours):
            where = "before the first heading" if index == 0 else f"under heading {index}"
            missing, extra = Counter(theirs) - Counter(ours), Counter(ours) - Counter(theirs)
            problems.append(f"values {where}: " + "; ".join(
                [f"missing {text}" for text in missing.elements()] + [f"not in the source {text}" for text in extra.elements()]))
    if code_blocks(source) != code_blocks(translation):
        problems.append(_sequence_difference("fenced code blocks", code_blocks(source), code_blocks(translation)))
    for line in stray_alts(translation):
        problems.append(f"line {line}: an [[alt ...]] line that does not follow a [[run ...]] line")
    return problems


def _sequence_difference(what: str, source: list[str], translation: list[str]) -> str:
    if len(source) != len(translation):
        return f"{what}: the source has {len(source)}, the translation {len(translation)}"
    for index, (a, b) in enumerate(zip(source, translation), start=1):
        if a != b:
            return f"{what}: number {index} differs: source {a[:200]!r}, translation {b[:200]!r}"
    return f"{what}: differ"


def out_of_date(source: str, translation: str) -> bool:
    return str(get_data(translation)[1].get(HASH_KEY, "")) != source_hash(source)


def stamp(path: Path, source: str) -> None:
    """Record in the translation that it now translates the source as it is."""
    text = path.read_text(encoding="utf-8")
    line = f"{HASH_KEY}: {source_hash(source)}"
    if re.search(rf"^{HASH_KEY}:.*$", text, re.MULTILINE):
        text = re.sub(rf"^{HASH_KEY}:.*$", line, text, count=1, flags=re.MULTILINE)
    else:
        text = f"---\n{line}\n---\n" + text
    path.write_text(text, encoding="utf-8")


def main(argv: list[str]) -> int:
    """python -m snippet_runner.translations check [docs/PAGE.zh.md ...]: every translation when none is named.
    python -m snippet_runner.translations stamp docs/PAGE.zh.md ...: after updating a translation to its source."""
    if not argv or argv[0] not in ("check", "stamp") or (argv[0] == "stamp" and len(argv) < 2):
        print("usage: python -m snippet_runner.translations check [docs/PAGE.LANG.md ...]\n"
              "       python -m snippet_runner.translations stamp docs/PAGE.LANG.md ...", file=sys.stderr)
        return 2
    docs = Path(__file__).resolve().parent.parent / "docs"
    pages = [Path(arg).resolve() for arg in argv[1:]] or sorted(
        p for p in docs.rglob("*.md") if language_of(p.name))
    if argv[0] == "stamp":
        for path in pages:
            stamp(path, (docs / source_of(path.relative_to(docs).as_posix())).read_text(encoding="utf-8"))
            print(f"{path.relative_to(docs.parent)}: {HASH_KEY} updated")
        return 0
    failed, stale = 0, []
    for path in pages:
        page = path.relative_to(docs).as_posix()
        source_path = docs / source_of(page)
        if not source_path.is_file():
            print(f"docs/{page}: no source page docs/{source_of(page)}")
            failed += 1
            continue
        source, translation = source_path.read_text(encoding="utf-8"), path.read_text(encoding="utf-8")
        problems = compare(source, translation)
        for problem in problems:
            print(f"docs/{page}: {problem}")
        failed += bool(problems)
        if out_of_date(source, translation):
            stale.append(page)
        if not problems:
            print(f"docs/{page}: matches docs/{source_of(page)}" + (" (out of date)" if page in stale else ""))
    if stale:
        print(f"\n{len(stale)} out of date (the source changed after translation; update the page and its "
              f"'{HASH_KEY}'):\n" + "\n".join(f"  docs/{page}" for page in stale))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
