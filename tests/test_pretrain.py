"""The pretrain stage on a hermetic tiny fixture: shards, tokenizer, held-out text and plan built in tmp_path."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest
import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

import model.loss
import model.monitor
from core.config import PretrainParams
from core.errors import ConfigError
from core.schemas.plan import read_plan
from model.checkpoint import completed_checkpoints
from model.data import DOMAIN_NAMES, TokenWindows, heldout_windows
from model.engine import deepspeed_config, init_distributed
from model.loss import CausalLMLoss
from model.monitor import device_peak, flops_per_token, measure_cpu_peak
from model.mtp import load_mtp
from model.schedule import warmup_cosine, warmup_stable_decay
from model.train import TrainingDiverged, find_resumable, run_fingerprint, run_pretrain
from tests.pretrain_fixtures import (
    SEQ_LEN,
    make_heldout,
    make_params,
    make_shards,
    make_tokenizer,
    read_log,
    write_plan,
    write_shards,
)


@pytest.fixture(scope="module")
def tokenizer_dir(tmp_path_factory) -> Path:
    return make_tokenizer(tmp_path_factory.mktemp("tokenizer"))


@pytest.fixture(scope="module")
def vocab_size(tokenizer_dir) -> int:
    return len(AutoTokenizer.from_pretrained(tokenizer_dir))


@pytest.fixture(scope="module")
def shards_dir(tmp_path_factory, vocab_size) -> Path:
    return make_shards(tmp_path_factory.mktemp("mixture"), vocab_size)


@pytest.fixture(scope="module")
def heldout_dir(tmp_path_factory) -> Path:
    return make_heldout(tmp_path_factory.mktemp("heldout"))


def train(tmp_path, shards_dir, tokenizer_dir, vocab_size, params, steps=5, name="run", heldout=None):
    plan = write_plan(tmp_path / name / "plan", params, vocab_size, steps)
    out = tmp_path / name / "pretrain"
    summary = run_pretrain(params, plan, shards_dir, tokenizer_dir, out, heldout)
    return summary, read_log(out / "train_log.jsonl"), out


@pytest.fixture(scope="module")
def reference_run(tmp_path_factory, shards_dir, tokenizer_dir, vocab_size, heldout_dir):
    params = make_params(checkpoint_every=3, keep_last=2)
    return train(
        tmp_path_factory.mktemp("ref"), shards_dir, tokenizer_dir, vocab_size, params, 8, heldout=heldout_dir
    )


def test_checkpoint_loads_with_auto_classes_and_is_safetensors_only(reference_run):
    summary, _, out = reference_run
    checkpoint = out / "checkpoint"
    assert list(checkpoint.glob("*.safetensors")) and not list(checkpoint.glob("*.bin"))
    model = AutoModelForCausalLM.from_pretrained(checkpoint)
    tokenizer = AutoTokenizer.from_pretrained(checkpoint)
    assert sum(p.numel() for p in model.parameters()) == summary["n_params"]
    ids = tokenizer("The court granted the motion.", return_tensors="pt").input_ids
    assert model(ids).logits.shape[-1] == model.config.vocab_size
    written = json.loads((out / "summary.json").read_text())
    assert written["steps"] == 8 and written["attention_backend"] == "sdpa"
    assert written["resumed_from_step"] == 0 and written["peak_flops"] == 1e9
    for key in ("tokens_seen", "final_loss", "mean_tokens_per_s", "mfu", "wall_time_s", "zero_stage"):
        assert key in written


def test_exported_weights_score_like_the_trained_model(reference_run, heldout_dir, tokenizer_dir):
    # The export is the trained model: its full-logits loss on held-out text is the last validation loss.
    summary, _, out = reference_run
    model = AutoModelForCausalLM.from_pretrained(out / "checkpoint").eval()
    windows = heldout_windows(heldout_dir, tokenizer_dir, SEQ_LEN, 2)["legal"]
    with torch.no_grad():
        logits = model(windows[:, :-1]).logits
    loss = torch.nn.functional.cross_entropy(logits.reshape(-1, logits.size(-1)), windows[:, 1:].reshape(-1))
    assert float(loss) == pytest.approx(summary["val_loss_by_domain"]["legal"], rel=1e-5)


def test_log_records_every_step_with_throughput_mfu_and_loss_by_domain(reference_run):
    summary, log, _ = reference_run
    assert [r["step"] for r in log] == list(range(1, 9))
    assert set(log[0]) == {
        "step", "loss", "loss_mean", "lr", "grad_norm", "tokens", "tokens_per_s", "mfu", "elapsed",
        "loss_by_domain",
    }  # fmt: skip
    assert all(r["loss_mean"] == r["loss"] for r in log)  # one step per record here
    assert log[-1]["tokens"] == 8 * 4 * SEQ_LEN
    assert all(r["tokens_per_s"] > 0 and r["grad_norm"] > 0 for r in log)
    assert log[-1]["mfu"] == pytest.approx(log[-1]["tokens_per_s"] * summary["flops_per_token"] / 1e9)
    # Every window's labels are finance or legal tokens (shard 0 switches mid-window at token 2760).
    assert set().union(*(r["loss_by_domain"] for r in log)) == {"finance", "legal"}


def test_loss_by_domain_is_a_split_of_the_step_loss(tmp_path, shards_dir, tokenizer_dir, vocab_size):
    # Token counts per domain come from the index; weighted back together they give the step's loss.
    windows = TokenWindows(shards_dir, SEQ_LEN, seed=1234)
    batches = windows.micro_batches(4)
    counts = [
        torch.bincount(next(batches).domains.reshape(-1), minlength=len(DOMAIN_NAMES)) for _ in range(3)
    ]
    _, log, _ = train(tmp_path, shards_dir, tokenizer_dir, vocab_size, make_params(eval_every=None), steps=3)
    for record, count in zip(log, counts, strict=True):
        weighted = sum(
            record["loss_by_domain"][d] * int(count[DOMAIN_NAMES.index(d)]) for d in record["loss_by_domain"]
        )
        assert weighted / (4 * SEQ_LEN) == pytest.approx(record["loss"], rel=1e-6)


def test_validation_loss_per_domain_every_eval_every_steps_and_plot(reference_run):
    _, _, out = reference_run
    val = read_log(out / "val_log.jsonl")
    assert [r["step"] for r in val] == [4, 8]
    assert set(val[0]["loss_by_domain"]) == {"finance", "legal"}
    assert val[-1]["loss_by_domain"]["legal"] < val[0]["loss_by_domain"]["legal"] + 1.0
    png = (out / "training.png").read_bytes()
    assert png.startswith(b"\x89PNG") and len(png) > 10_000
    assert list((out / "tensorboard").glob("events.out.tfevents.*"))


def test_checkpoints_every_n_steps_keep_the_last_k(reference_run):
    _, _, out = reference_run
    kept = completed_checkpoints(out)
    assert [p.name for p in kept] == ["step_00000006", "step_00000008"]  # 3 deleted, last step always written
    newest = kept[-1]
    assert (newest / "model.safetensors").exists() and (newest / "rng_rank0.safetensors").exists()
    assert json.loads((newest / "train_state.json").read_text())["step"] == 8
    assert not list((out / "checkpoints").glob("*.partial"))


def test_loss_decreases_on_a_repetitive_stream(reference_run):
    _, log, _ = reference_run
    assert log[-1]["loss"] < log[0]["loss"] - 0.5


def test_learning_rate_warms_up_then_follows_the_cosine(reference_run):
    _, log, _ = reference_run
    lrs = [r["lr"] for r in log]
    expected = [1e-2 * warmup_cosine(s, 8, 2, 0.1) for s in range(8)]
    assert lrs == pytest.approx(expected)
    assert lrs[0] < lrs[1] == pytest.approx(1e-2)  # warmup reaches the peak at its last step
    assert all(a > b for a, b in zip(lrs[1:], lrs[2:], strict=False))  # then only decays...
    assert lrs[-1] == pytest.approx(1e-3)  # ...to min_lr_ratio x lr on the last step


def test_same_seed_gives_identical_losses(tmp_path, reference_run, shards_dir, tokenizer_dir, vocab_size):
    _, again, _ = train(
        tmp_path, shards_dir, tokenizer_dir, vocab_size, make_params(eval_every=None), steps=8
    )
    assert [r["loss"] for r in again] == [r["loss"] for r in reference_run[1]]
    params = make_params(seed=7, eval_every=None)
    _, other, _ = train(tmp_path, shards_dir, tokenizer_dir, vocab_size, params, 3, "other")
    assert other[0]["loss"] != reference_run[1][0]["loss"]


@pytest.mark.parametrize(
    ("zero_stage", "expected"),
    [
        # Without ZeRO the weights overflow on the second update and are caught before its checkpoint...
        (0, "weights are not finite after the update of step 2 .*last good checkpoint is .*step_00000001"),
        # ...ZeRO's optimizer notices non-finite gradients first, and would skip every later update silently.
        (1, "gradients are not finite at step 2 .*the update was not applied.*last good .*step_00000001"),
    ],
)
def test_divergence_stops_the_run_and_exports_nothing(
    tmp_path, shards_dir, tokenizer_dir, vocab_size, zero_stage, expected
):
    params = make_params(lr=1e30, warmup_steps=0, zero_stage=zero_stage, checkpoint_every=1)
    with pytest.raises(TrainingDiverged, match=f"{expected}.* Lower pretrain.lr"):
        train(tmp_path, shards_dir, tokenizer_dir, vocab_size, params, steps=5)
    out = tmp_path / "run" / "pretrain"
    assert not (out / "checkpoint").exists() and not (out / "summary.json").exists()
    assert [p.name for p in completed_checkpoints(out)] == ["step_00000001"]


def test_injected_nan_stops_at_its_step_and_keeps_the_last_good_checkpoint(
    tmp_path, monkeypatch, shards_dir, tokenizer_dir, vocab_size
):
    real = model.loss.fused_linear_cross_entropy
    calls = []

    def nan_on_step_6(hidden, weight, targets, ignore_index=-100):
        calls.append(1)
        out = real(hidden, weight, targets, ignore_index)
        return type(out)(out.loss * float("nan"), out.token_loss) if len(calls) == 6 else out

    monkeypatch.setattr(model.loss, "fused_linear_cross_entropy", nan_on_step_6)
    params = make_params(checkpoint_every=2, keep_last=5, eval_every=None)
    with pytest.raises(
        TrainingDiverged, match=r"loss is nan at step 6 .*last good checkpoint is .*step_00000004"
    ):
        train(tmp_path, shards_dir, tokenizer_dir, vocab_size, params, steps=8)
    out = tmp_path / "run" / "pretrain"
    assert [p.name for p in completed_checkpoints(out)] == ["step_00000002", "step_00000004"]
    assert [r["step"] for r in read_log(out / "train_log.jsonl")] == [1, 2, 3, 4, 5]
    assert not (out / "checkpoint").exists()


def test_exploding_loss_stops_the_run(tmp_path, monkeypatch, shards_dir, tokenizer_dir, vocab_size):
    real = model.loss.fused_linear_cross_entropy
    calls = []

    def spike_on_step_3(hidden, weight, targets, ignore_index=-100):
        calls.append(1)
        out = real(hidden, weight, targets, ignore_index)
        return type(out)(out.loss * 10, out.token_loss) if len(calls) == 3 else out

    monkeypatch.setattr(model.loss, "fused_linear_cross_entropy", spike_on_step_3)
    with pytest.raises(
        TrainingDiverged,
        match=r"loss exploded at step 3: .*max_loss_ratio x the first step's loss = 11.49, before its update",
    ):
        train(tmp_path, shards_dir, tokenizer_dir, vocab_size, make_params(eval_every=None), steps=5)


@pytest.mark.parametrize(("zero_stage", "precision"), [(2, "bf16"), (3, "fp32")])
def test_gradient_accumulation_and_zero_stages_run_and_export(
    tmp_path, shards_dir, tokenizer_dir, vocab_size, zero_stage, precision
):
    params = make_params(
        grad_accum_steps=2, micro_batch_size=2, zero_stage=zero_stage, precision=precision, eval_every=None
    )
    summary, log, out = train(tmp_path, shards_dir, tokenizer_dir, vocab_size, params, steps=2)
    assert summary["zero_stage"] == zero_stage and log[-1]["tokens"] == 2 * 2 * 2 * SEQ_LEN
    exported = AutoModelForCausalLM.from_pretrained(out / "checkpoint")
    assert sum(p.numel() for p in exported.parameters()) == summary["n_params"]


@pytest.fixture(scope="module")
def mtp_run(tmp_path_factory, shards_dir, tokenizer_dir, vocab_size, heldout_dir):
    params = make_params(mtp_depth=2, mtp_weight=0.5, checkpoint_every=4, keep_last=1)
    return train(
        tmp_path_factory.mktemp("mtp"), shards_dir, tokenizer_dir, vocab_size, params, 6, heldout=heldout_dir
    )


def test_mtp_run_logs_each_depth_and_exports_a_plain_llama_that_generates(mtp_run, reference_run):
    from safetensors.torch import load_file

    summary, log, out = mtp_run
    assert [sorted(r["mtp_loss"]) for r in log] == [["1", "2"]] * 6
    val = read_log(out / "val_log.jsonl")
    assert [r["step"] for r in val] == [4, 6]
    assert set(val[-1]["mtp_loss_by_domain"]["2"]) == set(val[-1]["loss_by_domain"]) == {"finance", "legal"}
    assert summary["mtp"]["val_loss_by_domain"] == val[-1]["mtp_loss_by_domain"]
    assert summary["mtp"]["depth"] == 2 and summary["mtp"]["final_loss"] == log[-1]["mtp_loss"]

    checkpoint = out / "checkpoint"
    model = AutoModelForCausalLM.from_pretrained(checkpoint)
    tokenizer = AutoTokenizer.from_pretrained(checkpoint)
    assert type(model).__name__ == "LlamaForCausalLM"
    # Plain: the parameters of a model trained without MTP, and nothing of the modules in its weights.
    assert sum(p.numel() for p in model.parameters()) == summary["n_params"] == reference_run[0]["n_params"]
    assert not [k for k in load_file(checkpoint / "model.safetensors") if "mtp" in k]
    ids = tokenizer("The court granted the motion", return_tensors="pt").input_ids
    generated = model.generate(ids, max_new_tokens=6, min_new_tokens=6, do_sample=False)
    assert generated.shape == (1, ids.shape[1] + 6) and torch.equal(generated[:, : ids.shape[1]], ids)
    assert isinstance(tokenizer.decode(generated[0, ids.shape[1] :]), str)


def test_exported_mtp_modules_score_the_heldout_loss_the_run_reported(mtp_run, heldout_dir, tokenizer_dir):
    summary, _, out = mtp_run
    model = AutoModelForCausalLM.from_pretrained(out / "checkpoint").eval()
    windows = heldout_windows(heldout_dir, tokenizer_dir, SEQ_LEN, 2)["legal"]
    with torch.no_grad():
        scored = CausalLMLoss(model, 1, load_mtp(out / "checkpoint", model), 0.5).eval()(
            windows[:, :-1], windows[:, 1:]
        )
    for depth in ("1", "2"):
        reported = summary["mtp"]["val_loss_by_domain"][depth]["legal"]
        assert scored.aux[f"mtp_loss_{depth}"].item() == pytest.approx(reported, rel=1e-5)


def test_mtp_modules_are_trained_and_kept_in_the_resumable_checkpoint(mtp_run):
    from safetensors.torch import load_file

    _, log, out = mtp_run
    state = load_file(completed_checkpoints(out)[-1] / "model.safetensors")
    assert {k.split(".")[2] for k in state if k.startswith("mtp.layers.")} == {"0", "1"}
    assert log[-1]["mtp_loss"]["1"] < log[0]["mtp_loss"]["1"]  # the repetitive stream is learnable


def test_mtp_under_zero3_exports_the_gathered_modules(tmp_path, shards_dir, tokenizer_dir, vocab_size):
    params = make_params(zero_stage=3, mtp_depth=1, eval_every=None)
    summary, log, out = train(tmp_path, shards_dir, tokenizer_dir, vocab_size, params, steps=2)
    model = AutoModelForCausalLM.from_pretrained(out / "checkpoint")
    mtp = load_mtp(out / "checkpoint", model)
    assert sum(p.numel() for p in model.parameters()) == summary["n_params"]
    assert mtp.depth == 1 and all(p.abs().sum() > 0 for p in mtp.parameters())


def test_mtp_depth_must_leave_a_position_to_score(tmp_path, shards_dir, tokenizer_dir, vocab_size):
    with pytest.raises(ConfigError, match=f"mtp_depth={SEQ_LEN} leaves no position"):
        train(tmp_path, shards_dir, tokenizer_dir, vocab_size, make_params(mtp_depth=SEQ_LEN), steps=2)


def test_options_enter_the_resume_fingerprint_only_when_on(shards_dir, vocab_size, tmp_path):
    plan = read_plan(write_plan(tmp_path, make_params(), vocab_size, 8))
    default = run_fingerprint(make_params(), plan, shards_dir, "fp32")["pretrain"]
    with_mtp = run_fingerprint(make_params(mtp_depth=1), plan, shards_dir, "fp32")["pretrain"]
    # A run checkpointed before the options existed resumes: its fingerprint is the default's.
    assert not [k for k in default if k.startswith(("mtp_", "distill_"))]
    assert with_mtp["mtp_depth"] == 1 and with_mtp["mtp_weight"] == 0.3


def test_stale_plan_is_refused(tmp_path, shards_dir, tokenizer_dir, vocab_size):
    plan = write_plan(tmp_path / "plan", make_params(micro_batch_size=2), vocab_size, 2)
    with pytest.raises(ConfigError, match="tokens per step"):
        run_pretrain(make_params(micro_batch_size=4), plan, shards_dir, tokenizer_dir, tmp_path / "out")


def test_only_an_unfinished_run_of_the_same_configuration_is_resumed(
    reference_run, shards_dir, vocab_size, tmp_path
):
    _, _, finished = reference_run
    same = make_params(checkpoint_every=3, keep_last=2, log_every=5, eval_every=None)  # bookkeeping only
    plan = read_plan(write_plan(tmp_path, same, vocab_size, 8))
    assert (
        find_resumable(finished, run_fingerprint(same, plan, shards_dir, "fp32"), 1) is None
    )  # step 8 of 8: done
    interrupted = tmp_path / "interrupted"
    shutil.copytree(finished / "checkpoints", interrupted / "checkpoints")
    shutil.rmtree(interrupted / "checkpoints" / "step_00000008")
    resumable = find_resumable(interrupted, run_fingerprint(same, plan, shards_dir, "fp32"), 1)
    assert resumable == interrupted / "checkpoints" / "step_00000006"
    other = make_params(checkpoint_every=3, lr=5e-3)
    assert find_resumable(interrupted, run_fingerprint(other, plan, shards_dir, "fp32"), 1) is None
    with pytest.raises(ConfigError, match="written by 1 ranks, this run has 2"):
        find_resumable(interrupted, run_fingerprint(same, plan, shards_dir, "fp32"), 2)


def test_deepspeed_config_is_generated_from_params():
    params = PretrainParams(
        zero_stage=2, precision="bf16", micro_batch_size=4, grad_accum_steps=8, grad_clip=0.5
    )
    config = deepspeed_config(params, world_size=2)
    assert config["train_micro_batch_size_per_gpu"] == 4
    assert config["gradient_accumulation_steps"] == 4  # the global batch stays 4 x 8 on two ranks
    assert config["train_batch_size"] == 32
    assert config["zero_optimization"] == {"stage": 2} and config["bf16"] == {"enabled": True}
    assert config["gradient_clipping"] == 0.5 and config["zero_allow_untested_optimizer"] is True
    with pytest.raises(ConfigError, match="not divisible by the world size 3"):
        deepspeed_config(params, world_size=3)


def test_single_process_builds_no_shared_memory_op():
    import deepspeed.comm.comm as ds_comm

    info = init_distributed()
    assert info.world_size == 1 and info.backend == "gloo"
    assert ds_comm.cdb.shm_comm_op is None


def test_windows_are_consecutive_shifted_and_reshuffled_per_epoch(tmp_path):
    stream = np.arange(10 * (SEQ_LEN + 1) + 5)  # 10 whole windows and a 5-token tail that is left out
    windows = TokenWindows(write_shards(tmp_path, [stream, np.arange(0)], 1000), SEQ_LEN, seed=3)
    assert len(windows) == 10
    batches = windows.micro_batches(5)
    seen = [next(batches) for _ in range(4)]  # two epochs
    assert seen[0].inputs.shape == seen[0].labels.shape == seen[0].domains.shape == (5, SEQ_LEN)
    assert (seen[0].labels[:, :-1] == seen[0].inputs[:, 1:]).all()
    assert (seen[0].inputs[:, 0] % (SEQ_LEN + 1) == 0).all()
    assert (seen[0].domains == DOMAIN_NAMES.index("unknown")).all()  # no index.parquet
    first_epoch = sorted(int(x) for b in seen[:2] for x in b.inputs[:, 0])
    assert first_epoch == [i * (SEQ_LEN + 1) for i in range(10)]
    order = [int(x) for b in seen for x in b.inputs[:, 0]]
    assert order[:10] != order[10:]  # each epoch has its own order...
    again = TokenWindows(tmp_path, SEQ_LEN, seed=3).micro_batches(5)
    assert [int(x) for _ in range(4) for x in next(again).inputs[:, 0]] == order  # ...the same on every run
    resumed = TokenWindows(tmp_path, SEQ_LEN, seed=3).micro_batches(5, start=3)  # mid-way through epoch 2
    assert [int(x) for x in next(resumed).inputs[:, 0]] == order[15:]


def test_label_domains_follow_the_index_across_a_document_boundary(shards_dir):
    windows = TokenWindows(shards_dir, SEQ_LEN, seed=0)
    boundary = 120 * 23  # finance ends here in shard 0
    index = next(
        i
        for i, (shard, offset) in enumerate(windows.windows)
        if shard == 0 and offset < boundary < offset + SEQ_LEN
    )
    offset = int(windows.windows[index][1])
    labels = windows.label_domains(index)
    names = [DOMAIN_NAMES[i] for i in labels]
    split = boundary - (offset + 1)  # labels are tokens offset+1 .. offset+SEQ_LEN
    assert names[:split] == ["finance"] * split and names[split:] == ["legal"] * (SEQ_LEN - split)


def test_shards_without_a_whole_window_are_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="hold no window of 33 tokens"):
        TokenWindows(write_shards(tmp_path, [np.arange(SEQ_LEN), np.arange(0)], 1000), SEQ_LEN, seed=0)


def test_bad_heldout_line_names_file_and_line(tmp_path, tokenizer_dir):
    (tmp_path / "legal.jsonl").write_text('{"text": "fine"}\n{"txt": "no text"}\n')
    with pytest.raises(ConfigError, match=r"legal.jsonl:2: not a held-out record"):
        heldout_windows(tmp_path, tokenizer_dir, SEQ_LEN, 2)


def test_ranks_take_disjoint_windows(tmp_path):
    windows = TokenWindows(write_shards(tmp_path, [np.arange(8 * (SEQ_LEN + 1))], 1000), SEQ_LEN, seed=0)
    starts = [{int(x) for x in next(windows.micro_batches(2, rank, 2)).inputs[:, 0]} for rank in (0, 1)]
    assert not starts[0] & starts[1]


def test_warmup_cosine_shape():
    factors = [warmup_cosine(s, 100, 10, 0.1) for s in range(100)]
    assert factors[0] == pytest.approx(0.1) and factors[9] == pytest.approx(1.0)
    assert all(a < b for a, b in zip(factors[:9], factors[1:10], strict=False))
    assert all(a > b for a, b in zip(factors[10:], factors[11:], strict=False))
    assert factors[-1] == pytest.approx(0.1)
    assert factors[55] == pytest.approx(0.1 + 0.9 * 0.5 * (1 + np.cos(np.pi * 46 / 90)))
    assert warmup_cosine(0, 100, 0, 0.1) == 1.0  # no warmup: the first step is the peak


def test_warmup_stable_decay_shape():
    factors = [warmup_stable_decay(s, 100, 10, 0.1, 0.2) for s in range(100)]
    assert factors[:10] == pytest.approx([(s + 1) / 10 for s in range(10)])
    assert factors[10:80] == [1.0] * 70  # the stable phase holds the peak...
    assert all(a > b for a, b in zip(factors[79:], factors[80:], strict=False))  # ...the last 20 decay
    assert factors[-1] == pytest.approx(0.1) and factors[89] == pytest.approx(1 - 0.9 * 10 / 20)
    assert warmup_stable_decay(5, 10, 8, 0.1, 0.5) == pytest.approx(6 / 8)  # decay never cuts warmup short


def test_flops_per_token_counts_matmuls_and_attention():
    cfg = {
        "vocab_size": 100, "hidden_size": 8, "num_hidden_layers": 1, "num_attention_heads": 2,
        "intermediate_size": 16, "tie_word_embeddings": False,
    }  # fmt: skip
    matmul_params = (
        4 * 8 * 8 + 3 * 8 * 16 + 100 * 8 + 3 * 8
    )  # attention, MLP, lm_head, norms (no input lookup)
    assert flops_per_token(cfg, seq_len=10) == 6 * matmul_params + 12 * 1 * 2 * 4 * 10


def test_cpu_peak_is_the_fastest_matmul_at_two_n_cubed_flops(monkeypatch):
    """A product of two n x n matrices is 2 n^3 FLOPs (n^3 multiply-adds); the peak is the rate of the fastest
    timed product, in the dtype asked. Timed here on a clock that each product moves on by a known step."""
    size, steps = 96, [0.004, 0.001, 0.003, 0.002]
    clock, operands = [0.0], []

    def timed_mm(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
        operands.append((tuple(a.shape), tuple(b.shape), a.dtype, b.dtype))
        clock[0] += steps[(len(operands) - 1) % len(steps)]
        return a

    monkeypatch.setattr(model.monitor.torch, "mm", timed_mm)
    monkeypatch.setattr(model.monitor, "time", SimpleNamespace(perf_counter=lambda: clock[0]))
    peak = measure_cpu_peak(torch.bfloat16, seconds=0.02, size=size)
    assert peak == pytest.approx(2 * size**3 / min(steps), rel=1e-9)
    assert len(operands) > len(steps)  # warm-up, then timed products until the deadline
    assert set(operands) == {((size, size), (size, size), torch.bfloat16, torch.bfloat16)}


def test_a_cpu_peak_is_measured_in_the_dtype_of_the_math_unless_configured(monkeypatch):
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    asked: list[torch.dtype] = []
    monkeypatch.setattr(model.monitor, "measure_cpu_peak", lambda dtype: asked.append(dtype) or 5e10)
    assert device_peak(None, "bf16").flops == 5e10 and device_peak(None, "fp32").flops == 5e10
    assert asked == [torch.bfloat16, torch.float32]
    configured = device_peak(2e11, "fp32")
    assert configured.flops == 2e11 and configured.source == "pretrain.peak_flops" and len(asked) == 2


def test_activation_checkpointing_trains_the_same_steps(tmp_path, shards_dir, tokenizer_dir, vocab_size):
    # Recomputing each layer in backward changes memory, not arithmetic.
    params = make_params(eval_every=None)
    plain, plain_log, _ = train(
        tmp_path, shards_dir, tokenizer_dir, vocab_size, params, steps=3, name="plain"
    )
    params = make_params(eval_every=None, activation_checkpointing=True)
    ckpt, ckpt_log, _ = train(tmp_path, shards_dir, tokenizer_dir, vocab_size, params, steps=3, name="ckpt")
    assert ckpt["activation_checkpointing"] and not plain["activation_checkpointing"]
    assert [r["loss"] for r in ckpt_log] == [r["loss"] for r in plain_log]
    assert ckpt["precision"] == "fp32" and ckpt["matmul_math"] == "fp32" and ckpt["device"] == "cpu"


def test_a_save_still_being_written_is_not_a_checkpoint(tmp_path):
    # A reader that looks while a save is in flight (a resume scan, a monitor, a test polling a run it will
    # kill) sees step_NNNNNNNN.partial, which may already hold its train state: it is not whole yet.
    from model.checkpoint import CHECKPOINTS, PARTIAL_SUFFIX, TRAIN_STATE, step_dir

    whole, in_flight = step_dir(tmp_path, 10), step_dir(tmp_path, 20)
    in_flight = in_flight.with_name(in_flight.name + PARTIAL_SUFFIX)
    for folder in (whole, in_flight):
        folder.mkdir(parents=True)
        (folder / TRAIN_STATE).write_text("{}", encoding="utf-8")
    (tmp_path / CHECKPOINTS / "step_notes").mkdir()
    assert completed_checkpoints(tmp_path) == [whole]
