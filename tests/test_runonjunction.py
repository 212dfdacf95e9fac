"""A document's closing line run into the next document's opening, parted where one ends."""

import pytest

from generator.model import Line
from generator.normalize import fold
from generator.runonjunction import junction_parts, split_junctions


def _line(no: int, text: str) -> Line:
    return Line(no, text, fold(text))


@pytest.mark.parametrize("above, text, below, parts", [
    # the day under the organ that signs, then the next title
    ("青溪县人民政府", "2024年3月8日青溪县人民政府办公室关于开展2024年春季植树造林活动的通知", "青政办发〔2024〕6号",
     ["2024年3月8日", "青溪县人民政府办公室关于开展2024年春季植树造林活动的通知"]),
    # the day in Chinese numerals, the title wrapped before its 文种
    ("青溪县人民政府办公室", "二〇二四年三月十五日青溪县应急管理局关于开展2024年安全生产月活动", "的通知",
     ["二〇二四年三月十五日", "青溪县应急管理局关于开展2024年安全生产月活动"]),
    # the day before the next red head and its number
    ("青溪县人民政府办公室", "2024年3月10日青溪县人民政府文件青政发〔2024〕7号", "青溪县人民政府关于…的决定",
     ["2024年3月10日", "青溪县人民政府文件青政发〔2024〕7号"]),
    # the 印发 line, a gap between its office and its day, before the next red head
    ("抄送：县委办，县人大办，县政协办。", "青溪县人民政府办公室　　　　2024年3月10日印发青溪县人民政府文件", "青政发〔2024〕7号",
     ["青溪县人民政府办公室　　　　2024年3月10日印发", "青溪县人民政府文件"]),
    # the 附注 under the day before the next title
    ("2024年3月12日", "（此件公开发布）青溪县人民政府办公室关于调整县防汛抗旱指挥部成员的通知", "青政办函〔2024〕8号",
     ["（此件公开发布）", "青溪县人民政府办公室关于调整县防汛抗旱指挥部成员的通知"]),
    # the day and its 附注 before the next title
    ("青溪县人民政府", "2024年3月8日（此件公开发布）青溪县人民政府办公室关于开展春季植树造林活动的通知", "青政办发〔2024〕6号",
     ["2024年3月8日（此件公开发布）", "青溪县人民政府办公室关于开展春季植树造林活动的通知"]),
    # the day before the next document's 发文字号, its title under it
    ("青溪县人民政府", "2024年3月8日青政办发〔2024〕6号", "青溪县人民政府办公室关于开展2024年春季植树造林活动的通知",
     ["2024年3月8日", "青政办发〔2024〕6号"]),
    # the 印发 line before the next title; the 抄送 closed by its full stop before the next title
    ("抄送：县委办。", "青溪县人民政府办公室　　2024年3月10日印发青溪县人民政府关于表彰2023年度安全生产工作先进单位的决定", "青政发〔2024〕7号",
     ["青溪县人民政府办公室　　2024年3月10日印发", "青溪县人民政府关于表彰2023年度安全生产工作先进单位的决定"]),
    ("2024年3月12日", "抄送：县委办，县人大办。青溪县人民政府办公室关于调整县防汛抗旱指挥部成员的通知", "青政办函〔2024〕8号",
     ["抄送：县委办，县人大办。", "青溪县人民政府办公室关于调整县防汛抗旱指挥部成员的通知"]),
    # the 印发 line without its word (the office and the day) under the 抄送, before the next title
    ("抄送：县委办，县人大办，县政协办。", "青溪县人民政府办公室　　2024年3月6日青溪县人民政府关于表彰2023年度安全生产工作先进单位的决定",
     "青政发〔2024〕7号", ["青溪县人民政府办公室　　2024年3月6日", "青溪县人民政府关于表彰2023年度安全生产工作先进单位的决定"]),
])
def test_a_closing_run_into_the_next_opening(above, text, below, parts):
    assert junction_parts(_line(2, text), _line(1, above), _line(3, below)) == parts


@pytest.mark.parametrize("above, text, below", [
    # a body's sentence opening with a day
    ("青溪县人民政府", "2024年3月9日，县长王建军主持召开县人民政府第12次常务会议，研究部署春季植树造林工作。", "青溪县人民政府办公室"),
    # a day before a title under a line that is no organ alone (a sentence)
    ("现将有关文件目录公布如下：", "2024年3月8日青溪县人民政府办公室关于开展2024年春季植树造林活动的通知", "2024年3月9日青溪县…"),
    # a day before words that are no title's (a title's start without its 文种, the line under it a sentence)
    ("青溪县人民政府", "2024年3月8日青溪县人民政府关于开展春季植树造林活动", "为深入推进国土绿化行动，现就有关事项通知如下。"),
    # the 印发 line alone, its copies after it
    ("抄送：县委办。", "青溪县人民政府办公室　　2024年3月10日印发　　共印50份", None),
    # a 附注 not under a day
    ("青溪县人民政府", "（此件公开发布）青溪县人民政府办公室关于调整县防汛抗旱指挥部成员的通知", None),
    # a title opening with 印发 (no day before it)
    (None, "青溪县人民政府办公室印发关于加强安全生产工作的意见的通知", None),
    # a 抄送 with nothing after its full stop, or a sentence after it
    ("2024年3月12日", "抄送：县委办，县人大办。", None),
    ("2024年3月12日", "抄送：县委办，县人大办。各单位要认真落实。", None),
    # an organ and a day under the 抄送 whose names go on, or under no 抄送, or words no organ's before the day
    ("抄送：县委办，县人大办，", "青溪县人民政府办公室　　2024年3月6日青溪县人民政府关于表彰2023年度安全生产工作先进单位的决定", None),
    ("各乡镇人民政府，县直各单位：", "青溪县人民政府办公室　　2024年3月6日青溪县人民政府关于表彰2023年度安全生产工作先进单位的决定", None),
    ("抄送：县委办。", "经县人民政府同意于2024年3月6日青溪县人民政府关于表彰2023年度安全生产工作先进单位的决定", None),
])
def test_near_misses(above, text, below):
    assert junction_parts(_line(2, text), above and _line(1, above), below and _line(3, below)) is None


def test_split_keeps_every_character_and_the_line_number():
    lines = [_line(1, "青溪县人民政府"), _line(2, "2024年3月8日青溪县人民政府办公室关于开展2024年春季植树造林活动的通知"),
             _line(3, "青政办发〔2024〕6号")]
    out, diagnostics = split_junctions(lines)
    assert [(x.no, x.text, x.place) for x in out] == [
        (1, "青溪县人民政府", 1), (2, "2024年3月8日", 2), (2, "青溪县人民政府办公室关于开展2024年春季植树造林活动的通知", 3),
        (3, "青政办发〔2024〕6号", 4)]
    assert [d.code for d in diagnostics] == ["documents-run-together"]
