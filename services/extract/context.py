"""What surrounds a number: sentences and clauses, qualifiers, measure and kind. Where it is about is
in regions.py, who says so in sources.py."""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import regions
from .lazy import cached_property
from .periods import ROC_YEAR_HAN, WORKS_PROGRESS
from .skipping import compile_skipping

if TYPE_CHECKING:
    from .quantities import Quantity

# Semicolons join clauses of one sentence: the period, kind and topic set before one carry past it.
# (“…实现了跨越。”赵德明说。: a quote's last sentence goes on to who said it)
SENTENCE_END = compile_skipping(
    r"[。！？!?]+(?![”」』][^。！？\n“「，,]{1,30}?(?:说|表示|指出|介绍|强调|认为|称)[。！，,])[”」』]*|…{2,}|\n+"
)
CLAUSE_BREAK = compile_skipping(r"[，：:、；;]|,(?!\d{3})|(?<!\d),")


INCLUDING_GLOSS = re.compile(r"[（(]含[^（）()]{1,60}[）)]")
WORDS_GLOSS = re.compile(r"[（(][^（）()\d]{1,40}[，,、][^（）()\d]{1,40}[）)]")
BOOK_TITLE = re.compile(r"《[^》]{0,80}》")


# Qualifiers: words right before the number, and right after it.
# 约 as "about" (not 签约38个, 合约, 预约: 约 in a word; but 折合约)
ABOUT = r"(?:(?<![签合条预节契制公])|(?<=折合))约"
PREFIX_QUALIFIERS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(?:不低于|不少于|不小于|至少(?:有|达|为)?|最少(?:有)?|≥|>=|＞=)\s*$"), "ge"),
    (re.compile(r"(?:不超过|不高于|不大于|不多于|最多|至多|≤|<=|＜=)\s*$"), "le"),
    # PUE<1.3 (and ≤, ≥, >: their own qualifiers, not << or >>)
    (re.compile(r"(?:不到|不足|少于|低于|未达|(?<![<＜])[<＜])\s*$"), "lt"),
    # (出超, 入超: a trade surplus or deficit; but 收入超, 投入超 are "over")
    (
        re.compile(
            r"(?:超过|超出|超越|多于|高于|逾|突破|(?<![出入])超|(?<=[收支投流输][出入])超|(?<![>＞])[>＞])\s*$"
        ),
        "gt",
    ),
    (
        re.compile(rf"(?:将近|接近|约为|约合|约有|{ABOUT}|大约|大概|近|近乎|左右)$"),
        "approx",
    ),
    # 约占全社会用电量的百分之三: 约 before 占 qualifies the share.
    (re.compile(r"(?:约|大约|大概)占[^，。；]{0,16}$"), "approx"),
    # 大致相当于全球电力消费总量的1.6%: 大致 qualifies the share named after it.
    (re.compile(r"(?:大致|大约|约)相当于[^，。；]{0,16}$"), "approx"),
]


SUFFIX_QUALIFIERS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^(?:以上|及以上|之上)"), "ge"),
    (re.compile(r"^(?:以下|以内|及以下|之下)"), "le"),
    (re.compile(r"^(?:左右|上下|附近)"), "approx"),
]
ANNOTATION = re.compile(r"^\s*[（(][^）)]{0,12}[）)]")


