"""Build the shipped public samples of every domain pack from the shared data folder.

    python -m tools.packs.samples --shared ../shared/data

A fresh clone has no shared data, so the embedded default trains on these copies. Each dataset below
states its sampling rule; every rule reads sorted inputs and uses no randomness, so a rerun rewrites the
same bytes. The script only (over)writes its own files: the synthetic files `tools.packs.private` adds beside
them (private/, court-opinions/corrupt-upload.pdf) are left alone.
"""

from __future__ import annotations

import argparse
import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from core.packs import PACKS_ROOT
from tools.packs.attribution import Shipped, Upstream, render
from tools.packs.jsonl import write_jsonl
from tools.packs.sampling import finance, general, legal, medical

MAKE = (
    "`python -m tools.packs.samples --shared ../shared/data` (tools/packs/samples.py): sorted inputs, fixed "
    "rules, no randomness"
)

WIKITEXT_MAX_BYTES = 800_000
GUTENBERG_BOOK = "3261-news-from-nowhere.txt"
CUAD_MIN_BYTES, CUAD_MAX_BYTES, CUAD_STRIDE, CUAD_LIMIT, CUAD_SECTION_WORDS = 20_000, 60_000, 2, 16, 2_500
COURT_PDFS = (
    "ca1_00117684624.pdf",
    "ca10_010110462922.pdf",
    "ca5_00516242060.pdf",
    "mo-ctapp-ED108783-jagels-v-state.pdf",
)
PUBMEDQA_STRIDE = 2
MEDQUAD_COLLECTIONS = ["1_CancerGov_QA", "5_NIDDK_QA", "6_NINDS_QA", "8_NHLBI_QA_XML", "9_CDC_QA"]
MEDQUAD_STRIDE = 20
ICD10_TERMS, ICD10_MIN_LENGTH = 300, 4

Build = Callable[[Path, Path], list[Shipped]]


@dataclass(frozen=True)
class Dataset:
    """One shipped sample: where it goes, where it comes from, and the rule that cut it down."""

    domain: str
    name: str  # folder under domain/<domain>/data/
    upstream: str  # folder under the shared data root
    spdx: str
    title: str
    summary: str
    credit: str
    rule: str
    build: Build
    license_text: Callable[[Path], str] | None = None  # upstream folder -> LICENSE contents


def jsonl(name: str, records: list[dict[str, str]], out: Path) -> list[Shipped]:
    path = out / name
    count = write_jsonl(path, records)
    return [Shipped(name, count, path.stat().st_size)]


def copy_files(names: tuple[str, ...], upstream: Path, out: Path) -> list[Shipped]:
    out.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copyfile(upstream / name, out / name)
    return [Shipped(name, 1, (out / name).stat().st_size) for name in names]


def upstream_file(name: str) -> Callable[[Path], str]:
    return lambda upstream: (upstream / name).read_text(encoding="utf-8")


def cuad_license(upstream: Path) -> str:
    """CUAD states its license in a README section; that section, verbatim, is the license text."""
    text = (upstream / "CUAD_v1_README.upstream.txt").read_text(encoding="utf-8")
    start = text.index("\nLICENSE\n") + 1
    end = text.index("Privacy Policy & Disclaimers", start)
    return text[start:end].rstrip() + "\n"


def pubmedqa_test_pmids(upstream: Path) -> set[str]:
    return set(json.loads((upstream / "test_ground_truth.json").read_text(encoding="utf-8")))


