"""The validate stage: a great-expectations suite over the scrubbed corpus; any violation stops the build.

The results name which expectation failed, how many documents violate it and which (by id), never a value
taken from a document: great-expectations' unexpected values (for the text column, the documents' text)
are read for their document ids and dropped.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Sequence
from pathlib import Path

import pandas as pd

from core import store
from core.config import ValidateParams, load_params
from core.errors import QualityGateError
from core.packs import pack_names
from core.registry import Registry, load_registry
from core.stage import DOCS, write_json
from governance.pii.engine import PLAIN_EMAIL

log = logging.getLogger(__name__)

# Raw values that must never survive scrubbing. Narrow on purpose: every match is a real leak.
RESIDUAL_PII = {
    "email address": PLAIN_EMAIL,
    "US SSN": r"\b(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b",
}


def corpus_frame(folder: Path) -> pd.DataFrame:
    rows = [
        {
            "doc_id": d.id,
            "text": d.text,
            "source": d.metadata.get("source"),
            "domain": d.metadata.get("domain"),
            "license": d.metadata.get("license"),
            "sha256": d.metadata.get("sha256"),
        }
        for d in store.read_documents(folder)
    ]
    return pd.DataFrame(rows, columns=["doc_id", "text", "source", "domain", "license", "sha256"])


def build_suite(params: ValidateParams, allowed_licenses: list[str], domains_expected: Sequence[str]):
    import great_expectations as gx
    import great_expectations.expectations as gxe

    suite = gx.ExpectationSuite(name="charter_corpus")
    for column in ("doc_id", "text", "source", "domain", "license", "sha256"):
        suite.add_expectation(gxe.ExpectColumnValuesToNotBeNull(column=column))
    suite.add_expectation(gxe.ExpectColumnValuesToBeUnique(column="doc_id"))
    suite.add_expectation(
        gxe.ExpectColumnValueLengthsToBeBetween(
            column="text", min_value=1, max_value=params.max_document_chars
        )
    )
    suite.add_expectation(gxe.ExpectColumnValuesToMatchRegex(column="sha256", regex=r"^[0-9a-f]{64}$"))
    suite.add_expectation(gxe.ExpectColumnValuesToBeInSet(column="domain", value_set=list(pack_names())))
    suite.add_expectation(gxe.ExpectColumnValuesToBeInSet(column="license", value_set=allowed_licenses))
    if domains_expected:
        suite.add_expectation(
            gxe.ExpectColumnDistinctValuesToContainSet(column="domain", value_set=list(domains_expected))
        )
    for name, pattern in RESIDUAL_PII.items():
        suite.add_expectation(
            gxe.ExpectColumnValuesToNotMatchRegex(column="text", regex=pattern, meta={"residual_pii": name})
        )
    return suite


MAX_IDS = 20
# Asks great-expectations for the doc_id of every violating row (beside the value, which is dropped).
RESULT_FORMAT = {"result_format": "COMPLETE", "unexpected_index_column_names": ["doc_id"]}


def _summarize(result_json: dict) -> list[dict]:
    """Each failed expectation with its configuration, count and violating document ids; no values."""
    failures = []
    for r in result_json["results"]:
        if r["success"]:
            continue
        config = r["expectation_config"]
        kwargs = {k: v for k, v in config["kwargs"].items() if k not in ("batch_id",)}
        res = r.get("result", {})
        rows = res.get("unexpected_index_list") or []
        ids = sorted({str(row["doc_id"]) for row in rows if isinstance(row, dict) and "doc_id" in row})
        failure = {
            "expectation": config["type"],
            "kwargs": kwargs,
            "unexpected_count": res.get("unexpected_count"),
            "doc_ids": ids[:MAX_IDS],
            "doc_ids_total": len(ids),
        }
        if "value_set" in kwargs and isinstance(res.get("observed_value"), list):
            # A set-level expectation: which of the configured values are missing (configuration, not data).
            failure["missing_values"] = sorted(set(kwargs["value_set"]) - set(res["observed_value"]))
        failures.append(failure)
    return failures


def validate_frame(frame: pd.DataFrame, build: Callable[[], object]) -> dict:
    """Runs the suite `build()` makes (it needs an active context, so it is built here) on `frame`."""
    import great_expectations as gx

    context = gx.get_context(mode="ephemeral")
    suite = build()
    source = context.data_sources.add_pandas("corpus")
    asset = source.add_dataframe_asset("scrubbed")
    batch = asset.add_batch_definition_whole_dataframe("all")
    suite = context.suites.add(suite)  # type: ignore[arg-type]
    definition = context.validation_definitions.add(
        gx.ValidationDefinition(name="corpus_gate", data=batch, suite=suite)
    )
    result = definition.run(batch_parameters={"dataframe": frame}, result_format=RESULT_FORMAT)
    as_json = result.to_json_dict()
    return {
        "success": bool(as_json["success"]),
        "statistics": as_json["statistics"],
        "failures": _summarize(as_json),
    }


def run_validate(params: ValidateParams, registry: Registry, gate_dir: Path, inp: Path, out: Path) -> dict:
    decisions = json.loads((Path(gate_dir) / "decisions.json").read_text())
    allowed_licenses = sorted({d["license"] for d in decisions["sources"].values() if d["allowed"]})
    frame = corpus_frame(Path(inp) / DOCS)
    domains_expected = (
        sorted({s.domain for s in registry.sources if decisions["sources"][s.id]["allowed"]})
        if params.min_documents_per_domain > 0
        else []
    )
    outcome = validate_frame(frame, lambda: build_suite(params, allowed_licenses, domains_expected))
    outcome |= {"documents": len(frame), "allowed_licenses": allowed_licenses}
    write_json(Path(out) / "results.json", outcome)
    if not outcome["success"]:
        lines = [
            f"  - {f['expectation']} {f['kwargs'].get('column', '')}: {f['unexpected_count']} violations"
            for f in outcome["failures"]
        ]
        raise QualityGateError(
            "data-quality gate failed; see " + str(Path(out) / "results.json") + "\n" + "\n".join(lines)
        )
    log.info("quality gate passed: %s expectations on %d documents", outcome["statistics"], len(frame))
    return outcome


def validate_command(*, params: Path, sources: Path, gate: Path, inp: Path, out: Path) -> bool:
    """`charter validate`: the stage (a violation is a QualityGateError)."""
    return run_validate(load_params(params).validate_, load_registry(sources), gate, inp, out)["success"]
