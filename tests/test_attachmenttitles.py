"""An attachment's title run into its first paragraph on one line under its mark
(generator/attachmenttitles.py)."""

import pytest

from generator.attachmenttitles import title_run_on, titles_apart
from generator.model import Line
from generator.normalize import fold



@pytest.mark.parametrize("text, expected", [
    ("青溪县2024年第一批县级龙头企业名单　青溪县绿源农业开发有限公司、青溪县石门茶业有限公司。",
     ("青溪县2024年第一批县级龙头企业名单", "青溪县绿源农业开发有限公司、青溪县石门茶业有限公司。")),
    ("青溪县第一批县级美丽乡村示范村拟命名名单公示  根据《青溪县美丽乡村建设实施方案》，现予公示。",
     ("青溪县第一批县级美丽乡村示范村拟命名名单公示", "根据《青溪县美丽乡村建设实施方案》，现予公示。")),
    ("青溪县2024年县级龙头企业名单（第一批）　青溪县绿源农业开发有限公司。",
     ("青溪县2024年县级龙头企业名单（第一批）", "青溪县绿源农业开发有限公司。")),
    ("青溪县2024年县级龙头企业名单　（第一批）", None),  # its batch set apart: the title's own
    ("青溪县2024年第一批县级龙头企业名单", None),  # the title alone
    ("经评审，现将名单公示　如下：", None),  # a sentence
])
def test_title_run_on(text, expected):
    assert title_run_on(Line(1, text, fold(text))) == expected


def test_titles_apart_under_the_mark_only():
    text = "青溪县2024年第一批县级龙头企业名单　青溪县绿源农业开发有限公司、青溪县石门茶业有限公司。"
    mark, line = Line(1, "附件1", "附件1"), Line(2, text, fold(text))
    assert [x.text for x in titles_apart([mark, line])] == ["附件1", "青溪县2024年第一批县级龙头企业名单",
                                                            "青溪县绿源农业开发有限公司、青溪县石门茶业有限公司。"]
    assert [x.no for x in titles_apart([mark, line])] == [1, 2, 2]
    other = Line(1, "二、有关要求", "二、有关要求")
    assert titles_apart([other, line]) == [other, line]  # (no mark over it: a line as printed)


def test_titles_apart_with_the_mark_on_the_line():
    text = "附件3　青溪县2024年第一批县级示范家庭农场名单　青溪县清水镇李记家庭农场、青溪县石门乡王氏家庭农场。"
    parts = titles_apart([Line(7, text, fold(text))])
    assert [(x.no, x.text) for x in parts] == [(7, "附件3"), (7, "青溪县2024年第一批县级示范家庭农场名单"),
                                               (7, "青溪县清水镇李记家庭农场、青溪县石门乡王氏家庭农场。")]
    gap = "附件3　　联络员名单"  # the mark and the title alone: as printed (blocks read it)
    assert titles_apart([Line(7, gap, fold(gap))])[0].text == gap


@pytest.mark.parametrize("title, counted", [
    ("3件", True), ("共2份", True), ("2 件", True), ("三件", True), ("共1份", True),
    # near misses: titles (a list of 3 件 is no title; a title that counts inside it names something)
    ("南浦县2024年度3件民生实事清单", False), ("3件民生实事", False), ("2024年", False), ("件", False),
])
def test_an_attachment_line_that_counts_the_attachments(title, counted):
    from generator.attachments import count_only
    assert count_only(title) is counted


@pytest.mark.parametrize("title, expected", [
    ("农村人居环境整治重点任务清单（略）", "农村人居环境整治重点任务清单"),
    ("农村人居环境整治重点任务清单(略)", "农村人居环境整治重点任务清单"),
    ("各乡镇整治任务分解表〔略〕", "各乡镇整治任务分解表"),
    ("各乡镇整治任务分解表 （ 略 ）", "各乡镇整治任务分解表"),
    ("略阳县协作项目清单", "略阳县协作项目清单"),  # a county's name, no mark
    ("战略性新兴产业目录（略表）", "战略性新兴产业目录（略表）"),  # a word of the title
    ("（略）", "（略）"),  # the mark alone: no title left, kept as printed
    (None, None),
])
def test_without_left_out(title, expected):
    from generator.attachments import without_left_out
    assert without_left_out(title) == expected
