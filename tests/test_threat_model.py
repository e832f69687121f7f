"""Every line of the threat model points at a test that exists."""

from __future__ import annotations

import re

from tests.conftest import REPO

REFERENCE = re.compile(r"`(tests/[\w/]+\.py)(?:::(\w+))?`")


def test_every_test_the_threat_model_names_exists():
    text = (REPO / "docs" / "THREAT_MODEL.md").read_text()
    references = REFERENCE.findall(text)
    assert len(references) > 20
    missing = []
    for path, name in references:
        file = REPO / path
        if not file.exists() or (name and not re.search(rf"^def {name}\(", file.read_text(), re.M)):
            missing.append(f"{path}::{name}" if name else path)
    assert not missing, missing
