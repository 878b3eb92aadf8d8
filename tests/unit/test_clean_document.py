"""The clean stage on the seeds and on bad input."""

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from services.clean.boilerplate import rejoin_wrapped
from services.clean.decode import decode_body
from services.clean.document import clean_document
from services.clean.script import detect_script, to_simplified
from services.clean.tables import tables_as_sentences
from services.fetch.sources import raw_document, read_file
from shared.errors import PermanentError
from shared.messages import CleanDocument, FetchRequest
from tests.conftest import SEEDS


def text_page(page: str) -> CleanDocument:
    """A page saved as text, cleaned."""
    return clean_document(raw_document("file:///page.txt", page.encode(), content_type="text/plain"))


def seed(name: str):
    path = next(SEEDS.glob(f"{name}_*.txt"))
    return clean_document(read_file(FetchRequest(path=str(path)), 10_000_000))


def test_seed_000_cleaned() -> None:
    doc = seed("000")
    assert "“智算中心的引入" in doc.text
    assert "(fā)" not in doc.text and "6.230" not in doc.text and "59.490" not in doc.text
    assert "飞象网版权" not in doc.text and "ICP" not in doc.text
    assert doc.title == "智算中心“多地开花” 项目建设持续向县域下沉"
    assert doc.published_at == datetime(2025, 3, 13, 8, 23, tzinfo=timezone(timedelta(hours=8)))
    assert doc.published_source == "text"
    kinds = {r.kind for r in doc.repairs}
    assert {"pinyin_annotation", "stock_quote", "gbk_misalignment"} <= kinds


def test_seed_004_cleaned() -> None:
    doc = seed("004")
    assert doc.text.startswith("大陆智能算力规模成长持续加速")
    for noise in ("面包店偶遇", "延伸阅读", "张贴文章", "大罢免", "规模 能源 半导体"):
        assert noise not in doc.text
    assert doc.title == "算力广泛应用带动 陆2025智能算力规模料增长超4成"
    assert doc.published_source == "fetch_time"
    assert doc.script == "traditional_tw"


BEIJING = timezone(timedelta(hours=8))


@pytest.mark.parametrize(
    ("page", "title", "published"),
    [
        # A government page: metadata lines, the notice's title, a salutation before the first paragraph;
        # the publish date (not the date the document was written) in a line above the title.
        (
            "扫一扫在手机打开当前页\n索引号：11440000006939127A/2025-00312 分类：工业、交通 发布机构：广东省工业和信息化厅\n"
            "成文日期：2025-06-18 发布日期：2025-06-20\n"
            "广东省工业和信息化厅关于印发《广东省算力基础设施高质量发展行动方案》的通知\n各地级以上市工业和信息化主管部门：\n"
            "现将《广东省算力基础设施高质量发展行动方案》印发给你们，请结合实际认真贯彻落实。\n",
            "广东省工业和信息化厅关于印发《广东省算力基础设施高质量发展行动方案》的通知",
            datetime(2025, 6, 20, tzinfo=BEIJING),
        ),
        # A dateline with a weekday under the title; a year-less agency dateline is not needed then.
        (
            "港聞 | 財經 | 地產\n本港數據中心需求急增 業界料明年容量增近三成\n2025年10月20日 星期一 18:45\n"
            "【明報專訊】人工智能熱潮帶動本港數據中心需求，香港數據中心協會昨日表示，本港數據中心總容量約為1,050兆瓦。\n",
            "本港数据中心需求急增 业界料明年容量增近三成",
            datetime(2025, 10, 20, 18, 45, tzinfo=BEIJING),
        ),
        # The full date above the title beats the agency's dateline, which has no year.
        (
            "新华网 > 科技 > 正文\n2025年11月25日 09:15:32 来源：新华网\n我国智能算力规模突破1000EFLOPS\n"
            "新华社北京11月24日电（记者张辛欣）记者24日从工业和信息化部获悉，截至今年10月底，我国智能算力规模已突破1000EFLOPS。\n",
            "我国智能算力规模突破1000EFLOPS",
            datetime(2025, 11, 25, 9, 15, tzinfo=BEIJING),
        ),
    ],
)
def test_title_and_date_of_a_text_page(page: str, title: str, published: datetime) -> None:
    doc = text_page(page)
    assert (doc.title, doc.published_at) == (title, published)


def test_offsets_point_into_the_original() -> None:
    doc = seed("004")
    assert len(doc.offsets) == len(doc.text)
    i = doc.text.index("455万个")
    start, end = doc.original_span(i, i + len("455万个"))
    assert doc.original[start:end] == "455萬個"


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"", "empty"),
        (b"   \n ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
        (b"\x00\x01\x02" * 100, "binary"),
    ],
)
def test_bad_input_is_a_permanent_error(body: bytes, reason: str) -> None:
    with pytest.raises(PermanentError) as error:
        clean_document(raw_document("file:///x", body, content_type="text/plain"))
    assert error.value.reason == reason


def test_not_text_content_type() -> None:
    with pytest.raises(PermanentError) as error:
        clean_document(raw_document("http://x/y.jpg", b"abc", content_type="image/jpeg"))
    assert error.value.reason == "not_text"


def test_oversized() -> None:
    with pytest.raises(PermanentError) as error:
        clean_document(raw_document("file:///x", b"a" * 1000, content_type="text/plain"), max_bytes=100)
    assert error.value.reason == "too_large"


@pytest.mark.parametrize("encoding", ["gb18030", "gbk", "big5", "utf-8"])
def test_decoding_by_detector(encoding: str) -> None:
    text = "大陸智慧算力規模成長持續加速，數據顯示，近年來大陸算力總規模年增速達到30%左右。" * 5
    if encoding in ("gb18030", "gbk"):
        text = "我国智能算力规模迅速增长，2024年中国智能算力规模达725.3EFLOPS，同比增长74.1%。" * 5
    decoded, _, how = decode_body(text.encode(encoding))
    assert decoded == text
    assert how in ("detector", "utf-8")


def test_a_short_big5_page_the_detector_gives_up_on_is_still_read() -> None:
    # (a 3 KB Big5 story full of figures: charset-normalizer's default chaos threshold gave no guess)
    page = (
        Path(__file__).parents[1] / "gold" / "articles" / "f34_edn_tw_taipower_grid_dc_applications_big5.txt"
    )
    decoded, used, how = decode_body(page.read_bytes())
    assert how == "detector" and (used.startswith("big5") or used == "cp950")
    assert "台電" in decoded


