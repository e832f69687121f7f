"""The files of a registered source: what is read, what is refused (and why), what is of another format.

A source folder is walked without following links: a symbolic link (to a file or a folder) whose target lies
outside the folder is refused, never read, so a supplier cannot point an export at `/etc` or at another
team's data. A link that stays inside the folder is read like the file it points to (a linked folder is not
walked: its files are reached through their real path).
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from core.registry import Registry, Source
from corpus.identity import file_label

# The files a folder source of each format is read from (a registered file is read whatever its name).
SUFFIXES: dict[str, tuple[str, ...]] = {
    "jsonl": (".jsonl",),
    "text": (".txt", ".md"),
    "pdf": (".pdf",),
    "parquet": (".parquet",),
}


@dataclass
class Listing:
    files: list[Path] = field(default_factory=list)  # to read, sorted
    refused: list[tuple[Path, str]] = field(default_factory=list)  # (path, reason), sorted
    ignored: list[Path] = field(default_factory=list)  # files of another format, sorted

    def describe_ignored(self) -> str:
        """`3 .json, 1 .csv`: what the folder holds instead, by suffix (names stay out of messages)."""
        by_suffix = Counter(p.suffix.lower() or "(no suffix)" for p in self.ignored)
        return ", ".join(f"{n} {suffix}" for suffix, n in sorted(by_suffix.items()))


def _inside(path: Path, root: Path) -> bool:
    try:
        path.relative_to(root)
    except ValueError:
        return False
    return True


def list_source(root: Path, suffixes: tuple[str, ...]) -> Listing:
    """A registered file is read whatever its suffix; a folder yields its files with one of `suffixes`."""
    if not root.is_dir():
        return Listing(files=[root])
    real_root = root.resolve()
    listing = Listing()
    for folder, dirs, names in os.walk(root, followlinks=False):
        here = Path(folder)
        for name in dirs:
            link = here / name
            if link.is_symlink() and not _inside(link.resolve(), real_root):
                listing.refused.append((link, "symbolic link to a folder outside the source; not followed"))
        for name in names:
            path = here / name
            if path.is_symlink():
                target = path.resolve()
                if not _inside(target, real_root):
                    listing.refused.append((path, "symbolic link to a file outside the source; not followed"))
                    continue
                if not target.is_file():
                    continue
            elif not path.is_file():
                continue  # sockets, pipes, devices: not documents
            if path.suffix.lower() in suffixes:
                listing.files.append(path)
            else:
                listing.ignored.append(path)
    listing.files.sort()
    listing.refused.sort()
    listing.ignored.sort()
    return listing


def listing_of(registry: Registry, source: Source) -> Listing:
    return list_source(registry.resolve(source), SUFFIXES[source.format])


def label_of(root: Path, path: Path, key: bytes | None) -> str:
    """A file of the source at `root` as ids name it: its path below the root, or its keyed hash."""
    return file_label(path.relative_to(root).as_posix() if root.is_dir() else path.name, key)
