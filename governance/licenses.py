"""License policy over SPDX expressions.

The catalog (`policies/licenses.yaml`) states what each license permits; a policy file states what a use
requires. A license the catalog does not list is a build error, never a silent pass: somebody must write
down its terms first. A license whose terms are listed as unknown is blocked under every use.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from license_expression import AND, OR, ExpressionError, LicenseSymbol, Licensing

from core.errors import PolicyError
from core.yamlfile import load_yaml


@dataclass(frozen=True)
class LicenseTerms:
    spdx_id: str
    terms: dict[str, bool | None]

    @property
    def unknown(self) -> bool:
        return any(v is None for v in self.terms.values())


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    reason: str
    obligations: tuple[str, ...] = ()


@dataclass(frozen=True)
class LicensePolicy:
    name: str
    catalog: dict[str, LicenseTerms]
    uses: dict[str, dict[str, Any]]

    @classmethod
    def load(cls, path: str | Path) -> LicensePolicy:
        path = Path(path)
        if not path.is_file():
            raise PolicyError(f"{path}: policy file not found")
        raw = load_yaml(path)
        if not isinstance(raw, dict) or "uses" not in raw or "catalog" not in raw:
            raise PolicyError(f"{path}: a policy needs 'name', 'catalog' and 'uses'")
        catalog_path = path.parent / raw["catalog"]
        catalog_file = load_yaml(catalog_path)
        catalog_raw = catalog_file.get("licenses") if isinstance(catalog_file, dict) else None
        if not isinstance(catalog_raw, dict):
            raise PolicyError(f"{catalog_path}: a license catalog needs a mapping under 'licenses:'")
        catalog = {key: LicenseTerms(key, dict(terms)) for key, terms in catalog_raw.items()}
        return cls(name=raw.get("name", path.stem), catalog=catalog, uses=raw["uses"])

    def _licensing(self) -> Licensing:
        return Licensing([LicenseSymbol(key) for key in self.catalog])

    def check_known(self, expression: str, where: str) -> None:
        """Raise PolicyError when `expression` is not valid SPDX or names a license missing from the catalog."""
        info = self._licensing().validate(expression)
        if info.errors:
            raise PolicyError(
                f"{where}: license '{expression}' is not in the policy catalog "
                f"({'; '.join(info.errors)}). Add its terms to governance/policies/licenses.yaml."
            )

    def evaluate(self, expression: str, use: str, where: str = "source") -> Verdict:
        if use not in self.uses:
            raise PolicyError(f"policy '{self.name}' has no use '{use}' (known: {sorted(self.uses)})")
        self.check_known(expression, where)
        try:
            parsed = self._licensing().parse(expression, validate=True)
        except ExpressionError as e:  # pragma: no cover - check_known catches these first
            raise PolicyError(f"{where}: cannot parse license '{expression}': {e}") from e
        return self._evaluate_node(parsed, self.uses[use].get("require", {}) or {}, use)

    def _evaluate_node(self, node: Any, require: dict[str, Any], use: str) -> Verdict:
        if isinstance(node, LicenseSymbol):
            return self._evaluate_symbol(node.key, require, use)
        verdicts = [self._evaluate_node(arg, require, use) for arg in node.args]
        if isinstance(node, OR):
            # The licensee may choose any one of the alternatives.
            for v in verdicts:
                if v.allowed:
                    return v
            return Verdict(False, " and ".join(v.reason for v in verdicts))
        if isinstance(node, AND):
            blocked = [v for v in verdicts if not v.allowed]
            if blocked:
                return Verdict(False, "; ".join(v.reason for v in blocked))
            return Verdict(True, "all licenses permit it", tuple(o for v in verdicts for o in v.obligations))
        raise PolicyError(f"unsupported license expression node {node!r}")

    def _evaluate_symbol(self, key: str, require: dict[str, Any], use: str) -> Verdict:
        terms = self.catalog[key]
        if terms.unknown:
            return Verdict(False, f"{key}: license terms unknown; '{use}' cannot be established")
        for term, wanted in require.items():
            if terms.terms.get(term) != wanted:
                return Verdict(
                    False, f"{key}: {term}={terms.terms.get(term)} but '{use}' requires {term}={wanted}"
                )
        obligations = tuple(t for t in ("attribution", "share_alike") if terms.terms.get(t))
        return Verdict(True, f"{key} permits '{use}'", obligations)
