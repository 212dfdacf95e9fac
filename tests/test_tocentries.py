"""Where an entry of the contents opens (``generator.tocentries``): entries numbered 1. （1） ①."""

import pytest

from generator.model import Line
from generator.normalize import fold
from generator.tocentries import numbered_next, starts_entry


def _line(text):
    return Line(1, text, fold(text))


@pytest.mark.parametrize("first, line, nxt", [
    ("6.《柏林县城市绿化管理办法》政策解读", "7.柏林县人民政府关于同意设立市场的批复", True),
    # numbered in brackets or with circled figures (probe session 9)
    ("（1）柏林县人民政府关于印发柏林县2024年", "（2）柏林县人民政府关于同意设立市场的批复", True),
    ("①柏林县人民政府关于印发柏林县2024年", "②柏林县人民政府关于同意设立市场的批复", True),
    ("⑨柏林县人民政府关于印发方案的通知", "⑩柏林县人民政府关于同意设立市场的批复", True),
    # near misses: not the next number, a wrapped title's rest, a year
    ("①柏林县人民政府关于印发柏林县", "③柏林县人民政府关于同意设立市场的批复", False),
    ("（1）柏林县人民政府关于印发柏林县", "24年国土绿化行动方案的通知", False),
    ("1.柏林县人民政府关于印发", "（2024年）", False),
])
def test_numbered_next(first, line, nxt):
    assert numbered_next(_line(first), _line(line)) is nxt


@pytest.mark.parametrize("text, starts", [
    ("②柏林县人民政府关于同意设立市场的批复", True), ("（2）柏林县人民政府关于同意设立市场的批复", True),
    ("24年国土绿化行动方案的通知", False), ("强城市生活垃圾分类工作的通知", False),
])
def test_starts_entry(text, starts):
    assert starts_entry(_line(text)) is starts


@pytest.mark.parametrize("text, nxt, starts", [
    # joint issuers the wrap cut inside a name (round-trip probe, session 15)
    ("白沙县人民政府办公室　白沙县", "财政局关于做好2022年住宅小区物业管理工作的通知", True),
    ("白沙县人民政府办公室　白沙县财政局关于做好", "2022年住宅小区物业管理工作的通知", True),
    # near misses: a title's rest after its wrap, a forwarded notice's 的通知 alone
    ("住宅小区物业管理工作", "的通知", False), ("的通知", "白沙县人民政府关于同意设立市场的批复", False),
])
def test_an_entry_whose_issuers_the_wrap_cut(text, nxt, starts):
    assert starts_entry(_line(text), _line(nxt)) is starts


@pytest.mark.parametrize("text, starts", [
    # a 令's or 公告's entry with its number in brackets, its day after it perhaps (probe session 9)
    ("云岭县人民政府令（第5号）", True), ("云岭县人民政府公告（2024年第1号）", True),
    ("云岭县人民政府令（第5号）（2024年3月15日）", True),
    # its number and its day in the same brackets (the entry's key folded)
    ("云岭县人民政府令（第5号，2024年3月15日）", True), ("云岭县人民政府公告（2024年第1号，2024年3月15日）", True),
    ("（第5号）", False), ("（2024年第1号）", False),
])
def test_an_entry_of_a_decree_or_notice_with_its_number(text, starts):
    assert starts_entry(_line(text)) is starts


@pytest.mark.parametrize("text, without", [
    ("云岭县人民政府关于印发方案的通知（2024年3月11日）", "云岭县人民政府关于印发方案的通知"),
    ("云岭县人民政府关于同意设立市场的批复（云政函〔2024〕12号，2024年3月14日）",
     "云岭县人民政府关于同意设立市场的批复（云政函〔2024〕12号）"),
    ("云岭县人民政府令（第5号）（2024年3月15日）", "云岭县人民政府令（第5号）"),
    # folded keys alike, their brackets kept folded (the key's rules ask for (…): not （…）)
    ("云岭县人民政府关于同意设立市场的批复(云政函(2024)12号,2024年3月14日)", "云岭县人民政府关于同意设立市场的批复(云政函(2024)12号)"),
    ("云岭县人民政府令(第5号,2024年3月15日)", "云岭县人民政府令(第5号)"),
    # spaced as pdftotext -layout sets a line out: the number and the day apart
    ("云岭县人民政府关于同意设立市场的批复（云政函〔2024〕12号，      2024 年 3 月 14 日）",
     "云岭县人民政府关于同意设立市场的批复（云政函〔2024〕12号）"),
    # no day in brackets: as it is
    ("云岭县人民政府关于印发方案的通知（2024年）", "云岭县人民政府关于印发方案的通知（2024年）"),
    ("于2024年3月11日", "于2024年3月11日"),
])
def test_an_entrys_day_after_its_title(text, without):
    from generator.toclines import without_day

    assert without_day(text) == without


@pytest.mark.parametrize("text, day", [
    ("青溪县人民政府任免工作人员（2024年3月5日）", "2024-03-05"),
    ("云岭县人民政府关于同意设立市场的批复（云政函〔2024〕12号，      2024 年 3 月 14 日）", "2024-03-14"),
    ("云岭县人民政府令(第5号,2024年3月15日)", "2024-03-15"),
    # no day in brackets after the title: none
    ("云岭县人民政府关于印发方案的通知（2024年）", None), ("于2024年3月11日", None),
])
def test_an_entrys_day_read(text, day):
    from generator.toclines import day_after

    assert day_after(text) == day


