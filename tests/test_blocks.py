"""Body blocks from real excerpts: rejoining cut paragraphs, headings, signature, 抄送, 印发."""

import pytest

from generator.blocks import build_blocks, line_kind
from generator.normalize import fold
from generator.extract import extract_fields
from tests.excerpts import content

# A paragraph cut by a page break mid-word (…奖励 30 万 / 元；…), and a list item cut the same way.
PAGE_BREAK = """2. **鼓励企业提升质量。**本县建筑业企业承建的建设项目，获得国家级优质工程的，每个项目奖励 30 万

元；获得省级优质工程的，每个项目奖励 5 万元。（责任单位：县住建局、财政局）

（一）加大财政扶持力度

半额资助对象：低保对象、监测对象、最低生活保障边缘

家庭成员、困境儿童的个人缴费由医疗救助资助50%（即190元）。
"""


def kinds(blocks):
    return [(b.kind, b.first, b.last) for b in blocks]


def test_rejoin_across_page_breaks():
    blocks = build_blocks(content(PAGE_BREAK), {})
    assert kinds(blocks) == [("list_item", 1, 3), ("heading", 5, 5), ("paragraph", 7, 9)]
    assert blocks[0].text.startswith("2. 鼓励企业提升质量。本县")
    assert "每个项目奖励 30 万元；获得省级" in blocks[0].text
    assert blocks[1].level == 2 and blocks[1].marker == "(一)"
    assert "最低生活保障边缘家庭成员" in blocks[2].text


# Short lines of a name list are not a wrapped paragraph.
NAMES = """甘坚锋 县农业农村局副局长
刘 念 县住建局副局长
"""


def test_short_consecutive_lines_stay_apart():
    assert kinds(build_blocks(content(NAMES), {})) == [("paragraph", 1, 1), ("paragraph", 2, 2)]


# Across a blank line: a member set out in columns, a row of names, a field — each whole, though
# long enough to be a line cut by the page (a review's gazettes; each was glued to the next).
WHOLE_ACROSS_A_GAP = [
    "　　　　何志勇　县住房和城乡建设局局长\n\n领导小组办公室设在县农业农村局，陈刚同志兼任办公室主任。\n",
    "王建军　李　明　张　华　刘国强　陈　静\n\n赵小兵　周　涛　吴建平　郑　伟　孙丽娟\n",
    "联系电话：0734—4321234\n\n关于《耒阳市城区老旧小区改造实施办法》的解读\n",
]


# A sentence cut by the page, a name in it padded to two characters' width: one paragraph.
PADDED_NAME_CUT = "任命王　猛为县发展和改革局副局长，免去陈\n\n— 7 —\n\n伟的县统计局副局长职务。\n"


def test_a_sentence_with_a_padded_name_runs_on_across_the_page():
    blocks = [b for b in build_blocks(content(PADDED_NAME_CUT), {}) if b.kind != "furniture"]
    assert [(b.kind, b.first, b.last) for b in blocks] == [("paragraph", 1, 5)]
    assert "免去陈伟的县统计局" in blocks[0].text


# A list of names padded to two characters' width, cut after a 、: it goes on across the gap
# (出席 of a 纪要); a row of names in columns without it stays whole (WHOLE_ACROSS_A_GAP).
PADDED_LIST_CUT = "出席：王建国、李　华、张　明、陈　伟、赵国庆、孙立新、\n\n周建军、吴海燕\n"


def test_a_list_of_padded_names_cut_after_its_mark_runs_on():
    blocks = build_blocks(content(PADDED_LIST_CUT), {})
    assert [(b.kind, b.first, b.last) for b in blocks] == [("paragraph", 1, 3)]


def test_lines_whole_across_a_gap():
    for text in WHOLE_ACROSS_A_GAP:
        assert kinds(build_blocks(content(text), {})) == [("paragraph", 1, 1), ("paragraph", 3, 3)], text


# The end of a Pingjiang notice: signature, date, then cc over three lines and the imprint.
ENDING = """各乡镇人民政府（街道办事处），平江高新区，县直各单位：

《打好发展“六仗”促进建筑业高质量发展的实施办法》已经县人民政府同意，现印发给你们，请认真遵照执行。

平江县人民政府办公室

2023年7月28日

打好发展“六仗”促进建筑业高质量发展的 实 施 办 法

四、本办法自发布之日起施行，有效期为二年。

抄送：县委各部门，县人武部。

人大常委会办公室，县政协办公室，县人民法院，
县人民检察院。

平江县人民政府办公室

2023年7月28日印发
"""


def test_signature_cc_and_imprint():
    blocks = build_blocks(content(ENDING), {})
    assert kinds(blocks) == [
        ("recipients", 1, 1), ("paragraph", 3, 3), ("signature", 5, 5), ("date", 7, 7),
        ("heading", 9, 9), ("list_item", 11, 11), ("cc", 13, 16), ("imprint", 18, 20)]
    assert blocks[4].level == 0  # the caption of the attached 实施办法
    fields, diags = extract_fields(blocks, [])
    assert fields.recipients == ("各乡镇人民政府（街道办事处）", "平江高新区", "县直各单位")
    assert fields.issuer == ("平江县人民政府办公室",)
    assert fields.date == "2023-07-28"
    assert fields.cc == ("县委各部门", "县人武部", "人大常委会办公室", "县政协办公室", "县人民法院", "县人民检察院")
    assert (fields.printed_by, fields.printed_date) == ("平江县人民政府办公室", "2023-07-28")
    assert diags == []


# Joint signature on two lines; attachment list on following numbered lines; sections after.
JOINT = """各乡镇党委、乡镇人民政府，县直及驻县各单位：

《中共湘阴县委十三届八次全会任务分解表》已经县委、县政府研究同意，现予印发。

附件：

1. 废止的规范性文件目录
2. 宣布失效的规范性文件目录

中共湘阴县委办公室
湘阴县人民政府办公室
2024年11月4日

附件一

废止的规范性文件目录

序号\t文件名称\t文号\t登记号
1\t湘阴县人民政府 关于全县范围内全面禁止燃放烟花爆竹 的通告\t湘阴政告 〔2020〕24号\tXYDR-2020-00003

附件二

宣布失效的规范性文件目录

序号\t文件名称\t文号\t登记号
"""


def test_joint_signature_attachments_and_tables():
    blocks = build_blocks(content(JOINT), {})
    assert kinds(blocks) == [
        ("recipients", 1, 1), ("paragraph", 3, 3), ("attachment_list", 5, 8),
        ("signature", 10, 11), ("date", 12, 12), ("attachment", 14, 16), ("table", 18, 19),
        ("attachment", 21, 23), ("table", 25, 25)]
    assert blocks[6].rows[1][1] == "湘阴县人民政府 关于全县范围内全面禁止燃放烟花爆竹 的通告"
    fields, _ = extract_fields(blocks, [])
    assert fields.issuer == ("中共湘阴县委办公室", "湘阴县人民政府办公室")
    assert [(a.number, a.title, a.first, a.last) for a in fields.attachments] == [
        (1, "废止的规范性文件目录", 14, 19), (2, "宣布失效的规范性文件目录", 21, 25)]


def test_invalid_date_is_a_diagnostic_not_a_crash():
    blocks = build_blocks(content("平江县人民政府办公室\n2023年2月30日\n"), {})
    fields, diags = extract_fields(blocks, [])
    assert fields.date is None
    assert [(d.code, d.line) for d in diags] == [("date-invalid", 2)]


def test_every_line_lands_in_one_block():
    lines = content(ENDING + JOINT)
    blocks = build_blocks(lines, {})
    covered = [no for b in blocks for no in range(b.first, b.last + 1)]
    assert sorted(set(covered)) == sorted(covered)
    assert {line.no for line in lines} <= set(covered)


@pytest.mark.parametrize("text,want", [
    # the page's furniture under a title, a header's line under it: a block of its own, its text kept
    ("青溪县人民政府关于加强森林防火工作的通知\n— 3 —\n青溪县人民政府公报　2024年第3期\n青政发〔2024〕9号\n",
     [("title", 1, 1), ("furniture", 2, 2), ("furniture", 3, 3), ("doc_number", 4, 4)]),
    # a title the page broke inside: its furniture between its lines stays in its block
    ("青溪县人民政府关于加强森林\n— 3 —\n青溪县人民政府公报　2024年第3期\n防火工作的通知\n青政发〔2024〕9号\n",
     [("title", 1, 4), ("doc_number", 5, 5)]),
])
def test_furniture_under_a_title_is_the_titles_only_before_its_rest(text, want):
    lines = content(text)
    header = {line.place: "furniture" for line in lines if line.no in (2, 3)}
    header.update({line.place: "title" for line in lines if "关于" in line.text or "通知" in line.text})
    header.update({line.place: "doc_number" for line in lines if "〔" in line.text})
    blocks = build_blocks(lines, header)
    assert kinds(blocks) == want
    assert all(b.text for b in blocks)


def test_line_kinds_registry_order():
    lines = content("抄送：县委各部门。\n2023年7月28日印发\n(此件主动公开)\n附件1\n序号\t乡镇\n第一条 为加强管理。\n")
    assert [line_kind(x) for x in lines] == ["cc", "imprint", "note", "attachment", "table_row", "numbered"]


