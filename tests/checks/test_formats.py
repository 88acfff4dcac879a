"""The four renderers, each fed a hand-built ScanResult (independent of the engine).

SARIF is validated against the official OASIS SARIF 2.1.0 schema (installed offline by
``tests/oracles_sarif.sh``), JSON against the schema we ship.
"""

from __future__ import annotations

import json
import os
import re
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema  # type: ignore[import-untyped,unused-ignore]
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checks.formats import FORMATS, ReportContext, RuleInfo, json_format, render
from checks.formats import github as github_format
from checks.formats.sarif import artifact_uri
from checks.model import (
    Confidence,
    Diagnostic,
    Finding,
    Fix,
    Position,
    RuleMeta,
    ScanResult,
    Severity,
    Span,
    Suppression,
    TextEdit,
    make_fingerprint,
)

ROOT = Path(__file__).resolve().parents[2]
ORACLES_DIR = Path(os.environ.get("WARDEN_ORACLES_DIR", ROOT / ".oracles"))
SARIF_SCHEMA = ORACLES_DIR / "sarif" / "sarif-schema-2.1.0.json"
REPORT_SCHEMA = ROOT / "checks" / "schemas" / "warden-report-v1.json"
ANSI = re.compile(r"\x1b\[[0-9;]*m")

ACTIONS_TS = """\
"use server";
import { db } from "@/lib/db";

export async function deletePost(id: string) {
\tawait db.post.delete({ where: { id } });
}

export async function findUser(email: string) {
  return db.$queryRawUnsafe(`SELECT * FROM users WHERE email = '${email}'`);
}
"""
ROUTE_TS = """\
export async function POST(req: Request) {
  const token = req.headers.get("x-token");
  if (token === process.env.CRON_SECRET) {
    return Response.json({ ok: true });
  }
}
"""


def _meta(rule_id: str, title: str, severity: Severity, cwe: tuple[int, ...]) -> RuleMeta:
    return RuleMeta(
        id=rule_id,
        title=title,
        severity=severity,
        confidence=Confidence.HIGH,
        cwe=cwe,
        owasp=("A01:2021 - Broken Access Control",),
        messages={"main": "Server action `{name}` is unguarded"},
        help=f"How to fix {rule_id}.",
        abuse="An attacker posts directly to the action.",
        references=("https://nextjs.org/docs/app/building-your-application/authentication",),
    )


RULES = (
    RuleInfo(
        _meta("missing-auth", "Server action without authentication", Severity.ERROR, (306, 862)),
        "Flags server actions that change data without checking the session.\n\n## Why\n\nAnyone can call them.",
    ),
    RuleInfo(_meta("sql-injection", "SQL built from untrusted input", Severity.ERROR, (89,)), "Flags raw SQL."),
    RuleInfo(
        _meta("timing-unsafe-comparison", "Secret compared with ===", Severity.WARNING, (208,)),
        "Flags `===` on secrets.",
    ),
)


def _span(line: int, col: int, end_line: int, end_col: int) -> Span:
    return Span(Position(line, col), Position(end_line, end_col))


def _finding(
    rule_id: str,
    severity: Severity,
    path: str,
    span: Span,
    message: str,
    function: str | None,
    function_span: Span | None,
    code: str,
    **kwargs: Any,
) -> Finding:
    return Finding(
        rule_id=rule_id,
        severity=severity,
        confidence=Confidence.HIGH,
        path=path,
        span=span,
        message=message,
        help=f"Fix {rule_id} here.",
        message_id="main",
        fingerprint=make_fingerprint(rule_id, path, function, code),
        function_name=function,
        function_span=function_span,
        **kwargs,
    )


ACTIONS = "app/posts/[id]/actions.ts"
ROUTE = "app/api/cron/route.ts"

