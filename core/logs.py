"""No local variables in logs: loguru (datatrove's logger) prints none, in this process or any worker.

loguru's defaults `diagnose=True` and `backtrace=True` print the values of the variables of every frame of an
exception's traceback, and datatrove logs each failed task with `logger.exception`: a step that fails while
it holds a document would write the document (a patient's name, an SSN) to the task log and to stderr.
datatrove adds its sinks itself, in every task, with loguru's defaults, so the defaults are what must change:
- the LOGURU_DIAGNOSE / LOGURU_BACKTRACE environment variables, which loguru reads at import, set here for
  every process started from this one (datatrove's local workers, a local Ray cluster, Slurm jobs, which
  export the environment);
- `Logger.add` itself, in this process, so no sink of any caller can turn either back on; and datatrove's
  default stderr sink, added at its import (maybe before this ran), is added again.
`core.stage` applies this on import, and every data step's module imports `core.stage`, so a worker
that unpickles a step applies it too.
"""

from __future__ import annotations

import os
import sys

ENV = {"LOGURU_DIAGNOSE": "NO", "LOGURU_BACKTRACE": "NO"}
_APPLIED = "_charter_no_locals"


def no_locals_in_logs() -> None:
    os.environ.update(ENV)
    from loguru._logger import Logger

    if getattr(Logger.add, _APPLIED, False):
        return
    original = Logger.add

    def add(self, sink, **kwargs):  # type: ignore[no-untyped-def]
        kwargs["diagnose"] = False
        kwargs["backtrace"] = False
        return original(self, sink, **kwargs)

    setattr(add, _APPLIED, True)
    Logger.add = add  # type: ignore[method-assign]
    if "datatrove.utils.logging" in sys.modules:
        from datatrove.utils.logging import setup_default_logger

        setup_default_logger()