# 主送 wrapped over two lines; signature and date printed on one line.
WRAPPED_RECIPIENTS = """各镇人民政府、街道办事处，市直各单位，
中央、省、永州市驻祁各单位：

《祁阳市建筑垃圾管理办法》已经市人民政府同意，现印发给你们，请认真贯彻执行。

祁阳市人民政府办公室 2024年9月14日
"""


def test_wrapped_recipients_and_signature_with_date():
    blocks = build_blocks(content(WRAPPED_RECIPIENTS), {})
    assert kinds(blocks) == [("recipients", 1, 2), ("paragraph", 4, 4), ("signature", 6, 6)]
    fields, _ = extract_fields(blocks, [])
    assert fields.recipients == ("各镇人民政府、街道办事处", "市直各单位", "中央、省、永州市驻祁各单位")
    assert fields.issuer == ("祁阳市人民政府办公室",)
    assert fields.date == "2024-09-14"


# The page number alone under the end of a document, then the next page: its form feed and
# running head; and one printed under the running head or under a finished sentence. A bare
# number elsewhere (a count on a line of its own, a row's number) stays text.
PAGE_NUMBER_AT_A_BREAK = """云岭县人民政府办公室

2024年10月8日

9

\f2024年第8期　　　　　　云岭县人民政府公报

各乡镇要按时报送。
"""


def test_a_page_number_at_a_page_break_is_furniture():
    blocks = build_blocks(content(PAGE_NUMBER_AT_A_BREAK), {})
    assert [b.kind for b in blocks] == ["signature", "date", "furniture", "furniture", "paragraph"]
    without_feed = PAGE_NUMBER_AT_A_BREAK.replace("\f", "")
    assert [b.kind for b in build_blocks(content(without_feed), {})][2:4] == ["furniture", "furniture"]
    head_first = "2024年第8期　　　　　　云岭县人民政府公报\n\n12\n\n各乡镇要按时报送。\n"
    assert [b.kind for b in build_blocks(content(head_first), {})] == ["furniture", "furniture", "paragraph"]
    # pdftotext prints the page's number alone where the page ends: under a finished sentence
    # it is furniture; a count under a colon, or the number of a row whose row above is numbered
    # a few lines up, stays text
    finished = "各乡镇要按时报送下列数量。\n\n12\n\n各乡镇要按时报送。\n"
    assert [b.kind for b in build_blocks(content(finished), {})][1] == "furniture"
    count = "全县行政村数量为：\n\n12\n\n其中贫困村3个。\n"
    assert [b.kind for b in build_blocks(content(count), {})][1] != "furniture"
    rows = "序号\n项目\n1\n道路硬化。\n2\n路灯安装。\n"
    assert "furniture" not in [b.kind for b in build_blocks(content(rows), {})]


# The organ printed under the date (the text around a seal came out in that order), then a 附注;
# an organ under a date inside the body, with text after it, is text.
UNDER_THE_DATE = """现就开展外业调查有关事项通知如下。

2024年6月28日
青石县人民政府办公室

（此件主动公开）
"""
DATE_IN_THE_BODY = """一、工作安排

2024年6月28日
青石县人民政府办公室

负责组织召开动员会议，部署外业调查工作。
"""


# A table's cells one a line after the signed notice, ending in a date and an organ: no signature.
DATE_IN_CELLS = """请各单位按时完成验收。

青石县人民政府办公室
2024年7月1日

序号
验收时间
牵头单位
1
2024年7月10日
县发改局
"""


# The organ under the date after a 附件 list on lines of their own, a page number above the date,
# the attachment's text after it; and an organ under the first date with text after it (no
# attachment): text.
UNDER_THE_DATE_AFTER_A_LIST = """请认真贯彻执行。

附件：1.青石县防汛工作方案
2.青石县防汛应急预案

— 3 —

2024年6月3日
青石县人民政府办公室

附件1

青石县防汛工作方案

一、总体要求

做好防汛工作，确保安全。
"""
TEXT_AFTER_THE_ORGAN = """请认真贯彻执行。

2024年6月3日
青石县人民政府办公室

负责组织召开动员会议，部署外业调查工作。
"""


def test_an_organ_under_the_date_over_the_attachments_signs():
    blocks = build_blocks(content(UNDER_THE_DATE_AFTER_A_LIST), {})
    assert [b.text for b in blocks if b.kind == "signature"] == ["青石县人民政府办公室"]
    text_after = build_blocks(content(TEXT_AFTER_THE_ORGAN), {})
    assert "signature" not in [b.kind for b in text_after]


def test_an_organ_printed_under_the_date_signs():
    blocks = build_blocks(content(UNDER_THE_DATE), {})
    assert [b.kind for b in blocks] == ["paragraph", "date", "signature", "note"]
    fields, _ = extract_fields(blocks, [])
    assert (fields.issuer, fields.date) == (("青石县人民政府办公室",), "2024-06-28")
    inside = build_blocks(content(DATE_IN_THE_BODY), {})
    assert "signature" not in [b.kind for b in inside]
    cells = build_blocks(content(DATE_IN_CELLS), {})
    assert [b.text for b in cells if b.kind == "signature"] == ["青石县人民政府办公室"]


@pytest.mark.parametrize("text, printed", [
    ("抄送：县委各部门，县人大办，县政协办。  宁海县人民政府办公室  2024年6月3日印发", "宁海县人民政府办公室  2024年6月3日印发"),
    ("抄送：县委办公室，县人大常委会办公室\t宁海县人民政府办公室\t2024年6月21日印发", "宁海县人民政府办公室\t2024年6月21日印发"),
    ("抄送：县委办公室，县人大常委会办公室。", None),
    ("抄送：县委办公室，请于2024年6月3日前印发", None),  # no office and day after the list
    # the copies printed after it; the list's names set apart by single spaces
    ("抄送：县委办公室。  宁海县人民政府办公室  2024年7月3日印发  共印50份", "宁海县人民政府办公室  2024年7月3日印发  共印50份"),
    ("抄送：县人武部 县法院 县人民政府办公室 2024年6月21日印发", "县人民政府办公室 2024年6月21日印发"),
])
def test_the_imprint_printed_on_the_cc_line(text, printed):
    from generator.closing import imprint_after as _imprint_after

    assert _imprint_after(text) == printed


@pytest.mark.parametrize("text, split", [
    ("各镇人民政府、街道办事处，县府直属各单位：“五一”劳动节将至，现就有关工作通知如下：",
     ("各镇人民政府、街道办事处，县府直属各单位：", "“五一”劳动节将至，现就有关工作通知如下：")),
    ("各乡镇人民政府（街道办事处），县政府各部门：现将有关事项通知如下。",
     ("各乡镇人民政府（街道办事处），县政府各部门：", "现将有关事项通知如下。")),
    ("为做好防汛工作，现通知如下：一、压实责任。", None),  # a sentence's words before the colon
    ("各乡镇要：加强领导。", None),
    ("各乡镇人民政府，县直各单位：", None),  # the 主送 alone: nothing after it
    ("解读机关：南浦县公安局", None),  # an interpretation's field under its title
    ("解读单位：县住房和城乡建设局", None),
])
def test_the_recipients_then_the_first_sentence(text, split):
    from generator.addressees import recipients_then_text
    from generator.model import Line
    from generator.normalize import fold

    assert recipients_then_text(Line(1, text, fold(text))) == split


@pytest.mark.parametrize("texts, found", [
    (["各乡镇人民政府，县直", "各单位：为深入推进国土绿化行动，现就有关事项通知如下。"],
     (1, "各单位：", "为深入推进国土绿化行动，现就有关事项通知如下。")),
    (["各乡镇人民政府，县发展和改革局、县财政局、", "县应急管理局、县自然资源局、", "县农业农村局：当前已进入主汛期，现就有关事项通知如下。"],
     (2, "县农业农村局：", "当前已进入主汛期，现就有关事项通知如下。")),
    # near misses: a sentence wrapped before its colon; a wrapped 主送 with nothing after its colon
    (["为进一步加强对全县防汛抗旱工作的组织领导，经县人民政府同意", "现对县防汛抗旱指挥部成员调整如下：总指挥：王建军"], None),
    (["各乡镇人民政府，县直", "各单位："], None),
    (["各乡镇人民政府，县直各单位：", "为深入推进国土绿化行动，现就有关事项通知如下。"], None),  # (on a line of its own)
])
def test_the_recipients_wrapped_then_the_first_sentence(texts, found):
    from generator.addressees import wrapped_recipients_then_text
    from generator.model import Line

    lines = [Line(n, text, fold(text)) for n, text in enumerate(texts, 1)]
    assert wrapped_recipients_then_text(lines, ["text"] * len(lines), 0) == found


