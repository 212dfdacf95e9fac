"""A paragraph cut by a page break or a hard wrap: does a line go on in the next one, or is it
whole (a caption, a title quoted on a line of its own, a line set out in columns, a field of
figures, one of a run of field lines)?"""

from __future__ import annotations

import re
from collections import Counter

from .closingrunon import closing_run_on
from .model import Block, Line
from .normalize import HAN, OTHER_LETTER, fold, names_run_on, names_set_apart
from .numbering import numbering
from .patterns import CLOSERS, TERMINAL, doc_type_of, is_date_line, is_header_number_line, is_recipients, title_start
from .runs import page_mark_at
from .sessions import opens_with_a_session
from .tablerows import unit_of
from .toclines import PLAN_PARTS

MIN_WRAPPED = 12  # a line cut by a page break is at least this long (folded characters)
MIN_HARD_WRAPPED = 20  # a line hard-wrapped onto the very next line is at least this long
# A text wrapped narrower than that (a phone's width: 18 characters a line) is known by most of its
# lines cut inside a sentence sharing one length, each at least this long; then a line a few
# characters short of the width (a paragraph's first, its indent taken off) is cut by the wrap too.
MIN_NARROW_WRAPPED = 14
_NARROW_SLACK = 3  # (a paragraph's first line indented two characters, and one short of the width)


def _ends_open(text_key: str) -> bool:
    """The text stops mid-sentence: no terminal punctuation, no closing bracket — but for a
    cited 发文字号's (…的请示》（青发改〔2024〕7号）, then 收悉。 on the next line; not an entry of a
    list of cited documents, which opens with the title: 《…办法》（云政发〔2015〕12号））."""
    if not text_key or text_key.endswith(TERMINAL):
        return False
    return not text_key.endswith(CLOSERS) or (text_key.endswith("号)") and not text_key.startswith("《")
                                              and _CITED_NUMBER.search(text_key) is not None)


# A 发文字号 in brackets right after a quoted title, ending a line: 《…的请示》(青发改〔2024〕7号).
_CITED_NUMBER = re.compile(r"》\([^()]{2,20}\(\d{4}\)第?\d{1,4}号\)$")


_INSTRUMENT_END = re.compile(
    r"(?:办法|方案|细则|规定|规则|措施|意见|计划|制度|清单|名单|名录|名册|目录|预案|纲要|规划|要点|"
    r"表|标准|条例|守则|须知)(?:\(.{1,12}\))?$")
CAPTION_MAX = 45
# What a caption prints on a line of its own under it: the years it spans, its edition or its status,
# in brackets: （2024—2026年）, （2021—2035年）, （2023年版）, （2024年修订）, （试行）, （征求意见稿）.
_CAPTION_QUALIFIER = re.compile(r"\((?:(?:19|20)\d{2}(?:-(?:19|20)\d{2})?年(?:版|修订|修正|度)?|试行|暂行|修订|修订稿|征求意见稿|送审稿|草案)\)")


def caption_qualifier(key: str) -> bool:
    """A line under an instrument's caption that completes it (南浦县城市更新三年行动方案 / （2024—2026年）,
    …管理办法 / （试行）), a folded key: one caption with it. Not a date in brackets (（2024年3月1日）,
    a note's), nor a numbered heading (（一）总体要求) or a note (（此件公开发布））."""
    return key[:1] == "(" and bool(_CAPTION_QUALIFIER.fullmatch(key))


# The caption of a plan's box (专栏1　重点工程, 专栏2：…): its number, then its words.
_BOX_CAPTION = re.compile(rf"^专栏[\d一二三四五六七八九十]{{1,3}}[{HAN}“”\"]")
# A table's caption by its number (表1　2024年一季度全县主要经济指标, 附表2 …): its number, then a
# word or a year (the key has no space: 表12024年…); a sentence on the table (表3中数据显示，…) has a comma.
# A chart's so (图1　2019—2023年全县地区生产总值及其增长速度, a 统计公报's, its image not in the text),
# and either's years as a span (2019—2023年, 2019~2023年).
# Not a sentence's wrapped line speaking of the figure or table (…范围详见附 / 图1所标注的…区域及周边…等地, 表2中的,
# 图3显示…: _ON_THE_FIGURE), which a line cut at the width may hold with no comma.
_ON_THE_FIGURE = r"(?!所(?:示|列|标|注|载|述|附)|中(?:的|所|数据|可|显示)|显示|表明|反映|可见|列出|列明|的)"
_TABLE_CAPTION = re.compile(rf"^附?[表图]\d{{1,2}}{_ON_THE_FIGURE}(?:[{HAN}“\"]|(?:19|20)\d{{2}}(?:年|[-~](?:19|20)\d{{2}}年))")


