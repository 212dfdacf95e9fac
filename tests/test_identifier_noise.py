"""The elements with a grammar as noisy extraction gives them (PDF text layers, OCR, web pages):
each printed form and the value it reads as (``parse`` and ``str``), the forms that are no value,
and properties over any text (never a crash, ``parse(str(x)) == x``)."""

import pytest

from generator.identifiers import DocNumber, RegistrationNumber

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
]


@pytest.mark.parametrize("printed,canonical", REGISTRATIONS)
def test_a_noisy_registration_number_reads_as_its_canonical_form(printed, canonical):
    reg = RegistrationNumber.parse(printed)
    assert str(reg) == canonical
    assert RegistrationNumber.parse(str(reg)) == reg
    assert RegistrationNumber.search(f"（登记号：{printed}）") == reg


@pytest.mark.parametrize("text", ["GB 50016-2014", "GB/T 9704-2O12", "ISO 9001:2O15", "HNDR-2O24-12345678",
                                  "HNDR-3O24-00123"])
def test_no_registration_number_in_standards_long_serials_or_other_years(text):
    assert RegistrationNumber.search(text) is None
