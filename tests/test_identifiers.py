"""发文字号, 登记号 and dates as value objects: parse ⇄ str, from real printed forms."""

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator import identifiers
from generator.identifiers import ChineseDate, DocNumber, RegistrationNumber, agency_code

DOC_NUMBERS = [
    # printed (as in the sample gazettes)          canonical             prefix    year serial
    ("平政办发〔2023〕7号", "平政办发〔2023〕7号", "平政办发", 2023, 7),
    ("祁政通〔2024〕8 号", "祁政通〔2024〕8号", "祁政通", 2024, 8),
    ("祁政发（2024）4 号", "祁政发〔2024〕4号", "祁政发", 2024, 4),
    ("祁政发 (2022) 4号", "祁政发〔2022〕4号", "祁政发", 2022, 4),
    ("湘阴政办发 〔2020〕62号", "湘阴政办发〔2020〕62号", "湘阴政办发", 2020, 62),
    ("湘阴政人〔2024〕4号", "湘阴政人〔2024〕4号", "湘阴政人", 2024, 4),
    ("（湘阴政办发〔2024〕22号）", "湘阴政办发〔2024〕22号", "湘阴政办发", 2024, 22),
    ("攸政办发[2023]9号", "攸政办发〔2023〕9号", "攸政办发", 2023, 9),
    # after OCR (review excerpts): C or 〈〖 for the brackets, O/l for 0/1, 号 lost at the end
    ("平政办发C2023〕7号", "平政办发〔2023〕7号", "平政办发", 2023, 7),
    ("平政办发〔2O23〕7号", "平政办发〔2023〕7号", "平政办发", 2023, 7),
    ("平政办发2023〕7号", "平政办发〔2023〕7号", "平政办发", 2023, 7),
    ("平政办发〔2023〕7", "平政办发〔2023〕7号", "平政办发", 2023, 7),
    ("平政办发〈2023〉7号", "平政办发〔2023〕7号", "平政办发", 2023, 7),
    ("平政办发〖2023〗7号", "平政办发〔2023〕7号", "平政办发", 2023, 7),
    ("平政办发〔2023〕l7号", "平政办发〔2023〕17号", "平政办发", 2023, 17),
    ("平政办发l2023〕7号", "平政办发〔2023〕7号", "平政办发", 2023, 7),
    # Tesseract's J for 〕 (with C for 〔, or [ ]) and 另 for 号 (probes of OCR'd pages)
    ("松政发C2025J3号", "松政发〔2025〕3号", "松政发", 2025, 3),
    ("松政发[2025J12号", "松政发〔2025〕12号", "松政发", 2025, 12),
    ("桐政办发〔2025〕5另", "桐政办发〔2025〕5号", "桐政办发", 2025, 5),
    # brackets a font kept in its private use area, or lost bytes shown as U+FFFD
    ("青政发\ue5e12024\ue5e27号", "青政发〔2024〕7号", "青政发", 2024, 7),
    ("青政办发\ufffd2024\ufffd9号", "青政办发〔2024〕9号", "青政办发", 2024, 9),
    ("青政办发〔2024\ufffd9号", "青政办发〔2024〕9号", "青政办发", 2024, 9),
    # older numbers: the year in Chinese numerals between the brackets
    ("桐政办发〔二〇〇三〕11号", "桐政办发〔2003〕11号", "桐政办发", 2003, 11),
    ("南政发〔一九九九〕12号", "南政发〔1999〕12号", "南政发", 1999, 12),
    ("南政发（二○○一）3号", "南政发〔2001〕3号", "南政发", 2001, 3),
    # its zero as OCR and fonts give it among numerals (probe of the eighth session)
    ("桐政办发〔二O〇三〕11号", "桐政办发〔2003〕11号", "桐政办发", 2003, 11),
    ("桐政发〔二0◯三〕8号", "桐政发〔2003〕8号", "桐政发", 2003, 8),
    # the year's 年 inside the bracket, as a careless hand writes it (probe of the tenth session)
    ("松政发〔2024年〕34号", "松政发〔2024〕34号", "松政发", 2024, 34),
    ("松政办函（2024年）第5号", "松政办函〔2024〕5号", "松政办函", 2024, 5),
    # 〔〕 read as braces by OCR, full or half width (twelfth session's second probes)
    ("松政发｛2024｝3号", "松政发〔2024〕3号", "松政发", 2024, 3), ("松政发{2024}4号", "松政发〔2024〕4号", "松政发", 2024, 4),
    ("松政发〔2024}12号", "松政发〔2024〕12号", "松政发", 2024, 12),
    # 号 read without its 口, as 亏 or 丂 (twelfth session's second probes)
    ("松政发〔2024〕3亏", "松政发〔2024〕3号", "松政发", 2024, 3), ("松政发〔2024〕4丂", "松政发〔2024〕4号", "松政发", 2024, 4),
    # or as 弓 or 兮 (thirteenth session's probes)
    ("青政办发〔2024〕6弓", "青政办发〔2024〕6号", "青政办发", 2024, 6), ("青政函〔2024〕8兮", "青政函〔2024〕8号", "青政函", 2024, 8),
]


