"""lm-evaluation-harness task definitions, their data preparation, and the evaluate stage."""

from eval_suites.suites import list_tasks

__all__ = ["list_tasks"]