MISSING_AUTH = _finding(
    "missing-auth",
    Severity.ERROR,
    ACTIONS,
    _span(4, 23, 4, 33),
    "Server action `deletePost` writes to the database without an authentication check",
    "deletePost",
    _span(4, 1, 6, 2),
    "export async function deletePost",
)
SQL = _finding(
    "sql-injection",
    Severity.ERROR,
    ACTIONS,
    _span(9, 10, 9, 75),
    "`findUser` passes `email` into raw SQL: a, b, 100% unsafe",
    "findUser",
    _span(8, 1, 10, 2),
    "db.$queryRawUnsafe(...)",
)
TIMING_FIX = Fix(
    description="Compare with crypto.timingSafeEqual",
    edits=(
        TextEdit(Position(1, 1), Position(1, 1), 'import { timingSafeEqual } from "node:crypto";\n'),
        TextEdit(Position(3, 7), Position(3, 39), "safeEqual(token, process.env.CRON_SECRET)"),
    ),
)
TIMING = _finding(
    "timing-unsafe-comparison",
    Severity.WARNING,
    ROUTE,
    _span(3, 7, 3, 39),
    "`POST` compares the secret `CRON_SECRET` with ===",
    "POST",
    _span(1, 1, 6, 2),
    "token === process.env.CRON_SECRET",
    fix=TIMING_FIX,
)
SUPPRESSED = _finding(
    "missing-auth",
    Severity.ERROR,
    ROUTE,
    _span(1, 23, 1, 27),
    "Route handler `POST` has no authentication check",
    "POST",
    _span(1, 1, 6, 2),
    "export async function POST",
    suppression=Suppression("missing-auth", "public webhook, verified by signature", 1, "line"),
)
DIAGNOSTIC = Diagnostic("app/broken.tsx", "parse-error", "syntax error: unexpected token", line=3)


def _result() -> ScanResult:
    return ScanResult(
        findings=[MISSING_AUTH, SQL, TIMING],
        suppressed=[SUPPRESSED],
        diagnostics=[DIAGNOSTIC, Diagnostic("app/huge.ts", "too-large", "file is over 1000000 bytes")],
        files_scanned=3,
        files_skipped=1,
        lines_scanned=16,
    )


@pytest.fixture
def project(tmp_path: Path) -> Path:
    for rel, text in ((ACTIONS, ACTIONS_TS), (ROUTE, ROUTE_TS)):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text, encoding="utf-8")
    return tmp_path


def _ctx(root: Path | None, *, color: bool = False) -> ReportContext:
    return ReportContext(
        root=root,
        rules_given=RULES,
        tool_version="1.2.3",
        information_uri="https://example.test/warden",
        color=color,
    )


# --- text ---------------------------------------------------------------------------------


def test_text_header_frame_and_caret_point_at_the_anchor(project: Path) -> None:
    out = render(_result(), "text", _ctx(project))
    lines = out.splitlines()
    header = f"{ACTIONS}:4:23  error  missing-auth  {MISSING_AUTH.message}"
    i = lines.index(header)
    # one line of context above and below, the anchor marked, then the caret row
    assert lines[i + 1] == "    3 |"
    assert lines[i + 2].startswith("  > 4 | export async function deletePost")
    caret_row = lines[i + 3]
    code_row = lines[i + 2]
    start = caret_row.index("^")
    assert code_row[start : start + 10] == "deletePost"
    assert caret_row[start:] == "^" * 10
    assert lines[i + 4].startswith("    5 | ")
    assert lines[i + 5] == "  help: Fix missing-auth here."


def test_text_caret_accounts_for_tabs(project: Path) -> None:
    tabbed = _finding("missing-auth", Severity.ERROR, ACTIONS, _span(5, 2, 5, 7), "tabbed", "deletePost", None, "await")
    out = render(ScanResult([tabbed], [], []), "text", _ctx(project))
    lines = out.splitlines()
    code_row = next(ln for ln in lines if ln.startswith("  > 5 |"))
    caret_row = lines[lines.index(code_row) + 1]
    start = caret_row.index("^")
    assert code_row[start : start + 5] == "await"
    assert "\t" not in code_row


