"""A real git repository behind the fake GitHub: PR files, patches and contents come from git.

Tests commit files on branches (``commit``) and the server answers from ``git diff`` /
``git show`` / ``git ls-tree`` of those commits, so patches, blob SHAs and hunks are exactly
what git (and therefore GitHub) would produce.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

_GIT_ENV = {
    "GIT_AUTHOR_NAME": "Octo Cat",
    "GIT_AUTHOR_EMAIL": "octocat@example.com",
    "GIT_COMMITTER_NAME": "Octo Cat",
    "GIT_COMMITTER_EMAIL": "octocat@example.com",
    "GIT_CONFIG_NOSYSTEM": "1",
    "GIT_CONFIG_GLOBAL": os.devnull,
}
_HUNK_HEADER = re.compile(r"^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@")

# GitHub leaves `patch` out for binary files and for very large per-file diffs (github-app.md §3.1).
MAX_PATCH_LINES = 20_000
MAX_PATCH_BYTES = 500_000


class GitError(RuntimeError):
    pass


@dataclass
class Hunk:
    """One ``@@`` hunk: which head (RIGHT) and base (LEFT) line numbers it shows."""

    index: int
    right: set[int] = field(default_factory=set)
    left: set[int] = field(default_factory=set)


@dataclass
class FileDiff:
    filename: str
    status: str  # added | removed | modified | renamed | copied
    additions: int
    deletions: int
    blob_sha: str | None  # head blob (base blob for removed files)
    previous_filename: str | None = None
    patch: str | None = None  # None: binary or too large, as on GitHub
    hunks: list[Hunk] = field(default_factory=list)
    positions: dict[int, tuple[str, int]] = field(default_factory=dict)  # deprecated `position` -> (side, line)

    def hunk_of(self, side: str, line: int) -> Hunk | None:
        for hunk in self.hunks:
            if line in (hunk.right if side == "RIGHT" else hunk.left):
                return hunk
        return None


def parse_patch(patch: str) -> tuple[list[Hunk], dict[int, tuple[str, int]]]:
    """Hunks of a unified-diff body and the legacy ``position`` index (1 = line below the first @@)."""
    hunks: list[Hunk] = []
    positions: dict[int, tuple[str, int]] = {}
    left = right = 0
    position = -1
    for raw in patch.split("\n"):
        position += 1
        header = _HUNK_HEADER.match(raw)
        if header:
            left, right = int(header.group(1)), int(header.group(3))
            hunks.append(Hunk(index=len(hunks)))
            continue
        if not hunks or raw.startswith("\\"):
            continue
        hunk = hunks[-1]
        if raw.startswith("+"):
            hunk.right.add(right)
            positions[position] = ("RIGHT", right)
            right += 1
        elif raw.startswith("-"):
            hunk.left.add(left)
            positions[position] = ("LEFT", left)
            left += 1
        elif raw.startswith(" ") or raw == "":
            if raw == "" and position == len(patch.split("\n")) - 1:
                break  # trailing newline of the patch text, not a context line
            hunk.right.add(right)
            hunk.left.add(left)
            positions[position] = ("RIGHT", right)
            left += 1
            right += 1
    return hunks, positions


class GitRepo:
    """A throwaway repository with a work tree; branches are moved by ``commit``."""

    def __init__(self, path: Path, default_branch: str = "main") -> None:
        self.path = path
        self.default_branch = default_branch
        path.mkdir(parents=True, exist_ok=True)
        self.git("init", "-q", "-b", default_branch)
        self.git("config", "core.autocrlf", "false")
        self.git("commit", "-q", "--allow-empty", "-m", "Initial commit")

    def git(self, *args: str, check: bool = True) -> str:
        return self.git_bytes(*args, check=check).decode("utf-8", errors="replace")

    def git_bytes(self, *args: str, check: bool = True) -> bytes:
        env = {**os.environ, **_GIT_ENV}
        proc = subprocess.run(["git", *args], cwd=self.path, env=env, capture_output=True, check=False)
        if check and proc.returncode != 0:
            raise GitError(f"git {' '.join(args)}: {proc.stderr.decode(errors='replace').strip()}")
        return proc.stdout

    # -- writing ---------------------------------------------------------------------------------

    def commit(
        self, branch: str, files: Mapping[str, str | bytes | None], message: str = "Update", start: str | None = None
    ) -> str:
        """Write ``files`` (None deletes) on ``branch`` (created from ``start`` or the default branch)."""
        if self.git("branch", "--list", branch).strip():
            self.git("checkout", "-q", branch)
        else:
            self.git("checkout", "-q", "-b", branch, start or self.default_branch)
        for name, content in files.items():
            target = self.path / name
            if content is None:
                self.git("rm", "-q", "--", name)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
            self.git("add", "--", name)
        self.git("commit", "-q", "--allow-empty", "-m", message)
        return self.rev(branch)

    # -- reading ---------------------------------------------------------------------------------

    def rev(self, ref: str) -> str:
        return self.git("rev-parse", "--verify", "-q", f"{ref}^{{commit}}").strip()

    def resolve(self, ref: str) -> str | None:
        """A branch, tag or (full) commit SHA -> commit SHA, None if unknown."""
        out = self.git("rev-parse", "--verify", "-q", f"{ref}^{{commit}}", check=False).strip()
        return out or None

    def merge_base(self, base: str, head: str) -> str:
        return self.git("merge-base", base, head).strip()

    def commits_between(self, base: str, head: str) -> list[str]:
        """Commits of a PR (``base..head``), oldest first."""
        return self.git("rev-list", "--reverse", f"{base}..{head}").split()

    def show(self, sha: str, path: str) -> bytes | None:
        out = subprocess.run(
            ["git", "cat-file", "blob", f"{sha}:{path}"],
            cwd=self.path,
            capture_output=True,
            check=False,
            env={**os.environ, **_GIT_ENV},
        )
        return out.stdout if out.returncode == 0 else None

    def blob_sha(self, sha: str, path: str) -> str | None:
        out = self.git("rev-parse", "--verify", "-q", f"{sha}:{path}", check=False).strip()
        return out or None

    def blob(self, blob_sha: str) -> bytes | None:
        if self.git("cat-file", "-t", blob_sha, check=False).strip() != "blob":
            return None
        return self.git_bytes("cat-file", "blob", blob_sha)

    def tree_sha(self, ref: str) -> str | None:
        out = self.git("rev-parse", "--verify", "-q", f"{ref}^{{tree}}", check=False).strip()
        return out or None

    def tree(self, ref: str, recursive: bool) -> list[dict[str, object]] | None:
        """``git ls-tree -l`` of a commit or tree SHA as GitHub tree entries (without urls)."""
        if self.tree_sha(ref) is None:
            return None
        args = ["ls-tree", "-l", "-z"] + (["-r", "-t"] if recursive else []) + [ref]
        entries: list[dict[str, object]] = []
        for record in self.git(*args).split("\0"):
            if not record:
                continue
            meta, name = record.split("\t", 1)
            mode, kind, sha, size = meta.split()
            entry: dict[str, object] = {"path": name, "mode": mode, "type": kind, "sha": sha}
            if kind == "blob":
                entry["size"] = int(size)
            entries.append(entry)
        return entries

    def diff(self, base: str, head: str) -> list[FileDiff]:
        """The PR diff as GitHub computes it: three-dot (merge-base of base and head) with renames.

        Three git calls whatever the file count (raw entries, line counts, one patch for all),
        so the fake stays fast for large pull requests.
        """
        left = self.merge_base(base, head)
        raw = self._raw(left, head)
        counts = self._numstat(self.git("diff", "--numstat", "-z", "-M", left, head))
        patches = self._patches(self.git("diff", "-M", "--no-color", "-U3", "--no-ext-diff", left, head))
        files: list[FileDiff] = []
        for (letter, old_sha, new_sha, name, old), (added, deleted, _, _), patch in zip(
            raw, counts, patches, strict=True
        ):
            status = {"A": "added", "D": "removed", "M": "modified", "R": "renamed", "C": "copied"}.get(
                letter, "changed"
            )
            binary = added == "-"
            entry = FileDiff(
                filename=name,
                status=status,
                additions=0 if binary else int(added),
                deletions=0 if binary else int(deleted),
                blob_sha=old_sha if status == "removed" else new_sha,
                previous_filename=old,
            )
            if patch and patch.count("\n") < MAX_PATCH_LINES and len(patch.encode()) <= MAX_PATCH_BYTES:
                entry.patch = patch
                entry.hunks, entry.positions = parse_patch(patch)
            files.append(entry)
        return files

    def _raw(self, left: str, head: str) -> list[tuple[str, str, str, str, str | None]]:
        """``--raw -z`` records: (status letter, old blob, new blob, path, previous path for renames)."""
        parts = self.git("diff", "--raw", "-z", "--no-abbrev", "-M", left, head).split("\0")
        out: list[tuple[str, str, str, str, str | None]] = []
        i = 0
        while i < len(parts) and parts[i]:
            _, _, old_sha, new_sha, status = parts[i].lstrip(":").split(" ")
            if status[0] in "RC":
                out.append((status[0], old_sha, new_sha, parts[i + 2], parts[i + 1]))
                i += 3
            else:
                out.append((status[0], old_sha, new_sha, parts[i + 1], None))
                i += 2
        return out

    @staticmethod
    def _patches(text: str) -> list[str | None]:
        """Split a multi-file ``git diff`` into each file's hunks (None when it has none: binary, pure rename)."""
        out: list[str | None] = []
        for section in re.split(r"^diff --git ", text, flags=re.M)[1:]:
            at = section.find("\n@@")
            body = section[at + 1 :] if at >= 0 else ""
            out.append(body.removesuffix("\n") or None)
        return out

    def unified_diff(self, base: str, head: str) -> str:
        return self.git("diff", "-M", "--no-color", self.merge_base(base, head), head)

    @staticmethod
    def _numstat(raw: str) -> list[tuple[str, str, str, str | None]]:
        """``--numstat -z`` records: renames carry two NUL-separated names after an empty path."""
        out: list[tuple[str, str, str, str | None]] = []
        parts = raw.split("\0")
        i = 0
        while i < len(parts) and parts[i]:
            added, deleted, name = parts[i].split("\t", 2)
            if name == "":
                old, new = parts[i + 1], parts[i + 2]
                out.append((added, deleted, new, old))
                i += 3
            else:
                out.append((added, deleted, name, None))
                i += 1
        return out