def test_an_attachment_line_that_says_where_it_is_lists_none():
    """附件：详见…门户网站 and 附件：略 name no attachment; a title that opens like them
    (略阳县…) does."""
    from generator.pipeline import parse_bytes

    def attachments(line):
        text = f"青溪县人民政府公报\n2024年第3期\n\n青政办发〔2024〕8号\n\n青溪县人民政府办公室关于做好防汛工作的通知\n\n各乡镇人民政府：\n现将有关事项通知如下。\n{line}\n\n青溪县人民政府办公室\n2024年6月12日\n"
        [doc] = parse_bytes(text.encode(), "a.txt").documents
        return [a.title for a in doc.attachments]

    assert attachments("附件：详见县人民政府门户网站") == [] and attachments("附件：略") == []
    assert attachments("附件：略阳县2024年防汛责任人名单") == ["略阳县2024年防汛责任人名单"]


WRAPPED_AT_30 = """一、严格建房审批
（一）农村村民建房应当依法办理乡村建设规划许可证和农村宅
基地批准书。
1.各乡镇要建立农村自建房安全巡查制度，发现问题及时整改，对
拒不整改的，依法予以处理。
二、各乡镇人民政府负责本辖区内农村自建房安全管理，县住房和
城乡建设局负责统筹协调。
"""


def test_the_width_a_text_is_wrapped_at():
    """The commonest length of lines cut and carried on on the next line; none when every
    paragraph is a line of its own, or a single line is cut."""
    from generator.wraps import wrap_width

    assert wrap_width(content(WRAPPED_AT_30)) in (29, 30, 31)
    one_a_line = WRAPPED_AT_30.replace("宅\n基", "宅基").replace("对\n拒", "对拒").replace("和\n城", "和城")
    assert wrap_width(content(one_a_line)) is None
    assert wrap_width(content(WRAPPED_AT_30.replace("对\n拒", "对拒").replace("和\n城", "和城"))) is None


WRAPPED_AT_18 = """　　为进一步加强非物质文化遗产保护工
作，县人民政府决定公布第二批县级非物
质文化遗产代表性项目名录，共计12项
。
　　各乡镇、各有关单位要认真贯彻“保
护为主、抢救第一、合理利用、传承发展
”的方针，切实做好保护传承工作。
"""
NAMES_IN_COLUMNS = """副组长：罗 明 县政府办副主任
邓国晓 县政府办副主任
成 员：戴 翔 县交通运输局局长
苏宇菁 县财政局副局长
甘坚锋 县农业农村局副局长
刘 念 县住建局副局长
"""


@pytest.mark.parametrize("text, width", [
    (WRAPPED_AT_18, 18),  # a phone's width: the lines of prose cut at it (probe review 8)
    (NAMES_IN_COLUMNS, None),  # names and posts set apart in columns, a pair a line: no wrap
    ("永州市人民政府办公室文件\n永政办发〔2024〕12号\n永州市人民政府办公室关于做好防汛工作的通知\n", None),
])
def test_a_width_narrower_than_twenty_characters(text, width):
    from generator.wraps import wrap_width

    assert wrap_width(content(text)) == width


def test_a_paragraphs_indented_first_line_is_cut_at_a_narrow_width():
    """At a phone's width (21 characters), a paragraph's first line indented two characters is
    19 characters without its indent, and cut by the wrap as the others (probe review 8)."""
    from generator.wraps import continues

    first, rest = content("　　为进一步加强非物质文化遗产保护工作，县\n人民政府决定公布第二批县级非物质文化遗产代\n")
    assert continues(first, rest, 21) and not continues(first, rest, None) and not continues(first, rest, 28)
    # a numbered heading as long is no line cut by the wrap: its text opens under it; a run-in one is
    heading, text = content("　　二、全面推进城乡居民医保参保扩面工作\n　　各乡镇要于2024年底前完成参保扩面任务，参保率稳定在95%以上。\n")
    assert not continues(heading, text, 21)
    run_in, rest = content("　　一、强化组织领导。各乡镇要成立春耕生产\n工作专班，主要负责同志要亲自抓、负总责。\n")
    assert continues(run_in, rest, 21)


def test_a_line_cut_at_the_width_after_a_closing_quote_goes_on():
    """A line that fills the wrap width and ends in a closing quote goes on on the next line
    (probe review 4: it was a paragraph of its own); at a web page's one line a paragraph (no
    width), shorter than the width, or ending in a bracket (（牵头单位：…）, an adoption note), it
    ends there."""
    cut = "各乡镇要认真贯彻落实法律法规，深入开展安全生产“百日攻坚”\n行动，有效防范和坚决遏制重特大事故发生。\n"
    bracket = "本县城区下列区域内的单位和个人（以下简称“禁放区域单位”）\n全年禁止燃放烟花爆竹。\n"
    short = "开展安全生产“百日攻坚”\n行动方案另行印发。\n"

    def texts(extra):
        return [b.text for b in build_blocks(content(WRAPPED_AT_30 + extra), {})][-2:]

    assert texts(cut)[-1] == "各乡镇要认真贯彻落实法律法规，深入开展安全生产“百日攻坚”行动，有效防范和坚决遏制重特大事故发生。"
    assert texts(bracket) == ["本县城区下列区域内的单位和个人（以下简称“禁放区域单位”）", "全年禁止燃放烟花爆竹。"]
    assert texts(short) == ["开展安全生产“百日攻坚”", "行动方案另行印发。"]
    assert [b.text for b in build_blocks(content(cut), {})][0] == "各乡镇要认真贯彻落实法律法规，深入开展安全生产“百日攻坚”"


@pytest.mark.parametrize("text, blocks", [
    # a heading with commas over its text (probe review 4: the text was glued to it)
    ("一、加强组织领导、压实工作责任、强化督查考核\n各乡镇人民政府是农村人居环境整治的责任主体，主要负责人是第一责任人。\n", 2),
    # an item cut at the wrap: its tail is shorter
    ("（一）各乡镇要建立农村自建房安全巡查制度，发现问题及时整改\n，对拒不整改的依法处理。\n", 1),
    # an article runs on as a sentence
    ("第十条　违反本办法规定，未经核准擅自处置建筑垃圾的，由县城市\n管理和综合执法局责令限期改正，给予警告，并处以罚款。\n", 1),
])
def test_a_numbered_heading_over_its_text(text, blocks):
    assert len(build_blocks(content(text), {})) == blocks


def test_a_number_printed_on_a_line_of_its_own_opens_the_words_under_it():
    """第一章 / 总　　则, 一、 / 工作目标, 第二条 / 本办法…: a centred or bold heading whose number
    the extraction put on a line of its own is one block (probe review 4: the number was a heading
    of its own and its words a paragraph)."""
    text = "第一章\n总　　则\n第二条\n本办法自2024年4月1日起施行。\n一、\n工作目标\n全县森林火灾受害率控制在0.9‰以内。\n"
    assert [(b.kind, b.text) for b in build_blocks(content(text), {})] == [
        ("heading", "第一章总则"), ("article", "第二条 本办法自2024年4月1日起施行。"),
        ("heading", "一、工作目标"), ("paragraph", "全县森林火灾受害率控制在0.9‰以内。")]


def test_text_in_another_script_is_no_sentence_of_the_chinese():
    """Lines in another script (Uyghur, Korean) beside the Chinese stay blocks of their own, over a
    blank line too; wrapped onto the very next line, they go on (probe review 4)."""
    text = ("拜政发〔2024〕12号\n\nباي ناھىيەلىك خەلق ھۆكۈمىتىنىڭ ئۇقتۇرۇشى\n\n"
            "룡정시인민정부 조선족전통마을보호를 강화할 데 관한 통지\n\n각 진인민정부, 가두판사처, 시정부 각 부문과 직속기관\n및 관련 단위:\n룡정시인민정부\n2024년 3월 5일\n")
    assert [b.text for b in build_blocks(content(text), {})] == [
        "拜政发〔2024〕12号", "باي ناھىيەلىك خەلق ھۆكۈمىتىنىڭ ئۇقتۇرۇشى",
        "룡정시인민정부 조선족전통마을보호를 강화할 데 관한 통지", "각 진인민정부, 가두판사처, 시정부 각 부문과 직속기관 및 관련 단위:",
        "룡정시인민정부", "2024년 3월 5일"]


@pytest.mark.parametrize("text, caption", [
    ("攸县打好经济增长主动仗重点工作任务清单", True),
    ("湘阴县行政许可事项清单（2023年版）", True),
    ("青溪县关于稳住经济大盘，推动高质量发展的若干措施", True),  # a comma in a title
    # a clause cut at the wrap that happens to end in an instrument's word (probe review 4)
    ("第十条第一款的规定予以处罚；情节严重的，依照本办法", False),
    # a plan's box under its caption; a sentence naming the box is none
    ("专栏1　全民健身设施建设工程", True), ("专栏2　“十四五”重大项目", True),
    ("专栏1所列项目由县发展和改革局统筹推进。", False), ("专栏", False),
])
def test_a_caption_is_no_clause_of_a_sentence(text, caption):
    from generator.wraps import is_caption

    assert is_caption(fold(text)) is caption


def test_a_numbered_line_cut_at_the_width_is_an_item_and_a_short_one_a_heading():
    kinds = [(b.kind, b.text) for b in build_blocks(content(WRAPPED_AT_30), {})]
    assert kinds[0] == ("heading", "一、严格建房审批")
    assert kinds[1] == ("list_item", "（一）农村村民建房应当依法办理乡村建设规划许可证和农村宅基地批准书。")


