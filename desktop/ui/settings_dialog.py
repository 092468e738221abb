"""Settings dialog, generated from the typed ``Settings`` declaration.

A key locked by the machine policy is shown disabled with a lock mark and the reason; the
store refuses to change it anyway. The API key goes to the OS keychain, never to a file.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, get_type_hints

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.secrets import SecretStore
from desktop.core.settings import Settings, choices_for, label_for
from desktop.core.settings_store import SettingsStore

# The real signature of ``desktop.core.llm.connection.test_connection``: the key is a callable
# (the keychain is read only when the request needs it).
TestConnection = Callable[[Settings, Callable[[], str]], tuple[bool, str]]

# Text, not an emoji: Linux desktops often lack an emoji font.
LOCK_MARK = QT_TRANSLATE_NOOP("SettingsDialog", "［固定］")

# Keys shown in the dialog, by tab. IT-only keys (salt, department list, allowed providers)
# are set through the policy file and not offered to staff.
PAGES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("接続", ("provider", "endpoint", "deployment", "api_version", "azure_api", "auth_mode",
              "base_url", "model")),
    ("利用者", ("department", "language")),
    ("ネットワーク", ("proxy", "pac_url", "ca_bundle", "use_system_trust_store",
                    "request_timeout_seconds", "max_retries")),
    ("マスキング", ("masking_release_allowed", "masking_dictionary_file",
                  "masking_allowlist_file", "blocked_terms", "blocked_terms_file")),
    ("詳細", ("context_budget_tokens", "price_input_jpy_per_1k", "price_output_jpy_per_1k",
             "excel_version", "org_template_folder", "usage_export_folder", "max_document_mb",
             "context_window_tokens", "max_output_tokens_text", "max_output_tokens_letter",
             "max_output_tokens_excel_formula", "max_output_tokens_part",
             "output_budget_parameter", "system_as_user")),
)

_HINTS = get_type_hints(Settings)

PATH_KEYS = {
    "org_template_folder": "folder", "usage_export_folder": "folder",
    "masking_dictionary_file": "file", "masking_allowlist_file": "file", "ca_bundle": "file",
    "blocked_terms_file": "file",
}


class SettingsDialog(QDialog):
    def __init__(self, store: SettingsStore, secrets: SecretStore, *, runner: Any = None,
                 test_connection: TestConnection | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("設定"))
        self.setMinimumWidth(560)
        self._store = store
        self._secrets = secrets
        self._runner = runner
        self._test_connection = test_connection
        self.editors: dict[str, QWidget] = {}
        self.browse_buttons: dict[str, QPushButton] = {}
        current = store.settings

        self.tabs = QTabWidget(self)
        for title, keys in PAGES:
            page = QWidget()
            form = QFormLayout(page)
            for key in keys:
                editor = self._make_editor(key, getattr(current, key), current)
                self.editors[key] = editor
                label = QLabel(QCoreApplication.translate("core", label_for(key)))
                if store.is_locked(key):
                    editor.setEnabled(False)
                    reason = self.tr("組織のポリシーで固定されています（変更できません）")
                    editor.setToolTip(reason)
                    label.setText(f"{label.text()} {self.tr(LOCK_MARK)}")
                    label.setToolTip(reason)
                    editor.setProperty("locked", True)
                form.addRow(label, self._with_browse(key, editor))
            if title == "接続":
                self._add_key_rows(form)
            self.tabs.addTab(page, self._page_title(title))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if store.policy.locked:
            note = QLabel(self.tr("{mark} の付いた項目は組織のポリシーで固定されています。").replace(
                "{mark}", self.tr(LOCK_MARK)))
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self._on_provider_changed()
        provider = self.editors["provider"]
        assert isinstance(provider, QComboBox)
        provider.currentIndexChanged.connect(self._on_provider_changed)

    def _page_title(self, title: str) -> str:
        return {"接続": self.tr("接続"), "利用者": self.tr("利用者"), "ネットワーク": self.tr("ネットワーク"),
                "マスキング": self.tr("マスキング"), "詳細": self.tr("詳細")}.get(title, title)

    def _choice_label(self, key: str, value: str) -> str:
        labels = {
            ("provider", "clipboard"): self.tr("クリップボード経由（Web チャットに貼り付け）"),
            ("provider", "azure"): self.tr("Azure OpenAI"),
            ("provider", "openai_compatible"): self.tr("OpenAI 互換サーバー（庁内設置のモデルなど）"),
            ("azure_api", "deployments"): self.tr("デプロイ API（api-version 指定）"),
            ("azure_api", "v1"): self.tr("v1 API"),
            ("auth_mode", "api_key"): self.tr("API キー"),
            ("auth_mode", "entra_id"): self.tr("Microsoft Entra ID"),
            ("language", "ja"): "日本語",
            ("language", "en"): "English",
            ("excel_version", "365"): self.tr("Microsoft 365"),
            ("output_budget_parameter", "auto"): self.tr("自動（接続先に合わせる）"),
        }
        if key == "excel_version" and value != "365":
            return f"Excel {value}"
        return labels.get((key, value), value)

    def _with_browse(self, key: str, editor: QWidget) -> QWidget:
        """Folder and file settings get a 参照… button (disabled with the field when locked)."""
        kind = PATH_KEYS.get(key)
        if kind is None or not isinstance(editor, QLineEdit):
            return editor
        row = QWidget()
        h = QHBoxLayout(row)
        h.setContentsMargins(0, 0, 0, 0)
        h.addWidget(editor, 1)
        button = QPushButton(self.tr("参照…"), row)
        button.setEnabled(editor.isEnabled())
        h.addWidget(button)

        def browse() -> None:
            from PySide6.QtWidgets import QFileDialog

            if kind == "folder":
                chosen = QFileDialog.getExistingDirectory(self, label_for(key), editor.text())
            else:
                chosen, _ = QFileDialog.getOpenFileName(self, label_for(key), editor.text())
            if chosen:
                editor.setText(chosen)

        button.clicked.connect(browse)
        self.browse_buttons[key] = button
        return row

    # Editors -----------------------------------------------------------------------------
    def _make_editor(self, key: str, value: Any, current: Settings) -> QWidget:
        hint = _HINTS[key]
        choices = choices_for(key)
        if key == "provider":
            choices = tuple(p for p in choices or () if p in current.allowed_providers or p == value)
        if key == "department" and current.departments:
            choices = tuple(dict.fromkeys([*current.departments, value] if value else current.departments))
        if choices:
            combo = QComboBox()
            for c in choices:
                combo.addItem(self._choice_label(key, c), c)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            return combo
        if hint is bool:
            box = QCheckBox()
            box.setChecked(bool(value))
            return box
        if hint is int:
            spin = QSpinBox()
            spin.setRange(0, 10_000_000)
            spin.setValue(int(value))
            return spin
        if hint is float:
            dspin = QDoubleSpinBox()
            dspin.setRange(0, 1_000_000)
            dspin.setDecimals(4 if key.startswith("price_") else 1)  # yen per 1k tokens are small
            dspin.setValue(float(value))
            return dspin
        line = QLineEdit(", ".join(value) if isinstance(value, list) else str(value))
        if key == "endpoint":
            line.setPlaceholderText(self.tr("https://<リソース名>.openai.azure.com"))
        return line

    def _add_key_rows(self, form: QFormLayout) -> None:
        self.api_key_edit = QLineEdit()
        self.api_key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        has_key = bool(self._secrets.get())
        self.api_key_edit.setPlaceholderText(
            self.tr("保存済み（変更する場合のみ入力）") if has_key else self.tr("API キーを入力")
        )
        form.addRow(QLabel(self.tr("API キー")), self.api_key_edit)
        if not self._secrets.persistent:
            warn = QLabel(self.tr("OS の資格情報ストアが使えません。API キーはこのセッションの間だけ"
                                  "メモリに保持され、ファイルには保存されません。"))
            warn.setWordWrap(True)
            warn.setObjectName("keychainWarning")
            form.addRow(warn)
        row = QWidget()
        h = QHBoxLayout(row)
        h.setContentsMargins(0, 0, 0, 0)
        self.test_button = QPushButton(self.tr("接続テスト"))
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        h.addWidget(self.test_button)
        h.addWidget(self.test_result, 1)
        form.addRow(row)
        self.test_button.setEnabled(self._test_connection is not None)
        self.test_button.clicked.connect(self._run_test)

    def _on_provider_changed(self) -> None:
        provider = self.value("provider")
        azure = provider == "azure"
        compatible = provider == "openai_compatible"
        for key in ("endpoint", "deployment", "api_version", "azure_api", "auth_mode"):
            self._set_row_visible(key, azure)
        for key in ("base_url", "model"):
            self._set_row_visible(key, compatible)
        self.api_key_edit.setEnabled(provider != "clipboard")
        self.test_button.setEnabled(self._test_connection is not None and provider != "clipboard")

    def _set_row_visible(self, key: str, visible: bool) -> None:
        editor = self.editors[key]
        form = editor.parentWidget().layout()
        if isinstance(form, QFormLayout):
            form.setRowVisible(editor, visible)

    # Values ------------------------------------------------------------------------------
    def value(self, key: str) -> Any:
        editor = self.editors[key]
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QSpinBox | QDoubleSpinBox):
            return editor.value()
        assert isinstance(editor, QLineEdit)
        text = editor.text().strip()
        if isinstance(getattr(Settings(), key), list):
            return [p.strip() for p in text.split(",") if p.strip()]
        return text

    def changed_values(self) -> dict[str, Any]:
        current = self._store.settings
        return {
            key: self.value(key)
            for key in self.editors
            if not self._store.is_locked(key) and self.value(key) != getattr(current, key)
        }

    def pending_settings(self) -> Settings:
        return dataclasses.replace(self._store.settings, **self.changed_values())

    def accept(self) -> None:
        try:
            self._store.update(self.changed_values())
            self._store.save()
        except (ValueError, OSError) as exc:
            QMessageBox.warning(self, self.tr("設定"), self.tr("設定を保存できませんでした。") + f"\n{exc}")
            return
        except Exception as exc:  # LockedSettingError and other user-facing errors
            message = getattr(exc, "user_message", str(exc))
            QMessageBox.warning(self, self.tr("設定"), message)
            return
        key = self.api_key_edit.text().strip()
        if key:
            persisted = self._secrets.set(key)
            if not persisted:
                QMessageBox.information(
                    self, self.tr("API キー"),
                    self.tr("OS の資格情報ストアが使えないため、API キーはアプリを閉じるまでの間だけ保持します。"),
                )
        super().accept()

    # Test connection ---------------------------------------------------------------------
    def _run_test(self) -> None:
        if self._test_connection is None or self._runner is None:
            return
        settings = self.pending_settings()
        key = self.api_key_edit.text().strip() or self._secrets.get() or self._store.api_key_from_environment
        self.test_button.setEnabled(False)
        self.test_result.setText(self.tr("接続を確認しています…"))
        test = self._test_connection

        def work(_ctx: Any) -> tuple[bool, str]:
            return test(settings, lambda: key)

        self._runner.run(work, self._on_tested)

    def _on_tested(self, result: tuple[bool, str] | None, error: BaseException | None) -> None:
        self.test_button.setEnabled(True)
        if error is not None:
            ok, message = False, getattr(error, "user_message", type(error).__name__)
        else:
            assert result is not None
            ok, message = result
        prefix = "✅ " if ok else "⚠️ "
        self.test_result.setText(prefix + message)
        self.test_result.setProperty("ok", ok)
