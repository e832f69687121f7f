"""The training engine's device, precision and throughput accounting, checked on CPU: what a GPU run would
do is decided by the same functions, given the device facts a GPU reports."""

from __future__ import annotations

import math

import pytest
import torch

import model.monitor
import model.train
from core.config import PretrainParams
from model.data import DOMAIN_NAMES, MicroBatch
from model.engine import (
    DistInfo,
    configure_math,
    deepspeed_config,
    math_mode,
    resolve_precision,
    start,
    trainer_deepspeed_config,
)
from model.hardware import accelerator_for_device, get_accelerator
from model.loss import TrainingLoss
from model.monitor import device_peak
from model.train import TrainingDiverged, train_step

META = torch.device("meta")


class MetaEngine:
    """A DeepSpeed engine stand-in whose model lives on the meta device: any tensor the step copies to the
    host (`.cpu()`, `float()`, `.item()`) fails, as a needless GPU sync would be paid for on CUDA."""

    device = META

    def __init__(self, losses: list[float]):
        self.losses, self.calls, self.steps = losses, 0, 0

    def __call__(self, input_ids: torch.Tensor, labels: torch.Tensor) -> TrainingLoss:
        assert input_ids.device == META and labels.device == META
        self.calls += 1
        n = labels.numel()
        loss = torch.zeros((), device=META)
        return TrainingLoss(loss, torch.zeros(n, device=META), loss.detach(), {})

    def backward(self, loss: torch.Tensor) -> None:
        assert loss.device == META

    def step(self) -> None:
        self.steps += 1

    def get_global_grad_norm(self) -> float:
        return 0.5

    def was_step_applied(self) -> bool:
        return True


def _batches(accum: int):
    domains = torch.tensor([[0, 0, 1, 1], [1, 1, 2, 2]])
    while True:
        yield MicroBatch(torch.zeros(2, 4, dtype=torch.long), torch.zeros(2, 4, dtype=torch.long), domains)


@pytest.fixture
def spies(monkeypatch):
    """Records every all-reduce and host copy of a step, with the device of the tensor it was given."""
    import torch.distributed as dist

    seen: dict[str, list] = {"all_reduce": [], "to_host": []}
    host_values: list[float] = []

    def all_reduce(tensor, *args, **kwargs):
        seen["all_reduce"].append((tensor.device, tensor.dtype, tuple(tensor.shape)))

    def to_host(tensor):
        seen["to_host"].append(tensor.device)
        return list(host_values)

    monkeypatch.setattr(dist, "all_reduce", all_reduce)
    monkeypatch.setattr(model.train, "_to_host", to_host, raising=False)
    return seen, host_values


def test_a_step_reduces_on_the_engines_device_once_and_copies_to_the_host_once(spies):
    seen, host_values = spies
    accum, world = 3, 2
    n = len(DOMAIN_NAMES)
    # Summed over two ranks: micro-batch losses, then loss sums and token counts per domain.
    host_values += [4.0, 5.0, 6.0] + [8.0, 12.0, 4.0, 0.0, 0.0] + [8.0, 12.0, 4.0, 0.0, 0.0]
    engine = MetaEngine([])
    result = train_step(engine, _batches(accum), accum, DistInfo(0, 0, world, "nccl"), 7, 1e-3, None)

    assert engine.calls == accum and engine.steps == accum  # DeepSpeed counts every micro-batch's step
    assert seen["all_reduce"] == [(META, torch.float64, (accum + 2 * n,))]  # one reduction per step...
    assert seen["to_host"] == [META]  # ...and one host copy, of the reduced device tensor
    assert result.loss == pytest.approx((2.0 + 2.5 + 3.0) / 3)
    assert result.domain_tokens == {"general": 8, "finance": 12, "legal": 4}
    assert result.domain_loss_sum == {"general": 8.0, "finance": 12.0, "legal": 4.0}
    assert result.grad_norm == 0.5


def test_a_non_finite_micro_batch_stops_the_step_before_its_update(spies):
    seen, host_values = spies
    host_values += [1.0, math.nan] + [0.0] * (2 * len(DOMAIN_NAMES))
    engine = MetaEngine([])
    with pytest.raises(TrainingDiverged, match=r"loss is nan at step 3 \(micro-batch 2"):
        train_step(engine, _batches(2), 2, DistInfo(0, 0, 1, "gloo"), 3, 1e-3, None)
    assert engine.steps == 1  # the first micro-batch's counting step; the update (the second) never ran


