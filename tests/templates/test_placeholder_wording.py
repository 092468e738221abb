"""Built-in prompts describe the placeholders exactly as the masker writes them."""

from __future__ import annotations

import re

from desktop.core.masking import MaskSession
from desktop.core.paths import builtin_templates_dir


def test_prompts_name_the_real_placeholder_form():
    example = MaskSession().placeholder_for("PERSON", "山田太郎")
    for path in builtin_templates_dir().glob("*.toml"):
        text = path.read_text("utf-8")
        for mention in re.findall(r"(\S{1,2}(?:氏名|人名)\d\S)のような記号", text):
            assert mention == example, f"{path.name}: {mention} != {example}"
