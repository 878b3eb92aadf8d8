"""Single rules of the extractor, each on the sentence that motivated it."""

import pytest

from services.clean.document import clean_document
from services.extract import regions, sources
from services.extract.facts import extract_facts
from services.fetch.sources import raw_document
from shared.messages import MetricFact
from tests.evaluate import document_from_text


def facts_of(text: str, published: str = "2025-04-10", title: str | None = None) -> list[MetricFact]:
    # Padded to a paragraph clean keeps (a lone short line reads as a title or page furniture).
    document = document_from_text(
        f"{text}\n\n这是一段没有数字的正文说明，用来让文章成为完整的段落。", published
    )
    if title is not None:
        document = document.model_copy(update={"title": title})
    return extract_facts(document)[0]


def only(facts: list[MetricFact], value_text: str) -> MetricFact:
    matches = [f for f in facts if f.value_text == value_text]
    assert len(matches) == 1, [f.value_text for f in facts]
    return matches[0]


def test_subject_from_the_sentence_opening_when_the_clause_has_none() -> None:
    facts = facts_of("全球数据中心耗电量预计到2030年将翻一番，达到945太瓦时，相当于日本全年用电量。")
    level = only(facts, "945太瓦时")
    assert (level.subject, level.unit, level.value, level.metric) == (
        "全球数据中心耗电量",
        "Wh",
        945e12,
        "data_centre_power",
    )
    doubling = only(facts, "翻一番")
    assert (doubling.measure, doubling.value) == ("multiple", 2.0)


def test_currency_named_before_the_number_is_the_unit() -> None:
    fact = only(facts_of("資策會預估，今年台灣AI伺服器產值將達新台幣1.6兆元。"), "1.6兆元")
    assert (fact.unit, fact.value) == ("TWD", 1.6e12)


@pytest.mark.parametrize(
    ("text", "value_text", "measure"),
    [
        ("全国规模以上工业增加值5月份环比增长0.6%，增速有所回升。", "0.6%", "growth_pop"),
        ("鸿海今日公布5月营收，月增12.3%，创同期新高。", "12.3%", "growth_pop"),
        ("1-5月全国规模以上工业增加值同比增长6.3%，增速加快。", "6.3%", "growth_yoy"),
        ("公司第三季成长7%，主要受AI伺服器带动。", "7%", "growth_yoy"),
    ],
)
def test_period_on_period_growth_is_kept_apart_from_yearly(text: str, value_text: str, measure: str) -> None:
    assert only(facts_of(text), value_text).measure == measure


def test_last_year_end_is_a_baseline_and_this_year_a_period() -> None:
    facts = facts_of(
        "据国家统计局初步测算，本年度全国数字经济核心产业增加值预计超过13万亿元，比上年末提高较多。"
    )
    fact = only(facts, "13万亿元")
    assert (fact.period, fact.kind, fact.cited_source) == ("2025", "forecast", "国家统计局")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("工业和信息化部数据显示，截至2月底，全国5G基站总数达425.1万个。", "工业和信息化部"),
        ("大陆国家数据局局长刘烈宏表示，截至5月底，大陆算力总规模已达280EFLOPS。", "国家数据局"),
        ("（中央社记者林宏翰台北25日电）IDC发布的最新报告显示，大陆智能算力规模达725.3EFLOPS。", "IDC"),
        ("据不完全统计，全国已有超过30个城市正在建设智算中心。", None),
        ("据IDC预测2025年中国智能算力规模将达1037.3EFLOPS。", "IDC"),
        ("据贵州省大数据发展管理局统计，截至去年底，贵州在用标准机架达80万架。", "贵州省大数据发展管理局"),
        ("曜芯科技（688659.SH）8月28日晚间披露的半年报显示，上半年公司实现营业收入42.36亿元。", "曜芯科技"),
    ],
)
def test_cited_source(text: str, source: str | None) -> None:
    facts = facts_of(text)
    assert facts
    assert {f.cited_source for f in facts} == {source}


def test_values_carry_no_binary_noise() -> None:
    assert only(facts_of("全国千兆宽带用户数达2.07亿户，同比增长较快。"), "2.07亿户").value == 207_000_000


def test_respectively_shares_regions_out_in_order() -> None:
    facts = facts_of(
        "北京、上海、广东的智能算力规模分别达到12EFLOPS、10EFLOPS和8EFLOPS，合计占全国的三成左右。"
    )
    assert [(f.value_text, f.region, f.metric) for f in facts if f.unit == "FLOPS"] == [
        ("12EFLOPS", "北京", "ai_compute_capacity"),
        ("10EFLOPS", "上海", "ai_compute_capacity"),
        ("8EFLOPS", "广东", "ai_compute_capacity"),
    ]


def test_respectively_shares_periods_out_in_order() -> None:
    facts = facts_of("2023年和2024年，我国智能算力规模分别为414.1EFLOPS和725.3EFLOPS。")
    assert [(f.value_text, f.period, f.metric) for f in facts] == [
        ("414.1EFLOPS", "2023", "ai_compute_capacity"),
        ("725.3EFLOPS", "2024", "ai_compute_capacity"),
    ]


def test_from_one_year_to_another_keeps_both_numbers_with_their_years() -> None:
    facts = facts_of("从2019年的47EFLOPS增至2024年的280EFLOPS，我国算力总规模五年增长近5倍。")
    levels = [(f.value_text, f.period, f.metric) for f in facts if f.unit == "FLOPS"]
    assert levels == [
        ("47EFLOPS", "2019", "total_compute_capacity"),
        ("280EFLOPS", "2024", "total_compute_capacity"),
    ]


def test_a_clause_saying_already_is_about_now_not_the_forecast_before_it() -> None:
    facts = facts_of(
        "数码港人工智能超算中心目前算力达1,300P，预计明年增至3,000P，使用率已超过九成。", "2025-10-20"
    )
    assert (only(facts, "3,000P").period, only(facts, "3,000P").kind) == ("2026", "forecast")
    assert (only(facts, "九成").period, only(facts, "九成").kind) == ("2025", "actual")


@pytest.mark.parametrize(
    ("text", "value_text", "unit", "value"),
    [
        ("全国智能算力规模占算力总规模的三分之一以上。", "三分之一", "percent", 33.3333),
        ("东部地区数据中心机架占全国的五分之二。", "五分之二", "percent", 40.0),
        ("到2027年，全国智能算力规模将实现翻番。", "翻番", "multiple", 2.0),
        ("到2030年，全国算力总规模将翻两番。", "翻两番", "multiple", 4.0),
    ],
)
def test_fractions_and_doublings(text: str, value_text: str, unit: str, value: float) -> None:
    fact = only(facts_of(text), value_text)
    assert (fact.unit, fact.value) == (unit, pytest.approx(value))


def test_milestones_with_place_or_time_between_project_and_verb() -> None:
    text = (
        "3月11日，中国联通长三角(合肥)智算中心项目在合肥市包河经开区正式开工，项目总投资约30亿元。"
        "甘肃庆阳东数西算产业园区于今年6月启动建设。9月，华为昇腾人工智能计算中心在武汉正式上线运营。"
    )
    events = extract_facts(document_from_text(text, "2025-09-20"))[1]
    assert [(e.event_type, e.place, e.amount) for e in events] == [
        ("start", "合肥市包河经开区", 3e9),
        ("start", "庆阳", None),
        ("launch", "武汉", None),
    ]
    assert events[0].event_date.isoformat() == "2025-03-11"


def test_share_prices_are_no_facts() -> None:
    facts = facts_of("中国移动昨日公布中期业绩，智能算力规模达61.3EFLOPS。该股昨收报84.5元，升1.2%。")
    assert [f.value_text for f in facts] == ["61.3EFLOPS"]


def test_a_share_of_the_country_belongs_to_its_part_and_a_named_growth_becomes_the_topic() -> None:
    facts = facts_of(
        "内蒙古和林格尔集群已投运智算规模超过3万P，占全国智能算力的比重将达到一成左右。"
        "2024年，三大运营商资本开支合计约3500亿元，其中算力投资同比增长超过20%，达到约800亿元。"
    )
    assert only(facts, "一成").region == "和林格尔"
    assert (only(facts, "800亿元").subject, only(facts, "800亿元").metric) == (
        "算力投资",
        "computing_centre_investment",
    )


def test_policy_document_source_ceilings_and_open_ended_horizons() -> None:
    facts = facts_of(
        "根据《北京市算力基础设施建设实施方案（2024—2027年）》，到2027年，北京市智算供给规模将达到45 EFLOPS，"
        "新建数据中心PUE值不高于1.25。台积电董事长魏哲家表示，AI加速器营收今年将翻倍，未来五年年复合成长率约40%。"
    )
    capacity = only(facts, "45 EFLOPS")
    assert (capacity.metric, capacity.kind, capacity.cited_source) == (
        "ai_compute_capacity",
        "target",
        "《北京市算力基础设施建设实施方案（2024—2027年）》",
    )
    assert only(facts, "1.25").qualifier == "le"
    assert only(facts, "翻倍").value == 2.0
    horizon = only(facts, "40%")
    assert (horizon.period, horizon.kind) == (None, "forecast")


def test_a_capacity_names_what_it_is_of_after_the_number() -> None:
    facts = facts_of(
        "特区政府表示，数码港人工智能超算中心首阶段于去年12月启用，提供1,300 PFLOPS算力。", "2025-07-30"
    )
    assert only(facts, "1,300 PFLOPS").metric == "total_compute_capacity"


def test_vague_amounts_are_no_figures() -> None:
    facts = facts_of("目前全国在建智算中心项目超百个，单个项目投资从数亿元到数百亿元不等，几十个城市参与。")
    assert [f.value_text for f in facts] == ["百个"]


def test_densities_are_no_levels_and_a_growth_subject_carries_without_its_verb() -> None:
    facts = facts_of(
        "截至今年3月底，全国已建成5G基站444.5万个，每万人拥有5G基站31.5个。"
        "2025年一季度，中国智算服务市场规模同比增长72%，达到80亿元。",
        "2025-05-10",
    )
    assert only(facts, "444.5万个").metric == "base_stations_5g"
    assert only(facts, "31.5个").metric is None
    assert (only(facts, "80亿元").subject, only(facts, "80亿元").metric) == (
        "中国智算服务市场规模",
        "ai_computing_centre_market_size",
    )


def test_a_city_is_more_specific_than_the_area_it_is_in() -> None:
    facts = facts_of("总投资三百六十亿元的长三角（芜湖）算力产业园项目集中开工，届时将提供标准机架2.5万架。")
    assert {f.region for f in facts} == {"芜湖"}


def test_floor_area_and_a_total_that_borrows_its_topic() -> None:
    facts = facts_of(
        "香港特区政府统计处数字显示，去年本港数据中心总楼面面积按年增加约15%，达到约95万平方米。"
        "本港目前约有60个数据中心，总容量约为800兆瓦。",
        "2025-05-10",
    )
    area = only(facts, "95万平方米")
    assert (area.unit, area.value, area.metric, area.cited_source) == (
        "m2",
        950_000,
        "data_centre_floor_area",
        "香港特区政府统计处",
    )
    assert only(facts, "800兆瓦").metric == "data_centre_power"


def test_spaced_numbers_and_full_width_digits() -> None:
    facts = facts_of(
        "截至２０２４年底，全国在用数据中心机架总规模达 810 万标准机架，算力总规模达到２８０ＥＦＬＯＰＳ。"
    )
    racks, capacity = facts
    assert (racks.value, racks.unit, racks.metric) == (8_100_000, "rack", "data_centre_racks")
    assert (capacity.value, capacity.period) == (2.8e20, "2024-12-31")


def test_hundred_quintillion_operations_is_a_unit_not_a_multiplier() -> None:
    fact = only(facts_of("我国算力总规模已达到每秒280百亿亿次浮点运算，位居全球第二。"), "280百亿亿次")
    assert (fact.unit, fact.value, fact.metric) == ("FLOPS", 2.8e20, "total_compute_capacity")


def test_a_slowing_rate_is_a_decline_in_points() -> None:
    facts = facts_of("受需求放缓影响，2024年全国IDC业务收入增速降至8.3%，较上年回落4.1个百分点。")
    fall = only(facts, "4.1个百分点")
    assert (fall.measure, fall.value, fall.cited_source) == ("growth_yoy", -4.1, None)
    assert only(facts, "8.3%").value == 8.3


@pytest.mark.parametrize(
    ("text", "value_text", "period"),
    [
        ("香港特區政府統計處公布，今年首季本港資訊及通訊業增加值按年實質增長3.8%。", "3.8%", "2025-Q1"),
        ("鴻海前三季營收達新台幣5.3兆元，年增15%。", "15%", "2025-Q1/Q3"),
        ("數位發展部統計，112年我國資料經濟產值約新台幣5,700億元。", "5,700亿元", "2023"),
        (
            "（中央社記者台北電）廣達今天公布113年第3季營收達新台幣3,000億元，創歷年同期新高。",
            "3,000亿元",
            "2024-Q3",
        ),
    ],
)
def test_hong_kong_and_taiwan_periods(text: str, value_text: str, period: str) -> None:
    assert only(facts_of(text, "2025-06-03"), value_text).period == period


def test_a_three_digit_year_is_no_roc_year_outside_taiwan() -> None:
    fact = only(facts_of("该企业已有112年历史，今年营收达到50亿元。"), "50亿元")
    assert fact.period == "2025"


def test_a_body_that_counted_is_the_source() -> None:
    fact = only(facts_of("經濟部統計處統計，112年我國伺服器產值約新台幣1.4兆元。"), "1.4兆元")
    assert fact.cited_source == "经济部统计处"
    assert only(facts_of("初步统计，今年全省算力规模达到20EFLOPS。"), "20EFLOPS").cited_source is None


def test_a_city_is_more_specific_than_its_province() -> None:
    facts = facts_of("8月5日，总投资45亿元的青海海东智算中心项目正式开工，建成后算力规模将达到5000P。")
    assert {f.region for f in facts} == {"海东"}
    shaoguan = only(facts_of("截至6月底，韶关数据中心集群已投产标准机架5万架。"), "5万架")
    assert shaoguan.region == "韶关"


def test_the_countrys_regions_are_not_the_country() -> None:
    facts = facts_of("今年前三季度东部地区数据中心投资额为1,320亿元，西部地区投资额占全国比重提升至37.1%。")
    assert (only(facts, "1,320亿元").region, only(facts, "37.1%").region) == ("东部地区", "西部地区")


@pytest.mark.parametrize(
    ("text", "value_text", "period"),
    [
        ("1-10月份，全国集成电路产量为3,950亿块，同比增长9.2%。", "3,950亿块", "2025-01/2025-10"),
        ("今年1至4月，成都市算力调度平台服务企业1,300余家。", "1,300余家", "2025-01/2025-04"),
        ("预计2027年市场规模将突破400亿美元，2024—2027年复合增长率约为28%。", "28%", "2024/2027"),
        ("第3季營收新台幣9,899億元，法人預估全年營收年增將達35%左右。", "35%", "2025"),
    ],
)
def test_spans_of_months_and_years_and_the_whole_year(text: str, value_text: str, period: str) -> None:
    assert only(facts_of(text, "2025-11-15"), value_text).period == period


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("赛迪顾问发布的研究报告称，2024年中国AI服务器市场规模达到190亿美元。", "赛迪顾问"),
        ("宁夏中卫市委书记在新闻发布会上介绍，中卫已建成数据中心标准机架8万个。", "宁夏中卫市委"),
        ("记者从市数据局获悉，今年成都市服务企业1,300余家。", "成都市数据局"),
    ],
)
def test_who_said_it_without_where_or_what_kind_of_paper(text: str, source: str) -> None:
    assert {f.cited_source for f in facts_of(text)} == {source}


def test_counts_without_a_unit_card_cluster_classes_and_kilowatt_hours() -> None:
    facts = facts_of("我国AI大模型注册用户超过6亿，单体规模超万卡的智算集群有12个，每年可节约用电约10亿度。")
    assert [(f.value_text, f.unit, f.value) for f in facts] == [
        ("6亿", "count", 6e8),
        ("12个", "count", 12.0),
        ("10亿度", "Wh", 1e12),
    ]


def test_a_share_naming_its_own_part_borrows_no_topic() -> None:
    facts = facts_of("中卫算力规模突破10万P，绿电使用比例达到65%以上，平均上架率约为70%。")
    # (not the compute capacity before it: green power's share is data-centre power's, the README's convention)
    assert only(facts, "65%").metric == "data_centre_power"
    assert only(facts, "70%").metric == "data_centre_racks"


def test_rises_and_foreign_regions() -> None:
    facts = facts_of("今年香港數據中心市場收入預計按年上升14%至120億港元，而新加坡的增幅則放緩至8%。")
    assert (only(facts, "14%").measure, only(facts, "8%").region) == ("growth_yoy", "SG")


def test_the_head_of_a_compound_names_the_metric() -> None:
    facts = facts_of("今年1至8月，全市算力产业累计完成投资85.6亿元，同比增长42.3%。")
    assert {f.metric for f in facts} == {"computing_centre_investment"}
    assert only(facts, "85.6亿元").period == "2025-01/2025-08"


def test_months_from_january() -> None:
    fact = only(facts_of("緯創累計前10月營收達1.98兆元，年增約1.3倍。", "2025-11-11"), "1.98兆元")
    assert fact.period == "2025-01/2025-10"


def test_a_body_named_short_after_its_full_name_is_that_body() -> None:
    facts = facts_of(
        "香港數據中心協會昨日表示，本港數據中心總容量約為1,050兆瓦。協會主席指出，平均使用率已超過九成。",
        "2025-10-20",
    )
    assert {f.cited_source for f in facts} == {"香港数据中心协会"}


def test_stock_quote_fields_and_valuations_are_no_facts() -> None:
    facts = facts_of(
        "浪潮信息最新价：55.32元，总市值：814.3亿元。我们预计公司2025-2027年营业收入分别为1,550亿元、"
        "1,860亿元和2,150亿元，对应PE分别为37倍、30倍和25倍。",
        "2025-11-03",
    )
    assert [(f.value_text, f.period) for f in facts] == [
        ("1,550亿元", "2025"),
        ("1,860亿元", "2026"),
        ("2,150亿元", "2027"),
    ]


def test_top_n_ranks_halves_and_approximate_shares() -> None:
    facts = facts_of(
        "我国算力总规模位居全球前三。到2030年，数据中心用电量约占全社会用电量的百分之三，"
        "届时智算中心用电占比将超过一半。"
    )
    top = only(facts, "全球前三")
    assert (top.value, top.qualifier, top.measure) == (3.0, "le", "rank")
    assert only(facts, "百分之三").qualifier == "approx"
    half = only(facts, "一半")
    assert (half.value, half.qualifier, half.measure) == (50.0, "gt", "share")


def test_hong_kong_rises_and_falls() -> None:
    facts = facts_of("第二季本港電腦及資訊服務出口按年升12%，按季跌3%。", "2025-08-12")
    assert [(f.value, f.measure) for f in facts] == [(12.0, "growth_yoy"), (-3.0, "growth_pop")]


def test_a_change_of_a_share_in_points_is_a_change() -> None:
    facts = facts_of("5G移动电话用户占移动电话用户的比重为62.8%，比上年末提高5.7个百分点。")
    assert (only(facts, "62.8%").measure, only(facts, "5.7个百分点").measure) == ("share", "growth_yoy")


def test_a_month_after_a_record_for_the_same_period_keeps_its_period() -> None:
    facts = facts_of("今年前8月出口金額達新台幣1.2兆元，創歷年同期新高；8月單月出口年減2.1%。", "2025-10-09")
    assert only(facts, "2.1%").period == "2025-08"


@pytest.mark.parametrize(
    ("text", "published", "event"),
    [
        (
            "6月28日，中国移动（贵阳）智算中心正式投产，该项目总投资约50亿元。",
            "2025-06-30",
            ("completion", "中国移动（贵阳）智算中心", "贵阳", "2025-06-28", 5e9),
        ),
        (
            "由中国电信投资建设的上海临港智算中心于11月18日建成投运，总投资超过30亿元。",
            "2025-11-20",
            ("completion", "上海临港智算中心", "上海", "2025-11-18", 3e9),
        ),
        (
            "国家超算互联网平台2024年4月正式上线运营。",
            "2025-03-05",
            ("launch", "国家超算互联网平台", None, None, None),
        ),
    ],
)
def test_milestones_name_the_project_and_its_most_specific_place(
    text: str, published: str, event: tuple
) -> None:
    events = extract_facts(document_from_text(text, published))[1]
    assert [
        (e.event_type, e.what, e.place, e.event_date and e.event_date.isoformat(), e.amount) for e in events
    ] == [event]


def test_a_milestone_still_to_come_is_no_event() -> None:
    events = extract_facts(document_from_text("宁夏中卫万卡集群项目将于今年年底竣工。", "2025-08-01"))[1]
    assert events == []


def test_a_yardstick_after_xiangdangyu_is_no_fact() -> None:
    facts = facts_of("数据中心年耗电量达到1,500亿千瓦时，相当于300万户家庭一年的用电量。")
    assert [f.value_text for f in facts] == ["1,500亿千瓦时"]


def test_market_share_verbs_give_the_part_its_region() -> None:
    fact = only(facts_of("研調機構指出，台灣ODM廠囊括全球約9成AI伺服器代工訂單。", "2025-11-20"), "9成")
    assert (fact.measure, fact.region, fact.qualifier) == ("share", "TW", "approx")


def test_what_a_ministry_will_drive_is_a_target() -> None:
    facts = facts_of("工业和信息化部负责人介绍，下一步将推动到2027年全国算力规模超过500EFLOPS。")
    assert only(facts, "500EFLOPS").kind == "target"


def test_a_dateline_is_not_the_subject() -> None:
    fact = only(
        facts_of("（中央社記者張建中新竹20日電）輝達今天公布第3季財報，營收達570億美元。", "2025-11-20"),
        "570亿美元",
    )
    assert fact.subject.startswith(
        ("英伟达", "辉达")
    )  # by how the script is told: Taiwan or just traditional


def test_a_taiwan_body_keeps_its_name() -> None:
    """The body's text gets Taiwan phrases turned into mainland words (數位 into 数字) so metrics match;
    the name of who said it must stay the name it has."""
    fact = only(
        facts_of("數位發展部統計，112年我國資料經濟產值約新台幣5,700億元。", "2025-03-28"), "5,700亿元"
    )
    assert fact.cited_source == "数位发展部"


def test_plans_of_a_province_or_company_are_targets() -> None:
    facts = facts_of(
        "浙江省提出，到2027年全省算力总规模达到30EFLOPS（FP32）以上，新增数据中心标准机架控制在5万架以内。"
    )
    capacity = only(facts, "30EFLOPS")
    assert (capacity.kind, capacity.qualifier, capacity.cited_source) == ("target", "ge", "浙江省")
    plan = only(facts_of("中国移动公布，全年计划新增智算规模超过10EFLOPS。", "2025-04-21"), "10EFLOPS")
    assert (plan.kind, plan.period) == ("target", "2025")


def test_the_end_of_a_quarter_is_a_day() -> None:
    fact = only(facts_of("截至一季度末，公司智算规模达到29.2EFLOPS（FP16）。", "2025-04-21"), "29.2EFLOPS")
    assert fact.period == "2025-03-31"


def test_an_investment_in_local_currency_is_still_an_investment() -> None:
    fact = only(facts_of("中華電信表示，今年將投資新台幣百億元建置AI資料中心。", "2025-06-06"), "百亿元")
    assert (fact.unit, fact.value, fact.metric) == ("TWD", 1e10, "computing_centre_investment")


def test_a_storys_lead_is_neither_place_nor_source() -> None:
    facts = facts_of(
        "新华社北京10月28日电（记者张璇）记者从国家数据局获悉，截至9月底，我国算力总规模达到310EFLOPS，"
        "其中智能算力规模达到98EFLOPS。",
        "2025-10-28",
    )
    assert {(f.region, f.cited_source) for f in facts} == {("CN", "国家数据局")}


@pytest.mark.parametrize(
    ("text", "published", "source"),
    [
        (
            "工业和信息化部发布的通信业经济运行情况显示，截至10月末，5G基站总数达479.6万个。",
            "2025-11-20",
            "工业和信息化部",
        ),
        (
            "浙江省统计局11月3日发布数据，前三季度，全省数字经济核心产业增加值达7865亿元。",
            "2025-11-03",
            "浙江省统计局",
        ),
        ("市場研究機構Gartner預測，今年全球數據中心系統支出將達4,749億美元。", "2025-07-16", "Gartner"),
        (
            "〔工商時報 記者林資傑／台北報導〕經濟部能源署指出，今年台灣資料中心用電需求約900兆瓦。",
            "2025-12-18",
            "经济部能源署",
        ),
        ("【明報專訊】數字政策辦公室昨日表示，本港現有數據中心約60個。", "2025-08-21", "数字政策办公室"),
        (
            "研調機構TrendForce今（12）日發布最新研究，預估2026年全球AI伺服器出貨量將年增逾20%。",
            "2025-11-12",
            "TrendForce",
        ),
        (
            "甘肃省人民政府办公厅近日印发《甘肃省算力基础设施高质量发展实施方案》，提出到2027年全省算力总规模达到60EFLOPS以上。",
            "2025-08-15",
            "甘肃省人民政府办公厅",
        ),
    ],
)
def test_more_ways_of_citing(text: str, published: str, source: str) -> None:
    assert {(f.cited_source or "").split(" 《")[0] for f in facts_of(text, published)} == {source}


def test_a_clause_about_now_after_a_span_is_about_now() -> None:
    facts = facts_of(
        "今年1-11月，上海人工智能产业规模突破4500亿元；全市已建成智算中心14个，智能算力规模达到105EFLOPS。",
        "2025-12-22",
    )
    assert [(f.value_text, f.period) for f in facts] == [
        ("4500亿元", "2025-01/2025-11"),
        ("14个", "2025"),
        ("105EFLOPS", "2025"),
    ]


def test_then_is_the_spans_last_year_and_a_rate_named_after_its_number() -> None:
    facts = facts_of(
        "預估2028年將增至1,850兆瓦，2025至2028年年均複合成長率約27%；屆時AI相關用電占資料中心用電比重將逾6成。",
        "2025-12-18",
    )
    assert (only(facts, "27%").period, only(facts, "6成").period) == ("2025/2028", "2028")
    rate = only(facts_of("预计2025—2027年市场规模将保持30%—35%的年均增速。"), "30%—35%")
    assert (rate.measure, rate.value, rate.value_high) == ("growth_yoy", 30.0, 35.0)


def test_a_share_is_of_its_part_and_a_change_in_points_of_the_share_before() -> None:
    facts = facts_of(
        "1-9月完成投资额约1260亿元；截至9月底，枢纽节点数据中心平均上架率达到66%，较上年末提升4个百分点。"
        "中国信通院预计，到2026年智能算力在算力总规模中的占比将提升至45%左右。",
        "2025-10-30",
    )
    assert only(facts, "4个百分点").metric == "data_centre_racks"
    assert only(facts, "45%").metric == "ai_compute_capacity"


def test_the_topic_gives_its_place_to_the_clauses_after_it() -> None:
    facts = facts_of(
        "记者从贵州省大数据发展管理局获悉，截至5月底，贵安新区智算规模达到52EFLOPS；"
        "全省数据中心在用标准机架达到28.5万架，上架率约为68%。",
        "2025-06-12",
    )
    assert [f.region for f in facts] == ["贵安", "贵州", "贵州"]


def test_the_paper_and_the_short_name_are_not_the_source() -> None:
    facts = facts_of("华泰证券最新研报预计，公司2025年归母净利润为22.6亿元。", "2025-10-30")
    assert facts[0].cited_source == "华泰证券"
    facts = facts_of("通訊事務管理局辦公室（通訊辦）數字顯示，截至7月底本港5G用戶約930萬戶。", "2025-09-18")
    assert facts[0].cited_source == "通讯事务管理局办公室"


def test_a_share_naming_its_part_before_zhanbi_and_a_place_share() -> None:
    facts = facts_of("目前雅安数据中心平均PUE已降至1.18，数据中心用电中清洁能源占比超过95%。", "2025-11-18")
    assert only(facts, "95%").metric == "data_centre_power"  # not the PUE of the clause before
    share = only(facts_of("全国在用算力中心标准机架超过1100万架，其中东部地区占比约为六成。"), "六成")
    assert (share.metric, share.region) == ("data_centre_racks", "东部地区")


def test_a_sentence_without_a_time_keeps_the_paragraphs() -> None:
    facts = facts_of(
        "工业和信息化部7月14日公布，截至6月末，我国5G基站达到455万个。5G移动电话用户达到11.2亿户，"
        "渗透率达到63.1%。目前，全国已建成智算中心超过500个。",
        "2025-07-15",
    )
    assert [f.period for f in facts] == ["2025-06-30", "2025-06-30", "2025-06-30", "2025"]


def test_ranks_in_a_named_group_and_shares_named_after_the_number() -> None:
    facts = facts_of("目前张家口在用数据中心机架规模居河北省第一；浪潮信息以31.2%的市场份额排名第1。")
    assert only(facts, "河北省第一").value == 1.0
    assert only(facts, "31.2%").measure == "share"


def test_the_time_a_multiple_is_of_is_no_period() -> None:
    facts = facts_of(
        "今年1-8月，海东市数据中心集群用电量达9.8亿千瓦时，是上年同期的2.4倍，绿电使用比例达到100%。",
        "2025-09-18",
    )
    doubled = only(facts, "2.4倍")
    assert (doubled.period, doubled.metric) == ("2025-01/2025-08", "data_centre_power")
    assert only(facts, "100%").period == "2025-01/2025-08"


def test_national_electricity_is_no_data_centres() -> None:
    facts = facts_of("經濟部今天公布電力供需報告，預估2025至2030年全台用電量年均成長2.8%。", "2025-07-30")
    fact = only(facts, "2.8%")
    assert (fact.metric, fact.cited_source) == (None, "经济部")


def test_a_place_stays_with_the_topic_and_a_clause_after_now_is_now() -> None:
    facts = facts_of(
        "江苏省通信管理局6月25日通报，截至5月底，全省5G基站达到26.3万个，居全国第二；千兆宽带用户1180万户，"
        "占固定宽带用户的比重为26.7%。",
        "2025-06-26",
    )
    assert {f.region for f in facts} == {"江苏"}
    assert {f.cited_source for f in facts} == {"江苏省通信管理局"}
    facts = facts_of(
        "資策會今日指出，預估2025年台灣伺服器產值將達新台幣2.1兆元；目前台灣伺服器代工占全球比重逾9成，穩居全球第一。",
        "2025-08-28",
    )
    assert only(facts, "全球第一").kind == "actual"


def test_press_conference_answers_and_spokesmen_name_their_body() -> None:
    facts = facts_of(
        "国家数据局副局长答：截至10月底，我国算力总规模达到310EFLOPS，位居全球第二。", "2025-11-20"
    )
    assert {f.cited_source for f in facts} == {"国家数据局"}
    facts = facts_of(
        "數字政策辦公室發言人表示，本港數據中心總電力容量約為1,230兆瓦。\n\n"
        "根據政府統計處的數字，第三季本港電腦及資訊服務出口約為32億港元。\n\n"
        "發言人又表示，人工智能資助計劃至今已批出約4.6億港元資助。",
        "2025-11-24",
    )
    assert [f.cited_source for f in facts] == ["数字政策办公室", "政府统计处", "数字政策办公室"]


def test_taiwan_power_in_wan_wa_and_the_whole_island() -> None:
    facts = facts_of(
        "台電指出，目前資料中心用電約95萬瓩。台電也預估，今年全台用電量將年增2.5%至3%。", "2025-11-26"
    )
    power = only(facts, "95万瓩")
    assert (power.value, power.unit, power.region, power.metric) == (9.5e8, "W", "TW", "data_centre_power")
    assert (only(facts, "2.5%至3%").metric, only(facts, "2.5%至3%").region) == (None, "TW")


def test_the_whole_city_is_the_city_named_before_it() -> None:
    facts = facts_of("苏州已累计发放算力券1.36亿元。长沙市计划到2027年，全市智能算力规模达到12EFLOPS。")
    assert only(facts, "12EFLOPS").region == "长沙"


def test_a_company_named_with_its_code_and_its_announcement() -> None:
    facts = facts_of("奥飞数据（300738）发布公告称，公司拟投资建设固安智算中心项目，项目总投资约32.6亿元。")
    assert only(facts, "32.6亿元").cited_source == "奥飞数据"


def test_a_government_work_report() -> None:
    facts = facts_of(
        "过去一年，全市算力总规模达到13.5EFLOPS，数据中心在用标准机架达到19.2万架。\n\n"
        "今年是“十五五”开局之年。主要预期目标是：全市算力总规模突破20EFLOPS，新建数据中心PUE控制在1.15以下。",
        "2026-01-20",
    )
    assert [(f.value_text, f.period) for f in facts] == [
        ("13.5EFLOPS", "2025"),
        ("19.2万架", "2025"),
        ("20EFLOPS", "2026"),
        ("1.15", "2026"),
    ]


def test_market_flashes_are_no_facts() -> None:
    facts = facts_of("沪深两市半日成交额8,236亿元，沪指涨0.46%；算力租赁概念午后拉升，利通电子涨超8%。")
    assert facts == []


def test_the_past_a_forecast_starts_from_is_actual() -> None:
    facts = facts_of(
        "弗若斯特沙利文预测，中国AI芯片市场规模将由2024年的1,425亿元增长至2029年的1.34万亿元。", "2025-12-12"
    )
    assert [(f.value_text, f.kind, f.cited_source) for f in facts] == [
        ("1,425亿元", "actual", "弗若斯特沙利文"),
        ("1.34万亿元", "forecast", "弗若斯特沙利文"),
    ]


def test_a_company_head_speaks_for_the_company() -> None:
    facts = facts_of("衡芯科技董事长在业绩说明会上表示，公司今年芯片出货量预计将超过30万片。", "2025-12-12")
    assert [(f.value, f.unit, f.cited_source) for f in facts] == [(3e5, "count", "衡芯科技")]


def test_numbers_written_in_two_parts() -> None:
    facts = facts_of("台積電前三季營收達新台幣2兆8,000億元；5G基地台累計約3萬8千座。", "2025-10-20")
    assert [(f.value, f.unit) for f in facts] == [(2.8e12, "TWD"), (38000.0, "count")]


def test_a_list_of_metrics_shared_out_and_a_list_sharing_its_measure() -> None:
    facts = facts_of(
        "截至10月底，全省5G基站、5G移动电话用户和千兆宽带用户分别达到18.6万个、6120万户和1,050万户。"
        "北京、上海、深圳的千兆宽带用户渗透率分别达到百分之三十二、百分之二十九点五和百分之三十五。",
        "2025-11-19",
    )
    assert [f.metric for f in facts[:3]] == ["base_stations_5g", "users_5g", "gigabit_broadband_users"]
    assert [(f.region, f.measure) for f in facts[3:]] == [
        ("北京", "share"),
        ("上海", "share"),
        ("深圳", "share"),
    ]
    owners = facts_of("中国移动、中国电信和中国联通的算力投资分别为475亿元、370亿元和150亿元。")
    assert {f.metric for f in owners} == {"computing_centre_investment"}


def test_a_plan_issued_and_what_it_proposes() -> None:
    facts = facts_of(
        "上海市经济和信息化委员会5月27日印发《上海市算力基础设施高质量发展行动方案（2025—2027年）》，"
        "提出到2027年，全市智能算力规模不低于100EFLOPS。",
        "2025-05-28",
    )
    assert [(f.kind, f.region) for f in facts] == [("target", "上海")]


def test_a_survey_share_and_sources_that_told_a_reporter() -> None:
    facts = facts_of(
        "香港數據中心協會（HKDCA）同日發表的業界調查顯示，約62%受訪營運商計劃未來三年在本港增加數據中心投資；"
        "逾七成受訪者認為電力供應是擴建的最大挑戰。",
        "2025-09-18",
    )
    assert [(f.measure, f.period, f.cited_source) for f in facts] == [
        ("share", "2025", "香港数据中心协会"),
        ("share", "2025", "香港数据中心协会"),
    ]
    told = facts_of("银川市数据局负责人告诉记者，目前银川市在用数据中心平均PUE已降至1.16。", "2025-11-01")
    assert told[0].cited_source == "银川市数据局"


def test_latin_names_with_a_space_and_quarter_on_quarter_words() -> None:
    facts = facts_of(
        "Alphabet 10月29日公布，第三季度资本支出为240亿美元，同比增长83%。Meta同日表示，第三季度资本支出为"
        "193.7亿美元，较上一季度增长14%。",
        "2025-10-31",
    )
    assert [f.cited_source for f in facts] == ["Alphabet", "Alphabet", "Meta", "Meta"]
    quarter = only(facts, "14%")
    assert (quarter.measure, quarter.period) == ("growth_pop", "2025-Q3")


def test_a_roadmap_proposes_targets_and_a_place_named_in_the_sentence_wins() -> None:
    facts = facts_of(
        "新加坡资讯通信媒体发展局（IMDA）5月27日发布《绿色数据中心路线图》更新版，提出到2030年为数据中心新增"
        "至少300兆瓦电力容量。阿联酋公司G42表示，园区首期电力容量为200兆瓦。沙特公司HUMAIN表示，到2030年将建成约"
        "1.9GW数据中心容量。",
        "2025-05-28",
    )
    roadmap = only(facts, "300兆瓦")
    assert (roadmap.kind, roadmap.cited_source) == (
        "target",
        "新加坡资讯通信媒体发展局 《绿色数据中心路线图》",
    )
    saudi = only(facts, "1.9GW")
    assert (saudi.region, saudi.metric, saudi.cited_source) == ("SA", "data_centre_power", "HUMAIN")


def test_a_short_name_by_its_characters_and_a_body_with_its_abbreviation() -> None:
    facts = facts_of(
        "數位發展部今（19）日指出，全台資料中心IT負載約750MW。數發部並預估，2028年將增至約1,500MW。"
        "國家通訊傳播委員會（NCC）統計，截至10月底，國內5G用戶數達1,420萬戶。",
        "2025-12-20",
    )
    assert [f.cited_source for f in facts] == ["数位发展部", "数位发展部", "国家通讯传播委员会"]


def test_a_headline_repeated_in_the_body_keeps_the_bodys_source() -> None:
    facts = facts_of(
        "和林格尔新区智能算力规模达4.5万P\n\n记者从和林格尔新区管委会获悉，截至目前，和林格尔新区智能算力规模达到4.5万P。"
    )
    assert [(f.value_text, f.cited_source) for f in facts] == [("4.5万P", "和林格尔新区管委会")]


def test_a_compound_rate_spans_the_years_written_around_its_numbers() -> None:
    facts = facts_of(
        "弗若斯特沙利文预测，中国AI芯片市场规模将由2024年的1,425亿元增长至2029年的1.34万亿元，"
        "年均复合增长率约为56.6%。",
        "2025-10-01",
    )
    start, end, rate = only(facts, "1,425亿元"), only(facts, "1.34万亿元"), only(facts, "56.6%")
    assert (start.period, start.kind, start.subject) == ("2024", "actual", "中国AI芯片市场规模")
    assert (end.period, end.kind) == ("2029", "forecast")
    assert (rate.period, rate.kind, rate.measure) == ("2024/2029", "forecast", "growth_yoy")


def test_the_past_a_forecast_starts_from_with_its_currency_named() -> None:
    facts = facts_of(
        "據資策會預估，台灣AI伺服器產值將從民國113年的新台幣1兆元成長至民國118年的2.5兆元，年複合成長率達20%。",
        "2025-10-01",
    )
    assert (only(facts, "1兆元").period, only(facts, "1兆元").kind) == ("2024", "actual")
    assert only(facts, "20%").period == "2024/2029"


def test_a_results_page_reads_its_period_its_company_and_no_place_of_a_project() -> None:
    facts = facts_of(
        "雲峰數據控股(09886.HK)公布截至今年6月底止六個月中期業績，收入錄得人民幣41.36億元，按年增長18.4%。\n\n"
        "期內，集團來自人工智能客戶的收入佔總收入比例升至38.5%。\n\n"
        "截至6月底，集團在營運數據中心的總IT容量約為612兆瓦。\n\n"
        "雲峰數據管理層在業績發布會上表示，集團位於廣東韶關的智算園區一期已全面投產，可提供智能算力約1,500P。\n\n"
        "展望下半年，集團預計，至2026年底集團總IT容量將增至約890兆瓦。",
        "2025-08-27",
    )
    revenue, share = only(facts, "41.36亿元"), only(facts, "38.5%")
    assert (revenue.period, revenue.region, revenue.unit) == ("2025-H1", "HK", "CNY")
    assert share.period == "2025-H1"
    capacity = only(facts, "612兆瓦")
    assert (capacity.region, capacity.metric) == ("HK", "data_centre_power")
    assert only(facts, "890兆瓦").cited_source == "云峰数据控股"  # the listed name, 云峰数据控股(09886.HK)


def test_a_place_in_a_company_name_is_not_where_the_project_is() -> None:
    facts = facts_of(
        "张掖市高台县绿电智算中心一期项目投产。高台县绿电智算中心由甘肃陇原算力科技有限公司投资建设，项目总投资65亿元。"
    )
    assert only(facts, "65亿元").region == "张掖"


def test_ratios_listed_after_a_pue_and_the_count_of_the_list_before() -> None:
    facts = facts_of(
        "国家数据局有关负责人介绍，内蒙古、贵州、甘肃、宁夏4个西部枢纽所在省区今年上半年新建数据中心的平均PUE"
        "分别降至1.18、1.20、1.19和1.16。"
    )
    assert [(f.value, f.region, f.metric) for f in facts] == [
        (1.18, "内蒙古", "pue"),
        (1.2, "贵州", "pue"),
        (1.19, "甘肃", "pue"),
        (1.16, "宁夏", "pue"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "全省算力总规模达到14.2EFLOPS，智能算力在算力总规模中的比重提升至58%。",
        "我国算力总规模已达到305EFLOPS，其中智能算力规模为118EFLOPS，在算力总规模中的占比接近58%。",
    ],
)
def test_a_share_of_the_whole_written_with_in_is_its_parts(text: str) -> None:
    assert only(facts_of(text), next(t for t in ("58%",) if t in text)).metric == "ai_compute_capacity"


def test_a_change_against_a_time_before_in_a_levels_unit() -> None:
    facts = facts_of(
        "截至9月末，全省5G基站总数达21.36万个，比上年末净增2.08万个。全省数据中心投资较上季度减少12亿元。"
    )
    added, fewer = only(facts, "2.08万个"), only(facts, "12亿元")
    assert (added.measure, added.metric, added.value) == ("growth_yoy", "base_stations_5g", 20800.0)
    assert (fewer.measure, fewer.value) == ("growth_pop", -1.2e9)


def test_a_market_this_names_is_the_one_before_and_an_anonymous_count_has_no_source() -> None:
    facts = facts_of(
        "赛迪顾问最新发布的数据显示，2025年我国智算服务市场规模在2,600亿元至2,900亿元之间。"
        "赛迪顾问预计，2026年这一市场将进一步扩大至3,500亿元至4,000亿元。"
        "IDC数据显示，2025年上半年中国智算服务器出货量约38万台。进入下半年，运营商集采明显提速——据不完全统计，"
        "2025年下半年全国智算中心项目中标金额合计约486亿元。",
        "2026-01-14",
    )
    assert only(facts, "3,500亿元至4,000亿元").metric == "ai_computing_centre_market_size"
    assert only(facts, "486亿元").cited_source is None


def test_sources_of_a_report_that_estimates_and_of_a_company_forecasting_its_past_year() -> None:
    facts = facts_of(
        "中国信通院近期发布的研究报告测算，我国算力核心产业规模今年有望突破3万亿元。\n\n"
        "中际旭创1月12日晚间发布2025年度业绩预告，预计全年实现归母净利润98亿元至118亿元，同比增长89%-128%。",
        "2026-01-14",
    )
    assert only(facts, "3万亿元").cited_source == "中国信通院"
    profit, growth = only(facts, "98亿元至118亿元"), only(facts, "89%-128%")
    assert (profit.cited_source, profit.kind, growth.kind) == ("中际旭创", "forecast", "forecast")


def test_a_count_that_only_says_which_things_the_next_number_is_about() -> None:
    facts = facts_of(
        "截至今年6月底，8个国家算力枢纽节点新建数据中心的平均上架率提高到62%左右。全市已建成智算中心8个。"
    )
    assert [f.value_text for f in facts] == ["62%", "8个"]


def test_a_person_a_declared_short_name_and_a_bare_title_speak_for_their_body() -> None:
    facts = facts_of(
        "工业和信息化部副部长张立峰在发布会上介绍，截至2025年底，算力总规模达到342EFLOPS。\n\n"
        "张立峰说，截至去年12月末，全国5G基站总数达到468.6万个。\n\n"
        "韶关市政务服务和数据管理局（以下简称“市数据局”）提供的数据显示，2021年，全市数据中心标准机架不足3000架。\n\n"
        "市数据局最新统计显示，截至今年9月底，韶关集群已投产标准机架6.2万架。",
        "2026-01-21",
    )
    assert only(facts, "468.6万个").cited_source == "工业和信息化部"
    assert only(facts, "3000架").cited_source == "韶关市政务服务和数据管理局"
    assert only(facts, "6.2万架").cited_source == "韶关市政务服务和数据管理局"


def test_a_spokesman_is_of_the_body_the_text_named_with_that_title() -> None:
    facts = facts_of(
        "創新科技及工業局局長今日（二月十二日）出席儀式時表示，中心的整體算力已由二○二四年十二月啓用時約1,300PFLOPS"
        "提升至約3,000PFLOPS。\n\n數字政策辦公室發言人同日表示，本港數據中心總電力容量約為1,320兆瓦。\n\n"
        "發言人續說，目標是在二○三○年或之前令數據園首階段提供約300兆瓦（MW）電力容量及約45萬平方米總樓面面積。",
        "2026-02-12",
    )
    now = only(facts, "3,000PFLOPS")
    assert (now.period, now.kind, now.cited_source) == ("2026", "actual", "创新科技及工业局")
    park, area = only(facts, "300兆瓦"), only(facts, "45万平方米")
    assert (park.cited_source, park.metric, area.metric) == (
        "数字政策办公室",
        "data_centre_power",
        "data_centre_floor_area",
    )


def test_the_whole_country_of_a_taiwan_story_and_the_year_a_multiple_is_of() -> None:
    facts = facts_of(
        "經濟部今天公布最新「全國電力資源供需報告」，預估115年至119年全國用電量年均成長約2.6%，"
        "119年資料中心用電需求將達約320萬瓩，是114年約80萬瓩的4倍。",
        "2026-02-05",
    )
    growth, times = only(facts, "2.6%"), only(facts, "4倍")
    assert (growth.region, growth.period, growth.cited_source) == ("TW", "2026/2030", "经济部")
    assert (times.period, times.kind) == ("2030", "forecast")


def test_an_announcement_a_planned_deployment_and_the_same_period_a_year_before() -> None:
    facts = facts_of(
        "云启智算（301592）公告称，公司与某头部互联网企业签订《算力服务合同》，合同总金额约28.6亿元。\n\n"
        "公告显示，本合同金额占公司最近一期经审计营业收入的86.35%。公司拟在该智算中心部署GPU卡4096张，"
        "预计于2026年三季度完成部署并交付。\n\n"
        "业绩方面，前三季度公司实现营业收入24.87亿元，同比增长36.2%。其中，算力服务收入占营业收入的比重由上年同期的22.4%提升至41.5%。"
        "公司是全国10个国家数据中心集群之一的主要运营商，预计将对公司未来5个会计年度的经营业绩产生积极影响。",
        "2026-01-13",
    )
    assert only(facts, "86.35%").cited_source == "云启智算"
    cards = only(facts, "4096张")
    assert (cards.period, cards.kind) == ("2026-Q3", "forecast")
    assert only(facts, "24.87亿元").period == "2025-Q1/Q3"
    assert [(f.period, f.metric) for f in facts if f.value_text in ("22.4%", "41.5%")] == [
        ("2024-Q1/Q3", None),
        ("2025-Q1/Q3", None),
    ]
    assert not [f for f in facts if f.value_text in ("10个", "5个")]


def test_a_flash_headline_before_its_source_and_an_anonymous_count() -> None:
    facts = facts_of(
        "【工信部：截至2月末全国算力总规模达356EFLOPS】工信部最新数据显示，截至2月末，算力总规模达到356EFLOPS。\n\n"
        "【张家口在用数据中心机架突破40万架】记者从张家口市发展和改革委员会获悉，截至2月底，张家口市在用数据中心标准机架突破40万架。",
        "2026-03-18",
    )
    assert only(facts, "356EFLOPS").cited_source == "工信部"
    assert {f.cited_source for f in facts if f.value_text == "40万架"} == {"张家口市发展和改革委员会"}


def test_a_table_row_a_place_alone_and_the_whole_year_the_text_named_before() -> None:
    facts = facts_of(
        "过去一年，我们坚持以高质量发展统揽全局。预计全年地区生产总值增长5.4%。全省算力总规模达到108EFLOPS；"
        "在用数据中心标准机架达到32.6万架，其中贵安新区22.8万架。",
        "2026-01-27",
    )
    assert only(facts, "5.4%").period == "2025"
    part = only(facts, "22.8万架")
    assert (part.period, part.region, part.metric) == ("2025", "贵安", "data_centre_racks")


@pytest.mark.parametrize(
    ("text", "value_text", "unit", "value"),
    [
        ("赛迪顾问测算，到2030年我国智能算力规模有望突破1ZFLOPS。", "1ZFLOPS", "FLOPS", 1e21),
        ("該地皮最高可建樓面面積約67.2萬平方呎。", "67.2万平方呎", "m2", 62430.84288),
    ],
)
def test_zetta_flops_and_square_feet(text: str, value_text: str, unit: str, value: float) -> None:
    fact = only(facts_of(text, "2026-02-26"), value_text)
    assert (fact.unit, fact.value) == (unit, pytest.approx(value))


def test_a_chips_rating_and_a_price_per_square_foot_are_no_facts() -> None:
    facts = facts_of(
        "一位分析师表示，昇腾910C单卡FP16算力约为800TFLOPS。每平方呎楼面地价约1,205元，项目总投资约45亿港元。",
        "2026-02-26",
    )
    assert [f.value_text for f in facts] == ["45亿港元"]


def test_a_forecast_said_right_after_its_number_takes_the_time_it_names() -> None:
    facts = facts_of(
        "港灣置業執行董事陳家豪表示，項目總投資約45億港元，將分兩期發展，首期約40兆瓦可望於2028年投入服務。",
        "2026-02-26",
    )
    first = only(facts, "40兆瓦")
    assert (first.kind, first.period, first.metric, first.cited_source) == (
        "forecast",
        "2028",
        None,
        "港湾置业",
    )


def test_a_world_market_topic_carries_to_the_next_sentence_and_a_heading_restated_is_the_bodys() -> None:
    facts = facts_of(
        "看點一：CoWoS產能一年翻倍，輝達包下六成\n\n"
        "集邦科技分析，輝達一家就包下台積電2026年CoWoS產能的約六成。\n\n"
        "集邦科技統計，2025年全球HBM營收約達346億美元。以廠商來看，SK海力士2025年第4季HBM市占約57%，排名第一。",
        "2026-02-11",
    )
    share = only(facts, "六成")
    assert (share.measure, share.qualifier, share.cited_source) == ("share", "approx", "集邦科技")
    assert {f.region for f in facts if f.value_text in ("57%", "排名第一")} == {"GLOBAL"}


def test_an_interviews_answers_are_the_body_of_the_person_answering() -> None:
    facts = facts_of(
        "安徽算力发展如何再上台阶？记者专访了安徽省数据资源管理局局长王建明。\n\n"
        "记者：“十四五”收官，安徽的算力基础设施交出了一份怎样的答卷？\n\n"
        "王建明：总的看，规模、结构、效益都有明显提升。截至2025年底，全省在用算力中心标准机架达到31.6万架，是2022年底的两倍多。",
        "2026-01-20",
    )
    racks, times = only(facts, "31.6万架"), only(facts, "两倍多")
    assert racks.cited_source == "安徽省数据资源管理局"
    assert (times.qualifier, times.period) == ("gt", "2025-12-31")


def test_chinese_numerals_before_kilowatt_hours_and_a_change_that_starts_where_the_one_before_did() -> None:
    facts = facts_of(
        "三年来，全市数据中心年用电量由工程启动前的不足四亿千瓦时增长到去年的十二亿千瓦时。\n\n"
        "全港數據中心的用電量由2023年的約36億度增至去年的約47億度，佔全港總用電量的比例由約8%升至約10%。",
        "2026-03-12",
    )
    assert only(facts, "十二亿千瓦时").value == pytest.approx(1.2e12)
    assert (only(facts, "8%").period, only(facts, "10%").period) == ("2023", "2025")


def test_a_utility_forecasting_a_worked_example_and_a_multiple_of_now() -> None:
    facts = facts_of(
        "供電方面，台電預估今年夏季尖峰負載將達4,190萬瓩。以一座20萬瓩的資料中心滿載運轉計算，一年用電約17.5億度。\n\n"
        "局長又指，政府預計至2030年，數據中心的最高用電需求將達約1.5百萬千瓦，是現時的約兩倍。",
        "2026-03-12",
    )
    assert only(facts, "4,190万瓩").cited_source == "台电"
    assert not [f for f in facts if f.value_text in ("20万瓩", "17.5亿度")]
    assert (only(facts, "两倍").period, only(facts, "两倍").kind) == ("2030", "forecast")


def test_a_reports_title_year_enumerated_items_and_a_start_since_which() -> None:
    document = document_from_text(
        "全年电信业务收入累计完成1.76万亿元，比上年增长2.3%。\n\n"
        "签约项目涵盖多个领域：一是智算中心项目，计划2027年建成投用；二是服务器生产线项目，投资12.6亿元。\n\n"
        "园区自2024年启动建设以来，已累计完成投资41.5亿元。",
        "2026-01-26",
    )
    facts = extract_facts(document.model_copy(update={"title": "2025年通信业统计公报"}))[0]
    assert only(facts, "1.76万亿元").period == "2025"
    item = only(facts, "12.6亿元")
    assert (item.kind, item.period) == ("actual", "2025")
    assert only(facts, "41.5亿元").period == "2025"


def test_a_report_met_again_a_learned_source_and_an_anonymous_insider() -> None:
    facts = facts_of(
        "国际能源署（IEA）当地时间10日发布的一份专题报告说，全球数据中心的电力消耗正以前所未有的速度增长。\n\n"
        "这份题为《能源与人工智能》的报告显示，2025年全球数据中心的用电量约为485太瓦时，大致相当于全球电力消费总量的1.6%。\n\n"
        "记者昨天从北京市经济和信息化局（以下简称“市经信局”）获悉，《北京市算力券实施细则》正式印发，全年安排算力券资金1.85亿元。\n\n"
        "据知情人士透露，双方签订的合同总金额约36亿元。",
        "2026-04-13",
    )
    share = only(facts, "1.6%")
    assert (only(facts, "485太瓦时").cited_source, share.measure, share.qualifier) == (
        "国际能源署",
        "share",
        "approx",
    )
    assert only(facts, "1.85亿元").cited_source.startswith("北京市经济和信息化局")
    assert only(facts, "36亿元").cited_source is None


def test_thresholds_device_memory_and_a_quote_line_are_no_figures() -> None:
    facts = facts_of(
        "经济部已规定，契约容量5MW以上的新设数据中心，须于民国119年前达到绿电使用比例30%以上。该卡显存96GB，采购约1.2万张。",
        "2026-05-20",
    )
    assert [f.value_text for f in facts] == ["30%", "1.2万张"]
    assert only(facts, "30%").kind == "target"


def test_an_annual_reports_period_end_a_last_years_quarter_and_a_listed_companys_officer() -> None:
    facts = facts_of(
        "年报显示，2025年公司实现营业收入63.18亿元。年报披露，截至报告期末，公司运营机柜数量为2.93万个，与上年末基本持平。\n\n"
        "深維智能（2357）公布，第四季度AI雲收入為人民幣56.3億元。\n\n"
        "集團首席財務官在業績電話會上表示，全年資本開支預計約人民幣120億元。",
        "2026-03-20",
    )
    assert only(facts, "2.93万个").period == "2025-12-31"
    assert only(facts, "56.3亿元").period == "2025-Q4"
    assert only(facts, "120亿元").cited_source == "深维智能"


def test_a_governments_task_list_sets_targets_and_bandwidth_is_bps() -> None:
    facts = facts_of(
        "今年以来，我省坚持把“东数西算”工程作为数字经济发展的“头号工程”，贵州枢纽建设呈现加速态势。\n\n"
        "下一步，省发展改革委将会同有关部门，重点抓好以下工作：\n\n"
        "● 一是扩大高质量算力供给。到2027年，全省算力总规模达到200EFLOPS以上。\n\n"
        "中国电信相关负责人表示，2025年公司新增枢纽间骨干带宽约35Tbps，今年计划再新增45Tbps以上。",
        "2026-04-10",
    )
    assert only(facts, "200EFLOPS").kind == "target"
    added = only(facts, "45Tbps")
    assert (added.unit, added.value, added.kind) == ("bps", 4.5e13, "target")


def test_spaced_digits_first_place_last_month_and_an_opening_date() -> None:
    facts = facts_of(
        "神達公布第 1 季合併營收 412.8 億元，季增 8.7%；全年伺服器營收有望年增逾 5 成。\n\n"
        "广东省政务服务和数据管理局介绍，截至去年底，广东算力总规模跃居全国首位。\n\n"
        "科學園AI運算平台首階段已於上月投入服務，算力約為每秒6,000萬億次浮點運算。\n\n"
        "东莞智算中心项目总投资约28亿元，一期已于去年12月建成投用。",
        "2026-03-02",
    )
    revenue, more = only(facts, "412.8亿元"), only(facts, "5成")
    assert (revenue.period, more.qualifier) == ("2026-Q1", "gt")
    assert only(facts, "全国首位").value == 1.0
    platform = only(facts, "6,000万亿次")
    assert (platform.period, platform.qualifier) == ("2026-02", "approx")
    assert only(facts, "28亿元").period == "2025-12"


def test_a_press_qa_a_statement_with_its_own_source_and_definitions() -> None:
    document = document_from_text(
        "答：截至2024年底，全国在用算力中心标准机架超过880万架。\n\n"
        "中信建投证券在研报中预计，2026年国产AI芯片的份额有望升至55%—65%；摩根士丹利则测算，"
        "2026年中国AI芯片市场规模将介于420亿至480亿美元。\n\n"
        "标准机架是指功率为2.5千瓦的机架，1EFLOPS相当于每秒百亿亿次浮点运算。",
        "2025-06-18",
    )
    title = "国家数据局有关负责人就《全国一体化算力网高质量发展行动方案（2025—2027年）》答记者问"
    facts = extract_facts(document.model_copy(update={"title": title}))[0]
    assert only(facts, "880万架").cited_source == "国家数据局"
    assert only(facts, "420亿至480亿美元").cited_source == "摩根士丹利"
    assert not [f for f in facts if f.value_text in ("2.5千瓦", "1EFLOPS")]


def test_a_ceos_answers_a_summary_restated_and_specs_and_rents_that_are_no_figures() -> None:
    document = document_from_text(
        "【导读】今年前11个月，曦算科技AI加速卡出货量已超过12万张。\n\n"
        "周启明：今年是我们真正放量的一年。前11个月，我们的AI加速卡出货量已经超过12万张，同比增长超过2倍。\n\n"
        "周启明：按照IDC的统计，今年上半年我们在国内AI加速卡市场的份额约为6%。\n\n"
        "新系统单节点配置2颗国产处理器，平均租金约为每机柜每月6,200元，已恢复约九成机柜供电。",
        "2025-12-16",
    )
    facts = extract_facts(
        document.model_copy(update={"title": "对话曦算科技CEO周启明：明年出货量将突破35万张"})
    )[0]
    shipped = [f for f in facts if f.value == 120000]
    assert [f.cited_source for f in shipped] == ["曦算科技"]
    assert only(facts, "6%").cited_source == "IDC"
    assert not [f for f in facts if f.value_text in ("2颗", "6,200元")]
    assert only(facts, "九成").measure == "share"


def test_a_table_restating_a_figure_under_a_shorter_name_gives_one_fact() -> None:
    facts = facts_of(
        "1-9月，全省电信业务收入累计完成612.4亿元，同比增长3.8%。\n"
        "附表：2025年1-9月全省通信业主要指标\n"
        "指标名称\t单位\t9月末/1-9月累计\t同比增长（%）\n"
        "电信业务收入\t亿元\t612.4\t3.8\n"
        "5G移动电话用户\t万户\t7086.0\t18.4\n",
        published="2025-10-20",
    )
    revenue = only(facts, "612.4亿元")
    assert (revenue.subject, revenue.period) == ("全省电信业务收入", "2025-Q1/Q3")
    users = only(facts, "7086.0万户")
    assert (users.period, users.metric) == ("2025-09-30", "users_5g")  # 9月末, what is counted
    assert only(facts, "18.4%").measure == "growth_yoy"


def test_a_statement_after_a_clause_about_a_part_is_about_the_whole_again() -> None:
    facts = facts_of(
        "过去一年，全省在用数据中心标准机架达到32.6万架，其中贵安新区22.8万架；"
        "数字经济增加值占地区生产总值比重达到43.2%。",
        published="2026-01-25",
    )
    assert only(facts, "22.8万架").region == "贵安"
    assert only(facts, "43.2%").region == only(facts, "32.6万架").region


def test_a_pue_glossed_in_brackets_and_its_change_in_points_of_the_ratio() -> None:
    facts = facts_of(
        "工业和信息化部数据显示，截至2025年底，全国在用数据中心平均PUE（电能利用效率）降至1.42，较上年下降0.04。"
    )
    level, change = only(facts, "1.42"), only(facts, "0.04")
    assert (level.metric, level.subject) == ("pue", "全国在用数据中心平均PUE（电能利用效率）")
    assert (change.value, change.unit, change.measure, change.metric) == (-0.04, "ratio", "growth_yoy", "pue")


def test_the_papers_own_counting_and_unnamed_local_bodies_are_no_source() -> None:
    counted = only(
        facts_of("据每经记者梳理各地电网公司公开数据，2025年广东数据中心用电量为268亿千瓦时。"), "268亿千瓦时"
    )
    assert counted.cited_source is None
    local = only(
        facts_of("根据各地数据主管部门公布的数据，截至2025年6月底，广东算力总规模为82.4EFLOPS。"),
        "82.4EFLOPS",
    )
    assert local.cited_source is None


@pytest.mark.parametrize(
    ("sentence", "value_text", "source"),
    [
        (
            "中国信通院云计算与大数据研究所副所长王立明表示，我国在用标准机架已超过1,080万架。",
            "1,080万架",
            "中国信通院云计算与大数据研究所",
        ),
        ("澜算科技创始人兼CEO陈默告诉记者，公司GPU集群规模已超过1.2万卡。", "1.2万卡", "澜算科技"),
        ("IDC在9月发布的报告中预计，2025年中国智能算力规模将达到455EFLOPS。", "455EFLOPS", "IDC"),
        (
            "国家数据局会同有关部门印发的《实施意见》提出，到2027年直连网络带宽超过200Tbps。",
            "200Tbps",
            "国家数据局",
        ),
    ],
)
def test_who_speaks_without_title_connective_or_partners(sentence: str, value_text: str, source: str) -> None:
    assert (only(facts_of(sentence), value_text).cited_source or "").split(" 《")[0] == source


def test_a_short_title_the_text_declares_cites_the_full_report_and_its_publisher() -> None:
    facts = facts_of(
        "中国信通院日前发布的《中国综合算力发展白皮书（2025年）》（以下简称《白皮书》）显示，2024年我国算力总规模达到542EFLOPS。\n"
        "展望未来，《白皮书》预计，到2030年我国算力总规模有望突破2,000EFLOPS。",
        published="2025-10-15",
    )
    assert only(facts, "2,000EFLOPS").cited_source == "中国信通院 《中国综合算力发展白皮书（2025年）》"


def test_what_a_unit_is_defined_as_is_no_figure() -> None:
    assert facts_of("注：1EFLOPS即每秒进行100亿亿次浮点运算；1ZFLOPS等于1000EFLOPS。") == []


def test_a_projects_phases_are_statements_of_their_own_and_capacity_to_be_built_is_planned() -> None:
    facts = facts_of(
        "项目总投资86亿元，分两期实施。其中，一期投资约32亿元，建设标准机架4800架，计划于今年12月底前建成投用；"
        "二期投资约54亿元，预计2028年6月底前建成。",
        published="2026-03-26",
    )
    racks, second = only(facts, "4800架"), only(facts, "54亿元")
    assert (racks.kind, racks.period) == ("target", "2026-12-31")
    assert (second.kind, second.period) == ("actual", "2026")
    assert (only(facts, "32亿元").kind, only(facts, "32亿元").period) == ("actual", "2026")


def test_a_statement_opening_with_a_place_is_about_it_not_the_topic_before() -> None:
    facts = facts_of(
        "其中，广东算力总规模位居全国第一，占全国的比重约为26%；内蒙古依托和林格尔、乌兰察布两大集群，算力总规模位居全国第三。"
    )
    assert only(facts, "26%").region == "广东"
    assert only(facts, "全国第三").region == "内蒙古"


def test_the_time_of_what_a_multiple_is_of_does_not_carry_on() -> None:
    facts = facts_of(
        "过去一年，全市在用数据中心标准机架达到6.8万架，是“十三五”末的4.2倍；算力总规模达到9.6EFLOPS。",
        published="2026-02-03",
    )
    assert only(facts, "9.6EFLOPS").period == only(facts, "6.8万架").period == "2025"


def test_an_investor_platforms_answers_are_the_companys_and_questions_state_nothing() -> None:
    facts = facts_of(
        "投资者7Kq3m2  2025-12-01 09:47\n"
        "请问董秘：公司智算中心投运了多少机柜？网上有人说上架率不到50%，是否属实？\n"
        "擎云科技 董秘回复  2025-12-03 16:24\n"
        "尊敬的投资者，您好！截至2025年11月底，公司智算中心已建成投运高功率机柜3200个，整体上架率约为86%。感谢您的关注！",
        published="2025-12-10",
    )
    assert [f.value_text for f in facts] == ["3200个", "86%"]
    assert {f.cited_source for f in facts} == {"擎云科技"}


def test_a_section_heading_dates_its_paragraphs_and_its_targets() -> None:
    facts = facts_of(
        "2026年政府工作报告\n"
        "各位代表：现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。\n"
        "一、2025年工作回顾\n"
        "数字经济加快成势。全市数字经济规模突破820亿元。\n"
        "二、2026年主要预期目标\n"
        "全市经济社会发展的主要预期目标是：算力总规模突破15EFLOPS。",
        published="2026-02-03",
    )
    assert (only(facts, "820亿元").period, only(facts, "820亿元").kind) == ("2025", "actual")
    assert (only(facts, "15EFLOPS").period, only(facts, "15EFLOPS").kind) == ("2026", "target")


def test_a_change_against_a_month_named_is_period_on_period() -> None:
    fact = only(
        facts_of("1—10月，集成电路产量同比增长12.4%，增速比9月份加快1.3个百分点。", "2025-11-14"),
        "1.3个百分点",
    )
    assert fact.measure == "growth_pop"


def test_the_share_of_what_was_just_measured_keeps_its_metric() -> None:
    facts = facts_of(
        "今年1-5月，全省投向算力基础设施项目的专项债额度达186亿元，占同期全省新增专项债券发行总额的比重约为11.3%。",
        published="2026-06-15",
    )
    assert only(facts, "186亿元").metric is None
    assert only(facts, "11.3%").metric is None


def test_a_share_whose_part_is_named_is_not_the_topics() -> None:
    facts = facts_of(
        "目前公司算力集群平均利用率保持在90%以上。2024年度，公司前五名客户销售额占年度销售总额的比例约为62%。"
    )
    assert only(facts, "62%").subject == "公司前五名客户销售额占年度销售总额的比例"


def test_a_plan_the_sentence_follows_sets_targets() -> None:
    fact = only(
        facts_of(
            "按照《绵阳市算力基础设施高质量发展行动方案（2025—2027年）》，到2027年，全市智能算力总规模将达到3000PFLOPS。"
        ),
        "3000PFLOPS",
    )
    assert (fact.kind, fact.period) == ("target", "2027")


def test_a_bulletins_year_end_is_the_end_of_the_year_it_reports() -> None:
    facts = facts_of(
        "九、邮电通信和数字经济\n全年电信业务收入468.7亿元，增长3.3%。年末全省5G基站13.8万个，比上年末净增1.9万个。",
        published="2026-03-17",
    )
    # facts_of has no title; a bulletin's title names its year
    titled = extract_facts(
        document_from_text(
            "陕西省2025年国民经济和社会发展统计公报\n"
            "全年电信业务收入468.7亿元，增长3.3%。年末全省5G基站13.8万个，比上年末净增1.9万个。\n\n"
            "这是一段没有数字的正文说明，用来让文章成为完整的段落。",
            "2026-03-17",
        )
    )[0]
    assert only(titled, "13.8万个").period == "2025-12-31" and only(titled, "13.8万个").kind == "actual"
    assert only(facts, "13.8万个").period == "2026-12-31"  # no report year: this year's end


def test_fixed_designations_history_and_idioms_are_no_figures() -> None:
    assert facts_of("8个国家算力枢纽节点和10个国家数据中心集群建设提速，人工智能需求快速增长。") == []
    assert facts_of("七十多年前，世界上第一台通用电子计算机问世时，占地170平方米、重达30吨。") == []
    assert facts_of("一个大模型的训练动辄需要成千上万张加速卡协同工作，运算能力已是它的亿万倍。") == []


def test_a_machines_make_up_is_no_figure() -> None:
    facts = facts_of(
        "“天衡三号”单颗处理器集成384个计算核心，双精度浮点峰值约为7.2TFLOPS；全系统共包含40,960个计算节点。"
    )
    assert facts == []


def test_a_change_against_the_last_edition_is_a_change() -> None:
    fact = only(facts_of("部署在互联网企业的系统达到38套，较上届增加5套。"), "5套")
    assert fact.measure == "growth_yoy"


def test_after_a_project_opened_the_sentences_stand_in_its_year_unless_they_count_from_it() -> None:
    facts = facts_of(
        "国家超级计算深圳中心正加快推动新系统的应用落地。中心主任刘建华介绍，项目总投资约45亿元，已于今年6月完成部署并投入试运行。"
        "随着新系统上线，中心总算力规模已超过2,000P。",
        published="2025-11-25",
    )
    invested, capacity = only(facts, "45亿元"), only(facts, "2,000P")
    assert (invested.period, capacity.period) == ("2025-06", "2025")
    assert invested.cited_source == capacity.cited_source == "国家超级计算深圳中心"
    assert capacity.region == "深圳"


def test_market_flashes_give_no_facts() -> None:
    assert facts_of("COMEX黄金期货日内涨0.87%，站上3800美元/盎司，续创历史新高；现货白银涨1.57%。") == []


def test_a_notices_numbered_targets_keep_the_year_the_sentence_before_names() -> None:
    facts = facts_of(
        "（一）到2027年。一是算力规模稳步扩大，全国算力总规模达到450EFLOPS以上；二是新建大型数据中心PUE降至1.25以下。",
        published="2026-04-03",
    )
    assert (only(facts, "1.25").period, only(facts, "450EFLOPS").period) == ("2027", "2027")


def test_a_relative_year_after_a_word_ending_like_one_is_still_a_year() -> None:
    fact = only(facts_of("因此今年资本支出将上修至480亿至500亿美元。", "2026-04-17"), "480亿至500亿美元")
    assert (fact.period, fact.kind) == ("2026", "forecast")


def test_guidance_raised_for_the_year_is_a_forecast() -> None:
    fact = only(facts_of("公司全年美元营收年增率上调至约30%。", "2026-04-17"), "30%")
    assert fact.kind == "forecast"


def test_what_a_term_means_is_no_figure() -> None:
    assert facts_of("注：标准机架指功率为2.5千瓦的机架。") == []


def test_power_written_after_its_number_and_a_part_of_it_named_after() -> None:
    facts = facts_of(
        "中标者须提供不少于120兆瓦的数据中心电力容量。中电表示，目前已为新数据中心项目预留约1,100兆瓦供电容量，当中约四成位于新界北。",
        published="2026-07-15",
    )
    assert only(facts, "120兆瓦").metric == "data_centre_power"
    assert only(facts, "四成").measure == "share"


def test_a_level_of_green_power_is_no_level_of_data_centre_power() -> None:
    fact = only(
        facts_of("今年前10个月，全国数据中心绿电交易电量为186亿千瓦时。", "2025-12-01"), "186亿千瓦时"
    )
    assert fact.metric is None


def test_half_of_a_whole_is_a_share_and_the_western_hubs_are_the_west() -> None:
    fact = only(
        facts_of("韩志远预计，到2030年，西部枢纽节点的智能算力规模有望占全国的一半以上。", "2026-05-18"),
        "一半",
    )
    assert (fact.value, fact.unit, fact.qualifier, fact.region) == (50.0, "percent", "ge", "西部地区")


def test_a_list_of_projects_in_statements_keeps_each_ones_time_and_kind() -> None:
    facts = facts_of(
        "公告显示，庆阳智算中心项目总投资约21.6亿元，规划建设高功率标准机柜3000架，计划于2027年6月底前建成投产；"
        "芜湖智算中心项目总投资约12.4亿元，建成后可新增智能算力约4000P，预计2027年底前投入运营。",
        published="2026-03-18",
    )
    assert (only(facts, "12.4亿元").period, only(facts, "12.4亿元").kind) == ("2026", "actual")
    assert (only(facts, "4000P").period, only(facts, "4000P").kind) == ("2027-12-31", "forecast")
    assert (only(facts, "3000架").period, only(facts, "3000架").kind) == ("2027-06-30", "target")


def test_the_year_before_is_the_sentences_year_before_else_the_storys() -> None:
    reported = facts_of(
        "恒岳数智2025年实现算力服务收入9.6亿元，占营业收入的比重由上年的27%提升至38.9%。", "2026-03-18"
    )
    assert (only(reported, "27%").period, only(reported, "38.9%").period) == ("2024", "2025")
    told = facts_of("资料中心用电量占全国总用电量的比重，将由去年的约2.2%升至2029年的约6.5%。", "2026-03-24")
    assert (only(told, "2.2%").period, only(told, "2.2%").kind) == ("2025", "actual")
    assert only(told, "6.5%").measure == "share"


def test_offering_terms_returns_and_prices_per_unit_are_no_figures() -> None:
    assert (
        facts_of(
            "本次发行股票数量不超过发行前公司总股本的30%，发行价格不低于定价基准日前20个交易日公司股票交易均价的80%。"
        )
        == []
    )
    assert facts_of("经公司测算，三个智算中心项目税后内部收益率为13.7%，税后静态投资回收期约6.3年。") == []
    assert facts_of("搭载8张H100的服务器整机月租金已从去年同期的7万元左右降至目前的3.9万元上下。") == []
    assert facts_of("目前资料中心等高压用户平均电价每度约5.19元。", "2026-03-24") == []
    assert facts_of("新投用的液冷机柜单柜功率密度最高可达40千瓦。") == []


def test_in_a_taiwan_story_the_whole_country_is_taiwan() -> None:
    document = document_from_text(
        "資料中心用電需求大增\n經濟部規劃至民國118年在中南部設置資料中心專區，預留供電容量100萬瓩。\n\n"
        "這是一段沒有數字的正文說明，用來讓文章成為完整的段落。",
        "2026-03-24",
    )
    assert only(extract_facts(document)[0], "100万瓩").region == "TW"


def test_a_press_conference_speakers_answers_are_his_bodys_and_the_questions_none() -> None:
    facts = facts_of(
        "发布人：工业和信息化部信息通信发展司副司长 何建军\n"
        "人民日报记者：\n近期有报道称，今年全国计划新建5G基站超过60万个，请问是否属实？\n"
        "何建军：\n谢谢您的提问。截至6月末，我国5G基站总数达到498.6万个。我们今年的计划是全年新建5G基站50万个以上。",
        published="2026-07-21",
    )
    assert [f.value_text for f in facts] == ["498.6万个", "50万个"]
    assert only(facts, "498.6万个").cited_source == "工业和信息化部信息通信发展司"
    assert only(facts, "50万个").kind == "target"


def test_sources_named_by_that_body_a_paper_and_a_basis() -> None:
    facts = facts_of(
        "记者4月15日从贵州省大数据发展管理局获悉，截至3月底，全省算力总规模达到96.4EFLOPS。\n"
        "该局有关负责人介绍，今年一季度，全省算力产业完成投资86.2亿元。",
        published="2026-04-16",
    )
    assert only(facts, "86.2亿元").cited_source == "贵州省大数据发展管理局"
    learned = facts_of(
        "南都记者从韶关市政务服务和数据管理局（以下简称“市政数局”）获悉，截至1月底，集群用电负荷达到约62万千瓦。"
    )
    assert only(learned, "62万千瓦").cited_source == "韶关市政务服务和数据管理局"
    basis = facts_of("按照博睿咨询的口径，本土厂商2025年合计份额达到42.5%。", "2026-03-16")
    assert only(basis, "42.5%").cited_source == "博睿咨询"
    glossed = facts_of("弗若斯特沙利文（Frost & Sullivan）则预测，2026年中国智算服务市场规模约为2,180亿元。")
    assert only(glossed, "2,180亿元").cited_source == "弗若斯特沙利文"


def test_a_projects_figures_after_the_day_it_opened_are_that_months() -> None:
    facts = facts_of(
        "本报讯（记者 龙 静）4月14日，黔云智算贵安智算中心在贵安新区正式投运。"
        "据项目运营方相关负责人介绍，项目总投资约42亿元，一期新增智能算力约6000P，已有18家企业签约入驻。",
        published="2026-04-16",
    )
    assert (only(facts, "42亿元").period, only(facts, "6000P").period, only(facts, "18家").period) == (
        "2026-04",
        "2026-04",
        "2026",
    )


def test_shares_listed_with_one_noun_and_a_change_that_names_only_its_start() -> None:
    facts = facts_of(
        "据博睿咨询发布的报告显示，2025年中国AI加速芯片市场规模达到1,862亿元。"
        "其中，安图斯的市场份额由2024年的58.0%降至41.3%；墨矽半导体、寒岳智能分别以9.8%和7.2%的份额紧随其后。",
        published="2026-03-16",
    )
    assert (only(facts, "58.0%").period, only(facts, "41.3%").period) == ("2024", "2025")
    assert only(facts, "9.8%").measure == only(facts, "7.2%").measure == "share"


def test_we_judge_in_an_answer_is_the_answering_company_and_a_bare_echo_is_nothing() -> None:
    facts = facts_of(
        "近日，36氪专访了冷擎科技创始人沈一鸣，聊了聊液冷市场的变化和公司的打算。\n"
        "沈一鸣：三倍有点夸张，但高增长是确定的。据IDC统计，去年我们在国内冷板式液冷基础设施市场的份额约为14%。"
        "我们判断，到2027年，国内新建智算中心的液冷渗透率将超过50%。",
        published="2026-05-20",
    )
    assert "三倍" not in [f.value_text for f in facts]
    assert only(facts, "14%").cited_source == "IDC"
    assert only(facts, "50%").cited_source == "冷擎科技"


def test_jilin_and_hainan_are_provinces_and_each_provinces_figures_its_own() -> None:
    facts = facts_of(
        "海南省工业和信息化厅数据显示，截至八月底，全省数据中心在用标准机架一万八千架。吉林省算力总规模达到3.2EFLOPS。",
        published="2026-09-16",
    )
    assert only(facts, "一万八千架").region == "海南"
    assert only(facts, "3.2EFLOPS").region == "吉林"


def test_a_companys_own_figures_are_of_its_home_not_its_projects_place() -> None:
    facts = facts_of(
        "星衡科技的海外算力业务主要依托位于马来西亚柔佛州新山的智算中心。\n"
        "上半年公司实现营业收入48.6亿元，同比增长27.4%。",
        published="2026-08-27",
    )
    assert only(facts, "48.6亿元").region == "CN"


def test_caps_thresholds_rents_and_listing_standards_are_no_figures() -> None:
    assert facts_of("单个企业每年最高不超过500万元，申请企业上一年度营业收入一般不超过4亿元。") == []
    assert facts_of("公司选择的上市标准为“预计市值不低于10亿元，最近两年净利润均为正”。") == []
    assert facts_of("合同期限多为10至15年，单机柜月均租金在6000元上下。") == []


def test_targets_named_after_the_number_and_by_a_province_that_then_sets_them() -> None:
    goal = only(
        facts_of("董事会秘书表示：“全年新增交付机柜3万架左右的目标，公司有把握完成。”", "2026-07-08"), "3万架"
    )
    assert goal.kind == "target"
    stated = facts_of("海南省则提出，到二〇三〇年，全省算力总规模达到一万五千P。", "2026-09-16")
    assert only(stated, "一万五千P").kind == "target"


def test_a_count_written_after_what_it_counts_in_chinese_numerals() -> None:
    fact = only(
        facts_of("截至八月底，广西已建成面向东盟的跨境数据中心七座，在用标准机架一万二千架。", "2026-09-16"),
        "七座",
    )
    assert (fact.value, fact.unit) == (7.0, "count")


def test_a_budget_a_plan_sets_is_money_set_aside_and_a_subsidy_rate_has_no_metric() -> None:
    facts = facts_of(
        "《办法》明确，2026年市级财政安排算力券资金总额2亿元。企业购买智能算力服务的，按合同金额的30%给予补贴。",
        published="2026-03-12",
    )
    assert only(facts, "2亿元").kind == "actual"
    assert only(facts, "30%").metric is None


def test_he_and_an_analyst_speak_for_who_the_text_named() -> None:
    facts = facts_of(
        "“这并不是个案。”华岳证券计算机行业首席分析师周明哲对第一财经记者表示，不少上市公司跨界布局智算中心。\n"
        "周明哲认为，行业整体并没有降温。他预计，今年国内智算中心新增投资规模仍将超过2000亿元。",
        published="2026-04-29",
    )
    assert only(facts, "2000亿元").cited_source == "华岳证券"


def test_a_results_storys_figures_naming_no_time_are_of_its_period() -> None:
    facts = facts_of(
        "云港数据中期多赚15.3%\n"
        "云港数据昨日公布截至2026年6月30日止六个月中期业绩。期内收入人民币32.48亿元。\n"
        "收入增长主要来自人工智能客户的订单。分地区看，内地业务收入占总收入的72.4%。",
        published="2026-08-21",
    )
    assert only(facts, "72.4%").period == "2026-H1"


def test_a_short_name_in_brackets_after_a_body_stands_for_it() -> None:
    facts = facts_of(
        "【本報消息】特區政府積極推動澳門數據中心產業發展。經濟及科技發展局（經科局）昨日舉行新聞發佈會。\n"
        "經科局表示，「澳門數據港」一期已於今年3月底正式投入運營，總投資約12.6億澳門元。",
        published="2026-05-14",
    )
    fact = only(facts, "12.6亿澳门元")
    assert (fact.cited_source, fact.period, fact.unit) == ("经济及科技发展局", "2026-03", "MOP")


def test_a_share_named_in_the_clause_before_its_change() -> None:
    facts = facts_of(
        "报告预计，用于人工智能训练和推理的负载占全球数据中心总装机容量的比重，将由2025年的约28%升至2030年的六成左右。",
        published="2026-05-20",
    )
    start, end = only(facts, "28%"), only(facts, "六成")
    assert (start.measure, start.period, start.metric) == ("share", "2025", "data_centre_power")
    assert (end.measure, end.period, end.kind) == ("share", "2030", "forecast")


def test_parts_listed_after_a_share_are_shares_of_the_same_whole() -> None:
    facts = facts_of(
        "集邦科技分析，明年台积电CoWoS产能中，辉达将包下约6成，超微（AMD）约1成，博通、迈威尔等ASIC客户合计约2成。",
        published="2025-09-09",
    )
    assert [only(facts, text).measure for text in ("6成", "1成", "2成")] == ["share"] * 3


def test_this_year_after_a_share_word_is_no_comparison() -> None:
    fact = only(facts_of("晶鼎精密指出，先进封装营收占比今年可望突破2成。", "2025-09-09"), "2成")
    assert (fact.period, fact.kind, fact.measure) == ("2025", "forecast", "share")


def test_the_reported_period_mid_sentence_is_the_year_the_annual_report_covers() -> None:
    facts = facts_of(
        "年报显示，公司2025年实现营业收入62.4亿元。来自美国的收入占比由2024年的11.2%降至3.4%。\n"
        "启衡智能在年报中表示，受美国商务部去年以来多轮更新出口管制规则影响，公司部分海外客户暂停合作，"
        "报告期内约2.6亿美元的海外订单被取消或无限期推迟。",
        published="2026-04-23",
    )
    fact = only(facts, "2.6亿美元")
    assert (fact.period, fact.region) == ("2025", "CN")  # not 2024, the base; not the US, the cause


def test_parts_of_the_country_listed_with_one_suffix() -> None:
    facts = facts_of(
        "国家数据局副局长、新闻发言人刘明远介绍，全国算力总规模达到412EFLOPS。\n"
        "刘明远说，分区域看，截至6月底，东部、中部、西部地区算力规模分别为176EFLOPS、68EFLOPS和145EFLOPS。",
        published="2026-07-25",
    )
    assert [only(facts, text).region for text in ("176EFLOPS", "68EFLOPS", "145EFLOPS")] == [
        "东部地区",
        "中部地区",
        "西部地区",
    ]
    assert only(facts, "145EFLOPS").cited_source == "国家数据局"  # a person with two titles speaks for it


def test_the_bay_area_by_its_short_name() -> None:
    fact = only(facts_of("我们的目标是，到2027年大湾区算力总规模达到200EFLOPS。", "2026-05-18"), "200EFLOPS")
    assert (fact.region, fact.kind) == ("粤港澳大湾区", "target")


def test_a_data_centres_letting_rate_is_of_its_racks() -> None:
    facts = facts_of(
        "截至2026年3月末，4座数据中心合计设计机柜约1.26万个，加权平均出租率约为94.6%，较上年末提升1.8个百分点。",
        published="2026-06-10",
    )
    assert only(facts, "94.6%").metric == "data_centre_racks"
    assert only(facts, "1.8个百分点").metric == "data_centre_racks"


def test_a_rank_is_of_what_its_clause_opened_with() -> None:
    facts = facts_of(
        "Synergy Research数据显示，全球超大规模数据中心数目于第三季增至1,136个，其中美国占比约51%，中国以约16%排名第二。",
        published="2025-11-20",
    )
    assert only(facts, "16%").measure == "share"
    assert only(facts, "排名第二").region == "CN"


def test_a_price_per_megawatt_is_no_amount() -> None:
    facts = facts_of("据测算，该项目每兆瓦建设成本约为3500万元，总投资约18亿元。", "2026-05-01")
    assert [f.value_text for f in facts if f.unit == "CNY"] == ["18亿元"]


def test_a_share_of_the_world_then_a_rate_without_a_comma() -> None:
    facts = facts_of("我国算力总规模达到410EFlops，全球占比31%增速达45%。", "2025-09-20")
    share, rate = only(facts, "31%"), only(facts, "45%")
    assert (share.measure, share.region) == ("share", "CN")
    assert rate.measure == "growth_yoy"


def test_a_bracketed_gloss_of_the_number_before_is_no_second_figure() -> None:
    facts = facts_of(
        "截至2025年6月，我国算力总规模达300EFLOPS(3000万亿次浮点运算)，位居全球第二位。", "2025-08-01"
    )
    assert [f.value_text for f in facts if f.unit == "FLOPS"] == ["300EFLOPS"]
    assert only(facts, "300EFLOPS").period == "2025-06-30"  # 截至 a month: its last day


def test_a_metric_the_sentence_names_before_its_number_outranks_the_paragraphs_topic() -> None:
    facts = facts_of(
        "截至6月底，全市在用机架总规模超过12万标准机架。随着大模型应用不断落地，智能算力更是展现出高增长势头，"
        "今年上半年增速超过60%。",
        "2025-08-01",
    )
    assert only(facts, "60%").metric == "ai_compute_capacity"


def test_a_national_companys_name_is_not_the_place_named_beside_it() -> None:
    facts = facts_of(
        "在合肥高新区，中国联通华东智算中心完成扩容，算力规模超1500PFLOPS；在芜湖数据中心集群，机架规模达到2.6万架。",
        "2025-09-05",
    )
    assert only(facts, "1500PFLOPS").region == "合肥"
    alone = facts_of("中國移動公布，截至去年底5G基站超過240萬個。", "2025-03-20")
    assert only(alone, "240万个").region == "CN"


def test_a_ranked_list_header_is_no_rank_but_its_topic_goes_on() -> None:
    facts = facts_of(
        "2025年数据中心用电量排名前三的省份分别为广东、内蒙古和河北，用电量分别为260亿千瓦时、220亿千瓦时和180亿千瓦时。",
        "2026-03-01",
    )
    assert not [f for f in facts if f.unit == "rank"]
    assert only(facts, "220亿千瓦时").metric == "data_centre_power"


def test_places_named_once_each_or_in_a_circumstance_are_not_where_the_text_is_about() -> None:
    facts = facts_of(
        "随着国家超级计算太原中心、青岛人工智能计算中心、长沙人工智能创新中心等七家算力中心正式接入，"
        "国家超算互联网所连接的骨干节点型算力中心已突破30家。",
        "2025-08-25",
    )
    assert only(facts, "30家").region == "CN"


def test_traditional_script_in_the_mainlands_statistical_words_is_a_mainland_story() -> None:
    facts = facts_of("截至9月末，5G基站總數達470.5萬個，比上年末淨增45.5萬個。", "2025-10-27")
    assert only(facts, "470.5万个").region == "CN"


def test_the_same_period_last_year_said_before_the_words_of_the_number() -> None:
    fact = only(
        facts_of(
            "前三季度公司AI服务器收入占营业收入的比重提升至47.5%，去年同期这一比例为31.2%。", "2025-10-29"
        ),
        "31.2%",
    )
    assert fact.period == "2024-Q1/Q3"


def test_a_time_compared_with_in_quotes_is_no_time_of_what_follows() -> None:
    facts = facts_of(
        "截至2025年底，西部地区算力规模占全国的比重达到28%，较“十三五”末提高约11个百分点；"
        "贵州、内蒙古、宁夏三地算力规模分别达到52EFLOPS、48EFLOPS和39EFLOPS。",
        "2026-01-26",
    )
    points = only(facts, "11个百分点")
    assert (points.period, points.region) == ("2025-12-31", "西部地区")  # a change of the part's share
    assert only(facts, "48EFLOPS").period == "2025-12-31"


def test_a_vacancy_rate_is_a_share_and_a_nodes_rating_no_figure() -> None:
    assert only(facts_of("整体空置率跌至约4%，为近年低位。", "2026-09-17"), "4%").measure == "share"
    rated = facts_of("新系统存储总容量提升至60PB。单节点双精度峰值性能约为9.7TFLOPS。", "2026-04-16")
    assert only(rated, "60PB").metric == "storage_capacity"
    assert not [f for f in rated if f.unit == "FLOPS"]


def test_a_report_published_is_the_source_of_the_report_shows_after_it() -> None:
    facts = facts_of(
        "新浪科技讯 5月6日上午消息，国际能源署（International Energy Agency，IEA）当地时间5日发布年度报告《能源与人工智能》。"
        "报告显示，2025年全球数据中心用电量约为520太瓦时（TWh，terawatt-hour，即10亿千瓦时），同比增长约14%。",
        "2026-05-06",
    )
    assert "国际能源署" in (only(facts, "520太瓦时").cited_source or "")
    assert [f.value_text for f in facts if f.unit == "Wh"] == ["520太瓦时"]  # the unit's gloss is no figure


def test_a_chips_power_and_a_worked_example_are_no_figures_and_pue_has_a_chinese_name() -> None:
    facts = facts_of(
        "我国在用数据中心平均PUE（Power Usage Effectiveness，电能利用效率）为1.41。"
        "单颗GPU的热设计功耗（TDP）已达1,400瓦左右。"
        "业内常用的一种估算是：以一座100兆瓦（MW，megawatt）的智算中心满载运行计算，一年耗电约8.76亿千瓦时。",
        "2026-05-06",
    )
    assert [(f.value_text, f.metric) for f in facts] == [("1.41", "pue")]


def test_ringgit_and_singapore_dollars_and_a_plans_time_after_its_number() -> None:
    facts = facts_of(
        "云启数科本月初宣布，将投资约25亿令吉，在马来西亚柔佛州新山兴建一座智算中心，规划IT负载120兆瓦，计划2029年全部建成；"
        "其中一期40兆瓦预计明年第二季度投入运营。新加坡政府今年宣布拨款5亿新元。",
        "2026-09-15",
    )
    pledged = only(facts, "25亿令吉")
    assert (pledged.unit, pledged.value, pledged.kind, pledged.period) == ("MYR", 2.5e9, "actual", "2026")
    assert (only(facts, "120兆瓦").kind, only(facts, "120兆瓦").period) == ("target", "2029")
    assert (only(facts, "40兆瓦").kind, only(facts, "40兆瓦").period) == ("forecast", "2027-Q2")
    assert only(facts, "5亿新元").unit == "SGD"


def test_a_change_of_what_its_own_words_name_borrows_no_metric() -> None:
    facts = facts_of(
        "规划IT负载120兆瓦。云启数科今年上半年财报显示，公司海外业务收入同比增长约1.3倍。", "2026-09-15"
    )
    assert only(facts, "1.3倍").metric is None


def test_a_price_said_again_a_machines_cards_and_a_dividend_per_share_are_no_figures() -> None:
    facts = facts_of(
        "“去年这个时候，8卡H100服务器一个月还能租到9万元，现在6万元都不好谈。”一家租赁商的销售负责人说。"
        "目前H100整机（8卡）月租已普遍跌至5.8万至6.2万元。公司拟每股派发现金红利0.238元。",
        "2026-11-12",
    )
    assert facts == []


def test_a_share_last_year_and_a_year_before_the_time_a_change_went_to() -> None:
    facts = facts_of(
        "今年前三季度，三年期以上长约的金额占比由去年的近五成降至不足三成。"
        "头部租赁商GPU集群平均出租率已由去年同期的约91%降至三季度的约78%。",
        "2026-11-12",
    )
    assert only(facts, "五成").period == "2025"
    assert (only(facts, "91%").period, only(facts, "78%").period) == ("2025-Q3", "2026-Q3")


def test_a_roadmaps_numbers_are_targets_and_a_government_announcing_a_grant_is_its_source() -> None:
    facts = facts_of(
        "根据当局公布的《绿色数据中心路线图》，到2030年，新加坡将再新增至少300兆瓦数据中心容量。"
        "此外，新加坡政府今年宣布拨款5亿新元。柔佛智算中心已投运机柜约3200个。",
        "2026-09-15",
    )
    assert only(facts, "300兆瓦").kind == "target"
    assert only(facts, "5亿新元").cited_source == "新加坡政府"
    assert only(facts, "3200个").region == "MY"


def test_a_companys_spending_planned_for_the_year_is_a_target() -> None:
    facts = facts_of(
        "中联电信董事长表示，2026年公司计划资本开支约1,550亿元；其中算力投资计划增至约560亿元。",
        "2026-03-24",
    )
    assert [only(facts, text).kind for text in ("1,550亿元", "560亿元")] == ["target", "target"]
    project = facts_of("目前集群在建数据中心项目十余个，计划总投资超过380亿元。", "2026-03-24")
    assert only(project, "380亿元").kind == "actual"  # a project's money, committed now


def test_what_a_place_is_called_is_no_source_and_a_tenders_title_no_part_of_it() -> None:
    facts = facts_of(
        "宜昌有“世界水电之都”之称。近年来，宜昌加快布局算力产业，目前全年算力规模可突破1000P。"
        "11月18日，国投汇恒（北京）投资控股有限公司发布《北京市顺义区、密云区算力中心EPC总承包框架项目》招标公告，预算78650万元。",
        "2025-11-25",
    )
    assert only(facts, "1000P").cited_source is None
    budget = only(facts, "78650万元")
    assert budget.cited_source == "国投汇恒（北京）投资控股有限公司"
    assert "□" not in budget.subject


def test_a_threshold_of_a_class_of_projects_an_exchange_rate_and_basis_points() -> None:
    facts = facts_of(
        "共有207个项目集中开工，总投资1280亿元，其中投资过10亿元项目29个。"
        "以新台币兑美元30.4元估算，日月光预期第4季整体合并毛利率将较第3季增加70至100个基点。",
        "2025-10-31",
    )
    assert [f.value_text for f in facts if f.unit == "CNY"] == ["1280亿元"]
    assert not [f for f in facts if f.unit == "USD"]
    points = only(facts, "70至100个基点")
    assert (points.unit, points.value, points.value_high) == ("percentage_point", 0.7, 1.0)
    assert points.cited_source is None or "兑" not in points.cited_source


def test_the_reported_span_a_sentence_without_numbers_named_and_prices_of_last_year() -> None:
    facts = facts_of(
        "国家工信部公布，今年首十一个月通信业整体运行态势平稳。\n"
        "期内，电信业务收入累计完成1.59万亿元人民币，按年增长2.6%。按照上年不变价计算的电信业务总量增长10%。",
        "2024-12-20",
    )
    assert {only(facts, text).period for text in ("1.59万亿元人民币", "2.6%", "10%")} == {"2024-01/2024-11"}


def test_a_newsroom_lead_with_a_space_and_a_capacity_expanded_to() -> None:
    facts = facts_of(
        "中新网 宜昌9月20日电 （董晓斌 韩成）投资93亿元的超大规模人工智能算力中心项目一期，20日开工。"
        "该智算中心2024年年底算力规模80P，今年6月将扩容至300P。",
        "2024-09-21",
    )
    assert only(facts, "93亿元").subject == "投资"
    assert only(facts, "300P").metric == "total_compute_capacity"


def test_a_national_companys_name_is_where_only_its_own_figures_are() -> None:
    facts = facts_of(
        "今年以来，中卫市积极谋划数据中心集群基础设施建设项目20个。"
        "今年，中国移动5号机房、中国联通4号机房等项目建成投运，中金、中联等17个重点项目加快推进。",
        "2024-09-16",
    )
    assert only(facts, "17个").region == "中卫"


def test_a_mainland_story_in_taiwans_words_is_read_as_the_mainlands() -> None:
    facts = facts_of(
        "新華社報導，2025年恰逢推進數字中國建設10週年。\n"
        "2024年，我國數字經濟核心産業增加值佔GDP比重10%左右；算力總規模達到280EFLOPS，建成5G基站425.1萬個……\n"
        "看網路設施，截至2024年底，我國5G基站總數全球佔比達60%。",
        "2025-04-30",
    )
    assert {f.region for f in facts} == {"CN"}
    assert only(facts, "280EFLOPS").cited_source is None  # the list's …… ends its sentence
    taiwan = facts_of("經濟部表示，我國伺服器直接外銷占比達九成以上，出口以美國為大宗。", "2024-10-16")
    assert only(taiwan, "九成").region == "TW"


def test_hong_kongs_spoken_p_a_speakers_radio_show_and_a_start_month() -> None:
    facts = facts_of(
        "創新科技及工業局局長孫東稱，本港算力比周邊地區有優勢。\n"
        "孫東今（2日）在電台節目表示，本港今年年底可提供5千匹算力。\n"
        "數碼港人工智能超算中心自去年12月啟用以來，其算力使用率已高達八成。",
        "2025-11-02",
    )
    compute = only(facts, "5千匹")
    assert (compute.value, compute.unit, compute.cited_source) == (5e18, "FLOPS", "创新科技及工业局")
    used = only(facts, "八成")
    assert (used.period, used.subject) == ("2025", "算力使用率")


def test_a_price_per_month_is_no_amount_and_top_compute_after_its_number_is_compute() -> None:
    facts = facts_of(
        "AISC提供高达3000 PFLOPS的顶级算力，企业可以低至每月1800元的成本进行概念验证。", "2025-12-24"
    )
    assert only(facts, "3000 PFLOPS").metric == "total_compute_capacity"
    assert not [f for f in facts if f.unit in ("CNY", "HKD")]


def test_shareholdings_a_racks_load_and_an_asking_price_are_no_figures() -> None:
    facts = facts_of(
        "电光科技持股65%，浙江云谷持股35%。单机柜功率密度达到30千瓦，整体IT负载达到50兆瓦。"
        "GB200一柜大约冰箱大小，就须负载就高达1.4MW。现在二个机柜的GB三百就要价一亿元。"
        "根据国科会的资料，全台AI算力中心规模大约会达到四百五十MW，其中国科会占了廿三MW。",
        "2026-01-25",
    )
    assert [f.value_text for f in facts] == ["50兆瓦", "四百五十MW", "廿三MW"]
    assert only(facts, "廿三MW").subject == "国科会"  # (会 of a body's name is no "will")


def test_a_hong_kong_interim_announcement() -> None:
    facts = facts_of(
        "截至2026年6月30日止六個月之中期業績公告\n"
        "瀚雲數據控股有限公司（「本公司」）董事會欣然宣佈本公司及其附屬公司（統稱「本集團」）截至2026年6月30日止六個月"
        "（「本期間」）之未經審核簡明綜合中期業績。\n"
        "• 收益按年增長21.4%至2,846.3百萬港元。\n"
        "• 於2026年6月30日，本集團已投運IT容量約為412兆瓦，較2025年12月31日增加48兆瓦。\n"
        "• 本期間平均上架率為81.6%（2025年同期：77.9%）。\n"
        "本期間內，來自中國內地業務的收益為人民幣9.74億元。\n"
        "本集團預計，至2027年底，已投運IT容量將超過600兆瓦。",
        "2026-08-27",
    )
    assert only(facts, "2,846.3百万港元").period == "2026-H1"
    assert only(facts, "412兆瓦").period == "2026-06-30"  # a balance date
    assert (only(facts, "48兆瓦").measure, only(facts, "48兆瓦").period) == ("growth_yoy", "2026-06-30")
    compared = only(facts, "77.9%")
    assert (compared.period, compared.measure) == ("2025-H1", "share")
    assert only(facts, "9.74亿元").period == "2026-H1"
    ahead = only(facts, "600兆瓦")
    assert (ahead.period, ahead.kind, ahead.cited_source) == (
        "2027-12-31",
        "forecast",
        "瀚云数据控股有限公司",
    )


def test_a_list_of_hubs_counted_after_it_and_the_countrys_hubs_together() -> None:
    facts = facts_of(
        "工程实施以来，京津冀、长三角、粤港澳大湾区、成渝4个东部枢纽和内蒙古、贵州、甘肃、宁夏4个西部枢纽共布局建设"
        "10个国家数据中心集群。截至2025年底，8个国家枢纽节点累计完成数据中心直接投资超过3800亿元。\n"
        "截至2025年底，内蒙古、贵州、甘肃、宁夏4个西部枢纽节点在用标准机架分别达到41.2万架、36.9万架、13.7万架和19.3万架。",
        "2026-02-12",
    )
    assert not [f for f in facts if f.value_text == "4个"]
    assert only(facts, "3800亿元").region == "CN"
    assert [only(facts, t).region for t in ("41.2万架", "19.3万架")] == ["内蒙古", "宁夏"]


def test_a_short_title_so_called_a_share_reached_and_a_chips_memory() -> None:
    facts = facts_of(
        "研究机构灵犀智库近日发布的《2025年中国AI加速卡市场追踪报告》（下称《报告》）显示，2025年本土厂商出货约163万张，"
        "占比首次过半，达到52.2%。\n《报告》显示，海外厂商产品份额由2024年的约63%降至2025年的47.8%。"
        "主力型号单卡FP16算力约为640TFLOPS，但HBM容量仍停留在64GB。",
        "2026-04-21",
    )
    assert only(facts, "52.2%").measure == "share"
    assert "灵犀智库" in (only(facts, "63%").cited_source or "")
    assert not [f for f in facts if f.unit in ("byte", "FLOPS")]


def test_a_multiples_base_past_its_own_number_and_a_rate_over_years_to_come() -> None:
    facts = facts_of(
        "台電估計，至2030年資料中心用電需求將達約380萬瓩，是2025年約95萬瓩的4倍，資料中心用電量占全國總用電量的比重將升至約7.2%。"
        "台電強調，2026年至2030年全國用電量年均成長約2.8%。",
        "2026-05-12",
    )
    assert only(facts, "7.2%").period == "2030"
    rate = only(facts, "2.8%")
    assert (rate.period, rate.kind) == ("2026/2030", "forecast")


def test_a_province_known_only_by_its_cities_and_its_division_into_cities() -> None:
    facts = facts_of(
        "2026年1-6月，全省通信业保持平稳增长。截至6月末，全省5G基站总数达到42.6万个，全省21个地级以上市城区实现5G网络连续覆盖。\n"
        "分地市看，广州、深圳、东莞5G基站分别为9.8万个、8.6万个和3.1万个。",
        "2026-07-24",
    )
    assert only(facts, "42.6万个").region == "广东"
    assert not [f for f in facts if f.value_text == "21个"]


def test_the_bureau_speaking_of_its_own_figures_and_a_report_disclosed() -> None:
    facts = facts_of(
        "發展局局長在書面答覆中表示，政府已在古洞北預留約13公頃用地。\n"
        "創新科技及工業局局長在答覆另一項質詢時表示，根據局方掌握的數字，截至去年底，本港數據中心總容量約1,410兆瓦。\n"
        "局長又表示，政府目標是在2030年或之前，將本港數據中心總容量提升至不少於3,000兆瓦。\n"
        "中国信通院前段时间发布的数据显示，全国算力总规模达到约300EFLOPS。信通院同时测算，2024年我国算力核心产业规模约为2.1万亿元。"
        "另外，国家数据局披露，截至今年6月底，全国在用算力中心标准机架超过1,085万架。",
        "2026-02-04",
    )
    assert only(facts, "1,410兆瓦").cited_source == "创新科技及工业局"
    assert only(facts, "3,000兆瓦").cited_source == "创新科技及工业局"
    assert only(facts, "2.1万亿元").cited_source == "中国信通院"
    assert only(facts, "1,085万架").cited_source == "国家数据局"


def test_a_plan_in_its_own_clause_a_plan_at_the_statements_end_and_what_now_is_compared_with() -> None:
    facts = facts_of(
        "澳瑞数字表示，上海临港园区二期将投资约4.5亿美元，总建筑面积约52万平方英尺，新增IT负载约60兆瓦，预计2027年第二季度投入运营。"
        "“预计到2027年底，公司在中国内地的IT容量将较目前翻一番。”在新加坡，澳瑞数字计划于今年第四季度完成裕廊园区约20兆瓦的扩容。",
        "2026-06-16",
    )
    assert (only(facts, "4.5亿美元").kind, only(facts, "4.5亿美元").period) == ("actual", "2026")
    assert (only(facts, "52万平方英尺").kind, only(facts, "52万平方英尺").period) == ("forecast", "2027-Q2")
    assert (only(facts, "翻一番").kind, only(facts, "翻一番").period) == ("forecast", "2027-12-31")
    assert only(facts, "20兆瓦").kind == "target"


def test_the_whole_city_after_a_municipality_and_how_many_a_rate_is_about() -> None:
    facts = facts_of(
        "上海市经济和信息化委员会数据显示，截至3月底，上海已投运智算中心平均利用率约为71%，全市智能算力规模达到18.6EFLOPS。"
        "合肥市数据资源局介绍，合肥先进计算中心等8个公共智算平台去年平均利用率达到64.5%。",
        "2026-04-21",
    )
    assert only(facts, "18.6EFLOPS").region == "上海"
    assert not [f for f in facts if f.value_text == "8个"]


def test_a_bound_on_a_share_of_a_whole_and_a_cap_on_what_one_firm_may_claim() -> None:
    facts = facts_of(
        "“算力券”按不超过算力合同费用的30%给予用户企业补贴。单家企业每年“算力券”申领不超过800万元。",
        "2025-05-20",
    )
    assert only(facts, "30%").qualifier == "le"
    assert not [f for f in facts if f.unit == "CNY"]


def test_a_parks_racks_and_a_racks_rating_and_a_month_ahead() -> None:
    facts = facts_of(
        "一期园区装机能力约3500架，折合2.5kW机柜约3万架。N02新型工业化数据中心将于10月30日投产50%。"
        "2024年底投产数据中心承载算力可达3万P。该项目已与上海燧原科技等达成合作，上架服务器2000台。",
        "2024-09-04",
    )
    assert only(facts, "3500架").metric == "data_centre_racks"
    assert not [f for f in facts if f.unit == "W"]
    assert only(facts, "50%").period == "2024"  # 将于10月30日 in September: this October
    assert only(facts, "3万P").period == "2024-12-31"
    assert only(facts, "2000台").region == "CN"  # 上海燧原科技 is a company, not Shanghai


def test_a_cagr_and_a_planned_projects_list_in_brackets() -> None:
    facts = facts_of(
        "预计2028年我国智算规模达到2781.9EFLOPS，2024-2028CAGR 40%。"
        "截至2024年8月，中国智算中心项目（投运/在建/规划）超过300个。",
        "2025-01-10",
    )
    assert only(facts, "40%").measure == "growth_yoy"
    assert only(facts, "300个").kind == "actual"


def test_a_plans_goals_section_and_what_a_plan_puts_forward_are_targets() -> None:
    facts = facts_of(
        "为充分发挥京津冀枢纽节点算力资源优势，进一步优化算力基础设施布局，结合实际，提出以下意见。\n一、工作目标\n"
        "到2025年，算力基础设施布局进一步优化完善，全省算力规模达到35EFlops以上，智能算力占比达到35%左右。\n"
        "计划提出，到2025年，计算力方面，算力规模超过300EFLOPS，智能算力占比达到35%。",
        "2024-05-25",
    )
    assert {f.kind for f in facts} == {"target"}


def test_an_ipo_story_its_price_entry_fee_proceeds_and_the_same_periods_again() -> None:
    facts = facts_of(
        "【明報專訊】內地AI芯片設計商芯曜科技今日起招股，每股招股價18.6至21.8港元，集資約45.8億至53.6億港元，入場費約4,384.6港元。\n"
        "招股文件顯示，芯曜科技2024年、2025年及截至2026年6月30日止六個月，收入分別為人民幣12.6億元、28.9億元及21.4億元；"
        "同期毛利率分別為38.2%、41.5%及44.1%。\n"
        "據招股文件引述弗若斯特沙利文的資料，按2025年出貨量計，芯曜科技在中國AI加速芯片市場排名第四，市佔率約5.8%。",
        "2026-11-16",
    )
    raised = only(facts, "45.8亿至53.6亿港元")
    assert (raised.value, raised.value_high) == (4.58e9, 5.36e9)
    assert [f.value_text for f in facts if f.unit == "HKD"] == [
        "45.8亿至53.6亿港元"
    ]  # no price, no entry fee
    assert [only(facts, t).period for t in ("38.2%", "41.5%", "44.1%")] == ["2024", "2025", "2026-H1"]
    assert only(facts, "5.8%").cited_source == "弗若斯特沙利文"


def test_the_same_periods_go_on_into_the_next_sentence() -> None:
    facts = facts_of(
        "招股书显示，2022年、2023年及2024年，星衡智算收入分别为人民币3.2亿元、5.1亿元及8.6亿元。"
        "公司同期研发开支分别为1.1亿元、1.6亿元及2.3亿元。",
        "2025-06-01",
    )
    assert [only(facts, t).period for t in ("1.1亿元", "1.6亿元", "2.3亿元")] == ["2022", "2023", "2024"]


def test_a_reports_bulleted_points_are_its_publishers_after_a_lead_naming_no_time() -> None:
    facts = facts_of(
        "信通院白皮书：我国算力总规模稳居全球第二\n"
        "本报讯 中国信通院近日发布《中国算力发展白皮书（2025年）》，主要观点如下：\n"
        "● 截至2024年底，我国算力总规模达到280EFLOPS，同比增长16%。\n"
        "● 智能算力规模达到90EFLOPS，占比32%。",
        "2025-08-01",
    )
    assert {f.cited_source for f in facts} == {"中国信通院 《中国算力发展白皮书（2025年）》"}
    assert only(facts, "90EFLOPS").subject == "智能算力规模"  # (no bullet)


def test_a_press_conferences_speakers_speak_for_their_bodies_and_what_they_drive_is_a_target() -> None:
    facts = facts_of(
        "国新办举行新闻发布会\n\n"
        "国务院新闻办公室于2025年7月29日举行新闻发布会，请国家数据局副局长韩启明，中国信息通信研究院院长宋立峰介绍有关情况。\n\n"
        "韩启明：\n\n"
        "下一步，我们将会同有关部门，推动到今年底全国算力总规模超过330EFLOPS。\n\n"
        "宋立峰：\n\n"
        "我院研究显示，2024年，我国算力核心产业规模达到2.4万亿元。需要说明的是，我们通常所说的1EFLOPS，相当于每秒100亿亿次浮点运算。",
        "2025-07-30",
    )
    target = only(facts, "330EFLOPS")
    assert (target.kind, target.period, target.cited_source) == ("target", "2025-12-31", "国家数据局")
    assert only(facts, "2.4万亿元").cited_source == "中国信息通信研究院"  # 我院: the speaker's
    assert not [f for f in facts if f.value_text == "1EFLOPS"]  # what the unit is


def test_a_breakdown_by_fixed_broadband_keeps_the_releases_time_and_source() -> None:
    facts = facts_of(
        "5G-A网络连续覆盖超260个城市\n"
        "工业和信息化部日前发布的1—10月通信业经济运行情况显示，截至10月末，全国5G基站总数达472.6万个。\n"
        "从固定宽带看，千兆光网用户规模继续扩大。1000Mbps及以上接入速率的固定互联网宽带接入用户达2.24亿户。",
        "2025-11-24",
    )
    users = only(facts, "2.24亿户")
    assert (users.period, users.cited_source) == ("2025-10-31", "工业和信息化部")


def test_a_years_end_glossed_in_brackets_and_a_watchers_figures() -> None:
    facts = facts_of(
        "CoWoS產能明年再擴\n"
        "芯策研究報告指出，截至今年9月底，台積電CoWoS月產能約7.5萬片，明年（民國115年）底將進一步擴增至約12萬片。\n"
        "據咨詢機構賽瑞咨詢（Sairui Consulting）監測，今年7月，國內GPU雲平台訓練卡的租賃均價同比下降約34%。",
        "2025-10-17",
    )
    capacity = only(facts, "12万片")
    assert (capacity.period, capacity.subject) == ("2026-12-31", "台积电CoWoS月产能")
    assert only(facts, "34%").cited_source == "赛瑞咨询"


def test_a_reckoning_a_price_per_card_hour_and_a_fall_from_last_year() -> None:
    facts = facts_of(
        "GPU租赁价格一年腰斩\n"
        "周牧原表示，2025年国内GPU云服务市场规模预计约为680亿元，但行业毛利率已由去年的约35%降至20%左右。"
        "采用910B的国产整机卡时价格更是跌破5元。"
        "按照当前的价格水平粗算，一座5000P的智算中心如果利用率只有三成，一年就要亏掉上亿元。",
        "2025-08-20",
    )
    assert [(f.period, f.kind) for f in facts if f.subject == "行业毛利率"] == [
        ("2024", "actual"),
        ("2025", "actual"),
    ]
    assert {f.value_text for f in facts} == {"680亿元", "35%", "20%"}


def test_a_half_years_breakdown_keeps_the_half_not_the_quarter_named_as_a_part() -> None:
    facts = facts_of(
        "云汐数据上半年净利增26.4%\n"
        "云汐数据披露的半年报显示，上半年公司实现营业收入24.68亿元，同比增长31.7%。其中，第二季度实现营业收入13.02亿元。\n"
        "分业务看，IDC业务实现收入19.85亿元，同比增长28.3%。\n"
        "公司位于京津冀、长三角和粤港澳大湾区的三大数据中心园区合计在运营IT负载约520兆瓦。\n"
        "公司表示，计划下半年新增交付机柜约1.5万个，其中高功率智算机柜占比约六成。",
        "2025-08-27",
    )
    assert only(facts, "19.85亿元").period == "2025-H1"
    assert only(facts, "520兆瓦").region == "CN"  # summed over three areas
    assert only(facts, "六成").kind == "target"  # the plan's part


def test_a_table_keeps_the_source_of_the_sentence_pointing_to_it_and_a_carriers_branch_is_no_place() -> None:
    facts = facts_of(
        "韶关集群上半年完成投资118亿元\n"
        "上半年，韶关集群新建数据中心平均PUE为1.21，优于国家枢纽节点对新建数据中心PUE不高于1.25的要求。\n"
        "记者从韶关市政务服务和数据管理局了解到，集群部分重点项目情况见下表。\n"
        "华韶智算中心三期运营主体中国电信广东公司，计划总投资68亿元，标准机架12000架，投运时间2026年3月。",
        "2026-07-15",
    )
    racks = only(facts, "12000架")
    assert (racks.region, racks.cited_source) == ("韶关", "韶关市政务服务和数据管理局")
    assert not [f for f in facts if f.value_text == "1.25"]  # the rule's bound


def test_what_a_body_will_drive_in_a_year_it_names_is_a_target() -> None:
    facts = facts_of(
        "东数西算工程实施四年\n"
        "国家数据局有关负责人表示，2026年将推动国家枢纽节点新建数据中心平均上架率提升至70%以上，绿电占比超过65%。",
        "2026-03-03",
    )
    assert {(f.value_text, f.kind) for f in facts} == {("70%", "target"), ("65%", "target")}


def test_a_stock_after_a_flows_span_keeps_the_day_the_sentence_counts_at() -> None:
    facts = facts_of(
        "和林格尔新区算力总规模突破4.6万P\n"
        "记者从和林格尔新区管理委员会获悉，截至6月底，新区数据中心在用标准机架达到27.8万架，上半年新增3.1万架；"
        "服务器装机能力约165万台，算力总规模突破4.6万P，智算占比接近九成。\n"
        "截至2025年底，张家口数据中心集群在用标准机架达到52.6万架，全年新增约8.1万架；投运服务器约198万台。",
        "2026-07-16",
    )
    assert only(facts, "3.1万架").period == "2026-H1"  # the flow keeps its span
    assert [only(facts, t).period for t in ("165万台", "4.6万P", "九成")] == ["2026-06-30"] * 3
    assert only(facts, "198万台").period == "2025-12-31"


def test_a_columns_trust_its_results_span_and_a_brokers_forecast_after_its_target_price() -> None:
    facts = facts_of(
        "數據中心REIT息率吸引\n"
        "中電早前表示，預計到2030年，其供電區內數據中心的用電需求將增至約2,500兆瓦。\n"
        "說回上市信託。新域數據中心信託（87052）上月公布截至2025年6月30日止六個月中期業績，收入4.12億港元。"
        "業績報告顯示，期內信託旗下數據中心平均出租率為95.2%。\n"
        "新域中期每基金單位分派9.8港仙，以昨日收市價5.36元計算，年化息率約7.3%。"
        "德匯證券最新報告重申新域「買入」評級，目標價6.2元，該行預測新域明年可分派收入按年增長5%至7%。",
        "2025-09-24",
    )
    rate = only(facts, "95.2%")
    assert (rate.period, rate.cited_source) == ("2025-H1", "新域数据中心信托")  # (not last month, not 中电)
    assert not [f for f in facts if f.value_text == "7.3%"]  # a yield at a share price
    forecast = only(facts, "5%至7%")
    assert (forecast.period, forecast.kind, forecast.cited_source) == ("2026", "forecast", "德汇证券")


def test_macau_officials_with_short_names_delegates_and_a_centre_in_cotai() -> None:
    facts = facts_of(
        "澳門智慧城市建設提速\n"
        "【本報消息】經濟及科技發展局（經科局）局長戴建業昨日（八日）出席「智慧城市建設進展」簡介會時表示，特區政府今年預留約12.8億澳門元推進智慧城市。"
        "戴建業指出，截至今年6月底，全澳在用數據中心機櫃約4,100個。"
        "他續稱，由本澳電訊營運商澳訊通與內地企業合資興建的路氹數據中心，計劃總投資約15億澳門元。\n"
        "行政公職局代表在會上補充，截至6月底，政府雲平台已承載約1,150個業務系統。",
        "2026-07-09",
    )
    assert {only(facts, t).cited_source for t in ("12.8亿澳门元", "4,100个")} == {"经济及科技发展局"}
    assert only(facts, "15亿澳门元").region == "MO"
    assert only(facts, "1,150个").cited_source == "行政公职局"


def test_a_breakdown_after_a_stocks_day_and_a_year_keeps_the_day() -> None:
    facts = facts_of(
        "青海数据中心全部使用绿电\n"
        "3月11日，记者从青海省工业和信息化厅获悉，截至2025年底，全省在用数据中心标准机架达到7.4万架。"
        "2025年，全省数据中心绿电使用比例达到100%。\n"
        "分地区看，西宁市在用标准机架4.1万架；海东市在用标准机架2.6万架。",
        "2026-03-12",
    )
    assert {only(facts, t).period for t in ("4.1万架", "2.6万架")} == {"2025-12-31"}


def test_seats_buying_and_selling_on_the_dragon_tiger_list_are_quotes() -> None:
    facts = facts_of(
        "云峤智算去年营收31.46亿元\n"
        "龙虎榜数据显示，4月23日，云峤智算因日跌幅偏离值达7%上榜。"
        "当日机构专用席位合计净卖出1.26亿元；深股通专用席位买入9317.45万元、卖出1.35亿元；某知名游资常驻营业部买入4826.33万元。",
        "2026-04-24",
    )
    assert not [f for f in facts if f.unit == "CNY"]


def test_a_results_announcements_year_its_company_lines_and_a_county_named_bare() -> None:
    facts = facts_of(
        "云枢数据科技控股有限公司\n截至2025年12月31日止年度之全年业绩公告\n"
        "云枢数据科技控股有限公司董事会欣然宣布本集团截至2025年12月31日止年度之经审核综合业绩。\n"
        "• 本年度收入为人民币84.36亿元，同比增长20.2%。\n"
        "• 董事会建议派发末期股息每股人民币0.12元（2024年：每股人民币0.09元）。\n"
        "本集团继续聚焦京津冀、长三角及粤港澳大湾区核心市场，主要承接京津冀地区需求。\n"
        "本年度内，本集团位于江苏昆山的第三座数据中心已正式开工建设，计划总投资约人民币32亿元。",
        "2026-03-25",
    )
    revenue = only(facts, "84.36亿元")
    assert (revenue.period, revenue.region) == ("2025", "CN")
    assert only(facts, "32亿元").region == "苏州"
    assert not [f for f in facts if f.value_text in ("0.12元", "0.09元")]


def test_a_schemes_launch_and_a_platforms_opening_are_not_the_time_of_their_figures_now() -> None:
    facts = facts_of(
        "香港AI算力\n"
        "政府去年推出的「人工智能資助計劃」已批出資助項目114個。"
        "創科局在文件中表示，政府計劃於2027年底前，把研發院可調用算力提升至不少於3,000PFLOPS。"
        "香港科技大學發言人則表示，該校去年底啟用的人工智能超算平台目前算力約120PFLOPS。",
        "2026-06-18",
    )
    assert only(facts, "114个").period == "2026"
    assert only(facts, "3,000PFLOPS").kind == "target"
    assert only(facts, "120PFLOPS").period == "2026"


def test_listed_companies_as_items_their_annual_reports_and_their_secretaries() -> None:
    facts = facts_of(
        "液冷市场规模2028年将超千亿\n"
        "报告预计，2025年至2028年，我国液冷数据中心市场年均复合增长率约为35%。\n"
        "一是凌川科技（301583.SZ）。公司日前披露的2025年年度报告显示，报告期内实现营业收入36.82亿元，同比增长47.5%。\n"
        "三是川铭精工（002976.SZ）。公司董秘在投资者互动平台回复称，截至2025年末，公司在手液冷订单约9.7亿元。",
        "2026-03-18",
    )
    revenue = only(facts, "36.82亿元")
    assert (revenue.period, revenue.kind, revenue.cited_source) == ("2025", "actual", "凌川科技")
    assert only(facts, "9.7亿元").cited_source == "川铭精工"


def test_a_years_review_keeps_its_year_after_a_semicolon_saying_already() -> None:
    facts = facts_of(
        "大同算力产业去年完成投资128.6亿元\n"
        "据大同市发展和改革委员会统计，2025年，全市共签约算力及关联产业项目37个；已开工算力项目26个，完成投资128.6亿元。",
        "2026-01-29",
    )
    assert {only(facts, t).period for t in ("37个", "26个", "128.6亿元")} == {"2025"}


def test_a_speaker_gives_the_figures_of_the_data_they_cite_and_a_quoted_doubt_states_nothing() -> None:
    facts = facts_of(
        "環境及生態局局長在書面答覆中表示，根據兩間電力公司提供的資料，全港數據中心的用電量由2023年的約36億度增至去年的約47億度。"
        "國民黨立委林姿妤質疑，國網中心的GPU「是不是連五成使用率都不到」。",
        "2026-03-12",
    )
    assert only(facts, "47亿度").cited_source == "环境及生态局"
    assert not [f for f in facts if f.value_text == "五成"]


def test_a_lab_named_before_an_example_said_again_and_a_cap_on_a_grant() -> None:
    facts = facts_of(
        "5月18日，由崂山先进计算实验室牵头研制的E级智能超算系统在山东青岛正式投入运行。记者从实验室获悉，该系统双精度峰值性能达到2.1EFLOPS。"
        "基金经理表示：“同样是一万个机柜，租给大模型客户和租给互联网客户，收益差别很大。”单个项目最高可获500万元补贴。",
        "2026-05-19",
    )
    peak = only(facts, "2.1EFLOPS")
    assert (peak.period, peak.cited_source) == ("2026-05", "崂山先进计算实验室")
    assert [f.value_text for f in facts] == ["2.1EFLOPS"]


def test_a_brokers_report_cited_again_and_a_share_named_before_it_moved() -> None:
    facts = facts_of(
        "中衡证券发布研报称，2025年中国AI服务器市场规模约2150亿元。"
        "研报指出，国产AI服务器的市场份额正在快速提升，由2024年的约35%提高至2025年的约46%。"
        "在申泰证券首席分析师许薇看来，数据中心用电量仍将保持高增长。她预计，到2030年内蒙古数据中心年用电量将突破450亿千瓦时。",
        "2026-03-24",
    )
    start = only(facts, "35%")
    assert (start.measure, start.cited_source) == ("share", "中衡证券")
    assert only(facts, "450亿千瓦时").cited_source == "申泰证券"


def test_a_surge_is_a_change_a_chips_power_and_a_racks_density_are_ratings() -> None:
    facts = facts_of(
        "香港將有約480萬平方呎新數據中心設施預定落成，較2022至2025年的180萬平方呎樓面激增167%。"
        "根據Deloitte研究，2023年AI專用GPU晶片功率已達700瓦。傳統數據中心機櫃密度約為5至15 kW。"
        "本港數據中心投資總額領先區內市場，其中中國移動在7月份以56億元從政府投得位於沙田的工業用地作數據中心發展。",
        "2026-02-10",
    )
    assert only(facts, "167%").measure == "growth_yoy"
    assert not [f for f in facts if f.unit == "W"]
    assert only(facts, "56亿元").unit == "HKD"  # 中国移动 is no sign of the mainland's money


def test_a_basis_of_analysis_is_nobody() -> None:
    facts = facts_of(
        "展望2026年人工智慧伺服器市場，若以AI晶片使用結構分析，預估圖形處理器（GPU）仍占69.7%。", "2026-01-21"
    )
    assert only(facts, "69.7%").cited_source is None


def test_a_notice_field_a_deadline_a_deposit_and_a_cases_count() -> None:
    facts = facts_of(
        "项目名称：云溪县智算中心建设项目。预算金额：人民币9,860万元。投标保证金：人民币19万元。\n"
        "项目须于2027年6月30日前完成建设，建成后智能算力不低于500P。\n"
        "截至10月底，全市数据中心新增用电申请累计达45件。",
        "2026-11-20",
    )
    assert only(facts, "9,860万元").cited_source is None  # 预算金额： is a field, nobody answering
    assert not [f for f in facts if f.value_text.startswith("19万")]
    built = only(facts, "500P")
    assert (built.kind, built.period) == ("target", "2027-06-30")
    assert only(facts, "45件").unit == "count"


def test_a_build_period_dates_capacity_at_its_end_and_a_schedule_carries_no_time() -> None:
    facts = facts_of(
        "该项目规划建设标准机架8000架，建设期限为2026—2028年。项目建成后，预计年产值约20亿元。",
        "2026-03-02",
    )
    racks = only(facts, "8000架")
    assert (racks.kind, racks.period) == ("target", "2028")
    assert only(facts, "20亿元").period != "2026/2028"


def test_a_place_stationed_in_and_a_latin_name_speaking() -> None:
    facts = facts_of(
        "Structure Research駐香港分析師表示，2025年香港數據中心容量約為1,100兆瓦。\n"
        "市場研究機構Pacific Grid Insights指出，新加坡數據中心容量約為1,400兆瓦。",
        "2026-02-10",
    )
    capacity = only(facts, "1,100兆瓦")
    assert (capacity.cited_source, capacity.region) == ("Structure Research", "HK")
    assert only(facts, "1,400兆瓦").cited_source == "Pacific Grid Insights"


def test_a_rack_density_heading_higher_is_a_rating() -> None:
    facts = facts_of("业内预计，到2028年单机柜功率密度将走向130kW以上，液冷渗透率有望超过30%。", "2026-04-01")
    assert not [f for f in facts if f.unit == "W"]
    assert only(facts, "30%").kind == "forecast"


def test_a_green_share_of_data_centre_power() -> None:
    facts = facts_of("2025年，全省数据中心用电量达到120亿千瓦时，其中绿电占比超过65%。", "2026-02-01")
    assert only(facts, "65%").metric == "data_centre_power"


def test_a_general_named_in_a_place_is_no_forecast_and_more_than_half_is_a_share() -> None:
    facts = facts_of(
        "截至6月底，將軍澳一帶數據中心空置率低至約3%。預計未來三年新增容量中逾半位於北部都會區。",
        "2026-07-15",
    )
    assert only(facts, "3%").kind == "actual"
    half = only(facts, "半")
    assert (half.value, half.qualifier, half.unit) == (50.0, "gt", "percent")
    assert not [
        f for f in facts_of("上半年营收增长12%，半导体板块逾半年未见回暖。", "2026-07-15") if f.value == 50
    ]


def test_a_report_said_again_is_its_publisher_not_the_analyst_who_spoke_last() -> None:
    facts = facts_of(
        "顧問公司恒域顧問昨日發表報告指，本港數據中心總容量約1,500兆瓦。"
        "恒域顧問研究主管陳志明表示，上半年淨吸納量約90兆瓦。"
        "報告又指，荃灣一帶空置率約為7%。報告預計，2028年本港將有約500兆瓦新增IT容量落成。",
        "2026-07-15",
    )
    assert only(facts, "7%").cited_source == "恒域顾问"
    new_capacity = only(facts, "500兆瓦")
    assert (new_capacity.cited_source, new_capacity.metric) == ("恒域顾问", "data_centre_power")


def test_this_official_is_the_one_just_quoted() -> None:
    facts = facts_of(
        "对此，云启智能相关负责人表示，公司正在扩充训练算力。该负责人透露，公司可调度的智能算力规模已超过2万P。",
        "2026-03-18",
    )
    assert only(facts, "2万P").cited_source == "云启智能"


def test_a_survey_of_centres_its_sample_and_its_parts_shares() -> None:
    facts = facts_of(
        "中国信息通信研究院对96个智算中心的抽样监测显示，2025年智能算力平均利用率约为51%，其中东部地区约为60%，西部地区约为42%。",
        "2026-03-01",
    )
    assert not [f for f in facts if f.unit == "count"]  # how many were sampled
    assert {f.cited_source for f in facts} == {"中国信息通信研究院"}
    assert {f.metric for f in facts} == {"ai_compute_capacity"}
    assert [f.region for f in facts] == ["CN", "东部地区", "西部地区"]


def test_a_breakdown_paragraph_keeps_the_time_of_the_totals_before_it() -> None:
    facts = facts_of(
        "截至2026年9月底，全市已建成智能算力规模约5.2万P。\n分区来看，浦东新区智算规模达到1.4万P，居各区首位。",
        "2026-10-20",
    )
    assert only(facts, "1.4万P").period == "2026-09-30"


def test_a_provinces_page_naming_its_city_most_is_the_provinces() -> None:
    facts = facts_of(
        "本批共核准数据中心项目3个，项目总投资合计88亿元。\n"
        "项目一：张家口市怀来县算力中心项目。项目二：张家口市张北县智算中心项目。项目三：张家口市宣化区数据中心项目。",
        "2026-02-06",
        title="河北省发展和改革委员会关于2026年第一批省级重点数据中心项目的公示",
    )
    assert only(facts, "88亿元").region == "河北"


def test_a_list_of_rates_goes_on_measuring_what_its_first_does() -> None:
    facts = facts_of(
        "三家运营商2025年分别计划将算力投入同比增长0.5%、22%和28%。"
        "移动云、天翼云、联通云2024年收入增速分别为20.5%/17.1%/34.5%。"
        "三家公司营收分别同比下降5%、6%和7%。",
        "2025-05-10",
    )
    planned = [only(facts, t) for t in ("0.5%", "22%", "28%")]
    assert {(f.measure, f.kind, f.metric) for f in planned} == {
        ("growth_yoy", "forecast", "computing_centre_investment")
    }
    assert [only(facts, t).measure for t in ("17.1%", "34.5%")] == ["growth_yoy", "growth_yoy"]
    assert [only(facts, t).value for t in ("5%", "6%", "7%")] == [-5.0, -6.0, -7.0]


def test_a_clause_going_on_with_what_will_be_built() -> None:
    facts = facts_of("该项目将建设4万张加速卡，提供10000P算力。目前已建成2000P，提供推理服务。", "2024-06-20")
    assert only(facts, "10000P").kind == "forecast"
    assert only(facts, "2000P").kind == "actual"


def test_a_companys_own_results_and_capital_spending_that_is_no_computing_investment() -> None:
    facts = facts_of(
        "中国电信财报显示，上半年产业数字化收入达到749亿元。\n"
        "中国移动8月7日公布中期业绩，上半年资本开支为584亿元。\n"
        "同日披露的年报显示，公司算力租赁收入为12亿元。\n"
        "中国联通2024年计划固定资产投资控制在650亿元，其中算力投资为150亿元。",
        "2025-08-25",
    )
    assert only(facts, "749亿元").cited_source == "中国电信"
    assert only(facts, "584亿元").cited_source == "中国移动"
    assert only(facts, "12亿元").cited_source != "同日披露的"
    assert only(facts, "650亿元").metric is None
    assert only(facts, "150亿元").metric == "computing_centre_investment"


def test_a_plans_changes_and_where_it_takes_a_share_are_planned() -> None:
    facts = facts_of(
        "中国移动表示，2026年计划资本开支约1,420亿元，同比下降约7.1%，其中算力投资计划约430亿元，"
        "算力投资占资本开支的比重由2025年的约24%提升至约30%。",
        "2026-03-27",
    )
    assert [only(facts, t).kind for t in ("1,420亿元", "7.1%", "430亿元", "30%")] == ["target"] * 4
    assert only(facts, "24%").kind == "actual"


def test_money_a_company_announces_it_will_invest_is_stated_now() -> None:
    facts = facts_of(
        "遠岫數據昨（13）日宣布，將投資新台幣350億元在桃園興建AI資料中心園區，規劃IT負載100MW，預計民國118年啟用。",
        "2026-10-14",
    )
    money = only(facts, "350亿元")
    assert (money.kind, money.period) == ("actual", "2026")


def test_this_year_so_far_a_stock_closing_and_a_condition_to_qualify() -> None:
    facts = facts_of(
        "台電指出，截至9月底，桃園地區資料中心用電容量約85萬瓩。今年以來，台南地區資料中心用電申請容量年增逾1倍。"
        "華城昨日收在812元，上漲3.4%。\n"
        "纳入算力券服务商名录的企业，须在我市建有可对外提供服务的智能算力资源不少于100P。"
        "收入端，我们预计今年全年营收在25亿元至30亿元之间。",
        "2026-10-14",
    )
    assert only(facts, "1倍").period == "2026"
    assert not [f for f in facts if f.value_text in ("812元", "3.4%", "100P")]
    assert only(facts, "25亿元至30亿元").kind == "forecast"


def test_a_transcripts_speaker_lines() -> None:
    facts = facts_of(
        "主持人：算力，是人工智能发展的底座。我们来看总台记者在现场发回的报道。\n"
        "【同期声】芜湖市数据资源管理局局长 王立新：\n目前，整个芜湖集群的上架率已经超过75%。\n"
        "记者：记者从芜湖市数据资源管理局了解到，截至今年6月底，芜湖集群在用标准机架达到9.6万架。\n"
        "记者：按照规划，二期将再新增国产加速卡8000张。",
        "2026-07-16",
    )
    assert only(facts, "75%").cited_source == "芜湖市数据资源管理局"
    assert only(facts, "9.6万架").cited_source == "芜湖市数据资源管理局"
    assert only(facts, "8000张").cited_source is None  # the reporter's own words


def test_a_rate_from_the_year_stated_to_the_one_reached_and_firms_named_like_data() -> None:
    facts = facts_of(
        "弗若斯特沙利文数据显示，2025年中国智算服务市场规模约为820亿元，预计到2028年将增至2,100亿元，年均复合增长率约37%。\n"
        "對於明年的業績，星瀚数据预计，2026年公司算力租赁业务收入将达到45亿元至50亿元。\n"
        "數碼港資料顯示，計劃至今已批出約70個項目。每GPU小時約16港元的收費對初創而言仍然不低。\n"
        "领投方国投创芯基金目前管理规模逾300亿元。",
        "2026-03-18",
    )
    assert only(facts, "37%").period == "2025/2028"
    assert only(facts, "45亿元至50亿元").cited_source == "星瀚数据"
    assert only(facts, "70个").cited_source == "数码港"
    assert not [f for f in facts if f.value_text in ("16港元", "300亿元")]


def test_a_national_bulletins_parts_and_a_world_story() -> None:
    bulletin = facts_of(
        "1—10月份，我国通信业整体运行平稳。\n电信业务收入累计完成14,862亿元，同比增长1.6%。\n"
        "分地区看，西部地区5G基站达124.8万个，西部地区网络覆盖持续延伸，西部地区加快追赶。",
        "2025-11-20",
    )
    assert only(bulletin, "14,862亿元").region == "CN"
    world = facts_of(
        "报告认为，人工智能是推动数据中心用电增长的最主要因素。2025年，人工智能专用服务器用电量占数据中心用电量的比重约为24%。",
        "2026-04-22",
        title="国际能源署：2030年全球数据中心用电量将增至约1050太瓦时",
    )
    assert only(world, "24%").region == "GLOBAL"


def test_what_already_stands_in_a_sentence_naming_a_plan_and_a_gloss_of_what_a_figure_covers() -> None:
    facts = facts_of(
        "“东数西算”规划的8个国家算力枢纽均位于西部，截至2024年底，西部数据中心机架规模已达200万架，"
        "占全国总量的45%，且仍在以每年30%的速度扩张。\n"
        "根据IDC预测数据，2024年全球AI数据中心IT能耗（含服务器、存储系统和网络）达到55.1TWh，"
        "2025年将增至77.7TWh，是2023年能耗量的两倍。\n"
        "据中国电信披露的数据，2024年天翼云收入达1139亿元。液冷系统的单机架投资约8-12万元。",
        "2025-11-07",
    )
    assert [only(facts, t).kind for t in ("200万架", "45%", "30%")] == ["actual"] * 3
    assert only(facts, "30%").measure == "growth_yoy"
    used = only(facts, "55.1TWh")
    assert (used.region, used.metric, used.cited_source) == ("GLOBAL", "data_centre_power", "IDC")
    assert only(facts, "两倍").kind == "forecast"
    assert only(facts, "1139亿元").cited_source == "中国电信"
    assert not [f for f in facts if f.value_text.startswith("8-12万")]


def test_tenths_and_a_part_of_them_a_multiple_of_now_and_a_forecasting_agency_with_its_short_name() -> None:
    facts = facts_of(
        "台電核供40件中，6成8集中在北部，中部2成8；實際落地僅總申請量1成2，另有7成逾期未申請。\n"
        "國際能源總署（IEA）預估2030年資料中心用電量將成長至946TWh。\n"
        "國科會副主委林法正指出，預計到二○二九年全台灣ＡＩ算力中心規模大約會達到四百五十ＭＷ，將成長為目前七點五倍。",
        "2026-01-25",
    )
    assert [only(facts, t).value for t in ("6成8", "2成8", "1成2")] == [68.0, 28.0, 12.0]
    assert {only(facts, t).measure for t in ("6成8", "7成")} == {"share"}
    assert only(facts, "946TWh").cited_source == "国际能源总署"
    assert only(facts, "四百五十MW").cited_source == "国科会"
    times = only(facts, "七点五倍")
    assert (times.kind, times.period) == ("forecast", "2029")


def test_a_list_sharing_its_last_unit_over_the_countrys_parts_written_short() -> None:
    facts = facts_of(
        "工信部数据显示，截至10月末，东、中、西部和东北地区5G基站分别达到108.1万、48.2万、54.7万、14万个。",
        "2022-11-28",
    )
    stations = [only(facts, t) for t in ("108.1万", "48.2万", "54.7万", "14万个")]
    assert [(f.value, f.unit) for f in stations] == [
        (1081000.0, "count"),
        (482000.0, "count"),
        (547000.0, "count"),
        (140000.0, "count"),
    ]
    assert [f.region for f in stations] == ["东部地区", "中部地区", "西部地区", "东北地区"]


def test_a_place_named_science_city_and_hong_kong_floor_space() -> None:
    facts = facts_of(
        "在武汉未来科技城，中国电信中部智算中心完成扩容300台智算服务器，算力规模超2000PFLOPS。\n"
        "現時香港約有近100萬平方米的數據中心樓面空間。根據政府的估算，本港數據中心可用樓面總面積在2026年估計可達150萬平方米。"
        "有研究亦顯示，香港的數據中心市場在未來五年內將以大約8.5%年均增長率持續擴張。",
        "2025-09-04",
    )
    assert only(facts, "2000PFLOPS").region == "武汉"
    assert {only(facts, t).metric for t in ("100万平方米", "150万平方米")} == {"data_centre_floor_area"}
    assert only(facts, "150万平方米").cited_source == "政府"
    assert only(facts, "8.5%").cited_source is None  # 有研究: whose, unsaid


def test_a_quote_then_who_said_it_and_a_mayor_speaking_for_the_city() -> None:
    facts = facts_of(
        "工业和信息化部副部长赵德明在发布会上介绍，我国在用算力中心标准机架超过1085万架。\n"
        "“‘十四五’以来，我国算力总规模年均增速近30%，算力基础设施实现了跨越。”赵德明说。\n"
        "“我们的目标是，到2027年，全市智能算力规模突破8万P。”郑州市市长刘振东表示，下一步将加快建设。\n"
        "南方+记者从广东省政务服务和数据管理局获悉，截至11月底，全省算力总规模达到88.6EFLOPS。",
        "2025-11-16",
    )
    assert only(facts, "30%").cited_source == "工业和信息化部"
    assert only(facts, "8万P").cited_source == "郑州市人民政府"
    assert only(facts, "88.6EFLOPS").cited_source == "广东省政务服务和数据管理局"


def test_a_breakdown_by_vendor_margins_and_firms_whose_figures_are_summed() -> None:
    facts = facts_of(
        "IDC数据显示，2026年上半年，中国加速服务器市场规模达到186.4亿美元。\n"
        "IDC数据显示，分厂商看，鼎曜科技以31.5%的市场份额排名第一，上半年出货额58.7亿美元。\n"
        "今年上半年，A股12家算力租赁上市公司新签算力服务合同金额合计约386亿元。"
        "鼎泰算力上半年算力租赁业务收入10.2亿元，但毛利率由去年同期的52.3%降至38.6%。",
        "2026-09-10",
    )
    assert only(facts, "31.5%").period == "2026-H1"
    assert only(facts, "排名第一").period == "2026-H1"
    assert not [f for f in facts if f.value_text == "12家"]
    assert [only(facts, t).measure for t in ("52.3%", "38.6%")] == ["level", "level"]


def test_a_taiwan_story_naming_america_a_citys_whole_after_its_paragraph_and_a_rooms_rating() -> None:
    facts = facts_of(
        "緯鼎昨（10）日公布10月合併營收新台幣1,865.3億元，年增48.2%。\n"
        "經濟部統計處資料顯示，今年前3季我國伺服器出口值達872.5億美元，其中輸往美國占比持續攀升。\n"
        "緯鼎表示，美國客戶需求強勁，美國德州新廠將於明年投產，美國關稅影響有限。\n"
        "園區單機櫃功率已普遍達到10千瓦，部分智算機房超過30千瓦。",
        "2025-11-11",
        title="AI機櫃出貨衝 緯鼎10月營收年增48.2%",
    )
    assert only(facts, "1,865.3亿元").region == "TW"
    assert not [f for f in facts if f.unit == "W"]
    city = facts_of(
        "庆阳市数据局局长说，截至今年5月底，庆阳数据中心集群已建成标准机架5.8万架。2025年，全市算力产业规模达到112亿元。\n"
        "中卫市发改委介绍，中卫数据中心集群在用标准机架16.2万架，中卫数据中心用电量约54亿千瓦时，中卫集群平均PUE为1.12。",
        "2026-06-22",
    )
    assert only(city, "112亿元").region == "庆阳"
    assert only(city, "5.8万架").region == "庆阳"


def test_a_level_reached_from_one_before_a_time_compared_with_and_a_unit_defined() -> None:
    facts = facts_of(
        "十年间，我国数字经济规模从2014年的16.2万亿元，快速增长至2023年的约56.1万亿元。"
        "数字经济总体规模从2017年的27.2万亿元，一路跃迁到2021年的45.5万亿元。\n"
        "截至2025年6月底，5G基站总数与2020年相比增长了5倍达到455万个。\n"
        "2023年数据生产总量达32.85ZB（1个ZB等于十万亿亿字节）。",
        "2024-04-13",
    )
    assert {only(facts, t).metric for t in ("56.1万亿元", "45.5万亿元")} == {"digital_economy_size"}
    assert only(facts, "45.5万亿元").kind == "actual"
    assert only(facts, "455万个").period == "2025-06-30"
    assert not [f for f in facts if f.value_text == "1个"]


def test_a_planned_site_area_sets_no_target_and_a_forecast_going_on() -> None:
    facts = facts_of(
        "该项目分为起步区、发展区、拓展区，规划用地面积约1760亩，总投资138.5亿元。\n"
        "集邦最新研究指出，预估将带动2026年全球AI服务器出货量年增28%以上。"
        "通用型服务器也将同步进入替换与扩张周期，推升2026年整体服务器出货量年增12.8%。\n"
        "在今年，AI服务器产值预料有近48%的年成长。",
        "2026-01-20",
    )
    assert only(facts, "138.5亿元").kind == "actual"
    assert only(facts, "12.8%").kind == "forecast"
    rate = only(facts, "48%")
    assert (rate.measure, rate.kind) == ("growth_yoy", "forecast")


def test_a_speakers_label_before_a_quote_and_a_chairman_interviewed() -> None:
    facts = facts_of(
        "創新科技及工業局局長孫東：「到今年年底，我們全港可以提供5千匹算力，這個與周邊很多國家地區相比甚具優勢。」\n"
        "數碼港主席陳細明接受本報專訪時表示，兩個階段將合共提供3000P算力。陳細明透露，數碼港有逾2000間科企進駐。",
        "2025-11-02",
    )
    assert only(facts, "5千匹").cited_source == "创新科技及工业局"
    assert only(facts, "3000P").cited_source == "数码港"
    assert only(facts, "2000间").cited_source == "数码港"


def test_a_worked_machine_a_rate_over_the_years_between_and_a_minus_sign() -> None:
    facts = facts_of(
        "2022年中国智能算力规模为259.9EFLOPS，预计2027年达到1117.4EFLOPS，五年复合增长率达33.9%。\n"
        "从回报率来看，一台装配了8张H100显卡按照五年租期以及每月7万元租金，平均折旧法下测算第一年的设备租赁的净利率为32%。\n"
        "2023年至2024年，公司分别实现营业收入18.93亿元、22.48亿元，同比变动率分别为-6.53%、18.72%。",
        "2025-07-05",
    )
    assert only(facts, "33.9%").period == "2022/2027"
    assert not [f for f in facts if f.value_text in ("8张", "32%")]
    assert [only(facts, t).value for t in ("6.53%", "18.72%")] == [-6.53, 18.72]
    assert only(facts, "6.53%").measure == "growth_yoy"


def test_sources_listed_for_a_list_of_estimates_and_a_hong_kong_results_page() -> None:
    facts = facts_of(
        "对于2025年全年国产AI芯片在中国市场的份额，IDC、伯恩斯坦（Bernstein）和集邦咨询（TrendForce）给出的预估分别为47%、42%左右和38%左右。\n"
        "本港數據中心營運商匯峰數據（02389）公布中期業績，每股基本盈利21.6港仙，派中期息每股3.8港仙。\n"
        "行政總裁陳啟豪預期，下半年數據中心出租率可望維持在八成半以上。",
        "2026-08-28",
    )
    shares = [only(facts, t) for t in ("47%", "42%", "38%")]
    assert [f.cited_source for f in shares] == ["IDC", "伯恩斯坦", "集邦咨询"]
    assert {f.measure for f in shares} == {"share"}
    assert only(facts, "21.6港仙").value == pytest.approx(0.216)
    assert not [f for f in facts if f.value_text == "3.8港仙"]
    rate = only(facts, "八成半")
    assert (rate.value, rate.cited_source) == (85.0, "汇峰数据")


def test_a_report_in_an_interview_a_plan_the_government_deployed_and_year_to_date_columns() -> None:
    facts = facts_of(
        "围绕这些问题，记者专访了中国信息通信研究院云计算与大数据研究所副所长郭明哲。\n"
        "问：我国算力“家底”有多大？\n答：从我们的监测看，截至2025年底，我国算力总规模达到356EFLOPS。\n"
        "“按照自治区部署，到2027年，和林格尔集群在用标准机架将达到40万架。”",
        "2026-02-26",
    )
    assert only(facts, "356EFLOPS").cited_source == "中国信息通信研究院云计算与大数据研究所"
    assert only(facts, "40万架").kind == "target"


def test_money_converted_in_brackets_a_surge_and_a_global_share() -> None:
    facts = facts_of(
        "2024年第四季度全球服务器市场收入达到773亿美元（约合5595亿元人民币），同比增长91%。"
        "非x86服务器收入则暴涨262.1%，达到225亿美元。北美市场以56%的全球份额稳坐首位。",
        "2025-03-20",
    )
    assert not [f for f in facts if f.unit == "CNY"]
    assert only(facts, "262.1%").measure == "growth_yoy"
    assert only(facts, "56%").measure == "share"


def test_a_quote_over_several_sentences_a_pronoun_after_it_and_a_list_under_one_about() -> None:
    facts = facts_of(
        "“过去用户提交一个大作业，排队往往要等好几天。”国家超级计算济南中心主任刘敏说。\n"
        "“预计到今年底，中心总算力将突破2.5EFLOPS，其中智能算力占比超过七成。我们希望让更多中小企业用得上超算。”她说。\n"
        "CoWoS月產能分別約2.1萬片、1.1萬片。",
        "2026-03-18",
    )
    assert only(facts, "2.5EFLOPS").cited_source == "国家超级计算济南中心"
    assert [only(facts, t).qualifier for t in ("2.1万片", "1.1万片")] == ["approx", "approx"]


def test_an_explainer_of_units_an_illustration_and_a_legislators_charge() -> None:
    facts = facts_of(
        "1PFLOPS等于每秒1000万亿次浮点运算，1EFLOPS则是1PFLOPS的1000倍。打个比方，如果全球约80亿人每人每秒完成一次运算，也需要约4年。"
        "以此推算，一座规模为10EFLOPS的智算中心，其算力大约相当于500万台笔记本电脑。\n"
        "國民黨立委林佩蓉質詢時指出，國網中心算力「兩年內擴充近一倍，但排隊還是排不到」。",
        "2026-02-05",
    )
    assert facts == []


def test_a_ranking_table_and_the_cities_it_groups() -> None:
    facts = facts_of(
        "截至2025年底，北京、上海、深圳位列全国城市算力规模前三，算力规模分别为38.6EFLOPS、31.2EFLOPS和27.9EFLOPS。"
        "2021—2025年，排名前十城市的算力总规模年均复合增长率约为32.5%。\n"
        "表：北京算力规模38.6EFLOPS，智能算力占比64.2%，排名1。上海算力规模31.2EFLOPS，排名2。",
        "2026-06-24",
    )
    assert [only(facts, t).region for t in ("27.9EFLOPS", "32.5%")] == ["深圳", "CN"]
    assert not [f for f in facts if f.value_text == "前十"]
    assert [f.value for f in facts if f.unit == "rank"] == [1.0, 2.0]


def test_estimates_side_by_side_each_keep_their_own_source_and_number() -> None:
    facts = facts_of(
        "对于2030年的用电规模，多家机构给出了不同判断。国网能源研究院预计，2030年全国数据中心用电量将达到"
        "4,000亿千瓦时左右；信通院测算的区间为3,500亿至4,200亿千瓦时；国际能源署（IEA）的预测则相对保守，"
        "认为届时中国数据中心用电量约为350太瓦时。",
        "2026-11-18",
    )
    first, span, iea = (only(facts, t) for t in ("4,000亿千瓦时", "3,500亿至4,200亿千瓦时", "350太瓦时"))
    assert first.cited_source == "国网能源研究院"
    assert (span.qualifier, span.value_high, span.cited_source) == ("range", 4.2e14, "信通院")
    assert (iea.qualifier, iea.value, iea.cited_source, iea.period) == (
        "approx",
        3.5e14,
        "国际能源署",
        "2030",
    )


def test_a_price_again_after_a_price_per_unit_is_no_figure() -> None:
    facts = facts_of(
        "东部地区数据中心到户电价每千瓦时约0.65元，而内蒙古、宁夏等西部枢纽可低至0.3元以下。", "2026-11-18"
    )
    assert facts == []


def test_a_span_before_signings_keeps_its_months_and_a_year_end_named_as_base() -> None:
    facts = facts_of(
        "今年前8个月，中卫新签约的智算项目有11个。今年前三季度，庆阳算力产业完成投资约96亿元；"
        "集群平均上架率由去年底的约45%提升至目前的61%。",
        "2025-10-13",
    )
    signed = only(facts, "11个")
    assert (signed.period, signed.qualifier) == ("2025-01/2025-08", "eq")
    assert only(facts, "45%").period == "2024-12-31"


def test_a_list_of_counts_shares_its_subject_and_a_fund_count_is_counted() -> None:
    facts = facts_of(
        "三类项目分别签约38个、53个和35个。据不完全统计，目前共有6只数据中心REITs上市。", "2026-01-14"
    )
    assert {only(facts, t).subject for t in ("38个", "53个", "35个")} == {"三类项目分别签约"}
    assert only(facts, "6只").unit == "count"


def test_a_stock_exchange_is_no_place_and_a_bare_chairman_speaks_for_the_company_named() -> None:
    facts = facts_of(
        "云端算力服务商晟云智算昨日召开股东常会。董事长陈立衡表示，今年算力租赁营收可望成长三成。\n"
        "该基金在上海证券交易所挂牌上市，募集资金总额约16.8亿元。",
        "2026-06-12",
    )
    assert only(facts, "三成").cited_source == "晟云智算"
    assert only(facts, "16.8亿元").region != "上海"


def test_a_words_speed_in_brackets_is_no_figure() -> None:
    assert facts_of("我市将建设万兆（10Gbps）光网，覆盖重点园区。", "2026-06-12") == []


def test_a_second_list_pairs_with_the_owners_the_first_named() -> None:
    facts = facts_of(
        "分领域看，算力基础设施、数据要素应用、电子信息制造类项目分别签约38个、53个和35个，"
        "签约金额分别约为352亿元、186亿元和144亿元。",
        "2026-06-01",
    )
    amounts = [only(facts, t) for t in ("352亿元", "186亿元", "144亿元")]
    assert [f.subject for f in amounts] == [
        "算力基础设施签约金额",
        "数据要素应用签约金额",
        "电子信息制造类项目签约金额",
    ]
    assert [f.metric for f in amounts] == ["computing_centre_investment", None, None]


def test_a_bracketed_wire_lead_is_no_source_and_a_statement_opens_its_own_topic() -> None:
    facts = facts_of(
        "《经济通通讯社6日专讯》中国信通院发布《先进计算暨算力发展指数蓝皮书（2025年）》，截至2025年6月，"
        "全球计算设备算力总规模为4495 EFlops，大幅增长117%；智能算力成为绝对主导，为3846 EFlops，占全球总算力的85%。"
        "报告显示，计算设备智能算力规模达到782 EFlops，同比增长96%，在全国算力占比达81%。"
        "报告提到，近八年来中国算力规模年均增长48%。",
        "2026-03-06",
    )
    assert only(facts, "4495 EFlops").cited_source.startswith("中国信通院")
    intelligent, its_share = only(facts, "3846 EFlops"), only(facts, "85%")
    assert (intelligent.metric, intelligent.subject) == ("ai_compute_capacity", "智能算力")
    assert (its_share.metric, its_share.region) == ("ai_compute_capacity", "GLOBAL")
    assert only(facts, "81%").metric == "ai_compute_capacity"
    assert only(facts, "48%").period is None


def test_a_later_list_goes_on_with_the_places_and_a_base_of_months_is_no_period() -> None:
    facts = facts_of(
        "截至9月末，京津冀、长三角地区5G基站分别达到31.8万、65.4万个。5G移动电话用户分别达6244万、13321万户，"
        "占本地区移动电话用户总数的比重分别为42.4%、42.7%。西部地区5G移动电话用户占比为42.4%。\n"
        "截至11月末，10G PON端口数达3134万个。5G基站总数达483万个，占移动基站总数的37.4%，"
        "占比较前10个月提高0.4个百分点，5G用户占比较上年末提高9.5%。",
        "2025-12-23",
    )
    assert [only(facts, t).region for t in ("6244万", "13321万户", "42.7%")] == ["京津冀", "长三角", "长三角"]
    assert sorted(f.region for f in facts if f.value_text == "42.4%") == ["京津冀", "西部地区"]
    assert {only(facts, t).period for t in ("483万个", "0.4个百分点")} == {"2025-11-30"}
    assert only(facts, "9.5%").measure == "growth_yoy"


def test_a_single_racks_rating_and_a_total_row_take_no_place() -> None:
    facts = facts_of(
        "NVIDIA技术路线图甚至预示单一机柜将达到1,000 kW。\n"
        "表：南通数据中心机柜数5200个。盐城数据中心机柜数7400个。合计机柜数12600个。",
        "2026-01-20",
    )
    assert not [f for f in facts if f.unit == "W"]
    assert only(facts, "12600个").region != "盐城"


def test_a_utility_counting_a_pue_again_and_a_deputy_speaking_for_the_utility() -> None:
    facts = facts_of(
        "台电昨（15）日公布统计，民国114年1至11月全台数据中心用电量约71.5亿度。截至11月底，已核准供电的数据中心"
        "契约容量累计约182万瓩。台电副总经理林志远表示，预估到民国119年需求将达约520万瓩。"
        "另外，台电统计今年夏季尖峰负载创下约4,180万瓩新高。\n"
        "经济部表示，民国119年数据中心平均PUE须降至1.3以下，新建大型数据中心则须达1.25以下。",
        "2025-12-16",
    )
    assert {only(facts, t).cited_source for t in ("71.5亿度", "520万瓩", "4,180万瓩")} == {"台电"}
    assert only(facts, "182万瓩").metric == "data_centre_power"
    again = only(facts, "1.25")
    assert (again.metric, again.qualifier, again.kind) == ("pue", "le", "target")


def test_plans_to_buy_and_a_years_capex_are_targets_and_a_node_make_up_is_no_figure() -> None:
    facts = facts_of(
        "“今年我们计划再采购国产加速卡2万张以上。”他说。联讯通信表示，公司计划2026年资本开支在540亿元至560亿元之间。"
        "新系统单个计算节点配置2颗国产处理器。目前，系统上机率保持在85%以上。",
        "2026-03-30",
    )
    assert [only(facts, t).kind for t in ("2万张", "540亿元至560亿元")] == ["target", "target"]
    assert not [f for f in facts if f.value_text == "2颗"]
    assert only(facts, "85%").measure == "share"


def test_brokers_named_by_their_outlook_and_a_list_of_brokers_forecasting() -> None:
    facts = facts_of(
        "禾丰证券的预测相对谨慎，其对2026年国内AI服务器出货量给出的预测区间为88万至102万台。"
        "东岳证券则更为乐观，预计2026年国内AI服务器出货量为110万台，主要基于对互联网大厂资本开支的跟踪测算。"
        "华屹证券、禾丰证券和东岳证券对2026年国产AI服务器出货量占比的预测分别为45%、51%和58%。"
        "晨曦证券则从结构角度给出判断，认为明年推理服务器的占比有望超过六成。",
        "2025-12-15",
    )
    assert [only(facts, t).cited_source for t in ("88万至102万台", "110万台", "45%", "58%", "六成")] == [
        "禾丰证券",
        "东岳证券",
        "华屹证券",
        "东岳证券",
        "晨曦证券",
    ]


def test_an_interview_given_and_a_meeting_held_name_who_speaks() -> None:
    facts = facts_of(
        "宏鑫晶圆今天召开法人说明会，公布第2季合并营收新台币1,286亿元。宏鑫晶圆财务长林文彬预估，第3季合并营收将介于"
        "新台币1,360亿至1,400亿元。总经理陈冠宇指出，公司今年资本支出将上修至约135亿美元。\n"
        "发布会后，国家发展改革委创新和高技术发展司副司长周启文接受了本报记者采访。\n"
        "问：下一步有哪些目标？\n答：我们提出，到2027年，全国智能算力占算力总规模的比重达到50%左右。",
        "2026-07-16",
    )
    assert {only(facts, t).cited_source for t in ("1,286亿元", "135亿美元")} == {"宏鑫晶圆"}
    revenue = only(facts, "1,360亿至1,400亿元")
    assert (revenue.qualifier, revenue.unit, revenue.value_high) == ("range", "TWD", 1.4e11)
    share = only(facts, "50%")
    assert (share.kind, share.cited_source) == ("target", "国家发展改革委创新和高技术发展司")


def test_a_units_reckoning_a_cap_and_times_that_do_not_carry() -> None:
    facts = facts_of(
        "注：标准机架按2.5千瓦折算。按计划规定，每个获批项目的资助额不超过3,000万港元。\n"
        "预算案建议预留25亿港元，目标于2028年或之前将超算中心算力提升至6,000PFLOPS；另拨款约12亿港元推行计划。\n"
        "今年1月平均算力使用率达94%。他又指，超算中心自2024年12月启用以来，已服务逾160家大学。\n"
        "地皮今日起招标，下月21日截标。地政总署表示，该地皮最高可建楼面面积约58万平方呎。",
        "2026-02-26",
    )
    assert not [f for f in facts if f.value_text in ("2.5千瓦", "3,000万港元")]
    assert [only(facts, t).period for t in ("12亿港元", "160家", "58万平方呎")] == ["2026", "2026", "2026"]


def test_a_tables_caption_is_its_rows_subject_and_no_source() -> None:
    facts = facts_of(
        "表：2021—2028年中国智算中心市场规模及预测：2021年规模196亿元。2022年规模298亿元，增速52.0%。",
        "2026-03-10",
    )
    rows = [only(facts, t) for t in ("196亿元", "298亿元", "52.0%")]
    assert {f.metric for f in rows} == {"ai_computing_centre_market_size"}
    assert {f.cited_source for f in rows} == {None}
    assert only(facts, "298亿元").subject == "中国智算中心市场规模"


def test_worked_examples_eps_and_a_count_naming_what_follows() -> None:
    facts = facts_of(
        "他给记者算了一笔账：以一座20万千瓦的智算中心测算，一年可节电约8700万千瓦时。"
        "封测龙头日月光投控第3季净利季增45%，EPS更创下近11季新高，达2.5元。\n"
        "2025年，全球51个主要国家数字经济规模合计约为52.4万亿美元；"
        "我国数字经济规模占51个主要国家总量的比重接近两成。",
        "2026-07-28",
    )
    assert not [f for f in facts if f.value_text in ("20万千瓦", "8700万千瓦时", "51个")]
    assert only(facts, "2.5元").value == 2.5  # EPS is a figure of its own (每股纯益, 每股盈余)
    world = only(facts, "52.4万亿美元")
    assert (world.region, world.subject) == ("GLOBAL", "全球51个主要国家数字经济规模")
    assert only(facts, "两成").metric == "digital_economy_size"


def test_plans_in_their_own_statements_and_customers_named_as_a_cause() -> None:
    facts = facts_of(
        "规划建设高功率机柜2400个，计划于2027年6月底前建成投产；项目预计2028年全面达产，达产后年均营业收入约7.6亿元。\n"
        "截至9月末，公司运营机柜约3.6万个，整体上架率约为82%，主要分布在京津冀、长三角和粤港澳大湾区。",
        "2025-12-04",
    )
    revenue = only(facts, "7.6亿元")
    assert (revenue.kind, revenue.period) == ("forecast", "2028")
    assert only(facts, "82%").region == "CN"
    taiwan = facts_of(
        "緯創受惠北美雲端服務供應商持續向品牌廠強力拉貨，9月營收2034.37億元，月增17.8%。", "2025-10-09"
    )
    assert only(taiwan, "2034.37亿元").region != "北美"


def test_bodies_named_with_their_place_and_heads_speaking_for_them() -> None:
    facts = facts_of(
        "香港创科大学（创科大）今日宣布，超算中心正式启用。创科大校长陈德明表示，我们计划在明年底前把算力扩充至2,500PFLOPS，"
        "并新增约两千张GPU。\n贵阳市委副书记、市长陈景明表示，力争到2027年全市算力总规模突破50EFLOPS。",
        "2026-08-20",
    )
    plan, cards = only(facts, "2,500PFLOPS"), only(facts, "两千张")
    assert (plan.cited_source, plan.kind, cards.kind) == ("香港创科大学", "target", "target")
    assert only(facts, "50EFLOPS").cited_source == "贵阳市人民政府"
    bureau = facts_of(
        "记者从市大数据应用发展管理局获悉，截至5月底，重庆全市算力规模达12.6EFLOPS。", "2026-06-18"
    )
    assert only(bureau, "12.6EFLOPS").cited_source == "重庆市大数据应用发展管理局"


def test_times_that_end_a_year_or_start_a_total_and_a_statistic_in_a_list() -> None:
    facts = facts_of(
        "截至2025年底，全国在用数据中心整体上架率为64.3%。\n"
        "邢立文介绍，分区域看，内蒙古数据中心用电量约215亿千瓦时，居全国第一。\n"
        "今年1-10月，8个国家算力枢纽节点新增标准机架超过105万架；枢纽节点数据中心项目完成投资约1,860亿元。\n"
        "按计划，《清单》项目年内全部建成投产后，全省将新增智能算力约5.2万P。",
        "2025-11-20",
    )
    assert [only(facts, t).period for t in ("215亿千瓦时", "全国第一")] == ["2025", "2025"]
    assert only(facts, "1,860亿元").period == "2025-01/2025-10"
    assert only(facts, "5.2万P").period == "2025"


def test_exaflops_spelled_out_a_conversion_and_a_companys_annual_report() -> None:
    facts = facts_of(
        "中國移動宣布，計劃到2028年，實現超過100每秒浮點運算次數（exaFLOPS）的算力。"
        "中國移動最新年度財報顯示，2024年資本支出為人民幣1,640億元（新台幣6,724億元），占收入的18.4%。"
        "截至2024年底，該電信商自建的智慧計算能力達到29.2 exaFLOPS。",
        "2025-10-18",
    )
    assert (only(facts, "100每秒浮点运算次数（exaFLOPS）").value, only(facts, "29.2 exaFLOPS").value) == (
        1e20,
        2.92e19,
    )
    assert only(facts, "29.2 exaFLOPS").metric == "ai_compute_capacity"
    assert only(facts, "1,640亿元").cited_source == "中国移动"
    assert not [f for f in facts if f.value_text == "6,724亿元"]


def test_a_meeting_is_no_source_and_a_bound_before_a_list_bounds_it_all() -> None:
    facts = facts_of(
        "会上发布的数据显示，截至今年6月底，我国智能算力规模达788EFLOPS。\n"
        "2021年数据中心、云计算、人工智能、大数据等产业规模分别超过1500亿元、2000亿元、4000亿元、1.3万亿元。\n"
        "2024年，中国移动、中国电信和中国联通的算力投资分别为100亿元、200亿元和300亿元。",
        "2025-08-25",
    )
    assert only(facts, "788EFLOPS").cited_source is None
    listed = [only(facts, t) for t in ("1500亿元", "2000亿元", "1.3万亿元")]
    assert [f.qualifier for f in listed] == ["gt", "gt", "gt"]
    assert [f.subject for f in listed] == ["数据中心产业规模", "云计算产业规模", "大数据产业规模"]
    assert only(facts, "200亿元").subject == "中国电信的算力投资"


def test_changes_against_months_before_and_where_a_change_ends() -> None:
    facts = facts_of(
        "截至11月末，5G基站总数达483万个，占移动基站总数的37.4%，占比较前10个月提高0.4个百分点。\n"
        "經濟部預估，到民國119年資料中心用電需求將達約620萬瓩，占全台尖峰負載的比重將由目前的約4%升至約11%。",
        "2025-12-23",
    )
    assert only(facts, "0.4个百分点").measure == "growth_pop"
    now, then = only(facts, "4%"), only(facts, "11%")
    assert (now.period, then.period, then.kind) == ("2025", "2030", "forecast")


def test_a_research_firm_forecasting_again_and_a_year_hardly_begun() -> None:
    facts = facts_of(
        "研調機構集邦最新報告指出，預估將帶動今年全球AI伺服器出貨量年增逾28%。"
        "從資本支出觀察，北美五大雲端服務供應商今年的資本支出總額年增高達40%。\n"
        "不過，集邦預料今年ASIC AI伺服器出貨占比將提升至27.8%。",
        "2026-01-21",
    )
    assert only(facts, "40%").kind == "forecast"
    assert only(facts, "27.8%").cited_source == "集邦"


def test_a_legislator_citing_a_utilitys_data_and_a_minister_for_the_ministry() -> None:
    facts = facts_of(
        "國民黨立委陳靜宜昨日在立法院經濟委員會質詢時指出，根據台電提供的資料，目前仍在排隊審查的資料中心用電申請多達48件，"
        "申請容量合計約156萬瓩。\n數位發展部指出，今年第1梯次申請已於4月截止，共核定補助186家。\n"
        "部長林宜蓁表示，至民國119年，國內產業AI算力需求將達5,000至6,000PFLOPS。",
        "2026-06-03",
    )
    assert only(facts, "156万瓩").cited_source == "陈静宜"
    assert only(facts, "186家").period == "2026"
    assert only(facts, "5,000至6,000PFLOPS").cited_source == "数位发展部"


def test_a_question_on_figures_given_and_a_question_doubting_them() -> None:
    facts = facts_of(
        "记者：前三季度公司毛利率为31.2%，较上年同期下降4.5个百分点，价格下行对盈利的影响有多大？\n"
        "记者：有市场观点认为，算力租赁价格已下跌超过三成，公司是否受到影响？",
        "2026-11-23",
    )
    assert only(facts, "31.2%").period == "2026-Q1/Q3"
    assert not [f for f in facts if f.value_text == "三成"]


def test_tokens_counted_places_spanned_and_a_utilitys_name() -> None:
    facts = facts_of(
        "网易科技10月15日报道 国家数据局日前发布的数据显示，今年9月，我国日均token调用量突破60万亿。"
        "部分轻量模型每百万token输出价格已低至0.6元。\n"
        "公司在内蒙古乌兰察布、贵州贵安等地租用和自建的推理算力规模约为18EFLOPS。\n"
        "在甘肃庆阳，由国网甘肃省电力公司牵头建设的绿电直供项目总投资约46亿元。",
        "2026-10-15",
    )
    tokens = only(facts, "60万亿")
    assert (tokens.unit, tokens.cited_source) == ("count", "国家数据局")
    assert not [f for f in facts if f.value_text in ("0.6元", "百万token")]
    assert only(facts, "18EFLOPS").region == "CN"
    assert only(facts, "46亿元").region == "庆阳"


def test_money_raised_for_projects_is_stated_now_and_a_nations_company_builds_abroad() -> None:
    facts = facts_of(
        "公司拟向不超过35名特定对象发行A股股票。庆阳智算中心项目总投资约21.6亿元，拟投入募集资金18亿元，"
        "规划建设高功率液冷机柜3200个，计划于2027年9月底前建成投产。\n"
        "中国云服务商启衡云上周宣布，将投资约18亿美元，在柔佛士乃兴建两座数据中心。\n"
        "另一家中国企业华峦云本月初也宣布，计划投资约45亿令吉，在依斯干达特区建设人工智能算力园区。",
        "2025-12-08",
    )
    raised = only(facts, "18亿元")
    assert (raised.kind, raised.period) == ("actual", "2025")
    assert not [f for f in facts if f.value_text == "35名"]
    assert only(facts, "18亿美元").region == "MY"
    pledged = only(facts, "45亿令吉")
    assert (pledged.kind, pledged.region) == ("actual", "MY")


def test_a_work_reports_tasks_for_the_year_are_targets() -> None:
    facts = facts_of(
        "过去一年，预计全县地区生产总值完成138.6亿元、增长6.2%。\n三、2026年重点工作\n"
        "（一）全力打造绿色算力高地。一是扩大算力供给；二是推动绿电直供，数据中心绿电使用比例提高到80%以上；"
        "三是提升能效水平，新建数据中心PUE控制在1.15以下。",
        "2026-01-16",
    )
    assert only(facts, "6.2%").kind == "forecast"
    assert [only(facts, t).kind for t in ("80%", "1.15")] == ["target", "target"]


def test_a_hong_kong_story_in_simplified_script_counts_hong_kong_dollars() -> None:
    facts = facts_of(
        "全港规模最大的数码港人工智能超算中心启用以来，其算力使用率已高达八成。为鼓励产业研发，香港政府推出30亿元资助计划。"
        "计划自去年10月接受申请，已收到超过30宗申请。资助计划为企业提供平均约七成的算力费用补贴。",
        "2025-12-24",
    )
    assert only(facts, "30亿元").unit == "HKD"
    assert only(facts, "30宗").period == "2025"
    assert only(facts, "七成").metric is None


def test_a_heads_merged_title_a_foreseen_figure_and_a_density_is_no_figure() -> None:
    facts = facts_of(
        "台綜院長吳再益指出，台灣目前有卅六座資料中心。另還有五個正在規畫的案場，可預見國內ＡＩ算力中心用電規模很快會突破一百ＭＷ。\n"
        "林家灝指出，AI訓練數據中心所需的功率密度為傳統數據中心的十倍，租金溢價高達六成。",
        "2026-01-25",
    )
    assert only(facts, "卅六座").cited_source == "台综院"
    assert only(facts, "一百MW").kind == "forecast"
    assert not [f for f in facts if f.value_text in ("十倍", "六成")]


def test_a_reports_points_a_contribution_and_two_rates_apart() -> None:
    facts = facts_of(
        "中国信息通信研究院副院长王志勤发布《中国数字经济发展研究报告(2024年)》。\n报告核心观点\n"
        "一是扩量方面。2023年，我国数字经济规模达到53.9万亿元。数字经济同比名义增长7.39%，高于同期GDP名义增速2.76个百分点，"
        "数字经济增长对GDP增长的贡献率达66.45%。",
        "2024-09-12",
    )
    assert "中国信息通信研究院" in (only(facts, "53.9万亿元").cited_source or "")
    assert only(facts, "66.45%").measure == "share"
    assert not [f for f in facts if f.value_text == "2.76个百分点"]


def test_a_quote_whose_speaker_follows_its_day_and_place_and_money_a_project_commits() -> None:
    facts = facts_of(
        "本报讯（记者 闻海霞）“中金数据集团中卫项目今年5月启动，计划投资400亿元。”9月15日，在中卫工业园区西部云基地，"
        "中金数据集团工程师程可介绍，项目一期已封顶。\n"
        "“一期总投资约11.6亿元。”项目管理部负责人霍建光介绍。\n"
        "中国移动在庆阳“东数西算”产业园区共规划292亩，总投资约270亿元。",
        "2025-09-16",
    )
    assert only(facts, "400亿元").cited_source == "中金数据集团"
    assert only(facts, "11.6亿元").cited_source is None
    committed = only(facts, "270亿元")
    assert (committed.kind, committed.period) == ("actual", "2025")


def test_the_opening_sentence_places_a_story_whose_title_names_none() -> None:
    facts = facts_of(
        "5月26日，科技城相关领导对位于江西九江鄱阳湖生态科技城的科创中心二期和鄱阳湖智算中心项目推进情况展开调度。\n"
        "据悉，科创中心二期项目作为省市重点工程，总投资8.5亿元。\n"
        "据了解，中国电信鄱阳湖智算中心项目总投资20亿元，规划承载2500P算力。\n"
        "该智算中心2024年年底算力规模80P。",
        "2025-05-27",
    )
    assert [only(facts, t).region for t in ("8.5亿元", "20亿元")] == ["九江", "九江"]


def test_signed_changes_in_brackets_and_a_rate_moved_to() -> None:
    facts = facts_of(
        "新兴市场收入290亿元（+9.3%），折旧摊销954亿元（-1.2%），EBITDA率提升0.9个百分点至34.2%。\n"
        "到2021年底中国移动累计开通超73万个5G基站。",
        "2025-08-10",
    )
    assert [(only(facts, t).measure, only(facts, t).value) for t in ("9.3%", "1.2%")] == [
        ("growth_yoy", 9.3),
        ("growth_yoy", -1.2),
    ]
    assert only(facts, "34.2%").measure == "level"
    assert only(facts, "73万个").metric == "base_stations_5g"


def test_network_investment_is_no_compute_and_stocks_at_a_spans_end() -> None:
    facts = facts_of(
        "5G投资额达1849亿元，占全部投资的45.6%。1299个重大项目完成投资1.4万亿元。\n"
        "今年1至2月，移动电话用户总数达17.46亿户，比上年末净增240.9万户。其中，5G流动电话用户达8.51亿户，"
        "占移动电话用户的48.8%。",
        "2024-03-20",
    )
    assert {only(facts, t).metric for t in ("1849亿元", "1.4万亿元")} == {None}
    assert [only(facts, t).period for t in ("17.46亿户", "240.9万户", "8.51亿户", "48.8%")] == [
        "2024-02-29"
    ] * 4
    assert only(facts, "8.51亿户").metric == "users_5g"


def test_a_work_reports_year_gone_by_and_the_years_expected_targets() -> None:
    facts = facts_of(
        "浙江省代省长刘捷作政府工作报告时介绍，2024年浙江省生产总值增长5.5%左右。\n"
        "去年，货物贸易出口达3.9万亿元。此外，浙江服务业增加值增长5%左右。\n"
        "聚焦今年，浙江省政府工作报告将“生产总值增长6%左右”列入建议主要预期目标。",
        "2025-01-14",
    )
    assert only(facts, "5.5%").cited_source == "浙江省人民政府"
    assert (only(facts, "5%").period, only(facts, "5%").kind) == ("2024", "actual")
    assert only(facts, "6%").kind == "target"


def test_an_interim_announcement_its_cents_and_its_managements_outlook() -> None:
    facts = facts_of(
        "本港上市芯片设计商晶曜科技(02891)公布截至6月底止中期业绩，营业额18.42亿港元，按年增长36.5%；每股盈利24.7仙。"
        "派中期息每股6仙，去年同期派3仙。\n期内毛利率为41.8%。\n"
        "展望下半年，管理层预期收入按年增长30%至35%，全年毛利率可维持在40%以上。",
        "2026-08-26",
    )
    assert [only(facts, t).period for t in ("18.42亿港元", "24.7仙", "41.8%")] == ["2026-H1"] * 3
    assert not [f for f in facts if f.value_text in ("6仙", "3仙")]
    outlook = only(facts, "40%")
    assert (outlook.kind, outlook.cited_source) == ("forecast", "晶曜科技")


def test_exports_to_a_market_and_a_share_of_the_world_market_are_the_holders() -> None:
    facts = facts_of(
        "（中央社記者潘姿羽台北9日電）財政部統計處指出，10月對美國出口238.6億美元，年增67.2%，占總出口比重達39.0%。\n"
        "集邦科技統計顯示，今年第2季晶凱在全球晶圓代工市場的市占率約為69.4%，穩居全球第一。",
        "2026-11-09",
    )
    assert [only(facts, t).region for t in ("238.6亿美元", "67.2%", "69.4%", "全球第一")] == ["TW"] * 4


def test_a_partner_speaks_for_the_firm_and_a_third_pue_and_a_price_gap() -> None:
    facts = facts_of(
        "“液冷的增长确定性很高。”鼎石咨询合伙人韩卓表示。\n"
        "韩卓介绍，目前国内风冷智算中心的PUE普遍在1.35左右，采用冷板式液冷后可降至1.2左右，浸没式液冷则可降至1.1以下。"
        "目前液冷智算中心每千瓦IT负载的建设成本约为2.6万元，比同规模风冷方案高出约4000元。",
        "2026-06-16",
    )
    assert [only(facts, t).value for t in ("1.35", "1.2", "1.1")] == [1.35, 1.2, 1.1]
    assert only(facts, "1.1").cited_source == "鼎石咨询"
    assert not [f for f in facts if f.value_text == "4000元"]


def test_a_statistics_table_by_product_and_a_share_of_a_schemes_total() -> None:
    facts = facts_of(
        "表1 2026年10月份江苏省规模以上工业主要电子信息产品产量\n"
        "产品名称\t计量单位\t10月产量\t同比增长（%）\t1-10月累计产量\t累计同比增长（%）\n"
        "集成电路\t万块\t968342.5\t18.6\t8931576.4\t15.3\n服务器\t万台\t42.8\t36.4\t368.5\t29.7\n"
        "创新科技及工业局资料显示，获批项目103个，涉及资助额约19.8亿港元，相当于计划总额约66%。",
        "2026-11-18",
    )
    servers = only(facts, "368.5万台")
    assert (servers.value, servers.period) == (3685000.0, "2026-01/2026-10")
    assert only(facts, "66%").measure == "share"


def test_the_chief_executive_speaks_for_the_government_and_a_place_reached() -> None:
    facts = facts_of(
        "中國移動香港火炭數據中心今日舉行動土儀式，行政長官林鄭月娥致辭時表示，香港有12個國際海底光纜系統。"
        "林鄭指出，香港有19個連接內地的陸上光纜系統。\n"
        "台達電昨天公布第3季營收新台幣1503.17億元，年增33.9%。\n"
        "封測廠晶鼎精密公布8月營收182.6億元。",
        "2025-10-30",
    )
    assert [only(facts, t).cited_source for t in ("12个", "19个")] == ["香港特别行政区政府"] * 2
    assert only(facts, "19个").region == "HK"
    # (公布第3季营收… names no source of its own: a release, as the gold reads it)
    assert only(facts, "1503.17亿元").cited_source is None


def test_a_schemes_qualifying_terms_are_no_figures() -> None:
    facts = facts_of(
        "促參司預告，將AI算力設施列入數位建設的重大公共建設範圍，限制包括投資總額不含土地達金額三億元以上，"
        "且總算力規模達每秒15千兆次浮點運算（15 PetaFLOPS）以上。",
        "2026-02-12",
    )
    assert facts == []


def test_taiwan_official_numerals_and_roc_years_in_chinese_digits() -> None:
    facts = facts_of(
        "（中央社記者潘姿羽台北20日電）經濟部統計處昨（二十）日公布一一四年外銷訂單金額七四三七·三億美元，"
        "較一一三年增加一五三三·四億美元，增幅卅八·六%。",
        "2026-01-21",
    )
    total, increase, rate = (only(facts, t) for t in ("七四三七·三亿美元", "一五三三·四亿美元", "卅八·六%"))
    assert (total.value, total.period) == (7.4373e11, "2025")
    assert (increase.measure, rate.value, rate.kind) == ("growth_yoy", 38.6, "actual")


def test_a_bulletins_net_changes_and_points_listed_with_one_unit() -> None:
    facts = facts_of(
        "截至2024年底，5G基站数量达到425.1万个，较上一年底净增87.4万个。移动电话用户总数为17.9亿户，全年净增3920万户。"
        "固定电话用户全年净减682万户。\n"
        "东部、中部、西部和东北地区千兆用户渗透率分别为33.5%、33.5%、34.3%和26.8%，"
        "较上年末分别提升2.3个、2.4个、2.6个和3.2个百分点。",
        "2025-01-26",
    )
    assert (only(facts, "87.4万个").period, only(facts, "87.4万个").kind) == ("2024-12-31", "actual")
    assert only(facts, "17.9亿户").period == "2024-12-31"
    assert [(only(facts, t).measure, only(facts, t).value) for t in ("3920万户", "682万户")] == [
        ("growth_yoy", 3.92e7),
        ("growth_yoy", -6.82e6),
    ]
    assert {only(facts, t).unit for t in ("2.3个", "2.4个", "2.6个")} == {"percentage_point"}
    assert only(facts, "34.3%").region == "西部地区"


def test_a_hong_kong_annual_results_year_and_its_change() -> None:
    facts = facts_of(
        "截至二零二三年十二月三十一日止年度，集团收益约479.4百万港元，较截至二零二二年十二月三十一日止年度减少约52.9百万港元或9.9%。",
        "2024-03-28",
    )
    assert only(facts, "479.4百万港元").period == "2023"
    change = only(facts, "52.9百万港元")
    assert (change.measure, change.value, change.period) == ("growth_yoy", -5.29e7, "2023")


def test_a_years_preliminary_results_are_estimates_and_a_share_at_a_rates_end() -> None:
    facts = facts_of(
        "1月22日晚间，云岫算力（SZ301592，收盘价：48.36元）发布2025年度业绩预告。公司预计2025年实现归属于上市公司股东的"
        "净利润6.8亿元至7.6亿元，同比增长85%至107%；营业收入约42亿元。公司同时披露，截至2025年末，在手订单金额约58亿元。\n"
        "台電預估，民國115年至120年年均成長約24%，占全台總用電量的比重將升至約8%。",
        "2026-01-23",
    )
    assert [only(facts, t).kind for t in ("6.8亿元至7.6亿元", "85%至107%", "42亿元")] == ["forecast"] * 3
    assert only(facts, "58亿元").cited_source == "云岫算力"
    assert only(facts, "8%").period == "2031"


def test_an_agreements_targets_and_orders_from_a_market() -> None:
    facts = facts_of("根据协议，到2028年，大湾区智能算力总规模将达到150EFLOPS以上。", "2026-04-21")
    assert only(facts, "150EFLOPS").kind == "target"
    orders = facts_of(
        "（中央社記者台北20日電）按地區觀察，3月來自美國接單232.7億美元，年增35.6%。", "2026-04-21"
    )
    assert only(orders, "232.7亿美元").region == "TW"


def test_money_set_aside_now_a_cap_and_a_top_group() -> None:
    facts = facts_of(
        "《施政报告》提出，于2030年或之前令本港数据中心总IT容量增至约2,400兆瓦；政府亦建议预留50亿港元成立「人工智能算力基金」。\n"
        "按照办法，单个企业年度申领额度最高400万元。\n"
        "排名前三的服务商合计市场份额为38.7%。",
        "2026-09-17",
    )
    reserved = only(facts, "50亿港元")
    assert (reserved.kind, reserved.period) == ("actual", "2026")
    assert not [f for f in facts if f.value_text in ("400万元", "前三")]


def test_companies_announcing_a_list_and_a_quarter_planned_ahead() -> None:
    facts = facts_of(
        "（中央社記者台北9日電）代工廠廣達（2382）、緯創、緯穎、英業達昨（8）日公布9月營收，分別為1,841.09億元、2,034.36億元、"
        "863.16億元及605.61億元。\n超微的AI伺服器規劃第4季出貨，初期訂單數量預估為12萬到15萬台之間。",
        "2026-03-01",
    )
    wistron = only(facts, "2,034.36亿元")
    assert wistron.subject == "纬创营收"
    assert only(facts, "12万到15万台").period == "2026-Q4"


def test_a_bulletin_met_again_and_an_exact_figure_after_a_round_one() -> None:
    facts = facts_of(
        "据IT之家报道，工信部今日公布了2024年通信业统计公报(以下简称“公报”)。\n"
        "最新公报显示，截至2024年底，5G基站数量达到425.1万个。\n"
        "沙岭数据园区总楼面面积约25万平方米，当中接近九成(88%)楼面面积用于高端数据中心用途。",
        "2025-01-26",
    )
    assert "工" in (only(facts, "425.1万个").cited_source or "")
    assert not [f for f in facts if f.value_text == "九成"]
    assert only(facts, "88%").value == 88.0


def test_valuation_ratios_met_expectations_and_slogans_are_no_figures_or_places() -> None:
    facts = facts_of(
        "万国数据在2025年第三季度的业绩不仅符合市场预期，实现收入28.87亿元人民币。而市账率则为1.55倍。\n"
        "以习近平新时代中国特色社会主义思想为指导，深入贯彻落实习近平总书记对内蒙古的重要指示精神。"
        "呼和浩特全市智算占比超过95%，将持续领跑全国八大枢纽十大集群21个片区。",
        "2025-11-21",
    )
    assert only(facts, "28.87亿元人民币").cited_source is None
    assert not [f for f in facts if f.value_text in ("1.55倍", "21个")]
    share = only(facts, "95%")
    assert (share.metric, share.region) == ("ai_compute_capacity", "呼和浩特")


def test_eps_is_a_figure_but_a_payout_ratio_and_a_datelines_day_are_not() -> None:
    facts = facts_of(
        "date 2026-03-10英业达2025年每股盈余（EPS）2.42元，预计配发现金股利2元，配发率82.6%。"
        "大同市数据局数字经济科科长张科介绍，全市已有70家企业。",
        "2026-03-10",
    )
    assert only(facts, "2.42元").value == 2.42
    assert not [f for f in facts if f.value_text in ("2元", "82.6%") or "-" in f.value_text]
    assert only(facts, "70家").cited_source == "大同市数据局"


def test_a_part_of_a_planned_sum_a_signed_change_and_a_machines_cards() -> None:
    facts = facts_of(
        "2026年公司计划资本开支约1,380亿元，其中算力投资约520亿元。公司2026年算力投资计划在150亿元至170亿元之间。\n"
        "联拓通信营业收入3,912亿元，同比-0.8%。部分8卡H20整机的月租金已降至5万元左右。弘数科技签38.6亿人民币智算服务合同。",
        "2026-03-27",
    )
    assert [only(facts, t).kind for t in ("520亿元", "150亿元至170亿元")] == ["target", "target"]
    change = only(facts, "0.8%")
    assert (change.measure, change.value) == ("growth_yoy", -0.8)
    assert not [f for f in facts if f.value_text == "8卡"]
    assert only(facts, "38.6亿人民币").unit == "CNY"


def test_a_reports_paragraphs_keep_its_time_and_a_vague_few_and_an_evaluations_scope() -> None:
    facts = facts_of(
        "9月14日，中科算网研究院（以下简称“研究院”）在京发布《2026中国城市算力发展指数报告》（以下简称《报告》）。"
        "《报告》显示，截至2026年6月底，北京算力规模为41.2EFLOPS。\n"
        "《报告》显示，排名前十的城市算力规模合计约218EFLOPS，同比增长31.6%。\n"
        "除算力规模外，《报告》还从多个维度对全国100个城市进行综合评价。另一方面，一些中西部城市的新建智算中心上架率不足五成。",
        "2026-09-15",
    )
    assert only(facts, "218EFLOPS").period == "2026-06-30"
    assert not [f for f in facts if f.value_text in ("100个", "五成")]


def test_a_universitys_short_name_and_the_city_with_its_new_area() -> None:
    facts = facts_of(
        "香港大学、香港科技大学及香港中文大学近年加快建设AI算力。\n"
        "科大副校长（研究及发展）表示，校方计划于明年底前把AI算力扩充至1,000PFLOPS。\n"
        "贵阳贵安共签约项目41个，签约金额276.4亿元。",
        "2026-05-18",
    )
    assert only(facts, "1,000PFLOPS").cited_source == "香港科技大学"
    assert only(facts, "41个").region == "贵阳"


def test_a_firms_acronym_its_research_desk_and_a_year_set_against_the_one_before() -> None:
    facts = facts_of(
        "记者从国际数据公司（IDC）获悉，2025年中国服务器市场出货量约为482.6万台。\n"
        "分厂商看，IDC数据显示，启衡信息市场份额为27.6%。\n"
        "搭载国产加速芯片的AI服务器出货量约为52万台，较上年增长近两倍。全市已有70家企业，比去年底增加10家。\n"
        "IDC中国企业级研究部高级研究经理周宇航表示，2026年AI服务器出货量有望突破200万台。",
        "2026-03-12",
    )
    assert {only(facts, t).cited_source for t in ("482.6万台", "27.6%", "200万台")} == {"国际数据公司"}
    assert [only(facts, t).period for t in ("52万台", "两倍", "70家")] == ["2025", "2025", "2026"]


def test_a_progress_tables_rows_a_phase_as_of_a_date_and_a_county_bureau() -> None:
    facts = facts_of(
        "凉城县绿色智算中心项目建设提速\n"
        "记者从县发展和改革委员会获悉，截至8月底，项目累计完成投资21.6亿元；一期工程2400个机柜已完成设备安装。\n"
        "项目主要节点推进情况（截至2026年8月底）：土建主体工程计划完成时间2026年6月，完成情况100%。"
        "一期算力设备上架调试计划完成时间2026年12月，完成情况43.8%。\n"
        "丝路智算中心一期总投资37.2亿元，算力规模3000P，计划投产时间2026年6月。",
        "2026-09-14",
    )
    assert only(facts, "2400个").period == "2026-08-31"
    assert only(facts, "21.6亿元").cited_source == "凉城县发展和改革委员会"
    for text in ("100%", "43.8%"):
        row = only(facts, text)
        assert (row.period, row.kind, row.measure, row.metric) == ("2026-08-31", "actual", "share", None)
    assert only(facts, "3000P").period == "2026-06"


def test_a_bureaus_spokesman_again_a_ministers_ministry_sites_an_address_and_a_demand() -> None:
    facts = facts_of(
        "记者从深圳市工业和信息化局（以下简称“市工信局”）获悉，深圳累计发放算力券3.26亿元。\n"
        "市工信局有关负责人介绍，今年安排算力券资金5亿元。“算力券让初创企业用得起、用得上算力，"
        "今年前5个月申领企业数量同比增长超过七成。”该负责人说。\n"
        "经济部长昨日在立法院答询时表示，将规划于2029年底前设置3处数据中心专区。\n"
        "行政长官上月发表的《施政报告》提出政府将预留30亿港元推行第二轮资助计划。"
        "要应付2030年本港约20,000PFLOPS的算力需求，所需总投资或逾500亿港元。",
        "2025-10-20",
    )
    growth = only(facts, "七成")
    assert (growth.cited_source, growth.metric) == ("深圳市工业和信息化局", None)
    sites = only(facts, "3处")
    assert (sites.value, sites.unit, sites.cited_source) == (3, "count", "经济部")
    assert only(facts, "30亿港元").period == "2025"
    assert only(facts, "20,000PFLOPS").metric == "compute_demand"


def test_a_quote_told_to_the_reporter_a_building_under_way_and_a_shipments_share() -> None:
    facts = facts_of(
        "“目前二期机柜上架率已超过85%，算力基本‘一卡难求’。”中心运营方湘算数科总经理陈立远告诉记者，公司正加快推进三期项目。\n"
        "公司位於桃園、目前興建中的第三座資料中心IT負載54MW，總投資約新台幣135億元，預計民國117年第1季啟用。\n"
        "《报告》显示，寒澈科技以约31.2%的出货份额位居第一。",
        "2026-08-13",
    )
    assert only(facts, "85%").cited_source == "湘算数科"
    load = only(facts, "54MW")
    assert (load.period, load.kind) == ("2028-Q1", "forecast")
    assert only(facts, "31.2%").measure == "share"


def test_an_industrys_takings_in_a_provinces_bulletin_are_the_provinces() -> None:
    facts = facts_of(
        "前三季度，四川省服务业运行稳中有进。全省规模以上服务业企业实现营业收入9863.5亿元。\n"
        "分行业看，交通运输业实现营业收入2768.4亿元。\n"
        "曜华科技发布公告，公司实现营业收入46.8亿元。",
        "2026-10-27",
    )
    assert [only(facts, t).region for t in ("9863.5亿元", "2768.4亿元")] == ["四川", "四川"]
    assert only(facts, "46.8亿元").region == "CN"


def test_centres_opened_last_year_describe_a_noun_not_the_numbers_time() -> None:
    facts = facts_of(
        "集群数据中心平均上架率约为71%，一批去年投运的智算中心已实现满柜运行。"
        "项目总投资约28亿元，一期已于去年12月建成投用。",
        "2026-11-06",
    )
    assert only(facts, "71%").period == "2026"
    assert only(facts, "28亿元").period == "2025-12"


def test_more_of_the_same_data_keeps_its_time_before_the_sentence_names_one() -> None:
    facts = facts_of(
        "据集邦咨询近日发布的数据，2025年中国AI加速卡出货量约为240万片，较2024年增长约38%。\n"
        "集邦咨询数据还显示，三家的出货量分别约为41万片、27万片和15万片；海外品牌的份额则由2024年的约67%降至2025年的约53%。\n"
        "海关总署数据显示，我国集成电路进口数量约为4800亿块。",
        "2026-01-20",
    )
    assert [only(facts, t).period for t in ("41万片", "15万片", "67%", "53%")] == [
        "2025",
        "2025",
        "2024",
        "2025",
    ]
    assert only(facts, "4800亿块").period == "2026"


def test_a_sentence_naming_only_which_things_it_means_keeps_the_paragraphs_time() -> None:
    facts = facts_of(
        "截至10月底，集群已建成标准机架12.3万架。集群数据中心平均上架率约为71%，一批去年投运的智算中心已实现满柜运行。"
        "2025年建成的智算中心有12个。",
        "2026-11-06",
    )
    assert only(facts, "71%").period == "2026-10-31"
    assert only(facts, "12个").period == "2025"


def test_what_a_change_from_now_reaches_is_of_when_it_is_done() -> None:
    facts = facts_of(
        "港大今年斥资约3.8亿港元扩建校内GPU集群，由现时约600张增至约1,500张，预计今年底完成。"
        "全市GPU卡已由去年的约800张增至约1,200张。",
        "2026-06-10",
    )
    reached = only(facts, "1,500张")
    assert (reached.period, reached.kind) == ("2026-12-31", "forecast")
    assert "增至" not in reached.subject
    assert only(facts, "600张").kind == "actual"
    assert only(facts, "1,200张").kind == "actual"


def test_a_breakdown_under_a_section_heading_keeps_the_time_before_the_heading() -> None:
    facts = facts_of(
        "前三季度，全省规模以上服务业企业实现营业收入9863.5亿元，同比增长7.8%，增速比上半年提高0.6个百分点。\n"
        "一、现代服务业引领作用增强\n"
        "分行业看，信息传输、软件和信息技术服务业实现营业收入2768.4亿元，占全省规上服务业营业收入的比重为28.1%。",
        "2026-10-27",
    )
    assert [only(facts, t).period for t in ("2768.4亿元", "28.1%")] == ["2026-Q1/Q3", "2026-Q1/Q3"]
    assert only(facts, "0.6个百分点").measure == "growth_pop"


def test_a_brokers_years_say_actual_or_estimate_and_are_no_exaflops() -> None:
    facts = facts_of(
        "华泓证券电子行业首席分析师周以宁团队日前发布行业深度报告《液冷服务器》称，2025年中国液冷服务器市场规模约为356亿元。\n"
        "表：重点公司营收预测（2024A—2027E）：凌霜热控2025A营收46.8亿元，2026E营收68.5亿元，2027E营收92.3亿元。",
        "2026-04-28",
    )
    assert only(facts, "356亿元").cited_source == "华泓证券 《液冷服务器》"
    assert [(only(facts, t).period, only(facts, t).kind) for t in ("46.8亿元", "68.5亿元", "92.3亿元")] == [
        ("2025", "actual"),
        ("2026", "forecast"),
        ("2027", "forecast"),
    ]
    assert not [f for f in facts if f.unit == "FLOPS"]


def test_annual_results_date_the_figures_after_them_and_the_year_before() -> None:
    facts = facts_of(
        "云启智算（02961）昨日公布截至2025年12月31日止全年业绩。全年收入人民币78.6亿元，按年增长42.3%。\n"
        "盈利方面，集团经调整净亏损为人民币5.84亿元，较上年的人民币12.3亿元大幅收窄；集团录得股东应占溢利人民币1.26亿元。\n"
        "截至去年底，集团管理的智能算力规模约3.2万P，较一年前增加约1.4万P。\n"
        "集团主席兼行政总裁陈浩然表示，集团今年计划资本开支约人民币60亿元。",
        "2026-03-26",
    )
    assert [only(facts, t).period for t in ("5.84亿元", "12.3亿元", "1.26亿元")] == ["2025", "2024", "2025"]
    added = only(facts, "1.4万P")
    assert (added.measure, added.metric) == ("growth_yoy", "ai_compute_capacity")
    capex = only(facts, "60亿元")
    assert (capex.kind, capex.period, capex.cited_source) == ("target", "2026", "云启智算")


def test_a_speakers_second_role_names_the_body_he_speaks_for() -> None:
    facts = facts_of(
        "本报讯　记者从贵州贵安新区管理委员会（以下简称“贵安新区管委会”）获悉，贵安新区数据中心标准机架约32万架。\n"
        "贵安新区党工委委员、管委会副主任刘振华表示，到2027年，数据中心标准机架达到50万架。\n"
        "工业和信息化部新闻发言人、信息通信发展司司长刘振东介绍，全国5G基站总数达到483.2万个。",
        "2025-12-09",
    )
    assert only(facts, "32万架").cited_source == "贵州贵安新区管理委员会"
    assert only(facts, "50万架").cited_source == "贵州贵安新区管理委员会"
    assert (
        only(facts, "483.2万个").cited_source == "工业和信息化部信息通信发展司"
    )  # the department, with its ministry


def test_a_design_figure_after_a_plan_is_stated_now() -> None:
    facts = facts_of(
        "二期规划新增智能算力5000P，计划于2028年底前建成。项目设计PUE不高于1.18，依托雅安丰富的水电资源。",
        "2026-06-18",
    )
    assert only(facts, "5000P").period == "2028-12-31"
    pue = only(facts, "1.18")
    assert (pue.period, pue.kind, pue.qualifier) == ("2026", "actual", "le")


def test_a_report_goes_on_after_saying_what_it_assessed() -> None:
    facts = facts_of(
        "中国信息通信研究院（以下简称“中国信通院”）16日在北京发布《中国算力发展指数报告（2026年）》（以下简称《报告》）。"
        "《报告》显示，截至2026年6月底，我国算力总规模达到520EFLOPS。\n"
        "从区域布局看，算力资源加速向西部集聚。《报告》显示，西部地区算力规模占全国的比重达到28.4%。\n"
        "《报告》对全国31个省（区、市）的算力发展水平进行综合评估后指出，广东省算力发展指数位居全国第一。\n"
        "中国信通院云计算与大数据研究所所长郭建川表示，到2026年底，我国智能算力规模将突破400EFLOPS。",
        "2026-09-16",
    )
    assert [only(facts, t).period for t in ("28.4%", "全国第一")] == ["2026-06-30", "2026-06-30"]
    assert only(facts, "全国第一").cited_source == "中国信息通信研究院 《中国算力发展指数报告（2026年）》"
    assert only(facts, "400EFLOPS").cited_source == "中国信息通信研究院云计算与大数据研究所"


def test_sources_named_with_their_latin_name_or_by_a_bare_title() -> None:
    facts = facts_of(
        "研调机构集邦科技（TrendForce）统计，今年第1季瀚晶在全球晶圆代工市场的市占率约为66.9%。\n"
        "财政司司长在会上表示，预算案今年预留合共约108亿港元推动人工智能发展。\n"
        "司长又说：“预计到2027年底，本港人工智能相关企业将超过1,600间。”",
        "2026-04-15",
    )
    assert only(facts, "66.9%").cited_source == "集邦科技"
    assert only(facts, "1,600间").cited_source == "财政司"


def test_a_worked_sum_told_to_the_reporter_is_no_statistic() -> None:
    facts = facts_of(
        "一位数据中心负责人给记者算了一笔账：一座10万千瓦的智算中心满负荷运行一年，用电量约8.8亿千瓦时，每年可节省电费超过4000万元。\n"
        "一位当地干部向记者算了一笔账：于都县2024年一般公共预算收入约为21.3亿元。",
        "2026-09-22",
    )
    assert [f.value_text for f in facts] == ["21.3亿元"]


def test_taiwans_science_parks_and_installed_capacity() -> None:
    facts = facts_of(
        "經濟部將規劃在南部科學園區周邊設置資料中心供電專區，民國117年底前提供約120萬瓩供電容量。"
        "台電統計，截至今年3月底，已核准供電的資料中心裝置容量累計約258萬瓩。",
        "2026-04-14",
    )
    assert only(facts, "120万瓩").region == "TW"
    assert only(facts, "258万瓩").metric == "data_centre_power"


def test_a_count_of_firms_over_months_is_of_the_spans_end() -> None:
    facts = facts_of(
        "1-9月，全省规模以上软件和信息技术服务业企业实现营业收入8936.2亿元，规上软件企业数量首次突破三千家。",
        "2026-11-03",
    )
    assert only(facts, "8936.2亿元").period == "2026-Q1/Q3"
    assert only(facts, "三千家").period == "2026-09-30"


def test_a_list_of_places_named_before_is_the_places_of_san_di() -> None:
    facts = facts_of(
        "上海、深圳、杭州的支持力度同样不小。今年，三地安排的算力券资金分别为6亿元、5亿元和3.5亿元。"
        "按照实施细则，申领的算力服务合同金额须在20万元以上。获券企业的算力使用成本平均降低了三成左右。",
        "2026-04-21",
    )
    assert [only(facts, t).region for t in ("6亿元", "5亿元", "3.5亿元")] == ["上海", "深圳", "杭州"]
    assert "20万元" not in [f.value_text for f in facts]
    assert only(facts, "三成").metric is None


def test_a_cards_rating_and_a_projects_outlook_are_no_figures_of_now() -> None:
    facts = facts_of(
        "新系统部署GPU约1,000张，每张FP4算力可达20PFLOPS。\n"
        "汇云数据行政总裁表示，财团对项目前景有信心，项目总投资约80亿港元，首期约50兆瓦预计于2029年投入服务。\n"
        "顾问公司卓域顾问最新报告指，截至今年3月底，本港数据中心总IT容量约1,750兆瓦。",
        "2026-05-13",
    )
    assert "20PFLOPS" not in [f.value_text for f in facts]
    first = only(facts, "50兆瓦")
    assert (first.period, first.kind) == ("2029", "forecast")
    assert only(facts, "1,750兆瓦").cited_source == "卓域顾问"


def test_levels_written_with_a_minus_are_negative_and_stay_in_their_list() -> None:
    facts = facts_of(
        "招股书显示，2022年至2024年，启泓智芯营业收入分别为2.36亿元、6.18亿元和15.42亿元，"
        "归母净利润分别为-8.74亿元、-6.95亿元和-3.27亿元，亏损幅度逐年收窄。",
        "2025-11-18",
    )
    losses = [only(facts, t) for t in ("8.74亿元", "6.95亿元", "3.27亿元")]
    assert [(f.value, f.period) for f in losses] == [(-8.74e8, "2022"), (-6.95e8, "2023"), (-3.27e8, "2024")]
    assert only(facts, "2.36亿元").value == 2.36e8


def test_taiwans_chinese_numerals_with_a_full_width_point() -> None:
    facts = facts_of(
        "緯創十一月單月營收來到二八○六．二四億元，年增一九四．六四％，月增五一．六％。累計前十一個月營收達一．九三兆元。",
        "2025-12-17",
    )
    assert [round(only(facts, t).value, 2) for t in ("二八○六.二四亿元", "一九四.六四%", "五一.六%")] == [
        2.80624e11,
        194.64,
        51.6,
    ]
    assert only(facts, "一.九三兆元").value == 1.93e12


def test_money_with_its_yuan_left_out_and_this_years_plan() -> None:
    facts = facts_of(
        "算力中心项目位于雁塔区未来产业城,总投资26.63亿,占地55亩,年度计划投资4.29亿元。", "2024-03-01"
    )
    assert (only(facts, "26.63亿").unit, only(facts, "26.63亿").value) == ("CNY", 2.663e9)
    plan = only(facts, "4.29亿元")
    assert (plan.kind, plan.period) == ("target", "2024")


def test_attributable_profit_a_start_rate_and_bounds_written_as_signs() -> None:
    facts = facts_of(
        "期内，股东应占溢利按年上升11%至5.2亿港元。开工率达到86.81%。数据中心平均PUE≤1.5，新建数据中心PUE<1.25。",
        "2025-09-30",
    )
    assert only(facts, "11%").measure == "growth_yoy"
    assert only(facts, "86.81%").measure == "share"
    assert [(only(facts, t).qualifier, only(facts, t).subject) for t in ("1.5", "1.25")] == [
        ("le", "数据中心平均PUE"),
        ("lt", "新建数据中心PUE"),
    ]


def test_the_share_of_a_level_just_estimated_is_an_estimate_too() -> None:
    facts = facts_of(
        "国家发展改革委有关负责人确认：2025年我国的数字经济增加值有望达到49万亿元，占GDP的比重约35%。"
        "2025年底，数字经济核心产业增加值预计将突破13万亿元。",
        "2026-01-20",
    )
    assert [only(facts, t).kind for t in ("49万亿元", "35%")] == ["forecast", "forecast"]
    assert only(facts, "13万亿元").period == "2025"


def test_a_provincial_paper_and_the_projects_a_time_describes() -> None:
    facts = facts_of(
        "新甘肃客户端兰州9月28日讯 记者从今天召开的全省央地合作项目视频调度会议上获悉，62家中央企业在甘累计签约项目546个。\n"
        "今年以来，各市州深入落实“四个一”机制。截至8月底，今年新签约的152个项目已开工94个。\n"
        "央地合作项目效益持续放大。截至8月底，198个合作项目建成投产，为我省优化产业结构积蓄了动能。\n"
        "工业和信息化部23日举行的新闻发布会上，工业和信息化部介绍，全国5G基站达到498.6万个。",
        "2025-09-30",
    )
    assert only(facts, "546个").cited_source is None
    assert [(only(facts, t).period, only(facts, t).region) for t in ("94个", "198个")] == [
        ("2025-08-31", "甘肃"),
        ("2025-08-31", "甘肃"),
    ]


def test_a_district_is_its_citys_and_a_day_in_brackets_dates_its_sentence() -> None:
    facts = facts_of(
        "浦东新区AI产业规模已超1600亿元。算力中心项目位于雁塔区未来产业城，总投资26.63亿元。"
        "京津冀河北区域数据中心机架超过20万架。\n"
        "已建成大型智算中心12个，智能算力总规模超过54EFLOPS（截至2024年6月底）。",
        "2025-07-01",
    )
    assert [only(facts, t).region for t in ("1600亿元", "26.63亿元")] == ["上海", "西安"]
    assert only(facts, "20万架").region != "天津"
    assert [only(facts, t).period for t in ("12个", "54EFLOPS")] == ["2024-06-30", "2024-06-30"]


def test_interim_results_announced_after_a_dateline() -> None:
    facts = facts_of(
        "香港 - Media OutReach Newswire - 2025年11月21日 - 亿都(国际控股)有限公司公布截至2025年9月30日止六个月"
        "(「期内」)之未经审核中期业绩。\n于期内，集团录得综合收入5.54亿港元，较去年同期增加5.1%。",
        "2025-11-21",
    )
    assert [only(facts, t).period for t in ("5.54亿港元", "5.1%")] == ["2025-04/2025-09", "2025-04/2025-09"]


def test_a_company_head_and_a_company_named_short_speak_for_the_company() -> None:
    facts = facts_of(
        "英业达继2025年营收近7000亿元后，总经理蔡枝安表示，今年AI服务器总出货量将成长50%。\n"
        "英业达总经理蔡枝安则接棒指出，2026年AI服务器出货量可望成长两成。\n"
        "日月光投控30日举行法说会，公布第3季自结合并营收达1685.69亿元。"
        "以新台币兑美元30.4元估算，日月光预期第4季整体营收将季增1%至2%。",
        "2026-01-20",
    )
    assert [only(facts, t).cited_source for t in ("50%", "两成")] == ["英业达", "英业达"]
    assert only(facts, "1%至2%").cited_source == "日月光投控"


def test_a_flow_counted_so_far_at_a_months_end_is_the_years_months_to_it() -> None:
    facts = facts_of(
        "附表：2026年8月末全省通信业主要指标：5G基站12.86万个，比上年末增长9.4%。"
        "移动互联网累计流量62.7亿GB，比上年末增长15.3%。\n"
        "截至今年9月底，公司芯片累计出货量已超过18万片。",
        "2026-09-24",
    )
    assert only(facts, "12.86万个").period == "2026-08-31"
    assert [only(facts, t).period for t in ("62.7亿GB", "15.3%")] == ["2026-01/2026-08", "2026-01/2026-08"]
    assert only(facts, "18万片").period not in ("2026-01/2026-09", "2026-Q1/Q3")  # since the company began


def test_marks_passed_unit_glosses_and_class_thresholds_are_no_figures() -> None:
    facts = facts_of(
        "纬创带动全年营收正式突破8兆元关卡，达约8.1兆元。广达12月营收1,042.9亿元，首度站上千亿元。"
        "预计2025年市场规模将达到2811亿元，2027年有望突破3535亿元。\n"
        "单位包括GFLOPS(十亿次)、PFLOPS(千万亿次)。深圳计划累计培育80间独角兽(估值超过10亿美元的未上市公司)企业。\n"
        "「HKG8」第一期工程已于去年底完成，目前出租率接近100%。",
        "2026-01-09",
    )
    texts = [f.value_text for f in facts]
    assert "8兆元" not in texts and "千亿元" not in texts and "10亿美元" not in texts
    assert "十亿次" not in texts and "千万亿次" not in texts
    assert "8.1兆元" in texts and "3535亿元" in texts
    assert only(facts, "100%").period == "2026"


def test_a_survey_and_its_sample_and_classes() -> None:
    facts = facts_of(
        "一家行业研究机构华信算力研究院近期完成的调研显示，今年前三季度，在其调研的86个智算中心中，智能算力平均利用率约为46%；"
        "其中利用率不足20%的智算中心占比约为三成。\n"
        "调研显示，分区域看，东部、中部、西部地区智算中心的智能算力平均利用率分别约为61%、45%和33%。\n"
        "不过，他也坦言，部分新建项目上架率仍不足四成。",
        "2026-10-20",
    )
    texts = [f.value_text for f in facts]
    assert "86个" not in texts and "20%" not in texts and "四成" not in texts
    assert [only(facts, t).cited_source for t in ("46%", "三成", "61%")] == ["华信算力研究院"] * 3


def test_a_part_of_what_was_just_counted_and_an_unnamed_pair_of_companies() -> None:
    facts = facts_of(
        "发展局局长就议员的提问作出书面答复：\n"
        "（二）根据两家电力公司提供的资料，2025年两电共接获数据中心新增供电申请47宗；当中已获确认供电安排的申请有29宗。",
        "2026-06-10",
    )
    assert [only(facts, t).period for t in ("47宗", "29宗")] == ["2025", "2025"]
    assert only(facts, "29宗").cited_source != "两家电力公司"


def test_a_tables_caption_time_holds_for_every_row_and_the_reading_after_it() -> None:
    facts = facts_of(
        "表：三家IDC上市公司运营数据（截至2025年末）：云峦数据运营机柜12.6万架，上架率78.5%，2025年营收86.37亿元。"
        "恒曜科技运营机柜8.3万架，上架率71.2%，2025年营收52.14亿元。\n"
        "从上表可以看出，云峦数据上架率78.5%，较上年末提高4.3个百分点。",
        "2026-04-30",
    )
    assert [only(facts, t).period for t in ("8.3万架", "71.2%", "4.3个百分点")] == ["2025-12-31"] * 3
    assert only(facts, "52.14亿元").period == "2025"


def test_a_transcripts_speaker_line_and_a_placements_terms() -> None:
    facts = facts_of(
        "【解说】今天上午，2026中国算力产业博览会在内蒙古呼和浩特开幕，一批智算中心项目现场集中签约。\n"
        "【同期】国家数据局副局长 林卫东\n截至今年6月底，我国算力总规模达到338EFLOPS。\n"
        "瀚霆智算公布，按每股12.4港元向不少于6名独立承配人配售1.35亿股新股，相当于扩大后已发行股本约8.3%，配售价折让约10%。"
        "配售所得款项总额约16.74亿港元，所得款项净额拟分别将约60%、约25%及约15%用于扩建算力中心。\n"
        "展馆里的液冷整机柜可以放置64张卡。",
        "2026-08-21",
    )
    assert only(facts, "338EFLOPS").cited_source == "国家数据局"
    assert only(facts, "16.74亿港元").value == 1.674e9
    texts = [f.value_text for f in facts]
    assert not {"6名", "8.3%", "10%", "60%", "25%", "15%", "64张"} & set(texts)


def test_an_estimate_in_taiwan_and_compute_served_across_the_border() -> None:
    facts = facts_of(
        "报告指出，今年全台新增IT容量估约210MW。\n"
        "截至10月底，深圳经跨境算力专线向香港用户提供的智能算力累计约2,800PFLOPS。",
        "2025-11-14",
    )
    estimate = only(facts, "210MW")
    assert (estimate.kind, estimate.subject) == ("forecast", "全台新增IT容量")
    assert only(facts, "2,800PFLOPS").region == "深圳"


def test_what_a_work_report_says_a_government_will_do_is_a_target() -> None:
    facts = facts_of(
        "1月19日，贵州省第十四届人民代表大会第三次会议开幕，省长李炳军作政府工作报告。"
        "报告指出，贵州将加快国家数据要素综合试验区建设，打造数据产品100个以上，培育数据开发利用机构100家以上。",
        "2025-01-22",
    )
    assert [only(facts, t).kind for t in ("100个", "100家")] == ["target", "target"]
    assert only(facts, "100个").cited_source == "贵州省人民政府"


def test_money_set_aside_in_a_sentence_naming_no_time_is_this_years() -> None:
    facts = facts_of(
        "至于香港，政府自2022年底成立「引进重点企业办公室」。政府预留10亿元成立的「香港人工智能研发院」，将促进AI成果转化。",
        "2026-03-13",
    )
    assert only(facts, "10亿元").period == "2026"


def test_the_review_passes_counter_examples() -> None:
    facts = facts_of(
        "深圳市龙华区今年新建5G基站1200个。成都老城区数据中心机架达到2万架。\n"
        "全省超过60%的企业已上云。到2027年，全省智能算力规模须达到50EFLOPS以上。\n"
        "一期-5000架机柜已交付。今年营收可望突破8兆元关卡，去年为7.6兆元。较1-8月份同期增长5%。\n"
        "截至2024年底，该平台累计出货量超过100万台。款项目前已到位3.2亿元。\n"
        "中泓证券预计2026E EPS为1.2元。到2030年全球AI算力将达2050E，其中中国占三成。",
        "2025-09-30",
    )
    assert [only(facts, t).region for t in ("1200个", "2万架")] == ["深圳", "成都"]
    assert only(facts, "60%").measure == "share"
    assert (only(facts, "50EFLOPS").kind, only(facts, "50EFLOPS").qualifier) == ("target", "ge")
    assert only(facts, "5000架").value == 5000
    assert only(facts, "8兆元").kind == "forecast"
    assert only(facts, "5%").measure == "growth_yoy"
    assert only(facts, "100万台").period == "2024-12-31"
    assert [f.unit for f in facts if f.value_text.startswith("2026E")] == []
    assert only(facts, "三成").period == "2030"


def test_a_past_statement_in_a_work_report_is_no_target() -> None:
    facts = facts_of(
        "1月19日，省长李炳军作政府工作报告。过去一年，我们将算力建设纳入重点工程，全省算力规模达到10EFLOPS。",
        "2025-01-22",
    )
    assert only(facts, "10EFLOPS").kind == "actual"


def test_a_trends_reckoning_names_nobody() -> None:
    facts = facts_of("照此趋势预计，2023年数据中心用电量将达到2,667.92亿千瓦时。", "2022-02-19")
    assert only(facts, "2,667.92亿千瓦时").cited_source is None


def test_this_month_in_a_table_of_one_month_is_that_month() -> None:
    facts = facts_of(
        "表1 2026年8月份四川省规模以上工业主要电子信息产品产量：集成电路12.86亿块，同比增长21.4%，"
        "1-本月累计96.35亿块，同比增长17.8%。",
        "2026-09-18",
    )
    assert only(facts, "12.86亿块").period == "2026-08"
    assert [only(facts, t).period for t in ("96.35亿块", "17.8%")] == ["2026-01/2026-08"] * 2


def test_a_quoted_project_name_holds_no_time_of_the_number() -> None:
    facts = facts_of(
        "华数通信公告，确认公司为“中国移动2026年至2027年新型智算中心（试验网）采购项目（标包3）”中标人，中标金额约12.36亿元。"
        "持股5%以上股东拟通过集中竞价方式减持不超过1%公司股份。\n"
        "“今年前三季度，庆阳集群新签约算力项目17个。”庆阳市数据局局长孙立军说。",
        "2026-11-27",
    )
    assert only(facts, "12.36亿元").period == "2026"
    assert "1%" not in [f.value_text for f in facts]
    assert only(facts, "17个").period == "2026-Q1/Q3"


def test_a_plans_short_title_a_regions_body_and_a_papers_own_count() -> None:
    facts = facts_of(
        "自治区发展改革委有关负责人介绍，截至2025年底，内蒙古全区算力总规模达到126EFLOPS。"
        "按照《计划》安排，到2028年底项目全部建成后，全区将新增智能算力超过60EFLOPS。\n"
        "据中国证券报记者不完全统计，今年以来已有12家公司披露算力租赁合同。金价每盎司3,420美元。信托分派比率维持100%。",
        "2026-03-20",
    )
    assert only(facts, "126EFLOPS").cited_source == "内蒙古自治区发展改革委"
    assert only(facts, "60EFLOPS").kind == "target"
    assert only(facts, "12家").cited_source is None
    assert not {"3,420美元", "100%"} & {f.value_text for f in facts}


def test_a_tables_loss_written_with_a_minus() -> None:
    facts = facts_of(
        "表：2026年上半年国产AI芯片企业主要财务数据：云枢芯片营收18.06亿元，同比57.8%，归母净利润-3.62亿元。",
        "2026-09-01",
    )
    assert only(facts, "3.62亿元").value == -3.62e8


def test_a_company_officers_two_roles_and_a_parks_customers() -> None:
    facts = facts_of(
        "华擎智算副总裁、海外事业部总经理林嘉树对本报记者表示，公司2025年海外业务收入达到38.6亿元。\n"
        "在马来西亚柔佛州，园区一期IT负载48兆瓦，机柜上架率已超过九成，客户以中国出海企业为主。园区二期规划IT负载96兆瓦，计划2027年底前建成。",
        "2026-06-15",
    )
    assert only(facts, "38.6亿元").cited_source == "华擎智算"
    assert only(facts, "96兆瓦").region == "MY"


def test_the_companys_founder_named_alone_speaks_for_it() -> None:
    facts = facts_of(
        "《科创板日报》记者获悉，GPU云服务商擎岳智云近日完成约8亿元B轮融资。\n"
        "公司创始人兼CEO陆景行告诉记者，截至目前，公司可调度算力规模约1.6万P。\n"
        "业绩方面，陆景行透露，2025年公司营收约3.2亿元，是2024年的2.6倍。",
        "2026-09-08",
    )
    assert [only(facts, t).cited_source for t in ("1.6万P", "3.2亿元")] == ["擎岳智云", "擎岳智云"]


def test_a_list_item_with_its_own_qualifier_and_a_regional_breakdown() -> None:
    facts = facts_of(
        "据中国信通院测算，2024年、2025年和2026年，我国数据中心液冷市场规模分别为216亿元、358亿元和约560亿元。\n"
        "界面新闻记者从国家互联网信息办公室获悉，截至10月底，全国累计已有612个生成式人工智能服务完成备案。\n"
        "国家网信办数据显示，从地域分布看，北京、上海、广东备案数量分别为191个、112个和89个。",
        "2026-11-10",
    )
    assert [only(facts, t).period for t in ("216亿元", "358亿元", "560亿元")] == ["2024", "2025", "2026"]
    assert only(facts, "612个").cited_source == "国家互联网信息办公室"
    assert only(facts, "191个").period == "2026-10-31"


def test_a_training_runs_cards_a_relative_price_and_a_racks_rating_are_no_figures() -> None:
    facts = facts_of(
        "公司新一代模型已在512张加速卡上完成训练。使用内地算力，每卡时约15港元，比在香港本地租用便宜近一半。"
        "部分GB300 NVL72整机柜功率接近140千瓦。全市数据中心IT负载达到200兆瓦。",
        "2026-05-20",
    )
    assert [f.value_text for f in facts] == ["200兆瓦"]


def test_what_by_then_reaches_is_planned_or_foreseen_as_its_time_was_set() -> None:
    facts = facts_of(
        "项目总投资约56亿元，计划2026年底建成，届时将新增智能算力12,000P、标准机架5千架，配套供电容量120兆瓦。"
        "二期预计2028年建成投产，届时将新增智能算力约6000P。"
        "一期规划建设2000个机柜，预计明年二季度投产，届时将新增智能算力约2500P。"
        "三期计划2029年建成，届时总算力有望超过2万P。",
        "2025-03-08",
    )
    assert [only(facts, t).kind for t in ("12,000P", "5千架", "120兆瓦")] == ["target"] * 3
    assert only(facts, "56亿元").kind == "actual"
    assert [only(facts, t).kind for t in ("6000P", "2500P", "2万P")] == ["forecast"] * 3


def test_a_growth_written_after_its_rate_with_a_bound_is_a_growth() -> None:
    facts = facts_of(
        "他预计，今年公司营业收入有望实现20%以上的增长。去年营收实现了30%的同比增长。"
        "功率在50兆瓦以上的数据中心有12个。",
        "2026-03-27",
    )
    growth = only(facts, "20%")
    assert (growth.measure, growth.qualifier, growth.kind, growth.period) == (
        "growth_yoy",
        "ge",
        "forecast",
        "2026",
    )
    assert only(facts, "30%").measure == "growth_yoy"
    assert "50兆瓦" not in [f.value_text for f in facts]


def test_an_interviewed_head_named_with_the_listing_and_a_design_and_a_total_stated_now() -> None:
    facts = facts_of(
        "日前，钛媒体App专访了创业板上市公司云岫数据（301592.SZ）董事长兼CEO陆明远。\n"
        "钛媒体：西部布局有什么新进展？\n"
        "陆明远：截至10月底，我们在全国运营的数据中心有27个。我们在和林格尔新区的智算园区已经开工，"
        "一期规划IT负载150MW，预计明年二季度投产，设计PUE不高于1.2。整个园区总投资约85亿元，是公司最大的单体项目。",
        "2025-11-20",
    )
    assert only(facts, "27个").cited_source == "云岫数据"
    pue = only(facts, "1.2")
    assert (pue.kind, pue.period, pue.qualifier) == ("actual", "2025", "le")
    total = only(facts, "85亿元")
    assert (total.kind, total.period) == ("actual", "2025")
    assert only(facts, "150MW").period == "2026-Q2"


def test_a_transcripts_bracketed_speakers_are_the_bodies_of_the_roster() -> None:
    page = (
        "“加快建设算力网络湖南节点”新闻发布会文字实录\n\n发布时间：2026-07-22 09:15　来源：省政府新闻办\n\n"
        "时　间：2026年7月21日上午10:00\n发布人：\n　　湖南省数据局党组书记、局长　周立衡\n"
        "　　湖南省发展和改革委员会二级巡视员　谭　军\n　　长沙市人民政府副市长　欧阳敏\n主持人：\n"
        "　　湖南省人民政府新闻办公室副主任　李婉清\n\n【主持人　李婉清】\n"
        "女士们、先生们，各位媒体朋友，上午好！欢迎出席省政府新闻办新闻发布会。首先，请周立衡局长作介绍。\n\n"
        "【发布人　周立衡】\n截至今年6月底，全省在用算力总规模达到18.6EFLOPS，较去年底增长24.8%。\n\n"
        "【湖南日报记者】\n请问到今年年底，全省算力规模预计能达到多少？\n\n"
        "【发布人　周立衡】\n谢谢你的提问。我们预计，到今年年底，全省算力总规模将达到22EFLOPS左右。\n\n"
        "【潇湘晨报记者】\n长沙有哪些具体安排？\n\n"
        "【发布人　欧阳敏】\n谢谢这位记者的提问。目前，长沙全市算力规模达到8.3EFLOPS，占全省的四成以上。\n\n"
        "【发布人　谭　军】\n谢谢你的提问。据我们统计，去年全省数据中心用电量约为46.7亿千瓦时。\n"
    )
    document = clean_document(raw_document("file:///hunan.txt", page.encode(), content_type="text/plain"))
    assert document.text.count("【发布人 周立衡】") == 2
    sources = {f.value_text: f.cited_source for f in extract_facts(document)[0]}
    assert sources["18.6EFLOPS"] == sources["22EFLOPS"] == "湖南省数据局"
    assert sources["8.3EFLOPS"] == "长沙市人民政府"
    assert sources["46.7亿千瓦时"] == "湖南省发展和改革委员会"


def test_a_charts_source_line_sets_no_time_and_an_index_move_is_a_quote() -> None:
    page = (
        "上半年126个智算项目落地\n\n2026-07-20 09:00　来源：第一财经\n\n"
        "第一财经记者梳理发现，今年上半年，全国共有126个智算中心项目签约或开工，披露总投资合计超过2300亿元。\n\n"
        "图表1｜2026年上半年各省份智算中心项目数量（个）\n数据来源：第一财经根据各地公开信息整理，统计截至6月30日\n\n"
        "分省份看，内蒙古以19个项目位列第一，披露投资额约410亿元。\n\n"
        "Wind数据显示，截至7月15日，A股算力租赁指数年内累计上涨46.3%，同期IDC指数仅上涨8.9%。\n"
    )
    document = clean_document(raw_document("file:///yicai.txt", page.encode(), content_type="text/plain"))
    facts = extract_facts(document)[0]
    assert only(facts, "19个").period == only(facts, "410亿元").period == "2026-H1"
    assert not [f for f in facts if f.value_text in ("46.3%", "8.9%")]


def test_an_excerpt_of_a_report_cites_it_for_every_figure_with_no_other_source() -> None:
    facts = facts_of(
        "【编者按】本文节选自中国信息通信研究院（以下简称“中国信通院”）近日发布的《算力服务发展研究报告（2025年）》第二章。\n"
        "2024年，我国算力服务市场规模达到3285亿元，同比增长35.7%。\n"
        "据IDC统计，2024年我国智能算力规模达到725.3EFLOPS。",
        "2025-12-26",
    )
    assert only(facts, "3285亿元").cited_source == "中国信息通信研究院 《算力服务发展研究报告（2025年）》"
    assert only(facts, "725.3EFLOPS").cited_source == "IDC"


def test_a_written_reply_a_taiwan_mayors_speech_and_tenths_in_chinese_digits() -> None:
    facts = facts_of(
        "經濟部今天以書面答復立法院，預估資料中心用電需求將由目前的約210萬瓩，增至民國118年的約480萬瓩。\n"
        "台電統計，今年新申請案件中，北部地區約占六成五。\n"
        "桃園市副市長劉志遠致詞時表示，桃園目前有14座營運中的資料中心。",
        "2025-10-22",
    )
    assert only(facts, "480万瓩").cited_source == "经济部"
    tenths = only(facts, "六成五")
    assert (tenths.value, tenths.measure) == (65.0, "share")
    assert only(facts, "14座").cited_source == "桃园市政府"


def test_ratings_of_racks_named_before_a_vague_few_and_a_subsidys_ceiling_are_no_figures() -> None:
    facts = facts_of(
        "这类客户对单机柜功率要求很高，我们新建机房普遍在40千瓦以上，老机房只有8千瓦，全市数据中心总负载达到200兆瓦。"
        "部分采用GB200的整机柜已超过120kW。以GB300 NVL72为例，单柜集成72颗GPU，满载功耗约132kW。"
        "不少地方的智算中心实际利用率只有30%-40%。对新入驻的算力企业给予设备投资补助，单个企业最高补助500万元。",
        "2025-11-20",
    )
    assert [f.value_text for f in facts] == ["200兆瓦"]


def test_a_baseline_after_a_results_forecast_money_pledged_in_all_and_what_is_done_when_built() -> None:
    facts = facts_of(
        "云栈数据发布2025年半年度业绩预告，预计上半年实现归属于上市公司股东的净利润1.62亿元至1.85亿元，"
        "同比增长48%至69%；上年同期归母净利润为1.09亿元。\n"
        "上证报记者梳理发现，今年以来已有11家算力相关上市公司披露对外投资建设智算中心的公告，拟投资金额合计超过420亿元。\n"
        "二期计划于2028年建成，全部建成后形成智能算力约5000P。"
        "二期项目总投资约14.2亿元，建成后将新增智能算力约2500P，预计2027年底前投入运营。",
        "2025-07-15",
    )
    assert (only(facts, "1.09亿元").kind, only(facts, "1.62亿元至1.85亿元").kind) == ("actual", "forecast")
    pledged = only(facts, "420亿元")
    assert (pledged.kind, pledged.cited_source) == ("actual", None)
    assert (only(facts, "5000P").kind, only(facts, "2500P").kind) == ("target", "forecast")


def test_a_rate_named_last_decides_a_shares_metric_and_a_quarters_change_in_points() -> None:
    facts = facts_of(
        "截至6月底，数据中心合共IT容量约318兆瓦，整体上架率为96.1%。市占率季增2.8个百分点至19.8%。",
        "2026-08-13",
    )
    assert (only(facts, "96.1%").metric, only(facts, "318兆瓦").metric) == (
        "data_centre_racks",
        "data_centre_power",
    )
    assert only(facts, "2.8个百分点").measure == "growth_pop"


def test_a_share_a_year_before_and_a_capacity_by_the_time_it_starts_operating() -> None:
    facts = facts_of(
        "期内，来自人工智能及云服务客户的租金收入占总收益约58%，去年同期约为45%。"
        "沙田新数据中心项目已于今年5月动工，规划IT容量约80兆瓦，预计2028年第一季投入营运。",
        "2026-08-13",
    )
    assert only(facts, "45%").measure == "share"
    capacity = only(facts, "80兆瓦")
    assert (capacity.period, capacity.kind) == ("2028-Q1", "target")


def test_a_wire_tag_and_time_line_a_reporters_dateline_and_a_short_name_declared_with_xiacheng() -> None:
    facts = facts_of(
        "【C114讯】北京时间9月24日消息（孙宁）国际数据公司（IDC）今日发布的《中国加速计算服务器市场（2026上半年）跟踪》"
        "报告显示，2026上半年，中国加速服务器市场规模达到221亿美元。\n"
        "【大公報訊】記者李曉琳深圳報道：河套深港科技創新合作區深圳園區發展署（下稱「發展署」）昨日披露，"
        "截至今年4月底，深圳園區已建成智能算力約2,600PFLOPS。\n"
        "澳科雲數據有限公司（下稱「澳科雲」）主席梁啟峰等主禮。\n梁啟峰致辭時表示，首期工程將建設機櫃2,400個。",
        "2026-09-24",
    )
    assert only(facts, "221亿美元").cited_source.startswith("国际数据公司 《")
    assert only(facts, "2,600PFLOPS").cited_source == "河套深港科技创新合作区深圳园区发展署"
    assert only(facts, "2,400个").cited_source == "澳科云数据有限公司"


def test_a_districts_whole_is_its_citys_and_its_bodies_are_the_districts() -> None:
    facts = facts_of(
        "为加快长三角算力调度中心建设，现将埇桥区2026年算力产业重点项目投资计划公示如下。\n"
        "今年全区共安排算力产业重点项目12个，总投资约186.4亿元。\n"
        "据区发展和改革委员会统计，1—5月，全区算力产业重点项目累计完成投资21.7亿元。",
        "2026-06-20",
        title="埇桥区2026年算力产业重点项目投资计划公示",
    )
    assert only(facts, "186.4亿元").region == "宿州"
    assert only(facts, "21.7亿元").cited_source == "埇桥区发展和改革委员会"


def test_the_reviews_counter_examples_to_this_sessions_rules() -> None:
    facts = facts_of(
        "该智算中心单机柜平均功率为8千瓦，一期已上线40兆瓦，二期将再上线60兆瓦。"
        "整机柜液冷解决方案支撑起当地200兆瓦的智算集群。"
        "《方案》提出，到2027年，新建智算中心设计PUE降至1.25以下。"
        "公司预计，一期项目2026年建成后，可形成智能算力3000P，公司计划将其中七成用于对外租赁。"
        "该智算中心计划于2027年建成，建成后将新增智能算力5000P，预计年产值可达20亿元。"
        "仍有20%以上的提升空间。全省数字经济保持20%以上的年均增长。数据中心营收实现了35%的环比增长。",
        "2026-01-20",
    )
    assert [only(facts, t).value_text for t in ("40兆瓦", "60兆瓦", "200兆瓦")] == [
        "40兆瓦",
        "60兆瓦",
        "200兆瓦",
    ]
    pue = only(facts, "1.25")
    assert (pue.kind, pue.period) == ("target", "2027")
    assert [only(facts, t).kind for t in ("3000P", "七成", "5000P", "20亿元")] == [
        "forecast",
        "target",
        "target",
        "forecast",
    ]
    assert [f.measure for f in facts if f.value_text in ("20%", "35%")] == ["growth_yoy", "growth_pop"]
    forecast = facts_of(
        "公司发布业绩预告，预计2025年实现归母净利润3亿元至3.5亿元；去年第四季度单季净利润约为1.2亿元至1.4亿元。",
        "2026-01-20",
    )
    assert only(forecast, "1.2亿元至1.4亿元").kind == "forecast"
    assert sources.cited_source("今年以来国家数据局披露，全国已建成智算中心86个。") == "国家数据局"
    assert sources.speaker_label("【红网时刻记者　王小明】") == sources.speaker_label("【解说】") == "记者："


def test_a_rates_span_dates_no_level_after_it_and_a_tables_caption_is_its_rows_topic_not_a_source() -> None:
    facts = facts_of(
        "赛迪顾问数据显示，截至2025年底，我国算力总规模达到约320EFLOPS，“十四五”期间年均增速超过30%。"
        "其中，智能算力规模约为245EFLOPS，占算力总规模的比重超过76%。\n"
        "表2-1  2023—2027年中国算力市场规模及增长预测：2023年市场规模18,420亿元。2024年市场规模22,960亿元，同比增长24.6%。",
        "2026-03-10",
    )
    assert only(facts, "245EFLOPS").period == "2025-12-31"
    assert only(facts, "30%").period == "2021/2025"
    rows = [only(facts, t) for t in ("18,420亿元", "22,960亿元")]
    assert [f.metric for f in rows] == ["compute_market_size"] * 2
    assert not any("规模及增长" in (f.cited_source or "") for f in rows)


def test_a_typical_centre_worked_through_a_years_capex_budget_and_a_plan_within_the_year() -> None:
    facts = facts_of(
        "他同时提醒，一座10万千瓦的智算中心满负荷运行一年耗电约8.76亿千瓦时，相当于一座中等城市全年的居民用电量。"
        "集团今年资本开支预算约45亿港元，主要用于将军澳及葵涌新园区，计划年内新增IT容量约80兆瓦。"
        "2026年市级财政安排算力券资金总额2亿元。",
        "2026-03-20",
    )
    assert not [f for f in facts if f.value_text in ("10万千瓦", "8.76亿千瓦时")]
    assert [only(facts, t).kind for t in ("45亿港元", "80兆瓦", "2亿元")] == ["target", "target", "actual"]


def test_a_years_planned_investment_in_a_table_row_after_a_row_naming_a_completion() -> None:
    facts = facts_of(
        "埇桥区2026年算力产业重点项目投资计划表（部分）：智算集群二期总投资68.5亿元，年度计划投资18.2亿元，"
        "建成后新增智能算力4000P，计划2027年6月底前投用。绿色液冷数据中心项目总投资42.0亿元，年度计划投资12.6亿元。",
        "2026-06-20",
    )
    assert [only(facts, t).period for t in ("18.2亿元", "12.6亿元")] == ["2026", "2026"]


def test_a_press_releases_about_block_and_one_machines_price_are_no_figures() -> None:
    page = (
        "IDC：上半年中国加速服务器市场规模221亿美元\n\n2026/9/24 10:36　来源：IDC\n\n"
        "国际数据公司（IDC）今日发布的报告显示，2026上半年，中国加速服务器市场规模达到221亿美元，同比增长67.4%。\n\n"
        "IDC中国服务器研究经理陈柯补充说，目前市场上一台8卡H20服务器的价格在100万元左右，较年初有所回落。\n\n"
        "关于IDC\n国际数据公司（IDC）是全球著名的信息技术咨询提供商。IDC在全球拥有超过1,300名分析师，为110多个国家提供服务。\n"
    )
    document = clean_document(raw_document("file:///idc.txt", page.encode(), content_type="text/plain"))
    assert [f.value_text for f in extract_facts(document)[0]] == ["221亿美元", "67.4%"]


def test_a_breakdown_keeps_the_time_and_source_of_what_it_breaks_down_unless_it_cites_its_own() -> None:
    facts = facts_of(
        "据云瞻咨询近日发布的《液冷数据中心市场研究报告》显示，2025年中国液冷数据中心市场规模达到312.6亿元。\n"
        "从技术路线看，冷板式液冷仍是市场主流，占比约八成。\n"
        "从厂商销售额来看，凌川热控以约16.5%的份额领先。\n"
        "分省份看，根据各地数据主管部门公布的数据，广东、江苏算力总规模分别为82.4EFLOPS、57.8EFLOPS。",
        "2026-03-12",
    )
    for text in ("八成", "16.5%"):
        fact = only(facts, text)
        assert (fact.period, fact.cited_source.split(" ")[0]) == ("2025", "云瞻咨询")
    assert only(facts, "82.4EFLOPS").cited_source is None


def test_a_plans_list_items_go_on_at_the_time_their_lead_set() -> None:
    facts = facts_of(
        "一、发展基础\n截至2024年底，全省在用数据中心标准机架约8.4万架，算力总规模达到6.2EFLOPS。\n"
        "二、主要目标\n到2027年，全省算力基础设施布局更加合理，绿色低碳的算力供给体系基本形成。\n"
        "一是算力规模大幅跃升。全省算力总规模超过15EFLOPS，智能算力占比达到60%以上。\n"
        "二是存力水平稳步增强。全省存储总容量达到25EB以上。",
        "2025-06-10",
        title="云南省算力基础设施高质量发展行动方案",
    )
    assert [(only(facts, t).period, only(facts, t).kind) for t in ("15EFLOPS", "60%", "25EB")] == [
        ("2027", "target")
    ] * 3


def test_investor_pages_the_companys_answers_and_officers_and_trading_flows() -> None:
    qa = (
        "上证e互动\n\n问：董秘您好，公司液冷服务器订单情况如何？\n网友9f3c** 2026-10-20 09:41 来自 网站\n"
        "曜石科技：尊敬的投资者，您好！截至2026年9月末，公司液冷服务器产品在手订单约18.6亿元。\n"
        "公司回复 2026-10-23 16:05 有用(46) 评论(5)\n"
    )
    document = clean_document(raw_document("file:///qa.txt", qa.encode(), content_type="text/plain"))
    assert only(extract_facts(document)[0], "18.6亿元").cited_source == "曜石科技"
    facts = facts_of(
        "长霖数据（300955）召开三季度业绩说明会。财务总监罗颖表示，第三季度公司实现营业收入21.46亿元。"
        "龙虎榜数据显示，机构专用席位净买入约1.82亿元，主力资金净流入3.42亿元。"
        "截至上月底，超算中心累计服务用户246个。",
        "2026-10-24",
    )
    assert only(facts, "21.46亿元").cited_source == "长霖数据"
    assert not [f for f in facts if f.value_text in ("1.82亿元", "3.42亿元")]
    assert only(facts, "246个").period == "2026-09-30"


def test_a_transcripts_bracketed_answer_and_what_we_will_do_cite_nobody_else() -> None:
    facts = facts_of(
        "国家数据局政策和规划司司长韩晓冬出席发布会。\n"
        "【记者】21世纪经济报道记者：请问全年算力发展预期如何？\n"
        "【答】韩晓冬：根据当前在建项目进度测算，我们预计到今年底，全国算力总规模将超过400EFLOPS。"
        "下一步，我们将强化统筹布局和项目评估，推动到2027年国家枢纽节点智能算力利用率达到70%以上。",
        "2026-07-20",
    )
    assert only(facts, "400EFLOPS").cited_source == "国家数据局政策和规划司"
    assert only(facts, "70%").cited_source in (None, "国家数据局政策和规划司")


def test_a_paper_a_body_submitted_and_a_prospectus_cite_their_bodies() -> None:
    facts = facts_of(
        "创新科技及工业局（创科局）提交财委会的文件显示，拨款中约24亿元用于购置新一代GPU伺服器。"
        "文件又指，超算中心今年首四个月平均算力使用率约为93%。\n"
        "云衡智算（02715）今日起招股。招股文件显示，云衡智算2025年收入为人民币31.05亿元。",
        "2026-05-20",
    )
    assert only(facts, "24亿元").cited_source == only(facts, "93%").cited_source == "创新科技及工业局"
    assert only(facts, "31.05亿元").cited_source == "云衡智算"


def test_a_companys_capex_held_for_the_year_is_a_target() -> None:
    facts = facts_of("台积电在法说会上表示，今年资本支出维持在420亿至450亿美元。", "2026-07-18")
    capex = only(facts, "420亿至450亿美元")
    assert (capex.kind, capex.period, capex.qualifier) == ("target", "2026", "range")


def test_what_the_cards_add_up_to_after_one_cards_rating_is_built() -> None:
    facts = facts_of(
        "中心部署了4096张国产加速卡，单卡FP16算力约为256TFLOPS，形成智能算力约3000P。"
        "单颗处理器集成384个计算核心，双精度浮点峰值约为7.2TFLOPS。",
        "2026-06-01",
    )
    assert "3000P" in [f.value_text for f in facts]
    assert not [f for f in facts if f.value_text in ("256TFLOPS", "7.2TFLOPS")]


def test_when_a_body_began_is_no_time_of_its_figures_and_a_short_name_counts_after_a_breakdown() -> None:
    facts = facts_of(
        "《数字时代》独家获悉，成立于2019年的液冷新创冷穹科技日前完成新台币12亿元B轮募资。\n"
        "从实际用电看，台电统计，民国114年全台数据中心用电量约80.6亿度，年增23.5%。",
        "2026-10-16",
    )
    assert only(facts, "12亿元").period == "2026"
    assert only(facts, "80.6亿度").cited_source == "台电"


def test_the_second_reviews_counter_examples() -> None:
    facts = facts_of(
        "电子信息：全省电子信息制造业营业收入达到3,250亿元。\n"
        "今年计划实施的42个算力项目已完成投资28.6亿元。\n"
        "项目招标文件显示，一期建设标准机架3000架。\n"
        "和林格尔新区一座10万千瓦的智算中心已于今年3月实现满负荷运行，年耗电约8.5亿千瓦时。\n"
        "贵州算力交易平台累计成交金额突破12亿元。\n"
        "单卡FP8算力约1000TFLOPS，整机总算力约8PFLOPS。\n"
        "长霖数据召开三季度业绩说明会。公司董秘王芳表示，第三季度公司实现营业收入21.46亿元。",
        "2026-05-01",
    )
    assert only(facts, "3,250亿元").cited_source is None
    assert only(facts, "28.6亿元").kind == "actual"
    assert only(facts, "3000架").cited_source is None
    assert {"10万千瓦", "8.5亿千瓦时", "12亿元"} <= {f.value_text for f in facts}
    assert "8PFLOPS" not in [f.value_text for f in facts]
    assert only(facts, "21.46亿元").cited_source is None
    span = facts_of(
        "截至2025年底，我国算力总规模达到约320EFLOPS，“十四五”期间年均增速超过30%。"
        "五年累计完成算力领域投资超过1,200亿元。",
        "2026-03-10",
    )
    assert only(span, "1,200亿元").period == "2021/2025"
    plan_year = facts_of("2025年全区共安排重点算力项目86个。年度计划投资120亿元。", "2026-01-15")
    assert only(plan_year, "120亿元").period == "2025"


def test_a_two_character_county_is_read_after_its_city_and_a_landmark_by_distance_is_no_place() -> None:
    facts = facts_of(
        "盂县算力产业园位于阳泉市盂县经济技术开发区，距太原市区约80公里，园区内建有220千伏变电站1座。"
        "据盂县工业和信息化局统计，截至2026年3月底，园区已建成标准机架6800架。\n"
        "湖南县域数字经济规模达到1.2万亿元。",
        "2026-05-10",
    )
    racks = only(facts, "6800架")
    assert (racks.region, racks.cited_source) == ("阳泉", "盂县工业和信息化局")
    assert only(facts, "1.2万亿元").region == "湖南"  # (湖南县域: no 南县 of 益阳)
    assert only(facts, "1座").region == "阳泉"


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("山西省阳泉市盂县数据中心", ["阳泉"]),
        ("河北雄县", ["保定"]),
        ("，盂县县委书记", ["阳泉"]),
        ("国家示范县", []),
        ("盂县数据中心", []),
    ],
)
def test_a_two_character_county_needs_its_city_or_its_own_body(text: str, named: list[str]) -> None:
    assert [city for _, _, city in regions.counties_in(text)] == named


def test_the_year_a_body_was_founded_before_it_is_no_time_of_its_figures() -> None:
    facts = facts_of(
        "2019年成立的云岫科技目前拥有算力规模5000P，服务客户200家。成立于2018年的启衡数据，算力规模已达3000P。",
        "2026-05-10",
    )
    assert [only(facts, t).period for t in ("5000P", "200家", "3000P")] == ["2026"] * 3
    assert only(facts, "5000P").subject.startswith("云岫科技")


def test_the_paragraph_after_an_opening_that_goes_on_about_the_project_keeps_its_month() -> None:
    facts = facts_of(
        "6月16日上午，青海海东丝路智算中心一期投运仪式在乐都区举行。记者从现场获悉，项目总投资约46亿元。\n"
        "一期项目共部署国产AI加速卡4,096张，智能算力达到2,200PFLOPS。\n"
        "全省智能算力规模达到8EFLOPS。",
        "2026-06-18",
    )
    assert [only(facts, t).period for t in ("46亿元", "4,096张", "2,200PFLOPS")] == ["2026-06"] * 3
    assert only(facts, "8EFLOPS").period == "2026"  # (a paragraph about another thing)
    assert only(facts, "46亿元").cited_source is None  # (记者从现场获悉: the occasion, no one)


def test_an_officer_labelled_by_title_and_name_answers_for_the_company() -> None:
    facts = facts_of(
        "云枢数据（301389）业绩说明会于5月12日举行。公司董事长兼总经理沈知远、财务总监唐韵出席。\n"
        "问：请问公司2025年全年经营情况如何？\n"
        "财务总监 唐韵：尊敬的投资者，您好！2025年公司实现营业收入41.38亿元，同比增长24.6%。\n"
        "董事长兼总经理 沈知远：投资者您好！截至2026年3月末，公司在建项目IT负载合计约260MW。",
        "2026-05-13",
    )
    assert {only(facts, t).cited_source for t in ("41.38亿元", "24.6%", "260MW")} == {"云枢数据"}


def test_a_company_head_speaks_for_the_company_the_story_introduced_by_its_trade() -> None:
    facts = facts_of(
        "入驻平台的豫智算力科技有限公司是郑州本地规模较大的智算服务商之一。"
        "公司总经理陈启航告诉记者，通过平台接单后，公司智算中心的算力利用率目前已超过85%。",
        "2026-11-10",
    )
    assert only(facts, "85%").cited_source == "豫智算力科技有限公司"


@pytest.mark.parametrize(
    "text",
    [
        "不妨做个假设：如果各地仍按每年新增50%的速度扩建智能算力，那么到2030年全国智能算力规模将超过1800EFLOPS；"
        "假设届时利用率仍徘徊在五成左右，闲置的算力就相当于再建了好几个枢纽。",
        "也有人说，中国的算力缺口仍然很大，“再建一倍都不够”。",
        "（注：1EFLOPS约为每秒100亿亿次浮点运算。）",
        "以一张主流训练卡为例，市场上每卡时租金约9元，用券后企业实际支付不到6元。",
        "当前主流训练卡每卡时租赁价格约为6.5元，较年初的9元左右明显回落。",
        "集团上市后仍会持有房托不少于五成权益，并继续负责物业管理。",
        "本次发行对象不超过35名。",
        "单个园区的规划负荷动辄1GW以上。",
    ],
)
def test_what_ifs_figures_of_speech_definitions_prices_and_stakes_are_no_figures(text: str) -> None:
    assert facts_of(text, "2026-03-03") == []


@pytest.mark.parametrize(
    ("text", "value_text"),
    [
        ("如果说2024年是智算元年，那么今年全国智能算力规模已达到500EFLOPS。", "500EFLOPS"),
        ("如果按照2.5千瓦标准机架计算，全省机架规模达到20万架。", "20万架"),
    ],
)
def test_a_figure_of_speech_or_a_reckonings_basis_is_no_what_if(text: str, value_text: str) -> None:
    assert only(facts_of(text, "2026-03-03"), value_text).kind == "actual"


def test_server_racks_shipped_are_no_data_centre_racks() -> None:
    facts = facts_of(
        "其中，AI服务器机柜10月出货约2,150柜，同样创下新高。纬宸受惠GB300机柜出货放量，市占率季增2.8个百分点。"
    )
    assert only(facts, "2,150柜").metric is None
    assert only(facts, "2.8个百分点").metric is None


def test_guided_capex_and_its_parts_are_targets_and_a_reckoning_of_a_year_not_over_is_a_forecast() -> None:
    facts = facts_of(
        "四家公司在最新一季财报电话会上给出的2026年Capex指引合计在6,300亿至6,800亿美元之间。"
        "晶联财务长黄启文表示，今年资本支出将维持在400亿至420亿美元之间，其中约15%投入先进封装。"
        "伯衡证券在最新研报中估算，2026年中国AI基础设施资本开支在350亿至550亿美元之间。"
        "据测算，2025年全国数据中心耗电量约1500亿千瓦时。",
        "2026-03-03",
    )
    kinds = [only(facts, t).kind for t in ("6,300亿至6,800亿美元", "15%", "350亿至550亿美元", "1500亿千瓦时")]
    assert kinds == ["target", "target", "forecast", "actual"]


def test_the_items_of_a_list_after_a_will_are_what_will_be() -> None:
    facts = facts_of(
        "项目建成后，中心将形成智能算力不低于1500P（FP16）、存储容量不低于5PB的服务能力。", "2025-11-11"
    )
    assert [only(facts, t).kind for t in ("1500P", "5PB")] == ["forecast", "forecast"]


def test_a_plan_to_do_before_a_year_is_a_target_and_a_scheme_launched_in_a_year_is_not() -> None:
    facts = facts_of(
        "政府已推出共3幅数据中心用地，并计划于2030年前再推出4幅。资助计划于2024年推出，共接获182宗申请。",
        "2026-09-10",
    )
    assert [only(facts, t).kind for t in ("3幅", "4幅", "182宗")] == ["actual", "target", "actual"]


def test_an_interviewed_officer_answers_for_the_company_named_with_them() -> None:
    facts = facts_of(
        "就此，e公司记者采访了瀚岳数科董事会秘书陈立峰。\n"
        "e公司：公司现有算力资源的使用情况如何？\n"
        "陈立峰：截至今年3月底，公司在运营智能算力规模约9600P。",
        "2026-05-21",
    )
    assert only(facts, "9600P").cited_source == "瀚岳数科"


def test_a_breakdown_paragraph_keeps_the_place_of_the_totals_it_breaks_down() -> None:
    facts = facts_of(
        "经初步核算，前三季度全省数字经济核心产业增加值2963.8亿元，同比增长10.2%。\n"
        "分行业看，四大类行业增加值均实现增长。其中，数字产品制造业和数字技术应用业增加值分别增长13.6%和9.8%。\n"
        "据湖南省通信管理局统计，截至9月末，全省5G基站达到14.56万个。\n长沙、湘潭等地智算中心相继投入运营。",
        "2026-10-27",
    )
    assert [only(facts, t).region for t in ("2963.8亿元", "13.6%", "9.8%")] == ["湖南"] * 3


def test_a_bare_head_noun_again_measures_what_it_measured_before_in_the_sentence() -> None:
    facts = facts_of(
        "截至去年底，本港数据中心总电力容量约1,450兆瓦，按年增长约15%；政府目标到2030年把容量提升至约2,600兆瓦。"
        "全省算力核心产业规模突破1000亿元，带动相关产业规模超过3000亿元。",
        "2026-09-10",
    )
    assert only(facts, "2,600兆瓦").metric == "data_centre_power"
    assert only(facts, "3000亿元").metric is None  # (相关产业规模: named, and something else)


@pytest.mark.parametrize(("published", "year"), [("2026-03-10", "2025"), ("2026-11-10", "2026")])
def test_a_figure_set_against_last_years_is_the_year_gone_by_only_early_in_a_year(
    published: str, year: str
) -> None:
    facts = facts_of("全省算力规模达到10EFLOPS，比去年增长25%。", published)
    assert [only(facts, t).period for t in ("10EFLOPS", "25%")] == [year, year]


def test_a_phase_and_its_size_foresee_nothing() -> None:
    facts = facts_of(
        "总部位于深圳的锐擎智算宣布，将在沙特首都利雅得投资约15亿美元建设人工智能算力中心；"
        "其中一期40MW预计明年第三季度投入运营，将部署约1.6万张国产AI加速卡。",
        "2025-12-03",
    )
    assert only(facts, "1.6万张").cited_source != "一期40MW"


@pytest.mark.parametrize(
    "text",
    [
        "当地到户电价约每千瓦时0.26元，比东部地区低近一半。",
        "云穹4.0每百万token输入价格降至0.6元，输出价格降至2.4元。",
        "西部枢纽的大工业电价约每千瓦时0.3元，东部地区则普遍在0.6元以上。",
        "依台电定义，备转容量率低于6%即亮起黄灯，低于3%为橙灯。",
    ],
)
def test_another_price_of_the_same_unit_is_no_figure(text: str) -> None:
    assert facts_of(text) == []


def test_a_figure_compared_with_is_of_the_time_compared_with() -> None:
    facts = facts_of(
        "三家运营商2026年计划资本开支合计约2,780亿元，较2025年实际完成的2,949亿元同比下降约5.7%。"
        "全省算力规模达到10EFLOPS，较2024年的8EFLOPS增长25%。",
        "2026-03-25",
    )
    periods = [only(facts, t).period for t in ("2,780亿元", "2,949亿元", "10EFLOPS", "8EFLOPS", "25%")]
    assert periods == ["2026", "2025", "2026", "2024", "2026"]
    assert only(facts, "25%").kind == "actual"  # (the growth of a level reached, not one to come)


def test_a_split_fiscal_year_runs_april_to_march() -> None:
    facts = facts_of(
        "2025/26财政年度，超算中心平均算力使用率约92%。2026/27财政年度的目标是整体算力不少于4,500PFLOPS。",
        "2026-05-20",
    )
    assert [only(facts, t).period for t in ("92%", "4,500PFLOPS")] == ["2025-04/2026-03", "2026-04/2027-03"]


def test_a_range_written_in_chinese_percent_words() -> None:
    share = only(
        facts_of("预计2026年国产芯片的市场份额将提升至百分之十五至二十。", "2026-05-20"), "百分之十五至二十"
    )
    assert (share.value, share.value_high, share.qualifier, share.unit) == (15.0, 20.0, "range", "percent")


def test_a_list_over_a_brokers_years_foresees_the_estimated_ones() -> None:
    facts = facts_of("报告显示，国产芯片的份额（2024A/2025A/2026E）分别为27%/41%/52%。", "2026-02-27")
    assert [(only(facts, t).period, only(facts, t).kind) for t in ("27%", "41%", "52%")] == [
        ("2024", "actual"),
        ("2025", "actual"),
        ("2026", "forecast"),
    ]


def test_an_autonomous_regions_body_carries_its_full_name() -> None:
    facts = facts_of(
        "新疆加快建设数据中心集群。\n据自治区数据局介绍，截至10月底，新疆在用标准机架达到15万架。哈密、克拉玛依两地集群加快建设。",
        "2025-11-20",
    )
    assert only(facts, "15万架").cited_source == "新疆维吾尔自治区数据局"


def test_a_minister_named_with_the_bu_once_speaks_for_the_ministry_and_investors_from_abroad_are_no_place() -> (
    None
):
    facts = facts_of(
        "经济部长何胜豪今天表示，国际云端业者看好台湾AI供应链。「电力是外商最关心的问题。」何胜豪说，台电已为数据中心预留约700MW供电容量。"
        "其中来自美国的云端服务业者投资占比约七成。来自美国的收入占比降至3.4%。",
        "2026-06-01",
    )
    assert only(facts, "700MW").cited_source == "经济部"
    assert only(facts, "七成").region != "US"
    assert only(facts, "3.4%").region == "US"  # (revenue from a market is that market's)


def test_an_excerpt_note_by_a_declared_short_title_cites_the_report_and_a_standard_is_no_source() -> None:
    facts = facts_of(
        "【编者按】4月21日，中澜电信集团有限公司发布《2025年环境、社会及管治（ESG）报告》（以下简称《报告》）。"
        "本文节选自《报告》第三章，小标题为编者所加。\n"
        "截至2025年底，公司在用数据中心机架达到58.6万架。\n"
        "按照温室气体核算体系（GHG Protocol）口径，2025年公司温室气体排放较上年下降4.7%。",
        "2026-04-22",
    )
    for text in ("58.6万架", "4.7%"):
        assert (only(facts, text).cited_source or "").startswith("中澜电信集团有限公司 《2025年环境")


def test_rows_of_announcements_keep_their_own_openings_and_a_share_of_last_years_takings_is_now() -> None:
    facts = facts_of(
        "恒湃数据项目某头部互联网企业智能算力租赁，金额8.52亿元，占上年营收比重31.2%。"
        "天翊通信项目某运营商AI服务器集中采购（标包三），金额9.85亿元，占上年营收比重12.4%。",
        "2026-06-18",
    )
    assert only(facts, "9.85亿元").subject.startswith("天翊通信")
    assert [only(facts, t).period for t in ("31.2%", "12.4%")] == ["2026", "2026"]


def test_the_same_figure_at_a_time_before_sets_no_time_for_the_next_sentence() -> None:
    facts = facts_of(
        "截至今年6月底，全国在用算力中心标准机架超过1,230万架，而这一数字在2021年底约为520万架。"
        "全国算力总规模达到398EFLOPS。",
        "2026-08-26",
    )
    assert [only(facts, t).period for t in ("1,230万架", "520万架", "398EFLOPS")] == [
        "2026-06-30",
        "2021-12-31",
        "2026-06-30",
    ]


def test_a_declared_short_name_stands_for_the_name_not_what_is_said_of_it() -> None:
    facts = facts_of(
        "这里是总部位于杭州的启元智算科技有限公司（以下简称“启元智算”）在海外最大的项目。"
        "今年1月，启元智算宣布将投资约32亿令吉兴建智算中心园区。",
        "2026-03-18",
    )
    assert only(facts, "32亿令吉").cited_source == "启元智算科技有限公司"


def test_a_span_of_months_before_its_number_in_a_tables_row() -> None:
    facts = facts_of(
        "表1 2026年10月份主要电子信息产品产量：集成电路10月438.7亿块，1—10月4186.5亿块，1—10月同比增长12.9%。"
        "项目于1-10月10日开工。",
        "2026-11-16",
    )
    assert [only(facts, t).period for t in ("438.7亿块", "4186.5亿块", "12.9%")] == [
        "2026-10",
        "2026-01/2026-10",
        "2026-01/2026-10",
    ]


def test_a_plan_to_reach_and_a_phase_planned_to_add_are_targets_and_a_reply_verb_is_no_name() -> None:
    facts = facts_of(
        "2026年，公司计划AI服务器出货量突破10万台。第三阶段计划于2027年底前再增加约1,800PFLOPS。"
        "长霖数据总经理顾承宇回应称，目前H20整机月租金约6万元，较年初下降约两成。",
        "2026-04-20",
    )
    assert [only(facts, t).kind for t in ("10万台", "1,800PFLOPS")] == ["target", "target"]
    assert only(facts, "两成").cited_source == "长霖数据"


def test_a_builders_trade_before_its_name_is_no_part_of_the_source() -> None:
    facts = facts_of("项目建设方华数云科负责人介绍，该项目总投资约58亿元。", "2026-04-15")
    assert only(facts, "58亿元").cited_source.startswith("华数云科")


def test_a_report_said_again_keeps_the_reports_time() -> None:
    facts = facts_of(
        "睿衡顾问昨日发表报告指，截至今年9月底，本港数据中心整体空置率约4.9%。\n"
        "报告又指，按分区计，荃湾及葵涌一带空置率约8.2%，为各区最高。",
        "2025-11-18",
    )
    assert [only(facts, t).period for t in ("4.9%", "8.2%")] == ["2025-09-30", "2025-09-30"]


@pytest.mark.parametrize(
    ("text", "published", "value_text", "expected"),
    [
        # a figure adjusted or a part singled out is no what-if, and a what-if ends at its statement
        (
            "公司2025年实现营业收入86.4亿元；如果剔除汇率变动影响，营业收入同比增长21.5%。",
            "2026-03-28",
            "21.5%",
            "2025",
        ),
        (
            "腾讯2025年资本开支为780亿元。如果单看第四季度，资本开支达到230亿元。",
            "2026-03-20",
            "230亿元",
            "2025-Q4",
        ),
        (
            "如果各地继续按每年30%的速度扩建，到2030年全国机架将超过2000万架；而截至2025年底，全国在用标准机架已达1100万架。",
            "2026-03-10",
            "1100万架",
            "2025-12-31",
        ),
        # a count of what was founded in a year is that year's
        ("据企查查数据，2025年成立的算力相关企业超过1.2万家，同比增长35%。", "2026-03-10", "1.2万家", "2025"),
        # a total and a growth after a unit price are figures
        (
            "本次采购单价为每台85万元，合同价格为4.25亿元，共采购服务器500台。",
            "2026-05-10",
            "4.25亿元",
            "2026",
        ),
        ("西部地区电价约每千瓦时0.3元，全年数据中心电费支出也约为12亿元。", "2026-05-10", "12亿元", "2026"),
    ],
)
def test_the_reviews_counter_examples_keep_their_figures(
    text: str, published: str, value_text: str, expected: str
) -> None:
    assert only(facts_of(text, published), value_text).period == expected


def test_the_reviews_counter_examples_keep_their_kinds_sources_and_regions() -> None:
    january = facts_of("台积电今年资本支出总额达到450亿美元，年增高达40%。", "2026-01-16")
    assert only(january, "40%").kind == "forecast"  # (a year's flow hardly begun)
    pue = only(
        facts_of("到2027年，全省新建数据中心PUE值较2025年下降百分之十至1.2以下。", "2026-05-10"), "百分之十"
    )
    assert pue.value == -10.0 and pue.value_high is None
    minister = facts_of(
        "行政院经济部长龚明鑫今天表示，资料中心用电持续增加。龚明鑫说，去年资料中心用电量年增15%。",
        "2026-05-10",
    )
    assert only(minister, "15%").cited_source == "经济部"
    revenue = facts_of("来自美国的企业客户贡献了公司今年一季度收入的45%，约12亿美元。", "2026-05-10")
    assert only(revenue, "45%").region == "US"
    so_far = facts_of("据测算，今年以来全省算力投资已达120亿元。", "2026-05-10")
    assert only(so_far, "120亿元").kind == "actual"
    school = facts_of("2025/26学年，全校超算平台服务课题组120个。", "2026-05-10")
    assert only(school, "120个").period != "2025-04/2026-03"


def test_a_breakdown_after_a_rates_span_keeps_the_year_and_a_typical_cluster_worked_through_is_no_figure() -> (
    None
):
    facts = facts_of(
        "记者从国家能源局获悉，2025年全国数据中心用电量约为2086亿千瓦时。“十四五”期间，全国数据中心用电量年均增速超过20%。"
        "分地区看，广东数据中心用电量居全国第一。\n"
        "记者了解到，一个部署1万张加速卡的智算集群，单卡功耗约700瓦，加上制冷和供配电损耗，满载运行一年耗电量超过6亿千瓦时。",
        "2026-04-16",
    )
    assert only(facts, "全国第一").period == "2025"
    assert {"1万张", "6亿千瓦时"}.isdisjoint(f.value_text for f in facts)


def test_the_total_a_project_commits_after_its_completion_time_is_stated_now() -> None:
    facts = facts_of("二期24MW预计2027年第1季上线，总投资约新台币95亿元。", "2026-06-10")
    total = only(facts, "95亿元")
    assert (total.kind, total.period, total.unit) == ("actual", "2026", "TWD")
    assert only(facts, "24MW").kind == "forecast"


def test_the_hengqin_cooperation_zone_is_zhuhais() -> None:
    facts = facts_of("横琴粤澳深度合作区已建成标准机架约8,600个。", "2026-06-18")
    assert only(facts, "8,600个").region == "珠海"


def test_a_weekly_note_cited_again_is_its_brokers_and_one_cards_rating_is_no_figure() -> None:
    facts = facts_of(
        "中岳证券计算机行业分析师梁晓川团队9月20日发布周报称，算力产业链订单落地节奏明显加快。\n"
        "周报预计，2026年国内新增智能算力规模将超过300EFLOPS。单张GPU的FP8算力约4.5PFLOPS。",
        "2026-09-21",
    )
    assert only(facts, "300EFLOPS").cited_source == "中岳证券"
    assert "4.5PFLOPS" not in {f.value_text for f in facts}


def test_an_association_named_again_by_its_kind_is_the_one_named_in_full() -> None:
    facts = facts_of(
        "香港数据中心联盟主席邝志明欢迎有关措施。联盟估算，2024年本港数据中心市场规模约为125亿港元。",
        "2025-09-18",
    )
    assert only(facts, "125亿港元").cited_source == "香港数据中心联盟"


def test_totals_a_list_of_projects_commits_are_stated_now() -> None:
    facts = facts_of(
        "华韶云谷智算中心二期、丹霞算力产业园二期分别规划建设标准机架1.2万架和8000架，计划总投资分别为86亿元和52亿元，"
        "均计划于2027年底前建成投用。",
        "2025-11-20",
    )
    assert [(only(facts, t).kind, only(facts, t).period) for t in ("86亿元", "52亿元")] == [
        ("actual", "2025")
    ] * 2
    assert only(facts, "1.2万架").kind == "target"


def test_the_second_reviews_counter_examples_keep_their_figures() -> None:
    plant = facts_of(
        "今年3月，一个总投资约30亿元的智算中心在和林格尔新区投产，部署GPU卡1.2万张，满载运行一年耗电约6亿千瓦时。",
        "2026-05-10",
    )
    assert {"30亿元", "1.2万张", "6亿千瓦时"} <= {f.value_text for f in plant}
    cards = facts_of("单张GPU的平均利用率由35%提升至60%，平台累计纳管GPU卡超过1.6万张。", "2026-05-10")
    assert "1.6万张" in {f.value_text for f in cards}
    span = facts_of("2021—2025年，全市培养复合型数字人才5.6万人，累计引进算力项目120个。", "2026-05-10")
    assert only(span, "120个").period == "2021/2025"
    later = facts_of("一期预计2026年底建成投产，到2030年总投资达200亿元。", "2026-05-10")
    assert (only(later, "200亿元").kind, only(later, "200亿元").period) == ("forecast", "2030")


def test_a_table_of_ends_of_periods_and_racks_in_operation_at_them() -> None:
    facts = facts_of(
        "表：公司数据中心主要运营指标：2025年末已投运机柜18,600个，2026年6月末已投运机柜22,400个。项目已于今年6月建成投运，总投资20亿元。",
        "2026-08-28",
    )
    assert [only(facts, t).period for t in ("18,600个", "22,400个")] == ["2025-12-31", "2026-06-30"]


def test_the_end_of_a_span_ahead_is_as_far_ahead_as_its_start() -> None:
    facts = facts_of("该院将于12月10日10时至12月11日10时公开拍卖，起拍价2.86亿元。", "2026-11-18")
    assert only(facts, "2.86亿元").period.startswith("2026")  # (not December of the year gone by)


def test_a_wires_flash_items_each_keep_their_own_times_and_sources() -> None:
    facts = facts_of(
        "15:36　《业绩》汇峰数据全年收入增16.2%\n"
        "【经济通通讯社24日专讯】汇峰数据公布截至2025年12月底止全年业绩，收入28.46亿港元，按年增长16.2%。（lh）\n"
        "13:42　《政府》创科局：数码港超算中心使用率超过九成创新科技及工业局发言人表示，截至2月底，算力使用率超过九成。（cm）\n"
        "10:05　《公告》云杉智算中标宁夏中卫智算中心项目，中标金额约12.8亿元人民币。（sy）",
        "2026-03-24",
    )
    assert only(facts, "12.8亿元人民币").period == "2026"  # (not the results item's 2025)
    assert {f.cited_source for f in facts if f.value_text == "九成"} == {"创新科技及工业局"}


def test_a_breakdown_by_cluster_keeps_the_totals_time_and_source() -> None:
    facts = facts_of(
        "记者26日从国家发展改革委获悉，2025年，枢纽节点新建数据中心平均PUE降至1.24。\n"
        "分集群看，庆阳、中卫、和林格尔、贵安4个西部集群新建数据中心平均PUE分别为1.19、1.16、1.18和1.21。",
        "2026-02-26",
    )
    western = [f for f in facts if f.value_text in ("1.19", "1.16", "1.18", "1.21")]
    assert [f.region for f in western] == ["庆阳", "中卫", "和林格尔", "贵安"]
    assert {(f.period, f.cited_source) for f in western} == {("2025", "国家发展改革委")}
    assert "4个" not in {f.value_text for f in facts}  # (a list's size, a name opening with 和 among them)


def test_hours_and_a_half_are_a_duration() -> None:
    facts = facts_of("从银川驱车约2个半小时，记者来到园区，园区共建成3个机房。", "2026-02-26")
    assert [f.value_text for f in facts] == ["3个"]


def test_the_hubs_or_the_programme_named_bare_are_the_countrys() -> None:
    facts = facts_of(
        "记者从宁夏中卫市数据局获悉，中卫集群绿电比例超过六成。\n"
        "国家发展改革委有关负责人介绍，2025年，枢纽节点数据中心通过绿电交易购入绿电约380亿千瓦时；"
        "截至2025年底，“东数西算”工程累计带动投资超过4800亿元。\n"
        "中卫市数据局介绍，中卫集群已建成标准机架12万架。",
        "2026-02-26",
    )
    assert (only(facts, "380亿千瓦时").region, only(facts, "4800亿元").region) == ("CN", "CN")
    assert only(facts, "12万架").region == "中卫"


def test_a_total_reached_is_a_figure_but_a_counted_class_keeps_its_bound() -> None:
    total = facts_of("政府规划2029年底前打造总量达10,000PFLOPS以上的主权AI算力。", "2026-04-16")
    reached = only(total, "10,000PFLOPS")
    assert (reached.qualifier, reached.kind, reached.metric) == ("ge", "target", "ai_compute_capacity")
    counted = facts_of("全省建成总规模达10MW以上的数据中心30个。", "2026-04-16")
    assert [f.value_text for f in counted] == ["30个"]


def test_what_one_rack_holds_a_provinces_divisions_a_named_mark_and_stocks_moves_are_no_figures() -> None:
    facts = facts_of(
        "据现场工作人员介绍，这台整机柜单柜可部署64张加速卡，整机功率约130千瓦。"
        "截至4月底，全省累计建成5G基站28.7万个，16个设区市城区实现5G网络连续覆盖。"
        "6月平均备转容量率约8.4%，一度逼近低于6%的黄灯门槛。"
        "热门科技股中，英伟达涨1.8%，超微电脑跌3.2%。",
        "2026-07-08",
    )
    assert {f.value_text for f in facts} >= {"28.7万个", "8.4%"}
    assert not {"64张", "16个", "6%", "1.8%", "3.2%"} & {f.value_text for f in facts}


def test_a_company_cited_short_is_the_one_the_text_wrote_in_full() -> None:
    facts = facts_of(
        "凯崴电脑9月合并营收达新台币1,562.3亿元。凯崴指出，第3季AI服务器占营收比重约58%。"
        "华源证券电子行业分析师表示，AI服务器出货占比有望升至六成。",
        "2026-10-11",
    )
    assert only(facts, "58%").cited_source == "凯崴电脑"
    assert only(facts, "六成").cited_source == "华源证券"  # (a broker's desk is no company's full name)


def test_the_company_a_paragraph_opens_with_is_its_bare_company_and_a_long_name_ends_a_second_role() -> None:
    facts = facts_of(
        "云栈数据在10月30日举行的业绩说明会上表示，截至9月末，公司运营机柜上架率为81.5%。\n"
        "衡湃算力前三季度营收增速在板块中最快。公司在三季报中表示，截至9月末，公司在运营智能算力规模约为2.4万P。\n"
        "和林格尔新区党工委委员、管委会副主任乌云其其格表示，到2027年，力争在用标准机架达到40万架。",
        "2026-10-31",
    )
    assert only(facts, "2.4万P").cited_source == "衡湃算力"
    assert only(facts, "40万架").cited_source == "和林格尔新区管委会"


def test_a_section_head_named_with_the_section_once_and_an_overseas_production_ratio() -> None:
    facts = facts_of(
        "經濟部統計處今天表示，10月資訊通信產品海外生產比為78.3%。"
        "統計處長蔡美娟表示，預估11月外銷訂單金額介於600億至630億美元。",
        "2025-11-20",
    )
    assert only(facts, "78.3%").measure == "share"
    assert only(facts, "600亿至630亿美元").cited_source == "经济部统计处"


def test_money_committed_news_by_a_bodys_message_and_a_will_to_push_after_the_year() -> None:
    facts = facts_of(
        "恒钧液冷公告，公司拟投资不超过12亿元在安徽芜湖建设智算中心项目，项目计划于2027年底前建成，建成后将形成智能算力约3000P。"
        "据上海市经济和信息化委员会消息，今年前三季度，上海累计发放算力券3.12亿元。"
        "深圳市发改委表示，到2027年，深圳将推动全市算力规模突破80EFLOPS。",
        "2026-10-29",
    )
    committed = only(facts, "12亿元")
    assert (committed.period, committed.kind) == ("2026", "actual")
    assert only(facts, "3000P").period == "2027-12-31"
    assert only(facts, "3.12亿元").cited_source == "上海市经济和信息化委员会"
    assert only(facts, "80EFLOPS").kind == "target"


def test_a_places_part_of_an_amount_keeps_its_metric_and_a_share_of_projects_takes_none() -> None:
    investment = facts_of(
        "2025年，全国数据中心投资约2000亿元，其中西部地区枢纽节点占比接近六成。", "2026-01-21"
    )
    assert only(investment, "六成").metric == "computing_centre_investment"
    projects = facts_of(
        "今年上半年，深港两地共落地跨境算力合作项目18个，涉及投资约96亿元人民币，其中约六成项目落户河套。",
        "2026-08-26",
    )
    assert only(projects, "六成").metric is None


def test_a_rank_among_a_whole_is_of_the_figure_before_and_the_whole_is_no_place() -> None:
    facts = facts_of(
        "记者从庆阳市数据局获悉，截至11月底，庆阳数据中心集群已建成标准机架16.3万架，较去年底净增5.1万架；"
        "算力总规模达到12.4EFLOPS，在全国10个国家数据中心集群中位居第三，其中智能算力占比超过九成。",
        "2025-12-18",
    )
    rank = only(facts, "位居第三")
    assert (rank.metric, rank.region) == ("total_compute_capacity", "庆阳")
    assert only(facts, "九成").region == "庆阳"
    rate = facts_of(
        "上半年宁夏数据中心用电量为31.5亿千瓦时，同比增长52.6%，增速在西部枢纽中排名第一。", "2026-07-20"
    )
    assert only(rate, "排名第一").metric is None  # (the rate's rank, not the power's)


def test_a_part_of_a_metric_after_it_has_no_level_of_it_but_its_share_does() -> None:
    facts = facts_of(
        "1-11月，全市数据中心用电量52.3亿千瓦时，其中绿电38.6亿千瓦时，占比约73.8%。", "2025-12-09"
    )
    assert [only(facts, t).metric for t in ("52.3亿千瓦时", "38.6亿千瓦时", "73.8%")] == [
        "data_centre_power",
        None,
        "data_centre_power",
    ]


def test_data_centres_it_supply_is_their_power() -> None:
    facts = facts_of("報告指，截至今年3月底，本港數據中心總IT供應約1,720兆瓦，按年增加約9%。", "2026-04-20")
    assert {f.metric for f in facts} == {"data_centre_power"}


def test_money_to_build_somewhere_named_right_after_it_without_a_comma_is_that_places() -> None:
    facts = facts_of(
        "恒钧液冷公告，公司拟投资不超过12亿元在安徽芜湖建设智算中心项目。"
        "国内云服务商澜岳云上周宣布，将投资约27亿令吉在柔佛古来兴建人工智能数据中心园区。",
        "2026-10-29",
    )
    assert (only(facts, "12亿元").region, only(facts, "27亿令吉").region) == ("芜湖", "MY")


def test_a_companys_operating_table_by_month_end_is_of_the_day_and_of_its_country() -> None:
    facts = facts_of(
        "公司位于乌兰察布的智算园区是其最大园区，乌兰察布园区运营机柜1.82万个。\n"
        "表：澄岳数据2026年10月主要经营数据：2026年10月月末运营机柜数68,420个，2025年10月份末运营机柜数52,310个。",
        "2026-11-10",
    )
    assert [(only(facts, t).period, only(facts, t).region) for t in ("68,420个", "52,310个")] == [
        ("2026-10-31", "CN"),
        ("2025-10-31", "CN"),
    ]


def test_the_parts_of_a_capex_plan_for_a_year_to_come_are_planned() -> None:
    facts = facts_of(
        "表：三家运营商资本开支及2026年计划：远望移动2025年资本开支1,476亿元，2026年计划1,390亿元，算力投资占比34.5%。\n"
        "远望移动董事长周启航表示，2026年公司计划资本开支中，算力投资约480亿元，将重点投向智算中心。",
        "2026-03-25",
    )
    assert [only(facts, t).kind for t in ("1,476亿元", "1,390亿元", "34.5%", "480亿元")] == [
        "actual",
        "target",
        "target",
        "target",
    ]


def test_a_part_coming_from_something_is_a_share() -> None:
    facts = facts_of(
        "晨曦洞察预计，到2030年全球数据中心IT容量将达到约330GW，新增部分超过一半来自AI负载。", "2026-05-10"
    )
    assert (only(facts, "一半").measure, only(facts, "一半").metric) == ("share", "data_centre_power")


def test_plans_kept_aims_tokens_and_a_design_stated_before_its_opening() -> None:
    facts = facts_of(
        "华域通信首席财务官表示，公司全年资本开支维持约1,450亿元的计划不变。"
        "到2027年，杭州力争大模型日均token调用量达到50万亿以上，让企业都用得上算力。"
        "他指出，新一期扩建项目总投资约28亿港元，设计PUE不高于1.3，预计明年第二季投入服务，届时整体算力将提升至约3,000PFLOPS。",
        "2026-05-20",
    )
    assert only(facts, "1,450亿元").kind == "target"
    assert (only(facts, "50万亿").unit, only(facts, "50万亿").qualifier) == ("count", "ge")
    assert (only(facts, "1.3").period, only(facts, "1.3").kind) == ("2026", "actual")
    assert only(facts, "3,000PFLOPS").period == "2027-Q2"
    aim = facts_of(
        "经济部能源署表示，将透过新增燃气机组等措施，使2028年备转容量率维持在10%以上；目前使用率维持在九成以上。",
        "2026-05-12",
    )
    assert [f.kind for f in aim if f.value_text in ("10%", "九成")] == ["target", "actual"]


def test_a_data_centres_size_in_watts_is_its_power_but_not_a_plants_supply_or_take_up() -> None:
    facts = facts_of(
        "公司桃园二号数据中心一期12MW已于今年4月启用；第三季本港数据中心净吸纳量约46兆瓦。"
        "Talen能源表示，公司将向其数据中心供应最多1920兆瓦。",
        "2026-10-20",
    )
    assert [only(facts, t).metric for t in ("12MW", "46兆瓦", "1920兆瓦")] == [
        "data_centre_power",
        None,
        None,
    ]


def test_an_annual_reports_period_is_the_year_its_title_names_after_a_table_of_years() -> None:
    page = (
        "表：主要会计数据：2025年营业收入218,436.72万元，2024年营业收入184,062.35万元，2023年营业收入152,917.08万元。\n"
        "报告期内，公司综合毛利率为27.83%。截至报告期末，公司运营的数据中心可用机柜约5.8万架。"
    )
    facts = facts_of(page, "2026-04-24", title="澜湾数据：2025年年度报告（节选）")
    assert [only(facts, t).period for t in ("27.83%", "5.8万架")] == ["2025", "2025-12-31"]


def test_a_table_below_a_breakdown_goes_on_at_the_totals_time_and_a_units_definition_is_no_figure() -> None:
    facts = facts_of(
        "截至2025年底，全省算力总规模达到46.8EFLOPS。全年新投运一批智算中心，算力供给结构不断优化。\n"
        "二、分地区情况\n"
        "分地区看，杭州、宁波等地算力规模增长较快，部分设区市情况见下表。\n"
        "杭州算力规模21.4EFLOPS，智能算力占比74.2%。宁波算力规模7.9EFLOPS，智能算力占比61.3%。\n"
        "注：算力规模按半精度（FP16）折算，1EFLOPS为每秒百亿亿次浮点运算。",
        "2026-03-18",
    )
    assert {only(facts, t).period for t in ("21.4EFLOPS", "74.2%", "7.9EFLOPS")} == {"2025-12-31"}
    assert "1EFLOPS" not in {f.value_text for f in facts}


def test_a_sections_head_named_with_the_section_once_speaks_for_it_after_the_body_published() -> None:
    facts = facts_of(
        "財政部上週五（7日）公布10月海關進出口統計，財政部統計處長林淑卿指出，10月出口總值達582.6億美元，年增31.4%。"
        "林淑卿說，集成電路出口10月為201.7億美元。",
        "2025-11-11",
    )
    assert {f.cited_source for f in facts} == {"财政部统计处"}


def test_a_press_conferences_answer_label_and_a_reporters_question() -> None:
    page = (
        "发布人：\n国家数据局数字科技和基础设施建设司司长 杜承远\n"
        "【记者】经济日报记者：\n近日有机构发布报告称，部分西部枢纽节点新建智算中心上架率不到四成。请问国家数据局如何看待？\n"
        "【答】杜承远：\n截至9月底，全国在用算力中心标准机架超过1,150万架，平均上架率约为62%。\n"
        "【解说】\n开幕式上，内蒙古自治区集中签约算力产业项目86个。"
    )
    facts = facts_of(page, "2025-10-28")
    assert "四成" not in {f.value_text for f in facts}
    assert only(facts, "1,150万架").cited_source == "国家数据局数字科技和基础设施建设司"
    assert "86个" in {f.value_text for f in facts}  # (a narrator's words are statements)


def test_a_reits_name_after_what_it_is_and_its_let_rates_change_in_points() -> None:
    facts = facts_of(
        "以數據中心為主要資產的雲灣數據房託（02916）昨日公布全年業績。"
        "業績報告顯示，截至去年底，房託旗下數據中心合共IT容量約265兆瓦，整體出租率為94.8%，較上年底上升2.1個百分點。",
        "2026-03-05",
    )
    points = only(facts, "2.1个百分点")
    assert (points.metric, points.cited_source) == ("data_centre_racks", "云湾数据房托")


def test_the_parts_of_a_rate_in_the_next_sentence_and_a_company_taken_as_an_example() -> None:
    facts = facts_of(
        "截至3月底，联盟监测的智算中心合计智能算力约为3.6万P，平均出租率为58.7%，较去年底下降3.4个百分点。"
        "其中，东部地区约为71%，西部地区约为45%。"
        "以A股的恒岳算力为例，其一季报显示，一季度实现营业收入6.84亿元，同比增长21.3%。",
        "2026-06-16",
    )
    east = only(facts, "71%")
    assert (east.measure, east.metric, east.region) == ("share", "data_centre_racks", "东部地区")
    assert only(facts, "6.84亿元").cited_source == "恒岳算力"


def test_capex_held_for_this_year_and_its_parts_are_planned_but_others_capex_held_high_is_no_plan() -> None:
    facts = facts_of(
        "华曜电信首席财务官介绍，公司今年资本开支维持在约860亿元，其中算力投资占比约为三成；"
        "明年资本开支计划约为820亿元，算力投资占比将提升至35%左右。",
        "2026-11-18",
    )
    assert [only(facts, t).kind for t in ("860亿元", "三成", "820亿元", "35%")] == ["target"] * 4
    others = facts_of(
        "分析师表示，美系云端业者今年资本支出仍维持高档，预估第4季对美国出口可望年增3成至4成。", "2026-09-18"
    )
    assert only(others, "3成至4成").kind == "forecast"


def test_a_ratio_at_the_time_compared_a_total_since_the_plan_began_and_proceeds_pledged_to_a_project() -> (
    None
):
    facts = facts_of(
        "园区数据中心年均PUE已降至1.19，较2023年的1.28明显下降。"
        "据雅安市经济和信息化局统计，“十四五”以来，全市累计签约数据中心及算力项目23个；“十四五”以来，全市算力规模年均增速超过30%。"
        "宏瀚数据公告，募集资金扣除发行费用后将用于补充流动资金等，其中拟投入和林格尔新区智算中心项目17.5亿元。",
        "2025-10-16",
    )
    assert (only(facts, "1.28").period, only(facts, "1.28").metric) == ("2023", "pue")
    assert [only(facts, t).period for t in ("23个", "30%")] == ["2025", "2021/2025"]
    assert (only(facts, "17.5亿元").period, only(facts, "17.5亿元").kind) == ("2025", "actual")


def test_the_same_price_a_year_before_is_no_figure() -> None:
    facts = facts_of(
        "目前华东地区同款整机的月租报价普遍在4.2万元左右，去年同期还能谈到6万元以上；平台整体营收则达到12亿元。",
        "2026-06-16",
    )
    assert [f.value_text for f in facts] == ["12亿元"]


def test_a_statement_saying_what_is_done_after_a_forecast_one_is_actual() -> None:
    facts = facts_of(
        "发展局表示，本港数据中心总IT容量约1,100兆瓦，预计至2028年可增至约2,000兆瓦；"
        "连同今次批出的用地，政府今年已推出3幅数据中心用地，预计年内再推出2幅。",
        "2026-09-15",
    )
    assert [only(facts, t).kind for t in ("2,000兆瓦", "3幅", "2幅")] == ["forecast", "actual", "forecast"]


def test_what_a_body_does_according_to_plan_is_a_target() -> None:
    facts = facts_of("數發部強調，依計畫，數發部將於民國116年底前再採購GPU約4,800張。", "2026-05-10")
    assert (only(facts, "4,800张").kind, only(facts, "4,800张").period) == ("target", "2027-12-31")


def test_a_change_from_now_starts_from_a_figure_of_now() -> None:
    facts = facts_of(
        "擴容工程計劃於2027年第四季完成，屆時超算中心整體算力將由現時約3,700PFLOPS提升至約8,000PFLOPS。",
        "2026-05-23",
    )
    assert [(only(facts, t).kind, only(facts, t).period) for t in ("3,700PFLOPS", "8,000PFLOPS")] == [
        ("actual", "2026"),
        ("target", "2027-Q4"),
    ]


def test_a_prospectus_is_the_company_the_text_declared_a_short_name_for() -> None:
    facts = facts_of(
        "10月27日晚间，国产AI芯片企业擎岳科技股份有限公司（以下简称“擎岳科技”）科创板IPO申请获受理。\n"
        "招股书显示，2023年至2025年，擎岳科技营业收入分别为4.26亿元、11.38亿元和26.9亿元。",
        "2026-10-28",
    )
    # the company named with its figures, in full as any name the text declared a short name for
    assert {f.cited_source for f in facts} == {"擎岳科技股份有限公司"}


def test_the_twelfth_sessions_review_counter_examples() -> None:
    roundup = facts_of(
        "在已披露三季报的算力股中，云岫科技前三季度实现营业收入12.3亿元，同比增长45%。", "2026-10-30"
    )
    assert {f.value_text for f in roundup} == {"12.3亿元", "45%"}  # (a results round-up, no market quote)
    marks = facts_of(
        "按照新规，新建大型数据中心PUE须低于1.25的红线。今年一季度，公司营收首次突破100亿元门槛。",
        "2026-05-10",
    )
    assert {f.value_text for f in marks} == {"1.25", "100亿元"}
    caused = facts_of(
        "高盛在报告中指出，到2030年，人工智能将推动全球数据中心电力需求增长165%。", "2026-05-10"
    )
    assert only(caused, "165%").kind == "forecast"
    achieved = facts_of("2025年，该数据中心通过余热回收和液冷改造，使全年平均PUE控制在1.18。", "2026-05-10")
    assert only(achieved, "1.18").kind == "actual"
    announced = facts_of("微软宣布一项800亿美元的投资计划，用于在全球建设AI数据中心。", "2026-05-10")
    assert (only(announced, "800亿美元").kind, only(announced, "800亿美元").period) == ("actual", "2026")
    broker = facts_of(
        "中国移动2026年计划资本开支约1,390亿元，券商分析师预计其中算力投资占比将升至40%。", "2026-03-25"
    )
    assert only(broker, "40%").kind == "forecast"
    users = facts_of("平台累计激活用户500万，预计2027年激活用户数将达到2000万。", "2026-05-10")
    assert (only(users, "500万").period, only(users, "500万").kind) == ("2026", "actual")
    standup = facts_of(
        "记者：\n我现在所在的是和林格尔新区智算中心，这里已部署服务器2万台。那么，这些算力用在了哪里？",
        "2026-05-10",
    )
    assert "2万台" in {f.value_text for f in standup}
    hub = facts_of(
        "贵州是全国一体化算力网络国家枢纽节点之一，贵州省大数据局近日发布数据。\n"
        "截至2025年底，贵州算力规模达到80EFLOPS。\n枢纽节点已投运数据中心48个。",
        "2026-05-10",
    )
    assert only(hub, "48个").region == "贵州"
    cooling = facts_of("该智算中心液冷系统总制冷量达到15MW，部署的GPU服务器单台功耗约10kW。", "2026-05-10")
    assert {f.metric for f in cooling} == {None}
    topic = facts_of(
        "云岫科技发布三季报。\n人工智能的快速发展带动了算力租赁需求。公司在三季报中表示，前三季度算力租赁收入同比增长85%。",
        "2026-10-30",
    )
    assert only(topic, "85%").cited_source != "人工智能"
    racks = facts_of("该项目共建设5000个标准机柜，5000个机柜可部署4万台服务器。", "2026-05-10")
    assert "4万台" in {f.value_text for f in racks}


def test_the_places_orders_come_from_are_no_place_of_them_and_a_quote_boxs_name_field() -> None:
    facts = facts_of(
        "上半年，庆阳集群承接来自长三角、京津冀、粤港澳大湾区等东部地区企业的算力订单金额18.6亿元，同比增长1.3倍。"
        "今年1-5月，中卫集群承接东部地区算力订单金额21.7亿元，同比增长46.8%。",
        "2026-07-21",
    )
    assert [only(facts, t).region for t in ("18.6亿元", "1.3倍", "21.7亿元", "46.8%")] == [
        "庆阳",
        "庆阳",
        "中卫",
        "中卫",
    ]
    quote = facts_of("【個股報價】：6782名稱聯崧，收盤價286.5，成交量48,216張。", "2025-12-11")
    assert "6782名" not in {f.value_text for f in quote}


def test_that_institute_is_the_one_named_last() -> None:
    facts = facts_of(
        "国网能源研究院的判断则更为乐观。该院发布的《中国能源电力发展展望2026》认为，到2030年，全国数据中心用电量有望突破4200亿千瓦时。",
        "2026-03-18",
    )
    assert only(facts, "4200亿千瓦时").cited_source.startswith("国网能源研究院")


def test_a_flash_lists_company_head_speaks_for_the_company_cited_last_named_as_written_elsewhere() -> None:
    page = (
        "16:38 《业绩》云港数据全年纯利5.83亿元\n云港数据(08875)公布全年业绩，收入31.26亿港元。（lh）\n"
        "14:25 《配股》星河算力配股净筹约9.62亿元 扩充GPU算力星河算力(01896)公告，以每股8.45港元配售新股。"
        "集团主席兼行政总裁何俊贤表示，现时集团管理的智能算力约8,500P。（ct）\n"
        "相关股份：云港数据(08875) 星河算力(01896)"
    )
    facts = facts_of(page, "2026-03-26")
    assert only(facts, "8,500P").cited_source == "星河算力"


def test_a_green_power_share_column_a_targets_push_and_a_budget_kept() -> None:
    table = facts_of(
        "表：各盟市数据中心情况（截至2025年底）：呼和浩特市标准机架18.2万架，绿电占比72.4%。", "2026-01-28"
    )
    assert only(table, "72.4%").metric == "data_centre_power"
    push = facts_of(
        "省数据局有关负责人表示，我省将实施县域算力普惠行动，到2027年，推动建成县域算力中心30个以上。",
        "2025-11-20",
    )
    assert only(push, "30个").kind == "target"
    kept = facts_of("公司今年资本开支预算维持约38亿港元不变。", "2026-08-26")
    assert only(kept, "38亿港元").kind == "target"


def test_an_illustration_an_assumed_rate_and_a_taiwan_story_opening_on_its_customers() -> None:
    facts = facts_of(
        "上架率反映的是数据中心“建了有没有人用”。比如，某机房建成标准机架1000个，其中700个已上架运行，上架率就是70%。"
        "到2030年，我国算力总规模将超过1200EFLOPS。如果按算力每年增长20%粗略推算，届时全国数据中心用电量可能接近当前的2.5倍。",
        "2026-10-15",
    )
    assert [f.value_text for f in facts] == ["1200EFLOPS"]
    orders = facts_of(
        "資通信產品接單續創新高，美國客戶持續擴建AI資料中心。（中央社記者周怡君台北22日電）經濟部統計處今天發布8月外銷訂單統計，"
        "8月外銷訂單金額為568.3億美元，年增17.6%。\n按地區觀察，來自美國接單188.5億美元，年增27.3%。",
        "2025-09-22",
        title="資通信接單續強 8月外銷訂單568.3億美元年增17.6%",
    )
    assert only(orders, "568.3亿美元").region == "TW"


def test_a_table_rows_opening_time_column_dates_its_capacity() -> None:
    facts = facts_of(
        "成都市重点智算中心项目情况：蓉西智算港一期所在区郫都区，算力规模1300P，总投资16.8亿元，投运时间2025年7月。"
        "天府智算中心二期所在区天府新区，算力规模450P，总投资5.2亿元，投运时间2026年9月（计划）。",
        "2026-04-16",
    )
    assert [(only(facts, t).kind, only(facts, t).period) for t in ("1300P", "450P")] == [
        ("actual", "2025-07"),
        ("target", "2026-09"),
    ]


def test_a_listed_companys_report_with_its_code_is_its() -> None:
    facts = facts_of(
        "上市公司冰川温控（301736.SZ）半年报显示，上半年公司实现营业收入18.92亿元，同比增长67.3%。",
        "2026-08-26",
    )
    assert {f.cited_source for f in facts} == {"冰川温控"}


def test_a_jurisdictions_will_by_a_year_is_a_target_unless_someone_forecasts_it() -> None:
    will = facts_of(
        "“到2027年，全市标准机架将突破12万架，算力规模达到15EFLOPS以上。”大同市数据局局长赵国栋说。",
        "2025-11-18",
    )
    assert {f.kind for f in will} == {"target"}
    foreseen = facts_of("贵州省大数据发展管理局预计，到2027年，全省算力总规模将超过150EFLOPS。", "2026-05-10")
    assert only(foreseen, "150EFLOPS").kind == "forecast"
    foreseen_tight = facts_of("预计到2026年底，全省在用标准机架将突破35万架。", "2025-10-16")
    assert only(foreseen_tight, "35万架").kind == "forecast"


def test_two_numerals_side_by_side_are_a_range() -> None:
    facts = facts_of(
        "行业里很多新建集群的利用率还在五六成徘徊，园区已入驻七八十家企业，整机柜功率是传统机柜的四五倍。",
        "2026-03-10",
    )
    assert [(f.value_text, f.value, f.value_high, f.qualifier) for f in facts] == [
        ("五六成", 50, 60, "range"),
        ("七八十家", 70, 80, "range"),
        ("四五倍", 4, 5, "range"),
    ]
    # "one or two" is a manner of speaking; 三五成群 an idiom
    assert facts_of("公司不再依赖一两个大客户，游客三五成群。", "2026-03-10") == []
    assert [f.value_text for f in facts_of("二〇三〇年，全省算力规模将达到300EFLOPS。", "2026-03-10")] == [
        "300EFLOPS"
    ]


def test_what_ifs_sensitivities_and_holdings_are_no_figures() -> None:
    for text in (
        "筆者估計，若整體出租率回落至85%以下，部分房託明年分派或下跌一成。",
        "说实话，需求太旺了，哪怕再给我们10倍的产能也不够卖。",
        "新台幣每升值一個百分點，約影響毛利率0.1至0.2個百分點。",
        "在算力中每投入1元，平均可带动3至4元的GDP增长。",
        "以搭载8张H20的推理服务器为例，关键器件涨价直接推高了整机成本。",
        "系统能效比达到52.6GFLOPS/W。",
        "【行情】澜算科技（300917）26.84元 +5.27%　成交额14.36亿元。",
        "二级市场上，旭光科技今日高开逾5%，截至发稿报168.35元。",
        "目前仓位三成左右，成本41.2，打算跌到40以下再补一点。",
        "资金面上，该股最新融资余额为9.86亿元；以招股价上限计，其市銷率約9倍。",
        "1,204人赞同了该回答",
        "目前主流训练卡普遍采用HBM3E，单颗容量36GB。",
        "新模型上下文窗口扩展到200万Token，SWE-bench Verified得分71.9%。",
    ):
        assert facts_of(text, "2026-03-10") == [], text
    # A basis stated (若加计…) or an accident ruled out (若无意外) leaves a forecast standing.
    kept = facts_of(
        "經濟部表示，若加計已核准及規劃中的案件，到民國118年將達約2,300MW；若無意外，今年全年出口可望突破6,500億美元。",
        "2026-02-10",
    )
    assert [f.value_text for f in kept] == ["2,300MW", "6,500亿美元"]
    assert [f.value_text for f in facts_of("若干企业已建成智算中心，算力规模达到300P。", "2026-03-10")] == [
        "300P"
    ]


def test_a_unit_defined_or_a_number_said_again_is_no_new_figure() -> None:
    facts = facts_of(
        "1PFLOPS等于每秒1000万亿次浮点运算，1EFLOPS则等于1000PFLOPS，相当于每秒进行100亿亿次浮点运算。"
        "截至6月底，全国智能算力规模达246EFLOPS，相当于每秒246百亿亿次浮点运算。",
        "2026-07-10",
    )
    assert [f.value_text for f in facts] == ["246EFLOPS"]


def test_a_reporter_named_before_whom_he_learned_it_from() -> None:
    facts = facts_of(
        "本报北京8月26日讯 记者韩雪松从国家数据局获悉：今年上半年，国家算力枢纽节点数据中心项目完成投资约1,180亿元。",
        "2026-08-27",
    )
    assert only(facts, "1,180亿元").cited_source == "国家数据局"
    unnamed = facts_of(
        "记者从内蒙古自治区数据局获悉，截至2025年底，全区算力总规模达到52.4EFLOPS。", "2026-01-10"
    )
    assert only(unnamed, "52.4EFLOPS").cited_source == "内蒙古自治区数据局"


def test_whom_a_figure_benefits_is_not_its_place() -> None:
    facts = facts_of(
        "“‘十四五’以来，‘东数西算’工程累计带动算力相关投资超过6,000亿元，有力拉动了西部地区经济增长。”"
        "国家数据局副局长许建峰说，预计到今年底，枢纽节点在用算力总规模将突破360EFLOPS。",
        "2026-08-27",
    )
    assert {f.region for f in facts} == {"CN"}


def test_a_stocks_growth_over_the_year_is_dated_with_the_stock() -> None:
    facts = facts_of("5G移动电话用户1-10月5412.6万户，同比增长11.3%。", "2025-11-24")
    assert [(f.value_text, f.period) for f in facts] == [
        ("5412.6万户", "2025-10-31"),
        ("11.3%", "2025-10-31"),
    ]
    flow = facts_of("今年1至10月新增用户约3,400人，年增约26%。", "2025-11-10")
    assert {f.period for f in flow} == {"2025-01/2025-10"}


def test_a_utility_publishing_a_report_and_a_ministry_planning_are_cited() -> None:
    report = facts_of(
        "台電昨（20）日公布最新長期電力供需報告，民國114年全台資料中心用電量約為86.3億度，年增24.5%。",
        "2026-05-21",
    )
    assert {f.cited_source for f in report} == {"台电"}
    plan = facts_of("經濟部規劃，民國115年至119年將新增約1,100萬瓩供電能力。", "2026-05-21")
    assert (only(plan, "1,100万瓩").cited_source, only(plan, "1,100万瓩").kind) == ("经济部", "target")


def test_where_a_share_went_next_is_the_same_share() -> None:
    facts = facts_of(
        "數碼港行政總裁陳德禮表示，超算中心去年的算力平均使用率達八成五，今年1月更升至約92%。", "2026-02-12"
    )
    assert [(f.measure, f.metric) for f in facts] == [("share", "total_compute_capacity")] * 2
    peak = facts_of(
        "台電副總經理黃振宗表示，依最新評估，民國115年至119年資料中心用電需求年均成長率約19%，"
        "資料中心占全台尖峰負載的比重將由目前的約4%，到119年升至約10%。",
        "2026-05-21",
    )
    assert [(f.value_text, f.period, f.measure) for f in peak][1:] == [
        ("4%", "2026", "share"),
        ("10%", "2030", "share"),
    ]


def test_a_breakdown_past_a_quote_keeps_the_totals_time() -> None:
    facts = facts_of(
        "记者从国家数据局获悉，截至8月底，全国在用数据中心标准机架超过1150万架。\n"
        "“算力网络的‘主干道’正在加快成形。”该负责人说，主要枢纽节点之间的网络时延普遍控制在20毫秒以内。\n"
        "分区域看，东部、中部、西部地区在用标准机架分别约为612万架、268万架、281万架。",
        "2026-09-16",
    )
    assert {f.period for f in facts if f.unit == "rack"} == {"2026-08-31"}


def test_the_whole_autonomous_region_is_the_one_its_cities_are_in() -> None:
    facts = facts_of(
        "本报乌兰察布8月11日电 截至6月底，乌兰察布市算力规模达到9.6EFLOPS。\n"
        "乌兰察布从北京驾车约两个半小时可达，呼和浩特和林格尔新区算力规模达到18.4EFLOPS。\n"
        "新区有关负责人表示，新区正在推进算力调度平台建设，为区内外用户提供统一的算力服务。\n"
        "记者了解到，按照自治区相关行动方案，到2027年，全区数据中心绿电使用比例将达到80%以上，"
        "推动“东数西算”工程在内蒙古枢纽节点全面落地见效。",
        "2025-08-12",
    )
    assert only(facts, "80%").region == "内蒙古"


def test_a_results_report_disclosed_a_chips_example_a_price_per_gb_and_a_legislators_charge() -> None:
    report = facts_of(
        "8月27日晚间，光模块龙头澜光科技（300862）披露的半年报显示，公司上半年实现营业收入186.4亿元。",
        "2026-08-28",
    )
    assert only(report, "186.4亿元").cited_source == "澜光科技"
    for text in (
        "目前全省移动流量平均资费已降至每GB 0.5元以下。",
        "以寒域科技新一代訓練卡為例，其FP16算力約為380TFLOPS。",
        # (数据中心 holds a 据: no data cited)
        "民進黨立委蔡宜芳昨在立法院經濟委員會臨時會質詢時指出，北部資料中心用電已占全台資料中心用電約七成。",
    ):
        assert facts_of(text, "2026-08-28") == [], text


def test_a_centres_head_speaks_for_it_and_its_users_reach_is_not_its_place() -> None:
    facts = facts_of(
        "科技日报天津9月15日电 （记者孙立强）记者15日从国家超级计算天津中心获悉，中心新一代超级计算系统日前"
        "正式上线运行，系统双精度浮点峰值性能达320PFLOPS。据了解，该系统的峰值性能在国内在役通用超算系统中位居第二。\n"
        "中心主任宋怀民介绍，新系统项目总投资约18.5亿元。“新系统上线后，中心总算力规模已达到1.5EFLOPS。”宋怀民说。\n"
        "中心提供的数据显示，截至8月底，中心累计服务用户超过3,200家，覆盖全国绝大多数省区市；今年1—8月，"
        "中心完成计算任务约1,260万个，同比增长28.4%。\n"
        "在软件生态方面，中心联合国内多所高校，完成了数十款主流应用软件在新系统上的移植和优化。",
        "2025-09-16",
    )
    assert {f.cited_source for f in facts if f.unit != "rank"} == {"国家超级计算天津中心"}
    assert only(facts, "1,260万个").region == "天津"
    assert only(facts, "位居第二").region == "天津"  # ranked among the country's systems, located in 天津


def test_a_taiwan_company_named_short_is_its_full_name_with_its_silicon_as_written() -> None:
    facts = facts_of(
        "封測龍頭矽達投控昨（8）日公布11月合併營收新台幣586.2億元，月增2.1%，年增16.8%，創同期新高。\n"
        "矽達指出，承接晶圓代工廠外溢的先進封裝訂單持續放量，預計明年先進封裝相關營收可望年增逾3成。\n"
        "業界分析，AI晶片朝向大尺寸、多晶片整合發展，先進封裝已從過去的「配角」躍升為關鍵環節。\n"
        "法人分析，先進封裝設備交期長，新產能開出多集中在明年下半年，短期內供需缺口難以完全弭平。",
        "2025-12-09",
    )
    assert only(facts, "3成").cited_source == "矽达投控"


def test_a_report_estimating_again_is_its_publishers_without_its_trade() -> None:
    facts = facts_of(
        "云端服务商持续抢租，本港数据中心市场供不应求。地产顾问行恒域顾问昨日发表《香港数据中心市场报告》显示，"
        "截至今年6月底，本港数据中心总IT容量约1,820兆瓦。\n"
        "市场规模方面，报告估算，2025年本港数据中心市场规模约为172亿港元，按年增长约15%。\n"
        "另外，报告提到，有内地科技企业选择在港设立区域数据中心节点，服务海外客户。",
        "2026-07-21",
    )
    assert only(facts, "172亿港元").cited_source == only(facts, "1,820兆瓦").cited_source
    assert only(facts, "1,820兆瓦").cited_source == "恒域顾问 《香港数据中心市场报告》"
    again = facts_of(
        "根据研调机构聚策研究最新发布的《2026台湾云端与GPU算力市场报告》，2025年台湾公有云市场规模约新台币1,260亿元；"
        "报告预估，今年市场规模可望突破新台币1,500亿元。\n其中成长最快的是GPU云端算力租赁。报告指出，2025年台湾GPU"
        "算力租赁市场规模约新台币86亿元。",
        "2026-03-10",
    )
    assert only(again, "86亿元").cited_source == "聚策研究 《2026台湾云端与GPU算力市场报告》"


def test_a_project_opened_on_a_day_keeps_its_month_up_to_the_statement_naming_a_later_time() -> None:
    facts = facts_of(
        "11月18日，位于九龙坡区金凤镇的科学城金凤智算中心一期正式投运。该项目总投资约36亿元，一期部署智能算力1500P，"
        "采用冷板式液冷技术；二期计划于2026年底前建成，届时中心智能算力将达到4000P。",
        "2025-11-21",
    )
    assert [(f.value_text, f.period, f.region) for f in facts] == [
        ("36亿元", "2025-11", "重庆"),  # 九龙坡区 is Chongqing's, not Kowloon
        ("1500P", "2025-11", "重庆"),
        ("4000P", "2026-12-31", "重庆"),
    ]


def test_a_breakdown_by_trade_keeps_its_source_the_fastest_rate_is_growth_and_a_world_share_its_holders() -> (
    None
):
    facts = facts_of(
        "AI伺服器與高效能運算晶片需求強勁。工研院產科國際所昨（12）日發布最新統計，今年第3季台灣半導體產業產值達新台幣"
        "1兆5,820億元，年增21.3%。\n"
        "分業別來看，第3季IC設計、IC製造及IC封測業產值分別為新台幣4,120億元、9,860億元及1,840億元，其中IC製造業受惠"
        "先進製程產能滿載，年增幅度最大，達27.5%。\n"
        "在全球布局方面，根據集邦科技統計，今年第3季台灣晶圓代工業者的全球市占率約68%，穩居全球第一。",
        "2025-11-13",
    )
    assert only(facts, "9,860亿元").cited_source == "工研院产科国际所"
    assert only(facts, "27.5%").measure == "growth_yoy"
    assert (only(facts, "68%").region, only(facts, "全球第一").region) == ("TW", "TW")


def test_a_will_to_push_a_capex_budgets_part_and_a_revenue_class_of_firms() -> None:
    pushed = facts_of(
        "市数据资源局局长郑维表示，芜湖将全力推动集群扩容提质，到2026年，集群算力规模突破30EFLOPS。",
        "2025-11-26",
    )
    assert only(pushed, "30EFLOPS").kind == "target"  # a government will drive it, as 将推动到2027年
    capex = facts_of(
        "中瑞电信公告，2025年公司资本开支为912亿元；2026年资本开支预算为860亿元，其中算力投资将同比增长逾两成。",
        "2026-03-27",
    )
    assert [(f.value_text, f.kind) for f in capex] == [
        ("912亿元", "actual"),
        ("860亿元", "target"),
        ("两成", "target"),
    ]
    firms = facts_of("到2027年，全市培育营收超10亿元的人工智能企业25家。", "2026-02-11")
    assert [f.value_text for f in firms] == ["25家"]


def test_a_speaker_telling_the_reporter_is_his_company() -> None:
    facts = facts_of(
        "湾智算力董事长梁浩文向记者表示，项目总投资约65亿元人民币，首期规划算力3,000PFLOPS。", "2026-08-14"
    )
    assert {f.cited_source for f in facts} == {"湾智算力"}


def test_a_paragraph_opening_where_it_takes_place_places_its_figures() -> None:
    facts = facts_of(
        "【香港文匯報訊】粵港澳大灣區算力「雙核」加速成形，香港多所大學積極參與。\n"
        "數碼港表示，數碼港人工智能超算中心現時算力約2,400PFLOPS，使用率約八成五。\n"
        "在河套深港科技創新合作區深圳園區，由港資企業灣智算力投資建設的「港深智算中心」正在加緊施工。灣智算力董事長"
        "梁浩文向記者表示，項目總投資約65億元人民幣，首期規劃算力3,000PFLOPS，計劃2027年投產。\n"
        "創新科技及工業局表示，香港將繼續推動人工智能發展，支援本地大學及研發中心。",
        "2026-08-14",
    )
    assert only(facts, "2,400PFLOPS").region == "HK"
    assert only(facts, "65亿元人民币").region == "深圳"


def test_when_a_plan_is_completed_is_a_time_and_an_estimate_for_it_a_forecast() -> None:
    facts = facts_of(
        "算力擴張也帶來用電壓力。國網中心估算，到民國118年計畫完成時，算力中心總IT負載將達約48 MW，是目前的約3倍。",
        "2026-03-25",
    )
    assert {(f.period, f.kind) for f in facts} == {("2029", "forecast")}


def test_our_province_is_the_one_its_cities_name_and_a_cluster_paragraph_is_its_citys() -> None:
    facts = facts_of(
        "今年以来，我省加快推进张家口、廊坊两大数据中心集群建设，对京津冀地区算力需求的支撑能力不断增强。\n"
        "据调度统计，截至2026年4月底，全省在用数据中心标准机架约61.2万架。\n"
        "张家口集群坚持绿色低碳发展，怀来、张北等地数据中心绿电使用比例持续提升。1—4月，张家口集群新开工算力中心项目总投资约186亿元。\n"
        "廊坊集群依托毗邻北京的区位优势，重点承接北京算力外溢需求。截至4月底，集群数据中心平均上架率达到78.5%。\n"
        "省发展改革委有关负责人表示，将推动集群内新建数据中心全面采用先进节能技术。",
        "2026-05-20",
    )
    racks = only(facts, "61.2万架")
    assert (racks.region, racks.cited_source) == ("河北", None)  # 据调度统计 names nobody
    assert only(facts, "78.5%").region == "廊坊"


def test_a_head_admitting_a_council_planning_and_a_results_paragraph_by_profitability() -> None:
    council = facts_of(
        "國科會昨（21）日宣布，國網中心新一代AI超級電腦採購案完成決標。\n"
        "國科會主委陳文彥表示，新系統將優先支持主權AI模型訓練。\n"
        "陳文彥坦言，國網中心現有AI超級電腦今年前9月平均使用率達九成二；目前排隊等候使用的研究計畫逾320件。\n"
        "國科會規劃，到2027年底，國內公部門AI算力總量要達到2,000PFLOPS以上。",
        "2026-10-22",
    )
    assert {f.cited_source for f in council} == {"国科会"}
    results = facts_of(
        "澄光科技（300817）10月下旬披露的三季报显示，公司前三季度实现营业收入268.4亿元，同比增长152.6%。\n"
        "从盈利能力看，澄光科技前三季度综合毛利率为42.6%，较上年同期提升6.4个百分点。",
        "2025-10-30",
    )
    assert {f.cited_source for f in results} == {"澄光科技"}


def test_a_stock_counted_in_a_half_is_of_its_end_and_a_flow_keeps_the_half() -> None:
    facts = facts_of(
        "市工信局相关负责人介绍，上半年，全市人工智能核心产业规模达到386.5亿元，同比增长27.3%；"
        "全市人工智能相关企业达到1260家，较去年底增加142家。",
        "2025-09-18",
    )
    assert [(f.value_text, f.period) for f in facts] == [
        ("386.5亿元", "2025-H1"),
        ("27.3%", "2025-H1"),
        ("1260家", "2025-06-30"),
        ("142家", "2025-06-30"),
    ]
    flow = facts_of(
        "“目前全县在用机柜超过20万个。”县长李文涛说，今年上半年，全县数据中心产业实现营业收入46.2亿元，同比增长近三成。",
        "2026-07-20",
    )
    assert only(flow, "三成").period == "2026-H1"


def test_a_plan_named_without_its_title_sets_targets_and_a_racks_power_basis_is_no_figure() -> None:
    plan = facts_of(
        "按照国家有关部门印发的实施意见，到2027年，国家枢纽节点新建数据中心绿电使用比例将达到80%以上。",
        "2026-03-18",
    )
    assert only(plan, "80%").kind == "target"
    basis = facts_of(
        "注：IDC机架按每架2.5千瓦折算为标准机架。截至9月末，全省IDC机架达到52.3万架。", "2025-10-24"
    )
    assert [f.value_text for f in basis] == ["52.3万架"]


def test_this_sessions_rules_leave_their_near_misses_alone() -> None:
    # (a project's own amount before its name, not a class of projects counted)
    assert [f.value_text for f in facts_of("总投资达30亿元的贵安智算中心项目今日开工。", "2025-09-20")] == [
        "30亿元"
    ]
    # (what demand will drive is forecast, not a body's will)
    driven = facts_of(
        "IDC认为，生成式AI将推动算力需求持续增长，到2027年我国智能算力规模将达到1117EFLOPS。", "2025-09-20"
    )
    assert only(driven, "1117EFLOPS").kind == "forecast"
    # (where a network reaches is where its stations are)
    assert (
        only(facts_of("5G网络已覆盖贵州全部行政村，全省5G基站数达到8万个。", "2025-09-20"), "8万个").region
        == "贵州"
    )
    # (new registrations in a half are a flow of the half)
    assert only(facts_of("上半年，全市新注册企业达到1.2万家。", "2025-09-20"), "1.2万家").period == "2025-H1"


def test_a_reporter_after_a_middle_dot_the_department_again_and_a_work_plans_targets() -> None:
    facts = facts_of(
        "中青报·中青网记者日前从教育部科学技术与信息化司获悉，截至2026年2月底，全国已有1286所高校和科研院所接入平台。\n"
        "该司相关负责人介绍，目前平台汇聚的算力总规模约为2.8EFLOPS。",
        "2026-03-16",
    )
    assert {f.cited_source for f in facts} == {"教育部科学技术与信息化司"}
    plan = facts_of(
        "根据国家数据局等部门印发的《2026年全国一体化算力网建设工作要点》，到2026年底，枢纽节点算力总规模超过300EFLOPS。",
        "2026-02-26",
    )
    assert only(plan, "300EFLOPS").kind == "target"


def test_a_head_speaks_for_the_company_whose_meeting_the_sentence_opens_with() -> None:
    facts = facts_of(
        "ABF載板廠欣宏電子昨（9）日公布2月營收新台幣52.6億元，月減3.2%。\n"
        "另一家載板廠鼎碩科技2月營收新台幣41.3億元，月增2.1%，年增1.1倍。\n"
        "鼎碩科技日前召開法說會，總經理陳志豪預估，第1季營收可望季增8%至12%，全年ABF載板出貨量年增3成以上。",
        "2026-03-10",
    )
    assert only(facts, "3成").cited_source == "鼎硕科技"


def test_the_mainland_after_a_half_and_a_grants_council_announcing() -> None:
    share = facts_of(
        "根据卓信咨询数据，今年上半年内地公有云IaaS市场中，瀚海集团市占率约为26.3%，排名第一。", "2025-11-20"
    )
    assert {f.period for f in share} == {"2025-H1"}  # 上半年内地: the mainland, not 年内 (this year)
    grants = facts_of(
        "研究资助局昨日（14日）公布，已向八所资助大学批出与人工智能相关的研究资助约12.6亿港元。", "2026-01-15"
    )
    assert (
        only(grants, "12.6亿港元").cited_source == "研究资助局"
    )  # (研究… opens a body's name, not 研究显示)


def test_a_table_titled_without_its_label_dates_every_row_and_not_by_its_target_column() -> None:
    facts = facts_of(
        "从区域分布看，南山区、宝安区智能算力集聚效应明显。各重点区建设情况见下表。\n"
        "深圳市重点区智能算力建设情况（截至2026年6月底）：南山区智算规模3260PFLOPS，在建项目11个，2027年目标6500PFLOPS。"
        "宝安区智算规模2180PFLOPS，在建项目8个，2027年目标4800PFLOPS。",
        "2026-07-28",
    )
    assert only(facts, "2180PFLOPS").period == "2026-06-30"
    assert only(facts, "4800PFLOPS").period == "2027"


def test_a_publisher_dated_this_year_is_named_without_the_date() -> None:
    facts = facts_of(
        "记者了解到，联席会议今年3月印发的《中部地区县域智算中心高质量发展行动方案（2026—2027年）》提出，到2027年，"
        "中部地区县级智算中心智能算力总规模达到5万P以上。",
        "2026-06-18",
    )
    assert only(facts, "5万P").cited_source.startswith("联席会议 《")


def test_a_head_with_two_titles_joined_by_ji_speaks_for_the_company() -> None:
    facts = facts_of(
        "巨晶總裁暨共同執行長林恒毅表示，今年資本支出將維持在400億至420億美元。\n"
        "冷穹科技共同創辦人暨執行長陳奕廷表示，公司今年液冷機櫃出貨可望突破1,600台。",
        "2025-10-17",
    )
    assert {f.cited_source for f in facts} == {"巨晶", "冷穹科技"}


def test_a_long_centre_name_after_how_it_was_learned_is_whole() -> None:
    facts = facts_of(
        "记者从广州市从化区人工智能创新中心获悉，该中心算力规模达到300PFLOPS。中心主任李明介绍，项目总投资约12亿元。",
        "2026-03-01",
    )
    assert only(facts, "12亿元").cited_source == "广州市从化区人工智能创新中心"


def test_a_stock_after_a_halfs_additions_stands_at_the_date_again() -> None:
    facts = facts_of(
        "记者从中卫市数据局获悉，截至6月底，中卫数据中心集群已建成标准机架46.8万架，上半年新增4.2万架；"
        "算力总规模突破12万P，其中智能算力约9.6万P。",
        "2026-07-21",
    )
    assert only(facts, "4.2万架").period == "2026-H1"
    assert only(facts, "12万P").period == "2026-06-30"
    assert only(facts, "9.6万P").period == "2026-06-30"


def test_what_a_place_serves_or_stands_out_in_is_no_place_of_the_figure() -> None:
    facts = facts_of(
        "中卫市市长张立新表示，中卫将加快建设面向全国的算力保障基地。"
        "到2027年，力争集群标准机架达到60万架，把中卫打造成为全国重要的绿色算力供给基地。"
        "中心已为省内外120余家单位提供计算服务。",
        "2026-07-21",
    )
    assert only(facts, "60万架").region == "中卫"
    assert only(facts, "120余家").region == "中卫"


def test_places_listed_after_where_goods_go_are_destinations_not_owners() -> None:
    facts = facts_of(
        "台灣伺服器出口暢旺。統計處指出，前5月銷往美國的伺服器約占七成，銷往歐洲及東南亞的比重則分別為9.6%及8.3%。",
        "2026-06-23",
    )
    assert {only(facts, v).region for v in ("七成", "9.6%", "8.3%")} == {"TW"}


def test_a_groups_head_speaks_for_the_group_the_text_named() -> None:
    facts = facts_of(
        "作为算力领域的“国家队”成员之一，中算科技集团去年新投运多个智算中心。"
        "集团董事长周启明接受记者采访时表示，2025年，集团新增智能算力约12EFLOPS。",
        "2026-02-12",
    )
    assert only(facts, "12EFLOPS").cited_source == "中算科技集团"


def test_a_years_planned_investment_is_a_target() -> None:
    facts = facts_of(
        "国资委负责人表示，今年中央企业将继续加大算力投入，全年计划安排算力投资约2,100亿元，同比增长约13%。"
        "项目计划投资约45亿元，已于今年5月开工。",
        "2026-02-12",
    )
    assert only(facts, "2,100亿元").kind == "target"
    assert only(facts, "13%").kind == "target"
    assert only(facts, "45亿元").kind == "actual"


def test_fees_floor_prices_peak_rates_per_watt_ratings_and_subsidy_caps_are_no_figures() -> None:
    facts = facts_of(
        "單站下行峰值速率可達10Gbps，集團已推出月費由198元起的服務計劃，部分地区千兆套餐月费已降至99元以下。"
        "頻譜底價為每兆赫1,200萬港元。系统能效达到每瓦52.6GFLOPS。本市单个企业年度补贴最高500万元。"
        "全市5G用户达到1200万户。",
        "2026-06-12",
    )
    assert [f.value_text for f in facts] == ["1200万户"]


def test_hong_kong_results_for_the_quarter_or_year_ended_are_the_span() -> None:
    facts = facts_of(
        "阿里巴巴上月公布截至3月31日止季度業績，雲智能集團收入按年增長26%至334億元人民幣。"
        "另一公司截至2025年12月31日止年度收入為25億港元。",
        "2026-06-18",
    )
    assert only(facts, "334亿元人民币").period == "2026-Q1"
    assert only(facts, "25亿港元").period == "2025"


def test_liao_before_a_yearly_change_is_a_forecast() -> None:
    facts = facts_of("有券商分析員指，內地雲廠今年AI相關資本開支料按年增長逾三成。", "2026-06-18")
    assert only(facts, "三成").kind == "forecast"


def test_companies_named_after_their_trade_and_results_flash_reports_are_sources() -> None:
    facts = facts_of(
        "第三方IDC运营商云岭数据（301863）披露的三季报显示，前三季度公司实现营业收入48.36亿元。\n"
        "昆岭科技（688715.SH）2月27日晚间披露的业绩快报显示，公司2025年实现营业收入52.3亿元。",
        "2026-03-12",
    )
    assert only(facts, "48.36亿元").cited_source == "云岭数据"
    assert only(facts, "52.3亿元").cited_source == "昆岭科技"


def test_an_office_named_short_in_brackets_is_cited_in_full_and_data_shown_again() -> None:
    facts = facts_of(
        "通訊事務管理局辦公室（通訊辦）最新數據顯示，截至今年4月底，本港5G流動服務用戶約1,128萬戶。\n"
        "網絡建設方面，通訊辦數據又顯示，全港已建成的5G基站逾7,800個。",
        "2026-06-12",
    )
    assert only(facts, "1,128万户").metric == "users_5g"
    assert only(facts, "7,800个").cited_source == "通讯事务管理局办公室"


def test_what_a_hong_kong_works_involves_is_its_investment() -> None:
    facts = facts_of(
        "數碼港行政總裁說，超算中心第二期擴容工程涉資約24億港元，已於今年5月動工。", "2025-08-14"
    )
    assert only(facts, "24亿港元").metric == "computing_centre_investment"


def test_this_months_end_in_a_table_of_one_month_is_that_months_end() -> None:
    facts = facts_of(
        "截至10月末，全省5G移动电话用户达到3025.7万户。\n"
        "附表：2026年10月末全省主要通信用户发展情况：5G移动电话用户本月末3025.7万户，比上年末增长8.9%。"
        "千兆宽带用户本月末826.4万户，比上年末增长16.5%。",
        "2026-11-20",
    )
    assert {(f.value_text, f.period, f.kind) for f in facts if f.unit == "count"} == {
        ("3025.7万户", "2026-10-31", "actual"),
        ("826.4万户", "2026-10-31", "actual"),
    }
    assert only(facts, "16.5%").period == "2026-10-31"


def test_the_day_a_report_came_out_is_no_opening_for_the_breakdown_after() -> None:
    facts = facts_of(
        "据华算研究院3月18日发布的《白皮书》显示，截至2025年底，全国已投运智算中心超过520个，智能算力平均利用率约为43%。\n"
        "分地区看，东部、中部地区智能算力平均利用率分别为61%和44%。\n"
        "处于低负载状态（月均利用率低于20%）的智能算力约为27EFLOPS。",
        "2026-03-19",
    )
    assert only(facts, "61%").period == "2025-12-31"
    assert "20%" not in {f.value_text for f in facts}


def test_a_doubling_expected_and_a_rank_in_the_country_is_no_place() -> None:
    facts = facts_of(
        "緯創董事長表示，今年AI伺服器營收可望倍增。\n"
        "记者从江苏省通信管理局获悉，截至6月底，10G PON端口达到298.4万个，规模居全国第二，占全部PON端口的比重为62.7%。",
        "2026-08-13",
    )
    assert (only(facts, "倍增").value, only(facts, "倍增").kind) == (2.0, "forecast")
    assert only(facts, "62.7%").region == "江苏"


def test_users_of_another_kind_added_since_the_years_end_are_their_own_subject() -> None:
    facts = facts_of(
        "截至10月末，千兆宽带用户占固定互联网宽带接入用户的比重达到40.5%，比上年末提高4.1个百分点。"
        "蜂窝物联网终端用户比上年末净增807.3万户。",
        "2026-11-20",
    )
    assert only(facts, "807.3万户").metric is None


def test_a_hong_kong_financial_year_and_a_guideline_target() -> None:
    facts = facts_of(
        "创新科技及工业局（创科局）昨日（17日）公布「人工智能资助计划」2025/26年度的执行情况。在2025/26年度，计划共接获申请212宗。"
        "局长表示，预计2026/27年度批出的资助额将超过13亿港元。\n"
        "按照《存力基础设施协同发展指引》，到2025年，我国存力总规模超过1800EB。",
        "2025-06-18",
    )
    assert only(facts, "212宗").period == "2025-04/2026-03"
    assert only(facts, "212宗").cited_source == "创新科技及工业局"
    assert only(facts, "13亿港元").period == "2026-04/2027-03"
    assert only(facts, "1800EB").kind == "target"


def test_a_breakdown_by_structure_keeps_the_reports_time_and_an_institutes_director_speaks_for_it() -> None:
    facts = facts_of(
        "《报告》显示，截至2025年6月底，我国存力总规模约为1650EB。\n"
        "从存储结构看，全闪存阵列在外部存储中的占比提升至32.5%。\n"
        "工研院產科國際所今日發布最新統計，今年第1季台灣半導體產業產值達新台幣1兆8,460億元。"
        "產科國際所研究總監林佩君表示，AI需求仍是成長動能。"
        "林佩君預估，2027年台灣晶圓代工業者的全球市占率可望提升至約74%。",
        "2025-08-20",
    )
    assert only(facts, "32.5%").period == "2025-06-30"
    assert only(facts, "74%").cited_source == "工研院产科国际所"


def test_a_table_rows_investment_is_of_its_own_opening_month() -> None:
    facts = facts_of(
        "上半年，全市算力基础设施完成投资92.7亿元。\n"
        "全市重点智算中心项目情况：两江智算中心二期区县两江新区，投资26.5亿元，投运时间2025年11月。"
        "科学城智能算力中心区县高新区，投资15.2亿元，投运时间2026年3月。"
        "长寿绿色智算中心一期区县长寿区，投资12.6亿元，投运时间2026年10月（计划）。",
        "2026-07-30",
    )
    assert [only(facts, v).period for v in ("26.5亿元", "15.2亿元", "12.6亿元")] == [
        "2025-11",
        "2026-03",
        "2026",
    ]


def test_a_companys_head_speaks_for_the_company_the_text_names_in_full() -> None:
    facts = facts_of(
        "该项目由广西桂信云算科技有限公司投资建设，一期已于去年12月建成投运。公司总经理覃海波介绍，一期总投资约32亿元。\n"
        "覃海波说，项目二期计划于2027年6月底前建成，届时整个项目智能算力将达到6000P。",
        "2026-04-24",
    )
    assert {f.cited_source for f in facts} == {"广西桂信云算科技有限公司"}


def test_a_paragraphs_company_after_a_scene_and_an_interim_report_are_the_companys() -> None:
    facts = facts_of(
        "液冷设备商凌泉科技（688593）4月27日晚间披露的一季报显示，公司一季度实现营业收入9.82亿元。\n"
        "电源环节同样景气。恒川电气一季度实现营业收入6.47亿元。公司在投资者关系活动中介绍，电源产品收入占比已提升至约45%。",
        "2026-04-29",
    )
    assert only(facts, "9.82亿元").cited_source == "凌泉科技"
    assert only(facts, "45%").cited_source == "恒川电气"
    interim = facts_of(
        "本地数据中心业主泓景数据中心信托（02779）公布中期业绩，收入按年增长11.6%至14.82亿港元。\n"
        "中期报告显示，截至6月底，信托旗下数据中心的总IT容量约248兆瓦。",
        "2025-08-28",
    )
    assert only(interim, "248兆瓦").cited_source == "泓景数据中心信托"


def test_an_official_speaking_of_a_plan_is_its_source_and_a_named_firms_count_is_its_own() -> None:
    facts = facts_of(
        "省工业和信息化厅副厅长王立群表示，按照《山东省算力基础设施提质升级行动方案（2025—2027年）》，到2027年，"
        "全省算力总规模将超过40EFLOPS。\n"
        "研調機構達仁產研統計，2025年霆鈞在全球AI伺服器水冷板市場的市占率約三成。\n"
        "据财新不完全统计，今年前三季度，国内算力租赁企业共完成融资41笔。",
        "2025-11-24",
    )
    assert only(facts, "40EFLOPS").cited_source == "山东省工业和信息化厅"
    assert only(facts, "三成").cited_source == "达仁产研"
    assert only(facts, "41笔").cited_source == "财新"


def test_a_bound_of_the_cases_counted_and_a_size_assumed_are_no_figures_and_cards_managed_are() -> None:
    facts = facts_of(
        "台電指出，今年以來核准的案件中，單案容量逾10萬瓩者有6件。"
        "以一座10萬瓩的資料中心滿載運轉計算，一年用電量就達約8.76億度。\n"
        "公司计划到2027年底将管理规模扩大至6.5万卡。",
        "2025-06-17",
    )
    assert "10万瓩" not in {f.value_text for f in facts}
    assert only(facts, "6.5万卡").kind == "target"


def test_a_years_annual_use_named_before_keeps_the_year_and_an_ex_works_price_is_noise() -> None:
    facts = facts_of(
        "展望未來，中電預計，到2030年，本港數據中心每年用電需求將增至約95億度。"
        "一座機櫃的出貨價逾300萬美元。"
        "内蒙古和林格尔集群每年新增算力需求在10至20EFLOPS之间。",
        "2026-08-13",
    )
    assert only(facts, "95亿度").period == "2030"
    assert only(facts, "10至20EFLOPS").period is None
    assert {f.value_text for f in facts} == {"95亿度", "10至20EFLOPS"}


def test_at_least_with_a_verb_and_a_single_wave_rate_and_electricity_sold() -> None:
    facts = facts_of(
        "今年1—5月，全国至少有17个智算中心项目进入破产重整。公司新建的单波速率400Gbps光传输系统已投入使用。\n"
        "中電表示，今年上半年向本港數據中心客戶售電約24.6億度，按年增加21.3%。",
        "2026-08-13",
    )
    assert only(facts, "17个").qualifier == "ge"
    assert "400Gbps" not in {f.value_text for f in facts}
    assert only(facts, "24.6亿度").metric == "data_centre_power"


def test_a_titles_year_is_no_stock_code_and_a_company_named_in_full_speaks_as_the_company() -> None:
    facts = facts_of(
        "位于中卫的西联算网科技有限公司主要承接东部地区的订单。公司副总经理马骏表示，今年一季度，公司算力服务收入约为7.8亿元。\n"
        "华衡算网研究院日前发布的《“东数西算”发展展望（2026）》预测，到2030年，全国跨区域算力调度规模将超过300EFLOPS。",
        "2026-04-11",
    )
    assert only(facts, "7.8亿元").cited_source == "西联算网科技有限公司"


def test_a_prospectus_cites_the_company_whose_figures_it_gives() -> None:
    facts = facts_of(
        "招股书显示，2022年至2024年，曜芯科技营业收入分别为1.12亿元、3.58亿元和8.96亿元。\n"
        "招股书披露，2024年澜启智算研发投入占营业收入的比例高达108.6%。",
        "2025-09-16",
    )
    assert only(facts, "8.96亿元").cited_source == "曜芯科技"
    assert only(facts, "108.6%").cited_source == "澜启智算"


def test_a_reporters_byline_without_a_place_and_a_chief_operating_officer() -> None:
    facts = facts_of(
        "【大公報訊】記者黃慧琳報道：香港科技園公司（科技園公司）昨日（21日）表示，截至今年3月底，科學園內的人工智能企業約1,080家。\n"
        "日耀投控營運長陳國榮日前在法說會上表示，去年公司營收約16億美元。陳國榮指出，日耀月產能去年底已達約1.8萬片。\n"
        "自治区数据局有关负责人表示，按照今年的工作安排，到今年底，全区算力总规模要突破5万P。",
        "2026-04-22",
    )
    assert only(facts, "1,080家").cited_source == "香港科技园公司"
    assert only(facts, "1.8万片").cited_source == "日耀投控"
    assert only(facts, "5万P").kind == "target"


def test_an_exchange_rate_assumed_an_oversubscription_and_a_revenue_bound_before_a_count_are_no_figures() -> (
    None
):
    facts = facts_of(
        "財務長並說明，上述預測係以1美元兌新台幣32.5元的匯率假設為基礎。網下認購倍數超過百倍。"
        "2025年，全市营业收入超10亿元的人工智能企业达到27家。",
        "2026-04-17",
    )
    assert [f.value_text for f in facts] == ["27家"]


def test_a_centres_head_speaks_for_the_centre_named_not_a_place_described_and_a_body_that_sets_a_goal() -> (
    None
):
    facts = facts_of(
        "记者从国家超级计算郑州中心获悉，中心已服务用户1200家。\n"
        "走进位于郑州高新区的中心机房，一排排机柜整齐排列。中心主任韩立新介绍，2025年，中心二期扩容项目完成投资12.6亿元。\n"
        "创新科技及工业局发言人表示，政府已预留约20亿港元。数码港则定下目标，在2026/27财政年度把平均算力使用率提升至九成以上。"
        "每GPU小时收费约15港元，较海外云端平台便宜逾三成。",
        "2026-06-09",
    )
    assert only(facts, "12.6亿元").cited_source == "国家超级计算郑州中心"
    assert only(facts, "九成").cited_source == "数码港"
    assert "三成" not in {f.value_text for f in facts}


def test_the_fifteenth_sessions_review_counter_examples() -> None:
    actual = facts_of(
        "该集群在液冷技术上实现重要突破，PUE降至1.15，机架规模达到2.8万架。"
        "按照全省工作部署，前三季度全省已新建5G基站1.2万个。\n"
        "截至9月底，全省今年计划投资的120个算力项目已累计完成投资386亿元。\n"
        "根据《绿色数据中心评价指南》测算，2024年全省数据中心平均PUE为1.32。\n"
        "前三季度，全省电子材料同比增长12.5%。",
        "2025-10-20",
    )
    assert {f.kind for f in actual} == {"actual"}
    noun = facts_of("今年以来，全市数字产业发展机会倍增，数字经济规模达到1.2万亿元。", "2025-10-20")
    assert [f.value_text for f in noun] == ["1.2万亿元"]
    flows = facts_of(
        "截至6月底，全市数据中心建成标准机架12.5万架，上半年新增1.8万架；数据中心用电量达到18亿千瓦时。\n"
        "2023年，全省建成智算中心5个，近年来全省数据中心每年用电需求增长约20%。",
        "2025-07-20",
    )
    assert only(flows, "18亿千瓦时").period == "2025-H1"
    assert only(flows, "20%").period is None
    lines = facts_of(
        "招股书显示，2022年至2024年，境外收入分别为1.2亿元、2.5亿元和4.1亿元。\n"
        "前三季度数据显示，全国数据中心机架规模达到910万架。\n"
        "中关村半导体企业服务中心数据显示，上半年全市智能算力规模达到12EFLOPS。\n"
        "数码通上半年5G月费收入按年增长18%至21.6亿港元。",
        "2025-10-20",
    )
    assert only(lines, "4.1亿元").cited_source != "境外"
    assert only(lines, "910万架").cited_source is None
    assert only(lines, "12EFLOPS").cited_source == "中关村半导体企业服务中心"
    assert "21.6亿港元" in {f.value_text for f in lines}
    owner = facts_of(
        "云岭数据由云南省投资控股集团有限公司控股。\n公司总经理李明表示，截至6月底，公司运营机架达到1.2万架。",
        "2025-07-01",
    )
    assert "集团" not in (only(owner, "1.2万架").cited_source or "")
    world = facts_of("全球领先的研究机构TrendForce预计，今年AI服务器出货量将达到210万台。", "2025-09-20")
    assert only(world, "210万台").region == "GLOBAL"
    company_year = facts_of("英伟达2025-26年度数据中心收入同比增长约120%。", "2025-09-20")
    assert only(company_year, "120%").period == "2025"


def test_a_trust_speaks_as_the_trust_and_its_distribution_per_unit_and_a_subsidy_cap_are_no_figures() -> None:
    facts = facts_of(
        "嘉峰數據中心信託（02779）公布全年業績，收入按年增長12%至30.2億港元。"
        "末期分派每基金單位29.4港仙。\n信託同日宣布，已購入將軍澳一幅數據中心用地的發展權，項目總投資約68億港元。\n"
        "单家企业年度补助最高可达800万元。",
        "2026-03-13",
    )
    assert only(facts, "68亿港元").cited_source == "嘉峰数据中心信托"
    assert {f.value_text for f in facts} == {"12%", "30.2亿港元", "68亿港元"}


def test_a_whole_year_after_a_base_year_is_the_statements_own_and_coverage_is_a_share() -> None:
    facts = facts_of(
        "董事长告诉财新，公司前三季度AI加速卡出货超过15万张，是去年全年的2.5倍；预计全年出货量将突破22万张。\n"
        "截至4月底，全市千兆光网覆盖率达到99.2%。",
        "2025-10-21",
    )
    assert only(facts, "22万张").period == "2025"
    assert only(facts, "99.2%").measure == "share"


def test_a_ratio_from_a_base_years_to_a_later_one_and_a_cities_share_of_its_province() -> None:
    facts = facts_of(
        "《报告》显示，完成改造的数据中心平均PUE从2024年的1.53降至今年前三季度的1.27。\n"
        "南京算力规模16.4EFLOPS，同比增长28.5%，全省占比28.0%。全省算力规模达到60EFLOPS，较2023年底翻了一番多。",
        "2025-11-22",
    )
    assert (only(facts, "1.53").period, only(facts, "1.27").period) == ("2024", "2025-Q1/Q3")
    assert (only(facts, "28.0%").region, only(facts, "28.0%").metric) == ("南京", "total_compute_capacity")
    assert only(facts, "翻了一番多").qualifier == "gt"


def test_a_national_new_area_is_its_citys_and_a_short_body_is_the_one_written_in_full() -> None:
    facts = facts_of(
        "两江新区管委会副主任刘建平表示，到2026年底，新区智能算力规模将突破10000P。\n"
        "预算案建议向香港人工智能研发院拨款25亿港元。研发院院长邓启贤表示，研发院已启动研究项目46个。\n"
        "曜算科技披露的2025年年报显示，公司归母净亏损6.83亿元，上年同期亏损2.14亿元。一张加速卡的采购价格在12万元左右。",
        "2026-02-26",
    )
    assert only(facts, "10000P").region == "重庆"
    assert only(facts, "46个").cited_source == "香港人工智能研发院"
    assert only(facts, "2.14亿元").period == "2024"
    assert "12万元" not in {f.value_text for f in facts}


def test_a_report_by_a_short_name_cites_its_publisher_in_full_and_hong_kongs_yu_occasion() -> None:
    facts = facts_of(
        "记者近日从中国信息通信研究院（以下简称“中国信通院”）获悉，截至2025年12月底，累计完成算力设备测评2.38万台。\n"
        "中国信通院日前发布的《中国算力发展指数白皮书（2025年）》显示，2025年我国算力核心产业规模约为2.6万亿元。\n"
        "數碼港行政總裁於記者會上表示，超算中心現時算力約為3,000PFLOPS，較市價便宜約三成，目標最少有6家初創上市。"
        "單個數據艙可部署機櫃約90個。薪水開到200萬元都搶不到人。",
        "2026-05-20",
    )
    assert only(facts, "2.6万亿元").cited_source.startswith("中国信息通信研究院 《")
    assert only(facts, "3,000PFLOPS").cited_source == "数码港"
    assert only(facts, "6家").qualifier == "ge"
    assert {f.value_text for f in facts} == {"2.38万台", "2.6万亿元", "3,000PFLOPS", "6家"}


def test_an_institute_met_as_this_institute_a_trust_named_once_in_full_and_a_grants_cap() -> None:
    institute = facts_of(
        "记者近日从中国科学院科学计算创新研究院获悉，该院研制的新一代超级计算系统已上线运行。\n"
        "据该院副院长何景川介绍，系统机房PUE低至1.12。何景川表示，平台累计服务科研用户单位超过1100家。",
        "2026-01-20",
    )
    assert {f.cited_source for f in institute} == {"中国科学院科学计算创新研究院"}
    trust = facts_of(
        "以將軍澳數據中心為主要資產的匯峰數據中心信託（02963）昨日公布中期業績，收入約7.86億港元。\n"
        "中期報告顯示，截至6月底，信託旗下數據中心的總IT容量約186兆瓦。\n"
        "【專欄】數據中心信託：收息新寵還是估值陷阱？\n每個項目的資助額最高為7,000萬港元。",
        "2026-08-14",
    )
    assert only(trust, "186兆瓦").cited_source == "汇峰数据中心信托"
    assert "7,000万港元" not in {f.value_text for f in trust}


def test_racks_counted_in_a_planned_table_row_are_a_target_at_its_month() -> None:
    facts = facts_of(
        "陕西省重点数据中心项目建设情况：秦岭智算中心一期所在地西安市长安区，机架8000个，总投资36.5亿元，建成时间2024年12月。"
        "榆林能源大数据中心所在地榆林市，机架3200个，总投资12.8亿元，建成时间2025年12月（计划）。",
        "2025-07-24",
    )
    assert (only(facts, "8000个").period, only(facts, "8000个").kind) == ("2024-12", "actual")
    assert (only(facts, "3200个").period, only(facts, "3200个").kind) == ("2025-12", "target")
    assert (only(facts, "12.8亿元").period, only(facts, "12.8亿元").kind) == ("2025", "actual")


def test_a_places_computing_centre_is_named_and_a_quantum_machines_make_is_no_figure() -> None:
    facts = facts_of(
        "科技日报合肥1月14日电 记者14日从合肥先进计算中心获悉，该中心“量超融合”计算平台一期已建成投用。"
        "这台量子计算机拥有72个超导量子比特，单比特门平均保真度达99.92%。\n"
        "中心主任方卫东介绍，截至2025年底，中心累计服务用户超过1300家。",
        "2026-01-15",
    )
    assert [f.value_text for f in facts] == ["1300家"]
    assert only(facts, "1300家").cited_source == "合肥先进计算中心"


def test_pues_chinese_name_alone_a_quoted_example_and_a_cloud_adoption_rate() -> None:
    facts = facts_of(
        "到2025年底，全国数据中心整体上架率不低于60%，平均电能利用效率降至1.5以下。\n"
        "负责人告诉记者，“以一座1万P的智算中心计算，仅加速卡采购就需要数十亿元。”\n"
        "许昌规上工业企业上云率达到百分之六十二。",
        "2025-04-09",
    )
    assert only(facts, "1.5").metric == "pue"
    assert "1万P" not in {f.value_text for f in facts}
    assert only(facts, "百分之六十二").measure == "share"


def test_a_change_of_a_noun_hedged_by_a_forecast_word_is_that_nouns() -> None:
    facts = facts_of("目前公司训练集群规模已超过8000卡，今年营收预计增长超过200%。", "2025-06-01")
    assert only(facts, "200%").subject == "营收预计增长"


def test_a_ministrys_department_is_cited_with_the_ministry_its_title_names() -> None:
    facts = facts_of(
        "发布人：工业和信息化部新闻发言人、信息通信发展司司长韩启明\n"
        "韩启明介绍，截至9月末，全国在用算力中心标准机架达到1060万架。\n"
        "香港财政司司长表示，政府已预留30亿港元。",
        "2025-10-22",
    )
    assert only(facts, "1060万架").cited_source == "工业和信息化部信息通信发展司"
    assert only(facts, "30亿港元").cited_source == "香港财政司"


def test_a_message_boards_reply_is_its_replying_units_and_hearsay_is_no_figure() -> None:
    facts = facts_of(
        "网友“运河边的码农”留言：\n"
        "听说区里的智算中心去年就建好了，但有朋友说里面的机柜上架率只有三成，很多算力闲着。\n"
        "回复单位：杭州市余杭区数据资源管理局　　回复时间：2026-06-09 16:20\n"
        "回复内容：\n"
        "截至今年5月底，一期机架上架率约为76%，网上流传的“上架率只有三成”的说法与实际情况不符。",
        "2026-06-10",
    )
    assert [f.value_text for f in facts] == ["76%"]
    assert facts[0].cited_source == "杭州市余杭区数据资源管理局"


def test_a_results_announcement_with_its_listing_and_clock_cites_the_company() -> None:
    facts = facts_of(
        "云计算服务商沧澜智云（NASDAQ：CLZY；HKEX：02698）于北京时间8月20日晚间公布截至2025年6月30日的第二季度"
        "未经审计财务报告。财报显示，第二季度公司实现总营收86.4亿元，同比增长23.6%。"
        "公司自研的推理加速框架已将单卡吞吐量提升约40%。",
        "2025-08-21",
    )
    assert only(facts, "86.4亿元").cited_source == "沧澜智云"
    assert only(facts, "86.4亿元").region == "CN"  # (北京时间 is a clock, no place)
    assert "40%" not in {f.value_text for f in facts}


def test_he_after_a_semicolon_is_the_one_the_sentence_named_though_no_figure_came_between() -> None:
    facts = facts_of(
        "据财联社不完全统计，今年以来已有至少12家公司披露海外算力合同。\n"
        "国晟证券计算机行业首席分析师丁一鸣指出，东南亚单卡时租金较国内高出约15%-25%，回款相对有保障；"
        "他预计，到2028年，中资企业在印尼的算力中心累计投资有望突破80亿美元。",
        "2026-08-14",
    )
    assert only(facts, "80亿美元").cited_source == "国晟证券"


def test_we_in_a_bodys_own_reply_is_that_body_and_a_time_saying_which_things_yields_to_the_stocks_date() -> (
    None
):
    facts = facts_of(
        "网友“甬江边的程序员”留言：\n听说市里发了算力券，但有朋友说很难申请，想请问今年发了多少。\n"
        "回复单位：宁波市数据局　　回复时间：2025-09-10 16:32　　办理方式：书面答复\n"
        "回复内容：\n"
        "我局会同市财政局于2024年6月印发《宁波市算力券管理办法（试行）》（以下简称《办法》），对企业给予补助。"
        "2024年，全市累计发放算力券4860万元，惠及企业137家。\n"
        "截至8月底，今年的算力券已兑付6730万元，惠及企业214家。",
        "2025-09-10",
    )
    assert only(facts, "4860万元").cited_source.startswith("宁波市数据局")
    assert only(facts, "6730万元").period == "2025-08-31"
    assert only(facts, "6730万元").subject == "算力券已兑付"


def test_names_cited_short_or_with_what_they_did_are_cited_as_the_body() -> None:
    facts = facts_of(
        "電源供應器大廠康碩電源 (6812-TW) 今(6)日召開法說會。康碩表示，AI相關電源產品占營收比重達46%。\n"
        "研調機構宇鼎研究預估，台灣資料中心託管市場規模今年可望達新台幣1,080億元。\n"
        "台電昨（11）日赴立法院經濟委員會提出「AI產業用電需求評估」專案報告指出，國內資料中心用電量將增至民國119年的約128億度。\n"
        "啟用禮由創科局局長潘志遠主禮。潘志遠透露，政府已預留30億元延續計劃。",
        "2026-05-12",
    )
    assert only(facts, "46%").cited_source == "康硕电源"
    assert only(facts, "1,080亿元").cited_source == "宇鼎研究"
    assert only(facts, "128亿度").cited_source == "台电"
    assert only(facts, "30亿元").cited_source == "创科局"


def test_a_quarters_results_announced_date_the_paragraphs_after_that_name_no_time() -> None:
    facts = facts_of(
        "美股上市公司云途集团（NASDAQ：YTG）今日公布了截至2025年9月30日的第三季度未经审计财报。"
        "财报显示，云途集团第三季度总营收为人民币312.6亿元。\n"
        "其中，智能云业务收入达到86.5亿元，同比增长42%。",
        "2025-11-20",
    )
    assert only(facts, "86.5亿元").period == "2025-Q3"


def test_a_reporters_visit_is_no_centres_name_and_an_exchange_rate_is_no_figure() -> None:
    facts = facts_of(
        "国家超级计算西安中心完成智能化升级。\n记者在中心机房看到，一排排机柜整齐排列。\n"
        "中心提供的数据显示，截至10月底，中心累计服务用户超过2600家。\n"
        "按1美元兑7.12元人民币计算，这一数字仅相当于美国四大云巨头同期规模的零头。",
        "2025-11-18",
    )
    assert only(facts, "2600家").cited_source == "国家超级计算西安中心"
    assert [f.value_text for f in facts] == ["2600家"]


def test_short_bodies_declared_or_glossed_are_cited_in_full_and_vague_or_class_sizes_are_no_figures() -> None:
    facts = facts_of(
        "记者6月17日从贵州贵安新区管理委员会（以下简称“贵安新区管委会”）获悉，截至5月底，贵安新区在用标准机架约32万架。\n"
        "贵安新区党工委委员、管委会副主任陈立军介绍，新区已建成多个10万千瓦级数据中心和万卡级集群，总投资上百亿元。"
        "陈立军说，截至5月底，新区数据中心平均上架率约为78%。\n"
        "國際能源總署（IEA）4日發布最新《能源與AI》年度報告。報告指出，美國資料中心用電約為176太瓦時。",
        "2025-06-18",
    )
    assert [f.value_text for f in facts] == ["32万架", "78%", "176太瓦时"]
    assert only(facts, "78%").cited_source == "贵州贵安新区管理委员会"
    assert only(facts, "176太瓦时").cited_source.startswith("国际能源总署")


def test_a_bodys_statistics_published_are_its_own_and_a_change_on_the_year_in_units_is_a_change() -> None:
    facts = facts_of(
        "【本報消息】郵電局昨日（十日）公布二〇二五年本澳電信服務統計數據。截至去年底，全澳5G基站數目約2,050個，按年增加216個。",
        "2026-02-11",
    )
    assert {f.cited_source for f in facts} == {"邮电局"}
    assert (only(facts, "216个").measure, only(facts, "216个").metric) == ("growth_yoy", "base_stations_5g")


def test_papers_a_bureau_submits_are_its_own_and_a_professor_speaks_for_his_department() -> None:
    facts = facts_of(
        "標籤：數碼港　人工智能　超算中心　立法會　創新科技及工業局\n"
        "創新科技及工業局（創科局）昨日（11日）向立法會資訊科技及廣播事務委員會提交文件，交代超算中心的最新進展。"
        "文件顯示，中心整體算力已擴展至目前約3,000PFLOPS。\n"
        "文件又指，政府推出的「人工智能資助計劃」截至3月底已批出41個項目。\n"
        "香港科技大學電子及計算機工程學系教授梁啟航接受《香港01》查詢時表示，未來三年本港算力需求或增長3至4倍。",
        "2026-05-12",
    )
    assert only(facts, "3,000PFLOPS").cited_source == "创新科技及工业局"
    assert only(facts, "41个").cited_source == "创新科技及工业局"
    assert only(facts, "3至4倍").cited_source == "香港科技大学电子及计算机工程学系"


def test_a_ministry_proposing_a_years_figures_sets_targets() -> None:
    facts = facts_of(
        "工业和信息化部等部门提出，到2027年，我国算力总规模超过450EFLOPS，智能算力占比达到60%以上。",
        "2026-04-22",
    )
    assert {f.kind for f in facts} == {"target"}


def test_an_investor_record_titled_with_the_filers_short_name_is_the_companys() -> None:
    facts = facts_of(
        "瀚澜数据科技股份有限公司投资者关系活动记录表\n二、交流问答\n1、问：请介绍公司目前的机柜规模。\n"
        "答：截至2025年9月末，公司累计运营机柜约3.45万个。",
        "2025-11-06",
        title="瀚澜数据：2025年11月4日投资者关系活动记录表",
    )
    assert only(facts, "3.45万个").cited_source.startswith("瀚澜数据")


def test_a_numbered_list_a_paragraph_introduces_keeps_its_time_and_source() -> None:
    facts = facts_of(
        "亿欧智库统计，截至2025年底，全国第三方智算服务商运营的智能算力约为21.4万P。以下为榜单前十名：\n"
        "1. 天穹智算：运营智能算力约2.86万P，市场份额13.4%。客户以头部大模型企业为主。\n"
        "2. 澜峰云：运营智能算力约2.31万P，市场份额10.8%。",
        "2026-04-21",
    )
    for value_text in ("2.86万P", "13.4%", "2.31万P", "10.8%"):
        assert (only(facts, value_text).period, only(facts, value_text).cited_source) == (
            "2025-12-31",
            "亿欧智库",
        )


def test_he_speaking_on_an_occasion_is_the_head_the_text_named_before() -> None:
    facts = facts_of(
        "【明報專訊】財政司司長昨日（26日）發表新一份財政預算案，人工智能成為「拚經濟」的重點。"
        "他在預算案演辭中表示，政府會預留10億港元成立「香港人工智能研發院」。",
        "2025-02-27",
    )
    assert only(facts, "10亿港元").cited_source == "财政司"


def test_who_came_to_a_meeting_is_no_figure() -> None:
    for text in (
        "参与单位名称及人员：中金公司 杨*、申万宏源 何*等，共计52家机构、71人（排名不分先后）",
        "本次特定对象调研共接待投资者38人。",
    ):
        assert facts_of("瀚澜数据：投资者关系活动记录表\n" + text, "2025-11-06") == [], text
    # who took part in a test or a filing is counted as a figure of its own
    kept = facts_of("今年参与测评的企业达到412家，较上年同期增加137家。", "2025-11-06")
    assert [f.value_text for f in kept] == ["412家", "137家"]


def test_a_rate_compared_with_a_time_before_is_that_times_rate() -> None:
    facts = facts_of(
        "公司表示，第三季度智算业务收入同比增长41%，增速较上一季度的34%进一步加快。", "2025-11-01"
    )
    assert (only(facts, "34%").measure, only(facts, "34%").period) == ("growth_yoy", "2025-Q2")
    facts = facts_of("今年上半年，全省数字经济核心产业增加值增长12.5%，高于去年同期的9.8%。", "2025-08-01")
    assert (only(facts, "9.8%").measure, only(facts, "9.8%").period) == ("growth_yoy", "2024-H1")
    facts = facts_of(
        "10月，全国5G基站占移动基站总数的比重为39.0%，较上月的38.1%提高0.9个百分点。", "2025-11-20"
    )
    assert (only(facts, "38.1%").measure, only(facts, "38.1%").period) == ("share", "2025-09")


def test_an_ordinal_inside_a_word_is_no_rank() -> None:
    facts = facts_of(
        "截至2025年底，全国第三方智算服务商运营的智能算力约为21.4万P，全国第一批试点名单同时公布，"
        "该省智能算力位居全国第十二位。",
        "2026-04-21",
    )
    assert [f.value_text for f in facts] == ["21.4万P", "全国第十二位"]
    assert only(facts, "21.4万P").subject.startswith("全国第三方")


def test_a_list_items_label_names_whose_figures_it_gives() -> None:
    facts = facts_of(
        "亿欧智库统计，截至2025年底，第三方智算服务商运营的智能算力约为21.4万P。以下为榜单前十名：\n"
        "1. 天穹智算：运营智能算力约2.86万P，市场份额13.4%。\n"
        "2. 澜峰云：运营智能算力约2.31万P，市场份额10.8%。",
        "2026-04-21",
    )
    assert [only(facts, v).subject for v in ("2.86万P", "13.4%", "10.8%")] == [
        "天穹智算 运营智能算力",
        "天穹智算 市场份额",
        "澜峰云 市场份额",
    ]
    assert only(facts, "2.86万P").metric == "ai_compute_capacity"


def test_a_headings_noun_before_a_verb_of_reckoning_is_nobody() -> None:
    facts = facts_of("项目概况如下。\n5、投资估算：项目总投资约12亿元。", "2026-04-21")
    assert (only(facts, "12亿元").cited_source, only(facts, "12亿元").metric) == (
        None,
        "computing_centre_investment",
    )


def test_a_report_named_without_its_title_is_the_one_the_next_report_words_cite() -> None:
    facts = facts_of(
        "美国智库“前沿科技政策研究所”（Frontier Technology Policy Institute）本月发布的报告估算，"
        "截至2025年底，美国掌握的高端AI加速芯片约为1450万颗。\n"
        "总部设在新加坡的智库亚洲数字治理研究院（ADGI）本月初发布的报告，则从全球视角比较了中美两国的智能算力。"
        "报告估算，2025年全球智能算力中，美国约占48%，位居第一；中国约占27%，居第二位。",
        "2026-07-22",
    )
    assert only(facts, "1450万颗").cited_source == "前沿科技政策研究所"
    assert {f.cited_source for f in facts if f.value_text != "1450万颗"} == {"亚洲数字治理研究院"}
    # a rank after a share is its holder's
    assert [(f.value_text, f.region) for f in facts if f.unit == "rank"] == [
        ("位居第一", "US"),
        ("居第二位", "CN"),
    ]


def test_a_share_after_a_rank_is_the_ranked_ones() -> None:
    facts = facts_of(
        "截至2025年6月底，我国算力总规模位居全球第二，占全球的比重约为27%；美国仍居全球首位，占比约三成四。",
        "2025-09-24",
    )
    assert (only(facts, "27%").region, only(facts, "三成四").region) == ("CN", "US")


def test_a_figure_compared_with_borrows_what_the_clause_before_measured() -> None:
    facts = facts_of(
        "华盛顿智库“大西洋科技评估中心”预计，到2027年，美国AI数据中心的电力需求将达到约68吉瓦，远高于2025年的约29吉瓦。",
        "2026-07-22",
    )
    assert (only(facts, "29吉瓦").metric, only(facts, "29吉瓦").cited_source) == (
        "data_centre_power",
        "大西洋科技评估中心",
    )


def test_brokers_views_and_foreign_brokers_unnamed() -> None:
    facts = facts_of(
        "亞系外資東陽證券則看好 AI ASIC 的成長動能，預估明年全球 ASIC 加速器出貨量將達約 420 萬顆。外資預估，明年AI伺服器出貨將成長約3成。",
        "2025-12-10",
    )
    assert (only(facts, "420万颗").cited_source, only(facts, "3成").cited_source) == ("东阳证券", None)


def test_a_tested_companys_head_and_pronoun_speak_for_it() -> None:
    facts = facts_of(
        "後段封測廠也積極卡位。CoWoS 測試廠宏昱封測 (6788-TW) 總經理林志衡日前於法說會上表示，今年 CoWoS 相關測試營收占比已達約 35%，"
        "公司規劃明年將後段測試產能擴增約 5 成。林志衡也預估，明年營收可望年增 3 到 4 成。\n"
        "中国信息通信研究院云计算与大数据研究所副所长周立言在主旨演讲中表示，2025年我国算力核心产业规模达到2.72万亿元。"
        "他还披露，截至今年6月底，我国日均Token调用量已突破90万亿。",
        "2025-12-10",
    )
    assert {only(facts, v).cited_source for v in ("35%", "5成", "3到4成")} == {"宏昱封测"}
    assert only(facts, "5成").measure == "growth_yoy"
    assert only(facts, "90万亿").cited_source == "中国信息通信研究院云计算与大数据研究所"


def test_shang_nian_is_the_year_before_the_one_talked_about() -> None:
    facts = facts_of(
        "骏算科技2024年年报显示，公司去年实现营业收入17.58亿元。其中，算力租赁业务收入占营业收入的比重由上年的31.5%提升至52.4%。",
        "2025-06-18",
    )
    assert (only(facts, "31.5%").period, only(facts, "52.4%").period) == ("2023", "2024")


def test_a_bare_new_area_and_a_kinds_part_of_the_worlds_total() -> None:
    facts = facts_of(
        "和林格尔新区算力产业加快发展，和林格尔新区已建成投运标准机架26万架。\n"
        "据内蒙古电力集团呼和浩特供电公司统计，1—7月，新区数据中心用电量约为46.8亿千瓦时。",
        "2026-08-19",
    )
    assert only(facts, "46.8亿千瓦时").region == "和林格尔"
    facts = facts_of("研调机构晶观产研预估，今年AI服务器占全球服务器出货比重将升至约18%。", "2026-03-11")
    assert only(facts, "18%").region == "GLOBAL"


def test_a_report_quoting_others_still_speaks_for_its_publisher() -> None:
    facts = facts_of(
        "华岳证券计算机团队1月13日发布行业深度报告称，智算中心建设进入新一轮高峰期。\n"
        "报告援引IDC数据称，2025年我国智能算力规模约为1,086EFLOPS。\n"
        "报告预计，2025年全球800G及以上高速光模块出货量约为2,350万只，2026年将超过3,800万只。",
        "2026-01-14",
    )
    assert only(facts, "1,086EFLOPS").cited_source == "IDC"
    assert (only(facts, "2,350万只").cited_source, only(facts, "2,350万只").kind) == ("华岳证券", "forecast")
    # the base a forecast is compared with stands as it is
    kept = facts_of(
        "周报预计，2026年国内新增智能算力规模将超过300EFLOPS，较2025年的约180EFLOPS增长逾六成。", "2026-09-21"
    )
    assert only(kept, "180EFLOPS").kind == "actual"


def test_money_committed_and_a_take_up_rate_beside_a_completion_to_come() -> None:
    facts = facts_of(
        "匯德數據行政總裁譚家駿表示，集團位於將軍澳的第三座數據中心預計今年第三季落成，IT容量約48兆瓦，"
        "總投資約36億港元，目前預租率約七成。",
        "2026-02-05",
    )
    assert (only(facts, "36亿港元").kind, only(facts, "36亿港元").period) == ("actual", "2026")
    assert (only(facts, "七成").measure, only(facts, "七成").metric) == ("share", None)


def test_re_exports_contracted_capacity_caps_and_quoted_size_classes() -> None:
    facts = facts_of(
        "轉口貿易方面，政府統計處數字顯示，去年本港轉口至內地的集成電路貨值約1.86萬億港元。", "2026-02-05"
    )
    assert only(facts, "1.86万亿港元").region == "HK"
    facts = facts_of(
        "台電指出，截至今年2月底，已核准供電的資料中心案件共71件，契約容量合計約236萬瓩；另有34件申請仍在審查中。",
        "2026-03-05",
    )
    assert (only(facts, "236万瓩").metric, only(facts, "34件").metric) == ("data_centre_power", None)
    for text in (
        "按計劃安排，獲批項目的資助額最高為算力開支的七成，餘下部分由申請機構自行承擔。",
        "分析师强调，智算中心正在从“万卡”向“十万卡”规模演进。",
    ):
        assert facts_of(text, "2026-01-14") == [], text


def test_a_projects_unnamed_head_is_nobody_cited() -> None:
    facts = facts_of(
        "粤北云岭智算中心一期已于今年3月正式投产。项目负责人介绍，该中心二期计划今年底前建成，届时将新增智能算力3000P。",
        "2025-05-20",
    )
    assert only(facts, "3000P").cited_source is None


def test_a_companys_results_report_and_announcement_titles_are_the_company() -> None:
    facts = facts_of(
        "澜算科技股份有限公司关于签订日常经营重大合同的公告：公司全资子公司于2026年4月22日签订合同，合同总金额约18.6亿元。\n"
        "公司同日披露的2025年年度报告显示，报告期内公司实现营业收入29.8亿元，同比增长46.1%。\n"
        "公司2026年第一季度报告显示，一季度公司实现营业收入8.74亿元。",
        "2026-04-23",
    )
    assert {f.cited_source for f in facts} == {"澜算科技股份有限公司"}
    facts = facts_of(
        "3月20日晚间，华宸移动（00981.HK/600981.SH）发布2024年度业绩。财报显示，2024年公司实现营业收入10,652亿元。",
        "2025-03-21",
    )
    assert only(facts, "10,652亿元").cited_source == "华宸移动"


def test_taiwan_fiscal_years_compared_and_as_of_a_month() -> None:
    facts = facts_of(
        "國科會表示，116年度國網中心算力建置相關預算編列新台幣68.7億元，較115年度的約新台幣52.4億元增加約31%。"
        "國網中心115年度算力相關計畫截至6月底的預算執行率約為46%。",
        "2026-08-20",
    )
    assert [only(facts, v).period for v in ("68.7亿元", "52.4亿元", "46%")] == ["2027", "2026", "2026-06-30"]


def test_a_span_of_years_and_a_half_listed_share_out_their_figures() -> None:
    facts = facts_of(
        "招股书显示，2022年至2024年及2025年上半年（以下简称“报告期”），澜曜科技营业收入分别为1.42亿元、5.87亿元、"
        "14.36亿元和9.21亿元。",
        "2025-12-09",
    )
    assert [f.period for f in facts] == ["2022", "2023", "2024", "2025-H1"]


def test_sources_met_on_site_in_teams_and_in_papers_to_the_legislature() -> None:
    facts = facts_of(
        "中国科学院计算技术研究所研究员李明哲团队对全国58个公共智算中心开展的持续监测显示，今年一季度，"
        "这些智算中心的智能算力平均利用率约为37.5%。\n"
        "某中部省份要求新建智算中心项目须提前锁定算力使用意向，并对已建成项目开展利用率评估，对低效项目暂停新增能耗指标。"
        "今年全国智能算力平均利用率有望回升至45%左右。",
        "2026-06-24",
    )
    assert only(facts, "37.5%").cited_source == "中国科学院计算技术研究所"
    assert only(facts, "45%").cited_source != "并对已建成项目开展利用率"
    facts = facts_of(
        "創新科技及工業局（創科局）前日（2日）向立法會資訊科技及廣播事務委員會提交文件，交代數碼港人工智能超算中心的運作情況。"
        "文件顯示，中心現時整體算力約3,600PFLOPS。",
        "2026-03-04",
    )
    assert only(facts, "3,600PFLOPS").cited_source == "创新科技及工业局"
    facts = facts_of(
        "走进中心机房，一排排机柜整齐排列。现场工程师介绍，中心新建机房采用液冷技术。\n"
        "“算力就是新的生产力。”该负责人表示，一汽智能计算中心三期项目计划总投资约9.8亿元。",
        "2025-06-18",
    )
    assert only(facts, "9.8亿元").cited_source != "现场"


def test_he_forecasting_after_a_paragraphs_speaker_is_that_speaker() -> None:
    facts = facts_of(
        "从产业端看，工业和信息化部数据显示，1—7月，我国规模以上电子信息制造业增加值同比增长11.2%。\n"
        "IDC中国企业级研究部研究经理郭睿表示，大模型推理需求的爆发正在重塑服务器市场结构。他预计，2025年全年中国服务器"
        "市场规模将达到约480亿美元；到2029年，市场规模有望突破950亿美元。",
        "2025-09-10",
    )
    assert (only(facts, "480亿美元").cited_source, only(facts, "950亿美元").cited_source) == ("IDC", "IDC")


def test_a_columns_items_are_stories_of_their_own() -> None:
    facts = facts_of(
        "公司動向：雲啟科技純利倒退\n"
        "■雲啟科技純利倒退12.3%\n"
        "雲啟科技（01863）公布截至2025年12月31日止全年業績，收入28.4億港元；股東應佔溢利3.05億港元，按年倒退12.3%。"
        "集團表示，期內人工智能算力服務收入佔總收入約34%。\n"
        "■星匯算力配股淨籌6.75億\n"
        "星匯算力（02396）公告，以每股2.15元配售3.2億股新股，相當於擴大後股本約16.7%。集資淨額約6.75億港元，擬將約七成用於擴建智算中心。",
        "2026-03-27",
    )
    assert only(facts, "12.3%").value == -12.3
    assert only(facts, "34%").cited_source == "云启科技"
    assert only(facts, "6.75亿港元").period == "2026"
    assert [f.value_text for f in facts if f.value_text in ("16.7%", "七成")] == []


def test_a_centres_operations_head_and_the_centre_named_in_full() -> None:
    facts = facts_of(
        "武汉人工智能计算中心三期日前投入运营，新增智能算力1000P。研发楼和展示中心同步启用。\n"
        "中心运营负责人彭子昂介绍，目前中心算力使用率保持在90%以上。\n"
        "彭子昂说，今年1—4月，中心算力服务收入约1.36亿元，同比增长约55%。",
        "2025-05-30",
    )
    assert {only(facts, v).cited_source for v in ("90%", "1.36亿元")} == {"武汉人工智能计算中心"}


def test_the_year_foreseen_after_a_year_stated_spans_a_compound_rate() -> None:
    facts = facts_of(
        "据弗若斯特沙利文数据，2024年中国AI算力基础设施软件及运营服务市场规模约为46亿元，预计2029年将达到310亿元，"
        "年均复合增长率约47%。\n“过去一年，行业最大的变化是从‘抢卡’变成了‘用好卡’。”顾承泽说。\n"
        "谈及全年，顾承泽预计，穹衡智算全年营收有望突破11亿元。",
        "2025-11-05",
    )
    assert only(facts, "47%").period == "2024/2029"
    assert only(facts, "11亿元").period == "2025"


def test_the_quarter_a_quarterly_report_is_of() -> None:
    facts = facts_of(
        "其中，启云集团（09871.HK）10月30日晚间披露的三季报显示，公司当季资本开支为318亿元，同比增长1.2倍。",
        "2025-11-03",
    )
    assert {f.period for f in facts} == {"2025-Q3"}


def test_macau_government_plans_and_an_official_going_on() -> None:
    facts = facts_of(
        "行政公職局局長黃思敏在儀式上致辭。\n"
        "她續說，截至今年3月底，現有政府雲數據中心機櫃約520個，上架率約八成二。\n"
        "根據特區政府去年底公布的《澳門特別行政區電子政務發展規劃（二○二六至二○二八年）》，到二○二八年，"
        "政府雲機櫃總數達到1,800個左右。",
        "2026-04-16",
    )
    assert only(facts, "520个").cited_source == "行政公职局"
    assert only(facts, "1,800个").cited_source.startswith("澳门特别行政区政府 《")


def test_a_plan_after_a_listed_figure_and_a_holder_before_its_market() -> None:
    facts = facts_of(
        "1.陇东云谷智算中心项目。项目总投资约48亿元，规划建设标准机架8000架、智能算力1.5万P，计划于2027年底前全部建成。",
        "2026-05-20",
    )
    assert (only(facts, "8000架").kind, only(facts, "8000架").period) == ("target", "2027-12-31")
    facts = facts_of(
        "報告並統計，去年台灣業者在全球先進封裝產能的市占率約達75%，排名全球第一。", "2026-01-21"
    )
    assert only(facts, "75%").region == "TW"


def test_a_paragraph_opening_with_its_company_is_that_companys() -> None:
    facts = facts_of(
        "华曜数据（688652）等公司同期也公布了半年报。\n"
        "润算科技是其中的代表。公司半年报显示，上半年实现归属于上市公司股东的净利润4.12亿元，同比增长71.4%。",
        "2026-09-02",
    )
    assert only(facts, "4.12亿元").cited_source == "润算科技"


def test_a_span_of_quarters_shares_out_quarter_by_quarter() -> None:
    facts = facts_of(
        "陳怡如指出，去年第1季至第4季營收分別為122.4億元、139.8億元、158.1億元及171.5億元，逐季創高。",
        "2026-05-08",
    )
    assert [f.period for f in facts] == ["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"]
    # 前三季度 is one span, its companies listed (not quarters)
    facts = facts_of(
        "前三季度，云栖智源、深澜科技、万象模型三家企业分别实现营业收入18.6亿元、12.4亿元和7.9亿元。",
        "2025-11-20",
    )
    assert {f.period for f in facts} == {"2025-Q1/Q3"}


def test_a_building_forecasting_is_no_source() -> None:
    facts = facts_of(
        "冠岳數據董事長林正豪表示，公司第三座資料中心已於今年7月啟用；位於台中的第四座資料中心預計2027年完工，IT容量約160MW。",
        "2025-09-24",
    )
    assert only(facts, "160MW").cited_source == "冠岳数据"


def test_a_record_over_the_years_keeps_its_month() -> None:
    facts = facts_of("11月出口值達631.5億美元，創歷年同月新高，年增41.7%。", "2025-12-09")
    assert only(facts, "41.7%").period == "2025-11"


def test_a_monthly_release_dates_the_sentences_that_name_no_time() -> None:
    facts = facts_of(
        "（中央社記者江品蓉台北9日電）財政部今天發布民國114年11月海關進出口貿易統計，11月出口值達631.5億美元。\n"
        "林佩君說明，以主要貨品觀察，資通與視聽產品出口321.7億美元，年增76.4%。",
        "2025-12-09",
    )
    assert (only(facts, "321.7亿美元").period, only(facts, "76.4%").period) == ("2025-11", "2025-11")


def test_a_papers_desk_learning_from_a_firm_cites_the_firm_and_its_analyst() -> None:
    facts = facts_of(
        "证券时报·e公司记者从国际数据公司（IDC）获悉，IDC日前发布的《中国半年度液冷服务器市场（2025上半年）跟踪》"
        "报告显示，2025年上半年，中国液冷服务器市场规模为15.2亿美元。IDC中国服务器研究经理许哲宇表示，"
        "“目前液冷在国内新建智算中心项目中的渗透率已超过40%”。\n"
        "对于下半年的市场走势，许哲宇表示，液冷服务器出货有望继续保持较快增长，IDC预计2025年全年中国液冷服务器出货量将超过25万台。",
        "2025-09-16",
    )
    assert only(facts, "15.2亿美元").cited_source.startswith("国际数据公司 《")
    assert {only(facts, "40%").cited_source, only(facts, "25万台").cited_source} == {"国际数据公司"}


def test_subsidy_terms_a_worked_example_and_a_servers_power_are_no_figures() -> None:
    facts = facts_of(
        "对使用国产算力的项目，最高可按合同金额的50%给予支持，单个企业每年最高500万元。"
        "单台AI服务器的功耗已从过去的几千瓦提升到十千瓦以上。“以一座10兆瓦的智算中心测算，液冷方案每年可节省电费数百万元。”",
        "2026-04-22",
    )
    assert facts == []
    # a chip's power as the cause of a change is no rating of the number
    facts = facts_of(
        "IDC还预计，随着单芯片功耗继续提升，到2029年，浸没式液冷服务器在液冷服务器出货量中的占比将提升至15%左右。",
        "2025-09-16",
    )
    assert (only(facts, "15%").period, only(facts, "15%").kind) == ("2029", "forecast")


def test_a_committees_short_name_and_figures_listed_before_their_plan() -> None:
    facts = facts_of(
        "【本报消息】科技委员会（科技委）昨日举行全体会议。科技委副主席梁国辉会后向传媒表示，特区政府今年为数字基建预留约9.6亿澳门元。\n"
        "何志明表示，首期600个机柜、电力容量8,000千瓦预计明年第三季投入运营。",
        "2025-11-20",
    )
    assert only(facts, "9.6亿澳门元").cited_source == "科技委员会"
    assert {(f.period, f.kind) for f in facts if f.value_text in ("600个", "8,000千瓦")} == {
        ("2026-Q3", "forecast")
    }


def test_public_records_cite_nobody_and_the_said_head_speaks_again() -> None:
    facts = facts_of(
        "澜汐科技相关负责人在接受记者采访时表示，公司在手算力服务订单金额累计超过42亿元。\n"
        "公开资料显示，澜汐科技早年以企业级网络设备起家。上述负责人介绍，截至6月底，公司在各地运营的智能算力合计约9800P。",
        "2025-07-09",
    )
    assert only(facts, "9800P").cited_source == "澜汐科技"


def test_a_us_companys_fiscal_quarters_its_results_and_its_home() -> None:
    facts = facts_of(
        "美国芯片巨头英伟达（NASDAQ：NVDA）于北京时间5月28日凌晨公布截至2026年4月26日的2027财年第一财季未经审计财务报告。"
        "财报显示，当季英伟达实现营收781.6亿美元，同比增长77%。\n"
        "中国市场的表现则与整体形成鲜明反差。财报显示，当季英伟达来自中国市场（含香港）的营收约为31.6亿美元。\n"
        "英伟达近四个财季来自中国市场的营收：2026财年第二财季截止日期2025年7月27日，营收29.7亿美元。\n"
        "财报显示，在截至2026年1月25日的2026财年，英伟达因H20对华销售受限累计计提的减值约为52亿美元。",
        "2026-05-28",
    )
    revenue = only(facts, "781.6亿美元")
    assert (revenue.period, revenue.region, revenue.cited_source) == ("2026-02/2026-04", "US", "英伟达")
    china = only(facts, "31.6亿美元")
    assert (china.period, china.region, china.cited_source) == ("2026-02/2026-04", "CN", "英伟达")
    assert only(facts, "29.7亿美元").period == "2025-05/2025-07"
    assert only(facts, "52亿美元").period == "2025-02/2026-01"


def test_figures_of_works_opened_on_a_day_are_that_months() -> None:
    facts = facts_of(
        "记者11月5日从重庆高新区管委会获悉，金凤智算中心二期已于10月28日正式投运，新增智能算力2000P。\n"
        "6月18日，总投资约52亿元的敕勒川智算中心二期项目正式投运，新增智能算力6000P。\n"
        "9月10日，总投资360亿元的项目开工建设，建成后将新增算力3000P。",
        "2025-11-06",
    )
    assert {only(facts, v).period for v in ("2000P", "52亿元", "6000P")} == {"2025-10", "2025-06"}
    assert only(facts, "6000P").period == "2025-06"
    assert (
        only(facts, "360亿元").period == "2025"
    )  # a start of works dates the event, the money is the year's


def test_a_planned_sums_share_its_change_and_a_plan_by_year() -> None:
    facts = facts_of(
        "三家公司2026年算力投资计划合计约890亿元，同比增长约18%，占资本开支的比重升至32.8%。\n"
        "华信移动表示，2026年公司算力投资计划约420亿元，占资本开支的比重约为30%，较2025年提升约5个百分点。\n"
        "联拓通信年报显示，2025年公司算力投资为128亿元。公司计划2026年算力投资150亿元至170亿元。",
        "2026-03-26",
    )
    assert {only(facts, v).kind for v in ("32.8%", "30%", "5个百分点", "150亿元至170亿元")} == {"target"}
    assert only(facts, "128亿元").kind == "actual"


def test_ranks_listed_in_order_by_country_and_a_breakdown_by_country() -> None:
    facts = facts_of(
        "《报告》显示，2024年全球算力总规模达到2,960EFLOPS，同比增长43%。\n"
        "分国家看，美国、中国算力规模分别占全球的34%和28%，分列全球第一和第二位。",
        "2025-10-16",
    )
    assert [(f.value_text, f.region, f.period) for f in facts if f.unit == "rank"] == [
        ("全球第一", "US", "2024"),
        ("第二位", "CN", "2024"),
    ]


def test_the_whole_year_after_a_plans_year_and_a_place_named_future() -> None:
    facts = facts_of(
        "市经信局局长陈海峰表示，到2027年，全市规上人工智能核心产业营业收入力争突破5000亿元。"
        "他预计，全年全市算力券兑付金额有望超过4亿元。\n"
        "1—8月，未来科技城人工智能小镇规上企业实现产值约312亿元，同比增长19.6%。",
        "2025-09-23",
    )
    assert (only(facts, "4亿元").period, only(facts, "4亿元").kind) == ("2025", "forecast")
    assert only(facts, "312亿元").kind == "actual"


def test_how_shares_are_sold_a_market_value_and_a_trade_surplus() -> None:
    facts = facts_of(
        "瀚穹智算（02677）今日起招股，计划发行1.05亿股H股，其中10%于香港公开发售，集资约25.3亿至28.6亿港元。"
        "公司引入5名基石投资者，合共认购约1.2亿美元股份。一间中资券商预留约5亿港元孖展额度。"
        "以招股价上限计，公司市值约176亿港元。",
        "2026-06-22",
    )
    assert [f.value_text for f in facts] == ["25.3亿至28.6亿港元"]
    facts = facts_of(
        "財政部統計處昨（7）日公布10月海關進出口貿易統計，10月出口金額達596.3億美元，出超193.5億美元。\n"
        "從主要貨品觀察，資通與視聽產品出口318.2億美元，年增96.4%。",
        "2025-11-08",
    )
    assert only(facts, "193.5亿美元").qualifier == "eq"
    assert only(facts, "318.2亿美元").period == "2025-10"


def test_leverage_batches_frequencies_and_teams_are_no_figures() -> None:
    facts = facts_of(
        "邢立新给记者算了一笔账：“东数西算”项目每1元直接投资，平均可带动约5元的相关投资。"
        "2024年，8个枢纽节点数据中心用电量约为1,120亿千瓦时。去年底，首批7个国家数据标注基地正式挂牌。"
        "公司每周组织两次、每次3小时的专项培训，她带着一个12人的小组。",
        "2025-09-16",
    )
    assert [f.value_text for f in facts] == ["1,120亿千瓦时"]


def test_a_body_announcing_its_figures_the_day_before_is_their_source() -> None:
    facts = facts_of(
        "【明报专讯】数码港昨日（15日）公布人工智能超算中心最新营运数据。截至今年3月底，中心整体算力约为3,400PFLOPS。",
        "2026-04-16",
    )
    assert only(facts, "3,400PFLOPS").cited_source == "数码港"


def test_a_bare_quarter_after_next_years_and_the_change_of_a_stock_counted_after_a_flow() -> None:
    facts = facts_of(
        "國網中心表示，這套系統預計明年第3季完成建置、第4季正式上線服務，屆時AI算力可達約1,450PFLOPS。",
        "2025-10-16",
    )
    assert only(facts, "1,450PFLOPS").period == "2026-Q4"
    facts = facts_of(
        "截至2025年底，全省累计建成开通5G基站31.4万个，全年新增4.6万个，主城区实现5G网络连续覆盖；"
        "千兆宽带用户达到1,168万户，同比增长22.5%。",
        "2026-02-11",
    )
    assert (only(facts, "4.6万个").period, only(facts, "22.5%").period) == ("2025", "2025-12-31")


def test_a_rank_once_held_bidders_a_class_of_firms_and_a_share_after_a_cards_rating() -> None:
    facts = facts_of(
        "该系统曾在全球超级电脑TOP500排行榜名列第20名。晶创26采购案共有3家国内外系统厂商投标。"
        "软件业务收入过百亿元的企业达到7家。"
        "二期部署的国产加速卡单卡FP16算力约为320TFLOPS，目前二期智能算力已签约超过八成。",
        "2025-10-16",
    )
    assert [f.value_text for f in facts] == ["7家", "八成"]


def test_capex_held_is_planned_and_so_is_its_change() -> None:
    facts = facts_of(
        "华晶半导体（01872）上月公布全年业绩。公司预期今年资本开支维持约75亿美元，年增约5%，与去年大致相若。",
        "2026-03-12",
    )
    assert {only(facts, v).kind for v in ("75亿美元", "5%")} == {"target"}


def test_an_opening_told_without_figures_dates_the_quote_after_it() -> None:
    facts = facts_of(
        "该项目由广西湾海数智科技有限公司投资建设，一期已于去年11月建成投运。\n"
        "“一期总投资约23亿元，部署智能算力2000P。”广西湾海数智科技有限公司总经理黄振林介绍，目前一期算力使用率约为85%。",
        "2026-05-21",
    )
    assert [only(facts, v).period for v in ("23亿元", "2000P", "85%")] == ["2025-11", "2025-11", "2026"]


def test_a_fiscal_quarter_ending_in_brackets_and_a_year_compared_with() -> None:
    facts = facts_of(
        "微软率先于1月28日盘后公布2026财年第二财季（截至2025年12月31日）业绩。"
        "财报显示，微软当季资本开支（含融资租赁）为375亿美元，同比增长66%。",
        "2026-02-06",
    )
    assert {only(facts, v).period for v in ("375亿美元", "66%")} == {"2025-Q4"}
    facts = facts_of(
        "今年前三季度，拓垣智算实现营收约7.4亿元，同比增长2.8倍，已超过去年全年；综合毛利率约为21%。"
        "推理业务收入占比由去年的约25%提升至约52%。",
        "2025-11-20",
    )
    assert [only(facts, v).period for v in ("21%", "25%", "52%")] == ["2025-Q1/Q3", "2024", "2025-Q1/Q3"]


def test_orders_in_hand_after_the_years_deliveries_so_far_are_of_the_day() -> None:
    facts = facts_of(
        "截至8月末，公司累计交付智能算力约1.8万P，其中今年以来新增交付约6500P；公司在手订单约74亿元，较年初增长约35%。",
        "2026-09-15",
    )
    assert {only(facts, v).period for v in ("1.8万P", "74亿元", "35%")} == {"2026-08-31"}


def test_a_headlines_repeat_not_kept_marks_nothing() -> None:
    from services.extract.memory import FactsSoFar  # noqa: PLC0415 - the one test of its bookkeeping

    body = only(facts_of("全市算力规模达到12EFLOPS。", "2026-01-10"), "12EFLOPS")
    again = body.model_copy()
    kept = FactsSoFar()
    kept.keep(body, in_heading=False)
    kept.keep(again, in_heading=True)  # the same fact again, in a heading: not kept, so not marked
    assert kept.result() == [body]
    assert kept.from_headings == set()


def test_review_cases_of_the_nineteenth_session() -> None:
    # 收入超 is "over" (出超 is a surplus); a day after a fiscal quarter named is no quarter's end; the surname 曾
    # is no "once"; a yearly capacity is no frequency; a rival named before a company is not its home
    facts = facts_of(
        "公司2024年营业收入超100亿元。英伟达第一财季5月28日公布业绩，营收440亿美元。"
        "宁德时代董事长曾毓群介绍，宁德时代储能电池出货量位列全球第一。该工厂产能为每年10万台AI服务器。"
        "由于美国对华为实施制裁，华为去年营收承压。华为财报显示，2024年华为实现营业收入8621亿元。",
        "2025-06-10",
    )
    assert only(facts, "100亿元").qualifier == "gt"
    assert only(facts, "440亿美元").period == "2025"
    assert only(facts, "全球第一").value == 1
    assert only(facts, "10万台").value == 100000
    assert only(facts, "8621亿元").region == "CN"


def test_a_span_of_months_has_the_label_of_its_quarters_or_half() -> None:
    facts = facts_of(
        "1—9月，全市完成投资128.7亿元。前三季度，全市数据中心用电量达到43.6亿千瓦时。"
        "1-6月，营业收入20亿元。7至9月，营业收入5亿元。4—9月，营业收入6亿元。",
        "2025-11-05",
    )
    assert only(facts, "128.7亿元").period == only(facts, "43.6亿千瓦时").period == "2025-Q1/Q3"
    assert only(facts, "20亿元").period == "2025-H1"
    assert only(facts, "5亿元").period == "2025-Q3"
    assert only(facts, "6亿元").period == "2025-04/2025-09"
    # a bulletin's months count a stock at their end, whatever the label
    stock = facts_of("7-9月，全省5G基站总数达到12.5万个。1-12月，全省企业数量达到3000家。", "2026-01-20")
    assert only(stock, "12.5万个").period == "2025-09-30"
    assert only(stock, "3000家").period == "2025-12-31"


def test_a_stock_after_a_quarters_flow_keeps_its_day() -> None:
    facts = facts_of(
        "据福建省通信管理局统计，截至今年3月底，全省累计建成5G基站11.9万个，其中一季度新增3800个；"
        "千兆宽带用户达到786.3万户，占全省固定宽带用户的比重为37.8%。",
        "2025-04-30",
    )
    assert only(facts, "3800个").period == "2025-Q1"
    assert only(facts, "786.3万户").period == only(facts, "37.8%").period == "2025-03-31"


def test_a_clause_about_what_is_yet_to_come_leaves_the_figures_before_at_the_paragraphs_time() -> None:
    facts = facts_of(
        "台积电表示，第3季高性能计算营收占比达60%。以制程别来看，先进制程合计占晶圆销售金额的74%，"
        "其中3纳米占23%，2纳米则将于第4季开始贡献营收。前三季度，全市新签约项目52个。天府二期项目规划算力5000P，"
        "将于2026年底建成投用。",
        "2025-10-16",
    )
    assert only(facts, "74%").period == only(facts, "23%").period == "2025-Q3"
    assert only(facts, "5000P").period == "2026-12-31"  # (its own time to come, not set against figures)


def test_a_breakdown_after_a_scene_sentence_goes_on_from_the_paragraph_before() -> None:
    facts = facts_of(
        "经济日报记者从国家数据局获悉：截至今年6月底，我国算力总规模达到476EFLOPS。\n\n"
        "“一张网”的骨架正在搭起来。分区域看，8个国家枢纽节点算力规模合计占全国的比重超过六成。\n\n"
        "浙江省通信管理局数据显示，截至9月底，全省5G基站达到25万个。\n\n"
        "从全国看，5G基站总数达到470万个。",
        "2026-07-30",
    )
    assert only(facts, "六成").period == "2026-06-30"
    assert only(facts, "470万个").cited_source is None  # a wider view is no breakdown of the figures before


def test_taiwans_deputy_comptroller_speaks_for_the_directorate() -> None:
    facts = facts_of(
        "行政院主计总处昨日公布，今年第2季经济成长率概估为6.12%。\n\n"
        "主计总处副主计长许碧芸在记者会上表示，第2季商品出口达1,742.6亿美元，年增34.7%。\n\n"
        "值得注意的是，主计总处此次首度发布116年经济预测，预估明年经济成长率为2.47%。",
        "2026-08-01",
    )
    assert only(facts, "1,742.6亿美元").cited_source == "行政院主计总处"
    assert only(facts, "2.47%").cited_source == "行政院主计总处"


def test_poles_and_funds_are_counted_with_zhi_but_money_for_support_is_not() -> None:
    facts = facts_of(
        "全港已安装约1,450支多功能智慧灯柱。政府拨款10亿元支持项目，另投入3亿支付租金，20亿支农支小。",
        "2025-06-10",
    )
    assert (only(facts, "1,450支").unit, only(facts, "1,450支").value) == ("count", 1450)
    assert only(facts, "10亿元").unit == "CNY"
    assert not [f for f in facts if f.value_text.endswith("支") and f.unit != "count"]


def test_a_published_annual_report_dates_what_names_no_time() -> None:
    facts = facts_of(
        "国产AI芯片企业澜烁科技披露2025年年度报告。\n\n"
        "盈利能力同步改善。年报显示，公司综合毛利率为56.82%，同比提升3.4个百分点。目前公司员工超过2000人。\n\n"
        "对于2026年的经营预期，澜烁科技在年报中表示，公司预计2026年营业收入将在95亿元至110亿元之间。\n\n"
        "公司同时公告，拟投资30亿元建设算力中心。",
        "2026-03-28",
    )
    assert (
        only(facts, "30亿元").period == "2026"
    )  # (not what the report shows: the report's time is not carried)
    assert only(facts, "56.82%").period == only(facts, "3.4个百分点").period == "2025"
    assert only(facts, "2000人").period == "2026"  # (目前: now)
    assert (
        only(facts, "95亿元至110亿元").cited_source == "澜烁科技"
    )  # (经营预期 is what is expected, not who)


def test_a_body_counting_under_its_short_name_and_a_centres_head_named_bare_later() -> None:
    facts = facts_of(
        "桃园市政府经济发展局（经发局）统计，截至10月底，桃园已营运及兴建中的数据中心共37座。\n\n"
        "位于光谷的武汉人工智能计算中心三期扩容项目正式上线。中心负责人张立峰介绍，三期新增算力300P。\n\n"
        "张立峰说，目前中心算力使用率保持在90%以上。",
        "2025-11-26",
    )
    assert only(facts, "37座").cited_source == "桃园市政府经济发展局"
    assert only(facts, "90%").cited_source == "武汉人工智能计算中心"


def test_two_cities_of_one_province_counted_together_are_the_provinces() -> None:
    facts = facts_of(
        "1—9月，昆明、曲靖两市算力基础设施合计完成投资61.4亿元，同比增长33.7%，其中昆明完成38.2亿元。"
        "广州、深圳两市合计算力规模达到50EFLOPS。",
        "2025-10-23",
    )
    assert only(facts, "61.4亿元").region == only(facts, "33.7%").region == "云南"
    assert only(facts, "38.2亿元").region == "昆明"
    assert only(facts, "50EFLOPS").region == "广东"


def test_one_companys_statement_does_not_carry_to_another_companys_figures() -> None:
    facts = facts_of(
        "中国移动董事长杨杰表示，上半年公司资本开支为584亿元。中国电信上半年资本开支为345亿元，同比下降29%。\n\n"
        "赛迪顾问报告显示，华昇半导体全年出货量约82万片。寒辰科技出货量约31万片。",
        "2026-08-18",
    )
    assert only(facts, "584亿元").cited_source == "中国移动"
    assert only(facts, "345亿元").cited_source is None
    assert only(facts, "29%").cited_source is None
    assert only(facts, "31万片").cited_source == "赛迪顾问"  # (a report's figures on each company)


def test_capex_guidance_held_for_the_year_is_a_target() -> None:
    facts = facts_of(
        "中国移动表示，公司今年资本支出将收敛在约1500亿元，其中算力投资占比约25%。", "2026-08-18"
    )
    assert only(facts, "1500亿元").kind == only(facts, "25%").kind == "target"
    facts = facts_of(
        "中国联通今年全年资本开支约为550亿元，同比下降11%。2025年全年资本开支为620亿元。", "2026-08-18"
    )
    assert only(facts, "550亿元").kind == only(facts, "11%").kind == "target"
    assert only(facts, "620亿元").kind == "actual"
    facts = facts_of("林冠廷透露，公司今年资本支出约新台币180亿元。", "2026-10-29")
    assert only(facts, "180亿元").kind == "target"


def test_a_body_answering_a_legislators_question_in_writing_gives_figures() -> None:
    facts = facts_of(
        "创新科技及工业局局长书面答复立法会议员质询时表示，超算中心现时算力约为3,700PFLOPS。"
        "答复又指，资助计划共接获申请186宗。",
        "2026-06-04",
    )
    assert only(facts, "3,700PFLOPS").cited_source == "创新科技及工业局"
    assert only(facts, "186宗").cited_source == "创新科技及工业局"  # (the reply met again)


def test_a_statement_from_a_date_after_a_target_stands_now() -> None:
    facts = facts_of(
        "力争年底智算规模达到40EFLOPS以上；截至6月底，中国联通智算规模为33.8EFLOPS。", "2026-08-18"
    )
    assert only(facts, "40EFLOPS").kind == "target"
    assert only(facts, "33.8EFLOPS").kind == "actual"


def test_a_bodys_data_introduced_with_shi() -> None:
    facts = facts_of("中国信通院的数据是，截至2025年底，我国智能算力规模约为280EFLOPS。", "2026-03-12")
    assert only(facts, "280EFLOPS").cited_source == "中国信通院"


def test_the_last_year_of_a_five_year_plan_named_with_its_plan_word() -> None:
    facts = facts_of(
        "2025年是“十四五”规划收官之年。全年实现地区生产总值5,912.6亿元，同比增长5.8%。", "2026-02-05"
    )
    assert only(facts, "5,912.6亿元").period == only(facts, "5.8%").period == "2025"


def test_a_body_releasing_more_of_its_figures_keeps_their_time_and_is_their_source() -> None:
    facts = facts_of(
        "记者24日从国家数据局获悉，截至9月底，全国8个国家算力枢纽节点在用标准机架约530万架。\n\n"
        "国家数据局同时公布了各枢纽节点建设情况。内蒙古枢纽在用标准机架约86万架；甘肃枢纽上架率为65.8%。",
        "2025-10-24",
    )
    for value_text in ("86万架", "65.8%"):
        fact = only(facts, value_text)
        assert (fact.period, fact.cited_source) == ("2025-09-30", "国家数据局")


def test_another_places_part_of_a_share_whose_holder_is_a_place() -> None:
    facts = facts_of(
        "今年前10个月，全国新增智能算力约150EFLOPS。截至10月底，东部地区算力规模占全国的比重约为54%，"
        "西部地区约为23%，西部地区的占比较去年底提高2.1个百分点。",
        "2026-11-20",
    )
    west = only(facts, "23%")
    assert (west.measure, west.metric, west.region) == ("share", "total_compute_capacity", "西部地区")
    points = only(facts, "2.1个百分点")
    assert (points.metric, points.region) == ("total_compute_capacity", "西部地区")


def test_a_managing_director_speaks_for_the_firm() -> None:
    facts = facts_of("嘉域顧問董事總經理陳嘉朗表示，地皮市場估值約18億港元。", "2026-10-22")
    assert only(facts, "18亿港元").cited_source == "嘉域顾问"


@pytest.mark.parametrize(
    ("text", "value_text"),
    [
        ("今年AI服务器营收可望较去年翻倍。", "翻倍"),
        ("今年营收较去年倍增。", "倍增"),
        ("营收同比倍增。", "倍增"),
    ],
)
def test_doubling_written_without_a_numeral(text: str, value_text: str) -> None:
    fact = only(facts_of(text, "2026-11-06"), value_text)
    assert (fact.value, fact.measure) == (2.0, "multiple")


def test_a_noun_doubling_is_no_figure() -> None:
    assert not facts_of("人工智能带来的机会倍增。", "2026-11-06")


def test_capex_guidance_after_a_statement_of_what_may_come() -> None:
    facts = facts_of(
        "冠鴻總經理表示，今年AI伺服器營收可望較去年倍增；公司今年資本支出約新台幣180億元，主要用於擴產。",
        "2026-11-06",
    )
    assert only(facts, "180亿元").kind == "target"
    assert only(facts, "倍增").kind == "forecast"


def test_a_share_given_for_the_time_compared_with() -> None:
    facts = facts_of("10月AI伺服器營收占整體伺服器營收比重升至約65%，較9月的58%進一步提升。", "2026-11-06")
    september = only(facts, "58%")
    assert (september.measure, september.period) == ("share", "2026-09")


def test_a_flow_over_years_mostly_to_come_is_foreseen() -> None:
    facts = facts_of("以負載計，115年至119年資料中心新增負載約265萬瓩，其中約七成集中在北部。", "2026-11-14")
    assert only(facts, "265万瓩").kind == only(facts, "七成").kind == "forecast"


def test_a_phase_done_later_dates_what_it_will_give() -> None:
    facts = facts_of(
        "項目分兩期建設。第一期預計2027年第二季投入運作；第二期計劃於2029年底前建成。\n\n"
        "經科局預計，第一期投入運作後可提供智能算力約220PFLOPS，全項目建成後智能算力將達到約600PFLOPS。",
        "2026-03-18",
    )
    assert only(facts, "220PFLOPS").period == "2027-Q2"
    assert only(facts, "600PFLOPS").period == "2029-12-31"


def test_a_project_done_with_no_phase_named_keeps_its_own_time() -> None:
    facts = facts_of(
        "甲项目计划2027年建成投产。\n\n乙项目正式开工，建成后算力规模将达到5000P。", "2026-03-18"
    )
    assert only(facts, "5000P").period is None


def test_profit_for_the_year_is_a_results_line_not_this_year() -> None:
    facts = facts_of(
        "云岚数据宣布本集团截至2025年12月31日止年度之经审核综合业绩。\n\n•  年内溢利为人民币4.86亿元，增长38.2%。",
        "2026-03-26",
    )
    assert only(facts, "4.86亿元").period == only(facts, "38.2%").period == "2025"


def test_a_numbered_items_heading_places_its_paragraph() -> None:
    facts = facts_of(
        "1. 草原云谷智算中心一期（内蒙古乌兰察布）\n\n该项目位于乌兰察布市集宁区，是乌兰察布首个万卡集群，项目总投资约68亿元，"
        "主要承接京津冀到乌兰察布的训练需求。\n\n"
        "2. 东数西算（庆阳）智算产业园A区（甘肃庆阳）\n\n项目于今年5月开工，总投资42.6亿元，规划建设标准机架6000架。",
        "2026-10-12",
    )
    assert only(facts, "42.6亿元").region == only(facts, "6000架").region == "庆阳"


def test_when_something_is_to_start_does_not_date_the_figures_after() -> None:
    facts = facts_of(
        "从制程别来看，3纳米出货占第三季晶圆销售金额的28%；2纳米则将于第四季开始贡献营收。"
        "从应用别来看，高效能运算（HPC）营收占比升至64%。",
        "2026-10-16",
    )
    assert only(facts, "64%").period == "2026-Q3"


def test_capex_guidance_landing_in_a_range_is_a_target_unless_revised() -> None:
    held = facts_of(
        "财务长表示，今年资本支出将落在520亿至540亿美元之间，其中约70%用于先进制程，约10%至20%用于先进封装。",
        "2026-10-16",
    )
    assert {f.kind for f in held} == {"target"}
    revised = facts_of("财务长表示，今年资本支出将落在440亿至460亿美元之间，较先前预估上修。", "2026-10-16")
    assert only(revised, "440亿至460亿美元").kind == "forecast"


def test_a_planning_institute_forecasting_is_no_plan() -> None:
    facts = facts_of(
        "电力规划设计总院日前发布的报告预计，到2030年，全国数据中心用电量将达到5000亿至5800亿千瓦时。",
        "2026-09-15",
    )
    assert only(facts, "5000亿至5800亿千瓦时").kind == "forecast"


def test_a_phase_done_by_the_building_plan_is_a_target() -> None:
    facts = facts_of("按照建设计划，二期将于2027年底前建成，新增标准机架1200架。", "2026-11-06")
    assert (only(facts, "1200架").kind, only(facts, "1200架").period) == ("target", "2027-12-31")


def test_a_first_stage_built_by_a_quarter_is_of_that_quarter() -> None:
    facts = facts_of(
        "到118年底累計部署高階GPU約1萬張；其中第一階段約4,000張預計今年第4季完成建置。", "2026-08-20"
    )
    assert (only(facts, "4,000张").kind, only(facts, "4,000张").period) == ("forecast", "2026-Q4")


def test_a_company_explaining_in_its_report_and_a_report_of_an_example_company() -> None:
    facts = facts_of(
        "以行业龙头之一的鸿岭算力（301792.SZ）为例，其三季报显示，公司前三季度实现营业收入28.63亿元。"
        "公司在三季报中解释称，综合毛利率由上年同期的34.2%降至21.5%。",
        "2026-11-12",
    )
    assert {f.cited_source for f in facts} == {"鸿岭算力"}


def test_a_running_total_this_year_stands_at_the_day_named_before() -> None:
    facts = facts_of("截至10月底，陕西今年已累计发放算力券4.6亿元，占全年预算资金的76.7%。", "2026-11-12")
    assert only(facts, "4.6亿元").period == only(facts, "76.7%").period == "2026-10-31"


def test_a_key_project_rows_works_are_targets_of_the_last_year_they_are_built_over() -> None:
    facts = facts_of(
        "三峡东岳数据中心二期建设地点夷陵区，建设内容及规模新建标准机架6000架，部署智能算力5000P，设计PUE不高于1.25，"
        "总投资58.6亿元，2026年计划投资16.2亿元，建设起止年限2025—2027，责任单位夷陵区人民政府。",
        "2026-02-26",
    )
    for value_text in ("6000架", "5000P"):
        assert (only(facts, value_text).kind, only(facts, value_text).period) == ("target", "2027")
    assert only(facts, "1.25").kind == only(facts, "58.6亿元").kind == "actual"


def test_the_figure_now_a_target_is_compared_with() -> None:
    facts = facts_of(
        "施政報告定下目標，到2030年，本港人工智能算力供應達到不少於10,000PFLOPS，較現時約3,200PFLOPS大幅提升。",
        "2026-10-16",
    )
    now = only(facts, "3,200PFLOPS")
    assert (now.kind, now.period) == ("actual", "2026")
    assert {f.cited_source for f in facts} == {None}  # the government's programme cites no one


def test_a_scheme_launched_so_far_is_no_plan() -> None:
    facts = facts_of("創科局數據顯示，人工智能資助計劃推出至今已批出逾150個項目。", "2026-10-16")
    assert only(facts, "150个").kind == "actual"


def test_the_plan_a_year_laid_ground_for_dates_no_figure() -> None:
    facts = facts_of(
        "一、2025年工作回顾\n\n过去一年，新兴产业加速成长，为“十五五”发展奠定了坚实基础。全区地区生产总值完成1,086.4亿元，"
        "同比增长6.8%。",
        "2026-01-16",
    )
    assert only(facts, "1,086.4亿元").period == only(facts, "6.8%").period == "2025"


def test_a_prospectus_report_period_as_its_glossary_defines_it() -> None:
    facts = facts_of(
        "本招股说明书中，除非文义另有所指，下列简称具有如下特定含义：\n\n"
        "报告期、报告期内     指   2023年度、2024年度及2025年度\n\n"
        "报告期内，公司营业收入分别为68,235.17万元、143,716.52万元和259,618.40万元，年均复合增长率为95.06%。",
        "2026-06-20",
    )
    periods = [only(facts, v).period for v in ("68,235.17万元", "143,716.52万元", "259,618.40万元", "95.06%")]
    assert periods == ["2023", "2024", "2025", "2023/2025"]


def test_tenths_and_a_hundredth_part_before_a_verb() -> None:
    facts = facts_of("电子服务项目增至1,186项，其中約六成五可全程網上辦理。", "2026-08-10")
    assert only(facts, "六成五").value == 65


def test_a_balance_sheet_row_read_as_a_sentence_takes_its_day_and_its_minus() -> None:
    facts = facts_of(
        "主要财务数据：资产总额2025年12月31日612,438.75万元，2024年12月31日398,265.14万元。"
        "经营活动产生的现金流量净额2025年度96,327.81万元，2024年度-18,426.35万元。",
        "2026-04-28",
    )
    assert (only(facts, "612,438.75万元").period, only(facts, "398,265.14万元").period) == (
        "2025-12-31",
        "2024-12-31",
    )
    assert only(facts, "96,327.81万元").period == "2025"
    assert (only(facts, "18,426.35万元").value, only(facts, "18,426.35万元").period) == (-184263500.0, "2024")


def test_a_constellations_compute_in_pops_and_a_launch_said_with_jiang_as_ba() -> None:
    facts = facts_of(
        "10月14日，火箭以“一箭多星”方式将02组共12颗计算卫星送入轨道，发射任务取得圆满成功。"
        "星间通过100Gbps激光链路组网，星座在轨总算力约15.6POPS。",
        "2026-10-15",
    )
    assert only(facts, "12颗").kind == "actual"
    assert only(facts, "15.6POPS").value == 15.6e15 and only(facts, "15.6POPS").unit == "FLOPS"
    assert not [f for f in facts if "Gbps" in f.value_text]


def test_a_companys_plan_to_deliver_is_a_target() -> None:
    facts = facts_of("林朔表示，公司今年计划交付计算卫星40颗，明年计划提升至100颗以上。", "2026-10-15")
    assert [(only(facts, t).kind, only(facts, t).period) for t in ("40颗", "100颗")] == [
        ("target", "2026"),
        ("target", "2027"),
    ]


def test_guidance_held_is_a_forecast_and_capex_guidance_and_its_parts_a_target() -> None:
    facts = facts_of(
        "业绩概要：公司于会前发布截至2026年9月30日的第三季度未经审计财务业绩。"
        "利润：调整后EBITDA为人民币14.37亿元，同比增长15.1%。"
        "全年capex指引维持在人民币70亿元至75亿元区间不变。全年调整后EBITDA指引维持在人民币54亿元至55亿元。"
        "2027年capex计划约人民币60亿元，其中约八成用于AI相关项目。",
        "2026-11-19",
    )
    assert only(facts, "14.37亿元").period == "2026-Q3"
    assert (only(facts, "70亿元至75亿元").kind, only(facts, "54亿元至55亿元").kind) == ("target", "forecast")
    assert only(facts, "八成").kind == "target"


def test_a_fiscal_year_ending_in_march_dates_its_results_and_its_whole_year() -> None:
    facts = facts_of(
        "根据汇湾数码上月公布的截至今年3月底止全年业绩，收入按年增长11.3%至38.6亿港元；"
        "旗下数据中心全年平均出租率约94%。",
        "2026-05-19",
    )
    assert {only(facts, t).period for t in ("11.3%", "38.6亿港元", "94%")} == {"2025-04/2026-03"}


def test_a_rank_in_a_group_of_its_own_after_the_first() -> None:
    facts = facts_of(
        "2025年，全省人工智能核心产业规模达到约1,186亿元，规模居全国第六位、西部第一位。", "2026-01-20"
    )
    assert (only(facts, "西部第一位").value, only(facts, "西部第一位").measure) == (1.0, "rank")


def test_a_rankings_item_places_the_one_named_after_it() -> None:
    facts = facts_of(
        "以下为榜单前十名：\n第2名 上海|综合得分88.3分\n上海算力规模约为92.4EFLOPS。", "2026-12-08"
    )
    rank = only(facts, "第2名")
    assert (rank.value, rank.region, rank.subject) == (2.0, "上海", "上海排名")


def test_the_whole_projects_figures_once_done_take_the_time_it_was_planned_for() -> None:
    facts = facts_of(
        "项目规划建设标准机架10,000架，计划于2028年底前全部建成。\n"
        "项目采用液冷，设计PUE不高于1.20。\n四、能源消耗情况\n"
        "项目全部建成后，绿色电力使用比例不低于80%。",
        "2026-03-10",
    )
    assert (only(facts, "80%").period, only(facts, "80%").kind) == ("2028-12-31", "target")


def test_a_bracketed_figure_of_a_time_gone_by_is_actual() -> None:
    facts = facts_of(
        "我们判断，明年国产AI芯片服务器在公司AI服务器收入中的占比有望提升至50%左右（今年前三季度约为32%）。",
        "2025-11-07",
    )
    assert (only(facts, "32%").kind, only(facts, "32%").period) == ("actual", "2025-Q1/Q3")
    assert only(facts, "50%").kind == "forecast"


def test_a_roadmaps_goals_after_its_title_and_a_colon_are_targets() -> None:
    facts = facts_of(
        "公司已制定《2030碳中和行动路线图》：到2027年，可再生能源占比不低于65%；到2030年，可再生能源占比达到100%。",
        "2026-04-20",
    )
    assert {only(facts, t).kind for t in ("65%", "100%")} == {"target"}


def test_emissions_in_tonnes_of_co2_equivalent_and_a_gloss_splitting_no_clause() -> None:
    facts = facts_of(
        "2025年公司温室气体排放总量（范围一和范围二，基于市场法）为358,640吨二氧化碳当量，较2024年下降6.2%。"
        "单位IT负载碳排放强度为0.74吨二氧化碳当量/MWh。年均PUE为1.24，较2024年下降0.04。",
        "2026-04-20",
    )
    emitted = only(facts, "358,640吨二氧化碳当量")
    assert (emitted.unit, emitted.value) == ("tCO2e", 358640.0) and emitted.subject.startswith(
        "公司温室气体排放总量"
    )
    assert not [f for f in facts if f.value_text.startswith("0.74")]
    assert (only(facts, "0.04").value, only(facts, "0.04").unit) == (-0.04, "ratio")


def test_a_breakdown_goes_on_from_the_totals_not_from_when_the_platform_opened() -> None:
    facts = facts_of(
        "记者从国家数据局获悉，截至10月底，平台已接入算力规模126.4EFLOPS。\n"
        "国家数据局有关负责人介绍，平台于2024年12月上线试运行，目前已与各省级算力平台实现互联。\n"
        "分枢纽看，宁夏枢纽接入算力18.5EFLOPS，位列第一。\n"
        "据上海市数据局统计，1—10月，上海用户通过平台达成的算力交易额为11.2亿元，占平台交易总额的比重在23%左右。",
        "2026-11-12",
    )
    assert only(facts, "18.5EFLOPS").period == "2026-10-31"
    assert only(facts, "23%").period == "2026-01/2026-10"


def test_what_a_company_intends_to_build_on_a_plan_after_it_is_a_target() -> None:
    facts = facts_of(
        "项目由公司全资子公司实施，拟建设3200个高功率液冷机柜，部署约12288张GPU加速卡，计划于2028年6月底前全部建成。",
        "2026-11-10",
    )
    assert (only(facts, "3200个").kind, only(facts, "3200个").period) == ("target", "2028-06-30")


def test_a_plans_dash_items_go_on_at_its_horizon_and_its_annex_of_indicators_reads() -> None:
    page = (
        "河南省人民政府\n关于印发河南省数字经济高质量发展三年行动方案（2026—2028年）的通知\n"
        "二、主要目标\n到2028年，全省数字经济发展水平稳居全国第一方阵。具体目标是：\n"
        "——算力基础设施更加完善。算力总规模达到60EFLOPS以上，其中智能算力占比不低于75%。\n"
    )
    facts = facts_of(page, "2026-04-10")
    assert {(only(facts, t).period, only(facts, t).kind) for t in ("60EFLOPS", "75%")} == {("2028", "target")}


def test_a_span_of_years_written_in_chinese_digits_shares_out_a_list() -> None:
    facts = facts_of(
        "二〇二三年至二〇二五年，数码港及科技园公司在算力设施方面的资本开支分别约为4.2亿元、18.6亿元及9.8亿元。",
        "2026-06-11",
    )
    assert [only(facts, t).period for t in ("4.2亿元", "18.6亿元", "9.8亿元")] == ["2023", "2024", "2025"]


def test_capex_guidance_worded_as_an_estimate_is_a_target_but_an_analysts_estimate_a_forecast() -> None:
    facts = facts_of(
        "台积电财务长表示，今年资本支出预估落在480亿至500亿美元之间，其中约七成用于先进制程，10%至20%用于特殊制程。"
        "摩根士丹利分析师在最新研报中估算，字节跳动今年资本开支约为1,600亿元。"
        "公司本财年（截至2027年3月31日）的资本开支预计在1,900亿元至2,100亿元之间。",
        "2026-10-16",
    )
    assert {only(facts, t).kind for t in ("480亿至500亿美元", "七成", "10%至20%")} == {"target"}
    assert only(facts, "1,600亿元").kind == "forecast"
    fiscal = only(facts, "1,900亿元至2,100亿元")
    assert (fiscal.kind, fiscal.period) == ("target", "2026-04/2027-03")


def test_a_capex_plan_for_next_year_said_with_will_is_a_target() -> None:
    facts = facts_of(
        "今年公司资本开支计划约4.2亿元，明年将增加到6亿元至7亿元，主要投向三期基地。", "2026-11-10"
    )
    assert (only(facts, "6亿元至7亿元").kind, only(facts, "6亿元至7亿元").period) == ("target", "2027")


def test_storage_in_power_and_energy_and_money_already_set_aside_after_a_plan() -> None:
    facts = facts_of(
        "截至2025年底，中国已投运新型储能累计装机规模达到138.4GW/346.2GWh。"
        "政府计划于明年底前将超算中心整体算力提升至约5,000PFLOPS，并已在今年的《财政预算案》中预留额外20亿元延续资助计划。",
        "2026-06-01",
    )
    assert only(facts, "346.2GWh").unit == "Wh"
    assert (only(facts, "5,000PFLOPS").kind, only(facts, "20亿元").kind) == ("target", "actual")


def test_nowadays_is_now_not_the_year_the_story_began_with() -> None:
    facts = facts_of(
        "2016年，杭州在全国率先启动城市大脑建设。如今，城市大脑累计汇聚政务数据超过3800亿条，上线应用场景近480个。",
        "2026-02-10",
    )
    assert only(facts, "480个").period == "2026"


def test_a_year_previewed_dates_its_story_and_the_same_period_before_is_the_year_before() -> None:
    facts = facts_of(
        "1月21日晚间，服务器厂商启擎信息发布2026年年度业绩预告。"
        "公司预计2026年实现营业收入约486亿元，较上年同期的338.6亿元增长约43.5%。\n"
        "公告显示，上年同期，公司归属于母公司所有者的净利润为8.43亿元。",
        "2027-01-22",
    )
    assert (only(facts, "338.6亿元").period, only(facts, "338.6亿元").kind) == ("2025", "actual")
    assert only(facts, "8.43亿元").period == "2025"


def test_a_breakdown_goes_on_from_the_year_not_the_plan_compared_with() -> None:
    facts = facts_of(
        "2025年我国数据生产总量达到52.8ZB。与“十三五”末相比，数据生产总量是2020年的3.1倍。\n"
        "分区域看，东部地区数据生产量占全国的比重为57.6%。",
        "2026-05-19",
    )
    assert only(facts, "57.6%").period == "2025"


def test_a_plan_said_to_propose_more_sets_a_target() -> None:
    facts = facts_of("方案还提出，2025—2027年全省算力基础设施累计投资不低于600亿元。", "2026-07-24")
    assert only(facts, "600亿元").kind == "target"


def test_a_bulletins_first_line_names_the_year_its_figures_are_of() -> None:
    facts = facts_of(
        "中华人民共和国2025年国民经济和社会发展统计公报\n国家统计局\n"
        "全年规模以上工业中，高技术制造业增加值比上年增长9.6%。年末5G基站481.7万个。",
        "2026-02-28",
    )
    assert (only(facts, "9.6%").period, only(facts, "9.6%").kind) == ("2025", "actual")
    assert only(facts, "481.7万个").period == "2025-12-31"


def test_capex_guidance_set_at_a_range_is_a_target() -> None:
    facts = facts_of("Alphabet同时将2026年capex指引定在1,900亿至2,000亿美元之间。", "2026-05-06")
    assert only(facts, "1,900亿至2,000亿美元").kind == "target"


def test_capex_said_in_hong_kong_and_next_years_raised_and_a_plan_named_after_the_year() -> None:
    facts = facts_of(
        "港澄电讯有限公司（港澄电讯）行政总裁邓永康表示，公司今年全年资本开支预计介乎22亿至25亿港元，"
        "其中约四成将用于5G-A及光纤网络升级。晶智总经理指出，公司明年资本支出将增至约新台币45亿元，年增约五成。"
        "今年中央企业计划安排算力领域投资约2,350亿元，同比增长15%左右。",
        "2026-08-14",
    )
    assert {only(facts, t).kind for t in ("22亿至25亿港元", "四成", "45亿元", "五成", "2,350亿元")} == {
        "target"
    }
    assert only(facts, "22亿至25亿港元").cited_source == "港澄电讯有限公司"


def test_tenths_with_a_digit_before_a_verb_of_passing() -> None:
    facts = facts_of("今年6月本港流动数据用量约为212.6PB，其中约九成三经5G网络传输。", "2026-08-14")
    assert only(facts, "九成三").value == 93.0


def test_downloads_in_a_sentence_are_a_figure_and_a_page_counter_is_not() -> None:
    facts = facts_of("截至目前，通义千问开源模型全球下载量已超过6亿次，衍生模型超过17万个。\n\n阅读 1.2万次")
    downloads = only(facts, "6亿次")
    assert (downloads.value, downloads.unit, downloads.qualifier) == (6e8, "count", "gt")
    assert not [f for f in facts if "1.2万" in f.value_text]
