"""Where GitHub accepts a review comment, with its 422 sentences (github-app.md §4.2/§4.3)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .repo import FileDiff

MAX_BODY = 65_536
BODY_TOO_LONG = "Body is too long (maximum is 65536 characters)"
LINE_NOT_IN_DIFF = "Pull request review thread line must be part of the diff"
HUNK_BLANK = "Pull request review thread diff hunk can't be blank"
START_NOT_SAME_HUNK = "Pull request review thread start line must be part of the same hunk as the line."
START_NOT_BEFORE = "Pull request review thread start line must precede the end line."
PATH_INVALID = "Pull request review thread path is invalid"
POSITION_INVALID = "Pull request review thread position is invalid"
COMMIT_NOT_IN_PR = "commit_id is not part of the pull request"


@dataclass
class Placed:
    """Where an accepted comment sits: the fields GitHub fills in on the comment object."""

    path: str
    line: int | None
    side: str | None
    start_line: int | None
    start_side: str | None
    position: int | None
    diff_hunk: str
    subject_type: str


def body_too_long(body: Any) -> bool:
    return isinstance(body, str) and len(body) > MAX_BODY


def place(comment: dict[str, Any], files: dict[str, FileDiff]) -> Placed | list[str]:
    """Check one comment (create-review item or single comment) against the diff at its commit."""
    path = comment.get("path")
    diff = files.get(path) if isinstance(path, str) else None
    if diff is None or not isinstance(path, str):
        return [PATH_INVALID]
    if comment.get("subject_type") == "file":
        return Placed(path, None, None, None, None, None, "", "file")
    if diff.patch is None:
        return [LINE_NOT_IN_DIFF, HUNK_BLANK]
    line, side = comment.get("line"), comment.get("side") or "RIGHT"
    if line is None:
        position = comment.get("position")
        if not isinstance(position, int) or position not in diff.positions:
            return [POSITION_INVALID]
        side, line = diff.positions[position]
    if side not in ("RIGHT", "LEFT"):
        return [LINE_NOT_IN_DIFF, HUNK_BLANK]
    hunk = diff.hunk_of(side, line)
    if hunk is None:
        return [LINE_NOT_IN_DIFF, HUNK_BLANK]
    start_line = comment.get("start_line")
    start_side = comment.get("start_side") or (side if start_line is not None else None)
    if start_line is not None:
        if start_line >= line:
            return [START_NOT_BEFORE]
        if diff.hunk_of(start_side or side, start_line) is not hunk:
            return [START_NOT_SAME_HUNK]
    position = _position_of(diff, side, line)
    return Placed(path, line, side, start_line, start_side, position, _diff_hunk(diff, position), "line")


def _position_of(diff: FileDiff, side: str, line: int) -> int:
    for position, where in diff.positions.items():
        if where == (side, line):
            return position
    return 0


def _diff_hunk(diff: FileDiff, position: int) -> str:
    """The patch from the commented line's ``@@`` header down to the line, as GitHub shows it."""
    lines = (diff.patch or "").split("\n")
    start = max(i for i in range(position + 1) if lines[i].startswith("@@"))
    return "\n".join(lines[start : position + 1])