DATASETS: tuple[Dataset, ...] = (
    Dataset(
        domain="general",
        name="wikitext2",
        upstream="wikitext2",
        spdx="CC-BY-SA-3.0",
        title="WikiText-2 articles (validation split)",
        summary="Wikipedia Good and Featured articles as tokenized by WikiText-2, one JSONL record per article.",
        credit="WikiText-2 (Merity, Xiong, Bradbury and Socher, 2016, Salesforce Research), text from English "
        "Wikipedia contributors; CC BY-SA 3.0, https://creativecommons.org/licenses/by-sa/3.0/. "
        "Share-alike: derivatives of this text carry the same license.",
        rule=f"Articles of valid.txt in file order (an article starts at a ' = Title = ' line) until "
        f"{WIKITEXT_MAX_BYTES:,} bytes of text. '@-@', '@,@' and '@.@' markers undone ('-', ',', '.'); "
        "section headings kept as plain lines; other tokenization (spaced punctuation, <unk>) left as is. "
        "id = 'valid.txt#L<line of the article heading>'.",
        build=lambda up, out: jsonl(
            "wikitext2-valid-articles.jsonl",
            general.wikitext_articles(up / "valid.txt", WIKITEXT_MAX_BYTES),
            out,
        ),
    ),
    Dataset(
        domain="general",
        name="gutenberg",
        upstream="gutenberg",
        spdx="LicenseRef-PublicDomain",
        title="News from Nowhere (William Morris, 1890), by chapter",
        summary="A public-domain novel from Project Gutenberg (eBook #3261), one JSONL record per chapter.",
        credit="William Morris, News from Nowhere (1890); Project Gutenberg eBook #3261, transcribed by David "
        "Price. Public domain in the US.",
        rule="Project Gutenberg header and footer (everything outside the '*** START/END OF THE PROJECT "
        "GUTENBERG EBOOK' markers) removed, and with it the Project Gutenberg licence, which applies only "
        "to copies that carry the Project Gutenberg name; front matter before CHAPTER I dropped; split at "
        "'CHAPTER <roman>' lines; hard-wrapped lines joined into paragraphs; footnote marks '{n}' written "
        "'[n]'. id = '3261/chapter-NN'.",
        build=lambda up, out: jsonl(
            "3261-news-from-nowhere.jsonl", general.gutenberg_chapters(up / GUTENBERG_BOOK, "3261"), out
        ),
    ),
    Dataset(
        domain="finance",
        name="tatqa",
        upstream="tatqa",
        spdx="CC-BY-4.0",
        title="TAT-QA annual-report contexts (dev split)",
        summary="Text and tables from real company annual reports, one JSONL record per TAT-QA context.",
        credit="TAT-QA (Zhu et al., ACL 2021, NExT++), https://github.com/NExTplusplus/TAT-QA; dataset "
        "CC BY 4.0, https://creativecommons.org/licenses/by/4.0/ (the repository's MIT LICENSE covers "
        "its code, so it is not copied here).",
        rule="All 278 contexts of tatqa_dataset_dev.json in file order: paragraphs by their 'order', then the "
        "table as a markdown table (first row as header). Questions and answers are not shipped; the "
        "test_gold split is left for evaluation. id = the table uid.",
        build=lambda up, out: jsonl(
            "tatqa-dev-contexts.jsonl", finance.tatqa_contexts(up / "tatqa_dataset_dev.json"), out
        ),
    ),
    Dataset(
        domain="legal",
        name="cuad",
        upstream="cuad",
        spdx="CC-BY-4.0",
        title="CUAD commercial contracts",
        summary="Real commercial contracts filed with the SEC (EDGAR exhibits), as collected by CUAD v1, one "
        "JSONL record per contract or per section of a long contract.",
        credit="Contract Understanding Atticus Dataset (CUAD) v1, The Atticus Project, "
        "https://www.atticusprojectai.org/cuad; CC BY 4.0. The Atticus Project makes no representation "
        "about the license status of the underlying EDGAR contracts.",
        rule=f"Contract texts of {CUAD_MIN_BYTES:,}-{CUAD_MAX_BYTES:,} bytes from full_contract_txt_sample "
        f"(itself every 5th of CUAD's 510), sorted by file name, every {CUAD_STRIDE}nd, at most {CUAD_LIMIT}. "
        f"Contracts over {CUAD_SECTION_WORDS:,} words split at line boundaries into equal parts. "
        "id = the file name without '.txt', plus '#part-N' for a section.",
        build=lambda up, out: jsonl(
            "cuad-contracts.jsonl",
            legal.contract_records(
                legal.pick_contracts(
                    up / "full_contract_txt_sample", CUAD_MIN_BYTES, CUAD_MAX_BYTES, CUAD_STRIDE, CUAD_LIMIT
                ),
                CUAD_SECTION_WORDS,
            ),
            out,
        ),
        license_text=cuad_license,
    ),
    Dataset(
        domain="legal",
        name="court-opinions",
        upstream="court-docs-pdf",
        spdx="LicenseRef-PublicDomain",
        title="US court opinions and orders (PDF)",
        summary="Court-issued opinions and orders as their original PDFs (text layer present), one document per "
        "file. `corrupt-upload.pdf` in this folder is NOT upstream data: it is a synthetic damaged file "
        "written by `python -m tools.packs.private` so that ingest's quarantine of unreadable PDFs is exercised.",
        credit="Opinions of the US Courts of Appeals for the First, Fifth and Tenth Circuits and of the Missouri "
        "Court of Appeals, Eastern District; government edicts, not subject to copyright. Files from the Free "
        "Law Project's doctor test assets.",
        rule="Four small text-layer PDFs, copied byte for byte: the 1st, 5th and 10th Circuit opinions/orders "
        "and the Missouri Court of Appeals opinion. Left out: the clerk letters (ca2, ca3, ca6: notices, not "
        "opinions) and the two 1.2 MB Supreme Court slip opinions (size).",
        build=lambda up, out: copy_files(COURT_PDFS, up, out),
    ),
    Dataset(
        domain="medical",
        name="pubmedqa",
        upstream="pubmedqa",
        spdx="MIT",
        title="PubMedQA abstracts (PQA-L, outside the test split)",
        summary="Biomedical research abstracts from PubMed, rebuilt from PubMedQA's labelled contexts, one "
        "JSONL record per PMID.",
        credit="PubMedQA (Jin, Dhingra, Liu, Cohen and Lu, EMNLP 2019), https://github.com/pubmedqa/pubmedqa; "
        "MIT License. Abstracts are excerpts of PubMed records (US National Library of Medicine).",
        rule=f"PMIDs of ori_pqal.json not in test_ground_truth.json (the 500-id official test split, kept out so "
        f"that a PubMedQA evaluation is not contaminated), sorted numerically, every {PUBMEDQA_STRIDE}nd. Text = "
        "'<Label>: <context>' per section, then 'Conclusions: <LONG_ANSWER>'; the question is the title "
        "only. id = the PMID.",
        build=lambda up, out: jsonl(
            "pubmedqa-abstracts.jsonl",
            medical.pubmedqa_abstracts(up / "ori_pqal.json", pubmedqa_test_pmids(up), PUBMEDQA_STRIDE),
            out,
        ),
        license_text=upstream_file("LICENSE.upstream"),
    ),
    Dataset(
        domain="medical",
        name="medquad",
        upstream="medquad",
        spdx="CC-BY-4.0",
        title="MedQuAD consumer-health documents",
        summary="Consumer-health question-answer pages from NIH institutes and the CDC, one JSONL record per "
        "MedQuAD XML document with each answer under its question.",
        credit="MedQuAD (Ben Abacha and Demner-Fushman, BMC Bioinformatics 2019), "
        "https://github.com/abachaa/MedQuAD; CC BY 4.0. Answers from cancer.gov, NIDDK, NINDS, NHLBI and CDC.",
        rule=f"XML documents of collections {', '.join(MEDQUAD_COLLECTIONS)}, sorted by collection and file "
        f"name, those with at least one answer, every {MEDQUAD_STRIDE}th. Whitespace inside answers tidied. "
        "id = '<collection>/<file stem>'; title = the document's Focus.",
        build=lambda up, out: jsonl(
            "medquad-documents.jsonl", medical.medquad_documents(up, MEDQUAD_COLLECTIONS, MEDQUAD_STRIDE), out
        ),
        license_text=upstream_file("LICENSE.upstream"),
    ),
)


