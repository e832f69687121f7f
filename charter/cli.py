"""`charter`: one subcommand per pipeline stage (as `dvc.yaml` calls them) plus the tools people use directly.

Handlers import their stage lazily so `charter --help` is instant and a stage's heavy dependencies
(presidio, deepspeed, lm-eval) load only when that stage runs.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from core.errors import CharterError

log = logging.getLogger("charter")

# Offline by design: nothing may be fetched from a hub at run time.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_NO_ADVISORY_WARNINGS", "1")
os.environ.setdefault("DO_NOT_TRACK", "1")
# presidio's email recognizer would otherwise try to download the public-suffix list on first use.
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")


def _params(args: argparse.Namespace):
    from core.config import load_params

    return load_params(args.params)


def _registry(args: argparse.Namespace):
    from core.registry import load_registry

    return load_registry(args.sources)


def _erased_sources(p, sources: str) -> frozenset[str]:
    """The sources the erasure list erases, `erased_with` links of the registry followed."""
    from governance.erasure.requests import ErasureList

    return ErasureList.load(p.gate.erasure_file, _registries([sources])).sources


def cmd_fingerprint(args: argparse.Namespace) -> object:
    from corpus.fingerprint import run_fingerprint

    extra = [Path(p) for p in args.extra]
    models_out = Path(args.models_out) if args.models_out else None
    return run_fingerprint(_registry(args), _params(args).ingest, Path(args.out), extra, models_out)


def cmd_ingest(args: argparse.Namespace) -> object:
    from corpus.ingest import run_ingest
    from governance.erasure.documents import ingest_erasure

    p = _params(args)
    registry = _registry(args)
    erasure = ingest_erasure(Path(p.gate.erasure_file), registry, p.ingest)
    stats = run_ingest(
        registry, p.ingest, Path(args.out), p.curate.tasks, p.curate.workers, p.executor, erasure
    )
    return stats["account"]


def cmd_gate(args: argparse.Namespace) -> object:
    from governance.gate import run_gate

    return run_gate(_registry(args), _params(args).gate, Path(args.inp), Path(args.out))["account"]


def cmd_curate(args: argparse.Namespace) -> object:
    from corpus.curate import run_curate

    p = _params(args)
    stats = run_curate(_registry(args), p.curate, Path(args.inp), Path(args.out), p.executor, p.seed)
    return stats["account"]


def cmd_scrub(args: argparse.Namespace) -> object:
    from governance.pii.stage import run_scrub, scrub_jsonl

    p = _params(args).scrub
    if args.jsonl_in:
        return scrub_jsonl(p, Path(args.jsonl_in), Path(args.jsonl_out), domain=args.domain)
    return run_scrub(p, Path(args.inp), Path(args.out))["account"]


def cmd_validate(args: argparse.Namespace) -> object:
    from governance.quality_gate import run_validate

    p = _params(args)
    return run_validate(p.validate_, _registry(args), Path(args.gate), Path(args.inp), Path(args.out))[
        "success"
    ]


def cmd_mix(args: argparse.Namespace) -> object:
    from corpus.mix import run_mix

    p = _params(args)
    erased = _erased_sources(p, args.sources)
    return run_mix(p.mix, p.seed, Path(args.inp), Path(args.out), erased)["domains"]


def cmd_tokenizer(args: argparse.Namespace) -> object:
    from corpus.tokenizer import run_tokenizer
    from model.base import resolve_base

    p = _params(args)
    base = resolve_base(p, Path(args.sources))
    if base is not None:
        from corpus.base_tokenizer import run_base_tokenizer

        summary = run_base_tokenizer(
            p.tokenizer, Path(args.inp), Path(args.out), base.folder, base.id, p.seed
        )
        return {
            k: summary[k] for k in ("tokens_per_byte", "new_tokens", "domain_saving_mean", "general_penalty")
        }
    summary = run_tokenizer(
        p.tokenizer,
        p.tokenize.seq_len,
        Path(args.inp),
        Path(args.out),
        mixture_domain_share=p.tokenizer.domain_share,
        seed=p.seed,
    )
    return {k: summary[k] for k in ("tokens_per_byte", "domain_saving_mean", "general_penalty")}


def cmd_tokenize(args: argparse.Namespace) -> object:
    from corpus.packing import run_tokenize

    p = _params(args)
    return run_tokenize(p.tokenize, Path(args.inp), Path(args.tokenizer), Path(args.out))["tokens_by_domain"]


def cmd_mixture(args: argparse.Namespace) -> object:
    from corpus.mixture import run_mixture

    p = _params(args)
    report = run_mixture(
        p.mix,
        p.seed,
        Path(args.plan),
        Path(args.tokens),
        Path(args.out),
        shard_tokens=p.tokenize.shard_tokens,
        erased_sources=_erased_sources(p, args.sources),
    )
    return {s: {k: v[k] for k in ("tokens", "epochs")} for s, v in report["sources"].items()}


def cmd_plan(args: argparse.Namespace) -> object:
    from model.plan import plan_for, run_plan
    from model.scaling import accelerator_compute

    if args.accelerator is not None:
        if args.count is None or args.hours is None:
            raise CharterError("--accelerator needs --count and --hours (and optionally --mfu)")
        args.compute = accelerator_compute(args.accelerator, args.count, args.hours, args.mfu)
    if args.compute is not None:
        plan = plan_for(
            compute_flops=args.compute,
            fit=args.fit,
            vocab_size=args.vocab_size,
            seq_len=args.seq_len,
            unique_tokens=args.unique_tokens,
            micro_batch_size=args.micro_batch_size,
            grad_accum_steps=args.grad_accum_steps,
        )
        payload = plan.to_json()
        if args.json:
            print(json.dumps(payload, indent=2, sort_keys=True))
            return None
        return {k: payload[k] for k in ("n_params", "n_tokens", "epochs", "predicted_loss")}
    p = _params(args)
    return run_plan(p, Path(args.meta), Path(args.tokenizer), Path(args.out), Path(args.sources))


def cmd_pretrain(args: argparse.Namespace) -> object:
    from model.train import run_pretrain

    summary = run_pretrain(
        _params(args),
        Path(args.plan),
        Path(args.shards),
        Path(args.tokenizer),
        Path(args.out),
        Path(args.heldout) if args.heldout else None,
        Path(args.sources),
    )
    return {k: summary[k] for k in ("steps", "resumed_from_step", "final_loss", "mfu") if k in summary}


def cmd_launch(args: argparse.Namespace) -> object:
    from model import launch

    params = _params(args)
    if params.pretrain.base_model:
        raise CharterError(
            "charter launch sizes and starts a model built from the plan; for pretrain.base_model run "
            "`charter pretrain` under torchrun or the DeepSpeed launcher"
        )
    count = args.count or params.launch.nodes * params.launch.gpus_per_node
    accelerator = args.accelerator or params.launch.accelerator
    check = launch.memory_check(params, Path(args.plan), accelerator, count)
    if args.dry_run:
        print(json.dumps(check, indent=2) if args.json else launch.format_check(check))
        launch.refuse_unless_fits(check)
        return None
    if not (args.hostfile or args.slurm):
        raise CharterError("say how to start the ranks: --hostfile FILE (DeepSpeed launcher) or --slurm")
    if count != params.launch.nodes * params.launch.gpus_per_node:
        raise CharterError(
            f"--count {count} differs from launch.nodes x launch.gpus_per_node = "
            f"{params.launch.nodes * params.launch.gpus_per_node}: set them in {args.params}"
        )
    log.info("memory check:\n%s", launch.format_check(check))
    if not args.skip_memory_check:
        launch.refuse_unless_fits(check)
    paths = launch.StagePaths(
        Path(args.plan),
        Path(args.shards),
        Path(args.tokenizer),
        Path(args.out),
        Path(args.heldout) if args.heldout else None,
    )
    paths.check()
    launch.check_batch(params, Path(args.plan))
    stage = paths.args(Path(args.params))
    if args.hostfile:
        command = launch.deepspeed_command(params.launch, Path(args.hostfile), stage)
        log.info("running %s", launch.format_command(command))
        code = subprocess.run(command).returncode
        if code:
            raise CharterError(f"the DeepSpeed launcher exited with {code}")
        return {"launcher": "deepspeed", "command": command, "out": args.out}
    workdir = Path(args.workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    script = workdir / "pretrain.sbatch"
    script.write_text(launch.slurm_script(params.launch, stage, workdir))
    job = launch.submit_slurm(script, args.wait)
    return {"launcher": "slurm", "job": job, "script": str(script), "finished": args.wait, "out": args.out}


def cmd_evaluate(args: argparse.Namespace) -> object:
    from eval_suites.evaluate import run_evaluate

    metrics = run_evaluate(
        _params(args),
        Path(args.checkpoint),
        Path(args.heldout),
        Path(args.out),
        Path(args.metrics),
        Path(args.plot) if args.plot else None,
        chat_template=args.chat_template,
        sft_data=Path(args.sft_data) if args.sft_data else None,
    )
    # The full figures are in the metrics file; the terminal gets the headline of each task and domain.
    return {
        domain: {
            k: (v.get(v.get("scoring", "acc")) if isinstance(v, dict) and "scoring" in v else v)
            for k, v in m.items()
            if k in ("bits_per_byte", "heldout_docs") or (isinstance(v, dict) and "scoring" in v)
        }
        for domain, m in metrics.items()
    }


def cmd_sft_data(args: argparse.Namespace) -> object:
    from model.sft.data import run_sft_data

    heldout = Path(args.heldout) if args.heldout else None
    stats = run_sft_data(_params(args), _registry(args), heldout, Path(args.out))
    return {"account": stats["account"], "conversations": stats["conversations"]}


def cmd_sft(args: argparse.Namespace) -> object:
    from model.sft.train import run_sft

    metrics = run_sft(_params(args), Path(args.checkpoint), Path(args.data), Path(args.out))
    keys = ("enabled", "lr", "base_valid_loss", "valid_loss", "sweep", "seconds")
    return {k: metrics[k] for k in keys if k in metrics}


def cmd_report(args: argparse.Namespace) -> object:
    from governance.report.build import run_report

    erasure = Path(_params(args).gate.erasure_file)
    result = run_report(
        Path(args.data),
        Path(args.sources),
        Path(args.params),
        Path(args.out),
        erasure,
        Path(args.tokenizer),
        instructions_file=Path(args.instructions),
    )
    return {"html": str(result["html"]), "json": str(result["json"])}


def _registries(paths: list[str]) -> list:
    from core.registry import load_registry

    return [load_registry(p) for p in paths if Path(p).exists()]


def cmd_forget(args: argparse.Namespace) -> object:
    from governance.erasure.documents import find_document
    from governance.erasure.requests import (
        DocumentRequest,
        SourceRequest,
        append_requests,
        sources_erased_with,
        today,
    )

    p = _params(args)
    path = Path(p.gate.erasure_file)
    corpus, chats = _registries([args.sources]), _registries([args.instructions])
    # Everything is checked before anything is written: an unknown source or document id is refused.
    if args.source:
        also = sources_erased_with(args.source, [*corpus, *chats])
        reason = f"erased with {args.source}" + (f": {args.reason}" if args.reason else "")
        new: list = [SourceRequest(source=args.source, reason=args.reason, requested=today())]
        new += [SourceRequest(source=s, reason=reason, requested=today()) for s in also]
    else:
        _, sha256 = find_document(args.doc, corpus, chats, Path(args.data), p.ingest)
        new = [DocumentRequest(doc=args.doc, sha256=sha256, reason=args.reason, requested=today())]
    stored = [r.model_dump() for r in append_requests(path, new)]
    return {"erasure_file": str(path), "request": stored[0], "erased_with": stored[1:], "next": "dvc repro"}


def _erasure_inputs(args: argparse.Namespace):
    """The validated erasure list and the documents it erases, read from the registered sources."""
    from governance.erasure.documents import erased_documents
    from governance.erasure.requests import ErasureList

    p = _params(args)
    corpus, chats = _registries([args.sources]), _registries([args.instructions])
    erasure = ErasureList.load(p.gate.erasure_file, [*corpus, *chats])
    return p, erasure, erased_documents(erasure, corpus, chats, Path(args.data), p.ingest)


def cmd_verify_erasure(args: argparse.Namespace) -> object:
    from governance.erasure.proof import summary, verify_erasure, write_proof

    p = _params(args)
    proof = verify_erasure(
        Path(args.data),
        Path(p.gate.erasure_file),
        Path(args.tokenizer),
        sources=[args.sources],
        instructions=[args.instructions],
        repo=Path(args.repo),
        scan=True,
        ingest=p.ingest,
    )
    path = write_proof(proof, Path(args.out))
    print(json.dumps(summary(proof), indent=2, sort_keys=True), file=sys.stderr)
    if not proof["passed"]:
        raise CharterError(
            f"erasure not proven ({path}): {len(proof['failures'])} failures:\n  - "
            + "\n  - ".join(proof["failures"])
        )
    return {"passed": True, "proof": str(path), "documents_erased": proof["documents_erased"]}


def cmd_purge(args: argparse.Namespace) -> object:
    from governance.erasure.purge import run_purge

    _, erasure, erased = _erasure_inputs(args)
    result = run_purge(Path(args.repo), Path(args.data), erasure, erased, dry_run=args.dry_run)
    return result | {"next": "charter verify-erasure"}


def cmd_verify(args: argparse.Namespace) -> object:
    from governance.integrity import verify

    result = verify(Path(args.report), Path(args.data))
    if not result["ok"]:
        names = [f"changed: {p}" for p in result["changed"]] + [f"missing: {p}" for p in result["missing"]]
        raise CharterError(
            f"{len(names)} of {result['checked']} artifacts differ from the report: " + ", ".join(names)
        )
    return {"verified": result["checked"]}


def cmd_scaling(args: argparse.Namespace) -> object:
    if args.action == "sweep":
        from model.sweep import SweepConfig, run_sweep

        default = SweepConfig()
        cfg = SweepConfig(
            budgets=tuple(args.budgets) if args.budgets else default.budgets,
            heldout_budget=args.heldout_budget or default.heldout_budget,
        )
        engine = _params(args).pretrain  # device, precision, ZeRO stage: the pretraining engine's
        result = run_sweep(
            Path(args.shards), Path(args.heldout), Path(args.tokenizer), Path(args.out), cfg, engine
        )
        return {"runs": len(result["runs"]), "out": args.out}
    from model.fit import run_fit

    payload = run_fit(Path(args.runs), Path(args.out), bootstrap=args.bootstrap)
    keys = ("E", "A", "B", "alpha", "beta", "intervals_95", "heldout")
    return {k: payload[k] for k in keys}


def cmd_experiment(args: argparse.Namespace) -> object:
    from eval_suites.experiment import collect, format_table, run_experiment

    params = _params(args)
    if args.action == "collect":
        cfg = params.experiment
        if args.seeds:
            cfg = cfg.model_copy(update={"seeds": list(args.seeds)})
        result = collect(Path(args.repo), Path(args.out), cfg, rev=args.rev)
    else:
        result = run_experiment(
            params, Path(args.repo), Path(args.out), args.compute_flops, args.target, seeds=args.seeds
        )
    print(format_table(result))
    if "wall_seconds" in result:
        print(f"wall time {result['wall_seconds'] / 60:.1f} min")
    return {
        "out": args.out,
        "comparisons": {f"{c['arm']} vs {c['baseline']}": c["verdict"] for c in result["comparisons"]},
    }


def cmd_trace(args: argparse.Namespace) -> object:
    from governance.trace import format_trace, trace_document, trace_token

    data = Path(args.data)
    result = (
        trace_token(data, args.token, args.shard_set) if args.token else trace_document(data, args.doc_id)
    )
    if args.json:
        print(json.dumps(result, indent=2, sort_keys=True, default=str))
    else:
        print(format_trace(result))
    return None


def cmd_ledger(args: argparse.Namespace) -> object:
    from governance import ledger_sql

    con = ledger_sql.connect(Path(args.data), [Path(r) for r in args.sources], args.memory_limit)
    if args.out:
        rows = ledger_sql.export(con, args.sql, Path(args.out))
        return {"out": args.out, "rows": rows}
    result = ledger_sql.query(con, args.sql, args.limit or None)
    print(ledger_sql.to_json(result) if args.json else ledger_sql.format_table(result))
    return None


def _add(sub, name: str, handler: Callable, help_: str, description: str) -> argparse.ArgumentParser:
    p = sub.add_parser(name, help=help_, description=description)
    p.set_defaults(handler=handler)
    return p


def _common(p: argparse.ArgumentParser, *, sources: bool = False) -> None:
    p.add_argument("--params", default="params.yaml", help="parameter file (default: %(default)s)")
    if sources:
        p.add_argument("--sources", default="sources.yaml", help="source registry (default: %(default)s)")


def _pretrain_paths(p: argparse.ArgumentParser, heldout: str | None) -> None:
    """The pretrain stage's paths: `charter pretrain` and `charter launch` take the same ones."""
    p.add_argument(
        "--plan",
        default="data/plan/plan.json",
        help="the plan stage's plan.json: model config and steps (default: %(default)s)",
    )
    p.add_argument(
        "--shards",
        default="data/mixture",
        help="the mixture stage's folder: token shards and meta.json (default: %(default)s)",
    )
    p.add_argument(
        "--tokenizer",
        default="data/tokenizer/tokenizer",
        help="the fitted tokenizer folder (default: %(default)s)",
    )
    p.add_argument(
        "--out",
        default="data/pretrain",
        help="where the checkpoints, logs and summary go (default: %(default)s)",
    )
    p.add_argument(
        "--heldout",
        default=heldout,
        help="folder of <domain>.jsonl held-out text for validation loss per domain (default: %(default)s)",
    )


