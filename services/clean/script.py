"""Script: detect simplified / traditional (Taiwan, Hong Kong) and convert to simplified with OpenCC,
keeping a map from every character of the converted text back to the original."""

from __future__ import annotations

import re

from shared.chinese import converter
from shared.messages import Script

# Vocabulary that marks Taiwan or Hong Kong usage (the characters alone don't tell them apart).
TAIWAN_MARKERS = re.compile(
    r"臺灣|台灣|軟體|硬體|晶片|伺服器|資料中心|資料庫|網路|數位|資訊|智慧算力|人工智慧|影片|記者.{2,4}／|"
    r"聯合報|中央社|自由時報|經濟日報|工商時報|新台幣|民國\d+年|立法院|行政院|年增|月增|季增|萬瓩|億度|經濟部|國發會|台電|數發部"
)
HONG_KONG_MARKERS = re.compile(
    r"香港|港元|港幣|港府|特區政府|特首|行政長官|施政報告|立法會|數碼港|科學園|本港|嘅|咗|冇|喺|啲|星島|明報|東方日報|"
    r"按年|按季|恒指|恒生指數|港股|港交所|聯交所|\d{4,5}\.HK|九龍|新界|將軍澳"
)
CONFIGS: dict[Script, str] = {"traditional_tw": "tw2sp", "traditional_hk": "hk2s", "traditional": "t2s"}


HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


def han_count(text: str) -> int:
    """Chinese characters in the text (counted by runs: four times faster than char by char)."""
    return sum(map(len, HAN_RUN.findall(text)))


def detect_script(text: str) -> Script:
    """Simplified unless a noticeable share of characters changes under t2s; then which region's vocabulary."""
    han = han_count(text)
    if han == 0:
        return "unknown"
    converted = converter("t2s").convert(text)
    if converted == text:
        return "simplified"
    changed = sum(1 for a, b in zip(text, converted, strict=False) if a != b)
    if changed / han < 0.02:
        return "simplified"
    taiwan = len(TAIWAN_MARKERS.findall(text))
    hong_kong = len(HONG_KONG_MARKERS.findall(text))
    if taiwan >= 2 and taiwan > hong_kong:
        return "traditional_tw"
    if hong_kong >= 2:
        return "traditional_hk"
    return "traditional"


def _aligned(original: str, converted: str, base: int) -> list[int]:
    """Offsets for one line: identity when lengths agree, else proportional within the line."""
    if len(original) == len(converted):
        return list(range(base, base + len(original)))
    if not converted:
        return []
    scale = len(original) / len(converted)
    return [base + min(len(original) - 1, int(i * scale)) for i in range(len(converted))]


# (as written, as Taiwan's phrase table renders it, as meant): 数字经济核心产业 is no kernel industry (内核),
# 今年新增 no "add" button (添加), 11月启用 no activated account (激活). The rules read 新增 as a flow and
# 启用 as an opening.
KEPT_AS_WRITTEN = (
    ("核心", "内核", "核心"),
    ("新增", "添加", "新增"),
    ("啟用", "激活", "启用"),
    ("启用", "激活", "启用"),
    ("昇", "升", "昇"),  # 瑞昇電腦, 華為昇騰: names write 昇 in simplified too (shared.chinese.KEPT_IN_NAMES)
)


def _kept_as_written(line: str, converted: str) -> str:
    """The words of KEPT_AS_WRITTEN as the line wrote them: where the line kept its length the spots line
    up; otherwise every rendering goes back when there are as many as the line has words."""
    for written, rendered, meant in KEPT_AS_WRITTEN:
        if written not in line or rendered not in converted:
            continue
        if len(line) != len(converted):
            if line.count(written) == converted.count(rendered):
                converted = converted.replace(rendered, meant)
            continue
        chars = list(converted)
        at = line.find(written)
        while at >= 0:
            if converted[at : at + len(rendered)] == rendered:
                chars[at : at + len(meant)] = meant
            at = line.find(written, at + len(written))
        converted = "".join(chars)
    return converted


def to_simplified(original: str, script: Script) -> tuple[str, list[int]]:
    """Convert line by line so a length change in one phrase can't shift offsets in the rest."""
    config = CONFIGS.get(script)
    if config is None:
        return original, list(range(len(original)))
    convert = converter(config)
    parts: list[str] = []
    offsets: list[int] = []
    base = 0
    for line in original.splitlines(keepends=True):
        converted = convert.convert(line)
        if any(rendered in converted for _, rendered, _ in KEPT_AS_WRITTEN):
            converted = _kept_as_written(line, converted)
        parts.append(converted)
        offsets.extend(_aligned(line, converted, base))
        base += len(line)
    return "".join(parts), offsets
