"""Generate the synthetic private documents of the finance, legal and medical packs, and licensed vendor notes.

    python -m tools.packs.private [--out domain] [--seed 1234]

Real client memos, depositions and discharge summaries cannot ship, yet the scrubber must be exercised and
measured on exactly that kind of text. These are generated from a seeded RNG (same seed, same bytes) and
registered in sources.yaml as private sources. Next to each `<name>.jsonl` goes `<name>.pii.json`, the
ground truth of every planted value per document id, for tests and benchmarks; the pipeline never reads it.

Third-party data licensed for non-commercial use only must be blocked by a commercial build, yet such data
cannot ship in this repository either. So the license gate is exercised on generated research notes
attributed to a fictional vendor and declared under a non-commercial license (LICENSED_SETS).

Two deliberate defects exercise ingest's quarantine: the finance file ends with one JSON line cut off
mid-write, and `legal/data/court-opinions/corrupt-upload.pdf` is a PDF that cannot be opened.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from random import Random

from core.packs import PACKS_ROOT
from tools.packs.jsonl import dumps
from tools.packs.synthetic import depositions, discharge, onboarding, research_notes
from tools.packs.synthetic.corrupt_pdf import corrupt_pdf
from tools.packs.synthetic.planting import SyntheticDoc

DEFAULT_SEED = 1234
LICENSE_ID = "LicenseRef-Proprietary-Internal"
CORRUPT_PDF = Path("legal/data/court-opinions/corrupt-upload.pdf")


@dataclass(frozen=True)
class PrivateSet:
    domain: str
    name: str
    title: str
    planted: str  # what the documents contain, for ATTRIBUTION.md
    make: Callable[[Random, int], SyntheticDoc]
    count: int
    truncated_tail: bool = False  # append one more record, cut off mid-line


SETS = (
    PrivateSet(
        "finance",
        "client-onboarding-memos",
        "Client onboarding memos (synthetic)",
        "client name, date of birth, SSN, phone, email, street address, bank account and ABA routing number, "
        "payment-card number; advisor, referrer and analyst names",
        onboarding.memo,
        100,
        truncated_tail=True,
    ),
    PrivateSet(
        "legal",
        "deposition-excerpts",
        "Deposition transcript excerpts (synthetic)",
        "witness, attorney and court-reporter names, witness home address and phone, counsel phone and "
        "email; the case docket number is planted too, as public record the scrubber must keep (the "
        "manifest's `keep` lists)",
        depositions.transcript,
        100,
    ),
    PrivateSet(
        "medical",
        "discharge-summaries",
        "Hospital discharge summaries (synthetic)",
        "patient name, MRN, date of birth, admission and discharge dates, home address, phone, attending and "
        "primary-care physician names; ICD-10-CM codes and drug doses are planted too, as content the "
        "scrubber must keep (the manifest's `keep` lists)",
        discharge.summary,
        100,
    ),
)


@dataclass(frozen=True)
class LicensedSet:
    """Generated documents declared as licensed from a fictional third party, without any personal data."""

    domain: str
    name: str  # folder under <domain>/data/, and its .jsonl
    title: str
    spdx: str
    licensor: str
    terms: str  # what the declared license permits, for LICENSE
    make: Callable[[Random, int], SyntheticDoc]
    count: int


LICENSED_SETS = (
    LicensedSet(
        "finance",
        "vendor-research-notes",
        "Equity research notes from a fictional vendor (synthetic, non-commercial license)",
        "CC-BY-NC-4.0",
        research_notes.VENDOR,
        "Creative Commons Attribution-NonCommercial 4.0 International, "
        "https://creativecommons.org/licenses/by-nc/4.0/: non-commercial use only",
        research_notes.note,
        300,
    ),
)


def cut_midway(line: str) -> str:
    """The first 60% of a JSON line: what an export interrupted mid-write leaves behind."""
    return line[: len(line) * 3 // 5]


def write_set(spec: PrivateSet, root: Path, seed: int) -> tuple[int, int]:
    """Write `<name>.jsonl`, `<name>.pii.json`, LICENSE and ATTRIBUTION.md; returns (documents, bytes)."""
    rng = Random(f"{seed}:{spec.domain}:{spec.name}")
    docs = [spec.make(rng, number) for number in range(1, spec.count + 1)]
    lines = [dumps({"id": d.id, "text": d.text}) + "\n" for d in docs]
    manifest: dict[str, object] = {
        "file": f"{spec.name}.jsonl",
        "generator": f"python -m tools.packs.private --seed {seed}",
        "purpose": "ground truth of planted values for tests and benchmarks; never read by the pipeline",
    }
    if spec.truncated_tail:
        tail = spec.make(rng, spec.count + 1)
        lines.append(cut_midway(dumps({"id": tail.id, "text": tail.text})))
        manifest["truncated_line"] = len(lines)
    documents = {d.id: d.manifest_entry(line) for line, d in enumerate(docs, start=1)}

    out = root / spec.domain / "data" / "private"
    out.mkdir(parents=True, exist_ok=True)
    data = out / f"{spec.name}.jsonl"
    data.write_text("".join(lines), encoding="utf-8")
    (out / f"{spec.name}.pii.json").write_text(render_manifest(manifest, documents), encoding="utf-8")
    (out / "LICENSE").write_text(license_text(spec), encoding="utf-8")
    (out / "ATTRIBUTION.md").write_text(attribution(spec, seed, len(docs)), encoding="utf-8")
    return len(docs), data.stat().st_size


def render_manifest(manifest: dict[str, object], documents: dict[str, dict[str, object]]) -> str:
    """Indented JSON with one line per document, so a reviewer can read or grep it by document id."""
    head = json.dumps(manifest, indent=1)[: -len("\n}")]
    rows = ",\n".join(f"  {json.dumps(doc_id)}: {json.dumps(entry)}" for doc_id, entry in documents.items())
    return f'{head},\n "documents": {{\n{rows}\n }}\n}}\n'


def license_text(spec: PrivateSet) -> str:
    return (
        f"{LICENSE_ID}\n\n{spec.title}: generated by Charter (tools/packs/private.py). Treated as the organisation's "
        "own confidential data: internal use only, sensitivity private. The documents are fictitious; any "
        "resemblance of a generated name or address to a real person is coincidental.\n"
    )


def attribution(spec: PrivateSet, seed: int, documents: int) -> str:
    tail = (
        f"\n\nThe file ends with one more record cut off mid-line (line {documents + 1}, no newline): a "
        "simulated export interrupted mid-write, which ingest must quarantine with its file and line."
        if spec.truncated_tail
        else ""
    )
    return (
        f"# {spec.title}\n\n"
        f"- **Origin:** generated by Charter, `python -m tools.packs.private --seed {seed}` (tools/packs/private.py, "
        f"templates in tools/packs/synthetic/); not derived from any real record.\n"
        f"- **License:** `{LICENSE_ID}`; sensitivity: private.\n"
        f"- **Documents:** {documents} in `{spec.name}.jsonl`.\n"
        f"- **Planted:** {spec.planted}. Fake by construction: SSNs in the never-issued 9xx area, phone numbers "
        "555-0100 to 555-0199, email at example.com/example.org; card and routing numbers drawn at random to pass "
        "the Luhn and ABA checksums, not taken from any real account.\n"
        f"- **Ground truth:** `{spec.name}.pii.json` maps each document id to its line and planted values "
        "(entity type and exact text). For tests and benchmarks only; the pipeline never reads it."
        f"{tail}\n"
    )


def write_licensed_set(spec: LicensedSet, root: Path, seed: int) -> tuple[int, int]:
    """Write `<name>.jsonl`, LICENSE and ATTRIBUTION.md; returns (documents, bytes)."""
    rng = Random(f"{seed}:{spec.domain}:{spec.name}")
    docs = [spec.make(rng, number) for number in range(1, spec.count + 1)]
    if any(d.pii for d in docs):
        raise ValueError(f"{spec.name}: licensed vendor notes must not contain planted personal data")
    out = root / spec.domain / "data" / spec.name
    out.mkdir(parents=True, exist_ok=True)
    data = out / f"{spec.name}.jsonl"
    data.write_text("".join(dumps({"id": d.id, "text": d.text}) + "\n" for d in docs), encoding="utf-8")
    (out / "LICENSE").write_text(
        f"{spec.spdx}\n\n{spec.title}: licensed by {spec.licensor} under {spec.terms}.\n\n"
        f"{spec.licensor} is fictional and these notes are synthetic: generated by Charter "
        "(tools/packs/private.py) to stand for third-party data held under a non-commercial license, so that "
        "the license gate has such a source to decide on. Any resemblance of a generated company name to a "
        "real issuer is coincidental.\n",
        encoding="utf-8",
    )
    (out / "ATTRIBUTION.md").write_text(
        f"# {spec.title}\n\n"
        f"- **Origin:** generated by Charter, `python -m tools.packs.private --seed {seed}` (tools/packs/private.py, "
        f"templates in tools/packs/synthetic/); not derived from any real research or record.\n"
        f"- **License:** `{spec.spdx}` as declared by {spec.licensor}, a fictional research vendor; "
        "sensitivity: public (no personal data).\n"
        f"- **Documents:** {len(docs)} in `{spec.name}.jsonl`.\n"
        "- **Purpose:** exercise the license gate: the default commercial policy must block this source "
        "and the research policy admits it.\n",
        encoding="utf-8",
    )
    return len(docs), data.stat().st_size


def write_corrupt_pdf(root: Path, seed: int) -> int:
    path = root / CORRUPT_PDF
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(corrupt_pdf(Random(f"{seed}:corrupt-upload")))
    return path.stat().st_size


def generate(root: Path, seed: int = DEFAULT_SEED) -> dict[str, tuple[int, int]]:
    """Write every synthetic file under `root` (a packs root laid out like domain/)."""
    written = {f"{s.domain}/{s.name}": write_set(s, root, seed) for s in SETS}
    written |= {f"{s.domain}/{s.name}": write_licensed_set(s, root, seed) for s in LICENSED_SETS}
    written[CORRUPT_PDF.as_posix()] = (1, write_corrupt_pdf(root, seed))
    return written


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m tools.packs.private", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument(
        "--out", type=Path, default=PACKS_ROOT, help="packs root to write into (default: domain/)"
    )
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    for name, (documents, size) in generate(args.out, args.seed).items():
        print(f"{name:45} {documents:4} docs {size:>9,} bytes")


if __name__ == "__main__":
    main()
