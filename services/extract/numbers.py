"""Numbers as written in Chinese news: Arabic with separators, Chinese numerals, and the two mixed.

`parse_number` turns one numeral (no unit, no multiplier suffix) into a float. Chinese numerals are parsed
here rather than with cn2an because news text needs forms cn2an rejects or reads differently: a bare
`百` in 近百, 廿/卅, digit-by-digit years `二〇三〇`, and `两`.
"""

from __future__ import annotations

import re

from .skipping import compile_skipping

DIGITS = {
    "零": 0,
    "〇": 0,
    "○": 0,
    "一": 1,
    "壹": 1,
    "二": 2,
    "贰": 2,
    "两": 2,
    "俩": 2,
    "三": 3,
    "叁": 3,
    "四": 4,
    "肆": 4,
    "五": 5,
    "伍": 5,
    "六": 6,
    "陆": 6,
    "七": 7,
    "柒": 7,
    "八": 8,
    "捌": 8,
    "九": 9,
    "玖": 9,
}
SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
TENS_SHORTHAND = {"廿": 20, "卅": 30, "卌": 40}

ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# 点 only between numerals (三点五): a lone 点 is the 点 of 重点项目.
# 千 not where it starts a unit: 四亿千瓦时 is 四亿 of 千瓦时, not 四亿千 of 瓦时.
# 七四三七·三億美元, 卅八·六%, 二八○六．二四億元 (Taiwan's official style): a dot is the decimal point.
CHINESE = r"(?:[零〇○一二两三四五六七八九十百万亿廿卅卌]|千(?!瓦|米|克|兆|伏|赫))+(?:[点·‧・.．][零〇○一二两三四五六七八九]+)?"
ARABIC_RE = compile_skipping(rf"^(?:{ARABIC})$")
DECIMAL_DOT = re.compile(r"[·‧・.．]")


def _parse_section(text: str) -> float:
    """A numeral below 万: 三百六十, 十一, 二十五, 廿三, 百."""
    total = 0.0
    digit: float | None = None
    for char in text:
        if char in DIGITS:
            digit = DIGITS[char]
        elif char in TENS_SHORTHAND:
            total += TENS_SHORTHAND[char]
            digit = None
        elif char in SMALL_UNITS:
            total += (1 if digit is None else digit) * SMALL_UNITS[char]
            digit = None
        else:
            raise ValueError(f"not a Chinese numeral: {text!r}")
    return total + (digit or 0)


def _parse_integer(text: str) -> float:
    """A Chinese integer numeral with 万/亿 groups: 一亿两千万, 三万五千."""
    if not text:
        return 0.0
    if all(char in DIGITS for char in text) and len(text) > 1:
        # Digit by digit: 二〇三〇 is 2030, not 5.
        return float("".join(str(DIGITS[char]) for char in text))
    for unit, factor in (("亿", 10**8), ("万", 10**4)):
        if unit in text:
            high, _, low = text.partition(unit)
            return (_parse_integer(high) if high else 1) * factor + _parse_integer(low)
    return _parse_section(text)


def parse_chinese(text: str) -> float:
    """三点五 -> 3.5, 卅八·六 -> 38.6; 百分之 is handled by the caller."""
    whole, _, fraction = DECIMAL_DOT.sub("点", text).partition("点")
    value = _parse_integer(whole)
    if fraction:
        value += float("0." + "".join(str(DIGITS[c]) for c in fraction if c in DIGITS) or "0")
    return value


def parse_number(text: str) -> float:
    """Arabic (`1,000`, `725.3`) or Chinese (`二〇三〇`, `三百六十`, `十一`) numeral to a float."""
    text = text.strip()
    if ARABIC_RE.match(text):
        return float(text.replace(",", ""))
    return parse_chinese(text)
