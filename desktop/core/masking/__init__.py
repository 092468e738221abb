"""Personal-information masking before anything leaves the PC, restored in the answer.

``PiiMasker.find`` detects, ``PiiMasker.mask`` replaces with 〔氏名1〕-style placeholders kept in
a ``MaskSession`` (memory only), ``MaskSession.unmask`` / ``stream()`` restore the originals.
"""

from desktop.core.masking.entities import ENTITY_TYPES, SYSTEM_INSTRUCTION, TYPE_LABELS, Entity
from desktop.core.masking.masker import MaskResult, PiiMasker
from desktop.core.masking.session import MaskSession, StreamUnmasker
from desktop.core.masking.terms import read_term_file

__all__ = [
    "ENTITY_TYPES",
    "SYSTEM_INSTRUCTION",
    "TYPE_LABELS",
    "Entity",
    "MaskResult",
    "MaskSession",
    "PiiMasker",
    "StreamUnmasker",
    "read_term_file",
]
