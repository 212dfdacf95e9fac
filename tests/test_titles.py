"""Document titles in the body, from real header excerpts, and what is not a title."""

import pytest

from generator.headerspan import header_numbers
from generator.titlecontext import subtitle_under
from generator.publicnotices import public_notice_title
from generator.titlekinds import interpretation_start
from generator.titles import find_titles
from generator.titleline import unboxed_title
from tests.excerpts import content, one_title

# Registration number and 发文字号 before a bold title wrapped over three lines (Pingjiang).
NUMBER_BEFORE = """PJDR—2023—01004

平政办发〔2023〕7号

**平江县人民政府办公室
关于印发《打好发展“六仗”促进建筑业高质量发展
发展的实施办法》的通知**

各乡镇人民政府（街道办事处），平江高新区，县直各单位：
"""

# Markdown heading with issuer and 关于 on one line, numbers after it (Qiyang).
NUMBER_AFTER = """# 祁阳市人民政府 关于公布 2024 年规范性文件清理结果的决定

祁政发〔2024〕4 号

QYDR—2024—00006

各镇人民政府、街道办事处，市直有关单位：
"""

# Issuer, subject and a spaced-out 通 知 on separate lines with blank lines between (Xiangyin).
SPACED = """湘阴县人民政府办公室

关于建立湘阴县长城航道疏浚项目工作机制

通 知

湘阴政办发〔2024〕25号
"""

# No number at all, confirmed by the 主送 line (Pingjiang).
RECIPIENTS_ONLY = """平江县人民政府办公室
关于做好我县2024年度城乡居民基本医疗保险参保缴费工作的通知

各乡镇人民政府（街道办事处），平江高新区，县直各单位：
"""

# Joint issuers on one line (Xiangyin).
JOINT = """中共湘阴县委办公室 湘阴县人民政府办公室 关于 2024 年全县防汛抗灾工作情况的 通 报

湘阴办发〔2024〕13 号
"""


@pytest.mark.parametrize("text,title_lines,header_lines,confirmed_by", [
    (NUMBER_BEFORE, (5, 7), (1, 7), "number-before"),
    (NUMBER_AFTER, (1, 1), (1, 5), "number-after"),
    (SPACED, (1, 5), (1, 7), "number-after"),
    (RECIPIENTS_ONLY, (1, 2), (1, 2), "recipients"),
    (JOINT, (1, 1), (1, 3), "number-after"),
])
def test_titles_found(text, title_lines, header_lines, confirmed_by):
    title, found_title, found_header = one_title(text)
    assert (found_title, found_header, title.confirmed_by) == (title_lines, header_lines, confirmed_by)


# Table-of-contents entries look like titles but are followed by numbers with page numbers.
TOC = """目 录

县 政 府 办 文 件

平江县人民政府办公室关于印发《平江县系统化全域推进海绵城市建设工作方案》的通知

平政办发〔2023〕8号 PJDR—2023—01005..... (7)

关于表彰2024年度见义勇为先进个人的通报

（湘阴政发〔2024〕11号）.....12
"""

# A cited title inside running text, and a table row holding a title.
RUNNING = """根据岳阳市人民政府办公室《关于印发〈岳阳市城区海绵城市建设管理办法〉的通知》（岳政办发〔2022〕17号）要求，结合我县实际，制定本工作方案。
1\t湘阴县人民政府 关于全县范围内全面禁止燃放烟花爆竹 的通告\t湘阴政告 〔2020〕24号\tXYDR-2020-00003
关于印发《攸县打好“发展六仗”总体方案》的通知
附件：1.乡镇（街道）消防工作权责清单
"""


@pytest.mark.parametrize("text", [TOC, RUNNING])
def test_not_titles(text):
    assert find_titles(content(text)) == []


# A title of issuer and document type without 关于, confirmed by the number after it.
ISSUER_AND_TYPE = """祁阳市人民政府森林防火封山令

祁政通〔2022〕9号
"""

# No number, no 主送: the title follows the end of the previous document (its 成文日期).
AFTER_DOCUMENT = """祁阳市人民政府

2024年9月8日

湘阴县人民政府
关于严厉打击电鱼等非法捕捞行为的通告

为切实维护油茶采摘秩序，提高茶油产量和质量，现就有关事项通告如下：
"""


# A report delivered to a congress: no issuer, no 关于, no number; the note under it says where
# and when (Pingjiang's 2023 issue 1 prints it so).
WORK_REPORT = """政府工作报告

——2023年1月10日在平江县第十八届人民代表大会第二次会议上

平江县人民政府县长　张三

各位代表：
"""

# A plan report with 关于, the note in brackets with the date in Chinese numerals.
PLAN_REPORT = """关于湘乡市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告

（二〇二四年一月八日在湘乡市第十八届人民代表大会第四次会议上）

市发展和改革局局长　赵六
"""


# A list adopted by the congress's standing committee, printed as an item of its own.
APPOINTMENT_LIST = """安吉县人民代表大会常务委员会任免名单

（2024年5月28日安吉县第十七届人民代表大会常务委员会第十九次会议通过）

决定任命：
"""


# A regulation issued as the document itself, with its number and 主送.
REGULATION = """永政发〔2024〕7号

永兴县人民政府关于进一步优化营商环境的若干措施

各乡镇人民政府，县直机关各单位：
"""

# The same kind of title attached to the notice that issues it, after the notice's date: body.
ATTACHED_REGULATION = """永兴县人民政府

2024年4月20日

永兴县人民政府关于进一步优化营商环境的若干措施

为持续打造一流营商环境，结合我县实际，制定如下措施。
"""


# A document copied from a web page: the page's fields and buttons under the title.
WEB_PAGE = """资兴市人民政府关于调整城区公交线路的通告

发布时间：2024-06-03　　来源：市交通运输局

【字体：大 中 小】

为方便群众出行，现就调整城区公交线路有关事项通告如下：
"""

# The buttons between the title and its number.
WEB_BUTTONS = """资兴市人民政府关于加强城市绿化管理的通知

【字体：大 中 小】　　【打印本页】　　【关闭窗口】

资政发〔2024〕4号

各乡镇人民政府、街道办事处，市直各单位：
"""


# A 公告 numbered by the year (a review's gazette).
ANNOUNCEMENT = """汝城县人民政府公告

2024年第2号

根据有关规定，现将有关事项公告如下：
"""


# A speech under its title: the day in brackets, then the speaker; a report with the speaker's
# line above the note (a review's gazette).
SPEECH = """各位代表！让我们勠力同心，为建设现代化新汝城而努力奋斗！

在全县经济工作会议上的讲话

（2024年2月5日）

汝城县人民政府县长　朱海峰

同志们：
"""
SPEAKER_FIRST = """政府工作报告

汝城县人民政府代县长　朱海峰

——2024年1月10日在汝城县第十八届人民代表大会第四次会议上

各位代表：
"""
# The same report quoted in a notice's body, under the sentence that introduces it: no item.
QUOTED_REPORT = """请各单位认真原文学习以下材料：

政府工作报告

——2024年1月10日在汝城县第十八届人民代表大会第四次会议上

县长　朱海峰
"""


# A statistics bulletin numbered under its title (a review's gazette).
BULLETIN = """临武县第五次全国经济普查主要数据公报

（第一号）

临武县第五次全国经济普查领导小组办公室
"""


@pytest.mark.parametrize("text,title_lines,confirmed_by", [
    (ISSUER_AND_TYPE, (1, 1), "number-after"),
    (BULLETIN, (1, 1), "order-number"),
    (SPEECH, (3, 3), "note"),
    (SPEAKER_FIRST, (1, 1), "speech-note"),
    (ANNOUNCEMENT, (1, 1), "order-number"),
    (WEB_PAGE, (1, 1), "portal-fields"),
    (WEB_BUTTONS, (1, 1), "number-after"),
    (REGULATION, (3, 3), "number-before"),
    (APPOINTMENT_LIST, (1, 1), "note"),
    (AFTER_DOCUMENT, (5, 6), "after-boundary"),
    (WORK_REPORT, (1, 1), "speech-note"),
    (PLAN_REPORT, (1, 1), "speech-note"),
])
def test_more_title_shapes(text, title_lines, confirmed_by):
    lines = content(text)
    [title] = find_titles(lines)
    assert (lines[title.start].no, lines[title.end].no) == title_lines
    assert title.confirmed_by == confirmed_by


_NOTE = "（2024年7月10日青石县第十八届人民代表大会常务委员会第二十次会议通过）\n一、任命\n"


@pytest.mark.parametrize("text,first_line", [
    # the organ alone over a list confirmed by its note, after a signed document (probe review 6)
    ("青石县人民政府\n2024年7月8日\n青石县人民代表大会常务委员会\n任免名单\n" + _NOTE, 3),
    ("免去李四的县财政局副局长职务。\n青石县人民代表大会常务委员会\n任免名单\n" + _NOTE, 2),
    ("【人事任免】\n青石县人民代表大会常务委员会\n任免名单\n" + _NOTE, 2),
    ("青石县人民代表大会常务委员会\n任免名单\n" + _NOTE, 1),
    # an organ under the date of a document not signed above it is that document's signature
    ("现予印发，请认真贯彻执行。\n2024年7月8日\n青石县人民政府\n任免名单\n" + _NOTE, 4),
    # under a sentence that introduces it, or a line that is no organ alone: the list's line only
    ("名单如下：\n青石县人民代表大会常务委员会\n任免名单\n" + _NOTE, 3),
    ("经研究决定\n任免名单\n" + _NOTE, 2),
    # an organ that is no body the adoption note names: the signature of the notice above (false-positive review)
    ("特此通知。\n青石县人民政府\n任免名单\n" + _NOTE, 3),
    ("特此通知。\n青石县人大常委会\n任免名单\n" + _NOTE, 2),
    # the note a hard wrap cut, read whole: it names another body still
    ("特此通知。\n青石县人民政府\n任免名单\n（2024年7月10日青石县第十八届人民代表大会常务委员会第\n二十次会议通过）\n", 3),
    ("特此通知。\n青石县人民代表大会常务委员会\n任免名单\n（2024年7月10日青石县第十八届人民代表大会常务委员会第\n二十次会议通过）\n", 2),
])
def test_the_organ_over_a_noted_list_opens_its_title(text, first_line):
    lines = content(text)
    titles = find_titles(lines)
    assert [(lines[t.start].no, lines[t.end].key) for t in titles][-1:] == [(first_line, "任免名单")]


def test_an_attached_regulation_is_not_a_title():
    assert find_titles(content(ATTACHED_REGULATION)) == []