def test_meta_charset_wins_over_detector() -> None:
    html = '<html><head><meta charset="gbk"></head><body>智能算力</body></html>'.encode("gbk")
    _, used, how = decode_body(html)
    assert (used, how) == ("gb18030", "meta")


def test_script_detection_and_conversion() -> None:
    assert detect_script("我国智能算力规模迅速增长") == "simplified"
    tw = "台灣的資料中心與伺服器需求，智慧算力規模成長，人工智慧帶動晶片需求"
    assert detect_script(tw) == "traditional_tw"
    simplified, offsets = to_simplified(tw, "traditional_tw")
    assert "数据中心" in simplified and "智能算力" in simplified
    assert len(offsets) == len(simplified)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=3000))
def test_clean_never_crashes_on_arbitrary_bytes(body: bytes) -> None:
    try:
        doc = clean_document(raw_document("file:///fuzz", body, content_type="text/plain"))
    except PermanentError:
        return
    assert len(doc.offsets) == len(doc.text)
    assert all(0 <= o < max(1, len(doc.original)) for o in doc.offsets)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=2000))
def test_clean_never_crashes_on_arbitrary_text(text: str) -> None:
    try:
        doc = clean_document(
            raw_document("file:///fuzz", text.encode("utf-8", "surrogatepass"), content_type="text/plain")
        )
    except PermanentError:
        return
    assert len(doc.offsets) == len(doc.text)


def test_related_lists_and_editor_lines_end_the_body() -> None:
    page = (
        "热门数据中心新闻标题在这里\n2025-12-09 08:30 来源：21世纪经济报道\n"
        "中国信通院数据显示，截至6月底，我国智能算力规模达到788EFLOPS，占算力总规模的比重超过四成。\n"
        "（作者：孙燕 编辑：张伟）\n热门推荐\n· 明年AI服务器出货有望增长30%\n"
        "相關文章：\n數碼港超算中心明年擴容至3,000P\n"
    )
    doc = text_page(page)
    assert "30%" not in doc.text and "3,000P" not in doc.text and "孙燕" not in doc.text


def test_lines_wrapped_by_a_pdf_are_joined_and_its_furniture_dropped() -> None:
    page = (
        "中国算力发展指数白皮书（2025年）\n发布时间：2025-12-29 15:00　来源：中国信息通信研究院\n"
        "（一）算力规模持续扩大，结构不断优化\n"
        "近年来，我国算力基础设施建设加速推进，算力规模保持高\n速增长态势。截至2025年6月底，我国算力总规模达到302EFLOPS，\n"
        "同比增长26.4%；西部地区依托能源和气候优势加快承接东部算力需求，\n— 12 —\n中国信息通信研究院\n"
        "2025年上半年西部地区智能算力规模同比增长41%。\n2024年，我国算力核心产业规模达到2.6万亿元，同比增长\n"
        "15.8%，带动相关产业增长效应明显。\n下载齐鲁头条APP，领取新人红包最高88元\n往期推荐\n▶ 杭州发放1.5亿元算力券\n"
    )
    doc = text_page(page)
    assert "算力规模保持高速增长态势。" in doc.text
    assert "达到302EFLOPS，同比增长26.4%" in doc.text
    assert "同比增长15.8%" in doc.text
    assert "— 12 —" not in doc.text and "88元" not in doc.text and "1.5亿元" not in doc.text


def test_a_total_row_spanning_the_naming_columns_keeps_its_numbers_under_theirs() -> None:
    page = (
        "<html><head><title>瀚岳数科拟定增</title></head><body><div class='article'>"
        "<p>瀚岳数科5月20日晚间公告，公司拟以向特定对象发行A股股票方式募集资金总额不超过32亿元，用于智算中心项目。</p>"
        "<p>本次募集资金投资项目具体安排如下：</p><table>"
        "<tr><th>序号</th><th>募投项目</th><th>实施地点</th><th>项目总投资（万元）</th><th>拟使用募集资金（万元）</th></tr>"
        "<tr><td>1</td><td>乌兰察布智算中心项目</td><td>内蒙古乌兰察布</td><td>168,352.47</td><td>135,000.00</td></tr>"
        "<tr><td>2</td><td>庆阳智算中心项目</td><td>甘肃庆阳</td><td>126,810.93</td><td>98,000.00</td></tr>"
        "<tr><td colspan='3'>合计</td><td>295,163.40</td><td>233,000.00</td></tr></table>"
        "<p>公告显示，乌兰察布智算中心项目规划建设高功率液冷机柜2400个，计划于2027年12月底前建成投产。</p>"
        "</div></body></html>"
    )
    doc = clean_document(raw_document("https://example.cn/a.html", page.encode(), content_type="text/html"))
    assert "合计项目总投资295,163.40万元，拟使用募集资金233,000.00万元。" in doc.text


def test_a_notices_field_lines_stay_apart_and_its_related_notices_are_furniture() -> None:
    page = (
        "汉中市智算中心（一期）建设项目中标结果公告\n发布时间：2025-12-01 09:30\n"
        "汉中市智算中心项目总投资约3.2亿元，由汉中市数据局组织实施，资金来源为地方政府专项债券及市级财政配套资金。\n"
        "标段一：算力服务器采购\n　　供应商名称：秦岭智算科技有限公司\n"
        "　　供应商地址：西安市高新区锦业路69号创业研发园C座11层\n　　中标金额：11,268.40万元\n"
        "本项目三个标段中标金额合计17,651.30万元。\n"
        "相关公告\n· 安康市数据中心液冷改造项目中标公告（预算2860万元）　2025-11-24\n"
    )
    doc = text_page(page)
    assert "11层\n中标金额：11,268.40万元" in doc.text
    assert "2860万元" not in doc.text


def test_a_pdf_forms_rows_stay_apart_but_a_value_wrapped_after_a_joiner_goes_on() -> None:
    lines = [
        "本次发行概况",
        "发行股票类型            人民币普通股（A股）",
        "每股面值                人民币1.00元",
        "报告期、报告期内                 指   2023年度、2024年度及2025年度",
        "上架率                           指   已投入使用的机柜数量占可用机柜总数的比例",
        "参与单位名称及人员    中欧基金 沈*、广发基金 孙*、南方基金 吴*、华泰证券 黄*、",
        "姓名                  中金公司 杨*、申万宏源 何*等，共计52家机构、71人（排名不分先后）",
    ]
    assert rejoin_wrapped(lines) == [*lines[:5], lines[5] + lines[6]]


