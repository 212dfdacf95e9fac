"""A regulation's articles run together on one line: ``articlerunon`` parts them where a careful
reader sees each open its line, and nowhere a sentence cites one."""

import pytest

from generator.articlerunon import articles_run_on_parts, split_articles_run_on
from generator.normalize import fold
from generator.model import Line


@pytest.mark.parametrize("text, parts", [
    ("    第四条　新建公共建筑，应当配建停车场。第五条　鼓励社会资本投资建设公共停车场。",
     ["第四条　新建公共建筑，应当配建停车场。", "第五条　鼓励社会资本投资建设公共停车场。"]),
    # the next chapter's heading between two articles, and a chapter's heading over its first article
    ("第四条　新建公共建筑应当配建停车场。第二章　规划与建设第五条　鼓励社会资本。第六条 停车场应当符合规划。",
     ["第四条　新建公共建筑应当配建停车场。", "第二章　规划与建设", "第五条　鼓励社会资本。", "第六条 停车场应当符合规划。"]),
    ("第一章　总　　则第一条　为加强管理，制定本办法。第二条　本办法适用于本县。",
     ["第一章　总　　则", "第一条　为加强管理，制定本办法。", "第二条　本办法适用于本县。"]),
    ("第 四 条　违反本办法的，予以处罚。 第 五 条　未按规定的，责令改正。",
     ["第 四 条　违反本办法的，予以处罚。", "第 五 条　未按规定的，责令改正。"]),
    ("第4条　违反本办法的，予以处罚。第5条　未按规定的，责令改正。", ["第4条　违反本办法的，予以处罚。", "第5条　未按规定的，责令改正。"]),
    # an article a sentence cites, or one out of the count: no article opening
    ("第四条　违反本办法的，依照第九条处理。第九条规定的情形除外。", None),
    ("第四条　违反本办法的，予以处罚。第五条规定的情形除外。", None),
    ("第四条　违反本办法的，予以处罚。第五条规定，县公安局负责。", None),
    ("第四条　违反本办法的，予以处罚。第五条第二款另有规定的除外。", None),
    ("第四条　违反本办法的，予以处罚。第六条　未按规定的，责令改正。", None),
    # a 解读's sentences saying what each article says (fifteenth session's review): no articles
    ("第一条明确了立法目的和依据。第二条规定了本办法的适用范围。第三条明确了县公安局的主管职责。", None),
    ("第一条　为加强管理，制定本办法。第二条主要界定了养犬的范围。第三条分别列举了禁止行为。", None),
    ("第四条　新建公共建筑，应当配建停车场。第五条明确由县住建局负责。", None),
    # (an article printed without the space after its number is one still)
    ("第一条为加强管理，制定本办法。第二条本办法适用于本县城区。", ["第一条为加强管理，制定本办法。", "第二条本办法适用于本县城区。"]),
    # a line not opening with an article
    ("一、第四条　违反本办法的。第五条　未按规定。", None),
    ("本办法自2024年5月1日起施行。第二条　县公安局负责。", None),
])
def test_articles_run_together_are_parted(text, parts):
    assert articles_run_on_parts(text) == parts


def test_a_line_cut_by_a_hard_wrap_is_left_whole_and_the_parts_keep_the_lines_number():
    lines = [Line(n, text, fold(text)) for n, text in enumerate((
        "第四条　新建公共建筑应当配建停车场。第五条　鼓励社会资本投资。",
        "第六条　停车场应当符合专项规划。第七条　停车场不得擅自",
        "改变用途。"), start=1)]
    parted, notes = split_articles_run_on(lines)
    assert [(x.no, x.text, x.place) for x in parted] == [
        (1, "第四条　新建公共建筑应当配建停车场。", 1), (1, "第五条　鼓励社会资本投资。", 2),
        (2, "第六条　停车场应当符合专项规划。第七条　停车场不得擅自", 3), (3, "改变用途。", 4)]
    assert [(d.code, d.line) for d in notes] == [("articles-run-on-one-line", 1)]
