"""Rules asked of a few lines around a page break (excerpts of the case files): runs.py, attachmentlines.py, addressees.py, headerspan.py, titlekinds.py."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.addressees import wrapped_recipients_end
from generator.attachmentlines import page_number_among_items
from generator.model import Line
from generator.normalize import fold
from generator.runs import page_mark_at, page_number_inside_a_header


def _lines(*texts: str) -> list[Line]:
    return [Line(no, text, fold(text)) for no, text in enumerate(texts, start=1)]


@pytest.mark.parametrize("texts, inside", [
    # the page's number between the 发文字号 (or the title) and the 主送
    (("青溪县人民政府办公室关于做好2024年汛期地质灾害防治工作的通知", "青政办发〔2024〕21号", "17", "各乡镇人民政府，县直各单位："), True),
    (("青溪县人民政府关于表扬2023年度森林防火工作先进单位的通报", "23", "各乡镇人民政府，县直有关单位："), True),
    # between the title and the 发文字号 printed under it
    (("青溪县人民政府关于调整县城区部分道路限速标准的通告", "41", "青政告〔2024〕3号"), True),
    # over a 主送 wrapped, or run on into the body's first sentence
    (("湘阴县人民政府办公室关于进一步加强汛期安全生产工作的通知", "湘政办发〔2024〕31号", "26", "各镇人民政府，湘阴高新区管委会，东湖旅游度假区管委会，",
      "县人民政府各部门，县直各事业单位，中央、省、市驻湘阴", "各单位："), True),
    (("湘阴县人民政府办公室关于做好2024年中秋国庆期间有关工作的通知", "湘政办发〔2024〕40号", "35",
      "各镇人民政府、街道办事处，县直各单位：中秋、国庆将至，现就有关事项通知如下。"), True),
    # not: a count under a sentence's line, a number over a body's line, a number under a title over its text
    (("全县共有重点隐患点", "17", "处，已全部落实监测人员。"), False),
    (("全县各地认真落实森林防火责任，", "23", "为做好森林防火工作，现通报如下："), False),
    # under a title over what goes on under it: a 通告's first paragraph, a 纪要's text, a 公告's number
    (("青溪县人民政府关于调整县城区部分道路限速标准的通告", "41", "为保障道路交通安全，现通告如下。"), True),
    (("南浦县人民政府第19次常务会议纪要", "15", "2024年5月20日，县长王立新主持召开县人民政府第19次常务会议。"), True),
    (("南浦县人民政府公告", "18", "第3号"), True),
    # under a list's or a speech's title, over its note
    (("城步苗族自治县人民政府任免名单", "21", "（2024年3月）"), True),
    (("在全县优化营商环境大会上的讲话", "24", "（2024年4月8日）"), True),
    # not: a sentence's line over a number, or a header's number line over one
    (("序号", "41", "青政告〔2024〕3号"), False),
    (("嘉政函〔2024〕22号", "9", "嘉政发〔2024〕6号"), False),
    # a table printed one cell a line, a count under each name
    (("数量", "制定工作方案", "2", "开展业务培训", "5"), False),
])
def test_page_number_inside_a_header(texts, inside):
    lines = _lines(*texts)
    assert page_number_inside_a_header(lines, next(k for k, line in enumerate(lines) if line.key.isdigit())) is inside


def test_a_row_number_under_a_title_over_a_number_is_no_page_number():
    # a table of documents printed a cell a line: 1 / number / title / 2 / number / title
    lines = _lines("1", "青政告〔2024〕3号", "青溪县人民政府关于调整县城区部分道路限速标准的通告",
                   "2", "青政告〔2024〕4号", "青溪县人民政府关于加强城区停车管理的通告")
    assert not page_mark_at(lines, 3)


@pytest.mark.parametrize("key, after, page", [
    ("14", None, True),                       # under the list's last item
    ("19", "(2)平江县森林防火物资储备清单", True),  # between two items, the next numbered
    ("2", "平江县重点防汛区域名单", False),          # an item's number over its title
    ("2024", None, False),                     # no page's number: four digits
    ("14个", None, False),
])
def test_page_number_among_items(key, after, page):
    assert page_number_among_items(key, after) is page


@pytest.mark.parametrize("texts, end", [
    (("各镇人民政府，湘阴高新区管委会，", "县直各单位："), 1),  # a 主送 wrapped
    (("60", "各位代表："), None),  # the page's number over a salutation: no 主送 opens with it
    (("26", "各乡镇人民政府，县直各单位："), None),
    # a labelled 主送 wrapped after a 、, and the page broken there (its number, the running head)
    (("主送：各乡镇人民政府，县应急管理局、县林业局、", "县民政局、县交通运输局"), 1),
    (("主送：各乡镇人民政府，县应急管理局、县林业局、", "— 7 —", "南浦县人民政府公报", "县民政局、县交通运输局"), 3),
    (("主送：各乡镇人民政府，县应急管理局、县林业局、", "— 7 —", "为切实做好工作，现通知如下。"), None),
])
def test_wrapped_recipients_end(texts, end):
    lines = _lines(*texts)
    assert wrapped_recipients_end(lines, ["text"] * len(lines), 0) == end


@pytest.mark.parametrize("texts, listed", [
    # title / 文号 / 登记号 on the lines under it: the number is the entry's
    (("南浦县人民政府办公室关于进一步规范城区夜市经营管理的通知", "南政办发〔2020〕17号"), True),
    (("南浦县人民政府办公室关于进一步规范城区夜市经营管理的通知", "南政办发〔2020〕17号", "NPDR-2020-01007"), True),
    # a second 发文字号 under the entry's: an entry prints one; that one opens what follows
    (("南浦县人民政府办公室关于进一步规范城区夜市经营管理的通知", "南政办发〔2020〕17号", "NPDR-2020-01007",
      "南政办发〔2024〕33号"), False),
    (("南浦县人民政府关于加强城区养犬管理的通告", "南政告〔2019〕5号", "南政办发〔2024〕33号"), False),
    # near miss: an entry issued jointly, its issuers' numbers of one year one under another
    (("青溪县人民政府　青溪县财政局关于印发青溪县惠民补贴资金管理办法的通知", "青政发〔2023〕15号", "青财发〔2023〕21号"), True),
    # the title a hard wrap cut before its 文种 (…办法》的 / 通知): still a title over the number
    (("石门县人民政府办公室关于印发《石门县城乡供水管理办法》的", "通知", "石府办规〔2024〕7号"), True),
    # near miss: a line over the number that opens no title, with a 文种 joined to it
    (("现将有关事项通知如下，请认真贯彻执行的", "通知", "石府办规〔2024〕7号"), False),
    # a list printing no numbers under its entries (contents without pages): the numbers under its last
    # entry (on one line, wrapped, its issuer over 关于…) open the first document
    (("安平县人民政府办公室关于耕地保护工作专题会议纪要", "安平县人民政府关于开展住宅小区物业管理专项整治的通告",
      "安政通〔2022〕3号", "APDR-2022-00001"), False),
    (("安平县人民政府办公室关于耕地保护工作专题会议纪要", "安平县人民政府关于进一步加强城乡居民",
      "基本医疗保险参保缴费工作的实施意见", "安政通〔2022〕3号"), False),
    (("安平县人民政府关于印发", "《安平县城乡供水保障专项整治行动方案》的通知", "安平县人民政府办公室　安平县财政局",
      "关于做好2022年防汛抗旱工作的通知", "安政通〔2022〕3号"), False),
    (("4　安平县人民政府关于公布2022年规范性文件清理结果的决定", "5　安平县人民政府办公室", "关于商请支持冬春季动物防疫工作的函",
      "安政通〔2022〕3号"), False),  # (each entry's page before its title)
    (("2　桐溪县人民政府关于残疾人保障有关事项的公告", "4　桐溪县人民政府办公室关于转发《湖南省人民政府", "关于进一步加强城乡居民基本医疗保险参",
      "保缴费工作的通知》的通知", "桐政函〔2022〕51号"), False),  # (the last entry over three lines)
    (("15　石门县人民政府关于印发《石门县校外培训治理管理办法》的通知", "■县政府办公室文件", "16　石门县人民政府办公室",
      "关于做好2025年建筑垃圾管理工作的通知", "石政函〔2025〕4号"), False),  # (the first entry of a section, last of all)
    # near miss: the entry above prints its number: a list of titles each with its numbers
    (("安平县人民政府办公室关于耕地保护工作专题会议纪要", "安政阅〔2022〕27号", "安平县人民政府关于开展住宅小区物业管理专项整治的通告",
      "安政通〔2022〕3号"), True),
])
def test_listed_under_a_title(texts, listed):
    from generator.headerspan import listed_under_a_title

    lines = _lines(*texts)
    assert listed_under_a_title(lines, len(lines) - 1) is listed


_LISTED = ("附件：桐溪县水利局关于做好2024年冬春季农村供水工程", "— 5 —", "桐溪县人民政府公报", "运行管护工作的通知",
           "桐溪县人民政府办公室", "2024年11月4日", "附件", "桐溪县水利局文件", "桐水发〔2024〕41号",
           "桐溪县水利局关于做好2024年冬春季农村供水工程运行管护工作的通知")


@pytest.mark.parametrize("texts, attached", [
    (tuple(x for x in _LISTED if x not in ("— 5 —", "桐溪县人民政府公报")), True),  # the 附件说明 wrapped
    (_LISTED, True),  # and a page break in it: its number and running head between the two lines
    # the 附件说明 names another document: this one is no attachment of the notice
    (("附件：桐溪县水利局关于做好2024年冬春季农村供水工程", "— 5 —", "桐溪县人民政府公报", "运行管护方案",
      *_LISTED[4:]), False),
])
def test_attached_whole(texts, attached):
    from generator.titlekinds import attached_whole

    lines = _lines(*texts)
    assert attached_whole(lines, len(lines) - 1, 0, lines[-1].key) is attached


# The page furniture a line is, kept on the line (furniture.page_kind, Line.page): the page's
# rules give what they gave when each asked the patterns itself, on the first asking and again.
_PAGE_PIECES = ["— ", " —", "-", "·", "第", "页", "共", "3", "12", "240", " ", "　", "\t", "平江县人民政府公报",
                "2023年第5期", "(总第38期)", "县政府文件", "【打印本页】", "续表", "Page ", " of ", "/", "关于",
                "的通知", "。", "各乡镇人民政府：", "2024年5月6日", "一", "(此页无正文)", "附件"]
_PAGE_LINES = ["— 12 —", "- 3 -", "·5·", "第 22 页 共 240 页", "第3页/共48页", "12 / 48", "Page 15 of 48", "9", "103",
               "3000", "1 2", "平江县人民政府公报　2023年第5期", "县政府文件　　·5·", "第 1234 页 共 2345 页 第 9 页", "·3", "·" * 26 + "3"]
_page_texts = st.one_of(st.sampled_from(_PAGE_LINES), st.lists(st.sampled_from(_PAGE_PIECES), max_size=6).map("".join))


def _page_number_at_a_break_by_patterns(lines, i):
    from generator.furniture import is_page_mark
    from generator.pagemarks import PAGE_NUMBER
    from generator.runs import page_number_after_an_end

    line = lines[i]
    if len(line.key) > 24 or not re.search(r"\d", line.key) or not PAGE_NUMBER.match(line.text.strip()):
        return False
    after = lines[i + 1] if i + 1 < len(lines) else None
    before = lines[i - 1] if i > 0 else None
    return line.page_break or (after is not None and (after.page_break or is_page_mark(after))) \
        or (before is not None and is_page_mark(before)) or page_number_after_an_end(lines, i)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_page_texts, st.booleans(), st.booleans()), min_size=1, max_size=6))
def test_page_kind_kept_on_the_line_gives_the_patterns_answers(rows):
    from generator.furniture import _page_mark, is_page_furniture, is_page_mark
    from generator.pagemarks import PAGE_NUMBER
    from generator.runs import page_number_at_a_break

    lines = [Line(no, text, fold(text), page_break, running_head=head) for no, (text, page_break, head) in enumerate(rows, start=1)]
    for _ in range(2):  # (the first asking keeps the answer on the line; the second reads it)
        for i, line in enumerate(lines):
            mark = line.running_head or _page_mark(line.text, line.key)
            assert is_page_mark(line) is mark
            assert is_page_furniture(line) is (bool(PAGE_NUMBER.match(line.text.strip())) or mark)
            at_a_break = _page_number_at_a_break_by_patterns(lines, i)
            assert page_number_at_a_break(lines, i) == at_a_break
            assert page_mark_at(lines, i) == (mark or at_a_break)


def test_a_lines_place_blank_and_kept_page_kind_are_not_its_value():
    from dataclasses import replace

    line = Line(3, "— 5 —", fold("— 5 —"))
    assert (line.place, line.blank, line.page) == (3, False, -1)
    assert replace(line, at=7).place == 7 and Line(4, "", "").blank
    page_mark_at([line], 0)
    assert line.page > 0 and line == Line(3, "— 5 —", fold("— 5 —")) and hash(line) == hash(Line(3, "— 5 —", fold("— 5 —")))
    assert repr(line) == "Line(no=3, text='— 5 —', key=%r, page_break=False, joined=0, running_head=False, at=0)" % fold("— 5 —")
    assert replace(line, text="x", key="x").page == -1  # (a line made anew is asked anew)


def test_a_line_made_sets_every_field_as_given():
    """Line's __init__ is written out (each slot's own setter): every field set, as given, and a
    line pickles and unpickles as itself (the parse cache)."""
    import pickle
    from dataclasses import fields

    line = Line(5, "甲\t乙", "甲\t乙", True, 6, True, 9)
    assert [f.name for f in fields(Line)] == list(Line.__slots__)
    assert [getattr(line, f.name) for f in fields(Line)] == [5, "甲\t乙", "甲\t乙", True, 6, True, 9, 9, False, -1]
    assert Line(no=5, text="", key="", page_break=False, joined=0, running_head=False, at=0).place == 5
    again = pickle.loads(pickle.dumps(line))
    assert again == line and (again.place, again.blank, again.page) == (9, False, -1)


def test_a_block_made_sets_every_field_as_given():
    """Block's __init__ is written out (each slot's own setter): every field set as given, its
    defaults the dataclass's, and equality, hashing, repr, replace() and pickling as before."""
    import pickle
    from dataclasses import FrozenInstanceError, fields, replace

    import pytest

    from generator.model import Block

    values = ["table", "甲", 3, 9, 2, "一、", (("a", "b"),), (3,), (1,), (0,), "t1"]
    block = Block(*values)
    assert [f.name for f in fields(Block)] == list(Block.__slots__)
    assert [getattr(block, f.name) for f in fields(Block)] == values
    assert Block(**{f.name: v for f, v in zip(fields(Block), values)}) == block
    plain = Block("paragraph", "乙", 1, 2)
    assert [getattr(plain, f.name) for f in fields(Block)] == ["paragraph", "乙", 1, 2, None, None, None, None, (), (), None]
    assert repr(plain) == ("Block(kind='paragraph', text='乙', first=1, last=2, level=None, marker=None, rows=None, "
                           "row_lines=None, breaks=(), furniture=(), table=None)")
    assert hash(block) == hash(Block(*values)) and block != plain
    assert replace(block, table=None) == Block(*values[:-1]) and replace(plain, last=5).last == 5
    with pytest.raises(FrozenInstanceError):
        block.kind = "x"  # type: ignore[misc]
    again = pickle.loads(pickle.dumps(block))
    assert again == block and again is not block


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["序号", "姓名", "性别", "单位", "1", "2024", "12.5", "县财政局", "", " ", "。", "备注",
                                 "出生年月", "联系电话", "a" * 25]), min_size=1, max_size=6))
