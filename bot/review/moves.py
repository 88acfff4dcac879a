"""Findings that moved with their file keep the fingerprint Warden knows them by.

A fingerprint hashes rule, path, enclosing function and the offending code
(``checks.model.make_fingerprint``), so a file moved to another path gives all its
findings new fingerprints: without this, the old ones would be answered "fixed" and
the same problems commented on again at the new path.

The path cannot be taken out of the hash, so it is recomputed: the finding's code is
read back from its span in the file, hashed with the path the file had before, and
when that fingerprint is one Warden already knows (a finding it recorded or commented
on, or an ignore) the finding is that one. Pure: the pipeline gathers the inputs.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping

from checks.model import Finding, Span, make_fingerprint

MAX_CODE = 4000  # checks.context.finding hashes at most this many characters of the node's text


def span_text(source: str, span: Span) -> str:
    """The text a span covers (1-based lines, 1-based character columns, end exclusive)."""
    lines = source.split("\n")
    first, last = span.start.line - 1, span.end.line - 1
    if first < 0 or last >= len(lines) or last < first:
        return ""
    if first == last:
        return lines[first][span.start.column - 1 : span.end.column - 1]
    middle = lines[first + 1 : last]
    return "\n".join([lines[first][span.start.column - 1 :], *middle, lines[last][: span.end.column - 1]])


def moved_fingerprints(
    findings: Iterable[Finding],
    sources: Mapping[str, str],
    known: Collection[str],
    renamed_from: Mapping[str, str],
    gone: Collection[str],
) -> dict[str, str]:
    """Current fingerprint -> the known one, for findings whose file was moved.

    ``renamed_from``: new path -> ``previous_filename`` of the PR's ``renamed`` files.
    ``gone``: paths of known findings that no longer exist at head. A file the PR itself
    added and then moved is listed as ``added`` at its new path (GitHub diffs base...head),
    so its old path is only known from the findings recorded there.
    """
    found = list(findings)
    taken = {f.fingerprint for f in found}  # a known fingerprint still found as it is: not a move
    vanished = sorted(gone)
    out: dict[str, str] = {}
    for f in found:
        if f.fingerprint in known or f.fingerprint in out:
            continue
        olds = [renamed_from[f.path]] if f.path in renamed_from else []
        olds += [p for p in vanished if p != f.path and p not in olds]
        source = sources.get(f.path)
        if not olds or source is None:
            continue
        code = span_text(source, f.span)[:MAX_CODE]
        if make_fingerprint(f.rule_id, f.path, f.function_name, code) != f.fingerprint:
            continue  # the hashed code cannot be read back from the span: leave the finding as it is
        for old in olds:
            fp = make_fingerprint(f.rule_id, old, f.function_name, code)
            if fp in known and fp not in taken:
                out[f.fingerprint] = fp
                taken.add(fp)
                break
    return out
