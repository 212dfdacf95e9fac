"""English names of regions and authorities, composed from the glossary by rules.

A region is a place name and its unit (平江县 → Pingjiang County; a one-character name keeps its
unit in the Pinyin: 攸县 → Youxian County), possibly inside another (湘阴县东塘镇 → Dongtang Town,
Xiangyin County). An authority is a region and a body (平江县 + 人民政府办公室 → General Office of
the Pingjiang County People's Government), optionally led by 中共 (the Communist Party of China).
Only a name the glossary holds whole is curated; whatever the rules compose is automatic.
"""

from __future__ import annotations

import re

from ..normalize import HAN
from .glossary import Glossary, tidy
from .pinyin import pinyin_name

UNITS = {"特别行政区": "Special Administrative Region", "自治区": "Autonomous Region", "自治县": "Autonomous County",
         "自治州": "Autonomous Prefecture", "自治旗": "Autonomous Banner", "开发区": "Development Zone",
         "新区": "New Area", "街道": "Subdistrict", "社区": "Community", "省": "Province", "市": "City",
         "州": "Prefecture", "盟": "League", "县": "County", "区": "District", "旗": "Banner", "镇": "Town",
         "乡": "Township", "村": "Village"}
# A place name and its unit; a name of one character takes only 县 or 区 (攸县; 清新区 is 清新 + 区,
# not 清 + 新区).
_REGION = re.compile(rf"([{HAN}]{{2,10}}?)({'|'.join(sorted(UNITS, key=len, reverse=True))})|([{HAN}])(县|区)")
_SEPARATORS = re.compile(r"[、，,；;]")
_PARTY = "中共"


def region_english(name: str, glossary: Glossary) -> tuple[str, bool]:
    """English for a region; the bool says whether it is automatic."""
    found = glossary.get(name, "region")
    if found:
        return found, False
    nested = _nested(name, glossary)
    if nested:
        inner, outer = nested
        return f"{region_english(inner, glossary)[0]}, {region_english(outer, glossary)[0]}", True
    m = _REGION.fullmatch(name)
    if m:
        place, unit = (g for g in m.groups() if g is not None)
        spoken = pinyin_name(place + unit if len(place) == 1 and unit in ("县", "区") else place)
        return f"{spoken} {UNITS[unit]}", True
    return glossary.phrase(name)[0], True


def _is_region(name: str, glossary: Glossary) -> bool:
    """A region the glossary knows, or a place name and its unit; not a name that begins with an
    authority the glossary knows, whole or as a known region and a body (县委 + 县政府 is two
    issuers, not a county named 县委; 湘阴县委办公室 + 湘阴县人民政府办公室 likewise)."""
    if glossary.get(name, "region"):
        return True
    return bool(_REGION.fullmatch(name)) and not _starts_with_authority(name, glossary)


def _starts_with_authority(name: str, glossary: Glossary) -> bool:
    for k in range(2, len(name)):
        head = name[:k]
        if glossary.get(head, "authority") or any(
                glossary.get(head[:m], "region") and glossary.get(head[m:], "body") for m in range(1, k - 1)):
            return True
    return False


def _nested(name: str, glossary: Glossary) -> tuple[str, str] | None:
    """(inner, outer) of a region written inside another: 湘阴县东塘镇, 浙江省杭州市."""
    for i in range(2, len(name) - 1):
        outer, inner = name[:i], name[i:]
        if inner[0] in UNITS:  # 永州 + 市零陵区: the outer's own unit follows (永州市 + 零陵区)
            continue
        if _is_region(outer, glossary) and _is_region(inner, glossary) and not _nested(outer, glossary):
            return inner, outer
    return None


def _split_region(name: str, glossary: Glossary) -> tuple[str, str] | None:
    """(region, body) when the name is a region followed by a body the glossary knows; a region
    the glossary knows is preferred, the longest first."""
    candidates = []
    for i in range(len(name) - 1, 0, -1):
        region, body = name[:i], name[i:]
        if glossary.get(body, "body") is None:
            continue
        if glossary.get(region, "region"):
            return region, body
        if _is_region(region, glossary):
            candidates.append((region, body))
    return candidates[0] if candidates else None