def test_a_report_quoted_under_a_sentence_is_not_an_item():
    assert find_titles(content(QUOTED_REPORT)) == []


def test_a_list_is_not_a_title_without_its_note():
    """名单 ends many lines of a body (附件：…名单); only the adoption note makes it an item."""
    assert find_titles(content("安吉县人民代表大会常务委员会任免名单\n\n决定任命：\n")) == []


def test_masthead_is_not_a_title():
    assert find_titles(content("# 祁阳市人民政府公报\n\nGAZETTE OF THE PEOPLE'S\n")) == []


@pytest.mark.parametrize("text, split", [
    ("遂平县人民政府办公室关于做好春季农业生产工作的通知　　遂政办〔2024〕9号", ("遂平县人民政府办公室关于做好春季农业生产工作的通知", "遂政办〔2024〕9号")),
    ("易县人民政府关于征收土地补偿标准的公告\t易政告〔2024〕1号", ("易县人民政府关于征收土地补偿标准的公告", "易政告〔2024〕1号")),
    ("根据县政府第3号", None),                                 # no gap: not a number printed apart
    ("关于印发《办法》的通知　　第3号", None),                   # after the gap, no 发文字号
    ("县人民政府关于某事的通知" + "　" * 5000 + "x号", None),   # a long gap: read once (linear)
    # the number without the brackets around its year; not a year and a number after no code
    ("南浦县人民政府关于加强森林防火工作的通知　　　南政发2024年15号", ("南浦县人民政府关于加强森林防火工作的通知", "南政发〔2024〕15号")),
    ("关于做好防御工作的通知　　2024年3号", None),
    # one space after the title's 文种, as contents set a title and its number
    ("南浦县人民政府关于一九九九年防汛工作的通知　南政发[1999]21号", ("南浦县人民政府关于一九九九年防汛工作的通知", "南政发〔1999〕21号")),
    ("南浦县人民政府关于一九九九年防汛工作的通知 南政发[1999]21号", ("南浦县人民政府关于一九九九年防汛工作的通知", "南政发〔1999〕21号")),
    # near miss: one space after words that are no title's end
    ("现将有关事项转发给你们 南政发[1999]21号", None),
])
def test_a_title_line_may_end_with_its_doc_number(text, split):
    from generator.titleline import trailing_number

    found = trailing_number(text)
    assert (None if found is None else (found[0], str(found[1]))) == split


@pytest.mark.parametrize("text, split", [
    ("洛川县人民政府令（第3号）", ("洛川县人民政府令", "（第3号）")),
    ("洛川县人民政府令　　第 3 号", ("洛川县人民政府令", "第 3 号")),
    ("洛川县人民政府公告（2024年第1号）", ("洛川县人民政府公告", "（2024年第1号）")),
    ("洛川县人民政府公告〔2024〕第1号", ("洛川县人民政府公告", "〔2024〕第1号")),
    ("洛川县人民政府公告〔2024〕3号", ("洛川县人民政府公告", "〔2024〕3号")),
    ("松岭县人民政府令（2024年4号）", ("松岭县人民政府令", "（2024年4号）")),  # the year's number without 第
    ("松岭县人民政府令　2024年4号", ("松岭县人民政府令", "2024年4号")),
    ("平政令〔2023〕1号", None), ("平政令〔2023〕第1号", None),  # a 发文字号: no organ before 令
    ("平政令2023年1号", None), ("县人民政府令2024年3月5号", None),  # a 发文字号; a day written 号
    ("关于防御第3号台风", None),                     # no 令 or 公告 before the number
    ("县人民政府关于某事的通知（第3号）", None),       # a 通知 carries no such number
    ("县人民政府令" + "　" * 5000 + "第x号", None),    # a long gap: read once (linear)
])
def test_a_decree_title_line_may_end_with_its_number(text, split):
    from generator.titleline import trailing_order_number

    assert trailing_order_number(text) == split


@pytest.mark.parametrize("text,header_lines", [(WORK_REPORT, (1, 5)), (PLAN_REPORT, (1, 5)),
                                               (WEB_PAGE, (1, 3)), (WEB_BUTTONS, (1, 5))])
def test_header_lines_after_the_title(text, header_lines):
    """A speech's note and speaker, a web page's fields, a number under the page's buttons."""
    lines = content(text)
    [title] = find_titles(lines)
    first, last = header_numbers(lines, title)
    assert (lines[first].no, lines[last].no) == header_lines


@pytest.mark.parametrize("text,note", [
    ("——2023年1月10日在平江县第十八届人民代表大会第二次会议上", True),
    ("（二〇二四年一月八日在湘乡市第十八届人民代表大会第四次会议上）", True),
    ("——在全县经济工作会议上的讲话", True),
    ("一一在全县经济工作会议上的讲话", True),  # the dash as OCR reads it: two 一 (probe review 8)
    ("一一在系统中销号", False),  # (一一 opening a sentence's rest: one by one)
    ("在全县经济工作会议上", False),                     # no dash or bracket: a sentence's start
    ("（2023年3月20日县人民政府第15次常务会议通过）", False),  # adopted, not delivered: a subtitle
    ("——在党的领导下，全县上下齐心协力。", False),         # a sentence
])
def test_speech_notes(text, note):
    from generator.normalize import fold
    from generator.headerlines import is_speech_note

    assert is_speech_note(fold(text)) is note


@pytest.mark.parametrize("text,byline", [
    ("平江县人民政府县长　张三", True), ("代市长　王五", True), ("湘乡市发展和改革局局长　赵六", True),
    ("县长张三同志指出", False), ("平江县人民政府", False), ("各位代表：", False),
    # a speaker of several offices; a meeting named by an office is no speaker
    ("县委副书记、县长　周建国", True), ("县委常委、常务副县长　赵六", True), ("县委书记　李四", True),
    ("县委常委会议", False), ("主任委员会", False), ("县委常委扩大会议", False),
    ("县长　刘会", True), ("副县长　王秀会", True),  # a given name ending in 会
    # after a dash, or two 一 as OCR reads the dash (probe review 8)
    ("——副县长　李强", True), ("一一县长　王明", True), ("一一对应县长张三同志指出", False),
])
def test_bylines(text, byline):
    from generator.normalize import fold
    from generator.personlines import is_byline

    assert is_byline(fold(text)) is byline


@pytest.mark.parametrize("text,section", [
    ("【县政府文件】", True), ("◆县政府办公室文件◆", True), ("·人事任免·", True), ("■ 县政府文件", True),
    ("人事任免", True), ("县直部门文件", True), ("★政策解读★", True),
    ("● 加强组织领导", False),       # a bullet, not a section
    ("一、加强组织领导", False), ("祁东县人民政府公告", False), ("◆", False),
    # numbered as the contents number them; a report's heading of the same form is no section
    ("一、县政府文件", True), ("（二）县政府办公室文件", True), ("三、人事任免", True),
    ("一、规范性文件", False), ("二、重要文件", False), ("一、县人民政府制发的规范性文件", False),
    ("【打印本页】　【关闭窗口】", False), ("【打印】", False),  # a web page's buttons
    ("【政策解读】【图解】", True), ("【好评】【差评】", False),  # a section and its item's kind
    # other marks around the name (probe review 3)
    ("〖人事任免〗", True), ("『县政府文件』", True), ("〔县政府文件〕", True), ("——县政府文件——", True),
    ("〔2024〕", False), ("——2024年1月8日在县第十八届人民代表大会上", False), ("——加强组织领导——", False),
    # the kind a section holds after the government's short name; a 通告's banner names its county
    ("县政府通告", True), ("县政府办公告", True), ("【县政府通告】", True),
    ("桐岭县人民政府通告", False), ("桐岭县政府通告", False), ("关于禁止燃放烟花爆竹的通告", False),
    # the questions and answers on a policy as a section of their own (probe review 6); numbered,
    # an interpretation's own heading
    ("政策问答", True), ("【政策问答】", True), ("三、政策问答", False), ("政策问答如下：", False),
    # a number in the section's box is the header's: a 登记号 or a 发文字号
    ("【NPDR—2024—01003】", False), ("【规范性文件登记号：NPDR-2024-01004】", False), ("【南政发〔2024〕3号】", False),
    # the minutes of the government's meetings as a section of their own; numbered, a sentence, a
    # 纪要's banner naming its meeting
    ("会议纪要", True), ("常务会议纪要", True), ("【会议纪要】", True), ("二、会议纪要", False),
    ("会议纪要如下：", False), ("专题会议纪要", False), ("青岚县人民政府常务会议纪要", False),
    # marked a heading by a PDF-to-Markdown converter (probe of the thirteenth session)
    ("# 县政府办公室文件", True), ("## 【县政府文件】", True), ("# 各乡镇人民政府，县直各单位：", False), ("# 一、总体要求", False),
])
def test_section_lines(text, section):
    from generator.model import Line
    from generator.normalize import fold
    from generator.headerlines import is_section_line, section_name

    assert is_section_line(Line(1, text, fold(text))) is section
    if section:
        assert section_name(text) in text and section_name(text)[0] not in "【◆·■★一二三（"


# Interpretations of a policy printed after it, each an item of its own (a review's gazette).
INTERPRETATIONS = """2024年6月6日

政策解读

《耒阳市城区老旧小区改造实施办法》政策解读

一、制定背景

联系电话：0734—4321234

关于《耒阳市城区老旧小区改造实施办法》的解读

一、出台《办法》的必要性是什么？
"""


def test_interpretations_are_items():
    lines = content(INTERPRETATIONS)
    assert [(lines[t.start].no, t.confirmed_by) for t in find_titles(lines)] == [
        (5, "interpretation"), (11, "interpretation")]