@pytest.mark.parametrize("text, titled", [
    # a title closed by its number or day in brackets, as a contents entry prints it: no document's end
    ("云岭县人民政府令（第5号）（2024年3月15日）", True),
    ("云岭县人民政府令（第5号）", True),
    ("云岭县人民政府关于同意设立市场的批复（云政函〔2024〕12号，2024年3月14日）", True),
    ("云岭县人民政府关于印发方案的通知（2024年3月11日）", True),
    # a 附注, a sentence's day, a regulation's suffix, brackets that do not match: no such title
    ("（此件公开发布）", False), ("请遵照执行（2024年3月1日）", False),
    ("云岭县城市绿化管理办法（试行）", False), ("关于做好防汛工作的通知）", False), ("）", False),
])
def test_a_title_closed_by_its_brackets(text, titled):
    from generator.normalize import fold
    from generator.toclines import titled_with_its_brackets

    assert titled_with_its_brackets(fold(text)) is titled


@pytest.mark.parametrize("text, title", [
    # the organ after the title, a leader or a gap or nothing between (probe session 9)
    ("关于印发玉泉县国土绿化行动方案的通知……玉泉县人民政府", "玉泉县人民政府关于印发玉泉县国土绿化行动方案的通知"),
    ("关于印发方案的通知　　玉泉县财政局", "玉泉县财政局关于印发方案的通知"),
    ("关于转发县财政局关于加强预算管理的意见的通知玉泉县人民政府办公室", "玉泉县人民政府办公室关于转发县财政局关于加强预算管理的意见的通知"),
    # near misses: the title whole, a name that is no organ, a title naming its issuer first
    ("关于转发县财政局关于加强预算管理的意见的通知", "关于转发县财政局关于加强预算管理的意见的通知"),
    ("关于2024年工作的报告……王立新", "关于2024年工作的报告……王立新"),
    ("玉泉县人民政府关于印发方案的通知", "玉泉县人民政府关于印发方案的通知"),
])
def test_the_issuer_printed_after_the_title(text, title):
    from generator.tocentries import issuer_after_title

    assert issuer_after_title(text) == title


@pytest.mark.parametrize("text, nxt, starts", [
    # an organ alone over a title naming none: the next group's issuer (probe session 9)
    ("枫林县人民政府办公室", "关于做好2024年春耕生产工作的通知", True),
    # near misses: the organ over a title naming its own issuer, or at the end (an entry's issuer after it)
    ("枫林县人民政府办公室", "枫林县应急管理局关于开展安全生产大检查的通知", False),
    ("枫林县人民政府办公室", None, False),
    ("2024年春耕生产", "关于做好2024年春耕生产工作的通知", False),
])
def test_an_issuer_over_the_next_group(text, nxt, starts):
    assert starts_entry(_line(text), _line(nxt) if nxt else None) is starts


def test_an_entrys_day_after_its_title_is_found_in_linear_time():
    """Runs of 3,000 spaces in an entry ending with 日） (inside its brackets, between its number and
    its day, between brackets): each run is taken whole, not shared out between the pattern's spaces
    (such a line took minutes). In a child with a timeout, so that a hang fails the test."""
    import subprocess
    import sys

    from tests.conftest import ROOT

    code = ("from generator.toclines import without_day\n"
            "for sp in (' ', '\\u3000'):\n"
            "    s = sp * 3000\n"
            "    assert without_day('（' + s + '（' + s + '2024年3月1日' + s + '日）').endswith('日）')\n"
            "    assert without_day('关于印发方案的通知（南政发〔2024〕3号' + s + '，' + s + '2024' + s + '年3月1日）')"
            ".endswith('3号）')\n"
            "    without_day(('（' + s) * 20 + '年3月1日）')\n"
            "print('ok')")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, timeout=120)
    assert proc.returncode == 0 and proc.stdout.strip() == b"ok", proc.stderr.decode()[-2000:]


@pytest.mark.parametrize("key,title,under", [
    ("(县政府令第6号)", "青溪县城市绿化管理办法", True),
    ("(青溪县人民政府令第6号)", "青溪县城市绿化管理办法", True),
    ("(2024年第1号)", "青溪县城区养犬管理规定", True),
    # near misses: no brackets, the entry above no rule, a 文号
    ("县政府令第6号", "青溪县城市绿化管理办法", False),
    ("(县政府令第6号)", "县人民政府关于做好春季森林防火工作的通知", False),
    ("(青政发〔2024〕4号)", "青溪县城市绿化管理办法", False),
])
def test_order_under_the_rule(key, title, under):
    from generator.model import TocEntry
    from generator.tocentries import order_under_the_rule
    assert order_under_the_rule(key, TocEntry(title, None, None, None, 5, 10, 10)) is under


@pytest.mark.parametrize("text, listed", [
    # an entry's numbers in brackets and the leader to its page, its title on the line above
    ("（桐政发〔2024〕3号）………………………第1期6", True),
    ("（桐政发〔2024〕3号）………………………6", True),
    # a sentence opening with brackets, numbers without a leader: no such line
    ("（桐政发〔2024〕3号）要求各乡镇……", False), ("（桐政发〔2024〕3号）", False),
])
def test_an_entrys_numbers_and_leader(text, listed):
    from generator.normalize import fold
    from generator.toclines import numbers_and_leader

    assert numbers_and_leader(fold(text)) is listed
