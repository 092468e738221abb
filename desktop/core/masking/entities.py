"""What a finding is, and the Japanese label each type gets in its placeholder."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

ENTITY_TYPES: tuple[str, ...] = (
    "PERSON",
    "ADDRESS",
    "PHONE",
    "EMAIL",
    "POSTAL_CODE",
    "MY_NUMBER",
    "BIRTH_DATE",
    "BANK_ACCOUNT",
    "CREDIT_CARD",
    "PENSION_NUMBER",
    "INSURANCE_NUMBER",
    "DRIVER_LICENSE",
    "PASSPORT",
    "RESIDENCE_CARD",
    "IP_ADDRESS",
    "CUSTOM",
)

# The label is what the model sees inside 〔…〕; short, unambiguous, Japanese.
TYPE_LABELS: dict[str, str] = {
    "PERSON": "氏名",
    "ADDRESS": "住所",
    "PHONE": "電話番号",
    "EMAIL": "メール",
    "POSTAL_CODE": "郵便番号",
    "MY_NUMBER": "マイナンバー",
    "BIRTH_DATE": "生年月日",
    "BANK_ACCOUNT": "口座番号",
    "CREDIT_CARD": "カード番号",
    "PENSION_NUMBER": "年金番号",
    "INSURANCE_NUMBER": "保険証番号",
    "DRIVER_LICENSE": "免許証番号",
    "PASSPORT": "旅券番号",
    "RESIDENCE_CARD": "在留カード番号",
    "IP_ADDRESS": "IPアドレス",
    "CUSTOM": "秘匿語",
}
LABEL_TYPES: dict[str, str] = {v: k for k, v in TYPE_LABELS.items()}

# Appended to the system prompt by the pipeline so the model keeps placeholders intact.
SYSTEM_INSTRUCTION = (
    "入力中の〔氏名1〕〔住所2〕のような〔〕で囲まれた記号は個人情報を伏せた置換記号です。"
    "推測や補完をせず、回答に使う場合は括弧・番号も含めてそのままの形で書いてください。"
)

# Which finding wins when two overlap with the same length: the more specific one.
TYPE_PRIORITY: dict[str, int] = {
    t: i
    for i, t in enumerate(
        (
            "CUSTOM",
            "EMAIL",
            "MY_NUMBER",
            "CREDIT_CARD",
            "DRIVER_LICENSE",
            "PENSION_NUMBER",
            "INSURANCE_NUMBER",
            "BANK_ACCOUNT",
            "PASSPORT",
            "RESIDENCE_CARD",
            "IP_ADDRESS",
            "PHONE",
            "POSTAL_CODE",
            "BIRTH_DATE",
            "ADDRESS",
            "PERSON",
        )
    )
}


@dataclass(frozen=True)
class Entity:
    """One finding. ``start``/``end`` are str indices into the original text (end exclusive)."""

    type: str
    start: int
    end: int
    text: str
    placeholder: str = ""

    def __repr__(self) -> str:  # never show the value itself in logs or tracebacks
        return f"Entity({self.type}, {self.start}, {self.end})"


def resolve_overlaps(found: list[Entity]) -> list[Entity]:
    """Sorted, non-overlapping: longer spans win, then the more specific type."""
    ranked = sorted(
        found, key=lambda e: (-(e.end - e.start), TYPE_PRIORITY.get(e.type, 99), e.start)
    )
    taken: list[Entity] = []
    occupied: list[tuple[int, int]] = []
    for ent in ranked:
        if ent.end <= ent.start:
            continue
        i = bisect.bisect_left(occupied, (ent.start, ent.start))
        clash = False
        if i > 0 and occupied[i - 1][1] > ent.start:
            clash = True
        if i < len(occupied) and occupied[i][0] < ent.end:
            clash = True
        if not clash:
            occupied.insert(i, (ent.start, ent.end))
            taken.append(ent)
    taken.sort(key=lambda e: (e.start, e.end))
    return taken
