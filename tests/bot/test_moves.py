"""Findings that moved with their file, on real scans (no hand-made fingerprints)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.append(str(Path(__file__).resolve().parents[2]))  # the repo root: `tests.*` helpers are importable

from bot.review.moves import MAX_CODE, moved_fingerprints, span_text
from checks.engine import scan, scan_paths
from checks.model import Finding, Position, Span, make_fingerprint
from checks.sources import MemoryTree
from tests.bot.test_pipeline import LIB, VULNERABLE

ROOT = Path(__file__).resolve().parents[2]
CRLF_UNICODE = VULNERABLE.replace("posts WHERE", "pöstś WHERE").replace("\n", "\r\n")


def findings_at(path: str, source: str = VULNERABLE, **more: str) -> list[Finding]:
    result = scan(MemoryTree({**LIB, path: source, **more}), targets=[path, *more], jobs=1)
    assert result.findings, "the scenario needs findings"
    return result.findings


# A scan of every labelled app (the suite's 300 s default catches hangs; this one is long by size).
@pytest.mark.timeout(900)
def test_every_fingerprint_reads_back_from_its_span() -> None:
    # The design rests on this: checks hashes the text of the node its span covers.
    result, root = scan_paths([ROOT / "examples" / "nextjs-app", ROOT / "tests" / "checks" / "apps"], jobs=1)
    found = result.findings + result.suppressed
    assert len(found) > 100 and len({f.rule_id for f in found}) > 5
    for f in found:
        code = span_text((root / f.path).read_bytes().decode("utf-8", "replace"), f.span)[:MAX_CODE]
        assert make_fingerprint(f.rule_id, f.path, f.function_name, code) == f.fingerprint, (f.path, f.line)


def test_span_text_counts_columns_in_characters_and_keeps_line_breaks() -> None:
    text = "a = 1;\r\nconst é = f(x,\n  y);\n"
    assert span_text(text, Span(Position(2, 7), Position(2, 9))) == "é "
    assert span_text(text, Span(Position(2, 11), Position(3, 5))) == "f(x,\n  y)"
    assert span_text(text, Span(Position(9, 1), Position(9, 2))) == ""  # outside the file


def test_renamed_file_maps_every_finding_to_its_known_fingerprint() -> None:
    for source in (VULNERABLE, CRLF_UNICODE):
        before = findings_at("app/actions.ts", source)
        after = findings_at("app/posts/actions.ts", source)
        known = {f.fingerprint for f in before}
        moved = moved_fingerprints(
            after, {"app/posts/actions.ts": source}, known, {"app/posts/actions.ts": "app/actions.ts"}, ()
        )
        assert sorted(moved.values()) == sorted(known) and not known & moved.keys()
        # Told only that the known findings' file is gone (a file the PR added, then moved): the same.
        assert moved_fingerprints(after, {"app/posts/actions.ts": source}, known, {}, {"app/actions.ts"}) == moved


def test_no_move_without_a_known_match() -> None:
    after = findings_at("app/posts/actions.ts")
    sources = {"app/posts/actions.ts": VULNERABLE}
    renamed = {"app/posts/actions.ts": "app/actions.ts"}
    assert moved_fingerprints(after, sources, set(), renamed, ()) == {}  # nothing known: new findings
    known_here = {f.fingerprint for f in after}
    assert moved_fingerprints(after, sources, known_here, renamed, ()) == {}  # known at the new path already
    elsewhere = {f.fingerprint for f in findings_at("lib/other.ts")}
    assert moved_fingerprints(after, sources, elsewhere, renamed, {"app/old.ts"}) == {}  # another file's
    assert moved_fingerprints(after, {}, {f.fingerprint for f in findings_at("app/actions.ts")}, renamed, ()) == {}


def test_a_copy_is_not_a_move() -> None:
    # Both files are there: the old path's findings are still found as they are, so none is taken over.
    both = findings_at("app/actions.ts", **{"app/copy/actions.ts": VULNERABLE})
    known = {f.fingerprint for f in both if f.path == "app/actions.ts"}
    sources = {"app/actions.ts": VULNERABLE, "app/copy/actions.ts": VULNERABLE}
    assert moved_fingerprints(both, sources, known, {}, {"app/actions.ts"}) == {}
