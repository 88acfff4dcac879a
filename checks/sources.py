"""Where source files come from: a folder on disk, or an in-memory map.

The analyser only talks to a ``SourceTree``; the GitHub App provides its own
implementation backed by files it fetched, so ``checks`` never does I/O
beyond reading the local disk.
"""

from __future__ import annotations

import fnmatch
import json
import os
import posixpath
import weakref
from collections.abc import Callable, Iterable, Iterator, Mapping
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
    """A folder on disk. Paths are relative to ``root``; skipped folders are never walked.

    ``workspace``: the JS workspace (monorepo) the folder lies in, when it is one of its apps or
    packages scanned alone. Its other files are then a read-only *context*: never listed by
    `paths` (discovery, targets and counts are the folder's), but readable for the analysis under
    paths relative to ``root`` that leave it (`../../packages/auth/src/index.ts`), which no path of
    the folder itself can look like. `ProjectIndex` resolves imports into them file by file
    (`context_file`, `workspace_manifests`): nothing else of the workspace is walked."""

    def __init__(self, root: Path, workspace: Path | None = None) -> None:
        self.root = root.resolve()
        self._prefix = os.path.join(str(self.root), "")  # (`read` joins strings: pathlib costs more than the read)
        self._paths: list[str] | None = None
        ws = workspace.resolve() if workspace is not None else None
        self.workspace = ws if ws is not None and ws != self.root and self.root.is_relative_to(ws) else None
        # the context path of the workspace's top (`../..`), and the folder's place in it (`apps/web`)
        self._up = posixpath.relpath(str(self.workspace), str(self.root)) if self.workspace is not None else ""
        self._stats: dict[str, bool] = {}
        self._manifests: list[str] | None = None

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

    def context_path(self, path: str) -> str | None:
        """A normalised path that leaves the root (`../../packages/auth/src`), as a path of this tree:
        the folder's own path when it comes back in (`../web/lib/x` -> `lib/x`), the path itself when
        it lies in the workspace outside skipped folders (`node_modules`, `dist`, ...), else None."""
        if self.workspace is None:
            return None
        full = posixpath.normpath(self._prefix + path)
        root = str(self.root)
        if full == root or full.startswith(self._prefix):
            return full[len(self._prefix) :] if full != root else ""
        top = str(self.workspace)
        if not full.startswith(os.path.join(top, "")):
            return None
        inside = full[len(top) + 1 :]
        if any(part in SKIP_DIRS for part in inside.split("/")[:-1]):
            return None
        return posixpath.join(self._up, inside)

    def context_file(self, path: str) -> bool:
        """A context path (see `context_path`) names a file (asked of the disk once per path)."""
        return self._stat(path, False)

    def context_dir(self, path: str) -> bool:
        return self._stat(path, True)

    def _stat(self, path: str, folder: bool) -> bool:
        key = path + "/" if folder else path
        if key not in self._stats:
            target = self._prefix + path
            self._stats[key] = os.path.isdir(target) if folder else os.path.isfile(target)
        return self._stats[key]

    def workspace_manifests(self) -> list[str]:
        """The `package.json` of each package of the workspace outside the root, as context paths:
        only the folders its `workspaces` patterns name are listed."""
        if self.workspace is None:
            return []
        if self._manifests is None:  # (once per tree: every batch's project model asks)
            self._manifests = []
            for folder in workspace_package_dirs(self.workspace):
                manifest = posixpath.join(self._up, folder, "package.json")
                if self.context_path(manifest) == manifest:  # (not the root's own)
                    self._manifests.append(manifest)
        return self._manifests


# A workspace's package folders are named by patterns (`packages/*`, `apps/**`): `**` descends at
# most this deep (skipping `node_modules` and the other skipped folders), so a pattern never walks
# the whole monorepo.
_GLOBSTAR_DEPTH = 3
_DEFAULT_PACKAGES = ("apps/*", "packages/*")


def find_workspace(root: Path) -> Path | None:
    """The JS workspace a folder lies in (strictly above it): the nearest parent, up to the git work
    tree's top or the filesystem's root, with a `package.json` declaring `workspaces`, a
    `pnpm-workspace.yaml`, or a `turbo.json`/`lerna.json` beside a `package.json`."""
    root = root.resolve()
    for folder in root.parents:
        if _workspace_patterns(folder) is not None:
            return folder
        if (folder / ".git").exists():
            break
    return None


