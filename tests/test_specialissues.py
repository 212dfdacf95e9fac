"""A supplement or special issue (specialissues): read from the masthead, named in the id and the
labels, and told apart from the numbered issue of the same number."""

import pytest

from generator.collate import collate
from generator.masthead import read_masthead
from generator.model import Gazette, Line
from generator.normalize import fold
from generator.pipeline import gazette_id, parse_bytes
from generator.specialissues import special_after_issue, special_english, special_id, special_issue


@pytest.mark.parametrize("rest, special", [
    ("(增刊)", "增刊"), ("(增刊)(总第130期)", "增刊"), ("增刊", "增刊"), (")(专刊)", "专刊"), (" 特刊", "特刊"),
    ("", None), ("(总第3期)", None), ("增刊征订", None), ("(合刊)", None),
])
def test_the_kind_after_an_issue(rest, special):
    assert special_after_issue(rest) == special


@pytest.mark.parametrize("key, read", [
    ("2024年增刊", (2024, "增刊", None)),
    ("2024年增刊第2期", (2024, "增刊", 2)),
    ("2024年增刊(2)", (2024, "增刊", 2)),
    ("2024年度特刊", (2024, "特刊", None)),
    ("青溪县人民政府公报2024年专刊", (2024, "专刊", None)),     # the cover on one line
    ("2024年增刊(总第131期)", (2024, "增刊", None)),
    ("2024年增刊征订启事", None),                               # a notice's title, not a masthead
    ("欢迎订阅2024年增刊", None),                               # inside a sentence
    ("2024年第3期", None),
])
def test_a_years_special_issue(key, read):
    assert special_issue(key) == read


def test_names_in_ids_and_english():
    assert [special_id(s) for s in (None, "增刊", "特刊", "专刊")] == ["", "-zengkan", "-tekan", "-zhuankan"]
    assert [special_english(s) for s in (None, "增刊", "特刊")] == ["", "supplement", "special issue"]
    g = Gazette(year=2024, issue=3, special="增刊")
    assert (g.issue_label(), g.issue_label_en()) == ("2024年第3期（增刊）", "2024 No. 3 (supplement)")
    g = Gazette(year=2023, special="增刊")
    assert (g.issue_label(), g.issue_label_en()) == ("2023年增刊", "2023 supplement")


@pytest.mark.parametrize("texts, issue, special", [
    (("青溪县人民政府公报", "2024年第3期（增刊）"), 3, "增刊"),
    (("青溪县人民政府公报", "2024年增刊第2期", "（总第131期）"), 2, "增刊"),
    (("青溪县人民政府公报", "2023年增刊"), None, "增刊"),
    (("青溪县人民政府公报", "2024年第3期"), 3, None),
])
def test_the_masthead_reads_the_kind(texts, issue, special):
    gazette, _, diagnostics = read_masthead([Line(no, text, fold(text)) for no, text in enumerate(texts, start=1)])
    assert (gazette.issue, gazette.special) == (issue, special)
    assert "gazette-issue-missing" not in [d.code for d in diagnostics]


ISSUE = """青溪县人民政府公报
{issue}

青溪县人民政府
关于做好{what}工作的通知

青政发〔2024〕{number}号

各乡镇人民政府，县直各单位：
　　现就做好{what}工作通知如下。

青溪县人民政府
2024年3月{day}日
"""


def test_a_supplement_and_its_issue_are_both_published():
    results = [parse_bytes(ISSUE.format(issue=issue, what=what, number=number, day=day).encode(), name)
               for name, issue, what, number, day in (("a.txt", "2024年第3期", "春耕备耕", 7, 5),
                                                      ("b.txt", "2024年第3期（增刊）", "森林防火", 8, 12))]
    kept, repeated = collate(results)
    assert repeated == 0 and len(kept) == 2
    ids = [gazette_id(r.gazette, r.source.sha256) for r in kept]
    assert ids[1] == ids[0] + "-zengkan"


@pytest.mark.parametrize("lang, gazette, shown", [
    ("zh", Gazette(year=2024, issue=3, special="增刊"), "3（增刊）"),
    ("zh", Gazette(year=2024, special="增刊"), "增刊"),
    ("zh", Gazette(year=2024, issue=3, part="下"), "3（下）"),
    ("zh", Gazette(year=2024, issue=5, issue_last=6), "5–6"),
    ("en", Gazette(year=2024, issue=3, special="增刊"), "3 (supplement)"),
    ("en", Gazette(year=2024, special="特刊"), "special issue"),
    ("en", Gazette(year=2024, issue=3, part="上"), "3, first part"),
])
def test_the_issue_as_the_site_lists_it(lang, gazette, shown):
    from generator.site.local import Local
    view = {"issue_number": gazette.issue_number(), "issue_number_en": gazette.issue_number_en()}
    assert Local(lang, None, {}).issue(view) == shown
