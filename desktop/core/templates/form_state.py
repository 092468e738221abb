"""The last values a user entered, per template, so a form opens as they left it.

This is the user's own input kept on their own PC (``AppPaths.form_state_file``). File contents,
passwords and variables marked ``remember = false`` (typically a resident's enquiry or a whole
document) are never stored, and nothing here is ever logged.

Free text is kept only when ``is_personal`` (the masker's detector) says it holds no personal
information: the clerk did not ask to save a resident's name to a file. Without a detector (it
is still loading) free text is not kept at all.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from pathlib import Path

from desktop.core import atomic
from desktop.core.templates.model import Template

log = logging.getLogger(__name__)

MAX_REMEMBERED_CHARS = 20_000


class FormStateStore:
    def __init__(self, path: Path, is_personal: Callable[[str], bool] | None = None) -> None:
        self.path = path
        self.is_personal = is_personal
        self._state: dict[str, dict[str, str]] | None = None

    def _load(self) -> dict[str, dict[str, str]]:
        if self._state is None:
            self._state = {}
            try:
                raw = json.loads(self.path.read_text("utf-8"))
                if isinstance(raw, dict):
                    for tid, values in raw.get("templates", {}).items():
                        if isinstance(values, dict):
                            self._state[tid] = {str(k): str(v) for k, v in values.items()}
            except FileNotFoundError:
                pass
            except (OSError, ValueError, AttributeError) as exc:
                log.warning("form state unreadable, starting empty: %s", type(exc).__name__)
        return self._state

    def get(self, template_id: str) -> dict[str, str]:
        return dict(self._load().get(template_id, {}))

    def set(self, template_id: str, values: Mapping[str, str]) -> None:
        state = self._load()
        new = {k: v for k, v in values.items() if len(v) <= MAX_REMEMBERED_CHARS}
        if state.get(template_id) == new:
            return
        state[template_id] = new
        self.save()

    def remember(self, template: Template, values: Mapping[str, str]) -> None:
        """Keep what may be kept for ``template``: no file contents, no ``remember = false``."""
        kinds = {v.name: v.type for v in template.variables if v.remember and v.type != "file"}
        kept = {}
        for name, value in values.items():
            kind = kinds.get(name)
            if kind is None:
                continue
            if len(value) > MAX_REMEMBERED_CHARS:
                continue  # not kept anyway: don't run the detector over it on the UI thread
            if kind in ("text", "multiline") and value and not self._safe_text(value):
                continue
            kept[name] = value
        self.set(template.id, kept)

    def _safe_text(self, value: str) -> bool:
        if self.is_personal is None:
            return False
        try:
            return not self.is_personal(value)
        except Exception:  # a detector failure must not decide to keep personal data
            return False

    def save(self) -> None:
        data = {"schema_version": 1, "templates": self._load()}
        atomic.write_text(self.path, json.dumps(data, ensure_ascii=False, indent=1), private=True)
