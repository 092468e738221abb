"""Find the formula(s) in a chat answer, and the VBA code blocks.

Answers put formulas in a fenced block (```excel), on a line of their own (=SUM(...)), or in
the middle of a sentence (「=SUMIFS(...) と入力します」). Fenced blocks win over bare lines,
which win over inline mentions; the first formula of the best source is the primary one.
"""

from __future__ import annotations

import re

_FENCE = re.compile(r"```[ \t]*([\w+#.-]*)[^\n]*\n(.*?)(?:```|\Z)", re.S)
_VBA_LANGS = {"vba", "vb", "vbnet", "vb.net", "basic", "visualbasic", "vbscript", "bas"}
_FORMULA_LANGS = {"", "excel", "xlsx", "formula", "xls", "text", "plaintext", "txt", "csv"}
_STOP = set("。、」』）)】 \t\n")
_START = re.compile(r"(?:(?<=^)|(?<=[\s`「『（(:：*]))[=＝]"
                    r"(?=[A-Za-z_$'(（\u3040-\u30ff\u4e00-\u9fff\"-])")
_INLINE_CODE = re.compile(r"`([=＝][^`\n]+)`")
_CALL = re.compile(r"^[A-Za-z_][\w.]*\(")


def extract_formulas(answer: str) -> list[str]:
    fenced: list[str] = []
    rest = answer
    for m in _FENCE.finditer(answer):
        lang = m.group(1).lower()
        if lang in _VBA_LANGS:
            continue
        for line in m.group(2).splitlines():
            line = line.strip()
            if line.startswith(("=", "＝")):
                fenced.append(_take_formula(line, whole_line=True))
            elif lang in ("excel", "formula") and _CALL.match(line):
                fenced.append("=" + _take_formula(line))
    rest = _FENCE.sub("\n", answer)
    lines: list[str] = []
    inline: list[str] = []
    for line in rest.splitlines():
        stripped = line.strip().strip("*").strip()
        stripped = re.sub(r"^(?:[-・•]|\d+[.)．])\s*", "", stripped)
        if stripped.startswith("`") and stripped.endswith("`") and len(stripped) > 2:
            stripped = stripped.strip("`").strip()
        if stripped.startswith(("=", "＝")) and len(stripped) > 1:
            lines.append(_take_formula(stripped, whole_line=True))
            continue
        for m in _INLINE_CODE.finditer(line):
            inline.append(m.group(1).strip())
        line = _INLINE_CODE.sub(" ", line)
        for m in _START.finditer(line):
            inline.append(_take_formula(line[m.start():]).rstrip("*"))
    out: list[str] = []
    for f in [*fenced, *lines, *inline]:
        f = f.strip()
        if f.startswith("＝"):
            f = "=" + f[1:]
        if len(f) > 1 and _looks_like_formula(f) and f not in out:
            out.append(f)
    return out


def _take_formula(text: str, *, whole_line: bool = False) -> str:
    """The formula at the start of ``text``: up to the first stop outside quotes and brackets.

    A formula on its own line may contain spaces ("=A2 + B2"); a comment after it is cut off.
    """
    if whole_line:
        text = re.split(r"\s{2,}|\s*←|\s+//|\s+'|\s+#\s", text, maxsplit=1)[0]
    stops = _STOP - {" "} if whole_line else _STOP
    depth = 0
    in_quote = False
    for i, ch in enumerate(text):
        if ch == '"':
            in_quote = not in_quote
        elif in_quote:
            continue
        elif ch in "([{（":
            depth += 1
        elif ch in ")]}）":
            if depth == 0:
                return text[:i]
            depth -= 1
        elif (ch == "`" and i > 0) or (depth == 0 and ch in stops and i > 0):
            return text[:i]
    return text


def _looks_like_formula(f: str) -> bool:
    body = f[1:]
    pattern = r"[A-Za-z]+\$?\d+|[A-Za-z_][\w.]*\(|[\u3040-\u30ff\u4e00-\u9fff]+\["
    return bool(re.search(pattern, body))


def extract_vba(answer: str) -> list[str]:
    """Code blocks that hold VBA (by fence language, or by Sub/Function when unlabelled)."""
    blocks: list[str] = []
    for m in _FENCE.finditer(answer):
        lang = m.group(1).lower()
        code = m.group(2).rstrip()
        is_vba = lang in _VBA_LANGS or (lang in _FORMULA_LANGS and re.search(
            r"^\s*(?:Public\s+|Private\s+)?(?:Sub|Function)\s+\w+", code, re.M | re.I))
        if is_vba and code.strip():
            blocks.append(code)
    return blocks
