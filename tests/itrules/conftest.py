"""The llm tests' fixtures (the masker, the summary template, a usage store) for these tests."""

from tests.llm.conftest import masker, template, usage  # noqa: F401 - fixtures
