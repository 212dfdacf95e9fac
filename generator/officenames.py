"""An office named short by the level it serves, a noun and 办 (县扶贫办, 县信访办, 县委农办), as
patterns.ORG_SUFFIX ends an organ's name with it; 办 as a verb (县政府督办, 全县通办) is none."""

from __future__ import annotations

from .normalize import HAN

# An office by its short name after the level it serves (县扶贫办, 县信访办, 县综治办, 市金融办, 县委农办,
# 县乡村振兴办, 县督查办): a noun of one to five characters then 办, right after 县, 市, 区, 旗, 州, 盟, 省,
# 镇 or 乡, or after 县委 or 县政府. Not the doing of a task: a verb or an adverb before 办 (全县通办,
# 县里马上就办, 县长交办) is never an office's; a word that may end an office's noun (振兴, 督查, 双创) is a
# verb when it stands alone after the level, an organ, an office or a post (县督办, 县政府督办, 县纪委查办,
# 县委主办, 县长督办, 县防汛办督办), or after a body, a group or a manner that does it (县人大督办, 县政协督办,
# 县领导督办, 县直单位主办, 县乡两级联办, 县妇联主办, 全县统一督办, 县长亲自督办). Not an organ's name cut
# inside 办公室 or 办事处 (县安委会办 / 公室), nor 办 opening a word (县城市绿化管理办法, 县政务服务中心办理).
_NEVER_BEFORE_BAN = "就快即速好难必要来去在已未待可能再照严法帮么上通网代交转承"
_VERB_BEFORE_BAN = "督主协举查创包合开兴筹操置领联首经申试补缓并民公自私共"
_BAN_HEAD = "县市区旗州盟省镇乡委府局室厅部院长里记任办级联协会门位导子"
_DOER_BEFORE_BAN = "人大|统一|亲自|联合|共同|牵头|负责"  # (two characters each: a fixed width looked behind)
_LEVEL = "县市区旗州盟省镇乡"
OFFICE_SHORT = (rf"(?:(?<=[{_LEVEL}])|(?<=[{_LEVEL}]委)|(?<=[{_LEVEL}]政府))[{HAN}]{{0,4}}?(?![{_NEVER_BEFORE_BAN}])"
                rf"(?:(?<![{_BAN_HEAD}])(?<!{_DOER_BEFORE_BAN})[{HAN}]|(?![{_VERB_BEFORE_BAN}])[{HAN}])(?<![会局室厅部院处队站所])"
                r"办(?![法理事公学案件结得好])")

__all__ = ["OFFICE_SHORT"]
