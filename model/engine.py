"""The DeepSpeed side of training: process-group set-up, device and precision, the generated DeepSpeed
config, the optimizer, the engine. Pretraining, the scaling sweep and instruction tuning all start here, so
they run on the same device with the same precision and DeepSpeed settings, from the same typed params.

Device and precision are decided once per process (`start`) and logged: a CUDA rank takes the GPU of its
LOCAL_RANK before the process group forms (NCCL pairs each rank with the device current at that moment);
`precision: auto` trains in bf16 on CUDA devices that support it and in fp32 elsewhere. An fp32 run on a GPU of
compute capability 8.0+ (Ampere and newer) switches its matmuls to TF32 tensor cores (`configure_math`): fp32's
range and accumulation with a 10-bit mantissa in the products, at the tensor-core peak rather than the far lower
plain-fp32 one; the MFU peak follows the mode (`math_mode`). CPU runs stay plain fp32.

Facts this module is built on (measured on a 2-core CPU box, DeepSpeed 0.19.8):
- Without a launcher, DeepSpeed needs all of MASTER_ADDR, MASTER_PORT, RANK, LOCAL_RANK and WORLD_SIZE; one
  missing and it goes looking for mpi4py. A single process sets them itself.
- `init_distributed` JIT-compiles DeepSpeed's shared-memory all-reduce op on CPU (~45 s with g++ and ninja on
  first use, cached under ~/.cache/torch_extensions, ~0.02 s to load after). CPU ranks here are one-node test
  and development runs whose all-reduces are a few MB; gloo does them in milliseconds, so on CPU the op is
  marked incompatible and DeepSpeed uses plain gloo. On CUDA the op is never built (NCCL does the reduce).
- A torch optimizer (not DeepSpeed's JIT-built Adam) needs `zero_allow_untested_optimizer`.
- DeepSpeed reads its checkpoint files with `torch.load(weights_only=False)`, which runs any code a file
  carries. `safe_checkpoint_loading` swaps in a reader with `weights_only=True` (tensors, containers and
  plain values only); the trainer restores the model weights themselves from safetensors.
"""

from __future__ import annotations

import logging
import os
import socket
from dataclasses import dataclass
from typing import Any

import torch

from core.config import PretrainParams
from core.errors import ConfigError
from model.muon import muon_with_adamw

log = logging.getLogger(__name__)

SHM_COMM_OP = "deepspeed_shm_comm"  # ShareMemCommBuilder.NAME
LAUNCHER_VARS = ("MASTER_ADDR", "MASTER_PORT", "RANK", "LOCAL_RANK", "WORLD_SIZE")


@dataclass(frozen=True)
class DistInfo:
    rank: int
    local_rank: int
    world_size: int
    backend: str


@dataclass(frozen=True)
class Runtime:
    """Where and how this process trains, decided once by `start`."""

    dist: DistInfo
    device: torch.device
    precision: str
    """The training dtype: fp32 or bf16 (`auto` resolved)."""
    math: str
    """What the matmuls do, for MFU: bf16, tf32 (fp32 with TF32 tensor cores) or fp32."""


def _free_port() -> int:
    # A fixed port would collide with any other single-process run on the machine (parallel tests, DVC exps).
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def init_distributed() -> DistInfo:
    """Join the launcher's process group, or make a one-process group when there is no launcher."""
    import deepspeed
    import torch.distributed as dist

    backend = "nccl" if torch.cuda.is_available() else "gloo"
    if torch.cuda.is_available():
        torch.cuda.set_device(int(os.environ.get("LOCAL_RANK", 0)))
    if not dist.is_initialized():  # else an earlier run in this process (tests, notebooks) already joined one
        present = [k for k in LAUNCHER_VARS if k in os.environ]
        if present and len(present) < len(LAUNCHER_VARS):
            missing = sorted(set(LAUNCHER_VARS) - set(present))
            raise ConfigError(f"launcher environment is incomplete: {', '.join(missing)} unset")
        if not present:
            log.info("no launcher: starting a one-process group")
            os.environ.update(
                MASTER_ADDR="127.0.0.1",
                MASTER_PORT=str(_free_port()),
                RANK="0",
                LOCAL_RANK="0",
                WORLD_SIZE="1",
            )
        if not torch.cuda.is_available():
            # See the module docstring: a ~45 s build that buys nothing at this scale. DeepSpeed consults this
            # dict (built lazily, kept in the module) before building the op.
            deepspeed.ops.__compatible_ops__[SHM_COMM_OP] = False
            log.info("CPU all-reduce: plain gloo (DeepSpeed's shared-memory op is not built)")
    deepspeed.init_distributed(dist_backend=backend)
    info = DistInfo(
        rank=dist.get_rank(),
        local_rank=int(os.environ.get("LOCAL_RANK", 0)),
        world_size=dist.get_world_size(),
        backend=dist.get_backend(),
    )
    log.info("process group: rank %d of %d, %s backend", info.rank, info.world_size, info.backend)
    return info