@pytest.mark.parametrize("text,interpretation", [
    ("关于《耒阳市城区老旧小区改造实施办法》的解读", True), ("《耒阳市城区老旧小区改造实施办法》政策解读", True),
    # the kind of interpretation before the name (probe review 6)
    ("一图读懂《吉首县城区生活垃圾分类管理办法》", True), ("图解：《吉首县城区生活垃圾分类管理办法》", True),
    ("一图看懂《吉首县城区生活垃圾分类管理办法》", True),
    ("详见一图读懂《吉首县城区生活垃圾分类管理办法》", False), ("《吉首县城区生活垃圾分类管理办法》", False),
    ("（一）一图读懂《吉首县城区生活垃圾分类管理办法》", False), ("一图读懂《办法》", False),
    # the label and the name on one line (the label over the name: titlekinds.named_under_its_kind)
    ("政策解读：《吉首县城区生活垃圾分类管理办法》", True), ("【政策解读】《吉首县城区生活垃圾分类管理办法》", True),
    ("文件解读：《吉首县城区生活垃圾分类管理办法》", True), ("解读《吉首县城区生活垃圾分类管理办法》", True),
    ("政策解读：《吉首县城区生活垃圾分类管理办法》全文", False), ("认真解读《吉首县城区生活垃圾分类管理办法》", False),
    ("政策解读：《办法》", False), ("【政策解读】", False),
    # the instrument named without quotes, opening with 关于, its county or its year
    ("桐溪县城乡居民基本医疗保险参保缴费工作方案政策解读", True), ("关于城区停车收费管理办法的政策解读", True),
    ("2024年城乡居民医保参保缴费工作方案政策解读", True),
    ("政策解读", False), ("2024年全县惠民政策解读", False),  # near misses: no instrument, a sentence's end,
    ("各地要加强对实施方案的政策解读", False), ("桐溪县城乡居民基本医疗保险参保缴费工作方案解读", False),  # no 政策
    # the drafter's account: an interview, a drafting note
    ("县民政局负责人就《桐溪县城镇居民最低生活保障办法》答记者问", True),
    ("县民政局负责人就《桐溪县城镇居民最低生活保障办法》有关问题答问", True),
    ("关于《桐溪县农村饮水安全工程管理办法》的起草说明", True), ("《桐溪县农村饮水安全工程管理办法》起草说明", True),
    ("县民政局负责人就《办法》答记者问", False),  # near misses: the policy not named, a sentence,
    ("县民政局负责人就《桐溪县城镇居民最低生活保障办法》答记者问的全文见门户网站", False),
    ("关于《桐溪县农村饮水安全工程管理办法》的说明", False),  # a 说明 (a regulation's kind), no 起草
])
def test_interpretation_titles(text, interpretation):
    from generator.headerlines import is_interpretation
    from generator.normalize import fold

    assert is_interpretation(fold(text)) is interpretation


def test_an_interpretation_quoted_in_a_sentence_is_not_an_item():
    text = "现将有关政策说明如下：\n根据\n关于《耒阳市城区老旧小区改造实施办法》的解读\n"
    assert find_titles(content(text)) == []


# A 转发 notice, then the notice it forwards printed in full (a review's gazette).
FORWARDED = """衡南政办函〔2024〕15号

衡南县人民政府办公室转发衡阳市人民政府办公室关于进一步做好稳就业工作的通知的通知

各乡镇人民政府，县直各单位：

衡南县人民政府办公室

2024年3月20日

衡阳市人民政府办公室关于进一步做好稳就业工作的通知

衡政办发〔2024〕6号

各县市区人民政府，市直和驻市各单位：
"""


def test_the_forwarded_text_is_part_of_the_forwarding_notice():
    assert [t.start for t in find_titles(content(FORWARDED))] == [1]
    other = FORWARDED.replace("转发衡阳市人民政府办公室关于进一步做好稳就业工作的通知的通知", "关于做好春耕生产的通知")
    assert len(find_titles(content(other))) == 2  # not forwarded: a document of its own


# A 专题会议纪要 in its own layout: banner, number, office and date, then the subject's title.
MINUTES = """桂东县人民政府专题会议纪要

〔2024〕第18次

桂东县人民政府办公室　　　　　　　　　　2024年6月14日

关于研究城区学校建设项目推进有关问题的会议纪要

时　　间：2024年6月12日上午
"""


def test_minutes_title_is_the_subject_under_the_banner():
    lines = content(MINUTES)
    [title] = find_titles(lines)
    assert (lines[title.start].no, title.confirmed_by) == (7, "minutes-banner")
    assert header_numbers(lines, title) == (0, 3)


def test_minutes_with_the_office_and_date_on_lines_of_their_own():
    from generator.pipeline import parse_bytes

    split = MINUTES.replace("桂东县人民政府办公室　　　　　　　　　　2024年6月14日", "桂东县人民政府办公室\n\n2024年6月14日")
    result = parse_bytes(("桂东县人民政府公报\n2024年第5期\n\n" + split + "\n会议议定如下。\n").encode("utf-8"), "m.txt")
    [doc] = result.documents
    assert (doc.title, doc.issuer, doc.date) == (
        "关于研究城区学校建设项目推进有关问题的会议纪要", ("桂东县人民政府办公室",), "2024-06-14")


def test_minutes_with_an_impossible_date_is_a_diagnostic():
    from generator.pipeline import parse_bytes

    text = "桂东县人民政府公报\n2024年第5期\n\n" + MINUTES.replace("6月14日", "2月30日") + "\n会议议定如下。\n"
    result = parse_bytes(text.encode("utf-8"), "minutes.txt")
    [doc] = result.documents
    assert doc.title == "关于研究城区学校建设项目推进有关问题的会议纪要" and doc.date is None
    assert "date-invalid" in {d.code for d in result.diagnostics}


# Lists of documents inside a 决定 (title, 文号, 登记号), before 附件2 or a section heading: body.
LISTED = """攸县人民政府办公室关于印发《攸县城区门店招牌设置管理办法》的通知

攸政办发〔2020〕12号

YXDR-2020-01003

附件2
"""
LISTED_BEFORE_A_HEADING = """攸县人民政府关于实施城乡居民大病保险的意见

攸政发〔2018〕9号

县政府办公室文件
"""
# A contents entry right after its section heading, its page alone, then a document's 文号.
ENTRY_BEFORE_A_NUMBER = """县政府函件

嘉禾县人民政府关于同意珠泉镇调整村级建制的批复

嘉政函〔2024〕22号

9

嘉政发〔2024〕6号
"""


@pytest.mark.parametrize("text", [LISTED, LISTED_BEFORE_A_HEADING, ENTRY_BEFORE_A_NUMBER])
def test_entries_of_lists_are_not_titles(text):
    assert find_titles(content(text)) == []


def test_a_forwarding_notice_with_one_de_tongzhi():
    text = FORWARDED.replace("转发衡阳市人民政府办公室关于进一步做好稳就业工作的通知的通知",
                             "转发衡阳市人民政府办公室关于进一步做好稳就业工作的通知")
    assert len(find_titles(content(text))) == 1


def test_a_suffix_on_a_line_of_its_own_is_the_titles():
    text = """桂政办发〔2024〕12号

桂阳县人民政府办公室关于进一步加强城乡消防安全工作的若干措施

（试行）

各乡镇人民政府，县直各单位：
"""
    lines = content(text)
    [title] = find_titles(lines)
    assert (lines[title.start].no, lines[title.end].no) == (3, 5) and title.key.endswith("措施(试行)")


def test_an_interpretation_title_may_wrap():
    text = "第四条　本办法自2024年10月1日起施行。\n\n关于《宜章县城区养犬管理办法》\n\n的政策解读\n\n一、起草背景\n"
    lines = content(text)
    [title] = find_titles(lines)
    assert (lines[title.start].no, lines[title.end].no, title.key) == (3, 5, "关于《宜章县城区养犬管理办法》的政策解读")


def test_a_note_may_wrap():
    text = APPOINTMENT_LIST.replace("安吉县第十七届人民代表大会常务委员会第十九次会议通过）",
                                    "安吉县第十七届人民代表大会常务委员会\n第十九次会议通过）")
    lines = content(text)
    [title] = find_titles(lines)
    assert header_numbers(lines, title) == (0, 2)


def test_a_county_head_speaks_for_the_government():
    """A speaker's line that names no body (代县长　朱海峰): the report is the gazette's government's."""
    from generator.pipeline import parse_bytes

    text = "汝城县人民政府公报\n2024年第1期\n\n" + SPEAKER_FIRST.replace("汝城县人民政府代县长", "代县长") + "\n现在，我代表县人民政府向大会报告工作。\n"
    [doc] = parse_bytes(text.encode("utf-8"), "r.txt").documents
    assert (doc.title, doc.issuer, doc.date) == ("政府工作报告", ("汝城县人民政府",), "2024-01-10")


def test_an_interpretation_in_questions_and_answers():
    text = "2024年6月3日\n\n《桂东县城区公共停车场收费管理办法》政策问答\n\n一、《办法》适用于哪些停车场？\n"
    assert [t.confirmed_by for t in find_titles(content(text))] == ["interpretation"]


def test_a_list_after_an_attachment_of_names_is_an_item():
    text = ("附件\n\n2023年度优秀村（社区）党组织书记名单\n\n湾井镇：周小平　唐　勇\n\n" + APPOINTMENT_LIST)
    lines = content(text)
    assert [(lines[t.start].no, t.confirmed_by) for t in find_titles(lines)] == [(7, "note")]


CONTENTS_THEN_REPORT = """目　录

平江县2023年法治政府建设年度报告……………………（5）

平江县人民政府
2024年1月25日

{before}平江县2023年法治政府建设年度报告

　　2023年，我县深入贯彻落实中央全面依法治县工作会议精神，法治政府建设取得新成效。
"""


@pytest.mark.parametrize("before,confirmed_by", [
    ("", ["after-document"]),  # after the end of a document
    ("　　以上各项工作均已完成。\n", ["contents"]),  # after a finished sentence: named by the contents
    ("现将有关情况报告如下：\n", []),  # under a sentence that introduces it: quoted
    ("　　法治政府建设成效明显\n", []),  # after an unfinished line: its text goes on
])
def test_a_title_named_by_the_contents(before, confirmed_by):
    """A report titled as no pattern foresees (a year inside, no 关于, a county without
    人民政府) is an item when the contents name it and it stands apart."""
    titles = find_titles(content(CONTENTS_THEN_REPORT.format(before=before)))
    assert [t.confirmed_by for t in titles] == confirmed_by


def test_an_organs_red_head_over_its_number_is_a_banner_not_a_section():
    from generator.headerlines import header_kind

    banner, number, section = content("青石县人民政府文件\n青政发〔2024〕11号\n【县政府文件】")
    assert header_kind(banner, number) == "banner"
    assert header_kind(section, number) == "section"  # marked: the issue's section
    assert header_kind(banner, section) == "section"  # standing over no number: a section's name


@pytest.mark.parametrize("heading, kind", [
    ("青石县人民政府办公室文件", "banner"),  # the red head names the place
    ("道县人民政府文件", "banner"),
    ("县政府办公室文件", "section"),  # the level alone: how the issue calls a section
    ("县政府文件", "section"), ("市政府办公室文件", "section"),
])
def test_a_section_named_by_the_level_alone_over_a_number(heading, kind):
    from generator.headerlines import header_kind

    line, number = content(f"{heading}\n青政办发〔2024〕47号")
    assert header_kind(line, number) == kind


