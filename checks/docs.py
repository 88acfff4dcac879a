"""Render each rule's documentation page (``docs/rules/<id>.md``) from its docstring and META.

``python -m checks.docs docs/rules`` regenerates the pages; a test keeps them in step.
"""

from __future__ import annotations

import sys
from pathlib import Path

from checks.registry import RULE_IDS, rule_doc, rule_meta


def render(rule_id: str) -> str:
    meta = rule_meta(rule_id)
    doc = rule_doc(rule_id)
    title, _, body = doc.partition("\n")
    cwe = ", ".join(f"[CWE-{n}](https://cwe.mitre.org/data/definitions/{n}.html)" for n in meta.cwe)
    head = [
        f"# `{rule_id}`: {meta.title}",
        "",
        f"*{title.strip()}*",
        "",
        "| severity | confidence | CWE | OWASP |",
        "| --- | --- | --- | --- |",
        f"| {meta.severity.value} | {meta.confidence.value} | {cwe} | {', '.join(meta.owasp) or '-'} |",
        "",
        f"**How it is abused:** {meta.abuse}",
        "",
        f"**Fix:** {meta.help}",
        "",
    ]
    return "\n".join(head) + body.strip() + "\n"


def write_all(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for rule_id in RULE_IDS:
        path = folder / f"{rule_id}.md"
        path.write_text(render(rule_id), encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    for p in write_all(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/rules")):
        print(p)
