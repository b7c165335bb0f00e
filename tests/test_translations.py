"""The Chinese edition: every page translated, showing the same runs as its English page.

A translation (docs/PAGE.zh.md) embeds the same snippets and quotes the same values, in
the same sections, as its source (snippet_runner/translations.py). One whose source changed
after it was translated is out of date: it still builds, with a notice on the page, and
test_translations_show_what_their_source_shows prints the list.
"""
import json
import re
from urllib.parse import urlsplit

from snippet_runner.notebooks import notebook_name
from snippet_runner.translations import LANGUAGES, compare, language_of, out_of_date, source_of, translation_of

from conftest import DOCS_DIR
from test_site_build import built_page

SOURCES = sorted(p.relative_to(DOCS_DIR).as_posix() for p in DOCS_DIR.rglob("*.md") if not language_of(p.name))
TRANSLATIONS = sorted(p.relative_to(DOCS_DIR).as_posix() for p in DOCS_DIR.rglob("*.md") if language_of(p.name))
CHINESE = re.compile(r"[\u4e00-\u9fff]")


def read(page: str) -> str:
    return (DOCS_DIR / page).read_text(encoding="utf-8")


def test_every_page_has_a_chinese_edition():
    missing = [page for page in SOURCES if not (DOCS_DIR / translation_of(page, "zh")).is_file()]
    assert not missing, f"pages without docs/PAGE.zh.md: {missing}"
    orphans = [page for page in TRANSLATIONS if not (DOCS_DIR / source_of(page)).is_file()]
    assert not orphans, f"translations of pages that do not exist: {orphans}"


def test_translations_show_what_their_source_shows():
    """Same embeds in the same order, same values in each section, same headings and ids, same code
    blocks. Out-of-date translations are listed, not failed: the built page carries a notice."""
    drift = [f"docs/{page}: {problem}" for page in TRANSLATIONS if (DOCS_DIR / source_of(page)).is_file()
             for problem in compare(read(source_of(page)), read(page))]
    stale = [page for page in TRANSLATIONS if (DOCS_DIR / source_of(page)).is_file()
             and out_of_date(read(source_of(page)), read(page))]
    print(f"\n{len(TRANSLATIONS)} translations, {len(stale)} out of date"
          + "".join(f"\n  docs/{page} (its source changed after it was translated)" for page in stale))
    assert not drift, "translations that no longer show what their source shows:\n" + "\n".join(drift)


def test_each_language_translates_the_prose():
    """A translation that is English text with the ids added would pass the comparison: the prose of
    every page is in its language."""
    untranslated = [page for page in TRANSLATIONS
                    if len(CHINESE.findall(read(page))) < 0.2 * len(re.findall(r"[A-Za-z]+", read(page)))]
    assert not untranslated, f"translations with little Chinese text in them: {untranslated}"
    assert set(language_of(page) for page in TRANSLATIONS) <= set(LANGUAGES)


def figures(html: str) -> list[tuple[str, str]]:
    return re.findall(r'<img alt="([^"]*)"[^>]*src="[^"]*?(snippet-figures/[^"]+)"', html)


def test_translated_pages_show_the_same_figures_with_chinese_alt_text(site_build):
    problems = []
    for page in TRANSLATIONS:
        ours = figures(built_page(site_build.folder, page).read_text(encoding="utf-8"))
        theirs = figures(built_page(site_build.folder, source_of(page)).read_text(encoding="utf-8"))
        if [src for _, src in ours] != [src for _, src in theirs]:
            problems.append(f"{page}: figures {[s for _, s in ours]}, its source shows {[s for _, s in theirs]}")
        problems += [f"{page}: {src}: alt text not in Chinese: {alt!r}" for alt, src in ours if not CHINESE.search(alt)]
    assert not problems, "\n".join(problems)


def test_chinese_notebooks_have_the_english_code_and_chinese_prose(site_build):
    """Nothing runs twice: a translation's notebook is its source's code with the translated prose."""
    folder, problems, checked = site_build.folder / "notebooks", [], 0
    for page in TRANSLATIONS:
        if not (folder / notebook_name(source_of(page))).is_file():
            continue  # a page without snippets has no notebook
        ours = json.loads((folder / notebook_name(page)).read_text(encoding="utf-8"))
        theirs = json.loads((folder / notebook_name(source_of(page))).read_text(encoding="utf-8"))
        code = [["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code"] for nb in (ours, theirs)]
        if code[0] != code[1]:
            problems.append(f"{notebook_name(page)}: its code cells differ from {notebook_name(source_of(page))}")
        prose = " ".join("".join(c["source"]) for c in ours["cells"] if c["cell_type"] == "markdown")
        if not CHINESE.search(prose) or "[[alt" in prose or "{#" in prose:
            problems.append(f"{notebook_name(page)}: its prose is not the Chinese page's")
        checked += 1
    assert checked > 30 and not problems, "\n".join(problems)


def test_language_switch_of_every_page_leads_to_the_same_page(site_build):
    """Every page offers both languages, each link to this very page in that language."""
    problems = []
    for page in SOURCES:
        english, chinese = built_page(site_build.folder, page), built_page(site_build.folder, translation_of(page, "zh"))
        for here in (english, chinese):
            links = dict((lang, href) for href, lang in re.findall(r'<a href="([^"]*)" hreflang="(\w+)"', here.read_text()))
            for lang, target in (("en", english), ("zh", chinese)):
                link = links.get(lang, "missing/")  # the home pages' links start at the site's root: / and /zh/
                start = site_build.folder / urlsplit(site_build.url).path.lstrip("/") if link.startswith("/") else here.parent
                resolved = (start / link.lstrip("/") / "index.html").resolve()
                if resolved != target.resolve():
                    problems.append(f"{here.relative_to(site_build.folder)}: the {lang} link {links.get(lang)} "
                                    f"does not lead to {target.relative_to(site_build.folder)}")
    assert not problems, "\n".join(problems)


def test_each_language_searches_its_own_pages(site_build):
    """site_hooks/languages.py: one search index per language, and each Chinese page fetches the Chinese one."""
    site = site_build.folder
    english = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    chinese = json.loads((site / "zh" / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    pages = {doc["location"].split("#")[0] for doc in english}
    assert pages == {doc["location"].split("#")[0] for doc in chinese}, "the two indexes cover different pages"
    assert len(pages) == len(SOURCES) and not any(page.startswith("zh/") for page in pages)
    assert not any(CHINESE.search(doc["title"]) for doc in english)
    assert sum(bool(CHINESE.search(doc["title"])) for doc in chinese) > len(chinese) / 2
    page = built_page(site, "layers/resnet.zh.md").read_text(encoding="utf-8")
    assert '"base": "../../../zh/"' in page, "a Chinese page would search the English index"
    assert re.findall(r'<link rel="alternate" href="([^"]*)" hreflang="(\w+)">', page) == [
        ("../../../", "en"), ("../../../zh/", "zh")], "Material reads these links as the languages' roots"
