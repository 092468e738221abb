"""Filling a template's prompts with the user's values.

Prompt text may contain ``{{name}}``, ``{{name|filter}}``, ``{{#if name}} … {{else}} … {{/if}}``
and ``{{#unless name}} … {{/unless}}``. The prompt text is parsed once into nodes and the values
are inserted in one pass, so text the user typed or a file supplied is data: a ``{{…}}`` inside
a value is copied as-is and never expanded (the reason for not using str.format or a regex loop).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from desktop.core.errors import UserFacingError
from desktop.core.templates.model import RenderedPrompt, Template, Variable

# Slots every template may use without declaring them.
BUILTIN_SLOTS = ("today",)

# 時候の挨拶 by month, as used in Japanese business and official letters.
JIKOU_BY_MONTH: dict[int, tuple[str, ...]] = {
    1: ("新春の候", "厳寒の候", "寒冷の候"),
    2: ("余寒の候", "晩冬の候", "向春の候"),
    3: ("早春の候", "春暖の候", "浅春の候"),
    4: ("陽春の候", "春暖の候", "桜花の候"),
    5: ("新緑の候", "薫風の候", "若葉の候"),
    6: ("初夏の候", "梅雨の候", "向暑の候"),
    7: ("盛夏の候", "猛暑の候", "酷暑の候"),
    8: ("残暑の候", "晩夏の候", "立秋の候"),
    9: ("初秋の候", "新秋の候", "秋涼の候"),
    10: ("秋冷の候", "紅葉の候", "仲秋の候"),
    11: ("晩秋の候", "向寒の候", "霜秋の候"),
    12: ("師走の候", "初冬の候", "歳晩の候"),
}


class TemplateSyntaxError(ValueError):
    """The prompt text itself is malformed (reported by the validator, in Japanese)."""


@dataclass(frozen=True)
class ValueProblem:
    name: str
    message: str
    missing: bool = False


class TemplateValueError(UserFacingError):
    """One or more values do not fit the template's variables."""

    def __init__(self, problems: list[ValueProblem]) -> None:
        self.problems = problems
        message = "入力内容を確認してください: " + " / ".join(p.message for p in problems)
        super().__init__(message, detail=f"{len(problems)} invalid value(s)")


class MissingValueError(TemplateValueError):
    """A required value is empty."""


# -- dates and filters ----------------------------------------------------------------------
_ERAS = ((dt.date(2019, 5, 1), "令和"), (dt.date(1989, 1, 8), "平成"), (dt.date(1926, 12, 25), "昭和"))


def to_wareki(d: dt.date) -> str:
    """2024-11-05 → 令和6年11月5日 (first year written 元年, as in official documents)."""
    for start, name in _ERAS:
        if d >= start:
            year = d.year - start.year + 1
            y = "元" if year == 1 else str(year)
            return f"{name}{y}年{d.month}月{d.day}日"
    return f"{d.year}年{d.month}月{d.day}日"


def parse_date(value: str) -> dt.date:
    value = value.strip()
    for fmt in ("%Y-%m-%d", "%Y/%m/%d", "%Y年%m月%d日"):
        try:
            return dt.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    raise ValueError(value)


def _month_of(value: str) -> int:
    value = value.strip().removesuffix("月")
    if value.isdigit() and 1 <= int(value) <= 12:
        return int(value)
    return parse_date(value).month


def _jikou(value: str) -> str:
    return "、".join(f"「{w}」" for w in JIKOU_BY_MONTH[_month_of(value)])


FILTERS: dict[str, Callable[[str], str]] = {
    "wareki": lambda v: to_wareki(parse_date(v)),
    "ja_date": lambda v: (lambda d: f"{d.year}年{d.month}月{d.day}日")(parse_date(v)),
    "month": lambda v: str(_month_of(v)),
    "jikou": _jikou,
}


# -- parsing ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Text:
    text: str


@dataclass(frozen=True)
class _Slot:
    name: str
    filters: tuple[str, ...]


@dataclass(frozen=True)
class _Cond:
    name: str
    negate: bool
    then: tuple
    otherwise: tuple


_TAG = re.compile(r"\{\{(.*?)\}\}", re.S)
_NAME = r"[A-Za-z_][A-Za-z0-9_]*"
_SLOT = re.compile(rf"^({_NAME})((?:\s*\|\s*{_NAME})*)$")
_BLOCK = re.compile(rf"^(#if|#unless)\s+({_NAME})$")
# A block tag alone on its line takes its line break with it, so optional sections leave no gap.
_STANDALONE_BLOCK = re.compile(r"^[ \t]*(\{\{\s*(?:#if|#unless|else|/if|/unless)\b[^{}]*\}\})[ \t]*\n",
                               re.M)


