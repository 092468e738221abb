"""What the pipeline refuses with, in the clerk's words (nothing was sent in each case)."""

from __future__ import annotations

from desktop.core.errors import ConfigurationError, UserFacingError
from desktop.core.masking.blocked import BlockedTermError


class InputTooLarge(UserFacingError):
    def __init__(self) -> None:
        super().__init__("入力が長すぎて、1回に送れる長さに収まるように分割できません。1回に送れる"
                         "長さは、設定の「1回に送る最大トークン数」と、サーバーのコンテキスト長から"
                         "「回答の上限トークン数」を引いた長さの小さい方です。設定値を見直すか、"
                         "入力を短くしてください。", detail="budget too small")


class MaskReleaseForbidden(UserFacingError):
    def __init__(self) -> None:
        super().__init__("組織のポリシーにより、マスキングの解除は許可されていません。"
                         "追加のマスクだけができます。", detail="release forbidden")


class BlockedTermRefused(BlockedTermError):
    """Nothing was sent: the text holds a term IT blocked (the clerk's input stays)."""

    kind = "blocked"
    retryable_by_user = False  # sending the same text again is refused again


class BlockedTermsUnavailable(ConfigurationError):
    """``blocked_terms_file`` cannot be read or holds a bad pattern: fail closed."""

    kind = "blocked_terms_unavailable"
    retryable_by_user = False

    def __init__(self, cause: UserFacingError) -> None:
        super().__init__("送信を禁止する語の一覧（blocked_terms / blocked_terms_file）を確認できないため、"
                         "送信を止めました。\n" + cause.user_message
                         + "\n情報政策課に連絡してください。", detail="blocked terms unavailable")


class MaskerUnavailable(ConfigurationError):
    """The personal-information detector (or IT's dictionary for it) could not be loaded:
    nothing may be sent, because nothing could be masked reliably."""

    kind = "masker_unavailable"
    retryable_by_user = False

    def __init__(self, message: str = "", *, detail: str = "masker unavailable") -> None:
        super().__init__(message or "個人情報の検出機能を読み込めなかったため、送信を止めました。"
                         "アプリを再起動してください。続く場合は情報政策課に連絡してください。",
                         detail=detail)
