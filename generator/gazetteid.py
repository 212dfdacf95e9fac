"""What names an issue beyond its masthead: the region, from the issuers its documents' titles
name when neither the masthead nor the catalogue names one, and the issue's stable id."""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace

from .model import Diagnostic, Gazette, Line
from .issueparts import part_id
from .specialissues import special_id
from .patterns import HAN


_GOVERNMENT = re.compile(rf"^(?:中共)?(?P<region>[{HAN}]{{1,8}}?[县市区旗])(?:委|人民政府)")


def region_from_headers(gazette: Gazette, content: list[Line], shape) -> tuple[Gazette, list[Diagnostic]]:
    """When neither the masthead nor the catalogue names the region, the issuers in the
    documents' titles do (平江县人民政府办公室 → 平江县): the one most titles name."""
    counts: dict[str, int] = {}
    for span in shape.docs:
        m = _GOVERNMENT.match(content[span.title.start].key)
        if m:
            counts[m.group("region")] = counts.get(m.group("region"), 0) + 1
    if not counts:
        return gazette, []
    region = max(sorted(counts), key=lambda r: counts[r])
    diag = Diagnostic("region-from-issuers", "info",
                      f"the masthead names no region; {region} taken from the issuers of "
                      f"{counts[region]} document title(s)", None, region)
    return replace(gazette, region=region, government=gazette.government or f"{region}人民政府"), [diag]


def gazette_id(gazette: Gazette, sha256: str) -> str:
    """Stable id of an issue: division code (or a hash of the region) + year + issue. An issue
    whose year or number the parse could not read is told apart by its source's sha256 as well
    (``…-0000-00-s1a2b3c4``), so that two such gazettes of one county never share an id; a part of
    an issue printed in parts by its part (``…-2024-03-xia``: issueparts), a supplement or special
    issue by its kind (``…-2024-03-zengkan``: specialissues). Ids name
    files and addresses, so only letters and digits ever come from the input."""
    if gazette.division_code and re.fullmatch(r"[0-9A-Za-z]{1,12}", gazette.division_code):
        place = gazette.division_code
    elif gazette.division_code:
        place = "c" + hashlib.sha1(gazette.division_code.encode()).hexdigest()[:6]
    elif gazette.region:
        place = "r" + hashlib.sha1(gazette.region.encode()).hexdigest()[:6]
    else:
        return f"s{sha256[:8]}-{gazette.year or 0:04d}-{gazette.issue or 0:02d}{part_id(gazette.part)}{special_id(gazette.special)}"
    year = gazette.year or 0
    issue = gazette.issue or 0
    unread = "" if gazette.year and gazette.issue else f"-s{sha256[:8]}"
    return f"{place}-{year:04d}-{issue:02d}{part_id(gazette.part)}{special_id(gazette.special)}{unread}"


__all__ = ["gazette_id", "region_from_headers"]
