"""The 附注's lines under a document's date (generator/notelines.py), on folded keys."""

import pytest

from generator.normalize import fold
from generator.notelines import is_contact_person, is_contact_phone


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
