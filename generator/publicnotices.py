"""A notice to the public (公示, 公告, 通告) printed as an item of its own after a document's end, or
titled without 关于 (青溪县自然资源局国有建设用地使用权挂牌出让公告): its own title, or the part of
the document above that names it (its 附件说明, 《…》)."""

from __future__ import annotations

import re

from .patterns import HAN, ORG, title_start


def public_notice_alone(content: list[Line], floor: int, start: int, key: str, confirmation: str) -> bool:
    """A 公示 printed as an item of its own after a document's end (``confirmation``: after its date
    or 版记, its issuer before 关于 on the title's line or over it, its text under it): a notice to the
    public of its own, as a 公告 is, though no 文种 (``城关街道办事处 / 关于…拟认定名单的公示``). Not one
    whose subject (…拟认定名单) the document above (its title from ``floor``) names in any way (印发《…》,
    its 附件说明, 关于…名单公示的通知): its part. So too a 公示, 公告 or 通告 titled without 关于
    (``public_notice_title``: 青溪县自然资源局国有建设用地使用权挂牌出让公告 after a date)."""
    if confirmation not in ("after-boundary", "after-document") or not key.endswith(("公示", "公告", "通告")):
        return False  # (the text above is joined only for a title that ends so: asked of every regulation's)
    if key.endswith("公示") and "关于" in key:
        return key[key.index("关于") + 2:-2].removesuffix("的") not in "".join(line.key for line in content[floor:start])
    m = _PUBLIC_NOTICE.match(key)
    if m is None or not public_notice_title(key):
        return False
    above = "".join(line.key for line in content[floor:start])
    # (青溪县2024年第一批拟命名县级文明村镇名单公示: its subject after the county, also without its
    # year and batch, as the notice above may name it: 现将拟命名县级文明村镇名单予以公示)
    # (a subject of a few characters, 森林防火, may be any sentence's: only the whole title then)
    subjects = (key, *(x for x in (m.group("subject"), _BATCH.sub("", m.group("subject"))) if len(x) >= _NAMED_MIN))
    return not any(x in above for x in subjects)


def public_notice_named(content: list[Line], floor: int, start: int, key: str, confirmation: str) -> bool:
    """A 公告 or 通告 titled without 关于 (``public_notice_title``), confirmed only by where it stands
    (after a document's date, its text under it), that the document above names (its 附件说明,
    《…》): that document's attachment, no title (``public_notice_alone``)."""
    return confirmation in ("after-boundary", "after-document") and public_notice_title(key) \
        and not public_notice_alone(content, floor, start, key, confirmation)


# A notice to the public titled without 关于: its issuer (an organ, or the county before a year)
# and its subject run into 公示, 公告 or 通告 (青溪县2024年第一批拟命名县级文明村镇名单公示,
# 青溪县自然资源局国有建设用地使用权挂牌出让公告); not a sentence that says it issues one
# (县自然资源局依法发布公告: a verb before it).
_PUBLIC_NOTICE = re.compile(
    rf"^(?:(?:{ORG}){{1,4}}|[{HAN}]{{1,10}}?[省市州县区旗](?=(?:19|20)\d{{2}}年))"
    rf"(?P<subject>[{HAN}\d《》()、-]{{4,40}}?)的?(?:公示|公告|通告)$")
_DAY = re.compile(r"\d日")
_NAMED_MIN = 8  # characters of a subject the document above names: a title's part
_BATCH = re.compile(r"^(?:(?:19|20)\d{2}年度?)?(?:第[一二三四五六七八九十\d]{1,3}批)?")
_NOTICE_VERB = ("发布", "予以", "进行", "作出", "张贴", "特此", "如下", "现将")
# A subject that is a sentence's: an adverb or 将 after the issuer (县财政局现将有关情况公告,
# 县市场监管局将检查结果向社会公示; not 特 or 已, which open a subject's words too: 特困人员名单公示,
# 已脱贫户名单公示), or where it is published before the verb (…名单在网上公示).
_SENTENCE_SUBJECT = re.compile(r"^(?:现将|现就|将(?!军)|已经|依法|正在|把)|(?:在|向|通过)[^的]{0,12}(?:网上?|网站上?|平台上?|栏|社会|媒体上?)$")


def public_notice_title(key: str) -> bool:
    """A whole title of a notice to the public without 关于 (``_PUBLIC_NOTICE``), at most 50
    characters, whose subject ends in no verb that would make it a sentence, nor opens as a
    sentence's or names where it is published (``_SENTENCE_SUBJECT``)."""
    if not key.endswith(("公示", "公告", "通告")) or len(key) > 50:
        return False  # (asked of a title's lines: the ending answers most)
    if "关于" in key or _DAY.search(key):
        return False  # (a title as any other; or a date's line over a title: 2024年3月12日印发 / …)
    m = _PUBLIC_NOTICE.match(key)
    return m is not None and not m.group("subject").endswith(_NOTICE_VERB) and not _SENTENCE_SUBJECT.search(m.group("subject")) \
        and not title_start(key)
