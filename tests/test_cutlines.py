"""Lines cut in two inside a number or a date (a PDF's wrap or page break), joined back; every
other pair of lines left as it is. Excerpts from review (tests/cases/documents hold whole ones)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import cutlines
from generator.cutlines import join_cut_lines
from generator.model import Line
from generator.normalize import fold


def lines_of(*texts: str) -> list[Line]:
    return [Line(no, t, fold(t)) for no, t in enumerate(texts, start=1)]


@pytest.mark.parametrize("texts,joined", [
    (("衡政办发〔2024〕", "9号"), "衡政办发〔2024〕9号"),
    (("石政办发", "〔2023〕27号"), "石政办发〔2023〕27号"),
    (("HSDR—2024—", "01004"), "HSDR—2024—01004"),
    (("醴政办发〔2024〕3号　　LLDR—2024—", "01002"), "醴政办发〔2024〕3号　　LLDR—2024—01002"),
    (("安政呈〔2024〕5号　　签发人：", "张志强"), "安政呈〔2024〕5号　　签发人：张志强"),
    (("慈利县人民政府办公室", "2024年3月", "20日"), "2024年3月20日"),  # a date alone: under its organ
    (("桑植县人民政府办公室", "二〇二三年九月", "二十日"), "二〇二三年九月二十日"),
    (("保靖县人民政府　　2023年8月", "15日"), "保靖县人民政府　　2023年8月15日"),
    (("沅江市人民政府办公室　　　2024年3月", "23日印发"), "沅江市人民政府办公室　　　2024年3月23日印发"),
    (("（此件主动", "公开）"), "（此件主动公开）"),  # the 附注 after the date
    (("（本文件登记号：YZDR—2024—", "00004）"), "（本文件登记号：YZDR—2024—00004）"),
    (("（联系人：李华，", "联系电话：0736-1234567）"), "（联系人：李华，联系电话：0736-1234567）"),  # a contact note
    (("（此件公开发布。联系人：王敏，联系", "电话：0736-2345678）"), "（此件公开发布。联系人：王敏，联系电话：0736-2345678）"),
    # a page break between the pieces: its furniture is inside the joined line's span
    (("龙政办发〔2023〕", "— 1 —", "龙山县人民政府公报　　2023年第2期", "11号"), "龙政办发〔2023〕11号"),
    # a contents entry's numbers, leader and page, cut by a narrow column inside the 登记号
    (("平政办发〔2023〕7号 PJDR—2023", "—01004..... (1)"), "平政办发〔2023〕7号 PJDR—2023—01004..... (1)"),
    (("（祁政通（2024）8 号 QYDR—202", "4—00008）……………（12）"), "（祁政通（2024）8 号 QYDR—2024—00008）……………（12）"),
    (("平政办发〔2023〕8号 PJDR—2023—01005.....", "(7)"), "平政办发〔2023〕8号 PJDR—2023—01005.....(7)"),
    # a title's 发文字号 in brackets after its 文种, cut by the wrap after the year or after the code
    (("柳塘县人民政府关于同意设立柳塘县城东农贸市场的批复（柳政函〔2024〕", "18号）"),
     "柳塘县人民政府关于同意设立柳塘县城东农贸市场的批复（柳政函〔2024〕18号）"),
    (("柳塘县人民政府办公室关于同意调整城西片区控制性详细规划的批复（柳政办函", "〔2024〕21号）"),
     "柳塘县人民政府办公室关于同意调整城西片区控制性详细规划的批复（柳政办函〔2024〕21号）"),
    # the word 印发 alone under the day, or its last character (probe review 8)
    (("青溪县人民政府办公室　　　　2024年6月21日", "印发"), "青溪县人民政府办公室　　　　2024年6月21日印发"),
    (("青溪县人民政府办公室　　　　2024年6月4日印", "发"), "青溪县人民政府办公室　　　　2024年6月4日印发"),
    (("青溪县人民政府办公室", "2024年6月2日", "印发"), "2024年6月2日印发"),
    (("柳塘县人民政府关于同意柳塘县第一中学扩建教学综合楼的批复（柳政函〔2024〕", "— 7 —", "柳塘县人民政府公报　　2024年第4期", "25号）"),
     "柳塘县人民政府关于同意柳塘县第一中学扩建教学综合楼的批复（柳政函〔2024〕25号）"),
    # a title's subtitle after its dash, cut by the wrap (a contents entry's: its leader and page after it)
    (("青溪县人民政府关于2023年度森林防火工作的通报——表扬先进", "单位"),
     "青溪县人民政府关于2023年度森林防火工作的通报——表扬先进单位"),
    (("青溪县人民政府关于2023年度森林防火工作的通报——表扬先进", "单位……………3"),
     "青溪县人民政府关于2023年度森林防火工作的通报——表扬先进单位……………3"),
    # a title's suffix word in brackets after its 文种, cut by the wrap
    (("平江县人民政府办公室关于开展安全生产大检查的通知（", "节选）"), "平江县人民政府办公室关于开展安全生产大检查的通知（节选）"),
    (("平江县人民政府办公室关于开展安全生产大检查的通知（试", "行）"), "平江县人民政府办公室关于开展安全生产大检查的通知（试行）"),
    # a title's year in brackets after its 文种, cut by the wrap (a contents entry's: its leader and page after it)
    (("青溪县人民政府关于表彰安全生产先进单位和先进个人的决定〔20", "24〕"),
     "青溪县人民政府关于表彰安全生产先进单位和先进个人的决定〔2024〕"),
    (("青溪县人民政府办公室关于公布县级政府部门权责清单的通知（", "2024年）"),
     "青溪县人民政府办公室关于公布县级政府部门权责清单的通知（2024年）"),
    (("青溪县人民政府关于印发青溪县重点项目投资计划的通知（2024", "）……………………1"),
     "青溪县人民政府关于印发青溪县重点项目投资计划的通知（2024）……………………1"),
])
def test_cut_lines_are_joined(texts, joined):
    lines = lines_of(*texts)
    organ = 1 if joined.startswith(("2", "二")) and not texts[0].startswith(("2", "二")) else 0
    got = join_cut_lines(lines)
    assert got[:organ] == lines[:organ] and len(got) == organ + 1
    line = got[-1]
    assert line.text == joined and line.key == fold(joined)
    assert (line.no, line.last) == (1 + organ, len(texts))


@pytest.mark.parametrize("texts", [
    ("祁阳市人民政府公告", "〔2024〕第1号"),  # a title over its number
    ("南浦县人民政府文件", "〔2024〕5号"),  # a red head over a number without its code
    ("南浦县人民政府防汛抗旱指挥部文件", "〔2024〕2号"),
    ("平江县人民政府办公室", "2024年3月20日"),  # organ and date: whole lines each
    ("请各乡镇于2024年3月", "20日前报送。"),  # a sentence, not a date line
    ("衡政办发〔2024〕9号", "HSDR—2024—01003"),  # two whole numbers
    ("2024年3月\t", "20日"),  # cells of a table
    ("衡政办发〔2024〕", "", "", "", "9号"),  # too far apart (blank lines between)
    ("一、普查标准时点", "二〇二四年", "十二月三十一日"),  # a date alone in a body: two lines of their own
    ("（密切联系群众，", "服务基层一线）"),  # a bracketed phrase of a body, no contact's label
    ("联系人：李华，", "联系电话：0736-1234567"),  # a body's contact lines, without brackets
    # a whole entry's numbers over the next entry's title or numbers
    ("（祁政通〔2024〕8号）……………（12）", "祁阳市人民政府关于开展城区环境整治的通告"),
    ("平政办发〔2023〕7号 PJDR—2023—01004..... (1)", "（平政办发〔2023〕8号）.....7"),
    # a bracket a sentence opens closes on the next line; a title with its whole number over the next
    ("县自然资源局要会同有关部门（含南政办函", "〔2024〕21号）"),
    ("柳塘县人民政府关于同意设立柳塘县城东农贸市场的批复（柳政函〔2024〕18号）", "（柳政函〔2024〕19号）"),
    # near misses: 印发 alone under a line that is no day (a title's wrap, a table's cell), or far under it
    ("关于做好2024年城乡环境整治工作方案", "印发"), ("2024年6月21日", "", "", "", "印发"),
    ("青溪县人民政府办公室　　2024年6月21日", "发"),
    # near misses of a cut bracketed year: a bracket no 文种 opens, no year in it, a sentence after it
    ("2023年全县完成投资（20", "24年预计）"), ("关于做好防汛工作的通知（20", "24年）请各地"),
    ("关于做好防汛工作的通知（20", "号）"), ("关于做好防汛工作的通知（", "以下简称通知）"),
    # a page that follows the contents' order over figures alone (the page's own number), or a first entry
    ("梅川县财政局关于印发办法的通知……………12", "梅川县人民政府关于任免的通知……………15", "5"),
    ("梅川县人民政府关于任免的通知……………1", "5"),
    ("3\t\t\t1\t", "2\t\t\t12", "1\t\t\t1", "2"),
    # near misses of a cut subtitle: a line not full, no 文种 before the dash, a number or an organ under it
    ("关于安全生产工作的通报——表扬", "单位"), ("——在全县2024年经济工作会议上的讲", "话"),
    ("青溪县人民政府关于2023年度森林防火工作的通报——表扬先进单位", "青政发〔2024〕6号"),
    ("青溪县人民政府关于2023年度森林防火工作的通报——表扬先进单位", "青溪县人民政府"),
    # a 纪要 titled by who holds its meeting over its number printed without a code: no code over its year
    ("县长办公会议纪要", "〔2024〕5号"), ("常务会议纪要", "〔2024〕5号"),  # a table's cells, row numbers under one another
])
def test_other_lines_are_left_alone(texts):
    lines = [line for line in lines_of(*texts) if not line.blank]
    assert join_cut_lines(lines) == lines


def test_a_contents_page_cut_by_the_wrap_is_joined():
    """A contents entry's page cut inside its figures (……………1 / 5), under an entry on page 12."""
    lines = lines_of("梅川县财政局关于印发办法的通知……………12", "梅川县人民政府关于任免的通知……………1", "5")
    got = join_cut_lines(lines)
    assert [line.text for line in got] == ["梅川县财政局关于印发办法的通知……………12", "梅川县人民政府关于任免的通知……………15"]
    assert (got[1].no, got[1].last) == (2, 3)


