"""A lazy ``SourceTree`` over a pull request's head commit.

``paths()`` come from one ``GET /git/trees/{sha}?recursive=1``; ``read()``
fetches a blob only when the analyser (or the pipeline's import walk) asks for
it, within WARDEN_MAX_FILE_BYTES per file, WARDEN_MAX_FETCH_BYTES in total and
WARDEN_MAX_EXTRA_FILES beyond the PR's own files. Whatever could not be read
is recorded as a ``Diagnostic`` so the check run says so instead of going green.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable

from bot.github.client import GitHubClient, GitHubError, TreeEntry
from bot.jobs import RetryableJobError
from checks.model import Diagnostic

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