def test_a_photo_caption_is_no_wrapped_line_and_related_files_are_furniture() -> None:
    page = (
        "海东丝路智算中心一期正式投运\n2026-06-18 20:15\n"
        "一期项目共部署国产AI加速卡4,096张，智能算力达到2,200PFLOPS，可同时支撑多个千亿参数大模型的训练和推理任务。\n"
        "▲项目设计PUE不高于1.15，绿电使用比例超过85%\n"
        "据青海省数据局有关负责人介绍，截至5月底，全省算力总规模达到4.6EFLOPS，其中智能算力占比超过六成。\n"
        "【相关文件】\n· 2025年全国数据要素市场规模突破2000亿元　2026-02-26\n"
    )
    doc = text_page(page)
    assert "85%\n据青海省数据局" in doc.text
    assert "2000亿元" not in doc.text


def test_a_flash_lists_headline_in_brackets_is_no_wrapped_line() -> None:
    page = (
        "新华快讯　2026年10月16日　星期五\n"
        "14:15　【重庆前三季度数字经济核心产业增加值增长11.2%】\n"
        "新华社重庆10月16日电（记者陈曦）重庆市统计局16日发布数据显示，前三季度，重庆市数字经济核心产业增加值同比增长11.2%，"
        "电子信息制造业和软件业保持较快增长。\n"
        "16:40　【我国智能算力规模同比增长近四成】\n"
        "新华社北京10月16日电（记者张辛欣）国家数据局16日发布的数据显示，截至9月底，我国智能算力规模达到约980EFLOPS。\n"
    )
    doc = text_page(page)
    assert doc.text.startswith("新华社重庆") and "】\n新华社北京" in doc.text


def test_quote_rows_and_link_rows_are_furniture() -> None:
    page = (
        "中际旭创业绩预喜 算力产业链景气延续\n2026-01-14 13:45　来源：金融界\n"
        "相关个股\n中际旭创 300308.SZ　568.20　+6.82%\n按盤價 18.620　▲0.840 (+4.724%)\n"
        "成交股數 1,263.5萬　成交金額 2.35億　市值 296.4億\n[即時報價] [技術圖表] [相關新聞]\n"
        "赛迪顾问最新发布的数据显示，2025年我国智算服务市场规模在2,600亿元至2,900亿元之间，同比增幅超过五成。\n"
    )
    document = text_page(page)
    assert document.text.startswith("赛迪顾问"), document.text
    assert "568.20" not in document.text and "1,263.5" not in document.text


def test_hong_kong_results_vocabulary_marks_hong_kong_script() -> None:
    text = "雲峰數據控股(09886.HK)公布中期業績，收入錄得人民幣41.36億元，按年增長18.4%，股東應佔溢利按年上升31.2%。"
    assert detect_script(text) == "traditional_hk"


def test_a_table_copied_from_a_pdf_reads_as_sentences_after_its_caption() -> None:
    page = (
        "我区算力基础设施建设综述\n本报记者 王磊\n"
        "记者从内蒙古自治区数据局获悉，截至2025年底，全区算力总规模达到52.4EFLOPS，较上年底增长61%。\n"
        "全区主要算力集聚区建设情况（截至2025年底）\n"
        "地  区          在用标准机架    算力规模        智能算力占比\n"
        "和林格尔新区    22.5万架        31.6EFLOPS      95%\n"
        "鄂尔多斯市      3.6万架         4.1EFLOPS       72%\n"
        "                                            制表：郝 飏\n"
        "▲1月6日，工作人员在和林格尔新区一处智算中心机房内巡检设备。          本报记者 王 磊 摄\n"
        "三、2026年展望：从“算得多”到“算得好”\n"
        "赛迪顾问预计，2026年我国算力总规模将超过400EFLOPS。\n"
    )
    document = text_page(page)
    text = document.text
    assert [repair.kind for repair in document.repairs] == ["table_rows"]
    assert (
        "全区主要算力集聚区建设情况（截至2025年底）：和林格尔新区在用标准机架22.5万架，算力规模31.6EFLOPS，"
        "智能算力占比95%。鄂尔多斯市在用标准机架3.6万架，算力规模4.1EFLOPS，智能算力占比72%。"
    ) in text
    assert "制表" not in text and "巡检" not in text
    assert "三、2026年展望：从“算得多”到“算得好”\n赛迪顾问预计" in text


def html_page(body: str) -> str:
    return (
        '<html><head><title>我省算力建设提速</title><meta name="publishdate" content="2026-03-02"></head><body>'
        '<div class="nav"><a href="/">首页</a> | <a href="/news">新闻</a></div>'
        f'<div class="article"><h1>我省算力建设提速 全省算力总规模突破30EFLOPS</h1>{body}</div></body></html>'
    )


def test_an_html_table_reads_as_sentences_with_the_units_its_header_and_caption_name() -> None:
    page = html_page(
        "<p>记者从省数据局获悉，截至2025年底，全省算力总规模达到30.2EFLOPS，其中智能算力占比超过七成。</p>"
        "<p>表1 2025年底各市算力建设情况</p>"
        "<table><tr><th>城市</th><th>在用标准机架（万架）</th><th>算力规模（EFLOPS）</th><th>智能算力占比</th></tr>"
        "<tr><td>武汉市</td><td>12.5</td><td>15.3</td><td>78%</td></tr>"
        "<tr><td>宜昌市</td><td>3.1</td><td>4.6</td><td>65%</td></tr></table>"
        "<p>表2 全省智能算力规模（单位：EFLOPS）</p>"
        "<table><tr><td>指标</td><td>2024年</td><td>2025年</td><td>2026年（E）</td></tr>"
        "<tr><td>智能算力规模</td><td>14.2</td><td>21.6</td><td>32</td></tr></table>"
        "<p>省数据局有关负责人表示，下一步将加快推进全省一体化算力网建设，推动算力资源高效调度。</p>"
    )
    document = clean_document(raw_document("http://x/a.html", page.encode(), content_type="text/html"))
    lines = document.text.splitlines()
    assert lines[0].startswith("记者从省数据局获悉")  # the <h1> inside the article is the title, not body
    assert lines[1] == (
        "表1 2025年底各市算力建设情况：武汉市在用标准机架12.5万架，算力规模15.3EFLOPS，智能算力占比78%。"
        "宜昌市在用标准机架3.1万架，算力规模4.6EFLOPS，智能算力占比65%。"
    )
    assert lines[2] == (
        "表2全省智能算力规模：2024年智能算力规模14.2EFLOPS，2025年智能算力规模21.6EFLOPS，"
        "预计2026年智能算力规模32EFLOPS。"
    )
    assert lines[3].startswith("省数据局有关负责人表示")  # the table's end tag kept: nothing swallowed
    assert [repair.kind for repair in document.repairs] == ["table_rows", "table_rows"]


