"""Fails when a tracked file is larger than the limit: data belongs to DVC, not git."""

import subprocess
import sys
from pathlib import Path

LIMIT = 2 * 1024 * 1024
REPO_DATA_LIMIT = 15 * 1024 * 1024


def main() -> int:
    files = subprocess.run(["git", "ls-files", "-z"], capture_output=True, check=True).stdout.split(b"\0")
    paths = [Path(f.decode()) for f in files if f]
    sizes = {p: p.stat().st_size for p in paths if p.exists()}
    large = {p: s for p, s in sizes.items() if s > LIMIT}
    for p, s in sorted(large.items()):
        print(
            f"{p}: {s / 1e6:.1f} MB exceeds {LIMIT / 1e6:.1f} MB; track it with DVC instead", file=sys.stderr
        )
    shipped = sum(
        s for p, s in sizes.items() if p.parts[0] in ("domain", "eval_suites") and "data" in p.parts
    )
    if shipped > REPO_DATA_LIMIT:
        print(
            f"shipped sample data is {shipped / 1e6:.1f} MB, over {REPO_DATA_LIMIT / 1e6:.0f} MB",
            file=sys.stderr,
        )
        return 1
    print(f"large-file guard: {len(sizes)} tracked files, sample data {shipped / 1e6:.2f} MB")
    return 1 if large else 0


if __name__ == "__main__":
    sys.exit(main())