def reads_as_authority(name: str, glossary: Glossary) -> bool:
    return _known(name, glossary)


def _known(name: str, glossary: Glossary) -> bool:
    """Whether a name reads as one authority: whole in the glossary, a region and a body, a
    government's organ or a national administration's local bureau."""
    rest = name[len(_PARTY):] if name.startswith(_PARTY) else name
    return bool(glossary.get(name, "authority") or glossary.get(rest, "authority")
                or _split_region(rest, glossary) or _organ(rest, glossary) or _local_bureau(rest, glossary))


_GOVERNMENT = "人民政府"


def _organ(name: str, glossary: Glossary) -> tuple[str, str] | None:
    """(government, body) of an organ printed after its government: 新化县人民政府 + 防汛抗旱指挥部
    (the Flood Control and Drought Relief Headquarters of the Xinhua County People's Government)."""
    k = name.find(_GOVERNMENT)
    if k <= 0:
        return None
    government, body = name[:k + len(_GOVERNMENT)], name[k + len(_GOVERNMENT):]
    if body and glossary.get(body, "body") and _split_region(government, glossary):
        return government, body
    return None


def _local_bureau(name: str, glossary: Glossary) -> tuple[str, str] | None:
    """(administration, bureau) of a national administration's local bureau: 国家税务总局 +
    安化县税务局 (the Anhua County Taxation Bureau of the State Taxation Administration)."""
    k = name.find("总局")
    if k <= 0:
        return None
    head, rest = name[:k + 2], name[k + 2:]
    if rest and glossary.get(head, "authority") and _split_region(rest, glossary):
        return head, rest
    return None


def split_authorities(text: str, glossary: Glossary) -> list[str]:
    """Joint issuers printed one after another (中共湘阴县委办公室湘阴县人民政府办公室), split
    where each piece reads as an authority; what cannot be read stays one name."""
    names: list[str] = []
    for part in (p for p in _SEPARATORS.split(text) if p):
        i = 0
        while i < len(part):
            j = next((j for j in range(len(part), i + 1, -1) if _known(part[i:j], glossary)), None)
            if j is None:
                names.append(part[i:])
                break
            names.append(part[i:j])
            i = j
    return names


def authority_english(name: str, glossary: Glossary) -> tuple[str, bool]:
    """English for an authority or a group of addressees; the bool says whether it is automatic."""
    found = glossary.get(name, "authority")
    if found:
        return found, False
    parts = [p for p in _SEPARATORS.split(name) if p]
    if len(parts) > 1:
        rendered = [authority_english(p, glossary) for p in parts]
        return "; ".join(r[0] for r in rendered), True
    party = name.startswith(_PARTY)
    rest = name[len(_PARTY):] if party else name
    if party and glossary.get(rest, "authority"):
        english = glossary.get(rest, "authority")
        return (english if "CPC" in english else "CPC " + english), True
    split = _split_region(rest, glossary)
    if split:
        region, body = split
        template = glossary.get(body, "body")
        nested = _nested(region, glossary)
        if nested:  # a town's government: the template takes the town, the county follows
            inner, outer = nested
            english = (template.replace("{region}", region_english(inner, glossary)[0])
                       + ", " + region_english(outer, glossary)[0])
        else:
            english = template.replace("{region}", region_english(region, glossary)[0])
        if party and "CPC" not in english:
            english = "CPC " + english
        return english, True
    organ = _organ(rest, glossary)
    if organ:
        government, body = organ
        template = glossary.get(body, "body")
        english = _without_article(authority_english(government, glossary)[0])
        english = (f"{template[len('{region}'):].strip()} of the {english}" if template.startswith("{region}")
                   else template.replace("{region}", english))
        return ("CPC " if party else "") + english, True
    local = _local_bureau(rest, glossary)
    if local:
        head, bureau = local
        return (f"{_without_article(authority_english(bureau, glossary)[0])} of the "
                f"{_without_article(glossary.get(head, 'authority'))}"), True
    if name.startswith("各") and len(name) > 1:
        english, _ = authority_english(name[1:], glossary)
        return tidy("All " + english), True
    return glossary.phrase(name)[0], True


def _without_article(text: str) -> str:
    return text[4:] if text.startswith("the ") else text
