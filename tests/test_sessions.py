"""sessions: a congress's, its standing committee's or the CPPCC's session named alone."""

import pytest

from generator.normalize import fold
from generator.sessions import is_session, opens_with_a_session


@pytest.mark.parametrize("text,session", [
    ("青溪县第十八届人民代表大会第四次会议", True),
    ("青溪县第十八届人民代表大会常务委员会第十九次会议", True),
    ("县十八届人大常委会第二十次会议", True),
    ("政协青溪县第十届委员会第三次会议", True),
    # a government's meetings, a conference, an organ: no session issuing a 决议
    ("县政府第25次常务会议", False), ("县长办公会议", False), ("全县经济工作会议", False),
    ("青溪县人民代表大会常务委员会", False),
    ("青溪县第十八届人民代表大会第四次会议关于政府工作报告的决议", False),
])
def test_is_session(text, session):
    assert is_session(fold(text)) is session


@pytest.mark.parametrize("text,opens", [
    ("青溪县第十八届人民代表大会常务委员会第十九次会议关于批准2023年县级决算的决议", True),
    ("青溪县第十八届人民代表大会第四次会议", True),
    ("县政府第25次常务会议关于…的纪要", False), ("青溪县人民代表大会常务委员会关于任命张伟等同志职务的决定", False),
])
def test_opens_with_a_session(text, opens):
    assert opens_with_a_session(fold(text)) is opens
