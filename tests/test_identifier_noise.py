"""The elements with a grammar as noisy extraction gives them (PDF text layers, OCR, web pages):
each printed form and the value it reads as (``parse`` and ``str``), the forms that are no value,
and properties over any text (never a crash, ``parse(str(x)) == x``)."""

import pytest

from generator.identifiers import DocNumber

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
