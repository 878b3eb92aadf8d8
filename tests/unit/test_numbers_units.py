import math

import pytest

from services.extract.facts import extract_facts
from services.extract.numbers import parse_number
from services.extract.quantities import find_quantities, find_ranks
from tests.evaluate import document_from_text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,000", 1000),
        ("725.3", 725.3),
        ("十一", 11),
        ("两千", 2000),
        ("三百六十", 360),
        ("廿三", 23),
        ("二〇三〇", 2030),
        ("一亿两千万", 120_000_000),
        ("三点五", 3.5),
        ("零点五", 0.5),
        ("百", 100),
        ("十", 10),
        ("二十五万", 250_000),
    ],
)
def test_parse_number(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize(
    ("sentence", "value", "unit", "high"),
    [
        ("市场规模达879亿元", 8.79e10, "CNY", None),
        ("智能算力规模达725.3EFLOPS", 7.253e20, "FLOPS", None),
        ("算力规模达到2000P", 2e18, "FLOPS", None),
        ("总算力达到280 EFlops", 2.8e20, "FLOPS", None),
        ("5G基站总数达455万个", 4.55e6, "count", None),
        ("千兆宽带用户达2.26亿户", 2.26e8, "count", None),
        ("为GDP贡献超过人民币11兆元", 1.1e13, "CNY", None),
        ("装机容量120兆瓦", 1.2e8, "W", None),
        ("在用标准机架超过810万架", 8.1e6, "rack", None),
        ("增长超4成", 40, "percent", None),
        ("百分之三十五", 35, "percent", None),
        ("提高了2个百分点", 2, "percentage_point", None),
        ("大概占到GDP的4%到5%", 4, "percent", 5),
        ("建设10至20个智算中心", 10, "count", 20),
        ("需求是十倍，甚至百倍的增长", 10, "multiple", 100),
        ("存力总规模达到1200EB", 1.2e21, "byte", None),
        ("投资约2.3万亿美元", 2.3e12, "USD", None),
        ("补贴1千万元", 1e7, "CNY", None),
        ("规模达3千亿元", 3e11, "CNY", None),
        ("融资5百万美元", 5e6, "USD", None),
    ],
)
def test_quantities(sentence: str, value: float, unit: str, high: float | None) -> None:
    found = find_quantities(sentence)
    assert found, sentence
    q = found[0]
    assert q.unit.canonical == unit
    assert math.isclose(q.value, value, rel_tol=1e-9)
    assert q.value_high == (pytest.approx(high) if high is not None else None)


@pytest.mark.parametrize(
    "sentence",
    [
        "中国联通的H20晶片",
        "英伟达A100芯片",
        "5G基站",
        "2025年3月13日 08:23",
        "电话86-010-87765777",
        "京ICP备08004280号-1",
        "千兆宽带",
        "一体化服务生态",
        "两个方面",
        "7.5地震",
        "0 則留言",
        "第二波",
        "30日内与本网联系",
        "一批重点项目",
        "1年半",
    ],
)
def test_no_quantity_in_noise(sentence: str) -> None:
    assert find_quantities(sentence) == []
    assert find_ranks(sentence) == []


def test_rank_needs_scope_or_verb() -> None:
    assert [q.value for q in find_ranks("算力总规模位居全球第二")] == [2]
    assert find_ranks("第二批项目") == []


def test_macau_patacas_are_their_own_currency() -> None:
    document = document_from_text(
        "澳門特區政府表示，數據中心項目總投資約12億澳門元。\n\n這是一段沒有數字的正文說明，用來讓文章成為完整的段落。",
        "2026-05-01",
    )
    fact = next(f for f in extract_facts(document)[0] if f.unit == "MOP")
    assert (fact.value, fact.region, fact.metric) == (1.2e9, "MO", "computing_centre_investment")


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("开源模型全球下载量已超过6亿次", 6e8, "count"),
        ("平台日均调用量达10万亿次", 1e13, "count"),
        ("全年跨区域算力调度约12.6亿次", 1.26e9, "count"),
        ("峰值速度达到每秒10万亿次", 1e13, "FLOPS"),
        ("算力达到1亿次浮点运算", 1e8, "FLOPS"),
        ("计算能力达10万亿次", 1e13, "FLOPS"),
    ],
)
def test_times_counted_apart_from_operations_a_second(sentence: str, value: float, unit: str) -> None:
    (found,) = find_quantities(sentence)
    assert (found.value, found.unit.canonical) == (pytest.approx(value), unit)
