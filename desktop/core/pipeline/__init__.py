"""The request pipeline (see ``desktop.core.pipeline.core``)."""

from desktop.core.pipeline.budget import PART_SLOT
from desktop.core.pipeline.core import Masker, Pipeline, ProviderFactory
from desktop.core.pipeline.errors import (
    BlockedTermRefused,
    BlockedTermsUnavailable,
    InputTooLarge,
    MaskerUnavailable,
    MaskReleaseForbidden,
)
from desktop.core.pipeline.recording import UsageRecorder
from desktop.core.tasks.model import PreparedTask, TaskResult

__all__ = ["PART_SLOT", "BlockedTermRefused", "BlockedTermsUnavailable", "InputTooLarge",
           "MaskReleaseForbidden", "Masker", "MaskerUnavailable", "Pipeline", "PreparedTask",
           "ProviderFactory", "TaskResult", "UsageRecorder"]