def test_a_markdown_table_reads_as_sentences_and_its_rule_is_no_header() -> None:
    lines = [
        "| 公司 | 7月營收（億元） | 月增率 | 年增率 |",
        "|---|---|---|---|",
        "| 鴻海 | 7,650 | 4.1% | 20.6% |",
        "| 廣達 | 1,960 | -3.2% | 45.1% |",
    ]
    assert tables_as_sentences(lines) == [
        "鴻海7月營收7,650億元，月增率4.1%，年增率20.6%。廣達7月營收1,960億元，月增率-3.2%，年增率45.1%。"
    ]


def test_a_table_of_years_by_row_dates_its_rows_and_rows_of_numbers_are_no_header() -> None:
    by_year = ["年份\t智能算力规模（EFLOPS）\t增速", "2023\t70\t45%", "2024\t120\t71%"]
    assert tables_as_sentences(by_year) == [
        "2023年智能算力规模70EFLOPS，增速45%。2024年智能算力规模120EFLOPS，增速71%。"
    ]
    numbers = ["12.5万架    15.3EFLOPS    78%", "3.1万架    4.6EFLOPS    65%", "2.2万架    1.6EFLOPS    60%"]
    assert tables_as_sentences(numbers) == numbers


def test_a_column_named_by_its_month_is_a_column_of_that_month_not_a_row_of_numbers() -> None:
    lines = [
        "附表：2026年9月末全市通信业主要指标",
        "指标\t单位\t9月末\t比上年末增长（%）",
        "5G基站\t万个\t1.42\t15.1",
        "千兆宽带用户\t万户\t68.3\t18.7",
    ]
    assert tables_as_sentences(lines) == [
        "附表：2026年9月末全市通信业主要指标：5G基站9月末1.42万个，比上年末增长15.1%。"
        "千兆宽带用户9月末68.3万户，比上年末增长18.7%。"
    ]


def test_a_plans_target_column_reads_as_that_years_target() -> None:
    lines = [
        "西安市算力发展主要指标",
        "指标\t2025年\t2027年目标",
        "算力总规模（EFLOPS）\t14.2\t30",
        "数据中心平均PUE\t1.29\t1.2",
    ]
    assert tables_as_sentences(lines) == [
        "西安市算力发展主要指标：2025年算力总规模14.2EFLOPS，2027年目标算力总规模30EFLOPS。"
        "2025年数据中心平均PUE1.29，2027年目标数据中心平均PUE1.2。"
    ]


def test_a_tables_corner_unit_and_its_footnote_leave_the_text_after_it() -> None:
    lines = [
        "截至12月31日止年度",
        "（人民币百万元）\t2025年\t2024年",
        "收入\t8,436.2\t7,015.8",
        "经调整EBITDA（附注）\t4,102.5\t3,388.1",
    ]
    assert tables_as_sentences(lines) == [
        "截至12月31日止年度：2025年收入人民币8,436.2百万元，2024年收入人民币7,015.8百万元。"
        "2025年经调整EBITDA人民币4,102.5百万元，2024年经调整EBITDA人民币3,388.1百万元。"
    ]


def test_toolbars_follower_counts_and_reply_headers_are_not_joined_to_the_body() -> None:
    page = (
        "湖南前5月发行算力基础设施专项债186亿元\n\n2026年06月15日 07:52　潇湘财经\n"
        "新浪财经APP　　缩小字体　放大字体　　收藏　　微博　　微信　　分享\n\n"
        "    记者从湖南省财政厅获悉，今年1-5月，全省已发行新增专项债券中投向算力基础设施项目的额度达186亿元，同比增长62%。\n"
        "[+关注]　已有 2,815 人关注\n"
        "擎云科技 董秘回复　　2025-12-03 16:24\n"
        "尊敬的投资者，您好！截至2025年11月底，公司已建成投运高功率机柜3200个，整体上架率约为86%。\n"
    )
    document = text_page(page)
    lines = document.text.splitlines()
    assert lines[0].startswith("记者从湖南省财政厅获悉")
    assert "关注" not in document.text
    assert lines[1] == "擎云科技 董秘回复 2025-12-03 16:24" or lines[1].startswith("擎云科技 董秘回复")
    assert lines[2].startswith("尊敬的投资者")


def test_a_font_size_and_print_row_is_no_part_of_the_first_paragraph() -> None:
    page = (
        "枢纽节点数据中心用电量同比增长24.6%\n\n2026年04月16日 07:12　来源：经济日报\n"
        "阅读量：1.4万　　【字号 大 中 小】　打印本页　关闭窗口\n\n"
        "经济日报记者从国家数据局获悉：2025年，全国枢纽节点数据中心用电量合计约1260亿千瓦时，同比增长24.6%。\n"
    )
    document = text_page(page)
    assert document.text.startswith("经济日报记者从国家数据局获悉")


def test_a_layout_table_of_a_pages_fields_is_no_table_of_figures() -> None:
    lines = [
        "标题：\t关于推进算力基础设施建设的通知",
        "发文字号：\t工信部通信〔2025〕12号",
        "成文日期：\t2025年3月1日",
    ]
    assert tables_as_sentences(lines) == lines


def test_a_brokers_table_of_actual_and_estimated_years() -> None:
    lines = [
        "表：曜衡信息盈利预测与估值",
        "指标\t2025A\t2026E\t2027E",
        "营业收入（亿元）\t186.4\t248.6\t312.0",
        "每股收益（元）\t1.36\t1.88\t2.40",
    ]
    assert tables_as_sentences(lines) == [
        "表：曜衡信息盈利预测与估值：2025年营业收入186.4亿元，预计2026年营业收入248.6亿元，预计2027年营业收入312.0亿元。"
        "2025年每股收益1.36元，预计2026年每股收益1.88元，预计2027年每股收益2.40元。"
    ]