# Lines the cuts join, cut at any place, and pieces of others (a paragraph's, a leader, figures alone).
_WHOLES = ["衡政办发〔2024〕9号", "HSDR—2024—01004", "安政呈〔2024〕5号　签发人：张志强", "保靖县人民政府　2023年8月15日",
           "沅江市人民政府办公室　2024年3月23日印发", "（本文件登记号：YZDR—2024—00004）", "县人民政府办公室",
           "平政办发〔2023〕7号 PJDR—2023—01004..... (1)", "关于表扬的批复（柳政函〔2024〕18号）", "关于做好工作的通知（试行）",
           "关于开展工作的通报——表扬先进单位……3", "南政办函〔2024〕55号", "（联系人：李华，联系电话：0736-1234567）"]
_PIECES = ["（", "）", "2024年3月", "20日", "印发", "发", "印", "签发人：", "…………", "..... (1)", "3", "12",
           "现将有关事项通知如下，请认真贯彻执行。", "\t", "　"]
_piece_texts = st.lists(st.sampled_from(_PIECES), max_size=4).map("".join)


@st.composite
def _pieces(draw):
    whole = draw(st.sampled_from(_WHOLES))
    cut = draw(st.integers(1, len(whole) - 1))
    return draw(_piece_texts) + whole[:cut], whole[cut:] + draw(_piece_texts), draw(st.sampled_from(_WHOLES + _PIECES))


@settings(max_examples=600, deadline=None)
@given(_pieces())
def test_the_second_pieces_quick_check_lets_every_cut_through(pieces):
    """``_may_be_second`` answers no only where no cut takes the line as its second piece."""
    a, b, c = lines_of(*pieces)
    if not cutlines._may_be_second(b.key):
        assert not cutlines._cut(a, b, a)
        assert not cutlines._signature_cut(a, b, c)
        assert not cutlines._bracketed_number_cut(a, b, a)
        assert not cutlines._bracketed_suffix_cut(a, b, a)
        assert not (b.key.isdecimal() and cutlines._page_cut(a, b, [a]))
        assert not cutlines._subtitle_cut(a, b)
        assert not cutlines._imprint_word_under(a, b, a)
