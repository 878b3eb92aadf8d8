"""Find the article in a page's text: its title, its byline, and the paragraphs that are really its body.

Works on lines, in the original script, so both plain-text captures (like the seeds) and the text that
the HTML extractor leaves are cleaned by the same rules: nav bars, unrelated headlines before the title,
related-link blocks, copyright and licence blocks, comment rules, share widgets and photo captions go.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from shared.chinese import DATA_SOURCE_NOTE, FLASH_ITEM_OPENING, TRANSCRIPT_ROLES
from shared.messages import Repair

from .tables import SENTENCE_END, TABLE_RULE, tables_as_sentences

NAV_BAR = re.compile(r"(?:[^|｜]{1,8}\s*[|｜]\s*){2,}|(?:>>|»|＞＞|>\s)")
# Lines that start the tail of a page: everything from here on is not the article (▼ 往期推荐 ▼: a WeChat
# account's list of its earlier posts).
TAIL_START = re.compile(
    r"^\s*[【\[〔▼▽]?\s*(?:延伸閱讀|延伸阅读|相關新聞|相关新闻|热点推荐|熱點推薦|热点新闻|熱點新聞|[▶►]?\s*(?:相关视频|相關視頻|更多视频|推荐视频)|相關閱讀|相关阅读|推薦閱讀|推荐阅读|熱門新聞|热门新闻|"
    r"相關文章|相关文章|相關報導|相關報道|相关报道|熱門推薦|热门推荐|热门文章|推荐文章|往期回顾|往期推荐|相关推荐|(?:相关|相關)(?:公告|资讯|資訊|稿件|文件)\s*[】\]]?\s*[:：]?\s*$|"
    r"本版其他|本期其他文章|"
    r"评论区|評論區|查看全部\d+条评论|全部评论|全部評論|热门评论|熱門評論|最新评论|最新評論|精彩评论|"
    r"[（(]\s*(?:作者|編輯|编辑)\s*[:：]|(?:附注|附註)\s*[:：]?\s*$|相关链接|相關連結|"
    r"更多新聞|更多新闻|猜你喜歡|猜你喜欢|責任編輯|责任编辑|編\s*輯\s*[:：]|编\s*辑\s*[:：]|"
    r"[^\s]{0,12}(?:版權|版权)(?:及|与|和)?(?:免責|免责)?(?:聲明|声明)|(?:免責|免责)(?:聲明|声明)|"
    r"商品推薦|商品推荐|討論區|讨论区|\d+\s*則留言|\d+\s*条评论|網友評論|网友评论|上一篇|下一篇"
    # 关于IDC, 關於集邦科技: a press release's closing "about us" block (not 关于补贴标准, a section)
    r"|(?:关于|關於)\s*(?:[A-Za-z][A-Za-z&.\s]{1,23}|[\u4e00-\u9fff（）()]{2,16}(?:公司|科技|咨询|諮詢|集团|集團|研究院|顾问|顧問))$)"
)
# Lines dropped wherever they are: what marks them anywhere in the line, and what marks them at its start.
# Two patterns, not one: alternatives anchored at ^ were tried at every character of every line.
DROP_ANYWHERE = re.compile(
    r"(?i:ICP)\s*[備备]|[京沪粤浙]公网安[备]|[京沪粤浙]公網安[備]|(?:增值)?電信與信息服務業務經營許可證|"
    r"经营许可证|(?i:copyright)|©|版權所有|版权所有|未經.{0,6}許可|未经.{0,6}许可|非經授權|非经授权|"
    r"(?:圖|图)(?:為|为|取自|片來源|片来源)|"
    # app banners and page numbers: 下载齐鲁头条APP，领取新人红包, 打开APP阅读全文, — 12 —
    r"下载[^，。]{0,10}(?i:APP)|打开(?i:APP)|(?i:APP)内打开|红包|^[—\-–]\s*\d{1,3}\s*[—\-–]$|"
    # 这是5月17日拍摄的…（无人机照片）。新华社记者 杨晓东 摄: a photo's caption and credit
    r"^这是[^。]{0,40}拍摄的|(?:记者|記者|通讯员|通訊員)\s*[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})*\s*[摄攝]\s*$|"
    # …輝達在市場中的占比將下降。（柳名耕攝）, （資料照）: a photo's caption, its credit in brackets at the end
    r"[（(](?:[\u4e00-\u9fff]{2,4}(?:攝|摄)|資料照片?|资料照片?|翻攝|翻摄)[）)]\s*$"
)
DROP_START = re.compile(
    r"(?:本文|文章)?(?:来源|來源)[：:].{0,24}$|原标题[：:]|原標題[：:]|"
    r"(?:分享|轉寄|转发|列印|打印|收藏|字體|字体|分享到)[：:\s]|(?:圖|图)[／/:：]|"
    r"(?:\(|（)?(?:圖|图|攝影|摄影|摄)(?:\)|）)|(?:記者|记者).{0,10}(?:攝|摄)(?:\)|）)?$|"
    r"(?:相关个股|相關個股|相关股票|相關股票|个股行情|個股行情)$|制表[：:]|[▲△].{0,120}(?:摄|攝|图片|圖片)[）)]?$|"
    # 【字幕】训练效率提升约37%: a video's on-screen caption, what was just said again
    r"【(?:字幕|画面|畫面|屏幕文字|现场画面|現場畫面)】"
)
WEEKDAY = r"(?:\s*(?:星期|周|週|禮拜|礼拜)[一二三四五六日天])?"
BYLINE = re.compile(
    r"(?:記者|记者|作\s*者|來源|来源|報導|报道|編輯|编辑|撰文|文／|文/|發布時間|发布时间|發布日期|发布日期|"
    rf"\d{{4}}\s*[年\-/.]\s*\d{{1,2}}\s*[月\-/.]\s*\d{{1,2}}\s*日?{WEEKDAY}\s+\d{{1,2}}:\d{{2}})"
)
# 2025年10月20日 星期一 18:45: a dateline alone, never the title.
DATE_LINE = re.compile(
    rf"^\d{{4}}\s*[年\-/.]\s*\d{{1,2}}\s*[月\-/.]\s*\d{{1,2}}\s*日?{WEEKDAY}(?:\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?$"
)
# 索引号：… 分类：… 发布机构：…: a government page's metadata, several "name：value" pairs on a line.
FIELD_NAME = re.compile(r"[\u4e00-\u9fff]{2,5}[：:]")
# 回复单位：杭州市余杭区数据资源管理局　回复时间：…: who answers a citizen's message, the source of the reply
REPLYING_BODY_FIELD = re.compile(r"(?:回复|答复|办理|回覆|答覆)单位[：:]")
HAN = re.compile(r"[\u4e00-\u9fff]")
# 按盤價 18.620 ▲0.840 (+4.724%), 中际旭创 300308.SZ 568.20 +6.82%: a quote row (an arrow, a signed percent
# or a listing code), in a line that is no sentence.
QUOTE_ROW = re.compile(
    r"[▲▼△▽]\s*\d|[(（]?(?<![\w.])[+\-－]\d+(?:\.\d+)?\s*[%％]|(?<!\d)\d{6}\.(?:SZ|SH|BJ)(?![A-Za-z])"
    r"|(?<!\d)\d{4,5}\.HK(?![A-Za-z])"
)
SENTENCE_MARK = re.compile(r"[，。；]|,(?!\d{3})")  # not the comma of 1,263.5
# 成交股數 1,263.5萬　成交金額 2.35億　市值 296.4億: a quote box's fields, in either script.
QUOTE_FIELD = re.compile(
    r"成交(?:股[数數]|金[额額]|量|[额額])|市值|[开開]市|[开開]盘|最高|最低|前收|市盈率|周息率|股息率|按盘价|按盤價|"
    r"收市价|收市價|振幅|换手率|換手率|涨跌|漲跌"
)
# 新浪财经APP 缩小字体 放大字体 收藏 微博 微信 分享: a row of a page's buttons.
TOOLBAR_WORD = re.compile(
    r"字[体體号號]|收藏|分享|微[博信]|打印|列印|[评評][论論]|(?i:APP)|QQ空[间間]|朋友圈|[纠糾][错錯]|[关關]闭"
)
TOOLBAR_WORDS = 3
# [+关注] 已有2,815人关注, 1.2万人阅读: how many follow or read the page.
FOLLOWERS = re.compile(
    r"[\d,.]+\s*万?\s*人\s*(?:关注|閱讀|阅读|浏览|瀏覽|点赞|點讚|收藏)|\[\+?(?:关注|關注)\]"
)
# [即時報價] [技術圖表] [相關新聞]: a row of bracketed links.
LINK_ROW = re.compile(r"^(?:[\[【][^\]】]{1,10}[\]】]\s*){2,}$")


@dataclass
class ArticleParts:
    """What the page is about, split from what surrounds it."""

    title: str | None
    header: list[str] = field(default_factory=list)
    """Lines between the title and the body (byline, dateline): where the publish date is read."""
    above_title: list[str] = field(default_factory=list)
    """Lines above the title (a portal's nav and its date line): where the date is read if the header
    has none."""
    body: list[str] = field(default_factory=list)
    repairs: list[Repair] = field(default_factory=list)
    """What was rewritten on the way (a table's rows as sentences)."""


# 国产AI芯片进入“放量期”，衡芯科技能否守住增长势头？: a headline may ask (not a line of a Q&A, 问：…？).
QUESTION_HEADLINE = re.compile(r"^(?!问|答|Q|请问)[^。！!？?：:]{6,40}[？?]$")


def _is_title_like(line: str) -> bool:
    return (
        6 <= len(line) <= 80
        and HAN.search(line) is not None  # ＊＊＊＊＊: a rule under the title
        and not NAV_BAR.search(line)
        and (not SENTENCE_END.search(line) or QUESTION_HEADLINE.search(line) is not None)
        and not line.endswith(("：", ":"))  # 各地级以上市工业和信息化主管部门：, the salutation
        and not DATE_LINE.match(line)
        and len(FIELD_NAME.findall(line)) < 2
        and not DOCUMENT_NUMBER.match(line)  # 呼政发〔2025〕11号: a document's number under its title
    )


DOCUMENT_NUMBER = re.compile(r"^[\u4e00-\u9fff]{1,10}[〔\[［(（]\d{4}[〕\]］)）]\s*\d{1,4}\s*[号號]$")


def _is_byline(line: str) -> bool:
    return len(line) <= 80 and bool(BYLINE.search(line)) and not SENTENCE_END.search(line)


def _is_paragraph(line: str) -> bool:
    # 以下是…议员的提问和…局长…的书面答复：: the lead of a release that carries a text, part of its body.
    return len(line) >= 30 and (bool(re.search(r"[，。,；]", line)) or WHAT_FOLLOWS.match(line) is not None)


def _is_sentence(line: str) -> bool:
    """国家工信部公布，今年首十一个月通信业整体运行态势平稳。: a whole sentence, however short."""
    return (
        len(line) >= SHORT_SENTENCE_CHARS
        and line.endswith(("。", "！", "？"))
        and HAN.search(line) is not None
    )


SHORT_SENTENCE_CHARS = 10


WHAT_FOLLOWS = re.compile(r"^以下(?:是|为|係)[^。]*[：:]$")


TAGS_FIELD = re.compile(r"^(?:标签|標籤|关键词|關鍵詞|关键字|關鍵字|(?i:tags?))\s*[：:]")


def _is_tag_line(line: str) -> bool:
    """'規模 能源 半導體': keyword tags under an article (not 【发布人 周立衡】, a transcript's speaker)."""
    if TAGS_FIELD.match(line):
        return True  # 標籤：數碼港　人工智能　…　創新科技及工業局
    tokens = line.split()
    return (
        len(tokens) >= 2
        and all(len(t) <= 6 for t in tokens)
        and not re.search(r"[，。,；：]", line)
        and not SPEAKER_LABEL.match(line)
    )


def _locate_title(lines: list[str]) -> tuple[int | None, int]:
    """(index of the title, index of the first body line)."""
    first_paragraph = next(
        (i for i, line in enumerate(lines[:60]) if _is_paragraph(line) and not _is_title_like(line)), 60
    )
    for i, line in enumerate(lines[: first_paragraph + 2]):  # (a comment's 赞 87 further down is no byline)
        if _is_byline(line) and i > 0 and _is_title_like(lines[i - 1]):
            body_start = i + 1
            while body_start < len(lines) and _is_byline(lines[body_start]):
                body_start += 1
            return i - 1, body_start
    for i, line in enumerate(lines[:60]):
        if _is_paragraph(line):
            # The title stands just above the first paragraph, or above a dateline or salutation there.
            above = [j for j in range(i - 1, max(-1, i - 4), -1) if _is_title_like(lines[j])]
            title = above[0] if above else None
            start = i
            while start - 1 > (title if title is not None else -1) and _is_sentence(lines[start - 1]):
                start -= 1  # 全国智能算力规模占算力总规模的三分之一以上。: a short sentence above is body too
            return title, start
    return None, 0


def keep_body_line(line: str) -> bool:
    """A line inside the body that is still page furniture: captions, tags, share widgets, licences, and
    lines of "name：value" fields (最新价：55.32元 涨跌幅：+2.15%, 索引号：… 分类：…)."""
    return not (
        DROP_START.match(line)
        or DROP_ANYWHERE.search(line)
        or _is_tag_line(line)
        or (len(line) < 80 and NAV_BAR.search(line))
        or (
            len(FIELD_NAME.findall(line)) >= 2
            and not SENTENCE_MARK.search(line)
            and not REPLYING_BODY_FIELD.search(line)
        )
        or (
            not SENTENCE_MARK.search(line)
            and (
                QUOTE_ROW.search(line) is not None
                or len(QUOTE_FIELD.findall(line)) >= 2
                or (QUOTE_FIELD.match(line) is not None and len(line) <= 30)
            )
        )
        or LINK_ROW.match(line) is not None
        or (
            not SENTENCE_MARK.search(line)
            and (len(TOOLBAR_WORD.findall(line)) >= TOOLBAR_WORDS or FOLLOWERS.search(line) is not None)
        )
    )


# 【发布人　周立衡】, 王建明：: who speaks next in a transcript, as often as they speak (no repeat to drop).
SPEAKER_LABEL = re.compile(
    rf"^(?:【(?:(?:{TRANSCRIPT_ROLES}|發布人|發言人)\s*[\u4e00-\u9fff][\u4e00-\u9fff\s]{{1,8}}"
    r"|[^【】]{0,10}(?:记者|記者)[^【】]{0,6})】|[\u4e00-\u9fff]{2,4}[：:])$"
)


def body_lines(lines: list[str]) -> list[str]:
    """Paragraphs until the page's tail starts, without furniture or repeats."""
    kept: list[str] = []
    seen: set[str] = set()
    for line in lines:
        if TAIL_START.search(line):
            break
        if (line in seen and not SPEAKER_LABEL.match(line)) or not keep_body_line(line):
            continue
        seen.add(line)
        kept.append(line)
    return kept


# …跌1.1%。（sl）15:36 《业绩》汇峰数据全年收入增16.2%…: a wire's flash items run together on one line, each
# closed by its editor's initials; one line each.
EDITOR_CODE = r"（[a-z]{2,3}）"
FLASH_ITEM_END = re.compile(rf"({EDITOR_CODE})(?=\s*{FLASH_ITEM_OPENING})")
EDITOR_CODE_END = re.compile(rf"{EDITOR_CODE}$")


def _text_lines(text: str) -> list[str]:
    lines = FLASH_ITEM_END.sub("\\1\n", text).splitlines()
    return [line.strip() for line in lines if line.strip()]


def body_of_extracted_html(text: str, title: str | None = None) -> ArticleParts:
    """The HTML extractor already found the body (and the title in <h1>): read its tables (cells apart by
    tabs) as sentences, and filter its lines; the title, when the body's container holds it, goes."""
    repairs: list[Repair] = []
    lines = tables_as_sentences(_text_lines(text), repairs)
    lines = [line.replace("\t", " ") for line in lines if line != title]
    while lines and (_is_byline(lines[0]) or DATE_LINE.match(lines[0])):
        lines.pop(0)  # 发布时间：2025/08/25 10:31 above the first paragraph
    return ArticleParts(title=None, header=[], body=body_lines(lines), repairs=repairs)


def split_article(text: str) -> ArticleParts:
    """Title, header and body of a page given as text lines."""
    repairs: list[Repair] = []
    lines = tables_as_sentences(_text_lines(text), repairs)
    if not lines:
        return ArticleParts(title=None)
    title_index, body_start = _locate_title(lines)
    title = lines[title_index] if title_index is not None else None
    header = lines[title_index + 1 if title_index is not None else 0 : body_start]
    body = rejoin_wrapped([line for line in body_lines(lines[body_start:]) if line != title])
    return ArticleParts(
        title=title, header=header, body=body, above_title=lines[: title_index or 0], repairs=repairs
    )


# Text copied from a PDF breaks its paragraphs into lines of a fixed width, mid-sentence.
WRAPPED_LINE_CHARS = 20
OPENS_A_BLOCK = re.compile(
    r"^(?:[（(]?[一二三四五六七八九十\d]{1,3}(?:[）)、]|[.．](?!\d))|图|表|注|数据来源|资料来源|[■●▶◆·•【]|第[一二三四五六七八九十]+[章节部分])"
)
# 截至2026年6月30日止六個月之中期業績公告: a document's heading, not a line wrapped mid-sentence.
DOCUMENT_HEADING_END = re.compile(r"(?:公告|通告|报告|報告|公报|公報|业绩|業績|摘要|通知)$")
# 12.42亿，海西天防…EPC招标启动 / 11月18日，海西天防科技有限公司发布…: a story opening with its day.
DATED_OPENING = re.compile(r"^(?:20\d{2}年)?\d{1,2}月\d{1,2}日(?:[上下]午|晚间|晚|早间)?[，,]")
PUNCTUATED = re.compile(r"[，。；：！？,;]")
FIELDS_WITH_TIME = re.compile(r"\s{2}.*(?:\d{1,2}:\d{2}(?::\d{2})?|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})$")
CLAUSE_MARK = re.compile(r"[，。；！？,;]")


# 看点一：CoWoS产能一年翻倍，英伟达包下六成: a feature's section heading, commas and all.
SECTION_HEADING = re.compile(r"^(?:看[点點]|亮[点點]|焦[点點]|要[点點]|其)[一二三四五六七八九十\d]{1,2}[：:]")


def _is_heading(line: str) -> bool:
    """三、2026年展望：从“算得多”到“算得好”: a numbered heading, no sentence to go on with the next line."""
    return (OPENS_A_BLOCK.match(line) is not None and CLAUSE_MARK.search(line) is None) or (
        SECTION_HEADING.match(line) is not None and not SENTENCE_END.search(line)
    )


# 问：…, 曜石科技：尊敬的投资者…: who speaks opens a line of their own (a Q&A page's turns are not wrapped lines).
SPEAKER_OPENING = re.compile(r"^(?:问|答|[\u4e00-\u9fff]{2,6})[：:](?!\d)")
# 供应商地址：…11层 / 中标金额：11,268.40万元: a notice's fields, one a line, none wrapped into the other.
FIELD_LINE = re.compile(r"^\s*[\u4e00-\u9fff]{2,8}[：:]")
# 发行股数                本次拟公开发行… / 报告期、报告期内   指   2023年度…: a PDF form's or glossary's rows,
# a label and its value apart by a wide gap, one row a line.
FORM_ROW = re.compile(r"^\s*[^\s]{1,24}?\s{3,}[^\s]")
OPEN_SPEAKER_VERB = re.compile(r"(?:介绍了?|表示|指出|说明了?)[^，。；：:]{0,20}$")


def rejoin_wrapped(lines: list[str]) -> list[str]:
    """Lines that end mid-sentence (no closing punctuation, long as a wrapped line) joined to the line
    that goes on with it: 算力规模保持高 / 速增长态势。 is one sentence."""
    joined: list[str] = []
    last_line = ""
    for line in lines:
        previous = joined[-1] if joined else ""
        if (
            len(previous) >= WRAPPED_LINE_CHARS
            and not SENTENCE_END.search(previous)
            # (09:46　【贵州算力总规模达68EFLOPS】: a flash's headline; ▲项目设计PUE不高于1.15: a photo's caption)
            and not previous.endswith(("：", ":", "；", "】"))
            and not previous.startswith(("▲", "△"))
            and not EDITOR_CODE_END.search(previous)  # (…跌1.1%。（sl）: a flash item's end)
            and not DATA_SOURCE_NOTE.search(previous)
            and not OPENS_A_BLOCK.match(line)
            and not (SPEAKER_OPENING.match(line) and not OPEN_SPEAKER_VERB.search(previous))
            and not DATED_OPENING.match(line)
            and not (FIELD_LINE.match(previous) and FIELD_LINE.match(line))
            # (参与单位名称及人员  中欧基金…、 / 姓名  中金公司…: a value going on past a list's joiner, and
            # its label too)
            and not (
                FORM_ROW.match(last_line) and FORM_ROW.match(line) and not last_line.endswith(("、", "，"))
            )
            and not DOCUMENT_HEADING_END.search(previous)
            and not _is_heading(previous)
            # a rule, or a line of fields apart by spaces ending in a time (擎云科技 董秘回复  2025-12-03 16:24)
            and not TABLE_RULE.match(previous)
            and not TABLE_RULE.match(line)
            and not FIELDS_WITH_TIME.search(previous)
            # a short line with no punctuation is a page's running header or footer, not the rest
            and (len(line) >= WRAPPED_LINE_CHARS or PUNCTUATED.search(line))
        ):
            joined[-1] = previous + line
        else:
            joined.append(line)
        last_line = line
    return joined