FILLER_BEFORE_NUMBER = compile_skipping(
    r"(?:达到|达|为|是|将|会|可|已|已经|共|合计|总计|人民币|新台币|美元|港元|了|的|每秒)+\s*$"
)
GROWTH = compile_skipping(
    r"同比增长|同比增|同比提升|同比上升|按年增长|按年增|年增长|年增率|年增|年成长|年减|年增速|增速|增幅|增长率|"
    r"年均增长|复合增长率|增长|成长|激增|大增|猛增|暴增|劲增|再增|暴涨|飙升|大涨|(?:提升|提高|增加|上升|上涨|攀升|高出|多出|扩增|扩大|扩充)(?![至到值])|(?:按年|按季|按月|同比|环比)升|"
    r"(?:比|较)上年增减|CAGR|变动率|变化率|增减幅度|"  # 本年比上年增减（%）, an annual report's column of changes
    r"(?:同比|按年)\s*[+＋]?$"  # 收益同比+21.4%: a table's change column, read as a sentence
)
DECLINE = compile_skipping(
    r"同比下降|同比减少|环比下降|环比减少|按年下跌|按季下跌|年减|季减|月减|净减|(?:下降|减少|下滑|下跌|回落|放缓|收窄|降低|倒退)(?![至到])|(?:按年|按季|按月|同比|环比)(?:跌|降)"
)
# Against the previous period, quarter or month: 环比增长, 营收月增 and 季增 (Taiwan), 按季增长 (Hong Kong);
# not the 月增长 of 1-5月增长 or the 季成长 of 第三季成长, which are yearly rates of a period.
PERIOD_ON_PERIOD = compile_skipping(
    r"环比|较上一?季度?|较上一?个?月|比上一?季度?|比上一?个?月|按季|(?<![\d一二三四五六七八九十第前本上下每同])(?:季增|季减|季成长|月增|月减)|"
    # 增速比9月份加快1.3个百分点, 较一季度提高: against a month or quarter the text names (not 上年同期)
    r"(?:较|比)(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?!份?(?:同期|末|底))份?|(?:较|比)(?:第?[一二三四1-4]季度|第?[一二三四1-4]季)(?!同期|末|底)"
    r"|(?:较|比)前(?:\d{1,2}|[一二三四五六七八九十]{1,2})个?月(?!同期)"  # 占比较前10个月提高: against the months before
    # 增速比上半年提高0.6个百分点, 较1-8月加快: against the year's earlier months
    r"|(?:较|比)(?:上半年|前三季度|1[-—－~至]\d{1,2}月)(?!份?同期)"
)
# 上架率, 利用率: the part of the racks or capacity in use, a share like 渗透率.
# 囊括全球约9成订单, 拿下三成份额: the verbs of a market share.
SHARE_VERB = re.compile(r"(?<!应)占|囊括|拿下|吃下|包下|占据|占有|承载了")  # (not 股东应占溢利: attributable)
SHARE = re.compile(
    rf"(?:{SHARE_VERB.pattern})[^，。]{{0,12}}(?:比重|比例|份额)?|占比|比重|比例|比率|生产比|份额|渗透率|普及率|覆盖率|上云率|上架率|上机率|开机率|开工率|负载率|利用率|使用率|占用率|签约率|出租率|预租率|租用率|入驻率|空置率|闲置率|国产化率|自给率|贡献率|"
    rf"{WORKS_PROGRESS}"
)
# 该股昨收报84.5元，升1.2%, 对应PE为37倍: a share price, its move or valuation, not a fact about computing power.
QUOTE_LABEL = re.compile(r"【(?:行情|个股行情|行情速览|盘面)】")
MARKET_QUOTE = compile_skipping(
    r"二级市场上|(?<!新)高开|低开|平开|该股|(?<!招)股价|目标价|收报|报收|收盘|收市价|开盘|收于|(?<=[日天昨今场盘])收在|最新价|涨跌幅|涨幅|跌幅|总市值|市盈率|市净率|市账率|市帐率|市销率|市现率|市售率|本益比|股价净值比|[A港美]股报|元/股|"
    r"沪指|深成指|创业板指|上证指数|深证成指|恒指|恒生指数|加权指数|成交额|涨停|跌停|涨超|跌超|收涨|收跌|开市报|开报|现报|昨收|今收|收市报|"
    r"日内(?:涨|跌|走高|走低)|期货|/盎司|板块(?:今日|日内|早盘|午后|尾盘)?(?:上涨|下跌|大涨|大跌|走强|走弱|涨|跌)|"
    r"(?<![A-Za-z\d.\s])P[EB](?![A-Za-z])|[（(]\d{4,5}[）)](?:升|跌|涨|报)(?=\d)"  # 云港数据(08917)升5.2%，报7.46元
    r"|(?:科技|概念|龙头|权重|热门|芯片|算力|半导体|AI)股(?:中|方面|普遍|集体|多数|纷纷)"  # 热门科技股中，英伟达涨1.8%
    r"(?=[，,]?[\u4e00-\u9fffA-Za-z]{0,8}?(?:涨|跌|收涨|收跌|上涨|下跌|走高|走低)\d)"  # (not a results round-up)
)
FORECAST_AFTER_QUOTE = re.compile(r"[，,；](?:该行|该券商|其|并)?(?:预测|预计|预期|预估|估计)")
# (到2027年 is in FORECAST only: after a year gone by, 一路跃迁到2021年的45.5万亿元, it only says when)
# 估 alone, Taiwan's "estimated" (not 评估, 高估, 预估 and the rest, words of their own).
ESTIMATED = r"(?<![评高低重预])估"
# 规模料增长, 料按年增长逾三成: 料 as a verb (not 资料, 材料, 原料).
EXPECTED = r"(?<![资材原燃饮史肥涂])料(?=将|增|达|超|突破|成长|可|年|于|按年|按季|同比|维持)"
FOUNDED_THE = r"(?:注册)?(?:成立|创立|创办)的"
"""2019年成立的云岫科技: when a body began, before its name."""
# 将 of what will be, not 将 as 把 (成功将12颗卫星送入轨道, 以…方式将…送入: done).
WILL_JIANG = r"(?<!成功|方式)将"
FORECAST_WORD = re.compile(
    rf"预计|预测|预估|预期|预料|可预见|有望|{EXPECTED}|可望|估计|可能|将达|将会|{WILL_JIANG}(?!近|军)|展望|未来(?!科技城|城|网络|产业园|社区)|"
    rf"{ESTIMATED}(?=约|达|增|成长|在|为)|"  # 今年全台新增IT容量估约210MW (Taiwan)
    r"(?:上调|上修|下修|下调|调升|调降)至|"  # 全年营收年增率也上调至约30%: guidance, revised
    r"指引(?:维持|保持|为|约为|介于)|"  # 全年调整后EBITDA指引维持在54亿元至55亿元: guidance, held
    r"(?<![模比])拟(?=[在于将向对投建部采购引签新])"
)
FORECAST = compile_skipping(rf"{FORECAST_WORD.pattern}|到\d{{4}}年")
FORECAST_SENTENCE = compile_skipping(
    rf"预计|预测|预估|估计|预期(?!目标)|预料|有望|可望|{EXPECTED}|最新评估|据此(?:测算|推算|估算)"
)