def test_an_annual_reports_table_of_years_with_a_change_column_and_wrapped_labels() -> None:
    lines = [
        "（二）主要会计数据",
        "单位：万元　币种：人民币",
        "项目                    2025年          2024年     本年比上年增减（%）",
        "营业收入                684,215.37      562,188.90          21.71",
        "归属于上市公司股东的扣除非经常性",
        "损益的净利润             74,318.56       65,937.84          12.71",
    ]
    assert tables_as_sentences(lines) == [
        "（二）主要会计数据：2025年营业收入684,215.37万元，2024年营业收入562,188.90万元，"
        "2025年营业收入比上年增减21.71%。2025年归属于上市公司股东的扣除非经常性损益的净利润74,318.56万元，"
        "2024年归属于上市公司股东的扣除非经常性损益的净利润65,937.84万元，"
        "2025年归属于上市公司股东的扣除非经常性损益的净利润比上年增减12.71%。"
    ]


def test_a_pdf_tables_years_spaced_from_their_year_word_are_still_its_header() -> None:
    lines = [
        "单位：万元",
        "                          2025 年          2024 年      本年比上年增减         2023 年",
        " 营业收入              218,436.72       184,062.35            18.68%        152,917.08",
    ]
    assert tables_as_sentences(lines) == [
        "2025年营业收入218,436.72万元，2024年营业收入184,062.35万元，2025年营业收入比上年增减18.68%，"
        "2023年营业收入152,917.08万元。"
    ]


def test_a_photo_caption_and_its_credit_are_no_body() -> None:
    page = (
        "宁夏中卫：沙漠边上的算力之城\n2026-05-19 16:42:07　来源：新华网\n\n"
        "新华社银川5月19日电（记者 马睿）初夏时节，腾格里沙漠东南缘，中卫工业园区内的数据中心厂房整齐排列。\n"
        "这是5月17日拍摄的中卫工业园区西部云基地（无人机照片）。新华社记者 杨晓东 摄\n"
        "记者从中卫市数据局获悉，截至4月底，中卫市已建成投运数据中心18座。\n"
        "热点推荐\n· 今年前4个月我国软件业务收入同比增长12.6%　2026-05-17\n"
    )
    document = text_page(page)
    assert "拍摄" not in document.text and "12.6%" not in document.text
    assert document.text.splitlines()[1].startswith("记者从中卫市数据局获悉")


def test_a_tables_caption_names_what_its_percents_are() -> None:
    lines = [
        "附表：中国AI加速芯片市场主要厂商份额（单位：%）",
        "厂商          | 2024年 | 2025年",
        "安图斯        | 58.0   | 41.3",
        "澜芯科技      | 11.4   | 17.6",
    ]
    assert tables_as_sentences(lines) == [
        "附表：中国AI加速芯片市场主要厂商份额：2024年安图斯份额58.0%，2025年安图斯份额41.3%。"
        "2024年澜芯科技份额11.4%，2025年澜芯科技份额17.6%。"
    ]


def test_a_results_table_with_an_empty_corner_a_bracketed_unit_and_a_change_column() -> None:
    lines = [
        "云港数据中期业绩摘要（人民币亿元）",
        "2026年上半年     2025年上半年     变动",
        "收入                      32.48           26.71      +21.6%",
    ]
    assert tables_as_sentences(lines) == [
        "云港数据中期业绩摘要：2026年上半年收入人民币32.48亿元，2025年上半年收入人民币26.71亿元，2026年上半年收入同比+21.6%。"
    ]


def test_a_currency_row_under_a_tables_years_gives_their_unit() -> None:
    lines = [
        "                                  2025年          2024年         变动",
        "                            人民币百万元    人民币百万元",
        "收入                              6,218.5         5,102.7        21.9%",
        "毛利                              1,927.7         1,536.0        25.5%",
    ]
    assert tables_as_sentences(lines) == [
        "2025年收入人民币6,218.5百万元，2024年收入人民币5,102.7百万元，2025年收入同比21.9%。"
        "2025年毛利人民币1,927.7百万元，2024年毛利人民币1,536.0百万元，2025年毛利同比25.5%。"
    ]


def test_a_prospectus_column_of_a_years_end_and_the_year_dates_stocks_and_flows_apart() -> None:
    lines = [
        "单位：万元",
        "项目                  2025年12月31日/2025年度   2024年12月31日/2024年度",
        "资产总额                        612,438.75               398,265.14",
        "资产负债率（合并）                  58.42%                   63.17%",
        "经营活动产生的现金流量净额       96,327.81                -18,426.35",
    ]
    text = "".join(tables_as_sentences(lines))
    assert "资产总额2025年12月31日612,438.75万元，2024年12月31日398,265.14万元。" in text
    assert "资产负债率2025年12月31日58.42%" in text
    assert "经营活动产生的现金流量净额2025年度96,327.81万元，2024年度-18,426.35万元。" in text


def test_a_plans_table_of_indicators_reads_by_its_indicators_not_its_serials_or_categories() -> None:
    lines = [
        "河南省数字经济高质量发展主要指标",
        "序号   类别        指标                                  单位       2025年    2028年    属性",
        "1      数字经济    数字经济规模                          万亿元     2.18      2.9       预期性",
        "2                  数字经济规模占地区生产总值比重        %          35.2      40        预期性",
        "8                  新建大型及以上数据中心PUE             —          —         1.25      约束性",
    ]
    assert tables_as_sentences(lines) == [
        "河南省数字经济高质量发展主要指标：2025年数字经济规模2.18万亿元，2028年数字经济规模2.9万亿元。"
        "2025年数字经济规模占地区生产总值比重35.2%，2028年数字经济规模占地区生产总值比重40%。"
        "2028年新建大型及以上数据中心PUE1.25。"
    ]


def test_a_bulletins_compute_is_a_stock_at_the_months_end() -> None:
    lines = [
        "指标名称\t单位\t9月末/1—9月累计\t同比增长（%）",
        "电信业务收入\t亿元\t658.4\t4.2",
        "算力总规模\tEFLOPS\t26.9\t34.7",
    ]
    text = "".join(tables_as_sentences(lines))
    assert "电信业务收入1—9月累计658.4亿元" in text and "算力总规模9月末26.9EFLOPS" in text