def _erasure_args(p: argparse.ArgumentParser, *, out: bool) -> None:
    p.add_argument(
        "--instructions", default="instructions.yaml", help="instruction registry (default: %(default)s)"
    )
    p.add_argument("--data", default="data", help="pipeline output root")
    p.add_argument("--repo", default=".", help="the DVC repository (its cache and experiments)")
    if out:
        p.add_argument("--out", default="data/report", help="where erasure_proof.json goes")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="charter",
        description="Build domain-specialized language models from registered sources under auditable "
        "governance. The stages below are what `dvc repro` runs; run them by hand to debug one.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug detail")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = _add(
        sub,
        "fingerprint",
        cmd_fingerprint,
        "fingerprint the registered source files, so DVC sees changes outside the repository",
        "Write every file ingest would read (name as ids give it, size, sha256 of the content) per registered "
        "source, and of each --extra file, to one JSON file. dvc.yaml runs this on every repro and ingest "
        "depends on its output: a changed, added or deleted file of a source outside the repository re-runs "
        "ingest, and nothing runs when nothing changed.",
    )
    _common(p, sources=True)
    p.add_argument(
        "--extra",
        nargs="*",
        default=[],
        metavar="FILE",
        help="further files ingest reads (e.g. the erasure file)",
    )
    p.add_argument(
        "--out",
        default="data/fingerprint/sources.json",
        help="where the fingerprint JSON goes (default: %(default)s)",
    )
    p.add_argument(
        "--models-out",
        default=None,
        help="where the registered models' fingerprint goes (each file of each model folder); the stages that "
        "read a base model depend on it",
    )

    p = _add(
        sub,
        "ingest",
        cmd_ingest,
        "read registered sources into documents",
        "Read every source in the registry (JSONL, text, PDF, parquet) into documents with stable ids and "
        "sha256 hashes. Unreadable records are quarantined with the file and line at fault.",
    )
    _common(p, sources=True)
    p.add_argument(
        "--out",
        default="data/ingest",
        help="where the documents, quarantine and ledger go (default: %(default)s)",
    )

    p = _add(
        sub,
        "gate",
        cmd_gate,
        "apply the license policy and erasure list",
        "Check every source's SPDX license against the policy for the configured use, and drop "
        "documents of blocked or erased sources. An unknown license stops the build.",
    )
    _common(p, sources=True)
    p.add_argument(
        "--in", dest="inp", default="data/ingest", help="the ingest stage's output (default: %(default)s)"
    )
    p.add_argument(
        "--out",
        default="data/gate",
        help="where kept documents, gate decisions and ledger go (default: %(default)s)",
    )

    p = _add(
        sub,
        "curate",
        cmd_curate,
        "language id, quality filters and exact dedup (datatrove)",
        "Run datatrove's language id (offline fastText model), Gopher and C4 quality filters and exact "
        "deduplication; every drop is recorded with its reason.",
    )
    _common(p, sources=True)
    p.add_argument(
        "--in", dest="inp", default="data/gate", help="the gate stage's output (default: %(default)s)"
    )
    p.add_argument(
        "--out",
        default="data/curate",
        help="where curated documents, drops and ledger go (default: %(default)s)",
    )

    p = _add(
        sub,
        "scrub",
        cmd_scrub,
        "replace PII with typed placeholders (presidio)",
        "Detect personal data with presidio (offline spaCy model) and replace each value with a typed "
        "placeholder such as <PERSON_1>, consistent within a document. With IN.jsonl OUT.jsonl, scrub "
        "one file of {id, text} lines standalone.",
    )
    _common(p)
    p.add_argument("jsonl_in", nargs="?", metavar="IN.jsonl", help="standalone: input JSONL with id and text")
    p.add_argument("jsonl_out", nargs="?", metavar="OUT.jsonl", help="standalone: output JSONL")
    p.add_argument(
        "--domain",
        choices=["general", "finance", "legal", "medical"],
        help="standalone: scrub as the stage does a document of this domain (its pack's recognizers and "
        "must-keep lists on top of those every document runs). Without it, every pack's recognizers run "
        "and only the common must-keep lists apply: the strict default, which finds no less than any domain",
    )
    p.add_argument(
        "--in", dest="inp", default="data/curate", help="the curate stage's output (default: %(default)s)"
    )
    p.add_argument(
        "--out",
        default="data/scrub",
        help="where scrubbed documents, PII counts and ledger go (default: %(default)s)",
    )

    p = _add(
        sub,
        "validate",
        cmd_validate,
        "data-quality gate (great-expectations)",
        "Validate the scrubbed corpus with a great-expectations suite; exits non-zero on any violation.",
    )
    _common(p, sources=True)
    p.add_argument("--gate", default="data/gate", help="gate output, for the licenses the policy allowed")
    p.add_argument(
        "--in",
        dest="inp",
        default="data/scrub",
        help="the scrub stage's output, the corpus to validate (default: %(default)s)",
    )
    p.add_argument(
        "--out", default="data/validate", help="where the validation results go (default: %(default)s)"
    )

    p = _add(
        sub,
        "mix",
        cmd_mix,
        "split held-out text and build the domain/general mixture",
        "Hold out a deterministic slice of each domain for evaluation, then sample the training mixture to "
        "the configured domain share with per-source weights and a cap on repetition.",
    )
    _common(p, sources=True)
    p.add_argument(
        "--in", dest="inp", default="data/scrub", help="the scrub stage's output (default: %(default)s)"
    )
    p.add_argument(
        "--out", default="data/mix", help="where the train and held-out splits go (default: %(default)s)"
    )

    p = _add(
        sub,
        "tokenizer",
        cmd_tokenizer,
        "fit the domain-aware tokenizer",
        "Fit a byte-level BPE tokenizer (digits split) on the mixture with domain text weighted up, save it "
        "as a Hugging Face tokenizer, and compare its fertility with a general-only baseline. With "
        "pretrain.base_model: the base's tokenizer, extended with domain tokens when tokenizer.extend_base, "
        "compared with the base's own.",
    )
    _common(p, sources=True)
    p.add_argument(
        "--in",
        dest="inp",
        default="data/mix",
        help="the mix stage's output: the training split to fit on (default: %(default)s)",
    )
    p.add_argument(
        "--out",
        default="data/tokenizer",
        help="where the tokenizer and its fertility report go (default: %(default)s)",
    )

    p = _add(
        sub,
        "tokenize",
        cmd_tokenize,
        "pack token shards and the token index",
        "Tokenize the mixture into packed shards and write an index from every token range to its document.",
    )
    _common(p)
    p.add_argument(
        "--in",
        dest="inp",
        default="data/mix",
        help="the mix stage's output: the documents to tokenize (default: %(default)s)",
    )
    p.add_argument(
        "--tokenizer",
        default="data/tokenizer/tokenizer",
        help="the fitted tokenizer folder (default: %(default)s)",
    )
    p.add_argument(
        "--out",
        default="data/tokenize",
        help="where the token shards and their index go (default: %(default)s)",
    )

    p = _add(
        sub,
        "plan",
        cmd_plan,
        "Chinchilla-optimal model size and tokens for a compute budget",
        "Size the model by the parametric scaling law L(N, D) = E + A/N^alpha + B/D^beta with C = 6ND. "
        "With --compute, print a plan for that budget; without it, run the pipeline stage. With "
        "pretrain.base_model the stage plans the tokens that train that base and each domain's epochs.",
    )
    _common(p, sources=True)
    budget = p.add_mutually_exclusive_group()
    budget.add_argument("--compute", type=float, help="compute budget in FLOPs (standalone mode)")
    budget.add_argument(
        "--accelerator", help="budget from hardware (standalone mode): H100, A100, MI300X, TPUv5p, ..."
    )
    p.add_argument("--count", type=int, help="with --accelerator: number of devices")
    p.add_argument("--hours", type=float, help="with --accelerator: wall-clock hours")
    p.add_argument("--mfu", type=float, default=0.4, help="with --accelerator: expected MFU (default 0.4)")
    p.add_argument(
        "--fit",
        default="hoffmann",
        help="coefficient set: hoffmann, epoch, muennighoff, or a fit file from `charter scaling fit`",
    )
    p.add_argument("--unique-tokens", type=float, help="unique tokens available; more are repeated")
    p.add_argument("--vocab-size", type=int, default=32000, help="vocabulary size for the model config")
    p.add_argument("--seq-len", type=int, default=2048, help="context length for the model config")
    p.add_argument(
        "--micro-batch-size",
        type=int,
        default=8,
        help="sequences per GPU per forward pass (default: %(default)s)",
    )
    p.add_argument(
        "--grad-accum-steps",
        type=int,
        default=1,
        help="micro-batches per optimizer step over all GPUs; global batch = micro-batch x this (default: %(default)s)",
    )
    p.add_argument("--json", action="store_true", help="print the full plan as JSON")
    p.add_argument(
        "--meta",
        default="data/tokenize/meta.json",
        help="the tokenize stage's meta.json: unique tokens and vocabulary (default: %(default)s)",
    )
    p.add_argument(
        "--tokenizer",
        default="data/tokenizer/tokenizer",
        help="the fitted tokenizer folder, for the model's special-token ids (default: %(default)s)",
    )
    p.add_argument("--out", default="data/plan", help="where plan.json goes (default: %(default)s)")

    p = _add(
        sub,
        "mixture",
        cmd_mixture,
        "realise the planned tokens as the domain/general mixture",
        "Give each source its share of the plan's training tokens (mix.domain_share, mix.source_weights), "
        "repeat sources up to mix.max_epochs, and write the training stream in order as token shards.",
    )
    _common(p, sources=True)
    p.add_argument(
        "--plan",
        default="data/plan/plan.json",
        help="the plan stage's plan.json: the tokens to train on (default: %(default)s)",
    )
    p.add_argument(
        "--tokens",
        default="data/tokenize",
        help="the tokenize stage's folder: shards and token index (default: %(default)s)",
    )
    p.add_argument(
        "--out",
        default="data/mixture",
        help="where the training stream's shards and mixture report go (default: %(default)s)",
    )

    p = _add(
        sub,
        "pretrain",
        cmd_pretrain,
        "train the planned Llama model with DeepSpeed",
        "Train a transformers LlamaForCausalLM with a DeepSpeed engine (ZeRO stage, precision, schedule from "
        "params; gloo on CPU) through the fused linear cross-entropy; log loss per domain, validation loss, "
        "tokens/s and MFU; checkpoint every pretrain.checkpoint_every steps and resume from the newest "
        "checkpoint of the same configuration on restart; export a Hugging Face folder (safetensors + "
        "tokenizer). With pretrain.base_model, continue pretraining that registered base (any of the "
        "Llama, Mistral, Qwen2 and GPT-NeoX families) with a re-warmed learning rate. "
        "Several ranks: torchrun --nproc_per_node N -m charter.cli pretrain ...",
    )
    _common(p, sources=True)
    _pretrain_paths(p, heldout=None)

    p = _add(
        sub,
        "launch",
        cmd_launch,
        "run the pretrain stage on a GPU cluster (DeepSpeed launcher or Slurm), memory checked first",
        "Run the pretrain stage across GPUs and nodes with the params `dvc repro` uses (launch: in params.yaml "
        "sets nodes, GPUs per node, the GPU model and the Slurm job). --hostfile FILE starts the ranks with "
        "DeepSpeed's launcher; --slurm writes an sbatch script (srun + torchrun with a c10d rendezvous on the "
        "first node) and submits it. Before anything starts, the planned model's per-GPU memory (ZeRO model "
        "states and activations, with and without activation checkpointing) is checked against the GPU; a run "
        "that cannot fit is refused with the shortfall and the smallest ZeRO stage and micro-batch that fit. "
        "--dry-run only checks: charter launch --plan PLAN.json --accelerator H100-80GB --count 8 --dry-run. "
        "After the run, `dvc commit pretrain` records its outputs.",
    )
    _common(p)
    how = p.add_mutually_exclusive_group()
    how.add_argument("--hostfile", help="DeepSpeed hostfile ('hostname slots=N' per line)")
    how.add_argument("--slurm", action="store_true", help="submit a Slurm job")
    how.add_argument(
        "--dry-run", action="store_true", help="only estimate memory; exit non-zero if it cannot fit"
    )
    p.add_argument("--accelerator", help="GPU model, e.g. H100-80GB, A100-40GB (default: launch.accelerator)")
    p.add_argument("--count", type=int, help="GPUs in all (default: launch.nodes x launch.gpus_per_node)")
    p.add_argument("--json", action="store_true", help="with --dry-run: the estimate as JSON")
    p.add_argument("--wait", action="store_true", help="with --slurm: return when the job has finished")
    p.add_argument("--workdir", default="data/launch", help="with --slurm: where the script and job logs go")
    p.add_argument(
        "--skip-memory-check", action="store_true", help="launch even if the estimate does not fit"
    )
    _pretrain_paths(p, heldout="data/mix/heldout")

    p = _add(
        sub,
        "evaluate",
        cmd_evaluate,
        "lm-evaluation-harness suites and bits-per-byte per domain",
        "Evaluate the checkpoint with lm-evaluation-harness on the domain and general suites, offline, and "
        "bits-per-byte on each domain's held-out text.",
    )
    _common(p)
    p.add_argument(
        "--checkpoint",
        default="data/pretrain/checkpoint",
        help="the pretrained model (Hugging Face folder) (default: %(default)s)",
    )
    p.add_argument(
        "--heldout",
        default="data/mix/heldout",
        help="held-out <domain>.jsonl text for bits-per-byte (default: %(default)s)",
    )
    p.add_argument(
        "--out", default="data/evaluate/results", help="where the harness results go (default: %(default)s)"
    )
    p.add_argument(
        "--metrics",
        default="data/evaluate/metrics.json",
        help="where the metrics JSON goes (default: %(default)s)",
    )
    p.add_argument("--plot", help="bits-per-byte per domain as DVC plot data, e.g. data/evaluate/bpb.json")
    p.add_argument(
        "--chat-template",
        action="store_true",
        help="prompt through the checkpoint's chat template, as an instruction-tuned model is used",
    )
    p.add_argument(
        "--sft-data",
        help="the conversations the checkpoint was instruction-tuned on (train.jsonl): tasks from the same "
        "datasets are marked in-distribution, the others zero-shot",
    )

    p = _add(
        sub,
        "sft-data",
        cmd_sft_data,
        "govern the instruction data: license gate, PII scrub, decontamination",
        "Read the registered instruction sources (conversations, one JSON object a line), apply the license "
        "gate and erasure list, scrub PII from every turn, drop any conversation that is an evaluation item "
        "or shares a 13-gram with one or with the held-out text, and split train/valid; the ledger records "
        "every decision.",
    )
    _common(p)
    p.add_argument(
        "--sources", default="instructions.yaml", help="instruction registry (default: %(default)s)"
    )
    p.add_argument("--heldout", default="data/mix/heldout", help="held-out text to keep out ('' for none)")
    p.add_argument(
        "--out",
        default="data/sft_data",
        help="where the instruction conversations (train.jsonl, valid.jsonl) go (default: %(default)s)",
    )

    p = _add(
        sub,
        "sft",
        cmd_sft,
        "instruction-tune the pretrained model (TRL SFTTrainer)",
        "Fine-tune the checkpoint on the governed conversations with TRL's SFTTrainer: Charter's chat template, "
        "loss on assistant tokens only, packing by param, learning rate picked by validation loss over "
        "sft.lr_grid. Writes the checkpoint (with its chat template), metrics and base-vs-SFT sample answers.",
    )
    _common(p)
    p.add_argument("--checkpoint", default="data/pretrain/checkpoint", help="pretrained Hugging Face folder")
    p.add_argument("--data", default="data/sft_data", help="sft-data output (train.jsonl, valid.jsonl)")
    p.add_argument(
        "--out",
        default="data/sft",
        help="where the instruction-tuned checkpoint and its metrics go (default: %(default)s)",
    )

    p = _add(
        sub,
        "report",
        cmd_report,
        "lineage report (HTML and JSON) from the ledger",
        "Build the self-contained HTML and JSON lineage report from the ledger and stage outputs.",
    )
    _common(p, sources=True)
    p.add_argument("--instructions", default="instructions.yaml", help="instruction registry, for erasure")
    p.add_argument("--data", default="data", help="pipeline output root")
    p.add_argument("--tokenizer", default="data/tokenizer/tokenizer", help="for the erasure n-gram check")
    p.add_argument(
        "--out",
        default="data/report",
        help="where the HTML and JSON report and the cards go (default: %(default)s)",
    )

    p = _add(
        sub,
        "forget",
        cmd_forget,
        "record an erasure request (a source or one document)",
        "Append a request to the tracked erasure file (under a file lock, atomically) that ingest and the gate "
        "enforce; `dvc repro` then rebuilds without the documents, `charter purge` removes the copies earlier "
        "runs left, and `charter verify-erasure` proves the absence. A document request stores the document's "
        "id and the sha256 of its raw content, looked up in its source: an unknown id is refused.",
    )
    _common(p, sources=True)
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument(
        "--source",
        help="erase every document of this source id, and of every source registered `erased_with` it",
    )
    who.add_argument("--doc", help="erase one document id (as `charter trace` and the ledger show it)")
    p.add_argument("--reason", default="", help="why (kept with the request)")
    p.add_argument(
        "--instructions", default="instructions.yaml", help="instruction registry (default: %(default)s)"
    )
    p.add_argument("--data", default="data", help="the last build, for a document its source no longer holds")

    p = _add(
        sub,
        "verify-erasure",
        cmd_verify_erasure,
        "prove erased documents are gone: pipeline, data/, DVC cache, experiments, checkpoints",
        "Prove that no erased document remains: no kept ledger row, token-index row, training-shard n-gram or "
        "instruction conversation holds one; and no file under data/, in the DVC cache (workspace, run-cache "
        "and experiment objects), in DVC's temporary experiment folders or in an experiment commit holds its "
        "text (by 50-byte fingerprints, after decoding JSON, parquet, gzip/bz2/xz/zstd, zip and token shards), "
        "a record of it, or the document whole (by content hash); and no resumable checkpoint was trained on "
        "other shards. Prints what it scanned and every copy it found; writes the proof as JSON.",
    )
    _common(p, sources=True)
    _erasure_args(p, out=True)
    p.add_argument(
        "--tokenizer",
        default="data/tokenizer/tokenizer",
        help="the tokenizer the shards were packed with, for the n-gram check (default: %(default)s)",
    )

    p = _add(
        sub,
        "purge",
        cmd_purge,
        "remove the copies of erased documents that earlier runs left (run after dvc repro)",
        "After `charter forget` and `dvc repro`: remove every DVC cache object holding erased text and every "
        "object a recorded run built from one (workspace history and experiments), the run-cache entries and "
        "experiment refs that point at them, resumable checkpoints trained on other shards, leftovers of "
        "killed runs and logs holding erased text, and the text in dropped folders an older Charter wrote. "
        "Refuses, removing nothing, while the current outputs still hold an erased document. Says what it "
        "removed.",
    )
    _common(p, sources=True)
    _erasure_args(p, out=False)
    p.add_argument("--dry-run", action="store_true", help="say what would be removed, remove nothing")

    p = _add(
        sub,
        "verify",
        cmd_verify,
        "recompute every artifact hash the report lists",
        "Recompute the sha256 of every artifact listed in report.json; exit non-zero naming any changed or "
        "missing file.",
    )
    p.add_argument("--data", default="data", help="pipeline output root")
    p.add_argument(
        "--report",
        default="data/report/report.json",
        help="the report.json whose artifact hashes are checked (default: %(default)s)",
    )

    p = _add(
        sub,
        "scaling",
        cmd_scaling,
        "fit your own scaling law: IsoFLOP sweep of tiny models, then a Huber fit",
        "`sweep` trains a grid of tiny models (IsoFLOP profiles) on the token shards and scores each on "
        "held-out text; `fit` fits E, A, B, alpha, beta (Huber on log-loss, bootstrap intervals), predicts "
        "the held-out larger run, and writes a fit file that `charter plan --fit FILE.json` uses.",
    )
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    s = actions.add_parser("sweep", help="train the IsoFLOP grid", description="Train the IsoFLOP grid.")
    s.add_argument("--shards", default="data/tokenize", help="tokenize stage folder (meta.json, shards/)")
    s.add_argument("--heldout", default="data/mix/heldout", help="held-out <domain>.jsonl folder")
    s.add_argument(
        "--tokenizer",
        default="data/tokenizer/tokenizer",
        help="the fitted tokenizer folder (default: %(default)s)",
    )
    _common(s)
    s.add_argument("--budgets", type=float, nargs="+", help="IsoFLOP budgets in FLOPs")
    s.add_argument("--heldout-budget", type=float, help="budget of the held-out run, above the sweep's")
    s.add_argument("--out", default="data/scaling", help="where runs.json goes (default: %(default)s)")
    f = actions.add_parser("fit", help="fit the law to a sweep", description="Fit the law to a sweep.")
    f.add_argument("--runs", default="data/scaling/runs.json", help="the sweep's runs.json")
    f.add_argument("--bootstrap", type=int, default=200, help="bootstrap resamples for the intervals")
    f.add_argument("--out", default="data/scaling", help="where the fit file goes (default: %(default)s)")

    p = _add(
        sub,
        "experiment",
        cmd_experiment,
        "arms of the pipeline at equal compute, several seeds each, compared with intervals",
        "`run` checks each arm fits mix.max_epochs, then runs every arm of `experiment.arms` once per seed of "
        "`experiment.seeds` as `dvc exp run --temp -n <arm>-seed<seed> -S <the arm's overrides> -S "
        "plan.compute_flops=C -S pretrain.seed=<seed>` (the workspace is untouched), and collects; `collect` "
        "reads `dvc exp show --json` and each run's held-out document scores into results.json and bpb.png "
        "(the report includes them) and prints mean and 95%% interval per arm and domain, parameters, tokens "
        "and bytes per arm, the controls and every comparison's verdict.",
    )
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    r = actions.add_parser("run", help="run the arms, then collect", description="Run the arms and collect.")
    r.add_argument(
        "--compute-flops",
        type=float,
        help="the budget every run trains at (default: experiment.compute_flops, else plan.compute_flops)",
    )
    r.add_argument("--target", default="evaluate", help="last stage each run reaches (default: %(default)s)")
    c = actions.add_parser("collect", help="tabulate finished runs", description="Tabulate finished runs.")
    for a in (r, c):
        _common(a)
        a.add_argument(
            "--seeds", type=int, nargs="+", help="pretrain.seed of each replicate (default: experiment.seeds)"
        )
        a.add_argument("--repo", default=".", help="the DVC repository (default: %(default)s)")
        a.add_argument("--out", default="data/experiment", help="where results.json and bpb.png go")
    c.add_argument(
        "--rev", help="the commit the runs were made on (default: HEAD); each run belongs to its commit"
    )

    p = _add(
        sub,
        "trace",
        cmd_trace,
        "where a document or a training token came from",
        "Show a document's source, license, hash and every stage's decision; or, with --token "
        "SHARD:OFFSET, which document, source and license a training token came from.",
    )
    p.add_argument("doc_id", nargs="?", help="document id, e.g. finance-tatqa/contexts.jsonl#L3")
    p.add_argument("--token", metavar="SHARD:OFFSET", help="a token position in a packed shard")
    p.add_argument(
        "--shard-set",
        choices=["mixture", "tokenize"],
        default="mixture",
        help="with --token: the training shards (mixture, default) or the unique-document shards (tokenize)",
    )
    p.add_argument("--data", default="data", help="pipeline output root")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = _add(
        sub,
        "ledger",
        cmd_ledger,
        "compliance questions in SQL over the ledger (DuckDB)",
        "Query the lineage ledger with DuckDB, in place: the parquet files are read as they are, so a "
        "hundred million documents answer in seconds.",
    )
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    q = actions.add_parser(
        "query",
        help="run one SQL query",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Run one SQL query (DuckDB dialect) over these views:\n"
        "  ledger          every stage's ledger, one row per (document, stage): doc_id, stage, decision\n"
        "                  (kept/modified/dropped/quarantined), reason, source, domain, counts (JSON counts\n"
        "                  by PII type), detail (JSON), code_version, params_hash\n"
        "  provenance      per document as ingested: doc_id, source, domain, license, sensitivity, sha256,\n"
        "                  location (written by the report stage)\n"
        "  token_index     token ranges of the unique-document shards: shard, start, end, doc_id, source,\n"
        "                  domain, license, epoch\n"
        "  training_index  the same for the training stream (repetitions included)\n"
        "  sources         the registries: id, domain, license, owner, sensitivity, format\n\n"
        "Which documents of a source under a license reached training:\n"
        '  charter ledger query "SELECT l.doc_id FROM ledger l JOIN sources s ON l.source = s.id\n'
        "    WHERE l.stage = 'mix' AND json_extract_string(l.detail, '$.split') = 'train'\n"
        "    AND s.id = 'finance-tatqa' AND s.license = 'CC-BY-4.0'\"\n"
        "Decisions per stage:\n"
        '  charter ledger query "SELECT stage, decision, count(*) FROM ledger GROUP BY ALL ORDER BY ALL"',
    )
    q.add_argument("sql", metavar="SQL", help="the query")
    q.add_argument("--data", default="data", help="pipeline output root (default: %(default)s)")
    q.add_argument(
        "--sources",
        nargs="+",
        default=["sources.yaml", "instructions.yaml"],
        help="registries behind the `sources` view (default: %(default)s)",
    )
    q.add_argument("--limit", type=int, default=50, help="rows printed (default %(default)s; 0 for all)")
    q.add_argument("--out", help="write every row to a .parquet, .csv, .json or .jsonl file instead")
    q.add_argument("--memory-limit", help="DuckDB memory limit, e.g. 4GB (default: DuckDB's, 80%% of RAM)")
    q.add_argument("--json", action="store_true", help="print the rows as JSON")
    return parser


def main(argv: list[str] | None = None) -> int:
    from core.logs import no_locals_in_logs

    no_locals_in_logs()
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    if args.command == "trace" and bool(args.doc_id) == bool(args.token):
        parser.error("trace needs a DOC_ID or --token SHARD:OFFSET (one of them)")
    if args.command == "scrub" and bool(args.jsonl_in) != bool(args.jsonl_out):
        parser.error("standalone scrub needs both IN.jsonl and OUT.jsonl")
    try:
        result = args.handler(args)
    except CharterError as e:
        print(f"charter {args.command}: error: {e}", file=sys.stderr)
        return 2
    if result is not None:
        print(json.dumps(result, indent=2, sort_keys=True, default=str))
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
