from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.append(str(Path(__file__).resolve().parents[2]))  # the repo root: `tests.*` helpers are importable


from bot.review.composer import (
    ANNOTATION_BATCH,
    ReviewInput,
    annotation_key,
    compose_check_run,
    compose_review,
    compose_summary,
    conclusion_for,
)
from bot.review.diff import build_diff_map
from bot.review.render import SUMMARY_MARKER, find_fingerprint, find_review_sha
from checks.model import Diagnostic, Finding, Severity
from tests.bot.review_factory import finding

SHA = "ec26c3e57ca3a959ca5aad62de7213c562f8c821"
# app/actions.ts: one hunk over new lines 1-10.
PATCH = "@@ -0,0 +1,10 @@\n" + "".join(f"+line {i}\n" for i in range(1, 11))
SOURCE = "".join(f"line {i}\n" for i in range(1, 41))


def inp(
    findings: list[Finding], new: set[str] | None = None, max_inline: int = 30, request_changes: bool = False
) -> ReviewInput:
    return ReviewInput(
        repo="o/r",
        head_sha=SHA,
        findings=findings,
        new_fingerprints=frozenset(new if new is not None else {f.fingerprint for f in findings}),
        diff=build_diff_map({"app/actions.ts": PATCH}),
        sources={"app/actions.ts": SOURCE},
        docs_url="https://docs.example",
        max_inline=max_inline,
        request_changes=request_changes,
    )


def test_inline_on_diff_lines_body_for_the_rest() -> None:
    inside = finding(line=5)
    outside = finding(rule_id="missing-auth", line=30, function=(28, 35))
    draft = compose_review(inp([inside, outside]))
    assert draft is not None
    assert draft.event == "COMMENT" and draft.commit_id == SHA
    assert [(c.path, c.line, c.fingerprint) for c in draft.comments] == [("app/actions.ts", 5, inside.fingerprint)]
    api = draft.to_api()
    assert api["comments"][0]["side"] == "RIGHT" and "start_line" not in api["comments"][0]
    assert f"https://github.com/o/r/blob/{SHA}/app/actions.ts#L30" in draft.body
    assert find_review_sha(draft.body) == SHA


def test_suggestion_range_becomes_start_line() -> None:
    from checks.model import Fix, Position, TextEdit

    fix = Fix("rewrite", (TextEdit(Position(4, 1), Position(6, 7), "new"),))
    draft = compose_review(inp([finding(line=4, fix=fix)]))
    assert draft is not None
    (c,) = draft.comments
    assert (c.start_line, c.line) == (4, 6)
    assert "```suggestion\nnew\n```" in c.body
    assert c.to_api()["start_side"] == "RIGHT"


def test_fix_outside_hunk_is_not_a_suggestion() -> None:
    from checks.model import Fix, Position, TextEdit

    # Anchor on line 9 (in the hunk) but the fix reaches line 12 (outside it).
    fix = Fix("rewrite", (TextEdit(Position(9, 1), Position(12, 3), "x"),))
    draft = compose_review(inp([finding(line=9, fix=fix)]))
    assert draft is not None
    (c,) = draft.comments
    assert c.line == 9 and c.start_line is None
    assert "```suggestion" not in c.body


def test_cap_sorted_by_severity_then_position() -> None:
    findings = [
        finding(rule_id="missing-audit-log", line=1, severity=Severity.NOTE),
        finding(rule_id="sql-injection", line=8, severity=Severity.ERROR),
        finding(rule_id="missing-rate-limit", line=2, severity=Severity.WARNING),
        finding(rule_id="missing-auth", line=3, severity=Severity.ERROR),
    ]
    draft = compose_review(inp(findings, max_inline=2))
    assert draft is not None
    assert [c.line for c in draft.comments] == [3, 8]  # the two errors, by line
    assert "2 more findings" in draft.body
    assert "#L1" in draft.body and "#L2" in draft.body


