"""Reading and checking one template file (TOML), and writing one back.

Every problem is reported in Japanese and names the field, so that whoever wrote the file can fix
it without reading code. The format is documented in ``prompt_templates/README.md``.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import tomli_w

from desktop.core.errors import UserFacingError
from desktop.core.tasks import kind_names
from desktop.core.templates.model import (
    DOCUMENT_EXTENSIONS,
    VARIABLE_TYPES,
    Template,
    Variable,
)
from desktop.core.templates.render import (
    BUILTIN_SLOTS,
    TemplateSyntaxError,
    compile_prompt,
    parse_date,
    referenced_names,
)

FORMAT_SCHEMA = 1
MAX_TEMPLATE_BYTES = 512 * 1024
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
NAME_PATTERN = re.compile(r"^[a-z_][a-z0-9_]{0,63}$")
MAX_MANUAL_MINUTES = 24 * 60

_TOP_KEYS = {
    "schema", "id", "version", "title", "title_en", "description", "description_en", "category",
    "category_en", "manual_minutes", "output", "system", "user", "variables", "tags", "extensions",
}
_VAR_KEYS = {
    "name", "type", "label", "label_en", "help", "help_en", "placeholder", "default", "required",
    "choices", "min", "max", "decimals", "max_length", "accept", "remember", "automatic",
}
_TOML_POS = re.compile(r"\(at line (\d+), column (\d+)\)")


class TemplateFormatError(UserFacingError):
    """A template file (or text) that cannot be used; ``problems`` lists each reason."""

    exit_code = 2

    def __init__(self, problems: list[str], path: Path | None = None) -> None:
        self.problems = problems
        self.path = path
        where = f"{path}: " if path else ""
        super().__init__(
            f"{where}テンプレートに誤りがあります: " + " / ".join(problems),
            detail=f"{len(problems)} template problem(s)",
        )


class _Problems:
    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, where: str, message: str) -> None:
        self.items.append(f"「{where}」{message}" if where else message)


def _str(raw: dict, key: str, problems: _Problems, where: str, *, required: bool = False,
         default: str = "") -> str:
    value = raw.get(key)
    if value is None:
        if required:
            problems.add(_w(where, key), "がありません（必須の項目です）")
        return default
    if not isinstance(value, str):
        problems.add(_w(where, key), "は文字列で書いてください（\"…\" で囲む）")
        return default
    if required and not value.strip():
        problems.add(_w(where, key), "が空です")
    return value


def _w(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def _number(raw: dict, key: str, problems: _Problems, where: str) -> float | None:
    value = raw.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        problems.add(_w(where, key), "は数値で書いてください（引用符なし）")
        return None
    return float(value)


def _bool(raw: dict, key: str, problems: _Problems, where: str, default: bool) -> bool:
    value = raw.get(key, default)
    if not isinstance(value, bool):
        problems.add(_w(where, key), "は true か false で書いてください")
        return default
    return value


def _str_list(raw: dict, key: str, problems: _Problems, where: str) -> tuple[str, ...]:
    value = raw.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        problems.add(_w(where, key), "は文字列の配列で書いてください（例: [\"A\", \"B\"]）")
        return ()
    return tuple(value)


def _parse_variable(raw: Any, index: int, problems: _Problems) -> Variable | None:
    where = f"variables[{index}]"
    if not isinstance(raw, dict):
        problems.add(where, "は [[variables]] の表として書いてください")
        return None
    name = raw.get("name")
    if isinstance(name, str) and name:
        where = f"variables[{index}]（{name}）"
    for key in sorted(set(raw) - _VAR_KEYS):
        problems.add(_w(where, key), f"は使えない項目です（使える項目: {', '.join(sorted(_VAR_KEYS))}）")
    name = _str(raw, "name", problems, where, required=True)
    if name and not NAME_PATTERN.match(name):
        problems.add(_w(where, "name"), "は半角英小文字・数字・_ で、英字か _ から始めてください")
    if name in BUILTIN_SLOTS:
        problems.add(_w(where, "name"), f"の「{name}」は組み込みの差し込み欄と同じ名前なので使えません")
    vtype = _str(raw, "type", problems, where, required=True)
    if vtype and vtype not in VARIABLE_TYPES:
        problems.add(_w(where, "type"), f"の「{vtype}」は使えません（{', '.join(VARIABLE_TYPES)} のいずれか）")
    label = _str(raw, "label", problems, where, required=True)
    choices = _str_list(raw, "choices", problems, where)
    vmin = _number(raw, "min", problems, where)
    vmax = _number(raw, "max", problems, where)
    decimals_raw = raw.get("decimals", 0)
    decimals = 0
    if isinstance(decimals_raw, bool) or not isinstance(decimals_raw, int) or not 0 <= decimals_raw <= 6:
        problems.add(_w(where, "decimals"), "は 0〜6 の整数で書いてください")
    else:
        decimals = decimals_raw
    max_length = raw.get("max_length")
    if max_length is not None and (isinstance(max_length, bool) or not isinstance(max_length, int)
                                   or max_length < 1):
        problems.add(_w(where, "max_length"), "は 1 以上の整数で書いてください")
        max_length = None
    accept = tuple(a.lower() for a in _str_list(raw, "accept", problems, where))
    for a in accept:
        if a not in DOCUMENT_EXTENSIONS:
            problems.add(_w(where, "accept"), f"の「{a}」は読み込めません（{', '.join(DOCUMENT_EXTENSIONS)}）")

    default_raw = raw.get("default", "")
    if isinstance(default_raw, bool) or not isinstance(default_raw, str | int | float):
        problems.add(_w(where, "default"), "は文字列か数値で書いてください")
        default_raw = ""
    default = str(default_raw)

    if vtype == "choice":
        if not choices:
            problems.add(_w(where, "choices"), "がありません（choice には選択肢が必要です）")
        if len(set(choices)) != len(choices):
            problems.add(_w(where, "choices"), "に同じ選択肢が重複しています")
        if default and choices and default not in choices:
            problems.add(_w(where, "default"), f"の「{default}」が choices にありません")
    elif choices:
        problems.add(_w(where, "choices"), "は type = \"choice\" のときだけ使えます")
    if vtype != "number":
        if vmin is not None or vmax is not None:
            problems.add(where, "の min / max は type = \"number\" のときだけ使えます")
        if "decimals" in raw:
            problems.add(_w(where, "decimals"), "は type = \"number\" のときだけ使えます")
    else:
        if vmin is not None and vmax is not None and vmin > vmax:
            problems.add(where, "の min が max より大きくなっています")
        if default:
            try:
                d = float(default)
            except ValueError:
                problems.add(_w(where, "default"), "は数値にしてください")
            else:
                if (vmin is not None and d < vmin) or (vmax is not None and d > vmax):
                    problems.add(_w(where, "default"), "が min〜max の範囲外です")
    if vtype == "date" and default and default != "today":
        try:
            parse_date(default)
        except ValueError:
            problems.add(_w(where, "default"), "は \"today\" か 2025-04-01 の形で書いてください")
    if max_length is not None and vtype not in ("text", "multiline", "file"):
        problems.add(_w(where, "max_length"), "は text / multiline / file のときだけ使えます")
    if accept and vtype not in ("file", "multiline"):
        problems.add(_w(where, "accept"), "は file / multiline のときだけ使えます")
    if vtype == "file" and not accept:
        accept = tuple(e for e in DOCUMENT_EXTENSIONS)
    return Variable(
        name=name, type=vtype, label=label,
        label_en=_str(raw, "label_en", problems, where),
        help=_str(raw, "help", problems, where),
        help_en=_str(raw, "help_en", problems, where),
        placeholder=_str(raw, "placeholder", problems, where),
        default=default, required=_bool(raw, "required", problems, where, False),
        choices=choices, min=vmin, max=vmax, decimals=decimals, max_length=max_length,
        accept=accept, remember=_bool(raw, "remember", problems, where, True),
        automatic=_bool(raw, "automatic", problems, where, False),
    )


def template_from_mapping(raw: dict[str, Any], *, source: str = "user",
                          path: Path | None = None) -> Template:
    """Build a ``Template`` from parsed TOML; raises ``TemplateFormatError`` listing every problem."""
    problems = _Problems()
    schema = raw.get("schema", FORMAT_SCHEMA)
    if schema != FORMAT_SCHEMA:
        problems.add("schema", f"の {schema!r} には対応していません（{FORMAT_SCHEMA} のみ）")
    for key in sorted(set(raw) - _TOP_KEYS):
        problems.add(key, "は使えない項目です（綴りを確認してください。独自の情報は [extensions] に）")
    tid = _str(raw, "id", problems, "", required=True)
    if tid and not ID_PATTERN.match(tid):
        problems.add("id", "は半角英小文字・数字・-・_ で 64 文字以内にしてください（例: reply-resident）")
    version = raw.get("version")
    if version is None:
        problems.add("version", "がありません（1 から始まる整数。内容を変えたら増やします）")
        version = 1
    elif isinstance(version, bool) or not isinstance(version, int) or version < 1:
        problems.add("version", "は 1 以上の整数で書いてください")
        version = 1
    title = _str(raw, "title", problems, "", required=True)
    category = _str(raw, "category", problems, "", required=True)
    minutes = raw.get("manual_minutes")
    if minutes is None:
        problems.add("manual_minutes", "がありません（手作業でかかる分数。削減時間の基準になります）")
        minutes = 0.0
    elif isinstance(minutes, bool) or not isinstance(minutes, int | float):
        problems.add("manual_minutes", "は数値で書いてください（分）")
        minutes = 0.0
    elif not 0 < minutes <= MAX_MANUAL_MINUTES:
        problems.add("manual_minutes", f"は 0 より大きく {MAX_MANUAL_MINUTES} 以下にしてください（分）")
    output = _str(raw, "output", problems, "", default="text")
    if output not in kind_names():
        problems.add("output", f"の「{output}」は使えません（{', '.join(kind_names())} のいずれか）")
    system = _str(raw, "system", problems, "")
    user = _str(raw, "user", problems, "", required=True)
    extensions = raw.get("extensions", {})
    if not isinstance(extensions, dict):
        problems.add("extensions", "は表（[extensions]）で書いてください")

    variables: list[Variable] = []
    raw_vars = raw.get("variables", [])
    if not isinstance(raw_vars, list):
        problems.add("variables", "は [[variables]] の並びで書いてください")
        raw_vars = []
    seen: set[str] = set()
    for i, rv in enumerate(raw_vars):
        var = _parse_variable(rv, i, problems)
        if var is None:
            continue
        if var.name in seen:
            problems.add(f"variables[{i}].name", f"の「{var.name}」が重複しています")
        seen.add(var.name)
        variables.append(var)

    used: set[str] = set()
    for key, text in (("system", system), ("user", user)):
        try:
            used |= referenced_names(compile_prompt(text))
        except TemplateSyntaxError as exc:
            problems.add(key, f"の書き方に誤りがあります: {exc}")
    for name in sorted(used - seen - set(BUILTIN_SLOTS)):
        problems.add("", f"プロンプトの {{{{{name}}}}} に対応する変数が variables にありません")
    for name in sorted(seen - used):
        problems.add("", f"変数「{name}」がプロンプト（system / user）のどこにも使われていません")

    texts = {k: _str(raw, k, problems, "") for k in
             ("title_en", "description", "description_en", "category_en")}
    tags = _str_list(raw, "tags", problems, "")
    if problems.items:
        raise TemplateFormatError(problems.items, path)
    return Template(
        id=tid, version=version, title=title, category=category,
        manual_minutes=float(minutes), output=output, system=system, user=user,
        variables=tuple(variables), source=source, path=path, tags=tags, **texts,
    )


def parse_template_text(text: str, *, source: str = "user", path: Path | None = None) -> Template:
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        detail = str(exc)
        pos = _TOML_POS.search(detail)
        where = f"（{pos.group(1)} 行目、{pos.group(2)} 文字目）" if pos else ""
        raise TemplateFormatError(
            [f"TOML の書式が正しくありません{where}。引用符や括弧の閉じ忘れを確認してください"
             f"（{_TOML_POS.sub('', detail).strip()}）"], path) from None
    return template_from_mapping(raw, source=source, path=path)


def read_template_text(path: Path) -> str:
    """The file's text; raises ``TemplateFormatError`` when it cannot be read as a template."""
    try:
        size = path.stat().st_size
        if size > MAX_TEMPLATE_BYTES:
            raise TemplateFormatError(
                [f"ファイルが大きすぎます（{size:,} バイト。上限 {MAX_TEMPLATE_BYTES:,}）"], path)
        data = path.read_bytes()
    except OSError as exc:
        raise TemplateFormatError(
            [f"ファイルを読めません（{exc.strerror or type(exc).__name__}）"], path) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise TemplateFormatError(
            ["文字コードが UTF-8 ではありません。メモ帳などで「UTF-8」を選んで保存し直してください"],
            path) from None