def is_caption(key: str) -> bool:
    """The title of an attached instrument or list: ``…实施办法``, ``…责任分工表``,
    ``…行政许可事项清单（2023年版）``; a table's by its number (``表1　2024年一季度主要经济指标``)."""
    return (len(key) <= CAPTION_MAX and bool(_INSTRUMENT_END.search(key) or _BOX_CAPTION.match(key)
                                              or (_TABLE_CAPTION.match(key) and "," not in key))
            and not key.endswith(TERMINAL) and "。" not in key and ":" not in key and ";" not in key
            and numbering(key) is None)  # (a clause of a sentence: …；情节严重的，依照本办法)


# The heading of the glossary a 政府工作报告 (or a plan, a 预算报告) prints after its last
# paragraph: 名词解释, 名词解释：, 附：名词解释, 《政府工作报告》名词解释, 名词注释 (its terms under it).
_GLOSSARY = re.compile(r"(?:附:|《[^《》]{2,30}》)?名词(?:解释|注释|释义)(?:\((?:\d+|[一二三四五六七八九十]+)\))?:?")


def is_glossary_heading(key: str) -> bool:
    """The heading of a report's glossary alone on its line (``_GLOSSARY``), not a sentence
    speaking of one (对有关名词解释如下：); or of a plan's part printed without a number among its
    chapters (前　　言, 结　束　语: ``PLAN_PARTS``)."""
    return key in PLAN_PARTS or ("名词" in key and bool(_GLOSSARY.fullmatch(key)))


_LABEL = re.compile(rf"^[{HAN}]{{2,6}}:")
# A field whose value is figures: 联系电话：0734—4321234, 邮编：423600.
_NUMBER_FIELD = re.compile(rf"^[{HAN}]{{2,6}}:[\d\-()+/]{{5,}}$")
# The number that opens an article or an item, and the space after it (第二十一条 建筑垃圾…).
_LEADING_MARKER = re.compile(r"^(?:第[\d一二三四五六七八九十百零〇]+[条章节款]|[一二三四五六七八九十]+、"
                             r"|[（(][\d一二三四五六七八九十]+[）)]|\d+[.、．])\s*")
# Punctuation of running text (a line set out in columns has none of it).
_PROSE = re.compile(r"[,。;]")
# Han characters on either side of a space (the cleaned text's ideographic spaces are spaces).
_SPACED_COLUMNS = re.compile(rf"[{HAN}] +[{HAN}]")


# The labels of the lines that close a 纪要 with who attended: 出席：…, 列席：…, 请假：…, 记录：….
_ATTENDANCE = re.compile(r"^(?:出席|列席|请假|缺席|记录|参加|参会)(?:人员|会议|单位|领导)?:")


# What closes an attendance line's list: the comrades or heads of the units it names (…主要负责同志,
# …负责人, …有关人员).
_LIST_CLOSED = ("同志", "负责人", "有关人员")


def opens_an_attendance_line(key: str) -> bool:
    """A line of a 纪要's attendance, opening with its label: ``请假：周建华（省委党校学习）``,
    ``列席人员：县财政局…``; each opens a paragraph of its own, even when the line above (the
    list of the previous label, wrapped: …主要负责同志) has no full stop. Not the word inside a
    sentence (出席会议的同志：…, 会议记录：…)."""
    return ("席" in key or "假" in key or "记录" in key or "参" in key) and bool(_ATTENDANCE.match(key))


def attendance_names_carried_on(prev: Line, cur: Line) -> bool:
    """An attendance line's names set apart by spaces, more of them on the very next line:
    ``出席：刘振华　陈志军　黄海燕　李国强　王卫平`` / ``　　　张文斌　赵小兵`` (one list; the line
    above is too short to be read as cut at the wrap width). Three names or more above; under
    them names only (not the signature, 县人民政府办公室, nor a date, nor 记录：罗小明)."""
    return opens_an_attendance_line(prev.key) and cur.place == prev.place + 1 \
        and names_run_on(prev.text, cur.text) and names_set_apart(re.split("[:：]", prev.text, maxsplit=1)[-1], 3)


