"""The elements with a grammar as noisy extraction gives them (PDF text layers, OCR, web pages):
each printed form and the value it reads as (``parse`` and ``str``), the forms that are no value,
and properties over any text (never a crash, ``parse(str(x)) == x``)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.identifiers import ChineseDate, DocNumber, RegistrationNumber, arabic, date_shaped
from generator.masthead import issue_shaped
from generator.normalize import fold
from generator.pipeline import parse_bytes
from generator.unread import doc_number_shaped

# printed (noisy)                           canonical
DOC_NUMBERS = [
    ("南政发〔2024〕3号", "南政发〔2024〕3号"),
    ("南政发[2024]3号", "南政发〔2024〕3号"),
    ("南政发（2024）3号", "南政发〔2024〕3号"),
    ("南政发 〔2024〕 3 号", "南政发〔2024〕3号"),
    ("南政发〔2024〕第3号", "南政发〔2024〕3号"),
    ("南政发〔2024〕03号", "南政发〔2024〕3号"),
    ("南政发﹝2024﹞3号", "南政发〔2024〕3号"),
    ("南政发【2024】3号", "南政发〔2024〕3号"),
    ("南政发［2024］3号", "南政发〔2024〕3号"),
    ("南政发〔2024〕3號", "南政发〔2024〕3号"),  # (the traditional 號)
    ("南政发(2024〕3号", "南政发〔2024〕3号"),
    ("南政发〔２０２４〕３号", "南政发〔2024〕3号"),  # full-width digits
    ("南政\u200b发〔2024〕\u200b3号", "南政发〔2024〕3号"),  # zero-width spaces
    ("南政发\u00a0〔2024〕\u00a03号", "南政发〔2024〕3号"),  # no-break spaces
    ("南政\u00ad发〔20\u00ad24〕3号", "南政发〔2024〕3号"),  # soft hyphens
    ("南政发「2024」3号", "南政发〔2024〕3号"),  # corner brackets, as OCR reads 〔〕
    ("南政发「2024〕3号", "南政发〔2024〕3号"),
    ("南政发〘2024〙3号", "南政发〔2024〕3号"),  # tortoise-shell brackets, a font's 〔〕
]


@pytest.mark.parametrize("printed,canonical", DOC_NUMBERS)
def test_a_noisy_doc_number_reads_as_its_canonical_form(printed, canonical):
    number = DocNumber.parse(printed)
    assert str(number) == canonical
    assert DocNumber.parse(str(number)) == DocNumber(number.prefix, number.year, number.serial, canonical)
    assert str(DocNumber.search(f"根据{printed}文件")) == canonical


@pytest.mark.parametrize("text", ["主题为「2024」", "结合「2024」年度任务", "〘2024〙", "《「2024」年度报告》"])
def test_a_year_in_corner_or_tortoise_shell_brackets_is_no_number_without_a_code(text):
    assert DocNumber.search(text) is None


REGISTRATIONS = [
    ("HNDR-2024-00123", "HNDR-2024-00123"),
    ("HNDR–2024–00123", "HNDR-2024-00123"),  # en dashes
    ("HNDR—2024—00123", "HNDR-2024-00123"),  # em dashes
    ("HNDR－2024－00123", "HNDR-2024-00123"),  # full-width hyphen-minus
    ("HNDR‐2024‐00123", "HNDR-2024-00123"),  # Unicode hyphen
    ("HNDR一2024一00123", "HNDR-2024-00123"),  # 一 for the dash (OCR)
    ("HNDR - 2024 - 00123", "HNDR-2024-00123"),
    ("HNDR 2024 00123", "HNDR-2024-00123"),
    ("hndr-2024-00123", "HNDR-2024-00123"),
    ("ＨＮＤＲ－２０２４－００１２３", "HNDR-2024-00123"),
    ("HNDR-2024-OO123", "HNDR-2024-00123"),  # O for 0 in the serial
    ("HNDR-2024-00l23", "HNDR-2024-00123"),
    ("HNDR-2O24-00123", "HNDR-2024-00123"),  # ... and in the year
    ("npdr一2O24一00011", "NPDR-2024-00011"),
    ("HNDR\u200b-2024-00123", "HNDR-2024-00123"),
    ("HNDR\u00ad2024\u00ad00123", "HNDR-2024-00123"),  # soft hyphens for the dashes
    ("HNDR~2024~00123", "HNDR-2024-00123"),  # a tilde for the dash, both times
    ("HNDR·2024·00123", "HNDR-2024-00123"),  # a middle dot, both times
    ("HNDR.2024.00123", "HNDR-2024-00123"),
]


@pytest.mark.parametrize("printed,canonical", REGISTRATIONS)
def test_a_noisy_registration_number_reads_as_its_canonical_form(printed, canonical):
    reg = RegistrationNumber.parse(printed)
    assert str(reg) == canonical
    assert RegistrationNumber.parse(str(reg)) == reg
    assert RegistrationNumber.search(f"（登记号：{printed}）") == reg


@pytest.mark.parametrize("text", ["GB 50016-2014", "GB/T 9704-2O12", "ISO 9001:2O15", "HNDR-2O24-12345678",
                                  "HNDR~2024-00123", "HNDR.2024·00123x", "www.hunan.gov.cn/2024/00123",
                                  "HNDR-3O24-00123"])
def test_no_registration_number_in_standards_long_serials_or_other_years(text):
    assert RegistrationNumber.search(text) is None


DATES = [
    ("2024年3月5日", "2024-03-05"), ("2024 年 3 月 5 日", "2024-03-05"), ("2024年03月05日", "2024-03-05"),
    ("２０２４年３月５日", "2024-03-05"), ("2024.3.5", "2024-03-05"), ("2024-03-05", "2024-03-05"),
    ("2024/3/5", "2024-03-05"), ("2024．3．5", "2024-03-05"), ("2024－03－05", "2024-03-05"),
    ("2O24年3月5日", "2024-03-05"), ("2024年l月5日", "2024-01-05"), ("2024年3月1O日", "2024-03-10"),
    ("2024年3月5曰", "2024-03-05"), ("2024\u00ad年3月5日", "2024-03-05"), ("2024年3月5日\u200b", "2024-03-05"),
    ("二〇二四年三月五日", "2024-03-05"), ("二○二四年三月五日", "2024-03-05"), ("二O二四年三月五日", "2024-03-05"),
    ("二Ｏ二四年三月五日", "2024-03-05"), ("二零二四年三月五日", "2024-03-05"), ("二0二四年三月五日", "2024-03-05"),
    ("二◯二四年三月五日", "2024-03-05"), ("二o二四年三月五日", "2024-03-05"), ("二〇二四年三月五曰", "2024-03-05"),
    ("二ΟΟ六年一月二十日", "2006-01-20"), ("二οο六年一月二十日", "2006-01-20"),  # (Greek omicrons for 〇)
    ("二〇二四年十二月三十一日", "2024-12-31"), ("二〇二四年元月五日", "2024-01-05"), ("二〇二四年 三月 五日", "2024-03-05"),
    # the day written 号, as it is spoken
    ("2024年3月5号", "2024-03-05"), ("二〇二四年三月五号", "2024-03-05"), ("2024年03月05号", "2024-03-05"),
    # letters OCR reads for digits in a date in figures
    ("2O24.3.5", "2024-03-05"), ("2024-O3-l5", "2024-03-15"), ("2O24/3/5", "2024-03-05"),
]


@pytest.mark.parametrize("printed,iso", DATES)
def test_a_noisy_date_reads_as_its_day(printed, iso):
    date = ChineseDate.parse(printed)
    assert str(date) == iso
    assert ChineseDate.parse(str(date)) == date


@pytest.mark.parametrize("text", ["2024年3月5号起", "二〇二四年三月卅日", "2024年3月", "2024年3月5日印发", "20240305",
                                  "2024.03.05.", "oooo年三月五日", "二〇二四年三月三一日"])
def test_what_is_no_date_reads_as_none(text):
    assert ChineseDate.parse(text) is None


@pytest.mark.parametrize("line,shaped", [
    ("2024年3月5号", True), ("二〇二四年三月卅日", True), ("2024年3\ufffd5日", True), ("2O24.3.5", True),
    ("2024年13月5日", True), ("2024年3月5", True),
    # near misses: a month alone, a span of years, an issue, a date in a sentence
    ("2024年3月", False), ("2023-2024", False), ("2024年第3期", False), ("2024年3月5日起施行", False),
    ("2024年度", False), ("20240305", False),
])
def test_a_line_shaped_as_a_date(line, shaped):
    assert date_shaped(fold(line)) is shaped


def _closing(date_line: str, above: str = "　　　　　　　　松岭县人民政府") -> list[dict]:
    text = ("松政发〔2024〕5号\n\n松岭县人民政府关于调整县城区机动车限行措施的通告\n\n"
            "　　为改善县城区交通秩序，县人民政府决定调整县城区机动车限行措施。\n\n"
            f"{above}\n\n{date_line}\n")
    return parse_bytes(text.encode(), "closing.txt").to_dict()["diagnostics"]


def test_a_date_not_read_under_the_organ_is_named_with_its_line():
    [unread] = [d for d in _closing("　　　　　　　　2024年5月卅日") if d["code"] == "date-unreadable"]
    assert unread["line"] == 9 and "YYYY年M月D日" in unread["message"]


def test_a_date_shaped_line_not_beside_an_organ_is_no_date_not_read():
    codes = {d["code"] for d in _closing("2024年5月卅日", above="　　请各单位认真遵照执行。")}
    assert "date-unreadable" not in codes


# Pieces noisy extraction makes the elements of: codes, every bracket and dash, digits of each
# width and the letters OCR reads for them, Chinese numerals, spaces and invisible characters.
_PIECES = st.sampled_from([
    "南政发", "松政办函", "桐溪县", "规", "和", "的通知", "年", "月", "日", "号", "曰", "第", "期", "元", "十", "卅",
    "〔", "〕", "(", ")", "（", "）", "[", "]", "【", "】", "﹝", "﹞", "「", "」", "〘", "〙", "〈", "〉", "〖", "〗",
    "-", "—", "–", "－", "一", "_", ".", "/", "2024", "2O24", "２０２４", "l9", "03", "3", "0", "O", "o", "I", "l",
    "二〇二四", "二○二四", "二O二四", "三", "五", "十二", "HNDR", "hndr", "DR",
    " ", "\u3000", "\u00a0", "\u200b", "\u00ad", "\ufeff", "\ufffd", "\t", "\x00",
])
_NOISY = st.lists(_PIECES, max_size=12).map("".join) | st.text(max_size=30)


@settings(max_examples=400, deadline=None)
@given(_NOISY)
def test_doc_number_never_crashes_and_its_canonical_form_reads_back(text):
    number = DocNumber.parse(text)
    found = list(DocNumber.finditer(text))
    for value in ([number] if number else []) + found:
        again = DocNumber.parse(str(value))
        assert (again.prefix, again.year, again.serial) == (value.prefix, value.year, value.serial)
        assert str(again) == str(value)


@settings(max_examples=400, deadline=None)
@given(_NOISY)
def test_registration_number_never_crashes_and_its_canonical_form_reads_back(text):
    for value in filter(None, (RegistrationNumber.parse(text), RegistrationNumber.search(text))):
        assert RegistrationNumber.parse(str(value)) == value


@settings(max_examples=400, deadline=None)
@given(_NOISY)
def test_date_never_crashes_and_its_canonical_form_reads_back(text):
    for read in (ChineseDate.parse, ChineseDate.search):
        try:
            value = read(text)
        except ValueError:
            continue  # the form of a date, no calendar date (2024年2月30日): date-invalid
        if value is not None:
            assert ChineseDate.parse(str(value)) == value
            assert ChineseDate.parse(f"{value.date.year}年{value.date.month}月{value.date.day}日") == value


@pytest.mark.parametrize("key,read", [
    ("2O24年第3期", "2024年第3期"), ("2O24年度第3期", "2024年度第3期"), ("2Ol9年第三期", "2019年第3期"),
    ("南浦县人民政府公报2O24年第3期", "南浦县人民政府公报2024年第3期"),
    # near misses: no year (3O24), letters before it (a code), no issue after it
    ("3O24年第3期", "3O24年第3期"), ("YO2O24年第3期", "YO2O24年第3期"), ("2O24年", "2O24年"),
    # the issue's number and the cumulative number so read, with a figure among the letters
    ("2024年第l2期", "2024年第12期"), ("第1O期", "第10期"), ("2O24年第l2期(总第8O期)", "2024年第12期(总第80期)"),
    # near misses: letters alone are no figures (第III期 is a Roman three: NFKC of 第Ⅲ期)
    ("第III期", "第III期"), ("第I期", "第I期"), ("第lO期", "第lO期"),
])
def test_an_issues_year_with_ocr_letters_for_digits(key, read):
    assert arabic(key) == read


@pytest.mark.parametrize("line,shaped", [
    ("2024年第期", True), ("2024年弟3朗", True), ("第3其", True), ("2024年第III期", True), ("2024年第3朗(总第45期)", True),
    # near misses: a year alone, a date, a chapter, a span of years, a sentence
    ("2024年", False), ("2024年3月5日", False), ("第一章", False), ("2023-2024", False), ("第3期培训班开班", False),
])
def test_a_line_shaped_as_an_issue_line(line, shaped):
    assert issue_shaped(arabic(fold(line))) is shaped


def test_an_issue_line_not_read_is_named_with_its_line():
    text = "桐溪县人民政府公报\n\n2024年弟3朗\n\n桐政发〔2024〕4号\n\n桐溪县人民政府关于公布重点建设项目的通知\n"
    data = parse_bytes(text.encode(), "cover.txt").to_dict()
    [missing] = [d for d in data["diagnostics"] if d["code"] == "gazette-issue-missing"]
    assert missing["line"] == 3 and "第3期" in missing["message"] and data["gazette"]["year"] == 2024


# printed without brackets (a line of its own)   canonical
BARE_DOC_NUMBERS = [
    ("南政发2024年3号", "南政发〔2024〕3号"),
    ("南政办函 2024 12号", "南政办函〔2024〕12号"),  # (the spaces folded away: 南政办函202412号)
    ("南政发2024—3号", "南政发〔2024〕3号"),
    ("南政发2024-3号", "南政发〔2024〕3号"),
    ("南政发２０２４－３号", "南政发〔2024〕3号"),
    ("南政发 2024年 3 号", "南政发〔2024〕3号"),
    ("新和县政发2024年7号", "新和县政发〔2024〕7号"),  # (a code holding its county's 县)
]


@pytest.mark.parametrize("printed,canonical", BARE_DOC_NUMBERS)
def test_a_doc_number_without_brackets_reads_as_its_canonical_form(printed, canonical):
    number = DocNumber.parse_bare(printed)
    assert number is not None and str(number) == canonical and number.printed == printed
    assert DocNumber.parse(str(number)) == DocNumber.parse(canonical)


@pytest.mark.parametrize("text", [
    # a year and a number after a place, an organ's name or a label; an order or issue numbered
    # 2024年第3号; a sentence citing one; no serial; a serial 0; a number with its brackets
    "南浦县2024年3号", "县人民政府2024年3号", "县政府2024年3号", "编号2024年3号", "2024年3号",
    "南浦县人民政府令2024年第3号", "南政发2024年第3号", "根据南政发2024年3号文件", "南政发2024年号",
    "南政发2024年0号", "南政发〔2024〕3号", "关于2024年3号台风的通报", "南政发2024年3月5日",
    # an organ's whole name or a kind of paper before the year (review of 5 December)
    "县水利局2024年3号", "公告2024年3号", "通告2024年1号", "会议纪要2024年3号", "简报2024年12号",
    "信息2024年15号", "收文2024年12号", "学习2024年3号",
])
def test_what_is_no_doc_number_without_brackets(text):
    assert DocNumber.parse_bare(text) is None


@pytest.mark.parametrize("line,shaped", [
    ("县政府2024年3号", True), ("南政发（2024年）三号", True), ("南政发〔2024〕三号", True),
    ("南政发〔2024〕", True), ("南政发(2024)号", True),
    # near misses: a number read, an order or an issue numbered by the year, a sentence, a year alone
    ("南政发〔2024〕3号", False), ("南政发〔2024〕3號", False), ("南政发（2024年）3号", False),  # (read since the tenth session) ("南政发2024年3号", False), ("南浦县人民政府令2024年第3号", False), ("2024年第3号", False),
    ("县政府2024年3号文件", False), ("关于2024年3号台风的通报", False), ("南浦县2024", False),
])
def test_a_line_shaped_as_a_doc_number(line, shaped):
    assert doc_number_shaped(fold(line)) is shaped