def test_text_summary_counts_rules_suppressed_and_diagnostics(project: Path) -> None:
    out = render(_result(), "text", _ctx(project))
    assert "Found 3 problems (2 errors, 1 warning) in 3 files." in out
    assert re.search(r"^  missing-auth +1$", out, re.M)
    assert re.search(r"^  sql-injection +1$", out, re.M)
    assert re.search(r"^  timing-unsafe-comparison +1$", out, re.M)
    assert "1 finding suppressed; 2 diagnostics." in out
    assert "app/broken.tsx:3  diagnostic  parse-error  syntax error: unexpected token" in out
    assert "app/huge.ts  diagnostic  too-large" in out
    assert "fix available: Compare with crypto.timingSafeEqual" in out
    # the suppressed finding itself is not listed
    assert SUPPRESSED.message not in out


def test_text_without_findings_says_so() -> None:
    out = render(ScanResult([], [], [], files_scanned=7), "text", _ctx(None))
    assert out == "No problems found in 7 files.\n"


def test_text_has_colour_only_when_asked(project: Path) -> None:
    plain = render(_result(), "text", _ctx(project))
    coloured = render(_result(), "text", _ctx(project, color=True))
    assert not ANSI.search(plain)
    assert ANSI.search(coloured)
    assert ANSI.sub("", coloured) == plain


def test_text_survives_missing_source_and_out_of_range_lines(tmp_path: Path) -> None:
    beyond = _finding("sql-injection", Severity.ERROR, ACTIONS, _span(99, 1, 99, 2), "far", None, None, "x")
    (tmp_path / "app/posts/[id]").mkdir(parents=True)
    (tmp_path / ACTIONS).write_bytes(b"\xff\xfe binary \x00 junk\n")
    out = render(ScanResult([beyond, MISSING_AUTH], [], []), "text", _ctx(tmp_path))
    assert f"{ACTIONS}:99:1  error  sql-injection  far" in out
    out = render(ScanResult([MISSING_AUTH], [], []), "text", _ctx(tmp_path / "nowhere"))
    assert f"{ACTIONS}:4:23  error  missing-auth" in out
    assert " | " not in out


# --- json ---------------------------------------------------------------------------------


@cache
def _report_validator() -> jsonschema.protocols.Validator:
    schema = json_format.schema()
    assert schema == json.loads(REPORT_SCHEMA.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    validator: jsonschema.protocols.Validator = cls(schema, format_checker=cls.FORMAT_CHECKER)
    return validator


def test_json_matches_the_shipped_schema(project: Path) -> None:
    data = json.loads(render(_result(), "json", _ctx(project)))
    _report_validator().validate(data)
    assert data["version"] == 1
    assert data["tool"] == {"name": "warden", "version": "1.2.3"}
    assert data["root"] == project.as_posix()
    assert [f["rule_id"] for f in data["findings"]] == ["missing-auth", "sql-injection", "timing-unsafe-comparison"]
    first = data["findings"][0]
    assert first["span"] == {"start": {"line": 4, "column": 23}, "end": {"line": 4, "column": 33}}
    assert first["function_span"]["end"] == {"line": 6, "column": 2}
    assert first["fingerprint"] == MISSING_AUTH.fingerprint
    assert data["findings"][2]["fix"]["edits"][1]["text"] == "safeEqual(token, process.env.CRON_SECRET)"
    assert data["suppressed"][0]["suppression"]["reason"] == "public webhook, verified by signature"
    assert data["summary"]["by_severity"] == {"error": 2, "warning": 1, "note": 0}
    assert data["summary"]["by_rule"] == {"missing-auth": 1, "sql-injection": 1, "timing-unsafe-comparison": 1}
    assert (data["summary"]["suppressed"], data["summary"]["diagnostics"]) == (1, 2)


def test_json_schema_rejects_a_broken_report(project: Path) -> None:
    data = json.loads(render(_result(), "json", _ctx(project)))
    data["findings"][0]["severity"] = "fatal"
    with pytest.raises(jsonschema.ValidationError):
        _report_validator().validate(data)
    data = json.loads(render(_result(), "json", _ctx(project)))
    data["suppressed"][0]["suppression"] = None
    with pytest.raises(jsonschema.ValidationError):
        _report_validator().validate(data)


def test_json_of_an_empty_result_is_valid() -> None:
    data = json.loads(render(ScanResult([], [], []), "json", _ctx(None)))
    _report_validator().validate(data)
    assert data["root"] is None
    assert data["summary"]["by_rule"] == {}


# --- sarif --------------------------------------------------------------------------------


@cache
def _sarif_validator() -> jsonschema.protocols.Validator:
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    return jsonschema.Draft4Validator(schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)


def _validate_sarif(log: dict[str, Any]) -> None:
    if not SARIF_SCHEMA.is_file():
        pytest.skip(f"official SARIF 2.1.0 schema missing at {SARIF_SCHEMA}: run `bash tests/oracles_sarif.sh`")
    errors = sorted(_sarif_validator().iter_errors(log), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:10])