@pytest.mark.parametrize("text, paragraphs", [
    # a paragraph that trails off in an ellipsis, then a blank line: ended (probe review 3)
    ("优秀等次单位（10个）：洪桥街道、白地市镇、县发展和改革局……\n\n良好等次单位（25个）：略。\n", 2),
    # cut by a page break without an ellipsis: one paragraph
    ("优秀等次单位（10个）：洪桥街道、白地市镇、县发展和改革局、\n\n县财政局。\n", 1),
])
def test_a_paragraph_that_trails_off_is_not_carried_over_a_blank_line(text, paragraphs):
    assert [b.kind for b in build_blocks(content(text), {})].count("paragraph") == paragraphs



@pytest.mark.parametrize("text, found", [
    ("2024年3月5日印发", ("", "2024年3月5日")),  # the day under the office that printed it
    ("2024年3月5日印发（共印60份）", ("", "2024年3月5日")),  # and the copies printed after it
    ("青川县人民政府办公室　2024年3月5日印发　共印　60　份", ("青川县人民政府办公室", "2024年3月5日")),
    ("（共印60份）", None),  # the copies alone: no 印发
    ("全县共印发宣传册2000份", None),
    ("县政府办公室于2024年3月5日印发（共印60份）宣传册", None),  # a sentence that tells of it
])
def test_the_imprint_line_with_the_copies_printed(text, found):
    from generator.closing import imprint_line
    from generator.normalize import fold

    assert imprint_line(fold(text)) == found


@pytest.mark.parametrize("above,text,misread", [
    # an opening quote extracted as a closing one, the next quote closing it, none open above
    ("企业群众办事便利度明显提升，成效较为明显。", "”最多跑一次”改革深入推进，全县…", True),
    ("各项工作取得明显成效。", "”一网通办”平台上线后，各部门要…", True),
    # a closing quote that closes what the line above opened
    ("县委农村工作会议强调，要坚持“先建机制、后建工程，建管并重。", "”各乡镇要结合实际制定工作方案，…", False),
    ("这项改革被广大群众形象地称为“放管服", "”改革，各部门要按照统一部署，…", False),
    # the next quote on the line opens: the first closes a quotation begun further up
    ("建管并重。", "”各乡镇要落实“河长制”，…", False),
    ("建管并重。", "”各乡镇要结合实际制定工作方案。", False),  # no quote after it: left as it was
    ("建管并重。", "）。各乡镇要结合实际制定工作方案。", False),  # a bracket, not a quote
])
def test_opening_quote_misread(above, text, misread):
    from generator.wraps import opening_quote_misread

    assert opening_quote_misread(above, text) is misread


@pytest.mark.parametrize("title_raw,issuer", [
    (["北塘县人民政府", "关于调整医疗保险缴费标准的通知"], ("北塘县人民政府",)),
    (["中共桃源县委办公室　桃源县人民政府办公室", "关于印发《方案》的通知"], ("中共桃源县委办公室", "桃源县人民政府办公室")),
    # an interpretation titled by the title it quotes: the 关于 is the quoted title's (probe review 6)
    (["《关于调整城乡居民基本医疗保险缴费标准的通知》政策解读"], ()),
    (["关于《北塘县城区养犬管理办法》的解读"], ()),
    # a narrow page wrapping inside 关于 or 印发 after the issuers
    (["中共湘阴县委办公室 湘阴县人民政府办公室 关", "于 2024 年全县防汛抗灾工作情况的通报"],
     ("中共湘阴县委办公室", "湘阴县人民政府办公室")),
    (["南浦县人民政府办公室印", "发《南浦县城区停车管理办法》的通知"], ("南浦县人民政府办公室",)),
    # the issuer's name cut by the wrap, its first part an organ's short name (…政府办 / 公室关于…)
    (["江华瑶族自治县人民政府办", "公室关于进一步加强农村危房改造质量安全管理的通知"], ("江华瑶族自治县人民政府办公室",)),
    # joint issuers parted by 、
    (["桐溪县财政局、桐溪县农业农村局关于做好耕地地力保护补贴发放工作的通知"], ("桐溪县财政局", "桐溪县农业农村局")),
    (["中共桐溪县委办公室、桐溪县人民政府办公室、桐溪县住房和城乡建设局", "关于印发《方案》的通知"],
     ("中共桐溪县委办公室", "桐溪县人民政府办公室", "桐溪县住房和城乡建设局")),
    # a section's label run into the first line before the issuer (twelfth session's second probes)
    (["[县政府文件] 松岭县人民政府关于禁止露天焚烧秸秆的通告"], ("松岭县人民政府",)),
    (["【县政府办文件】松岭县人民政府办公室关于做好春季森林防火工作的通知"], ("松岭县人民政府办公室",)),
    # a title printed in 【】 whole keeps its issuer
    (["【松岭县人民政府关于禁止露天焚烧秸秆的通告】"], ("松岭县人民政府",)),
])
def test_issuers_before_guanyu_in_the_title(title_raw, issuer):
    from generator.issuers import title_issuers

    assert title_issuers(title_raw) == issuer


@pytest.mark.parametrize("text,org", [
    ("解读机关：耒阳市住房和城乡建设局", "耒阳市住房和城乡建设局"),
    # in brackets, the contact after it on its line (probe review 6)
    ("（解读单位：武陵县农业农村局　联系电话：0744－8221234）", "武陵县农业农村局"),
    ("（解读机关：县医疗保障局；联系人：王华）", "县医疗保障局"),
    ("解读单位要及时公开联系电话。", None), ("（解读单位：武陵县农业农村局）负责解释", None),
    ("（联系电话：0744－8221234）", None),
])
def test_who_wrote_an_interpretation(text, org):
    from generator.extract import _INTERPRETER, _unbracketed

    m = _INTERPRETER.match(_unbracketed(fold(text)))
    assert (m.group("org") if m else None) == org


@pytest.mark.parametrize("text,addressed", [
    # a letter to one person: the name (with 同志, 先生, 女士) over a sentence speaking to him (probe review 6)
    ("张某某：\n你于2024年7月20日提出的信访复查请求收悉。", True),
    ("王某某同志：\n您于2024年5月10日提交的行政复议申请收悉。", True),
    ("李华女士：\n— 3 —\n您反映的问题已转县城管局处理。", True),
    # a name over text that speaks to no one, a sentence ending in a colon, a long label
    ("张某某：\n城南路路灯损坏多日未修。", False), ("县长信箱回复：\n您好！", False),
    ("现批复如下：\n你局要认真组织实施。", False), ("来信人：刘某\n您好！", False),
    # a speech's greeting to its hearers is no person (false-positive review)
    ("同学们：\n你们好！金秋九月，我们迎来了新学年。", False), ("同志们：\n你们辛苦了！", False),
])
def test_a_letter_to_one_person(text, addressed):
    from generator.addressees import person_addressed

    assert person_addressed(content(text), 0) is addressed


@pytest.mark.parametrize("text,shown", [
    # the 签发人 after the number on its line, as a 请示 prints it, kept apart (probe review 6)
    ("芷政〔2024〕5号　　　　　　　　签发人：杨光华", "芷政〔2024〕5号\u3000签发人：杨光华"),
    ("芷政〔2024〕5号    签 发 人：杨光华", "芷政〔2024〕5号\u3000签发人：杨光华"),
    ("签发人：王立新　　清政发〔2024〕16号", "签发人：王立新\u3000清政发〔2024〕16号"),
    ("芷政〔2024〕5号", "芷政〔2024〕5号"),
])
def test_the_number_lines_text(text, shown):
    [block] = [b for b in build_blocks(content(text), {1: "doc_number"}) if b.kind == "doc_number"]
    assert block.text == shown


@pytest.mark.parametrize("title,next_line,ends", [
    ("2024年度县级重点建设项目名单", "项目名称", True),  # a list's heading under its title
    ("2024年度重点项目计划表", "（第一批）", False),  # the title goes on in brackets
    ("桐河县农村人居环境整治考核", "评分细则", False),  # a title cut before its last words
    ("关于印发《桐河县城区停车管理实施方案》", "的通知", False),
])
def test_an_attachment_title_ending_as_a_list_does_ends_there(title, next_line, ends):
    from generator.attachmenttitles import attachment_title_ends
    from generator.model import Line
    assert attachment_title_ends(Line(5, title, fold(title)), Line(6, next_line, fold(next_line))) is ends


@pytest.mark.parametrize("text,shown", [
    ("附件1　　　　　　　　南浦县人民政府公报　2024年第4期", "附件1"),  # the mark first, the head after a gap
    ("南浦县人民政府公报　2024年第4期　　　　　　　附件2", "附件2"),  # the head first (an even page)
    ("附件2-1\t南浦县人民政府公报2024年第4期", "附件2-1"),
    ("附件1　　南浦县2024年度部门联合抽查事项清单", None),  # a title beside the mark: no running head
    ("附件1　南浦县人民政府公报　2024年第4期", None),  # one space: not set apart as a page's parts are
    ("南浦县人民政府公报　2024年第4期", None),
])
def test_an_attachment_mark_beside_the_running_head_stands_alone(text, shown):
    from generator.furniture import marks_beside_running_heads
    from generator.model import Line

    [line] = marks_beside_running_heads([Line(7, text, fold(text))])
    assert line.text == (shown or text) and line.no == 7