@pytest.mark.parametrize("text, note, month", [
    ("（2024年2月5日）", True, False),  # the day alone in brackets under a speech or a regulation
    ("（2024年6月）", False, True),  # the month under a monthly list of appointments
    ("（2024年6月15日县人民政府第12次常务会议通过）", True, False),
    # a meeting's decision over a list of appointments; a bracket saying who decides names no meeting
    ("（2024年9月28日县人民政府第24次常务会议决定）", True, False), ("（经县人民政府常务会议研究决定）", True, False),
    ("（具体办法由县人民政府另行决定）", False, False), ("（由各乡镇自行决定）", False, False),
    ("（2024年）", False, False), ("2024年6月", False, False), ("（6月）", False, False),
    ("（2021年1月8日青溪县第十七届人民代表大会第六次会议批准）", True, False),  # (a 纲要 the congress approved)
])
def test_a_note_under_a_title(text, note, month):
    from generator.headerlines import is_month_note, is_subtitle
    from generator.normalize import fold

    assert (is_subtitle(fold(text)), is_month_note(fold(text))) == (note, month)


@pytest.mark.parametrize("above, noted", [
    ("【人事任免】", True),  # a monthly list under a section of the issue
    ("现将第二批县级非物质文化遗产代表性项目名单予以公布。", False),  # a list the notice above publishes
])
def test_a_month_is_a_note_only_under_a_section(above, noted):
    from generator.titlenotes import has_note

    lines = content(f"{above}\n青石县人民政府任免工作人员名单\n（2024年6月）\n任命：")
    assert has_note(lines, 1) is noted


@pytest.mark.parametrize("text, urgency", [
    ("特  急", True), ("加急", True), ("秘密★1年", True), ("特急·明电", True), ("特急　明电", True), ("特急件办理", False), ("急需解决的问题", False),
    ("机密★", True), ("★特急", True), ("密级：机密", True), ("紧急程度：特急", True), ("秘密★启用前", True),
    ("★★★", False), ("内部★", False), ("密级：", False), ("答复类别：A类", True),
    ("000126　　特急", True), ("000037　机密★1年", True),  # the 份号 beside it
    ("0001234　特急", False), ("425000　特急", False), ("000126　　第一条", False),
])
def test_urgency_lines(text, urgency):
    from generator.headerlines import is_urgency_line
    from generator.normalize import fold

    assert is_urgency_line(fold(text)) is urgency


@pytest.mark.parametrize("text, copy", [
    ("000126", True), ("份号：000037", True), ("No.000008", True), ("０００１２６", True),
    # near misses: a postcode, five or seven figures, a number with its 号, a page's number
    ("425000", False), ("00012", False), ("0001234", False), ("第000126号", False), ("— 3 —", False),
])
def test_copy_numbers(text, copy):
    from generator.headerlines import is_copy_number
    from generator.normalize import fold

    assert is_copy_number(fold(text)) is copy


@pytest.mark.parametrize("text, term", [
    ("有效期至2029年6月12日", True), ("（有效期：2024年6月13日至2029年6月12日）", True), ("有效期5年", True),
    ("有效期：2024-06-13至2029-06-12", True), ("（有效期至2029年6月12日止）", True),
    # near misses: a sentence stating it, a term with no figure, another field
    ("本办法自2024年6月13日起施行，有效期5年。", False), ("有效期另行规定", False), ("施行日期：2024年6月13日", False),
])
def test_validity_terms_in_a_header(text, term):
    from generator.marklines import is_validity_term
    from generator.normalize import fold

    assert is_validity_term(fold(text)) is term


@pytest.mark.parametrize("text, number", [
    ("第3号", True), ("（第3号）", True), ("2024年第3号", True), ("〔2024〕第3号", True), ("〔2024〕3号", True),
    ("2024年3号", True), ("（2024年3号）", True),  # the year's number without 第
    # near misses: a day written 号, a month, a number with its 机关代字, words after it, a year alone
    ("2024年3月5号", False), ("2024年3月", False), ("松政令2024年3号", False), ("2024年3号文件", False),
    ("2024年", False), ("2024年12345号", False),
    # its 号 as OCR reads it (thirteenth session); not a word after a number (第5亏损)
    ("第5亏", True), ("（第6丂）", True), ("第5亏损", False),
])
def test_order_numbers(text, number):
    from generator.headerlines import is_order_number
    from generator.normalize import fold

    assert is_order_number(fold(text)) is number


def test_a_title_wrapped_after_a_regulations_name_is_one_title():
    """Only over a line that opens a title of its own does a regulation's name end the title
    above (a web page's link over the next document's title)."""
    lines = content("平江县人民政府关于印发平江县城市管理办法\n的通知\n平政发〔2024〕3号\n各乡镇人民政府：\n现印发给你们。\n")
    [title] = find_titles(lines)
    assert title.key == "平江县人民政府关于印发平江县城市管理办法的通知"


@pytest.mark.parametrize("text, label", [
    ("文字解读：", True), ("图文解读：", True), ("政策解读：", True),
    ("政策解读", False),  # a section of the issue
    ("关于《隆回县城区老旧小区改造实施办法》的解读", False), ("解读机关：县住房和城乡建设局", False),
])
def test_a_label_over_an_interpretations_title(text, label):
    from generator.headerlines import is_interpretation_label
    from generator.normalize import fold

    assert is_interpretation_label(fold(text)) is label


@pytest.mark.parametrize("text, title", [
    ("临川县人民政府关于印发工作要点的通知　　【字体：大 中 小】", "临川县人民政府关于印发工作要点的通知"),
    ("临川县人民政府关于印发工作要点的通知　　【字体：大 中 小】　　【打印】", "临川县人民政府关于印发工作要点的通知"),
    ("临川县人民政府关于印发工作要点的通知\t打印本页  关闭窗口", "临川县人民政府关于印发工作要点的通知"),
    # what is no page's button stays: a suffix, words that read like one, no gap before them
    ("临川县城区停车管理办法　　（试行）", "临川县城区停车管理办法　　（试行）"),
    ("临川县人民政府关于调整城区大中小学校学区划分的通知", "临川县人民政府关于调整城区大中小学校学区划分的通知"),
    ("关于开展书画展的通知 大 中 小", "关于开展书画展的通知 大 中 小"),
])
def test_a_title_line_without_the_pages_buttons(text, title):
    from generator.titleline import without_trailing_chrome

    assert without_trailing_chrome(text) == title


_NAMED = ("目录\n\n南浦县人民政府关于开展经济普查的通知……1\n南浦县2024年上半年经济运行情况……5\n\n"
          "南浦县人民政府\n关于开展经济普查的通知\n南政发〔2024〕26号\n\n各乡镇人民政府，县政府各部门：\n"
          "现就开展第五次全国经济普查有关事项通知如下。\n\n{between}\n\n南浦县2024年上半年经济运行情况\n\n"
          "上半年，全县经济运行总体平稳、稳中有进，地区生产总值同比增长5.4%。\n")


@pytest.mark.parametrize("between,titled", [
    ("南浦县人民政府\n2024年7月12日", True),  # right after the document's end: an item of its own
    ("普查工作要求如下，请各单位参照执行，并及时报送有关情况。", False),  # inside the body: a heading of it
])
def test_an_item_the_contents_name_without_a_type(between, titled):
    found = [t.key for t in find_titles(content(_NAMED.format(between=between)))]
    assert ("南浦县2024年上半年经济运行情况" in found) == titled


@pytest.mark.parametrize("notice, title, forwarded", [
    ("桐溪县人民政府办公室转发县应急管理局关于做好汛期安全生产工作意见的通知",
     "桐溪县应急管理局关于做好汛期安全生产工作的意见", True),  # the 的 before 意见 dropped in the notice
    ("桐溪县人民政府办公室转发县应急管理局关于做好汛期安全生产工作的意见的通知",
     "桐溪县应急管理局关于做好汛期安全生产工作的意见", True),
    ("桐溪县人民政府办公室转发县财政局关于加强国有资产管理实施意见的通知",
     "桐溪县财政局关于加强国有资产管理的实施意见", True),
    # near misses: another document's title, the 的 elsewhere than before the 文种
    ("桐溪县人民政府办公室转发县应急管理局关于做好汛期安全生产工作意见的通知",
     "桐溪县应急管理局关于做好汛期防汛物资储备工作的意见", False),
    ("桐溪县人民政府办公室关于做好汛期安全生产工作的通知",
     "桐溪县应急管理局关于做好汛期安全生产工作的意见", False),
])
def test_forwarded_by(notice, title, forwarded):
    from generator.normalize import fold
    from generator.titlekinds import forwarded_by
    assert forwarded_by(fold(notice), fold(title)) is forwarded


@pytest.mark.parametrize("text, split", [
    ("柳塘县人民政府关于同意设立城东农贸市场的批复（柳政函〔2024〕18号）", ("柳塘县人民政府关于同意设立城东农贸市场的批复", "柳政函〔2024〕18号")),
    ("关于城区道路命名有关问题的复函(柳政办函〔2024〕7号)", ("关于城区道路命名有关问题的复函", "柳政办函〔2024〕7号")),
    # near misses: no 文种 before the bracket, no 发文字号 in it
    ("《柳塘县城区停车管理办法》（柳政发〔2024〕3号）", None),
    ("柳塘县人民政府令（第3号）", None),
    ("关于同意设立城东农贸市场的批复（第2号）", None),
    # the number without the brackets around its year; not a year and a number after no code
    ("南浦县人民政府办公室关于同意设立城东农贸市场的批复（南政办函2024年12号）",
     ("南浦县人民政府办公室关于同意设立城东农贸市场的批复", "南政办函〔2024〕12号")),
    ("关于做好台风防御工作的通知（县政府2024年3号）", None),
])
def test_bracketed_number(text, split):
    from generator.titleline import bracketed_number
    found = bracketed_number(text)
    assert (found[0], str(found[1])) == split if split else found is None


