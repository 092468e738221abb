"""Failures of a request to the language model, each with a Japanese message a clerk can act on.

``kind`` is the ``error_kind`` the usage log records. ``str(err)`` stays technical (status code,
exception class) and never contains the prompt, the answer or a key.
"""

from __future__ import annotations

from typing import Any

from desktop.core.errors import ConfigurationError, UserFacingError
from desktop.core.i18n import N_

CATEGORY_LABELS = {
    "hate": N_("差別・憎悪"),
    "sexual": N_("性的な表現"),
    "violence": N_("暴力"),
    "self_harm": N_("自傷"),
    "jailbreak": N_("AI への不正な指示（ジェイルブレイク）"),
    "profanity": N_("不適切な言葉"),
    "protected_material_text": N_("著作物"),
    "protected_material_code": N_("著作物（コード）"),
    "custom_blocklists": N_("組織のブロックリスト"),
}


class LlmError(UserFacingError):
    """Base of every failure of a model request."""

    kind = "unknown"
    retryable_by_user = True  # the UI offers "再試行" for these

    def __init__(self, user_message: str, *, detail: str = "", partial: str = "") -> None:
        super().__init__(user_message, detail=detail or self.kind)
        # Text already received (masked) when the failure happened mid-stream; kept, never lost.
        self.partial = partial
        # Usage the server reported before failing (an answer cut by the output budget is
        # billed like any other); None when it reported none.
        self.usage: Any = None


class AuthenticationFailed(LlmError):
    kind = "auth"

    def __init__(self, *, status: int = 401, detail: str = "") -> None:
        super().__init__(
            N_("AI サービスに接続できましたが、認証に失敗しました（HTTP {status}）。API キーが正し"
               "いか、"
               "有効期限が切れていないかを設定画面で確認してください。分からない場合は情報システム担当に"
               "連絡してください。").format(status=status),
            detail=detail or f"http {status}",
        )


class DeploymentNotFound(LlmError):
    kind = "not_found"
    retryable_by_user = False

    def __init__(self, url: str, *, detail: str = "") -> None:
        self.url = url
        super().__init__(
            N_("AI サービスにデプロイ（モデル）が見つかりません（HTTP 404）。呼び出した URL: {url}"
               "\n"
               "設定画面のエンドポイント・デプロイ名・API バージョンが正しいか確認してください"
               "。").format(url=url),
            detail=detail or "http 404",
        )


class RateLimited(LlmError):
    kind = "rate_limit"

    def __init__(self, *, attempts: int, detail: str = "") -> None:
        super().__init__(
            N_("AI サービスが混み合っているため、{attempts} 回試しましたが受け付けられませんでした"
               "（HTTP 429）。1〜2 分おいてから「再試行」を押してください"
               "。").format(attempts=attempts),
            detail=detail or "http 429",
        )


class ContentFiltered(LlmError):
    kind = "content_filter"

    def __init__(self, categories: list[str], *, where: str = "prompt", partial: str = "",
                 detail: str = "") -> None:
        self.categories = categories
        labels = "、".join(CATEGORY_LABELS.get(c, c) for c in categories) or N_("不明")
        if where == "prompt":
            text = N_("入力内容が AI サービスのコンテンツフィルターで止められました（分類: {labels}"
                      "）。"
                      "該当する表現を言い換えるか削除してから、もう一度送信してください。")
        else:
            text = N_("AI の回答がコンテンツフィルターで途中で止められました（分類: {labels}）。"
                      "受信済みの部分は残しています。依頼の書き方を変えて再試行してください。")
        super().__init__(text.format(labels=labels), detail=detail or f"content_filter {where}",
                         partial=partial)


class RequestTimedOut(LlmError):
    kind = "timeout"

    def __init__(self, seconds: float, *, partial: str = "") -> None:
        super().__init__(
            N_("AI サービスから {seconds:g} 秒以内に応答がありませんでした。しばらくしてから「再試"
               "行」を"
               "押してください。繰り返す場合は設定のタイムアウトを長くするか、入力を短くしてください。"
               ).format(seconds=seconds),
            detail="timeout", partial=partial,
        )


class NetworkUnavailable(LlmError):
    kind = "network"

    def __init__(self, host: str, *, detail: str = "") -> None:
        super().__init__(
            N_("AI サービス（{host}）に接続できません。ネットワークにつながっているか、接続先の"
               "URL（Azure のエンドポイント、またはサーバーのベース URL）が正しいかを確認してください。"
               "オンプレミスのサーバーは起動しているかも確認してください。庁内ネットワーク（LGWAN "
               "など）ではプロキシの設定が必要な場合があります。").format(host=host),
            detail=detail or "connect error",
        )


class TlsOrProxyFailure(LlmError):
    kind = "tls"

    def __init__(self, host: str, *, proxy: bool = False, detail: str = "") -> None:
        if proxy:
            text = N_("プロキシサーバー経由で AI サービス（{host}）に接続できませんでした。設定画面"
                      "の"
                      "プロキシ・PAC の設定を確認し、分からない場合は情報システム担当に連絡してくだ"
                      "さい。")
        else:
            text = N_("AI サービス（{host}）との安全な通信（TLS）を確立できませんでした。組織のプロ"
                      "キシが"
                      "通信を検査している場合は、「OS の証明書ストアを使う」を有効にするか、情報シ"
                      "ステム"
                      "担当から CA 証明書ファイルを受け取って設定してください。")
        super().__init__(text.format(host=host), detail=detail or "tls")