TARGET = compile_skipping(
    r"目标|力争|争取|(?<![/／、（(])规划(?!中|用地|占地|总用地|设计|研究|院|[/／、）)])|计划到|计划是|(?:按|依)(?:照)?(?:建设|工作|项目|既定|原定|整体)?计划|根据计划|行动计划|行动方案|实施方案|"
    # 按照《…建设方案》，到二〇三〇年; 根据协议，到2028年，…
    r"(?:按照|根据|依据)(?:[^，。；《]{0,20}的)?《[^》]{0,60}(?:方案|规划|计划|意见|纲要|路线图|蓝图|办法|措施|细则|工作要点)(?:（[^）]*）)?》|(?:按照|根据|依据)《[^》]{0,60}(?:指引|指南)》[，,](?:到|至)\d{4}年|"
    r"(?:按照|根据|依据)(?:该|本|这份)?(?:合作)?(?:协议|框架协议|备忘录)[，,](?:到|至)\d{4}年|"
    # 按照国家有关部门印发的实施意见，到2027年…: a plan named without its title
    r"(?:按照|根据|依据)[^，。；《]{0,20}?(?:实施意见|指导意见|行动方案|实施方案|行动计划|发展规划)[，,](?:到|至)\d{4}年|"
    r"方案(?:还|进一步|同时)?提出|(?:行动计划|规划|意见|纲要)(?:还|进一步)?提出|计划提出|(?:部|委|局|厅|部门|政府)(?:还|进一步|明确)?提出[，,](?:到|至)\d{4}年|指导意见|通知(?:》)?(?:提出|明确)|确保|(?<![重主需只必])要(?:达到|实现|突破|超过)|(?:按照|根据)[^，。；]{0,16}?工作(?:安排|部署|要点)[，,](?:到|至|全年|今年|年内)|"
    r"(?:意见|方案|计划|纲要|办法|指南|路线图|规划)[^》]{0,20}》[^，。]{0,4}[，,]?(?:[^，。]{0,4})(?:提出|明确|要求)|"
    # 公司已制定《2030碳中和行动路线图》：到2027年，…: the plan's own words after its title
    r"(?:方案|计划|纲要|路线图|规划)(?:（[^）]*）)?》[：:](?=[^。]{0,4}(?:到|至)\d{4}年)|"
    r"(?:须|需|应|必须)(?:降至|达到|控制|不超过|不低于|不少于|提供|低于|高于|小于|大于)|要求[^，。；]{2,24}?(?:降至|降到|控制在|不高于|不超过)|须于(?:民国)?\d{2,4}年|"
    # 将推动到2027年全国算力规模超过500EFLOPS, 推动到今年底…: what a government body will drive, not what it
    # expects.
    r"(?:推动|推进)(?:到|至|在)?(?:\d{4}年|今年|明年)|(?<![预估])\d{4}年(?:底|末)?[，,]?(?:将|要)(?:推动|推进)(?![^，。；]{0,8}(?:需求|增长|释放|普及))|(?:将|要|拟|计划|力争)[^。；]{0,30}?[，,]使(?!用)[^，。；]{0,16}?(?:维持在|保持在|控制在)|(?:到|至)\d{4}年(?:底|末)?[，,](?!人工智能|AI|大模型|算力需求|生成式)[^，。；]{0,8}?(?:将|要)(?:推动|推进)|(?:到|至)\d{4}年(?:底|末)?[，,](?:力争)?(?:推动|推进)(?=建成|实现|达到|形成|完成|新增)|(?<!预计)(?<!预测)(?<!预期)(?<!估计)(?<!预计，)(?<!预测，)(?<!预期，)(?<!估计，)(?:到|至)\d{4}年(?:底|末)?[，,](?:全市|全省|全区|全县|我市|我省|我区|我县)[^，。；]{0,12}?将|(?:我们|全区|全市|全省|全县|我区|我市|我省|我县)(?:将|要)(?:推动|推进|力争|确保)|(?:局|部|委|厅|政府)[^，。；]{0,12}?(?:推动|推进)[^，。；]{2,20}[，,](?:到|至)\d{4}年|(?:将|要)(?:全力|加快|大力|持续|进一步)?(?:推动|推进)(?![^，。；]{0,8}(?:需求|增长|释放|普及))[^，。；]{2,20}[，,](?:到|至)\d{4}年|"
    # 按照自治区部署，到2027年…: what a government's plan sets
    r"按照(?:国家|中央|党中央|国务院|自治区|省委|省|市委|市|区)?(?:的)?(?:统一)?(?:部署|要求|规划|安排)|"
    # 浙江省提出，到2027年…; 全年计划新增智算规模超过10EFLOPS
    r"(?:省|市|区|县|部|局|委|厅|政府|办公室)(?:则|也|还|亦|同时)?(?:提出|明确|要求)(?!的)|计划(?:再|将)?(?=新增|新建|(?:新)?开工(?!时间|日期|后|时|以来)|建成|建设|实现|达到|部署|推出(?!至今|以来|后|时|的)|完成(?!时间|时限|日期|时|之时|后)|采购|购置|交付(?!时间|日期|后|时)|(?:提升|提高|增加|扩大)(?:至|到))|计划(?:于|在|到)?\d{4}年[^，。；\d]{0,6}?(?=扩充|扩容)|计划(?:于|在|到)?\d{4}年(?:底|年底)?(?:前|之前)再?(?=推出|新增|新建|建成|建设|部署|增加|扩容)|计划(?:于|在|到)?(?:\d{4}年|今年|明年)(?:内|底|年底)?(?:前|之前)?[，,]?(?:把|将)[^，。；]{2,30}?(?:提升|提高|增加|扩充|扩大|增)(?:至|到)|我们(?:还|也)?提出(?=[，,]?(?:到|至)\d{4}年)|计划(?:\d{4}年|今年|明年|全年)(?=资本开支|资本支出|[^，。；\d]{0,6}?投资)|(?<!占)(?:全年|今年|明年|\d{4}年度?)(?:[^，。；\d]{2,6}?)?计划(?:安排|完成)?(?=[^，。；\d]{0,8}?投资(?!的))|"
    # 《施政报告》亦提出，到二○三○年…; 政府工作报告明确: a government's own programme.
    r"(?:施政报告|政府工作报告)》?(?:亦|也|还|中)?(?:提出|明确)"
)
# 关于印发《…行动方案》的通知, 《…规划》: a plan's or policy's own text, or a story reporting one.
# 关于印发河南省数字经济高质量发展三年行动方案（2026—2028年）的通知, a line of its own atop a page with no title
PLAN_ISSUED_LINE = re.compile(
    r"^关于印发[^。\n]{2,60}(?:方案|规划|意见|行动计划|纲要|措施|办法)[^。\n]{0,20}的通知$", re.MULTILINE
)
POLICY_DOCUMENT = re.compile(
    r"(?:印发|关于|出台|发布)[^，。]{0,40}(?:方案|规划|意见|通知|办法|行动计划|纲要|措施)|"
    r"《[^》]{0,60}(?:方案|规划|意见|行动计划|纲要|措施|办法)[^》]{0,20}》"
)
MAINLAND = re.compile(
    r"人民币|大陆|内地|中国(?!移动|电信|联通|铁塔|广电)|陆(?=\d|[^\u4e00-\u9fff])"
)  # (中国移动…以56亿元投得…用地, in Hong Kong: Hong Kong dollars)


