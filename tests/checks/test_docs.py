"""The published rule pages (linked from every review comment) match the rule modules."""

from __future__ import annotations

from pathlib import Path

from checks.docs import render
from checks.registry import RULE_IDS

DOCS = Path(__file__).resolve().parents[2] / "docs" / "rules"


def test_rule_pages_are_current() -> None:
    stale = [r for r in RULE_IDS if not (DOCS / f"{r}.md").is_file() or (DOCS / f"{r}.md").read_text() != render(r)]
    assert not stale, f"regenerate with `python -m checks.docs docs/rules`: {stale}"


def test_page_names_the_rule_and_its_cwe() -> None:
    page = render("sql-injection")
    assert page.startswith("# `sql-injection`")
    assert "CWE-89" in page and "## Example" in page and "## Use instead" in page
