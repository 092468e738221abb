"""Typed settings: every key with its type, default, label, allowed values and range.

This is the schema the machine policy (``desktop.core.policy``), the registry reader and the
settings store (``desktop.core.settings_store``) all check values against; it imports none of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import MISSING, dataclass, field, fields
from typing import Any, get_args, get_origin, get_type_hints

from desktop.core.errors import ConfigurationError
from desktop.core.i18n import N_

SCHEMA_VERSION = 1

PROVIDERS = ("clipboard", "azure", "openai_compatible")


def _opt(default: Any, *, choices: tuple[str, ...] | None = None, label: str = "") -> Any:
    meta = {"choices": choices, "label": label}
    if isinstance(default, list):
        return field(default_factory=lambda: list(default), metadata=meta)
    return field(default=default, metadata=meta)


@dataclass(frozen=True)
class Settings:
    # Provider -----------------------------------------------------------------------------
    provider: str = _opt("clipboard", choices=PROVIDERS, label=N_("接続方式"))
    allowed_providers: list[str] = _opt(list(PROVIDERS), label=N_("許可する接続方式"))
    endpoint: str = _opt("", label=N_("エンドポイント"))
    deployment: str = _opt("", label=N_("デプロイ名"))
    api_version: str = _opt("2024-10-21", label=N_("API バージョン"))
    azure_api: str = _opt("deployments", choices=("deployments", "v1"), label=N_("Azure API 形式"))
    auth_mode: str = _opt("api_key", choices=("api_key", "entra_id"), label=N_("認証方式"))
    base_url: str = _opt("", label=N_("ベース URL（OpenAI 互換）"))
    model: str = _opt("", label=N_("モデル名（OpenAI 互換）"))
    request_timeout_seconds: float = _opt(60.0, label=N_("タイムアウト（秒）"))
    max_retries: int = _opt(2, label=N_("再試行回数"))
    context_budget_tokens: int = _opt(12000, label=N_("1回に送る最大トークン数"))
    # Output budget and context window (issue 14: on-premises and OpenAI-compatible servers) --
    # Every request carries an output budget: a model that does not stop by itself otherwise
    # generates until the server's context is full.
    max_output_tokens_text: int = _opt(2000, label=N_("回答の上限トークン数（文章）"))
    max_output_tokens_letter: int = _opt(2000, label=N_("回答の上限トークン数（文書・挨拶文）"))
    max_output_tokens_excel_formula: int = _opt(800, label=N_("回答の上限トークン数（Excel の数式）"))
    max_output_tokens_part: int = _opt(800, label=N_("回答の上限トークン数（長い文書の各部分）"))
    output_budget_parameter: str = _opt("auto", choices=("auto", "max_tokens",
                                                         "max_completion_tokens"),
                                        label=N_("上限の送り方"))
    context_window_tokens: int = _opt(0, label=N_("サーバーのコンテキスト長（0=サーバーに問い合わせる）"))
    # Some chat formats have no system role and drop it silently (llama-cpp-python's "gemma"):
    # the instruction to keep placeholders would never reach the model.
    system_as_user: bool = _opt(False, label=N_("システム指示を本文の先頭に入れて送る（system 役割のないモデル用）"))
    # Network ------------------------------------------------------------------------------
    proxy: str = _opt("", label=N_("プロキシ（空欄=システム設定）"))
    pac_url: str = _opt("", label=N_("PAC ファイルの URL"))
    ca_bundle: str = _opt("", label=N_("追加の CA 証明書ファイル"))
    use_system_trust_store: bool = _opt(True, label=N_("OS の証明書ストアを使う"))
    # Cost ---------------------------------------------------------------------------------
    price_input_jpy_per_1k: float = _opt(0.0225, label=N_("入力 1,000 トークンの料金（円）"))
    price_output_jpy_per_1k: float = _opt(0.09, label=N_("出力 1,000 トークンの料金（円）"))
    # Monthly budget per user (0 = no limit), counted from the local usage log.
    monthly_token_budget: int = _opt(0, label=N_("1か月のトークン上限（0=上限なし）"))
    monthly_cost_budget_jpy: float = _opt(0.0, label=N_("1か月の料金上限（円、0=上限なし）"))
    budget_warning_percent: int = _opt(80, label=N_("予算の警告を出す割合（%）"))
    # User ---------------------------------------------------------------------------------
    department: str = _opt("", label=N_("所属"))
    departments: list[str] = _opt([], label=N_("所属の一覧"))
    language: str = _opt("ja", choices=("ja", "en"), label=N_("表示言語"))
    # Masking ------------------------------------------------------------------------------
    masking_release_allowed: bool = _opt(True, label=N_("マスキングの解除を許可する"))
    masking_dictionary_file: str = _opt("", label=N_("必ずマスクする語の辞書"))
    masking_allowlist_file: str = _opt("", label=N_("マスクしない語の一覧"))
    # IT's blocked terms: a text holding one is not sent at all (``re:`` = regular expression).
    blocked_terms: list[str] = _opt([], label=N_("送信を禁止する語"))
    blocked_terms_file: str = _opt("", label=N_("送信を禁止する語の一覧ファイル"))
    # Templates, documents, usage ---------------------------------------------------------
    org_template_folder: str = _opt("", label=N_("組織のテンプレートフォルダ"))
    max_document_mb: float = _opt(20.0, label=N_("読み込むファイルの上限（MB）"))
    usage_export_folder: str = _opt("", label=N_("利用記録の書き出し先"))
    user_id_salt: str = _opt("", label=N_("利用者 ID のソルト"))
    excel_version: str = _opt("365", choices=("365", "2021", "2019", "2016"), label=N_("Excel の版"))
    # The organisation's documents (庁内資料に聞く) ---------------------------------------------
    # Folders of 例規・要綱・マニュアル・FAQ indexed on every PC (the clerk adds own folders).
    knowledge_folders: list[str] = _opt([], label=N_("庁内資料のフォルダ"))
    # An index IT built once (`knowledge build`) and published on the share; PCs copy it when
    # it changes and search it read-only.
    knowledge_index: str = _opt("", label=N_("共有の資料索引ファイル"))
    # The Azure deployment of an embeddings model (text-embedding-3-small...) on the same
    # endpoint: search then also ranks by meaning (masked passages are sent). Empty = off.
    embeddings_deployment: str = _opt("", label=N_("埋め込みモデルのデプロイ名（空欄=使わない）"))

    @classmethod
    def field_names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))


_HINTS = get_type_hints(Settings)
_FIELDS = {f.name: f for f in fields(Settings)}

# Numbers a setting may take; outside them the app would misbehave (no retries, a zero timeout).
_RANGES: dict[str, tuple[float | None, float | None]] = {
    "request_timeout_seconds": (1, 3600),
    "max_retries": (0, 10),
    "context_budget_tokens": (500, 2_000_000),
    "max_output_tokens_text": (16, 1_000_000),
    "max_output_tokens_letter": (16, 1_000_000),
    "max_output_tokens_excel_formula": (16, 1_000_000),
    "max_output_tokens_part": (16, 1_000_000),
    "context_window_tokens": (0, 10_000_000),
    "price_input_jpy_per_1k": (0, None),
    "price_output_jpy_per_1k": (0, None),
    "max_document_mb": (0.1, 2048),
    "monthly_token_budget": (0, 4_000_000_000),
    "monthly_cost_budget_jpy": (0, None),
    "budget_warning_percent": (1, 100),
}
_URL = re.compile(r"^https?://\S+$", re.IGNORECASE)


def default_value(key: str) -> Any:
    f = _FIELDS[key]
    if f.default is not MISSING:
        return f.default
    return f.default_factory()  # type: ignore[operator]


def choices_for(key: str) -> tuple[str, ...] | None:
    return _FIELDS[key].metadata.get("choices")


def label_for(key: str) -> str:
    return _FIELDS[key].metadata.get("label") or key


def coerce(key: str, value: Any) -> Any:
    """Validate ``value`` for ``key`` and return it in the declared type.

    Raises ``ValueError`` with a Japanese message naming the key.
    """
    if key not in _FIELDS:
        raise ValueError(f"不明な設定項目です: {key}")
    hint = _HINTS[key]
    try:
        if hint is bool:
            if isinstance(value, bool):
                out: Any = value
            elif isinstance(value, str) and value.strip().lower() in {"true", "1", "yes", "on"}:
                out = True
            elif isinstance(value, str) and value.strip().lower() in {"false", "0", "no", "off"}:
                out = False
            else:
                raise TypeError
        elif hint is int:
            if isinstance(value, bool):
                raise TypeError
            out = int(value)
        elif hint is float:
            if isinstance(value, bool):
                raise TypeError
            out = float(value)
        elif hint is str:
            if not isinstance(value, str | int | float) or isinstance(value, bool):
                raise TypeError
            out = str(value)
        elif get_origin(hint) is list:
            (item_type,) = get_args(hint)
            if isinstance(value, str):
                value = [v.strip() for v in value.split(",") if v.strip()]
            if not isinstance(value, list | tuple) or not all(isinstance(v, item_type) for v in value):
                raise TypeError
            out = list(value)
        else:  # pragma: no cover - a new field type must be added above
            raise TypeError
    except (TypeError, ValueError):
        raise ValueError(f"設定「{key}」の値が正しくありません: {value!r}") from None
    low, high = _RANGES.get(key, (None, None))
    if (low is not None and out < low) or (high is not None and out > high):
        bounds = f"{low} 以上" if high is None else f"{low} 以上 {high} 以下"
        raise ValueError(f"設定「{key}」は {bounds} で指定してください（値: {out!r}）")
    if key in ("endpoint", "base_url") and out and not _URL.match(out):
        raise ValueError(f"設定「{key}」は http:// または https:// で始まる URL で指定してください（値: {out!r}）")
    allowed = choices_for(key)
    if allowed is not None and out not in allowed:
        raise ValueError(f"設定「{key}」には {', '.join(allowed)} のいずれかを指定してください（値: {out!r}）")
    if key == "blocked_terms":
        _check_term_patterns(out)
    if key == "allowed_providers":
        bad = [p for p in out if p not in PROVIDERS]
        if bad:
            raise ValueError(f"設定「{key}」に不明な接続方式があります: {', '.join(bad)}")
    return out


def _check_term_patterns(terms: list[str]) -> None:
    """A ``re:`` entry that does not compile is a bad value (the policy then fails closed)."""
    from desktop.core.errors import UserFacingError
    from desktop.core.masking.terms import TermMatcher

    try:
        TermMatcher(terms, what="送信を禁止する語（blocked_terms）")
    except UserFacingError as exc:
        raise ValueError(exc.user_message.replace("\n", " ")) from None


# Keys the app once had and no longer reads. A policy that still sets one keeps loading (IT's
# files must not break); its value is checked as before and then ignored, with a notice.
OBSOLETE_KEYS: dict[str, tuple[type, str]] = {
    "masking_mandatory": (bool, N_("マスキングは常に行われるため、この項目は不要になりました")),
}


def check_obsolete(key: str, value: Any) -> None:
    """Raise ``ValueError`` when an obsolete key's value is not of the type it used to take."""
    kind, _why = OBSOLETE_KEYS[key]
    ok = isinstance(value, bool) or (isinstance(value, str) and value.strip().lower() in
                                     {"true", "1", "yes", "on", "false", "0", "no", "off"})
    if kind is bool and not ok:
        raise ValueError(f"設定「{key}」の値が正しくありません: {value!r}")


def obsolete_notice(key: str) -> str:
    return f"ポリシーの項目 {key} は廃止されました（{OBSOLETE_KEYS[key][1]}）。値は無視されます。"


# User settings file: {"schema_version": N, "values": {...}}. Each step upgrades N -> N+1.
UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


def upgrade_user_values(version: int, values: dict[str, Any]) -> dict[str, Any]:
    while version < SCHEMA_VERSION:
        step = UPGRADES.get(version)
        if step is None:
            raise ConfigurationError(
                N_("設定ファイルの形式が古すぎて読み込めません。"), detail=f"no upgrade from {version}"
            )
        values = step(values)
        version += 1
    return values
