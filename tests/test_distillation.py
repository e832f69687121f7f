"""Distillation: the chunked loss head (kernels.distillation) against the full-logits float64 reference, forward
and backward; the teacher's registration, license and tokenizer checks (model.distill); a run distilling from a
registered teacher."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch

from core.errors import ConfigError, PolicyError
from kernels.distillation import fused_linear_distillation
from kernels.reference import linear_distillation
from model.distill import check_same_tokenizer, load_teacher, resolve_teacher
from model.loss import CausalLMLoss, Distillation
from model.train import run_pretrain
from tests.pretrain_fixtures import (
    make_heldout,
    make_params,
    make_shards,
    make_teacher,
    make_tokenizer,
    read_log,
    write_plan,
    write_registry,
)

REPO = Path(__file__).resolve().parents[1]
POLICY = {"policy": str(REPO / "governance/policies/commercial.yaml"), "use": "commercial-training"}
# Awkward sizes: N prime, no power of two; teacher narrower than the student.
N, D, D_TEACHER, V = 131, 40, 24, 257
IGNORE = -100
FLOAT64_TOLERANCE = 1e-12


def heads(seed: int = 0, dtype: torch.dtype = torch.float64):
    g = torch.Generator().manual_seed(seed)
    hidden = torch.randn(N, D, generator=g, dtype=torch.float64).to(dtype).requires_grad_()
    weight = (0.3 * torch.randn(V, D, generator=g, dtype=torch.float64)).to(dtype).requires_grad_()
    teacher_hidden = torch.randn(N, D_TEACHER, generator=g, dtype=torch.float64).to(dtype)
    teacher_weight = (0.5 * torch.randn(V, D_TEACHER, generator=g, dtype=torch.float64)).to(dtype)
    targets = torch.randint(0, V, (N,), generator=g)
    targets[::7] = IGNORE
    return hidden, weight, teacher_hidden, teacher_weight, targets


@pytest.mark.parametrize("top_k", [None, 17, 1])
@pytest.mark.parametrize("temperature", [1.0, 2.5])
@pytest.mark.parametrize("chunk_size", [7, 64, N])
def test_loss_and_gradients_match_the_float64_kl_reference(top_k, temperature, chunk_size):
    hidden, weight, teacher_hidden, teacher_weight, targets = heads()
    alpha = 0.3
    ours = fused_linear_distillation(
        hidden,
        weight,
        teacher_hidden,
        teacher_weight,
        targets,
        alpha=alpha,
        temperature=temperature,
        top_k=top_k,
        chunk_size=chunk_size,
    )
    loss, token_ce, kl = linear_distillation(
        hidden, weight, teacher_hidden, teacher_weight, targets, alpha, temperature, top_k
    )
    torch.testing.assert_close(ours.loss, loss, rtol=0, atol=FLOAT64_TOLERANCE)
    torch.testing.assert_close(ours.kl, kl.float(), rtol=1e-6, atol=1e-7)
    torch.testing.assert_close(ours.token_loss, token_ce.float(), rtol=1e-6, atol=1e-6)
    assert kl > 0 and torch.all(ours.token_loss[targets == IGNORE] == 0)
    for a, b in zip(
        torch.autograd.grad(ours.loss, (hidden, weight)),
        torch.autograd.grad(loss, (hidden, weight)),
        strict=True,
    ):
        torch.testing.assert_close(a, b, rtol=0, atol=FLOAT64_TOLERANCE)


def test_gradients_pass_gradcheck():
    # gradcheck perturbs every input element in turn: small sizes, still chunked and with an ignored target.
    g = torch.Generator().manual_seed(4)
    n, d, d_teacher, v = 9, 5, 4, 23
    teacher_hidden = torch.randn(n, d_teacher, generator=g, dtype=torch.float64)
    teacher_weight = torch.randn(v, d_teacher, generator=g, dtype=torch.float64)
    targets = torch.randint(0, v, (n,), generator=g)
    targets[3] = IGNORE

    def loss(h: torch.Tensor, w: torch.Tensor) -> torch.Tensor:
        return fused_linear_distillation(
            h, w, teacher_hidden, teacher_weight, targets, alpha=0.4, temperature=1.7, top_k=6, chunk_size=4
        ).loss

    hidden = torch.randn(n, d, generator=g, dtype=torch.float64, requires_grad=True)
    weight = torch.randn(v, d, generator=g, dtype=torch.float64, requires_grad=True)
    assert torch.autograd.gradcheck(loss, (hidden, weight), eps=1e-6, atol=1e-8)


def test_alpha_zero_is_the_cross_entropy_and_upstream_gradient_scales():
    from kernels import fused_linear_cross_entropy

    hidden, weight, teacher_hidden, teacher_weight, targets = heads(seed=1)
    ours = fused_linear_distillation(
        hidden, weight, teacher_hidden, teacher_weight, targets, alpha=0.0, temperature=2.0, top_k=5
    )
    ce = fused_linear_cross_entropy(hidden, weight, targets)
    torch.testing.assert_close(ours.loss, ce.loss, rtol=0, atol=FLOAT64_TOLERANCE)
    for a, b in zip(
        torch.autograd.grad(ours.loss * 0.25, (hidden, weight)),
        torch.autograd.grad(ce.loss * 0.25, (hidden, weight)),
        strict=True,
    ):
        torch.testing.assert_close(a, b, rtol=0, atol=FLOAT64_TOLERANCE)


def test_a_student_equal_to_the_teacher_has_zero_kl_over_the_whole_vocabulary():
    hidden, weight, _, _, targets = heads(seed=2)
    out = fused_linear_distillation(
        hidden, weight, hidden.detach(), weight.detach(), targets, alpha=1.0, temperature=3.0, top_k=None
    )
    assert abs(out.kl.item()) < 1e-6
    grad_hidden, grad_weight = torch.autograd.grad(out.loss, (hidden, weight))
    assert grad_hidden.abs().max() < 1e-12 and grad_weight.abs().max() < 1e-12


def test_teacher_of_another_vocabulary_is_refused_by_the_kernel():
    hidden, weight, teacher_hidden, teacher_weight, targets = heads()
    with pytest.raises(ValueError, match="same tokens and vocabulary"):
        fused_linear_distillation(
            hidden, weight, teacher_hidden, teacher_weight[:-1], targets, alpha=0.5, temperature=1.0, top_k=4
        )


def test_float32_inputs_accumulate_in_float32_and_stay_close():
    h64, w64, th64, tw64, targets = heads(seed=3)
    h32, w32 = (t.detach().float().requires_grad_() for t in (h64, w64))
    ours = fused_linear_distillation(
        h32, w32, th64.float(), tw64.float(), targets, alpha=0.5, temperature=2.0, top_k=32
    )
    loss, _, _ = linear_distillation(h64, w64, th64, tw64, targets, 0.5, 2.0, 32)
    assert ours.loss.dtype == torch.float32
    assert abs(ours.loss.item() - loss.item()) < 1e-5
    for a, b in zip(
        torch.autograd.grad(ours.loss, (h32, w32)), torch.autograd.grad(loss, (h64, w64)), strict=True
    ):
        assert (a.double() - b).abs().max() < 1e-6


# --- the teacher: registered, licensed, same tokenizer ------------------------------------------------------


@pytest.fixture(scope="module")
def student(tmp_path_factory) -> dict[str, Path | int]:
    from transformers import AutoTokenizer

    root = tmp_path_factory.mktemp("student")
    tokenizer = make_tokenizer(root / "tokenizer")
    vocab_size = len(AutoTokenizer.from_pretrained(tokenizer))
    return {
        "root": root,
        "tokenizer": tokenizer,
        "vocab_size": vocab_size,
        "teacher": make_teacher(root / "teacher", tokenizer, vocab_size),
    }


def teacher_params(teacher_id: str = "teacher", **pretrain):
    return make_params(gate=POLICY, distill_teacher=teacher_id, **pretrain)


def model_entry(path: Path, license: str = "Apache-2.0", model_id: str = "teacher") -> dict:
    return {"id": model_id, "path": str(path), "license": license, "owner": "Model Team"}


def test_a_registered_allowed_teacher_resolves(tmp_path, student):
    registry = write_registry(tmp_path / "sources.yaml", [model_entry(student["teacher"])])
    entry = resolve_teacher(teacher_params(), registry)
    assert (
        entry.folder == student["teacher"]
        and entry.decision.reason == "Apache-2.0 permits 'commercial-training'"
    )
    assert entry.describe()["license"] == "Apache-2.0" and "config_sha256" in entry.fingerprint()


def test_a_teacher_needs_the_registry(student):
    with pytest.raises(
        ConfigError, match=r"distill_teacher is set: pretrain needs the source registry \(--sources\)"
    ):
        resolve_teacher(teacher_params(), None)


def test_an_unregistered_teacher_stops_the_build_naming_what_is_registered(tmp_path, student):
    registry = write_registry(tmp_path / "sources.yaml", [model_entry(student["teacher"], model_id="other")])
    with pytest.raises(
        PolicyError, match=r"pretrain.distill_teacher 'teacher' is not registered.*registered models: other"
    ):
        resolve_teacher(teacher_params(), registry)


def test_a_teacher_whose_license_the_policy_blocks_stops_the_build(tmp_path, student):
    registry = write_registry(tmp_path / "sources.yaml", [model_entry(student["teacher"], "CC-BY-NC-4.0")])
    with pytest.raises(
        PolicyError,
        match=r"pretrain.distill_teacher 'teacher' \(license CC-BY-NC-4.0.*blocked by policy 'commercial' for "
        r"'commercial-training': CC-BY-NC-4.0: commercial_use=False",
    ):
        resolve_teacher(teacher_params(), registry)
    # The same teacher passes a policy whose use allows non-commercial licenses.
    research = {"policy": str(REPO / "governance/policies/research.yaml"), "use": "research-training"}
    params = make_params(gate=research, distill_teacher="teacher")
    assert resolve_teacher(params, registry).decision.use == "research-training"


def test_a_teacher_inside_the_runs_output_folder_is_refused(tmp_path, student):
    registry = write_registry(tmp_path / "sources.yaml", [model_entry(student["teacher"])])
    params = teacher_params()
    plan = write_plan(tmp_path / "plan", params, int(student["vocab_size"]), 2)
    with pytest.raises(ConfigError, match=r"teacher 'teacher' is read from .*which this run replaces"):
        run_pretrain(params, plan, tmp_path, student["tokenizer"], student["teacher"].parent, None, registry)


def test_a_teacher_license_unknown_to_the_catalog_stops_the_build(tmp_path, student):
    registry = write_registry(
        tmp_path / "sources.yaml", [model_entry(student["teacher"], "LicenseRef-Whatever")]
    )
    with pytest.raises(PolicyError, match="not in the policy catalog"):
        resolve_teacher(teacher_params(), registry)


def test_a_teacher_of_another_tokenizer_is_refused_with_both_vocabulary_sizes(tmp_path, student):
    from tokenizers import Tokenizer, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    other = tmp_path / "other"
    make_teacher(other, student["tokenizer"], student["vocab_size"])
    tok = Tokenizer(models.BPE(unk_token="<unk>"))
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    trainer = trainers.BpeTrainer(
        vocab_size=280,
        special_tokens=["<unk>", "<s>", "</s>", "<pad>"],
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
    )
    tok.train_from_iterator(["A different corpus makes different merges entirely."] * 8, trainer)
    PreTrainedTokenizerFast(tokenizer_object=tok, unk_token="<unk>").save_pretrained(other)
    registry = write_registry(tmp_path / "sources.yaml", [model_entry(other)])
    entry = resolve_teacher(teacher_params(), registry)
    n_teacher = len(PreTrainedTokenizerFast.from_pretrained(other).get_vocab())
    with pytest.raises(
        ConfigError, match=rf"teacher vocabulary {n_teacher} tokens, student {student['vocab_size']} tokens"
    ):
        check_same_tokenizer(entry, student["tokenizer"])
    # The student's own tokenizer, saved beside a teacher, passes.
    same = write_registry(tmp_path / "same.yaml", [model_entry(student["teacher"])])
    check_same_tokenizer(resolve_teacher(teacher_params(), same), student["tokenizer"])


def test_a_teacher_predicting_over_another_vocabulary_size_is_refused(tmp_path, student):
    registry = write_registry(tmp_path / "sources.yaml", [model_entry(student["teacher"])])
    entry = resolve_teacher(teacher_params(), registry)
    with pytest.raises(
        ConfigError, match=rf"predicts over {student['vocab_size']} tokens, the student over 512"
    ):
        load_teacher(entry, 512, torch.device("cpu"), "sdpa")


def test_loss_wrapper_distils_in_training_and_scores_the_main_head_in_evaluation(student):
    from transformers import AutoModelForCausalLM, LlamaConfig, LlamaForCausalLM

    teacher = AutoModelForCausalLM.from_pretrained(student["teacher"]).eval().requires_grad_(False)
    torch.manual_seed(0)
    lm = LlamaForCausalLM(
        LlamaConfig(
            vocab_size=student["vocab_size"],
            hidden_size=32,
            intermediate_size=64,
            num_hidden_layers=1,
            num_attention_heads=2,
        )
    )
    ids = torch.randint(0, student["vocab_size"], (2, 17), generator=torch.Generator().manual_seed(0))
    model = CausalLMLoss(lm, 1, distillation=Distillation(teacher, 0.5, 2.0, 8))
    plain = CausalLMLoss(lm, 1)
    trained = model(ids[:, :-1], ids[:, 1:])
    reference_ce = plain(ids[:, :-1], ids[:, 1:])
    assert set(trained.aux) == {"distill_kl"} and trained.aux["distill_kl"] > 0
    torch.testing.assert_close(trained.lm_loss, reference_ce.lm_loss, rtol=1e-6, atol=1e-6)
    torch.testing.assert_close(trained.token_loss, reference_ce.token_loss, rtol=1e-6, atol=1e-6)
    assert (
        abs(trained.loss.item() - (0.5 * reference_ce.lm_loss + 0.5 * 4 * trained.aux["distill_kl"]).item())
        < 1e-5
    )
    model.eval()
    evaluated = model(ids[:, :-1], ids[:, 1:])
    assert evaluated.aux == {} and torch.equal(evaluated.loss, reference_ce.loss)
    assert not any(name.startswith("teacher") for name in model.state_dict())  # never trained or saved


def test_a_run_distils_from_a_registered_teacher_and_names_it(tmp_path, student):
    from transformers import AutoTokenizer

    vocab_size = int(student["vocab_size"])
    shards = make_shards(tmp_path / "mixture", vocab_size)
    heldout = make_heldout(tmp_path / "heldout")
    registry = write_registry(tmp_path / "sources.yaml", [model_entry(student["teacher"])])
    params = teacher_params(distill_alpha=0.5, distill_temperature=2.0, distill_top_k=16)
    plan = write_plan(tmp_path / "plan", params, vocab_size, 4)
    out = tmp_path / "run"
    summary = run_pretrain(params, plan, shards, student["tokenizer"], out, heldout, sources_file=registry)

    records = read_log(out / "train_log.jsonl")
    assert [r["step"] for r in records] == [1, 2, 3, 4] and all(r["distill_kl"] > 0 for r in records)
    distillation = summary["distillation"]
    assert distillation["teacher"]["id"] == "teacher" and distillation["top_k"] == 16
    assert (
        json.loads((out / "summary.json").read_text())["distillation"]["teacher"]["license"] == "Apache-2.0"
    )
    # The first step's logged loss is the cross-entropy, as without distillation: the teacher changes the
    # update, not what is reported.
    baseline = run_pretrain(
        make_params(gate=POLICY), plan, shards, student["tokenizer"], tmp_path / "base", heldout
    )
    assert records[0]["loss"] == pytest.approx(
        read_log(tmp_path / "base/train_log.jsonl")[0]["loss"], rel=1e-6
    )
    assert records[-1]["loss"] != read_log(tmp_path / "base/train_log.jsonl")[-1]["loss"]
    assert baseline.get("distillation") is None
    tokenizer = AutoTokenizer.from_pretrained(out / "checkpoint")
    assert len(tokenizer) == vocab_size
