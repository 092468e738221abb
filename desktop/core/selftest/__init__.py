"""Checks IT runs after every install (``office-assistant self-test``).

Each check proves a part of the product really works on this PC: it imports what that part
imports and uses it on a small sample, with no network and no dialog. ``WARN`` does not fail the
run (for example no OS keychain on a headless Linux box, where the key is kept for the session
only), ``FAIL`` does. A library that does not load is a ``FAIL`` even where the app has a way
around it: a fallback that nobody sees (masking without the fast dictionary matcher) is a
broken install that looks healthy.

The checks live in ``local`` (the PC alone) and ``io`` (protocols, documents, the usage log);
``CORE_CHECKS`` is the order ``office-assistant self-test`` runs them in.
"""

from __future__ import annotations

from desktop.core.selftest.features import check_analysis, check_knowledge
from desktop.core.selftest.io import check_documents, check_llm, check_network, check_usage
from desktop.core.selftest.local import (
    RUNTIME_MODULES,
    check_analyser,
    check_excel,
    check_folders,
    check_libraries,
    check_masking,
    check_policy,
    check_secrets,
    check_templates,
    import_failures,
    runtime_modules,
)
from desktop.core.selftest.model import Check, CheckResult, iter_checks, run_check

__all__ = [
    "CORE_CHECKS",
    "RUNTIME_MODULES",
    "Check",
    "CheckResult",
    "check_analyser",
    "check_analysis",
    "check_documents",
    "check_excel",
    "check_folders",
    "check_knowledge",
    "check_libraries",
    "check_llm",
    "check_masking",
    "check_network",
    "check_policy",
    "check_secrets",
    "check_templates",
    "check_usage",
    "import_failures",
    "iter_checks",
    "run_check",
    "runtime_modules",
]

CORE_CHECKS: list[Check] = [
    Check("policy", check_policy),
    Check("folders", check_folders),
    Check("libraries", check_libraries),
    Check("secrets", check_secrets),
    Check("templates", check_templates),
    Check("masking", check_masking),
    Check("analyser", check_analyser),
    Check("excel", check_excel),
    Check("llm", check_llm),
    Check("network", check_network),
    Check("documents", check_documents),
    Check("usage", check_usage),
    Check("knowledge", check_knowledge),
    Check("analysis", check_analysis),
]
