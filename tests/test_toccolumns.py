"""Contents set in two columns: a line holding two entries, each with its leader and page."""

import pytest

from generator.toccolumns import two_entries


@pytest.mark.parametrize("text, halves", [
    ("临川区人民政府关于调整区级财政专项资金管理办法的通知 ………… 9    临川区人民政府关于公布2024年区级重点建设项目的通知 …… 11",
     ("临川区人民政府关于调整区级财政专项资金管理办法的通知 ………… 9", "临川区人民政府关于公布2024年区级重点建设项目的通知 …… 11")),
    # pages in brackets, a gap of ideographic spaces; a tab between the columns; dots as leaders
    ("松岭县人民政府关于做好秋冬季森林防火工作的通知……（3）　　松岭县人民政府关于公布第二批非遗项目的通知……（7）",
     ("松岭县人民政府关于做好秋冬季森林防火工作的通知……（3）", "松岭县人民政府关于公布第二批非遗项目的通知……（7）")),
    ("桐溪县人民政府关于印发桐溪县防汛应急预案的通知.......4\t桐溪县人民政府办公室关于加强校园安全的通知.......12",
     ("桐溪县人民政府关于印发桐溪县防汛应急预案的通知.......4", "桐溪县人民政府办公室关于加强校园安全的通知.......12")),
    # one entry: an ellipsis inside its title, its 文号 after its page, a section beside it, a single entry
    ("南浦县人民政府关于印发《……》的通知 ………………… 3", None),
    ("南浦县人民政府关于印发南浦县河长制工作方案的通知 …… 3　　南政发〔2024〕1号", None),
    ("南浦县人民政府关于印发南浦县河长制工作方案的通知 …… 3　　【县政府办公室文件】", None),
    ("南浦县人民政府关于印发南浦县河长制工作方案的通知 …………………… 3", None),
    # a short line: a leader and page, then a word (no second title)
    ("目录 …… 1    附件 …… 2", None),
])
def test_two_entries(text, halves):
    assert two_entries(text) == halves



@pytest.mark.parametrize("text, split", [
    # the second column's title wraps onto the next line: its opening, no leader or page of its own
    ("桐溪县人民政府关于调整县级财政专项资金管理办法的通知 ………… 1    桐溪县人民政府关于公布2024年县级重点",
     ("桐溪县人民政府关于调整县级财政专项资金管理办法的通知 ………… 1", "桐溪县人民政府关于公布2024年县级重点")),
    ("松岭县人民政府关于做好秋冬季森林防火工作的通知……（3）　　松岭县人民政府办公室关于印发《松岭县",
     ("松岭县人民政府关于做好秋冬季森林防火工作的通知……（3）", "松岭县人民政府办公室关于印发《松岭县")),
    # two whole entries (two_entries'), a single entry, its 文号 or a section after its page, a word
    ("临川区人民政府关于调整区级财政专项资金管理办法的通知 ………… 9    临川区人民政府关于公布2024年区级重点建设项目的通知 …… 11", None),
    ("南浦县人民政府关于印发南浦县河长制工作方案的通知 …………………… 3", None),
    ("南浦县人民政府关于印发南浦县河长制工作方案的通知 …… 3　　南政发〔2024〕1号", None),
    ("南浦县人民政府关于印发南浦县河长制工作方案的通知 …… 3　　【县政府办公室文件】", None),
    ("南浦县人民政府关于印发南浦县河长制工作方案的通知 …… 3　　县政府文件", None),
    ("南浦县人民政府关于印发南浦县河长制工作方案的通知 …… 3　　【县政府常务会议纪要】", None),
])
def test_entry_then_the_opening_of_a_wrapped_title(text, split):
    from generator.toccolumns import entry_then_title
    assert entry_then_title(text) == split


_OPENING = "桐溪县人民政府关于调整县级财政专项资金管理办法的通知 ………… 1    桐溪县人民政府关于公布2024年县级重点"


