"""Annotated fixtures (semgrep style): `// ruleid: <id>` expects a finding of that rule on
the next code line, `// ok: <id>` expects none there; `todoruleid:`/`todook:` record
known misses and false positives without failing. One fixture may hold several files,
each starting with `// --- path: app/actions.ts ---` (line numbers restart per file).
`// --- include: name.ts ---` splices in the files of `fixtures/_shared/name.ts`: a project library
several rules' fixtures share, written once. `// --- scan: apps/web ---` (first line) also scans the
fixture written to disk at that folder alone, as `warden scan apps/web` does: the expectations of
the files under it must hold there too, and no finding may name a file outside it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

_HEADER = re.compile(r"^\s*//\s*---\s*path:\s*(\S+)\s*---\s*$")
_SCAN = re.compile(r"^\s*//\s*---\s*scan:\s*(\S+)\s*---\s*$")
_INCLUDE = re.compile(r"^[ \t]*//[ \t]*---[ \t]*include:[ \t]*(\S+)[ \t]*---[ \t]*$", re.MULTILINE)
SHARED = Path(__file__).parent / "fixtures" / "_shared"
_ANNOTATION = re.compile(r"(?://|\{/\*)\s*(ruleid|ok|todoruleid|todook):\s*([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)")


@dataclass
class Expectation:
    kind: str  # ruleid | ok | todoruleid | todook
    rule_id: str
    path: str
    line: int  # the annotated code line (1-based, in its file)


@dataclass
class Fixture:
    name: str
    files: dict[str, str] = field(default_factory=dict)
    expectations: list[Expectation] = field(default_factory=list)
    scan_root: str | None = None  # a folder scanned alone as well (`// --- scan: apps/web ---`)


def _default_path(name: str) -> str:
    return f"app/actions/{name}"


def load_fixture(path: Path) -> Fixture:
    text = path.read_text(encoding="utf-8")
    text = _INCLUDE.sub(lambda m: (SHARED / m.group(1)).read_text(encoding="utf-8").rstrip("\n"), text)
    fx = Fixture(path.name)
    current: str | None = None
    lines: list[str] = []
    chunks: list[tuple[str, list[str]]] = []
    for raw in text.splitlines():
        scan_root = _SCAN.match(raw)
        if scan_root:
            fx.scan_root = scan_root.group(1).strip("/")
            continue
        m = _HEADER.match(raw)
        if m:
            if current is not None or lines:
                chunks.append((current or _default_path(path.name), lines))
            current, lines = m.group(1), []
            continue
        lines.append(raw)
    chunks.append((current or _default_path(path.name), lines))
    for file_path, file_lines in chunks:
        fx.files[file_path] = "\n".join(file_lines) + "\n"
        pending: list[tuple[str, str]] = []
        for i, line in enumerate(file_lines, start=1):
            stripped = line.strip()
            found = _ANNOTATION.findall(line)
            if found:
                for kind, ids in found:
                    for rule_id in re.split(r"\s*,\s*", ids):
                        pending.append((kind, rule_id))
                # an annotation at the end of a code line applies to that line
                if not stripped.startswith(("//", "{/*")):
                    for kind, rule_id in pending:
                        fx.expectations.append(Expectation(kind, rule_id, file_path, i))
                    pending = []
                continue
            if not stripped or stripped.startswith(("//", "/*", "*")):
                continue
            for kind, rule_id in pending:
                fx.expectations.append(Expectation(kind, rule_id, file_path, i))
            pending = []
    return fx
