"""The extract stage's logic: a CleanDocument in, MetricFacts and Events out. No Redis in here.

For each sentence: find quantities with units (quantities), drop those that are no figure (noise), then
read around each one what it measures (subject, metric), when and how sure the text is (timing: period,
kind), its qualifier, where (region) and who says so (sources). What one sentence carries between its
clauses is in scope; what the reader remembers across sentences and paragraphs, in memory.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable

from shared.chinese import DATA_SOURCE_NOTE
from shared.messages import MOJIBAKE_MARK, CleanDocument, Event, MetricFact

from . import context, memory, metrics, noise, regions, respectively, sources, subjects, timing
from .events import find_events
from .metrics import metric_for
from .periods import BROKER_YEAR, Period
from .quantities import (
    CURRENCY_WORD,
    Quantity,
    find_doublings,
    find_fractions,
    find_quantities,
    find_ranks,
    find_ratios,
)
from .scope import ListedBefore, SentenceScope, SentenceState
from .skipping import compile_skipping
from .units import Unit, is_money

EXTRACTOR_VERSION = "0.5.0"

# 每万人拥有5G基站31.5个: a density, not a level of the metric the words name.
PER_CAPITA = re.compile(r"每(?:十万|万|千|百)?(?:人|户|平方公里)|人均")
SCRIPT_REGION = {"simplified": "CN", "traditional_tw": "TW", "traditional_hk": "HK"}
"""Where a document that names no region is from, judging by its script."""
# 5G基站總數達470.5萬個，比上年末凈增: traditional script that is neither Taiwan's nor Hong Kong's, in the
# mainland's statistical words, is a mainland story converted (as many sites serve them).
MAINLAND_WORDING = re.compile(
    r"同比|环比|上年末|比上年|净增|国家数据局|工信部|工业和信息化部|国家统计局|我国"
)
MAINLAND_VOICE = re.compile(
    r"数字中国|新华社|党中央|国务院|十四五|十五五|东数西算|国家数据局|工信部|工业和信息化部|国家发展改革委|国家发改委|"
    r"中共中央|全国人大|我国"
)
MAINLAND_VOICE_WORDS = 2
TAIWAN_VOICE = re.compile(
    r"行政院|经济部|国发会|数位发展部|数发部|台电|立法院|民国|国科会|资策会|工研院|新台币"
)
NOUN_AFTER = {"W": subjects.POWER_NOUN, "Wh": subjects.POWER_NOUN, "m2": subjects.AREA_NOUN}
"""What a figure in these units is of, when it is written after the number (提供约300兆瓦电力容量)."""
LOCAL_CURRENCY = {"traditional_tw": "TWD", "traditional_hk": "HKD"}
COMPANY_WIDE = re.compile(
    r"^(?:本|该)?公司|海外|境外|^(?:全国)?各地|^多地|^各省"
)  # (各地补贴比例: the country's)
# 衡擎智算2025年实现营业收入, 归母净利润: a mainland company's results, of the country (not its projects'
# places); in a Hong Kong or Taiwan paper the story says whose.
TOP_GROUP = re.compile(r"前[二三四五六七八九十\d]{1,2}(?:位|名)?的?(?:城市|省份|省市)")
OVERSEAS_BUSINESS = re.compile(r"(?:公司|集团)?(?:海外|境外)[^，。；]{0,8}(?:收入|营收|业务|订单)")
SITE_WORDS = re.compile(r"项目|园区|中心|集群|基地")
CORPORATE_RESULTS = re.compile(
    r"营业收入|营业总收入|营收|归母净利润|净利润|归属于上市公司股东|毛利率|扣非|溢利|^收入(?:\s|$)"
)  # (本年度收入为人民币84.36亿元, 拥有人应占溢利: a results announcement's lines)
# 交通运输业实现营业收入, 规模以上服务业企业: an industry's takings where the page is, not a company's.
AN_INDUSTRYS_RESULTS = re.compile(r"(?<![企事就])业(?:企业)?(?:实现|完成)?(?:营业收入|营收)|规模以上|规上")
# …%升至118年的约: the end of a change from the number before.
CHANGED_TO = re.compile(
    r"[%％][^，。；\d]{0,3}(?:升|降|提高|提升|增|增长|减少|回落|下降|扩大|缩小)(?:至|到)[^，。；]{0,10}$"
)
SHARE_CHANGE_FROM = re.compile(
    r"[^，。；]*?(?:比重|占比|份额|比例|渗透率)[^，。；\d]{0,8}?[，,][^，。；\d]{0,3}?(?:由|从)"
)


def _share_changes_from(masked: str, clause_start: int) -> bool:
    """…的比重，将由2025年的约28%升至…; 市场份额正在快速提升，由2024年的约35%…: the clause before names a share,
    this one where it went from."""
    previous = context.clause_start(masked, max(0, clause_start - 1))
    return SHARE_CHANGE_FROM.match(masked, previous) is not None


PLANNED_IN_CLAUSE = re.compile(
    r"(?<![原按入])计划(?:(?:于|在)[^，。；]{2,30}|[^，。；的已]{2,30})(?:完成|建成|新增|部署|扩容|扩充|提升|上线|突破|达到)"
)  # (今年计划实施的42个项目已完成投资, 原计划总投资50亿元的项目…已建成: done, not planned)
# 获券企业租用智能算力的平均成本下降了百分之三十五左右: what compute costs, no level of compute.
COST_OF = re.compile(r"(?:成本|价格|费用|租金|单价|电价)\s*$")
FACILITY = re.compile(r"项目|智算中心|数据中心|算力中心|机房|园区|基地|集群")
PROJECT_TOTAL = re.compile(r"^(?:项目)?(?:计划)?总投资(?:分别)?(?:为|约为|约|超过|逾|近|达)?$")
# 华峦云本月初也宣布，计划投资约45亿令吉: when it was said, not when the money is for
ANNOUNCED_THEN = re.compile(r"[^，。；\d]{0,3}?(?:宣布|表示|透露|称|公布|披露)")
OTHER_WORKS_AFTER = re.compile(
    r"(?:[^，。；]{0,8}?|[，,](?:用于|兴建|建设|新建|加强|扩建|升级)[^，。；]{0,12}?)(?:电网|输配电|输电|变电站|电力网络|供电网络)"
)  # (投资约45亿港元，兴建两个132千伏变电站; not …，配套建设的220千伏变电站已开工)
# Capital spending as written, and its guidance held (维持在, 介乎, 落在…); raised or cut to is timing.CHANGE_TO.
CAPEX_WORD = r"(?:资本开支|资本支出|[Cc]apex|CAPEX)"
GUIDANCE_HELD = r"(?:维持在|维持|介于|介乎|收敛(?:在|至|到)|控制在|落在)"
PLANNED_SPENDING = re.compile(
    r"计划(?:(?:于|在)[^，。；]{2,16}?)?(?:资本开支|资本支出|开支|支出|投资|投入)?(?:合计|总额|总计)?"
    rf"(?:增至|降至|达到|约为|为|约|超过|逾|近){{0,2}}{CURRENCY_WORD}?$"
    r"|(?:投资|开支|支出)计划(?:在|为|约为|约|达到|达)?$"  # 公司2026年算力投资计划在150亿元至170亿元之间
    # 集团今年资本开支预算约45亿港元, 今年资本支出(预算)维持在420亿至450亿美元
    # (公司预期今年资本开支维持约75亿美元: the guidance held, whoever expects it; revised up, it is a forecast)
    rf"|(?:资本开支|资本支出)(?:预算(?:将)?(?:维持在|维持|介于|为|约为|约|达|达到)?"
    # (今年资本支出预估落在480亿至500亿美元之间, 预计2026年全年资本开支在1,850亿元至1,950亿元之间: the guidance)
    rf"|(?:预估|预计|预期|估计)?(?:将)?(?:{GUIDANCE_HELD}|在)(?:约|近)?){CURRENCY_WORD}?$"
    # 公司明年资本支出将增至约新台币45亿元: next year's spending, as planned
    rf"|(?:明年|今年)的?(?:资本开支|资本支出)将{timing.CHANGE_TO.pattern}(?:约|近)?{CURRENCY_WORD}?$"
    # 四家公司…给出的2026年Capex指引合计在6,300亿至6,800亿美元之间: the spending guided for the year
    rf"|{CAPEX_WORD}的?指引(?:合计|总额|总计)?(?:{GUIDANCE_HELD}|保持在|定在|在|为|约为|约|达到|达)?"
    rf"{CURRENCY_WORD}?$"
)  # (计划于2026至2030年间投资约210亿港元)
# 今年资本支出将落在440亿至460亿美元之间，较先前预估上修: guidance revised, a forecast (held, a target).
REVISED_AFTER = re.compile(
    r"(?:之间|左右)?[，,]?(?:(?:较|比)(?:先前|此前|年初|之前|原先|上次)?的?(?:预估|预期|预测|指引|估计)?"
    r"(?:上修|下修|上调|下调)|(?:高|低)于(?:先前|此前|年初|之前|原先|上次)?的?(?:预估|预期|预测|指引|估计))"
)
THE_PLAN_NEXT_YEAR = re.compile(rf"(?:明年|后年|\d{{4}}年)将{timing.CHANGE_TO.pattern}")
ESTIMATED_BY = re.compile(r"估算|测算|推算")
# 中国联通则预计，2026年资本开支约为550亿元: a company's guidance for a year, in a clause of its own (an analyst
# names whose spending: 高盛预计，阿里巴巴2026年资本开支…)
GUIDED_OPENING = "(?:预计|预估)[，,]"
GUIDED_BEFORE = re.compile(GUIDED_OPENING + "$")
# 中国联通今年全年资本开支约为550亿元, 公司今年资本支出约新台币180亿元 in a year not over: the guidance.
FULL_YEAR_CAPEX = re.compile(
    rf"(?:全年|今年|明年|\d{{4}}年)(?:全年)?(?:公司|集团)?(?:的)?(?:资本开支|资本支出)(?:总额|合计)?(?P<guided>预计|预估)?"
    rf"(?:约为|为|约)?{CURRENCY_WORD}?$"
)
PLEDGED = re.compile(
    r"^(?![^，。；]*(?:预计|预测|预期|有望|(?:今年|明年|年内|\d{4}年)(?!宣布|表示)))[^，。；]{0,12}?(?:将|拟|计划)(?:在[^，。；]{1,10}?)?"
    rf"(?:投资|斥资|出资|投入|投入募集资金|使用募集资金|拨出|拨款|预留)(?:金额|总额)?(?:合计|总计|共计|共)?"
    r"(?:[^，。；\d]{2,20}?(?:项目|中心|园区|基地))?"  # 其中拟投入和林格尔新区智算中心项目17.5亿元
    rf"(?:约|超过|逾|近)?{CURRENCY_WORD}?$"  # 拟投资金额合计超过420亿元
)
NATIONAL_AGGREGATE = re.compile(
    r"(?:\d{1,2}|[八十])个国家(?:算力)?枢纽节点|国家(?:算力)?枢纽节点(?:新建|累计|整体|合计)"
)
# 枢纽节点数据中心通过绿电交易购入绿电, “东数西算”工程累计带动投资, cited to a national body: the hubs or the
# programme named bare (in a hub's own story, that hub).
NAMED_BARE = re.compile(r"^(?:国家(?:算力)?)?枢纽节点|东数西算[”\"]?工程")
NATIONAL_BODY = re.compile(r"^(?:国家|国务院|工业和信息化部|工信部|中国信息通信研究院|中国信通院|中央)")
# 公司海外业务收入同比增长约1.3倍: a change of what its own words name, of no metric.
OWN_NOUN = re.compile(
    r"(?:业务|营业|销售|主营)?(?:收入|营收|利润|净利润?|毛利|产值|出货量|销量|销售额|订单|交易额|成交额|市值)$"
    r"|[\u4e00-\u9fff]{2}(?:用户|用户数|终端|连接数)$"  # (蜂窝物联网终端用户比上年末净增807.3万户)
)
# 营收预计增长, 内地业务收入则按年增长: the words between a noun and its change that only hedge or link it.
HEDGE_OR_LINK = re.compile(r"(?:预计|预期|有望|可望|或将|料将?|将|则|亦|也|还|更|均|同样)+$")
# 本期间平均上架率为81.6%（2025年同期：77.9%）: the figure compared with, in brackets.
COMPARED_IN_BRACKETS = re.compile(r"[（(][^（）()]{0,12}(?:同期|上年|去年)[^（）()]{0,4}[：:]\s*$")
# 占比首次过半，达到52.2%: the share the clause before names, reached.
SHARE_THEN_REACHED = re.compile(
    r"(?:占比|比重|份额)[^，。；\d]{0,10}[，,](?:达到|达|为|升至|提升至)了?(?:约|近)?$"
)
SHARE_MOVED_TO = re.compile(
    r"^[^，。；\d]{0,12}?(?:续|再|又|进一步)?(?:扬升|升|降|提高|提升|减少|回落|下降|扩大|缩小)(?:至|到)$"
)
# …占总收益约58%，去年同期约为45%: the same share a year before.
SHARE_A_YEAR_BEFORE = re.compile(r"(?:去年|上年|上一年|一年前)(?:同期)?(?:则|仅|只有)?(?:约为|为|约|是)?")
# 较9月的(58%), 比上年同期的: the figure at the time compared with, given.
FIGURE_COMPARED_WITH = re.compile(r"(?:较|比|相较于?|相比)[^，。；%\d]{0,4}?[^，。；%]{1,10}?的(?:约|近)?")
PARALLEL_PART = re.compile(r"[^，。；\d%率比期年月]{1,16}?(?:合计|共计|共|则)?(?:约|近|逾|超过|约为|为)?")
# (but 集团今年资本开支预算约45亿港元: a company's spending planned for the year, a target)
BUDGET = re.compile(
    r"安排[^，。；]{0,12}(?:资金|经费|预算)|(?<!开支)(?<!支出)预算|编列|拨付|下达[^，。；]{0,6}资金"
)
# 按合同金额的30%给予补贴: a subsidy's rate, of no metric.
SUBSIDY_AFTER = re.compile(r"\s*(?:的[^，。；\d]{0,6}?)?(?:给予|予以|申领)?(?:补贴|补助|奖励|算力券)")
TARGET_AFTER = re.compile(
    r"(?:左右|以上)?的(?:目标|任务)|(?:左右|以上)?[”」]?列入[^，。；]{0,10}目标"
)  # 将“…增长5.5%左右”列入…目标
FORECAST_AFTER = re.compile(r"[^，。；]{0,4}?(?:可望|有望|预计|预期)")
PLAN_WORDS = ("计划", "拟", "力争", "须", "需")
# 计划于2027年底前建成，届时总算力将超过1.2万P: what 届时 reaches is planned or foreseen as the time it
# refers to was; the last of these words before the number decides (届时有望…: its own clause's word).
TIME_SET_BY = re.compile(r"(?P<plan>计划|规划|拟)|预计|预估|预期|预测|可望|有望")
TIME_NAMED_BY = re.compile(
    rf"(?:{TIME_SET_BY.pattern})(?:于|在|到)?[^，。；\d]{{0,4}}?(?:\d{{4}}年|明年|今年|后年|年内|年底|年末|[上下]半年|第?[一二三四1-4]季度)"
)
# 届时, 全部建成后: the time named before, when the works are done
BY_THEN = re.compile(rf"届时|(?:全部|全面|整体)?(?:{context.COMPLETION_WORDS})后")
GOALS_HEADING = re.compile(
    r"^[（(]?[一二三四五六七八九十]{1,3}[、）)]\s*[^。，]{0,10}(?:目标|重点工作|重点任务|主要任务)\s*$"
)
PLAN_LEAD = re.compile(r"(?:工作|任务|目标|举措|措施|重点)[^。！？]{0,8}[：:]\s*$")
MULTIPLE_BASE = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:约为|约是|相当于|是|为)[^\s]{1,12}$")
OVERALL_RATE = re.compile(r"(?:整体|总体)(?:平均)?[\u4e00-\u9fff]{1,3}率")
# 在全国算力占比达81%: a clause naming only the whole a share is of.
WHOLE_OPENS = re.compile(
    r"\s*在[^，。；\d]{1,14}?(?:中)?的?(?:占比|比重|比例|份额)(?:达到|达|为|约为|约|超过|逾|近)?\s*$"
    r"|\s*(?:全省|全市|全区|全国)(?:占比|比重)(?:达到|达|为|约为|约|超过|逾|近)?\s*$"  # (…，全省占比28.0%: of 南京's)
)


def subject_for(scope: SentenceScope, quantity: Quantity, clause: tuple[int, int], measure: str) -> str:
    """The words before the number in its clause (after any number before it there), minus periods and
    verbs; counts add the noun after. With no words of its own, the clause borrows the topic: of the
    sentence so far, of what the sentence opened with, or of the clause after it."""
    sentence, periods, state = scope.masked, scope.period_spans, scope.state
    clause_start, clause_end = clause
    subject_start = max(clause_start, scope.previous_end)
    subject = subjects.clean_subject(
        subjects.without_periods(sentence, subject_start, quantity.start, periods)
    )
    if measure == "rank" and subject_start > clause_start and not subject:
        # 中国以约16%排名第二: the rank is of what the clause opened with, before the number it ranks by
        by = max((q.start for q in scope.quantities if q.end <= subject_start), default=clause_start)
        subject = subjects.clean_subject(subjects.without_periods(sentence, clause_start, by, periods))
    after = sentence[quantity.end :]
    unit = quantity.unit.canonical
    noun = (
        subjects.POST_NOUN.match(after)
        if unit in ("count", "rack")
        else NOUN_AFTER.get(unit, subjects.COMPUTE_NOUN).match(after)
    )
    if noun and (tail := subjects.clean_subject(noun.group(0).removeprefix("以上").removeprefix("左右"))):
        subject = f"{subject} {tail}".strip()
    if quantity.unit.canonical == "percent" and (respondents := subjects.RESPONDENTS.match(after)):
        subject = f"{subject} {respondents.group(0)}".strip()
    needs_topic = (
        subject in subjects.GENERIC_SUBJECTS
        or len(subject) < 3
        or (len(subject) <= 8 and regions.only_places(subject))
        or subjects.ONLY_A_CHANGE.fullmatch(subject) is not None  # 从…16.2万亿元，快速增长至…56.1万亿元
        or subjects.ONLY_AN_ESTIMATE.search(subject) is not None  # 信通院测算的区间为3,500亿至4,200亿千瓦时
        or OVERALL_RATE.fullmatch(subject)
        is not None  # 公司运营机柜约3.6万个，整体上架率约为82%: the topic's
        # 算力总规模达到12.4EFLOPS，在全国10个国家数据中心集群中位居第三: only the whole the rank is taken in
        # (not after a share or a rate: 上海智算中心的平均利用率约为74%，在各省份中排名第一 is the share's rank)
        or (
            measure == "rank"
            and RANKED_AMONG.fullmatch(subject) is not None
            and not (scope.previous_end and state.last_measure in ("share", "growth_yoy", "growth_pop"))
        )
    )
    if (
        measure in ("growth_yoy", "growth_pop", "share", "multiple")
        # 在算力总规模中的占比 names only the whole
        and metric_for(subjects.without_denominator(subject, measure), quantity.unit.canonical, measure)
        is None
        and not (measure != "share" and metrics.names_a_metric(subject))  # 全台用电量将年增: its own
        and not (
            # (营收预计增长超过200%: the noun before the hedge)
            measure != "share"
            and OWN_NOUN.search(HEDGE_OR_LINK.sub("", subject[: context.change_words_start(subject)].strip()))
        )
        and not (measure == "share" and subjects.names_its_part(subjects.without_whole(subject)))
        # 已建成的县级智算中心中将有超过一半: a part of the things it names, no share of a metric before
        and not (measure == "share" and subject.endswith("中") and len(subject) >= 6)
    ):
        needs_topic = True  # 大概占到GDP的4%: the share of what the sentence is about
    if measure == "share" and (
        subject.startswith("占") or WHOLE_OPENS.match(sentence, subject_start, quantity.start)
    ):
        # 占全国智能算力的比重将达到一成, 在全国算力占比达81%: whose share, the sentence said before
        needs_topic = True
    # A change in points is of the share stated before, and so is a share after another in its clause
    # (比重由上年同期的22.4%提升至41.5%).
    after_a_share = measure == "share" and scope.previous_end > clause_start
    # (…美国约占48%，位居第一；中国约占27%，居第二位: a rank after a share is the share's holder's)
    after_a_share = (
        after_a_share
        or (
            measure == "rank"
            and state.last_measure == "share"
            and not subject
            and not quantity.text[0].isdigit()  # (a table's rank column: the row's)
            and "；" not in sentence[scope.previous_end : quantity.start]
        )
    )
    topic = state.share_subject if quantity.unit.canonical == "percentage_point" or after_a_share else None
    if measure == "share" and needs_topic and state.last_measure in ("share", "rank") and state.share_subject:
        # 利用率约为48%，其中东部地区约为56%，西部地区约为39%: a part's share, in a clause of its own, is
        # of the share just stated, without the place that share was of.
        rest = subjects.without_place_after(state.share_subject)
        # (全球智能算力中，美国约占48%，位居第一；中国约占27%: the world is the whole, no place of a part)
        if len(rest) >= 3 and set(regions.regions_in(rest)) <= {"GLOBAL"}:
            topic = rest
        elif subject and regions.only_places(subject) and (share_of := subjects.without_holders_place(rest)):
            # 东部地区算力规模占全国的比重约为54%，西部地区约为23%: the share, held by another place
            topic = share_of
    topic = topic or state.subject
    if needs_topic and measure == "share" and _share_changes_from(sentence, clause_start):
        # 负载占…的比重，将由2025年的约28%升至…: the share the clause before names
        named_start = max(sentence.rfind(mark, 0, clause_start - 1) for mark in "，,；。") + 1
        topic = subjects.clean_subject(
            subjects.without_periods(sentence, named_start, clause_start - 1, periods)
        )
    if (
        needs_topic
        and topic
        and topic == scope.paragraph_topic
        and clause_start > 0
        and not scope.previous_end
    ):
        # …机架总规模超过830万标准机架。…，智能算力更是展现出高增长势头，2023年增速超过70%: a metric the
        # sentence named before its first number outranks the paragraph's topic
        own = subjects.topic_before(subjects.without_periods(sentence, 0, clause_start, periods))
        # (天翊通信项目某运营商AI服务器集中采购，金额9.85亿元 after another row: the row's own opening)
        says_nothing = measure == "level" and (len(subject) < 3 or subject in subjects.GENERIC_SUBJECTS)
        topic = own if own and (metrics.names_a_metric(own) or says_nothing) else topic
    if (
        needs_topic
        and topic
        and topic == scope.paragraph_topic
        and scope.previous_end
        and state.last_listed is None  # (the number before in the sentence was no figure)
        and measure in ("growth_yoy", "growth_pop")
        and (own := subjects.topic_before(subjects.without_periods(sentence, 0, clause_start, periods)))
    ):
        topic = own  # 新加坡…每千瓦月租约300新元，按年上升约7%: the change of what was just priced (no fact itself)
    if needs_topic and (statement_start := context.statement_start(sentence, clause_start)) > max(
        scope.previous_end, 1
    ):
        # …大幅增长117%；智能算力成为绝对主导，为3846 EFlops: what its own statement opened with
        own = subjects.topic_before(
            subjects.without_periods(sentence, statement_start, clause_start, periods)
        )
        topic = own if own and metrics.names_a_metric(own) else topic
    if needs_topic and topic and not subject.startswith(topic):
        # (表：…市场规模：2021年规模196亿元。2022年规模298亿元: the rows' own word, said once)
        subject = topic if subject and topic.endswith(subject) else f"{topic} {subject}".strip()
    elif needs_topic and clause_start > 0:
        # 全球数据中心耗电量预计到2030年将翻一番，达到945太瓦时: what an earlier clause is about.
        topic = subjects.topic_before(subjects.without_periods(sentence, 0, clause_start, periods))
        subject = f"{topic} {subject}".strip() if topic else subject
    if not subject and clause_end < len(sentence):
        # 从2019年的47EFLOPS增至2024年的280EFLOPS，我国算力总规模五年增长近5倍: what comes next.
        subject = subjects.topic_of(subjects.without_periods(sentence, clause_end, len(sentence), periods))
    return subject


def local_currency(quantity: Quantity, local_money: str | None, cues: context.Cues) -> str:
    """元 in a Taiwan or Hong Kong story is the local dollar unless the sentence is about the mainland."""
    unit = quantity.unit.canonical
    if unit != "CNY" or local_money is None:
        return unit
    if quantity.currency_named or cues.mainland_end <= quantity.end:
        return unit
    return local_money


def local_money(document: CleanDocument, places: regions.DocumentRegions) -> str | None:
    """The dollar 元 means: Taiwan's or Hong Kong's by the script, or Hong Kong's in a Hong Kong story a paper
    prints in simplified characters (星岛's zh-hans pages: 政府推出30亿元资助计划)."""
    if money := LOCAL_CURRENCY.get(document.script):
        return money
    elsewhere = sum(count for region, count in places.counts.items() if region not in ("HK", "GLOBAL"))
    if places.counts.get("HK", 0) > elsewhere and "人民币" not in document.text:
        return "HKD"  # (a 南方日报 story on the Greater Bay Area names 香港 too, and more of the mainland)
    return None


# 第1名 北京|…: the one a ranking's item places, after its place.
PLACED_AFTER = re.compile(r"[\s：:、]+(?P<name>[\u4e00-\u9fffA-Za-z]{2,12})")


def _subject_and_metric(  # noqa: PLR0917 - the clause's views, as fact_for holds them
    scope: SentenceScope,
    quantity: Quantity,
    clause: tuple[int, int],
    unit: str,
    measure: str,
    share: respectively.Share | None,
) -> tuple[str, str | None] | None:
    """What the number measures, as written and as a metric key; a 分别 list's numbers share their
    first number's. None when nothing in the sentence names it."""
    state = scope.state
    if share and share.subject:
        return share.subject, metric_for(share.subject, unit, measure)
    if share and share.leader in scope.leaders:
        return scope.leaders[share.leader]
    if (
        unit == "rank"
        and not scope.masked[: quantity.start].strip()
        and (placed := PLACED_AFTER.match(scope.masked, quantity.end))
    ):
        return f"{placed['name']}排名", None  # 第1名 北京|综合得分91.6分: a ranking's item
    subject = subject_for(scope, quantity, clause, measure)
    if not subject or ((answer := sources.answers(scope.masked)) and subject == answer["who"]):
        return None  # 沈一鸣：三倍有点夸张: a number the answer names, of nothing it says
    if share and share.region:
        subject = subjects.without_listed_region(subject)
    if (
        PER_CAPITA.search(subject)
        or SUBSIDY_AFTER.match(scope.masked, quantity.end)
        or COST_OF.search(subject[: context.change_words_start(subject)])
    ):
        metric = None  # a density, a subsidy rate: no level of the metric their words name
    else:
        part = subjects.without_denominator(subject, measure)
        metric = (part != subject and metric_for(part, unit, measure)) or None
        if metric is None and not (part != subject and metrics.BUSINESS_LINE.search(part)):
            # (a share's metric is its part's: 算力服务收入占全区算力产业收入的比重 is no compute capacity's)
            # (…平均出租率 东部地区: a place's part of a rate is of the rate)
            rate = subjects.without_place_after(subject) if measure == "share" else subject
            metric = metric_for(rate if rate.endswith("率") else subject, unit, measure)
        if (
            state.subject
            and subject.startswith(state.subject)
            # 额度达186亿元，…，占同期…的比重约为11.3%: the share of what was just measured, as it was measured
            and (
                metric is None
                or measure in ("growth_yoy", "growth_pop", "multiple")
                or part.strip() == state.subject
            )
            and (state.metric is None or metrics.measures_in(state.metric, unit, measure))
            and not metrics.rate_of_no_money(subject, measure, state.metric)
            and not (measure == "level" and metrics.names_a_part(subject, state.metric))
            # (IT容量约265兆瓦，整体出租率…较上年底上升2.1个百分点: the points are the rate's own)
            and not (unit == "percentage_point" and metric is not None)
        ):
            metric = state.metric  # 投资85.6亿元，同比增长42.3%: the rate of what was just measured
        elif (
            metric is None
            and state.metric
            and metrics.is_just(subject, state.metric)
            and metrics.measures_in(state.metric, unit, measure)  # (另有23件 after 契约容量: cases, no power)
        ):
            metric = state.metric  # 资料中心用电量…；其中第3季用电量: the same thing, its context said before
        elif (
            metric is None
            and state.metric
            and state.subject
            and subject[-2:] == state.subject[-2:]
            and BARE_HEAD_NOUN.search(subject)
            and metrics.measures_in(state.metric, unit, measure)
        ):
            # 总电力容量约1,450兆瓦…；政府目标…把容量提升至约2,600兆瓦: its head noun again
            metric = state.metric
        if metric is None and measure in ("share", "growth_yoy", "growth_pop"):
            metric = metrics.share_of_a_part(subject, state.metric)  # 其中绿电占比超过85%
        if (
            metric is None
            and measure == "share"
            and state.metric
            and PART_OF_THE_WHOLE.match(scope.masked, clause[0])
            and regions.only_places(SHARE_WORD.sub("", subject))
        ):
            metric = state.metric  # 投资约2000亿元，其中西部地区枢纽节点占比接近六成: a place's part of it
        if measure == "share" and COUNTED_PART_AFTER.match(scope.masked, quantity.end):
            # 涉及投资约96亿元，其中约六成项目落户河套: a share of the projects, not of the money
            metric = None
        if metric == "computing_centre_investment" and OTHER_WORKS_AFTER.match(scope.masked, quantity.end):
            metric = None  # 投资约780亿港元加强输配电网络: money for the grid, not for computing centres
        if (
            metric is None
            and unit in ("W", "Wh")
            and not NOT_DATA_CENTRE_POWER.search(subject)
            and (
                (unit == "W" and DATA_CENTRE_NAMED.search(subject))
                # 已核准供电的资料中心案件共71件，契约容量合计约236万瓩: the statement names whose power
                or (
                    DATA_CENTRE_NAMED.search(
                        scope.masked, context.statement_start(scope.masked, quantity.start), quantity.start
                    )
                    and CONTRACTED_CAPACITY.search(subject)
                )
            )
        ):
            metric = "data_centre_power"  # 公司桃园二号数据中心一期12MW: a data centre's size in watts
        if metric is None and unit == "ratio":
            metric = (
                "pue"  # 新建大型数据中心则须达1.25以下: only PUE is read as a ratio (quantities.find_ratios)
            )
    if share:
        scope.leaders[quantity.start] = (subject, metric)
    return subject, metric


# 把容量提升至, 其规模: a head noun with nothing naming what it is of (not 相关产业规模, 绿电交易电量).
BARE_HEAD_NOUN = re.compile(r"(?:^|[把将其该])[\u4e00-\u9fff]{2}$")


def _carry_topic(state: SentenceState, subject: str, metric: str | None, measure: str) -> None:
    """What the next clauses of the sentence are about, when they don't say."""
    if measure in ("level", "multiple"):
        state.subject, state.metric = subject, metric
    elif measure in ("growth_yoy", "growth_pop") and (
        state.subject is None or not subject.startswith(f"{state.subject} ")
    ):
        # 其中算力投资同比增长超过20%，达到约800亿元: a growth rate naming its own subject makes that
        # subject (without 同比增长) the topic of what follows.
        core = subject[: context.change_words_start(subject)].strip()
        state.subject, state.metric = (core, metric) if len(core) >= 2 else (subject, metric)
    elif state.subject is None:
        state.subject, state.metric = subject, metric
    if measure == "share":
        state.share_subject = subject
    state.last_measure = measure


def _holders_region(  # noqa: PLR0917 - the fact's views, as fact_for holds them
    scope: SentenceScope,
    quantity: Quantity,
    subject: str,
    measure: str,
    topic: str | None,
    topic_region: str | None,
) -> str | None:
    """晶凯在全球晶圆代工市场的市占率: the holder's place (from the story), not the market's."""
    region = _region(scope, quantity, subject, measure, topic, topic_region)
    if region and (market := MARKET_SCOPE.search(subject)) and region in regions.regions_in(market.group(0)):
        # (台湾业者在全球先进封装产能的市占率: the holder named before the market)
        holder = regions.regions_in(subject[: market.start()], scope.document.script)
        return holder[-1] if holder else None
    return region


WORLDS_OWN_KIND = re.compile(
    r"占(?:全球|全世界|世界)(?P<noun>[^，。；的]{2,12}?)(?:出货|销售|市场)?(?:量|额)?的?(?:比重|比例|份额|占比)"
)


def _region(  # noqa: PLR0917 - the fact's views, as fact_for holds them
    scope: SentenceScope,
    quantity: Quantity,
    subject: str,
    measure: str,
    topic: str | None,
    topic_region: str | None,
) -> str | None:
    """Where the number is about: the place its subject names (the last, most specific: 宁夏中卫 is
    中卫), else the one the sentence's topic names (全省…标准机架达到28.5万架，上架率约为68%), else the
    nearest place before it. 全省/全市 is the document's province or city; a share's denominator
    (占全国比重) is no place it is about."""
    script = scope.document.script
    places = scope.document_regions or regions.DocumentRegions(Counter(), None)
    # 占全球的比重…，位居全球第二: the whole a share or a rank is taken in is no place it is about.
    # (a change in points is of a share; 算力规模占全国的比重 西部地区: the place added after the share holds it)
    measured = "share" if measure == "rank" or quantity.unit.canonical == "percentage_point" else measure
    part = " ".join(
        filter(None, (subjects.without_denominator(words, measured) for words in subject.split()))
    )
    if (
        measure == "share"
        and "全" in subject
        and (whole := WORLDS_OWN_KIND.search(subject))
        and whole["noun"][-2:] in part
        and not regions.regions_in(part, script)
        and all(place.region == "GLOBAL" for place in scope.cues.places_before(quantity.start))
        and scope.paragraph_region in (None, "GLOBAL")  # (我国…。其中，服务器…占全球…的比重: China's)
    ):
        return "GLOBAL"  # AI服务器占全球服务器出货比重: a kind's part of the world's total of its kind
    if measure == "rank" and (whole := RANKED_WHOLE_AT_END.search(part)):
        part = part[: whole.start()]  # …的峰值性能在国内在役通用超算系统中(位居第二): the ranked, not where
    if measure == "multiple" and (base := MULTIPLE_BASE.search(part)):
        part = part[
            : base.start()
        ]  # 美国的投入约为中国的6.6倍: the place of what is multiplied, not the base's
    # A semicolon starts another statement: a place it names before the number (…；目前，集团位于广东韶关的
    # 智算园区…约1,500P) outranks the topic's, which otherwise carries (…韶关数据中心集群…；集群…耗电量).
    statement = context.statement_start(scope.masked, quantity.start)
    before = _places_in(scope, statement, quantity.start)
    if province := _joint_cities_province(scope, quantity.start, statement, before):
        return province
    if TOTAL_ROW.match(subject):
        topic = topic_region = None  # 合计机柜数12600个 after the rows of 南通 and 盐城: no row's place
    if topic and topic == scope.paragraph_topic and scope.cues.places_before(quantity.start):
        topic = None  # a topic from an earlier sentence gives way to a place this sentence names
    elif topic and statement and _opens_the_statement(before, statement):
        topic = None  # …广东…；内蒙古依托…，算力总规模位居全国第三: the new statement's own subject
    part = _placed_words(part, scope.masked, script)
    topic = topic and _placed_words(topic, scope.masked, script)
    own = regions.regions_in(part, script)
    if (not own or regions.names_only_a_national_company(part, own)) and (
        built := _built_at_after(scope, quantity)
    ):
        return built  # 中国云服务商启衡云…将投资约18亿美元，在柔佛士乃兴建两座数据中心
    # (纬创受惠北美云端服务供应商…营收: its customers' place is not its own)
    for words in (_without_cause(part), _without_cause(topic or "")):
        if (named := regions.regions_in(words, script)) and not (
            regions.names_only_a_national_company(words, named) and (before or FACILITY.search(words))
        ):  # (在武汉…，中国电信中部智算中心完成扩容…; 中国电信鄱阳湖智算中心项目总投资: where, not whose)
            if named[-1] == "CN" and places.country_is_taiwan and "全国" in words:
                return "TW"  # 全国用电量 in a Taiwan story about Taiwan
            return _spanned(scope, quantity, script) or named[-1]
        if regions.whole_area(words):
            named_before = regions.whole_area_named(words, scope.cues.places_before(quantity.start))
            if named_before is None and scope.paragraph_region:
                # 庆阳数据中心集群已建成…。2025年，全市算力产业规模…: the city its paragraph is about
                named_before = regions.whole_area_named(
                    words, [regions.Place(0, scope.paragraph_region, False)]
                )
            if named_before or not scope.document_regions:
                return named_before
            return scope.document_regions.region_for(words)
    if TOP_GROUP.search(part) and not regions.regions_in(part, script):
        return "CN"  # 排名前十城市的算力总规模: cities across the country
    if OVERSEAS_BUSINESS.search(part) and not regions.regions_in(part, script):
        return None  # 公司海外算力业务收入, after a paragraph on 阿布扎比: the company's own (its home)
    if part != subject:
        denominator = set(regions.regions_in(subject, script))
        before = [place for place in before if place.region not in denominator]
    # 在全国10个国家数据中心集群中位居第三(，其中…): the whole a rank is taken in is no place of it or after it;
    # 承接来自长三角…等东部地区企业的算力订单: nor are the places orders come from
    wholes = [m.span() for m in WHOLE_RANKED_IN.finditer(scope.masked, statement, quantity.end)]
    wholes += [m.span() for m in regions.ORDER_ORIGIN.finditer(scope.masked, statement, quantity.start)]
    before = [place for place in before if not any(a < place.end <= b for a, b in wholes)]
    if measure == "multiple" and (base := timing.MULTIPLE_OF.search(scope.masked, statement, quantity.start)):
        before = [place for place in before if place.end <= base.start()]  # 美国的投入约为中国的6.6倍
    if topic_region and not (statement and before):
        return topic_region
    if (around := regions.region_around(before)) is None and _opens_the_statement(before, statement):
        around = before[
            0
        ].region  # 内蒙古依托和林格尔、乌兰察布两大集群，…位居全国第三: the statement's subject
    if around is None and statement and not before and scope.paragraph_region is None:
        # 建设地点：廊坊市固安县…；总投资：28.6亿元: a statement naming no place is where the sentence was
        around = regions.region_around(scope.cues.places_before(statement))
    if TOTAL_ROW.match(subject):
        return around
    return around or scope.paragraph_region


TOTAL_ROW = re.compile(r"(?:合计|总计|共计|小计)")


def _placed_words(words: str, masked: str, script: str) -> str:
    """The words whose places are the number's own: not where goods go, the market a share is taken in, or
    where orders come from."""
    return regions.ORDER_ORIGIN.sub("订单", MARKET_SCOPE.sub("", _without_destination(words, masked, script)))


# 表：2021—2028年中国智算中心市场规模及预测：2021年规模196亿元。…: the caption says what the rows measure.
TABLE_CAPTION = re.compile(
    r"^(?:附?表|图表|图)\s*(?:\d+(?:[\-—–.]\d+)?)?\s*[：:|｜]?\s*(?P<caption>[^：:。]{2,60}?)"
    r"(?:及(?:其)?(?:增长)?(?:预测|预计|增速|增长))?[：:]"  # 表2-1  2023—2027年中国算力市场规模及增长预测：
)
CAPTION_YEARS = re.compile(r"(?:19|20)\d{2}\s*(?:年)?(?:\s*[—\-–~至到]\s*(?:19|20)\d{2})?\s*年")


def _topic_of(masked: str, found: list[Quantity], paragraph: memory.ParagraphMemory) -> SentenceState:
    """What the sentence's numbers are about when its words don't say: a table's caption for its rows
    (表2-1 2023—2027年中国算力市场规模及增长预测：2023年市场规模18,420亿元。), else the paragraph's topic."""
    if masked.startswith(("表", "附表", "图")) and (table := _table_topic(masked, found)).subject:
        return table
    before = paragraph.topic
    if PART_OF_THE_WHOLE.match(masked) and before.share_subject and before.last_measure != "level":
        # 平均出租率为58.7%，较去年底下降3.4个百分点。其中，东部地区约为71%: the parts of the share before
        return SentenceState(
            before.subject, before.metric, share_subject=before.share_subject, last_measure="share"
        )
    return SentenceState(before.subject, before.metric)


def _table_topic(masked: str, found: list[Quantity]) -> SentenceState:
    """The caption as the topic of the rows after it, measured in the first row's unit."""
    if not found or not (caption := TABLE_CAPTION.match(masked)):
        return SentenceState()
    subject = subjects.clean_subject(CAPTION_YEARS.sub("", caption["caption"])) or None
    first = min(found, key=lambda q: q.start)
    return SentenceState(subject, subject and metric_for(subject, first.unit.canonical, "level"))


def _joint_cities_province(
    scope: SentenceScope, at: int, statement: int, before: list[regions.Place]
) -> str | None:
    """昆明、曲靖两市合计完成投资61.4亿元，同比增长33.7%: cities of one province, counted together, are that
    province's (not a clause naming a place of its own: ，其中昆明38.2亿元)."""
    if not JOINT_PLACES.search(scope.masked, statement, at):
        return None
    clause_start = context.clause_start(scope.masked, at)
    if any(place.end > clause_start for place in before) and not JOINT_PLACES.search(
        scope.masked, clause_start, at
    ):
        return None
    cities = {place.region for place in before if place.region in regions.CITY_PROVINCE}
    provinces = {regions.CITY_PROVINCE[city] for city in cities}
    return provinces.pop() if len(cities) >= 2 and len(provinces) == 1 else None


JOINT_PLACES = re.compile(
    rf"(?:{respectively.PLACES_COUNTED.pattern})[^，。；\d]{{0,16}}?(?:合计|共计|累计|总计|合共|共)"
)


def _places_in(scope: SentenceScope, start: int, end: int) -> list[regions.Place]:
    places = [place for place in scope.cues.places_before(end) if place.end > start]
    if places and _credits(scope.masked):
        causes = [m.span() for m in CREDITED_TO.finditer(scope.masked, start, end)]
        places = [p for p in places if not any(a <= p.end <= b for a, b in causes)]
    return places


BUILT_AT_AFTER = re.compile(
    r"[^，。；]{0,4}[，,]?\s*(?:在|于)(?P<place>[^，。；]{2,12}?)(?:兴建|建设|新建|建|布局|落地)"
)


def _built_at_after(scope: SentenceScope, quantity: Quantity) -> str | None:
    """Where money or capacity a company of the nation commits is built, named right after the number."""
    if not (after := BUILT_AT_AFTER.match(scope.masked, quantity.end)):
        return None
    named = regions.regions_in(after["place"], scope.document.script)
    return named[-1] if named and named[-1] != "CN" else None


# 晶凯在全球晶圆代工市场的市占率约为69.4%: the market a share is of, not where its holder is.
MARKET_SCOPE = compile_skipping(
    r"在?(?:全球|全国|世界|国内|国际)(?:[^，。；]{0,10}?(?:市场|产能)(?:的|中)?)?(?=[^，。；]{0,4}(?:市占率|份额|占有率|占比))"
)


ORDERS_FROM = re.compile(r"(?:[^，。；]{0,6}?)来自(?P<place>[^，。；]{2,8}?)(?:之|的)?(?:外销)?(?:接单|订单)")


def _without_destination(part: str, masked: str, script: str) -> str:
    """对美国出口238.6亿美元 (subject 美国出口): where the goods go is not whose exports they are."""
    if (ordered := ORDERS_FROM.match(part)) and regions.place_spans(ordered["place"], script):
        return part[ordered.end("place") :]  # 3月来自美国接单232.7亿美元: the orders of the story's exporters
    if "出" not in part or "对" not in masked:
        return part
    spans = regions.place_spans(part, script)
    if (
        spans
        and spans[0][0] == 0
        and regions.EXPORTS_AFTER.match(part, spans[0][1])
        and f"对{part[: spans[0][1]]}" in masked
    ):
        return part[spans[0][1] :]
    return part


def _spanned(scope: SentenceScope, quantity: Quantity, script: str) -> str | None:
    """The region of places listed with 等地 (or summed, 合计) in the number's statement, when they span more
    than one."""
    statement = context.statement_start(scope.masked, quantity.start)
    words = scope.masked[statement : quantity.start]
    if not ("等" in words or "计" in words) or not regions.MANY_PLACES.search(words):
        return None
    return regions.spanned(words, regions.regions_in(words, script))


def _without_cause(words: str) -> str:
    return CREDITED_TO.sub("", words) if _credits(words) else words


def _credits(words: str) -> bool:
    """Whether the words may hold what a figure is credited to (cheap: most don't)."""
    return "受" in words or "得益" in words or "来自" in words


# 受惠北美云端服务供应商持续拉货，…9月营收2034.37亿元; 出货动能主要来自北美云端服务供应商: whose demand
# helped, not where the figure is.
CREDITED_TO = compile_skipping(
    r"(?:受惠|受益|得益)于?[^，。；]*|(?:动能|需求|动力|增长|增量)(?:主要)?来自[^，。；]*"
)


def _opens_the_statement(places: list[regions.Place], statement: int) -> bool:
    """The first place opens the statement, on its own (not the head of a list)."""
    return (
        bool(places)
        and places[0].end - statement <= OPENING_PLACE_CHARS
        and (len(places) == 1 or not places[1].listed)
    )


OPENING_PLACE_CHARS = 7
QUESTION_END = re.compile(r"[？?][”」\"]?\s*$")
# 有市场观点认为…，是否属实？: a question about what others say; 吗, 是否 question the statement itself.
DOUBTED = re.compile(
    r"认为|有人|请问|有统计|观点|传言|传闻|据传|网传|说法|质疑|是否|是不是|吗|难道|属实|真的|会不会|能否"
)


def _stated_end(text: str, masked: str) -> int | None:
    """Where what the sentence states ends: all of it, or, in a question, the clauses before the question's
    own (记者：前三季度公司毛利率为31.2%，…，价格下行对盈利的影响有多大？: figures given as known); None for a
    question doubting what it says."""
    if not QUESTION_END.search(text):
        return len(masked)
    last_clause = max(masked.rfind("，"), masked.rfind(","))
    return None if last_clause < 0 or DOUBTED.search(masked) else last_clause


# 其中贵安新区22.8万架: a clause about a part of the whole; the next statement is about the whole again.
PART_OF_THE_WHOLE = re.compile(r"\s*其中")
RANKED_AMONG = re.compile(r"(?:在|于)?[^，。；]{0,20}?(?:中|之中|当中)")
WHOLE_RANKED_IN = re.compile(
    r"在[^，。；]{1,20}?(?:中|之中|当中)(?=[^，。；\d]{0,2}(?:位居|排名|位列|名列|居))"
)
RANKED_WHOLE_AT_END = re.compile(r"在[^，。；]{1,20}?(?:中|之中|当中)?$")
SHARE_WORD = re.compile(r"占比|比重|份额")
COUNTED_PART_AFTER = re.compile(r"(?:项目|企业|公司)")


def _in_a_plans_list(first_sentence: str, previous_text: str, in_list: bool) -> bool:
    """Whether a paragraph is an item of a government's list of tasks (下一步…重点抓好以下工作： / ● 一是…)."""
    if GOALS_HEADING.match(previous_text):
        return True  # 一、工作目标 / 到2025年，全省算力规模达到35EFlops以上: the goals a plan's section sets
    return context.LIST_ITEM.match(first_sentence) is not None and (
        in_list or PLAN_LEAD.search(previous_text) is not None
    )


def _as_read(document: CleanDocument) -> CleanDocument:
    """新華社's 我國數字經濟… on a site in Taiwan's script: a mainland story in Taiwan's words is read as
    the mainland's (its 我國 is China, its 元 renminbi), unless it names Taiwan's own bodies."""
    if document.script != "traditional_tw" or TAIWAN_VOICE.search(document.text):
        return document
    if len(set(MAINLAND_VOICE.findall(document.text))) < MAINLAND_VOICE_WORDS:
        return document
    return document.model_copy(update={"script": "traditional"})


# 在河套深港科技创新合作区深圳园区，…: a paragraph opening where it takes place.
SCENE_SET = re.compile(
    r"(?:在|位于)(?![^，。；]*(?:背景|举行|召开|会上|支持|带动|影响|推动))[^，。；]{2,24}?"
    r"(?:园区|新区|区|市|县|镇|基地|集群|园)[，,]"
)  # (not 在美国加征关税的背景下，, 在北京举行的发布会上，)
SUBJECT_PLACE_CHARS = 4


def _home_region(document: CleanDocument) -> str | None:
    if document.script == "traditional" and MAINLAND_WORDING.search(document.text):
        return "CN"
    return SCRIPT_REGION.get(document.script)


def extract_facts(document: CleanDocument) -> tuple[list[MetricFact], list[Event]]:
    """Every numeric fact in the document's body, each once."""
    document = _as_read(document)
    text = document.text
    published = (document.published_at or document.fetched_at).date()
    places = regions.DocumentRegions.of(
        document.title, CREDITED_TO.sub("", context.mask_leads(text)), document.script, _home_region(document)
    )  # (受惠北美云端服务供应商…: the customers' place is not where the story is about)
    policy_document = context.is_policy_document(document.title, document.text)
    money = local_money(document, places)
    source_names = sources.DocumentSources(document)
    found_facts = memory.FactsSoFar()
    paragraph = memory.ParagraphMemory(-1, published, document.script)  # before the first paragraph
    title_year = memory.report_year_of(document.title, published, document.script) or memory.report_year_of(
        memory.title_line(document.text), published, document.script
    )
    times = memory.DocumentTimes(
        published,
        document.script,
        title_year,
        title_year,
        results=bool(document.title and memory.RESULTS_TITLE.search(document.title)),
    )
    answers = memory.Answers(source_names)
    plan_list, previous_text = False, ""
    sentences = list(context.sentences(text))
    for at, sentence in enumerate(sentences):
        if MOJIBAKE_MARK in sentence.text:
            continue
        if sentence.paragraph != paragraph.index:
            times.enter(sentence.text)
            plan_list = _in_a_plans_list(sentence.text, previous_text, plan_list)
            paragraph = paragraph.next(
                sentence.paragraph, _paragraph_opening(sentences, at), source_names, previous_text
            )
            paragraph.source = paragraph.answering = answers.source_after(
                previous_text, _opening_of(sentences, at, previous_text)
            )
        previous_text = sentence.text
        _note_citation(sentence.text, paragraph, source_names)
        masked = context.mask_titles(sentence.text)
        # (【记者】…：¶近日有机构发布报告称，…上架率不到四成。请问…？: a question states nothing)
        if answers.asking or not context.may_hold_number(masked):
            _note_commentary(sentence.text, masked, paragraph, document.script, answers.asking)
            continue  # most sentences of commentary: nothing to read, nothing carried but the source
        stated_end = _stated_end(sentence.text, masked)
        if stated_end is None:
            continue  # 网上有人说上架率不到50%，是否属实？: a question states nothing
        found = [
            q
            for q in (
                *find_quantities(masked),
                *find_ranks(masked),
                *find_ratios(masked),
                *find_doublings(masked),
                *find_fractions(masked),
            )
            if q.end <= stated_end
        ]
        if not found:
            _note_no_number(sentence.text, masked, paragraph, times)
            continue
        mentions, carried = times.mentions(masked, paragraph)
        times.note_milestones(masked, mentions)
        # 预计2025年将达1037.3EFLOPS: a sentence that names no subject continues the paragraph's topic.
        scope = SentenceScope(
            document,
            sentence,
            masked,
            context.Cues(sentence.text, masked, document.script),
            mentions,
            published,
            _topic_of(masked, found, paragraph),
            sorted(found, key=lambda q: q.start),
            paragraph.shares_out(masked, found, mentions),
            policy_document=policy_document or plan_list,
            plans_item=plan_list,
            period_carried=bool(carried),
            carried_opening=bool(carried) and paragraph.period_opened,
            document_regions=places,
            local_money=money,
            paragraph_topic=paragraph.topic.subject,
            paragraph_region=paragraph.topic.region,
            report_year=times.default_period,
            milestones=times.milestones_said,
        )
        for quantity in scope.quantities:
            fact = fact_for(scope, quantity)
            if fact is None and _names_what_follows(scope, quantity):
                continue  # 全球51个主要国家数字经济规模合计…: its words are the next number's subject
            scope.previous_end = quantity.end
            if fact is None:
                continue
            fact.cited_source = source_names.in_full(
                _source_of(scope, quantity, sentences, at, paragraph, source_names)
            )
            fact.region = fact.region or _region_from_context(
                fact.subject,
                paragraph,
                places,
                masked,
                source=fact.cited_source,
                home_abroad=source_names.home_abroad,
            )
            paragraph.topic = scope.state
            paragraph.first_region = paragraph.first_region or fact.region
            found_facts.keep(fact, memory.is_heading(sentence.text))
        paragraph.earlier_cues.append(scope.cues)
    return found_facts.result(), find_events(document, published, sentences)


def _note_citation(
    text: str, paragraph: memory.ParagraphMemory, source_names: sources.DocumentSources
) -> None:
    """A sentence that may cite someone, kept to be read when a number needs its source; an answer's label
    (何建军：) says who speaks in the paragraph."""
    if not sources.may_cite(text):
        return
    paragraph.unread_citations.append(text)
    source_names.citations.append(text)
    if sources.answers(text):
        paragraph.speaker = source_names.answering(text)


def _note_commentary(
    text: str, masked: str, paragraph: memory.ParagraphMemory, script: str, asking: bool
) -> None:
    """A sentence that cannot hold a number: the places a list after it may be of (三地…分别), and where the
    paragraph takes place when it opens saying so (在河套…深圳园区，…正在加紧施工。董事长…表示，项目总投资约65亿元)."""
    paragraph.note_places(masked)
    if asking:
        return
    scene = SCENE_SET.match(masked)
    opening = regions.regions_in(masked[:SUBJECT_PLACE_CHARS], script)
    if (scene and regions.regions_in(scene.group(0), script)) or any(
        region in regions.CITY_PROVINCE for region in opening
    ):
        # (廊坊集群依托毗邻北京的区位优势，…。截至4月底，集群…上架率达到78.5%: the city it opens with; not
        # 新加坡企业也在加码。…将斥资约18亿新元，在柔佛士乃开发: whose companies, not where they build)
        paragraph.earlier_cues.append(context.Cues(text, masked, script))


def _note_no_number(
    text: str, masked: str, paragraph: memory.ParagraphMemory, times: memory.DocumentTimes
) -> None:
    """A sentence without numbers: its times are read only if a later one needs them, its places kept.
    (数据来源：…，统计截至6月30日 under a chart: when the chart's data were gathered, no time of the text's.)"""
    if DATA_SOURCE_NOTE.search(masked):
        return
    paragraph.unread_periods.append(masked)
    times.unread.append(masked)
    times.note_milestones(masked)
    times.note_results_span(masked)
    # 作为运营方，国家超级计算深圳中心…。中心主任…介绍，项目总投资约45亿元: the place goes on
    paragraph.earlier_cues.append(context.Cues(text, masked, times.script))


def _list_ends_in_a_share(scope: SentenceScope, share: respectively.Share) -> bool:
    listed = [
        q for q in scope.quantities if (item := scope.shares.get(q.start)) and item.leader == share.leader
    ]
    return bool(context.SHARE_AFTER.match(scope.masked[listed[-1].end :])) if listed else False


SAID_AFTER_QUOTE = re.compile(rf"^[^。“”「」]{{2,40}}?(?:{sources.QUOTE_SAID})(?=[，,。]|$)")


def _quote_closed_later(sentences: list[context.Sentence], at: int) -> str | None:
    """“预计到今年底…超过七成。我们希望…。”她说。: a quote's earlier sentence is the speaker's named after
    its last."""
    opening = sentences[at]
    if opening.text.endswith(("”", "」")) and ("“" in opening.text or "「" in opening.text):
        # “…计划投资400亿元…。”9月15日，在中卫工业园区西部云基地，中金数据集团工程师程可介绍: the day and
        # place of the saying between the quote and its speaker
        later = sentences[at + 1] if at + 1 < len(sentences) else None
        if later and later.paragraph == opening.paragraph and (said := SAID_AFTER_QUOTE.match(later.text)):
            return sources.cited_source(f"”{said.group(0)}")
        return None
    if not opening.text.startswith(("“", "「")) or "”" in opening.text or "」" in opening.text:
        return None
    for later in sentences[at + 1 : at + 6]:
        if later.paragraph != opening.paragraph:
            return None
        if "”" in later.text or "」" in later.text:
            return sources.cited_source(later.text) if sources.QUOTE_THEN_SPEAKER.search(later.text) else None
    return None


def _statement_source(sentence: str, quantity: Quantity) -> str | None:
    """中信建投证券预计，…；摩根士丹利则测算，…: a statement after a semicolon naming its own source."""
    start = context.statement_start(sentence, quantity.start)
    if not start:
        # 国网能源研究院预计，…4,000亿千瓦时左右…；信通院测算的区间为…: the first statement's own source
        first_end = sentence.find("；", quantity.end)
        if first_end < 0:
            return None
        statement = sentence[:first_end]
        source = sources.cited_source(statement) if sources.may_cite(statement) else None
        # (郭睿表示，…。他预计，…480亿美元…；到2029年…: the one the paragraph named, as its sentences tell)
        return None if source == sources.PRONOUN else source
    statement = sentence[start : quantity.start]
    source = sources.cited_source(statement) if sources.may_cite(statement) else None
    if source == sources.PRONOUN and sources.may_cite(sentence[:start]):
        # 丁一鸣指出，…；他预计，…: the one the sentence named before (whether or not a figure came between)
        return sources.cited_source(sentence[:start]) or source
    return source


def _paragraph_opening(sentences: list[context.Sentence], at: int) -> str:
    """The paragraph's first sentence, and the next where the first only sets the scene (电源环节同样景气。
    恒川电气一季度…: the company the paragraph is about)."""
    first = sentences[at].text
    if (
        len(first) <= memory.SCENE_SENTENCE_CHARS
        and first.endswith("。")
        and not any(c.isdigit() for c in first)
        and at + 1 < len(sentences)
        and sentences[at + 1].paragraph == sentences[at].paragraph
    ):
        return first + sentences[at + 1].text
    return first


def _opening_of(sentences: list[context.Sentence], at: int, previous_text: str) -> str:
    """The paragraph the sentence at `at` opens: its first sentence, or all of it after a reporter's label
    (【记者】…记者：), where a question may come after a statement."""
    if not memory.REPORTER_ASKS.match(previous_text):
        return sentences[at].text
    index = sentences[at].paragraph
    return "".join(s.text for s in itertools.takewhile(lambda s: s.paragraph == index, sentences[at:]))


def _source_of(  # noqa: PLR0917 - the sentence's views, as extract_facts holds them
    scope: SentenceScope,
    quantity: Quantity,
    sentences: list[context.Sentence],
    at: int,
    paragraph: memory.ParagraphMemory,
    source_names: sources.DocumentSources,
) -> str | None:
    """Who the number is cited to, as the text writes it: the sentence's own, else its paragraph's."""
    sentence = scope.sentence
    source = (
        scope.sources_listed.get(quantity.start)
        or _statement_source(sentence.text, quantity)
        or _quote_closed_later(sentences, at)
        or source_names.named_again(scope.masked[: quantity.start])
        or _carried_unless_another_company(paragraph.cited_source(), scope.masked)
        or (source_names.excerpt_of if sentence.start >= source_names.excerpt_from else None)
    )
    if source and source.startswith(("公司", "集团")) and paragraph.opening_company:
        return paragraph.opening_company  # 衡湃算力前三季度…。公司在三季报中表示: that company
    return source


# 中国移动表示，…。中国电信上半年资本开支为345亿元: one carrier's figures are not the other's statement.
CARRIER_OPENING = re.compile(r"^(?:[^，。；]{0,12}?[，,])?(?P<name>中国(?:移动|电信|联通|铁塔|广电))")


def _carried_unless_another_company(carried: str | None, masked: str) -> str | None:
    """The paragraph's source, unless the sentence opens with another company, whose own figures it gives."""
    if carried is None:
        return None
    opening = (
        CARRIER_OPENING.match(masked)
        or memory.COMPANY_OPENING.match(masked)
        or memory.LISTED_OPENING.match(masked)
    )
    if (
        opening is None
        or opening["name"] in carried
        or carried in opening["name"]
        or not (CARRIER_OPENING.match(carried) or memory.COMPANY_OPENING.match(carried + "的"))
    ):
        return carried  # (赛迪顾问…。华昇半导体全年出货量约82万片: a report's figures on each company)
    return None


def _region_from_context(
    subject: str,
    paragraph: memory.ParagraphMemory,
    places: regions.DocumentRegions,
    sentence: str,
    *,
    source: str | None = None,
    home_abroad: Callable[[str | None], str | None] = lambda company: None,
) -> str | None:
    """Where a number whose sentence names no place is: where its paragraph was last (依托公司位于和林格尔的
    智算中心…。…届时项目算力规模约2,000P), else where the document is about; a company's own figures
    (公司实现营业收入, 海外算力业务收入) are of its home, not of the places its projects are in."""
    if NATIONAL_AGGREGATE.search(subject) or (
        NAMED_BARE.search(subject) and NATIONAL_BODY.match(source or "")
    ):
        return "CN"  # 8个国家枢纽节点累计完成数据中心直接投资: the country's hubs together
    if paragraph.company_table:
        # 表：澄岳数据…主要经营数据：…运营机柜数68,420个: the company's, of its country
        return places.fallback
    if (
        places.fallback == "CN"
        and CORPORATE_RESULTS.search(subject)
        and not SITE_WORDS.search(subject)
        and not AN_INDUSTRYS_RESULTS.search(subject)
    ):
        # (项目前三季度营业收入: a project's, where it is; 美国芯片巨头英伟达…营收: its home's)
        return home_abroad(source) or "CN"
    if COMPANY_WIDE.search(subject):
        # 中国移动…表示，…公司5G基站总数超过240万个 (in a Taiwan paper): a national company's home is the country
        return "CN" if regions.NATIONAL_NAME_AFTER.search(sentence) else places.fallback
    if not regions.whole_area(subject) and not TOTAL_ROW.match(subject) and (place := paragraph.last_place()):
        return place
    return paragraph.region_carried or places.region_for(subject)


def _a_share_after_a_share(scope: SentenceScope, measure: str, clause_before: str, clause_start: int) -> bool:
    if measure == "level":
        return _continues_a_share(scope, clause_before, clause_start)
    # 比重升至约65%，较9月的58%进一步提升: the share at the time compared with
    return (
        measure in ("growth_yoy", "growth_pop")
        and scope.state.share_subject is not None
        and FIGURE_COMPARED_WITH.fullmatch(clause_before) is not None
    )


def _continues_a_share(scope: SentenceScope, clause_before: str, clause_start: int) -> bool:
    """A percentage with no words of its own that goes on from a share: where the share went
    (比重将由去年的约2.2%升至118年的约6.5%, 占比由…73%，今年前九月续升至78.9%), a part listed after a share
    (辉达将包下约6成，超微约1成), or where the share named in the clause before went from
    (…的比重，将由2025年的约28%升至…)."""
    if scope.state.share_subject and (
        CHANGED_TO.search(clause_before)
        or PARALLEL_PART.fullmatch(clause_before)
        or SHARE_A_YEAR_BEFORE.fullmatch(clause_before)
        or SHARE_MOVED_TO.search(clause_before)
        or COMPARED_IN_BRACKETS.search(
            scope.masked, max(0, clause_start - 16), clause_start + len(clause_before)
        )
    ):
        return True
    return (
        _share_changes_from(scope.masked, clause_start)
        or SHARE_THEN_REACHED.search(
            scope.masked, max(0, clause_start - 16), clause_start + len(clause_before)
        )
        is not None
    )


def _measured_words(scope: SentenceScope, clause_before: str, clause_start: int, unit: str) -> str:
    """The words that say what a percentage measures: its clause's, or only those after the number before
    it in the clause where they name a rate of their own (全球占比33%增速达50%: 50% is the rate, not a share)."""
    own = clause_before[max(0, scope.previous_end - clause_start) :]
    if (
        unit == "percent"
        and own != clause_before
        and context.GROWTH.search(own)
        and not context.SHARE.search(own)
    ):
        return own
    return clause_before


# 提供10000P算力 after 将建设…，: a clause going on with the verb phrase before it, naming no subject.
CONTINUED_VERB = re.compile(
    r"(?:并|还|可|再)?(?:提供|新增|形成|带动|拉动|推升|推动|推高|实现|容纳|承载|部署|满足|释放|是)"
)


# 预计上半年…净利润1.62亿元至1.85亿元…；上年同期归母净利润为1.09亿元: the figure a year before, reported.
A_YEAR_BEFORE = re.compile(r"上年同期|去年同期")


def _kind_as_stated(scope: SentenceScope, number_start: int, period: Period | None, kind: str) -> str:
    """The kind 届时 (or 建成后) gives; a statement of its own about a period gone by a year before, with no
    forecast word of its own, is reported, whatever the statement before it foresaw."""
    start = context.statement_start(scope.masked, number_start)
    kind = _kind_by_then(scope.masked, start, number_start, kind)
    if kind != "forecast" or period is None or period.end >= scope.published:
        return kind
    if (
        start > 0
        and A_YEAR_BEFORE.match(scope.masked, start)
        and not context.FORECAST.search(scope.masked, start, number_start)
    ):
        return "actual"
    return kind


def _kind_by_then(masked: str, start: int, number_start: int, kind: str) -> str:
    """What 届时 (or 全部建成后) reaches, in its clause or after it in the same statement (届时将新增12,000P、
    标准机架5千架，配套供电容量120兆瓦), is planned or foreseen as the time it refers to was: the last plan or
    forecast word before the number decides. A number read as done keeps its kind. `start`: where the
    number's statement starts."""
    if kind == "actual" or not (by_then := BY_THEN.search(masked, start, number_start)):
        return kind
    clause_start = max(start, *(masked.rfind(mark, 0, number_start) + 1 for mark in "，,"))
    if own := list(TIME_SET_BY.finditer(masked, clause_start, number_start)):
        words = own  # …，公司计划将其中七成用于…; 预计年产值可达20亿元: the number's own clause's word
    elif by_then[0] == "届时":
        words = list(TIME_SET_BY.finditer(masked, start, number_start))
    else:
        # 计划于2027年建成，建成后…; 建成后将新增…约2500P，预计2027年底前投入运营: the word that named the
        # time, before the number, else after it
        end = masked.find("；", number_start)
        after = TIME_NAMED_BY.search(masked, number_start, end if end >= 0 else len(masked))
        words = list(TIME_NAMED_BY.finditer(masked, start, number_start))[-1:] or ([after] if after else [])
    if not words:
        return kind
    return "target" if words[-1]["plan"] else "forecast"


# 估算, 测算, 推算: a figure reckoned, which for a time not over yet is foreseen.
RECKONED = re.compile(r"估算|测算|推算")
RECKONED_SO_FAR = re.compile(r"以来|至今|截至|截止|已|累计|前\d{1,2}个?月|\d{1,2}[-—至到]\d{1,2}月")


def _reckons_a_time_not_over(scope: SentenceScope, number_start: int) -> bool:
    start = context.statement_start(scope.masked, number_start)
    reckoned = RECKONED.search(scope.masked, start, number_start)
    return (
        reckoned is not None
        and not RECKONED_SO_FAR.search(scope.masked, reckoned.end(), number_start)  # (今年以来…已达: so far)
        and any(
            reckoned.end() <= m.start < number_start and m.period.end > scope.published
            for m in scope.mentions
        )
    )


def _follows_a_clause_of_what_will_be(masked: str, clause_start: int) -> bool:
    previous_start = max(masked.rfind(mark, 0, clause_start - 1) for mark in "，,；;。") + 1
    previous = masked[previous_start:clause_start]
    return context.WILL.search(previous) is not None and "已" not in previous


TENTHS = re.compile(r"成")
# 同比变动率分别为-6.53%、18.72%: a minus written before a change (not the dash of a range, 4-5%).
SIGNED_CHANGE = re.compile(r"(?:同比|按年|年增|(?P<pop>环比|按季|季增|月增))[+＋\-－−]$")
POINTS_THEN_TO = re.compile(r"百分点(?:至|到)$")
SIGNED_IN_BRACKETS = re.compile(r"(?<=[元户个台架张%])\s*[（(]\s*(?:同比|按年|年增)?[+＋\-－−]$")
MINUS_BEFORE = re.compile(r"(?<![\d%％.])[-－−]$")
# 归母净利润分别为-8.74亿元、-6.95亿元: money written with a minus after 为, a colon or a list's joiner
SIGNED_LEVEL_BEFORE = re.compile(
    r"(?:为|是|：|:|、|和|及|利润|收益|现金流|年度|\d日)[-－−]$"
)  # (表：…归母净利润-3.62亿元; a table's row read as a sentence: …净额2023年度-18,426.35万元)
# 5%、6%和7%: the numbers of a list, nothing but a joiner between them.
LIST_JOINER = re.compile(r"\s*(?:左右|以上|多)?(?:、|和|及|与|以及|/|／)\s*")


def _listed_after(scope: SentenceScope, quantity: Quantity, unit: str) -> ListedBefore | None:
    """The number before this one, when this one only goes on with its list in the same unit."""
    before = scope.state.last_listed
    if (
        before is None
        or before.unit != unit
        or not scope.previous_end
        or not LIST_JOINER.fullmatch(scope.masked, scope.previous_end, quantity.start)
    ):
        return None
    return before


def _plan_overruled_before(scope: SentenceScope, clause_before: str) -> bool:
    """The plan the sentence named was no target for the number before this one, and nothing since
    names one."""
    before = scope.state.last_listed
    return (
        before is not None
        and before.kind == "actual"
        and scope.cues.target_end <= scope.previous_end
        and not context.TARGET.search(clause_before)
    )


def _change_of_the_plan_before(scope: SentenceScope, clause_before: str, measure: str) -> str | None:
    """The kind of the sentence's latest number, when this one is a change of it in a clause of its own."""
    before = scope.state.last_listed
    if (
        before is None
        or before.kind != "target"
        or before.measure != "level"
        or measure not in ("growth_yoy", "growth_pop")
        or not timing.CHANGE_ALONE.fullmatch(clause_before)
    ):
        return None
    return before.kind


# …的约24%提升至约30%: the share a change goes to, naming no time of its own.
SHARE_REACHED = re.compile(r"[^，。；年]{0,4}?(?:提升|提高|上升|升|增|增加)(?:到|至)(?:约|超过|逾|近)?")


# 贵州将加快…, 将推动…: 将 before a verb, what is yet to be done (not 我们将算力建设纳入…, 将 marking an object).
WILL_DO = re.compile(
    r"将(?:加快|推动|推进|加大|实施|建设|打造|培育|持续|进一步|全力|着力|大力|力争|新建|建成|启动|开展|完善|支持)"
)
# 2026E营收68.5亿元: the year mark right before the number says estimate (E, F) or actual (A).
BROKER_YEAR_BEFORE = re.compile(BROKER_YEAR.pattern + r"[^\d，。；,]{0,8}$")


def _only_intended(clause_before: str) -> bool:
    return "拟" in clause_before and not context.FORECAST_SENTENCE.search(clause_before)


def _kind_for(scope: SentenceScope, quantity: Quantity, clause_before: str, clause_end: int) -> str:
    """actual, forecast or target, from the words before the number and, for plans, after it."""
    masked = scope.masked
    if broker_year := BROKER_YEAR_BEFORE.search(clause_before):
        return "actual" if broker_year["mark"] == "A" else "forecast"  # 2025A营收46.8亿元，2026E营收68.5亿元
    kind = context.kind_of(quantity.start, clause_before, scope.cues, since=scope.item_start(quantity.start))
    if kind == "actual" and FORECAST_AFTER.match(masked, quantity.end, clause_end):
        kind = "forecast"  # 首期约40兆瓦可望于2028年投入服务
    elif kind in ("actual", "forecast") and TARGET_AFTER.match(masked, quantity.end):
        kind = "target"  # 全年新增交付机柜3万架左右的目标
    elif (
        not is_money(quantity.unit)
        and (plan := context.planned_after(masked, quantity.end, scope.quantities))
        # (拟建设3200个…机柜，…计划于2028年6月底前全部建成: what a company intends, on the plan after it)
        and (kind == "actual" or not plan["comma"] or _only_intended(clause_before))
    ):
        # 建设标准机架4800架，计划于今年12月底前建成投用: what will stand by then (the money is committed now);
        # 一期40兆瓦预计明年第二季度投入运营: the plan's own word, in the number's clause, over the sentence's
        kind = "target" if plan["word"] in PLAN_WORDS else "forecast"
    if (
        kind == "actual"
        and CONTINUED_VERB.match(clause_before)
        and _follows_a_clause_of_what_will_be(masked, quantity.start - len(clause_before))
    ):
        kind = "forecast"  # 项目将建设4万张加速卡，提供10000P算力: the same will, its next verb
    clause_start = quantity.start - len(clause_before)
    if (
        kind == "actual"
        and masked.endswith("、", 0, clause_start)
        and (listed := scope.state.last_listed) is not None
        and listed.kind != "actual"
        and not context.states_the_present(clause_before)
        and not any(clause_start <= m.start < quantity.start for m in scope.mentions)  # (、2025年底为8EFLOPS)
    ):
        kind = listed.kind  # 中心将形成智能算力1500P、存储容量5PB的服务能力: one list, one will
    if kind == "actual" and _reckons_a_time_not_over(scope, quantity.start):
        kind = "forecast"  # 伯衡证券在最新研报中估算，2026年…资本开支在350亿至550亿美元之间 (in March 2026)
    if kind != "target" and (
        PLANNED_IN_CLAUSE.search(clause_before)
        # 我们计划在明年底前把…扩充至2,500PFLOPS，并新增约两千张GPU: the same plan, its next verb
        or (
            CONTINUED_VERB.match(clause_before)
            and PLANNED_IN_CLAUSE.search(masked, context.statement_start(masked, clause_start), clause_start)
        )
    ):
        kind = "target"  # 澳瑞数字计划于今年第四季度完成裕廊园区约20兆瓦的扩容: what its own clause plans
    if (
        kind == "actual"
        and scope.policy_document
        and WILL_DO.search(masked, context.statement_start(masked, clause_start), clause_start)
        and not context.ALREADY_REACHED.search(clause_before)
        and not any(m.start >= 0 and m.period.end < scope.published for m in scope.mentions)
    ):
        kind = "target"  # 报告指出，贵州将加快…，打造数据产品100个以上: what a government's report will do
    if kind == "target" and is_money(quantity.unit) and BUDGET.search(masked, 0, quantity.start):
        kind = "actual"  # 2026年市级财政安排算力券资金总额2亿元: money set aside, stated as it is
    elif kind == "forecast" and is_money(quantity.unit) and PLEDGED.search(clause_before):
        kind = "actual"  # 云启数科本月初宣布，将投资约25亿令吉: money pledged, stated now
    elif (
        kind == "actual"
        # (算力投资占比将提升至35%, 其中算力投资将同比增长逾两成: the plan's part, what it will be; not
        # …，但算力投资将同比增长22%, a clause of its own)
        or (
            kind == "forecast"
            and (
                SHARE_WORD.search(clause_before)
                or clause_before.startswith("其中")
                or len(clause_before) <= 2
                or THE_PLAN_NEXT_YEAR.match(
                    clause_before
                )  # (资本开支计划约4.2亿元，明年将增加到6亿元至7亿元)
            )
            and not context.FORECAST_SENTENCE.search(clause_before)
        )
    ) and (
        _in_a_capex_plan(scope, quantity, clause_start)
        # (其中约70%用于先进制程，约10%至20%用于先进封装: the plan's next part)
        or (len(clause_before) <= 2 and _next_part_of_a_plan(scope.state.last_listed, quantity))
        or (
            is_money(quantity.unit)
            and PLAN_AFTER.match(masked, quantity.end) is not None
            and KEPT_BEFORE.search(clause_before) is not None
        )
    ):
        kind = "target"  # 2026年计划1,390亿元，算力投资占比34.5%; 2026年公司计划资本开支中，算力投资约480亿元
    elif (
        kind in ("actual", "forecast")
        and is_money(quantity.unit)
        and not REVISED_AFTER.match(masked, quantity.end)
        # (分析师…估算，字节跳动今年资本开支约为1,600亿元: someone else's estimate of it)
        and not ESTIMATED_BY.search(masked, context.statement_start(masked, clause_start), quantity.start)
        and (
            PLANNED_SPENDING.search(clause_before)
            or (
                (full_year := FULL_YEAR_CAPEX.search(clause_before))
                # (远望移动2025年资本开支1,476亿元 in 2026: spent, whatever plan the caption names)
                and not _names_a_year_gone_by(scope, clause_start + full_year.start(), clause_start + full_year.end())
                # (…可望较去年倍增；公司今年资本支出约新台币180亿元: the will of a statement before is not its;
                # 2026年公司资本开支预计约为1450亿元: the company's own guidance)
                and (
                    kind == "actual"
                    or full_year["guided"]
                    or GUIDED_BEFORE.search(masked, max(0, clause_start - 3), clause_start)
                    or not context.FORECAST_WORD.search(
                        masked, context.statement_start(masked, clause_start), quantity.start
                    )
                )
            )
        )
        and (
            any(
                m.period.end > scope.published
                and not masked.startswith("以来", m.end)
                and not ANNOUNCED_THEN.match(masked, m.end)
                for m in scope.mentions
                if m.end <= quantity.start
            )
            or (timing.THIS_YEARS_PLAN.search(clause_before) is not None and not scope.mentions)
        )
    ):
        kind = "target"  # 2026年公司计划资本开支约1,550亿元: a plan for a year to come
    elif (
        kind == "actual"
        and (is_money(quantity.unit) or quantity.unit.canonical == "percent")
        and PART_OF_THE_WHOLE.match(masked, quantity.start - len(clause_before))
        and not context.states_the_present(clause_before)
        and (before := scope.state.last_listed) is not None
        and before.kind == "target"
        and is_money(Unit(before.unit))
    ):
        # 2026年公司计划资本开支约1,380亿元，其中算力投资约520亿元(或约15%): a part of the plan
        kind = "target"
    elif (
        kind == "target"
        and is_money(quantity.unit)
        and PROJECT_TOTAL.search(clause_before)
        and not any(m.period.end > scope.published for m in scope.mentions if m.end <= quantity.start)
    ):
        kind = "actual"  # 中国移动…共规划292亩，总投资约270亿元: money a project commits, stated now
    return kind


# 2026年计划1,390亿元, 2026年公司计划资本开支中: a capital-spending plan the statement goes on about.
CAPEX_PLAN = re.compile(
    rf"计划(?:资本开支|资本支出)|{CAPEX_WORD}[^，。；]{{0,20}}?(?:计划|指引|预算)|\d{{4}}年计划(?=\d)"
    rf"|(?:资本开支|资本支出)(?:预估|预计)?(?:将)?{GUIDANCE_HELD}(?:约为?)?(?:新台币|人民币|港币)?(?:\d|$)"
    rf"|(?:明年|\d{{4}}年)(?:公司|集团)?(?:的)?{CAPEX_WORD}(?:预计|预估)|{GUIDED_OPENING}(?:明年|\d{{4}}年)(?:全年)?(?:公司|集团)?(?:的)?{CAPEX_WORD}"
)  # (公司今年资本开支维持在约860亿元: the guidance held; 2026年公司资本开支预计约为1450亿元, 中国联通则预计，2026年
# 资本开支约为550亿元: the company's own)
CONTRACTED_CAPACITY = re.compile(r"契约容量|装置容量|设备容量|供电容量|用电容量|报装容量")
DATA_CENTRE_NAMED = re.compile(r"数据中心|资料中心|智算中心|算力中心|机房|数据园")
NOT_DATA_CENTRE_POWER = re.compile(
    r"光伏|风电|电站|储能|机组|发电|电厂|变电|电网|输电|吸纳|租用|出租|预租|空置|供应|绿电|新能源|购电|直供|制冷|冷却"
    r"|单台|单机|每台|单卡|功耗"
)  # (净吸纳量: leasing; 向数据中心供应: a plant's; 制冷量: cooling; 单台功耗: a machine's rating)
PLAN_AFTER = re.compile(
    r"的(?:资本开支|资本支出|投资|开支)?(?:计划|预算)|不变"
)  # 维持约1,450亿元的计划不变, 预算维持约38亿港元不变
KEPT_BEFORE = re.compile(
    r"(?:维持|保持)(?:在)?(?:约|近)?$"
)  # (not 宣布一项800亿美元的投资计划, a plan's size)
CAPEX = re.compile(CAPEX_WORD)


OPEN_BRACKET = re.compile(r"[（(][^（）()]*$")


def _an_aside_on_the_past(scope: SentenceScope, quantity: Quantity) -> bool:
    """The number sits in brackets that name a time gone by and no word of expecting."""
    aside = OPEN_BRACKET.search(scope.masked, 0, quantity.start)
    return (
        aside is not None
        and not context.FORECAST_WORD.search(scope.masked, aside.start(), quantity.start)
        and any(
            aside.start() < m.start < quantity.start and m.period.end < scope.published
            for m in scope.mentions
        )
    )


def _next_part_of_a_plan(before: ListedBefore | None, quantity: Quantity) -> bool:
    return (
        before is not None
        and (before.kind, before.measure, before.unit) == ("target", "share", "percent")
        and quantity.unit.canonical == "percent"
    )


def _names_a_year_gone_by(scope: SentenceScope, start: int, end: int) -> bool:
    return any(start <= m.start < end and m.period.end <= scope.published for m in scope.mentions)


def _in_a_capex_plan(scope: SentenceScope, quantity: Quantity, clause_start: int) -> bool:
    """A share or an amount after a capital-spending plan for a year to come, in its statement: the plan's
    part, planned as it is (a figure naming a time gone by is none)."""
    masked = scope.masked
    if not (is_money(quantity.unit) or quantity.unit.canonical == "percent"):
        return False
    statement = context.statement_start(masked, clause_start)
    if not CAPEX.search(masked, 0, quantity.start) or not CAPEX_PLAN.search(
        masked, statement, quantity.start
    ):
        return False
    own = [m for m in scope.mentions if 0 <= m.end <= quantity.start]
    return bool(own) and own[-1].period.end >= scope.published and own[-1].start >= statement


def _growth_so_far(
    scope: SentenceScope, period: Period | None, clause_end: int, kind: str, measure: str
) -> str:
    """今年的资本支出总额年增高达40% in January: a year hardly begun has grown by nothing yet."""
    level = scope.state.last_listed
    if level and level.kind == "actual" and level.measure == "level" and not is_money(Unit(level.unit)):
        return kind  # 全省算力规模达到10EFLOPS，较2024年增长25%: the growth of a stock that stands now
    if kind == "actual" and measure == "growth_yoy" and _mostly_to_come(scope, period, clause_end):
        return "forecast"
    return kind


def _mostly_to_come(scope: SentenceScope, period: Period | None, clause_end: int) -> bool:
    """The period lies mostly after the publish date and the text claims nothing done so far."""
    if period is None:
        return False
    length = (period.end - period.start).days
    to_come = (period.end - max(period.start, scope.published)).days
    return length >= 28 and to_come > length * 0.6 and not DONE_SO_FAR.search(scope.masked, 0, clause_end)


# 今年以来, 截至目前, 已完成, 累计: what is done of the period so far; 预算编列, 安排…资金: what is decided
DONE_SO_FAR = re.compile(
    r"以来|至今|截至|截止|目前|已|累计|完成|实现|前\d{1,2}个?月|\d{1,2}[-—至到]\d{1,2}月|同比|预算|编列|安排|拨"
)


def _signed(
    quantity: Quantity, measure: str, decline: bool, *, written_minus: bool = False
) -> tuple[float, float | None]:
    """The value and its high end, negative for a change down (下降3%至5% is -5..-3: both ends swap) or a
    level written with a minus (归母净利润分别为-8.74亿元、…)."""
    value, high = quantity.value, quantity.value_high
    if not (written_minus or (decline and measure in ("growth_yoy", "growth_pop"))):
        return value, high
    return (-high, -value) if high is not None else (-value, None)


def _qualifier(
    quantity: Quantity, clause_before: str, clause_after: str, listed: ListedBefore | None, joiner: str
) -> str:
    if quantity.value_high is not None:
        return "range"
    if quantity.at_most:
        return "le"
    qualifier = context.qualifier_of(clause_before, clause_after, quantity.more)
    if listed and qualifier == "eq" and listed.qualifier == "approx":
        return "approx"  # 分别约2.1万片、1.1万片: the 约 of the list
    if listed and qualifier == "eq" and listed.qualifier in BOUNDS and not BOUND_AFTER.search(joiner):
        return listed.qualifier  # 分别超过1500亿元、2000亿元: a bound before the list bounds it all
    return qualifier


BOUNDS = {"gt", "ge", "lt", "le"}
BOUND_AFTER = re.compile(r"以上|以下|多|余")  # 1500亿元以上、2000亿元: the first's own bound


def _kind_in_sentence(
    scope: SentenceScope,
    quantity: Quantity,
    clause: tuple[str, int],
    measure: str,
    listed: ListedBefore | None,
) -> str:
    """The kind from the number's own words, then from what the sentence said before it."""
    clause_before, clause_end = clause
    kind = _kind_for(scope, quantity, clause_before, clause_end)
    masked, state = scope.masked, scope.state
    if listed and kind == "actual":
        kind = listed.kind  # 分别计划将投资同比增长0.5%、22%和28%
    elif kind == "target" and _plan_overruled_before(scope, clause_before):
        kind = "actual"  # 规划的…，截至2024年底已达200万架，占全国总量的45%: still what stands now
    elif kind == "actual" and (planned := _change_of_the_plan_before(scope, clause_before, measure)):
        kind = planned  # 计划资本开支约1,420亿元，同比下降约7.1%: the change the plan makes
    elif (
        kind == "actual"
        and measure == "share"
        and state.planned
        and SHARE_REACHED.fullmatch(masked, scope.previous_end, quantity.start)
    ):
        kind = "target"  # 其中算力投资计划约430亿元，…比重由2025年的约24%提升至约30%: where the plan takes it
    elif kind == "forecast" and _an_aside_on_the_past(scope, quantity):
        kind = "actual"  # …占比有望提升至50%左右（今年前三季度约为32%）: what was, said in passing
    return kind


def _names_what_follows(scope: SentenceScope, quantity: Quantity) -> bool:
    """A count dropped because it says which things the clause's next number is about."""
    if quantity.unit.canonical != "count":
        return False
    clause = context.clause_bounds(scope.cues.clause_breaks, quantity.start, quantity.end, len(scope.masked))
    return noise.describes_what_follows(
        scope.masked, quantity, scope.quantities, clause=clause, previous_end=scope.previous_end
    )


# 今年1月更升至约: a clause saying nothing but where the figure before went, and when.
CHANGED_TO_ONLY = re.compile(
    r"[^，。；%]{0,12}?(?:更|再|进一步|又)?(?:升至|增至|提高至|提高到|提升至|提升到|上升至|升到|降至|降到|下降至|回落至|扩大至)"
    r"(?:了)?(?:约|近|超过|逾)?"
)


# 增速较上一季度的34%进一步加快, 高于去年同期的9.8%: the rate compared with, of a time before
RATE_COMPARED_WITH = re.compile(
    r"(?:较|比|高于|低于|快于|慢于|不及|略高于|略低于)(?:上一?个?季度?|前一季度|上一?个?月|上年|去年)(?:同期)?的"
    r"(?:约|近|接近|超过|逾|不足)?$"
)


BARE_VERB = re.compile(r"(?:分别)?(?:高达|达到|达|为|约为|则为)?(?:约|近|超过|逾)?")
RATE_RANKED_BEFORE = re.compile(
    r"(?:增速|增幅|增长幅度|增幅度|增长率|涨幅|年增率)(?:最快|最大|最高|居首|领先|较快|较大)[，,]$"
)


def _measure(
    scope: SentenceScope, quantity: Quantity, clause_before: str, clause: tuple[int, int], unit: str
) -> str:
    masked, (clause_start, clause_end) = scope.masked, clause
    measure = context.measure_of(
        _measured_words(scope, clause_before, clause_start, unit), unit, masked[quantity.end : clause_end]
    )
    if unit != "percent":
        return measure
    if (
        scope.previous_end
        and scope.state.last_measure in ("growth_yoy", "growth_pop", "share")
        and RATE_COMPARED_WITH.search(clause_before)
    ):
        return scope.state.last_measure  # 同比增长41%，增速较上一季度的34%加快: the same rate, a time before
    if measure == "growth_yoy" and POINTS_THEN_TO.search(masked, 0, quantity.start):
        return "level"  # EBITDA率提升0.9个百分点至34.2%: where the rate went, a level (a share if it is one)
    if measure == "level" and (signed := SIGNED_CHANGE.search(clause_before)):
        return "growth_pop" if signed["pop"] else "growth_yoy"  # 同比-0.8%, 环比+2.1%: a change, signed
    if (
        measure == "level"
        and scope.state.last_measure == "share"
        and CHANGED_TO_ONLY.fullmatch(clause_before)
    ):
        return "share"  # 使用率达八成五，今年1月更升至约92%: the same share, where it went next
    if (
        measure == "level"
        and BARE_VERB.fullmatch(clause_before)
        and RATE_RANKED_BEFORE.search(masked, max(0, clause_start - 12), clause_start)
    ):
        return "growth_yoy"  # IC制造业年增幅度最大，达27.5%: the rate the clause before ranked
    if measure == "level" and noise.EQUIVALENT.search(clause_before):
        return "share"  # 涉及资助额约19.8亿港元，相当于计划总额约66%: the part the amount is of a whole
    if measure == "level" and SIGNED_IN_BRACKETS.search(masked, max(0, quantity.start - 12), quantity.start):
        return "growth_yoy"  # 新兴市场收入290亿元（+9.3%）, 折旧摊销954亿元（-1.2%）: a change, signed
    return measure


# 1. 天穹智算：运营智能算力约2.86万P: whose figures a list item gives, named as its label.
ITEM_LABEL = re.compile(
    r"\s*(?:[●■◆▶•·]|\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]{1,2}[）)])\s*(?P<label>[^，。；：:\d\s]{2,12})[：:]"
)


def _with_item_label(masked: str, quantity: Quantity, subject: str) -> str:
    """The subject with the label of the list item it stands in, read after the metric (a section label,
    5、投资估算：, names no metric of its own)."""
    label = ITEM_LABEL.match(masked)
    if label is None or quantity.start < label.end() or label["label"] in subject:
        return subject
    return f"{label['label']} {subject}".strip()


def _region_beside(
    scope: SentenceScope,
    quantity: Quantity,
    clause_start: int,
    measure: str,
    region: str | None,
    *,
    ranked_before: bool,
) -> str | None:
    """A rank or a share naming no place of its own is of the place of the number beside it."""
    if measure == "rank" and region is None:
        return scope.previous_region  # 全球市占率约三成，排名第二: ranked where its share was taken
    if (
        ranked_before
        and measure == "share"
        and scope.previous_region
        and "；" not in scope.masked[scope.previous_end : quantity.start]
        and not regions.regions_in(scope.masked[clause_start : quantity.start])
    ):
        return scope.previous_region  # …；美国仍居全球首位，占比约三成四: the share of the one just ranked
    return region


def fact_for(scope: SentenceScope, quantity: Quantity) -> MetricFact | None:
    """Read what one quantity measures from the words around it."""
    masked, state, cues = scope.masked, scope.state, scope.cues
    clause_start, clause_end = context.clause_bounds(
        cues.clause_breaks, quantity.start, quantity.end, len(masked)
    )
    clause_before = masked[clause_start : quantity.start]
    unit = local_currency(quantity, scope.local_money, cues)
    if cues.quotes_the_market(quantity.start):
        return None
    measure = _measure(scope, quantity, clause_before, (clause_start, clause_end), unit)
    if noise.no_figure(
        masked,
        quantity,
        unit,
        measure,
        clause=(clause_start, clause_end),
        quantities=scope.quantities,
        previous_end=scope.previous_end,
    ):
        return None
    listed = _listed_after(scope, quantity, unit)
    if listed and measure == "level":
        measure = listed.measure  # 同比分别增长5%、6%和7%: the list's numbers measure what its first does
    declined = context.is_decline(clause_before) or bool(listed and listed.decline)
    value, value_high = _signed(
        quantity,
        measure,
        declined or MINUS_BEFORE.search(masked, max(0, quantity.start - 2), quantity.start) is not None,
        written_minus=is_money(quantity.unit)
        and SIGNED_LEVEL_BEFORE.search(masked, max(0, quantity.start - 4), quantity.start) is not None,
    )
    kind = _kind_in_sentence(scope, quantity, (clause_before, clause_end), measure, listed)
    qualifier = _qualifier(
        quantity,
        clause_before,
        masked[quantity.end : clause_end],
        listed,
        masked[scope.previous_end : quantity.start],
    )
    if (
        measure == "level"
        and unit == "percent"
        and TENTHS.search(masked, quantity.start, quantity.end)
        and "率" not in clause_before
    ):
        measure = "share"  # 有7成逾期未申请, 6成8集中在北部: tenths of a whole, no rate
    if (
        measure == "level"
        and unit == "percent"
        and "分别" in masked[clause_start : quantity.start]
        and context.SHARE.search(masked, 0, clause_start)
        and not context.GROWTH.search(masked, 0, quantity.start)
    ):
        measure = "share"  # 对于…在中国市场的份额，IDC、伯恩斯坦和集邦咨询给出的预估分别为47%、42%左右…
    if unit == "percent" and _a_share_after_a_share(scope, measure, clause_before, clause_start):
        measure = "share"
    share = scope.shares.get(quantity.start)
    if share:
        if measure == "level" and unit == "percent" and _list_ends_in_a_share(scope, share):
            measure = "share"  # 分别以9.8%和7.2%的份额: what the list's last number says holds for it all
        # 渗透率分别达到百分之三十二、百分之二十九点五: the list's numbers measure what its first does.
        measure = scope.list_measures.setdefault(share.leader, measure)
    named = _subject_and_metric(scope, quantity, (clause_start, clause_end), unit, measure, share)
    if named is None:
        return None
    subject, metric = named
    if "；" in masked[scope.previous_end : clause_start]:
        state.back_to_the_whole()
    if PART_OF_THE_WHOLE.match(masked, clause_start):
        state.part_of_the_whole()
    topic, topic_region = state.subject, state.region  # what the sentence was about before this number
    ranked_before = state.last_measure == "rank"
    _carry_topic(state, subject, metric, measure)
    if unit == "rank" and noise.RANKED_LIST_AFTER.match(masked, quantity.end):
        return None  # (…用电量排名前三的省份分别为…，用电量分别为: no fact, but its topic goes on)
    region = (share and share.region) or _holders_region(
        scope, quantity, subject, measure, topic, topic_region
    )
    if region == "CN" and scope.document_regions and scope.document_regions.country_is_taiwan:
        region = "TW"  # 全國, 國內 in a Taiwan story that never turns to the mainland
    region = _region_beside(scope, quantity, clause_start, measure, region, ranked_before=ranked_before)
    scope.previous_region = region
    if state.subject == subject:
        state.region = region  # the clauses that go on about this subject are about this place
    kind, period = timing.when(scope, quantity, clause_start, kind, measure, share)
    kind = _kind_as_stated(
        scope,
        quantity.start,
        period,
        _growth_so_far(scope, period, clause_end, kind, measure if unit == "percent" else "level"),
    )
    state.last_listed = ListedBefore(unit, measure, kind, declined, qualifier, period)
    state.planned = state.planned or kind == "target"
    document, sentence = scope.document, scope.sentence
    start, end = document.original_span(sentence.start + quantity.start, sentence.start + quantity.end)
    return MetricFact(
        metric=metric,
        subject=_with_item_label(masked, quantity, subject),
        value=value,
        value_high=value_high,
        unit=unit,
        value_text=sentence.text[quantity.start : quantity.end],
        qualifier=qualifier,
        measure=measure,
        period=period.label if period else None,
        period_start=period.start if period else None,
        period_end=period.end if period else None,
        kind=kind,
        region=region,
        sentence=scope.original_sentence,
        span=(start, end),
    )