def test_auto_precision_is_bf16_on_cuda_and_fp32_on_cpu(monkeypatch):
    assert resolve_precision("auto", "cpu") == "fp32"
    monkeypatch.setattr(torch.cuda, "is_bf16_supported", lambda *a, **k: True)
    assert resolve_precision("auto", "cuda") == "bf16"
    monkeypatch.setattr(torch.cuda, "is_bf16_supported", lambda *a, **k: False)  # e.g. a V100
    assert resolve_precision("auto", "cuda") == "fp32"
    assert resolve_precision("bf16", "cpu") == "bf16" and resolve_precision("fp32", "cuda") == "fp32"
    runtime = start(PretrainParams())
    assert (runtime.device.type, runtime.precision, runtime.math) == ("cpu", "fp32", "fp32")


def test_fp32_matmuls_run_on_tf32_tensor_cores_from_ampere_on():
    assert math_mode("fp32", "cuda", (8, 0)) == "tf32"  # A100
    assert math_mode("fp32", "cuda", (9, 0)) == "tf32"  # H100
    assert math_mode("fp32", "cuda", (7, 0)) == "fp32"  # V100: no TF32
    assert math_mode("fp32", "cpu", None) == "fp32"
    assert math_mode("bf16", "cuda", (9, 0)) == "bf16"
    before = (torch.backends.cuda.matmul.fp32_precision, torch.backends.cudnn.conv.fp32_precision)
    try:
        configure_math("fp32")
        assert torch.backends.cuda.matmul.fp32_precision == before[0]
        configure_math("tf32")
        assert torch.backends.cuda.matmul.fp32_precision == "tf32"
        assert torch.backends.cudnn.conv.fp32_precision == "tf32"
    finally:
        torch.backends.cuda.matmul.fp32_precision, torch.backends.cudnn.conv.fp32_precision = before


@pytest.mark.parametrize(
    ("device_name", "math", "peak"),
    [
        ("NVIDIA H100 80GB HBM3", "bf16", 989.4e12),
        ("NVIDIA H100 80GB HBM3", "tf32", 494.7e12),
        ("NVIDIA H100 80GB HBM3", "fp32", 66.9e12),  # fp32 without TF32: CUDA cores, not bf16 / 2
        ("NVIDIA H100 PCIe", "bf16", 756e12),
        ("NVIDIA A100-SXM4-40GB", "tf32", 156e12),
        ("NVIDIA L4", "bf16", 121e12),
        ("NVIDIA L40S", "bf16", 362.05e12),
        ("AMD Instinct MI300X", "bf16", 1307.4e12),
    ],
)
def test_mfu_divides_by_the_peak_of_the_math_in_use(monkeypatch, device_name, math, peak):
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    monkeypatch.setattr(torch.cuda, "get_device_name", lambda *a: device_name)
    assert device_peak(None, math).flops == peak


def test_an_unknown_gpu_is_measured_in_the_math_in_use(monkeypatch):
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    monkeypatch.setattr(torch.cuda, "get_device_name", lambda *a: "NVIDIA A10G")
    measured = []
    monkeypatch.setattr(model.monitor, "_measure_cuda_peak", lambda dtype: measured.append(dtype) or 1e14)
    peak = device_peak(None, "bf16")
    assert peak.flops == 1e14 and measured == [torch.bfloat16] and "measured bf16" in peak.source
    assert accelerator_for_device("NVIDIA A100 80GB PCIe") is get_accelerator("a100 80gb")


def test_every_engine_takes_its_deepspeed_settings_from_the_same_params():
    params = PretrainParams(zero_stage=3, precision="auto", micro_batch_size=2, grad_accum_steps=4)
    pretrain = deepspeed_config(params, world_size=2, precision="bf16")
    trainer = trainer_deepspeed_config(params, "bf16")
    shared = ("zero_optimization", "bf16", "fp16", "zero_allow_untested_optimizer")
    assert {k: pretrain[k] for k in shared} == {k: trainer[k] for k in shared}
    assert pretrain["bf16"] == {"enabled": True} and pretrain["zero_optimization"]["stage"] == 3
    assert trainer["train_micro_batch_size_per_gpu"] == "auto"  # TRL fills in its own batch
    assert deepspeed_config(params, world_size=1)["bf16"] == {"enabled": False}  # auto on this CPU
