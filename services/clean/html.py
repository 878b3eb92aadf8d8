"""Main content of an HTML page: title, date, author and body text, through trafilatura."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import trafilatura

HTML_SNIFF = re.compile(r"<(?:!doctype\s+html|html|head|body|div|p|meta)\b", re.IGNORECASE)


@dataclass
class HtmlPage:
    title: str | None
    published: date | None
    author: str | None
    text: str


def looks_like_html(text: str, content_type: str | None) -> bool:
    if content_type and "html" in content_type.lower():
        return True
    return bool(HTML_SNIFF.search(text[:2048]))


def _parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def extract_html(html: str, url: str | None = None) -> HtmlPage:
    """The page's main content as plain text lines, comments left out."""
    extracted = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=True
    )
    if not extracted:
        return HtmlPage(title=None, published=None, author=None, text="")
    document = extracted.as_dict()
    return HtmlPage(
        title=document.get("title"),
        published=_parse_date(document.get("date")),
        author=document.get("author"),
        text=document.get("text") or "",
    )
