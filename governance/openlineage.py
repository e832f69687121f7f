"""OpenLineage events for every DVC stage, built with the openlineage-python client's classes.

One START and one COMPLETE run event per stage of `dvc.lock`: inputs and outputs versioned by their DVC md5,
row counts from the ledger accounts, the quality gate's results as data-quality assertions, the source code
location at the git commit, and the stage's parameters. The events are reconstructed after the run from
what DVC and the ledger recorded; event times are the stage outputs' modification times.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import uuid
from pathlib import Path

import yaml
from openlineage.client.event_v2 import InputDataset, Job, OutputDataset, Run, RunEvent, RunState
from openlineage.client.generated import (
    data_quality_assertions_dataset as dqa,
)
from openlineage.client.generated import (
    dataset_version_dataset,
    documentation_dataset,
    documentation_job,
    execution_parameters_run,
    input_statistics_input_dataset,
    job_type_job,
    output_statistics_output_dataset,
    ownership_dataset,
    processing_engine_run,
    source_code_location_job,
)
from openlineage.client.serde import Serde

from core import __version__
from core import artifacts as a
from core.urls import redact_text, strip_credentials

PRODUCER = "https://github.com/charter-lm/charter"
JOB_NAMESPACE = "charter"
DATASET_NAMESPACE = "file"
RUN_NAMESPACE = uuid.UUID("6f1c3f0e-3b0e-4c55-9a57-4d3c1a2b7e11")
EVENTS_FILE = "openlineage.jsonl"
# Spec-required fields (OpenLineage.json 2-0-2 RunEvent) checked by validate_event.
EVENT_TYPES = {"START", "RUNNING", "COMPLETE", "ABORT", "FAIL", "OTHER"}


def _git(repo: Path, *args: str) -> str:
    try:
        out = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, timeout=5, check=True)
        return out.stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def _flatten(prefix: str, value: object) -> list[tuple[str, str]]:
    if isinstance(value, dict):
        return [kv for k, v in value.items() for kv in _flatten(f"{prefix}.{k}" if prefix else str(k), v)]
    return [(prefix, json.dumps(value) if not isinstance(value, str) else value)]


def _time(paths: list[Path], pick) -> str:
    times = [p.stat().st_mtime for p in paths if p.exists()]
    when = pick(times) if times else dt.datetime.now(dt.UTC).timestamp()
    return dt.datetime.fromtimestamp(when, dt.UTC).isoformat().replace("+00:00", "Z")


def _is_data(path: str) -> bool:
    """A stage output (a dataset of the events), not code or configuration."""
    return path.startswith(f"{a.ROOT}/")


def _row_counts(data: Path, report: dict) -> dict[str, tuple[int, int]]:
    """Documents in and out per ledger stage; tokens for tokenize."""
    counts = {s["name"]: (s["in"], s["kept"] + s["modified"]) for s in report.get("stages", [])}
    tokens = report.get("tokens", {})
    if tokens:
        counts["tokenize"] = (tokens.get("n_documents", 0), tokens.get("n_tokens", 0))
    validate = report.get("quality_gate", {})
    if validate:
        counts["validate"] = (validate.get("documents", 0), validate.get("documents", 0))
    return counts


def _assertions(quality: dict) -> list[dqa.Assertion]:
    stats = quality.get("statistics", {})
    out = [
        dqa.Assertion(
            assertion="great_expectations_suite",
            success=bool(quality.get("success")),
            expected=str(stats.get("evaluated_expectations", 0)),
            actual=str(stats.get("successful_expectations", 0)),
        )
    ]
    for f in quality.get("failures", []):
        column = (f.get("kwargs") or {}).get("column")
        out.append(dqa.Assertion(assertion=str(f.get("expectation")), success=False, column=column))
    return out


def _reads_base_model(stage: dict) -> bool:
    """Whether a stage of dvc.lock read a base model: its recorded params name one (as the key itself, or
    inside the whole `pretrain` section)."""
    return any(
        bool(values.get("pretrain.base_model") or (values.get("pretrain") or {}).get("base_model"))
        for values in (stage.get("params") or {}).values()
    )


def base_model_input(base: dict) -> InputDataset:
    """The base model of continued pretraining as an input dataset: where it was read, the hash of its files,
    its owner, and its license with the policy's decision."""
    return InputDataset(
        namespace=DATASET_NAMESPACE,
        name=str(base.get("folder") or base["path"]),
        facets={
            "version": dataset_version_dataset.DatasetVersionDatasetFacet(datasetVersion=base["sha256"]),
            "ownership": ownership_dataset.OwnershipDatasetFacet(
                owners=[ownership_dataset.Owner(name=base["owner"], type="base model owner")]
            ),
            "documentation": documentation_dataset.DocumentationDatasetFacet(
                description=redact_text(
                    f"base model '{base['id']}' ({base.get('model_type')}), license {base['license']}: "
                    f"{base.get('reason')} (policy {base.get('policy')}, use {base.get('use')})"
                )
            ),
        },
    )


