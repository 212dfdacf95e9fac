"""A 发文字号 printed under the 成文日期 at a document's foot (generator/footnumbers.py, linekinds), from the
case's excerpt."""

import pytest

from generator.blocks import build_blocks
from generator.footnumbers import number_at_the_foot
from tests.excerpts import content


@pytest.mark.parametrize("text,k,title_end,foot", [
    # under the date, over a title printing its own number under it: the document before's
    ("2024年3月5日\n青政发〔2024〕9号\n青溪县人民政府办公室关于做好2024年春耕生产工作的通知\n青政办发〔2024〕5号\n", 1, 2, True),
    # over a title printing none, or a 登记号 under it: the title's header
    ("2024年3月5日\n青政发〔2024〕9号\n青溪县人民政府办公室关于做好2024年春耕生产工作的通知\n各乡镇人民政府：\n", 1, 2, False),
    ("2024年3月5日\n青政发〔2024〕9号\n青溪县人民政府关于印发青溪县企业技术改造奖补办法的通知\nQXDR-2024-01003\n", 1, 2, False),
    # not under a date: a joint document's numbers stacked over its title
    ("青政发〔2024〕9号\n青财发〔2024〕3号\n青溪县人民政府关于加强森林防火工作的通知\n青政办发〔2024〕5号\n", 1, 2, False),
])
def test_number_at_the_foot(text, k, title_end, foot):
    assert number_at_the_foot(content(text), k, title_end) is foot


@pytest.mark.parametrize("text,kinds", [
    # the document's last line under its date, or over its 附注: its number
    ("青溪县人民政府\n2024年3月5日\n青政发〔2024〕9号\n", ["signature", "date", "doc_number"]),
    ("青溪县人民政府\n2024年3月1日\n（青政发〔2024〕8号）\n（此件公开发布）\n", ["signature", "date", "doc_number", "note"]),
    # a forwarded text's number over its title under the notice's date: the text's header, a paragraph here
    ("青溪县人民政府办公室\n2024年6月3日\n青应急发〔2024〕12号\n青溪县应急管理局关于做好汛期安全生产工作的意见\n",
     ["signature", "date", "paragraph", "heading"]),
])
def test_a_number_under_the_date_is_the_documents_own_last(text, kinds):
    assert [b.kind for b in build_blocks(content(text), {})] == kinds
