"""The number lines of a document's header as printed: a 发文字号 or 登记号 on its line (not in
brackets as contents print them, no page after it), one in brackets on its line, a 纪要's issue
number under its title."""

from __future__ import annotations

from .headerlines import is_minutes_number
from .model import Line
from .patterns import doc_type_of, is_header_number_line
from .toclines import toc_page


def bare_number(line: Line) -> bool:
    """A 发文字号/登记号 line as printed in a document header: not in brackets (tables of
    contents put them in brackets) and without a page number."""
    stripped = line.text.strip().lstrip("#*- ").rstrip("*")
    return (
        is_header_number_line(line.key)
        and not stripped.startswith(("(", "（", "[", "【", "〔"))
        and toc_page(line.text, line.key) is None
    )


def minutes_number(title_line: Line, line: Line) -> bool:
    """第6期 under a title that ends in 纪要 (常务会议纪要 are numbered by the issue)."""
    return doc_type_of(title_line.key) == "纪要" and is_minutes_number(line.key)


def bracketed_number(line: Line) -> bool:
    """A 发文字号 printed in brackets on a line of its own: （青府发〔2024〕14号）; or a 登记号 in
    brackets of either kind: （TXDR-2024-01003）, 〔规范性文件登记号：TXDR-2024-01004〕."""
    stripped = line.text.strip()
    return stripped.startswith(("(", "（", "〔")) and is_header_number_line(line.key) \
        and toc_page(line.text, line.key) is None


__all__ = ["bare_number", "bracketed_number", "minutes_number"]
