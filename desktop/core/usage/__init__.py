"""Usage log and hours saved: local store, export to a share, and the manager's report.

See docs/usage-format.md for the export format and the hours-saved method. Names are loaded
on first use: the report's worker processes import ``desktop.core.usage.scan`` and must not
pay for openpyxl or sqlite on start-up.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_EXPORTS = {
    "EXPORT_FIELDS": "model",
    "EXPORT_SCHEMA": "model",
    "FINAL_OUTCOMES": "model",
    "OUTCOMES": "model",
    "UsageEvent": "model",
    "saved_minutes": "model",
    "ActiveTimer": "timer",
    "UsageStore": "store",
    "UsageStoreError": "store",
    "UsageSummary": "store",
    "UsageExporter": "export",
    "machine_id": "export",
    "pseudonymous_user_id": "export",
    "ReportData": "report",
    "ReportInputError": "report",
    "expand_inputs": "report",
    "load_exports": "report",
    "write_report_xlsx": "xlsx",
}

__all__ = [  # noqa: RUF022 - grouped as in _EXPORTS
    "EXPORT_FIELDS", "EXPORT_SCHEMA", "FINAL_OUTCOMES", "OUTCOMES", "UsageEvent", "saved_minutes",
    "ActiveTimer", "UsageStore", "UsageStoreError", "UsageSummary", "UsageExporter", "machine_id",
    "pseudonymous_user_id", "ReportData", "ReportInputError", "expand_inputs", "load_exports",
    "write_report_xlsx",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


if TYPE_CHECKING:
    from desktop.core.usage.export import UsageExporter, machine_id, pseudonymous_user_id
    from desktop.core.usage.model import (
        EXPORT_FIELDS,
        EXPORT_SCHEMA,
        FINAL_OUTCOMES,
        OUTCOMES,
        UsageEvent,
        saved_minutes,
    )
    from desktop.core.usage.report import (
        ReportData,
        ReportInputError,
        expand_inputs,
        load_exports,
    )
    from desktop.core.usage.store import UsageStore, UsageStoreError, UsageSummary
    from desktop.core.usage.timer import ActiveTimer
    from desktop.core.usage.xlsx import write_report_xlsx
