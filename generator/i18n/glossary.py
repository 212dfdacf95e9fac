"""The glossary (datasets/glossary.csv): English for the terms that appear in gazettes.

Columns: term, english, kind, note. Kinds:

- ``column``: table column titles;
- ``region``: regions, and the bare units used as abbreviations (县 → County);
- ``authority``: authorities and groups of addressees as printed in full;
- ``body``: the part of an authority's name after its region, as a template with ``{region}``;
- ``doc_type``: the 文种 (通知 → Notice);
- ``section``: the sections of a gazette;
- ``term``: words and phrases of titles and captions, used to compose automatic renderings.

Lookups that find nothing fall back to Hanyu Pinyin (pypinyin), marked as automatic, so that no
name is ever dropped.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..normalize import fold
from .pinyin import HAN, pinyin_name
from .tokens import LATE_TOKEN_RULES, LIST_MARKER, TOKEN_RULES, number

KINDS = ("column", "region", "authority", "body", "doc_type", "section", "term")
# The kinds a phrase is composed from, in order of preference when two give the same length.
PHRASE_KINDS = ("term", "doc_type", "region", "authority", "section", "column")

# Grammatical words of titles and captions: 的 links a modifier and is not translated.
FUNCTION_WORDS = {"的": "", "和": "and", "与": "and", "及": "and", "以及": "and", "暨": "and", "或": "or",
                  "等": "etc.", "之": "", "关于": "on", "对": "on", "在": "in", "同志": ""}
_FUNCTION_WORDS_LONGEST_FIRST = tuple(sorted(FUNCTION_WORDS, key=len, reverse=True))
PUNCTUATION = {"（": " (", "）": ") ", "(": " (", ")": ") ", "、": ", ", "，": ", ", "；": "; ", "：": ": ",
               "“": " “", "”": "” ", "‘": " ‘", "’": "’ ", "《": " ", "》": " ", "〈": " ", "〉": " ",
               "<": " ", ">": " ", "—": "–", "－": "–", "-": "–", "~": "–", "～": "–", "/": " / ", "·": " ",
               "．": ".", "。": ". "}
# The units a place name ends with (names.py reads regions by them too), and their English in a name.
PLACE_UNITS = {"特别行政区": "Special Administrative Region", "自治区": "Autonomous Region",
               "自治县": "Autonomous County", "自治州": "Autonomous Prefecture", "自治旗": "Autonomous Banner",
               "开发区": "Development Zone", "新区": "New Area", "街道": "Subdistrict", "社区": "Community",
               "省": "Province", "市": "City", "州": "Prefecture", "盟": "League", "县": "County", "区": "District",
               "旗": "Banner", "镇": "Town", "乡": "Township", "村": "Village"}
_UNITS_LONGEST_FIRST = tuple(sorted(PLACE_UNITS, key=len, reverse=True))
_TOWN_UNITS = ("街道", "镇", "乡")
# Words of one character that go before 城镇, 城乡, 乡镇 (小城镇, 各乡镇, 全县城乡): no town's name.
_BEFORE_TOWN_TERMS = frozenset("小大各全本该每诸")
# Another town after a town's 、 (望城镇、新城乡的…, 望城镇、城关镇): a short name and its unit.
_TOWN_AFTER = re.compile(r"、[\u4e00-\u9fff]{1,3}?(?:街道|镇|乡(?!村))")
# What a lake's or a mountain's name ends with, read like a unit where a name being spelt ends before
# a word or the end, not a unit (青山湖 + 湿地公园 → Qingshan Lake; 九嶷山 → Jiuyi Mountain; 青山县
# stays a county). 江 is left out: it ends the names of counties (平江) as often as of rivers.
FEATURES = {"湖": "Lake", "山": "Mountain"}


class GlossaryError(ValueError):
    """A malformed glossary or translations file: names the file, the row and what is wrong."""


@dataclass(frozen=True, slots=True)
class Glossary:
    terms: dict[tuple[str, str], str]  # (kind, folded term) → English
    _phrases: dict[str, str] = field(default_factory=dict, compare=False)
    _longest: int = 0

    @classmethod
    def of(cls, terms: dict[tuple[str, str], str]) -> "Glossary":
        phrases: dict[str, str] = {}
        for kind in reversed(PHRASE_KINDS):
            for (k, term), english in terms.items():
                if k == kind:
                    phrases[term] = english
        return cls(terms, phrases, max((len(t) for t in phrases), default=0))

    def get(self, term: str, kind: str) -> str | None:
        return self.terms.get((kind, fold(term)))

    def english(self, term: str, kind: str) -> tuple[str, bool]:
        """English for ``term``; the bool says whether it is automatic: composed word by word
        (with Pinyin for what the glossary lacks) rather than found whole."""
        found = self.get(term, kind)
        if found:
            return found, False
        # Composed titles: 权力清单/项目名称, 工作任务（2）.
        m = re.fullmatch(r"(.+)[（(](\d+)[)）]", term)
        if m:
            base, auto = self.english(m.group(1), kind)
            return f"{base} ({m.group(2)})", auto
        if "/" in term:
            parts = [self.english(p, kind) for p in term.split("/")]
            return " / ".join(p[0] for p in parts), any(p[1] for p in parts)
        return self.phrase(term)[0], True

    def phrase(self, text: str) -> tuple[str, bool]:
        """Compose English for a phrase: numbers, years, ordinals and document numbers by rule,
        then the glossary's words, longest match first; a run of characters that matches nothing
        is given in Pinyin and makes the result automatic."""
        text = fold(text)
        words: list[str] = []
        unknown: list[str] = []
        automatic = False

        def flush() -> None:
            nonlocal automatic
            if unknown:
                words.append(pinyin_name("".join(unknown)))
                unknown.clear()
                automatic = True

        i, n = 0, len(text)
        quotes = 0
        while i < n:
            if i == 0 or text[i - 1] in "(,;:、 ":
                m = LIST_MARKER.match(text, i)
                marker = number(m.group(1)) if m else None
                if marker is not None:
                    flush()
                    words.append(f"{marker}.")
                    i = m.end()
                    continue
            rendered = None
            for _, pattern, render in TOKEN_RULES:
                m = pattern.match(text, i)
                if m and (rendered := render(m)) is not None:
                    break
            if rendered is not None:
                flush()
                words.append(rendered)
                i = m.end()
                continue
            ch = text[i]
            if ch == '"':  # folded quotation marks: open and close in turn
                flush()
                words.append(" “" if quotes % 2 == 0 else "” ")
                quotes += 1
                i += 1
                continue
            if ch in PUNCTUATION or ch.isspace():
                flush()
                words.append(PUNCTUATION.get(ch, " "))
                i += 1
                continue
            found, j = self._longest_at(text, i)
            late = next(((m.end(), r) for _, pattern, render in LATE_TOKEN_RULES
                         if (m := pattern.match(text, i)) and m.end() > j and (r := render(m)) is not None), None)
            if late:
                flush()
                words.append(late[1])
                i = late[0]
                continue
            if unknown and found is None and text[i] in FEATURES and self._ends_name(text, i + 1):
                name = "".join(unknown)
                unknown.clear()
                words.append(f"{pinyin_name(name + text[i] if len(name) == 1 else name)} {FEATURES[text[i]]}")
                automatic = True
                i += 1
                continue
            if unknown and (place := self._place_end(text, i, j, len(unknown))):
                # A name being spelt ends at its unit (青岩 + 县), and a body may follow (县 + 统计局).
                name = "".join(unknown)
                unknown.clear()
                unit = text[i:place]
                spoken = pinyin_name(name + unit if len(name) == 1 and unit in ("县", "区") else name)
                i = self._authority_after(f"{spoken} {PLACE_UNITS[unit]}", text, place, words)
                automatic = True
                continue
            if not unknown and text.startswith("县", i) and j > i + 1 and i + 1 + self._reach(text, i + 1) > j:
                # a bare 县 whose next word reads past the term (县 + 城市管理, not 县城 + 市; but 县城区)
                j, found = i + 1, self.terms.get(("region", "县"), "County")
            region, k = self._region_at(text, i)
            if region is not None and (body := self._body_at(text, k))[0] is not None and body[1] > j:
                flush()  # a region and a body the glossary knows: 县 + 水务局 → County Bureau of Water Affairs
                i = self._authority_after(region, text, k, words)
                continue
            if found is not None and len(unknown) == 1 and (unit := self._town_across(text, i, j)):
                # one character spelt and a term that ends with a town's unit: the town's name runs
                # into the term (青溪县望 + 城镇 is 望城 + 镇: Wangcheng Town, not Wang Urban Areas)
                name = unknown[0] + text[i:j - len(unit)]
                unknown.clear()
                i = self._authority_after(f"{pinyin_name(name)} {PLACE_UNITS[unit]}", text, j, words)
                automatic = True
                continue
            if found is not None:
                flush()
                if not (words and words[-1] == found):  # 值班 + 值守, both Duty: said once
                    words.append(found)
                i = j
                continue
            function = next((w for w in _FUNCTION_WORDS_LONGEST_FIRST if text.startswith(w, i)), None)
            if function is not None:
                flush()
                words.append(FUNCTION_WORDS[function])
                i += len(function)
            elif HAN.match(ch):
                unknown.append(ch)
                i += 1
            else:
                flush()
                words.append(ch)
                i += 1
        flush()
        return tidy(" ".join(words)), automatic

    def _unit_at(self, text: str, i: int) -> str | None:
        return next((u for u in _UNITS_LONGEST_FIRST if text.startswith(u, i)), None)

    def _reach(self, text: str, i: int) -> int:
        """How far from ``i`` the next word reaches: a glossary term, or a place name (characters
        no term starts, then a unit: 城南 + 社区)."""
        found, j = self._longest_at(text, i)
        if found is not None:
            return j - i
        for k in range(i + 1, min(len(text), i + 5)):
            if not HAN.match(text[k - 1]):
                return 0
            found, j = self._longest_at(text, k)
            if found is not None:
                unit = self._unit_at(text, k)
                if unit:
                    return k - i + len(unit)
                return j - i if k - i >= 2 else 0  # a name of two characters or more, and a word: 长岭 + 工业园区
        return 0

    def _place_end(self, text: str, i: int, j: int, spelt: int) -> int | None:
        """Where a place name being spelt ends, when a unit stands at ``i``. A term that runs on
        past the unit (县城 in 青岩县城市, 区域 in 源头区域) is taken only where the unit and the word
        after it do not reach as far as the term: 青岩县 + 城市管理 rather than 青岩 + 县城 + 市, 云溪县
        + 城区 rather than 云溪 + 县城区, but 源头 + 区域 (域 is no word) and 青岩 + 乡村振兴."""
        unit = self._unit_at(text, i)
        if unit is None or (spelt == 1 and unit not in ("县", "区")):
            return None  # a one-character name is a county's or a district's (攸县); 清 + 新区 is 清新 + 区
        end = i + len(unit)
        if j <= end or end + self._reach(text, end) >= j or (spelt >= 2 and self._body_at(text, end)[1] >= j):
            return end  # …and 南浦 + 县人民政府办公室 is 南浦县 + 人民政府办公室 (a body after the unit)
        return None

    def _town_across(self, text: str, i: int, j: int) -> str | None:
        """The unit of a town (镇, 乡, 街道) that the term ``text[i:j]`` ends with (城镇, 城乡), where the
        one character spelt before it and the term's first ones are a town's name: the name stands
        under its county (青溪县望城镇…: a county, district or city right before it), among other
        towns (城关镇、望城镇, 望城镇、新城乡: a town's unit on the other side of its 、) or over its
        body (望城镇人民政府), and ends with the term (not 望城 + 乡村振兴). None where the character
        is a word's that goes before such terms (小城镇, 各乡镇, 全县城乡) or the term is two units
        (乡镇)."""
        unit = next((u for u in _TOWN_UNITS if text.endswith(u, i, j)), None)
        if unit is None or j - len(unit) <= i or self._unit_at(text, j - len(unit) - 1) \
                or text[i - 1] in _BEFORE_TOWN_TERMS:
            return None
        if self._body_at(text, j)[0] is not None:
            return unit
        if i >= 2 and (text[i - 2] in "县区市" or (text[i - 2] == "、" and text.endswith(_TOWN_UNITS, 0, i - 2))):
            return unit if self._ends_name(text, j) else None
        return unit if _TOWN_AFTER.match(text, j) else None

    def _ends_name(self, text: str, i: int) -> bool:
        """Whether a name may end before ``i``: at the end, a sign, or a word the glossary knows."""
        if i < len(text) and self._unit_at(text, i):
            return False
        return (i >= len(text) or not HAN.match(text[i]) or self._longest_at(text, i)[0] is not None
                or any(text.startswith(w, i) for w in _FUNCTION_WORDS_LONGEST_FIRST))

    def _region_at(self, text: str, i: int) -> tuple[str | None, int]:
        """The longest region the glossary knows at ``i`` (县, 平江县), and where it ends."""
        for j in range(min(len(text), i + 12), i, -1):
            found = self.terms.get(("region", text[i:j]))
            if found:
                return found, j
        return None, i

    def _body_at(self, text: str, i: int) -> tuple[str | None, int]:
        """The longest body at ``i``, unless a term starting there reads further (县 + 政府投资项目
        is not 县政府 + 投资项目)."""
        for j in range(min(len(text), i + 16), i + 1, -1):
            found = self.terms.get(("body", text[i:j]))
            if found:
                return (found, j) if self._longest_at(text, i)[1] <= j else (None, i)
        return None, i

    def _authority_after(self, region: str, text: str, i: int, words: list[str]) -> int:
        """Appends a region, or the authority it leads when a body follows; returns where it ends."""
        body, j = self._body_at(text, i)
        words.append(body.replace("{region}", region) if body is not None else region)
        return j if body is not None else i

    def _longest_at(self, text: str, i: int) -> tuple[str | None, int]:
        for j in range(min(len(text), i + self._longest), i, -1):
            found = self._phrases.get(text[i:j])
            if found:
                return found, j
        return None, i


def tidy(text: str) -> str:
    """Spaces as English punctuation wants them."""
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\s+([,;:.)”’])", r"\1", text)
    text = re.sub(r"([(“‘])\s+", r"\1", text)
    text = re.sub(r"\s*–\s*", "–", text)
    text = re.sub(r"([,;])(?!\s)(?!(?<=\d,)\d)", r"\1 ", text)  # not inside 10,000
    text = re.sub(r":(?=[^\d\s])", ": ", text)
    text = re.sub(r",\s*,", ",", text)
    text = re.sub(r"(\d):\s+(\d)", r"\1:\2", text)  # 10:30
    return text.strip(" ,;:")


def read_rows(path: str | Path, key: str, kinds: tuple[str, ...] | None = None) -> list[dict]:
    """Rows of a glossary-like CSV (``key``, english, kind, note), checked: every row needs the
    three values, a kind among ``kinds`` (when given), no Chinese in the English, and no key given
    two different renderings. Every problem is reported, each with its line."""
    problems: list[str] = []
    rows: list[dict] = []
    seen: dict[tuple[str, str], str] = {}
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = {key, "english", "kind"} - set(reader.fieldnames or ())
        if missing:
            raise GlossaryError(f"{path}:1: the header needs the columns {key}, english, kind, note "
                                f"(missing: {', '.join(sorted(missing))})")
        for n, row in enumerate(reader, start=2):
            term, english, kind = ((row.get(c) or "").strip() for c in (key, "english", "kind"))
            problem = check_entry(term, english, kind, kinds)
            if problem:
                problems.append(f"{path}:{n}: {problem}")
                continue
            folded = (kind, fold(term))
            if folded in seen and seen[folded] != english:
                problems.append(f"{path}:{n}: {kind} {term!r} is already given as {seen[folded]!r}")
                continue
            seen[folded] = english
            rows.append({key: term, "english": english, "kind": kind, "note": (row.get("note") or "").strip()})
    if problems:
        raise GlossaryError("\n".join(problems))
    return rows


def check_entry(term: str, english: str, kind: str, kinds: tuple[str, ...] | None = None) -> str | None:
    """What is wrong with one entry, or None."""
    if not term or not english or not kind:
        return "an entry needs the Chinese, the English and the kind"
    if kinds is not None and kind not in kinds:
        return f"unknown kind {kind!r} (expected one of {', '.join(kinds)})"
    if not HAN.search(term):
        return f"{term!r} has no Chinese to translate"
    if HAN.search(english):
        return f"the English for {term!r} contains Chinese: {english!r}"
    if kind == "body" and "{region}" not in english:
        return f"the body {term!r} needs {{region}} in its English template"
    return None


def load_glossary(path: str | Path) -> Glossary:
    rows = read_rows(path, "term", KINDS)
    return Glossary.of({(r["kind"], fold(r["term"])): r["english"] for r in rows})
