"""Pure composition: findings + diff map + previous state -> review, check run, summary.

No I/O here (gidgethub's sans-I/O style): the pipeline gathers the inputs, this
module decides what goes where, and ``bot.github.client`` posts the result.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from bot.review.diff import DiffMap
from bot.review.render import (
    SEVERITY_BADGE,
    SUMMARY_MARKER,
    blob_link,
    render_inline,
    render_list_item,
    review_marker,
    rule_text,
    suggestion_for,
    truncate,
)
from checks.config import FailOn
from checks.model import Diagnostic, Finding, Severity

CHECK_NAME = "Warden"
ANNOTATION_BATCH = 50  # GitHub accepts at most 50 annotations per request
MAX_ANNOTATIONS = 1000
# Diagnostics that mean part of the PR was not checked: the check run must not be green.
INCOMPLETE_KINDS = frozenset({"parse-error", "too-large", "unreadable", "config", "github", "truncated"})
ANNOTATION_LEVEL = {Severity.ERROR: "failure", Severity.WARNING: "warning", Severity.NOTE: "notice"}

ReviewEvent = Literal["COMMENT", "REQUEST_CHANGES"]
Conclusion = Literal["success", "failure", "neutral"]
AnnotationKey = tuple[str, int, int, str, str, str]  # path, start/end line, level, title, message


def severity_order(f: Finding) -> tuple[int, str, int, int, str]:
    return (-f.severity.rank, f.path, f.span.start.line, f.span.start.column, f.rule_id)


@dataclass(frozen=True, slots=True)
class InlineComment:
    path: str
    line: int
    body: str
    fingerprint: str
    start_line: int | None = None  # set only for a multi-line range (start_line < line)

    def to_api(self) -> dict[str, Any]:
        out: dict[str, Any] = {"path": self.path, "line": self.line, "side": "RIGHT", "body": self.body}
        if self.start_line is not None and self.start_line < self.line:
            out["start_line"] = self.start_line
            out["start_side"] = "RIGHT"
        return out


@dataclass(frozen=True, slots=True)
class ReviewDraft:
    commit_id: str
    event: ReviewEvent
    body: str
    comments: tuple[InlineComment, ...] = ()

    def to_api(self) -> dict[str, Any]:
        return {
            "commit_id": self.commit_id,
            "event": self.event,
            "body": self.body,
            "comments": [c.to_api() for c in self.comments],
        }


@dataclass(frozen=True, slots=True)
class CheckRunDraft:
    head_sha: str
    conclusion: Conclusion
    title: str
    summary: str
    annotations: tuple[dict[str, Any], ...] = ()

    def annotation_batches(self, present: Counter[AnnotationKey] | None = None) -> list[list[dict[str, Any]]]:
        """Batches of at most 50, leaving out those ``present`` on the run already (as many times as there)."""
        left = Counter(present or ())
        items = []
        for a in self.annotations:
            key = annotation_key(a)
            if left[key] > 0:
                left[key] -= 1
            else:
                items.append(a)
        return [items[i : i + ANNOTATION_BATCH] for i in range(0, len(items), ANNOTATION_BATCH)]


@dataclass(frozen=True, slots=True)
class FixedFinding:
    fingerprint: str
    rule_id: str
    path: str
    function_name: str | None


@dataclass(frozen=True, slots=True)
class ReviewInput:
    repo: str
    head_sha: str
    findings: Sequence[Finding]  # in the PR's scope, not ignored
    new_fingerprints: frozenset[str]  # those never commented on before
    diff: DiffMap
    sources: Mapping[str, str] = field(default_factory=dict)  # head text of files, for suggestions
    docs_url: str = "https://github.com/warden-dev/warden/blob/main/docs/rules"
    max_inline: int = 30
    request_changes: bool = False
    html_base: str = "https://github.com"


def place_inline(f: Finding, diff: DiffMap, sources: Mapping[str, str], docs_url: str) -> InlineComment | None:
    """An inline comment GitHub will accept for ``f``, or None when it must go to the body."""
    source = sources.get(f.path)
    sugg = suggestion_for(f, source) if source is not None else None
    if sugg is not None and diff.range_commentable(f.path, sugg.start, sugg.end):
        start = sugg.start if sugg.start < sugg.end else None
        return InlineComment(f.path, sugg.end, render_inline(f, docs_url, sugg), f.fingerprint, start)
    if diff.commentable(f.path, f.line):
        body = render_inline(f, docs_url, None, fix_outside=f.fix is not None)
        return InlineComment(f.path, f.line, body, f.fingerprint)
    return None


def compose_review(
    inp: ReviewInput, *, inline: bool = True, exclude_inline: frozenset[str] = frozenset()
) -> ReviewDraft | None:
    """One review for the head sha with the NEW findings; None when there is nothing new.

    ``inline=False`` gives the body-only fallback; ``exclude_inline`` moves the named
    fingerprints to the body (the retry after GitHub rejected some comments).
    """
    new = sorted((f for f in inp.findings if f.fingerprint in inp.new_fingerprints), key=severity_order)
    if not new:
        return None
    inline_comments: list[InlineComment] = []
    rest: list[Finding] = []
    for f in new:
        placed = None
        if inline and f.fingerprint not in exclude_inline and len(inline_comments) < inp.max_inline:
            placed = place_inline(f, inp.diff, inp.sources, inp.docs_url)
        if placed is None:
            rest.append(f)
        else:
            inline_comments.append(placed)
    event: ReviewEvent = (
        "REQUEST_CHANGES" if inp.request_changes and any(f.severity is Severity.ERROR for f in new) else "COMMENT"
    )
    body = review_body(inp, new, rest, len(inline_comments))
    return ReviewDraft(inp.head_sha, event, body, tuple(inline_comments))


def review_body(inp: ReviewInput, new: Sequence[Finding], rest: Sequence[Finding], n_inline: int) -> str:
    lines = [f"### Warden found {_count(len(new), 'new security issue')} in this push", ""]
    if n_inline:
        lines.append(f"{_count(n_inline, 'finding')} commented inline below.")
    if rest:
        lines += ["", f"**{_count(len(rest), 'more finding')}** (outside the diff's lines or over the inline cap):", ""]
        lines += [
            render_list_item(f, blob_link(inp.repo, inp.head_sha, f.path, f.line, inp.html_base), inp.docs_url)
            for f in rest
        ]
    lines += ["", review_marker(inp.head_sha)]
    return truncate("\n".join(lines))


def conclusion_for(findings: Iterable[Finding], diagnostics: Iterable[Diagnostic], fail_on: FailOn) -> Conclusion:
    threshold = None if fail_on == "never" else Severity(fail_on).rank
    if threshold is not None and any(f.severity.rank >= threshold for f in findings):
        return "failure"
    if any(d.kind in INCOMPLETE_KINDS for d in diagnostics):
        return "neutral"
    return "success"


def annotation(f: Finding) -> dict[str, Any]:
    info = rule_text(f.rule_id)
    out: dict[str, Any] = {
        "path": f.path,
        "start_line": f.span.start.line,
        "end_line": max(f.span.end.line, f.span.start.line),
        "annotation_level": ANNOTATION_LEVEL[f.severity],
        "message": f.message[:60_000],
        "title": f"{info.title} ({f.rule_id})"[:255],
    }
    if f.span.start.line == f.span.end.line and f.span.end.column > f.span.start.column:
        out["start_column"] = f.span.start.column
        out["end_column"] = f.span.end.column
    if f.help:
        out["raw_details"] = f.help[:60_000]
    return out


def annotation_key(a: dict[str, Any]) -> AnnotationKey:
    """What makes two check-run annotations the same one, as we send it and as GitHub lists it."""
    return (
        str(a.get("path")),
        int(a.get("start_line") or 0),
        int(a.get("end_line") or 0),
        str(a.get("annotation_level")),
        str(a.get("title") or ""),
        str(a.get("message") or ""),
    )


def compose_check_run(
    head_sha: str,
    findings: Sequence[Finding],
    diagnostics: Sequence[Diagnostic],
    fail_on: FailOn,
    fixed: Sequence[FixedFinding] = (),
) -> CheckRunDraft:
    ordered = sorted(findings, key=severity_order)
    conclusion = conclusion_for(ordered, diagnostics, fail_on)
    incomplete = [d for d in diagnostics if d.kind in INCOMPLETE_KINDS]
    if ordered:
        counts = {s: sum(1 for f in ordered if f.severity is s) for s in Severity}
        by_sev = ", ".join(f"{n} {s.value}" for s, n in counts.items() if n)
        title = f"{_count(len(ordered), 'security finding')} ({by_sev})"
    elif incomplete:
        title = "No findings, but some files could not be checked"
    else:
        title = "No security findings"
    lines = [f"Fail threshold: `{fail_on}`.", ""]
    for f in ordered[:200]:
        lines.append(f"- {SEVERITY_BADGE[f.severity]} `{f.path}:{f.line}` {rule_text(f.rule_id).title}: {f.message}")
    if len(ordered) > 200:
        lines.append(f"- … and {len(ordered) - 200} more (see the annotations)")
    if fixed:
        lines += ["", f"**Fixed since the last review:** {len(fixed)}"]
    if incomplete:
        lines += ["", "**Not checked** (so this run cannot be green):", ""]
        lines += [f"- `{d.path}` ({d.kind}): {d.message}" for d in incomplete[:100]]
    summary = truncate("\n".join(lines), 65_000)
    anns = tuple(annotation(f) for f in ordered[:MAX_ANNOTATIONS])
    return CheckRunDraft(head_sha, conclusion, title[:255], summary, anns)


def compose_summary(
    repo: str,
    head_sha: str,
    findings: Sequence[Finding],
    fixed: Sequence[FixedFinding],
    diagnostics: Sequence[Diagnostic],
    docs_url: str,
    html_base: str = "https://github.com",
) -> str:
    """The one summary comment of the PR, edited in place on every push."""
    ordered = sorted(findings, key=severity_order)
    lines = [SUMMARY_MARKER, "### 🛡️ Warden security review", "", f"Reviewed commit `{head_sha[:12]}`.", ""]
    if ordered:
        lines.append(f"**{_count(len(ordered), 'open finding')}** in the code this pull request changes:")
        lines.append("")
        lines += [render_list_item(f, blob_link(repo, head_sha, f.path, f.line, html_base), docs_url) for f in ordered]
    else:
        lines.append("✅ No open security findings in the code this pull request changes.")
    if fixed:
        lines += ["", f"**Fixed** ({len(fixed)}):", ""]
        lines += [
            f"- ~~{rule_text(x.rule_id).title}~~ in `{x.path}`" + (f" (`{x.function_name}`)" if x.function_name else "")
            for x in fixed
        ]
    incomplete = [d for d in diagnostics if d.kind in INCOMPLETE_KINDS]
    if incomplete:
        lines += ["", "⚠️ **Could not check:**", ""]
        lines += [f"- `{d.path}`: {d.message}" for d in incomplete[:50]]
    lines += ["", "<sub>Reply `@warden ignore <rule-id> -- <reason>` in a finding's thread to accept the risk.</sub>"]
    return truncate("\n".join(lines))


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")
