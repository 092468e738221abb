"""What can go wrong with a document a user gives us, each with a message saying what to do."""

from __future__ import annotations

from desktop.core.errors import UserFacingError


class DocumentError(UserFacingError):
    exit_code = 4


class PasswordRequired(DocumentError):
    def __init__(self, name: str) -> None:
        super().__init__(f"「{name}」はパスワードで保護されています。パスワードを入力してください。",
                         detail="password required")


class WrongPassword(DocumentError):
    def __init__(self, name: str) -> None:
        super().__init__(f"「{name}」のパスワードが違います。もう一度入力してください。",
                         detail="wrong password")


class CorruptDocument(DocumentError):
    def __init__(self, name: str, kind: str, reason: str = "") -> None:
        super().__init__(
            f"「{name}」を{kind}ファイルとして読み込めませんでした。ファイルが壊れているか、"
            f"拡張子と中身が合っていません。元のアプリで開けるか確認し、保存し直してから読み込んでください。",
            detail=f"corrupt {kind}: {reason}",
        )


class EmptyDocument(DocumentError):
    def __init__(self, name: str, hint: str = "", document: object | None = None) -> None:
        super().__init__(f"「{name}」には読み取れる文字がありません。{hint}".rstrip(),
                         detail="empty document")
        # For a workbook: the (empty) DocumentText, so the user can pick another sheet.
        self.document = document


class DocumentTooLarge(DocumentError):
    def __init__(self, name: str, size_mb: float, limit_mb: float, what: str = "ファイルサイズ") -> None:
        super().__init__(
            f"「{name}」は大きすぎます（{what} {size_mb:.1f} MB、上限 {limit_mb:.1f} MB）。"
            "必要な部分だけを別のファイルにするか、本文を貼り付けてください。",
            detail="document too large",
        )


class DocumentTooLong(DocumentTooLarge):
    """More text than the field it is going into can take (stopped early, not read to the end)."""

    def __init__(self, name: str, limit_chars: int) -> None:
        DocumentError.__init__(
            self,
            f"「{name}」は文字数が多すぎます（この欄の上限 {limit_chars:,} 文字を超えています）。"
            "必要な部分（章・シート・範囲）だけを別のファイルにするか、本文を貼り付けてください。",
            detail="document too long",
        )


class DocumentTextTooLarge(DocumentTooLarge):
    """More characters than any prompt can use (a workbook of hundreds of thousands of cells)."""

    def __init__(self, name: str, chars: int, limit_chars: int) -> None:
        DocumentError.__init__(
            self,
            f"「{name}」は文字数が多すぎます（約 {chars / 10_000:,.0f} 万字、上限 {limit_chars / 10_000:,.0f} 万字）。"
            "必要な部分（章・シート・範囲）だけを別のファイルにしてから読み込んでください。",
            detail="document text too large",
        )


class ArchiveTooLarge(DocumentTooLarge):
    """A .docx/.xlsx whose compressed parts would expand far beyond a real document
    (a decompression bomb), refused from the archive's declared sizes before parsing."""

    def __init__(self, name: str, amount: int, what: str = "bytes") -> None:
        detail = (f"部品の数 {amount:,} 個" if what == "members"
                  else f"展開後 {amount / 1_048_576:,.0f} MB")
        DocumentError.__init__(
            self,
            f"「{name}」は開くと極端に大きくなるファイルのため、安全のため読み込みませんでした（{detail}）。"
            "正しい文書であれば、元のアプリで開いて内容を分けるか、PDF やテキストで保存し直してください。",
            detail=f"archive too large: {what}={amount}",
        )


class UnsupportedDocument(DocumentError):
    def __init__(self, name: str, hint: str = "") -> None:
        super().__init__(
            f"「{name}」の形式には対応していません。{hint or '.txt / .docx / .xlsx / .pdf のいずれかにしてください。'}",
            detail="unsupported document",
        )