def ship(dataset: Dataset, shared: Path, packs: Path) -> list[Shipped]:
    """Write one dataset's files, LICENSE (when upstream has one) and ATTRIBUTION.md."""
    upstream_dir = shared / dataset.upstream
    out = packs / dataset.domain / "data" / dataset.name
    out.mkdir(parents=True, exist_ok=True)
    shipped = dataset.build(upstream_dir, out)
    source = Upstream.read(upstream_dir / "SOURCE.md")
    license_note = "upstream license text in LICENSE" if dataset.license_text else "no upstream license file"
    if dataset.license_text:
        (out / "LICENSE").write_text(dataset.license_text(upstream_dir), encoding="utf-8")
    rows = [
        ("Upstream", f"{source.origin} ({source.paths})"),
        ("Commit", source.commit),
        ("License", f"`{dataset.spdx}` ({license_note}). Upstream statement: {source.license}"),
        ("Attribution", dataset.credit),
        ("Sampling rule", dataset.rule),
        ("Made by", MAKE),
    ]
    (out / "ATTRIBUTION.md").write_text(
        render(dataset.title, dataset.summary, rows, shipped), encoding="utf-8"
    )
    return shipped


def write_medical_terms(shared: Path, packs: Path) -> int:
    terms = medical.icd10_terms(shared / "icd10-categories" / "categories.csv", ICD10_TERMS, ICD10_MIN_LENGTH)
    (packs / "medical" / "terms.txt").write_text("".join(f"{t}\n" for t in terms), encoding="utf-8")
    return len(terms)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m tools.packs.samples", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--shared", type=Path, required=True, help="the shared data folder (../shared/data)")
    parser.add_argument(
        "--out", type=Path, default=PACKS_ROOT, help="packs root to write into (default: domain/)"
    )
    args = parser.parse_args(argv)
    total_docs = total_bytes = 0
    for dataset in DATASETS:
        shipped = ship(dataset, args.shared, args.out)
        docs, size = sum(s.documents for s in shipped), sum(s.size for s in shipped)
        total_docs, total_bytes = total_docs + docs, total_bytes + size
        print(f"{dataset.domain:8} {dataset.name:22} {dataset.spdx:24} {docs:5} docs {size:>10,} bytes")
    terms = write_medical_terms(args.shared, args.out)
    print(f"{'total':8} {'':22} {'':24} {total_docs:5} docs {total_bytes:>10,} bytes; medical terms: {terms}")


if __name__ == "__main__":
    main()