def test_a_header_printed_again_opens_no_new_table(cells):
    """runs._starts_new_table says no at once to a row whose cells are the header's: the costly
    comparison (asked with no header given) says no to it too."""
    from generator.runs import _header_like, _row_shape, _starts_new_table

    first = Line(1, "\t".join(cells), fold("\t".join(cells)))
    again = Line(9, "\t".join(cells) + "\t", fold("\t".join(cells) + "\t"))  # (an empty cell at its end: the same cells)
    head = _row_shape(first)
    assert _row_shape(again) == head
    assert not _starts_new_table(first, again, head, _header_like(head)) and not _starts_new_table(first, again)


_FIRST_TABLE = ("序号\t乡镇\t耕地保有量\t永久基本农田", "1\t城关镇\t85320\t80100", "2\t南江镇\t42118\t39900",
                "合计\t\t127438\t120000", "— 5 —")


@pytest.mark.parametrize("after, ends", [
    # another table over the page, numbered from 1 again under a header of its own: the first ends
    (("序号\t单位\t粮食播种面积\t粮食产量", "1\t县农业农村局\t65320\t30100", "2\t县国有林场\t21007\t12500"), True),
    # near misses: the table going on under its header printed again in other words, its numbers going on
    (("序号\t乡镇（街道）\t耕地保有量（亩）\t永久基本农田（亩）", "3\t长寿镇\t31007\t29500"), False),
    # its later columns over the same rows (pagecolumns joins them), beside 序号 alone too
    (("序号\t乡镇\t粮食播种面积\t粮食产量", "1\t城关镇\t65320\t30100", "2\t南江镇\t32118\t19900"), False),
    (("序号\t参保率（%）\t排名", "1\t95.5\t1", "2\t94.7\t2", "合计\t95.1\t"), False),
    # figures after the numbers, but more rows than the first part holds: another table
    (("序号\t参保率（%）\t排名", "1\t95.5\t1", "2\t94.7\t2", "3\t93.2\t3", "4\t92.8\t4"), True),
])
def test_another_table_over_the_page_numbered_anew(after, ends):
    from generator.runs import table_run_end

    lines = _lines(*_FIRST_TABLE, *after)
    kinds = ["table_row"] * 4 + ["furniture"] + ["table_row"] * len(after)
    assert (table_run_end(lines, kinds, 0) == 3) is ends