def sentence_cut_at_a_word(line: Line, nxt: Line | None, width: int | None) -> bool:
    """``line``, ending as a caption does (``is_caption``) but holding a comma, fills the width the
    text is wrapped at (its first line indented, two characters less) and ``nxt`` stands on the very
    next line, no numbered line: a sentence the wrap cut after an instrument's word (…根据省、市有关
    文件精神和相关规定 / 和本县实际情况，…, …并按时填报春耕生产进度统计表 / 并于…), no caption. A caption
    holding a comma (…稳住经济大盘，推动高质量发展的若干措施) stands apart, or short of the width."""
    return width is not None and nxt is not None and "," in line.key and len(line.key) >= width - 2 \
        and nxt.place == line.place + 1 and numbering(nxt.key) is None


def unit_alone(line: Line) -> bool:
    """A table's unit on a line of its own: ``单位：亿元``, ``（单位：万元）``, ``计量单位：公里``,
    ``单位：人、%`` — not the rest of a sentence that opens with the word (…各责任 / 单位：县财政局、
    县税务局。, 单位：县财政局, 单位要严格落实责任。)."""
    unit = unit_of(line.text)
    return unit is not None and not any(p in unit for p in "。;!?")


# The closing formula alone on a line (folded): 特此公告。, 特此通知, 此复 is a 批复's.
_CLOSING_FORMULA = re.compile(r"特此(?:通知|公告|通告|批复|函复|函告|报告|请示|说明|通报|决定|复函|答复|函达)[。.!]?")


def _titled(key: str) -> bool:
    """``key`` opens a title: its issuers then 关于 (``title_start``), or a session of a congress
    before it (青溪县第十八届人民代表大会第四次会议关于…的决议: ``sessions``)."""
    return title_start(key) or ("会议关于" in key and opens_with_a_session(key))