@dataclass
class Sentence:
    text: str
    start: int
    paragraph: int


# ● …, 一是…, （一）…, 1. …: an item of a list, opening its paragraph.
LIST_ITEM = re.compile(
    r"^\s*(?:[●■◆▶•·]|——(?!—)|[一二三四五六七八九十]是|[（(][一二三四五六七八九十][）)]|\d{1,2}[.、．])"
)


def statement_start(text: str, position: int) -> int:
    """Where the statement holding `position` starts: a semicolon starts another one."""
    return text.rfind("；", 0, position) + 1


def clause_start(text: str, position: int) -> int:
    """Where the clause holding `position` starts: after the last comma, semicolon or full stop before it."""
    return max(text.rfind(mark, 0, position) for mark in "，,；。") + 1


def sentences(text: str) -> Iterator[Sentence]:
    """Sentences with their offsets and paragraph number (a source cited in a paragraph carries in it)."""
    paragraph, cursor = 0, 0
    for match in SENTENCE_END.finditer(text + "\n"):
        chunk = text[cursor : match.end()]
        stripped = chunk.strip()
        if stripped:
            yield Sentence(stripped, cursor + chunk.index(stripped[0]), paragraph)
        if "\n" in match.group(0):
            paragraph += 1
        cursor = match.end()


# The lead of a story: 新华社北京10月28日电, （中央社記者張建中新竹16日電）, 【明報專訊】, 〔記者…／台北報導〕,
# 21世纪经济报道记者 林典驰 广州报道. Its place and day are the newsroom's, not the facts'.
STORY_LEAD = re.compile(
    r"^\s*(?:(?:[（(〔【\[][^）)〕】\]]{1,40}[）)〕】\]]|《[^》]{2,16}(?:专讯|專訊|电|電)》"  # 《经济通通讯社6日专讯》
    r"|(?:本报讯|本報訊|本刊讯)\s*"
    r"|[\u4e00-\u9fff\d]{1,14}?(?:社|网|報|报|台|新闻|新聞)[ \t]?[\u4e00-\u9fff]{0,6}\d{1,2}月\d{1,2}日(?:电|電|讯|訊|消息)"
    r"(?:[（(][^）)]{1,20}[）)])?"  # 央广网北京8月19日消息（记者 孔令杰）
    # 【C114讯】北京时间9月24日消息（孙宁）: a wire's time line after its tag
    r"|(?:北京时间|北京時間|当地时间|當地時間)\d{1,2}月\d{1,2}日(?:电|電|讯|訊|消息)(?:[（(][^）)]{1,20}[）)])?"
    r"|[^，。\s]{0,12}(?:记者|記者)\s*[^，。\s]{2,4}\s*[\u4e00-\u9fff]{0,4}(?:报道|報導|报导)"  # (记者黄慧琳报道：)
    r"|[\u4e00-\u9fff]{2,10}\d{1,2}月\d{1,2}日(?:报道|報導)(?=[\s，,：:]))[：:]?\s*)+"  # 网易科技10月15日报道
)


def mask_lead(text: str) -> str:
    """Blank out a story's lead (same length): its place and day are the newsroom's."""
    for _ in range(3):
        lead = STORY_LEAD.match(text)
        if lead is None or not lead.group(0).strip():
            break
        text = " " * lead.end() + text[lead.end() :]
    return text


# The same lead at the start of any line of a text (its blank run not crossing a line end).
LINE_LEAD = re.compile(STORY_LEAD.pattern.replace("^\\s*", "^[ \\t]*"), re.MULTILINE)


def mask_leads(text: str) -> str:
    """mask_lead for every line (paragraph) of a text at once."""
    return LINE_LEAD.sub(lambda lead: " " * len(lead.group(0)), text)


ISO_DATE = re.compile(
    r"(?<![\d.])(?:19|20)\d{2}[-/](?:0?[1-9]|1[0-2])[-/](?:0?[1-9]|[12]\d|3[01])(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?(?!\d)"
)


