"""Offline tools: they build the data the repository ships (domain samples and synthetic sets, evaluation
items, instruction conversations, PII evaluation sets) and check it from outside (erasure scan). Nothing
here is installed with Charter or read by a pipeline stage: tools import the runtime packages, never the
reverse, and dvc.yaml lists no file of this folder (tests/test_tools_outside_runtime.py)."""
