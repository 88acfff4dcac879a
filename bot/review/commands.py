"""Parsing of PR comment commands: ``@warden review`` and ``@warden ignore <rule> -- <reason> [until DATE]``.

Pure functions; ``bot.pipeline.run_command`` acts on the result.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime

_IGNORE_ARGS = re.compile(
    r"^(?P<rule>[a-z0-9][a-z0-9-]*)\s+--\s+(?P<reason>.+?)(?:\s+until\s+(?P<until>\d{4}-\d{2}-\d{2}))?\s*$"
)


def parse_command(body: str, bot_name: str) -> tuple[str, str] | None:
    """``("review", "")`` or ``("ignore", "<args>")`` from the first line mentioning the bot."""
    pattern = re.compile(rf"^\s*@{re.escape(bot_name)}(?:\[bot\])?\s+(review|ignore)\b(.*)$", re.I | re.M)
    m = pattern.search(body)
    return (m.group(1).lower(), m.group(2).strip()) if m else None


@dataclass(frozen=True, slots=True)
class IgnoreArgs:
    rule_id: str
    reason: str
    until: date | None


def parse_ignore(args: str, today: date | None = None) -> IgnoreArgs | str:
    """The parsed arguments, or the sentence explaining what is wrong with them."""
    m = _IGNORE_ARGS.match(args)
    if not m:
        return "Usage: `@warden ignore <rule-id> -- <reason> [until YYYY-MM-DD]` (a reason is required)."
    until = None
    if m.group("until"):
        try:
            until = date.fromisoformat(m.group("until"))
        except ValueError:
            return f"`{m.group('until')}` is not a valid date (expected YYYY-MM-DD)."
        if until < (today or datetime.now(UTC).date()):
            return f"The date {until.isoformat()} is already past."
    return IgnoreArgs(m.group("rule"), m.group("reason").strip(), until)
