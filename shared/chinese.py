"""Chinese text helpers both clean and extract need: OpenCC converters, half-width normalisation, and the
marks of lines both read the same way."""

from __future__ import annotations

import re
from functools import cache

import opencc

FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20, 0xA0: 0x20}
# Keep Chinese clause punctuation: extract splits clauses on it. Only digits, letters, %, . and the
# comma inside numbers need to be plain for parsing.
for _keep in "，；：？！（）":
    FULL_WIDTH.pop(ord(_keep), None)

NAME_CONFIGS = {"traditional_tw": "tw2s", "traditional_hk": "hk2s", "traditional": "t2s"}
"""Character by character, no phrase table: the Taiwan phrase conversion the body gets turns names
into mainland words (數位發展部 into 数字发展部), so names are read from text converted this way."""


@cache
def converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def normalize_width(text: str) -> str:
    """Full-width digits, letters, ％ and ． to ASCII, one character for one (offsets stay valid)."""
    return text.translate(FULL_WIDTH)


# 昇 (華為昇騰, 緯昇) and 矽 (矽品, 矽力杰) are written so in simplified names too; OpenCC makes them 升, 硅.
KEPT_IN_NAMES = frozenset("昇矽")


def names_simplified(text: str, script: str) -> str:
    """Text in simplified characters with its names as written (see NAME_CONFIGS)."""
    config = NAME_CONFIGS.get(script)
    if not config:
        return normalize_width(text)
    converted = converter(config).convert(text)
    if len(converted) == len(text) and any(char in KEPT_IN_NAMES for char in text):
        converted = "".join(a if a in KEPT_IN_NAMES else b for a, b in zip(text, converted, strict=True))
    return normalize_width(converted)


TRANSCRIPT_ROLES = "发布人|主持人|发言人|嘉宾|答问人|主讲人"
"""【发布人　周立衡】: the roles a transcript's speaker labels name (clean keeps each label, extract reads who
speaks from it)."""
FLASH_ITEM_OPENING = r"\d{1,2}:\d{2}(?::\d{2})?\s*[《【]"
"""15:36　《业绩》…, 09:46　【贵州算力总规模达68EFLOPS】, 10:47:05 【…】: how a wire's or a flash list's item opens,
its time (seconds too) and tag (clean keeps each item a line of its own; extract reads each as a story of its own)."""
DATA_SOURCE_NOTE = re.compile(r"(?:^|\s)(?:数据来源|资料来源|数据源|資料來源|數據來源)[：:]")
"""数据来源：…，统计截至6月30日 under a chart (資料來源 reads 数据源 once converted; 制图：…　数据来源：… too): a line
of its own (clean) that names no time of the text's (extract)."""
