from tests.llm.conftest import masker, template, usage  # noqa: F401 - shared fixtures
from tests.support.azure_fixtures import azure_server  # noqa: F401 - fixtures
