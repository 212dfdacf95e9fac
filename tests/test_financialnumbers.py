"""An issue's number in financial numerals (generator/financialnumbers.py, identifiers.arabic)."""

import pytest

from generator.financialnumbers import financial_issue
from generator.identifiers import arabic
from generator.normalize import fold


@pytest.mark.parametrize("text,read,figures", [
    ("2024年第叁期", "2024年第三期", "2024年第3期"),
    ("二〇二四年第叁期（总第肆拾伍期）", "二〇二四年第三期(总第四十五期)", "2024年第3期(总第45期)"),
    ("第拾贰期", "第十二期", "第12期"),
    ("总第壹佰贰拾期", "总第一百二十期", "总第一百二十期"),  # (arabic reads issues up to 99: masthead's 总 pattern reads this)
    # not an issue's number: a sum of money, words without 第…期
    ("人民币壹拾万元整", "人民币壹拾万元整", "人民币壹拾万元整"), ("叁期工程", "叁期工程", "叁期工程"),
])
def test_financial_issue(text, read, figures):
    assert financial_issue(fold(text)) == read
    assert arabic(fold(text)) == figures