@pytest.mark.parametrize("texts, row_number", [
    # a table printed one cell per line: the row's number over a cell that reads like a title
    (["序号", "文件名称", "文号", "1", "南浦县人民政府关于加强耕地保护的通知"], True),
    (["南浦县人民政府关于加强耕地保护的通知", "南政发〔2024〕3号", "2", "南浦县人民政府关于做好防汛工作的通知"], True),
    # the page's number: under a date, or where the page breaks (the form feed on its line)
    (["南浦县人民政府", "2024年3月5日", "2", "南浦县人民政府关于做好防汛工作的通知"], False),
    (["SLDR—2024—01003", "松政办发〔2024〕11号", "\f13", "松岭县人民政府办公室关于印发《…》的通知"], False),
    # the contents' last entry's page a hard wrap took off its leader, a page break under it (the
    # page of the entry before it, 1, is no row number before 2)
    (["目　　录", "县人民政府第四十一次常务会议纪要……………………", "1", "县人民政府关于同意设立城东小学的批复……………",
      "2", "— 1 —", "石门县人民政府公报　2024年第6期", "石门县人民政府常务会议纪要"], False),
])
def test_a_title_under_a_row_number_or_a_page_number(texts, row_number):
    from generator.model import Line
    from generator.normalize import clean, fold
    from generator.titlecontext import after_a_row_number

    content = [Line(k + 1, clean(t), fold(t), t.startswith("\f")) for k, t in enumerate(texts)]
    assert after_a_row_number(content, len(content) - 1) is row_number


@pytest.mark.parametrize("title_raw, word", [
    (["平江县人民政府办公室关于印发《打好发展“六仗”促进建筑业高质量发展", "发展的实施办法》的通知"], "发展"),
    (["关于印发《打好发展“六仗”促进建筑业高质量发", "展", "发展的实施办法》的通知"], "发展"),  # the first copy cut too
    (["南浦县人民政府关于加强城乡环境卫生", "环境卫生整治工作的通知"], "环境卫生"),
    # near misses: one character again (人人, 县县通), figures, the word apart from the break
    (["南浦县人民政府关于推进“县县通”“人", "人享”服务的通知"], None),
    (["关于公布2024", "2024年度规范性文件目录的通知"], None),
    (["南浦县人民政府关于发展", "乡村产业发展的意见"], None),
    (["南浦县人民政府关于加强耕地保护的通知"], None),
])
def test_a_word_repeated_where_the_title_wraps(title_raw, word):
    from generator.titleline import word_repeated_at_a_wrap

    assert word_repeated_at_a_wrap(title_raw) == word


@pytest.mark.parametrize("line, meeting", [
    ("县人民政府第三十二次常务会议纪要", True),
    ("2024年第5次县长办公会议纪要", True),
    ("县十八届人民政府第25次常务会议纪要", True),
    ("会议纪要", False),  # near misses: the word alone, a sentence, the 纪要's own words in its body
    ("现将会议议定事项纪要如下：", False),
    ("会议同意印发县人民政府第三十二次常务会议纪要。", False),
    ("根据县人民政府第三十二次常务会议纪要，现将有关事项通知如下", False),
])
def test_the_subject_of_a_minutes_naming_its_meeting(line, meeting):
    from generator.normalize import fold
    from generator.titlekinds import names_its_meeting
    assert names_its_meeting(fold(line)) == meeting


@pytest.mark.parametrize("title, line, speaker", [
    ("在全县安全生产工作会议上的讲话", "刘振华", True),
    ("在全县优化营商环境大会上的讲话", "阿不都·热合曼", True),
    ("在2024年新春团拜会上的致辞", "王　猛", True),
    ("政府工作报告", "陈建华", True),
    ("关于全县中小学校布局调整的调研报告", "县教育局", False),  # near misses: an organ, a committee,
    ("在全县经济工作会议上的讲话", "县政府办", False),            # under a notice's title, a longer line
    ("关于表彰2023年度先进单位的通报", "刘振华", False),
    ("在全县安全生产工作会议上的讲话", "县委副书记县长刘振华同志", False),
])
def test_a_speaker_named_alone_under_a_speech(title, line, speaker):
    from generator.normalize import fold
    from generator.personlines import speaker_named_alone
    assert speaker_named_alone(fold(title), fold(line), fold("（2024年3月5日）")) is speaker


@pytest.mark.parametrize("lines, wrapped", [
    (["（2024年6月18日松岭县第十八届人民代表大会常务委员会", "第二十次会议通过）"], True),
    (["——2024年1月9日在梅岗县第十八届人民代表大会", "第四次会议上"], True),  # a report's note after its dash
    (["——在全县经济工作会议", "上的讲话"], True),
    (["——2024年1月9日在梅岗县第十八届人民代表大会第四次会议上", "梅岗县人民政府县长　周立新"], False),  # whole
    (["——2023年12月在全市营商环境评价中位列全市第三，企业", "和群众满意度达到96.5%。"], False),  # a report's line
    (["——经济运行稳中向好", "地区生产总值增长5.2%。"], False),
])
def test_a_note_wrapped_onto_the_next_line(lines, wrapped):
    from generator.headerspan import wrapped_note
    from tests.excerpts import content
    assert wrapped_note(content("\n".join(lines) + "\n"), 0) is wrapped


@pytest.mark.parametrize("text, split", [
    ("禾丰县人民政府第19次常务会议纪要（2024年7月26日）", ("禾丰县人民政府第19次常务会议纪要", "（2024年7月26日）")),
    ("禾丰县人民政府第19次常务会议纪要（二〇二四年七月二十六日）",
     ("禾丰县人民政府第19次常务会议纪要", "（二〇二四年七月二十六日）")),
    # near misses: no 文种 before the day, the day inside the line, a month alone
    ("报送单位为县水利局（2024年10月31日）", None), ("县水利局已印发通知（2024年5月30日），请遵照执行。", None),
    ("禾丰县人民政府常务会议纪要（2024年7月）", None),
    # a speech's title, the day on its line
    ("在全县防汛抗旱工作会议上的讲话（2024年5月8日）", ("在全县防汛抗旱工作会议上的讲话", "（2024年5月8日）")),
    # near misses: a sentence citing a speech, a speech's title with more in its brackets
    ("学习李建国同志在全县防汛抗旱工作会议上的讲话（2024年5月8日）", None),
    ("在全县防汛抗旱工作会议上的讲话（2024年5月8日，根据录音整理）", None),
])
def test_a_titles_day_in_brackets_after_its_type(text, split):
    from generator.titleline import trailing_day
    assert trailing_day(text) == split


@pytest.mark.parametrize("above, boundary", [
    # a 纪要's attendance line closes it: what follows may open an item
    ("参加：县住建局、县教育局负责同志", True), ("出席：韦国庆、蒙志刚、黄丽萍", True), ("记录：蓝海燕", True),
    # near misses: the words inside a sentence cut by the wrap, a list's label without its colon
    ("会议要求参加会议的同志", False), ("出席会议的同志要认真", False), ("参加人员", False),
])
def test_a_minutes_attendance_line_ends_what_is_above_a_title(above, boundary):
    from generator.titlecontext import after_a_boundary
    lines = content(f"{above}\n禾丰县人民政府第19次常务会议纪要\n")
    assert after_a_boundary(lines, 1) is boundary


@pytest.mark.parametrize("lines, row", [
    (["城关镇　石门乡　县卫生局　县计生委", "", "桐溪县人民政府关于同意撤销桐溪县糖厂的批复"], True),
    # near misses: organs right over the title (a joint header), two names, a title's words
    (["桐溪县教育局　桐溪县财政局　桐溪县物价局", "关于规范春季中小学收费的通知"], False),
    (["城关镇　石门乡", "", "桐溪县人民政府关于同意撤销桐溪县糖厂的批复"], False),
    (["桐溪县人民政府关于同意撤销桐溪县糖厂　的　批复", "", "桐溪县人民政府关于…的通知"], False),
])
def test_a_row_of_names_apart_over_a_title(lines, row):
    from generator.titleline import names_in_a_row_apart
    from tests.excerpts import content
    lines_ = content("\n".join(lines) + "\n")
    assert names_in_a_row_apart(lines_, 0, len(lines_) - 1) is row


@pytest.mark.parametrize("lines, row", [
    # no blank lines (a PDF's text printing none): the list's last row under another, over a title
    # that names its issuer
    (["城东镇　黄石乡　马坪镇　龙溪乡", "桃源乡　县交通局　县安监局　县消防大队", "云岭县人民政府关于同意云岭县城东中学更名的批复"], True),
    # near misses: a joint header over two lines over a title opening with 关于; a sentence over
    # the row; a blank line between the two rows (not one list's rows)
    (["云岭县教育局　云岭县财政局　云岭县物价局", "云岭县卫生局　云岭县民政局　云岭县公安局", "关于规范春季中小学收费的通知"], False),
    (["经研究，决定表彰以下单位：", "桃源乡　县交通局　县安监局　县消防大队", "云岭县人民政府关于同意云岭县城东中学更名的批复"], False),
])
def test_a_row_of_names_under_another_right_over_a_title(lines, row):
    from generator.titleline import names_in_a_row_apart
    from tests.excerpts import content
    lines_ = content("\n".join(lines) + "\n")
    assert names_in_a_row_apart(lines_, 1, 2) is row


@pytest.mark.parametrize("lines, joined", [
    (["南政办函", "〔2024〕55号"], ["南政办函〔2024〕55号"]),
    (["南政发", "（2024）7号"], ["南政发（2024）7号"]),
    # near misses: a title over its number, the 文种's word alone, a code over words
    (["南浦县人民政府公告", "〔2024〕第3号"], ["南浦县人民政府公告", "〔2024〕第3号"]),
    (["公告", "〔2024〕第3号"], ["公告", "〔2024〕第3号"]),
    (["南政办函", "各乡镇人民政府："], ["南政办函", "各乡镇人民政府："]),
])
def test_a_doc_number_cut_after_its_code(lines, joined):
    from generator.cutlines import join_cut_lines
    from tests.excerpts import content
    assert [line.text for line in join_cut_lines(content("\n".join(lines) + "\n"))] == joined


@pytest.mark.parametrize("top,first,apart", [
    ("长期坚持", "南浦县林业局关于2024年森林防火巡护安排的公告", True),  # a table's last cell above
    ("县市场监管局", "南浦县林业局关于2024年森林防火巡护安排的公告", False),  # joint issuers
    ("中共南浦县委办公室、南浦县人民政府办公室、", "南浦县林业局关于…的通知", False),  # wrapped after its 、
    # organs parted by 、 whose last has none after it: a list's (an attachment's 名单 of units)
    ("中共南浦县委办公室、南浦县人民政府办公室", "南浦县林业局关于…的通知", True),
    ("县消防救援大队、城关镇人民政府、白石乡人民政府、青龙镇人民政府", "南浦县人民政府办公室关于调整南浦县防汛抗旱指挥部成员的通知", True),
    ("南浦县人民政府办公室转发", "县财政局关于…的通知", False),  # a title's first line over the next
    ("长期坚持", "关于2024年森林防火巡护安排的公告", False),  # no issuer on the first line: not this rule's
    ("请认真贯彻执行。", "南浦县人民政府关于…的决定", True),
])
def test_a_line_above_a_title_that_names_its_issuer(top, first, apart):
    from generator.normalize import fold
    from generator.titlecontext import above_its_issuer
    assert above_its_issuer(fold(top), fold(first)) is apart