def continues(prev: Line, cur: Line, width: int | None = None) -> bool:
    """Is ``cur`` the rest of the sentence ``prev`` was cut in? ``width``: the text's wrap width
    (``wrap_width``), when known."""
    if is_caption(prev.key) and not sentence_cut_at_a_word(prev, cur, width):
        return False
    # (where the two lines stand, asked below of most lines: each place a property, looked up once)
    step = cur.place - prev.place
    below, apart = step == 1, step > 1  # the very next line; a blank line between
    if prev.key.endswith("日") and closing_run_on(prev.text) is not None:
        return False  # the closing run onto the last sentence (…执行。南浦县人民政府2024年3月5日): its end
    if opens_an_attendance_line(cur.key):
        return False  # 请假：… under the wrapped list of 列席：…
    if prev.key.endswith(_LIST_CLOSED) and opens_an_attendance_line(prev.key):
        return False  # 列席：…主要负责同志 over 会议研究了以下事项：, the list closed by its 同志
    if attendance_names_carried_on(prev, cur):
        return True  # (a line of names too short to be read as cut at the wrap width)
    if _in_another_script(prev.key) or _in_another_script(cur.key):
        # A minority region's text in its own script (ending in ། or ᠃, which are no Chinese
        # full stops) beside the Chinese: never one sentence with it, nor across a blank line
        return below and _in_another_script(prev.key) and _in_another_script(cur.key) \
            and len(prev.key) >= MIN_HARD_WRAPPED and not prev.key.endswith(_OTHER_TERMINAL)
    if apart and title_start(prev.key) and doc_type_of(prev.key):
        return False  # a title quoted on a line of its own (关于…的通知), then a blank line
    if below and doc_type_of(prev.key) and _titled(cur.key) and _titled(prev.key):
        return False  # titles listed a line each (县住房和城乡建设局关于…的报告 / 县林业局关于…的报告; a session's 决议s): two
    if cur.key[:2] == "特此" and _CLOSING_FORMULA.fullmatch(cur.key) and not prev.key.endswith(","):
        return False  # the closing formula alone (…的决议 / 特此公告。): a paragraph of its own
    if below and width is not None and prev.key[-1:] == ":" and label_cut_from_its_value(prev.key, cur.key, width):
        return True  # (…报送县住建局，联系人： / 李　明，电话：…: the wrap fell between a label and its value)
    if not _ends_open(prev.key) and not _cut_after_a_closer(prev, cur, width):
        if _opens_on_a_closer(prev, cur, width):
            return True
        # A caption wrapped right after a closing quote: …暨“冬季攻势” / 行动方案
        return prev.key.endswith('"') and below and is_caption(prev.key + cur.key)
    minimum = MIN_HARD_WRAPPED if below else MIN_WRAPPED
    if width is not None and below and width - _NARROW_SLACK < minimum \
            and (numbering(prev.key) is None or _SENTENCE_INSIDE.search(prev.key)):
        # (a text wrapped narrow: its paragraphs' indented first lines; not a numbered heading of
        # their length, 二、全面推进城乡居民医保参保扩面工作, over its text, but a run-in one: 一、强化组织领导。各乡镇要)
        minimum = width - _NARROW_SLACK
    if len(prev.key) < minimum:
        return False
    if below and _heading_over_its_text(prev, cur, width):
        return False
    if apart and (_NUMBER_FIELD.match(prev.key) or (
            not _PROSE.search(prev.key) and not prev.key.endswith("、")  # (prose first: most lines, no columns)
            and _SPACED_COLUMNS.search(_LEADING_MARKER.sub("", prev.text.strip())))):
        # Across a blank line, a line set out in columns (何志勇　县住房和城乡建设局局长, a row of
        # names) or a field of figures (联系电话：0734—4321234) is whole; a sentence with a name
        # padded to two characters' width (任命王　猛为…，免去陈 / 伟的…) runs on, and so does a
        # list of names so padded cut after a 、 (出席：王建国、李　华、…孙立新、 / 周建军、吴海燕).
        return False
    if is_recipients(cur.key) or is_date_line(cur.key):
        return False
    if "单位" in cur.key[:5] and unit_alone(cur):
        return False  # a table's unit alone (单位：亿元) under its caption (表1　…及其增长速度): no sentence's rest
    if apart and prev.key.endswith("......"):
        return False  # a paragraph that trails off (…等等……), then a blank line: ended
    if _LABEL.match(cur.key) and _LABEL.match(prev.key):
        return False  # a run of field lines: 牵头单位：… / 责任单位：… / 整改时限：…
    if is_header_number_line(prev.key):
        return False  # a 发文字号 or 登记号 alone: the number over a forwarded or attached text's title
    if is_header_number_line(cur.key.strip("()")) and title_start(prev.key) and doc_type_of(prev.key):
        return False  # a title over its 发文字号 ((…) or not): an entry of a list of documents
    if below and cur.text[:1].isdigit() and next_row(prev.text, cur.text):
        return False  # a table's rows a space apart read as text (2 …项目 … 2024年10月 / 3 …): each its line
    return True


# A contact's label after a clause of a sentence (…报送县住建局，联系人：), its value on the next line.
_LABEL_AT_END = re.compile(r",(?:联系人|联系电话|电话|联系方式|电子邮箱|邮箱|地址|传真):$")
_OPENS_LABEL = re.compile(r"[^,:]{1,8}:")  # (a line opening with a label of its own: 联系电话：…)


def label_cut_from_its_value(prev: str, cur: str, width: int) -> bool:
    """``prev`` (folded), a line filling the text's wrap width, ends with a contact's label after a
    comma, and ``cur`` opens with its value (a name or figures, no item's number, no label): a hard
    wrap between the label and its value (Word's plain text with its line breaks, antiword), one
    sentence. A label closing a sentence's lead-in over a list (…联系方式如下：) is none."""
    return len(prev) >= width - _NARROW_SLACK and _LABEL_AT_END.search(prev) is not None \
        and numbering(cur) is None and _OPENS_LABEL.match(cur) is None


_ROW = re.compile(r"(\d{1,3}) \S+(?: \S+){2,}")  # a row's number, a space, three cells or more a space apart


def next_row(prev: str, cur: str) -> bool:
    """``cur`` is the row numbered after ``prev``'s, each a table's row whose cells stand a space apart
    as a PDF library gives them (``2 农村饮水安全巩固提升 新建供水工程3处 县水利局 2024年10月`` over
    ``3 学校食堂改造提升 改造食堂8所 …``), read as text where a cell wrapped: not one sentence."""
    a, b = _ROW.fullmatch(prev.strip()), _ROW.fullmatch(cur.strip())
    return a is not None and b is not None and int(b.group(1)) == int(a.group(1)) + 1


