"""A small stand-in for ``PiiMasker`` with the same contract (names from a list, phone numbers,
e-mail), used until/unless the real masker is importable. It uses the real MaskSession."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from desktop.core.masking.entities import Entity, resolve_overlaps
from desktop.core.masking.session import MaskSession

_PHONE = re.compile(r"0\d{1,4}-\d{1,4}-\d{3,4}")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")


@dataclass
class MaskResult:
    masked_text: str
    entities: list[Entity]
    session: MaskSession


class FakeMasker:
    def __init__(self, names: tuple[str, ...] = ()) -> None:
        self.names = names

    def warm_up(self) -> None:
        return None

    def find(self, text: str) -> list[Entity]:
        found: list[Entity] = []
        for name in self.names:
            for m in re.finditer(re.escape(name), text):
                found.append(Entity("PERSON", m.start(), m.end(), name))
        for rx, kind in ((_PHONE, "PHONE"), (_EMAIL, "EMAIL")):
            for m in rx.finditer(text):
                found.append(Entity(kind, m.start(), m.end(), m.group()))
        return resolve_overlaps(found)

    def mask(self, text: str, entities: Any = None, session: MaskSession | None = None
             ) -> MaskResult:
        session = session or MaskSession()
        ents = self.find(text) if entities is None else resolve_overlaps(list(entities))
        out: list[str] = []
        pos = 0
        done: list[Entity] = []
        for e in ents:
            ph = session.placeholder_for(e.type, text[e.start:e.end])
            out.append(text[pos:e.start])
            out.append(ph)
            pos = e.end
            done.append(replace(e, placeholder=ph))
        out.append(text[pos:])
        return MaskResult("".join(out), done, session)