def resolve_precision(requested: str, device_type: str) -> str:
    """`auto`: bf16 on a CUDA device with bf16 support, fp32 elsewhere (CPU bf16 is slower and less exact)."""
    if requested != "auto":
        return requested
    if device_type == "cuda" and torch.cuda.is_bf16_supported():
        return "bf16"
    return "fp32"


def math_mode(precision: str, device_type: str, capability: tuple[int, int] | None) -> str:
    """What the matmuls of a run do: bf16, tf32 (fp32 on tensor cores, compute capability 8.0+) or fp32."""
    if precision == "bf16":
        return "bf16"
    if device_type == "cuda" and capability is not None and capability >= (8, 0):
        return "tf32"
    return "fp32"


def configure_math(mode: str) -> None:
    """Switch fp32 matmuls and convolutions to TF32 tensor cores when `mode` is tf32 (process-wide)."""
    if mode == "tf32":
        torch.backends.cuda.matmul.fp32_precision = "tf32"
        torch.backends.cudnn.conv.fp32_precision = "tf32"  # type: ignore[attr-defined]


def start(params: PretrainParams) -> Runtime:
    """Join (or make) the process group, take this rank's device, resolve the precision, set the math mode."""
    dist_info = init_distributed()
    if torch.cuda.is_available():
        device = torch.device("cuda", dist_info.local_rank)
        capability: tuple[int, int] | None = torch.cuda.get_device_capability(device)
    else:
        device, capability = torch.device("cpu"), None
    precision = resolve_precision(params.precision, device.type)
    math = math_mode(precision, device.type, capability)
    configure_math(math)
    log.info(
        "device %s, precision %s (pretrain.precision: %s), matmuls in %s",
        device,
        precision,
        params.precision,
        math,
    )
    return Runtime(dist_info, device, precision, math)


def accumulation_steps(params: PretrainParams, world_size: int) -> int:
    """Micro-batches per optimizer step on each rank, so the global batch matches the plan at any world size."""
    if params.grad_accum_steps % world_size:
        raise ConfigError(
            f"pretrain.grad_accum_steps={params.grad_accum_steps} is not divisible by the world size "
            f"{world_size}: the global batch (micro_batch_size x grad_accum_steps) cannot be split across ranks"
        )
    return params.grad_accum_steps // world_size


def engine_config(params: PretrainParams, precision: str) -> dict[str, Any]:
    """The DeepSpeed settings every Charter engine shares (ZeRO stage, precision), whoever drives it."""
    if precision not in ("fp32", "bf16"):
        raise ConfigError(f"precision must be resolved to fp32 or bf16 first, got {precision!r}")
    config: dict[str, Any] = {
        "zero_optimization": {"stage": params.zero_stage},
        "bf16": {"enabled": precision == "bf16"},
        "fp16": {"enabled": False},
        # torch's optimizers (AdamW; Muon with AdamW): DeepSpeed's own Adam would JIT-compile a C++ op first.
        "zero_allow_untested_optimizer": True,
        # The trainer logs; DeepSpeed's own per-step prints would only duplicate it.
        "steps_per_print": 2**31 - 1,
        "wall_clock_breakdown": False,
    }
    if params.zero_stage == 3:
        # Parameters are partitioned: gather a full 16-bit copy for the Hugging Face export.
        config["zero_optimization"]["stage3_gather_16bit_weights_on_model_save"] = True
    return config


