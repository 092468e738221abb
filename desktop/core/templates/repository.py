"""All templates the user can pick, merged from built-in, organisation and user folders.

Sources are given lowest precedence first; a later source replaces an earlier template with the
same ``id`` (user > organisation > built-in). A broken file becomes a ``TemplateLoadError`` and
never stops the other files from loading.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from desktop.core import atomic
from desktop.core.errors import UserFacingError
from desktop.core.paths import AppPaths, builtin_templates_dir
from desktop.core.templates.loader import (
    ID_PATTERN,
    TemplateFormatError,
    load_template_file,
    parse_template_text,
    read_template_text,
    template_to_toml,
)
from desktop.core.templates.model import Template, TemplateLoadError

log = logging.getLogger(__name__)

# Built-in categories first, in the order a clerk meets them; others follow alphabetically.
CATEGORY_ORDER = ("文書作成", "要約・整理", "住民対応", "会議", "翻訳・やさしい日本語",
                  "企画・アイデア", "Excel・マクロ")


class TemplateExistsError(UserFacingError):
    exit_code = 2


class TemplateNotEditableError(UserFacingError):
    exit_code = 2


def template_files(folder: Path) -> list[Path]:
    """``*.toml`` under ``folder`` (sub-folders too, for departments), skipping hidden and
    Office lock files, in a stable order."""
    out = []
    for p in folder.rglob("*.toml"):
        rel = p.relative_to(folder).parts
        if any(part.startswith((".", "~$")) for part in rel):
            continue
        if p.is_file():
            out.append(p)
    return sorted(out)


class TemplateRepository:
    def __init__(self, sources: list[tuple[str, Path | None]]) -> None:
        self.sources = list(sources)
        self._templates: dict[str, Template] = {}
        # id -> templates with that id from lower-precedence sources (shown as "上書き中").
        self.overridden: dict[str, list[Template]] = {}
        self.errors: list[TemplateLoadError] = []
        self._loaded = False

    @classmethod
    def for_settings(cls, paths: AppPaths, settings: Any) -> TemplateRepository:
        settings = getattr(settings, "settings", settings)  # a SettingsStore works too
        org = settings.org_template_folder.strip()
        return cls([
            ("builtin", builtin_templates_dir()),
            ("organisation", Path(org).expanduser() if org else None),
            ("user", paths.user_templates_dir),
        ])

    # Loading ------------------------------------------------------------------------------
    def reload(self) -> list[TemplateLoadError]:
        templates: dict[str, Template] = {}
        overridden: dict[str, list[Template]] = {}
        errors: list[TemplateLoadError] = []
        for source, folder in self.sources:
            if folder is None:
                continue
            if not folder.is_dir():
                if source == "user":
                    continue  # created on first save
                message = ("組織のテンプレートフォルダに接続できません。ネットワークに接続しているか、"
                           "設定のフォルダ名が正しいか確認してください"
                           if source == "organisation" else "テンプレートフォルダが見つかりません")
                errors.append(TemplateLoadError(folder, message, kind="folder"))
                log.warning("template folder missing: source=%s", source)
                continue
            seen_here: dict[str, Path] = {}
            try:
                files = template_files(folder)
            except OSError as exc:
                errors.append(TemplateLoadError(
                    folder, f"フォルダを読めません（{exc.strerror or type(exc).__name__}）", "folder"))
                continue
            for path in files:
                try:
                    t = load_template_file(path, source)
                except TemplateFormatError as exc:
                    errors.extend(TemplateLoadError(path, m) for m in exc.problems)
                    continue
                if t.id in seen_here:
                    errors.append(TemplateLoadError(
                        path, f"id「{t.id}」は {seen_here[t.id].name} と重複しています（後のファイルは無視しました）"))
                    continue
                seen_here[t.id] = path
                if t.id in templates:
                    overridden.setdefault(t.id, []).append(templates[t.id])
                templates[t.id] = t
        self._templates = templates
        self.overridden = overridden
        self.errors = errors
        self._loaded = True
        log.info("templates loaded: %d, errors: %d", len(templates), len(errors))
        return errors

    def _ensure_loaded(self) -> None:
        if not self._loaded:
            self.reload()

    def all(self) -> list[Template]:
        self._ensure_loaded()
        return sorted(self._templates.values(), key=lambda t: (*self._category_key(t.category),
                                                                 t.title, t.id))

    @staticmethod
    def _category_key(category: str) -> tuple[int, str]:
        try:
            return (CATEGORY_ORDER.index(category), "")
        except ValueError:
            return (len(CATEGORY_ORDER), category)

    def get(self, template_id: str) -> Template:
        self._ensure_loaded()
        return self._templates[template_id]

    def __contains__(self, template_id: str) -> bool:
        self._ensure_loaded()
        return template_id in self._templates

    def categories(self) -> list[str]:
        seen: list[str] = []
        for t in self.all():
            if t.category not in seen:
                seen.append(t.category)
        return seen

    # The user's own folder ------------------------------------------------------------------
    @property
    def user_dir(self) -> Path:
        for source, folder in self.sources:
            if source == "user" and folder is not None:
                return folder
        raise TemplateNotEditableError("個人用テンプレートの保存先が設定されていません。")

    def _user_path_for(self, template_id: str) -> Path:
        current = self._templates.get(template_id)
        if current is not None and current.source == "user" and current.path is not None:
            return current.path
        return self.user_dir / f"{template_id}.toml"

    def is_user_template(self, template_id: str) -> bool:
        self._ensure_loaded()
        t = self._templates.get(template_id)
        return t is not None and t.source == "user"

    def save_user_text(self, text: str, *, replace_id: str | None = None,
                       overwrite: bool = True) -> Template:
        """Validate TOML ``text`` and store it in the user folder (comments kept).

        ``replace_id``: the user template being edited; if the id was changed, its old file goes.
        """
        self._ensure_loaded()
        t = parse_template_text(text, source="user")  # raises TemplateFormatError
        if t.id != replace_id and self.is_user_template(t.id) and not overwrite:
            raise TemplateExistsError(
                f"個人用テンプレートに id「{t.id}」が既にあります。別の id にしてください。")
        path = self._user_path_for(t.id)
        atomic.write_text(path, text, private=True)
        if replace_id and replace_id != t.id and self.is_user_template(replace_id):
            old = self._templates[replace_id].path
            if old is not None and old != path:
                old.unlink(missing_ok=True)
        self.reload()
        return self._templates[t.id]

    def duplicate(self, template_id: str, new_id: str | None = None) -> Template:
        """Copy any template into the user folder under ``new_id`` (``<id>-copy`` if not given)."""
        original = self.get(template_id)
        new_id = new_id or self._free_id(f"{template_id}-copy")
        if not ID_PATTERN.match(new_id):
            raise TemplateFormatError(
                ["id は半角英小文字・数字・-・_ で 64 文字以内にしてください（例: my-summary）"])
        if new_id in self._templates:
            raise TemplateExistsError(f"id「{new_id}」のテンプレートは既にあります。別の id にしてください。")
        copy = replace(original, id=new_id, version=1, title=f"{original.title}（コピー）",
                       title_en=f"{original.title_en} (copy)" if original.title_en else "",
                       source="user", path=None)
        text = template_to_toml(copy)
        if original.path is not None:
            # Keep the author's comments and layout: change only the id, title and version lines.
            try:
                source_text = read_template_text(original.path)
                edited = _set_top_string(source_text, "id", new_id)
                edited = _set_top_string(edited, "title", copy.title)
                edited = _set_top_string(edited, "title_en", copy.title_en)
                edited = re.sub(r"(?m)^version\s*=\s*\d+", "version = 1", edited, count=1)
                if parse_template_text(edited).id == new_id:
                    text = edited
            except (TemplateFormatError, ValueError):
                pass
        return self.save_user_text(text, overwrite=False)

    def _free_id(self, base: str) -> str:
        candidate, n = base, 2
        while candidate in self._templates:
            candidate, n = f"{base}{n}", n + 1
        return candidate

    def import_file(self, path: Path, *, overwrite: bool = False) -> Template:
        text = read_template_text(path)
        t = parse_template_text(text, source="user", path=path)
        if self.is_user_template(t.id) and not overwrite:
            raise TemplateExistsError(
                f"個人用テンプレートに id「{t.id}」が既にあります。上書きするか、ファイルの id を変えてください。")
        return self.save_user_text(text, overwrite=True)

    def export(self, template_id: str, path: Path) -> Path:
        t = self.get(template_id)
        if path.is_dir():
            path = path / f"{t.id}.toml"  # a folder was named: write the usual file name there
        text = None
        if t.path is not None:
            try:
                text = read_template_text(t.path)
            except TemplateFormatError:
                text = None
        atomic.write_text(path, text if text is not None else template_to_toml(t))
        return path

    def source_text(self, template_id: str) -> str:
        """The TOML a template was read from (for the editor), or a fresh serialisation."""
        t = self.get(template_id)
        if t.path is not None:
            try:
                return read_template_text(t.path)
            except TemplateFormatError:
                pass
        return template_to_toml(t)

    def delete_user(self, template_id: str) -> None:
        if not self.is_user_template(template_id):
            raise TemplateNotEditableError(
                f"「{template_id}」は個人用テンプレートではないため削除できません。")
        path = self._templates[template_id].path
        if path is not None:
            path.unlink(missing_ok=True)
        self.reload()


def _set_top_string(text: str, key: str, value: str) -> str:
    import json

    line = f"{key} = {json.dumps(value, ensure_ascii=False)}"
    pattern = re.compile(rf"(?m)^{re.escape(key)}\s*=\s*\"(?:[^\"\\\n]|\\.)*\"[ \t]*$")
    if pattern.search(text):
        return pattern.sub(lambda _m: line, text, count=1)
    return text
