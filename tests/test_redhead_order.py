"""The 发文机关标志 read after its 发文字号 (``headerlines.banner_under_its_number``)."""

import pytest

from generator.headerlines import banner_under_its_number
from generator.model import Line
from generator.normalize import fold


def _line(no: int, text: str) -> Line:
    return Line(no, text, fold(text))


@pytest.mark.parametrize("number,banner,title,read", [
    ("桐政办发〔2025〕22号", "桐溪县人民政府办公室文件", "桐溪县人民政府办公室关于印发…的通知", True),
    ("桐政发〔2025〕3号", "桐溪县人民政府文件", "关于公布…的通知", True),
    # near misses: a section's short name or its marks, a title naming another organ, no number above
    ("桐政办发〔2025〕22号", "县政府办公室文件", "桐溪县人民政府办公室关于印发…的通知", False),
    ("桐政办发〔2025〕22号", "【桐溪县人民政府文件】", "关于公布…的通知", False),
    ("桐政办发〔2025〕22号", "桐溪县人民政府文件", "桐溪县财政局关于…的通知", False),
    ("二、工作要求", "桐溪县人民政府文件", "关于公布…的通知", False),
])
def test_a_banner_under_its_number(number, banner, title, read):
    assert banner_under_its_number(_line(2, banner), _line(4, title), _line(1, number)) is read


def test_a_banner_parted_from_the_number_by_a_blank_line_is_left_to_the_other_rules():
    assert not banner_under_its_number(_line(3, "桐溪县人民政府文件"), _line(5, "关于公布…的通知"),
                                       _line(1, "桐政发〔2025〕3号"))
