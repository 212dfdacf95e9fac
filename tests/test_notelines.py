"""The 附注's lines under a document's date and the 抄送 list's label (generator/notelines.py), on
folded keys; recipientnames.cc_names: the names the 抄送 list gives."""

import pytest

from generator.normalize import fold
from generator.docdates import notes_text
from generator.model import Block
from generator.notelines import (cc_without_colon, contact_fields, contact_lines_under, is_contact_person, is_contact_phone,
                                  is_contact_unit)
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


@pytest.mark.parametrize("lines,count", [
    # an 答复's contact under its date: the office, the person and the telephone
    (["联系单位：县教育局办公室", "联系人：周小平", "联系电话：0745-7223456"], 3),
    (["联系单位：县教育局办公室", "联系人：周小平　　联系电话：0745-7223456"], 2),
    (["联系单位：县自然资源局规划股　　联系人：杨帆　　联系电话：0745-7225678"], 1),
    (["联系人：王磊", "联系电话：0739-1234567"], 2),
    (["联系人及电话：欧阳丽　0745-7226789"], 1),
    (["联系人：周小平　　联系电话：0745-7223456　13907451234"], 1),  # (an office's and a mobile's numbers)
    (["联系单位及电话：县民政局养老服务股　0745-7223311"], 1),  # (the office and its telephone under one label)
    # near misses: the office alone, over a sentence or another office, a sentence after the label
    (["联系单位：县教育局办公室", "抄送：县政府办公室。"], 0),
    (["联系单位：县教育局办公室", "联系单位：县财政局", "联系人：王磊"], 0),
    (["联系单位要及时报送进度。"], 0),
    (["联系人：王磊"], 0),
    (["联系电话：0739-1234567"], 0),  # (a note only under its person: linekinds)
])
def test_contact_lines_under(lines, count):
    assert contact_lines_under([fold(line) for line in lines], 0) == count


@pytest.mark.parametrize("text,expected", [
    ("联系单位：县教育局办公室", True), ("联系单位：县自然资源局规划股", True),
    ("联系单位：县教育局办公室　　联系人：周小平", False), ("联系单位：", False), ("联系单位要及时报送。", False),
])
def test_contact_unit(text, expected):
    assert is_contact_unit(fold(text)) is expected


@pytest.mark.parametrize("text,shown", [
    ("联系单位：县自然资源局规划股　　联系人：杨帆　　联系电话：0745-7225678",
     "联系单位：县自然资源局规划股 联系人：杨帆 联系电话：0745-7225678"),
    ("联系人及电话：欧阳丽　0745-7226789", "联系人及电话：欧阳丽 0745-7226789"),
    ("联系单位及电话：县民政局养老服务股　0745-7223311", "联系单位及电话：县民政局养老服务股 0745-7223311"),
    ("联系人：王　敏　　联系电话：0851-23456789", "联系人：王敏 联系电话：0851-23456789"),
    ("（此件公开发布）", None),
])
def test_contact_fields(text, shown):
    assert contact_fields(text) == shown


@pytest.mark.parametrize("notes,text", [
    (["（此件公开发布）", "（联系人：王敏，联系电话：0731-87654321）"], "（此件公开发布）（联系人：王敏，联系电话：0731-87654321）"),
    (["（此件公开发布）", "联系人：陈静 电话：0739-7654321"], "（此件公开发布）联系人：陈静 电话：0739-7654321"),
    (["公开属性：全文公开", "联系单位：县教育局办公室 联系人：周小平 联系电话：0745-7223456"],
     "公开属性：全文公开 联系单位：县教育局办公室 联系人：周小平 联系电话：0745-7223456"),
    ([], ""),
])
def test_notes_text(notes, text):
    assert notes_text([Block("note", note, 1, 1) for note in notes]) == text


@pytest.mark.parametrize("text,shown", [
    ("（联系单位及电话：县卫生健康局医政股　0745-7229900）", "（联系单位及电话：县卫生健康局医政股 0745-7229900）"),
    ("（联系人及电话：欧阳丽　0745-7226789）", "（联系人及电话：欧阳丽 0745-7226789）"),
    ("（联系人：王　敏　　手机：13907391234）", "（联系人：王敏 手机：13907391234）"),
    ("（此件公开发布）", None),
])
def test_contact_note_text(text, shown):
    from generator.notelines import contact_note_text

    assert contact_note_text(text) == shown
