"""`// warden-ignore` suppressions, end to end through `scan` (line, line above, above a
function, file-level) and the rules for bad comments (no reason, unknown rule id)."""

from __future__ import annotations

from checks import Config, MemoryTree, scan
from checks.model import Finding, ScanResult
from checks.registry import RULE_IDS
from checks.suppress import parse_suppressions

HEADER = """"use server";
import { auth } from "@/auth";
import { db } from "@/lib/db";
"""
# An authenticated action whose delete is not scoped to the user: missing-authorization
# is reported on the `db.note.delete` line (line 8 of this file).
IDOR = """
export async function deleteNote(noteId: string) {
  const session = await auth();
  if (!session) throw new Error("Unauthorized");
  await db.note.delete({ where: { id: noteId } });
}
"""
UNAUTHENTICATED = """
export async function purgeNotes() {
  await db.note.deleteMany({});
}
"""


# Only the two rules these snippets are about, so other rules' findings do not blur the tests.
CONFIG = Config(rules={r: "off" for r in RULE_IDS if r not in ("missing-auth", "missing-authorization")})


def _scan(code: str, path: str = "app/notes/actions.ts") -> ScanResult:
    return scan(MemoryTree({path: code, "lib/db.ts": "export const db = {} as any;\n"}), CONFIG, jobs=1)


def _rules(findings: list[Finding]) -> list[str]:
    return sorted(f.rule_id for f in findings)


def test_unsuppressed_baseline() -> None:
    result = _scan(HEADER + IDOR + UNAUTHENTICATED)
    assert _rules(result.findings) == ["missing-auth", "missing-authorization"]
    assert result.suppressed == []
    idor = next(f for f in result.findings if f.rule_id == "missing-authorization")
    assert idor.line == 8


def test_comment_on_the_same_line() -> None:
    code = HEADER + IDOR.replace(
        "{ id: noteId } });", "{ id: noteId } }); // warden-ignore missing-authorization -- admins only reach this"
    )
    result = _scan(code)
    assert "missing-authorization" not in _rules(result.findings)
    [s] = result.suppressed
    assert s.suppression is not None
    assert (s.suppression.scope, s.suppression.reason, s.suppression.line) == ("line", "admins only reach this", 8)


def test_comment_on_the_line_above() -> None:
    code = HEADER + IDOR.replace(
        "  await db.note.delete",
        "  // warden-ignore missing-authorization -- notes are shared by design\n  await db.note.delete",
    )
    result = _scan(code)
    assert _rules(result.findings) == []
    [s] = result.suppressed
    assert s.suppression is not None and s.suppression.scope == "line"


def test_comment_two_lines_above_does_not_apply() -> None:
    code = HEADER + IDOR.replace(
        "  if (!session)", "  // warden-ignore missing-authorization -- too far away\n  if (!session)"
    )
    result = _scan(code)
    assert _rules(result.findings) == ["missing-authorization"]
    assert result.suppressed == []


def test_comment_above_a_function_covers_its_body() -> None:
    code = HEADER + IDOR.replace(
        "\nexport async function deleteNote",
        "\n// warden-ignore missing-authorization -- single-tenant deployment\nexport async function deleteNote",
    )
    result = _scan(code)
    assert _rules(result.findings) == []
    [s] = result.suppressed
    assert s.suppression is not None and s.suppression.scope == "function"


def test_file_level_comment_covers_every_function_but_only_its_rule() -> None:
    code = HEADER + "// warden-ignore-file missing-auth -- internal tool behind a VPN\n" + IDOR + UNAUTHENTICATED
    result = _scan(code)
    assert _rules(result.findings) == ["missing-authorization"]
    assert [(f.rule_id, f.suppression.scope if f.suppression else None) for f in result.suppressed] == [
        ("missing-auth", "file")
    ]


def test_several_rule_ids_in_one_comment() -> None:
    code = (
        HEADER + "// warden-ignore-file missing-auth, missing-authorization -- fixture app\n" + IDOR + UNAUTHENTICATED
    )
    result = _scan(code)
    assert result.findings == []
    assert _rules(result.suppressed) == ["missing-auth", "missing-authorization"]


def test_other_rule_id_does_not_suppress() -> None:
    code = HEADER + IDOR.replace("{ id: noteId } });", "{ id: noteId } }); // warden-ignore sql-injection -- n/a")
    result = _scan(code)
    assert _rules(result.findings) == ["missing-authorization"]


def test_missing_reason_is_reported_and_ignored() -> None:
    code = HEADER + IDOR.replace("{ id: noteId } });", "{ id: noteId } }); // warden-ignore missing-authorization")
    result = _scan(code)
    assert _rules(result.findings) == ["missing-authorization"]
    assert result.suppressed == []
    [diag] = [d for d in result.diagnostics if d.kind == "suppression"]
    assert diag.line == 8 and "reason" in diag.message


def test_empty_reason_after_the_separator_is_reported() -> None:
    code = HEADER + IDOR.replace("{ id: noteId } });", "{ id: noteId } }); // warden-ignore missing-authorization --  ")
    result = _scan(code)
    assert _rules(result.findings) == ["missing-authorization"]
    assert any(d.kind == "suppression" and "reason" in d.message for d in result.diagnostics)


def test_unknown_rule_id_is_reported() -> None:
    code = HEADER + "// warden-ignore-file missing-authz -- typo\n" + IDOR
    result = _scan(code)
    assert _rules(result.findings) == ["missing-authorization"]
    [diag] = [d for d in result.diagnostics if d.kind == "suppression"]
    assert "missing-authz" in diag.message and diag.line == 4


def test_block_and_jsx_comment_forms() -> None:
    known = frozenset(RULE_IDS)
    source = b"""/* warden-ignore missing-auth -- block form */
<div>{/* warden-ignore-file sql-injection -- jsx form */}</div>
"""
    directives, diags = parse_suppressions("app/page.tsx", source, known)
    assert diags == []
    assert [(sorted(d.rule_ids), d.reason, d.line, d.whole_file) for d in directives] == [
        (["missing-auth"], "block form", 1, False),
        (["sql-injection"], "jsx form", 2, True),
    ]


def test_malformed_comment_is_reported() -> None:
    directives, diags = parse_suppressions("a.ts", b"// warden-ignore\nconst x = 1;\n", frozenset(RULE_IDS))
    assert directives == []
    assert [(d.kind, d.line) for d in diags] == [("suppression", 1)]


def test_suppressed_findings_keep_their_identity() -> None:
    plain = _scan(HEADER + IDOR)
    code = HEADER + IDOR.replace(
        "{ id: noteId } });", "{ id: noteId } }); // warden-ignore missing-authorization -- reviewed"
    )
    suppressed = _scan(code)
    assert [f.fingerprint for f in plain.findings] == [f.fingerprint for f in suppressed.suppressed]