@lru_cache(maxsize=256)
def compile_prompt(text: str) -> tuple:
    """Parse prompt text into nodes; raises ``TemplateSyntaxError`` with a Japanese message."""
    text = _STANDALONE_BLOCK.sub(r"\1", text)
    root: list = []
    stack: list[tuple[str, str, bool, list, list | None]] = []  # kind, name, negate, then, else
    current = root
    pos = 0
    for m in _TAG.finditer(text):
        if m.start() > pos:
            current.append(_Text(text[pos:m.start()]))
        pos = m.end()
        body = m.group(1).strip()
        if "{{" in body:
            raise TemplateSyntaxError(f"「{{{{」が閉じられていません: {{{{{body[:30]}")
        block = _BLOCK.match(body)
        if block:
            kind = block.group(1)[1:]
            stack.append((kind, block.group(2), kind == "unless", current, None))
            current = []
            continue
        if body == "else":
            if not stack or stack[-1][4] is not None:
                raise TemplateSyntaxError("{{else}} に対応する {{#if}} がありません")
            kind, name, negate, parent, _ = stack.pop()
            stack.append((kind, name, negate, parent, current))
            current = []
            continue
        if body in ("/if", "/unless"):
            if not stack or stack[-1][0] != body[1:]:
                raise TemplateSyntaxError(f"{{{{{body}}}}} に対応する開始タグがありません")
            kind, name, negate, parent, then = stack.pop()
            if then is None:
                node = _Cond(name, negate, tuple(current), ())
            else:
                node = _Cond(name, negate, tuple(then), tuple(current))
            parent.append(node)
            current = parent
            continue
        slot = _SLOT.match(body)
        if not slot:
            raise TemplateSyntaxError(
                f"{{{{{body[:40]}}}}} は差し込み欄として読めません（{{{{変数名}}}} の形で書いてください）"
            )
        filters = tuple(f.strip() for f in slot.group(2).split("|") if f.strip())
        for f in filters:
            if f not in FILTERS:
                raise TemplateSyntaxError(
                    f"{{{{{body}}}}} のフィルター「{f}」は使えません（使えるもの: {', '.join(FILTERS)}）"
                )
        current.append(_Slot(slot.group(1), filters))
    rest = text[pos:]
    if "{{" in rest:
        raise TemplateSyntaxError("「{{」が「}}」で閉じられていません")
    if rest:
        current.append(_Text(rest))
    if stack:
        raise TemplateSyntaxError(f"{{{{#{stack[-1][0]} {stack[-1][1]}}}}} が閉じられていません")
    return tuple(root)


def referenced_names(nodes: tuple) -> set[str]:
    out: set[str] = set()
    for n in nodes:
        if isinstance(n, _Slot):
            out.add(n.name)
        elif isinstance(n, _Cond):
            out.add(n.name)
            out |= referenced_names(n.then) | referenced_names(n.otherwise)
    return out


def _emit(nodes: tuple, values: Mapping[str, str], out: list[str]) -> None:
    for n in nodes:
        if isinstance(n, _Text):
            out.append(n.text)
        elif isinstance(n, _Slot):
            value = values.get(n.name, "")
            for f in n.filters:
                # An unparseable date stays as the user wrote it.
                with contextlib.suppress(ValueError, KeyError):
                    value = FILTERS[f](value)
            out.append(value)
        else:
            present = bool(values.get(n.name, "").strip())
            _emit(n.then if present != n.negate else n.otherwise, values, out)


# -- values ----------------------------------------------------------------------------------
def effective_value(var: Variable, values: Mapping[str, str]) -> str:
    """The value as the user gave it; the declared default only when none was given at all."""
    raw = values.get(var.name)
    if raw is None:
        raw = var.default
        if var.type == "date" and raw == "today":
            raw = dt.date.today().isoformat()
    return str(raw).replace("\r\n", "\n").replace("\r", "\n")


def check_value(var: Variable, value: str, lang_label: str | None = None) -> ValueProblem | None:
    label = lang_label or var.label
    text = value.strip()
    if not text:
        if var.required:
            verb = "のファイルを選んでください" if var.type == "file" else "を入力してください"
            return ValueProblem(var.name, f"「{label}」{verb}", missing=True)
        return None
    if var.type == "number":
        try:
            number = float(text.replace(",", ""))
        except ValueError:
            return ValueProblem(var.name, f"「{label}」には数値を入力してください")
        if var.min is not None and number < var.min:
            return ValueProblem(var.name, f"「{label}」は {_num(var.min)} 以上にしてください")
        if var.max is not None and number > var.max:
            return ValueProblem(var.name, f"「{label}」は {_num(var.max)} 以下にしてください")
    elif var.type == "choice":
        if var.choices and text not in var.choices:
            return ValueProblem(var.name, f"「{label}」は一覧から選んでください")
    elif var.type == "date":
        try:
            parse_date(text)
        except ValueError:
            return ValueProblem(var.name, f"「{label}」の日付が正しくありません（例: 2025-04-01）")
    if var.max_length is not None and len(value) > var.max_length:
        return ValueProblem(
            var.name,
            f"「{label}」が長すぎます（{len(value):,} 文字。上限 {var.max_length:,} 文字）。"
            "分けて実行するか、必要な部分だけにしてください",
        )
    return None


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)


def validate_values(template: Template, values: Mapping[str, str]) -> list[ValueProblem]:
    problems = []
    for var in template.variables:
        p = check_value(var, effective_value(var, values))
        if p is not None:
            problems.append(p)
    return problems


def _display_value(var: Variable, value: str) -> str:
    if var.type == "date" and value.strip():
        try:
            d = parse_date(value)
        except ValueError:
            return value
        return d.isoformat()
    if var.type == "number":
        return value.strip()
    return value


def render(template: Template, values: Mapping[str, str], *,
           today: dt.date | None = None) -> RenderedPrompt:
    """Fill ``template`` with ``values``. Raises ``MissingValueError`` / ``TemplateValueError``."""
    problems = validate_values(template, values)
    if problems:
        cls = MissingValueError if any(p.missing for p in problems) else TemplateValueError
        raise cls(problems)
    filled: dict[str, str] = {"today": (today or dt.date.today()).isoformat()}
    for var in template.variables:
        filled[var.name] = _display_value(var, effective_value(var, values))
    system: list[str] = []
    user: list[str] = []
    _emit(compile_prompt(template.system), filled, system)
    _emit(compile_prompt(template.user), filled, user)
    return RenderedPrompt(system="".join(system).strip(), user="".join(user).strip())
