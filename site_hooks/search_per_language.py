"""MkDocs hook: each language searches its own index.

The i18n plugin builds one search index for both languages, so every reader would fetch
both (4.7 MB instead of 1.8 MB for an English reader) and see each page twice in the
results. After the build, this hook splits it: search/search_index.json keeps the English
pages, zh/search/search_index.json the Chinese ones (their locations relative to zh/).
A Chinese page tells Material's scripts that its site starts at zh/ (the "base" of its
configuration), so that they fetch that index there and resolve its results from there;
zh/sitemap.xml, a copy of the site's, lets instant navigation work from there too.
"""

import json
import re
import shutil
from pathlib import Path

from mkdocs.plugins import event_priority

from snippet_runner.translations import LANGUAGES, language_of

CONFIG = re.compile(r'(<script id="__config" type="application/json">\{[^<]*?"base":\s*")([^"]*)(")')


def on_post_page(output, page, config):
    language = language_of(page.file.src_uri)
    if language:
        output = CONFIG.sub(lambda m: f"{m[1]}{m[2].rstrip('/')}/{language}/{m[3]}", output, count=1)
    return output


@event_priority(-150)  # after the i18n plugin has written the index of both languages
def on_post_build(config):
    i18n = config.plugins.get("i18n")
    if i18n is None or i18n.building:
        return  # a language's own pass inside the build: the joint index comes at its end
    site = Path(config.site_dir)
    index_file = site / "search" / "search_index.json"
    if not index_file.is_file():
        return
    index = json.loads(index_file.read_text(encoding="utf-8"))
    for language in LANGUAGES:
        prefix = f"{language}/"
        mine = [dict(doc, location=doc["location"][len(prefix):]) for doc in index["docs"]
                if doc["location"].startswith(prefix)]
        target = site / language / "search" / "search_index.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps({**index, "docs": mine}, ensure_ascii=False, separators=(",", ":")),
                          encoding="utf-8")
        if (site / "sitemap.xml").is_file():
            shutil.copyfile(site / "sitemap.xml", site / language / "sitemap.xml")
    english = [doc for doc in index["docs"] if not any(doc["location"].startswith(f"{lang}/") for lang in LANGUAGES)]
    index_file.write_text(json.dumps({**index, "docs": english}, ensure_ascii=False, separators=(",", ":")),
                          encoding="utf-8")