def _workspace_patterns(folder: Path) -> list[str] | None:
    """The package folder patterns of a workspace's top folder, or None when it is none."""
    manifest = _read_json(folder / "package.json")
    declared = manifest.get("workspaces") if isinstance(manifest, dict) else None
    if isinstance(declared, dict):  # yarn's `{"packages": [...], "nohoist": [...]}`
        declared = declared.get("packages")
    if isinstance(declared, list):
        return [p for p in declared if isinstance(p, str)]
    pnpm = folder / "pnpm-workspace.yaml"
    if pnpm.is_file():
        import yaml

        try:
            data = yaml.safe_load(pnpm.read_text(encoding="utf-8", errors="replace"))
        except (OSError, yaml.YAMLError):
            data = None
        listed = data.get("packages") if isinstance(data, dict) else None
        return [p for p in listed if isinstance(p, str)] if isinstance(listed, list) else list(_DEFAULT_PACKAGES)
    if manifest is not None and ((folder / "turbo.json").is_file() or (folder / "lerna.json").is_file()):
        lerna = _read_json(folder / "lerna.json")
        listed = lerna.get("packages") if isinstance(lerna, dict) else None
        return [p for p in listed if isinstance(p, str)] if isinstance(listed, list) else list(_DEFAULT_PACKAGES)
    return None


def _read_json(path: Path) -> object:
    try:
        return json.loads(path.read_text(encoding="utf-8", errors="replace"))
    except (OSError, ValueError):
        return None


def workspace_package_dirs(top: Path) -> list[str]:
    """The folders (relative to ``top``) that the workspace's patterns name and that hold a
    `package.json`; `!pattern` entries exclude."""
    patterns = _workspace_patterns(top) or []
    found: list[str] = []
    for pattern in patterns:
        if pattern.startswith("!"):
            continue
        parts = [p for p in pattern.strip().strip("/").split("/") if p and p != "."]
        for folder in _expand(top, "", parts):
            if folder and folder not in found and (top / folder / "package.json").is_file():
                found.append(folder)
    excluded = [p[1:].strip("/") for p in patterns if p.startswith("!")]
    return [f for f in found if not any(fnmatch.fnmatchcase(f, x) for x in excluded)]


def _expand(top: Path, at: str, parts: list[str], depth: int = 0) -> list[str]:
    if not parts:
        return [at]
    head, rest = parts[0], parts[1:]
    if head == "**":
        out = _expand(top, at, rest, depth)
        if depth < _GLOBSTAR_DEPTH:
            for sub in _subdirs(top, at):
                out.extend(_expand(top, sub, parts, depth + 1))
        return out
    if not any(c in head for c in "*?["):
        nxt = posixpath.join(at, head) if at else head
        return _expand(top, nxt, rest, depth) if (top / nxt).is_dir() else []
    return [
        out
        for sub in _subdirs(top, at)
        if fnmatch.fnmatchcase(posixpath.basename(sub), head)
        for out in _expand(top, sub, rest, depth)
    ]


def _subdirs(top: Path, at: str) -> list[str]:
    try:
        with os.scandir(top / at if at else top) as entries:
            names = sorted(e.name for e in entries if e.is_dir() and e.name not in SKIP_DIRS and e.name[0] != ".")
    except OSError:
        return []
    return [posixpath.join(at, n) if at else n for n in names]


_TREE_FACTS: weakref.WeakKeyDictionary[object, dict[str, object]] = weakref.WeakKeyDictionary()

# What `read_once` may hold per tree: all of a large app's sources (dub's ~15 MB), not a huge monorepo's
# (whose memory the engine's batches bound): past it, files are read from disk each time, as before.
READ_ONCE_BYTES = 64_000_000


class _ReadOnce:
    def __init__(self) -> None:
        self.files: dict[str, bytes | None] = {}
        self.size = 0


def read_once(tree: SourceTree, path: str) -> bytes | None:
    """``tree.read(path)``, read from disk once per tree: a dozen whole-tree facts (schemas, owner and tenant
    columns, the import graph, Auth.js setups, ...) each read every source file, and each engine batch reads
    the modules it parses again. The bytes are held as long as the tree, up to ``READ_ONCE_BYTES`` (a parsed
    module keeps the same bytes object, not a copy). A `DiskTree` only: a `MemoryTree` holds its files
    already, and another tree (the App's) may learn of files as it goes."""
    if not isinstance(tree, DiskTree):
        return tree.read(path)
    held = tree_fact(tree, "read_once", _ReadOnce)
    if path in held.files:
        return held.files[path]
    data = tree.read(path)
    if data is not None and held.size + len(data) <= READ_ONCE_BYTES:
        held.files[path] = data
        held.size += len(data)
    return data


# the script files the whole-tree readers look through (type declarations and configs aside)
SCRIPT_SUFFIXES = (".ts", ".tsx", ".js", ".jsx", ".mjs")


def project_files(
    tree: SourceTree, paths: Iterable[str], suffixes: tuple[str, ...], *needles: bytes
) -> Iterator[tuple[str, bytes]]:
    """(path, bytes) of each project source (not under `node_modules`) ending in one of ``suffixes`` and
    holding every byte string of ``needles``: the first sieve of the whole-tree readers, which look for a
    library's marker (`.save(`, `Table(`, `mongoose`) before parsing anything."""
    for path in paths:
        if "node_modules" in path or not path.endswith(suffixes):
            continue
        data = read_once(tree, path)
        if data is not None and all(n in data for n in needles):
            yield path, data


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
