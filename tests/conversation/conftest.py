from __future__ import annotations

import pytest

from desktop.core.templates import parse_template_text
from desktop.core.usage.store import UsageStore
from tests.support.azure_fixtures import azure_server  # noqa: F401 - fixture

# Personal data of the thread: none of it may reach the server in any turn.
FIRST_NAME = "山田太郎"
FIRST_PHONE = "03-1234-5678"
LATER_NAME = "佐藤花子"  # typed only in a follow-up
LATER_PHONE = "090-2222-3333"  # typed only in the third turn
PERSONAL = (FIRST_NAME, FIRST_PHONE, LATER_NAME, LATER_PHONE)

DOC = (f"{FIRST_NAME}さん（電話 {FIRST_PHONE}）から、自宅前の道路の穴について苦情がありました。"
       "10月3日に補修を終えています。")

TEMPLATE = '''
schema = 1
id = "reply"
version = 2
title = "回答案"
title_en = "Reply"
category = "文書"
manual_minutes = 30
output = "text"
system = "あなたは行政のプロフェッショナルです。"
user = """
次の苦情への回答案を作ってください。
{{text}}
"""

[[variables]]
name = "text"
type = "multiline"
label = "苦情"
required = true
'''


@pytest.fixture
def template():
    return parse_template_text(TEMPLATE)


@pytest.fixture(scope="session")
def masker():
    from desktop.core.masking import PiiMasker

    m = PiiMasker()
    m.warm_up()
    return m


@pytest.fixture
def usage(tmp_path):
    store = UsageStore.open(tmp_path / "usage.sqlite3")
    yield store
    store.close()


@pytest.fixture(autouse=True)
def _no_proxy_env(monkeypatch):
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy",
                "all_proxy"):
        monkeypatch.delenv(var, raising=False)
