"""Which lines of a pull request GitHub accepts inline comments on.

GitHub only accepts a review comment on the RIGHT side of a line inside a hunk
of the file's patch, and a multi-line comment only when both ends lie in the
same hunk. We parse the ``patch`` of each file of ``GET .../pulls/{n}/files``
with unidiff and keep, per hunk, the contiguous range of new-file lines.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from unidiff.errors import UnidiffParseError
from unidiff.patch import PatchSet

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Hunk:
    start: int  # first new-file line of the hunk (1-based)
    end: int  # last new-file line, inclusive; end < start for a pure-deletion hunk at a file start
    added: frozenset[int]  # new-file lines that the PR added

    def contains(self, line: int) -> bool:
        return self.start <= line <= self.end

    def overlaps(self, first: int, last: int) -> bool:
        return self.start <= last and first <= self.end


@dataclass(frozen=True, slots=True)
class FileDiff:
    path: str
    hunks: tuple[Hunk, ...]
    has_patch: bool = True

    def hunk_of(self, line: int) -> Hunk | None:
        for h in self.hunks:
            if h.contains(line):
                return h
        return None

    def commentable(self, line: int) -> bool:
        return self.hunk_of(line) is not None

    def range_commentable(self, first: int, last: int) -> bool:
        """True when lines first..last all lie in one hunk (what GitHub needs for start_line/line)."""
        h = self.hunk_of(first)
        return h is not None and h.contains(last)

    def touches(self, first: int, last: int) -> bool:
        """Does the PR's diff of this file overlap lines first..last?"""
        return any(h.overlaps(first, last) for h in self.hunks)


@dataclass(slots=True)
class DiffMap:
    files: dict[str, FileDiff] = field(default_factory=dict)

    def get(self, path: str) -> FileDiff | None:
        return self.files.get(path)

    def commentable(self, path: str, line: int) -> bool:
        f = self.files.get(path)
        return f is not None and f.commentable(line)

    def range_commentable(self, path: str, first: int, last: int) -> bool:
        f = self.files.get(path)
        return f is not None and f.range_commentable(first, last)

    def touches(self, path: str, first: int, last: int) -> bool:
        f = self.files.get(path)
        return f is not None and f.touches(first, last)


def parse_patch(path: str, patch: str | None) -> FileDiff:
    """Hunks of one file's ``patch`` (the files API gives hunks without file headers)."""
    if not patch:
        return FileDiff(path, (), has_patch=False)
    text = patch if patch.endswith("\n") else patch + "\n"
    try:
        patch_set = PatchSet(f"--- a/{path}\n+++ b/{path}\n{text}")
    except UnidiffParseError as exc:
        log.warning("cannot parse the patch of %s: %s; no inline comments there", path, exc)
        return FileDiff(path, (), has_patch=False)
    hunks: list[Hunk] = []
    for patched in patch_set:
        for h in patched:
            added = frozenset(ln.target_line_no for ln in h if ln.is_added and ln.target_line_no is not None)
            hunks.append(Hunk(h.target_start, h.target_start + h.target_length - 1, added))
    return FileDiff(path, tuple(hunks))


def build_diff_map(patches: Mapping[str, str | None] | Iterable[tuple[str, str | None]]) -> DiffMap:
    items = patches.items() if isinstance(patches, Mapping) else patches
    return DiffMap({path: parse_patch(path, patch) for path, patch in items})
