"""A second issue in the file (generator/secondissue.py): what its own contents say of the
documents printed after them, from the cases' excerpts."""

import pytest

from generator.pipeline import parse_bytes

_FIRST = """青溪县人民政府公报
2024年第1期
目　　录
青溪县人民政府关于印发2024年全县重点工作任务的通知…………1
青溪县人民政府关于印发2024年全县重点工作任务的通知
青政发〔2024〕1号
各乡镇人民政府，县直各单位：
　　现将《2024年全县重点工作任务》印发给你们，请认真抓好落实。
青溪县人民政府
2024年1月10日
青溪县人民政府公报
2024年第2期
目　　录
{entry}…………1
青溪县人民政府办公室关于做好2024年春季森林防火工作的通知
青政办发〔2024〕9号
各乡镇人民政府，县直有关单位：
　　当前正值春季森林防火关键期，现就有关事项通知如下。
青溪县人民政府办公室
2024年3月5日
"""


@pytest.mark.parametrize("entry,left_out", [
    # the second issue's contents list its document by its title: no document left out
    ("青溪县人民政府办公室关于做好2024年春季森林防火工作的通知", False),
    # or list another document only: this one is left out of every contents
    ("青溪县人民政府关于公布2024年县级重点建设项目的通知", True),
])
def test_listed_again(entry, left_out):
    result = parse_bytes(_FIRST.format(entry=entry).encode(), "x.txt").to_dict()
    codes = [(d["code"], d["excerpt"]) for d in result["diagnostics"]]
    assert (("document-not-in-toc", "青溪县人民政府办公室关于做好2024年春季森林防火工作的通知") in codes) is left_out
    assert len(result["documents"]) == 2