def load_template_file(path: Path, source: str = "user") -> Template:
    return parse_template_text(read_template_text(path), source=source, path=path)


# -- writing ---------------------------------------------------------------------------------
def template_to_mapping(t: Template) -> dict[str, Any]:
    out: dict[str, Any] = {
        "schema": FORMAT_SCHEMA, "id": t.id, "version": t.version, "title": t.title,
        "title_en": t.title_en, "description": t.description, "description_en": t.description_en,
        "category": t.category,
    }
    if t.category_en:
        out["category_en"] = t.category_en
    if t.tags:
        out["tags"] = list(t.tags)
    minutes: int | float = int(t.manual_minutes) if t.manual_minutes.is_integer() else t.manual_minutes
    out.update({"manual_minutes": minutes, "output": t.output, "system": t.system, "user": t.user})
    variables = []
    for v in t.variables:
        rv: dict[str, Any] = {"name": v.name, "type": v.type, "label": v.label}
        for key in ("label_en", "help", "help_en", "placeholder", "default"):
            if getattr(v, key):
                rv[key] = getattr(v, key)
        if v.required:
            rv["required"] = True
        if v.choices:
            rv["choices"] = list(v.choices)
        for key in ("min", "max"):
            value = getattr(v, key)
            if value is not None:
                rv[key] = int(value) if float(value).is_integer() else value
        if v.decimals:
            rv["decimals"] = v.decimals
        if v.max_length is not None:
            rv["max_length"] = v.max_length
        if v.accept and not (v.type == "file" and v.accept == DOCUMENT_EXTENSIONS):
            rv["accept"] = list(v.accept)
        if not v.remember:
            rv["remember"] = False
        if v.automatic:
            rv["automatic"] = True
        variables.append(rv)
    if variables:
        out["variables"] = variables
    return out


def template_to_toml(t: Template) -> str:
    return tomli_w.dumps(template_to_mapping(t), multiline_strings=True)
