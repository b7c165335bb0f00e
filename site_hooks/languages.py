"""MkDocs hook: the two languages of the site side by side (the i18n plugin builds the second).

Search: the i18n plugin builds one index for both languages, so every reader would fetch
both (4.7 MB instead of 1.8 MB for an English reader) and see each page twice in the
results. After the build, this hook splits it: search/search_index.json keeps the English
pages, zh/search/search_index.json the Chinese ones (their locations relative to zh/).
A Chinese page tells Material's scripts that its site starts at zh/ (the "base" of its
configuration), so that they fetch that index there and resolve its results from there;
zh/sitemap.xml, a copy of the site's, lets instant navigation work from there too.

Links between the languages: the plugin points the page's `<link rel="alternate">` tags
at the same page in each language, but Material's scripts read them as the roots of the
languages and fetch a sitemap.xml beside each (a 404 on every page): they point at the
roots here, and the switch in the header keeps leading to the same page (its links, and
docs/javascripts/language-switch.js). The home pages' links, which the plugin writes from
the server's root, become relative, so that the site also works below a path.
"""

import json
import re
import shutil
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.plugins import event_priority

from snippet_runner.translations import LANGUAGES, language_of

CONFIG = re.compile(r'(<script id="__config" type="application/json">\{[^<]*?"base":\s*")([^"]*)(")')


ALTERNATE = re.compile(r'<link rel="alternate" href="[^"]*" hreflang="(\w+)">')
SWITCH = re.compile(r'(<a href=")(/[^"]*)(" hreflang="\w+" class="md-select__link")')


def on_post_page(output, page, config):
    language = language_of(page.file.src_uri)
    if language:
        output = CONFIG.sub(lambda m: f"{m[1]}{m[2].rstrip('/')}/{language}/{m[3]}", output, count=1)
    depth = page.url.count("/")  # "zh/layers/linear/" is three folders below the site's root
    root = "../" * depth or "./"
    output = ALTERNATE.sub(lambda m: f'<link rel="alternate" href="{root}{"" if m[1] == "en" else m[1] + "/"}" '
                                     f'hreflang="{m[1]}">', output)
    site_path = urlsplit(config.site_url or "/").path or "/"
    return SWITCH.sub(lambda m: f"{m[1]}{root}{m[2].removeprefix(site_path).lstrip('/')}{m[3]}"
                      if m[2].startswith(site_path) else m[0], output)


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
