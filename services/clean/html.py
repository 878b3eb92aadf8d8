"""Main content of an HTML page: title, publish time and body text.

Chinese portals defeat generic extractors in two ways: long "猜你喜欢"/feed blocks that out-weigh the
article (trafilatura picks them on some portals), and dates that only appear in a byline `<span>`.
So the body is found here by text density with selectolax (lexbor): the element whose paragraphs carry
the most sentence text, after removing nav, sidebars, comments, share and related blocks. trafilatura
stays as the fallback when no such element stands out.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime

import trafilatura
from selectolax.lexbor import LexborHTMLParser, LexborNode

from .dates import BEIJING, FULL_DATE
from .script import han_count

HTML_SNIFF = re.compile(r"<(?:!doctype\s+html|html|head|body|div|p|meta)\b", re.IGNORECASE)
REMOVED_TAGS = "script, style, noscript, iframe, form, nav, aside, footer, header, select, button, svg, figcaption, textarea"
# Class/id words of page furniture, matched as the first or last part of a class token
# (`hot-news`, `article-comment`), so `content_maincontent_more` or `post_body` are not taken for it.
BOILERPLATE_WORDS = frozenset(
    [
        "comment",
        "comments",
        "cmt",
        "reply",
        "share",
        "sharing",
        "social",
        "related",
        "relate",
        "recommend",
        "rec",
        "hot",
        "hotnews",
        "rank",
        "feed",
        "sidebar",
        "side",
        "nav",
        "navbar",
        "menu",
        "footer",
        "foot",
        "copyright",
        "breadcrumb",
        "breadcrumbs",
        "crumb",
        "crumbs",
        "ad",
        "ads",
        "advert",
        "advertisement",
        "banner",
        "toolbar",
        "tag",
        "tags",
        "keywords",
        "caption",
        "picinfo",
        "imgdesc",
        "desc",
        "editor",
        "statement",
        "disclaimer",
        "login",
        "subscribe",
        "download",
        "qrcode",
        "stock",
        "ticker",
        "quote",
        "quotes",
        "summary",
        "intro",
        "digest",
        "pager",
        "pagination",
        "xgxw",
        "xgyd",
        "xgwz",
        "rdph",
        "tjyd",
    ]
)
QUOTE_TABLE = re.compile(r"stock|ticker|quote")
# TRS_Editor: the article body of the TRS publishing system (many government and newspaper sites), not an
# editor's byline.
BODY_CLASS = re.compile(r"trs_editor")
TABLE_TITLE = re.compile(r"(?:附?表|图表)\s*\d*(?:[\-—–.]\d+)?\s*[：:]")
MAX_TABLE_TITLE = 80
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
SENTENCE_MARK = re.compile(r"[，。；！？,]")
META_TIME = re.compile(
    r"""<meta[^>]+(?:property|name|itemprop)=["'](?:article:published_time|og:release_date|pubdate|publishdate|"""
    r"""ptime|datePublished|publish[_-]?time|weibo:article:create_at|dc\.date\.issued)["'][^>]*>""",
    re.IGNORECASE,
)
CONTENT_ATTR = re.compile(r"""content=["']([^"']+)["']""", re.IGNORECASE)
COPYRIGHT_YEAR = re.compile(
    # Case folded only where needed: a pattern compiled IGNORECASE can't skip ahead to its first characters.
    r"(?:©|&copy;|(?i:copyright)|版权所有|版權所有)[^0-9]{0,20}(?:(?:19|20)\d{2}\s*[-–—]\s*)?(20\d{2})"
)
BLOCK_BREAK = re.compile(
    r"(?i)<br\s*/?>|</(?:p|div|li|tr|h[1-6]|blockquote|section|article|table|caption|dd|dt)>"
)
CELL_BREAK = re.compile(r"(?i)</t[dh]>")
SPACES = re.compile(r"[ \t\u3000\xa0]+")
PRE_BLOCK = re.compile(r"(?is)<pre\b[^>]*>.*?</pre>")
COLUMN_GAP = re.compile(r"(?<=\S)(?:[ \xa0\u3000]{2,}|\t)(?=\S)")
# Marks the end of a table cell until the text is out: the page's own tabs are only layout.
CELL_END = "\x1f"
MIN_BODY_CHARS = 120