def deepspeed_config(params: PretrainParams, world_size: int, precision: str | None = None) -> dict[str, Any]:
    """The pretraining engine's DeepSpeed config, generated from the typed parameters (never hand-written,
    never drifting). `precision` is the resolved one; by default `params.precision` resolved on this machine."""
    if precision is None:
        precision = resolve_precision(params.precision, "cuda" if torch.cuda.is_available() else "cpu")
    accum = accumulation_steps(params, world_size)
    if params.optimizer == "muon" and params.zero_stage in (1, 2) and world_size > 1:
        raise ConfigError(
            f"pretrain.optimizer: muon cannot train at pretrain.zero_stage={params.zero_stage} on "
            f"{world_size} ranks: ZeRO-{params.zero_stage} gives each rank a slice of the flattened "
            "parameters' optimizer state, so a weight matrix can be split between ranks, and Muon's "
            "Newton-Schulz iteration needs each matrix whole. Use pretrain.zero_stage: 0 (every rank keeps "
            "whole matrices) or one rank."
        )
    return {
        "train_batch_size": params.micro_batch_size * accum * world_size,
        "train_micro_batch_size_per_gpu": params.micro_batch_size,
        "gradient_accumulation_steps": accum,
        "gradient_clipping": params.grad_clip,
        **engine_config(params, precision),
    }


def trainer_deepspeed_config(params: PretrainParams, precision: str) -> dict[str, Any]:
    """The same settings for a Hugging Face Trainer (TRL's SFTTrainer), which fills in its own batch sizes and
    clipping ("auto": taken from its TrainingArguments)."""
    return {
        "train_batch_size": "auto",
        "train_micro_batch_size_per_gpu": "auto",
        "gradient_accumulation_steps": "auto",
        "gradient_clipping": "auto",
        **engine_config(params, precision),
    }


def build_optimizer(model: torch.nn.Module, params: PretrainParams) -> torch.optim.Optimizer:
    if params.optimizer == "muon":
        return muon_with_adamw(model, params.lr, params.weight_decay, params.adam_betas)
    # Decay matrices only: decaying RMSNorm gains pulls them towards 0, which no one wants.
    decay = [p for p in model.parameters() if p.requires_grad and p.ndim >= 2]
    no_decay = [p for p in model.parameters() if p.requires_grad and p.ndim < 2]
    return torch.optim.AdamW(
        [
            {"params": decay, "weight_decay": params.weight_decay},
            {"params": no_decay, "weight_decay": 0.0},
        ],
        lr=params.lr,
        betas=params.adam_betas,
    )


def initialize(
    model: torch.nn.Module,
    optimizer: torch.optim.Optimizer,
    scheduler: torch.optim.lr_scheduler.LRScheduler,
    config: dict[str, Any],
) -> Any:
    """A DeepSpeed engine that owns the model, optimizer and scheduler (stepped once per optimizer step)."""
    import deepspeed

    engine, _, _, _ = deepspeed.initialize(
        model=model, optimizer=optimizer, lr_scheduler=scheduler, config=config
    )
    safe_checkpoint_loading(engine)
    return engine


def safe_checkpoint_loading(engine: Any) -> None:
    """Make the engine read its checkpoint files with `torch.load(weights_only=True)`."""
    from deepspeed.runtime.checkpoint_engine.torch_checkpoint_engine import TorchCheckpointEngine
    from deepspeed.runtime.fp16.loss_scaler import LossScaler
    from deepspeed.runtime.zero.config import ZeroStageEnum
    from deepspeed.utils.tensor_fragment import fragment_address

    # Plain records DeepSpeed pickles beside the tensors (an enum, a namedtuple, the loss-scale settings):
    # allowing these three classes lets the unpickler build them, and nothing else.
    records = [LossScaler, ZeroStageEnum, fragment_address]

    class WeightsOnlyCheckpointEngine(TorchCheckpointEngine):
        def load(self, path: str, map_location: Any = None) -> Any:
            with torch.serialization.safe_globals(records):
                return torch.load(path, map_location=map_location, weights_only=True)

    if type(engine.checkpoint_engine) is not TorchCheckpointEngine:
        # The async/decoupled writers are configured explicitly; they keep their own reader.
        log.warning("checkpoint engine %s reads with its own loader", type(engine.checkpoint_engine).__name__)
        return
    engine.checkpoint_engine = WeightsOnlyCheckpointEngine(engine._config)