@pytest.mark.parametrize("key,folded", [
    ("桐政办发(二〇〇三)11号", "桐政办发(2003)11号"),
    # near misses: a year not in brackets, four numerals that are no year, a year and more
    ("二〇〇三年四月二十日", "二〇〇三年四月二十日"), ("(一二三四)", "(一二三四)"),
    ("(二〇〇三年)", "(二〇〇三年)"),
    ("(二O〇三)", "(2003)"), ("(一九九o)", "(1990)"), ("(OO一二)", "(OO一二)"),  # (OCR's zeros; no year's first figures)
])
def test_a_year_in_chinese_numerals_between_brackets_folded_to_figures(key, folded):
    from generator.normalize import bracketed_year_in_figures
    assert bracketed_year_in_figures(key) == folded


@pytest.mark.parametrize("printed,canonical,prefix,year,serial", DOC_NUMBERS)
def test_doc_number_parse_and_str(printed, canonical, prefix, year, serial):
    number = DocNumber.parse(printed)
    assert number is not None
    assert (number.prefix, number.year, number.serial) == (prefix, year, serial)
    assert str(number) == canonical
    assert DocNumber.parse(str(number)) == DocNumber(prefix, year, serial, canonical)


@pytest.mark.parametrize("text", ["平政办发〔2023〕", "2023年7月28日", "第3期", "关于印发《办法》的通知",
                                  "平政办发〔23〕7号", "平政办发〔3023〕7号", "平政办发〔2023〕号", "",
                                  "平政办发〔2023〕0号", "平政办发〔2023〕000号",  # no document is numbered 0
                                  "湘内资准字〔2024〕12号", "湘新出内资准字（2024）第12号",  # (a publication permit)
                                  # J and 另 only in their places: a J before no serial, 另 opening a word
                                  "平政办发〔2023〕J号", "平政办发〔2023〕5另行", "2023J", "松政发〔2024〕5亏损",
                                  "松政发〔2024〕5弓箭", "松政发〔2024〕5兮兮",
                                  # a private-use character or U+FFFD lost for another character
                                  "预案自2024\ue5e16月", "平政办发〔2023〕\ufffd号", "平政办发\ufffd\ufffd7号",
                                  # a title's year in brackets, a contents' page after it: no 号, no number
                                  "权责清单的通知（2024年）　6", "工作要点（2024年）3", "平政办发〔2023年〕7"])
def test_doc_number_rejects_other_text(text):
    assert DocNumber.parse(text) is None
    assert DocNumber.search(f"根据{text}文件") is None


def test_doc_number_search_cuts_running_text_before_the_code():
    # a TOC line where the title runs straight into the number
    found = DocNumber.search("保缴费工作的通知平政办函〔2023〕35号 PJDR—2023—01006")
    assert str(found) == "平政办函〔2023〕35号"
    cited = list(DocNumber.finditer("根据《关于印发〈若干措施〉的通知》（湘建建〔2022〕228 号）精神"))
    assert [str(c) for c in cited] == ["湘建建〔2022〕228号"]