def test_a_table_header_with_5g_in_it_and_a_this_month_column() -> None:
    assert tables_as_sentences(
        ["省份\t5G基站（万个）\t千兆宽带用户（万户）", "广东\t43.6\t2415", "江苏\t32.9\t2286"]
    ) == ["广东5G基站43.6万个，千兆宽带用户2415万户。江苏5G基站32.9万个，千兆宽带用户2286万户。"]
    month = [
        "附表：2026年10月末通信业主要指标",
        "指标\t单位\t本月末\t比上年末增长（%）",
        "5G基站\t万个\t503.2\t5.1",
        "机架\t万架\t112\t8.7",
    ]
    assert tables_as_sentences(month)[0].startswith(
        "附表：2026年10月末通信业主要指标：5G基站503.2万个，比上年末增长5.1%。"
    )


def test_a_story_opening_with_its_day_is_not_joined_to_the_headline_above_it() -> None:
    page = (
        "本周算力大单\n\n"
        "12.4亿，某地绿色智算中心万卡项目EPC招标启动\n"
        "11月18日，某科技有限公司发布招标公告，合同估算价12.4亿元，建设内容包括数据中心及配套用房。\n"
        "8.5亿，某市智算中心设计施工总承包招标公告\n"
        "11月14日，某数据科技有限公司发布招标公告，资金来源为自筹资金85000万元，建设八标段算力设备。\n"
    )
    document = text_page(page)
    assert any(line.startswith("11月18日，") for line in document.text.splitlines())
    assert any(line.startswith("11月14日，") for line in document.text.splitlines())


def test_a_bulletin_table_with_a_unit_column_and_years_and_a_results_table_of_six_months() -> None:
    bulletin = [
        "表9 2025年主要指标",
        "指标\t单位\t2025年\t比上年增长（%）",
        "电信业务收入\t亿元\t412.7\t3.8",
        "5G基站\t万个\t11.86\t19.3",
    ]
    assert tables_as_sentences(bulletin) == [
        "表9 2025年主要指标：2025年电信业务收入412.7亿元，2025年电信业务收入比上年增长3.8%。"
        "2025年5G基站11.86万个，2025年5G基站比上年增长19.3%。"
    ]
    results = ["截至6月30日止六个月", "\t2026年\t2025年\t变动", "收益（百万港元）\t2,846.3\t2,344.7\t+21.4%"]
    (sentence,) = tables_as_sentences(results)
    assert "截至2025年6月30日止六个月收益2,344.7百万港元" in sentence


def test_a_zhihu_answer_is_not_cut_at_a_comment_below_it() -> None:
    page = (
        "知乎　首页　会员　发现\n\n2025年国内智算中心是不是已经过剩了？\n关注者 3,412　　被浏览 1,286,530\n\n"
        "算力老炮儿\n某云厂商基础设施架构师\n1,204 人赞同了该回答\n\n"
        "谢邀。先看官方数字。中国信通院前段时间发布的数据显示，截至2025年6月底，全国算力总规模达到约300EFLOPS。\n\n"
        "那为什么大家都觉得过剩？我总结了几个原因：东部一线城市的智算中心普遍要排队，西部一些园区机柜空着一大片。\n\n"
        "618 条评论\n匿名用户：IDC那个1,120EFLOPS是FP16的吧，和信通院的数没法直接比。　赞 87\n查看全部 618 条评论\n"
    )
    document = text_page(page)
    assert "300EFLOPS" in document.text


def test_a_document_number_is_no_title_and_a_headline_may_ask() -> None:
    notice = (
        "呼和浩特市人民政府关于促进绿色算力及人工智能产业高质量发展的若干意见\n呼政发〔2025〕11号\n"
        "各旗、县、区人民政府，市各委、办、局：\n"
        "呼和浩特市是全国一体化算力网络国家枢纽节点和林格尔数据中心集群核心区，目前全市总算力规模突破5.4万P，绿色算力指数全国第一。\n"
    )
    document = clean_document(raw_document("file:///notice.txt", notice.encode(), content_type="text/plain"))
    assert document.title == "呼和浩特市人民政府关于促进绿色算力及人工智能产业高质量发展的若干意见"
    story = (
        "36氪 | 首页 | 快讯 | 科技\n\n国产AI芯片进入“放量期”，衡芯科技能否守住增长势头？\n\n文｜陈默 编辑｜钟楠\n"
        "2025-12-12 10:05  北京  阅读 2.6万\n\n国产AI芯片正在迎来真正的“放量之年”。\n"
        "财报显示，衡芯科技今年前三季度实现营业收入38.6亿元，同比增长2.3倍，综合毛利率为56.2%。\n"
    )
    document = clean_document(raw_document("file:///36kr.txt", story.encode(), content_type="text/plain"))
    assert document.title == "国产AI芯片进入“放量期”，衡芯科技能否守住增长势头？"


def test_a_table_of_years_marked_actual_and_estimated() -> None:
    rows = ["年份\t市场规模（亿元）\t同比（%）", "2024A\t1,420\t68.5", "2026E\t2,980\t38.6"]
    assert tables_as_sentences(rows) == [
        "2024年市场规模1,420亿元，同比68.5%。预计2026年市场规模2,980亿元，同比38.6%。"
    ]


def test_a_video_transcripts_captions_go_and_its_labelled_lines_stay_apart() -> None:
    page = (
        "新闻直播间丨国产万卡智算集群在芜湖投运\n2026年07月16日 13:42　来源：央视新闻客户端\n"
        "记者：我现在是在星渊万卡智算集群的核心机房，这里的国产加速卡已经全部上线运行，集群采用全液冷散热。\n"
        "【字幕】集群规模：国产AI加速卡超过1.2万张　智能算力6.3EFLOPS　总投资约68亿元\n"
        "【同期声】星渊智算科技总经理 陈启航：\n"
        "我们和国内几家大模型企业一起做了实测，千亿参数大模型的训练效率提升了约37%。\n"
    )
    doc = text_page(page)
    assert "【字幕】" not in doc.text
    assert "【同期声】星渊智算科技总经理 陈启航：" in doc.text.split("\n")


