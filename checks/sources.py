"""Where source files come from: a folder on disk, or an in-memory map.

The analyser only talks to a ``SourceTree``; the GitHub App provides its own
implementation backed by files it fetched, so ``checks`` never does I/O
beyond reading the local disk.
"""

from __future__ import annotations

import os
import weakref
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path, PurePosixPath
from typing import Protocol, TypeVar

T = TypeVar("T")

# Folders that never hold reviewable source.
SKIP_DIRS = frozenset(
    {"node_modules", ".next", "dist", "build", "out", "coverage", ".git", ".turbo", ".vercel", ".venv"}
)
SOURCE_SUFFIXES = (".ts", ".tsx", ".js", ".jsx", ".mjs", ".cjs", ".mts", ".cts")


def is_source_path(path: str) -> bool:
    return path.endswith(SOURCE_SUFFIXES) and not path.endswith(".d.ts")


class SourceTree(Protocol):
    def paths(self) -> Iterable[str]:
        """Every file path the tree knows (posix, relative)."""
        ...

    def read(self, path: str) -> bytes | None:
        """The file's bytes, or None when absent or unreadable."""
        ...


class MemoryTree:
    def __init__(self, files: Mapping[str, str | bytes]) -> None:
        self._files = {
            str(PurePosixPath(p)): (v.encode("utf-8") if isinstance(v, str) else v) for p, v in files.items()
        }

    def paths(self) -> Iterable[str]:
        return self._files.keys()

    def read(self, path: str) -> bytes | None:
        return self._files.get(path)


class DiskTree:
    """A folder on disk. Paths are relative to ``root``; skipped folders are never walked."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self._prefix = os.path.join(str(self.root), "")  # (`read` joins strings: pathlib costs more than the read)
        self._paths: list[str] | None = None

    def paths(self) -> Iterable[str]:
        if self._paths is None:
            found: list[str] = []
            for dirpath, dirnames, filenames in os.walk(self.root):
                dirnames[:] = sorted(d for d in dirnames if d not in SKIP_DIRS)
                rel = Path(dirpath).relative_to(self.root)
                for name in sorted(filenames):
                    found.append((rel / name).as_posix() if str(rel) != "." else name)
            self._paths = found
        return self._paths

    def read(self, path: str) -> bytes | None:
        try:
            with open(path if path.startswith("/") else self._prefix + path, "rb") as f:
                return f.read()
        except OSError:
            return None


_TREE_FACTS: weakref.WeakKeyDictionary[object, dict[str, object]] = weakref.WeakKeyDictionary()


def tree_fact(tree: SourceTree, name: str, compute: Callable[[], T]) -> T:
    """A fact read from the whole tree (schema declarations, the import graph): worked out once
    per tree and shared by every batch that scans it, and freed with the tree. Never keyed by a
    batch's project model: a cache holding those kept every parsed batch alive."""
    try:
        facts = _TREE_FACTS.setdefault(tree, {})
    except TypeError:  # a tree type that cannot be weakly referenced: no sharing
        return compute()
    if name not in facts:
        facts[name] = compute()
    return facts[name]  # type: ignore[return-value]