def build_events(repo: Path, data: Path, report: dict) -> list[RunEvent]:
    repo, data = Path(repo), Path(data)
    lock_path = repo / "dvc.lock"
    if not lock_path.exists():
        return []
    # DVC rewrites dvc.lock in place: a report built while another repro saves it can read an empty file.
    lock = (yaml.safe_load(lock_path.read_text()) or {}).get("stages", {})
    commit = report.get("code_version", "").split("+")[0]
    # A CI remote embeds its token (https://x-access-token:...@host/...): the events carry the URL without it.
    url = strip_credentials(_git(repo, "remote", "get-url", "origin")) or repo.resolve().as_uri()
    counts = _row_counts(data, report)
    events = []
    for name, stage in lock.items():
        deps, outs = stage.get("deps", []), stage.get("outs", [])
        code = [d["path"] for d in deps if not _is_data(d["path"])]
        version = hashlib_of([o.get("md5", "") for o in outs] + [d.get("md5", "") for d in deps])
        run_id = str(uuid.uuid5(RUN_NAMESPACE, f"{name}:{commit}:{version}"))
        n_in, n_out = counts.get(name, (None, None))
        inputs = []
        for d in deps:
            if not _is_data(d["path"]):
                continue
            facets: dict = {
                "version": dataset_version_dataset.DatasetVersionDatasetFacet(datasetVersion=d["md5"])
            }
            input_facets: dict = {}
            if n_in is not None:
                input_facets["inputStatistics"] = (
                    input_statistics_input_dataset.InputStatisticsInputDatasetFacet(
                        rowCount=n_in, size=d.get("size")
                    )
                )
            if name == a.VALIDATE_RESULTS.stage and d["path"] == a.SCRUB_DOCS.dvc_path:
                input_facets["dataQualityAssertions"] = dqa.DataQualityAssertionsDatasetFacet(
                    assertions=_assertions(report.get("quality_gate", {}))
                )
            inputs.append(
                InputDataset(
                    namespace=DATASET_NAMESPACE, name=d["path"], facets=facets, inputFacets=input_facets
                )
            )
        if report.get("base_model") and _reads_base_model(stage):
            inputs.append(base_model_input(report["base_model"]))
        outputs = []
        for o in outs:
            facets = {"version": dataset_version_dataset.DatasetVersionDatasetFacet(datasetVersion=o["md5"])}
            output_facets: dict = {}
            if n_out is not None:
                output_facets["outputStatistics"] = (
                    output_statistics_output_dataset.OutputStatisticsOutputDatasetFacet(
                        rowCount=n_out, size=o.get("size")
                    )
                )
            outputs.append(
                OutputDataset(
                    namespace=DATASET_NAMESPACE, name=o["path"], facets=facets, outputFacets=output_facets
                )
            )
        params = [
            execution_parameters_run.ExecutionParameter(key=k, value=redact_text(v))
            for file_params in (stage.get("params") or {}).values()
            for k, v in _flatten("", file_params)
        ]
        run_facets = {
            "executionParameters": execution_parameters_run.ExecutionParametersRunFacet(parameters=params),
            "processing_engine": processing_engine_run.ProcessingEngineRunFacet(
                version=__version__, name="charter", openlineageAdapterVersion=_ol_version()
            ),
        }
        job_facets = {
            "sourceCodeLocation": source_code_location_job.SourceCodeLocationJobFacet(
                type="git", url=url, path=",".join(code), version=commit
            ),
            "documentation": documentation_job.DocumentationJobFacet(
                description=redact_text(f"dvc stage: {stage.get('cmd')}")
            ),
            "jobType": job_type_job.JobTypeJobFacet(
                processingType="BATCH", integration="DVC", jobType="STAGE"
            ),
        }
        job = Job(namespace=JOB_NAMESPACE, name=name, facets=job_facets)
        out_paths = [repo / o["path"] for o in outs]
        for state, when in (
            (RunState.START, _time(out_paths, min)),
            (RunState.COMPLETE, _time(out_paths, max)),
        ):
            events.append(
                RunEvent(
                    eventType=state,
                    eventTime=when,
                    run=Run(runId=run_id, facets=run_facets),
                    job=job,
                    producer=PRODUCER,
                    inputs=inputs if state == RunState.START else inputs,
                    outputs=outputs if state == RunState.COMPLETE else [],
                )
            )
    return events


