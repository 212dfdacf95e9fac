"""A line extracted with a space between every two characters reads as printed:
letterspacing.letters_unspaced, and clean, which asks it of every line."""

from __future__ import annotations

import pytest

from generator.letterspacing import letters_unspaced
from generator.normalize import clean


@pytest.mark.parametrize("text, expected", [
    ("中 共 云 岭 县 委 办 公 室", "中共云岭县委办公室"),
    # a gap the line printed, its spaces set apart too: every second character of it
    ("中 共 云 岭 县 委 办 公 室   云 岭 县 人 民 政 府", "中共云岭县委办公室 云岭县人民政府"),
    ("签 发 人 ： 刘 建 华 \u3000 \u3000 云 办 发 〔 2 0 2 4 〕 7 号", "签发人：刘建华\u3000\u3000云办发〔2024〕7号"),
    # the indentation kept
    ("\u3000\u3000现 将 有 关 事 项 通 知 如 下 。", "\u3000\u3000现将有关事项通知如下。"),
    ("2 0 2 4 年 4 月 1 2 日", "2024年4月12日"),
    # near misses: names set apart, a table's row, too few Han characters, a tab row, a sentence
    ("县长　陈建国", "县长　陈建国"),
    ("1 城关镇 36 128", "1 城关镇 36 128"),
    ("1 2 3 4 5", "1 2 3 4 5"),
    ("2 0 2 4 年", "2 0 2 4 年"),
    ("序 号\t项 目 名 称", "序 号\t项 目 名 称"),
    ("城 关 镇 人民政府", "城 关 镇 人民政府"),
])
def test_letters_unspaced(text, expected):
    assert letters_unspaced(text) == expected


def test_clean_reads_a_letter_spaced_line_as_printed():
    assert clean("关 于 印 发 《 云 岭 县 方 案 》 的 通 知") == "关于印发《云岭县方案》的通知"
    assert clean("　　各 乡 镇 人 民 政 府 ：") == clean("　　各乡镇人民政府：")


def test_a_letter_spaced_line_is_read_before_its_look_alike_labels():
    # (OCR's 午 for 年 in a date read once the date's figures are together)
    assert clean("                2 0 2 4 午 1 1 月 4 日") == clean("　　　　　　　　　　　　　　　　2024午11月4日")


@pytest.mark.parametrize("text, expected", [
    ("1 2", "12"),
    ("附 件 1", "附件1"),
    ("1 8 号 ）", "18号）"),
    ("—   3   —", "— 3 —"),
    # near misses: a word of two characters, a tab row, one word
    ("12 页", "12 页"),
    ("1\t2", "1\t2"),
    ("12", "12"),
])
def test_short_lines_of_a_letter_spaced_text(text, expected):
    assert letters_unspaced(text, short=True) == expected
    if expected != text:
        assert letters_unspaced(text) == text  # (alone, such a line might be a row's cells)


@pytest.mark.parametrize("lines, spaced", [
    (["南 浦 县 人 民 政 府 公 报", "2 0 2 4 年 第 5 期", "", "关 于 做 好 防 汛 工 作 的 通 知", "1 2"], True),
    # two lines set apart (a title and a banner) in a text printed otherwise
    (["南 浦 县 人 民 政 府 公 报", "2024年第5期", "关 于 做 好 防 汛 工 作 的 通 知", "各乡镇人民政府：", "1 2"], False),
    (["县长　陈建国", "1 城关镇 36", "1 2 3"], False),
    # headings alone spaced for display over a text printed otherwise (a row of figures 1 2 3 4 under them)
    (["政 府 文 件", "青溪县人民政府关于公布2024年度乡镇考核结果的通知", "各乡镇人民政府，县直各单位：",
      "现将2024年度乡镇考核结果公布如下。", "序号 一等 二等 三等", "1 2 3 4", "青溪县人民政府", "2024年3月6日",
      "部 门 文 件", "青溪县财政局关于做好2024年预算执行工作的通知", "各乡镇财政所：", "请认真做好预算执行工作。",
      "人 事 任 免", "青溪县人民政府关于王立新等同志职务任免的通知"], False),
])
def test_a_text_set_apart_character_by_character(lines, spaced):
    from generator.letterspacing import spaced_text
    assert spaced_text(lines) is spaced