def mask_titles(sentence: str) -> str:
    """Blank out 《book titles》 and a story's lead (same length) so the years, days, places and numbers
    in them are never read as facts or as the facts' time and place."""
    sentence = mask_lead(sentence)
    if "-" in sentence or "/" in sentence:
        # 2026-01-21人工智能…, 2025/12/29 10:42: a dateline's day and time, no figure (blanked, same length)
        sentence = ISO_DATE.sub(lambda m: "□" * len(m.group(0)), sentence)
    if "《" not in sentence:
        return sentence
    return BOOK_TITLE.sub(lambda m: "《" + "□" * (len(m.group(0)) - 2) + "》", sentence)


@dataclass
class Cues:
    """Where the words that decide clause, kind, region and currency sit in one sentence, found once per
    sentence: a sentence listing ten numbers would otherwise be scanned ten times for each of them."""

    original: str
    masked: str
    """The sentence with 《titles》 blanked: titles count for targets but not for forecasts or regions."""
    script: str

    @cached_property
    def clause_breaks(self) -> list[tuple[int, int]]:
        breaks = [match.span() for match in CLAUSE_BREAK.finditer(self.masked)]
        if "（" not in self.masked and "(" not in self.masked:
            return breaks
        # IT能耗（含服务器、存储系统和网络）达到55.1TWh: a list glossing what a figure covers splits nothing;
        # nor does a gloss with no number (排放总量（范围一和范围二，基于市场法）为358,640吨…)
        glosses = [match.span() for match in INCLUDING_GLOSS.finditer(self.masked)] + [
            match.span() for match in WORDS_GLOSS.finditer(self.masked)
        ]
        if not glosses:
            return breaks
        return [span for span in breaks if not any(start < span[0] < end for start, end in glosses)]

    @cached_property
    def target_end(self) -> float:
        return first_end(TARGET, self.original)

    @cached_property
    def forecast_end(self) -> float:
        return first_end(FORECAST_SENTENCE, self.masked)

    @cached_property
    def now_end(self) -> float:
        return first_end(NOW, self.masked)

    @cached_property
    def market_quote_end(self) -> float:
        # (【行情】澜算科技（300917）26.84元 +5.27%: a quote box's label, which masking blanks as a title)
        return min(first_end(MARKET_QUOTE, self.masked), first_end(QUOTE_LABEL, self.original))

    def quotes_the_market(self, start: int) -> bool:
        """Whether a number at `start` stands after the sentence turned to a share's quote, but for a broker's
        forecast after its target price (…目标价6.2元，该行预测…按年增长5%至7%)."""
        if self.market_quote_end > start:
            return False
        end = int(self.market_quote_end)
        return not (
            self.masked.endswith("目标价", 0, end)
            and FORECAST_AFTER_QUOTE.search(self.masked, end, start) is not None
        )

    @cached_property
    def mainland_end(self) -> float:
        return first_end(MAINLAND, self.masked)

    @cached_property
    def places(self) -> list[regions.Place]:
        """Every place named in the sentence, but for those in a cause (受美国…出口管制规则影响)."""
        places = regions.places(self.masked, self.script)
        if "中国" in self.masked:
            # 中国移动5号机房…等项目建成投运，…17个重点项目: a national company's name is where the sentence is
            # only in its own subject (中國移動…5G基站), not for the numbers around it
            national = {m.end() for m in regions.NATIONAL_NAME_AFTER.finditer(self.masked)}
            places = [place for place in places if place.region != "CN" or place.end not in national]
        if "受" not in self.masked and "随着" not in self.masked:
            return places
        causes = [match.span() for match in CAUSE.finditer(self.masked)]
        return [place for place in places if not any(start < place.end <= end for start, end in causes)]

    def places_before(self, position: int) -> list[regions.Place]:
        return [place for place in self.places if place.end <= position]


# 受美国商务部去年以来多轮更新出口管制规则影响, 随着…长沙人工智能创新中心…等七家算力中心正式接入: why, not where.
CAUSE = re.compile(r"(?:^|(?<=[，,]))(?:受[^，。；]{2,40}?(?:影响|冲击|拖累)|随着[^，。；]{2,80})[，,]")


def first_end(pattern: re.Pattern[str], text: str) -> float:
    """Where the first match of the pattern ends; infinity when there is none. A cue "before the number"
    is one whose first match ends at or before the number's start."""
    match = pattern.search(text)
    return match.end() if match else math.inf


def clause_bounds(breaks: list[tuple[int, int]], start: int, end: int, length: int) -> tuple[int, int]:
    """The clause (between commas, colons, enumeration marks) holding [start, end), given the sentence's
    clause breaks as (start, end) pairs in order."""
    left = breaks[bisect_right(breaks, (start, start)) - 1][1] if breaks and breaks[0][1] <= start else 0
    right = bisect_left(breaks, (end, 0))
    return left, breaks[right][0] if right < len(breaks) else length


