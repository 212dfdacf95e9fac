"""A 发文字号 printed under the 成文日期 at a document's foot, as some counties print it (…2024年3月5日 /
青政发〔2024〕9号), told from the number that opens the next document's header over its title."""

from __future__ import annotations

from .model import Line
from .patterns import is_date_line, is_doc_number_line
from .redheads import bare_number
from .runs import past_furniture


def number_at_the_foot(content: list[Line], k: int, title_end: int) -> bool:
    """``content[k]``, a 发文字号 right under a date (the document before's 成文日期) and over the title
    ending at ``title_end``, is the document before's, printed at its foot, where the title prints a
    发文字号 of its own under it (…2024年3月5日 / 青政发〔2024〕9号 / title / 青政办发〔2024〕5号; not a
    登记号 under it, which the number over the title goes with). Where the title prints none, the
    number over it opens its header (the common layout reads the same as a foot's)."""
    if k == 0 or not bare_number(content[k]) or not is_date_line(content[k - 1].key):
        return False
    j = past_furniture(content, title_end + 1)
    return j < len(content) and bare_number(content[j]) and is_doc_number_line(content[j].key)


__all__ = ["number_at_the_foot"]
