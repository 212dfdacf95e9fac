"""A 抄送 list wrapped at a line's end with no separator: between two whole names, or inside one."""

import pytest

from generator.closing import cc_joined, names_whole_at_wrap
from generator.recipientnames import cc_names
from generator.notelines import is_cc
from generator.normalize import fold


@pytest.mark.parametrize("above, below, apart", [
    ("抄送：市人力资源和社会保障局", "县委办，县人大办，县政协办。", True),
    ("抄送：县委办，县人民政府办公室", "县应急管理局。", True),
    ("市委办，市政府办", "中共南浦县委组织部，县人武部。", True),
    # near misses: a name cut by the wrap (its rest no name, or no name opening with its level),
    # a separator at the line's end, the label alone
    ("抄送：县委办，县农业农村", "局，县供销社。", False),
    ("抄送：县委办，县委", "组织部，县委宣传部。", False),
    ("抄送：县人民政府", "办公室，县财政局。", False),
    ("抄送：市生态环境局", "南浦分局，县财政局。", False),
    ("抄送：县委办，", "县人大办。", False),
    ("抄送：", "县委办，县人大办。", False),
])
def test_names_whole_at_the_wrap(above, below, apart):
    assert names_whole_at_wrap(fold(above), fold(below)) is apart


def test_a_list_joined_keeps_two_whole_names_apart():
    assert cc_joined(["抄送：市人力资源和社会保障局", "县委办，县人大办。"]) == "抄送：市人力资源和社会保障局 县委办，县人大办。"
    assert cc_joined(["抄送：县委办，县人民武", "装部，县供销社。"]) == "抄送：县委办，县人民武装部，县供销社。"


@pytest.mark.parametrize("units, kept", [
    (["县人大常委会主任", "副主任"], ["县人大常委会主任、副主任"]),
    (["县政协主席", "各副主席"], ["县政协主席、各副主席"]),
    (["县政协主席", "各位副主席"], ["县政协主席、各位副主席"]),
    (["县人大常委会主任", "各位副主任"], ["县人大常委会主任、各位副主任"]),
    (["县长", "常务副县长", "副县长"], ["县长、常务副县长、副县长"]),
    (["县委书记", "副书记", "县委常委"], ["县委书记、副书记", "县委常委"]),
    # near misses: the deputy of another post, a deputy named with its organ, units of organs
    (["县委常委", "副县长"], ["县委常委", "副县长"]),
    (["县委常委", "各位副县长"], ["县委常委", "各位副县长"]),
    (["各位副主任"], ["各位副主任"]),  # no post before it
    (["县政协主席", "各位委员"], ["县政协主席", "各位委员"]),  # not a deputy
    (["县人大常委会主任", "县政协副主席"], ["县人大常委会主任", "县政协副主席"]),
    (["县法院", "县检察院"], ["县法院", "县检察院"]),
])
def test_a_deputy_without_its_organ_kept_with_the_post_before(units, kept):
    from generator.recipientnames import deputies_kept

    assert deputies_kept(units) == kept


@pytest.mark.parametrize("rows, ranked", [
    ([("列席：县住建局负责人", "text"), ("报：市人民政府办公室。", "text"), ("送：县委常委，县政协主席、", "text"),
      ("副主席。", "text"), ("发：各乡镇人民政府。", "text"), ("────", "box_row"), ("县政府办公室 2024年6月14日印发", "imprint")],
     [1, 2, 4]),
    ([("发：各乡镇人民政府，县直各单位。", "text"), ("县政府办公室 2024年6月14日印发", "imprint")], [0]),
    # an older 版记: 发：… over the 抄送, between rules
    ([("────", "box_row"), ("发：各乡镇人民政府，县直有关单位。", "text"), ("抄送：县委办，县人大办。", "cc"),
      ("────", "box_row"), ("县政府办公室 二○○六年一月二十二日印发", "imprint")], [1]),
    # near misses: no 印发 under the run, a body's lines between the labels and the 印发, the label alone
    ([("报：市人民政府办公室。", "text"), ("发：各乡镇人民政府。", "text"), ("县人民政府办公室", "org")], []),
    ([("发：各乡镇人民政府。", "text"), ("请认真执行。", "text"), ("各单位要加强领导。", "text"),
      ("确保取得实效。", "text"), ("县政府办公室 2024年6月14日印发", "imprint")], []),
    ([("发：", "text"), ("县政府办公室 2024年6月14日印发", "imprint")], []),
])
def test_a_distribution_by_rank_over_the_imprint(rows, ranked):
    from generator.closing import ranked_distribution
    from tests.excerpts import content

    lines = content("\n".join(text for text, _ in rows))
    assert ranked_distribution(lines, [kind for _, kind in rows]) == ranked


@pytest.mark.parametrize("text, names", [
    ("抄报：市政府，市安监局。抄送：县委办，县人大办，县政协办。", ("市政府", "市安监局", "县委办", "县人大办", "县政协办")),
    ("抄报：市政府　　抄送：县委办，县人大办。", ("市政府", "县委办", "县人大办")),
    ("抄送：县委办，县人大办，县政协办。", ("县委办", "县人大办", "县政协办")),
    ("抄报：市政府。抄发：各乡镇人民政府。", ("市政府", "各乡镇人民政府")),
    # near miss: 抄 inside a name is no label
    ("抄送：县委办，县抄纸厂。", ("县委办", "县抄纸厂")),
])
def test_cc_names_two_labelled_lists_on_one_line(text, names):
    assert cc_names(text) == names


@pytest.mark.parametrize("text, names", [
    ("抄送：县委办公室，县人大常委会办公室，县政协办公室（共印50份）。", ("县委办公室", "县人大常委会办公室", "县政协办公室")),
    ("抄送：县人民政府办公室，县畜牧兽医站。印数：30份", ("县人民政府办公室", "县畜牧兽医站")),
    ("抄送：县委办公室 县政协办公室 共印50份", ("县委办公室", "县政协办公室")),
    ("抄送：县委办，县政协办。（共印120份）", ("县委办", "县政协办")),
    # near miss: a number in a name is no count of copies
    ("抄送：县第一中学，县第50中学。", ("县第一中学", "县第50中学")),
])
def test_cc_names_without_the_count_of_copies(text, names):
    assert cc_names(text) == names


@pytest.mark.parametrize("key, cc", [
    ("报送:市人民政府办公室,市应急管理局。", True),
    ("发送:各乡镇人民政府。", True),
    # near misses: the word in a sentence, or a label of another field
    ("报送时间:5月10日前", False),
    ("按要求报送:演练方案", False),
])
def test_is_cc_submitted_to(key, cc):
    assert is_cc(key) is cc


def test_cc_names_submitted_to():
    assert cc_names("报送：市人民政府办公室，市应急管理局。") == ("市人民政府办公室", "市应急管理局")