def test_only_new_findings_are_posted_and_none_means_no_review() -> None:
    old, new = finding(line=2), finding(rule_id="missing-auth", line=3)
    draft = compose_review(inp([old, new], new={new.fingerprint}))
    assert draft is not None
    assert [find_fingerprint(c.body) for c in draft.comments] == [new.fingerprint]
    assert compose_review(inp([old], new=set())) is None
    assert compose_review(inp([])) is None


def test_request_changes_only_when_configured_and_errors() -> None:
    err = finding(line=2)
    warn = finding(rule_id="missing-rate-limit", line=3, severity=Severity.WARNING)
    assert compose_review(inp([err], request_changes=True)).event == "REQUEST_CHANGES"  # type: ignore[union-attr]
    assert compose_review(inp([warn], request_changes=True)).event == "COMMENT"  # type: ignore[union-attr]
    assert compose_review(inp([err])).event == "COMMENT"  # type: ignore[union-attr]


def test_body_only_fallback_moves_every_comment_to_the_body() -> None:
    f1, f2 = finding(line=2), finding(rule_id="missing-auth", line=3)
    draft = compose_review(inp([f1, f2]), inline=False)
    assert draft is not None and draft.comments == ()
    assert "#L2" in draft.body and "#L3" in draft.body
    partial = compose_review(inp([f1, f2]), exclude_inline=frozenset({f1.fingerprint}))
    assert partial is not None and [c.fingerprint for c in partial.comments] == [f2.fingerprint]


def test_conclusion_from_fail_on_and_diagnostics() -> None:
    warn = finding(severity=Severity.WARNING)
    too_big = Diagnostic("app/big.ts", "too-large", "2000000 bytes")
    assert conclusion_for([warn], [], "error") == "success"
    assert conclusion_for([warn], [], "warning") == "failure"
    assert conclusion_for([finding()], [], "never") == "success"
    assert conclusion_for([warn], [too_big], "error") == "neutral"  # never a silent green
    assert conclusion_for([finding()], [too_big], "error") == "failure"
    assert conclusion_for([], [Diagnostic("a.ts", "suppression", "unused")], "error") == "success"


def test_check_run_annotations_in_batches_of_50() -> None:
    findings = [finding(line=i, code=str(i)) for i in range(1, 121)]
    check = compose_check_run(SHA, findings, [], "error")
    assert check.conclusion == "failure"
    assert [len(b) for b in check.annotation_batches()] == [ANNOTATION_BATCH, ANNOTATION_BATCH, 20]
    # Those already on the run (a re-run of the same sha) are left out, each as often as it is there.
    on_run = Counter(annotation_key(a) for a in check.annotations[:70])
    rest = check.annotation_batches(on_run)
    assert [len(b) for b in rest] == [ANNOTATION_BATCH] and rest[0] == list(check.annotations[70:])
    assert check.annotation_batches(Counter(annotation_key(a) for a in check.annotations)) == []
    twins = compose_check_run(SHA, [finding(line=3), finding(line=3)], [], "error")  # same line, same text
    assert [len(b) for b in twins.annotation_batches(Counter([annotation_key(twins.annotations[0])]))] == [1]
    ann = check.annotations[0]
    assert ann["annotation_level"] == "failure" and ann["start_line"] == ann["end_line"] == 1
    assert "120 security findings" in check.title
    empty = compose_check_run(SHA, [], [], "error")
    assert (empty.conclusion, empty.title, empty.annotations) == ("success", "No security findings", ())


def test_check_run_names_what_was_not_checked() -> None:
    check = compose_check_run(SHA, [], [Diagnostic("app/huge.ts", "too-large", "over the limit")], "error")
    assert check.conclusion == "neutral"
    assert "app/huge.ts" in check.summary


def test_summary_lists_open_and_fixed() -> None:
    from bot.review.composer import FixedFinding

    body = compose_summary(
        "o/r", SHA, [finding(line=3)], [FixedFinding("ab" * 16, "missing-auth", "app/a.ts", "del")], [], "https://d"
    )
    assert body.startswith(SUMMARY_MARKER)
    assert "1 open finding" in body and "**Fixed** (1)" in body and "`app/a.ts`" in body
