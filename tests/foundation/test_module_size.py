"""No module in ``desktop/`` much over 400 lines unless its first lines say why (issue 12): a long
module is where two concerns hide in one file; the few that are long on purpose say so."""

from __future__ import annotations

from pathlib import Path

LIMIT = 420  # "about 400"
REASON = "Why it is long:"
DESKTOP = Path(__file__).resolve().parents[2] / "desktop"


def test_long_modules_say_why_in_their_first_lines():
    unexplained = []
    for path in sorted(DESKTOP.rglob("*.py")):
        lines = path.read_text("utf-8").splitlines()
        if len(lines) > LIMIT and not any(REASON in line for line in lines[:25]):
            unexplained.append(f"{path.relative_to(DESKTOP.parent)}: {len(lines)} lines")
    assert not unexplained, "split these modules or say why they are long:\n" + "\n".join(
        unexplained)


def test_the_reason_is_rare():
    """A reason in every module would make the rule empty: at most a handful may use it."""
    explained = [p for p in DESKTOP.rglob("*.py")
                 if any(REASON in line for line in p.read_text("utf-8").splitlines()[:25])]
    assert len(explained) <= 8, [str(p) for p in explained]
