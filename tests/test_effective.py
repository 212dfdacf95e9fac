"""The day a document takes effect, as its text states it: each rule of ``effective`` on sentences
county documents print."""

import pytest

from generator.effective import effective_date
from generator.model import Block


@pytest.mark.parametrize("text, kind, effective", [
    ("第八条　本办法自2024年5月1日起施行，有效期5年。", "article", "2024-05-01"),
    ("第六条 本办法自 2024 年 4 月 1 日起施行。", "article", "2024-04-01"),
    # (who interprets it first: 本…由…负责解释，自…起施行)
    ("第三十条　本办法由县司法局负责解释，自2024年5月1日起施行。", "article", "2024-05-01"),
    ("第二十条　本细则由县人民政府办公室负责解释，自印发之日起施行。", "article", "2024-04-03"),
    ("第三十条　本办法由县司法局负责解释。", "article", None),
    ("《青溪县城区养犬管理办法》已经县人民政府第10次常务会议审议通过，现予公布，自2024年6月1日起施行。", "paragraph",
     "2024-06-01"),
    ("现将调整后的城区停车收费标准予以公布，自2024年12月1日起执行。", "paragraph", "2024-12-01"),
    ("现予发布，自一九九九年六月一日起施行。", "paragraph", "1999-06-01"),
    ("二、本通告自9月1日起施行，有效期1年。", "list_item", "2024-09-01"),  # (the document's year)
    ("本通知自印发之日起施行。", "paragraph", "2024-04-03"),  # (the 印发日期)
    ("第三十五条 本细则自文件印发之日起施行。", "article", "2024-04-03"),
    ("二、本通告自发布之日起施行。", "list_item", "2024-04-01"),  # (the 成文日期)
    ("本决定自公布之日起施行，长期有效。", "paragraph", "2024-04-01"),
    ("四、本预案自印发之日起实施，有效期为3年。", "list_item", "2024-04-03"),
    # not read: another's law, a day reckoned from another, a day that is none, a table's cell
    ("《中华人民共和国民法典》自2021年1月1日起施行。", "paragraph", None),
    ("本通知自印发之日起30日后施行。", "paragraph", None),
    # (a measure the text says starts on a day, its verb taking an object: not the document's day)
    ("本县城区自2024年6月1日起实施生活垃圾强制分类。", "paragraph", None),
    ("本县自2024年7月1日起执行新的城乡居民最低生活保障标准。", "paragraph", None),
    ("本标准自2024年1月1日起执行至2026年12月31日。", "paragraph", "2024-01-01"),  # (to the term's end)
    ("本办法自2024年2月30日起施行。", "article", None),
    ("本办法自2024年5月1日起施行。", "table", None),
])
def test_the_day_a_document_takes_effect(text, kind, effective):
    assert effective_date((Block(kind, text, 9, 9),), "2024-04-01", "2024-04-03") == effective


@pytest.mark.parametrize("title, effective", [
    ("《青溪县城区养犬管理办法》政策解读", None), ("关于《青溪县城区养犬管理办法》的解读", None),
    ("县司法局负责人就《青溪县城区养犬管理办法》答记者问", None), ("关于《青溪县城区养犬管理办法（草案）》的起草说明", None),
    ("青溪县城区养犬管理办法", "2024-05-01"), ("青溪县人民政府关于印发《青溪县城区养犬管理办法》的通知", "2024-05-01"),
])
def test_a_reading_of_another_document_takes_effect_on_no_day(title, effective):
    blocks = (Block("paragraph", "本办法自2024年5月1日起施行，有效期5年。", 9, 9),)
    assert effective_date(blocks, "2024-04-01", None, title) == effective


def test_the_first_sentence_is_the_documents_and_a_day_without_its_year_needs_the_documents():
    blocks = (Block("paragraph", "本通知自印发之日起施行。", 8, 8), Block("article", "第二条 本办法自2024年5月1日起施行。", 14, 14))
    assert effective_date(blocks, "2024-04-01", None) == "2024-04-01"  # (no 印发日期: the 成文日期)
    assert effective_date((Block("list_item", "二、本通告自9月1日起施行。", 9, 9),), None, None) is None