@pytest.mark.parametrize("before, title, day, dated", [
    ("2024年3月8日", "南浦县人民政府办公室任免工作人员名单", "2024年3月20日", True),
    ("陈　刚的南浦县教育局局长职务。", "南浦县人民政府任免国家工作人员", "2024年3月12日", True),
    ("人事任免", "南浦县人民政府任免工作人员名单", "2024年3月6日", True),
    ("2024年4月2日", "松岭县人民政府任免工作人员", "2024年4月8日", True),  # without 国家 or 名单
    # near misses: a list a sentence introduces, a list named without its organ, no day under it
    ("经县人民政府研究，现将任免情况公布如下：", "南浦县人民政府任免工作人员名单", "2024年3月6日", False),
    ("2024年3月8日", "2023年度全县优秀教师名单", "2024年3月20日", False),
    ("2024年3月8日", "南浦县人民政府任免工作人员名单", "李　强任县教育局局长。", False),
    ("现将有关事项通知如下：", "松岭县人民政府任免工作人员", "2024年4月8日", False),
    ("2024年4月2日", "依照法定权限任免工作人员", "2024年4月8日", False),
])
def test_a_list_over_its_day_printed_bare(before, title, day, dated):
    from generator.titlenotes import list_over_its_day

    lines = content("\n".join((before, title, day)))
    assert list_over_its_day(lines, 1, 2) is dated


@pytest.mark.parametrize("before, label, name, titled", [
    ("（此件公开发布）", "政策解读", "《南浦县城区停车收费管理办法》", True),
    ("2024年5月6日", "【政策解读】", "《南浦县城区停车收费管理办法》", True),
    ("2024年5月6日", "文件解读：", "《南浦县城区停车收费管理办法》", True),
    # near misses: the word and the name a sentence introduces, other words over the name, more than the name
    ("各单位印发政策文件时，应当同步发布解读材料，标注如下：", "政策解读", "《南浦县城区停车收费管理办法》", False),
    ("2024年5月6日", "附件", "《南浦县城区停车收费管理办法》", False),
    ("2024年5月6日", "政策解读", "《南浦县城区停车收费管理办法》全文", False),
])
def test_an_interpretation_titled_by_the_policys_name_under_its_label(before, label, name, titled):
    from generator.titlekinds import named_under_its_kind

    lines = content("\n".join((before, label, name)))
    assert named_under_its_kind(lines, 2, -1) is titled


@pytest.mark.parametrize("text,titles", [
    # the title wrapped right after the name it issues (…实施意见 / 的通知): one title
    ("南浦县人民政府关于印发南浦县\n加快推进新型工业化实施意见\n的通知\n南政发〔2024〕3号\n各乡镇人民政府：\n",
     ["南浦县人民政府关于印发南浦县加快推进新型工业化实施意见的通知"]),
    ("南浦县人民政府办公室关于印发\n南浦县城区停车管理办法\n的通知\n南政办发〔2024〕7号\n各乡镇人民政府：\n",
     ["南浦县人民政府办公室关于印发南浦县城区停车管理办法的通知"]),
    # near miss: a whole title over the next title, which opens as one does (not with 的)
    ("南浦县人民政府关于加强耕地保护的意见\n南政发〔2024〕2号\n各乡镇人民政府：\n现提出如下意见。\n"
     "南浦县人民政府关于印发南浦县城区停车管理办法的通知\n南政发〔2024〕3号\n各乡镇人民政府：\n",
     ["南浦县人民政府关于加强耕地保护的意见", "南浦县人民政府关于印发南浦县城区停车管理办法的通知"]),
])
def test_a_title_wrapped_before_de_and_its_type(text, titles):
    assert [t.key for t in find_titles(content(text))] == titles


@pytest.mark.parametrize("key,goes_on", [
    ("的通知", True), ("的实施意见", True),
    ("的", False), ("关于印发南浦县城区停车管理办法的通知", False), ("南浦县城区停车管理办法", False),
])
def test_a_line_going_on_with_de_and_its_type(key, goes_on):
    from generator.titleline import goes_on_with_its_type
    assert goes_on_with_its_type(key) is goes_on


@pytest.mark.parametrize("lines, heading", [
    (["起草背景", "为贯彻落实南浦县国土空间总体规划，制定本细则。"], True),
    (["【主要内容】", "《细则》共六章三十条，明确了规划实施的职责分工等内容。"], True),
    # near misses: a short line over another short line, a sentence's mark, no body under it
    (["起草背景", "主要内容"], False), (["一是、起草背景", "为贯彻落实南浦县国土空间总体规划，制定本细则。"], False),
    (["起草背景"], False), (["南浦县国土空间总体规划实施背景", "为贯彻落实南浦县国土空间总体规划，制定本细则。"], False),
])
def test_a_heading_without_a_number_over_a_body(lines, heading):
    from generator.titlekinds import heading_over_a_body

    assert heading_over_a_body(content("\n".join(lines) + "\n"), 0) is heading


@pytest.mark.parametrize("text, shown", [
    ("松岭县人民政府办公室　松岭县财政局关于做好2024年惠民惠农财政补贴资金发放工作的通知",
     "松岭县人民政府办公室 松岭县财政局关于做好2024年惠民惠农财政补贴资金发放工作的通知"),
    ("中共松岭县委办公室　　松岭县人民政府办公室关于印发《松岭县防汛应急预案》的通知",
     "中共松岭县委办公室 松岭县人民政府办公室关于印发《松岭县防汛应急预案》的通知"),
    ("松岭县财政局　松岭县农业农村局　松岭县林业局关于下达 2024 年资金的通知",
     "松岭县财政局 松岭县农业农村局 松岭县林业局关于下达2024年资金的通知"),
    # near misses: one organ and a gap before 关于; a name cut by the gap; a verb before the gap;
    # a letter-spaced title; no gap
    ("松岭县人民政府办公室　关于调整县政府领导同志工作分工的通知", None),
    ("松岭县人民政府　办公室关于做好春耕生产的通知", None),
    ("松岭县人民政府办公室转发县财政局　县农业农村局关于…的通知", None),
    ("松 岭 县 人 民 政 府 关 于 做 好 春 耕 生 产 的 通 知", None),
    ("松岭县人民政府办公室松岭县财政局关于做好春耕生产的通知", None),
])
def test_joint_issuers_printed_apart_in_a_title(text, shown):
    from generator.issuers import issuers_apart

    assert issuers_apart(text) == shown


@pytest.mark.parametrize("text,start", [
    # a drafting note's or an interpretation's title cut by a page break: the page's number and the
    # running head (in either order) between its lines (probe review 8)
    ("第二条　本办法自印发之日起施行。\n关于《青溪县农村公路养护管理办法》的\n— 12 —\n"
     "青溪县人民政府公报　　　　　　2024年第5期\n起草说明", 2),
    ("城区停车实行分区域收费。\n关于《青溪县城区停车收费管理办法》的\n2024年第5期　　　　　　青溪县人民政府公报\n"
     "— 15 —\n政策解读", 2),
    ("第二条　本办法自印发之日起施行。\n关于《青溪县农村公路养护管理办法》的\n起草说明", 2),  # no page break
    # near misses: the line above the furniture is no part of such a title, nothing above
    ("第二条　本办法自印发之日起施行。\n— 12 —\n青溪县人民政府公报　　　　　　2024年第5期\n起草说明", None),
    ("— 12 —\n起草说明", None),
])
def test_an_interpretations_title_over_a_page_break(text, start):
    from generator.titlekinds import interpretation_start

    lines = content(text)
    found = interpretation_start(lines, len(lines) - 1, -1)
    assert (None if found is None else lines[found].no) == start


@pytest.mark.parametrize("text,start", [
    # a speech's main title, one line or two, over its note after a dash (probe review 8)
    ("青溪县人民政府\n2024年2月20日\n坚定信心　真抓实干　奋力推动全县经济高质量发展\n一一在全县经济工作会议上的讲话\n县长　王明", 3),
    ("当前全县安全生产形势总体平稳。\n压实责任　守牢底线\n全力推进全县森林防火工作\n——在全县森林防火工作会议上\n副县长　李强", 2),
    # near misses: a sentence's rest, a numbered heading, a line a sentence introduces, no note under it
    ("为此，会议要求\n各地要认真贯彻落实\n全县经济工作会议精神\n——在全县经济工作会议上的讲话", None),
    ("青溪县人民政府\n2024年2月20日\n一、坚定信心\n——在全县经济工作会议上的讲话", None),
    ("会议传达了以下讲话：\n坚定信心　真抓实干\n——在全县经济工作会议上的讲话", None),
    ("青溪县人民政府\n2024年2月20日\n坚定信心　真抓实干\n——表扬先进单位", None),
    # a page break between the main title and its note
    ("青溪县人民政府\n2024年7月1日\n凝心聚力　实干争先\n— 9 —\n青溪县人民政府公报　　　　2024年第7期\n"
     "——在全县经济工作会议上的讲话\n县长　王明", 3),
    # a 纪要's attendance line over it is the 纪要's last, no line of the title (probe session 9)
    ("会议要求各乡镇加强野外用火管控。\n列席：县政府办公室、县财政局主要负责同志\n凝心聚力　实干争先\n——在全县经济工作会议上的讲话\n"
     "县委书记　李明远", 3),
    ("会议要求各乡镇加强野外用火管控。\n出席：王海涛　刘建军　陈丽\n凝心聚力　实干争先\n——在全县经济工作会议上的讲话\n"
     "县委书记　李明远", 3),
])
def test_a_speechs_main_title_over_its_note(text, start):
    from generator.titlekinds import speech_main_title

    lines = content(text)
    end = next(k for k, line in enumerate(lines) if line.key[:2] in ("--", "一一") and k > 0)
    end = next(k for k in range(end - 1, -1, -1) if not lines[k].key.startswith("-") and "公报" not in lines[k].key)
    found = speech_main_title(lines, end, -1)
    assert (None if found is None else lines[found].no) == start


