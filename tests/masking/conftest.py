"""One warmed-up masker per test module, for the masking case tests (``found`` is in cases.py)."""

from __future__ import annotations

import pytest

from desktop.core.masking import PiiMasker


@pytest.fixture(scope="module")
def masker():
    m = PiiMasker()
    m.warm_up()
    return m

