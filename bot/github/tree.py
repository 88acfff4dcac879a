"""A lazy ``SourceTree`` over a pull request's head commit.

``paths()`` come from one ``GET /git/trees/{sha}?recursive=1``; ``read()``
fetches a blob only when the analyser (or the pipeline's import walk) asks for
it, within WARDEN_MAX_FILE_BYTES per file, WARDEN_MAX_FETCH_BYTES in total and
WARDEN_MAX_EXTRA_FILES beyond the PR's own files. Whatever could not be read
is recorded as a ``Diagnostic`` so the check run says so instead of going green.
"""

from __future__ import annotations

import logging
import posixpath
import threading
from collections.abc import Iterable

from bot.github.client import GitHubClient, GitHubError, TreeEntry
from bot.jobs import RetryableJobError
from checks.model import Diagnostic
from checks.project import RESOLVE_SUFFIXES, ProjectIndex, import_specifiers
from checks.sources import MemoryTree

log = logging.getLogger(__name__)


class PullRequestTree:
    def __init__(
        self,
        client: GitHubClient,
        repo: str,
        head_sha: str,
        entries: dict[str, TreeEntry],
        primary: Iterable[str],
        *,
        max_file_bytes: int,
        max_total_bytes: int,
        max_extra_files: int,
    ) -> None:
        self.client = client
        self.repo = repo
        self.head_sha = head_sha
        self.entries = entries
        self.primary = frozenset(primary)  # the PR's changed files: never count as "extra"
        self.max_file_bytes = max_file_bytes
        self.max_total_bytes = max_total_bytes
        self.max_extra_files = max_extra_files
        self.diagnostics: list[Diagnostic] = []
        self._cache: dict[str, bytes | None] = {}
        self._fetched_bytes = 0
        self._extra_files = 0
        self._lock = threading.Lock()  # the analyser may read from several threads

    def paths(self) -> Iterable[str]:
        return self.entries.keys()

    def preload(self, files: dict[str, bytes]) -> None:
        """Files already fetched (by ``probe_imports``): known to exist, not fetched again."""
        with self._lock:
            for path, data in files.items():
                self.entries.setdefault(path, TreeEntry(path, "", len(data)))
                self._cache[path] = data

    def fetched(self) -> dict[str, bytes]:
        return {p: b for p, b in self._cache.items() if b is not None}

    def _skip(self, path: str, kind: str, message: str) -> None:
        self._cache[path] = None
        self.diagnostics.append(Diagnostic(path, kind, message))
        log.info("not fetching %s: %s", path, message)

    def read(self, path: str) -> bytes | None:
        with self._lock:
            if path in self._cache:
                return self._cache[path]
            entry = self.entries.get(path)
            if entry is None:
                return None
            if entry.size is not None and entry.size > self.max_file_bytes:
                self._skip(path, "too-large", f"{entry.size} bytes, over the {self.max_file_bytes}-byte limit")
                return None
            if self._fetched_bytes + (entry.size or 0) > self.max_total_bytes:
                self._skip(path, "too-large", f"the PR's {self.max_total_bytes}-byte fetch budget is spent")
                return None
            extra = path not in self.primary
            if extra and self._extra_files >= self.max_extra_files:
                # Not part of the PR: an unread helper only means less context, keep it out of the check's verdict.
                self._cache[path] = None
                log.info("not fetching %s: %d extra files already fetched", path, self.max_extra_files)
                return None
            try:
                data = self._fetch(path, entry)
            except (GitHubError, RetryableJobError) as exc:
                self._skip(path, "github", f"could not fetch from GitHub: {exc}")
                return None
            if data is None:
                self._skip(path, "unreadable", "not found at the head commit")
                return None
            if len(data) > self.max_file_bytes:
                self._skip(path, "too-large", f"{len(data)} bytes, over the {self.max_file_bytes}-byte limit")
                return None
            self._fetched_bytes += len(data)
            if extra:
                self._extra_files += 1
            self._cache[path] = data
            return data

    def _fetch(self, path: str, entry: TreeEntry) -> bytes | None:
        """The blob by sha (any size up to 100 MB); the contents API if the blob is not found."""
        try:
            return self.client.get_blob(self.repo, entry.sha)
        except GitHubError as exc:
            if exc.status != 404:
                raise
        return self.client.get_file(self.repo, path, self.head_sha)


