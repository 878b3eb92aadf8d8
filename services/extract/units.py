"""Units as written -> canonical unit and the factor to base units. This vocabulary is a contract:
CNY USD HKD TWD MOP MYR SGD EUR JPY, FLOPS, W, Wh, tCO2e, byte, rack, count, percent, percentage_point, multiple, rank, ratio."""

from __future__ import annotations

import re
from dataclasses import dataclass

MONEY = frozenset({"CNY", "USD", "HKD", "TWD", "MOP", "MYR", "SGD", "EUR", "JPY"})


@dataclass(frozen=True)
class Unit:
    canonical: str
    factor: float = 1.0


# (pattern as written, unit). Matched longest first, right after the number and its multiplier.
UNITS: list[tuple[str, Unit]] = [
    # money
    ("元人民币", Unit("CNY")),
    ("人民币", Unit("CNY")),  # 签38.6亿人民币智算服务合同: the currency with no 元
    ("元", Unit("CNY")),
    ("块钱", Unit("CNY")),
    ("美元", Unit("USD")),
    ("美金", Unit("USD")),
    ("港元", Unit("HKD")),
    ("港仙", Unit("HKD", 0.01)),  # 每股基本盈利21.6港仙: Hong Kong cents
    ("仙", Unit("HKD", 0.01)),  # 每股盈利24.7仙
    ("港币", Unit("HKD")),
    ("澳门元", Unit("MOP")),
    ("澳门币", Unit("MOP")),
    ("新台币", Unit("TWD")),
    ("台币", Unit("TWD")),
    ("令吉", Unit("MYR")),
    ("林吉特", Unit("MYR")),
    ("新加坡元", Unit("SGD")),
    ("新元", Unit("SGD")),
    ("新币", Unit("SGD")),
    ("欧元", Unit("EUR")),
    ("日元", Unit("JPY")),
    # computing power
    # network bandwidth
    ("Tbps", Unit("bps", 1e12)),
    ("Gbps", Unit("bps", 1e9)),
    ("ZFLOPS", Unit("FLOPS", 1e21)),
    # 超过100每秒浮点运算次数（exaFLOPS）: the English prefix spelled out, with or without its gloss
    ("每秒浮点运算次数（exaFLOPS）", Unit("FLOPS", 1e18)),
    ("每秒浮点运算次数（petaFLOPS）", Unit("FLOPS", 1e15)),
    ("exaFLOPS", Unit("FLOPS", 1e18)),
    ("ExaFLOPS", Unit("FLOPS", 1e18)),
    ("petaFLOPS", Unit("FLOPS", 1e15)),
    ("PetaFLOPS", Unit("FLOPS", 1e15)),
    ("EFLOPS", Unit("FLOPS", 1e18)),
    ("EFlops", Unit("FLOPS", 1e18)),
    ("Eflops", Unit("FLOPS", 1e18)),
    ("PFLOPS", Unit("FLOPS", 1e15)),
    ("匹(?=算力)", Unit("FLOPS", 1e15)),  # 本港今年年底可提供5千匹算力: Hong Kong's spoken P
    ("PFlops", Unit("FLOPS", 1e15)),
    ("Pflops", Unit("FLOPS", 1e15)),
    ("TFLOPS", Unit("FLOPS", 1e12)),
    ("TFlops", Unit("FLOPS", 1e12)),
    ("GFLOPS", Unit("FLOPS", 1e9)),
    # 星座在轨总算力约15.6POPS: a constellation's operations a second, the compute it is counted in (a single
    # chip's TOPS is a rating, left out)
    ("POPS", Unit("FLOPS", 1e15)),
    ("EOPS", Unit("FLOPS", 1e18)),
    # (a broker's estimated year, 2026E营收, is told apart in quantities.find_quantities)
    (r"E(?![A-Za-z]|\s[A-Z])", Unit("FLOPS", 1e18)),
    ("P(?![A-Za-z])", Unit("FLOPS", 1e15)),
    ("万亿亿次", Unit("FLOPS", 1e20)),  # 每秒1.2万亿亿次: 120 EFLOPS
    ("千亿亿次", Unit("FLOPS", 1e19)),
    ("百亿亿次", Unit("FLOPS", 1e18)),
    ("亿亿次", Unit("FLOPS", 1e16)),
    ("千万亿次", Unit("FLOPS", 1e15)),
    ("万亿次", Unit("FLOPS", 1e12)),
    ("亿次", Unit("FLOPS", 1e8)),  # (downloads and calls counted in 亿次 are told apart in quantities)
    # power and energy
    ("万千瓦", Unit("W", 1e7)),
    ("万瓩", Unit("W", 1e7)),
    ("瓩", Unit("W", 1e3)),
    ("千瓦时", Unit("Wh", 1e3)),
    ("太瓦时", Unit("Wh", 1e12)),
    ("吉瓦时", Unit("Wh", 1e9)),
    ("兆瓦时", Unit("Wh", 1e6)),
    ("TWh", Unit("Wh", 1e12)),
    ("GWh", Unit("Wh", 1e9)),
    ("MWh", Unit("Wh", 1e6)),
    ("度电", Unit("Wh", 1e3)),
    # 10亿度: 度 is a kilowatt-hour only after 万 or 亿 (25度 is a temperature, 360度 an angle).
    ("(?<=[万亿])度", Unit("Wh", 1e3)),
    ("千瓦", Unit("W", 1e3)),
    ("兆瓦", Unit("W", 1e6)),
    ("吉瓦", Unit("W", 1e9)),
    ("瓦时", Unit("Wh")),
    ("瓦", Unit("W")),
    ("kWh", Unit("Wh", 1e3)),
    ("kW", Unit("W", 1e3)),
    ("KW", Unit("W", 1e3)),
    ("MW", Unit("W", 1e6)),
    ("GW", Unit("W", 1e9)),
    # storage
    ("ZB", Unit("byte", 1e21)),
    ("EB", Unit("byte", 1e18)),
    ("PB", Unit("byte", 1e15)),
    ("TB", Unit("byte", 1e12)),
    ("GB", Unit("byte", 1e9)),
    ("字节", Unit("byte")),
    # greenhouse gas emitted, in tonnes of CO2 equivalent: what a data centre's ESG report counts
    ("吨二氧化碳当量", Unit("tCO2e")),
    ("吨CO2e", Unit("tCO2e")),
    ("tCO2e", Unit("tCO2e")),
    # racks
    ("标准机架", Unit("rack")),
    ("机架", Unit("rack")),
    ("机柜", Unit("rack")),
    ("柜", Unit("rack")),
    ("架", Unit("rack")),
    # counts
    ("个(?!半?月|半?小时|工作日|工作天|交易日|百分点|会计年度|季度|年度|财年)", Unit("count")),
    ("片", Unit("count")),
    ("座", Unit("count")),
    ("处(?![于理置长在])", Unit("count")),  # 设置3处数据中心专区 (sites), not 处于, 处理
    ("幅(?![图画])", Unit("count")),  # 推出4幅土地 (plots), not 4幅图
    # floor and land area: data-centre space is sold and planned by the square metre
    ("平方公里", Unit("m2", 1e6)),
    ("平方米", Unit("m2")),
    # Hong Kong measures floors in square feet.
    ("平方呎", Unit("m2", 0.09290304)),
    ("平方英尺", Unit("m2", 0.09290304)),
    ("㎡", Unit("m2")),
    ("家", Unit("count")),
    ("间(?![隔距断歇])", Unit("count")),  # 逾400间初创企业 (Hong Kong)
    ("户", Unit("count")),
    ("台", Unit("count")),
    ("张", Unit("count")),
    ("块", Unit("count")),
    ("条", Unit("count")),
    ("项", Unit("count")),
    # 60万亿tokens, 25万亿个token: what large models are used by
    ("tokens", Unit("count")),
    ("Tokens", Unit("count")),
    ("token", Unit("count")),
    ("Token", Unit("count")),
    ("词元", Unit("count")),
    ("名(?![称稱次列单義义牌片])", Unit("count")),  # (not 名称: a quote box's 6782名称)
    ("人次", Unit("count")),  # 超过15万人次: visits, counted
    ("人", Unit("count")),
    ("所", Unit("count")),
    ("套", Unit("count")),
    ("款", Unit("count")),
    ("颗", Unit("count")),
    ("卡", Unit("count")),
    ("枚", Unit("count")),
    ("栋", Unit("count")),
    ("件(?!事)", Unit("count")),  # 申请案件数达79件: cases, applications
    ("宗(?!旨|教|师)", Unit("count")),  # 另有23宗申请 (Hong Kong: cases, applications)
    ("笔(?!记|者|试|画|墨|名|触)", Unit("count")),  # 共完成融资41笔: deals, transactions
    ("只(?![有是要能需不])", Unit("count")),  # 共6只数据中心REITs: funds, listed shares
    # 约1,450支智慧灯柱, 12支基金, 8支队伍; not the verb of 10亿元支持, 支付, 支出, 支撑, 支援, 支农, 支教, nor 支柱,
    # 支部, 支线, 支行
    ("支(?![持付出撑援农教柱部线行])", Unit("count")),
    ("次(?![浮运计方级会])", Unit("count")),  # 跨区域算力调度约12.6万次: times something was done
    # ratios
    ("个基点", Unit("percentage_point", 0.01)),  # 增加70至100个基点: basis points
    ("基点", Unit("percentage_point", 0.01)),
    ("个百分点", Unit("percentage_point")),
    ("百分点", Unit("percentage_point")),
    ("%", Unit("percent")),
    ("成", Unit("percent", 10.0)),
    ("倍", Unit("multiple")),
]

