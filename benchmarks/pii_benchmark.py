"""PII benchmark: Charter's scrubber beside vanilla presidio, same documents, same run.

    python -m governance.pii.evalset          # (re)writes benchmarks/pii_eval/*.jsonl, deterministic
    python benchmarks/pii_benchmark.py        # prints the table

Recall of a labelled type: share of its labelled occurrences fully covered by detections (of any type;
vanilla's types differ from ours). Precision of a detected type: share of its detections overlapping a
labelled value. Leak: a labelled value, or a critical part of it (a name part, the street number and name,
the e-mail's local part, any run of 4+ digits), still in the output. Preservation: a must-keep value occurs
in the output as often as in the input. chars/s: wall time over all documents, detection and replacement,
engines already loaded (Charter's worker processes start inside the timing, on the first pass).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from charter.config import ScrubParams  # noqa: E402
from governance.pii.engine import vanilla_analyzer  # noqa: E402
from governance.pii.scrubber import Scrubber  # noqa: E402


def load(folder: Path) -> list[dict]:
    return [json.loads(line) for p in sorted(folder.glob("*.jsonl")) for line in p.open(encoding="utf-8")]


def critical_parts(kind: str, value: str) -> list[str]:
    parts = [value]
    if kind == "PERSON":
        parts += [p for p in re.findall(r"[A-Za-z][A-Za-z'-]+", value) if len(p) >= 3]
    elif kind == "STREET_ADDRESS":
        parts.append(value.split(",")[0])
        parts += re.findall(r"\d+ [A-Z][a-z]+(?: [A-Z][a-z]+)?", value)
    elif kind == "EMAIL_ADDRESS":
        parts.append(value.split("@")[0])
    if kind not in {"DATE_OF_BIRTH", "STREET_ADDRESS"}:
        parts += (
            re.findall(r"\d{4,}", value.replace(" ", "").replace("-", "").replace(".", ""))
            if kind != "PHONE_NUMBER"
            else []
        )
        parts += re.findall(r"\d{4,}", value)
    return parts


def survives(part: str, text: str) -> bool:
    return re.search(rf"(?<![\w]){re.escape(part)}(?![\w])", text) is not None


def spans_of(text: str, value: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(re.escape(value), text)]


def evaluate(docs: list[dict], outputs: list[str], detections: list[list[tuple[str, int, int]]]) -> dict:
    recall_hit: Counter[str] = Counter()
    recall_all: Counter[str] = Counter()
    prec_hit: Counter[str] = Counter()
    prec_all: Counter[str] = Counter()
    leaks, planted, kept, keep_all = 0, 0, 0, 0
    leaked_by_type: Counter[str] = Counter()
    for doc, out, found in zip(docs, outputs, detections, strict=True):
        text = doc["text"]
        gold = [(item["type"], s, e) for item in doc["pii"] for s, e in spans_of(text, item["value"])]
        covered = [False] * len(text)
        for _, s, e in found:
            for k in range(s, e):
                covered[k] = True
        for kind, s, e in gold:
            recall_all[kind] += 1
            recall_hit[kind] += all(covered[s:e])
        for kind, s, e in found:
            prec_all[kind] += 1
            prec_hit[kind] += any(gs < e and s < ge for _, gs, ge in gold)
        for item in doc["pii"]:
            planted += 1
            if any(survives(p, out) for p in critical_parts(item["type"], item["value"])):
                leaks += 1
                leaked_by_type[item["type"]] += 1
        for item in doc["keep"]:
            keep_all += 1
            kept += out.count(item["value"]) >= text.count(item["value"])
    return {
        "recall": {k: recall_hit[k] / recall_all[k] for k in sorted(recall_all)},
        "precision": {k: prec_hit[k] / prec_all[k] for k in sorted(prec_all)},
        "leak_rate": leaks / planted,
        "leaked_by_type": dict(leaked_by_type),
        "planted": planted,
        "preservation": kept / keep_all,
        "keep_values": keep_all,
    }


def run_charter(docs: list[dict], n_process: int, repeat: int):
    scrubber = Scrubber(ScrubParams(n_process=n_process))
    items = [(d["text"], d["domain"]) for d in docs]
    for domain in {d for _, d in items}:
        scrubber._analyzer(domain)
    start = time.perf_counter()
    for _ in range(repeat):  # detection and replacement, as vanilla's timing has analyze and anonymize
        found = list(scrubber.find_many(items))
        outputs = [scrubber.replace(t, f).text for (t, _), f in zip(items, found, strict=True)]
    elapsed = time.perf_counter() - start
    return outputs, [[(d.entity_type, d.start, d.end) for d in f] for f in found], elapsed


def run_vanilla(docs: list[dict], spacy_model: str, repeat: int):
    from presidio_anonymizer import AnonymizerEngine

    engine, anonymizer = vanilla_analyzer(spacy_model), AnonymizerEngine()
    engine.analyze("warm up", language="en")
    start = time.perf_counter()
    for _ in range(repeat):
        outputs, detections = [], []
        for d in docs:
            results = engine.analyze(d["text"], language="en")
            outputs.append(anonymizer.anonymize(text=d["text"], analyzer_results=results).text)
            detections.append([(r.entity_type, r.start, r.end) for r in results])
    return outputs, detections, time.perf_counter() - start


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description="Charter PII scrubbing vs vanilla presidio")
    ap.add_argument("--eval", type=Path, default=ROOT / "benchmarks" / "pii_eval")
    ap.add_argument("--n-process", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=2, help="passes over the set for the timing")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args(argv)
    docs = load(args.eval)
    chars = sum(len(d["text"]) for d in docs) * args.repeat
    by_domain = Counter(d["domain"] for d in docs)
    print(
        f"{len(docs)} documents ({dict(sorted(by_domain.items()))}), {chars // args.repeat} chars, x{args.repeat}"
    )
    results = {}
    for name, runner in (
        ("charter", lambda: run_charter(docs, args.n_process, args.repeat)),
        ("presidio", lambda: run_vanilla(docs, ScrubParams().spacy_model, args.repeat)),
    ):
        outputs, detections, elapsed = runner()
        results[name] = evaluate(docs, outputs, detections) | {"chars_per_s": chars / elapsed}
    c, v = results["charter"], results["presidio"]
    print(f"\n{'labelled type':24} {'recall charter':>15} {'recall presidio':>16}")
    for k in sorted(set(c["recall"]) | set(v["recall"])):
        print(f"{k:24} {c['recall'].get(k, 0):15.3f} {v['recall'].get(k, 0):16.3f}")
    print(f"\n{'detected type':24} {'precision charter':>18} {'precision presidio':>19}")
    for k in sorted(set(c["precision"]) | set(v["precision"])):
        mine, theirs = c["precision"].get(k), v["precision"].get(k)
        print(
            f"{k:24} {'-' if mine is None else f'{mine:.3f}':>18} {'-' if theirs is None else f'{theirs:.3f}':>19}"
        )
    print(f"\n{'':24} {'charter':>12} {'presidio':>12}")
    print(
        f"{'leak rate':24} {c['leak_rate']:12.2%} {v['leak_rate']:12.2%}   (of {c['planted']} planted values)"
    )
    print(
        f"{'must-keep preservation':24} {c['preservation']:12.2%} {v['preservation']:12.2%}   (of {c['keep_values']})"
    )
    print(f"{'chars/s':24} {c['chars_per_s']:12.0f} {v['chars_per_s']:12.0f}")
    print(
        f"speed ratio charter/presidio: {c['chars_per_s'] / v['chars_per_s']:.2f}x (charter n_process={args.n_process}, presidio 1 process)"
    )
    print(f"charter leaks by type: {c['leaked_by_type']}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, sort_keys=True))
    return results


if __name__ == "__main__":
    main()