@given(st.lists(st.one_of(st.sampled_from([p for p, *_ in DOC_NUMBERS] + ["〔2023〕", "2023）", "（", "号", "第"]),
                          st.text(alphabet="平政办发关于印发通知年月日0123456789OlI〔〕（）()[] ", max_size=12)),
                max_size=8))
def test_doc_number_finditer_finds_what_the_full_pattern_finds(parts):
    # finditer passes over text without a year in brackets; that must never lose a number the
    # whole pattern, tried at every Han character, would have found
    text = "".join(parts)
    hinted = [n.printed for n in DocNumber.finditer(text)]
    saved = identifiers._DOC_NUMBER_HINT
    identifiers._DOC_NUMBER_HINT = re.compile("")
    try:
        assert hinted == [n.printed for n in DocNumber.finditer(text)]
    finally:
        identifiers._DOC_NUMBER_HINT = saved


@pytest.mark.parametrize("run,code", [("的通知平政办发", "平政办发"), ("祁政通", "祁政通"),
                                      ("关于印发湘政办发", "湘政办发"),
                                      # a portal's label with the space before the number lost
                                      ("文号平政办发", "平政办发"), ("发文字号湘阴政发", "湘阴政发"),
                                      # in running text 和 joins two numbers (…》和湘政发, …5号和湘政办发)
                                      ("和湘政发", "湘政发"), ("号和湘政办发", "湘政办发")])
def test_agency_code(run, code):
    assert agency_code(run) == code


@pytest.mark.parametrize("line, number", [
    # a number alone on its line: 和 is a county's name (probe review 4: 和静政发 was 静政发)
    ("和静政发〔2024〕2号", "和静政发〔2024〕2号"), ("太和政发〔2024〕3号", "太和政发〔2024〕3号"),
    ("新和县政发〔2024〕3号", "新和县政发〔2024〕3号"), ("文号：和政办发〔2024〕5号", "和政办发〔2024〕5号"),
])
def test_a_number_alone_keeps_a_county_name_holding_he(line, number):
    from generator.normalize import fold

    assert str(DocNumber.parse(fold(line).removeprefix("文号:"))) == number


def test_a_number_cited_after_he_in_running_text():
    assert [str(n) for n in DocNumber.finditer("根据国办发〔2023〕5号和湘政办发〔2023〕10号文件精神")] == [
        "国办发〔2023〕5号", "湘政办发〔2023〕10号"]


REGISTRATIONS = [
    ("PJDR—2023—01004", "PJDR-2023-01004"),
    ("QYDR—2024—00006", "QYDR-2024-00006"),
    ("XYDR-2024-01002", "XYDR-2024-01002"),
    ("ZZYXDR—2023—01001", "ZZYXDR-2023-01001"),
    ("ＸＹＤＲ－２０２４－０１００２", "XYDR-2024-01002"),
    # after OCR: 一 for the dashes, spaces, O for 0, lower case
    ("PJDR一2023一01004", "PJDR-2023-01004"),
    ("PJDR 2023 01004", "PJDR-2023-01004"),
    ("PJDR—2023—O1004", "PJDR-2023-01004"),
    ("pjdr-2023-01004", "PJDR-2023-01004"),
    # other provinces: an area's digits in the code (Zhejiang), a seven-digit serial (Shandong)
    ("ZJJC15-2024-0003", "ZJJC15-2024-0003"), ("YSDR-2024-0010003", "YSDR-2024-0010003"),
    # the dashes as a text layer gives them: low lines, en dashes, full-width hyphens
    ("SQDR_2024_00002", "SQDR-2024-00002"), ("SQDR–2024–01003", "SQDR-2024-01003"),
    ("SLDR－2024－00003", "SLDR-2024-00003"),
    # the year in brackets as a 发文字号 prints it; closed by 号 as a 发文字号 is
    ("HFDR〔2024〕00002", "HFDR-2024-00002"), ("HFDR(2024)00002", "HFDR-2024-00002"),
    ("HFDR-2024-00002号", "HFDR-2024-00002"), ("HFDR〔2024〕00002号", "HFDR-2024-00002"),
    # dashes a font kept in its private use area, or lost bytes shown as U+FFFD (the same both times)
    ("QXDR\ue0102024\ue01001003", "QXDR-2024-01003"), ("QXDR\ufffd2024\ufffd01004", "QXDR-2024-01004"),
]


