"""Derivations of the shipped task items from the public datasets in ../shared/data, one module per suite.

Each module exposes `TASKS`: for every multiple-choice task of its suite, an `Origin` (where the data came
from, under which license, and how the items were derived: the text of ATTRIBUTION.md) and a builder
`build(shared, n, seed) -> list[dict]`. Builders are pure functions of their inputs: same files, n and
seed give the same items in the same order. Items are kept in sampled (random) order, not sorted, so the
first k of a file, which is what the harness's `limit` evaluates, are themselves a random sample.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

Item = dict[str, Any]


@dataclass(frozen=True)
class Origin:
    dataset: str
    """Folder under the shared data root."""
    repo: str
    commit: str
    files: str
    license: str
    """SPDX identifier."""
    derivation: str
    credit: str
    """Creators and paper, for the attribution CC-BY and AFL require."""
    license_files: tuple[str, ...] = ()
    """Upstream license texts (relative to the dataset folder) shipped beside the items, where the
    license requires its text to travel with copies (MIT, CC-BY-NC-SA)."""


@dataclass(frozen=True)
class TaskBuilder:
    short: str
    origin: Origin
    build: Callable[[Path, int, int], list[Item]]


def rng(seed: int, *names: str) -> random.Random:
    # A string seed is hashed with SHA-512 by `random`, so the stream is stable across runs and machines
    # (unlike hash()), and each task gets its own stream: adding a task never reshuffles another.
    return random.Random("/".join([str(seed), *names]))


def read_json(path: Path) -> Any:
    if not path.exists():
        raise FileNotFoundError(f"{path}: source data not found (is --shared pointing at ../shared/data?)")
    return json.loads(path.read_text(encoding="utf-8"))


def squash(text: str) -> str:
    """Collapse runs of whitespace (including non-breaking spaces) to one space."""
    return " ".join(text.split())
