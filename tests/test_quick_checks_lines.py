"""linekinds.may_take asks a line's rule only when the line shows what the rule looks for: no rule
takes a line its bit leaves out, and line_kind answers as asking every rule in order does — on
every line of the samples and the excerpt cases, on generated lines, and on every first and last
character of the Basic Multilingual Plane. The other first checks of the lines' kinds and blocks
(a date's note, an organ's seal, a running head, a letter-spaced line) say no only where the costly
answer is no."""

from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from generator import datelines, linekinds, linerules
from generator.ingest import read_source
from generator.model import Line
from generator.normalize import clean, fold, letter_spaced, unspaced
from generator.furniture import is_running_head
from generator.patterns import is_org_only
from generator.sealwords import without_seal

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


# What a date's 附注 and an organ's seal are made of (datelines, sealwords), and the brackets around them.
NOTE_PIECES = ["2024年3月5日", "平江县人民政府", "办公室", "局", "(", ")", "此件", "本件", "主动公开", "公开发布", "。", ",",
               "联系人", "联系单位", "联系方式", "联系电话", ":", "李华", "0730-1234567", "印", "章", "盖章", "公章", "代章",
               "(印)", "(盖章)", "(此件主动公开)", "(联系人:李华,电话:0730-1234567)", "一"]
note_keys = st.lists(st.sampled_from(NOTE_PIECES), max_size=10).map("".join)


def _may_hold_a_date_note(key: str) -> bool:
    return "(此件" in key or "(本件" in key or "(联系" in key


@settings(max_examples=1500, deadline=None)
@given(note_keys)
def test_a_date_note_opens_as_without_date_note_first_checks(key):
    """datelines.without_date_note asks the note's pattern only of a key holding what a note opens with."""
    if datelines._DATE_NOTE.search(key):
        assert _may_hold_a_date_note(key), key


@settings(max_examples=1500, deadline=None)
@given(note_keys)
def test_no_organ_ends_in_a_bracket_but_its_seal_s(key):
    """linerules._organ says no to a key ending in a bracket that closes no seal's mark, unasked."""
    if key.endswith(")") and not key.endswith(("印)", "章)")):
        assert not is_org_only(without_seal(key)), key
    assert linerules._organ(key) == is_org_only(without_seal(key))


def test_the_first_checks_hold_on_every_real_line():
    for line in _real_lines():
        if datelines._DATE_NOTE.search(line.key):
            assert _may_hold_a_date_note(line.key), line
        assert linerules._organ(line.key) == is_org_only(without_seal(line.key)), line


HEAD_PIECES = ["平江县", "人民政府", "公报", "政报", "政府公报", "人大常委会公报", "《", "》", "2024", "二〇二四", "2O24", "年", "第",
               "期", "3", "三", "十二", "(", ")", "合刊", "增刊", "总第", "-", ".", "·", "|", "12", "页", "共", "月", "日",
               "号", "元月", "1", "一", "\t", "序号"]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(HEAD_PIECES), max_size=10).map("".join))
@example("平江县人民政府公报2024年第3期")
@example("-12-政府公报2024年第3期")
@example("2O24年第5-6期(合刊)")
def test_a_running_head_shows_what_may_be_running_head_asks(key):
    """linekinds.may_be_running_head says no only to a key furniture.is_running_head says no to."""
    if is_running_head(key):
        assert linekinds.may_be_running_head(key), key


def test_every_real_running_head_shows_what_may_be_running_head_asks():
    heads = 0
    for line in _real_lines():
        if is_running_head(line.key):
            assert linekinds.may_be_running_head(line.key), line
            heads += 1
    assert heads > 10


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(["松", "岭", "县", "人民政府", " ", "  ", "\n", "1", ".", "2", "项", "a", "b", "　"]),
                max_size=14).map("".join))
def test_a_text_of_fewer_than_three_spaces_is_not_unspaced(text):
    """normalize.unspaced gives a text of fewer than three spaces back at once (its first check):
    no line of such a text is letter-spaced, so its whole reading would give it back too."""
    if text.count(" ") < 3:
        assert unspaced(text) == text
        assert not any(letter_spaced(line) for line in text.split("\n"))