_HAN_CHAR = re.compile(rf"[{HAN}]")
# Their full stops: Tibetan's shad, Mongolian's, Arabic's; Korean and Uyghur print Latin ones.
_OTHER_TERMINAL = TERMINAL + tuple(".།༎᠃᠉۔؟")


def _in_another_script(key: str) -> bool:
    """A line in a minority region's script (Tibetan, Uyghur, Mongolian, Korean), with no Han
    character."""
    return _HAN_CHAR.search(key) is None and OTHER_LETTER.search(key) is not None


# A heading-like numbered line: 一、…, （一）…, 1.… (not an article, which runs on as a sentence).
_OUTLINE = ("outline", "decimal")


def _heading_over_its_text(prev: Line, cur: Line, width: int | None) -> bool:
    """A numbered heading whose words hold a 、 or a comma (一、加强组织领导、压实工作责任、强化督查
    考核) and the text under it on the very next line, wider as printed: a paragraph's first line
    that fills the wrap width, or a web page's paragraph on a line of its own. Not an item cut at
    the wrap: that one fills the width, or is cut inside a figure or a list (…共计1 / 360万元，…;
    …道路、 / 桥梁…)."""
    found = numbering(prev.key)
    words = prev.key[len(found[2]):] if found is not None else ""
    if found is None or found[0] not in _OUTLINE or not any(p in words for p in "、,") \
            or any(p in words for p in "。;:!?"):
        return False  # (a run-in heading and its sentence is an item: 二、深化隐患排查治理。聚焦…)
    if prev.key[-1:].isascii() or prev.key.endswith(("、", "(", '"', "《")):
        return False
    shorter = _printed_width(prev.key)
    if _printed_width(cur.key) <= shorter + 4:
        return False
    # (without a wrap width, a web page's: the text is a paragraph a line)
    return cur.key.endswith(TERMINAL) if width is None else shorter < width - 4


def _printed_width(key: str) -> float:
    """The width a line takes as printed: a half-width character (a figure, a Latin letter) half
    a Han character's."""
    return sum(0.5 if ch.isascii() else 1 for ch in key)


_QUOTE_ENDS = ('"', "」", "』")


def _cut_after_a_closer(prev: Line, cur: Line, width: int | None) -> bool:
    """A line that fills the wrap width and ends in a closing quote, the sentence going on on the
    very next line: 为深入开展安全生产“百日攻坚” / 行动，…. (A paragraph ends in 。 or 。”; a
    closing bracket may end a block: （牵头单位：县发改局）, an adoption note.)"""
    return width is not None and len(prev.key) >= width - 1 and cur.place == prev.place + 1 \
        and prev.key.endswith(_QUOTE_ENDS) and not prev.key[:-1].endswith(TERMINAL) and numbering(cur.key) is None


# What never opens a line of its own (the printed text's closing quotes and brackets, its marks
# after a word): a line opening with one goes on the line above.
_NEVER_OPENS = tuple("”’）》」』】〕〉)，、。；：？！")


def _opens_on_a_closer(prev: Line, cur: Line, width: int | None) -> bool:
    """A line that fills the wrap width and ends a sentence (。；：), the very next line opening
    with the quote or bracket that closes it: 要坚持“先建机制、后建工程，建管并重。 / ”各乡镇要….
    No paragraph opens with a closing mark; a text with no wrap width (a web page's) is left be.
    But an opening quote extracted as a closing one (”最多跑一次”改革…, the next quote closing
    it, none open above) opens a paragraph (``opening_quote_misread``)."""
    return width is not None and len(prev.key) >= width - 1 and cur.place == prev.place + 1 \
        and cur.text.lstrip().startswith(_NEVER_OPENS) and not opening_quote_misread(prev.text, cur.text)


_QUOTE_MARKS = re.compile("[“”]")


def opening_quote_misread(above: str, text: str) -> bool:
    """``text`` opens with a closing quote that opens a quotation, as a PDF's extraction may give
    it: the next quote on the line closes again (”最多跑一次”改革深入推进…) and the line
    ``above`` leaves no quotation open (…各项工作取得明显成效。). A closing quote that closes
    what the line above opened (…称为“放管服 / ”改革，…) or opens a line whose next quote
    opens (”各乡镇要落实“河长制”…) is a closing one."""
    text = text.lstrip()
    if not text.startswith("”") or above.count("“") > above.count("”"):
        return False
    nxt = _QUOTE_MARKS.search(text, 1)
    return nxt is not None and nxt.group(0) == "”"