@pytest.mark.parametrize("printed", [
    "南政发〔2024〕7号",  # a 发文字号: its 机关代字 in Chinese
    "HFDR〔2024〕",  # no serial
    "HFDR〔24〕00002",  # a year of two figures
    "HFDR〔2024〕00002A",  # a letter after the serial
    "QXDR\ue0102024\ue01101003",  # two private-use characters that differ
])
def test_not_a_registration_number(printed):
    assert RegistrationNumber.parse(printed) is None


@pytest.mark.parametrize("printed,canonical", REGISTRATIONS)
def test_registration_number(printed, canonical):
    reg = RegistrationNumber.parse(printed)
    assert str(reg) == canonical
    assert RegistrationNumber.parse(str(reg)) == reg


@pytest.mark.parametrize("schema", ["documents", "normative_document_status"])
def test_the_datasets_accept_every_registration_number_read(schema):
    """The schemas' pattern for the field holds every form the parser reads (else frictionless
    would refuse the build)."""
    import json
    import re
    from pathlib import Path

    fields = json.loads((Path(__file__).parents[1] / "datasets" / "schemas" / f"{schema}.json").read_text())["fields"]
    [pattern] = [f["constraints"]["pattern"] for f in fields if f["name"] == "registration_number"]
    assert all(re.fullmatch(pattern, str(RegistrationNumber.parse(printed))) for printed, _ in REGISTRATIONS)


@pytest.mark.parametrize("printed", ["GB50016-2014", "GB/T 9704-2012", "ISO9001-2015", "PJDR-2023-12345678"])
def test_no_registration_number_in_standards_or_long_serials(printed):
    assert RegistrationNumber.search(printed) is None


@pytest.mark.parametrize("text", ["report_2024_001.pdf", "附件：plan_2024_001.docx", "img_2024_12.png"])
def test_a_files_name_with_low_lines_is_no_registration_line(text):
    from generator.normalize import fold
    from generator.patterns import is_registration_line
    assert not is_registration_line(fold(text))


@pytest.mark.parametrize("text,number", [
    ("（松政办函〔2024〕16）", "松政办函〔2024〕16号"),  # 号 lost before the closing bracket
    ("关于…的通知（松政办函﹝2024﹞15号）", "松政办函〔2024〕15号"),
    ("（2024）16）", None), ("全年增长（2024）16.5%", None), ("规划（2024年）16）", None),
    ("《规划（2021—2035年）》16）", None),
])
def test_doc_number_whose_hao_was_lost_before_its_bracket(text, number):
    found = DocNumber.search(text)
    assert (str(found) if found else None) == number


def test_registration_number_in_a_contents_line():
    reg = RegistrationNumber.search("平政办发〔2023〕7号 PJDR—2023—01004..... (1)")
    assert (reg.code, reg.year, reg.serial) == ("PJDR", 2023, "01004")


@pytest.mark.parametrize("printed,iso", [("2023年7月28日", "2023-07-28"),
                                         ("2024 年 12 月 10 日", "2024-12-10"),
                                         ("2025 年 1 月 1 日", "2025-01-01")])
def test_dates(printed, iso):
    assert str(ChineseDate.parse(printed)) == iso
    assert ChineseDate.parse(printed).date == dt.date.fromisoformat(iso)


@pytest.mark.parametrize("printed,iso", [("2024.4.18", "2024-04-18"), ("2024-04-08", "2024-04-08"),
                                         ("2024/12/1", "2024-12-01"), ("2024．4．18", "2024-04-18")])