def test_sarif_validates_against_the_official_schema(project: Path) -> None:
    log = json.loads(render(_result(), "sarif", _ctx(project)))
    _validate_sarif(log)
    assert log["version"] == "2.1.0"


def test_sarif_empty_result_validates() -> None:
    _validate_sarif(json.loads(render(ScanResult([], [], []), "sarif", _ctx(None))))


def test_sarif_rules_carry_help_severity_tags_and_cwe(project: Path) -> None:
    run = json.loads(render(_result(), "sarif", _ctx(project)))["runs"][0]
    driver = run["tool"]["driver"]
    assert (driver["name"], driver["version"], driver["informationUri"]) == (
        "Warden",
        "1.2.3",
        "https://example.test/warden",
    )
    assert [r["id"] for r in driver["rules"]] == [info.meta.id for info in RULES]
    auth = driver["rules"][0]
    assert auth["shortDescription"]["text"] == "Server action without authentication"
    assert auth["fullDescription"]["text"] == "Flags server actions that change data without checking the session."
    assert auth["help"]["markdown"].startswith("Flags server actions") and "## Why" in auth["help"]["markdown"]
    assert auth["defaultConfiguration"]["level"] == "error"
    assert auth["properties"]["security-severity"] == "8.0"
    assert {"security", "external/cwe/cwe-306", "external/cwe/cwe-862"} <= set(auth["properties"]["tags"])
    assert driver["rules"][2]["properties"]["security-severity"] == "5.5"


