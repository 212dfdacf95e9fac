"""A header line's blocks and text (generator/headertext.py)."""

import pytest

from generator.headertext import banner_before_number, header_parts
from generator.model import Line
from generator.normalize import fold
from generator.patterns import is_header_number_line


@pytest.mark.parametrize("text, split", [
    ("南浦县人民政府文件　　南政发〔2024〕11号", ("南浦县人民政府文件", "南政发〔2024〕11号")),
    ("南浦县人民政府文件南政发〔2024〕11号", ("南浦县人民政府文件", "南政发〔2024〕11号")),  # (no space between)
    ("松岭县人民政府办公室文件　松政办发〔2024〕3号", ("松岭县人民政府办公室文件", "松政办发〔2024〕3号")),
    ("桐溪县人民政府文件　桐政发〔2024〕5号　签发人：王立新", ("桐溪县人民政府文件", "桐政发〔2024〕5号　签发人：王立新")),
    ("中共南浦县委办公室　南浦县人民政府办公室文件　　南办发〔2024〕4号",  # joint: two organs
     ("中共南浦县委办公室　南浦县人民政府办公室文件", "南办发〔2024〕4号")),
    ("中共南浦县委办公室　南浦县人民政府办公室　　文件　　南办发〔2024〕4号",
     ("中共南浦县委办公室　南浦县人民政府办公室　　文件", "南办发〔2024〕4号")),
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
    # the 签发人's colon lost (probe of the tenth session): the label, the name and the number apart
    ("签发人　王立新　　南政发〔2024〕11号", "doc_number", [("doc_number", "签发人\u3000王立新\u3000南政发〔2024〕11号")]),
    ("南政发〔2024〕11号　　签发人　王立新", "doc_number", [("doc_number", "南政发〔2024〕11号\u3000签发人\u3000王立新")]),
])
def test_header_parts(text, kind, parts):
    assert header_parts(Line(1, text, fold(text)), kind) == parts


@pytest.mark.parametrize("text, taken", [
    ("中共南浦县委办公室　南浦县人民政府办公室文件　　南办发〔2024〕4号", True),  # a joint red head, then the number
    ("中共南浦县委办公室　南浦县人民政府办公室　　文件　　南办发〔2024〕4号", True),
    ("松岭县财政局　松岭县农业农村局文件　松财发〔2024〕9号", True),
    ("南浦县人民政府文件　　南政发〔2024〕11号", True),  # one organ (the number's prefix takes it too)
    # near misses
    ("根据县委办公室、县政府办公室文件南办发〔2024〕4号精神，各乡镇要落实森林防火责任。", False),  # a sentence
    ("中共南浦县委办公室、南浦县人民政府办公室文件南办发〔2024〕4号", False),  # organs parted by 、: a sentence's
    ("中共南浦县委办公室　南浦县人民政府办公室关于印发南浦县机关公文文件管理办法的通知", False),  # a title
    ("南浦县人民政府关于印发机关文件管理办法的通知　南政发〔2024〕11号", False),  # a title, then a number
    ("中共南浦县委办公室　南浦县人民政府办公室文件", False),  # a red head alone
    ("中共南浦县委办公室　南浦县人民政府办公室文件　　特急", False),  # over no number
])
def test_a_red_head_then_the_number_is_a_header_number_line(text, taken):
    assert is_header_number_line(fold(text)) is taken


@pytest.mark.parametrize("text, split", [
    # a 信函格式's organ at the left of the 发文字号's line, a gap between them (probe review 8)
    ("青溪县人民政府　　　　　　　　青政函〔2024〕26号", ("青溪县人民政府", "青政函〔2024〕26号")),
    ("青溪县财政局      青财函〔2024〕12号", ("青溪县财政局", "青财函〔2024〕12号")),
    ("青溪县财政局\t青财函〔2024〕12号　签发人：张华", ("青溪县财政局", "青财函〔2024〕12号　签发人：张华")),
    # near misses: no gap (the organ may be the number's code), the number alone, a title's words,
    # words that are no organ's
    ("青溪县人民政府青政函〔2024〕26号", None), ("　　　　青政函〔2024〕26号", None),
    ("关于印发　　青政函〔2024〕26号", None), ("特此函告　　青政函〔2024〕26号", None),
])
def test_organ_before_number(text, split):
    from generator.headertext import organ_before_number

    assert organ_before_number(text) == split


@pytest.mark.parametrize("text, shown", [
    # several signers kept apart; a name spaced out to three characters' width squeezed (probe review 8)
    ("签发人：王明　李强", "签发人：王明\u3000李强"), ("签发人：刘建国　王丽华", "签发人：刘建国\u3000王丽华"),
    ("签发人：张　敏", "签发人：张敏"), ("签发人：王立新", "签发人：王立新"), ("签 发 人：王明  李强", "签发人：王明\u3000李强"),
    # the colon lost, a gap in its place: the gap kept between the label and the names (probe of the tenth session)
    ("签发人　王立新", "签发人\u3000王立新"), ("签发人　王明　李强", "签发人\u3000王明\u3000李强"),
])
def test_signers_apart(text, shown):
    from generator.headertext import signers_apart

    assert signers_apart(text) == shown


@pytest.mark.parametrize("text,organs", [
    ("青溪县统计局　国家统计局青溪调查队", ["青溪县统计局", "国家统计局青溪调查队"]),
    ("青溪县统计局  青溪县发展和改革局", ["青溪县统计局", "青溪县发展和改革局"]),
    # one organ, one spaced out, an organ and its day, a name and a post
    ("青溪县统计局", None), ("青 溪 县 统 计 局", None), ("青溪县水利局　2024年3月25日", None),
    ("县长　王明", None),
])
def test_issuers_apart(text, organs):
    from generator.headertext import issuers_apart

    assert issuers_apart(text) == organs


@pytest.mark.parametrize("text,shown", [
    ("青溪县水利局　2024年3月25日", "青溪县水利局　2024年3月25日"), ("桂东县人民政府办公室  2024年6月14日", "桂东县人民政府办公室　2024年6月14日"),
    ("青溪县水利局", "青溪县水利局"),
])
def test_an_organ_and_its_day_on_a_header_line_kept_apart(text, shown):
    from generator.headertext import header_text

    assert header_text(Line(1, text, fold(text)), "metadata") == shown


@pytest.mark.parametrize("text,shown", [
    # a reply's class set apart after its number, the 签发人 after it perhaps
    ("资府字〔2024〕12号　　　　A类", "资府字〔2024〕12号　A类"), ("青教函〔2024〕18号　　A类　　签发人：陈立新", "青教函〔2024〕18号　A类　签发人：陈立新"),
    ("资府字〔2024〕12号（B类）", "资府字〔2024〕12号（B类）"), ("资府字〔2024〕12号", "资府字〔2024〕12号"),
])
def test_a_replys_class_kept_apart_from_its_number(text, shown):
    from generator.headertext import header_text

    assert header_text(Line(1, text, fold(text)), "doc_number") == shown
