"""English names of regions and authorities, composed from the glossary by rules.

A region is a place name and its unit (平江县 → Pingjiang County; a one-character name keeps its
unit in the Pinyin: 攸县 → Youxian County). An authority is a region and a body
(平江县 + 人民政府办公室 → General Office of the Pingjiang County People's Government), optionally
led by 中共 (the Communist Party of China). A name the rules cannot read is composed word by word.
"""

from __future__ import annotations

import re

from .glossary import Glossary, pinyin_name, tidy

UNITS = {"自治县": "Autonomous County", "自治州": "Autonomous Prefecture", "县": "County", "市": "City",
         "区": "District", "镇": "Town", "乡": "Township", "街道": "Subdistrict", "省": "Province"}
_REGION = re.compile(r"(.+?)(自治县|自治州|街道|县|市|区|镇|乡|省)")
_SEPARATORS = re.compile(r"[、，,；;]")
_PARTY = "中共"


def region_english(name: str, glossary: Glossary) -> tuple[str, bool]:
    """English for a region; the bool says whether it is automatic."""
    found = glossary.get(name, "region")
    if found:
        return found, False
    for i in range(len(name) - 1, 1, -1):  # a town of a county: 湘阴县东塘镇 → Dongtang Town, Xiangyin County
        outer = glossary.get(name[:i], "region")
        if outer and _REGION.fullmatch(name[i:]):
            inner, _ = region_english(name[i:], glossary)
            return f"{inner}, {outer}", True
    m = _REGION.fullmatch(name)
    if m:
        place, unit = m.groups()
        spoken = pinyin_name(place + unit if len(place) == 1 and unit in ("县", "区") else place)
        return f"{spoken} {UNITS[unit]}", True
    return glossary.phrase(name)


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
        if _REGION.fullmatch(region):
            candidates.append((region, body))
    return candidates[0] if candidates else None


def authority_english(name: str, glossary: Glossary) -> tuple[str, bool]:
    """English for an authority or a group of addressees; the bool says whether it is automatic."""
    found = glossary.get(name, "authority")
    if found:
        return found, False
    party = name.startswith(_PARTY)
    rest = name[len(_PARTY):] if party else name
    split = _split_region(rest, glossary)
    if split:
        region, body = split
        region_en, automatic = region_english(region, glossary)
        english = glossary.get(body, "body").replace("{region}", region_en)
        if party and "CPC" not in english:
            english = "CPC " + english
        return english, automatic
    if party:
        english, automatic = authority_english(rest, glossary)
        return ("CPC " + english if "CPC" not in english else english), automatic
    parts = [p for p in _SEPARATORS.split(name) if p]
    if len(parts) > 1:
        rendered = [authority_english(p, glossary) for p in parts]
        return "; ".join(r[0] for r in rendered), any(r[1] for r in rendered)
    if name.startswith("各") and len(name) > 1:
        english, _ = authority_english(name[1:], glossary)
        return tidy("All " + english), True
    english, _ = glossary.phrase(name)
    return english, True