def test_sarif_results_locations_fingerprints_fixes_suppressions(project: Path) -> None:
    run = json.loads(render(_result(), "sarif", _ctx(project)))["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    results = run["results"]
    assert len(results) == 4
    for res in results:
        assert rules[res["ruleIndex"]]["id"] == res["ruleId"]
    auth = results[0]
    loc = auth["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"] == {"uri": "app/posts/%5Bid%5D/actions.ts", "uriBaseId": "%SRCROOT%"}
    assert loc["region"] == {"startLine": 4, "startColumn": 23, "endLine": 4, "endColumn": 33}
    assert auth["locations"][0]["logicalLocations"] == [{"name": "deletePost", "kind": "function"}]
    assert auth["partialFingerprints"] == {"warden/v1": MISSING_AUTH.fingerprint}
    assert auth["level"] == "error" and "suppressions" not in auth and "fixes" not in auth
    base = run["originalUriBaseIds"]["%SRCROOT%"]["uri"]
    assert base == project.resolve().as_uri() + "/"

    timing = results[2]
    (change,) = timing["fixes"][0]["artifactChanges"]
    assert change["artifactLocation"]["uri"] == ROUTE
    assert change["replacements"][0] == {
        "deletedRegion": {"startLine": 1, "startColumn": 1, "endLine": 1, "endColumn": 1},
        "insertedContent": {"text": 'import { timingSafeEqual } from "node:crypto";\n'},
    }
    assert timing["level"] == "warning"

    suppressed = results[3]
    assert suppressed["suppressions"] == [
        {"kind": "inSource", "status": "accepted", "justification": "public webhook, verified by signature"}
    ]


def test_sarif_diagnostics_become_notifications(project: Path) -> None:
    run = json.loads(render(_result(), "sarif", _ctx(project)))["runs"][0]
    (invocation,) = run["invocations"]
    assert invocation["executionSuccessful"] is True
    first, second = invocation["toolExecutionNotifications"]
    assert first["level"] == "warning" and first["descriptor"] == {"id": "parse-error"}
    assert first["locations"][0]["physicalLocation"]["region"] == {"startLine": 3}
    assert second["level"] == "note" and "region" not in second["locations"][0]["physicalLocation"]


def test_sarif_finding_of_an_unlisted_rule_gets_a_descriptor(project: Path) -> None:
    odd = _finding("mass-assignment", Severity.NOTE, ACTIONS, _span(1, 1, 1, 5), "m", None, None, "x")
    log = json.loads(render(ScanResult([odd], [], []), "sarif", _ctx(project)))
    _validate_sarif(log)
    run = log["runs"][0]
    assert run["tool"]["driver"]["rules"][run["results"][0]["ruleIndex"]]["id"] == "mass-assignment"


def test_sarif_with_the_real_rule_registry_validates(project: Path) -> None:
    from checks.formats.context import registry_rules

    try:
        rules = registry_rules()
    except ModuleNotFoundError as exc:
        pytest.skip(f"rule modules not available yet: {exc}")
    ctx = ReportContext(root=project, rules_given=rules, tool_version="0.1.0")
    log = json.loads(render(_result(), "sarif", ctx))
    _validate_sarif(log)
    descriptors = log["runs"][0]["tool"]["driver"]["rules"]
    for d in descriptors:
        assert d["help"]["text"], f"rule {d['id']} has no documentation"
        assert any(t.startswith("external/cwe/cwe-") for t in d["properties"]["tags"]), d["id"]


@pytest.mark.parametrize(
    ("path", "uri"),
    [
        ("app/page.tsx", "app/page.tsx"),
        ("app/(auth)/[...slug]/route.ts", "app/(auth)/%5B...slug%5D/route.ts"),
        ("packages/@acme/lib/a b.ts", "packages/@acme/lib/a%20b.ts"),
        ("app/100%.ts", "app/100%25.ts"),
        ("app/ü.ts", "app/%C3%BC.ts"),
    ],
)
def test_artifact_uri_escapes_what_uris_cannot_hold(path: str, uri: str) -> None:
    assert artifact_uri(path) == uri


# --- github -------------------------------------------------------------------------------


def test_github_annotations_escape_data_and_properties(project: Path) -> None:
    out = render(_result(), "github", _ctx(project))
    lines = out.splitlines()
    assert lines[0] == (
        "::error file=app/posts/[id]/actions.ts,line=4,endLine=4,col=23,endColumn=33,"
        "title=Warden missing-auth%3A Server action without authentication"
        "::Server action `deletePost` writes to the database without an authentication check"
        "%0A%0AFix missing-auth here."
    )
    # `,` and `%` in the message are data: only `%` is escaped there
    assert lines[1].endswith(
        "::`findUser` passes `email` into raw SQL: a, b, 100%25 unsafe%0A%0AFix sql-injection here."
    )
    assert lines[2].startswith("::warning file=app/api/cron/route.ts,line=3,")
    assert lines[3] == (
        "::notice file=app/broken.tsx,line=3,title=Warden could not fully check this file (parse-error)"
        "::syntax error: unexpected token"
    )
    assert len(lines) == 5  # three findings + two diagnostics; the suppressed one is not annotated


def test_github_property_escaping_and_multiline_spans() -> None:
    assert github_format.escape_property("a,b:c%d\r\ne") == "a%2Cb%3Ac%25d%0D%0Ae"
    assert github_format.escape_data("a,b:c%d\r\ne") == "a,b:c%25d%0D%0Ae"
    odd = _finding("missing-auth", Severity.NOTE, "a,b:c.ts", _span(2, 3, 5, 1), "x\ny", None, None, "z")
    (line,) = render(ScanResult([odd], [], []), "github", _ctx(None)).splitlines()
    assert line.startswith("::notice file=a%2Cb%3Ac.ts,line=2,endLine=5,col=3,title=")
    assert "endColumn" not in line
    assert line.endswith("::x%0Ay%0A%0AFix missing-auth here.")


def test_every_format_renders_and_unknown_format_is_an_error(project: Path) -> None:
    for fmt in FORMATS:
        assert render(_result(), fmt, _ctx(project)).endswith("\n")
    with pytest.raises(ValueError, match="unknown format 'xml'"):
        render(_result(), "xml", _ctx(project))


def test_the_documented_json_example_matches_the_schema() -> None:
    doc = (ROOT / "docs" / "json-schema.md").read_text(encoding="utf-8")
    (example,) = re.findall(r"```json\n(.*?)```", doc, re.S)
    _report_validator().validate(json.loads(example))


def test_github_paths_get_the_repository_prefix(project: Path) -> None:
    ctx = _ctx(project)
    ctx.path_prefix = "web/"
    lines = render(_result(), "github", ctx).splitlines()
    assert lines[0].startswith("::error file=web/app/posts/[id]/actions.ts,line=4,")
    assert lines[3].startswith("::notice file=web/app/broken.tsx,line=3,")


# --- any finding renders validly ----------------------------------------------------------

_texts = st.text(st.characters(codec="utf-8"), max_size=40)
_positions = st.builds(Position, st.integers(1, 500), st.integers(1, 200))


@st.composite
def _findings(draw: st.DrawFn) -> Finding:
    start, end = sorted([draw(_positions), draw(_positions)], key=lambda p: (p.line, p.column))
    rule = draw(st.sampled_from([info.meta.id for info in RULES] + ["mass-assignment"]))
    path = draw(st.from_regex(r"[a-z\[\]()@ %,:._-]{1,12}(/[a-z\[\]()@ %,:._-]{1,12}){0,3}\.tsx?", fullmatch=True))
    edits = draw(st.lists(st.builds(TextEdit, st.just(start), st.just(end), _texts), max_size=2))
    suppression = draw(st.none() | st.builds(Suppression, st.just(rule), _texts, st.integers(1, 500), st.just("line")))
    return Finding(
        rule_id=rule,
        severity=draw(st.sampled_from(Severity)),
        confidence=draw(st.sampled_from(Confidence)),
        path=path,
        span=Span(start, end),
        message=draw(_texts.filter(str.strip)),
        help=draw(_texts),
        message_id="main",
        fingerprint=draw(st.text("0123456789abcdef", min_size=32, max_size=32)),
        function_name=draw(st.none() | _texts.filter(str.strip)),
        function_span=draw(st.none() | st.just(Span(start, end))),
        fix=Fix(draw(_texts), tuple(edits)) if edits else None,
        suppression=suppression,
    )


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_findings(), max_size=4))
def test_any_findings_render_to_valid_reports(findings: list[Finding]) -> None:
    active = [f for f in findings if f.suppression is None]
    result = ScanResult(active, [f for f in findings if f.suppression is not None], [DIAGNOSTIC])
    ctx = _ctx(None)
    _report_validator().validate(json.loads(render(result, "json", ctx)))
    if SARIF_SCHEMA.is_file():
        log = json.loads(render(result, "sarif", ctx))
        assert not list(_sarif_validator().iter_errors(log))
    # one workflow command per finding and diagnostic: no raw line break leaks into a command
    github = render(result, "github", ctx)
    assert github.count("\n") == len(active) + 1 and "\r" not in github
    assert render(result, "text", ctx).count("\n") >= len(active)
