"""The DeepSpeed side of training: process-group set-up, the generated DeepSpeed config, the engine.

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

from charter.config import PretrainParams
from charter.errors import ConfigError

log = logging.getLogger(__name__)

SHM_COMM_OP = "deepspeed_shm_comm"  # ShareMemCommBuilder.NAME
LAUNCHER_VARS = ("MASTER_ADDR", "MASTER_PORT", "RANK", "LOCAL_RANK", "WORLD_SIZE")


@dataclass(frozen=True)
class DistInfo:
    rank: int
    local_rank: int
    world_size: int
    backend: str


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


def accumulation_steps(params: PretrainParams, world_size: int) -> int:
    """Micro-batches per optimizer step on each rank, so the global batch matches the plan at any world size."""
    if params.grad_accum_steps % world_size:
        raise ConfigError(
            f"pretrain.grad_accum_steps={params.grad_accum_steps} is not divisible by the world size "
            f"{world_size}: the global batch (micro_batch_size x grad_accum_steps) cannot be split across ranks"
        )
    return params.grad_accum_steps // world_size


def deepspeed_config(params: PretrainParams, world_size: int) -> dict[str, Any]:
    """The DeepSpeed config, generated from the typed parameters (never hand-written, never drifting)."""
    accum = accumulation_steps(params, world_size)
    config: dict[str, Any] = {
        "train_batch_size": params.micro_batch_size * accum * world_size,
        "train_micro_batch_size_per_gpu": params.micro_batch_size,
        "gradient_accumulation_steps": accum,
        "gradient_clipping": params.grad_clip,
        "zero_optimization": {"stage": params.zero_stage},
        "bf16": {"enabled": params.precision == "bf16"},
        "fp16": {"enabled": False},
        # The optimizer is torch's AdamW: DeepSpeed's own Adam would JIT-compile a C++ op first.
        "zero_allow_untested_optimizer": True,
        # The trainer logs; DeepSpeed's own per-step prints would only duplicate it.
        "steps_per_print": 2**31 - 1,
        "wall_clock_breakdown": False,
    }
    if params.zero_stage == 3:
        # Parameters are partitioned: gather a full 16-bit copy for the Hugging Face export.
        config["zero_optimization"]["stage3_gather_16bit_weights_on_model_save"] = True
    return config


def build_optimizer(model: torch.nn.Module, params: PretrainParams) -> torch.optim.AdamW:
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
