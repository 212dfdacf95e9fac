"""A signature's lines read together (generator/signaturelines.py)."""

import pytest

from generator.model import Block, Line
from generator.normalize import fold
from generator.signaturelines import organ_and_head, organ_over_its_head, organ_wrapped, signature_text, wrapped_organ_at


@pytest.mark.parametrize("top, tail, wrapped", [
    ("青溪县农村人居环境整治工作领导小组", "办公室", True),
    ("青溪县安全生产委员会办", "公室", True),
    ("青溪县财政局", "青溪县农业农村局", False),  # joint signers, a name each
    ("青溪县人民政府", "县长张建国", False),  # the head under the organ
    ("青溪县人民政府", "特此通知", False),
    ("青溪县农村人居环境整治工作领导小组", "", False),
    ("青溪县乡村振兴工作", "领导小组办公室", True),  # the tail a name alone, the first words none
    ("中共青溪县委全面深化改革", "委员会办公室", True),
    ("青山土家族自治县乡村振兴工作", "领导小组办公室", True),
    ("青溪县乡村振兴工作领导小组", "青溪县农业农村局", False),  # joint signers, a name each
    ("切实做好相关工作", "领导小组办公室", False),  # a sentence's words, no place first
    ("按要求报送县防汛抗旱", "指挥部办公室", False),
    # a list's last row, a name and a post, over the organ: the tail opens with a place, a whole name
    ("刘芳县统计局副局长职务", "青溪县人民政府", False), ("王建国县统计局副局长", "青溪县人民政府", False),
])
def test_organ_wrapped(top, tail, wrapped):
    assert organ_wrapped(top, tail) is wrapped


def _lines(*texts: str) -> list[Line]:
    return [Line(no, text, fold(text)) for no, text in enumerate(texts, 1)]


def test_wrapped_organ_over_the_date_only():
    lines = _lines("青溪县农村人居环境整治工作领导小组", "办公室", "2024年4月9日")
    assert wrapped_organ_at(lines, ["org", "text", "date"], 0)
    assert not wrapped_organ_at(lines, ["org", "text", "text"], 0)  # (no date under it)
    lines = _lines("青溪县乡村振兴工作", "领导小组办公室", "2024年3月28日")
    assert wrapped_organ_at(lines, ["text", "org", "date"], 0)
    assert not wrapped_organ_at(lines, ["org", "org", "date"], 0)  # (two organs signing)


def test_signature_text():
    assert signature_text(["青溪县农村人居环境整治工作领导小组", "办公室"]) == "青溪县农村人居环境整治工作领导小组办公室"
    assert signature_text(["青溪县财政局", "青溪县农业农村局"]) == "青溪县财政局\n青溪县农业农村局"


def test_organ_over_its_head():
    organ, head, day = Block("signature", "青溪县人民政府", 9, 9), Block("signature", "县长 张建国", 10, 10), Block("date", "2024年4月8日", 10, 10)
    assert organ_over_its_head([organ, head, day]) == [Block("signature", "青溪县人民政府\n县长 张建国", 9, 10), day]
    apart = Block("signature", "县长 张建国", 12, 12)  # (not the line under the organ)
    assert organ_over_its_head([organ, apart, day]) == [organ, apart, day]
    two = Block("signature", "青溪县农业农村局", 10, 10)  # (an organ under an organ: no head)
    assert organ_over_its_head([organ, two]) == [organ, two]


@pytest.mark.parametrize("text, both", [
    ("青溪县人民政府　　县长　张建国", True),
    ("青溪县人民政府 代县长 王健", True),
    ("青溪县财政局　　青溪县农业农村局", False),  # joint signers
    ("青溪县人民政府　　2024年5月8日", False),  # the organ and the day
    ("县长　张建国", False),  # the head alone
])
def test_organ_and_head(text, both):
    assert organ_and_head(text) is both


def test_organ_and_head_signature_text():
    assert signature_text(["青溪县人民政府 县长 张建国"]) == "青溪县人民政府\n县长 张建国"