@pytest.mark.parametrize("text,titled", [
    ("附件3　　联络员名单", ("附件3", "联络员名单")),
    ("附件2\t南浦县2024年度抽查计划表", ("附件2", "南浦县2024年度抽查计划表")),
    ("附件 1　南浦县重点项目清单", ("附件 1", "南浦县重点项目清单")),  # one ideographic space
    ("附表1    县直单位责任分工表", ("附表1", "县直单位责任分工表")),
    ("附件2　　中的单位，要在4月底前报送。", None),  # a sentence about an attachment
    ("附件3 联络员名单", None),  # one plain space: a mark run into its title by the extraction, not set apart
    ("附件", None),
    ("附件：联络员名单", None),  # the colon form has a rule of its own
])
def test_an_attachment_mark_and_its_title_set_apart_by_a_gap(text, titled):
    from generator.linekinds import GAP_TITLED

    m = GAP_TITLED.match(text)
    assert (m and (m.group("mark"), m.group("title"))) == titled


@pytest.mark.parametrize("text,opens", [
    ("请假：周建华（省委党校学习）、邓丽（出差）", True), ("列席：县财政局主要负责同志", True),
    ("出席：刘振华　陈志军", True), ("列席人员：县人大常委会办公室负责同志", True), ("记录：罗小明", True),
    ("缺席：王强", True), ("参会单位：县发改局、县财政局", True),
    ("出席会议的同志：县直各单位主要负责人", False), ("出席会议，不得缺席。", False),  # a sentence's words
    ("会议记录：由县政府办公室负责", False), ("参加培训的人员要按时报到。", False),
])
def test_a_line_of_a_minutes_attendance(text, opens):
    from generator.wraps import opens_an_attendance_line

    assert opens_an_attendance_line(fold(text)) is opens


@pytest.mark.parametrize("texts,furniture", [
    # the issue's running head set off by a tab over the next page's number, inside a table
    (["3\t工业园标准厂房\t12000", "南浦县人民政府公报\t2024年第4期", "— 17 —", "4\t石门乡集镇改造\t3000"], True),
    (["3\t工业园标准厂房\t12000", "— 17 —", "南浦县人民政府公报\t2024年第4期", "4\t石门乡集镇改造\t3000"], True),
    # a bare page number under it (blank lines between), or the page's mark in a cell of its own
    (["3\t工业园标准厂房\t12000", "17", "南浦县人民政府公报\t2024年第4期", "4\t石门乡集镇改造\t3000"], True),
    (["3\t工业园标准厂房\t12000", "南浦县人民政府公报\t2024年第4期\t·17·", "4\t石门乡集镇改造\t3000"], True),
    # a list of the issues printed, its last row over a page's number: rows
    (["平江县人民政府公报\t2023年第4期", "平江县人民政府公报\t2023年第5期", "3"], False),
    (["平江县人民政府公报\t2023年第4期\t48", "平江县人民政府公报\t2023年第5期\t52"], False),  # a count of pages: no mark
    (["平江县人民政府公报\t2023年第4期", "平江县人民政府公报\t2023年第5期", "— 3 —"], False),
    # no page's mark beside it: a row
    (["3\t工业园标准厂房\t12000", "南浦县人民政府公报\t2024年第4期", "4\t石门乡集镇改造\t3000"], False),
])
def test_running_head_with_a_tab_beside_the_pages_number(texts, furniture):
    from generator.linekinds import line_kinds
    from generator.model import Line
    lines = [Line(no, t, fold(t)) for no, t in enumerate(texts, start=1)]
    kinds, _ = line_kinds(lines, {})
    heads = [k for k, t in enumerate(texts) if "公报" in t]
    assert (kinds[heads[-1]] == "furniture") is furniture


@pytest.mark.parametrize("above,under,carried", [
    ("出席：刘振华　陈志军　黄海燕　李国强　王卫平", "　　　张文斌　赵小兵", True),
    ("参会人员：刘振华　陈志军　欧阳小明", "张文斌", True),
    ("出席：刘振华　陈志军　黄海燕", "桐溪县人民政府办公室", False),  # the signature under the list
    ("出席：刘振华　陈志军　黄海燕", "2024年5月14日", False),
    ("出席：刘振华　陈志军", "张文斌　赵小兵", False),  # two names: a line not wrapped
    ("记录：罗小明", "张文斌　赵小兵", False),
    ("出席：县长刘振华主持会议，副县长陈志军、黄海燕", "李国强　王卫平", False),  # a sentence above
    ("出席：刘振华　陈志军　黄海燕", "列席：县财政局", False),  # the next label
    ("刘振华　陈志军　黄海燕", "张文斌　赵小兵", False),  # no attendance label above
])
def test_names_of_an_attendance_line_carried_on(above, under, carried):
    from generator.model import Line
    from generator.wraps import attendance_names_carried_on, continues

    prev, cur = Line(10, above, fold(above)), Line(11, under, fold(under))
    assert attendance_names_carried_on(prev, cur) is carried
    if carried:
        assert continues(prev, cur)
    assert not attendance_names_carried_on(prev, Line(12, under, fold(under)))  # a blank line between


def test_letter_spaced_closing_blocks_shown_squeezed():
    """OCR's letter-spaced attachment list and 抄送 (附 件 ： 1 . 松 岭 县 …) are shown squeezed."""
    from pathlib import Path

    from generator.pipeline import parse_bytes

    path = Path(__file__).parent / "cases" / "documents" / "ocr_letter_spaced_closing_blocks.txt"
    blocks = parse_bytes(path.read_bytes(), path.name).to_dict()["documents"][0]["blocks"]
    shown = {b["type"]: b["text"] for b in blocks}
    assert shown["attachment_list"] == "附件：1.松岭县县级行政许可事项清单\n2.松岭县行政许可事项办理流程"
    assert shown["cc"] == "抄送：县委办公室，县人大常委会办公室。"


_SPEECH = ("今天，我们召开全县优化营商环境大会。下面，我讲三点意见。\n\n{a}\n\n营商环境就是生产力。各级各部门要深刻认识到，"
           "优化营商环境是一项系统工程。\n\n{b}\n\n（一）持续深化“放管服”改革。全面推行“一件事一次办”。\n\n{c}\n\n"
           "同志们，优化营商环境永远在路上。让我们共同努力！\n")


@pytest.mark.parametrize("a, b, c, kinds", [
    # an outline of clause headings, a paragraph a line, blank lines between: headings
    ("一、提高站位，深刻认识优化营商环境的重要意义", "二、聚焦重点，全力打造一流营商环境", "三、压实责任，确保各项工作落地见效",
     ["paragraph", "heading", "paragraph", "heading", "list_item", "heading", "paragraph"]),
    ("一、提高站位，深刻认识优化营商环境的重要意义", "二、优化政务服务", "三、压实责任，确保各项工作落地见效",
     ["paragraph", "heading", "paragraph", "heading", "list_item", "heading", "paragraph"]),
    # near miss: a sibling runs a sentence in (the rank is a list's items): read as before, each
    # clause line an item going on across the blank line (it may be an item cut by a page)
    ("一、提高站位，深刻认识优化营商环境的重要意义", "二、聚焦重点。全力打造一流营商环境，持续深化改革", "三、压实责任，确保各项工作落地见效",
     ["paragraph", "list_item", "list_item", "list_item", "list_item"]),
])
def test_an_outline_of_clause_headings(a, b, c, kinds):
    assert [x.kind for x in build_blocks(content(_SPEECH.format(a=a, b=b, c=c)), {})] == kinds


def test_items_of_clauses_hard_wrapped_stay_items():
    """Near miss of the clause headings: items whose sentence the wrap cut, the rest on the very
    next line (a 批复's items), run on as before."""
    text = ("你局《关于审批〈南浦县城东片区控制性详细规划〉的请示》（南自资\n〔2024〕12号）收悉。经研究，现批复如下：\n"
            "一、原则同意《南浦县城东片区控制性详细规划》，规划总用地面积\n386.5公顷。\n"
            "二、你局要严格按照批准的规划实施管理，任何单位和个人不得擅自\n变更。\n此复。\n")
    blocks = build_blocks(content(text), {})
    assert [b.kind for b in blocks] == ["paragraph", "list_item", "list_item", "paragraph"]
    assert blocks[1].text.endswith("规划总用地面积386.5公顷。") and blocks[2].text.endswith("不得擅自变更。")


@pytest.mark.parametrize("line, alone", [
    ("单位：亿元", True),
    ("（单位：万元）", True),
    ("计量单位：公里", True),
    ("单位：人、%", True),
    ("（单位：万元，%）", True),
    ("单位：县财政局、县税务局负责，按月通报。", False),  # near misses: a sentence's rest, an organ
    ("单位：县财政局", False),
    ("单位要严格落实安全生产主体责任。", False),
])
def test_a_tables_unit_alone(line, alone):
    from generator.model import Line
    from generator.wraps import unit_alone
    assert unit_alone(Line(1, line, fold(line))) == alone


