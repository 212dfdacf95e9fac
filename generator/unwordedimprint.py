"""The 印发 line printed without its word 印发 (a PDF's text layer or a copy that lost it): the office
that printed the document and the day, alone right under the 抄送 and last in the document::

    抄送：县委办，县人大办，县政协办。
    青溪县人民政府办公室　　　　2024年3月6日      <- 印发机关 and 印发日期, 印发 lost

or the office over the day on the line under it. Anywhere else such a line is a signature and its
date; under the 抄送, with nothing but the page's furniture or the copies printed after it, it can
only be the 版记's last line.
"""

from __future__ import annotations

from .closing import copies_at_end, is_imprint_extra
from .imprintlines import imprint_unworded
from .model import Line
from .patterns import is_org_only


def unworded_imprint(lines: list[Line], kinds: list[str], closing: int) -> int | None:
    """The index of the line to read as the 印发 line (the day's, where the office stands over it:
    ``closing.printer_line`` joins them) when the document's lines after its date (``closing``)
    close with a 抄送 over the office and the day alone, or None."""
    if "cc" not in kinds:
        return None  # (most documents print no 抄送: asked first)
    cc = next((k for k in range(closing + 1, len(kinds)) if kinds[k] == "cc"), None)
    if cc is None:
        return None
    k = cc + 1
    while k < len(kinds) and kinds[k] == "cc":
        k += 1
    while k < len(kinds) and kinds[k] == "furniture":
        k += 1  # (a page's furniture between, or the 版记's rules)
    if k >= len(kinds) or lines[k - 1].key.endswith((",", "、")):
        return None  # (the 抄送's names go on under it)
    found = imprint_unworded(_without_copies(lines[k].key))
    at = k
    if found is None and k + 1 < len(kinds) and is_org_only(lines[k].key):
        found, at = imprint_unworded(_without_copies(lines[k + 1].key)), k + 1  # (the office over the day)
        if found is not None and found[0]:
            return None  # (an organ over an organ and its day: a joint signature's)
    elif found is not None and not found[0]:
        return None  # (a day alone under the 抄送: no office)
    if found is None:
        return None
    return at if all(kinds[x] == "furniture" or is_imprint_extra(lines[x].key) for x in range(at + 1, len(kinds))) \
        else None


def _without_copies(key: str) -> str:
    """A folded line without the count of copies printed after the day (…2024年3月6日共印50份)."""
    cut = copies_at_end(key)
    return key[:cut] if cut else key


__all__ = ["unworded_imprint"]
