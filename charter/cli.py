"""`charter`: one subcommand per pipeline stage (as `dvc.yaml` calls them) plus the tools people use directly.

The stage subcommands are built from their declarations in core.stages; each runs its stage's declared
function, imported when the command runs, so `charter --help` is instant and a stage's heavy dependencies
(presidio, deepspeed, lm-eval) load only when that stage runs. The other commands are below, each a call
into the module that does the work.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

from core import artifacts
from core.errors import CharterError
from core.stages import COMMANDS, LAUNCH, PRETRAIN, Command

# Offline by design: nothing may be fetched from a hub at run time.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_NO_ADVISORY_WARNINGS", "1")
os.environ.setdefault("DO_NOT_TRACK", "1")
# presidio's email recognizer would otherwise try to download the public-suffix list on first use.
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")


def cmd_forget(args: argparse.Namespace) -> object:
    from governance.erasure.forget import forget

    return forget(
        params=Path(args.params),
        sources=Path(args.sources),
        instructions=Path(args.instructions),
        source=args.source,
        doc=args.doc,
        reason=args.reason,
        data=Path(args.data),
    )


def _erasure_paths(args: argparse.Namespace) -> dict[str, Path]:
    names = ("params", "sources", "instructions", "data", "repo")
    return {name: Path(getattr(args, name)) for name in names}


def cmd_verify_erasure(args: argparse.Namespace) -> object:
    from governance.erasure.proof import verify_erasure_command

    return verify_erasure_command(**_erasure_paths(args), out=Path(args.out), tokenizer=Path(args.tokenizer))


def cmd_purge(args: argparse.Namespace) -> object:
    from governance.erasure.purge import purge_command

    return purge_command(**_erasure_paths(args), dry_run=args.dry_run)


def cmd_verify(args: argparse.Namespace) -> object:
    from governance.integrity import verify_command

    return verify_command(report=Path(args.report), data=Path(args.data))


def cmd_scaling(args: argparse.Namespace) -> object:
    if args.action == "sweep":
        from model.sweep import sweep_command

        return sweep_command(
            params=Path(args.params),
            shards=Path(args.shards),
            heldout=Path(args.heldout),
            tokenizer=Path(args.tokenizer),
            out=Path(args.out),
            budgets=args.budgets,
            heldout_budget=args.heldout_budget,
        )
    from model.fit import fit_command

    return fit_command(runs=Path(args.runs), out=Path(args.out), bootstrap=args.bootstrap)


def cmd_experiment(args: argparse.Namespace) -> object:
    from eval_suites.experiment import experiment_command

    common = {
        "params": Path(args.params),
        "seeds": args.seeds,
        "repo": Path(args.repo),
        "out": Path(args.out),
        "study": args.study,
    }
    if args.action == "collect":
        return experiment_command("collect", **common, rev=args.rev, references=args.reference or ())
    return experiment_command("run", **common, compute_flops=args.compute_flops, target=args.target)


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


def _add_command(sub, command: Command) -> argparse.ArgumentParser:
    """A subcommand from its declaration: its options in order, exclusive ones grouped; the handler runs
    the declared function with them."""
    p = _add(sub, command.name, lambda args: command.call(vars(args)), command.help, command.description)
    groups: dict[str, argparse._MutuallyExclusiveGroup] = {}
    for option in command.options:
        target: argparse._ActionsContainer = p
        if option.exclusive is not None:
            if option.exclusive not in groups:
                groups[option.exclusive] = p.add_mutually_exclusive_group()
            target = groups[option.exclusive]
        target.add_argument(*option.flags, **option.argparse_kwargs())
    return p


def _common(p: argparse.ArgumentParser, *, sources: bool = False) -> None:
    p.add_argument("--params", default="params.yaml", help="parameter file (default: %(default)s)")
    if sources:
        p.add_argument("--sources", default="sources.yaml", help="source registry (default: %(default)s)")


def _erasure_args(p: argparse.ArgumentParser, *, out: bool) -> None:
    p.add_argument(
        "--instructions", default="instructions.yaml", help="instruction registry (default: %(default)s)"
    )
    p.add_argument("--data", default=artifacts.ROOT, help="pipeline output root")
    p.add_argument("--repo", default=".", help="the DVC repository (its cache and experiments)")
    if out:
        p.add_argument("--out", default=artifacts.folder("report"), help="where erasure_proof.json goes")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="charter",
        description="Build domain-specialized language models from registered sources under auditable "
        "governance. The stages below are what `dvc repro` runs; run them by hand to debug one.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug detail")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    for command in COMMANDS:
        _add_command(sub, command)
        if command is PRETRAIN:
            _add_command(sub, LAUNCH)  # the same stage, started on a cluster

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
    p.add_argument(
        "--data", default=artifacts.ROOT, help="the last build, for a document its source no longer holds"
    )

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
        default=artifacts.TOKENIZER.dvc_path,
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
    p.add_argument("--data", default=artifacts.ROOT, help="pipeline output root")
    p.add_argument(
        "--report",
        default=artifacts.REPORT_JSON.dvc_path,
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
    s.add_argument(
        "--shards", default=artifacts.folder("tokenize"), help="tokenize stage folder (meta.json, shards/)"
    )
    s.add_argument("--heldout", default=artifacts.MIX_HELDOUT.dvc_path, help="held-out <domain>.jsonl folder")
    s.add_argument(
        "--tokenizer",
        default=artifacts.TOKENIZER.dvc_path,
        help="the fitted tokenizer folder (default: %(default)s)",
    )
    _common(s)
    s.add_argument("--budgets", type=float, nargs="+", help="IsoFLOP budgets in FLOPs")
    s.add_argument("--heldout-budget", type=float, help="budget of the held-out run, above the sweep's")
    s.add_argument(
        "--out", default=artifacts.folder("scaling"), help="where runs.json goes (default: %(default)s)"
    )
    f = actions.add_parser("fit", help="fit the law to a sweep", description="Fit the law to a sweep.")
    f.add_argument("--runs", default=artifacts.SCALING_RUNS.dvc_path, help="the sweep's runs.json")
    f.add_argument("--bootstrap", type=int, default=200, help="bootstrap resamples for the intervals")
    f.add_argument(
        "--out", default=artifacts.folder("scaling"), help="where the fit file goes (default: %(default)s)"
    )

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
        a.add_argument(
            "--out",
            default=artifacts.folder("experiment"),
            help="where results.json and bpb.png go; a study's go in a folder of its name under it",
        )
        a.add_argument(
            "--study",
            help="one of experiment.studies in params.yaml (e.g. recipes, continued) instead of the "
            "experiment's own arms",
        )
    c.add_argument(
        "--rev", help="the commit the runs were made on (default: HEAD); each run belongs to its commit"
    )
    c.add_argument(
        "--reference",
        action="append",
        metavar="NAME=METRICS[=NOTE]",
        help="a model that is no arm (e.g. base: the base as it is; base-sft, continued-sft: after SFT), from "
        "its evaluate metrics.json, added to results.json for the decision memo; repeatable",
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
    p.add_argument("--data", default=artifacts.ROOT, help="pipeline output root")
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
    q.add_argument("--data", default=artifacts.ROOT, help="pipeline output root (default: %(default)s)")
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