@dataclass
class HtmlPage:
    title: str | None
    published: datetime | None
    text: str
    copyright_year: int | None = None
    extractor: str = "density"


_WORDS = "|".join(sorted(BOILERPLATE_WORDS, key=len, reverse=True))
# One scan of the class and id names: a furniture word as the first part of a token (hot-news) or its
# last part (article-comment), parts being split by -, _ and digits.
BOILERPLATE_TOKEN = re.compile(
    rf"(?:^|\s)[-_\d]*(?:{_WORDS})(?=[-_\d]|\s|$)|(?:^|[-_\d\s])(?:{_WORDS})[-_\d]*(?=\s|$)"
)


def looks_like_html(text: str, content_type: str | None) -> bool:
    if content_type and "html" in content_type.lower():
        return True
    return bool(HTML_SNIFF.search(text[:2048]))


def _is_boilerplate(node: LexborNode) -> bool:
    attributes = node.attributes
    if HIDDEN_STYLE.search(attributes.get("style") or ""):
        return True
    names = f"{attributes.get('class') or ''} {attributes.get('id') or ''}".lower()
    if BOILERPLATE_TOKEN.search(names) is None or BODY_CLASS.search(names):
        return False
    if _titles_the_table_after(node):
        # <p class="table-caption">表：…2026年前三季度业绩</p><table>: the rows' time and subject
        return False
    # <table class="rank-table"><caption>表：全国城市算力规模前八位…: a table of figures, titled, whatever its
    # class says (not a quote box's).
    return node.tag != "table" or QUOTE_TABLE.search(names) is not None or node.css_first("caption") is None


def _titles_the_table_after(node: LexborNode) -> bool:
    following = node.next
    while following is not None and following.tag == "-text" and not (following.text() or "").strip():
        following = following.next
    if following is None or following.tag != "table":
        return False
    title = node.text().strip()
    # 表1：…, or a title line that is no sentence nor a bar of links: 重点区县算力基础设施情况（截至2025年底）
    return TABLE_TITLE.match(title) is not None or (
        len(title) <= MAX_TABLE_TITLE and "。" not in title and node.css_first("a") is None
    )


def _strip_page_furniture(tree: LexborHTMLParser) -> None:
    for node in tree.css(REMOVED_TAGS):
        node.decompose()
    # Outermost first, so a removed container takes its children along.
    for node in tree.css("[class], [id], [style]"):
        if node.parent is not None and node.tag not in ("html", "body") and _is_boilerplate(node):
            node.decompose()


def _paragraph_weight(text: str) -> int:
    """Sentence text in one paragraph: Chinese characters, if the text reads as sentences."""
    han = han_count(text)
    return han if han >= 12 and SENTENCE_MARK.search(text) else 0


