"""Load an experiment run's exported checkpoint with plain transformers and generate from it.

A run of `charter experiment run` (a `dvc exp run --temp`) leaves its outputs in the DVC cache, not in the
workspace. This fetches one run's `data/pretrain/checkpoint` by experiment name (`dvc exp show` gives its
commit, `dvc get` the folder at that commit), loads it with `AutoModelForCausalLM` and `AutoTokenizer` only
(no Charter code, safetensors only, no remote code) and prints a greedy continuation of each prompt:

    python -m tools.generate_from_run muon-seed1 mtp-1-seed1 distill-seed1 --rev <commit the runs ran on>

With MTP (`pretrain.mtp_depth`) the modules saved beside the export (`mtp.*`) are listed: transformers does
not read them, and the export still loads as a plain LlamaForCausalLM.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

PROMPTS = ("The court held that", "Net revenue for the quarter")


def fetch_checkpoint(repo: Path, name: str, out: Path, rev: str | None = None) -> Path:
    """The run's data/pretrain/checkpoint copied to `out/<name>` from the DVC cache; `rev` is the commit the
    run was made on (default: HEAD)."""
    from eval_suites.experiment import exp_show, experiments_by_name

    runs = experiments_by_name(exp_show(repo, rev))
    if name not in runs:
        raise SystemExit(f"no experiment named {name} in `dvc exp show`; known: {', '.join(sorted(runs))}")
    folder = out / name
    if not folder.is_dir():
        subprocess.run(
            [
                sys.executable,
                "-m",
                "dvc",
                "get",
                "--rev",
                runs[name]["rev"],
                "-o",
                str(folder),
                ".",
                "data/pretrain/checkpoint",
            ],
            cwd=repo,
            check=True,
        )
    return folder


def generate(folder: Path, prompts: tuple[str, ...], new_tokens: int) -> list[str]:
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(folder)
    model = AutoModelForCausalLM.from_pretrained(folder, use_safetensors=True, trust_remote_code=False).eval()
    texts = []
    for prompt in prompts:
        ids = tokenizer(prompt, return_tensors="pt")
        with torch.no_grad():
            out = model.generate(**ids, max_new_tokens=new_tokens, do_sample=False)
        texts.append(tokenizer.decode(out[0], skip_special_tokens=True))
    print(f"{folder.name}: {type(model).__name__}, {sum(p.numel() for p in model.parameters()):,} parameters")
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("runs", nargs="+", help="experiment names, e.g. muon-seed1")
    parser.add_argument("--repo", type=Path, default=Path("."))
    parser.add_argument("--rev", help="the commit the runs were made on (default: HEAD)")
    parser.add_argument("--out", type=Path, default=Path("/tmp/charter-runs"))
    parser.add_argument("--new-tokens", type=int, default=24)
    args = parser.parse_args()
    for name in args.runs:
        folder = fetch_checkpoint(args.repo, name, args.out, args.rev)
        beside = sorted(p.name for p in folder.iterdir() if p.name.startswith("mtp"))
        for prompt, text in zip(PROMPTS, generate(folder, PROMPTS, args.new_tokens), strict=True):
            print(f"  {prompt!r} -> {text!r}")
        if beside:
            print(f"  saved beside the export for speculative decoding: {', '.join(beside)}")


if __name__ == "__main__":
    main()
