"""The scanner never crashes: random text, truncated real fixtures, binary bytes, very deep
nesting and huge files all give a ScanResult, with a diagnostic for what was not checked."""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checks import Config, MemoryTree, scan
from checks.engine import needs_analysis
from checks.model import ScanResult
from checks.parsing import parse
from tests.checks.annotations import load_fixture

FIXTURES = Path(__file__).parent / "fixtures"
# Both grammars, each kind of entry point, and a plain library file.
PATHS = ("app/actions.ts", "app/api/items/route.ts", "pages/api/items.tsx", "lib/db.js")
_REAL_FILES = [
    src for p in sorted(FIXTURES.glob("*/*")) if p.suffix in (".ts", ".tsx") for src in load_fixture(p).files.values()
]
# WARDEN_FUZZ_EXAMPLES=1000 for a longer local run; the suite default stays fast
_FUZZ = settings(
    max_examples=int(os.environ.get("WARDEN_FUZZ_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
# Fragments that steer random text towards the code paths the rules care about.
_TOKENS = st.sampled_from(
    [
        '"use server";\n',
        "export async function f(formData: FormData) {",
        "}",
        "{",
        "(",
        ")",
        "`",
        "${",
        "'",
        "await ",
        "db.user.update({ where: { id }, data: input })",
        "pool.query(`SELECT * FROM t WHERE a = ${x}`)",
        "if (token !== secret) throw new Error()",
        "try {",
        "} catch (e) { return { error: e.message } }",
        "return NextResponse.json(users)",
        "const x = ",
        "=>",
        ";",
        "\n",
        "async ",
        "function ",
        "sql.raw(",
        "schema.parse(",
        "export const a = client.inputSchema(s).action(async ({ parsedInput }) => ",
        "...",
    ]
)


def _scan(files: dict[str, str | bytes]) -> ScanResult:
    tree = MemoryTree(files)
    result = scan(tree, Config(), jobs=1)
    assert isinstance(result, ScanResult)
    assert result.files_scanned == len(files)
    return result


@_FUZZ
@given(text=st.text(max_size=400), path=st.sampled_from(PATHS))
def test_random_text_never_crashes(text: str, path: str) -> None:
    result = _scan({path: '"use server";\n' + text})
    for f in result.findings:
        assert f.path == path and f.span.start.line >= 1


@_FUZZ
@given(parts=st.lists(_TOKENS, max_size=40), path=st.sampled_from(PATHS))
def test_random_code_shaped_text_never_crashes(parts: list[str], path: str) -> None:
    source = "".join(parts)
    result = _scan({path: source})
    # files the byte prefilter skips are never parsed, so only analysed files owe a diagnostic
    if needs_analysis(path, source.encode()) and parse(path, source.encode()).has_error:
        assert any(d.path == path and d.kind == "parse-error" for d in result.diagnostics)


@_FUZZ
@given(index=st.integers(min_value=0), cut=st.floats(min_value=0.0, max_value=1.0), path=st.sampled_from(PATHS))
def test_truncated_real_fixtures_never_crash(index: int, cut: float, path: str) -> None:
    source = _REAL_FILES[index % len(_REAL_FILES)]
    _scan({path: source[: int(len(source) * cut)]})


@_FUZZ
@given(data=st.binary(max_size=600), path=st.sampled_from(PATHS))
def test_random_bytes_never_crash(data: bytes, path: str) -> None:
    result = _scan({path: b'"use server";\n' + data})
    if b"\0" in data:
        assert any(d.path == path and d.kind == "unreadable" for d in result.diagnostics)


def test_invalid_utf8_is_analysed_where_possible() -> None:
    src = b'"use server";\nexport async function f(q: string) {\n  // \xff\xfe caf\xe9\n'
    src += b"  return pool.query(`SELECT id FROM t WHERE name = '${q}'`);\n}\n"
    result = _scan({"app/actions.ts": src})
    assert [f.rule_id for f in result.findings if f.rule_id == "sql-injection"] == ["sql-injection"]


def test_nul_byte_file_is_skipped_with_a_diagnostic() -> None:
    result = _scan({"app/actions.ts": b'"use server";\0\0export async function f() {}'})
    assert [d.kind for d in result.diagnostics] == ["unreadable"]
    assert result.findings == []


def test_five_thousand_nested_parentheses() -> None:
    body = "(" * 5000 + "x" + ")" * 5000
    src = f'"use server";\nexport async function f(x: string) {{\n  return {body};\n}}\n'
    _scan({"app/actions.ts": src})


def test_twenty_thousand_term_concatenation_into_sql() -> None:
    chain = " + ".join(["a"] * 20_000)
    src = f'"use server";\nexport async function f(a: string) {{\n  return db.query("SELECT " + {chain});\n}}\n'
    # Climbing `Node.parent` from the innermost term once cost O(depth^2) (~40 s of CPU, and the
    # 300 s test timeout on a loaded machine); `sx.ancestors` climbs it once (tests/checks/test_syntax.py).
    # Speed itself is measured in benchmarks/, not asserted here.
    result = _scan({"app/actions.ts": src})
    got = f"findings {[(f.rule_id, f.span.start.line) for f in result.findings]}, diagnostics {result.diagnostics}"
    assert [f.rule_id for f in result.findings if f.rule_id == "sql-injection"] == ["sql-injection"], got
    assert not [d for d in result.diagnostics if d.kind == "internal"], got


def test_deeply_nested_blocks_give_a_diagnostic_not_a_crash() -> None:
    src = '"use server";\nexport async function f(token: string) {\n' + "if (token) {" * 3000 + "}" * 3000 + "\n}\n"
    result = _scan({"app/actions.ts": src})
    # what could not be followed is reported, never silently dropped
    assert all(d.path == "app/actions.ts" for d in result.diagnostics)


def test_five_megabyte_file_is_skipped_as_too_large() -> None:
    line = "export const x = 1; // padding padding padding padding padding padding padding\n"
    src = '"use server";\n' + line * (5_000_000 // len(line) + 1)
    result = _scan({"app/actions.ts": src, "app/ok.ts": '"use server";\nexport async function g() {}\n'})
    kinds = {(d.path, d.kind) for d in result.diagnostics}
    assert ("app/actions.ts", "too-large") in kinds
    assert result.findings == [] or all(f.path == "app/ok.ts" for f in result.findings)


def test_comment_banner_before_code_is_read_in_linear_time() -> None:
    # A banner of `////` lines once sent the "use client" prefilter into exponential
    # backtracking (a real 28 kB file hung the scan); with 40 lines it never finished.
    banner = ("/" * 90 + "\n//\n") * 20
    body = "export function q(token: string, secret: string) {\n  return token === secret;\n}\n"
    server = banner + body
    client = banner + '"use client";\n' + body
    assert needs_analysis("lib/a.ts", server.encode()) and not needs_analysis("lib/b.ts", client.encode())
    result = _scan({"lib/a.ts": server, "lib/b.ts": client})
    assert [(f.path, f.rule_id) for f in result.findings] == [("lib/a.ts", "timing-unsafe-comparison")]
