"""``texmath``: a converter's inline LaTeX math read as the text the page prints (probes of the
thirteenth session: gazettes as MinerU, marker and Doc2X write them)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.normalize import clean, fold
from generator.texmath import math_text, read_math, unread_math


@pytest.mark.parametrize("line, read", [
    ("松政发〔2024〕$8$ 号", "松政发〔2024〕8号"),
    ("2024 年 $4$ 月 $1 2$ 日", "2024 年4月12日"),
    ("比例达到 $9 2 . 5 \\%$ 以上，提高 $5 . 2 \\%$ 。", "比例达到92.5%以上，提高5.2%。"),
    ("重点任务：$\\textcircled{1}$ 新建；$\\textcircled { 2 }$ 改造", "重点任务：①新建；②改造"),
    ("面积 $100 \\mathrm{km}^{2}$ ，水温 $\\leq 5 ^ { \\circ } \\mathrm{C}$ 时", "面积100km²，水温≤5°C时"),
    ("规模 $\\geq 2$ 万 $\\mathrm { m } ^ { 3 }$ 的", "规模≥2万m³的"),
    ("控制在 $35 \\mu \\mathrm{g} / \\mathrm{m}^{3}$ 以下", "控制在35μg/m³以下"),
    ("库容 $1 \\times 1 0 ^ { 4 }$ 以上，水位 $\\pm 0 . 5$ 米，$0 . 5 \\sim 1$ 米", "库容1×10⁴以上，水位±0.5米，0.5～1米"),
    ("$\\mathrm{PM}_{2.5}$ 浓度，$\\text{万元}$，$\\cdot$", "PM2.5浓度，万元，·"),
    ("<td> $\\geq 92.5\\%$ </td>", "<td>≥92.5%</td>"),
    ("PM2.5 $\\leq$ 35", "PM2.5 ≤ 35"),  # (a space beside a figure or a Latin word stays)
    ("机密 $\\bigstar$ 1年", "机密★ 1年"), ("$\\blacksquare$ 县政府文件", "■县政府文件"), ("同比增长 $5\\%$ $\\uparrow$", "同比增长5%↑"),
    # what the vocabulary does not name, and what is no math, as printed
    ("按 $P = \\frac { 1 } { 2 0 }$ 计算", "按 $P = \\frac { 1 } { 2 0 }$ 计算"),
    ("$x^{ab}$ 与 $\\textcircled{21}$", "$x^{ab}$ 与 $\\textcircled{21}$"),
    ("单价 $100 and $200", "单价 $100 and $200"),  # (money: the closing $ after a space)
    ("US$5 与 $3$ 个", "US$5 与3个"),
    ("$$E = m c^{2}$$", "$$E = m c^{2}$$"),  # (display math: no inline span)
    ("$ 5$ 与 $5 $", "$ 5$ 与 $5 $"),
    ("收费 $5$0 元", "收费 $5$0 元"),  # (a closing $ before a digit closes nothing)
])
def test_read_math(line, read):
    assert read_math(line) == read


@pytest.mark.parametrize("source, text", [
    ("12.5\\%", "12.5%"), ("\\textcircled { 3 }", "③"), ("^{\\circ} \\mathrm{C}", "°C"), ("\\geq", "≥"),
    ("\\leq", "≤"), ("\\times", "×"), ("\\pm", "±"), ("\\sim", "～"), ("\\mathrm { m } ^ { 3 }", "m³"),
    ("\\sqrt{2}", None), ("\\mathbb{N}", None), ("{", None), ("}", None), ("a^", None), ("\\", None), (" ", None),
])
def test_math_text(source, text):
    assert math_text(source) == text


@pytest.mark.parametrize("line, read", [
    # the HTML marker writes for a superscript or a subscript
    ("面积12.5km<sup>2</sup>，蓄积量356万m<sup>3</sup>", "面积12.5km²，蓄积量356万m³"),
    ("二氧化硫（SO<sub>2</sub>）、PM<sub>2.5</sub>", "二氧化硫（SO2）、PM2.5"),
    ("km<sup>-1</sup>", "km⁻¹"),
    ("<sup>注</sup>", "<sup>注</sup>"), ("x<sup>ab</sup>", "x<sup>ab</sup>"), ("<sup>[1]</sup>", "<sup>[1]</sup>"),
    ("<sup>2</sub>", "<sup>2</sub>"),
])
def test_read_scripts(line, read):
    assert read_math(line) == read
    assert clean(line) == read


def test_clean_and_fold_see_through_math():
    assert clean("松政发〔2024〕$8$ 号") == "松政发〔2024〕8号"
    assert fold("松政发〔2024〕$8$ 号") == fold("松政发〔2024〕8号")
    assert fold("2024 年 $4$ 月 $1 2$ 日") == "2024年4月12日"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["$", "$$", " ", "5", "1 2", "\\%", "\\textcircled{", "}", "{", "^", "_", "\\geq",
                                 "\\mathrm", "\\text{万元}", "年", "号", "\\frac", "\\", "a",
                                 "<sup>", "</sup>", "<sub>", "</sub>"]), max_size=14).map("".join))
def test_read_math_is_idempotent_and_keeps_han(text):
    once = read_math(text)
    assert read_math(once) == once
    assert [c for c in once if "\u4e00" <= c <= "\u9fff"] == [c for c in text if "\u4e00" <= c <= "\u9fff"]
    assert clean(clean(text)) == clean(text) and fold(fold(text)) == fold(text)


def test_unread_math_names_the_lines_still_holding_a_span():
    from generator.model import Line

    texts = ["按 $P = \\frac { 1 } { 2 0 }$ 计算", "比例达到92.5%以上", "单价 $100 and $200", "$x^{ab}$ 与 $\\sqrt{2}$"]
    lines = [Line(no, clean(t), fold(t)) for no, t in enumerate(texts, start=1)]
    assert unread_math(lines) == (1, 4)