def qualifier_of(before: str, after: str, more: bool) -> str:
    """gt/ge/lt/le/approx/eq from the words around the number; 超过…以上 resolves to gt."""
    raw_before = before
    bound = BOUND_OF_A_WHOLE.search(before)
    before = FILLER_BEFORE_NUMBER.sub("", before)
    after = ANNOTATION.sub("", after)  # 30EFLOPS（FP32）以上: the precision noted, then the qualifier
    prefix = next((q for pattern, q in PREFIX_QUALIFIERS if pattern.search(before)), None)
    if prefix is None and ABOUT_A_WHOLE.search(raw_before):
        prefix = "approx"  # 约为目前供给的6倍: about a multiple of a whole
    if prefix is None and bound:
        prefix = "le" if bound["le"] else "ge"  # 按不超过算力合同费用的30%: a bound on a share of a whole
    suffix = next((q for pattern, q in SUFFIX_QUALIFIERS if pattern.search(after)), None)
    if more:
        return "gt"
    if prefix and suffix and prefix != suffix:
        return prefix if prefix in ("gt", "lt") else suffix
    return prefix or suffix or "eq"


ABOUT_A_WHOLE = re.compile(r"(?:约为|约是|大约是|约)[^，。；\d]{1,10}的$")
BOUND_OF_A_WHOLE = re.compile(
    r"(?:(?P<le>不超过|不高于|最高)|(?P<ge>不低于|不少于|至少))[^，。；\d]{1,12}的$"
)
# 保持30%—35%的年均增速, 以31.2%的市场份额排名第1: what the number is, named after it.
RATE_AFTER = re.compile(
    r"^\s*(?:以上|以下|左右)?(?:的?(?P<pop>环比)?(?:年均|年平均|同比)?(?:复合)?(?:增速|增长率|增幅|成长率)"
    r"|的(?:速度|速率)(?:增长|扩张|递增|提升|增加)"
    # 有近48%的年成长, 实现20%以上的增长, 30%的同比增长, 35%的环比增长 (not 增长型企业, 增长空间)
    r"|的(?P<pop2>环比)?(?:年均|同比)?(?:年|季|月)?(?:成长|增长)(?!型|空间))"
)
SHARE_JUST_BEFORE = re.compile(r"(?:占比|比重|份额)(?:为|达|达到|约|约为|近|超过)?\s*$")
SHARE_AFTER = re.compile(
    # (分别以9.8%和7.2%的份额: the numbers listed after it share its measure)
    r"^(?:\s*(?:和|、|与|及)\s*\d+(?:\.\d+)?\s*[%％])*\s*的?"
    r"(?:(?:全球|全国|市场)?(?:出货|销售|营收)?(?:份额|占有率|市占率?)|(?:机柜|机架|用户|企业|项目|服务器|订单|产能)(?!数|总数|规模)|(?:收入|营收)(?!增长|增速)"
    r"|(?:将|均|都)?(?:来自|源自|来源于))"  # 新增部分超过一半来自AI负载: the part from it
)  # (大模型企业贡献了约55%的收入)  # 以31.2%的市场份额, 已恢复约九成机柜供电: a part of what follows
RESPONDENT = r"(?:受访|受调查|被调查)"
RESPONDENTS_AFTER = re.compile(rf"^\s*的?{RESPONDENT}")  # 约62%受访营运商: a share of them
# 合同金额的40%, 全球电力消费总量的1.6%: a part of the whole named before 的.
OF_A_WHOLE = re.compile(
    r"(?:[\u4e00-\u9fff]{2}(?:的|中)|(?:^|[，,；])(?:当中|其中))(?:将|已|仍)?(?:有)?(?:约有|约|近|逾|超过|接近|不到|有)?$"
)  # 当中约四成位于新界北: a part of what the clause before measured


# 比上年末净增2.08万个, 较上季增加120亿元: a change of a level against a time before, in the level's unit.
BASELINE_CHANGE = re.compile(
    rf"(?:比|较|相比)(?:(?P<year>上一?年|去年|一年前|年初|上届|上一届|上期|(?:19|20)\d{{2}}年|1[0-2]\d年|{ROC_YEAR_HAN}年"
    r"|截至[^，。；]{2,24}?止(?:年度|六个月|中期))"  # 较截至二零二二年十二月三十一日止年度减少
    r"(?:12月31日|末|底|同期)?"
    r"|(?P<recent>上一?个?季度?|上一?个?月)(?:末|底)?)"
    r"[^，。；\d]{0,4}?(?:净增|增加|新增|增长|多出|减少|下降|净减)了?(?:约|近|超过|逾|超)?$"
)


# 毛利率由去年同期的52.3%降至38.6%: a margin or a rate of return is a level of its own, no share of a whole.
MARGIN = re.compile(r"毛利率|净利率|利润率|收益率|分派率|回报率|节资率|备转容量率")
MARGIN_SHARE = re.compile(r"占|比重|份额")
CHANGED_BY = re.compile(r"(?:增长|下降|下滑|提升|提高|增加|减少|回落|上升|下跌|上涨)(?![至到])")


SHARE_CHANGED = re.compile(
    r"(?:占比|比重|份额)(?:较|比)[^，。；\d]{0,8}?(?:提高|提升|增加|上升|下降|降低|减少|回落)了?(?:约|近)?\s*$"
)


# 全年净增3920万户, 固定电话用户全年净减682万户: a net change over the period, in the level's unit.
NET_CHANGE = re.compile(r"(?:净增|净减)了?(?:约|近|超过|逾|超)?$")
# 按年增加216个, 按季减少120个: a change against the same time a year (or a quarter, a month) before, in units.
ON_YEAR_CHANGE = re.compile(
    r"(?:按年|(?P<recent>按季|按月))(?:净增|增加|新增|多出|减少|净减)了?(?:约|近|超过|逾|超)?$"
)


