"""Prompt templates: the format, loading from several folders, rendering, last form values.

See ``prompt_templates/README.md`` for the file format.
"""

from __future__ import annotations

from desktop.core.templates.form_state import FormStateStore
from desktop.core.templates.loader import (
    TemplateFormatError,
    load_template_file,
    parse_template_text,
    template_to_toml,
)
from desktop.core.templates.model import (
    DOCUMENT_EXTENSIONS,
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

__all__ = [
    "DOCUMENT_EXTENSIONS", "JIKOU_BY_MONTH", "VARIABLE_TYPES", "FormStateStore",
    "MissingValueError", "RenderedPrompt", "Template", "TemplateExistsError",
    "TemplateFormatError", "TemplateLoadError", "TemplateNotEditableError", "TemplateRepository",
    "TemplateValueError", "ValueProblem", "Variable", "check_value",
    "effective_value", "load_template_file", "parse_template_text", "render",
    "template_to_toml", "to_wareki", "validate_values",
]
