from __future__ import annotations

import pytest

from desktop.core.templates import parse_template_text
from desktop.core.usage.store import UsageStore
from tests.support.azure_fixtures import azure_server, fake_server_factory  # noqa: F401 - fixtures

# Personal data used across the llm tests: none of it may reach the fake server.
PEOPLE = ("山田太郎", "佐藤花子")
PHONE = "03-1234-5678"
EMAIL = "taro.yamada@example.jp"
PERSONAL = (*PEOPLE, PHONE, EMAIL)

# The template most llm tests run (a summary of a text field).
TEMPLATE = '''
schema = 1
id = "notice"
version = 3
title = "お知らせ"
title_en = "Notice"
category = "文書"
manual_minutes = 20
output = "text"
system = "あなたは行政のプロフェッショナルです。"
user = """
次の文書を要約してください。
{{text}}
"""

[[variables]]
name = "text"
type = "multiline"
label = "文書"
required = true
accept = [".txt"]
'''


def make_masker():
    try:
        from desktop.core.masking import PiiMasker
    except ImportError:
        from tests.llm.fake_masker import FakeMasker

        return FakeMasker(PEOPLE)
    return PiiMasker(dictionary=PEOPLE)


@pytest.fixture
def template():
    return parse_template_text(TEMPLATE)


@pytest.fixture
def usage(tmp_path):
    store = UsageStore.open(tmp_path / "usage.sqlite3")
    yield store
    store.close()


@pytest.fixture(scope="session")
def masker():
    m = make_masker()
    if hasattr(m, "warm_up"):
        m.warm_up()
    return m


@pytest.fixture(autouse=True)
def _no_proxy_env(monkeypatch):
    # The fake server is on 127.0.0.1; a developer's proxy variables must not redirect it.
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy",
                "all_proxy"):
        monkeypatch.delenv(var, raising=False)