# A tab row alone before the page's number and running head, a table's rows on the next page:
# titles are the rows' header (one table); an organ and its date, or a contact set apart by a
# tab, are what they are (near misses), whatever follows the page break.
OVER_A_PAGE = "{row}\n— 12 —\n\f南浦县人民政府公报　2024年第4期\n县委宣传部\t负责宣传报道。\n县发改局\t负责能源调度。\n"


@pytest.mark.parametrize("row, kind", [
    ("成员单位\t职责分工", "table"),
    ("单位\t职责", "table"),
    ("南浦县人民政府办公室\t2024年3月12日", "signature"),
    ("联系人：王强\t联系电话：0731-8888888", "paragraph"),
    ("成员单位\t职责分工\t备注", "table"),  # (three cells: a row as before)
])
def test_a_header_last_on_its_page_heads_the_rows_on_the_next(row, kind):
    blocks = [b for b in build_blocks(content(OVER_A_PAGE.format(row=row)), {}) if b.kind != "furniture"]
    assert blocks[0].kind == kind and blocks[0].first == 1
    if kind == "table":
        assert len(blocks) == 1 and blocks[0].rows[0] == tuple(row.split("\t"))


@pytest.mark.parametrize("text, recipients", [
    # the labelled 主送 wrapped after the list's 、 or ，: one block of both lines
    ("主送：各乡镇人民政府，县自然资源局、县农业农村局、\n县生态环境局、县住房和城乡建设局\n为严格落实耕地保护制度，现通知如下。",
     "主送：各乡镇人民政府，县自然资源局、县农业农村局、县生态环境局、县住房和城乡建设局"),
    ("主送：各乡镇人民政府，\n县直各单位。\n现将有关事项通知如下。", "主送：各乡镇人民政府，县直各单位。"),
    # whole on its line: the next line is the body's, whatever it names
    ("主送：市人民政府\n现将县自然资源局、县农业农村局、\n县财政局的意见报告如下。", "主送：市人民政府"),
    # the line after a 、 is a sentence, no list of organs: no 主送 wrapped
    ("主送：各乡镇人民政府、\n请于3月10日前报送材料。", None),
])
def test_recipients_after_their_label_wrapped(text, recipients):
    blocks = build_blocks(content(text), {})
    found = [b.text for b in blocks if b.kind == "recipients"]
    assert found == ([recipients] if recipients else [])


@pytest.mark.parametrize("text, number", [
    ("（本文件登记号：WCDR-2024-01003）", "WCDR-2024-01003"),
    ("规范性文件登记号：NPDR-2024-01001", "NPDR-2024-01001"),  # without brackets
    ("南浦县规范性文件统一登记号：NPDR-2024-01002", "NPDR-2024-01002"),  # the label naming its county
    ("（南浦县规范性文件登记号：NPDR-2024-01002）", "NPDR-2024-01002"),
    # near misses: a sentence naming a number, a label over none
    ("本办法规范性文件登记号为NPDR-2024-01002，自印发之日起施行。", None),
    ("规范性文件登记号：待定", None),
])
def test_the_registration_printed_after_the_date(text, number):
    from generator.extract import _closing_registration
    from generator.model import Block

    found = _closing_registration((Block("paragraph", text, 1, 1),))
    assert (str(found) if found else None) == number


@pytest.mark.parametrize("text, items", [
    ("附件：①县防汛责任分工表\n②受灾情况统计表", [(1, "县防汛责任分工表"), (2, "受灾情况统计表")]),
    ("附件：①县防汛责任分工表　②受灾情况统计表", [(1, "县防汛责任分工表"), (2, "受灾情况统计表")]),
    # near miss: a circled figure inside a title opens no item
    ("附件：城关镇①号地块安置点分布图", [(None, "城关镇①号地块安置点分布图")]),
])
def test_an_attachment_list_numbered_with_circled_figures(text, items):
    from generator.attachments import attachments_of
    from generator.model import Block

    found = attachments_of((Block("attachment_list", text, 1, 2),))
    assert [(a.number, a.title) for a in found] == items


@pytest.mark.parametrize("text, items", [
    ("附件：1-1．重点任务清单\n1-2．农村改厕任务分解表\n2．领导小组成员名单",
     [(1, "重点任务清单"), (1, "农村改厕任务分解表"), (2, "领导小组成员名单")]),
    ("附件1-1：重点任务清单\n附件1-2：农村改厕任务分解表", [(1, "重点任务清单"), (1, "农村改厕任务分解表")]),
    # near misses: months and years inside a title, a range of figures with a decimal
    ("附件：1．全县1-3月份经济运行情况表\n2．重点项目清单（2023-2025年）", [(1, "全县1-3月份经济运行情况表"), (2, "重点项目清单（2023-2025年）")]),
    ("附件：补助标准（每亩1-2.5元）", [(None, "补助标准（每亩1-2.5元）")]),
])
def test_an_attachment_list_naming_the_parts_of_an_attachment(text, items):
    from generator.attachments import attachments_of
    from generator.model import Block

    found = attachments_of((Block("attachment_list", text, 1, 3),))
    assert [(a.number, a.title) for a in found] == items


@pytest.mark.parametrize("lists, items", [
    # the 附件说明 and a web page's 附件下载： numbering the same files: once each
    (["附件：1．春耕生产任务分解表\n2．春耕生产联络员名单", "附件下载：\n1．春耕生产任务分解表.xlsx（15.2KB）\n2．春耕生产联络员名单.docx（18KB）"],
     [(1, "春耕生产任务分解表"), (2, "春耕生产联络员名单")]),
    # near miss: two parts of one attachment under its number, each its own title
    (["附件：1-1．重点任务清单\n1-2．农村改厕任务分解表"], [(1, "重点任务清单"), (1, "农村改厕任务分解表")]),
])
def test_attachments_listed_twice_numbered_alike(lists, items):
    from generator.attachments import attachments_of
    from generator.model import Block

    found = attachments_of(tuple(Block("attachment_list", text, 10 * k + 1, 10 * k + 3) for k, text in enumerate(lists)))
    assert [(a.number, a.title) for a in found] == items


@pytest.mark.parametrize("key, opens", [
    ("桐溪县财政局、桐溪县农业农村局关于做好耕地地力保护补贴发放工作的通知", True),
    ("桐溪县财政局桐溪县农业农村局关于做好耕地地力保护补贴发放工作的通知", True),
    ("关于做好耕地地力保护补贴发放工作的通知", True),
    # near misses: a list of places or people parted by 、 before 关于 is no list of organs
    ("城关镇、青山镇关于耕地保护的做法值得推广", False), ("张三、李四关于调整工作的建议", False),
    # five organs or more parted by 、 (a joint 通告's, twelfth session); not five places or people
    ("中共青溪县委政法委员会、青溪县人民法院、青溪县人民检察院、青溪县公安局、青溪县司法局关于敦促投案自首的通告", True),
    ("城关镇、青山镇、白沙镇、石门乡、江口乡关于耕地保护的做法值得推广", False),
    ("张三、李四、王五、赵六、钱七关于调整工作的建议", False),
])
def test_a_title_opens_with_its_issuers_parted_by_a_dunhao(key, opens):
    from generator.patterns import title_start

    assert title_start(fold(key)) is opens


@pytest.mark.parametrize("key, joint", [
    ("中共桐溪县委办公室、桐溪县人民政府办公室", True), ("桐溪县财政局、桐溪县农业农村局、桐溪县乡村振兴局", True),
    ("桐溪县财政局、桐溪县农业农村局、", True),  # (the title wrapped after a 、, the next issuer on the next line)
    # near misses: one organ, places, an organ beside a place, a list ending with its 、
    ("桐溪县人民政府办公室", False), ("城关镇、青山镇", False), ("桐溪县财政局、城关镇", False), ("桐溪县财政局、", False),
    ("桐溪县财政局、城关镇、", False),
])
def test_joint_issuers_parted_by_a_dunhao(key, joint):
    from generator.patterns import joint_issuers_parted

    assert joint_issuers_parted(fold(key)) is joint


@pytest.mark.parametrize("text, recipients", [
    ("各乡镇人民政府，县直有关单位", True), ("各乡镇人民政府", True), ("县财政局、县农业农村局", True),
    ("各乡镇人民政府（街道办事处），县直各单位", True),
    # near misses: one organ without 各, a sentence, the colon kept (is_recipients'), a list's last comma
    ("县商务局", False), ("各乡镇要高度重视森林防火工作", False), ("各乡镇人民政府，县直各单位：", False),
    ("各乡镇人民政府，", False), ("附件、抄送单位", False),
    # the colon read as a semicolon by OCR, the comma between the names so too; near misses: one organ
    # without 各, an item of a list ending with its semicolon, a list's two semicolons
    ("各乡镇人民政府；县直各单位;", True), ("各乡镇人民政府，县直有关单位;", True), ("各乡镇人民政府;", True),
    ("县财政局;", False), ("各乡镇要加强组织领导;", False), ("各乡镇人民政府;;", False),
])
def test_recipients_whose_colon_was_lost(text, recipients):
    from generator.addressees import recipients_without_colon

    assert recipients_without_colon(fold(text)) is recipients


