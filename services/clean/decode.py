"""Bytes to text: the HTTP header, a BOM, <meta charset>, then a detector; GBK family read as GB18030."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from shared.errors import PermanentError

# GB2312 and GBK are subsets of GB18030; reading all three as GB18030 decodes what sites actually send.
ENCODING_ALIASES = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "gb_2312-80": "gb18030",
    "cp936": "gb18030",
    "big5": "big5hkscs",
    "big5-hkscs": "big5hkscs",
    "cp950": "big5hkscs",
    "x-x-big5": "big5hkscs",
    "utf8": "utf-8",
    "unicode-1-1-utf-8": "utf-8",
}
BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)
BINARY_SIGNATURES = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"\x7fELF")
MAX_REPLACEMENT_SHARE = 0.02


CHINESE_ENCODINGS = ["gb18030", "big5", "cp950", "big5hkscs"]
LENIENT_CHAOS = 0.8


def canonical_encoding(name: str) -> str | None:
    """The codec Python should use for a declared charset, or None if Python knows no such codec."""
    name = name.strip().lower()
    name = ENCODING_ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def looks_binary(body: bytes) -> bool:
    """Images, archives, PDFs and anything with NUL bytes in its head is not an article."""
    head = body[:4096]
    if head.startswith(BINARY_SIGNATURES):
        return True
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    return b"\x00" in head


def _strict(body: bytes, encoding: str) -> str | None:
    try:
        return body.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _lenient(body: bytes, encoding: str) -> str | None:
    """Decode tolerating a few bad bytes (real pages have some), but not a wrong guess."""
    try:
        text = body.decode(encoding, errors="replace")
    except LookupError:
        return None
    if text.count("\ufffd") > max(3, MAX_REPLACEMENT_SHARE * len(text)):
        return None
    return text


def decode_body(body: bytes, declared: str | None = None) -> tuple[str, str, str]:
    """Return (text, encoding, how it was decided). Raises PermanentError when nothing decodes."""
    if not body.strip():
        raise PermanentError("empty document", reason="empty")
    if looks_binary(body):
        raise PermanentError("binary content, not a text document", reason="binary")
    for bom, encoding in BOMS:
        if body.startswith(bom):
            text = _lenient(body, encoding)
            if text is not None:
                return text, encoding, "bom"
    candidates: list[tuple[str, str]] = []
    if declared and (enc := canonical_encoding(declared)):
        candidates.append((enc, "header"))
    if match := META_CHARSET.search(body[:4096]):
        enc = canonical_encoding(match.group(1).decode("ascii", "ignore"))
        if enc:
            candidates.append((enc, "meta"))
    for encoding, source in candidates:
        text = _strict(body, encoding) or _lenient(body, encoding)
        if text is not None:
            return text, encoding, source
    text = _strict(body, "utf-8")
    if text is not None:
        return text, "utf-8", "utf-8"
    best = from_bytes(body[:200_000]).best()
    if best is None:
        # A short Big5 or GBK page full of figures can trip the detector's default chaos threshold on one
        # chunk (a 3 KB Big5 story came back with no guess): retry among the Chinese encodings, more tolerant.
        best = from_bytes(body[:200_000], cp_isolation=CHINESE_ENCODINGS, threshold=LENIENT_CHAOS).best()
    if best is not None and best.encoding:
        encoding = canonical_encoding(best.encoding) or best.encoding
        text = _lenient(body, encoding)
        if text is not None:
            return text, encoding, "detector"
    raise PermanentError("could not decode the document in any known encoding", reason="undecodable")