def measure_of(before: str, unit: str, after: str = "") -> str:
    if (
        unit == "percent"
        and (margin := MARGIN.search(before))
        and not MARGIN_SHARE.search(before)
        and not CHANGED_BY.search(before, margin.end())
    ):
        return "level"
    if unit not in ("percent", "percentage_point", "multiple", "rank") and (
        change := BASELINE_CHANGE.search(before) or ON_YEAR_CHANGE.search(before)
    ):
        return "growth_pop" if change["recent"] else "growth_yoy"
    if unit not in ("percent", "percentage_point", "multiple", "rank") and NET_CHANGE.search(before):
        return "growth_yoy"
    if unit == "percent" and (rate := RATE_AFTER.match(after)) and not SHARE_JUST_BEFORE.search(before):
        # (全球占比33%增速达50%: the share named before it, then a rate)
        return "growth_pop" if rate["pop"] or rate["pop2"] else "growth_yoy"
    if unit == "percent" and (SHARE_AFTER.match(after) or RESPONDENTS_AFTER.match(after)):
        return "share"
    if unit == "rank":
        return "rank"
    if unit == "multiple":
        return "multiple"
    if unit == "percent" and SHARE_CHANGED.search(before):
        return "growth_yoy"  # 占比较上年末提高9.5%: the share's change written in percent (points meant)
    if unit == "percentage_point" and (
        GROWTH.search(before) or DECLINE.search(before) or PERIOD_ON_PERIOD.search(before)
    ):  # (市占率季增2.8个百分点: a quarter's change)
        # 占比较上年提高9.3个百分点: a change of the share, not a share (it stays out of the share's series).
        return "growth_pop" if PERIOD_ON_PERIOD.search(before) else "growth_yoy"
    if unit in ("percent", "percentage_point"):
        if SHARE.search(before) or (
            unit == "percent" and OF_A_WHOLE.search(before) and not GROWTH.search(before)
        ):
            return "share"
        if PERIOD_ON_PERIOD.search(before):
            return "growth_pop"
        if GROWTH.search(before) or DECLINE.search(before):
            return "growth_yoy"
    return "level"


# 建成, 投产, 投入运营…: the works done and in use, the milestone a plan, a 届时 or a date names.
COMPLETION_WORDS = (
    "投入试运行|投入服务|投入运营|投入营运|投入运作|投入运行|投入使用|完成部署|部署完成|完成建置|建置完成"
    "|建成|投产|投用|投运|完工|竣工|交付|上线|开通|启用|激活(?![用码卡账])"  # (激活: OpenCC's 啟用; not 激活用户)
)
# …4800架，计划于今年12月底前建成投用: a capacity, then when it is planned (or expected) to be built; 首阶段不少于
# 48兆瓦须于2028年内投入运作: when a tender's terms require it.
PLANNED_AFTER = re.compile(
    r"[^，。；]{0,8}?(?P<comma>[，,])?(?P<word>计划|预计|拟|力争|有望|可望|须|需)于?[^，。；]{0,14}?"
    rf"(?:{COMPLETION_WORDS})"
)
# 建设机柜600个，部署智能算力2000P，计划于…建成投运: one more figure of the works between the number and the plan
ONE_CLAUSE_BETWEEN = re.compile(r"[^，。；\d]{0,10}[，,、][^，。；\d]{1,16}")


def planned_after(masked: str, end: int, quantities: Sequence[Quantity]) -> re.Match[str] | None:
    """The plan that says when what the number counts will stand: right after it, or after the next
    clause's figure of the same works."""
    if plan := PLANNED_AFTER.match(masked, end):
        return plan
    following = next((q for q in quantities if q.start >= end), None)
    if following is None or not ONE_CLAUSE_BETWEEN.fullmatch(masked, end, following.start):
        return None
    plan = PLANNED_AFTER.match(masked, following.end)
    # (首期600个机柜、电力容量8,000千瓦预计明年第三季投入运营: two figures listed share the plan)
    listed = "、" in masked[end : following.start]
    return plan if plan and (plan["comma"] or listed) else None


# (将成长为目前七点五倍, 较目前: what a multiple or a change is of, not the time of the number)
# (not 目前兴建中的第三座数据中心: how the building stands, not when its figures are)
NOW = compile_skipping(
    r"(?<![为是较比于])(?:目前(?![景期])|当前|现在|如今)(?!(?:正在|仍在|尚在)?(?:兴建中|建设中|在建|施工中|筹建中|规划中))|现已|现有|截至目前|现时|至今|迄今"
)
PRESENT = compile_skipping(rf"(?:已经|已|{NOW.pattern})")


def states_the_present(clause_before: str) -> bool:
    """已, 目前: the clause tells how things stand now, whatever the sentence forecast before it (but
    已投运IT容量将超过600兆瓦 says what the capacity in operation will be)."""
    present = PRESENT.search(clause_before)
    if present is not None and clause_before[max(0, present.start() - 1) : present.start()] in ("较", "比"):
        present = PRESENT.search(
            clause_before, present.end()
        )  # 将较目前翻一番: now is what it is compared with
    return present is not None and not WILL.search(clause_before, present.end())


WILL = re.compile(rf"{WILL_JIANG}(?!近)|有望|可望|预计")


# 比上年末, 较年初: a stock set against the year's start (用户比上年末净增807.3万户).
SINCE_YEAR_END = re.compile(r"(?:比|较)(?:上年末|上年底|去年底|去年末|年初)")


def change_words_start(subject: str) -> int:
    """Where the words of a rate of change begin in a subject (算力投资|同比增长), or its length."""
    starts = [
        m.start()
        for pattern in (GROWTH, DECLINE, PERIOD_ON_PERIOD, SINCE_YEAR_END)
        if (m := pattern.search(subject))
    ]
    return min(starts, default=len(subject))


