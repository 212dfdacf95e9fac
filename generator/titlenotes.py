"""What stands under a title as its note: an adoption note, where a speech was given, the day in
brackets (``has_note``), the speaker's line (``speaker_under``), the issuing organs over such a
note or over a list's or a 统计公报's bare day (``list_over_its_day``)."""

from __future__ import annotations

from .decisionlines import decides_the_list
from .headerlines import is_byline, is_month_note, is_section_line, is_subtitle
from .headerspan import past_furniture, past_issuers, wrapped_note
from .model import Line
from .patterns import ORG_ONE, doc_type_of, is_date_line, is_header_number_line, is_issuer_line, statistical_report
from .personlines import speaker_named_alone
from .titlecontext import ends_a_document, index_before, line_before


def speaker_under(content: list[Line], end: int) -> bool:
    """The line under the title that ends at ``end`` is the speaker's: office and name
    (县委副书记、县长　陈建华), or the name alone under a speech's title, over the note in brackets
    (在全县安全生产工作会议上的讲话 / 刘振华 / （2024年3月5日））."""
    under = past_furniture(content, end + 1)  # (a page break between the title and the speaker)
    if under >= len(content):
        return False
    after = content[under].key
    note = past_furniture(content, under + 1)  # (a page break between the speaker and the note)
    return is_byline(after) or (note < len(content) and is_subtitle(content[note].key)
                                and speaker_named_alone(content[end].key, after, content[note].key))


_LIST_ENDS = ("名单", "任免国家工作人员", "任免工作人员")


def list_over_its_day(content: list[Line], end: int, under: int) -> bool:
    """A list of appointments named by the organ that decided it, over the day it decided it printed
    bare (``南浦县人民政府办公室任免工作人员名单`` / ``2024年3月20日``, or its decision's sentence: ``decisionlines``), after the end of something (a
    document's, the list before's last entry, a section's heading): the day is the list's note, as
    it is in brackets. Not a list named without its organ, nor one a sentence introduces (…名单如下：)."""
    key = content[end].key
    if not key.endswith(_LIST_ENDS) or ORG_ONE.match(key) is None or not (is_date_line(content[under].key) or decides_the_list(content[under].key)):
        return False
    k = index_before(content, end)
    return k < 0 or is_section_line(content[k]) or ends_a_document(content[k].key) or content[k].key.endswith(("。", ";", "；"))


def has_note(content: list[Line], end: int) -> bool:
    """Under the title, a note (an adoption note, where a speech was given, the day in brackets),
    or the speaker's line or the issuing organs with such a note under them."""
    under = past_furniture(content, end + 1)  # (a page break between the title and its note)
    if under >= len(content):
        return False
    after = content[under].key
    note = past_furniture(content, under + 1)  # (and between the speaker and the day)
    if is_subtitle(after) or wrapped_note(content, under) \
            or (speaker_under(content, end) and note < len(content) and is_subtitle(content[note].key)):
        return True
    if list_over_its_day(content, end, under):
        return True  # 南浦县人民政府办公室任免工作人员名单 / 2024年3月20日
    if is_month_note(after):  # （2024年6月）: a monthly list under a section of the issue (【人事任免】),
        before = line_before(content, end)  # or named by the organ that issues it after a document's end
        return any(is_section_line(content[j]) for j in range(max(0, end - 3), end)) \
            or (before is not None and ends_a_document(before.key) and ORG_ONE.match(content[end].key) is not None)
    # the organs that issue it, then the day (a 统计公报: 隆回县统计局 / 国家统计局隆回调查队 /
    # （2024年3月28日）, the day in brackets or not; a page break among them)
    day = past_issuers(content, under)
    return under < day < len(content) and (is_subtitle(content[day].key) or (
        is_date_line(content[day].key) and (statistical_report(content[end].key) or replied_under(content, end, day))))


_REPLIES = ("批复", "函")


def replied_under(content: list[Line], end: int, day: int) -> bool:
    """The title ending at ``end`` is a 批复's or a 函's (…的批复, …的复函) whose organ and day stand
    under it bare, no 发文字号 and no 主送 (…的批复 / 青溪县人民政府 / 2024年3月5日 / 你局《…的请示》收悉。):
    the reply's body right under the day — a line that is no date, organ or title of its own (the
    organ and day of a signature stand under a body's last line, not over one)."""
    if doc_type_of(content[end].key) not in _REPLIES:
        return False
    body = past_furniture(content, day + 1)
    if body >= len(content):
        return False
    key = content[body].key
    # (nor a 发文字号 or a red head and its number: the next document's header, under the signature and
    # day of a document whose body's last line names a 批复 by its title, …见以下批复： / …的批复)
    return not is_date_line(key) and not is_issuer_line(key) and doc_type_of(key) is None and len(key) > _BODY_MIN \
        and not is_header_number_line(key)


_BODY_MIN = 8  # characters of the body's first line (not a word alone: a name, a page's mark)


__all__ = ["has_note", "list_over_its_day", "replied_under", "speaker_under"]
