"""Whether an organ alone on a line over a title signs the text above it (a signature whose date
was lost) or is the title's first issuer: what stands above the sentence over it tells
(``titles._title_start``, ``titleconfirmation``, ``titlecontext.after_a_document``)."""

from __future__ import annotations

from .attachmentlines import attachment_heading
from .model import Line
from .notelines import is_cc
from .numbering import numbering
from .patterns import doc_type_of, is_date_line, is_header_number_line, is_recipients
from .runs import before_furniture


def signs_the_text_above(content: list[Line], i: int, title: str) -> bool:
    """The organ alone on line ``i``, over a title whole with its own issuer named first, is the signature of
    the text above it, whose date was lost: it names the title's own issuer again (祁阳市人民政府 /
    祁阳市人民政府关于…的通告), or stands right under a sentence's end (…请遵照执行。 / 湘阴县人民
    政府 / 中共湘阴县委办公室湘阴县人民政府办公室关于…); joint issuers stacked over a title stand
    under its 发文字号 or a blank. So does one right under the date printed before it, under a
    sentence's end (…通知如下。 / 2024年4月3日 / 青溪县人民政府办公室 / 青溪县人民政府关于…), not one under
    another document's signature and date, nor one under a regulation's last article (第二条　本规定自…起施行。)."""
    j = before_furniture(content, i - 1)  # (a page break between the sentence and the organ: its furniture)
    if j >= 1 and j == i - 1 and is_date_line(content[j].key) and content[i].place == content[j].place + 1:
        j = before_furniture(content, j - 1)  # (the date printed before the organ that signs: the sentence over both)
    return title.startswith(content[i].key) or (j >= 0 and content[j].key.endswith(("。", "!", "！")) and (
        j < i - 1 or content[i].place - content[j].place <= 2) and (numbering(content[j].key) or ("",))[0] != "article"
        and not attached_after_its_date(content, j) and not _in_a_cc_list(content, j))


def _in_a_cc_list(content: list[Line], j: int) -> bool:
    """Line ``j`` is the 抄送 list closing a document, or its last line the wrap cut (抄送：… / …县人民检察院。):
    an organ under it is no signature (the 抄送 is printed under the signature and date)."""
    for k in range(j, max(-1, j - 3), -1):
        if is_cc(content[k].key):
            return True
        if k < j and content[k].key.endswith(("。", "!", "！")):
            return False
    return False


# How far up ``attached_after_its_date`` looks for the date or the attachment's heading (an
# attachment's text runs a few pages at most before a title follows it)
_ATTACHED_REACH = 400


def attached_after_its_date(content: list[Line], j: int) -> bool:
    """The sentence on line ``j`` is an attachment's text, printed after the document's signature
    and date under an attachment's heading (附件, 附件2, 附件2：…) or under its own title (the 方案
    a notice issues), no 发文字号, 主送 or title naming a 文种 between: the document above is
    signed already, and an organ alone under the sentence is no signature of its (…的通知 / 桐溪县人民政府办公室 / 2023年11月23日 / 附件 / …名单 / …备案。 /
    桐溪县人民政府办公室 / 桐溪县水利局 / 关于…的通知: joint issuers stacked over their title)."""
    for k in range(j - 1, max(-1, j - _ATTACHED_REACH), -1):
        key = content[k].key
        if key.startswith("附") and attachment_heading(key)[0]:
            return True
        if is_header_number_line(key) or is_recipients(key) or (len(key) <= 40 and doc_type_of(key)):
            return False  # (this text's own header, its date lost: its number, its 主送, its title's last line)
        if is_date_line(key):
            return True  # (the text a notice issues, printed after its date under its own title: 印发 …方案)
    return False


__all__ = ["attached_after_its_date", "signs_the_text_above"]
