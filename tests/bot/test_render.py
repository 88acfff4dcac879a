from __future__ import annotations

import sys
from pathlib import Path

sys.path.append(str(Path(__file__).resolve().parents[2]))  # the repo root: `tests.*` helpers are importable


from bot.review.render import (
    MAX_BODY_CHARS,
    code_block,
    docs_link,
    find_fingerprint,
    find_review_sha,
    find_rule,
    render_inline,
    review_marker,
    suggestion_for,
    truncate,
)
from checks.model import Fix, Position, TextEdit
from tests.bot.review_factory import finding, line_fix

SOURCE = """\"use server\";
import { db } from "@/lib/db";
export async function deletePost(email: string) {
  const rows = await db.query(`SELECT * FROM users WHERE email = '${email}'`);
  return rows;
}
"""


def test_suggestion_replaces_whole_lines_built_from_the_fix() -> None:
    old = "  const rows = await db.query(`SELECT * FROM users WHERE email = '${email}'`);"
    new = '  const rows = await db.query("SELECT * FROM users WHERE email = $1", [email]);'
    start, end = old.index("`") + 1, len(old) - 1  # 1-based columns of the template literal
    fix = Fix("Bind the value", (TextEdit(Position(4, start), Position(4, end), new[start - 1 : -2]),))
    f = finding(line=4, fix=fix)
    sugg = suggestion_for(f, SOURCE)
    assert sugg is not None
    assert (sugg.start, sugg.end) == (4, 4)
    assert sugg.text == new


def test_multi_line_fix_grows_the_range() -> None:
    fix = Fix(
        "Check the session",
        (TextEdit(Position(4, 1), Position(4, 1), "  const s = await auth();\n  if (!s) throw new Error();\n"),),
    )
    sugg = suggestion_for(finding(line=4, fix=fix), SOURCE)
    assert sugg is not None
    # An insertion at column 1 touches line 4 only; the block re-states it after the new lines.
    assert (sugg.start, sugg.end) == (4, 4)
    assert sugg.text.splitlines() == [
        "  const s = await auth();",
        "  if (!s) throw new Error();",
        "  const rows = await db.query(`SELECT * FROM users WHERE email = '${email}'`);",
    ]


def test_fix_spanning_lines_keeps_following_lines_out() -> None:
    fix = Fix(
        "Return ids", (TextEdit(Position(4, 3), Position(5, 15), "return (await db.query(`x`)).map((r) => r.id);"),)
    )
    sugg = suggestion_for(finding(line=4, fix=fix), SOURCE)
    assert sugg is not None
    assert (sugg.start, sugg.end) == (4, 5)
    assert sugg.text == "  return (await db.query(`x`)).map((r) => r.id);"


def test_no_fix_or_no_op_fix_gives_no_suggestion() -> None:
    assert suggestion_for(finding(), SOURCE) is None
    same = Fix("nothing", (TextEdit(Position(4, 3), Position(4, 8), "const"),))
    assert suggestion_for(finding(line=4, fix=same), SOURCE) is None


def test_fence_is_longer_than_backticks_in_code() -> None:
    block = code_block("const s = ```not a fence```;", "suggestion")
    assert block.startswith("````suggestion\n")
    assert block.endswith("\n````")
    assert code_block("x").startswith("```\n")


def test_inline_comment_has_title_severity_fix_docs_and_marker() -> None:
    old_len = len("  const rows")
    f = finding(line=4, fix=line_fix(4, old_len, "  const safe"))
    sugg = suggestion_for(f, SOURCE)
    body = render_inline(f, "https://docs.example/rules/", sugg)
    assert "error" in body and "`sql-injection`" in body
    assert f.message in body
    assert "```suggestion\n  const safe = await db.query(" in body
    assert "(https://docs.example/rules/sql-injection.md)" in body
    assert find_fingerprint(body) == f.fingerprint
    assert find_rule(body) == "sql-injection"


def test_markers_round_trip() -> None:
    sha = "ec26c3e57ca3a959ca5aad62de7213c562f8c821"
    assert find_review_sha("text\n" + review_marker(sha)) == sha
    assert find_review_sha("no marker") is None
    assert docs_link("https://d/x", "missing-auth") == "https://d/x/missing-auth.md"


def test_truncate_stays_under_limit_and_keeps_marker() -> None:
    body = "x" * 70_000 + "\n" + review_marker("abcdef1234567")
    out = truncate(body)
    assert len(out) <= MAX_BODY_CHARS < 65_536
    assert find_review_sha(out) == "abcdef1234567"
    assert "truncated" in out