def _best_container(tree: LexborHTMLParser) -> LexborNode | None:
    """The element whose own paragraphs carry the most sentence text (links don't count)."""
    scores: dict[int, tuple[int, LexborNode]] = {}
    for node in tree.css("p, div, td, li, section, article, span"):
        own = "".join(
            child.text_content or "" for child in node.iter(include_text=True) if child.tag == "-text"
        )
        weight = _paragraph_weight(own.strip())
        if not weight:
            continue
        link_text = sum(len(a.text(strip=True)) for a in node.css("a"))
        weight = max(0, weight - 2 * link_text)
        holder = node if node.tag in ("div", "td", "section", "article") and node.tag != "p" else node.parent
        if holder is None:
            continue
        for depth, ancestor in enumerate((holder, holder.parent)):
            if ancestor is None:
                break
            key = ancestor.mem_id
            score = scores.get(key, (0, ancestor))[0] + (weight if depth == 0 else weight // 3)
            scores[key] = (score, ancestor)
    if not scores:
        return None
    return max(scores.values(), key=lambda item: item[0])[1]


def _block_text(node: LexborNode) -> str:
    """The container's text, one line per block element, a table row's cells apart by tabs (the clean
    rules read a table's rows as sentences)."""
    # Marks go beside the tags, not in their place: a table whose end tag went would swallow what follows.
    html = CELL_BREAK.sub(rf"{CELL_END}\g<0>", BLOCK_BREAK.sub(_line_after, node.html or ""))
    html = PRE_BLOCK.sub(_columns_of_pre, html)
    fragment = LexborHTMLParser(f"<div>{html}</div>")
    text = fragment.body.text(separator="") if fragment.body else ""
    lines = ("\t".join(_cell_texts(line)) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def _columns_of_pre(pre: re.Match[str]) -> str:
    """A text table in <pre> (公司    研发投入（亿元）    …): its runs of spaces part its cells, as a <td> would."""
    return COLUMN_GAP.sub(CELL_END, pre[0])


def _line_after(tag: re.Match[str]) -> str:
    return "\n" if tag[0][1] != "/" else f"{tag[0]}\n"


def _cell_texts(line: str) -> list[str]:
    cells = (SPACES.sub(" ", cell).strip() for cell in line.split(CELL_END))
    return [cell for cell in cells if cell]


def _title(tree: LexborHTMLParser) -> str | None:
    for node in tree.css("h1"):
        text = node.text(strip=True)
        if 4 <= len(text) <= 120:
            return text
    for selector in ('meta[property="og:title"]', 'meta[name="title"]'):
        node = tree.css_first(selector)
        if node and node.attributes.get("content"):
            return node.attributes["content"].strip()
    node = tree.css_first("title")
    if node:
        return re.split(r"\s*[-_|｜–—]\s*", node.text(strip=True))[0] or None
    return None


def _parse_timestamp(value: str) -> datetime | None:
    value = value.strip()
    try:
        found = datetime.fromisoformat(value.replace("Z", "+00:00").replace("/", "-"))
    except ValueError:
        match = FULL_DATE.search(value)
        if not match:
            return None
        try:
            found = datetime(
                int(match["y"]), int(match["m"]), int(match["d"]), int(match["H"] or 0), int(match["M"] or 0)
            )
        except ValueError:
            return None
    return found if found.tzinfo else found.replace(tzinfo=BEIJING)


def _published(html: str, tree: LexborHTMLParser) -> datetime | None:
    """A timestamp the page states for itself: meta tags, JSON-LD, <time>, then a byline element."""
    for tag in META_TIME.findall(html[:100_000]):
        content = CONTENT_ATTR.search(tag)
        if content and (found := _parse_timestamp(content.group(1))):
            return found
    for script in tree.css('script[type="application/ld+json"]'):
        try:
            data = json.loads(script.text() or "{}")
        except ValueError:
            continue
        for item in data if isinstance(data, list) else [data]:
            stamp = item.get("datePublished") if isinstance(item, dict) else None
            if isinstance(stamp, str) and (found := _parse_timestamp(stamp)):
                return found
    return None


def _byline_time(tree: LexborHTMLParser, body_text: str) -> datetime | None:
    """The first full date in the page text just before the article body: the byline, where portals
    print it (comments, feeds and related lists are gone by now, so their dates can't be taken)."""
    if tree.body is None:
        return None
    page_text = tree.body.text(separator=" ")
    anchor = body_text.strip()[:12]
    end = page_text.find(anchor) if anchor else -1
    before = page_text[max(0, end - 800) : end] if end > 0 else page_text[:2000]
    for match in FULL_DATE.finditer(before):
        if found := _parse_timestamp(match.group(0)):
            return found
    return None


def extract_html(html: str, url: str | None = None) -> HtmlPage:
    """Title, publish time and body text (one paragraph per line) of a page."""
    tree = LexborHTMLParser(html)
    published = _published(html, tree)
    copyright_match = COPYRIGHT_YEAR.search(html[-20_000:])
    copyright_year = int(copyright_match.group(1)) if copyright_match else None
    title = _title(tree)
    _strip_page_furniture(tree)
    container = _best_container(tree)
    text = _block_text(container) if container is not None else ""
    byline = _byline_time(tree, text)
    if published is None or (
        byline is not None
        and (published.hour, published.minute) == (0, 0)
        and byline.date() == published.date()
    ):
        published = byline or published  # the byline's time of day beats a date-only meta tag
    extractor = "density"
    if len(text) < MIN_BODY_CHARS:
        text = trafilatura.extract(html, url=url, include_comments=False, include_tables=True) or ""
        extractor = "trafilatura"
    return HtmlPage(
        title=title, published=published, text=text, copyright_year=copyright_year, extractor=extractor
    )