@pytest.mark.parametrize("text, titles", [
    # a speech over its speaker's line with no day under it (probe review 8)
    ("青溪县人民政府\n2024年2月20日\n在全县经济工作会议上的讲话\n县委副书记、县长　王明\n同志们：\n"
     "这次会议的主要任务是，部署2024年经济工作。", [3]),
    ("当前形势总体平稳。\n在全县安全生产工作会议上的讲话\n一一副县长　李强\n同志们：\n今天召开全县安全生产工作会议。", [2]),
    # near misses: a sentence introduces it; no speaker's line under it
    ("会议要求各乡镇认真学习以下讲话：\n在全县森林防火工作会议上的讲话\n副县长　李强\n请各乡镇结合实际抓好贯彻落实。", []),
    ("青溪县人民政府\n2024年2月20日\n在全县经济工作会议上的讲话\n同志们：\n这次会议的主要任务是，部署2024年经济工作。", []),
])
def test_a_speech_over_its_speaker_without_a_day(text, titles):
    lines = content(text)
    assert [lines[t.start].no for t in find_titles(lines)] == titles


@pytest.mark.parametrize("first, second, under", [
    ("青溪县人民政府关于2023年度安全生产工作的通报", "——表扬先进单位", True),  # the wrap at the dash
    ("青溪县人民政府关于2023年度安全生产工作的通报—", "—表扬先进单位", True),  # inside the dash
    ("青溪县人民政府关于2023年度安全生产工作的通报——", "表扬先进单位", True),
    ("青溪县人民政府关于2023年度安全生产工作的", "通报——表扬先进单位", True),  # inside the 文种
    ("青溪县人民政府关于2023年度安全生产工作的通", "报——表扬先进单位", True),
    ("青溪县人民政府关于2023年度安全生产工作的通报", "各乡镇人民政府，县直各单位：", False),  # no dash
    ("青溪县人民政府关于2023年度安全生产工作的", "通报表扬先进单位——城关镇", False),  # a dash far from the wrap
])
def test_subtitle_under(first, second, under):
    assert subtitle_under(content(f"{first}\n{second}\n"), 0) is under


@pytest.mark.parametrize("text, start", [
    ("《平江县人民政府关于表彰2023年度安全生产先进单位的决定》解\n读\n", 0),  # the wrap before its last character
    ("关于《平江县城区停车场管理办法》的政策解\n读\n", 0),
    ("关于《平江县城区停车场管理办法》的政策解读\n", 0),
    ("本办法由县住房和城乡建设局负责解\n读\n", None),  # a sentence's end, no interpretation's title
])
def test_interpretation_start_past_a_wrap_inside_its_last_word(text, start):
    lines = content(text)
    assert interpretation_start(lines, len(lines) - 1, -1) == start


# A 公示 under its issuer, right after the 版记 of the document before; and one the notice above
# names (现将《…的公示》印发), printed after its date.
_PUBLIC_NOTICE = """南浦县民政局关于做好2024年城乡低保动态管理工作的通知
南民发〔2024〕8号

各乡镇人民政府（街道办事处）：
为规范城乡最低生活保障动态管理，现将有关事项通知如下。

南浦县民政局
2024年3月12日

南浦县民政局办公室                  2024年3月12日印发

城关街道办事处
关于2024年度城镇低保对象拟认定名单的公示
根据有关规定，现将2024年度拟认定城镇低保对象名单予以公示，公示期为7天。

城关街道办事处
2024年3月20日
"""
_NAMED_PUBLIC_NOTICE = """南浦县教育局关于2024年春季学期学生资助工作的通知
南教发〔2024〕4号

各中小学校：
现将《关于2024年春季学期拟资助学生名单的公示》印发给你们，请在校内张贴。

南浦县教育局
2024年3月22日

关于2024年春季学期拟资助学生名单的公示
经学校初审、县教育局复核，现将2024年春季学期拟资助学生名单予以公示。

南浦县教育局
2024年3月22日
"""


@pytest.mark.parametrize("text, titles", [
    (_PUBLIC_NOTICE, ["南浦县民政局关于做好2024年城乡低保动态管理工作的通知",
                      "城关街道办事处关于2024年度城镇低保对象拟认定名单的公示"]),
    (_NAMED_PUBLIC_NOTICE, ["南浦县教育局关于2024年春季学期学生资助工作的通知"]),
    # the notice above names the 公示's subject in its own title (…名单公示的通知): its part
    (_NAMED_PUBLIC_NOTICE.replace("南浦县教育局关于2024年春季学期学生资助工作的通知",
                                  "南浦县教育局关于2024年春季学期拟资助学生名单公示的通知")
     .replace("现将《关于2024年春季学期拟资助学生名单的公示》印发给你们", "现将有关名单印发给你们"),
     ["南浦县教育局关于2024年春季学期拟资助学生名单公示的通知"]),
])
def test_public_notice_alone_after_a_document(text, titles):
    assert [t.key for t in find_titles(content(text))] == titles


@pytest.mark.parametrize("key, expected", [
    ("青溪县2024年第一批拟命名县级文明村镇名单公示", True),  # the county before a year, then the subject
    ("青溪县自然资源局国有建设用地使用权挂牌出让公告", True),  # its issuer, then a subject of 13 characters
    ("青溪县人民政府关于城区禁止燃放烟花爆竹的通告", False),  # 关于: a title as any other
    ("县自然资源局依法发布公告", False),  # a sentence: a verb before 公告
    # near misses: a sentence's subject, 将 or an adverb after the issuer, or where it is published
    ("青溪县市场监督管理局将检查结果向社会公示", False),
    ("青溪县财政局现将有关情况公告", False),
    ("青溪县人力资源和社会保障局拟录用人员名单在网上公示", False),
    ("青溪县林业局森林防火戒严期禁火公告", True),
    ("青溪县2024年特困人员供养名单公示", True),
    ("青溪县教育局2024年特岗教师招聘公告", True),
    ("青溪县2024年已脱贫户名单公示", True),
    ("青溪县2024年第一批拟命名县级文明村镇名单", False),  # no 公示
    ("公示", False),
])
def test_public_notice_title(key, expected):
    assert public_notice_title(key) is expected


_UNTITLED_PUBLIC_NOTICE = """青溪县人民政府办公室关于印发《青溪县2024年农村人居环境整治工作方案》的通知
青政办发〔2024〕8号

各乡镇人民政府，县政府各部门：
《青溪县2024年农村人居环境整治工作方案》已经县人民政府同意，现印发给你们，请认真组织实施。

青溪县人民政府办公室
2024年3月5日
青溪县2024年第一批拟命名县级文明村镇名单公示
根据《青溪县文明村镇创建管理办法》，经综合评定，拟命名以下村镇为2024年第一批县级文明村镇，现予以公示。

青溪县精神文明建设委员会办公室
2024年3月6日
"""


@pytest.mark.parametrize("text, titles", [
    (_UNTITLED_PUBLIC_NOTICE, ["青溪县人民政府办公室关于印发《青溪县2024年农村人居环境整治工作方案》的通知",
                               "青溪县2024年第一批拟命名县级文明村镇名单公示"]),
    # the notice above names the list it publishes (without its year and batch): its part
    (_UNTITLED_PUBLIC_NOTICE.replace("请认真组织实施。", "现将拟命名县级文明村镇名单一并公示。"),
     ["青溪县人民政府办公室关于印发《青溪县2024年农村人居环境整治工作方案》的通知"]),
    # a 公告 titled without 关于 after the date, the notice above naming it in its 附件说明: its attachment
    (_UNTITLED_PUBLIC_NOTICE.replace("请认真组织实施。", "请认真组织实施。\n附件：青溪县自然资源局国有建设用地使用权挂牌出让公告")
     .replace("青溪县2024年第一批拟命名县级文明村镇名单公示", "青溪县自然资源局国有建设用地使用权挂牌出让公告"),
     ["青溪县人民政府办公室关于印发《青溪县2024年农村人居环境整治工作方案》的通知"]),
])
def test_public_notice_titled_without_guanyu(text, titles):
    assert [t.key for t in find_titles(content(text))] == titles


_REGULATION_ALONE = """青溪县人民政府办公室关于做好2024年防汛工作的通知
青政办发〔2024〕12号

各乡镇人民政府，县政府各部门：
为做好2024年防汛工作，现就有关事项通知如下。

青溪县人民政府办公室
2024年3月5日

青溪县城区户外广告设置管理办法
（试行）
青政发〔2024〕6号

第一条　为规范城区户外广告设置，根据有关法律法规，制定本办法。
"""


@pytest.mark.parametrize("text, titles", [
    (_REGULATION_ALONE, ["青溪县人民政府办公室关于做好2024年防汛工作的通知", "青溪县城区户外广告设置管理办法(试行)"]),
    # its suffix on its title's line, as before
    (_REGULATION_ALONE.replace("管理办法\n（试行）", "管理办法（试行）"),
     ["青溪县人民政府办公室关于做好2024年防汛工作的通知", "青溪县城区户外广告设置管理办法(试行)"]),
    (_REGULATION_ALONE.replace("（试行）", "（2024年修订）"),
     ["青溪县人民政府办公室关于做好2024年防汛工作的通知", "青溪县城区户外广告设置管理办法(2024年修订)"]),
    # the notice above issues something: the regulation after its date is its part
    (_REGULATION_ALONE.replace("关于做好2024年防汛工作的通知", "关于印发青溪县城区户外广告设置管理办法的通知"),
     ["青溪县人民政府办公室关于印发青溪县城区户外广告设置管理办法的通知"]),
])
def test_regulation_alone_with_its_suffix_under_its_title(text, titles):
    assert [t.key for t in find_titles(content(text))] == titles


_DATE_BEFORE_THE_ORGAN = """青溪县人民政府办公室关于做好2024年森林防火工作的通知
青政办发〔2024〕15号

各乡镇人民政府，县政府各部门：
为做好2024年森林防火工作，现就有关事项通知如下。

2024年4月3日
青溪县人民政府办公室

青溪县人民政府关于同意设立清水镇农贸市场的批复
青政函〔2024〕12号

清水镇人民政府：
经研究，同意设立清水镇农贸市场。
"""


@pytest.mark.parametrize("text, second", [
    # the date printed before the organ that signs, under the last sentence: the organ is its signature
    (_DATE_BEFORE_THE_ORGAN, "青溪县人民政府关于同意设立清水镇农贸市场的批复"),
    # under another document's signature and date, an organ over a title is its first issuer
    (_DATE_BEFORE_THE_ORGAN.replace("如下。\n\n2024年4月3日\n青溪县人民政府办公室", "如下。\n\n青溪县人民政府办公室\n2024年4月3日\n青溪县财政局"),
     "青溪县财政局青溪县人民政府关于同意设立清水镇农贸市场的批复"),
])
def test_organ_under_the_date_over_a_title(text, second):
    assert [t.key for t in find_titles(content(text))][1] == second


