"""Prompt templates: the format, loading from several folders, rendering, last form values.

See ``prompt_templates/README.md`` for the file format.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.core.templates.form_state import FormStateStore
from desktop.core.templates.loader import (
    TemplateFormatError,
    load_template_file,
    parse_template_text,
    template_to_toml,
)
from desktop.core.templates.model import (
    DOCUMENT_EXTENSIONS,
    OUTPUT_KINDS,
    VARIABLE_TYPES,
    RenderedPrompt,
    Template,
    TemplateLoadError,
    Variable,
)
from desktop.core.templates.render import (
    JIKOU_BY_MONTH,
    MissingValueError,
    TemplateValueError,
    ValueProblem,
    check_value,
    effective_value,
    render,
    to_wareki,
    validate_values,
)
from desktop.core.templates.repository import (
    TemplateExistsError,
    TemplateNotEditableError,
    TemplateRepository,
)

if TYPE_CHECKING:
    from desktop.core.selftest import CheckResult
    from desktop.core.services import Services

__all__ = [
    "DOCUMENT_EXTENSIONS", "JIKOU_BY_MONTH", "OUTPUT_KINDS", "VARIABLE_TYPES", "FormStateStore",
    "MissingValueError", "RenderedPrompt", "Template", "TemplateExistsError",
    "TemplateFormatError", "TemplateLoadError", "TemplateNotEditableError", "TemplateRepository",
    "TemplateValueError", "ValueProblem", "Variable", "check_templates", "check_value",
    "effective_value", "load_template_file", "parse_template_text", "render",
    "template_to_toml", "to_wareki", "validate_values",
]


def check_templates(services: Services) -> CheckResult:
    """Self-test: every configured template folder loads; broken files are listed."""
    from desktop.core.selftest import CheckResult

    repo = TemplateRepository.for_settings(services.paths, services.settings.settings)
    errors = repo.reload()
    counts = {s: 0 for s in ("builtin", "organisation", "user")}
    for t in repo.all():
        counts[t.source] = counts.get(t.source, 0) + 1
    summary = (f"{len(repo.all())} 件（内蔵 {counts['builtin']}・組織 {counts['organisation']}・"
               f"個人 {counts['user']}）")
    file_errors = [e for e in errors if e.kind == "file"]
    if file_errors:
        paths = sorted({str(e.path) for e in file_errors})
        shown = "; ".join(e.line() for e in file_errors[:5])
        more = f" ほか {len(file_errors) - 5} 件" if len(file_errors) > 5 else ""
        return CheckResult("templates", "FAIL",
                           f"誤りのあるテンプレートが {len(paths)} ファイルあります: {shown}{more}"
                           "（`office-assistant templates validate` で一覧）")
    if errors:
        return CheckResult("templates", "WARN", f"{summary}。" + "; ".join(e.line() for e in errors))
    return CheckResult("templates", "OK", f"{summary}を読み込みました")
