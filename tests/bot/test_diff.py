from __future__ import annotations

from bot.review.diff import build_diff_map, parse_patch

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