def test_a_wrapped_recipients_first_line_is_no_recipients_whose_colon_was_lost():
    """The first line of a 主送 the wrap cut inside a name (…文星街道办 / 事处，县直及驻县各单位：)
    names addressees only, as a 主送 whose colon was lost does: the 主送 is both lines."""
    text = "各乡镇党委、乡镇人民政府，文星街道党工委、文星街道办\n事处，县直及驻县各单位：\n现将有关事项通知如下。"
    blocks = build_blocks(content(text), {})
    assert [b.text for b in blocks if b.kind == "recipients"] == \
        ["各乡镇党委、乡镇人民政府，文星街道党工委、文星街道办事处，县直及驻县各单位："]


@pytest.mark.parametrize("text, qualifier", [
    ("（2024—2026年）", True), ("（2021-2035年）", True), ("（2023年版）", True), ("（2024年修订）", True),
    ("（试行）", True), ("（征求意见稿）", True),
    # near misses: a date in brackets (a note's), a numbered heading, the 附注, a year's words
    ("（2024年3月1日）", False), ("（一）总体要求", False), ("（此件公开发布）", False), ("（2024年）工作要点", False),
])
def test_a_captions_years_or_status_on_the_next_line(text, qualifier):
    """What completes an instrument's caption on the line under it (wraps.caption_qualifier, on a folded key)."""
    from generator.wraps import caption_qualifier

    assert caption_qualifier(fold(text)) is qualifier


@pytest.mark.parametrize("kinds, texts, rules", [
    (("table", "rule", "cc", "rule", "imprint"), ("", "", "抄送：县委办。", "", "…印发"), [1, 3]),
    (("paragraph", "furniture", "cc"), ("…", "——————————", "抄送：县委办。"), [1]),
    (("paragraph", "rule", "rule", "imprint"), ("…", "", "", "…印发"), [2, 1]),
    # near misses: a rule inside the text, a page's number as furniture over the 抄送
    (("paragraph", "rule", "heading", "cc"), ("…", "", "二、工作措施", "抄送：县委办。"), []),
    (("paragraph", "furniture", "cc"), ("…", "— 5 —", "抄送：县委办。"), []),
])
def test_the_rules_over_the_imprint_end_an_attachment(kinds, texts, rules):
    from generator.attachments import imprint_rules
    from generator.model import Block

    blocks = tuple(Block(kind, text, no, no) for no, (kind, text) in enumerate(zip(kinds, texts)))
    assert [b.first for b in imprint_rules(blocks)] == rules


@pytest.mark.parametrize("title, listed_otherwise, own", [
    ("松政发〔2024〕1号", False, True),  # the document itself as a file
    ("桐政办发〔2024〕18号附件", True, True), ("桐政办发〔2024〕18号附件1", True, True),
    ("桐政办发〔2024〕18号的附件", True, True),
    # near misses: its attachments' file where no list names them, another document's number, a title
    ("桐政办发〔2024〕18号附件", False, False), ("桐政办发〔2023〕18号", False, False),
    ("南政发〔2024〕1号", False, False), ("桐溪县县级政务服务事项目录", True, False),
    ("桐政办发〔2024〕18号文件解读", True, False),
])
def test_a_web_pages_file_named_by_the_documents_own_number(title, listed_otherwise, own):
    from generator.attachments import _own_file
    from generator.identifiers import DocNumber

    number = DocNumber.parse("桐政办发〔2024〕18号") if "桐" in title else DocNumber.parse("松政发〔2024〕1号")
    assert _own_file(title, number, listed_otherwise) is own


@pytest.mark.parametrize("title, issue", [
    ("南浦县人民政府公报2024年第1期", True), ("《南浦县人民政府公报》2024年第3-4期（总第58期）", True),
    ("南浦县人民政府公报（2024年第2期）", True),
    # near misses: the gazette named with other words, an issue without the gazette, a title
    ("南浦县人民政府公报征订单", False), ("南浦县人民政府公报2024年第1期目录", False), ("2024年第1期", False),
    ("南浦县人民政府关于做好2024年第1期公报编印工作的通知", False),
])
def test_a_web_pages_file_that_is_the_issue(title, issue):
    from generator.attachments import _issue_file

    assert _issue_file(title) is issue


@pytest.mark.parametrize("text, proofread", [
    ("校对：王小明", True),
    ("校对：王小明　　　　（共印50份）", True),
    ("校对人：王小明、李华", True),
    ("校对：李　华　　张　敏", True),
    ("校对：", False),  # a label over no name
    ("校对：请各单位于3月5日前完成数据核对。", False),  # a sentence
    ("校对工作由县政府办公室负责", False),  # no label
    ("审核：王小明", False),
])
def test_the_proofreader_of_the_copies_printed(text, proofread):
    from generator.closing import proofread as _proofread

    assert _proofread(fold(text)) is proofread


def test_the_proofreader_under_the_imprint_is_the_imprints():
    lines = content("抄送：县委办，县人大办。\n松岭县人民政府办公室　　　2024年3月2日印发\n校对：王小明　　　　（共印50份）\n")
    assert [(b.kind, b.text) for b in build_blocks(lines, {})] == [
        ("cc", "抄送：县委办，县人大办。"), ("imprint", "松岭县人民政府办公室2024年3月2日印发"),
        ("imprint", "校对：王小明"), ("imprint", "（共印50份）")]
    # over the 印发 line, the same words are no line of the imprint
    lines = content("为做好校对工作，现通知如下：\n校对：王小明\n")
    assert [b.kind for b in build_blocks(lines, {})] == ["paragraph", "paragraph"]


@pytest.mark.parametrize("text, handling", [
    ("主办：县农业农村局　　　　督办：县政府督查室", True),
    ("督办单位：县委县政府督查室", True),
    ("主办单位：县发展和改革局　　协办单位：县财政局、县自然资源局　　督办单位：县委县政府督查室", True),
    ("主办：松岭县人民政府办公室　　承办：松岭县大数据中心", False),  # a web page's footer: no 督办
    ("主办：县农业农村局", False),  # alone (beside a 督办 line, linekinds takes it)
    ("督办：王小明", False),  # a person, no office
    ("督办：各单位于3月底前报送进展情况。", False),  # a sentence
    ("由县政府督查室负责督办。", False),
    ("督办事项：县城污水处理厂建设", False),
])
def test_the_offices_that_handle_and_oversee_the_matter(text, handling):
    from generator.furniture import is_web_chrome
    from generator.imprintlines import handling_offices

    assert handling_offices(fold(text)) is handling
    if handling:
        assert not is_web_chrome(fold(text))


def test_the_handling_offices_in_the_imprint_are_the_imprints():
    lines = content("主办：县农业农村局　　　　督办：县政府督查室\n抄送：县委办。\n桐溪县人民政府办公室　　　2024年4月9日印发\n")
    assert [(b.kind, b.text) for b in build_blocks(lines, {})] == [
        ("imprint", "主办：县农业农村局 督办：县政府督查室"), ("cc", "抄送：县委办。"),
        ("imprint", "桐溪县人民政府办公室2024年4月9日印发")]
    lines = content("主办：县水利局\n督办：县政府督查室\n")  # over two lines
    assert [b.kind for b in build_blocks(lines, {})] == ["imprint", "imprint"]
    lines = content("主办：桐溪县人民政府办公室　　承办：桐溪县大数据中心\n")  # a web page's footer
    assert [b.kind for b in build_blocks(lines, {})] == ["furniture"]


@pytest.mark.parametrize("text, recipients", [
    # the 主送 moved to the 版记 cut by a page break inside a name or after a comma, the page's
    # number and the running head between in either order (probe review 8)
    ("青溪县人民政府\n2024年5月8日\n主送：各乡镇人民政府，县直各单位，县法院，县检察\n— 8 —\n"
     "青溪县人民政府公报　　　　　　2024年第5期\n院，县总工会，县妇联。\n抄送：县委办，县人大办。",
     ("主送：各乡镇人民政府，县直各单位，县法院，县检察院，县总工会，县妇联。", 3, 6)),
    ("青溪县人民政府办公室\n2024年5月22日\n主送：各乡镇人民政府，县自然资源局，\n2024年第5期　　　　　　青溪县人民政府公报\n"
     "— 11 —\n县交通运输局，县气象局。\n抄送：市自然资源和规划局。",
     ("主送：各乡镇人民政府，县自然资源局，县交通运输局，县气象局。", 3, 6)),
    ("青溪县人民政府\n2024年5月8日\n主送：各乡镇人民政府，县直各单位。\n抄送：县委办，县人大办。",
     ("主送：各乡镇人民政府，县直各单位。", 3, 3)),  # no page break
    # the label alone over the names, a page break perhaps between; the last a kind of enterprise
    ("青溪县人民政府\n2024年7月8日\n主送：\n各乡镇人民政府，县直各单位，县属各国有企业。\n抄送：市应急管理局。",
     ("主送：各乡镇人民政府，县直各单位，县属各国有企业。", 3, 4)),
    ("青溪县人民政府\n2024年7月8日\n主送：\n— 6 —\n青溪县人民政府公报　　2024年第7期\n"
     "各乡镇人民政府，县直各单位，县属各国有企业。\n抄送：市应急管理局。",
     ("主送：各乡镇人民政府，县直各单位，县属各国有企业。", 3, 6)),
    # near miss: a whole name ends the page above, no comma: the text on the next page is not the list's
    ("青溪县人民政府\n2024年5月8日\n主送：各乡镇人民政府，县直各单位\n— 8 —\n"
     "青溪县人民政府公报　　　　　　2024年第5期\n为做好相关工作，特此通知。", ("主送：各乡镇人民政府，县直各单位", 3, 3)),
])
def test_the_addressees_in_the_imprint_over_a_page_break(text, recipients):
    blocks = [b for b in build_blocks(content(text), {}) if b.kind == "recipients"]
    assert ((blocks[0].text, blocks[0].first, blocks[0].last) if blocks else None) == recipients