# A caption line right over the table's header printed again opens another table; not where a
# gap (a page break) stands around it, nor a page's number or a 续表 mark.
@pytest.mark.parametrize("texts, places, caption", [
    (("信息内容\t本年处理决定数量", "行政许可\t1286", "第二十条第（六）项", "信息内容\t本年处理决定数量"), (1, 2, 3, 4), True),
    (("信息内容\t本年处理决定数量", "行政许可\t1286", "第二十条第（六）项", "信息内容\t本年处理决定数量"), (1, 2, 4, 6), False),
    (("信息内容\t本年处理决定数量", "行政许可\t1286", "— 12 —", "信息内容\t本年处理决定数量"), (1, 2, 3, 4), False),
    (("信息内容\t本年处理决定数量", "行政许可\t1286", "续表", "信息内容\t本年处理决定数量"), (1, 2, 3, 4), False),
    (("信息内容\t本年处理决定数量", "行政许可\t1286", "第二十条第（八）项", "信息内容\t本年收费金额"), (1, 2, 3, 4), False),
])
def test_a_caption_right_over_the_header_printed_again(texts, places, caption):
    from generator.runs import _caption_over_the_header, _header_like, _row_shape
    lines = [Line(at, text, fold(text), at=at) for at, text in zip(places, texts)]
    kinds = ["table_row", "table_row", "text", "table_row"]
    head = _row_shape(lines[0])
    assert _caption_over_the_header(lines, kinds, 1, 3, head, _header_like(head), 1) is caption