@pytest.mark.parametrize("text, title", [
    ("【青溪县人民政府关于2024年春耕生产工作的通知】", "青溪县人民政府关于2024年春耕生产工作的通知"),
    ("  【关于加强城区停车管理的通告】", "关于加强城区停车管理的通告"),
    ("【县政府常务会议纪要】", "【县政府常务会议纪要】"),  # a section's heading
    ("【规范性文件】", "【规范性文件】"),
    ("【政策解读】【图解】", "【政策解读】【图解】"),
    ("【关于印发《青溪县城区停车管理办法》】", "【关于印发《青溪县城区停车管理办法》】"),  # no 文种: no title
    # a title wrapped inside the brackets: its first line and its last
    ("【青溪县人民政府关于进一步加强2024年春耕生产", "青溪县人民政府关于进一步加强2024年春耕生产"),
    ("和农田水利基本建设工作的通知】", "和农田水利基本建设工作的通知"),
    ("【打印本页】", "【打印本页】"),
    ("【字体：大", "【字体：大"),  # a web page's buttons cut: no title's opening
])
def test_unboxed_title(text, title):
    assert unboxed_title(text) == title


def test_public_notice_under_a_closing_dated_before_its_organ():
    text = _DATE_BEFORE_THE_ORGAN.split("\n\n青溪县人民政府关于")[0] + "\n青溪县2024年第一批拟命名县级文明单位名单公示\n" \
        "根据《青溪县文明单位创建管理办法》，经综合评定，拟命名以下单位为2024年第一批县级文明单位，现予以公示。\n"
    assert [t.key for t in find_titles(content(text))][1:] == ["青溪县2024年第一批拟命名县级文明单位名单公示"]


@pytest.mark.parametrize("lines, kind, word", [
    # a 文种 cut before its last character
    (["南浦县应急管理局关于开展安全生产大检查的通", "知"], "doc_type", "通知"),
    # a reply's or a regulation's word so cut: regulation_of
    (["云岭县人民政府办公室关于县政协十届三次会议第28号提案的答", "复"], "regulation", "答复"),
    (["云岭县城区停车收费管理办", "法"], "regulation", "办法"),
    # near misses: the line above whole already
    (["云岭县人民政府关于同意设立城东农贸市场的批复", "复"], "doc_type", None),
    (["云岭县城区停车收费管理办法", "法"], "regulation", None),
])
def test_a_titles_last_word_cut_before_its_last_character(lines, kind, word):
    from generator.patterns import doc_type_of, regulation_of
    from generator.titlecontext import type_word_cut
    from tests.excerpts import content
    got = type_word_cut(content("\n".join(lines) + "\n"), 1, doc_type_of if kind == "doc_type" else regulation_of)
    assert (got is not None and word in got if word else got is None), got


@pytest.mark.parametrize("text,entry", [
    ("县政府令\n第5号\n青溪县物业管理办法……………………1", True),  # the contents print the 令 over the rule
    ("青溪县人民政府令\n第5号\n青溪县物业管理办法\t1", True),
    # the 令's header: its text under the number
    ("青溪县人民政府令\n第5号\n《青溪县物业管理办法》已经县人民政府常务会议审议通过，现予公布。", False),
    ("青溪县人民政府令\n第5号", False),
])
def test_entry_under_the_number(text, entry):
    from generator.titlecontents import entry_under_the_number
    assert entry_under_the_number(content(text), 1) is entry


def test_a_title_line_ending_with_a_year_after_its_type_is_whole():
    """A contents entry ending with its 文种 and a bare year (…的通知 2024) is whole: no opening of
    the title under it, which starts on its own line."""
    title, span, _ = one_title("目　　录\n县人民政府关于表彰2023年度安全生产先进单位的决定 2024\n\n"
                               "县人民政府关于印发青溪县2024年度重点项目计划的通知\n\n青政发〔2024〕3号\n\n"
                               "各乡镇人民政府，县直各单位：\n　　现将计划印发给你们，请认真贯彻执行。")
    assert span == (4, 4)


@pytest.mark.parametrize("text, titles", [
    # one-line entries, and an entry whose leader and page a hard wrap put on the next line
    ("平江县人民政府关于做好春季农业生产工作的通知……………（1）\n", ["平江县人民政府关于做好春季农业生产工作的通知"]),
    ("平江县2023年法治政府建设年度报告………………\n…………………（4）\n", ["平江县2023年法治政府建设年度报告"]),
    ("平江县2023年法治政府建设年度报告\n…………………（4）\n", ["平江县2023年法治政府建设年度报告"]),
    ("平江县2023年法治政府建设年度报告…………………\n4\n", ["平江县2023年法治政府建设年度报告"]),
    # no leader and page under it, or no 文种: no such title
    ("平江县2023年法治政府建设年度报告\n二〇二四年一月\n", []),
    ("平江县2023年经济运行情况………………\n…………………（4）\n", []),
])
def test_titles_the_contents_name(text, titles):
    from generator.titlecontents import contents_titles

    assert list(contents_titles(content(text))) == titles


@pytest.mark.parametrize("text, replied", [
    ("关于同意设立青溪县望城镇农产品加工园区的批复\n青溪县人民政府\n2024年3月5日\n你局《关于设立园区的请示》收悉。经研究，现批复如下：", True),
    ("青溪县人民政府办公室关于商请支持园区建设的函\n青溪县人民政府办公室\n2024年3月5日\n为加快推进园区建设，现商请贵局给予支持。", True),
    # near misses: no reply's title; no body under the day (another title, a date, a word alone)
    ("关于做好春季森林防火工作的通知\n青溪县人民政府\n2024年3月5日\n当前已进入春季森林防火紧要期。", False),
    ("关于同意设立青溪县望城镇农产品加工园区的批复\n青溪县人民政府\n2024年3月5日\n关于同意青溪县土地征收成片开发方案的批复", False),
    ("关于同意设立青溪县望城镇农产品加工园区的批复\n青溪县人民政府\n2024年3月5日\n— 3 —", False),
    # the next document's 发文字号 under the day (a body's last line naming a 批复, its signature and day)
    ("青溪县人民政府关于同意建设城区公共停车场的批复\n青溪县人民政府办公室\n2024年3月5日\n青政发〔2024〕6号", False),
    ("青溪县人民政府关于同意建设城区公共停车场的批复\n青溪县人民政府办公室\n2024年3月5日\n青溪县人民政府文件青政发〔2024〕6号", False),
])
def test_replied_under(text, replied):
    from generator.titlenotes import replied_under

    lines = content(text)
    assert replied_under(lines, 0, 2) is replied


@pytest.mark.parametrize("cover, boundary", [
    # the cover's last field, the day it came out or the office that edits it, over the first title
    ("2023年11月26日出版", True), ("出版日期：2024年11月18日", True), ("石门县人民政府办公室主办　2024年3月31日出版", True),
    # near misses: an organ alone (a title's issuer over its wrap), a sentence's day going on
    ("石门县人民政府办公室", False), ("2024年3月31日前，各乡镇要", False),
])
def test_the_covers_last_field_ends_what_is_above_the_first_title(cover, boundary):
    from generator.titlecontext import after_a_boundary
    lines = content(f"石门县人民政府公报\n2023年第12期\n{cover}\n石门县人民政府关于开展防汛抗旱专项整治的通告\n"
                    "（石政通〔2023〕14号）\n为切实做好防汛抗旱工作，现就有关事项通告如下：\n")
    assert after_a_boundary(lines, 3) is boundary


@pytest.mark.parametrize("above, signs", [
    # a sentence's end over the organ, no date: the signature of the text above, its date lost
    (["现就有关事项通知如下：一是加强监管，二是强化宣传。"], True),
    # the sentence an attachment's, printed under its heading after the document's date: signed already
    (["桐溪县人民政府办公室", "2023年11月23日", "附件", "桐溪县食品安全工作联系人名单", "县市场监管局负责日常联络。"], False),
    (["2023年11月23日", "附件2：桐溪县食品安全工作联系人名单", "县市场监管局负责日常联络。"], False),
    # the 抄送 closing a document, on one line or wrapped: printed under the signature
    (["2023年8月9日", "抄送：县委各部门，县人大常委会办公室。"], False),
    (["2023年8月9日", "抄送：县委各部门，县人大常委会办公室，县政协办公室，", "县人民检察院。"], False),
    # the text a notice issues, printed under its own title after the notice's date: signed already
    (["桐溪县人民政府办公室", "2023年11月23日", "桐溪县食品安全三年行动方案", "一、工作任务", "县市场监管局负责日常联络。"], False),
    # an attachment's heading above the sentence's own header (a document whose date was lost): the
    # sentence is the next document's
    (["附件", "桐溪县食品安全工作联系人名单", "县市场监管局负责日常联络。", "桐溪县人民政府关于表彰见义勇为先进个人的通报",
      "桐政发〔2023〕11号", "各乡镇人民政府：", "县政府决定对金树明同志予以通报表彰。"], True),
])
def test_an_organ_under_a_sentence_signs_it_unless_signed_already(above, signs):
    from generator.signedabove import signs_the_text_above
    lines = content("\n".join(above + ["桐溪县人民政府办公室", "桐溪县水利局", "关于做好2023年优化营商环境工作的通知"]) + "\n")
    assert signs_the_text_above(lines, len(above), "桐溪县水利局关于做好2023年优化营商环境工作的通知") is signs


@pytest.mark.parametrize("row, boundary", [
    # a table's last row, of tabs or of pipes (Markdown), ends the attachment it closes
    ("2\t县水利局\t秸秆禁烧工作\t2025年12月底前", True), ("| 2 | 县水利局 | 秸秆禁烧工作 | 2025年12月底前 |", True),
    # near misses: a cell's words cut by the wrap, a pipe opening a line only
    ("| 2 | 县水利局 | 秸秆禁烧工作 | 2025年12月", False), ("各乡镇要落实乡村振兴责任，做好", False),
])
def test_a_tables_last_row_ends_what_is_above_a_title(row, boundary):
    from generator.titlecontext import after_a_boundary
    lines = content(f"{row}\n桐溪县人民政府　关于乡村振兴有关事项的公告\n（桐政告〔2025〕21号）\n")
    assert after_a_boundary(lines, 1) is boundary
