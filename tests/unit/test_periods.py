from datetime import date

import pytest

from services.extract.periods import blocks_period, find_periods

PUBLISHED = date(2025, 8, 25)


@pytest.mark.parametrize(
    ("text", "label", "start", "end"),
    [
        ("2024年", "2024", date(2024, 1, 1), date(2024, 12, 31)),
        ("2025年上半年", "2025-H1", date(2025, 1, 1), date(2025, 6, 30)),
        ("2025年第二季度", "2025-Q2", date(2025, 4, 1), date(2025, 6, 30)),
        ("截至6月底", "2025-06-30", date(2025, 6, 30), date(2025, 6, 30)),
        ("截至今年6月底", "2025-06-30", date(2025, 6, 30), date(2025, 6, 30)),
        ("去年", "2024", date(2024, 1, 1), date(2024, 12, 31)),
        ("明年", "2026", date(2026, 1, 1), date(2026, 12, 31)),
        ("今年年底", "2025-12-31", date(2025, 12, 31), date(2025, 12, 31)),
        ("十四五期间", "2021/2025", date(2021, 1, 1), date(2025, 12, 31)),
        ("二〇三〇年", "2030", date(2030, 1, 1), date(2030, 12, 31)),
        ("民國114年", "2025", date(2025, 1, 1), date(2025, 12, 31)),
        ("2025年3月11日", "2025-03-11", date(2025, 3, 11), date(2025, 3, 11)),
        ("2025年6月", "2025-06", date(2025, 6, 1), date(2025, 6, 30)),
        ("2024年11月至2025年2月", "2024-11/2025-02", date(2024, 11, 1), date(2025, 2, 28)),
        ("去年12月至今年3月", "2024-12/2025-03", date(2024, 12, 1), date(2025, 3, 31)),
        ("2025年1月至2025年6月", "2025-H1", date(2025, 1, 1), date(2025, 6, 30)),
    ],
)
def test_periods(text: str, label: str, start: date, end: date) -> None:
    found = find_periods(text, PUBLISHED)
    assert found, text
    period = found[0].period
    assert (period.label, period.start, period.end) == (label, start, end)


def test_month_end_in_the_future_means_last_year() -> None:
    found = find_periods("截至11月底", date(2025, 3, 13))
    assert found[0].period.label == "2024-11-30"


def test_recent_years_is_no_period() -> None:
    assert blocks_period("近年来大陆算力总规模年增速")
    assert not blocks_period("2024年大陆算力总规模")


@pytest.mark.parametrize("text", ["今后年均增长20%", "目前年产能达500万台"])
def test_before_and_after_inside_words_are_not_years(text: str) -> None:
    assert find_periods(text, PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("民國115年至118年", "traditional_tw"),
        ("民国115年至118年", "simplified"),
        ("115至118年", "traditional_tw"),
    ],
)
def test_roc_year_spans(text: str, script: str) -> None:
    found = find_periods(text, PUBLISHED, script)
    assert [(m.period.label, m.period.start, m.period.end) for m in found] == [
        ("2026/2029", date(2026, 1, 1), date(2029, 12, 31))
    ]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("截至今年6月底止六个月", "2025-H1"),
        ("截至2025年6月30日止6个月", "2025-H1"),
        ("截至9月底止的三个月", "2025-Q3"),
        ("截至9月30日止九个月", "2025-Q1/Q3"),
        ("截至2025年12月31日止十二个月", "2025"),
    ],
)
def test_months_ending_on_a_day_are_the_span_not_the_day(text: str, label: str) -> None:
    found = find_periods(text, date(2025, 10, 1))
    assert [m.period.label for m in found] == [label]
