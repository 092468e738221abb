"""Run core work off the UI thread and report back by signal."""
