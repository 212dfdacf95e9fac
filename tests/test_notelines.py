"""The 附注's lines under a document's date and the 抄送 list's label (generator/notelines.py), on
folded keys; recipientnames.cc_names: the names the 抄送 list gives."""

import pytest

from generator.normalize import fold
from generator.notelines import cc_without_colon, is_contact_person, is_contact_phone
from generator.recipientnames import cc_names


@pytest.mark.parametrize("text,expected", [
    ("联系人：王磊", True),
    ("联系人：陈　静", True),
    ("联系人：欧阳明", True),
    ("联系人：王磊　　联系电话：0739-1234567", False),  # (one line: is_contact_line)
    ("联系人：县发展和改革局办公室综合股", False),  # (an organ, no person)
    ("联系人：", False),
    ("联系人员要按时报送。", False),
])
def test_contact_person(text, expected):
    assert is_contact_person(fold(text)) is expected


@pytest.mark.parametrize("text,expected", [
    ("联系电话：0739-1234567", True),
    ("电话：0739-7654321", True),
    ("手机：13907391234", True),
    ("办公电话：0739-1234567/0739-1234568", True),
    ("电话：0739-1234567，按时报送进度。", False),  # (a sentence going on)
    ("电话会议定于4月5日召开。", False),
    ("联系人：王磊", False),
])
def test_contact_phone(text, expected):
    assert is_contact_phone(fold(text)) is expected



@pytest.mark.parametrize("text, cc", [
    ("抄送　县委办，县人大办，县政协办，", True),
    ("抄送  县委办，县人大办，县政协办。", True),
    ("抄报  市人民政府办公室。", True),
    ("抄 送\t县委办、县人大办。", True),
    ("抄送：县委办，县人大办。", False),  # a colon: is_cc's
    ("抄送　县委办", False),  # a word, no list
    ("抄送　有关文件请各单位于4月10日前报县政府办：联系人张丽", False),
    ("抄送材料时请注明单位，", False),  # no gap after the label
])
def test_cc_without_colon(text, cc):
    assert cc_without_colon(text) is cc


@pytest.mark.parametrize("text, names", [
    ("抄送 县委办，县人大办，县政协办。", ("县委办", "县人大办", "县政协办")),
    ("抄报  市人民政府办公室。", ("市人民政府办公室",)),
    ("抄送：县委办，县人大办。", ("县委办", "县人大办")),
])
def test_cc_names_after_a_gap(text, names):
    assert cc_names(text) == names