_PROSE_INSIDE = re.compile(r"[,，、。;；]")
# A report's heading of clauses by its outline's number, whole on its line (folded): （一）…，…, 一、…，…
_CLAUSE_HEADING = re.compile(rf"(?:\([一二三四五六七八九十]{{1,3}}\)|[一二三四五六七八九十]{{1,3}}、)[^。;:!?,、]+[,、][^。;:!?]*[{HAN}]$")
_OUTLINE_FIRST = "(一二三四五六七八九十"
_SENTENCE_INSIDE = re.compile(r"[,，。;；:：]")


def wrap_width(lines: list[Line]) -> int | None:
    """The width (folded characters) the text was hard-wrapped at: the commonest length of the
    lines cut inside a sentence and carried on on the very next line, when several share it
    (±1); none for text whose paragraphs are one line each (a web page's). A line cut where the
    page breaks counts with the line past the page's furniture (its number, its running head).
    A width under ``MIN_HARD_WRAPPED`` (a phone's) only from lines of prose (a comma or a stop inside,
    no words set apart in columns), when three such lines at least share it and they are a third of all
    the lines so cut (``MIN_NARROW_WRAPPED`` long at least) or more."""
    # (a line whose kind is known to be no furniture, 0, is not asked: most of them)
    kept = [k for k, line in enumerate(lines) if line.page == 0 or not page_mark_at(lines, k)]
    cut: list[int] = []  # (the lengths of the lines cut inside a sentence)
    short: list[Line] = []  # (those under MIN_HARD_WRAPPED, for a narrow width)
    for i, j in zip(kept, kept[1:]):
        a, b = lines[i], lines[j]
        # (the length first: most lines are too short, or end a sentence)
        if len(a.key) >= MIN_NARROW_WRAPPED and not a.key.endswith(TERMINAL) and not b.key[:1].isdigit() \
                and (j > i + 1 or b.place == a.place + 1) \
                and not (len(b.key) > len(a.key) + 2 and a.key[:1] in _OUTLINE_FIRST and _CLAUSE_HEADING.match(a.key)):
            # (not an outline's heading of clauses whole on its line over a paragraph longer than it, （一）
            # 坚持稳中求进，经济运行持续向好, its siblings as long: no width the text was cut at)
            cut.append(len(a.key))
            if len(a.key) < MIN_HARD_WRAPPED:
                short.append(a)
    lengths = Counter(cut)
    wide = Counter({n: count for n, count in lengths.items() if n >= MIN_HARD_WRAPPED})
    best = max(wide, key=lambda n: (wide[n - 1] + wide[n] + wide[n + 1], n), default=None)
    if best is not None and wide[best - 1] + wide[best] + wide[best + 1] >= 3:
        return best
    # (narrow lines of prose only: a comma or a stop inside, no words set apart in columns — not a list of
    # names, 副组长：罗 明 县政府办副主任, each on its line)
    narrow = Counter(len(a.key) for a in short if _PROSE_INSIDE.search(a.key) and not _SPACED_COLUMNS.search(a.text.strip()))
    best = max(narrow, key=lambda n: (narrow[n - 1] + narrow[n] + narrow[n + 1], n), default=None)
    if best is None:
        return None
    shared = narrow[best - 1] + narrow[best] + narrow[best + 1]
    return best if shared >= 3 and 3 * shared >= sum(lengths.values()) else None


def cut_at_the_width(line: Line, nxt: Line | None, width: int | None) -> bool:
    """``line`` fills the width the text is wrapped at and ``nxt``, on the very next line, ends
    its sentence: a numbered line so cut (（一）农村村民建房应当依法办理…和农村宅 / 基地批准书。)
    is an item, not a heading however few its words. (A full line under it may open a paragraph
    under a heading as long as the width: （一）建立健全…长效机制 / 各乡镇要建立…，落实网.)"""
    return width is not None and nxt is not None and nxt.place == line.place + 1 and len(line.key) >= width - 1 \
        and numbering(nxt.key) is None and continues(line, nxt, width) \
        and (nxt.key.endswith(TERMINAL) or len(nxt.key) < width - 1)  # (its tail: no paragraph's full line)


def titles_printed(blocks: list[Block]) -> set[str]:
    """The keys of the titles printed so far: the document's, its attachments', its captions."""
    return {fold(b.text) for b in blocks if b.kind in ("title", "attachment") or (b.kind == "heading" and b.level == 0)}
