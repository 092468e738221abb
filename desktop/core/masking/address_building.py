"""What follows a house number in a Japanese address: the building, its wing, the floor and the
room (…番地21 〇〇ハイツ11階, 2-3-4 サンハイツ201号室, B棟305号室, 十二号室), and a Chinese
block of flats (2号楼1503室). ``address.find_japanese_addresses`` extends an address over them.
"""

from __future__ import annotations

import re

_BUILDING_WORDS = (
    "マンション|ハイツ|コーポ|ビル|荘|レジデンス|アパート|タワー|ハイム|パレス|メゾン|団地|住宅|ヒルズ|"
    "コート|プラザ|ガーデン|テラス|ハウス|パーク|サイド|寮|ドミール|シャトー|ヴィラ|ビレッジ|フラット|棟|会館|センター"
)
# A floor, and the room on it when it follows (5階, 5階7号): 2階建て describes a house.
_FLOOR = r"階(?!建)(?:[0-9]{1,4}号室?)?"
# A room in kanji numerals: with 号室/号 any number (十二号室), alone only with hundreds (八百十一).
_KROOM = (
    r"(?:[〇一二三四五六七八九十百千]{1,6}号室?"
    r"|(?:[一二三四五六七八九]?千)?[一二三四五六七八九]?百(?:[一二三四五六七八九]?十)?"
    r"[一二三四五六七八九]?(?![一-龥々]))"
)
# A wing of a block of flats before the room: C棟, 2号棟, 東棟, 第3 (ハイツ若葉第3 304).
_WING = r"(?:[ ]?(?:[A-Za-z]|[0-9]{1,2}号?|[東西南北中一二三四五六七八九十]{1,2}号?)[棟館]|第[0-9]{1,2})"
_ROOM = (
    r"[ ]?(?:[A-Za-z]?[0-9]{1,4} ?(?:号室|号|" + _FLOOR + r"|F|f)"
    r"|[0-9]{1,3}楼(?:[0-9]{1,4}室)?|[0-9]{1,4}室|(?:[A-Za-z]-?)?[0-9]{2,4}(?![0-9])|#[0-9]{1,4}"
    r"|" + _KROOM + ")"
)
BUILDING_RE = re.compile(
    r"(?:[ ]?[ぁ-ゖァ-ヴー・一-龥〇々A-Za-z0-9&＆']{0,24}?(?:" + _BUILDING_WORDS + r")"
    # a name after the word (レジデンスさくら, シティハウス緑ヶ丘, ハイツ第二) when a room follows
    r"(?:[ぁ-ゖァ-ヴー・一-龥〇々ヶA-Za-z]{1,12}?(?=" + _WING + "|" + _ROOM + r")"
    r"|[ ]?[A-Za-z0-9]{1,3}号?棟|[ ]?[A-Za-z一-龥])?"
    # the wing, when a room or the end of the field follows (第3 2階 is building 第3, floor 2)
    r"(?:" + _WING + r"(?=" + _ROOM + r"|[ ]*(?:[\n,、。)\t|]|$)))?)?"
    r"(?:" + _ROOM + r")?"
)
# A building with no building word in its name (アーバン北31 304号室, 第2西村ビル is caught
# above): a short name then a room or a floor, right after the house number.
ROOM_TAIL_RE = re.compile(
    r"[ ]?(?:[ァ-ヴー・A-Za-z一-龥〇々ヶ][ァ-ヴー・A-Za-zぁ-ゖ一-龥〇々ヶ0-9]{0,15}[ ]?)?"
    r"[A-Za-z]?[0-9]{1,4}(?:号室|" + _FLOOR + r"|F)(?![0-9A-Za-z])"
)
# ... or a room number alone after the building's name (…30番地11 北斗サンライズ305): a katakana
# name, then three or four digits that end the address (nothing but a break or bracket after).
NAMED_ROOM_RE = re.compile(
    r"[ ]?[ァ-ヴー・一-龥〇々ヶ]{0,6}[ァ-ヴ][ァ-ヴー・一-龥〇々ヶ]{1,15}[ ]?(?:[A-Za-z]-?)?[0-9]{3,4}"
    r"(?=[ ]|$|[\n,、。)）\]】」』\t|ぁ-ゖ])"
)
# A Chinese block of flats after the house number: SOHO现代城2号楼1503室, 5栋2单元301室
CN_BLOCK_RE = re.compile(
    r"[A-Za-z一-龥]{0,12}?[0-9]{1,3}(?:号楼|栋|幢)(?:[0-9]{1,2}单元)?(?:[0-9]{1,2}[楼层])?"
    r"(?:[0-9]{1,4}(?:室|号))?"
)