@pytest.mark.parametrize("below, groups", [
    # the title's rest alone on the line below, or beside the first column's next entry
    ("                建设项目的通知 …… 2",
     [[(0, "桐溪县人民政府关于调整县级财政专项资金管理办法的通知 ………… 1")],
      [(0, "桐溪县人民政府关于公布2024年县级重点"), (1, "                建设项目的通知 …… 2")]]),
    ("桐溪县人民政府办公室关于做好2024年汛期防御工作的通知 ………… 3    建设项目的通知 …… 2",
     [[(0, "桐溪县人民政府关于调整县级财政专项资金管理办法的通知 ………… 1")],
      [(0, "桐溪县人民政府关于公布2024年县级重点"), (1, "建设项目的通知 …… 2")],
      [(1, "桐溪县人民政府办公室关于做好2024年汛期防御工作的通知 ………… 3")]]),
    # the second column of the line below opens a title: the opening's rest is not known
    ("桐溪县人民政府办公室关于做好2024年汛期防御工作的通知 ………… 3    桐溪县人民政府关于表彰先进集体的决定 …… 5", None),
    ("建设项目的通知", None),  # no page
])
def test_the_rest_of_a_wrapped_second_title(below, groups):
    from generator.toccolumns import wrapped_second_title
    assert wrapped_second_title(_OPENING, below) == groups


@pytest.mark.parametrize("text, entry", [
    # the second column opens a section beside the first column's entry: in its marks or named so
    ("桐溪县人民政府关于调整县级财政专项资金管理办法的通知 ………… 1    【县政府常务会议纪要】",
     "桐溪县人民政府关于调整县级财政专项资金管理办法的通知 ………… 1"),
    ("桐溪县人民政府关于调整县级财政专项资金管理办法的通知 …… （1）　　◆ 县政府领导讲话 ◆",
     "桐溪县人民政府关于调整县级财政专项资金管理办法的通知 …… （1）"),
    ("桐溪县人民政府办公室关于开展2024年安全生产月活动的通知 ……… 4    人事任免",
     "桐溪县人民政府办公室关于开展2024年安全生产月活动的通知 ……… 4"),
    # near misses: a title's opening, a second entry with its page, the entry's 文号, a single entry
    (_OPENING, None),
    ("临川区人民政府关于调整区级财政专项资金管理办法的通知 ………… 9    【县政府文件】临川区人民政府关于表彰的决定 …… 11", None),
    ("南浦县人民政府关于印发南浦县河长制工作方案的通知 …… 3　　南政发〔2024〕1号", None),
    ("南浦县人民政府关于印发南浦县河长制工作方案的通知 …………………… 3", None),
])
def test_an_entry_beside_a_section_heading(text, entry):
    from generator.toccolumns import entry_beside_a_heading, wrapped_second_title
    assert entry_beside_a_heading(text) == entry
    if entry is not None:
        assert wrapped_second_title(text, "桐溪县人民政府第12次常务会议纪要 ……… 6") == [[(0, entry)]]


@pytest.mark.parametrize("text, names", [
    # two sections' headings side by side, each over its column's entries
    ("【县政府文件】                                        【县政府办公室文件】", ("县政府文件", "县政府办公室文件")),
    ("◆县政府文件◆\t◆县政府办公室文件◆", ("县政府文件", "县政府办公室文件")),
    ("县政府文件　　人事任免", ("县政府文件", "人事任免")),
    # near misses: one heading, a section and its item's kind with no gap, an entry beside a heading, a title
    ("【县政府文件】", None),
    ("【政策解读】【图解】", None),
    ("桐溪县人民政府关于调整县级财政专项资金管理办法的通知 ………… 1    【县政府常务会议纪要】", None),
    ("【县政府文件】    关于调整县级财政专项资金管理办法的通知", None),
    ("【县政府文件】    【县政府办公室文件】    【人事任免】", None),
])
def test_two_section_headings_side_by_side(text, names):
    from generator.toccolumns import two_headings
    assert two_headings(text) == names


@pytest.mark.parametrize("text, name", [
    ("桐溪县人民政府关于调整县级财政专项资金管理办法的通知 ………… 1    【县政府常务会议纪要】", "县政府常务会议纪要"),
    ("桐溪县人民政府办公室关于开展2024年安全生产月活动的通知 ……… 4    人事任免", "人事任免"),
    ("桐溪县人民政府关于调整县级财政专项资金管理办法的通知 …… （1）　　◆ 县政府领导讲话 ◆", "县政府领导讲话"),
    ("南浦县人民政府关于印发南浦县河长制工作方案的通知 …… 3　　南政发〔2024〕1号", None),
    (_OPENING, None),
])
def test_the_heading_beside_an_entry(text, name):
    from generator.toccolumns import heading_beside_an_entry
    assert heading_beside_an_entry(text) == name


@pytest.mark.parametrize("text, second", [
    (" " * 53 + "桐溪县人民政府办公室关于加强城区犬只管理的通知 ……… 5", True),
    ("\u3000" * 12 + "桐溪县人民政府办公室关于加强城区犬只管理的通知 ……… 5", True),
    ("    桐溪县人民政府办公室关于加强城区犬只管理的通知 ……… 5", False),
    ("桐溪县人民政府办公室关于加强城区犬只管理的通知 ……… 5", False),
])
def test_an_entry_alone_in_the_second_column(text, second):
    from generator.toccolumns import in_second_column
    assert in_second_column(text) is second