# -- without a tree listing ---------------------------------------------------------------
# Some GitHub-compatible servers (and GitHub for very large repositories) give no usable
# `git/trees` listing. Then the files the changed code imports are found by probing: for each
# import, the candidate paths TypeScript would try are asked for through the contents API, in
# TypeScript's order, until one exists. Bounded in requests and files.

_PROBE_CONFIGS = ("tsconfig.json", "jsconfig.json")


def _candidate_bases(spec: str, importer: str, index: ProjectIndex) -> list[str]:
    if spec.startswith("."):
        return [posixpath.normpath(posixpath.join(posixpath.dirname(importer), spec))]
    cfg = index.tsconfig_for(importer)
    bases: list[str] = []
    if cfg is not None:
        for pattern, targets in cfg.paths:
            star = pattern.find("*")
            prefix, suffix = (pattern, "") if star == -1 else (pattern[:star], pattern[star + 1 :])
            if star == -1 and spec != pattern:
                continue
            if star != -1 and not (spec.startswith(prefix) and spec.endswith(suffix)):
                continue
            captured = "" if star == -1 else spec[len(prefix) : len(spec) - len(suffix)]
            bases += [posixpath.normpath(posixpath.join(cfg.base_dir, t.replace("*", captured))) for t in targets]
    if not bases and spec.startswith(("@/", "~/")):  # Next.js' default alias
        root = posixpath.dirname(cfg.path) if cfg is not None else ""
        bases = [posixpath.join(root, spec[2:]), posixpath.join(root, "src", spec[2:])]
    return [b.lstrip("./") if b.startswith("./") else b for b in bases if not b.startswith("..")]


def probe_imports(
    client: GitHubClient,
    repo: str,
    head_sha: str,
    changed: dict[str, bytes],
    *,
    max_requests: int,
    max_files: int,
) -> dict[str, bytes]:
    """Config files and the project files ``changed`` imports (two levels deep), fetched by
    probing candidate paths through the contents API. Returns path -> bytes of what exists."""
    found: dict[str, bytes] = {}
    missing: set[str] = set()
    budget = [max_requests]

    def get(path: str) -> bytes | None:
        if path in found:
            return found[path]
        if path in missing or path in changed or budget[0] <= 0:
            return changed.get(path)
        budget[0] -= 1
        try:
            data = client.get_file(repo, path, head_sha)
        except GitHubError as exc:
            log.info("probing %s: %s", path, exc)
            data = None
        if data is None:
            missing.add(path)
        else:
            found[path] = data
        return data

    folders = {""}
    for path in changed:
        d = posixpath.dirname(path)
        while d:
            folders.add(d)
            d = posixpath.dirname(d)
    for folder in sorted(folders, key=len):
        for name in _PROBE_CONFIGS:
            get(posixpath.join(folder, name) if folder else name)

    level = dict(changed)
    for _depth in range(2):
        index = ProjectIndex(MemoryTree({**found, **changed}))
        following: dict[str, bytes] = {}
        for importer, source in level.items():
            for spec in import_specifiers(source):
                for base in _candidate_bases(spec, importer, index):
                    hit = next(
                        (c for c in _probe_order(base) if c in changed or c in found or get(c) is not None),
                        None,
                    )
                    if hit is not None:
                        if hit not in changed and hit not in level and len(found) <= max_files:
                            following[hit] = found[hit]
                        break
        level = following
        if not level or budget[0] <= 0:
            break
    return found


def _probe_order(base: str) -> list[str]:
    if base.endswith(RESOLVE_SUFFIXES):
        return [base]
    return [base + s for s in (".ts", ".tsx", ".js", ".jsx")] + [f"{base}/index{s}" for s in (".ts", ".tsx", ".js")]
