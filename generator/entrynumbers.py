"""A 发文字号 printed bare under a contents entry's page (…的通知……14 / 青政任〔2024〕2号), as contents
that print each entry's number on the line under it do: the entry's, never the number of the first
document's title printed after the contents (``titleconfirmation``, ``headerspan.header_numbers``)."""

from __future__ import annotations

from .headerlines import is_section_line
from .model import Line
from .patterns import is_header_number_line
from .toclines import is_toc_heading, toc_title


_ENTRIES_BACK = 60  # lines of contents looked over for entries printing their numbers so
_PRINTED_AGAIN = 8  # lines under the number looked over for the document's header printing it again


def number_under_its_entry(content: list[Line], k: int) -> bool:
    """The bare 发文字号 (or the 登记号 under it) at ``k`` right under a contents entry's page (…的通知……14 /
    青政任〔2024〕2号) is that entry's, not the number over the first document's title: another entry
    of the contents above prints its number so, and none stands right under the contents' heading or
    a section's heading (目录 / 青政发〔2024〕5号 / …的通知……1: numbers printed over their entries' titles);
    or, where no other entry tells (contents of one entry), the document under the contents prints the
    same number again under its title (…的通知……1 / 青政发〔2024〕9号 / 青溪县人民政府 / 关于…的通知 /
    青政发〔2024〕9号: the header prints its number once)."""
    if k >= 3 and is_header_number_line(content[k - 1].key) and toc_title(content[k - 1].key) is None:
        return number_under_its_entry(content, k - 1)  # (a 登记号 under the 发文字号 under the page)
    if k < 2 or toc_title(content[k - 1].key) is None:
        return False
    under = False
    for j in range(k - 2, max(0, k - _ENTRIES_BACK) - 1, -1):
        if is_header_number_line(content[j + 1].key) and (is_toc_heading(content[j].key) or is_section_line(content[j])):
            return False  # (a number over its entry's title)
        under = under or (j + 1 < k - 1 and is_header_number_line(content[j + 1].key) and toc_title(content[j].key) is not None)
        if is_toc_heading(content[j].key):
            break
    return under or any(content[x].key == content[k].key for x in range(k + 1, min(len(content), k + 1 + _PRINTED_AGAIN)))


__all__ = ["number_under_its_entry"]
