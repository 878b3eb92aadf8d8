"""Repairs of damage real pages carry, each recorded so a reader can see what was changed.

- pinyin annotations inserted by broken converters: 發(fā)展 -> 發展, only when the pinyin is a reading
  of the character before it (so 聯通(6.230...) or (合肥) are never touched);
- inline stock quotes after company names: 中國聯通(6.230, 0.02, 0.32%) -> 中國聯通;
- GBK text decoded one byte out of step (!爸撬阒行牡囊 for “智算中心的引入): re-aligned when the
  re-aligned bytes read as more probable Chinese, otherwise the run is marked so extract ignores it.
"""

from __future__ import annotations

import html
import math
import re
import unicodedata
from functools import cache

from pypinyin import Style, pinyin

from shared.messages import MOJIBAKE_MARK, Repair

PINYIN_ANNOTATION = re.compile(r"([\u3400-\u9fff])[(（]([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüń]{1,7})[)）]")
STOCK_QUOTE = re.compile(
    r"(?<=[\u3400-\u9fffA-Za-z）)])\s?[(（]\s*\d+(?:\.\d+)?\s*[,，]\s*[-+]?\d+(?:\.\d+)?\s*[,，]"
    r"\s*[-+]?\d+(?:\.\d+)?\s*[%％]\s*[)）]"
)
PRIVATE_USE = re.compile(r"[\ue000-\uf8ff]")
MAX_RUN = 24
MIN_GAIN = 5.0
"""Least likelihood gain (nats, summed over the run) for a re-alignment to be trusted."""


def _readings(char: str) -> set[str]:
    return {r.lower() for r in pinyin(char, heteronym=True, style=Style.TONE)[0]} | {
        r.lower() for r in pinyin(char, heteronym=True, style=Style.NORMAL)[0]
    }


def strip_pinyin_annotations(text: str) -> tuple[str, list[Repair]]:
    """Remove `(pinyin)` right after a character when it is one of that character's readings."""
    repairs: list[Repair] = []

    def replace(match: re.Match[str]) -> str:
        char, annotation = match.group(1), match.group(2)
        if annotation.lower() in _readings(char):
            repairs.append(Repair(kind="pinyin_annotation", before=match.group(0), after=char))
            return char
        return match.group(0)

    return PINYIN_ANNOTATION.sub(replace, text), repairs


def strip_stock_quotes(text: str) -> tuple[str, list[Repair]]:
    """Remove `(price, change, change%)` tickers that portals insert after listed company names."""
    repairs: list[Repair] = []

    def replace(match: re.Match[str]) -> str:
        repairs.append(Repair(kind="stock_quote", before=match.group(0), after=""))
        return ""

    return STOCK_QUOTE.sub(replace, text), repairs


@cache
def _char_weights() -> dict[str, float]:
    """log-frequency of each character in jieba's word list: how probable it is in Chinese text."""
    import jieba  # noqa: PLC0415 - 0.5 s to load; only pages with garbled runs need it

    jieba.setLogLevel(60)
    jieba.initialize()
    counts: dict[str, int] = {}
    for word, freq in jieba.dt.FREQ.items():
        for char in word:
            counts[char] = counts.get(char, 0) + freq
    return {char: math.log1p(count) for char, count in counts.items()}


@cache
def _word_freq() -> dict[str, int]:
    import jieba  # noqa: PLC0415

    jieba.initialize()
    return jieba.dt.FREQ


def _likelihood(text: str) -> float:
    """Summed log-frequency of the characters: real Chinese scores high, mojibake low."""
    weights = _char_weights()
    return sum(weights.get(char, 0.0) for char in text)


def _to_gbk_bytes(run: str) -> bytes | None:
    """The bytes the garbled run was decoded from (half-width ASCII punctuation was full-width once)."""
    widened = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in run)
    try:
        return widened.encode("gb18030")
    except UnicodeEncodeError:
        return None


