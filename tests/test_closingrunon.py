"""A document's closing run onto the end of its last sentence (generator/closingrunon.py)."""

import pytest

from generator.closingrunon import closing_run_on, split_closing_run_on
from generator.model import Block


@pytest.mark.parametrize("text, split", [
    ("现印发给你们，请认真遵照执行。南浦县人民政府办公室2024年3月5日",
     ("现印发给你们，请认真遵照执行。", ("南浦县人民政府办公室",), "2024年3月5日")),
    ("请认真抓好落实。　　中共南浦县委办公室　南浦县人民政府办公室　　2024年5月20日",
     ("请认真抓好落实。", ("中共南浦县委办公室", "南浦县人民政府办公室"), "2024年5月20日")),
    ("特此通知。 南浦县人民政府 二〇二四年五月八日", ("特此通知。", ("南浦县人民政府",), "二〇二四年五月八日")),
    # near misses
    ("经南浦县人民政府2024年3月5日", None),  # no sentence's end before the organ
    ("请认真遵照执行。截至2024年3月5日", None),  # no organ's name after it
    ("请认真遵照执行。南浦县人民政府2024年3月5日印发", None),  # more after the day
    ("请认真遵照执行。2024年3月5日", None),  # no organ
    ("各乡镇要在5月31日前完成汛前检查，县水利局于2024年5月25日", None),
])
def test_closing_run_on(text, split):
    assert closing_run_on(text) == split


def test_split_only_where_the_document_is_neither_signed_nor_dated():
    blocks = [Block("title", "南浦县人民政府关于…的通知", 1, 1),
              Block("paragraph", "特此通知。南浦县人民政府2024年3月5日", 3, 3)]
    assert [b.kind for b in split_closing_run_on(blocks)] == ["title", "paragraph", "signature", "date"]
    assert [b.first for b in split_closing_run_on(blocks)] == [1, 3, 3, 3]
    signed = [*blocks, Block("signature", "南浦县人民政府", 5, 5), Block("date", "2024年3月6日", 6, 6)]
    assert split_closing_run_on(signed) == signed
