"""The pretrain stage on a hermetic tiny fixture: shards, tokenizer and plan built in tmp_path."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
from transformers import AutoModelForCausalLM, AutoTokenizer, PreTrainedTokenizerFast

from charter.config import Params, PretrainParams
from charter.errors import ConfigError
from model.data import TokenWindows
from model.engine import deepspeed_config, init_distributed
from model.plan import plan_for
from model.schedule import warmup_cosine
from model.train import TrainingDiverged, run_pretrain

SEQ_LEN = 32
SENTENCES = [
    "The issuer's 10-K reports revenue of $4.2 billion for fiscal 2023.",
    "The court granted the motion for summary judgment on all counts.",
    "Patient presented with acute chest pain; ECG showed ST elevation.",
    "Interest rate swaps hedge the floating-rate exposure of the notes.",
]


def make_tokenizer(path: Path) -> Path:
    tok = Tokenizer(models.BPE(unk_token="<unk>"))
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=300,
        special_tokens=["<unk>", "<s>", "</s>", "<pad>"],
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
    )
    tok.train_from_iterator(SENTENCES * 4, trainer)
    wrapped = PreTrainedTokenizerFast(
        tokenizer_object=tok, unk_token="<unk>", bos_token="<s>", eos_token="</s>", pad_token="<pad>"
    )
    wrapped.save_pretrained(path)
    return path


def write_shards(root: Path, streams: list[np.ndarray], vocab_size: int) -> Path:
    (root / "shards").mkdir(parents=True)
    shards = []
    for i, tokens in enumerate(streams):
        name = f"shard_{i:05d}.bin"
        tokens.astype("<u2").tofile(root / "shards" / name)
        shards.append({"file": name, "n_tokens": len(tokens)})
    total = sum(len(s) for s in streams)
    meta = {
        "dtype": "uint16",
        "vocab_size": vocab_size,
        "eos_token_id": 2,
        "seq_len": SEQ_LEN,
        "n_tokens": total,
        "n_unique_tokens": total,
        "tokens_by_domain": {},
        "shards": shards,
    }
    (root / "meta.json").write_text(json.dumps(meta))
    return root


@pytest.fixture(scope="module")
def tokenizer_dir(tmp_path_factory) -> Path:
    return make_tokenizer(tmp_path_factory.mktemp("tokenizer"))


@pytest.fixture(scope="module")
def vocab_size(tokenizer_dir) -> int:
    return len(AutoTokenizer.from_pretrained(tokenizer_dir))


@pytest.fixture(scope="module")
def shards_dir(tmp_path_factory, vocab_size) -> Path:
    # A repetitive stream (one 23-token phrase over and over): a model that learns anything lowers its loss.
    phrase = np.random.default_rng(0).integers(4, vocab_size, 23)
    return write_shards(
        tmp_path_factory.mktemp("tokenize"), [np.tile(phrase, 200), np.tile(phrase, 90)], vocab_size
    )


def make_params(seed: int = 1234, **pretrain) -> Params:
    settings = {"micro_batch_size": 4, "lr": 1e-2, "warmup_steps": 2, "log_every": 1, "threads": 1} | pretrain
    return Params.model_validate({"seed": seed, "plan": {"compute_flops": 1e12}, "pretrain": settings})


def write_plan(path: Path, params: Params, vocab_size: int, steps: int) -> Path:
    plan = plan_for(
        params.plan.compute_flops,
        "hoffmann",
        vocab_size,
        SEQ_LEN,
        micro_batch_size=params.pretrain.micro_batch_size,
        grad_accum_steps=params.pretrain.grad_accum_steps,
        max_steps_cap=steps,
        token_ids={"bos_token_id": 1, "eos_token_id": 2, "pad_token_id": 3},
    )
    path.mkdir(parents=True, exist_ok=True)
    (path / "plan.json").write_text(json.dumps(plan.to_json()))
    return path / "plan.json"


def train(tmp_path, shards_dir, tokenizer_dir, vocab_size, params: Params, steps: int = 5, name: str = "run"):
    plan = write_plan(tmp_path / name / "plan", params, vocab_size, steps)
    out = tmp_path / name / "pretrain"
    summary = run_pretrain(params, plan, shards_dir, tokenizer_dir, out)
    log = [json.loads(line) for line in (out / "train_log.jsonl").read_text().splitlines()]
    return summary, log, out


@pytest.fixture(scope="module")
def reference_run(tmp_path_factory, shards_dir, tokenizer_dir, vocab_size):
    return train(
        tmp_path_factory.mktemp("ref"), shards_dir, tokenizer_dir, vocab_size, make_params(), steps=8
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
    for key in (
        "tokens_seen",
        "final_loss",
        "mean_tokens_per_s",
        "wall_time_s",
        "zero_stage",
        "torch_threads",
    ):
        assert key in written


def test_log_records_every_step_with_its_fields(reference_run):
    _, log, _ = reference_run
    assert [r["step"] for r in log] == list(range(1, 9))
    assert set(log[0]) == {"step", "loss", "lr", "tokens", "tokens_per_s", "elapsed"}
    assert log[-1]["tokens"] == 8 * 4 * SEQ_LEN


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
    _, again, _ = train(tmp_path, shards_dir, tokenizer_dir, vocab_size, make_params(), steps=8)
    assert [r["loss"] for r in again] == [r["loss"] for r in reference_run[1]]
    _, other, _ = train(tmp_path, shards_dir, tokenizer_dir, vocab_size, make_params(seed=7), 3, "other")
    assert other[0]["loss"] != reference_run[1][0]["loss"]


@pytest.mark.parametrize("zero_stage", [0, 1])
def test_divergence_stops_the_run_and_exports_nothing(
    tmp_path, shards_dir, tokenizer_dir, vocab_size, zero_stage
):
    # lr 1e30 wrecks the weights on the first update. Without ZeRO the next loss is NaN; ZeRO's optimizer
    # notices the non-finite gradients first and would skip every later update without a word.
    params = make_params(lr=1e30, warmup_steps=0, zero_stage=zero_stage)
    expected = "loss is nan" if zero_stage == 0 else "gradients are not finite"
    with pytest.raises(TrainingDiverged, match=f"{expected} at step .* no checkpoint exported"):
        train(tmp_path, shards_dir, tokenizer_dir, vocab_size, params, steps=5)
    out = tmp_path / "run" / "pretrain"
    assert not (out / "checkpoint").exists() and not (out / "summary.json").exists()


def test_gradient_accumulation_and_zero_stage_run(tmp_path, shards_dir, tokenizer_dir, vocab_size):
    params = make_params(grad_accum_steps=2, micro_batch_size=2, zero_stage=2, precision="bf16")
    summary, log, _ = train(tmp_path, shards_dir, tokenizer_dir, vocab_size, params, steps=2)
    assert summary["zero_stage"] == 2 and log[-1]["tokens"] == 2 * 2 * 2 * SEQ_LEN


def test_stale_plan_is_refused(tmp_path, shards_dir, tokenizer_dir, vocab_size):
    plan = write_plan(tmp_path / "plan", make_params(micro_batch_size=2), vocab_size, 2)
    with pytest.raises(ConfigError, match="tokens per step"):
        run_pretrain(make_params(micro_batch_size=4), plan, shards_dir, tokenizer_dir, tmp_path / "out")


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
    inputs, labels = seen[0]
    assert inputs.shape == labels.shape == (5, SEQ_LEN)
    assert (labels[:, :-1] == inputs[:, 1:]).all() and (inputs[:, 0] % (SEQ_LEN + 1) == 0).all()
    first_epoch = sorted(int(x) for b in seen[:2] for x in b[0][:, 0])
    assert first_epoch == [i * (SEQ_LEN + 1) for i in range(10)]
    order = [int(x) for b in seen for x in b[0][:, 0]]
    assert order[:10] != order[10:]  # each epoch has its own order...
    again = TokenWindows(tmp_path, SEQ_LEN, seed=3).micro_batches(5)
    assert [int(x) for _ in range(4) for x in next(again)[0][:, 0]] == order  # ...the same on every run


def test_shards_without_a_whole_window_are_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="hold no window of 33 tokens"):
        TokenWindows(write_shards(tmp_path, [np.arange(SEQ_LEN), np.arange(0)], 1000), SEQ_LEN, seed=0)


def test_ranks_take_disjoint_windows(tmp_path):
    windows = TokenWindows(write_shards(tmp_path, [np.arange(8 * (SEQ_LEN + 1))], 1000), SEQ_LEN, seed=0)
    starts = [{int(x) for x in next(windows.micro_batches(2, rank, 2))[0][:, 0]} for rank in (0, 1)]
    assert not starts[0] & starts[1]


def test_warmup_cosine_shape():
    factors = [warmup_cosine(s, 100, 10, 0.1) for s in range(100)]
    assert factors[0] == pytest.approx(0.1) and factors[9] == pytest.approx(1.0)
    assert all(a < b for a, b in zip(factors[:9], factors[1:10], strict=False))
    assert all(a > b for a, b in zip(factors[10:], factors[11:], strict=False))
    assert factors[-1] == pytest.approx(0.1)
    assert factors[55] == pytest.approx(0.1 + 0.9 * 0.5 * (1 + np.cos(np.pi * 46 / 90)))
    assert warmup_cosine(0, 100, 0, 0.1) == 1.0  # no warmup: the first step is the peak
