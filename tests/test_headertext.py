"""A header line's blocks and text (generator/headertext.py)."""

import pytest

from generator.headertext import banner_before_number, header_parts
from generator.model import Line
from generator.normalize import fold


@pytest.mark.parametrize("text, split", [
    ("南浦县人民政府文件　　南政发〔2024〕11号", ("南浦县人民政府文件", "南政发〔2024〕11号")),
    ("南浦县人民政府文件南政发〔2024〕11号", ("南浦县人民政府文件", "南政发〔2024〕11号")),  # (no space between)
    ("松岭县人民政府办公室文件　松政办发〔2024〕3号", ("松岭县人民政府办公室文件", "松政办发〔2024〕3号")),
    ("桐溪县人民政府文件　桐政发〔2024〕5号　签发人：王立新", ("桐溪县人民政府文件", "桐政发〔2024〕5号　签发人：王立新")),
    # near misses
    ("南政发〔2024〕11号", None),  # the number alone
    ("签发人：王立新　　南政发〔2024〕11号", None),  # a 签发人 before it
    ("南浦县人民政府文件　　特急", None),  # a red head over no number
    ("南浦县人民政府文件", None),
    ("关于印发县政府文件管理办法的通知　南政发〔2024〕11号", None),  # no red head before 文件
])
def test_banner_before_number(text, split):
    assert banner_before_number(text) == split


@pytest.mark.parametrize("text, kind, parts", [
    ("南浦县人民政府文件　　南政发〔2024〕11号", "doc_number",
     [("banner", "南浦县人民政府文件"), ("doc_number", "南政发〔2024〕11号")]),
    ("南政发〔2024〕11号", "doc_number", [("doc_number", "南政发〔2024〕11号")]),
    ("签发人：王立新　　南政发〔2024〕11号", "doc_number", [("doc_number", "签发人：王立新\u3000南政发〔2024〕11号")]),
])
def test_header_parts(text, kind, parts):
    assert header_parts(Line(1, text, fold(text)), kind) == parts