def test_dates_in_figures_alone(printed, iso):
    assert str(ChineseDate.parse(printed)) == iso


def test_figures_that_are_no_date_alone():
    from generator.identifiers import arabic
    assert ChineseDate.parse("2024.4-18") is None and ChineseDate.parse("2024.4.18起") is None
    assert ChineseDate.search("于2024.4.18起施行") is None  # only a date alone is read in figures
    assert arabic("2024.4.18起") == "2024.4.18起"
    with pytest.raises(ValueError):
        ChineseDate.parse("2024.2.30")


def test_impossible_date_raises_and_other_text_is_none():
    with pytest.raises(ValueError):
        ChineseDate.parse("2023年2月30日")
    assert ChineseDate.parse("2023年7月28日印发") is None


@pytest.mark.parametrize("printed,iso", [("二〇二三年三月十五日", "2023-03-15"), ("二○二四年十二月三十一日", "2024-12-31"),
                                         ("二〇二三年十月一日", "2023-10-01"),
                                         ("二〇二四年元月五日", "2024-01-05"), ("2024年元月25日", "2024-01-25")])
def test_dates_in_chinese_numerals(printed, iso):
    assert str(ChineseDate.parse(printed)) == iso


def test_arabic_only_touches_dates_and_issues():
    from generator.identifiers import arabic
    assert arabic("二〇二三年第二期") == "2023年第2期"
    assert arabic("一、第二十一条十大重点") == "一、第二十一条十大重点"
    # a combined issue in words (probe review 6)
    assert arabic("二〇二四年第五-六期") == "2024年第5-6期" and arabic("第十一、十二期") == "第11、12期"
    assert arabic("第五-八六期") == "第五-八六期"  # (not a number after all: left as printed)


def test_doc_number_with_di():
    assert str(DocNumber.parse("平政办发(2023)第10号")) == "平政办发〔2023〕10号"


@pytest.mark.parametrize("text, expected", [("一", 1), ("十", 10), ("十二", 12), ("二十", 20), ("九十九", 99)])
def test_chinese_small_numbers(text, expected):
    from generator.identifiers import chinese_small_number

    assert chinese_small_number(text) == expected


@pytest.mark.parametrize("text", ["八六", "十十", "", "百", "二十十"])
def test_what_is_not_a_small_number_is_refused_and_left_as_printed(text):
    from generator.identifiers import arabic, chinese_small_number

    with pytest.raises(ValueError):
        chinese_small_number(text)
    assert arabic(f"第{text}期") == f"第{text}期"


# A 规 number beside a 发 number (as Guizhou prints a normative document's header): the 规 number
# registers the document the other numbers when both are the same issuer's and year's.
@pytest.mark.parametrize("rule,other,registers", [
    ("铜府规〔2023〕2号", "铜府发〔2023〕5号", True),
    ("黔南府办规〔2024〕3号", "黔南府办发〔2024〕11号", True),
    ("青府规〔2024〕2号", "青府发〔2023〕5号", False),  # another year: another document's
    ("黔南府规〔2024〕1号", "惠府发〔2024〕3号", False),  # another issuer (a joint document)
    ("青府办规〔2024〕3号", "青府发〔2024〕5号", False),  # the office's 规 beside the government's 发
    ("青府规〔2024〕3号", "青府办发〔2024〕20号", False),  # the government's 规 beside its office's 发
    ("石府规〔2024〕5号", "石府办发〔2024〕21号", False),  # (the office's notice citing the government's rule)
    ("云规〔2024〕2号", "云府发〔2024〕4号", False),  # a planning board's number beside the government's (joint)
    ("青府规〔2024〕2号", "青府规〔2024〕3号", False),  # two 规 numbers: neither registers the other
    ("青府发〔2024〕5号", "青府规〔2024〕2号", False),  # a 发 number registers nothing
    ("湘阴政发〔2024〕2号", "湘阴县发〔2024〕1号", False),  # a joint document's two numbers
])
def test_rule_number_registers(rule, other, registers):
    assert DocNumber.parse(rule).registers(DocNumber.parse(other)) is registers