def test_taiwans_phrase_table_keeps_core_new_and_opened_as_written() -> None:
    text, _ = to_simplified("數字經濟核心產業增加值佔GDP比重10%左右", "traditional_tw")
    assert text == "数字经济核心产业增加值占GDP比重10%左右"
    # (the phrase table writes 添加 for 新增 and 激活 for 啟用: a button and an account, not a flow and an opening)
    text, _ = to_simplified("今年1至10月新增用戶約3,400人；新機房11月啟用，並新增伺服器", "traditional_tw")
    assert text == "今年1至10月新增用户约3,400人；新机房11月启用，并新增服务器"
    text, _ = to_simplified("瑞昇電腦營收上升，華為昇騰", "traditional_tw")
    assert text == "瑞昇电脑营收上升，华为昇腾"


def test_a_font_size_row_a_repeated_button_and_a_traditional_source_note_standing_alone() -> None:
    page = (
        "資料中心用電\n\n2026-07-20 09:00　來源：經濟日報\n\n"
        "【字号 大 中 小】\n"
        "經濟部統計，今年上半年全台資料中心新申請用電容量約180萬瓩，較去年同期增加約32%，北部地區約占六成五。\n\n"
        "【我要纠错】\n圖表1｜上半年各區申請容量\n資料來源：經濟部，統計截至6月30日\n"
        "分區來看，北部地區申請容量約117萬瓩，中部地區約36萬瓩，南部地區約27萬瓩。\n\n【我要纠错】\n"
    )
    document = clean_document(raw_document("file:///tw.txt", page.encode("utf-8"), content_type="text/plain"))
    assert "字号" not in document.text
    assert document.text.count("纠错") <= 1
    assert any(line.startswith("分区来看") for line in document.text.splitlines())


def test_a_wires_flash_items_run_together_are_one_line_each() -> None:
    page = (
        "即时新闻总览 2026年03月24日（星期二）\n"
        "16:10　港股收市：恒指收报24,618点 跌132点恒指今日收报24,618点，跌132点。（sl）15:36　《业绩》汇峰数据全年收入增16.2%"
        "汇峰数据公布全年业绩，收入28.46亿港元，按年增长16.2%。（lh）13:42　《政府》创科局：超算中心使用率超过九成"
        "创新科技及工业局发言人表示，截至2月底，数码港人工智能超算中心的算力使用率超过九成。（cm）\n"
    )
    doc = text_page(page)
    assert "（sl）\n15:36" in doc.text and "（lh）\n13:42" in doc.text


def test_a_titled_table_of_figures_stays_whatever_its_class_says() -> None:
    page = (
        "<html><head><title>城市算力榜</title></head><body><div class='article'>"
        "<p>据中算智库日前发布的报告显示，截至今年6月底，全国城市算力规模排名前三的依次是北京、上海和深圳。</p>"
        "<table class='rank-table'><caption>表：全国城市算力规模前三位（截至2026年6月底）</caption>"
        "<tr><th>排名</th><th>城市</th><th>算力规模（EFLOPS）</th></tr>"
        "<tr><td>1</td><td>北京</td><td>46.3</td></tr><tr><td>2</td><td>上海</td><td>38.9</td></tr>"
        "<tr><td>3</td><td>深圳</td><td>33.4</td></tr></table>"
        "<p>值得注意的是，西部枢纽城市的排名明显上升，乌兰察布、庆阳承接了大量东部城市的训练任务。</p>"
        "</div><div class='hot-rank'><ul><li>热榜第1名 阅读10万</li></ul></div></body></html>"
    )
    doc = clean_document(
        raw_document("https://example.cn/rank.html", page.encode(), content_type="text/html")
    )
    assert "算力规模46.3EFLOPS" in doc.text and "热榜" not in doc.text


def test_a_tables_title_in_a_caption_classed_paragraph_stays_but_a_photos_caption_goes() -> None:
    page = html_page(
        "<p>截至10月30日晚，A股算力租赁板块上市公司三季报已悉数披露，多数公司营收保持增长。</p>"
        '<p class="table-caption">表：部分算力租赁上市公司2026年前三季度业绩</p>\n'
        "<table><tr><th>公司</th><th>营收（亿元）</th><th>同比（%）</th></tr>"
        "<tr><td>云栈数据</td><td>58.63</td><td>27.4</td></tr>"
        "<tr><td>澜汀科技</td><td>19.48</td><td>-8.3</td></tr></table>"
        '<p class="caption">公司位于河北怀来的智算中心机房，单机柜功率密度达40千瓦。</p>'
        "<p>业内人士表示，推理需求正在接棒训练需求，具备优质电力资源的公司将持续受益。</p>"
    )
    doc = clean_document(raw_document("http://x/a.html", page.encode(), content_type="text/html"))
    assert (
        "表：部分算力租赁上市公司2026年前三季度业绩：云栈数据营收58.63亿元，同比27.4%。澜汀科技" in doc.text
    )
    assert "怀来" not in doc.text


def test_a_tables_title_line_without_a_label_stays_before_its_table() -> None:
    page = html_page(
        "<p>从建设运营看，起步区各重点区县在用机架规模稳步扩大。重点区县数据中心建设运营情况见下表。</p>"
        '<p class="table-caption">天府数据中心集群重点区县算力基础设施情况（截至2025年底）</p>\n'
        "<table><tr><th>区县</th><th>标准机架（万架）</th><th>算力规模（EFLOPS）</th></tr>"
        "<tr><td>双流区</td><td>3.8</td><td>6.4</td></tr>"
        "<tr><td>郫都区</td><td>2.6</td><td>4.1</td></tr></table>"
        '<p class="caption">雅安一处数据中心机房内，工作人员正在巡检液冷机柜。单机柜功率密度达到35kW。</p>'
        "<p>业内人士表示，推理需求正在接棒训练需求，具备优质电力资源的地区将持续受益。</p>"
    )
    doc = clean_document(raw_document("http://x/a.html", page.encode(), content_type="text/html"))
    assert "情况（截至2025年底）：双流区标准机架3.8万架" in doc.text
    assert "35kW" not in doc.text


