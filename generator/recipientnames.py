"""The names a 主送 or 抄送 list holds: its line parted at its commas (or a comma OCR read as a dot),
its label and count of copies taken off, a deputy kept with the post before it, organs set apart by
spaces parted (``cc_names``, ``split_names``)."""

from __future__ import annotations

import re

from .closing import copies_at_end
from .normalize import HAN, fold, squeeze
from .patterns import is_org_only

# A list's separator OCR read as a full stop: the comma of a scanned page's 主送 or 抄送 list read as
# . or ． between two names (各乡镇人民政府.县直各单位.县属各企业:). Only between Han characters:
# no organ's name holds a dot there (a figure's point, 1.5, or a list's number, 1．, stand by a digit).
_STOP_FOR_COMMA = rf"(?<=[{HAN}])[.．](?=[{HAN}])"
_SPLIT_LIST = re.compile(rf"[，,；;。]+|{_STOP_FOR_COMMA}")


def _names_apart(part: str) -> list[str]:
    """Organs of a 抄送 list set apart by spaces (县人武部 县法院 县检察院), each an organ's name;
    otherwise the part as it is (a name letter-spaced, 县 委 办, is one)."""
    pieces = part.split()
    return pieces if len(pieces) > 1 and all(is_org_only(fold(p)) for p in pieces) else [part]


# A post a 抄送 or 分送 list names after an organ's (县人大常委会主任, 县委书记): its deputy after a 、 is
# printed without the organ (副主任, 常务副县长, 各副主席, 各位副主席).
_POSTS = "主任|主席|书记|秘书长|部长|局长|院长|检察长|县长|区长|市长|旗长|镇长|乡长"
_DEPUTY = re.compile(rf"^(?:各位?)?(?:常务)?副(?P<post>{_POSTS})$")


def deputies_kept(units: list[str]) -> list[str]:
    """The units of a 抄送 list between two 、, a deputy printed without its organ kept with the post
    before it, which names the organ: ``县人大常委会主任、副主任`` (units 县人大常委会主任, 副主任) is one
    name, so are ``县政协主席、各副主席`` and ``县政协主席、各位副主席``. Not a deputy of another post (县委常委、副县长), nor a deputy
    named with an organ (县人大常委会主任、县政协副主席)."""
    kept: list[str] = []
    for unit in units:
        m = _DEPUTY.match(squeeze(unit)) if "副" in unit else None
        if m and kept and squeeze(kept[-1]).endswith(m.group("post")):
            kept[-1] = f"{kept[-1]}、{unit}"
        else:
            kept.append(unit)
    return kept


def cc_names(text: str) -> tuple[str, ...]:
    """The names a 抄送 line lists, its label taken off (抄送：, 抄报：, 分送：, 报送：, 报：); a second label
    on the line after the first list's end parts two lists (``抄报：市政府。抄送：县委办，县人大办。``)."""
    body = re.sub(r"^\s*(?:(?:抄\s*[送报发](?:\s*(?:单\s*位|机\s*关))?|[分发报]\s*送|[报送发])\s*[:：]|抄\s*[送报](?=[ \u3000\t]))\s*",
                  "", text)  # (抄送　县委办，…: a gap for the colon, notelines.cc_without_colon)
    body = _without_copies(body)
    if "抄" in body:
        body = _SECOND_CC_LABEL.sub("，", body)
    names = [piece for part in _SPLIT_LIST.split(body) for unit in deputies_kept(part.split("、"))
             for piece in _names_apart(unit)]
    return split_names("，".join(names))


def _without_copies(body: str) -> str:
    """A 抄送 list without the count of copies its line ends with (``县政协办（共印50份）。``,
    ``县政协办。印数：50份``): the count is the 版记's, not the last name's."""
    trimmed = body.rstrip("。.；; \u3000")
    at = copies_at_end(trimmed)
    return body if at is None else trimmed[:at]


# A second 抄送 label inside a 抄送 line, after the first list's end (抄报：市政府。抄送：县委办，…).
_SECOND_CC_LABEL = re.compile(r"(?<=[。；;，,\s\u3000])\s*抄\s*[送报发](?:\s*(?:单\s*位|机\s*关))?\s*[:：]\s*")


def split_names(text: str, extra: str = "") -> tuple[str, ...]:
    """The names of a 主送 or 抄送 list, parted by commas, semicolons, full stops (``extra``: more
    separators) or a comma OCR read as a dot between two names (``_STOP_FOR_COMMA``)."""
    pattern = _SPLIT_LIST if not extra else re.compile(f"[，,；;。{extra}]+|{_STOP_FOR_COMMA}")
    return tuple(squeeze(part) for part in pattern.split(text) if squeeze(part))
