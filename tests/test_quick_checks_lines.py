"""linekinds.may_take asks a line's rule only when the line shows what the rule looks for: no rule
takes a line its bit leaves out, and line_kind answers as asking every rule in order does — on
every line of the samples and the excerpt cases, on generated lines, and on every first and last
character of the Basic Multilingual Plane."""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import linekinds
from generator.ingest import read_source
from generator.model import Line
from generator.normalize import clean, fold

ROOT = Path(__file__).resolve().parent.parent
PIECES = ["平江县", "人民政府", "办公室", "局", "站", "网站", "中心", "(", ")", "（", "）", "2024", "年", "5", "月",
          "12", "日", "曰", "印", "(印)", "印发", "(共印60份)", "章", "附件", "附表", "附件:", "相关附件:", "1.", "一、",
          "(一)", "第一条", "①", "٣", "抄送:", "分送:", "发送:", "县长", "代", "副", "张三", "李四", "(此件主动公开)",
          "(联系人:李华)", " ", "  ", "\u3000", "\t", "-", "- ", "* ", "+ ", "|", "│", "┃", "║", "=", "─", "━", "═",
          "打印本页", "关闭窗口", "【打印】", "【字体：大 中 小】", "阅读次数：2331", "分享到:", "微信", "QQ", "首页", ">", "当前位置:",
          "上一篇:", "网站标识码:", "主办单位:", "ICP备05001234号", "备", ".", "_", "微信图片_2024.jpg", "版权所有:",
          "视力保护色", "请输入", "相关链接", "您是本站第", "位访问者", "联系电话:", "技术支持:", "。", "，", "&#21360;",
          "**", "# ", "<b>", "</b>", "加强组织领导", "的通知", "2024年3月5日", "印数:", "50份"]
texts = st.lists(st.sampled_from(PIECES), max_size=10).map("".join)


def _first_taker(line: Line) -> str:
    for rule in linekinds.LINE_RULES:
        if rule.test(line):
            return rule.name
    return "text"


def _holds(line: Line) -> None:
    mask = linekinds.may_take(line)
    for bit, rule in enumerate(linekinds.LINE_RULES):
        if rule.test(line):
            assert mask >> bit & 1, (rule.name, line)
    assert linekinds.line_kind(line) == _first_taker(line)


def _line(text: str) -> Line:
    text = clean(text)
    return Line(1, text, fold(text))


@settings(max_examples=1500, deadline=None)
@given(texts)
def test_no_rule_takes_a_generated_line_its_bit_leaves_out(text):
    _holds(_line(text))
    _holds(_line(text.replace("\t", " ")))  # (as line_kinds asks a tab row alone again)


def _real_lines():
    paths = [*sorted((ROOT / "tests" / "cases").rglob("*.txt")), *sorted((ROOT / "datasets" / "gazettes").glob("*"))]
    seen = set()
    for path in paths:
        for line in read_source(path).lines:
            if (line.text, line.key) not in seen:
                seen.add((line.text, line.key))
                yield line


def test_no_rule_takes_a_real_line_its_bit_leaves_out():
    count = 0
    for line in _real_lines():
        _holds(line)
        _holds(Line(line.no, line.text.replace("\t", " "), line.key))
        count += 1
    assert count > 5000


@pytest.mark.parametrize("around", ["", "县人民政府", "(一)", "打印|关闭"])
def test_no_rule_takes_a_line_by_a_first_or_last_character_its_bit_leaves_out(around):
    """Every character of the BMP before and after a few lines' words (the rules that look at a
    key's ends: web chrome's first words, numbering, an organ's last character …)."""
    for code in range(0x10000):
        char = chr(code)
        if not (char + "a").isprintable():
            continue  # (clean drops or turns the others into spaces: no key ends with them)
        for text in (char + around, around + char):
            _holds(_line(text))


def test_the_shows_name_every_rule():
    assert set(linekinds.SHOWS) == {rule.name for rule in linekinds.LINE_RULES}
