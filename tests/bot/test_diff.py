from __future__ import annotations

import difflib
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

sys.path.append(str(Path(__file__).resolve().parents[2]))  # the repo root: `tests.*` helpers are importable

from bot.review.diff import build_diff_map, parse_patch
from tests.fakegithub.repo import parse_patch as fake_parse_patch

# Two hunks: new-file lines 1-4 (line 2 added) and 11-14 (lines 12-13 added, one deleted).
PATCH = """@@ -1,3 +1,4 @@
 import { db } from "@/lib/db";
+import { auth } from "@/lib/auth";
 // actions
 export async function a() {
@@ -10,3 +11,4 @@ export async function b() {
   const x = 1;
-  const y = 2;
+  const y = 3;
+  const z = 4;
   return x;
\\ No newline at end of file"""


def test_hunks_cover_right_side_lines() -> None:
    f = parse_patch("app/actions.ts", PATCH)
    assert [(h.start, h.end) for h in f.hunks] == [(1, 4), (11, 14)]
    assert f.hunks[0].added == {2}
    assert f.hunks[1].added == {12, 13}


def test_commentable_only_inside_hunks() -> None:
    f = parse_patch("app/actions.ts", PATCH)
    assert [ln for ln in range(0, 17) if f.commentable(ln)] == [1, 2, 3, 4, 11, 12, 13, 14]


def test_range_must_stay_in_one_hunk() -> None:
    f = parse_patch("app/actions.ts", PATCH)
    assert f.range_commentable(11, 14)
    assert f.range_commentable(2, 2)
    assert not f.range_commentable(3, 11)  # spans two hunks: GitHub answers 422
    assert not f.range_commentable(4, 5)  # ends outside any hunk


def test_touches_detects_overlap_with_any_hunk() -> None:
    f = parse_patch("app/actions.ts", PATCH)
    assert f.touches(5, 12)
    assert not f.touches(5, 10)


def test_added_file_and_missing_patch() -> None:
    dm = build_diff_map({"new.ts": "@@ -0,0 +1,2 @@\n+a\n+b", "big.ts": None})
    assert dm.commentable("new.ts", 2)
    assert not dm.commentable("new.ts", 3)
    big = dm.get("big.ts")
    assert big is not None and not big.has_patch
    assert not dm.commentable("big.ts", 1)  # no patch: no hunks known, never inline
    assert not dm.commentable("absent.ts", 1)


def test_unparseable_patch_gives_no_lines() -> None:
    f = parse_patch("x.ts", "@@ this is not a hunk header\n+a")
    assert f.hunks == ()


def _patch_body(old: list[str], new: list[str]) -> str:
    """A files-API style patch (hunks only, no ---/+++ headers), as git would write it."""
    lines = list(difflib.unified_diff(old, new, lineterm="", n=3))
    return "\n".join(lines[2:])


line_text = st.sampled_from(["a", "b", "c", "const x = 1;", "}", "", "return y;"])


@settings(max_examples=150, deadline=None)
@given(st.lists(line_text, max_size=40), st.lists(line_text, max_size=40))
def test_commentable_lines_match_an_independent_hunk_parser(old: list[str], new: list[str]) -> None:
    """Our map and the fake GitHub's own patch parser agree on every RIGHT-side line."""
    body = _patch_body(old, new)
    ours = parse_patch("f.ts", body or None)
    hunks, _ = fake_parse_patch(body)
    for line in range(1, len(new) + 2):
        theirs = next((i for i, h in enumerate(hunks) if line in h.right), None)
        mine = next((i for i, h in enumerate(ours.hunks) if h.contains(line)), None)
        assert mine == theirs, f"line {line}"
    if ours.hunks:
        assert set().union(*(h.added for h in ours.hunks)) <= {i + 1 for i in range(len(new))}