LOOKAROUND = re.compile(r"\(\?<?[=!][^)]*\)")


def _written(pattern: str) -> str:
    """The text a unit pattern matches: the pattern without its lookarounds (个(?!月) is 个)."""
    return LOOKAROUND.sub("", pattern)


UNIT_PATTERN = "|".join(
    f"(?:{pattern})" for pattern, _ in sorted(UNITS, key=lambda item: len(_written(item[0])), reverse=True)
)

MULTIPLIERS = {
    "万亿": 1e12,
    "亿": 1e8,
    "万": 1e4,
    "千": 1e3,
    "百": 1e2,
    "千万": 1e7,
    "百万": 1e6,
    "千亿": 1e11,
    "百亿": 1e10,
    "千万亿": 1e15,
    "百万亿": 1e14,
}
TAIWAN_TRILLION = 1e12
"""兆 before a currency, in Taiwan/Hong Kong text, is 10^12 (mainland 万亿)."""


_LITERAL = {_written(pattern): unit for pattern, unit in UNITS}


def lookup_unit(written: str) -> Unit | None:
    """The unit for text exactly as the quantity pattern matched it (lookaheads don't consume, so the
    matched text of `个(?!月)` is just 个)."""
    return _LITERAL.get(written)


def is_money(unit: Unit | None) -> bool:
    return unit is not None and unit.canonical in MONEY