@pytest.mark.parametrize("text, split", [
    # the first column opens a section beside the second column's entry (probe review 8)
    ("【县政府办公室文件】                                  桐溪县召开2024年防汛工作会议 ……………… 7",
     ("县政府办公室文件", "桐溪县召开2024年防汛工作会议 ……………… 7")),
    ("人事任免　　　　桐溪县人民政府关于王小明等同志职务任免的通知 ………… 6", ("人事任免", "桐溪县人民政府关于王小明等同志职务任免的通知 ………… 6")),
    # a section of the government's 令 beside its entry (probe session 9)
    ("政府令　　青禾县人民政府令（第5号）……………5", ("政府令", "青禾县人民政府令（第5号）……………5")),
    ("县长令　　青禾县人民政府令（第5号）……………5", ("县长令", "青禾县人民政府令（第5号）……………5")),
    ("森林防火令　　青禾县人民政府令（第5号）……………5", None),
    # near misses: two headings, an entry beside a heading, a heading over no entry, an entry with no page
    ("【县政府文件】                                        【人事任免】", None),
    ("桐溪县人民政府关于调整县级财政专项资金管理办法的通知 ………… 1    【县政府常务会议纪要】", None),
    ("【县政府文件】", None),
    ("【县政府文件】    桐溪县人民政府关于调整县级财政专项资金管理办法的通知", None),
])
def test_a_section_heading_beside_the_second_columns_entry(text, split):
    from generator.toccolumns import heading_then_entry
    assert heading_then_entry(text) == split


def _lines(*texts):
    from generator.model import Line
    from generator.normalize import fold
    return [Line(no, text, fold(text)) for no, text in enumerate(texts, start=1)]


_L1 = "  青溪县人民政府关于印发青溪县城乡" + " " * 34 + "青溪县人民政府办公室关于做好2024年"
_L2 = "  居民基本医疗保险实施办法的通知 ........ 1" + " " * 24 + "秋季学期学生资助工作的通知 ........ 5"
_L3 = "  青溪县人民政府关于公布县级权责清单" + " " * 33 + "【部门文件】"
_L4 = "  的通知 ................................ 3" + " " * 12 + "青溪县财政局关于2024年上半年县级"
_L5 = " " * 52 + "财政预算执行情况的通报 ............ 7"


@pytest.mark.parametrize("texts, read", [
    # both columns' titles wrapped side by side: the first column, then the second
    ((_L1, _L2, _L3, _L4, _L5),
     [(1, "青溪县人民政府关于印发青溪县城乡"), (2, "居民基本医疗保险实施办法的通知 ........ 1"), (3, "青溪县人民政府关于公布县级权责清单"),
      (4, "的通知 ................................ 3"), (1, "青溪县人民政府办公室关于做好2024年"),
      (2, "秋季学期学生资助工作的通知 ........ 5"), (3, "【部门文件】"), (4, "青溪县财政局关于2024年上半年县级"),
      (5, "财政预算执行情况的通报 ............ 7")]),
    # the second column a character off its place on one line
    ((_L1, _L2.replace(" " * 24, " " * 23), _L3, _L4, _L5), 9),
    # a line crossing the gutter ends the run; the lines under it as printed
    ((_L1, _L2, _L3, _L4, _L5, "  青溪县人民政府关于王明等同志职务任免的通知 ........................................ 9"), 10),
    # no title cut in the first column beside the second's words: the line-by-line rules read it
    ((_L2, _L2, _L2), None),
    # a title beside its 发文字号 at the same place (contents printed as a table): not two columns
    (("  青溪县人民政府关于印发青溪县城乡居民基本医疗保险" + " " * 20 + "青政发〔2024〕15号 ........ 1",
      "  实施办法的通知" + " " * 20 + "青政发〔2024〕16号 ........ 3",
      "  青溪县人民政府关于公布县级权责清单的通知" + " " * 20 + "青政发〔2024〕17号 ........ 5"), None),
    # two lines only share the place
    ((_L1, _L2), None),
])
def test_columns_apart(texts, read):
    from generator.toccolumns import columns_apart
    got = columns_apart(_lines(*texts))
    if read is None or isinstance(read, int):
        assert (got if got is None else len(got)) == read
    else:
        assert [(line.no, line.text.strip()) for line in got] == read
