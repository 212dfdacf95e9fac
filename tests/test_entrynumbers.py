"""A bare 发文字号 under a contents entry's page is the entry's (generator/entrynumbers.py)."""

import pytest

from generator.entrynumbers import number_under_its_entry
from tests.excerpts import content

UNDER = """目　　录
【县政府文件】
青溪县人民政府关于调整县城区公共租赁住房租金标准的通知……1
青政发〔2024〕5号
【人事任免】
青溪县人民政府关于张明等同志职务任免的通知……14
青政任〔2024〕2号
县政府文件
青溪县人民政府关于调整县城区公共租赁住房租金标准的通知
"""
# numbers printed over their entries' titles: the last line's number opens the first document
OVER = """目　　录
【县政府文件】
青政发〔2024〕5号
青溪县人民政府关于调整县城区公共租赁住房租金标准的通知……1
青政任〔2024〕2号
青溪县人民政府关于张明等同志职务任免的通知……14
青政发〔2024〕5号
青溪县人民政府关于调整县城区公共租赁住房租金标准的通知
"""
# a single entry printing its number so: nothing to tell the layout by
ALONE = """目　　录
青溪县人民政府关于调整县城区公共租赁住房租金标准的通知……1
青政发〔2024〕5号
青溪县人民政府关于调整县城区公共租赁住房租金标准的通知
"""
# … and the document under it printing its number again under its title: the number is the entry's
ALONE_AGAIN = """目　　录
青溪县人民政府关于调整县城区公共租赁住房租金标准的通知……1
青政发〔2024〕5号
青溪县人民政府
关于调整县城区公共租赁住房租金标准的通知
青政发〔2024〕5号
各乡镇人民政府，县直各单位：
"""


@pytest.mark.parametrize("text, k, under", [
    (UNDER, 6, True), (OVER, 6, False), (OVER, 4, False), (ALONE, 2, False), (ALONE_AGAIN, 2, True),
    (ALONE_AGAIN, 5, False),  # (the header's own number, under its title)
    (UNDER, 3, False),  # the first entry's: no entry above prints one so (the contents' parse reads it)
    (UNDER, 8, False),  # a title, no number
])
def test_the_number_under_its_entry(text, k, under):
    lines = content(text)
    assert number_under_its_entry(lines, k) is under


# a 登记号 under the 发文字号 under each entry's page
REGISTERED = """目　　录
青溪县人民政府关于调整县城区公共租赁住房租金标准的通知……1
青政发〔2024〕5号
QXDR-2024-00001
青溪县人民政府关于张明等同志职务任免的通知……14
青政任〔2024〕2号
QXDR-2024-00009
青溪县人民政府关于调整县城区公共租赁住房租金标准的通知
"""


@pytest.mark.parametrize("k, under", [(6, True), (5, True), (3, False)])
def test_a_registration_under_the_number_under_its_entry(k, under):
    assert number_under_its_entry(content(REGISTERED), k) is under
