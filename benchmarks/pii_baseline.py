"""Vanilla presidio, the PII benchmark's baseline: presidio's default recognizers and its full spaCy pipeline,
analyze then anonymize, one process. Kept out of the runtime: nothing in Charter scrubs with it.

The spaCy model is the offline mirror Charter uses, configured the way presidio's own default.yaml does.
"""

from __future__ import annotations

import logging
from functools import cache

from governance.pii.engine import nlp_configuration

# presidio's e-mail recognizer asks tldextract for the public suffix list, which tries the network first and
# logs each failure with a traceback before it falls back to the snapshot it ships: the same list, offline.
logging.getLogger("tldextract").setLevel(logging.CRITICAL)


@cache
def vanilla_analyzer(spacy_model: str):
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider, SpacyNlpEngine

    # presidio's stock spaCy engine with every pipe, not the NER-only engine Charter's scrubber runs.
    engine = NlpEngineProvider(
        nlp_engines=(SpacyNlpEngine,), nlp_configuration=nlp_configuration(spacy_model)
    ).create_engine()
    return AnalyzerEngine(nlp_engine=engine, supported_languages=["en"])


class VanillaPresidio:
    """Detections and anonymized text of each document, as presidio ships."""

    def __init__(self, spacy_model: str):
        from presidio_anonymizer import AnonymizerEngine

        self.analyzer = vanilla_analyzer(spacy_model)
        self.anonymizer = AnonymizerEngine()

    def warm_up(self) -> None:
        self.analyzer.analyze("Warm-up for Rose Price of Boise, 212-555-0134.", language="en")

    def run(self, texts: list[str]) -> tuple[list[str], list[list[tuple[str, int, int]]]]:
        outputs, detections = [], []
        for text in texts:
            results = self.analyzer.analyze(text, language="en")
            outputs.append(self.anonymizer.anonymize(text=text, analyzer_results=results).text)
            detections.append([(r.entity_type, r.start, r.end) for r in results])
        return outputs, detections