def is_decline(before: str) -> bool:
    return bool(DECLINE.search(before))


WORK_REPORT = re.compile(r"政府工作报告|施政报告")


WORK_REPORT_GIVEN = re.compile(r"作(?:了)?《?(?:\d{4}年)?(?:[省市区县]|自治区)?(?:人民)?政府工作报告")


def is_policy_document(title: str | None, text: str = "") -> bool:
    """The title names a plan or policy: the document is one, or reports one; so does a story opening on a
    work report given (省长李炳军作政府工作报告)."""
    return (
        (
            title is not None
            and (POLICY_DOCUMENT.search(title) is not None or WORK_REPORT.search(title) is not None)
        )
        or WORK_REPORT_GIVEN.search(text, 0, 400) is not None
        or PLAN_ISSUED_LINE.search(text, 0, 400) is not None
    )


REACHED_VERBS = "达|超过|突破|建成|累计|完成|实现|投运|投产|上线|有"
AS_OF = re.compile(r"\s*(?:截至|截止)(?:目前|今年|去年|\d{4}年)?\d{0,2}月?(?:底|末|\d{1,2}日)?[，,]")
ALREADY_REACHED = re.compile(rf"已(?:经)?(?:{REACHED_VERBS})")
# 政府今年已推出3幅: what is done, a word or two between 已 and its verb
DONE = re.compile(  # (并已在今年的《财政预算案》中预留额外20亿元: money set aside, done)
    rf"已(?:经)?(?:在[^，。；]{{0,24}}?[中内])?[\u4e00-\u9fff]{{0,2}}?(?:{REACHED_VERBS}|推出|批出|签约|发放|落地|预留|拨出)"
)


def kind_of(number_start: int, clause_before: str, cues: Cues, since: int = 0) -> str:
    """forecast / target / actual from the words before the number in its sentence (from `since`, where
    an enumerated item starts: 一是…计划2027年建成；二是…投资12.6亿元). A 《行动计划》 that 提出 a number
    sets a target, so titles count for targets; a 《…预测研究报告》 that 显示 a number doesn't make it a
    forecast, so they don't count for forecasts."""
    if since:
        # 区长表示，下一步，科学城将从三方面发力：一是…；二是…: a government's tasks, each a target
        if TARGET.search(cues.original, since, number_start) or TASKS_LEAD.search(cues.original, 0, since):
            return "target"
        forecast = FORECAST.search(clause_before) or FORECAST_SENTENCE.search(
            cues.masked, since, number_start
        )
        return "forecast" if forecast else "actual"
    if cues.target_end <= number_start:
        statement = cues.masked[statement_start(cues.masked, number_start) : number_start]
        if (
            ALREADY_REACHED.search(clause_before)
            or DONE.search(clause_before)
            or (cues.target_end < number_start - len(statement) and AS_OF.match(statement))
        ) and not TARGET.search(clause_before):
            # 规划的8个国家算力枢纽…，截至2024年底，西部数据中心机架规模已达200万架: what stands now; so does
            # a statement of its own from a date (力争年底…达到40EFLOPS以上；截至6月底，…为33.8EFLOPS)
            return "actual"
        # 资本支出规划普遍上修，…比重可望超过六成: a forecast in its own clause, after a plan named before;
        # 计划于2027年6月底前建成投产；项目预计2028年全面达产，达产后年均营业收入约7.6亿元: or its own statement
        if any(
            FORECAST_SENTENCE.search(words) and not TARGET.search(words)
            for words in (clause_before, statement)
        ):
            return "forecast"
        return "target"
    if FORECAST.search(clause_before):
        return "forecast"
    if cues.forecast_end <= number_start and not (
        # 预计至2028年可增至约2,000兆瓦；…政府今年已推出3幅: a statement of its own saying what is done
        cues.forecast_end < statement_start(cues.masked, number_start) and DONE.search(clause_before)
    ):
        return "forecast"
    return "actual"


TASKS_LEAD = re.compile(
    r"(?:从|在)[一二三四五六七八九十两几]个?方面(?:发力|着手|入手|推进|加快|重点)|重点(?:做好|抓好|推进)[^。]{0,10}工作[：:]"
)
# 一是…；二是…；三是…: the items of a list, each a statement of its own; so are a project's phases
# (一期投资约32亿元…，计划于今年12月底前建成投用；二期投资约54亿元…).
ENUMERATED_ITEM = re.compile(
    r"(?<=[；;：:。])\s*(?:[一二三四五六七八九十]是|其[一二三四五六]|[（(][一二三四五六七八九十][）)]|[一二三四五六首]期(?=[^，。；])|"
    # ；芜湖智算中心项目总投资约12.4亿元…；韶关智算中心项目…: the projects of a list, each its own statement
    r"(?<=[；;])[\u4e00-\u9fffA-Za-z0-9]{2,14}?(?:项目|中心|园区|基地)(?=(?![^，。；]{0,4}?完成投资)[^，。；]{0,4}?(?:总投资|投资|规划|建设|占地|计划)))"
)


NUMBER_CHARS = re.compile(r"[\d零〇一二两三四五六七八九十百千万亿兆廿卅第]|首位|倍增|翻倍")


def may_hold_number(sentence: str) -> bool:
    """A cheap test before the quantity patterns: no digit and no numeral character, no fact."""
    return NUMBER_CHARS.search(sentence) is not None