class StreamInterrupted(LlmError):
    kind = "incomplete"

    def __init__(self, *, partial: str, detail: str = "") -> None:
        super().__init__(
            N_("AI の回答が途中で途切れました。受信済みの部分は残しています（未完了）。"
               "「再試行」を押すと同じ内容でもう一度依頼します。"),
            detail=detail or "stream cut", partial=partial,
        )


class OutputTruncated(LlmError):
    kind = "incomplete"

    def __init__(self, *, partial: str, limit: int | None = None, setting: str = "") -> None:
        self.limit = limit
        if limit:
            text = N_("回答が出力の上限（{limit} トークン）に達したため途中で終わりました（未完了）。"
                      "受信済みの部分は残しています。設定「{setting}」を大きくするか、求める回答を"
                      "短く（項目数や文字数を指定）してください。").format(
                limit=limit, setting=setting or N_("回答の上限トークン数"))
        else:
            text = N_("回答が長さの上限に達したため途中で終わりました（未完了）。依頼を分けるか、入力を"
                      "短くしてください。")
        super().__init__(text, detail="finish_reason length", partial=partial)


class ContextExceeded(LlmError):
    """The prompt (plus the output budget) does not fit the model's context window."""

    kind = "context_exceeded"
    retryable_by_user = False

    def __init__(self, *, window: int | None = None, detail: str = "") -> None:
        self.window = window
        if window:
            text = N_("入力が AI サーバーの一度に扱える長さ（コンテキスト長 {window} トークン）を"
                      "超えました。入力を短くするか、設定「回答の上限トークン数」を小さくしてくださ"
                      "い。長い文書はファイルとして渡すと分割して処理します。").format(window=window)
        else:
            text = N_("入力が AI サーバーの一度に扱える長さ（コンテキスト長）を超えました。入力を短く"
                      "するか、設定「サーバーのコンテキスト長」にサーバーの値を入れてください。長い文"
                      "書はファイルとして渡すと分割して処理します。")
        super().__init__(text, detail=detail or "context length exceeded")


class EndpointNotFound(LlmError):
    """An OpenAI-compatible server answered 404 where the chat API should be: a wrong base URL."""

    kind = "not_found"
    retryable_by_user = False

    def __init__(self, url: str, *, suggestion: str = "", detail: str = "") -> None:
        self.url = url
        if suggestion:
            text = N_("AI サーバーに API が見つかりません（HTTP 404）。呼び出した URL: {url}\n"
                      "設定の「ベース URL」が違う可能性があります。多くのサーバーでは末尾に /v1 が"
                      "必要です（例: {suggestion}）。").format(url=url, suggestion=suggestion)
        else:
            text = N_("AI サーバーに API が見つかりません（HTTP 404）。呼び出した URL: {url}\n"
                      "設定の「ベース URL」（例: http://サーバー名:8080/v1）が正しいか確認してくだ"
                      "さい。").format(url=url)
        super().__init__(text, detail=detail or "http 404")


class ModelNotFound(LlmError):
    """The server is there but does not serve the configured model name."""

    kind = "not_found"
    retryable_by_user = False

    def __init__(self, model: str, served: list[str], *, detail: str = "") -> None:
        self.model = model
        self.served = served
        if served:
            text = N_("AI サーバーはモデル「{model}」を提供していません。設定の「モデル名」を、"
                      "サーバーが提供している次のいずれかにしてください: {served}").format(
                model=model, served="、".join(served))
        else:
            text = N_("AI サーバーはモデル「{model}」を提供していません。設定の「モデル名」を確認"
                      "してください。").format(model=model)
        super().__init__(text, detail=detail or "model not found")


class Cancelled(LlmError):
    kind = "cancelled"

    def __init__(self, *, partial: str = "") -> None:
        super().__init__(N_("依頼を中止しました。"), detail="cancelled", partial=partial)


class BadRequest(LlmError):
    kind = "bad_request"
    retryable_by_user = False

    def __init__(self, *, status: int = 400, detail: str = "") -> None:
        super().__init__(
            N_("AI サービスが依頼を受け付けませんでした（HTTP {status}）。入力が長すぎるか、設定の "
               "API "
               "バージョン・モデル名が対応していない可能性があります。入力を短くするか、情報システム担当に"
               "連絡してください。").format(status=status),
            detail=detail or f"http {status}",
        )


class ServerError(LlmError):
    kind = "server"

    def __init__(self, *, status: int, attempts: int = 1, detail: str = "") -> None:
        super().__init__(
            N_("AI サービス側でエラーが発生しました（HTTP {status}、{attempts} 回試行）。しばらくし"
               "てから"
               "「再試行」を押してください。").format(status=status, attempts=attempts),
            detail=detail or f"http {status}",
        )


class UnexpectedLlmError(LlmError):
    kind = "unknown"

    def __init__(self, *, detail: str = "") -> None:
        super().__init__(
            N_("AI サービスとの通信で予期しないエラーが発生しました。「再試行」を押してください。"
               "繰り返す場合は情報システム担当に連絡してください。"),
            detail=detail or "unknown",
        )


class ProviderNotConfigured(ConfigurationError):
    """Settings do not name what to call (no endpoint, deployment, key...)."""

    kind = "bad_request"


class EntraIdUnavailable(ConfigurationError):
    kind = "auth"

    def __init__(self, *, detail: str = "") -> None:
        super().__init__(
            N_("Microsoft Entra ID でのサインインに必要な部品（azure-identity）がインストールされて"
               "いません。情報システム担当に連絡するか、認証方式を「API キー」にしてください。"),
            detail=detail or "azure-identity missing",
        )


def error_kind(error: BaseException | None) -> str:
    """The usage log's ``error_kind`` for ``error``."""
    if error is None:
        return ""
    return getattr(error, "kind", "unknown")