@pytest.mark.parametrize("text, kinds", [
    # the office that handles the matter without the 督办 beside it, over the 抄送 or the 印发 line
    # (probe review 8)
    ("青溪县人民政府办公室\n2024年4月8日\n主办：县发展和改革局\n抄送：县委办，县人大办。\n青溪县人民政府办公室　　　2024年4月9日印发",
     ["signature", "date", "imprint", "cc", "imprint"]),
    ("青溪县人民政府办公室\n2024年4月8日\n主办单位：县水利局\n青溪县人民政府办公室　　　2024年4月9日印发",
     ["signature", "date", "imprint", "imprint"]),
    # near misses: a web page's footer under the text, nothing of the 版记 under it
    ("青溪县人民政府办公室\n2024年4月8日\n主办：青溪县人民政府办公室", ["signature", "date", "furniture"]),
    ("青溪县人民政府办公室\n2024年4月8日\n主办：青溪县人民政府办公室　　承办：青溪县大数据中心", ["signature", "date", "furniture"]),
])
def test_the_handling_office_alone_over_the_imprint(text, kinds):
    assert [b.kind for b in build_blocks(content(text), {})] == kinds


@pytest.mark.parametrize("text, headings", [
    # an attachment's heading with its title after the label on its line, over its text (probe review 8)
    ("附件1：青溪县2024年城乡环境整治工作方案\n为持续改善城乡人居环境，制定本方案。",
     [("附件1", "青溪县2024年城乡环境整治工作方案", 3, 3)]),
    ("附件2：青溪县城乡环境整治工作领导小组成员名单\n组　长：王　明　县长\n副组长：李　强　副县长",
     [("附件2", "青溪县城乡环境整治工作领导小组成员名单", 3, 3)]),
    # its title wrapped under it, and the label alone over the title, as before
    ("附件1：桐溪县2024年城乡居民基本医疗保险\n参保缴费工作方案\n为做好参保缴费工作，制定本方案。",
     [("附件1", "桐溪县2024年城乡居民基本医疗保险参保缴费工作方案", 3, 4)]),
    ("附件2\n青溪县城乡环境整治工作领导小组成员名单\n组　长：王　明　县长",
     [("附件2", "青溪县城乡环境整治工作领导小组成员名单", 3, 4)]),
])
def test_an_attachments_heading_titled_on_its_line(text, headings):
    lines = content("青溪县人民政府办公室\n2024年6月20日\n" + text)
    blocks = [b for b in build_blocks(lines, {}) if b.kind == "attachment"]
    assert [(b.marker, b.text, b.first, b.last) for b in blocks] == headings


@pytest.mark.parametrize("kinds, notes", [
    (["date", "attachment", "paragraph", "note", "cc", "imprint"], [3]),  # after the attachments, over the 版记
    (["date", "attachment", "table", "note"], [3]),  # last of all
    # near misses: an attached document's own 附注 with its text going on, the note under the date
    (["date", "attachment", "paragraph", "note", "paragraph"], []),
    (["date", "note", "attachment", "paragraph"], []),
])
def test_a_note_after_the_attachments(kinds, notes):
    from generator.attachments import notes_after_the_attachments
    from generator.model import Block

    blocks = tuple(Block(kind, "（此件公开发布）" if kind == "note" else "…", k + 1, k + 1) for k, kind in enumerate(kinds))
    assert [blocks.index(b) for b in notes_after_the_attachments(blocks)] == notes


@pytest.mark.parametrize("printed, listed, alike", [
    ("南浦县2024年重点民生实事项目实施方案", "南浦县2024年度重点民生实事项目实施方案", True),  # a word dropped
    ("南浦县2024年度重点民生实事项目责任分工表", "南浦县2024年度重点民生实事项目责任分解表", True),  # another word
    ("南浦县森林防火联络员名单(乡镇)", "南浦县森林防火联络员名单（乡镇）", True),  # brackets of another width
    # near misses: another title, a sentence, a short title of a series, a heading of the text
    ("南浦县2024年度政务公开工作要点", "南浦县2024年度重点民生实事项目实施方案", False),
    ("南浦县2024年重点民生实事项目实施方案。", "南浦县2024年度重点民生实事项目实施方案", False),
    ("南浦县2023年度农村公路养护计划表", "南浦县2024年度农村公路养护计划表", False),  # another year
    ("南浦县2024年第二批重点建设项目清单", "南浦县2024年度第一批重点建设项目清单", False),  # another ordinal in words
    ("南浦县2024年第2批重点建设项目清单", "南浦县2024年度第二批重点建设项目清单", True),  # in figures, the same
    ("一、目标任务", "南浦县2024年度重点民生实事项目实施方案", False),
])
def test_an_attachments_title_printed_a_little_otherwise(printed, listed, alike):
    from generator.attachments import alike_titles
    assert alike_titles(printed, listed) is alike


@pytest.mark.parametrize("blocks, lines", [
    # 附件1 headed, the second printed under its title alone: its own section
    ([("attachment_list", "附件：1．南浦县民生实事实施方案\n2．南浦县民生实事责任分解表"), ("date", "2024年5月6日"),
      ("attachment", "南浦县民生实事实施方案", "附件1"), ("paragraph", "为办好民生实事，制定本方案。"),
      ("heading", "南浦县民生实事责任分解表"), ("table", "")], [(3, 4), (5, 6)]),
    # near miss: the heading names the listed title of an attachment headed later (附件2 printed): no section of its own
    ([("attachment_list", "附件：1．南浦县民生实事实施方案\n2．南浦县民生实事责任分解表"), ("date", "2024年5月6日"),
      ("attachment", "南浦县民生实事实施方案", "附件1"), ("heading", "南浦县民生实事责任分解表"),
      ("attachment", "南浦县民生实事责任分解表", "附件2"), ("table", "")], [(3, 4), (5, 6)]),
])
def test_an_attachment_printed_without_its_heading_after_a_headed_one(blocks, lines):
    from generator.attachments import attachments_of
    from generator.model import Block

    built = tuple(Block(kind, text, k + 1, k + 1, marker=rest[0] if rest else None)
                  for k, (kind, text, *rest) in enumerate(blocks))
    assert [(a.first, a.last) for a in attachments_of(built)] == lines


def test_an_attachment_list_of_items_each_wrapped_counts_its_items_not_their_wrapped_ends():
    # nine titles each wrapped onto a second line: one list of eighteen lines (twelve items at most,
    # each with its wrapped end), over the organ that signs
    items = "\n".join(f"      {k}．青溪县2024年优化营商环境第{k}项便利化改革\n          实施方案" for k in range(2, 10))
    text = "附件：1．青溪县2024年优化营商环境第1项便利化改革\n          实施方案\n" + items \
        + "\n\n                      青溪县人民政府办公室\n                        2024年5月6日"
    blocks = build_blocks(content(text), {})
    assert [(b.kind, b.first, b.last) for b in blocks] == [("attachment_list", 1, 18), ("signature", 20, 20),
                                                           ("date", 21, 21)]


@pytest.mark.parametrize("text, goes_on", [
    # titles listed a line each, each opening with its issuer and 关于, ending with its 文种 (twelfth session)
    ("县住房和城乡建设局关于推进老旧小区改造工作情况的报告\n县林业局关于森林防火工作情况的报告\n", False),
    ("城关街道关于推进老旧小区改造工作情况的报告\n青石镇关于森林防火工作情况的报告\n", False),
    # near misses: a title cut before its 文种, a line that opens no title under it
    ("县住房和城乡建设局关于推进老旧小区改造工作情况的\n报告已经县人民政府同意，现转发给你们。\n", True),
    ("县住房和城乡建设局关于推进老旧小区改造工作情况的报告\n已经县人民政府同意，现转发给你们，请认真贯彻执行。\n", True),
])
def test_titles_listed_a_line_each_are_no_line_cut(text, goes_on):
    from generator.wraps import continues

    prev, cur = content(text)
    assert continues(prev, cur, 26) is goes_on


def test_a_day_under_the_title_leaves_the_addressees_first():
    lines = content("青溪县人民政府关于调整森林防火指挥部组成人员的决定\n2024年3月5日\n青政发〔2024〕9号\n"
                    "各乡镇人民政府，县直各单位：\n　　因工作需要，县人民政府决定对组成人员进行调整。\n")
    header = {lines[0].place: "title", lines[2].place: "doc_number"}
    assert [b.kind for b in build_blocks(lines, header)] == ["title", "date", "doc_number", "recipients", "paragraph"]