def test_a_paragraph_opening_with_related_words_is_no_tail_and_a_short_total_row_is_left_out() -> None:
    page = (
        "省政府印发算力基础设施实施方案\n发布时间：2026-05-10 09:30\n"
        "近日，省政府办公厅印发《关于加快算力基础设施建设的实施方案》，明确了今后三年的建设目标。\n"
        "相关文件明确，到2027年，全省算力总规模超过30EFLOPS，智能算力占比超过70%。\n"
        "截至2025年底，全省在用标准机架达到18万架，比上年末净增3万架。\n"
        "2025年各市数据中心建设情况如下表。\n"
        "地区    在用机架（万架）    算力规模（EFLOPS）    上架率（%）\n"
        "贵阳    12.5    8.2    68\n遵义    3.1    1.6    55\n合计    15.6    9.8\n"
    )
    doc = text_page(page)
    assert "超过30EFLOPS" in doc.text and "18万架" in doc.text
    assert "合计在用机架15.6" not in doc.text and "合计算力规模15.6" not in doc.text


def test_a_tables_header_of_month_ends_reads_by_period() -> None:
    page = (
        "<html><head><title>投资者关系活动记录表</title></head><body><div class='article'>"
        "<p>公司董事会秘书介绍了2026年半年度经营情况，上半年公司实现营业收入14.36亿元，同比增长27.8%。</p>"
        "<table><tr><th>指标</th><th>2025年末</th><th>2026年6月末</th></tr>"
        "<tr><td>已投运机柜（个）</td><td>18,600</td><td>22,400</td></tr>"
        "<tr><td>IT负载（MW）</td><td>152</td><td>186</td></tr></table>"
        "<p>公司表示，下半年将继续推进芜湖项目二期建设，预计年底前交付约6,000个机柜。</p>"
        "</div></body></html>"
    )
    doc = clean_document(raw_document("https://example.cn/ir.html", page.encode(), content_type="text/html"))
    assert "2026年6月末已投运机柜22,400个" in doc.text and "2026年6月末IT负载186MW" in doc.text


def test_a_table_row_marked_as_a_target_or_an_estimate_says_so() -> None:
    by_year = [
        "年份\t算力（EFLOPS）\t绿电占比（%）",
        "2025年\t35\t72",
        "2026年（E）\t45\t76",
        "2027年（目标）\t60\t80",
    ]
    assert tables_as_sentences(by_year) == [
        "2025年算力35EFLOPS，绿电占比72%。预计2026年算力45EFLOPS，绿电占比76%。2027年目标算力60EFLOPS，绿电占比80%。"
    ]


def test_a_row_naming_its_own_unit_keeps_it_under_a_column_naming_another() -> None:
    lines = [
        "指标\t1—9月（万台）\t同比增长（%）",
        "服务器产量\t12.36\t35.8",
        "集成电路产量（亿块）\t18.52\t21.4",
    ]
    assert tables_as_sentences(lines) == [
        "服务器产量1—9月12.36万台，同比增长35.8%。集成电路产量1—9月18.52亿块，同比增长21.4%。"
    ]


def test_a_target_row_written_without_brackets_says_so() -> None:
    lines = ["年份\t算力规模（EFLOPS）\t投资（亿元）", "2024A\t18.6\t210", "2027目标\t40\t360"]
    assert tables_as_sentences(lines) == [
        "2024年算力规模18.6EFLOPS，投资210亿元。2027年目标算力规模40EFLOPS，投资360亿元。"
    ]


def test_a_row_of_units_under_the_header_gives_each_column_its_unit() -> None:
    lines = [
        "附表：2026年7月部分市（州）通信业主要指标",
        "市（州）\t5G基站（7月末）\t千兆宽带用户（7月末）\t数据中心在用标准机架（7月末）",
        "单位\t个\t万户\t架",
        "兰州\t24815\t118.6\t21460",
        "庆阳\t6307\t15.2\t51200",
    ]
    assert tables_as_sentences(lines) == [
        "附表：2026年7月部分市（州）通信业主要指标：兰州5G基站（7月末）24815个，千兆宽带用户（7月末）118.6万户，"
        "数据中心在用标准机架（7月末）21460架。庆阳5G基站（7月末）6307个，千兆宽带用户（7月末）15.2万户，"
        "数据中心在用标准机架（7月末）51200架。"
    ]


def test_a_text_table_in_pre_reads_as_sentences() -> None:
    page = html_page(
        "<p>从研发投入规模看，云岫信息前三季度研发投入38.62亿元，在算力概念股中排名第一，具体见下表。</p>"
        "<pre>表：2025年前三季度研发投入居前的算力概念股\n\n"
        "公司          研发投入（亿元）    营业收入同比（%）\n"
        "云岫信息          38.62                41.85\n"
        "衡锐算力          19.84                12.39\n</pre>"
        "<p>衡锐算力则是上表中唯一研发投入同比下降的公司，公司解释称去年同期基数较高。</p>"
    )
    document = clean_document(raw_document("http://x/a.html", page.encode(), content_type="text/html"))
    assert "衡锐算力研发投入19.84亿元，营业收入同比12.39%。" in document.text


def test_columns_of_a_year_done_and_a_year_planned_read_as_periods() -> None:
    lines = [
        "三大运营商资本开支情况（单位：亿元）",
        "公司\t2025年实际完成\t2026年计划",
        "华信移动\t1,498\t1,405",
        "中恒电信\t870\t835",
    ]
    assert tables_as_sentences(lines) == [
        "三大运营商资本开支情况：2025年华信移动1,498亿元，2026年目标华信移动1,405亿元。"
        "2025年中恒电信870亿元，2026年目标中恒电信835亿元。"
    ]


def test_a_trs_editor_body_is_the_article_not_an_editors_byline() -> None:
    body = "".join(
        f"<p>《报告》显示，2024年全球算力总规模达到2,960EFLOPS，第{i}段同比增长43%。</p>" for i in range(6)
    )
    page = (
        "<html><head><title>全球算力报告发布</title></head><body><div class='content'>"
        f"<div class='TRS_Editor'>{body}<table><caption>表1 2022—2023年全球算力规模（单位：EFLOPS）</caption>"
        "<tr><th>年份</th><th>全球算力规模</th></tr><tr><td>2022年</td><td>1,510</td></tr>"
        "<tr><td>2023年</td><td>2,070</td></tr></table></div>"
        "<div class='related'><a href='/a'>相关新闻</a></div></div></body></html>"
    )
    document = clean_document(raw_document("http://x/a.html", page.encode(), content_type="text/html"))
    assert "2022年全球算力规模1,510EFLOPS" in document.text
