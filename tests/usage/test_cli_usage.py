from __future__ import annotations

import json

from desktop.cli import main
from desktop.core.services import build_services
from desktop.core.usage import UsageStore
from desktop.core.usage.model import local_now
from tests.usage.helpers import event


def _seed(n: int = 3) -> list[str]:
    services = build_services()
    store = UsageStore.open(services.paths.usage_db)
    ids = []
    for i in range(n):
        ev = event(started_at=local_now(), ended_at=local_now(), active_seconds=60,
                   manual_minutes=10 + i)
        store.record(ev)
        ids.append(ev.event_id)
    store.close()
    return ids


def test_usage_summary_and_list_json(capsys):
    ids = _seed()
    assert main(["usage", "show", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["this_week"]["tasks"] == 3
    assert summary["this_month"]["hours_saved"] == round((9 + 10 + 11) / 60, 2)
    assert main(["usage", "list", "--json", "--limit", "2"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 2 and {r["event_id"] for r in rows} <= set(ids)
    assert set(rows[0]) >= {"template_id", "outcome", "saved_minutes", "masked"}
    assert main(["usage"]) == 0
    assert "今週: 3 件" in capsys.readouterr().out


def test_usage_export_now_and_without_folder(tmp_path, capsys):
    _seed(2)
    assert main(["usage", "export"]) == 2  # no export folder configured
    assert "書き出し先" in capsys.readouterr().err
    share = tmp_path / "share"
    assert main(["usage", "export", "--folder", str(share)]) == 0
    files = list(share.glob("*.jsonl"))
    assert len(files) == 1 and len(files[0].read_bytes().splitlines()) == 2
    assert main(["usage", "export", "--folder", str(share)]) == 0
    assert len(files[0].read_bytes().splitlines()) == 2  # nothing twice
