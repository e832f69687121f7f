"""Instruction tuning: the chat template masks all but assistant tokens, packed conversations never attend
across their boundary, the SFT data is governed and disjoint from every evaluation item, and the stage
exports a checkpoint that answers through its own chat template."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import torch
import yaml

from core.config import Params
from core.errors import ConfigError
from core.registry import load_registry
from corpus.conversations import TURN_SEPARATOR, read_conversations
from model.sft.data import run_sft_data
from model.sft.decontaminate import EvalIndex
from model.sft.template import install_chat_template
from tests.conftest import REPO, write_jsonl
from tests.tiny_models import save_tiny_llama
from tools import sft_instructions

SYSTEM = "You answer finance questions."
CONVERSATIONS = [
    [
        {"role": "user", "content": "What was the total revenue in 2019?"},
        {"role": "assistant", "content": "It was 1,250.4 million."},
    ],
    [
        {"role": "system", "content": "Answer with one word."},
        {"role": "user", "content": "Is the clause a governing law clause?"},
        {"role": "assistant", "content": "Yes"},
        {"role": "user", "content": "And the next one?"},
        {"role": "assistant", "content": "No"},
    ],
]


@pytest.fixture(scope="module")
def tiny_checkpoint(tmp_path_factory) -> Path:
    """A random Llama with a byte-level BPE fitted here (EOS as the template's end of turn)."""
    corpus = [m["content"] for c in CONVERSATIONS for m in c] + [SYSTEM, "<|system|> <|user|> <|assistant|>"]
    return save_tiny_llama(
        tmp_path_factory.mktemp("base"),
        corpus * 5,
        vocab_size=400,
        special_tokens=["<|endoftext|>", "<|pad|>"],
        bos="<|endoftext|>",
        eos="<|endoftext|>",
        pad="<|pad|>",
    )


@pytest.fixture
def tokenizer(tiny_checkpoint):
    from transformers import AutoTokenizer

    return install_chat_template(AutoTokenizer.from_pretrained(tiny_checkpoint), SYSTEM)


def _params(**sft) -> Params:
    return Params.model_validate({"plan": {"compute_flops": 1e12}, "sft": sft})


# ---------------------------------------------------------------- the chat template


def test_template_sets_the_system_turn_from_the_default_the_call_or_the_conversation(tokenizer):
    user_only = CONVERSATIONS[0][:1]
    assert tokenizer.apply_chat_template(user_only, tokenize=False).startswith(f"<|system|>\n{SYSTEM}\n")
    by_call = tokenizer.apply_chat_template(user_only, tokenize=False, system_prompt="Be terse.")
    assert by_call.startswith("<|system|>\nBe terse.\n") and SYSTEM not in by_call
    own = tokenizer.apply_chat_template(CONVERSATIONS[1], tokenize=False)
    assert own.startswith("<|system|>\nAnswer with one word.\n") and SYSTEM not in own
    prompt = tokenizer.apply_chat_template(user_only, tokenize=False, add_generation_prompt=True)
    assert prompt.endswith("<|assistant|>\n")
    with pytest.raises(Exception, match="roles are"):
        tokenizer.apply_chat_template([{"role": "tool", "content": "x"}], tokenize=False)


@pytest.mark.parametrize("conversation", CONVERSATIONS)
def test_assistant_mask_covers_assistant_turns_and_their_eos_only(tokenizer, conversation):
    out = tokenizer.apply_chat_template(
        conversation, tokenize=True, return_dict=True, return_assistant_tokens_mask=True
    )
    ids, mask = out["input_ids"], out["assistant_masks"]
    trained = tokenizer.decode([i for i, m in zip(ids, mask, strict=True) if m])
    masked = tokenizer.decode([i for i, m in zip(ids, mask, strict=True) if not m])
    answers = [m["content"] for m in conversation if m["role"] == "assistant"]
    assert trained == "".join(a + tokenizer.eos_token for a in answers)
    for m in conversation:
        if m["role"] != "assistant":
            assert m["content"] in masked and m["content"] not in trained
    assert "<|user|>" in masked and "<|assistant|>" in masked


def _trainer(tiny_checkpoint, tokenizer, packing: bool, rows: list[list[dict]]):
    from datasets import Dataset

    from model.sft.train import load_model, sft_config, sft_engine, trainer_for

    params = _params(packing=packing, batch_size=2)
    ds = Dataset.from_list([{"messages": c} for c in rows])
    config = sft_config(params.sft, 1e-3, 0, Path(tokenizer.name_or_path) / "work", sft_engine(params))
    return trainer_for(load_model(tiny_checkpoint), tokenizer, ds, ds, config)


def test_sft_trainer_labels_only_assistant_tokens(tiny_checkpoint, tokenizer):
    trainer = _trainer(tiny_checkpoint, tokenizer, packing=False, rows=CONVERSATIONS)
    # TRL's trainer takes the DeepSpeed config generated from the pretrain params, as pretraining does.
    assert trainer.is_deepspeed_enabled
    assert trainer.args.deepspeed["zero_optimization"] == {"stage": 1}
    assert trainer.args.deepspeed["bf16"] == {"enabled": False} and not trainer.args.bf16  # fp32 on CPU
    for row, conversation in zip(trainer.train_dataset, CONVERSATIONS, strict=True):
        mask = tokenizer.apply_chat_template(
            conversation, tokenize=True, return_dict=True, return_assistant_tokens_mask=True
        )["assistant_masks"]
        expected = [i if m else -100 for i, m in zip(row["input_ids"], mask, strict=True)]
        assert row["labels"] == expected
        assert -100 in row["labels"] and any(label != -100 for label in row["labels"])


def test_packed_conversations_do_not_attend_across_their_boundary(tiny_checkpoint, tokenizer):
    """TRL's padding-free batch (position ids restarting per conversation, no attention mask) gives each
    conversation exactly the logits it gets alone, and never trains a token to predict the next one's."""
    trainer = _trainer(tiny_checkpoint, tokenizer, packing=True, rows=CONVERSATIONS)
    batch = trainer.data_collator([trainer.train_dataset[i] for i in range(len(trainer.train_dataset))])
    assert "attention_mask" not in batch
    model = trainer.model.eval()
    with torch.no_grad():
        packed = model(
            input_ids=batch["input_ids"], position_ids=batch["position_ids"], use_cache=False
        ).logits[0]
    starts = (batch["position_ids"][0] == 0).nonzero().flatten().tolist() + [batch["input_ids"].shape[1]]
    assert len(starts) - 1 == len(CONVERSATIONS)
    for a, b in zip(starts, starts[1:], strict=False):
        with torch.no_grad():
            alone = model(input_ids=batch["input_ids"][:, a:b], use_cache=False).logits[0]
        torch.testing.assert_close(packed[a:b], alone, atol=1e-5, rtol=1e-5)
        assert batch["labels"][0, a] == -100  # the first token of a conversation is nobody's target
    with torch.no_grad():
        leaky = model(input_ids=batch["input_ids"], use_cache=False).logits[0]
    b0 = starts[1]
    assert not torch.allclose(leaky[b0:], packed[b0:], atol=1e-4)  # the check can fail


# ---------------------------------------------------------------- the data: disjoint and governed


def test_shipped_instruction_data_is_disjoint_from_every_evaluation_item():
    index = EvalIndex.from_suites()
    registry = load_registry(REPO / "instructions.yaml")
    n = 0
    for source in registry.sources:
        for line in registry.resolve(source).read_text(encoding="utf-8").splitlines():
            c = json.loads(line)
            origin = (c["origin"]["dataset"], c["origin"]["id"])
            assert origin not in index.ids, c["id"]
            assert index.contamination(origin, c["messages"]) is None, c["id"]
            n += 1
    assert n > 500


def test_the_instruction_builder_reproduces_the_shipped_files_byte_for_byte(shared_data, tmp_path):
    sft_instructions.build_all(shared_data, sft_instructions.DEFAULT_SEED, tmp_path)
    written = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    assert {Path(b.path) for b in sft_instructions.BUILDERS} <= set(written)
    for rel in written:
        assert (tmp_path / rel).read_bytes() == (REPO / rel).read_bytes(), (
            f"{rel} is stale: run `python -m tools.sft_instructions`"
        )


def test_the_index_catches_an_eval_item_by_id_and_by_text():
    from corpus.evalindex import words

    index = EvalIndex.from_suites()
    item = json.loads((REPO / "eval_suites/medical/data/pubmedqa.jsonl").read_text().splitlines()[0])
    reason = index.contamination(("pubmedqa", item["id"]), ["unrelated words"])
    assert reason is not None and "id" in reason
    planted = [{"role": "user", "content": "Read this. " + item["context"]}]
    assert "eval task charter_medical_pubmedqa" in index.contamination(
        ("pubmedqa", "not-an-eval-id"), planted
    )
    # Twelve words as the index counts them ("in-hospital" is two): one short of a 13-gram.
    twelve = " ".join(words(item["context"])[:12])
    assert index.contamination(("pubmedqa", "x"), [twelve]) is None


def _conversation(cid: str, user: str, answer: str, dataset: str = "local") -> dict:
    return {
        "id": cid,
        "origin": {"dataset": dataset, "split": "train", "id": cid},
        "messages": [{"role": "user", "content": user}, {"role": "assistant", "content": answer}],
    }


def _registry(tmp_path: Path) -> Path:
    item = json.loads((REPO / "eval_suites/legal/data/contractnli.jsonl").read_text().splitlines()[0])
    write_jsonl(
        tmp_path / "clean.jsonl",
        [
            _conversation(
                "c1", "Write to jane.roe@example.com or call 415-555-0199 about the invoice.", "Noted."
            ),
            _conversation("c2", "What is a covenant not to sue?", "A promise not to bring a claim."),
            _conversation("c3", f"Excerpt: {item['excerpt']} Is it confidential?", "True."),
        ],
        extra_lines=[b'{"id": "bad", "messages": [{"role": "user", "content": "no answer"}]', b"{oops"],
    )
    write_jsonl(tmp_path / "nc.jsonl", [_conversation("n1", "Sentiment of: profits rose.", "positive")])
    entry = {
        "domain": "legal",
        "format": "jsonl",
        "owner": "t",
        "sensitivity": "public",
        "text_field": "messages",
    }
    registry = {
        "sources": [
            {"id": "legal-chat", "path": "clean.jsonl", "license": "CC-BY-4.0", **entry},
            {"id": "finance-nc-chat", "path": "nc.jsonl", "license": "CC-BY-NC-SA-3.0", **entry},
        ]
    }
    (tmp_path / "instructions.yaml").write_text(yaml.safe_dump(registry))
    return tmp_path / "instructions.yaml"


def test_sft_data_gates_scrubs_decontaminates_and_accounts_for_every_record(tmp_path):
    out = tmp_path / "sft_data"
    params = _params(valid_fraction=0.5)
    stats = run_sft_data(params, load_registry(_registry(tmp_path)), None, out)

    assert stats["account"] == {
        "name": "sft_data", "in": 6, "kept": 1, "modified": 1, "dropped": 2, "quarantined": 2
    }  # fmt: skip
    rows = {r["doc_id"].split("/")[-1]: r for r in pq.read_table(out / "ledger.parquet").to_pylist()}
    assert rows["clean.jsonl#L1"]["decision"] == "modified"
    assert json.loads(rows["clean.jsonl#L1"]["counts"]) == {"EMAIL_ADDRESS": 1, "PHONE_NUMBER": 1}
    assert "eval task charter_legal_contractnli" in rows["clean.jsonl#L3"]["reason"]
    assert rows["nc.jsonl#L1"]["reason"].startswith("gate: license blocked")
    assert rows["clean.jsonl#L4"]["reason"].startswith(f"{tmp_path / 'clean.jsonl'}:4: ")
    assert rows["clean.jsonl#L5"]["decision"] == "quarantined"

    written = [
        json.loads(line) for s in ("train", "valid") for line in (out / f"{s}.jsonl").read_text().splitlines()
    ]
    assert len(written) == 2 and all(c["messages"][-1]["role"] == "assistant" for c in written)
    every_output = "".join(
        p.read_text() for p in out.rglob("*") if p.is_file() and p.suffix in (".jsonl", ".json")
    )
    assert "jane.roe@example.com" not in every_output and "415-555-0199" not in every_output
    assert "<EMAIL_ADDRESS_1>" in every_output and TURN_SEPARATOR.strip() not in json.dumps(written)


def test_instruction_records_carry_nothing_unasked_and_hostile_lines_crash_nothing(tmp_path):
    folder = tmp_path / "chats"
    smuggled = _conversation("s1", "Call 415\u200b-555-0199 about the claim.", "Noted.")
    smuggled["origin"]["patient_email"] = "ingrid.holloway@example.org"  # a field nobody registered
    smuggled["source"] = "finance-other"
    write_jsonl(folder / "a.jsonl", [smuggled], extra_lines=[b"[" * 100_000 + b"]" * 100_000])
    (tmp_path / "elsewhere.jsonl").write_text(json.dumps(_conversation("x1", "Payroll.", "Secret.")) + "\n")
    (folder / "link.jsonl").symlink_to(tmp_path / "elsewhere.jsonl")
    entry = {"id": "legal-chat", "domain": "legal", "path": "chats", "format": "jsonl", "owner": "t"}
    entry |= {"license": "CC-BY-4.0", "sensitivity": "public", "text_field": "messages"}
    (tmp_path / "instructions.yaml").write_text(yaml.safe_dump({"sources": [entry]}))
    docs, quarantined = read_conversations(load_registry(tmp_path / "instructions.yaml"))
    (doc,) = docs
    assert doc.metadata["origin"] == {"dataset": "local", "split": "train", "id": "s1"}
    assert doc.metadata["source"] == "legal-chat" and "415-555-0199" in doc.text  # the scrubber sees it whole
    reasons = {r.doc_id: r.reason for r in quarantined}
    assert reasons["legal-chat/a.jsonl#L2"].endswith("malformed JSON: nested too deeply")
    assert reasons["legal-chat/link.jsonl"].endswith(
        "symbolic link to a file outside the source; not followed"
    )
    entry["id_field"] = "id"
    (tmp_path / "instructions.yaml").write_text(yaml.safe_dump({"sources": [entry]}))
    with pytest.raises(ConfigError, match="id_field not supported"):
        read_conversations(load_registry(tmp_path / "instructions.yaml"))


# ---------------------------------------------------------------- the stage


def test_sft_stage_sweeps_picks_by_validation_loss_and_exports_a_chat_model(tiny_checkpoint, tmp_path):
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from model.sft.samples import respond
    from model.sft.train import run_sft

    data = tmp_path / "sft_data"
    rows = [{"id": f"d/{i}", "domain": "finance", "messages": c} for i, c in enumerate(CONVERSATIONS * 4)]
    write_jsonl(data / "train.jsonl", rows)
    write_jsonl(data / "valid.jsonl", rows[:2])
    params = _params(lr_grid=[1e-5, 3e-2], sweep_steps=2, epochs=1.0, batch_size=2, max_new_tokens=4)
    metrics = run_sft(params, tiny_checkpoint, data, tmp_path / "sft")

    assert set(metrics["sweep"]) == {"1e-05", "0.03"}
    # The pretraining engine's settings: resolved precision and ZeRO stage, through TRL's DeepSpeed config.
    assert metrics["precision"] == "fp32" and metrics["zero_stage"] == params.pretrain.zero_stage
    assert metrics["lr"] == float(min(metrics["sweep"], key=metrics["sweep"].get))
    assert metrics["valid_loss"] < metrics["base_valid_loss"]
    checkpoint = tmp_path / "sft" / "checkpoint"
    tokenizer = AutoTokenizer.from_pretrained(checkpoint)
    assert (
        "{%- generation -%}" in tokenizer.chat_template and "{%- endgeneration -%}" in tokenizer.chat_template
    )
    assert params.sft.system_prompt in tokenizer.apply_chat_template(CONVERSATIONS[0][:1], tokenize=False)
    model = AutoModelForCausalLM.from_pretrained(checkpoint)
    assert isinstance(respond(model, tokenizer, "What was the total revenue?", 4), str)
    samples = json.loads((tmp_path / "sft" / "samples.json").read_text())["samples"]
    assert len(samples) >= 5 and all({"base", "sft", "prompt", "domain"} <= set(s) for s in samples)


def test_disabled_sft_exports_the_base_weights_with_the_chat_template(tiny_checkpoint, tmp_path):
    from safetensors.torch import load_file
    from transformers import AutoTokenizer

    from model.sft.train import run_sft

    data = tmp_path / "sft_data"
    rows = [{"id": f"d/{i}", "domain": "finance", "messages": c} for i, c in enumerate(CONVERSATIONS)]
    write_jsonl(data / "train.jsonl", rows)
    write_jsonl(data / "valid.jsonl", rows)
    metrics = run_sft(_params(enabled=False, max_new_tokens=2), tiny_checkpoint, data, tmp_path / "sft")

    assert metrics["enabled"] is False and "lr" not in metrics
    base = load_file(tiny_checkpoint / "model.safetensors")
    exported = load_file(tmp_path / "sft" / "checkpoint" / "model.safetensors")
    assert base.keys() == exported.keys() and all(torch.equal(base[k], exported[k]) for k in base)
    tokenizer = AutoTokenizer.from_pretrained(tmp_path / "sft" / "checkpoint")
    assert "{%- generation -%}" in tokenizer.chat_template
