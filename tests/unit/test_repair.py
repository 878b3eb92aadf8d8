from services.clean.repair import (
    MOJIBAKE_MARK,
    repair_gbk_misalignment,
    strip_html_remnants,
    strip_pinyin_annotations,
    strip_stock_quotes,
)


def test_pinyin_annotation_removed_only_when_it_is_a_reading() -> None:
    text, repairs = strip_pinyin_annotations("新興產業(yè)蓬勃發(fā)展，規(guī)模達879億元")
    assert text == "新興產業蓬勃發展，規模達879億元"
    assert [r.kind for r in repairs] == ["pinyin_annotation"] * 3


def test_parentheses_that_are_not_readings_stay() -> None:
    text = "中國聯通長三角(合肥)智算中心，國際數據公司(IDC)，聯通(hello)"
    assert strip_pinyin_annotations(text) == (text, [])


def test_stock_quotes_removed() -> None:
    text, repairs = strip_stock_quotes("中國聯通(6.230, 0.02, 0.32%)長三角與浪潮信息（59.490，0.67，1.14%）")
    assert text == "中國聯通長三角與浪潮信息"
    assert len(repairs) == 2


def test_shifted_gbk_run_is_realigned() -> None:
    text, repairs = repair_gbk_misalignment("重要舉措!爸撬阒行牡囊\ue431,有助於激發")
    assert "“智算中心的引入" in text
    assert repairs[0].kind == "gbk_misalignment"


def test_unrepairable_private_use_is_marked() -> None:
    text, repairs = repair_gbk_misalignment("abc\ue431def")
    assert MOJIBAKE_MARK in text
    assert repairs[0].kind == "unrepairable_mojibake"


def test_html_left_in_a_text_page_is_taken_out() -> None:
    text, repairs = strip_html_remnants(
        "<p>&nbsp;记者获悉，算力规模达到4.5万P。</p><p>打造AI&amp;大数据产业园。<br>今年以来&quot;东数西算&quot;加快。"
    )
    assert text == ' 记者获悉，算力规模达到4.5万P。\n打造AI&大数据产业园。\n今年以来"东数西算"加快。'
    assert {r.kind for r in repairs} == {"html_remnant"}
