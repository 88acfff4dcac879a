"""Markdown for inline comments, the review body, the summary comment and the check run.

Every body Warden posts carries a hidden HTML marker so a later run (or a run
retried after a crash) can find what was already posted instead of posting it
again: ``<!-- warden:fp=… -->`` on inline comments, ``<!-- warden:review sha=… -->``
on reviews, ``<!-- warden:summary -->`` on the summary comment.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checks.model import Finding, Severity

# GitHub rejects bodies over 65,536 characters; stay well below.
MAX_BODY_CHARS = 60_000
TRUNCATION_NOTE = "\n\n*… truncated: the full list is in the `Warden` check run.*"

SUMMARY_MARKER = "<!-- warden:summary -->"
_FP_RE = re.compile(r"<!-- warden:fp=([0-9a-f]{8,64}) -->")
_RULE_RE = re.compile(r"<!-- warden:rule=([a-z0-9-]+) -->")
_REVIEW_RE = re.compile(r"<!-- warden:review sha=([0-9a-f]{7,64}) -->")
_FIXED_RE = re.compile(r"<!-- warden:fixed fp=([0-9a-f]{8,64}) -->")

SEVERITY_BADGE = {Severity.ERROR: "🔴 error", Severity.WARNING: "🟠 warning", Severity.NOTE: "🔵 note"}


def fingerprint_marker(fp: str) -> str:
    return f"<!-- warden:fp={fp} -->"


def review_marker(head_sha: str) -> str:
    return f"<!-- warden:review sha={head_sha} -->"


def fixed_marker(fp: str) -> str:
    return f"<!-- warden:fixed fp={fp} -->"


def reply_marker(comment_id: int) -> str:
    return f"<!-- warden:reply-to={comment_id} -->"


def find_fingerprint(body: str | None) -> str | None:
    m = _FP_RE.search(body or "")
    return m.group(1) if m else None


def find_rule(body: str | None) -> str | None:
    m = _RULE_RE.search(body or "")
    return m.group(1) if m else None


def find_review_sha(body: str | None) -> str | None:
    m = _REVIEW_RE.search(body or "")
    return m.group(1) if m else None


def find_fixed(body: str | None) -> str | None:
    m = _FIXED_RE.search(body or "")
    return m.group(1) if m else None


@dataclass(frozen=True, slots=True)
class RuleText:
    title: str
    abuse: str


def rule_text(rule_id: str) -> RuleText:
    """Title and abuse sentence from the rule's META; a bare id if the rule module is unavailable."""
    try:
        from checks.registry import rule_meta

        meta = rule_meta(rule_id)
        return RuleText(meta.title, meta.abuse)
    except (ImportError, AttributeError):
        return RuleText(rule_id, "")


def truncate(body: str, limit: int = MAX_BODY_CHARS, note: str = TRUNCATION_NOTE) -> str:
    """Cut a body below GitHub's limit, keeping any trailing hidden markers intact."""
    if len(body) <= limit:
        return body
    markers = "".join(m.group(0) for m in re.finditer(r"\n?<!-- warden:[^>]*-->", body[-400:]))
    keep = limit - len(note) - len(markers)
    return body[:keep].rstrip() + note + markers


def fence_for(code: str, info: str = "") -> tuple[str, str]:
    """Opening and closing fence longer than any backtick run inside ``code``."""
    longest = max((len(m.group(0)) for m in re.finditer(r"`+", code)), default=0)
    ticks = "`" * max(3, longest + 1)
    return ticks + info, ticks


def code_block(code: str, info: str = "") -> str:
    opening, closing = fence_for(code, info)
    body = code if code.endswith("\n") or not code else code + "\n"
    return f"{opening}\n{body}{closing}"


@dataclass(frozen=True, slots=True)
class Suggestion:
    """Replace new-file lines ``start..end`` (inclusive) with ``text`` (no trailing newline)."""

    start: int
    end: int
    text: str


def suggestion_for(finding: Finding, source: str) -> Suggestion | None:
    """The whole-line replacement a ```suggestion block needs, built by applying the Fix."""
    fix = finding.fix
    if fix is None or not fix.edits:
        return None
    old_lines = source.splitlines()
    first = min(e.start.line for e in fix.edits)
    # An edit that ends at column 1 of a line does not touch that line.
    last = max(e.end.line - 1 if e.end.column == 1 and e.end.line > e.start.line else e.end.line for e in fix.edits)
    if first < 1 or last < first or last > max(len(old_lines), 1):
        return None
    try:
        new_lines = fix.apply(source).splitlines()
    except (IndexError, ValueError):
        return None
    tail = len(old_lines) - last  # unchanged lines after the range
    replaced = new_lines[first - 1 : len(new_lines) - tail]
    if new_lines[: first - 1] != old_lines[: first - 1] or (tail and new_lines[-tail:] != old_lines[-tail:]):
        return None  # the edits reach outside the range we computed: do not guess
    if replaced == old_lines[first - 1 : last]:
        return None  # GitHub refuses a suggestion that changes nothing
    return Suggestion(first, last, "\n".join(replaced))


def docs_link(docs_url: str, rule_id: str) -> str:
    return f"{docs_url.rstrip('/')}/{rule_id}.md"


def blob_link(repo: str, sha: str, path: str, line: int, html_base: str = "https://github.com") -> str:
    return f"{html_base.rstrip('/')}/{repo}/blob/{sha}/{path}#L{line}"


def render_inline(finding: Finding, docs_url: str, suggestion: Suggestion | None, fix_outside: bool = False) -> str:
    """One inline comment: title + severity, how it is abused, message, fix, docs link, marker."""
    info = rule_text(finding.rule_id)
    parts = [f"**{info.title}** · {SEVERITY_BADGE[finding.severity]} · `{finding.rule_id}`"]
    if info.abuse:
        parts.append(f"*{info.abuse}*")
    parts.append(finding.message)
    if suggestion is not None and finding.fix is not None:
        parts.append(f"**Suggested fix:** {finding.fix.description}")
        parts.append(code_block(suggestion.text, "suggestion"))
    elif finding.fix is not None and fix_outside:
        parts.append(f"**Fix:** {finding.fix.description} (the change reaches outside this diff; see the rule docs).")
    if finding.help:
        parts.append(f"💡 {finding.help}")
    parts.append(f"[Rule documentation]({docs_link(docs_url, finding.rule_id)})")
    body = "\n\n".join(parts) + f"\n\n{fingerprint_marker(finding.fingerprint)}\n<!-- warden:rule={finding.rule_id} -->"
    return truncate(body)


def render_list_item(finding: Finding, link: str, docs_url: str) -> str:
    info = rule_text(finding.rule_id)
    where = f"`{finding.path}:{finding.line}`"
    return (
        f"- {SEVERITY_BADGE[finding.severity]} **{info.title}** ([{where}]({link})) — {finding.message} "
        f"([docs]({docs_link(docs_url, finding.rule_id)}))"
    )