def hashlib_of(parts: list[str]) -> str:
    import hashlib

    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


def _ol_version() -> str:
    from importlib.metadata import version

    return version("openlineage-python")


def to_lines(events: list[RunEvent]) -> str:
    return "".join(Serde.to_json(e) + "\n" for e in events)


def write_events(events: list[RunEvent], out: Path) -> Path:
    path = Path(out) / EVENTS_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(to_lines(events))
    return path


_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def validate_event(event: dict) -> list[str]:
    """Structural check of a serialised event against the OpenLineage RunEvent schema's required fields.

    The client ships no JSON schema file, so this encodes the spec's `required` lists: event (eventTime,
    producer, schemaURL), run (runId as UUID), job (namespace, name), datasets (namespace, name) and, on
    every facet, `_producer` and `_schemaURL`.
    """
    errors = []
    for key in ("eventTime", "producer", "schemaURL", "run", "job"):
        if key not in event:
            errors.append(f"missing {key}")
    if errors:
        return errors
    if event.get("eventType") not in EVENT_TYPES:
        errors.append(f"eventType {event.get('eventType')!r}")
    try:
        dt.datetime.fromisoformat(event["eventTime"].replace("Z", "+00:00"))
    except ValueError:
        errors.append("eventTime is not ISO 8601")
    if not re.match(r"^https?://", event["producer"]) or not event["schemaURL"].startswith("https://"):
        errors.append("producer and schemaURL must be URIs")
    if not _UUID.match(str(event["run"].get("runId", ""))):
        errors.append("run.runId is not a UUID")
    if not (event["job"].get("namespace") and event["job"].get("name")):
        errors.append("job needs namespace and name")
    facet_groups = [("run", event["run"].get("facets", {})), ("job", event["job"].get("facets", {}))]
    for kind in ("inputs", "outputs"):
        for ds in event.get(kind, []):
            if not (ds.get("namespace") and ds.get("name")):
                errors.append(f"{kind} dataset needs namespace and name")
            for group in ("facets", "inputFacets", "outputFacets"):
                facet_groups.append((f"{kind}:{ds.get('name')}", ds.get(group, {})))
    for where, facets in facet_groups:
        for name, facet in facets.items():
            if not (facet.get("_producer") and str(facet.get("_schemaURL", "")).startswith("https://")):
                errors.append(f"{where} facet {name} lacks _producer/_schemaURL")
    return errors
