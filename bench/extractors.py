"""Main-content extractors side by side: body quality on the HTML gold corpus and pages/s on portal pages.

The clean stage against what a user would pick instead: trafilatura (fast and default), resiliparse's
main-content extraction, readability-lxml and GNE. Each gets the decoded HTML and returns plain text;
quality is character-level precision/recall against tests/gold/html on simplified text.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from pathlib import Path

import trafilatura

from services.clean.decode import decode_body
from services.clean.document import clean_document
from services.fetch.sources import raw_document
from tests.evaluate import BodyOverlap, simplified

from .corpus import Page

GOLD_HTML = Path(__file__).resolve().parent.parent / "tests" / "gold" / "html"
TAGS = re.compile(r"<[^>]+>")


def _suanli(html: str) -> str:
    raw = raw_document(
        "https://bench/x",
        html.encode("utf-8"),
        content_type="text/html; charset=utf-8",
        declared_encoding="utf-8",
    )
    return clean_document(raw).original


def _trafilatura_fast(html: str) -> str:
    return trafilatura.extract(html, fast=True, include_comments=False, include_tables=True) or ""


def _trafilatura_default(html: str) -> str:
    return trafilatura.extract(html, include_tables=True) or ""


def _resiliparse(html: str) -> str:
    from resiliparse.extract.html2text import extract_plain_text  # noqa: PLC0415

    return extract_plain_text(html, main_content=True)


def _readability(html: str) -> str:
    from readability import Document  # noqa: PLC0415

    return TAGS.sub("\n", Document(html).summary(html_partial=True))


def _gne(html: str) -> str:
    from gne import GeneralNewsExtractor  # noqa: PLC0415

    return GeneralNewsExtractor().extract(html).get("content", "")


EXTRACTORS: dict[str, Callable[[str], str]] = {
    "suanli_clean": _suanli,
    "trafilatura_fast": _trafilatura_fast,
    "trafilatura_default": _trafilatura_default,
    "resiliparse_main_content": _resiliparse,
    "readability_lxml": _readability,
    "gne": _gne,
}


def compare_extractors(pages: list[Page]) -> dict[str, dict[str, float]]:
    """Per extractor: body precision/recall/F1 on the gold corpus, pages/s on the given pages."""
    index = json.loads((GOLD_HTML / "index.json").read_text(encoding="utf-8"))["pages"]
    gold = []
    for page in index:
        html, _, _ = decode_body((GOLD_HTML / page["file"]).read_bytes())
        expected = (GOLD_HTML / page["file"].replace(".html", ".expected.txt")).read_text(encoding="utf-8")
        gold.append((html, simplified(expected, page["script"]), page["script"]))
    decoded = [decode_body(p.body, p.encoding)[0] for p in pages]
    results: dict[str, dict[str, float]] = {}
    for name, extract in EXTRACTORS.items():
        try:
            extract(decoded[0])
        except ImportError:
            results[name] = {"available": 0.0}
            continue
        bodies = BodyOverlap()
        for html, want, script in gold:
            try:
                got = simplified(extract(html), script)
            except Exception:  # noqa: BLE001 - an extractor that fails on a page scores nothing there
                got = ""
            bodies.add(got, want)
        started = time.process_time()
        for html in decoded:
            extract(html)
        seconds = time.process_time() - started
        results[name] = {
            **bodies.figures(),
            "pages_per_s": len(decoded) / seconds if seconds else float("inf"),
        }
    return results
