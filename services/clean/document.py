"""The clean stage's logic, start to end: raw bytes in, a CleanDocument out. No Redis in here."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from shared.chinese import normalize_width
from shared.errors import PermanentError
from shared.messages import CleanDocument, RawDocument

from .boilerplate import body_of_extracted_html, split_article
from .dates import publish_date
from .decode import decode_body
from .html import extract_html, looks_like_html
from .repair import repair_text
from .script import detect_script, to_simplified

TEXT_TYPES = ("text/", "application/xhtml", "application/xml", "application/rss", "application/atom")
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


# 第 1 季合併營收 412.8 億元，年增 61.4%: the spaces some sites put between Chinese and Latin letters or
# digits; the rules read 第1季 and 逾5成 as written without them. A time after a weekday (星期一 18:45) keeps
# its space.
CJK_SPACING = re.compile(
    r"(?<=[\u4e00-\u9fff])[ \u00a0](?=[0-9A-Za-z%(](?!\d?:\d\d))|(?<=[0-9A-Za-z%)])[ \u00a0](?=[\u4e00-\u9fff])"
)


def tight_spacing(text: str) -> str:
    return CJK_SPACING.sub("", text) if " " in text or "\u00a0" in text else text


def check_content_type(content_type: str | None) -> None:
    if content_type and not content_type.lower().startswith(TEXT_TYPES):
        raise PermanentError(f"not a text document: {content_type}", reason="not_text")


def site_of(raw: RawDocument) -> str | None:
    if raw.hints and raw.hints.site:
        return raw.hints.site
    host = urlsplit(raw.final_url).hostname
    return host.removeprefix("www.") if host else None


def clean_document(raw: RawDocument, max_bytes: int | None = None) -> CleanDocument:
    """Decode, find the article, repair, convert to simplified, date it."""
    if max_bytes is not None and len(raw.body) > max_bytes:
        raise PermanentError(f"{len(raw.body)} bytes, over the {max_bytes}-byte limit", reason="too_large")
    check_content_type(raw.content_type)
    text, encoding, encoding_source = decode_body(raw.body, raw.declared_encoding)
    text = CONTROL_CHARS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))

    html_title = html_date = None
    reference_year = None
    is_html = looks_like_html(text, raw.content_type)
    if is_html:
        page = extract_html(text, raw.final_url)
        html_title, html_date, text, reference_year = (
            page.title,
            page.published,
            page.text,
            page.copyright_year,
        )

    repaired, repairs = repair_text(text)
    parts = body_of_extracted_html(repaired, html_title) if is_html else split_article(repaired)
    repairs = [*repairs, *parts.repairs]
    if not parts.body:
        raise PermanentError("no article text found in the document", reason="no_content")
    title = html_title or parts.title
    original = tight_spacing("\n".join(parts.body))

    hints = raw.hints
    script = (hints.script if hints and hints.script else None) or detect_script(f"{title or ''}\n{original}")
    simplified, offsets = to_simplified(original, script)
    published_at, published_source = publish_date(
        hint=hints.published if hints else None,
        html_date=html_date,
        header=parts.header,
        body=parts.body,
        above_title=parts.above_title,
        fetched_at=raw.fetched_at,
        reference_year=reference_year,
    )
    return CleanDocument(
        doc_id=raw.doc_id,
        url=raw.url,
        site=site_of(raw),
        title=normalize_width(to_simplified(title, script)[0]) if title else None,
        published_at=published_at,
        published_source=published_source,
        fetched_at=raw.fetched_at,
        encoding=encoding,
        encoding_source=encoding_source,
        script=script,
        text=normalize_width(simplified),
        original=original,
        offsets=offsets,
        repairs=repairs,
        sha256=raw.sha256,
    )
