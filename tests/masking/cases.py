"""A helper the masking case tests share (their masker fixture is in conftest.py)."""

from __future__ import annotations


def found(masker, text, kind):
    """The texts of ``masker``'s findings of type ``kind`` in ``text``, in order."""
    return [e.text for e in masker.find(text) if e.type == kind]
