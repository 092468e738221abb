"""Names a sentence calls names: what only a person's name is called (芸名, リングネーム, 本名,
旧姓, 幼名, 筆名, 四股名, 名義…), with the name in brackets or set beside it.

``リングネーム「ゴリラ・ジャイアント」``, ``「キング・ロイ」のリングネーム``, ``幼名は竹千代。``,
``脚本家として桂木象の名義で``: whatever the words of the name are (a ring name is often an
ordinary word), the sentence says it is a person's name. Words that name things as often
(愛称, 通称, 別名: a train's, a building's, a plant's) are not among them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from desktop.core.masking.person_common import Finding

_NAMING = r"(?:芸名|本名|旧姓|幼名|筆名|ペンネーム|リングネーム|四股名|源氏名|法名|諱|雅号|俗名|戒名|名義)"
_NAME = r"[^「」『』、。\n]{1,20}"
_QUOTED_AFTER = re.compile(rf"{_NAMING}(?:は|を|が|の|:|：)?「({_NAME})」")
_QUOTED_BEFORE = re.compile(rf"「({_NAME})」(?:の|という|との|と|を)?{_NAMING}")
# Unquoted, right before the naming word (…高橋伴の名義で) or after it with は (幼名は竹千代。).
_WORD = r"[一-鿿々ァ-ヴーA-Za-z・=]{1,12}"
_BARE_BEFORE = re.compile(
    rf"(?<![一-鿿々ァ-ヴーA-Za-z・=])({_WORD})(?:の|という){_NAMING}(?:で|を|に|は|が|、|。)"
)
_BARE_AFTER = re.compile(rf"{_NAMING}は({_WORD})(?=[。、（(]|で[、。あ])")
_NAMING_RE = re.compile(_NAMING)
# A firm or a body publishes or holds in its name too (オーム社の名義で, 組合名義).
_BODY_END = re.compile(r"[社会部課所局庁省団組党店館院校署]$|法人$|協会$|財団$")


def find_named_names(text: str) -> Iterator[Finding]:
    """Names the sentence calls a person's name (see the module's docstring)."""
    if not _NAMING_RE.search(text):
        return
    for rx in (_QUOTED_AFTER, _QUOTED_BEFORE, _BARE_BEFORE, _BARE_AFTER):
        for m in rx.finditer(text):
            if m.group(1).strip() and not _BODY_END.search(m.group(1)):
                yield "PERSON", m.start(1), m.end(1)
