"""Who the text says a number comes from: 据X统计, X数据显示, X发布的《Y》显示, X表示, 记者从X获悉…,
tidied of the story's lead, the speaker's title, the paper and the occasion."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from shared.chinese import KEPT_IN_NAMES, TRANSCRIPT_ROLES, converter, names_simplified
from shared.messages import CleanDocument

from . import regions
from .context import ISO_DATE, STORY_LEAD, WORK_REPORT_GIVEN
from .lazy import cached_property
from .periods import FISCAL_QUARTER
from .skipping import compile_skipping

# A report is cited as 据<who>发布的《title》显示: find the verb and title, then take who as the words
# before the verb back to the clause start. A pattern with a lazy who first tries a match at every
# character, which made it the costliest scan of the stage.
REPORT_CITED = re.compile(
    r"(?:联合|共同)?(?:发布|发表|公布|出具|编制|披露|印发|出台)的?(?:[^，。；《]{0,8}?)(?P<title>《[^》]{1,80}》)"
    r"(?:[^，。]{0,6}?[，,]?[^，。]{0,4}?)(?:显示|指出|预测|预计|预估|称|表明|数据|提出|明确)"
)
CLAUSE_START = re.compile(r"[，。；,]")


# 《报告》对全国31个省（区、市）的算力发展水平进行综合评估后(指出): what the report did before it says.
AFTER_ASSESSING = r"(?:[^，。；]{0,30}?后)?"
TITLE_SHOWS = re.compile(
    rf"(?:^|[，,。；\s])(?P<title>《[^》]{{1,80}}》)(?:还|也|同时|进一步)?{AFTER_ASSESSING}(?:分析)?(?:显示|指出|预计|预测|称|认为|提到)"
)
ACCORDING_TO_DOCUMENT = re.compile(r"(?:^|[，,。；\s])(?:根据|据|按照|依据)(?P<title>《[^》]{1,80}》)")
REPORTER_CHARS = 62
"""据/根据 and up to 60 characters of who."""
# The data word must end the phrase: 据贵州省大数据发展管理局统计 is not 贵州省大 + 数据.
SOURCE_DATA = re.compile(
    r"(?:^|(?<=[，,。；\s”）)〕：:]))(?:另据|据|根据|按照)(?P<who>[^，。；,]{2,50}?)(?:的)?(?:最新|初步)?"
    r"(?:统计数据|数据|资料|数字|统计|测算|核算|预测|报告|调查|研究|分析|估算|估计|预估|口径|通知|公告|快报|公报|简报|消息)"
    r"(?=[，,：:。\d]|显示|表明|称|指出|到|至|今年|明年|未来|$)"
)
# 则指 (Hong Kong): 指 alone, only where a comma follows; 答： in a press conference's transcript.
# 以书面答复立法院, 书面答复议员时: a body's answer to a legislature.
WRITTEN_REPLY_VERB = r"(?:以?书面|口头)?(?:回复|答复|答覆)"
SPEAKER_VERBS = (
    "表示|指出|坦言|直言|定下了?目标(?=[，,])|(?<![之著号堪俗简昵统并名职])称|透露|披露|介绍|说|认为|预计|预估|预测|估计|估算|测算|宣布|公布|通报|发布|强调|提出|提醒|告诉记者|对记者说|"
    "指(?=[，,：:])|评估(?=[，,：:])|答(?=[：:])|(?<=[部局委厅府司署会])规划(?=[，,])|介绍了?[^，。；]{0,24}?(?:情况|进展|概况)(?=[：:])|(?<![要请促])"
    + WRITTEN_REPLY_VERB
    + "[^，。；]{0,8}?(?=[，,：:])|(?<!符合)(?<!市场)(?<!经营)(?<!业绩)(?<!盈利)(?<![超于及的])预期(?=[，,：:])|说明(?=[，,：:])|补充(?:说|指)?(?=[，,：:])|公告(?=[，,：:])|分析(?=[，,：:])|公示(?=[，,：:])|告诉[^，。；]{2,8}?(?=[，,：:])|"
    "对[^，。；]{2,8}?说(?=[，,：:。]|$)"
    "|看好[^，。；]{0,24}?(?=[，,])"  # 东阳证券则看好AI ASIC的成长动能，预估…: a broker's view, then its figures
)
SOURCE_SPEAKER = re.compile(
    # A Latin name may be followed by a space (Alphabet 10月29日公布，G42 5月19日表示).
    r"(?:^|[，,。；\s])(?P<who>[^，。；,\s]{2,60}?|[^，。；,\s]*[A-Za-z][A-Za-z0-9]*(?=\s\d)"
    r"|[^，。；,\s]{0,20}?[A-Z][A-Za-z&.]+(?:\s[A-Z][A-Za-z&.]+){1,3}[^，。；,\s]{0,20}?)"  # Harbor Analytics驻香港分析师…表示
    r"(?:近期|日前|近日|此前|今天|昨天|今日|昨日|日内|\s?(?:\d{1,2}月)?\d{1,2}日)?(?:[（(]\d{1,2}日[）)])?"  # 昨日（14日）
    rf"(?:则|也|还|亦|更|又|进一步|再次|同时|并)?(?:{SPEAKER_VERBS})(?:[，,：:]|。?$)"
)
SPEAKING = compile_skipping(SPEAKER_VERBS)
IN_THE_VIEW_OF = re.compile(r"(?:^|[，,。；])在(?P<who>[^，。；,]{2,40}?)看来[，,]")
SOURCE_ANNOUNCES = re.compile(
    r"(?:^|[，,。；])(?:此外|另外|同时)?[，,]?(?P<who>[^，。；,\s]{2,20}?)(?:今年|近日|日前|今天|昨天|昨日|\d{1,2}日)?宣布"
    r"(?=(?:将|拟)?(?:拨款|拨出|投资|斥资|投入|出资|追加))"
)
# 台电预估今年夏季尖峰负载将达…: a body forecasting with no comma after its verb (a body by its name's
# end, or a utility the news names short).
SOURCE_FORECASTS = re.compile(
    r"(?:^|[，,。；])(?P<who>[^，。；,\s]{2,20}?(?:局|部|署|委|院|会|所|司|公司|集团|中心|机构|[A-Za-z]{2,})|台电|中电|港灯|国网|南网"
    r"|(?:本|该)?公司|(?:本|该)?集团|管理层|该行|该券商)"  # 公司预计全年实现营业收入65亿元至72亿元: the company the story is about
    r"(?:[（(][A-Za-z]{2,10}[）)])?(?:预估|预计|预测|估计|评估|预期)[，,]?(?=今|明|到|至|\d|未来|民国|全年|年内|收入|营收|营业额|毛利率"
    r"|[\u4e00-\u9fff]{2,8}?(?:今年|明年|全年))"  # (该行预测新域明年可分派收入…: what a broker foresees of a company)
)


# 宏鑫晶圆今天召开法人说明会，公布第2季合并营收…: who held the meeting, and said what it said there.
MEETING_HELD = re.compile(
    r"(?:^|[，,。；])(?P<who>[^，。；,]{2,24}?)(?:今天|今日|昨天|昨日|日前|近日|\d{1,2}日)?(?:召开|举行|举办)"
    r"[^，。；]{0,12}?(?:说明会|发布会|记者会|法说会|业绩会|股东会|股东大会|股东常会)[，,](?:并|会上)?(?:公布|宣布|表示|指出|披露)"
)
# 国际能源署（IEA）的预测则相对保守，认为…: whose forecast the clause goes on with.
FORECAST_OF = re.compile(
    r"(?:^|[，,。；])(?P<who>[^，。；,]{2,30}?)(?:[（(][A-Za-z]{2,10}[）)])?的(?:预测|预估|判断|测算)(?:则|也|还)?"
    r"[^，。；]{0,8}[，,](?:认为|指出|预计|称|其)"
    # 东岳证券则更为乐观，预计…: a body's outlook, then what it expects
    r"|(?:^|[，,。；])(?P<outlook>[^，。；,]{2,30}?)(?:(?:则|也|还)?(?:更为|较为|相对|更加|比较|偏)?(?:乐观|谨慎|保守|审慎)"
    r"|(?:则|也|还)(?:从[^，。；]{0,8}?)?给出了?(?:判断|预测|预估|看法))"  # 晨曦证券则从结构角度给出判断，认为…
    r"[，,](?:其)?(?:预计|认为|预测|判断|预估)"
)
# 工业和信息化部数据显示, IDC最新报告指出: who the data or the report belongs to, at the clause start.
SOURCE_SHOWS = re.compile(
    r"(?:^|[，,。；])(?:[【\[][^】\]]{1,40}[】\]])?(?P<who>[^，。；,]{2,30}?)(?:(?:对[^，。；]{1,20}?的)?(?:发布|公布|提交[^，。；]{1,8}?)?的?(?:最新|初步|抽样|持续)?(?:监测|统计|调查|调研)?"
    r"(?:研究报告|调查报告|分析报告|白皮书|蓝皮书|统计数据|数据(?![，,]?(?:则|亦|也|还)?(?:预估|预计|预测|称))|数字|资料|统计|报告|调查|研究|测算|监测|调研|(?<=局|部|委|厅|署|办|府|会|院|的|股)文件)[，,]?(?:则|亦|也|还|又|同时)?(?:显示|表明|指出|预估|预计|预测|称|是(?=[，,：:]))"
    # 中国信通院的数据是，…; 工业和信息化部发布的通信业经济运行情况显示; 浙江省统计局11月3日发布数据，
    r"|(?:发布|公布)的[^，。；]{1,20}?(?:显示|表明|测算|指出|预测)|(?:发布|公布)了?(?:最新)?[^，。；]{0,16}?(?:数据|统计)[，,：:]"
    # 经济部今天公布电力供需报告，预估…: a report with its name, then what it says.
    r"|(?:发布|公布)了?(?:最新)?(?:「[^」]{1,40}」|[^，。；]{0,10}?)(?:报告|数据|白皮书|业绩预告)?[，,]?(?:显示|表明|指出|预估|预计|预测|称))"
)
# 本文节选自中国信息通信研究院近日发布的《…》: an editor's note saying whose report the text is.
EXCERPT_LEAD = r"(?:本文|以下内容|下文)(?:节选|摘编|摘选|摘录|选编|摘)自"
EXCERPT_OF = re.compile(
    rf"{EXCERPT_LEAD}(?P<who>[^，。；《]{{2,40}}?)"
    r"(?:近日|日前|今日|(?:\d{1,2}月)?\d{1,2}日)?(?:正式)?(?:发布|公布|发表)的(?P<title>《[^》]{2,60}》)"
)
# 本文节选自《报告》第三章, after the note declared 《报告》: the report by its short title.
EXCERPT_OF_TITLE = re.compile(rf"{EXCERPT_LEAD}(?P<title>《[^》]{{2,20}}》)")
EXCERPT_NOTE_CHARS = 600
# 记者从市数据局获悉: who the reporter learned it from.
SOURCE_LEARNED = re.compile(
    # (记者韩雪松从国家数据局获悉: the reporter named; 证券时报·e公司记者从…: the paper's desk)
    r"(?:^|[，,。；：:\s）)〕】·•])(?:[\u4e00-\u9fff+＋·A-Za-z]{0,8}?记者(?:\s?(?:(?!从)[\u4e00-\u9fff]){2,4}?\s?(?=从))?)?(?:(?:\d{1,2}月)?\d{1,2}日|近日|日前|今天|昨天)?(?:从|自)"
    r"(?P<who>[^，。；,\s]{2,40}?)(?:获悉|了解到|得知)"  # 南都记者从…（以下简称“市政数局”）获悉
)
# 中国电信财报显示, 数港科技2025年年报显示: a company's own report (not 同日披露的年报, which names nobody).
EXAMPLE_REPORT = re.compile(
    r"以(?:[^，。；]{0,6}的)?(?P<who>[\u4e00-\u9fffA-Za-z]{2,12}?)(?:[（(][0-9A-Z.]{4,12}[）)])?为例[，,]其(?:\d{4}年|今年|去年)?"
    r"(?:上半年|前三季度|第?[一二三四]季度|年度|半年度)?(?:财报|年报|半年报|[一三]季报|季报|中报|业绩报告)(?:显示|表明|披露)"
)
COMPANY_REPORT = re.compile(  # (第三方IDC运营商云岭数据（301863）披露的三季报显示: its trade before its name)
    r"(?:^|[，,。；])(?P<who>[\u4e00-\u9fffA-Za-z]{2,16}?)(?:[（(][0-9A-Z.]{4,12}[）)])?"
    r"(?:(?:\d{1,2}月)?\d{1,2}日(?:晚间|晚|早间|盘后)?|\d{1,2}月(?:上旬|中旬|下旬|初|底|末)|近日|日前|昨晚|昨日|今日)?"  # (曜芯科技（688659.SH）8月28日晚间披露的, 10月下旬披露的)
    r"(?:最新)?(?:披露|发布|公布)?的?(?:\d{4}年|今年|去年|上年)?"
    r"(?:上半年|下半年|前三季度|第?[一二三四]季度|年度|半年度)?的?"  # (冰川温控（301736.SZ）半年报显示, 澜光科技（300862）披露的半年报显示)
    r"(?:财报|年报|半年报|[一三]季报|季报|中报|业绩报告|业绩快报|业绩预告)(?:数据)?(?:显示|表明|披露)"
)
# 中国移动8月7日公布中期业绩，上半年资本开支为584亿元: a company announcing its results.
COMPANY_RESULTS = re.compile(
    r"(?:^|[，,。；])(?P<who>[\u4e00-\u9fffA-Za-z]{2,12}?)于?(?:北京时间|美东时间)?"
    r"(?:\d{1,2}月\d{1,2}日|今日|昨日|日前|近日|今天|昨天)?(?:晚间|早间|凌晨|盘后)?"
    r"(?:公布|发布|披露)了?(?:截至\d{4}年\d{1,2}月\d{1,2}日止?的?)?(?:\d{4}年)?"
    # (英伟达于北京时间5月28日凌晨公布截至2026年4月26日的2027财年第一财季未经审计财务报告)
    rf"(?:中期|年度|(?<=年)度|全年|半年度|前三季度|第?[一二三四]季度|季度|(?:\d{{4}}财年)?{FISCAL_QUARTER}|\d{{4}}财年)"
    r"(?:未经审计的?|经审计的?)?(?:业绩|财报|财务报告|报告)"
)
NOT_A_REPORTER = re.compile(
    r"的$|披露|发布|公布|同日|最新|此前|上述|从|^(?:三大|两大|多家|各家|部分|几家|[一二两三四五六七八九十\d]+家)"
)
# …”湘算数科总经理陈立远告诉记者: the verbs a quote's speaker is named with after it.
QUOTE_SAID = r"说|表示|指出|介绍|透露|强调|认为|称|告诉(?:记者|本报记者|本报)|对记者说"
QUOTE_THEN_SPEAKER = re.compile(
    rf"[”」』](?![）)])[，,]?\s*(?P<who>[^，。；“”「」（）()\s]{{1,30}}?)(?:{QUOTE_SAID})(?:[。！，,]|$)"
)
# 创新科技及工业局局长孙东：「…」: a speaker's label before their quoted words.
LABELLED_QUOTE = re.compile(r"^(?P<who>[^，。；「“：:]{2,40}?)[：:]\s*[「“]")
SHOWING = re.compile(r"显示|表明|指出|预估|预计|预测|称|(?:数据|统计)是[，,：:]")


# How the name of a body ends: 统计局, 信通院, 华为公司.
BODY_END = "局|部|委|院|会|办|厅|署|所|司|处|公司|集团|中心"
# 數位發展部統計，…: a body that counted, at the clause start; only a body (a name ending like one, or a
# Latin name), since 初步统计，and 经测算，name nobody.
SOURCE_COUNTED = re.compile(
    r"(?:^(?:[从就][^，。；]{1,10}?(?:来)?看[，,])?(?:另外|此外|同时|而)?[，,]?(?:据|根据)?(?:研调机构|调研机构|研究机构|市调机构|咨询机构)?(?!经)(?P<short>[\u4e00-\u9fffA-Za-z]{2,5}?)"  # 台电统计，…: a short name opening its sentence (从实际用电看，台电统计，…)
    rf"|(?:^|[，,。；])(?P<who>[^，。；,\s]{{2,30}}?(?:{BODY_END}|机构)"
    # 研调机构集邦科技（TrendForce）统计: a name given with its Latin one is a body's too
    r"|[A-Za-z][A-Za-z&. ]{1,30}|[^，。；,\s（(]{2,20}?(?=[（(][A-Za-z][A-Za-z&. ]{1,20}[）)])))"
    r"(?:[（(][A-Za-z\u4e00-\u9fff][A-Za-z\u4e00-\u9fff&. ]{1,20}[）)])?(?:最新|初步)?(?:统计|测算|监测)(?:[，,：:]|的(?:区间|结果|数据|数值)?(?:为|是)"
    r"|(?=今年|去年|上半年|前三季|截至|民国|\d{4}年))"  # 台电统计今年夏季尖峰负载创下…
)
NAME_CHARS = re.compile(r"[\u4e00-\u9fffA-Za-z]{2}")


# 法人 (Taiwan): institutional investors, as anonymous as 业内.
GENERIC_SPEAKERS = re.compile(
    r"^(?:这|此|(?:主要)?基于|附?表\s*\d*[：:]|图\s*\d*[：:]|报告|数据|研究(?![\u4e00-\u9fff]{0,4}(?:院|所|中心|会|局|署))|分析|业内|专家|有关|相关|他|她|其|该|最新|上述|以上|法人|(?:[亚美欧日陆港台]系)?外资(?:法人|券商|机构)?$|市场|不完全|初步$|调度$|监测$|经$|据$|"
    r"(?:规划|方案|意见|通知|计划|纲要|项目|专案|专题)$|一位|一名|某|入驻|当地企业|知情|消息人士|的|"
    # 各地数据主管部门, 每经记者梳理…: bodies not named, and the paper's own counting.
    r"各地|各省|各级|多地|多家|[两三四五六七八九几\d]+家(?![\u4e00-\u9fff]{0,3}[A-Za-z])|[^，。；]{0,8}记者|笔者|(?:半)?年报$|财报$|季报$|年度报告$|业绩报告$|文章$|本届|本次|"
    r"(?:答[：:])?我们$|(?:答[：:])?我$"
    # 今年以来已有11家算力相关上市公司披露…: how many did something since a time, nobody named
    r"|已有"
    r"|公开(?:资料|信息|数据)?$"  # 公开资料显示: what anyone can look up, nobody cited
    r"|[^，。；]*(?:进度|情况|趋势|形势|经验|口径)$"  # 根据当前在建项目进度测算: what was reckoned from
    r"|我们(?:将|要|会|正在|已经|还将|也将)"  # 我们将强化统筹布局和项目评估，…: what we will do, no one cited
    r"|(?:项目)?(?:管理|运营|运维|市场|技术|综合|建设|工程|业务)?部$"  # 项目管理部负责人: a department of nobody named
    # 项目负责人介绍, 现场工程师介绍: someone of a project or a site the text does not name; 按照团队测算: the
    # team named before, its lead's words
    r"|项目(?:相关)?负责人$|现场$|(?:该|其)?团队$"
    r"|^并?对[^，。；]*开展"  # 并对已建成项目开展利用率(评估，): an action, nobody speaking
    r"|[^，。；]*第[一二三四五六七八九十\d]{1,2}(?:座|栋)"  # 位于台中的第四座资料中心(预计…): a building, no one
    r"|(?:项目)?(?:总)?(?:投资|成本|费用|收入|收益|效益|资金|需求|负荷|产能)$)"  # 投资估算：a heading's noun
)
# Before the source: a dateline in brackets (（中央社记者林宏翰台北25日电）, 〔记者洪友芳/新竹报导〕), a
# connective, 大陆/内地 (how Taiwan and Hong Kong name mainland bodies) and what kind of body it is.
SOURCE_PREAMBLE = re.compile(
    r"^(?:[（(〔【\[][^）)〕】\]]*[）)〕】\]]|《[^》]{2,16}(?:专讯|專訊|电|電)》)?\s*"
    r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．]\s*|[一二三四五六七八九十]是)?"  # 二、公司表示：, 一是凌川科技: the item
    r"(?:据|根据|由|而|此前|另据|另外|同时|例如|其中|前述)?"
    r"(?:(?:邀请|请)到?(?=[\u4e00-\u9fff]{3}))?"  # (举行新闻发布会，)请国家数据局副局长韩启明(介绍…)
    r"(?:总部(?:设在|位于)[^，。；的]{1,10}的)?"  # 总部设在新加坡的智库亚洲数字治理研究院
    r"(?:(?:(?:亚系|美系|欧系|日系|陆系|港系|台系|本土)外资|外资)(?:券商|法人|机构)?(?=[\u4e00-\u9fffA-Za-z]{2}))?"  # 亚系外资东阳证券
    r"(?:大陆|内地)?(?:(?:一家|某)?(?:美国|英国|日本|韩国|欧洲)?(?:市场|行业)?(?:研究咨询|研调|研究|调研|调查|市调|咨询)?(?:机构|智库)"
    r"|(?:顾问|咨询|研究|调研|市调|研调)公司(?=[\u4e00-\u9fff]{2}))?"  # 顾问公司卓域顾问
    r"(?:基金管理人|管理人|发行人|保荐机构)?"
    # 电源大厂台达电, 龙头企业X: what kind of company, not its name.
    r"(?:[\u4e00-\u9fff]{0,8}?(?:大厂|龙头|巨头|厂商|业者|代工厂)(?:企业)?|[\u4e00-\u9fff]{0,8}?公司(?=[A-Za-z]))?"
)
# 国家数据局7月14日发布, 工业和信息化部2023年10月印发: when, not who.
QUOTING = re.compile(r"^[^，。；]{1,20}?(?:引述|援引|引用)")
STATIONED = re.compile(r"驻[\u4e00-\u9fff]{2,4}$")  # (Harbor Analytics驻香港(分析师))
TITLE_PUBLISHED = re.compile(r"(?:发布|公布|发出|印发|挂出)了?[^，。；《]{0,10}?《.*$")
SOURCE_TIME = re.compile(
    r"(?:(?:\d{4}年|今年|去年)?(?:\d{1,2}月)?(?:\d{1,2}日)?|(?:今年|去年)(?:底|末|初)|(?<=[\u4e00-\u9fff]{2})[今昨]|[今昨]?[（(]\d{1,2}[）)]日|[今昨]日?[（(][^）)]{1,8}[）)]|近日|日前|今天|昨天|今日|昨日|近期|此前|早前|稍早|当地时间|(?:上|本|这)?周[一二三四五六日天]|上周|上月|本周|本月初|本月|月初|月中|月底|年初|近期|前段时间|前些天|前不久|不久前|日前|此次|这次|本次)"
    r"(?:晚间|早间|盘后|午间)?"
    r"(?:最新|首次|首度)?$"
)
# A who cut inside the lead's brackets (the lead had a space: 〔工商时报 记者…〕): up to the bracket's end.
UNOPENED_BRACKET = re.compile(r"^[^（(〔【\[]*[）)〕】\]]")
# 华泰证券最新研报, 世邦魏理仕最新报告: the paper, not who wrote it; （通讯办）: a short name in brackets.
SOURCE_PAPER = compile_skipping(
    r"(?:的?(?:最新|年度)?(?:研报|研究报告|报告|公告)|(?:的|最新|年度)(?:数据|统计|调查|数字|资料)|(?<=[局署部委院会司处办])(?:数据|数字|资料)|(?:发布)?公告|发布(?:预测|数据)"
    r"|最新[^，。；]{1,12}$"  # TrendForce最新AI服务器(分析)
    r"|[（(][^）)]{1,10}[）)])$"
)
# 该行预测 after 德汇证券最新报告重申…: the bank or broker named before (a name ending like one, or written so).
BROKER_OR_BANK = re.compile(r"(?:证券|银行|券商|资本|金融|国际|期货|研究)$|[A-Za-z]{2}")
# 发言人说：after 数字政策办公室发言人表示: the body named before speaks again.
BARE_TITLE = re.compile(
    r"(?P<this>该|这位|这名|上述)?(?P<title>(?:新闻)?发言人|(?:有关|相关)?负责人|(?:副)?(?:局长|部长|署长|司长|主任|处长))|该局|该部|该办|该委|该中心|该院|该所|该司|该行|该券商"
    r"|局方(?:掌握|提供|统计|整理)?"  # 根据局方掌握的数字 (Hong Kong): the bureau named before
)
# 集团预计 after 云峰数据管理层表示, 公告显示 after X公告称: the company named before speaks again (not a
# government body).
# 中心主任刘建华介绍 after 国家超级计算深圳中心…: the body of that kind the text named last.
GENERIC_BODIES = ("中心", "协会", "研究院", "学会", "实验室")
GENERIC_HEAD_BEFORE = re.compile(
    # (该中心主任赵国栋, 中心负责人张立峰: the body the text named before; 该 and 本 point back to it, while any
    # other character before would make the kind part of another name, 数据中心主任)
    rf"(?:(?<![\u4e00-\u9fffA-Za-z])|(?<=该)|(?<=本))(?P<kind>{'|'.join(GENERIC_BODIES)})副?"
    r"(?:主任|院长|会长|理事长|秘书长|(?:运营|运维|技术|项目)?负责人)$"
)
GENERIC_COMPOUND = re.compile(r"(?:数据|智算|算力|超算|计算|运营|研发|服务)中心$")
# 本港数据中心营运商汇峰数据（02389）: what trade the company is in, before its name.
KIND_OF_TRADER = re.compile(
    r"^.*?(?:营运商|运营商|供应商|服务商|开发商|制造商|设计商|设备商|提供商|集成商|分销商|厂商|代工厂|封测厂|测试厂|晶圆厂|面板厂|组装厂|大厂|运营方|建设方|顾问行|代理行|顾问公司|咨询机构|研究机构|研调机构|调研机构|芯片企业|算力企业|半导体企业)(?=[\u4e00-\u9fffA-Za-z]{2})"
)
TRADE_NAMED = re.compile(
    r"(?:营运商|运营商|服务商|供应商|开发商|制造商|代工厂|大厂)[「“]?(?P<name>[\u4e00-\u9fffA-Za-z]{2,6}?)[」”]?"
    r"(?=[（(]|昨|今日|今天|日前|近日|宣布|表示|召开|公布|发布|完成|获得)"
)
# 入驻平台的豫智算力科技有限公司是郑州本地规模较大的智算服务商之一: a company the story introduces by its trade.
COMPANY_INTRODUCED = re.compile(
    r"(?:^|(?<=[的，。；：\s]))(?P<name>(?:(?!的)[\u4e00-\u9fff]){2,12}?(?:股份)?有限公司)(?:是|为|作为)[^，。；]{0,24}?"
    r"(?:服务商|运营商|供应商|提供商|制造商|开发商|企业|公司)"
)
# 财务总监罗颖表示: the company's officer, for it (公司董秘王芳表示 with no company named: for no one)
OFFICER = re.compile(r"财务总监|首席财务官|CFO|董事会秘书|董秘")
HEAD_TITLE = (
    r"(?:(?:联合)?创始人兼|(?:集团|董事会)?主席兼)?(?:行政总裁|首席执行官|总裁|董事长|总经理|财务长|CEO|(?:集团|董事会)主席"
    rf"|{OFFICER.pattern})"
)
# 董事长兼总经理: a head's title, with the second post they hold.
HEAD_TITLES = rf"{HEAD_TITLE}(?:[兼暨](?:共同)?(?:行政总裁|首席执行官|执行长|总裁|总经理|CEO))?"
BARE_HEAD_BEFORE = re.compile(
    rf"(?:(?<![\u4e00-\u9fff])|(?<=公司)|(?<=集团)){HEAD_TITLE}$"
)  # (公司创始人兼CEO)
# ，中算科技集团去年…: a group named after a break, not inside a longer phrase (记者从…集团获悉).
GROUP_NAMED = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,8}?集团")
COMPANY_NAMED = re.compile(
    r"(?:(?<![\u4e00-\u9fff])|(?<=[由与和是为的]))(?:(?![由与和的])[\u4e00-\u9fff]){2,16}?(?:股份)?有限(?:责任)?公司"
)
PERIOD_ONLY = re.compile(
    r"(?:中期|年度|半年度|季度|[一二三四]季度|第[一二三四]季度|前三季|第[一二三四]季|上半年|前三季度|全年)"
)
OWN_REPORT = re.compile(r"(?:中期|年度|半年度|季度|季)(?:报告|业绩报告|财报)(?:显示|表明|披露)")
SHORT_BODY_CHARS = 4
SHORT_BODY_ENDS = ("院", "所", "局", "中心")
# 信息通信发展司, 节能与综合利用司: a ministry's department, named bare (not a 公司, nor the ministry itself)
DEPARTMENT = re.compile(r"[\u4e00-\u9fff]{2,10}(?<![公上])司")
MINISTRY = re.compile(
    r"工业和信息化部|国家发展(?:和)?改革委(?:员会)?|国家[\u4e00-\u9fff]{2,4}?局|[\u4e00-\u9fff]{2,4}(?<![东西南北中全内外总局干本])部"
)
MINISTRY_REACH = 16  # 工业和信息化部新闻发言人、信息通信发展司司长: the ministry in the same title
PLACE_OPENING = r"香港|澳门|国家|中国"  # (a city's bodies: _placed)
OWNER_OR_SUPPLIER = re.compile(r"[^，。；]{0,2}?(?:控股|持股|参股|提供|供货|供应)")
MEDIA_GROUP = re.compile(r"报|传媒|媒体|出版")
BARE_COMPANY = re.compile(r"(?:本|该)?(?:集团|公司|公告|管理层|(?:数据中心)?(?:信托|房托)(?:管理人)?)")
BARE_ASSOCIATION = re.compile(r"(?:本|该)?(?P<kind>联盟|协会|商会|联合会|学会|联席会议)")


def _named_in(text: str, kind: str, *, whole: bool = False) -> str | None:
    """The first body of this kind the text names in full (香港数据中心联盟); `whole`: an institute's whole name,
    its kind within it, after 的 or a verb too (位于北京怀柔的中国科学院科学计算创新研究院, for 该院)."""
    pattern = (
        rf"(?:(?<![\u4e00-\u9fff])|(?<=[的由与和在从]))[\u4e00-\u9fff]{{2,20}}{kind}(?![\u4e00-\u9fff]{{0,2}}[会员长])"
        if whole
        else rf"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{{2,12}}?{kind}(?![\u4e00-\u9fff]{{0,2}}[会员])"
    )
    # (记者在中心机房看到: where the reporter stood, no body's name)
    names = (
        REPORTER_THERE.sub("", tidy_source(m.group(0)) if whole else m.group(0))
        for m in re.finditer(pattern, text)
    )
    found = next((name for name in names if len(name) > len(kind) + 1), None)
    return None if not found or FOUNDING_VERB.search(found) else found


FOUNDING_VERB = re.compile(r"成立|组建|发起|加入|牵头")
REPORTER_THERE = re.compile(r"^(?:记者)?(?:在|到|走进)")


# 行政总裁黄振邦: a company head named only by title, in a story about the company.
BARE_HEAD = re.compile(
    rf"(?:公司|集团)?{HEAD_TITLES}(?P<name>[\u4e00-\u9fff]{{0,3}})"
)  # (公司创始人兼CEO陆景行: the company's head)
BARE_REPORT = "报告"
REGION_GOVERNMENT = "特区政府"
REPORT_QUOTING = re.compile(r"(?:报告|研报|白皮书)(?:还|也|亦|则)?(?:援引|引述|引用)")
REPORT_WORDS = re.compile(r"报告|研报|周报|月报|白皮书|蓝皮书|公报|文件")
PRONOUN = "他"
# 他同时预计，…, 她表示: the person named before speaks again.
HE_SAYS = re.compile(
    r"(?:^|[，。；“”])(?:他|她)(?:在[^，。；]{1,20}?(?:中|上|时))?(?:同时|还|也|进一步|则|并|续|又|亦)?"  # (他在演辞中表示)
    r"(?:表示|指出|指(?=[，,：:])|预计|认为|介绍|说|透露|披露|强调|坦言|提到|预测|估计|估算|称)"
)
SHORT_NAME_CHARS = 4
# 凯崴电脑: a company's name as the text writes it in full, a trade word after the short name (not 华源证券电子
# 行业, a broker's desk, nor 金昌市数据局, a body).
COMPANY_TRADE_AFTER = (
    "(电脑|科技|电子|电路|设计|数位科技|半导体|通信|精密|光电|资讯|资通|网通|云端|控股|投控|集团|电源|研究)"
    "(?![\u4e00-\u9fff]{0,2}(?:局|委|厅|院|所|中心|协会|联盟|行业|分析|首席|团队|板块|概念|产业|研究))"
)
# (云岫算力（SZ301592，收盘价：48.36元）: the code first in the bracket)
TITLE_FILER = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,6})[：:]")
SHORT_NAME_FIELD = re.compile(r"(?:证券|股票)简称[：:]\s*(?P<name>[\u4e00-\u9fffA-Za-z]{2,8})")
# (not （2025）, a year in brackets)
LISTED_CODE = compile_skipping(
    r"(?<!》)(?<!年报)(?<!报告)(?<!观察)(?<!白皮书)(?<!蓝皮书)(?<!榜单)(?<!指数) ?[（(]"
    r"(?:(?:S[ZH]|BJ|HK)?\d{4,6}(?:[.-][A-Z]{2})?"
    r"(?:[/、](?:S[ZH]|BJ|HK)?\d{4,6}(?:[.-][A-Z]{2})?)?"  # (00981.HK/600981.SH: listed twice)
    r"|(?:NASDAQ|Nasdaq|NYSE|纳斯达克|纽交所)[：:]\s*[A-Z]{1,5})"  # 英伟达（NASDAQ：NVDA）: listed abroad, by its ticker
    r"[）)，,；;](?!》)"
)  # (《“东数西算”发展展望（2026）》: a title's year; 康碩電源 (6812-TW), as 鉅亨網 writes it)
LISTED_COMPANY = re.compile(rf"(?P<name>[\u4e00-\u9fffA-Za-z]{{2,8}}){LISTED_CODE.pattern}")
# 以数据中心为主要资产的云湾数据房托（02916）, 房地产投资信托基金岭峰数据房托（02893）: the name after what it is.
LISTED_DESCRIPTION = re.compile(r"^.*(?:的|基金|信托)(?=[\u4e00-\u9fffA-Za-z]{2})")
NOT_A_COMPANY = re.compile(r"(?:局|部|委|厅|署|办|院|会|所|政府|中心)$")
_HEAD_TITLE = (
    r"(?:行政总裁|董事会秘书|董秘|财务总监|(?:高级|资深)?(?:研究|分析)经理|财务长|营运长|技术长|(?:总|高级)?工程师|(?:副)?校长|首席[\u4e00-\u9fff]{0,4}官|执行长|执行董事|董事长|董事总经理|总经理|总裁|联合创始人|创始人|共同创办人|创办人|CEO|CFO|(?:首席)?分析师|首席经济学家|管理层|"
    r"管理团队|高管|高层|(?:相关|有关|运营|运维|技术|项目)负责人|专家|研究员|(?:新闻)?发言人|(?:副|助理|客座|讲座)?教授|院士)"
)
TRAILING_TITLE = compile_skipping(
    # 董事长刘志远, 创始人兼CEO陈默: the company speaks, through its head, named
    rf"{_HEAD_TITLE}(?:[兼、暨]{_HEAD_TITLE})*(?:[\u4e00-\u9fff]{{2,3}})?$"
)
# 数码港行政总裁同时透露: how the statement joins the one before, not part of who.
CONNECTIVE = compile_skipping(
    r"(?:同时|同日|随后|此外|另外|并且|并|亦|也|还|则|又|续|接棒|接着|发表|发布|公布|提供|(?<=[A-Za-z\u4e00-\u9fff]{2})[在于])$"
)
# 记者昨天从北京市经济和信息化局获悉: how the reporter learned it, not part of who.
LEARNED_FROM = re.compile(
    r"^(?:[\u4e00-\u9fff·A-Za-z]{0,10}?记者(?:(?:(?!从)[\u4e00-\u9fff]){2,4}?(?=从))?)?(?:昨天|今天|近日|日前|(?:\d{1,2}月)?\d{1,2}日)?(?:从|自(?!治))|(?:获悉|了解到|得知)$"
)
BODY_DELEGATE = re.compile(r"(?<=[局部委办署院司处厅])代表$")  # 行政公职局代表: the bureau
# 经济及科技发展局（经科局）局长: a body's short name in brackets, with no 简称.
BODY_SHORT_NAME = re.compile(r"(?<=[局部委办署院会心司])[（(][\u4e00-\u9fff]{2,8}[）)](?=[\u4e00-\u9fff])")
# 韶关市政务服务和数据管理局（以下简称“市数据局”）: the short name declared, not part of the name.
ALIAS_DECLARED = re.compile(r"[（(](?:以下)?(?:简称|下称)[^）)]{1,14}[）)]")
PUBLISHED_PIECE = re.compile(r"(?:发表|发布|公布)的[^，。；]{0,8}$")
# 奥飞数据（300738）发布公告: a listed company's code.
STOCK_CODE = re.compile(r"[（(]\d{4,6}(?:[.-][A-Z]{2})?(?:[/、]\d{4,6}(?:[.-][A-Z]{2})?)?[）)]")
DIGIT = re.compile(r"\d")
# （NASDAQ：CLZY；HKEX：02698）, （00941）: where a company lists
LISTING = re.compile(
    r"[（(](?:[A-Za-z]{2,8}[：:]\s*)?[A-Z0-9.]{2,10}(?:[；;，,、/]\s*(?:[A-Za-z]{2,8}[：:]\s*)?[A-Z0-9.]{2,10})*[）)]"
)
SPACED_NAME = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff]$)", re.MULTILINE)
LISTED_AS = compile_skipping(r"(?:创业板|科创板|北交所|主板|港股|美股|A股)?上市公司(?=[\u4e00-\u9fff])")
# 市委书记在新闻发布会上介绍: where it was said, not who said it.
SPEAKING_OCCASION = re.compile(
    r"(?:在|于|出席)[^，。；]{1,30}?(?:上|中|期间|时|平台|节目|访问|专访|采访)(?:解释|说明|补充|回应)?$|"  # (於记者会上: Hong Kong's 於; 公司在三季报中解释称)
    r"接受[^，。；]{0,20}?(?:查询|采访|访问|专访|询问)时?$|"  # (教授梁启航接受《香港01》查询时)
    # 记者从今天召开的…调度会议上获悉, 工业和信息化部23日举行的新闻发布会上: the meeting, not who held it
    r"(?:今天|今日|昨天|昨日|日前|近日|\d{1,2}日)?(?:召开|举行|举办)的[^，。；]{1,40}?(?:会议|大会|会|论坛|峰会)上?$|"
    rf"对[^，。；]{{2,6}}$|向(?:本报|本刊|新华社)?记者$|{WRITTEN_REPLY_VERB}[^，。；]{{0,10}}?时$|(?:答询|质询)时$"
    r"|接受[^，。；]{0,10}?(?:专访|采访|访问)时?$"  # 数码港主席陈细明接受本报专访时(表示)
    r"|(?<=[\u4e00-\u9fff]{2})(?:主)?(?:论坛|分论坛|峰会|大会)上$"  # 数字中国建设峰会主论坛上(发布的《…》)
    r"|(?<=[\u4e00-\u9fff\d]{2})在(?:[京沪穗深港渝蓉杭宁]|北京|上海|广州|深圳|香港|杭州|南京|成都|重庆|武汉|西安|天津|贵阳)$|^(?:会|会议|大会|论坛|峰会|会场)上$|^[\u4e00-\u9fff]{0,10}?现场$|作[^，。；]{2,12}?(?:报告|讲话|致辞)时$|(?:致辞|致词|讲话|发言|演讲|答问|受访|受访问|受采访)时$"  # 代省长刘捷作政府工作报告时  # 会上发布的数据显示, 记者从(投运仪式)现场获悉: the occasion, nobody in it
)
# 赴立法院经济委员会提出「AI产业用电需求评估」项目(报告): where and what a body reports, after who
REPORTED_TO = re.compile(r"(?:赴|到|向)[^，。；]{2,20}?(?:提出|进行|作|做|提交)[^，。；]*$")
OFFICIATED_BY = re.compile(r"^[\u4e00-\u9fff]{1,6}?(?:礼|仪式|典礼|活动)由(?=[\u4e00-\u9fff]{2})")
# 我局, 本委: the body that writes, in its own reply; 我院 (研究显示): the speaker's institute.
FIRST_PERSON_BODY = re.compile(r"[我本](?:局|委|厅|办|署|院|部|所)")
# 工信部等六部门: the lead body, named first.
SOURCE_FOLLOWERS = compile_skipping(
    r"(?:等[\u4e00-\u9fff\d]{0,3}|(?:会同|联合)[\u4e00-\u9fff]{0,10}?)(?:部门|部委|单位|机构|家)$"  # 国家数据局会同有关部门
    r"|(?<=[\u4e00-\u9fff]{2})会同[\u4e00-\u9fff]{2,12}?(?:局|厅|委|部|办)$"  # 我局会同市财政局: the lead body
    r"|(?<=[\u4e00-\u9fffA-Za-z]{2})(?:披露|预测|发布|公布|完成|回应|回复|补充)(?:的)?$"  # 据中国电信披露(的数据), X近期完成(的调研), X回应(称)
    r"|(?<=[\u4e00-\u9fffA-Za-z]{2})方面$"  # 中国电信方面(表示): the company's side, the company
)
SPEAKER_TITLES = (
    r"(?:党组书记|副书记|书记|副主委|主委|副主席|主席|行政总裁|首席执行官|执行长|执行董事|董事总经理|总监|副会长|会长|市长|副市长|省长|副省长|区长|副区长|县长|新闻发言人|发言人|局长|副局长|部长|副部长|主任|副主任|院长|副院长|董事长|副董事长|总经理|副总经理|总裁|副总裁|"
    r"首席[\u4e00-\u9fff]{0,4}官|有关负责人|相关负责人|负责人|司长|副司长|(?:首席)?(?:助理|副)?秘书长|理事长|分析师|署长|副署长|处长|副处长|"
    r"主委|主任委员|所长|副所长|厅长|副厅长|行长|副行长|校长|副校长|总工程师|工程师|科长|副科长|"
    r"(?:一级|二级)?(?:巡视员|调研员)"
    r"|(?:副)?主计长|(?:政务|常务)?次长|主任秘书)"  # 主计总处副主计长, 数发部次长 (Taiwan)
)
HEAD_NAMED = re.compile(
    r"^(?!行政|首席|执行|副)(?P<body>[\u4e00-\u9fffA-Za-z]{2,12}?)(?<!行政)(?<!首席)(?<!执行)(?<!副)(?:董事会)?"
    r"(?:主席|董事长|行政总裁|总裁|董事总经理|总经理|首席执行官|CEO|创始人|财务长|营运长|技术长|执行长|合伙人|首席经济学家|研究总监)[\u4e00-\u9fff]{2,3}$"
)
HEAD_OF_GOVERNMENT = re.compile(
    r"^(?P<place>[\u4e00-\u9fff]{1,8}?[省市区县])(?:(?:委|委员会)(?:常委|副书记|书记)[、，])?(?:常务)?(?:副|代)?(?:省长|市长|区长|县长)[\u4e00-\u9fff]{0,4}$"
)
SPEAKER_TITLE = re.compile(
    rf"(?P<body>.+?(?:{BODY_END}|室|银行)|{'|'.join(GENERIC_BODIES)})(?:一位|一名)?{SPEAKER_TITLES}"
)
COMPANY_ROLES = re.compile(
    r"^(?P<company>[^、，]{2,20}?)副?(?:总裁|总经理|董事长|首席[\u4e00-\u9fff]{0,4}官)、[^、，]{2,16}?(?:部|中心)?副?(?:总经理|总监|负责人)[\u4e00-\u9fff]{0,4}$"
)
SECOND_ROLE = re.compile(
    r"^(?P<first>.+?)(?:新闻发言人|发言人|(?:党工委|党委|党组|工委)(?:委员|书记|副书记|成员))"
    rf"、(?P<body>[^、，]+?(?:{BODY_END}|室)){SPEAKER_TITLES}[\u4e00-\u9fff]{{0,6}}$"  # (乌云其其格: names run long)
)
# 工业和信息化部副部长张立峰: the body and title a person's name follows (within one clause).
TITLED_PERSON = re.compile(
    rf"(?P<body>[^，。；：:？！“”「」、\s]{{2,30}}?(?:{BODY_END}|室|银行|政府)){SPEAKER_TITLES}"
    rf"(?:[、兼]{SPEAKER_TITLES})?\s*$"  # 国家数据局副局长、新闻发言人刘明远, 长沙市人民政府副市长 欧阳敏
)
# 财政司司长(昨日发表…): a body's head, wherever the text names one.
HEAD_OF_BODY = re.compile(
    rf"(?:^|(?<=[，。；：:？！“”「」、\s】]))(?P<body>[^，。；：:？！“”「」、\s】]{{2,30}}?(?:{BODY_END}|室|银行|政府)){SPEAKER_TITLES}"
)
# 对话曦算科技CEO周启明: a company's head, before their name.
COMPANY_HEAD = re.compile(
    r"(?P<body>(?!(?:联合)?创始人)[\u4e00-\u9fffA-Za-z]{2,10}?)(?<!行政)(?<!首席)(?<!兼)(?<!暨)(?:联合|共同)?(?:创始人|创办人|董事长|CEO|首席执行官|首席运营官|首席技术官|副?总裁|董事总经理|副?总经理|主席|行政总裁|财务长|营运长|技术长|执行长|"
    rf"{OFFICER.pattern})"
    r"(?:[、兼暨](?:CEO|总裁|总经理|首席执行官|执行长|[\u4e00-\u9fff]{2,8}?(?:负责人|总监)))?$"  # 星衡科技副总裁、海外业务负责人周启明
)
LATIN_FIRM = r"[A-Z][A-Za-z&.]{1,15}"  # IDC, TrendForce, Counterpoint, S&P
BROKER_DESK = re.compile(
    # (华泓证券电子行业首席分析师周以宁团队: an analyst's team is the desk too)
    r"^(?P<body>.{2,10}?(?:证券|研究院|咨询|资本|基金))[\u4e00-\u9fff]{2,16}?(?:行业|团队|研究部|组)$"
    rf"|^(?P<firm>{LATIN_FIRM})[\u4e00-\u9fff]{{2,10}}?(?:研究部|事业部|团队)$"  # IDC中国企业级研究部
)
# IDC中国服务器(研究经理): a firm named in Latin, then the market its analyst covers (not TrendForce集邦咨询).
LATIN_FIRM_DESK = re.compile(
    rf"^(?P<firm>{LATIN_FIRM})(?![\u4e00-\u9fff]*(?:公司|集团|咨询|研究院|研究所|证券|银行)$)[\u4e00-\u9fff]{{2,10}}$"
)
# 华岳证券计算机行业首席分析师周明哲: the broker an analyst speaks for; IDC中国服务器研究经理许哲宇: a firm named
# in Latin, through its analyst.
ANALYST = re.compile(
    rf"(?P<body>[\u4e00-\u9fffA-Za-z]{{2,10}}?(?:证券|研究院|研究所|所|咨询|资本|基金|银行)|{LATIN_FIRM})"
    r"[\u4e00-\u9fff]{0,10}?"
    r"(?:(?:高级|资深)?(?:研究|分析)经理|(?:首席)?(?:分析师|经济学家|研究员|合伙人|研究总监))\s*$"
)
# 记者专访了安徽省数据资源管理局局长王建明: the interview, not part of who.
INTERVIEWED = re.compile(r"^.*(?:专访|采访|访问|访|对话)了?")
SOURCE_JOINER = re.compile(r"、")
# 及, 和 and 与 join two sources only between complete names (中国信通院和IDC), not inside one
# (工业和信息化部, 創新科技及工業局, 政务服务与数据管理局).
INNER_JOINER = re.compile(r"及|(?<=[部院局委会司所心厅署办行社学A-Za-z)）])[和与]")
COMPLETE_NAME = re.compile(r"(?:[部院局委会司所厅署办处行社室]|公司|集团|中心|机构|协会|[A-Za-z)）])$")


# 表2-1  2023—2027年中国算力市场规模及增长预测：2023年…: a table's caption before its rows, no one speaking
TABLE_CAPTION_LEAD = re.compile(
    r"^(?:附)?(?:表|图表|图)\s*[\d一二三四五六七八九十][\d\-—–.]*[^：:。]{0,60}[：:]"
)
REQUESTING = re.compile(r"要求|请求|促请|责成")
SINCE_A_TIME = re.compile(
    r"^(?:(?:今年|去年|年初|近年|近期|年内)以来|近年来)[，,]?"
    rf"|^{EXCERPT_LEAD}"  # 以下内容摘编自中国信息通信研究院(发布的《…》)
)

# 《政府》创科局：…已批出资助约19.6亿港元创新科技及工业局(发言人表示): no one's name holds a quantity, so a
# name starts after the last one (a flash list's items run together).
UP_TO_A_QUANTITY = re.compile(
    r"^.*(?:\d[\d,.]*\s*(?:万亿|亿|万|千)?(?:港元|美元|人民币|元|兆瓦|千瓦|MW|GW|kW|%|个|台|张|架|宗|家|项)|[一二三四五六七八九]成)"
)

BODY_AFTER_A_QUANTITY = re.compile(rf"[^的，。；\d]{{2,12}}?(?:{BODY_END}|银行){SPEAKER_TITLES}?")


QUOTED_NAME = re.compile(
    r"^[^“「，。；]{0,10}(?:智库|机构|组织|公司|协会|联盟|基金会)[“「](?P<name>[^”」]{2,30})(?:[”」](?P<rest>.*))?$"
)


TEAM_LED = re.compile(r"(?<=[\u4e00-\u9fff]{4})(?:研究)?团队$")
ANNOUNCEMENT_TITLE = re.compile(
    r"(?<=[\u4e00-\u9fff]{2})关于[^，。；]{2,40}?(?:的)?(?:提示性)?(?:公告|说明|报告)?$"
)
LATIN_NAME_DATA = re.compile(r"(?<=[A-Za-z])的?(?:数据|资料|统计)$")


# 施政报告定下目标: a government's own programme, which cites no one (its Chief Executive's words do).
GOVERNMENT_PROGRAMME = re.compile(r"《?(?:施政报告|政府工作报告|财政预算案|预算案)》?")


def tidy_source(who: str) -> str:
    if GOVERNMENT_PROGRAMME.fullmatch(who.strip()):
        return ""
    # （中央社记者林宏翰台北25日电）IDC..., 〔工商时报 记者…报导〕经济部能源署: the story's lead is not the source.
    who = STORY_LEAD.sub("", ISO_DATE.sub("", ANSWER_MARK.sub("", who.strip().strip("“”\"'「」『』"))))
    who = SINCE_A_TIME.sub("", who)  # 今年以来国家数据局(披露): the body, not since when
    if quoted := QUOTED_NAME.match(who):
        who = quoted["name"] + (
            quoted["rest"] or ""
        )  # 美国智库“前沿科技政策研究所”: the body, named in quotes after its kind
    if (any(c.isdigit() for c in who) or "成" in who) and BODY_AFTER_A_QUANTITY.fullmatch(
        rest := UP_TO_A_QUANTITY.sub("", who)
    ):
        who = rest
    if "," in who or "，" in who:
        who = re.split(r"[，,]", who)[
            -1
        ]  # 9月15日,在中卫工业园区西部云基地,中金数据集团工程师程可: no name holds a comma
    who = LEARNED_FROM.sub("", BODY_SHORT_NAME.sub("", ALIAS_DECLARED.sub("", UNOPENED_BRACKET.sub("", who))))
    # 华泰证券最新研报, 通讯事务管理局办公室（通讯办）, 数码港昨日（10日）, 香港科技园公司同日
    who = SOURCE_FOLLOWERS.sub("", SPEAKING_OCCASION.sub("", SOURCE_PREAMBLE.sub("", who.strip())))
    who = PORTFOLIO_NOTE.sub("", who)  # 首席助理秘书长（规划及地政）周咏芝: the post's portfolio
    who = BODY_DELEGATE.sub("", who)  # 行政公职局代表(在会上补充): the bureau
    who = REPORTED_TO.sub("", who)  # 台电昨（11）日赴立法院经济委员会提出「…」项目(报告指出): who reports
    who = OFFICIATED_BY.sub("", who)  # 启用礼由创科局(局长潘志远…主礼): the body, not the ceremony
    who = SECTION_OF_BODY.sub("", who)  # 大同市数据局数字经济科科长张科: the bureau, not its section
    if company := COMPANY_ROLES.match(who):
        who = company["company"]  # 华擎智算副总裁、海外事业部总经理林嘉树: one person, the company's
    if BARE_HEAD.fullmatch(who):
        return who  # 行政总裁陈启豪(在业绩记者会上): the company's head, named only by title (DocumentSources.in_full)
    if titled := TITLE_THEN_NAME.match(who):
        return titled["title"]  # 部长林宜蓁表示: the head of the body the text is from, named by title
    who = PUBLISHED_PIECE.sub("", who)  # 香港数据中心协会（HKDCA）同日发表的业界(调查显示)
    who = TITLE_PUBLISHED.sub("", who)  # 海西天防科技有限公司发布《…》招标(公告，)
    who = QUOTING.sub("", who)  # (据)招股文件引述弗若斯特沙利文(的资料): who is quoted
    who = who.removesuffix("的").removesuffix("不完全")  # 根据政府的(估算), 据财新不完全(统计)
    who = LATIN_NAME_DATA.sub("", who)  # 报告援引IDC数据称: IDC
    who = ANNOUNCEMENT_TITLE.sub("", who)  # 澜算科技股份有限公司关于签订日常经营重大合同的公告：the company
    for _ in range(
        3
    ):  # 资策会产业情报研究所（MIC）今（28）日, 国际能源署（IEA）当地时间10日: the day, then the short name
        who = SOURCE_TIME.sub("", CONNECTIVE.sub("", SOURCE_PAPER.sub("", STOCK_CODE.sub("", who)).strip()))
    who = SOURCE_FOLLOWERS.sub("", who)  # 我局会同市财政局(于2024年6月): with the day gone, the lead body
    if not BROKER_DESK.match(who):
        who = TEAM_LED.sub("", who)  # 研究员李明哲团队: the researcher's team, of the institute before
    if len(bare := TRAILING_TITLE.sub("", who)) >= 2:
        analyst = "研究" in who[len(bare) :] or "分析" in who[len(bare) :]
        who = STATIONED.sub("", bare)  # 数码港行政总裁, 衡芯科技董事长: the company speaks, through its head
        if analyst and (desk := LATIN_FIRM_DESK.match(who)):
            who = desk["firm"]  # IDC中国服务器(研究经理): the firm, not the market its analyst covers
    if broker := BROKER_DESK.match(who):  # 华岳证券计算机行业(首席分析师): the broker, not its desk
        who = broker["body"] or broker["firm"]
    if head := HEAD_OF_GOVERNMENT.match(who):
        # 郑州市市长刘振东: the mayor speaks for the city's government (桃园市副市长: 桃园市政府, in Taiwan)
        taiwan = regions.REGIONS.get(head["place"][:-1]) == "TW"
        return f"{head['place']}{'政府' if taiwan else '人民政府'}"
    if chief := CHIEF_EXECUTIVE.match(who):
        return f"{chief['place'] or '香港'}特别行政区政府"  # 行政长官林郑月娥: the government of the region she heads
    if second := SECOND_ROLE.match(who):
        # 工业和信息化部新闻发言人、信息通信发展司司长刘振华: the body he heads; 贵安新区党工委委员、管委会副主任
        # 刘振华: its short name is the place's (贵安新区管委会)
        body = second["body"]
        return f"{second['first']}{body}" if len(body) <= 3 else body
    if speaker := SPEAKER_TITLE.match(who):  # 国家数据局局长刘烈宏: the body speaks, through its head
        who = speaker["body"]
    elif head := HEAD_NAMED.match(who):  # 数码港主席陈细明: so does a company, through its head
        who = head["body"]
    who = DEPUTY_LEFT.sub("", who)  # 台电副(总经理林志远): no body's name ends in 副
    who = LEGISLATOR.sub("", who)  # 国民党立委陈静宜: a member speaks for herself, not her party
    if merged := MERGED_HEAD.match(who):
        return merged["body"] or merged["ministry"]  # 台综院长吴再益: 台综院's 院长, the 院 written once
    parts = [part.strip() for part in SOURCE_JOINER.split(who) if part.strip()]
    return "; ".join(name for part in parts for name in _names_joined(part))


CHIEF_EXECUTIVE = re.compile(r"^(?:(?P<place>香港|澳门)(?:特区|特别行政区)?)?行政长官[\u4e00-\u9fff]{0,4}$")
BULLETIN_PUBLISHED = re.compile(
    # (台电昨（20）日公布最新长期电力供需报告: the utility, a date in Taiwan's style)
    r"(?:^|[，,。；】])(?P<who>[\u4e00-\u9fff]{2,16}?(?:局|部|委|厅|办|署|院|中心)|台电|[\u4e00-\u9fff]{2,10}?电力公司"
    r"|[\u4e00-\u9fff]{2,6}?(?=昨日|今日|[昨今]日?[（(]))"  # (数码港昨日（15日）公布…最新营运数据。: whoever it is)
    r"(?:[（(][\u4e00-\u9fff]{2,6}[）)])?"  # 创新科技及工业局（创科局）昨日（17日）公布…执行情况: its short name
    r"(?:今日|今天|昨日|昨天|前日|前天|日前|近日|\d{1,2}日|[昨今前][（(]\d{1,2}[）)]日|[昨今前]日[（(](?:\d{1,2}|[一二三四五六七八九十廿卅]{1,3})日[）)])?"
    # (邮电局昨日（十日）公布二〇二五年本澳电信服务统计数据。: the figures after it are its)
    r"(?:同时|同日|还|也|亦|另|并|随后)?"  # (国家数据局同时公布了各枢纽节点建设情况。: more of its release)
    r"(?:向[^，。；]{2,24}?)?(?:公布|发布|提交)了?[^，。；《]{0,30}?(?:统计公报|公报|报告|白皮书|文件|(?:情况|统计数据|数据)(?=。))"
)  # (创新科技及工业局（创科局）昨日（11日）向立法会…提交文件: the papers' author)
BULLETIN_WORDS = ("公报", "报告", "情况", "数据。", "文件")  # (a cheap test before BULLETIN_PUBLISHED)
UNIVERSITY = re.compile(
    r"(?<![\u4e00-\u9fff])(?:香港|澳门|台湾|国立)?[\u4e00-\u9fff]{2,6}?大学|(?:香港|澳门)[\u4e00-\u9fff]{2,6}?大学"
)
# 【答】韩晓冬：…: a transcript's answer, its speaker named after the mark
ANSWER_LABEL = r"(?:【[答问]】)?"
# 答：中国信通院…预测, 【答】韩晓冬：根据…: the answer's mark and the one answering's name, not who is cited
ANSWER_MARK = re.compile(rf"^{ANSWER_LABEL}(?:答|问|[\u4e00-\u9fff]{{2,4}})?[：:]\s*")
SECTION_OF_BODY = re.compile(r"(?<=[局委厅办署])[\u4e00-\u9fff]{2,8}?科(?=(?:副)?科长)")
PORTFOLIO_NOTE = re.compile(r"(?<=[长官任])（[^（）]{1,10}）(?=[\u4e00-\u9fff]{2,4}$)")
MERGED_HEAD = re.compile(
    r"^(?P<body>(?:(?!副)[\u4e00-\u9fff]){1,8}[院所会处局署])长[\u4e00-\u9fff]{2,3}$|^(?P<ministry>[\u4e00-\u9fff]{2,4}部)长(?:[\u4e00-\u9fff]{2,3})?$"
)  # 经济部长(郭智辉): 经济部's 部长, the 部 written once
# 统计处 of 财政部: a section of a body, named after it.
SECTION_OF = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:处|司|局|署|科|室)")
# 财政部统计处长林淑卿…, then 林淑卿说: the section its head, named with the 处 written once, speaks for.
MERGED_HEAD_BEFORE = re.compile(
    r"(?<![\u4e00-\u9fff])(?P<body>[\u4e00-\u9fff]{2,10}?(?:(?<!处)处|(?<!局)局|(?<!署)署|(?<!院)院))长$"
)
# 经济部长何胜豪…, then 何胜豪说: the ministry its head, named with the 部 written once, speaks for.
MINISTER_BEFORE = re.compile(
    r"(?:(?<![\u4e00-\u9fff])|(?<=院)|(?<=新任)|(?<=前))(?P<body>[\u4e00-\u9fff]{2,4}?部)长$"
)
LEGISLATOR = re.compile(r"^[\u4e00-\u9fff]{0,8}?(?:立委|立法委员|立法会议员|议员)(?=[\u4e00-\u9fff]{2,4}$)")
TITLE_THEN_NAME = re.compile(r"^(?P<title>(?:副)?(?:局长|部长|署长|处长))[\u4e00-\u9fff]{2,3}$")
DEPUTY_LEFT = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z]{2})(?:常务|执行)?副$")


def _names_joined(part: str) -> list[str]:
    names = [name.strip() for name in INNER_JOINER.split(part) if name.strip()]
    return names if all(COMPLETE_NAME.search(name) for name in names[:-1]) else [part]


CITING_WORDS = (
    "定下",
    "评估",
    "口径",
    "判断",
    "显示",
    "表示",
    "指出",
    "称",
    "据",
    "透露",
    "坦言",
    "直言",
    "介绍",
    "说",
    "认为",
    "预计",
    "宣布",
    "发布",
    "数据",
    "报告",
    "印发",
    "出台",
    "公布",
    "提交",
    "提出",
    "明确",
    "预估",
    "估计",
    "强调",
    "统计",
    "测算",
    "预测",
    "通报",
    "答",
    "指",
    "获悉",
    "了解到",
    "得知",
    "告诉",
    "公告",
    "预期",
    "估算",
    "公示",
    "分析",
    "披露",
    "预料",
    "补充",
    "监测",
    "(?<=[部局委厅府司署会])规划[，,]",  # 经济部规划，(not every 规划建设 of a plan's text)
)
CITING = compile_skipping("|".join(CITING_WORDS))
# 据不完全统计，…, 法人预估，…: figures the text gives as nobody's in particular; the source of the
# sentences before doesn't carry past them.
ANONYMOUS_SOURCE = re.compile(
    r"(?:据|根据)(?:不完全|初步)?统计[，,：:]|不完全统计(?:显示|表明)|(?:^|[，,。；])据了解[，,：:]|"
    r"(?:据|根据)[^，。；]{0,6}记者(?:不完全)?(?:梳理|统计|整理|汇总|计算|查阅)|(?:据|根据)各(?:地|省|级)|"
    r"(?:^|[，,。；])(?:法人|外资(?:法人|券商|机构)?|业内人士|业内|分析人士|市场人士|业者|专家)(?:预估|预计|估计|认为|表示|指出|分析)|"
    r"(?:知情人士|消息人士|接近[^，。；]{1,10}的人士)|"
    r"(?:^|[，,。；])有(?:研究|报告|分析|调查|机构)(?:亦|也|还)?(?:显示|指出|认为|预计|预测|估计)"  # 有研究亦显示: whose, unsaid
)


# 擎云科技 董秘回复  2025-12-03 16:24: an investor Q&A platform's answer, by the company, in the next
# paragraph.
REPLY_HEADER = re.compile(
    r"^(?P<who>[\u4e00-\u9fffA-Za-z0-9（）()]{2,20}?)\s*(?:董秘|董事会秘书|证券事务代表|证代|投资者关系)?"
    r"\s*(?:回复|答复)(?:[：:]|\s|$)"
)
# 以下是…议员的提问和创新科技及工业局局长郑启明的书面答复：, then 答复： on a line of its own: the
# paragraphs after it are the reply, the body's whose head gives it.
WRITTEN_REPLY = re.compile(
    r"(?:^|[和与，,])(?P<who>[^，。；：:和与]{2,40}?)的(?:书面|口头)?答复[：:]"
    r"|(?:回复|答复|办理|回覆|答覆)单位[：:]\s*(?P<unit>[\u4e00-\u9fff（）()]{2,40})"  # a message board's reply
)
REPLY_START = re.compile(r"^(?:答复|答覆|回复|回覆)(?:内容|内容如下)?[：:]\s*$")
# 报告核心观点 on a line of its own: the paragraphs after it give the points of the report cited before.
REPORT_POINTS = re.compile(
    r"^(?:报告|白皮书|蓝皮书|《[^》]{2,40}》)(?:的)?(?:核心|主要|重要)?(?:观点|要点|发现|结论)[：:]?\s*$"
)
# 何建军： on a line of its own, in a press conference's transcript: the answers after it are his (his body's),
# until the next speaker; a journalist or the host asks.
# 何建军：, 【同期声】芜湖市数据资源管理局局长 王立新：: a line naming who speaks in the paragraphs after.
SPEAKER_LINE = re.compile(
    r"^(?:【[\u4e00-\u9fff]{1,6}】)?(?:(?P<body>[^\s：:【】]{2,30})\s+)?"
    r"(?P<who>[\u4e00-\u9fff]{2,4})[：:]$"
)
ASKING = re.compile(r"(?:记者|主持人|提问|问|问题)$")
NARRATING = re.compile(r"记者|主持人|提问|解说|旁白|画外音|现场|字幕")
# 【发布人　周立衡】, 【主持人　李婉清】, 【湖南日报记者】: a transcript's speaker label on a line of its own.
BRACKETED_SPEAKER = re.compile(
    rf"^【(?:(?P<role>{TRANSCRIPT_ROLES})\s*)?(?P<who>[\u4e00-\u9fff][\u4e00-\u9fff\s]{{1,11}})】$"
)
# 【同期】国家数据局副局长 林卫东: a broadcast transcript's speaker, on a line of their own.
TRANSCRIPT_LABEL = re.compile(r"【同期声?】")


def speaker_label(line: str) -> str | None:
    """A bracketed speaker label as the speaker line it stands for (周立衡：, or 记者： for one who asks;
    【同期】林卫东 as 【同期】林卫东：)."""
    label = BRACKETED_SPEAKER.match(line)
    if label is None:
        if TRANSCRIPT_LABEL.match(line) and not line.endswith(("：", ":")):
            return f"{line}："
        return None
    who = "".join(label["who"].split())
    if label["role"] == "主持人" or NARRATING.search(who):
        return "记者："  # 【红网时刻记者　王小明】, 【解说】: a question or the narration, no answer
    return f"{who}："


# 我们判断，…: the one answering speaks again, in the first person.
WE_SAY = re.compile(r"(?:^|[，。；：])我们(?:判断|认为|预计|估计|预测|测算|相信|预期)")
# 王建明：去年全省…: an interview's answer, its speaker's name before a colon.
# (项目名称：, 预算金额：, 建设地点：: a notice's fields, no one answering)
ANSWER = re.compile(
    rf"^{ANSWER_LABEL}(?:(?P<title>{HEAD_TITLES})[\s　]*)?(?P<who>(?![\u4e00-\u9fff]{{0,2}}(?:名称|金额|地点|地址|时间|日期|编号|方式|单位|内容|类型|规模|期限|预算|总额|面积|电话|投资|数量|容量|价格|限价|费用|收入)[：:])"
    r"[\u4e00-\u9fff]{2,4}|答)[：:]"
)
# 国家数据局有关负责人就《…》答记者问: whose answers the 答： paragraphs are.
INTERVIEWEE = re.compile(r"(?:专访|采访|访问|对话)了?(?P<who>[^，。；：:“”]{4,40}?)(?:[。，,]|$)")
# 国家发展改革委创新和高技术发展司副司长周启文接受了本报记者采访: the one interviewed, named first.
INTERVIEW_GIVEN = re.compile(
    r"(?:^|[，。；\n])(?P<who>[^，。；：:“”\n]{4,40}?)接受了?[^，。；\n]{0,8}?(?:专访|采访|访问)"
)
PRESS_QA = re.compile(r"(?P<body>[^，。；：:\s]{2,30}?)(?:有关|相关)?负责人[^。]{0,60}?答记者问")


def answers(sentence: str) -> re.Match[str] | None:
    """ANSWER, tried only where a colon stands near the start (most sentences have none)."""
    head = sentence[:16]  # (董事长兼总经理 沈知远：)
    return ANSWER.match(sentence) if "：" in head or ":" in head else None


def may_cite(sentence: str) -> bool:
    """A cheap test before the source patterns: they all need one of these words."""
    return (
        CITING.search(sentence) is not None
        or answers(sentence) is not None
        or (("「" in sentence or "“" in sentence) and LABELLED_QUOTE.match(sentence) is not None)
    )


def _report_cited(sentence: str) -> str | None:
    for match in REPORT_CITED.finditer(sentence):
        clause_start = max((m.end() for m in CLAUSE_START.finditer(sentence, 0, match.start())), default=0)
        who = sentence[max(clause_start, match.start() - REPORTER_CHARS) : match.start()]
        if len(who.removeprefix("根据").removeprefix("据")) >= 2:
            return f"{_without_trade(tidy_source(who))} {match['title']}"
    return None


# 国际能源署当地时间5日发布年度报告《能源与人工智能》: a report published, which the sentences after cite.
REPORT_PUBLISHED = re.compile(
    r"(?:^|[，,。；])(?P<who>[^，。；,\d]{2,30}?)(?:(?:当地时间|北京时间)?(?:\d{1,2}月)?\d{1,2}日|近日|日前|今天|今日|昨天|昨日)?"
    r"(?:正式|联合)?(?:发布|公布|发表)了?(?:[^，。；《]{0,10}?)(?P<title>《[^》]{1,80}》)"
)
# 智库亚洲数字治理研究院（ADGI）本月初发布的报告，则比较了…。报告估算，…: a report named without its title.
REPORT_RELEASED = re.compile(
    r"(?:^|[，,。；])(?P<who>[^，。；,\d]{2,40}?)(?:(?:当地时间|北京时间)?(?:\d{1,2}月)?\d{1,2}日|近日|日前|本月初?|上月|今天|今日|昨天|昨日)?"
    r"(?:正式|联合)?(?:发布|公布|发表)的(?:最新|一份|年度)?[^，。；《]{0,10}?(?:报告|研报|白皮书|蓝皮书)[，,]"
)
# 报告预测，…; 该报告还指出，…: the report the text named before, whose body published it.
REPORT_AGAIN = re.compile(
    r"(?:^|[，,。；])(?:根据|据)?(?:(?:该|这份|此份|上述|这项|该项)[^，。；]{0,40}?|最新)?(?:研报|报告|公报|调研|调查|周报|月报|文件)"
    r"(?:对[^，。；]{1,24}?的[^，。；]{0,6}?(?:调查|调研|监测|测算|分析))?(?:还|也|亦|又|并|同时|进一步)?"
    r"(?:指出|指|显示|预计|预测|预估|估算|测算|称|说|写道|认为|表示|提到|估计|统计)"
)
REPLY_AGAIN = re.compile(
    r"(?:书面)?(?:答复|答覆|回复)(?:中)?(?:还|也|亦|又|并|同时|进一步)?(?:指出|指|表示|提到|称)[，,：:]"
)
# 财报显示，…: the results of the company the story is about, announced before.
RESULTS_SHOWN = re.compile(r"(?:^|[，,。；])(?:据|根据)?(?:最新)?(?:财报|季报|年报|半年报|中报)显示")
# 公告显示，…; 根据公告，…: the announcement of the company the story is about.
ANNOUNCEMENT = re.compile(
    r"(?:^|[，,。；])(?:根据|据)?(?:该|上述)?公告(?:同时|还|也|进一步)?(?:显示|称|指出|披露)?[，,：:]"
)


def _results_announced_alone(sentence: str) -> re.Match[str] | None:
    """沧澜智云（NASDAQ：CLZY；HKEX：02698）于北京时间8月20日晚间公布…财务报告。: a listed company announcing its
    results in a sentence of its own, for 财报显示 after it (with its figures in the same sentence, a company
    announcing its results names no source)."""
    unlisted = LISTING.sub("", sentence)
    found = COMPANY_RESULTS.search(unlisted) if unlisted != sentence else None
    return found if found and not DIGIT.search(unlisted, found.end()) else None


@lru_cache(maxsize=1024)
def cited_source(sentence: str) -> str | None:
    """Who the sentence says the numbers come from, with the report title when given. Each pattern
    is tried only when the word it hinges on is there: their lazy subjects are costly to scan."""
    if sentence.startswith("《"):
        sentence = STORY_LEAD.sub("", sentence, count=1)  # 《经济通通讯社6日专讯》中国信通院发布《…》
    if sentence.startswith(("表", "附表", "图")):
        sentence = TABLE_CAPTION_LEAD.sub(
            "", sentence, count=1
        )  # 表2-1 …规模及增长预测：(a table read as text)
    if "（" in sentence or "(" in sentence:
        sentence = LATIN_GLOSS.sub("", sentence)  # 弗若斯特沙利文（Frost & Sullivan）则预测
    if "公告" in sentence and ANNOUNCEMENT.search(sentence):
        return "公告"
    if REPLY_AGAIN.match(sentence):
        return PRONOUN  # 局长在答复中指…。答复又指，…: the one who replied, named before
    if "招股" in sentence and (shows := PROSPECTUS_SHOWS.search(sentence)):
        # 招股书显示，2022年至2024年，曜芯科技营业收入分别为…: the company whose figures it gives, else the one filing
        filer = PROSPECTUS_FILER.match(sentence, shows.end())
        name = BUSINESS_LINE.sub("", filer["name"]) if filer else ""
        # (境外收入, AI服务器业务收入, 曜芯科技主营业务收入: a line of business, not who)
        if len(name) < 2 or name.startswith(("公司", "其", "该", "本")) or NOT_A_FILER.search(name):
            return "公司"
        return name
    if "《" in sentence and (report := _report_cited(sentence)):
        return report
    if "《" in sentence and (
        document := ACCORDING_TO_DOCUMENT.search(sentence) or TITLE_SHOWS.search(sentence)
    ):
        # 省工业和信息化厅副厅长王立群表示，按照《…行动方案》，到2027年…: the one speaking of the plan
        if (
            SPEAKING.search(sentence, 0, document.start())
            and (speaker := SOURCE_SPEAKER.search(sentence, 0, document.start() + 1))
            and (spoken := _named(iter([speaker])))
        ):
            return spoken
        return document["title"]  # 根据《北京市算力基础设施建设实施方案》，到2027年…; 《报告》显示，…
    if ("据" in sentence or "按照" in sentence) and (who := _named(SOURCE_DATA.finditer(sentence))):
        # X局局长…表示，根据局方掌握的数字 / 根据两间电力公司提供的资料: the one speaking gives the figures
        speaker = SOURCE_SPEAKER.search(sentence) if SPEAKING.search(sentence) else None
        if (
            speaker is not None
            and speaker.start() < sentence.find("据")
            and (spoken := _named(iter([speaker])))
        ):
            return spoken
        return who
    if (SHOWING.search(sentence) or "布" in sentence) and (who := _named(SOURCE_SHOWS.finditer(sentence))):
        if PERIOD_ONLY.fullmatch(who):
            # 中期报告显示, 年度报告显示: the company's own report (上半年数据显示: nobody's)
            return "公司" if OWN_REPORT.search(sentence) else None
        # 财政部…公布10月海关进出口统计，财政部统计处长林淑卿指出，…: the part of the body that speaks
        speaker = SOURCE_SPEAKER.search(sentence) if SPEAKING.search(sentence) else None
        spoken = _named(iter([speaker])) if speaker is not None else None
        part = spoken[len(who) :] if spoken and spoken.startswith(who) else ""
        return spoken if SECTION_OF.fullmatch(part) else who
    if "报显示" in sentence and RESULTS_SHOWN.search(sentence):
        return "公司"  # 财报显示，当季…: the results of the company the story is about
    if "为例" in sentence and (example := EXAMPLE_REPORT.search(sentence)):
        return _named(iter([example]))  # 以A股的恒岳算力为例，其一季报显示: the company taken as the example
    if (
        ("报" in sentence or "业绩" in sentence)
        and (
            report := COMPANY_REPORT.search(sentence)
            or COMPANY_RESULTS.search(sentence)
            or _results_announced_alone(sentence)
        )
        and not NOT_A_REPORTER.search(report["who"])
    ):
        return _named(iter([report]))
    if ("统计" in sentence or "测算" in sentence or "监测" in sentence) and (
        who := _named(SOURCE_COUNTED.finditer(sentence))
    ):
        return who
    if ("获悉" in sentence or "了解到" in sentence or "得知" in sentence) and (
        who := _named(SOURCE_LEARNED.finditer(sentence))
    ):
        return who
    if (
        (labelled := LABELLED_QUOTE.match(sentence))
        and not SPEAKING.search(labelled["who"])
        and (who := _named(iter([labelled])))
    ):
        return who  # (局长说：「…」 is the verb's)
    if ("”" in sentence or "」" in sentence) and (quoted := QUOTE_THEN_SPEAKER.search(sentence)):
        if quoted["who"] in ("他", "她"):
            return PRONOUN  # “预计到今年底…”她说: the one the text named before
        if not quoted["who"].endswith(("时", "上")) and (who := _named(iter([quoted]))):
            # “…年均增速近30%…”赵德明说。: the one the quote ends on (not 出席「…」简介会时表示: an occasion)
            return who
        # (出席「澳门数字经济发展论坛2026」时表示: a title in corner brackets, no quote)
    if (SPEAKING.search(sentence) or "预期" in sentence) and (
        who := _named(SOURCE_SPEAKER.finditer(sentence)) or _named(SOURCE_FORECASTS.finditer(sentence))
    ):
        return who  # (管理层预期收入按年增长30%至35%: no comma after its verb)
    if (
        "的预" in sentence or "观" in sentence or "慎" in sentence or "保守" in sentence or "给出" in sentence
    ) and (who := _named(FORECAST_OF.finditer(sentence))):
        return who
    if ("召开" in sentence or "举行" in sentence or "举办" in sentence) and (
        who := _named(MEETING_HELD.finditer(sentence))
    ):
        return who
    if "看来" in sentence and (who := _named(IN_THE_VIEW_OF.finditer(sentence))):
        return who  # 在申泰证券电力行业首席分析师许薇看来，…
    if "宣布" in sentence and (who := _named(SOURCE_ANNOUNCES.finditer(sentence))):
        return who  # 新加坡政府今年宣布拨款5亿新元: who announces what it does
    if any(word in sentence for word in BULLETIN_WORDS) and (
        who := _named(BULLETIN_PUBLISHED.finditer(sentence))
    ):
        return who  # 工信部今日公布了2024年通信业统计公报: its publisher, for 公报显示 after it
    published = REPORT_PUBLISHED.search(sentence) if "《" in sentence else None
    if (
        any(word in sentence for word in ("报告", "研报", "公报", "调研", "调查", "周报", "月报", "文件"))
        and (again := REPORT_AGAIN.search(sentence))
        and (published is None or again.start() < published.start())
    ):
        return BARE_REPORT  # (…发布的《…报告》，…；报告预估，…: the report named first)
    if "的" in sentence and (who := _named(REPORT_RELEASED.finditer(sentence))):
        return who
    if published and (who := _without_trade(tidy_source(published["who"]))):
        return (
            f"{who} {published['title']}"  # 国际能源署当地时间5日发布年度报告《能源与人工智能》。报告显示，…
        )
    return PRONOUN if ("他" in sentence or "她" in sentence) and HE_SAYS.search(sentence) else None


LATIN_GLOSS = re.compile(
    r"[（(][A-Za-z][A-Za-z0-9&.,'\-]*\s[A-Za-z0-9&.,，' \-]{1,50}[）)]"
)  # with a space in it (国际能源署（International Energy Agency，IEA）)
# 国家信息中心一位研究人员: someone unnamed inside a body, whose words are their own.
SOMEONE_UNNAMED = re.compile(r"一位|一名|某位")
# 另一家GPU企业沐算科技: what kind of company, before its name.
KIND_OF_COMPANY = re.compile(
    r"^(?:另一家|一家|这家|(?:A股|港股|美股)?上市|(?:中国|国内|本土|中资|美国|日本|韩国|台湾|香港)(?!电信|移动|联通|铁塔|广电|电子|银行|石油|石化))"
    r"[^，。；]{0,10}?(?:企业|公司|厂商|大厂)(?!联合会|协会|联盟|家协会|研究|集团|有限|股份)(?=[\u4e00-\u9fffA-Za-z]{2})"
)


# (主要基于对互联网大厂)资本开支的跟踪(测算): what an estimate rests on, nobody's name.
WORK_DONE = re.compile(r"的(?:跟踪|分析|研究|判断|观察|统计|测算|调研|监测)$")
# 按照温室气体核算体系（GHG Protocol）口径: a standard reckoned by, no one who says.
STANDARD_NAME = re.compile(r"(?:体系|标准|准则|规范|方法学?)$")
# 其中一期40MW预计…: a project's phase foresees nothing.
PHASE_NAMED = re.compile(r"^(?:其中)?[一二三四五]期")


REPORT_OF_A_PERIOD = re.compile(
    r"(?:(?:同日|今日|日前|近日|同期)?(?:披露|发布|公布)的)?(?:(?:19|20)\d{2}年)?"
    r"(?:年度|中期|半年度|第[一二三四]季度|[一二三四]季度|前三季度|上半年)$"
)
RESULTS_REPORT = re.compile(
    r"(?:年度|中期|全年|半年度)?(?:业绩|年报|财报|季报|半年报|三季报)(?:报告|公告)?|招股(?:文件|书|章程)?"
)


INSTITUTION_ENDS = ("协会", "联盟", "学会", "中心", "联合体", "联合会", "委员会", "研究院", "研究所")


COUNTRY_CODE = re.compile(r"[A-Z]{2}")
# 美国芯片巨头(英伟达), 美国(英伟达): the country, then at most the kind of company it is (not 由于美国对(华为)).
KIND_AFTER_COUNTRY = re.compile(r"(?:[\u4e00-\u9fff]{0,4}(?:巨头|公司|企业|厂商|集团|大厂|龙头|商))?$")


def _country_naming(words: str) -> str | None:
    """The foreign country the words end by naming a company of."""
    spans = regions.place_spans(words)
    if not spans or not KIND_AFTER_COUNTRY.fullmatch(words, spans[-1][1]):
        return None
    region = spans[-1][2]
    return region if COUNTRY_CODE.fullmatch(region) and regions.FOREIGN_COUNTRY.fullmatch(region) else None


def _words_before(text: str, end: int, most: int) -> str:
    """Up to `most` characters before `end`, within its clause."""
    words = text[max(0, end - most) : end]
    return re.split(r"[，,。；：:、\n]", words)[-1]


def _without_trade(who: str) -> str:
    """封测厂晶鼎精密, 地产顾问行恒域顾问: the company, without its trade (not 运营方负责人, not an association)."""
    untraded = KIND_OF_TRADER.sub("", who)
    if who.endswith(INSTITUTION_ENDS) or TITLE_ONLY.fullmatch(untraded):
        return who  # (中关村半导体企业服务中心, 云服务设备商联合体: an institution's name)
    return untraded


def _named(matches: Iterator[re.Match[str]]) -> str | None:
    """The first who that names someone: not a pronoun or a word like 数据 or 业内."""
    for match in matches:
        who = KIND_OF_COMPANY.sub(
            "",
            tidy_source(
                match["who"] or match.groupdict().get("short") or match.groupdict().get("outlook") or ""
            ),
        )
        who = _without_trade(who)
        if len(period_gone := REPORT_OF_A_PERIOD.sub("", who)) >= 2:
            who = period_gone  # 公司同日披露的2025年年度(报告显示), 公司2026年第一季度(报告显示): the company
        if BARE_TITLE.fullmatch(who):
            return who  # 该局有关负责人介绍: the body the text named before (DocumentSources.in_full)
        if RESULTS_REPORT.fullmatch(who):
            return "公司"  # 业绩报告显示: the results of the company the story is about
        if who in ("文件", "该文件", "这份文件", "周报", "月报", "研报", "该周报", "该研报"):
            return BARE_REPORT  # 文件又指，…, 周报预计，…: the paper the text cited before, its body's
        if (
            not GENERIC_SPEAKERS.match(who)
            and not REQUESTING.search(who)  # 立委要求经济部在一个月内(书面答复): who asked, not who answers
            and NAME_CHARS.search(who)
            and not SOMEONE_UNNAMED.search(who)
            and not ON_A_BASIS.match(who)
            and not WORK_DONE.search(who)
            and not PHASE_NAMED.match(who)
            and not STANDARD_NAME.search(who)
        ):
            return who
    return None


MEETING_HOST = re.compile(
    r"(?P<name>[\u4e00-\u9fffA-Za-z]{2,8}?)(?:[（(][^）)]{1,12}[）)])?(?:\d{1,2}日|日前|近日|昨日|今日|昨[（(]\d{1,2}[）)]日|今[（(]\d{1,2}[）)]日)?"
    r"(?:召开|举行|举办)(?:[^，。；]{0,8}?)(?:法说会|业绩说明会|说明会|股东会|股东大会|记者会|发布会|投资人会议)[，,]"
)
PROSPECTUS = r"(?:招股(?:说明)?书|招股文件|招股章程)"
PROSPECTUS_SHOWS = re.compile(
    rf"(?:^|[，,。；])(?:据{PROSPECTUS}(?:显示|披露|提示|称|指出|(?=[，,]))|{PROSPECTUS}(?:还|亦|也|同时)?(?:显示|披露|提示|称|指出))"
)  # (据招股书，2024年…; not 据招股文件引述弗若斯特沙利文的资料, a firm's figures it quotes)
BUSINESS_LINE = re.compile(r"(?:主营业务|主营|核心业务|营业|销售)$")
NOT_A_FILER = re.compile(r"业务|境外|境内|海外|国内|产品|服务器|芯片|合计|累计|总")
PROSPECTUS_FILER = re.compile(
    # (报告期内（2022年、2023年、2024年及2025年1-6月），曜芯科技分别实现营业收入; 曜芯科技本次拟公开发行)
    r"[，,](?:[^，。；（]{0,20}?(?:（[^）]{0,40}）)?[，,])?(?:(?:19|20)\d{2}年(?:[至到\-—](?:(?:19|20)\d{2}年)?)?|今年|上半年|今年上半年)*"
    r"(?P<name>[\u4e00-\u9fffA-Za-z]{2,8}?)(?:分别|本次|拟|向)*(?:实现|录得)?"
    r"(?=营业收入|营收|收入|研发投入|研发费用|净利润|净亏损|归母|毛利率|出货量|公开发行|募集资金|前五大)"
)


GENERIC_NAME_OPENINGS = ("数据中心", "数据", "算力", "智算", "科技", "信托", "房托")


def _named_again(name: str, text: str) -> str:
    """扩充GPU算力星河算力(01896) (a flash's headline run into its body): the longest end of the name the
    text names elsewhere as a name of its own (星河算力, after a mark), if the whole is written only once."""
    if text.count(name) > 1:
        return name
    return next(
        (
            name[k:]
            for k in range(1, len(name) - 3)
            # (not 数据中心信托 of 汇峰数据中心信托: what any such trust is called)
            if not name[k:].startswith(GENERIC_NAME_OPENINGS)
            and re.search(rf"(?<![\u4e00-\u9fffA-Za-z]){re.escape(name[k:])}", text)
        ),
        name,
    )


COMPANY_IN_FULL_NAME = re.compile(r"(?:股份)?有限(?:责任)?公司$|集团$")
INVESTOR_ADDRESSED = re.compile(r"尊敬的投资者|投资者您好|投资者关系|董秘您好|投资者提问")
CORPORATE_WORDS = r"投控|控股|集团|股份|公司|科技|实业"
CORPORATE_END = re.compile(rf"(?:{CORPORATE_WORDS}|数据|智能|信息|电子|通信)$")
CORPORATE_ENDING = re.compile(rf"{CORPORATE_WORDS}|(?:股份)?有限公司")
NAMED_AGAIN_VERB = compile_skipping(
    r"(?:则|也|还|亦|更|又|进一步)?(?:预料|预估|预计|预测|预期|估计|观察|认为|分析)"
)
# 以新台币兑美元30.4元估算，: the basis of a reckoning, not who reckons.
ON_A_BASIS = re.compile(
    r"^(?:若|如)?(?:以(?!色列)|按|按照|依|照此|据此|按此)"
)  # (照此趋势预计: a reckoning, nobody)


@dataclass
class DocumentSources:
    """The sources a document has named, as written: a later short form (协会主席指出 after
    香港数据中心协会表示) is the body named in full before."""

    document: CleanDocument
    named: list[str] = field(default_factory=list)
    written: dict[str, str] = field(default_factory=dict)
    people: dict[str, str | None] = field(default_factory=dict)
    homes: dict[str, str | None] = field(default_factory=dict)
    resolved: dict[str, str | None] = field(default_factory=dict)
    citations: list[str] = field(default_factory=list)
    """The document's citing sentences so far, in order."""

    def in_full(self, source: str | None) -> str | None:
        """The source as the document names it in full (a paragraph's numbers ask again and again)."""
        if source is None:
            return None
        if "《" in source:
            if source in self.title_aliases:
                return self.title_aliases[source]
            # 中国信通院日前发布的《…》显示 after 中国信息通信研究院（以下简称“中国信通院”）: its publisher in full
            who, space, title = source.partition(" 《")
            publisher = self._declared_or_replying(who) if space else None
            return f"{publisher} 《{title}" if publisher else source
        if source in self.resolved:
            return self.resolved[source]
        full = self._in_full(source)
        if (
            source not in (BARE_REPORT, "公告", PRONOUN)
            and not BARE_COMPANY.fullmatch(source)
            and not BARE_TITLE.fullmatch(source)
            and not BARE_HEAD.fullmatch(source)
        ):
            self.resolved[source] = full  # bare references depend on what was named before: never kept
        return full

    def _in_full(self, source: str) -> str | None:
        if FIRST_PERSON_BODY.fullmatch(source) or source == REGION_GOVERNMENT:
            return self._declared_or_replying(source)
        if bare := BARE_TITLE.fullmatch(source):
            # 发言人又表示 after 政府统计处的数字: the spokesman is the first body's (who issued the text),
            # unless the text named another body's spokesman (数字政策办公室发言人) before.
            if bare["this"] and (before := self._cited_before(unless=BARE_TITLE)):
                return self._in_full(
                    before
                )  # 该负责人透露 after 深言智能相关负责人…表示: the one just quoted
            bodies = [name for name in self.named if "; " not in name]
            if source in ("该院", "该所", "该司"):
                # 国网能源研究院的判断则更为乐观。该院发布的《…》认为: the institute named last
                kind = source[-1]
                return next((n for n in reversed(bodies) if kind in n), None) or _named_in(
                    self.document.text, kind, whole=True
                )
            if source in ("该行", "该券商"):
                # 德汇证券最新报告重申…，该行预测…: the bank or broker named last
                return (
                    next((n for n in reversed(bodies) if BROKER_OR_BANK.search(n)), None)
                    or _named_in(self.document.text, "证券")
                    or _named_in(self.document.text, "银行")
                )
            title = bare["title"] or ""
            own = next((n for n in reversed(bodies) if title and f"{n}{title}" in self.document.text), None)
            # 部长林宜蓁表示 after 数位发展部 (and a legislator named since): the body of the head's kind
            kind = HEAD_OF_KIND.get(title.removeprefix("副"))
            of_kind = next((n for n in bodies if kind and n.endswith(kind)), None)
            return own or of_kind or next(iter(bodies), None)
        if bare_head := BARE_HEAD.fullmatch(source):
            if company := (self._meeting_host() or self._listed_cited_last() or self._the_company(source)):
                return company
            # 总经理蔡枝安表示 in a story naming 英业达总经理蔡枝安 elsewhere: his company
            name = bare_head["name"]
            if len(name) >= 2 and (body := self._person_body(name)) and not BARE_COMPANY.fullmatch(body):
                return body  # (公司董秘王芳 with no company named: 公司 names no one)
            if OFFICER.search(source):
                return None  # 公司董秘王芳表示 with no company named: no one to cite
        if (full := self.aliases.get(source)) or (full := self._person_body(source)):
            source = self.aliases.get(full, full)  # 省大数据局副局长王建勋: the bureau's full name
        elif short := next(
            (
                short
                for short in self.aliases
                # (港澄电讯有限公司 itself, its short name 港澄电讯 declared after it: already in full)
                if source.startswith(short) and len(short) >= 3 and not source.startswith(self.aliases[short])
            ),
            None,
        ):
            source = (
                self.aliases[short] + source[len(short) :]
            )  # 中国信通院云计算与大数据研究所: its institute
        if declared := next(
            (
                short
                for short in self.aliases
                if short.endswith(source) and len(source) >= 3 and short != source
            ),
            None,
        ):
            source = self.aliases[declared]  # 管委会副主任 after …（以下简称“贵安新区管委会”）: that body
        if source in GENERIC_BODIES:
            return self._body_of_kind_named_last(source)
        if source == PRONOUN:
            # 他同时预计，…: the one named last with what they said (“…”刘敏说 in a paragraph with no figure)
            named = next((name for name in reversed(self.named) if "; " not in name), None)
            if named is None and (before := self._cited_before(unless=BARE_TITLE)):
                return self._in_full(before)
            return named or self._head_named_before()
        if source == BARE_REPORT:
            return (
                self.work_report_government
                # (报告援引IDC数据称，…。报告预计，…: the report's publisher, not whom it quoted)
                or self._cited_before(REPORT_WORDS, skip=REPORT_QUOTING)
                or next((name for name in reversed(self.named) if "; " not in name), None)
                or self._cited_before()
            )
        if kind := BARE_ASSOCIATION.fullmatch(source):
            # 香港数据中心联盟主席邝志明欢迎有关措施。联盟估算，…: the association the text named
            return (
                next((name for name in reversed(self.named) if name.endswith(kind["kind"])), None)
                or _named_in(self.document.text, kind["kind"])
                or source
            )
        if BARE_COMPANY.fullmatch(source):
            named = next(
                (
                    name
                    for name in reversed(self.named)
                    if "; " not in name and "《" not in name and not NOT_A_COMPANY.search(name)
                ),
                None,
            )
            company = self._listed_since(named) or named or self._the_company(source)
            if company and company not in self.named:
                self.named.append(company)  # (财报显示… then 沧澜智云预计第三季度…: the company, cited again)
            return company
        in_body, source = source, self.as_written(source)
        full = (
            next(
                (name for name in reversed(self.named) if "; " not in name and _short_for(source, name)), None
            )
            or self._placed(source)
            or self._placed_in_full(source)
            or self._in_its_ministry(source)
        )
        if full is None and len(source) <= SHORT_NAME_CHARS:  # 钛冠指出 after 钛冠科技（3665）
            full = next(
                (name for name in self.listed_companies if name != source and name.startswith(source)), None
            )
        if (
            full is None
            and len(source) <= SHORT_NAME_CHARS
            and not source.isascii()
            and not source.endswith(
                ("证券", "银行", "基金", "资本")
            )  # (华源证券电子行业分析师: a broker's desk)
            and not BARE_HEAD.fullmatch(source)
            and not regions.regions_in(source)
        ):
            # 凯崴指出 after 凯崴电脑9月合并营收…: the company the text wrote in full
            written = re.search(re.escape(in_body) + COMPANY_TRADE_AFTER, self.document.text)
            full = written and self.as_written(written.group(0))
        if full is None and source.endswith("大") and len(source) <= SHORT_NAME_CHARS:
            # 科大表示 in a story naming 香港科技大学: the university written in full somewhere in the text
            full = next((name for name in self.universities if _short_for(source, name)), None)
        full = full or source
        if full not in self.named:
            self.named.append(full)
        return full

    def _declared_or_replying(self, who: str) -> str | None:
        """A body as the text declared it in full (中国信通院), 我局 in a body's reply to a message (我局会同…印发
        in 宁波市数据局's reply: the replying body), or 特区政府 (根据特区政府去年底公布的《…规划》: Macau's or Hong
        Kong's)."""
        if FIRST_PERSON_BODY.fullmatch(who):
            return self.written_reply
        if who == REGION_GOVERNMENT:
            return self._region_government()
        return self.aliases.get(who)

    def _listed_since(self, named: str | None) -> str | None:
        """中电早前表示…。¶说回上市信托。新域数据中心信托（87052）上月公布…。业绩报告显示: the listed company
        written (with its code) after the source named last and before the sentence citing 公司."""
        text = self.document.text
        end = text.find(self.citations[-1]) if self.citations else -1
        end = len(text) if end < 0 else end
        written = [(text.rfind(name, 0, end), name) for name in self.listed_companies]
        at, company = max(written, default=(-1, None))
        if company is None or at < 0:
            return None
        return company if named is None or text.rfind(named, 0, end) < at else None

    def _head_named_before(self) -> str | None:
        """财政司司长昨日发表新一份财政预算案。他在演辞中表示: the body of the head the text named last before,
        with no verb of saying."""
        text = self.document.text
        end = text.find(self.citations[-1]) if self.citations else -1
        heads = list(HEAD_OF_BODY.finditer(text, 0, end if end >= 0 else len(text)))
        return self._in_full(tidy_source(heads[-1]["body"])) if heads else None

    def _in_its_ministry(self, source: str) -> str | None:
        """信息通信发展司 after 工业和信息化部新闻发言人、: the department with the ministry named just before it."""
        if not DEPARTMENT.fullmatch(source):
            return None
        text = self._title_and_text
        at = text.find(source)
        while at >= 0:
            if ministries := MINISTRY.findall(text, max(0, at - MINISTRY_REACH), at):
                return self.as_written(ministries[-1]) + source
            at = text.find(source, at + 1)
        return None

    def _placed_in_full(self, source: str) -> str | None:
        """研发院院长…表示 in a text naming 香港人工智能研发院: the body the text writes in full with its place."""
        if len(source) > SHORT_BODY_CHARS or not source.endswith(SHORT_BODY_ENDS):
            return None
        named = re.findall(
            rf"(?:{PLACE_OPENING})[\u4e00-\u9fff]{{0,8}}?{re.escape(source)}", self.document.text
        )
        return self.as_written(Counter(named).most_common(1)[0][0]) if named else None

    def _placed(self, source: str) -> str | None:
        """省数据局 on a page that names 甘肃省数据局 (in its title, a byline or a source line): the body of
        the province or city the text names with it."""
        if source[:1] in ("县", "区") and len(source) >= 4:
            # 记者从县发展和改革委员会获悉 on a page about 凉城县 (据区发展和改革委员会统计 on one about 埇桥区):
            # the county or district the title (else the text) names most
            level = source[0]
            county = _county_named_most(self.document.title or "", level) or _county_named_most(
                self.document.text, level
            )
            return county + source[1:] if county else None
        if source.startswith("自治区") and len(source) >= 5:
            # 自治区发展改革委 on a page about 内蒙古: the region's body
            home = self._home_regions.region_for("全区")
            if home not in regions.AUTONOMOUS_REGIONS:
                return None
            return regions.AUTONOMOUS_REGION_NAMES.get(home, home) + source
        if source[:1] not in ("省", "市") or len(source) < 4:
            return None
        text = self._text_for_titles
        at = text.find(source)
        while at > 0:
            for size in (2, 3):
                place = text[max(0, at - size) : at]
                if len(place) == size and regions.regions_in(place + source[0]):
                    return place + source
            at = text.find(source, at + 1)
        # 记者从市大数据应用发展管理局获悉 in a story about 重庆: the city the text is about
        home = self._home_regions.region_for("全省" if source[0] == "省" else "全市")
        return home + source if home and regions.regions_in(home + source[0]) else None

    @cached_property
    def _home_regions(self) -> regions.DocumentRegions:
        return regions.DocumentRegions.of(self.document.title, self.document.text, self.document.script, None)

    @cached_property
    def work_report_government(self) -> str | None:
        """省长李炳军作政府工作报告。报告指出，…: the government whose head gave the report (its place named
        before, else the one the text is about)."""
        text = self.document.text
        if "工作报告" not in text or not (given := WORK_REPORT_BY.search(text)):
            return None
        level = given["head"].removeprefix("代")[0]  # 省长 → 省
        named = [
            region
            for region in regions.regions_in(
                text[max(0, given.start() - 80) : given.start()], self.document.script
            )
            if (region in regions.CITY_PROVINCE) == (level != "省")
        ]
        place = named[-1] if named else self._home_regions.region_for("全省" if level == "省" else "全市")
        if not place or not regions.regions_in(place):
            return None
        return f"{place}{'' if place.endswith(level) else level}人民政府"

    @cached_property
    def aliases(self) -> dict[str, str]:
        """韶关市政务服务和数据管理局（以下简称“市数据局”）: the short names the text declares."""
        text = self.document.text
        declared = (
            {
                match["short"]: who
                for match in ALIAS.finditer(text)
                if (who := _declared_name(tidy_source(match["who"]))) and NAME_CHARS.search(who)
            }
            if "简称" in text or "下称" in text
            else {}
        )
        # 经济及科技发展局（经科局）: a short name in brackets, its characters the name's in order
        bracketed = {
            match["short"]: who
            for match in BRACKETED_SHORT_NAME.finditer(text)
            if (who := tidy_source(match["who"]))
            and (_short_for(match["short"], who) or match["short"].isascii())  # (MIC): an acronym
            and match["short"] != who
        }
        defined = (
            {
                match["short"]: who
                for match in DEFINED_TERM.finditer(text)
                if (who := tidy_source(match["who"])) and match["short"] != who
            }
            if "「" in text or "“" in text
            else {}
        )
        if "本公司" in defined:
            defined.setdefault("本集团", defined["本公司"])  # 本公司及其附属公司（统称「本集团」）
        return defined | bracketed | declared

    def _region_government(self) -> str:
        """Macau's government in a story naming Macau more than Hong Kong, else Hong Kong's."""
        text = self.document.text
        return "澳门特别行政区政府" if text.count("澳门") > text.count("香港") else "香港特别行政区政府"

    def _body_of_kind_named_last(self, kind: str) -> str | None:
        """The last 国家超级计算深圳中心 the text names before the sentence citing 中心."""
        text = self.document.text
        end = text.find(self.citations[-1]) if self.citations else len(text)
        # (记者15日从国家超级计算天津中心获悉: read with its day, so tidy_source cuts how it was learned)
        names = re.findall(rf"[\u4e00-\u9fffA-Za-z\d]{{2,24}}{kind}", text[: end if end >= 0 else len(text)])
        # (走进位于郑州高新区的中心机房: a description, not a name)
        named = [
            # (在国家超级计算成都中心，…: the centre; 记者在中心机房看到: where the reporter stood, no name)
            REPORTER_THERE.sub("", tidy_source(name))
            for name in (found.rsplit("的", 1)[-1] for found in names)
            # (合肥先进计算中心: a place's centre is a name, not the generic 计算中心)
            if (not GENERIC_COMPOUND.search(name) or regions.place_spans(name))
            # (研发楼和展示中心, 迁移到中心: no centre's name; 国家超级计算深圳中心, 武汉人工智能计算中心 are)
            and (kind != "中心" or bool(regions.place_spans(name)) or name.startswith(("国家", "中国")))
        ]
        return next((name for name in reversed(named) if len(name) > len(kind) + 1), None)

    @cached_property
    def title_aliases(self) -> dict[str, str]:
        """…发布的《中国综合算力发展白皮书（2025年）》（以下简称《白皮书》）: the short title the text declares,
        and who it cites in full (中国信通院 《中国综合算力发展白皮书（2025年）》)."""
        text = self.document.text
        if "简称《" not in text and "下称《" not in text:
            return {}
        aliases = {}
        for match in TITLE_ALIAS.finditer(text):
            start = max(text.rfind("。", 0, match.start()), text.rfind("\n", 0, match.start())) + 1
            end = text.find("。", match.end())
            full = cited_source(text[start : end if end >= 0 else len(text)])
            if full and full != match["short"]:
                aliases[match["short"]] = full
        return aliases

    @cached_property
    def listed_companies(self) -> list[str]:
        """The companies the story writes with a stock code (深维智能（2357）, 钛冠科技（3665））."""
        text = self.document.text
        names = [
            LISTED_COMPANY.search(text, max(0, code.start() - 8), code.end())
            for code in LISTED_CODE.finditer(text)
        ]
        # 证券代码：301586　证券简称：凌峰科技: an announcement's or an investor record's header; 凌峰科技：
        # 2025年8月26日投资者关系活动记录表 over a text naming 凌峰科技股份有限公司: the filer's title
        short_names = [found["name"] for found in SHORT_NAME_FIELD.finditer(text)]
        if (filer := TITLE_FILER.match(self.document.title or "")) and re.search(
            rf"{re.escape(filer['name'])}[\u4e00-\u9fff]{{0,4}}股份有限公司", text
        ):
            short_names.append(filer["name"])  # (瀚澜数据： over 瀚澜数据科技股份有限公司: its trade between)
        written = [
            self.as_written(
                KIND_OF_TRADER.sub(
                    "", tidy_source(_named_again(LISTED_DESCRIPTION.sub("", name["name"]), text))
                )
            )
            for name in names
            if name
        ]
        return [*written, *short_names]

    def _meeting_host(self) -> str | None:
        """鼎硕科技日前召开法说会，总经理陈志豪预估: the company whose meeting the head speaks at, named as the
        sentence opens (not the company cited before it)."""
        host = MEETING_HOST.match(self.citations[-1]) if self.citations else None
        return self.as_written(host["name"]) if host else None

    def _listed_cited_last(self) -> str | None:
        """集团主席…表示 in a flash list of several listed companies: the one the latest citing sentence names
        (星河算力(01896)公告，…。集团主席兼行政总裁何俊贤表示), not the list's first."""
        listed = self.listed_companies
        if len(set(listed)) < 2:
            return None
        return next(
            (name for sentence in reversed(self.citations) for name in listed if name in sentence), None
        )

    @property
    def listed_company(self) -> str | None:
        """The company a story is about when it is listed, for 集团/公司 speaking before any source named
        it; 钛冠指出 after 钛冠科技（3665）: its full name."""
        return next(iter(self.listed_companies), None)

    def _company_named_last(self) -> str | None:
        """The company the text named last as a source (董事长陈立衡 after 晟云智算表示), else the one it
        introduces by its trade (云端算力服务商晟云智算昨日召开股东常会)."""
        named = next(
            (
                n
                for n in reversed(self.named)
                if "; " not in n and "《" not in n and not NOT_A_COMPANY.search(n) and not BARE_HEAD.match(n)
            ),
            None,
        )
        if named is None and (
            introduced := TRADE_NAMED.search(self.document.text)
            or COMPANY_INTRODUCED.search(self.document.text)
        ):
            return self.as_written(introduced["name"])
        if named is None:
            # 擎岳科技股份有限公司（以下简称“擎岳科技”）: the company the text declared a short name for
            return next(
                (short for short, full in self.aliases.items() if COMPANY_IN_FULL_NAME.search(full)), None
            )
        return named

    def home_abroad(self, company: str | None) -> str | None:
        """美国芯片巨头英伟达: the country abroad the text places a company in (its results are of its home)."""
        if not company or len(company) < 2 or BARE_COMPANY.fullmatch(company):
            return None
        if company not in self.homes:
            self.homes[company] = next(
                (
                    region
                    for at in re.finditer(re.escape(company), self.document.text)
                    if (region := _country_naming(_words_before(self.document.text, at.start(), 8)))
                ),
                None,
            )
        return self.homes[company]

    def _the_company(self, head: str) -> str | None:
        """The company a bare 公司 or a head named by title (公司总经理, 集团董事长) speaks for."""
        return self.listed_company or self._company_named_last() or self._named_in_full(head)

    def _named_in_full(self, head: str) -> str | None:
        """集团董事长周启明表示 after ，中算科技集团去年…; 公司总经理覃海波 after 由广西桂信云算科技有限公司投资建设:
        the group or company the text last names in full before the sentence citing it (not one named as the
        owner or supplier: 由…集团有限公司控股, 为项目提供)."""
        kind = "集团" if head.startswith("集团") else "公司" if head.startswith("公司") else None
        if kind is None:
            return None
        end = self.document.text.find(self.citations[-1]) if self.citations else -1
        before = [name for at, name in self._named_in_full_at[kind] if end < 0 or at < end]
        return self.as_written(before[-1]) if before else None

    @cached_property
    def _named_in_full_at(self) -> dict[str, list[tuple[int, str]]]:
        text = self.document.text
        return {
            kind: [
                (m.start(), m.group(0))
                for m in pattern.finditer(text)
                if not MEDIA_GROUP.search(m.group(0)) and not OWNER_OR_SUPPLIER.match(text, m.end())
            ]
            for kind, pattern in (("集团", GROUP_NAMED), ("公司", COMPANY_NAMED))
        }

    def report_cited_last(self) -> str | None:
        """The publisher (and title) of the report the text cited last."""
        return self._cited_before(REPORT_WORDS)

    def _cited_before(
        self,
        words: re.Pattern[str] | None = None,
        unless: re.Pattern[str] | None = None,
        skip: re.Pattern[str] | None = None,
    ) -> str | None:
        """The source the latest citing sentence of the document names (国际能源署…发布的一份专题报告 in the
        lead, before 这份…报告显示): for a report met again with no number in the sentence naming it. With
        words, only a sentence with one of them: 报告又指 after 嘉域顾问发表报告指 and its analyst speaking."""
        for sentence in reversed(self.citations):
            if (words is not None and not words.search(sentence)) or (skip and skip.search(sentence)):
                continue
            source = cited_source(sentence)
            if source in (None, BARE_REPORT, "公告", PRONOUN) or (unless and unless.fullmatch(source)):
                continue
            return self.as_written(self.aliases.get(source, source))  # (国际能源总署（IEA）…发布: in full)
        return None

    @cached_property
    def _text_for_titles(self) -> str:
        """对话曦算科技CEO周启明 may be the title; 四川省发展和改革委员会（以下简称“省发改委”）副主任张明远,
        创业板上市公司云岫数据（301592.SZ）董事长陆明远: the body and the title without the short name or the
        listing declared between or before them."""
        text = LISTED_AS.sub("", STOCK_CODE.sub("", ALIAS_DECLARED.sub("", self._title_and_text)))
        # (经济及科技发展局（经科局）局长戴建业: the short name in brackets, with no 简称)
        return SPACED_NAME.sub(
            "", BODY_SHORT_NAME.sub("", text)
        )  # 二级巡视员 谭 军: a two-character name spaced out in a roster

    @cached_property
    def press_qa(self) -> re.Match[str] | None:
        """国家数据局有关负责人…答记者问: whose answers the document's 答： paragraphs are."""
        return PRESS_QA.search(self._title_and_text)

    @cached_property
    def excerpt_of(self) -> str | None:
        """【编者按】本文节选自中国信息通信研究院…发布的《算力服务发展研究报告（2025年）》: the report the
        whole text is taken from, the source of every figure that names no other."""
        note = self.document.text[:EXCERPT_NOTE_CHARS]
        found = EXCERPT_OF.search(ALIAS_DECLARED.sub("", note))
        if found is None:
            short = EXCERPT_OF_TITLE.search(note)
            return self.title_aliases.get(short["title"]) if short else None
        if SPEAKING_OCCASION.search(found["who"]) or not (who := _named(iter([found]))):
            return None  # (本文节选自作者在2025中国算力大会上发表的…演讲: a speech, nobody's report)
        return f"{who} {found['title']}"

    @cached_property
    def excerpt_from(self) -> int:
        """Where the text the editor's note introduces starts (figures before it are the reporter's)."""
        if self.excerpt_of is None:
            return len(self.document.text)
        note = self.document.text[:EXCERPT_NOTE_CHARS]
        found = EXCERPT_OF.search(note) or EXCERPT_OF_TITLE.search(note)
        return found.end() if found else len(self.document.text)

    @cached_property
    def written_reply(self) -> str | None:
        """Who gives the written reply the document carries (a government's answer to a council member)."""
        found = WRITTEN_REPLY.search(self._title_and_text)
        return tidy_source(found["who"] or found["unit"]) if found else None

    def answering(self, sentence: str) -> str | None:
        """The body of the person whose answer the sentence opens (王建明：…, after 安徽省数据资源管理局局长
        王建明 was named; 答：… after 国家数据局有关负责人…答记者问): an interview's speaker, who is no source
        unless the text named their body."""
        answer = answers(sentence)
        if answer is None:
            return None
        if answer["title"]:
            return self.in_full(answer["title"] + answer["who"])  # 财务总监 唐韵：…: the company, for it
        if answer["who"] == "答":
            if asked := self.press_qa:
                return tidy_source(asked["body"])
            # (问：…答：… in a listed company's record of an investor meeting: the company answers)
            return self.interviewed or self.listed_company
        if answer["who"] in self.listed_companies or (
            CORPORATE_END.search(answer["who"]) and self.investor_page
        ):
            return answer[
                "who"
            ]  # 曜石科技：尊敬的投资者，您好！… on an investor Q&A page: the company answers
        return self._person_body(answer["who"])

    @cached_property
    def investor_page(self) -> bool:
        """An investor Q&A page or record (问：…答：…, 尊敬的投资者), where a company's name labels its answers (not
        电子信息：…, a section of a report)."""
        return INVESTOR_ADDRESSED.search(self.document.text) is not None

    @cached_property
    def interviewed(self) -> str | None:
        """记者专访了中国信息通信研究院云计算与大数据研究所副所长郭明哲。问：…答：…: the one interviewed."""
        found = [
            m
            for m in (INTERVIEWEE.search(self._title_and_text), INTERVIEW_GIVEN.search(self._title_and_text))
            if m
        ]
        interviewed = min(found, key=lambda m: m.start(), default=None)
        return tidy_source(interviewed["who"]) if interviewed else None

    @cached_property
    def _title_and_text(self) -> str:
        return f"{self.document.title or ''}\n{self.document.text}"

    def speaker_body(self, name: str) -> str | None:
        """The body of a person the text names with a title (运行监测协调局局长 陈立新), else None."""
        return self._person_body(name)

    def _person_body(self, source: str) -> str | None:
        """张立峰说 after 工业和信息化部副部长张立峰介绍: a person speaks for the body named with them."""
        if not PERSON_NAME.fullmatch(source):
            return None
        if source not in self.people:
            self.people[source] = self._body_named_with(source)
        return self.people[source]

    def _body_named_with(self, source: str) -> str | None:
        text = self._text_for_titles
        at = text.find(source)
        while at > 0:
            if text.endswith("行政长官", 0, at):
                # 行政长官林郑月娥致辞时表示, then 林郑指出: the Chief Executive speaks for the government
                return self._region_government()
            for pattern in (
                TITLED_PERSON,
                COMPANY_HEAD,
                ANALYST,
                MINISTER_BEFORE,
                MERGED_HEAD_BEFORE,
            ):
                speaker = pattern.search(text, max(0, at - 30), at)
                if (
                    speaker is not None and speaker.end() == at
                ):  # (信息通信发展司副司长 何建军: a space between)
                    body = _without_trade(tidy_source(INTERVIEWED.sub("", speaker["body"])))
                    if BARE_COMPANY.fullmatch(body):
                        # 公司总经理覃海波 after 由广西桂信云算科技有限公司投资建设: the company
                        return self._the_company(body) or body
                    if BARE_TITLE.fullmatch(body):
                        return (
                            self._in_full(body) or body
                        )  # 该院副院长何景川, later 何景川表示: the institute
                    return self._in_its_ministry(body) or body
            if (generic := GENERIC_HEAD_BEFORE.search(text, max(0, at - 8), at)) and (
                body := self._body_of_kind_named_last(generic["kind"])
            ):
                return body  # 中心主任宋怀民介绍, later 宋怀民说
            if (head := BARE_HEAD_BEFORE.search(text, max(0, at - 12), at)) and (
                company := self._the_company(text[max(0, head.start() - 2) : at])
            ):
                return company  # 行政总裁陈启豪, in a story about a listed company: the company
            at = text.find(source, at + 1)
        return None

    @cached_property
    def universities(self) -> list[str]:
        """The universities the text names in full (香港科技大学), for their short names (科大)."""
        return list(dict.fromkeys(UNIVERSITY.findall(self.document.text)))

    def named_again(self, text: str) -> str | None:
        """集邦预料今年ASIC AI服务器出货占比…: a body the text named before, forecasting again with no
        comma after its verb (a short name that no pattern of bodies knows)."""
        if not self.named or not NAMED_AGAIN_VERB.search(text):
            return None
        for name in reversed(self.named):
            if "; " in name or "《" in name or len(name) < 2:
                continue
            at = text.rfind(name)
            if at >= 0 and NAMED_AGAIN_VERB.match(text, at + len(name)):
                return name
            # 日月光预期第4季… after 日月光投控: the name without its corporate ending, opening its clause
            for cut in range(len(name) - 1, 2, -1):
                at = text.rfind(name[:cut])
                if (
                    at >= 0
                    and CORPORATE_ENDING.fullmatch(name, cut)
                    and (at == 0 or text[at - 1] in "，,。；、")
                    and NAMED_AGAIN_VERB.match(text, at + cut)
                ):
                    return name
        return None

    def as_written(self, source: str) -> str:
        """Taiwan text is converted with its phrases (數位 becomes 数字, 伺服器 服务器) so metrics match,
        which would rename 數位發展部 数字发展部: a source is taken back from the original, converted
        character by character, where a reading there agrees with it but for its phrases."""
        if self.document.script != "traditional_tw":
            return source
        if source not in self.written:
            self.written[source] = "; ".join(self._written_name(name) for name in source.split("; "))
        return self.written[source]

    def _written_name(self, name: str) -> str:
        document = self.document
        at = document.text.find(name)
        if at < 0:
            return name
        # Offsets are exact in lines the conversion kept the same length, proportional in the others:
        # look a few characters around for the one reading that agrees with the name but for its phrases.
        start = document.original_span(at, at + len(name))[0]
        readings = (
            names_simplified(
                document.original[max(0, start + shift) : start + shift + len(name)], document.script
            )
            for shift in (0, -1, 1, -2, 2, -3, 3)
        )
        for written in readings:
            same = sum(_alike(a, b) for a, b in zip(written, name, strict=False))
            if (
                len(written) == len(name)
                and _alike(written[0], name[0])
                and _alike(written[-1], name[-1])
                and same >= 0.6 * len(name)
            ):
                return written
        return name


def _county_named_most(text: str, level: str = "县") -> str | None:
    named = Counter(text[start:end] for start, end, _ in regions.counties_in(text) if text[end - 1] == level)
    return named.most_common(1)[0][0] if named else None


def _alike(written: str, converted: str) -> bool:
    """A character read as written and as the body's conversion gave it (緯昇's 昇 is 升 there, 矽達's 矽
    硅 through Taiwan's phrase table)."""
    return written == converted or (
        written in KEPT_IN_NAMES
        and converted in (converter("t2s").convert(written), converter("tw2sp").convert(written))
    )


def _declared_name(words: str) -> str:
    """这里是总部位于杭州的启元智算科技有限公司（以下简称“启元智算”）: the name, not what is said of it."""
    name = _without_trade(words.rsplit("的", 1)[-1])  # (国产AI芯片企业曜芯智能科技股份有限公司: the company)
    return name if len(name) >= 4 else words


ALIAS = re.compile(
    r"(?:^|[，,。；\n）)])(?P<who>[^，。；,\n（）()]{2,40}?)[（(](?:以下)?[简下]称[“\"「]?(?P<short>[^”\"」）)]{2,10})[”\"」]?[）)]"
)
# 瀚雲數據控股有限公司（「本公司」）: a Hong Kong announcement's defined terms.
DEFINED_TERM = re.compile(
    r"(?:^|[，,。；\n】])(?P<who>[^，。；,\n（(【】]{3,40}?(?:公司|集团|银行)(?:及其附属公司)?)[（(](?:统称|以下简称|简称)?[「“\"](?P<short>本公司|本集团|公司|集团|[\u4e00-\u9fff]{2,6})[」”\"][）)]"
)
BRACKETED_SHORT_NAME = re.compile(
    r"(?:^|[，,。；\n】])(?P<who>[^，。；,\n（(【】]{3,30}?(?:局|部|委|办|办公室|院|署|会|中心|研究所|大学|学院|公司|集团))\s?[（(]"
    r"(?P<short>[\u4e00-\u9fff]{2,6}|[A-Z]{2,6})[）)]"  # 资策会产业情报研究所 (MIC)
)
PERSON_NAME = re.compile(r"[\u4e00-\u9fff]{2,3}")
TITLE_ALIAS = re.compile(r"《[^》]{2,60}》[（(](?:以下)?[简下]称(?P<short>《[^》]{1,12}》)[）)]")


def _short_for(short: str, name: str) -> bool:
    """协会 for 香港数据中心协会, 数发部 for 数位发展部: the name's end, or its characters in order from
    its first to its last."""
    if name.endswith(short) or LEGAL_SUFFIX.sub("", name) == short:
        return True  # (国家电网 for 国家电网有限公司: without its legal form)
    # 香港创科大学（创科大）: without the place it is in, and 大 for 大学
    unplaced = {name, PLACE_BEFORE_NAME.sub("", name), _without_place(name)} - {""}
    if name.endswith("办公室"):
        unplaced.add(name.removesuffix("公室"))  # 通讯办 for 通讯事务管理局办公室
    return any(_letters_in_order(short, full) for full in unplaced)  # (新区管委会: 和林格尔新区管理委员会)


def _without_place(name: str) -> str:
    spans = regions.place_spans(name)
    return name[spans[0][1] :] if spans and spans[0][0] == 0 else name


# 省长李炳军作政府工作报告: the head of a government giving its report.
WORK_REPORT_BY = re.compile(
    rf"(?P<head>代?(?:省长|市长|区长|县长))[\u4e00-\u9fff]{{2,3}}{WORK_REPORT_GIVEN.pattern}"
)
HEAD_OF_KIND = {"局长": "局", "部长": "部", "署长": "署", "处长": "处", "司长": "司"}
TITLE_ONLY = re.compile(r"[\u4e00-\u9fff]{0,2}(?:负责人|总经理|经理|总监|主管|工程师)")
LEGAL_SUFFIX = re.compile(r"(?:股份)?有限(?:责任)?公司$")
PLACE_BEFORE_NAME = re.compile(r"^(?:香港|澳门|台湾|中国|国家|国立)")


def _letters_in_order(short: str, name: str) -> bool:
    ends_alike = (
        short[-1:] == name[-1:]
        or (name.endswith("大学") and short.endswith("大"))
        # 科技委 for 科技委员会 (not 庆阳市委, the city's party committee, for 庆阳市发展和改革委员会)
        or (
            name.endswith("委员会")
            and short.endswith("委")
            and not short.endswith(("市委", "省委", "区委", "县委", "党委"))
        )
    )
    if len(short) < 2 or short[0] != name[0] or not ends_alike or len(short) >= len(name):
        return False
    rest = iter(name)
    return all(char in rest for char in short)
