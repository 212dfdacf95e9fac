"""A closing line that prints the 成文日期 before the organ that signs (generator/datefirst.py,
closing.signature_after_its_date, as linekinds asks it)."""

import pytest

from generator.datefirst import date_then_organ
from generator.issuers import signature_issuers
from generator.linekinds import line_kinds
from generator.model import Line
from generator.normalize import fold


@pytest.mark.parametrize("text, found", [
    ("2024年11月5日　　　青溪县人民政府办公室", ("青溪县人民政府办公室", "2024年11月5日")),
    ("二〇二四年十一月五日　青溪县人民政府", ("青溪县人民政府", "2024年11月5日")),
    ("2024年11月5日青溪县人民政府办公室", ("青溪县人民政府办公室", "2024年11月5日")),
    # near misses: a date and words that are no organ, an organ then its date, a date alone
    ("2024年11月5日召开县政府常务会议", None),
    ("2024年11月5日县财政局牵头", None),
    ("青溪县人民政府办公室　2024年11月5日", None),
    ("2024年11月5日", None),
    # 曰 for the day's 日, as OCR reads it (probe of the eighth session)
    ("2024年11月6曰　青溪县人民政府办公室", ("青溪县人民政府办公室", "2024年11月6曰")),
    ("2024年11月6曰召开县政府常务会议", None),
])
def test_a_date_then_an_organ_on_one_line(text, found):
    assert date_then_organ(fold(text)) == found


def _lines(texts):
    return [Line(no, text, fold(text)) for no, text in enumerate(texts, start=1)]


@pytest.mark.parametrize("texts, signs", [
    # the last line of the text, a 附注 under it perhaps
    (["为切实做好冬季森林防火工作，现通知如下。", "2024年11月5日　　　青溪县人民政府办公室"], 1),
    (["为切实做好冬季森林防火工作，现通知如下。", "2024年11月5日　　　青溪县人民政府办公室", "（此件公开发布）"], 1),
    # near misses: a schedule's day and organ in the body, the document signed under it
    (["名单于下列日期公示：", "2024年11月25日　　　青溪县文化旅游广电体育局", "各乡镇要做好保护管理工作。",
      "青溪县人民政府", "2024年11月20日"], None),
    (["名单于下列日期公示：", "2024年11月25日　　　青溪县文化旅游广电体育局", "青溪县人民政府", "2024年11月20日"], None),
])
def test_the_date_first_signs_only_where_it_closes_the_document(texts, signs):
    lines = _lines(texts)
    kinds, _ = line_kinds(lines, {})
    assert [k for k, kind in enumerate(kinds) if kind == "signed"] == ([signs] if signs is not None else [])


def test_the_organ_after_its_date_is_the_issuer():
    assert signature_issuers("2024年11月5日　　　青溪县人民政府办公室") == ("青溪县人民政府办公室",)
