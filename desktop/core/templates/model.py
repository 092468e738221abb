"""What a prompt template is, independent of where it was read from."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

VARIABLE_TYPES = ("text", "multiline", "choice", "number", "date", "file")
SOURCES = ("builtin", "organisation", "user")
# Documents a file variable (or a multiline variable with ``accept``) can read.
DOCUMENT_EXTENSIONS = (".txt", ".docx", ".xlsx", ".xlsm", ".pdf", ".csv", ".md")


@dataclass(frozen=True)
class Variable:
    name: str
    type: str
    label: str
    label_en: str = ""
    help: str = ""
    help_en: str = ""
    placeholder: str = ""
    default: str = ""
    required: bool = False
    choices: tuple[str, ...] = ()
    min: float | None = None
    max: float | None = None
    decimals: int = 0
    max_length: int | None = None
    # For "file" (and "multiline", which then can be filled from a dropped document).
    accept: tuple[str, ...] = ()
    # False for variables that usually hold someone else's personal data or whole documents:
    # their last value is not kept on disk.
    remember: bool = True
    # Filled by the template's task kind (the sheet's structure, retrieved passages...): the
    # generic form does not show it and the clerk never types it.
    automatic: bool = False

    def display_label(self, lang: str = "ja") -> str:
        return self.label_en if lang == "en" and self.label_en else self.label

    def display_help(self, lang: str = "ja") -> str:
        return self.help_en if lang == "en" and self.help_en else self.help

    @property
    def accepts_documents(self) -> bool:
        return self.type == "file" or bool(self.accept)


@dataclass(frozen=True)
class Template:
    id: str
    version: int
    title: str
    title_en: str
    description: str
    description_en: str
    category: str
    manual_minutes: float
    output: str
    system: str
    user: str
    variables: tuple[Variable, ...] = ()
    source: str = "builtin"
    path: Path | None = field(default=None, compare=False)
    category_en: str = ""
    tags: tuple[str, ...] = ()

    def display_title(self, lang: str = "ja") -> str:
        return self.title_en if lang == "en" and self.title_en else self.title

    def display_description(self, lang: str = "ja") -> str:
        return self.description_en if lang == "en" and self.description_en else self.description

    def display_category(self, lang: str = "ja") -> str:
        return self.category_en if lang == "en" and self.category_en else self.category

    def variable(self, name: str) -> Variable:
        for v in self.variables:
            if v.name == name:
                return v
        raise KeyError(name)

    def document_variable(self) -> Variable | None:
        """Where a document dropped on the whole form goes: the first file variable, else the
        first multiline variable that accepts documents (``summarize``'s ``text``)."""
        for v in self.variables:
            if v.type == "file":
                return v
        for v in self.variables:
            if v.type == "multiline" and v.accept:
                return v
        return None


@dataclass(frozen=True)
class TemplateLoadError:
    """One problem with one template file; ``message`` is Japanese and names the field."""

    path: Path
    message: str
    # "file": this file is broken; "folder": a whole source folder could not be read.
    kind: str = "file"

    def line(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass(frozen=True)
class RenderedPrompt:
    system: str
    user: str

    def as_text(self) -> str:
        """How the preview shows it (and the clipboard relay sends it)."""
        if not self.system:
            return self.user
        return f"{self.system}\n\n{self.user}"
