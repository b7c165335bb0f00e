"""The built site: strict build from the cache, every internal link resolves, the search index is small."""
import re
from html.parser import HTMLParser
from urllib.parse import unquote, urlsplit


def test_strict_build_from_cache(site_build):
    site, log = site_build.folder, site_build.log
    assert "0 ran" in log, "every snippet should come from the cache the snippet tests filled"
    page = (site / "five-levels" / "index.html").read_text()
    assert "snippet-output" in page and "snippet-figures/" in page
    assert "[[run" not in page


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.ids = [], set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        for name in ("href", "src"):
            if tag in ("a", "img", "link", "script") and attrs.get(name):
                self.links.append(attrs[name])


def test_no_broken_internal_link(site_build):
    site = site_build.folder
    pages = {path: Links() for path in site.rglob("*.html")}
    for path, parser in pages.items():
        parser.feed(path.read_text(encoding="utf-8"))
    broken, checked = [], 0
    for path, parser in pages.items():
        for link in parser.links:
            parts = urlsplit(link)
            if parts.scheme or parts.netloc or link.startswith(("mailto:", "javascript:")):
                continue
            if not parts.path:
                target = path
            elif parts.path.startswith("/"):  # 404.html links from the site's root
                target = (site / unquote(parts.path).lstrip("/")).resolve()
            else:
                target = (path.parent / unquote(parts.path)).resolve()
            if target.is_dir():
                target = target / "index.html"
            checked += 1
            if not target.exists():
                broken.append(f"{path.relative_to(site)}: {link}")
            elif parts.fragment and target.suffix == ".html" and parts.fragment not in pages[target].ids:
                broken.append(f"{path.relative_to(site)}: {link} (no such anchor)")
    print(f"\nlinks checked: {checked} in {len(pages)} pages")
    assert not broken, "broken links:\n" + "\n".join(broken)


def test_no_page_links_to_another_host_for_its_assets(site_build):
    site = site_build.folder
    outside = set()
    for path in site.rglob("*.html"):
        for tag in re.findall(r"<(?:script|link|img)\b[^>]*>", path.read_text(encoding="utf-8")):
            if 'rel="canonical"' in tag:  # the page's own address, never fetched
                continue
            for url in re.findall(r'(?:src|href)="(https?:)?//([^"/]+)', tag):
                outside.add(url[1])
    assert not outside, f"assets from other hosts: {outside}"


def test_search_index_stays_small(site_build):
    site = site_build.folder
    size = (site / "search" / "search_index.json").stat().st_size
    print(f"\nsearch index: {size / 1e6:.2f} MB")
    assert size < 2_000_000
