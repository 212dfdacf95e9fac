"""A page's number printed bare inside a document's head where the page broke there: between the
red head and the 发文字号, or between the 发文字号 and the title under it (pdftotext prints the
page's number alone where the page ends)."""

from __future__ import annotations

from .model import Line
from .patterns import is_date_line, is_header_number_line, red_head_end
from .titleline import opens_title


def _red_head(key: str) -> bool:
    """The 发文机关标志 alone on its line: 青溪县人民政府文件, 中共青溪县委办公室青溪县人民政府办公室文件."""
    return key.endswith("文件") and red_head_end(key) == len(key)


def _number(line: Line) -> bool:
    """A 发文字号 (or 登记号) line as a header prints it, not in brackets as contents print it."""
    return line.text.strip()[:1] not in "(（[【〔" and is_header_number_line(line.key)


def page_number_in_a_head(lines: list[Line], i: int) -> bool:
    """``lines[i]``, a bare number, stands between the red head and the 发文字号 under it (青溪县人民政府文件 /
    3 / 青政发〔2024〕9号), or between the 发文字号 and the title under it where the number opens the
    header under the red head or the date the document before ends with (2024年3月1日 / 青政发〔2024〕9号 /
    3 / 青溪县人民政府关于…的通知): the page's number where the page broke inside the header. Not a
    contents entry's page alone under its 文号 (its title stands over the 文号, the next entry's under
    the page)."""
    if i < 2 or i + 1 >= len(lines):
        return False
    above, under = lines[i - 1], lines[i + 1]
    if _red_head(above.key):
        return _number(under)
    top = lines[i - 2].key
    return _number(above) and (is_date_line(top) or _red_head(top)) and opens_title(under)


__all__ = ["page_number_in_a_head"]
