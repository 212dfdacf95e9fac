"""Contents a scraper ran onto one line (``generator.tocrunon``), parted after each entry's page."""

import pytest

from generator.model import Line
from generator.normalize import fold
from generator.tocrunon import contents_parts, split_run_on_contents

A = "南浦县人民政府关于印发南浦县2024年春季森林防火工作方案的通知"
B = "南浦县人民政府关于调整南浦县农村公路管理委员会组成人员的通知"
C = "南浦县人民政府办公室关于做好2024年春耕生产工作的通知"


@pytest.mark.parametrize("text, parts", [
    # leaders and pages, no space between the entries
    (f"{A}……1{B}……3{C}……4", [f"{A}……1", f"{B}……3", f"{C}……4"]),
    # pages in brackets, the 文号 in brackets before the leader
    (f"{A}（南府发〔2024〕5号）………（1）{B}（南府发〔2024〕6号）………（3）",
     [f"{A}（南府发〔2024〕5号）………（1）", f"{B}（南府发〔2024〕6号）………（3）"]),
    # the sections' headings in 【】 parted off the entries they open; one space between entries
    (f"【县政府文件】{A}……1 {B}……3 【县政府办公室文件】{C}……4",
     ["【县政府文件】", f"{A}……1", f"{B}……3", "【县政府办公室文件】", f"{C}……4"]),
    # the sections named without marks before their first entry, glued or a space apart
    (f"县政府文件{A}……1{B}……3政府令 南浦县人民政府令（第5号）……4",
     ["县政府文件", f"{A}……1", f"{B}……3", "政府令", "南浦县人民政府令（第5号）……4"]),
    # the next title opening with a year: the page is the figures before it
    (f"{A}……32024年南浦县政务大事记……5{C}……6", [f"{A}……3", "2024年南浦县政务大事记……5", f"{C}……6"]),
    # numbered entries, a space between or none (the figures after the leader: the page, then the number)
    (f"1.{A}……1 2.{B}……3", [f"1.{A}……1", f"2.{B}……3"]),
    (f"1.{A}……12.{B}……103.{C}……12", [f"1.{A}……1", f"2.{B}……10", f"3.{C}……12"]),
    # each entry's 文号 in brackets after its page (printed under it): a line of its own, the entry above's
    (f"{A}……1（南府发〔2024〕5号）{B}……3（南府发〔2024〕6号）",
     [f"{A}……1", "（南府发〔2024〕5号）", f"{B}……3", "（南府发〔2024〕6号）"]),
    # each page a range of pages (its first read by the contents)
    (f"{A}……1-3{B}……4—8{C}……（9～12）", [f"{A}……1-3", f"{B}……4—8", f"{C}……（9～12）"]),
    # the last entry without its page
    (f"{A}……1{B}……3{C}", [f"{A}……1", f"{B}……3", C]),
    # the masthead and the heading first, the pages a space apart (no leaders)
    (f"南浦县人民政府公报 2024年第4期 目录 {A} 1 {B} 3 {C} 4",
     ["南浦县人民政府公报 2024年第4期", "目录", f"{A} 1", f"{B} 3", f"{C} 4"]),
    # not contents run on: contents in two columns (a gap between the entries), pages going back,
    # one entry, a sentence with an ellipsis, words that end no title, spaced figures not under the heading
    (f"{A}……1　　　　{B}……3", None), (f"{A}……5{B}……3", None), (f"{A}……1", None),
    ("会议指出……要抓好春耕生产……3个方面的工作……5项任务，确保粮食生产稳定增长，各乡镇要认真落实。", None),
    ("南浦县2024年第一季度经济运行情况……1南浦县2024年第二季度经济运行情况……3", None),
    (f"{A} 1 {B} 3 {C} 4", None),
])
def test_contents_parts(text, parts):
    assert contents_parts(text) == parts
    if parts:
        assert "".join("".join(parts).split()) == "".join(text.split())  # every character kept


def test_entries_without_leaders_under_the_heading():
    assert contents_parts(f"{A} 1 {B} 3", "目录") == [f"{A} 1", f"{B} 3"]
    # each page before its title (probe session 9)
    assert contents_parts(f"1　{A}　4　{B}　7　{C}", "目录") == [f"1　{A}", f"4　{B}", f"7　{C}"]
    assert contents_parts(f"目录 1 {A} 4 {B}") is None  # (one page between two titles: whose?)


def test_split_run_on_contents_gives_each_part_a_place():
    lines = [Line(1, "目录", "目录"), Line(2, f"{A}……1{B}……3", fold(f"{A}……1{B}……3")), Line(3, "正文", "正文")]
    out, diagnostics = split_run_on_contents(lines)
    assert [(line.no, line.text, line.place) for line in out] == [
        (1, "目录", 1), (2, f"{A}……1", 2), (2, f"{B}……3", 3), (3, "正文", 4)]
    assert [d.code for d in diagnostics] == ["contents-run-on-one-line"]


def test_contents_lines_with_long_runs_of_spaces_are_read_in_linear_time():
    """Contents lines with runs of 20,000 spaces inside an entry's brackets, before its day and its
    page (a PDF's text layer set out with spaces): each rule that meets a run takes it from its start,
    whole — a page a space apart from the title (tocrunon), a portal's day after a gap
    (toclines.without_listed_day), the 发文字号 printed in an entry (tocnumbers.without_numbers) — not again
    from each of its spaces (such an issue took a minute). In a child with a timeout."""
    import subprocess
    import sys

    from tests.conftest import ROOT

    gap = " " * 20000
    text = ("南浦县人民政府公报\n2024年第3期\n目　录\n南浦县人民政府关于印发方案的通知（" + gap + "（" + gap + "2024年3月1日" + gap
            + "日）\n南浦县人民政府关于印发方案的通知（南政发〔2024〕3号，" + gap + "2024年3月11日）……3\n\n南浦县人民政府关于印发方案的通知\n"
            "各乡镇人民政府：\n现将方案印发给你们。\n南浦县人民政府\n2024年3月11日\n")
    code = ("import sys; from generator.pipeline import parse_bytes; "
            "r = parse_bytes(sys.stdin.buffer.read(), 'runs.txt'); print(len(r.toc), len(r.documents))")
    proc = subprocess.run([sys.executable, "-c", code], input=text.encode("utf-8"), cwd=ROOT, capture_output=True, timeout=20)
    assert proc.returncode == 0, proc.stderr.decode()[-2000:]
    assert proc.stdout.split() == [b"1", b"1"]