def _complete_trailing_lead(decoded_prefix: str, lead: int) -> str:
    """A last lead byte lost its partner: pick the partner making the most frequent word with the text before."""
    words = _word_freq()
    best, best_freq = "", 0
    for trail in range(0xA1, 0xFF):
        try:
            char = bytes([lead, trail]).decode("gb18030")
        except UnicodeDecodeError:
            continue
        for size in (3, 2):
            freq = (
                words.get(decoded_prefix[-(size - 1) :] + char, 0) if len(decoded_prefix) >= size - 1 else 0
            )
            if freq > best_freq:
                best, best_freq = char, freq
    return best


def _realign(run: str) -> str | None:
    """Decode the run's bytes one byte later; None when they don't form valid, PUA-free text."""
    raw = _to_gbk_bytes(run)
    if raw is None or len(raw) < 3:
        return None
    shifted = raw[1:]
    dangling = None
    if len(shifted) % 2 == 1 and shifted[-1] >= 0x81:
        shifted, dangling = shifted[:-1], shifted[-1]
    try:
        decoded = shifted.decode("gb18030")
    except UnicodeDecodeError:
        return None
    if PRIVATE_USE.search(decoded) or any(unicodedata.category(c).startswith("C") for c in decoded):
        return None
    if dangling is not None:
        decoded += _complete_trailing_lead(decoded, dangling)
    return decoded


def _is_run_char(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff" or "\ue000" <= char <= "\uf8ff" or char in "!！"


def repair_gbk_misalignment(text: str) -> tuple[str, list[Repair]]:
    """Find runs anchored on private-use characters (the tell of shifted GBK) and re-align them."""
    repairs: list[Repair] = []
    out: list[str] = []
    cursor = 0
    for anchor in PRIVATE_USE.finditer(text):
        end = anchor.end()
        if anchor.start() < cursor:
            continue
        best: tuple[float, int, str] | None = None
        start = anchor.start()
        while start > cursor and anchor.start() - start < MAX_RUN and _is_run_char(text[start - 1]):
            start -= 1
            candidate = _realign(text[start:end])
            if candidate is None:
                continue
            # Summed, not averaged: the whole garbled run gains more than any piece of it.
            gain = _likelihood(candidate) - _likelihood(text[start:end])
            if best is None or gain >= best[0]:  # ties: the longer run explains more
                best = (gain, start, candidate)
        out.append(text[cursor : best[1] if best and best[0] > MIN_GAIN else anchor.start()])
        if best and best[0] > MIN_GAIN:
            _, start, candidate = best
            repairs.append(Repair(kind="gbk_misalignment", before=text[start:end], after=candidate))
            out.append(candidate)
        else:
            repairs.append(Repair(kind="unrepairable_mojibake", before=anchor.group(0), after=MOJIBAKE_MARK))
            out.append(MOJIBAKE_MARK)
        cursor = end
    out.append(text[cursor:])
    return "".join(out), repairs


# A page's HTML copied as text: <p>, <br>, &nbsp; &quot; left between the sentences.
HTML_REMNANT = re.compile(
    r"</?(?:p|br|div|span|strong|b|em|i)\b[^<>]{0,40}/?>|&(?:nbsp|quot|amp|lt|gt|apos|#\d{2,5});",
    re.IGNORECASE,
)
BREAKING_TAG = re.compile(r"<(?:br|/p|/div)\b", re.IGNORECASE)


def strip_html_remnants(text: str) -> tuple[str, list[Repair]]:
    """Tags left in a text page become line breaks (the ones that break a line) or nothing; entities
    become their characters (&nbsp; a space)."""
    if "<" not in text and "&" not in text:
        return text, []
    repairs: list[Repair] = []

    def replace(match: re.Match[str]) -> str:
        found = match.group(0)
        after = "\n" if BREAKING_TAG.match(found) else ("" if found.startswith("<") else html.unescape(found))
        repairs.append(Repair(kind="html_remnant", before=found, after=after))
        return after.replace("\xa0", " ")

    return HTML_REMNANT.sub(replace, text), repairs


def repair_text(text: str) -> tuple[str, list[Repair]]:
    """Apply every repair, in an order where each one sees the text the previous one left."""
    repairs: list[Repair] = []
    for step in (repair_gbk_misalignment, strip_html_remnants, strip_pinyin_annotations, strip_stock_quotes):
        text, found = step(text)
        repairs.extend(found)
    return text, repairs
