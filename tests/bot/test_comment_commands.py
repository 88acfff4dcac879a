from __future__ import annotations

from datetime import date

from bot.review.commands import IgnoreArgs, parse_command, parse_ignore


def test_commands_are_found_on_a_line_starting_with_the_mention() -> None:
    assert parse_command("LGTM\n@warden review please", "warden") == ("review", "please")
    assert parse_command("@Warden IGNORE sql-injection -- ok", "warden") == ("ignore", "sql-injection -- ok")
    assert parse_command("@warden[bot] review", "warden") == ("review", "")
    assert parse_command("ping @someone review", "warden") is None
    assert parse_command("Reply `@warden ignore <rule-id> -- <reason>`", "warden") is None  # our own summary text
    assert parse_command("@wardenx review", "warden") is None


def test_ignore_arguments() -> None:
    today = date(2026, 12, 3)
    assert parse_ignore("sql-injection -- ids are UUIDs", today) == IgnoreArgs("sql-injection", "ids are UUIDs", None)
    assert parse_ignore("missing-auth -- public form until 2027-01-31", today) == IgnoreArgs(
        "missing-auth", "public form", date(2027, 1, 31)
    )
    assert "Usage" in str(parse_ignore("sql-injection", today))  # a reason is required
    assert "Usage" in str(parse_ignore("-- just a reason", today))
    assert "already past" in str(parse_ignore("sql-injection -- r until 2000-01-01", today))
    assert "not a valid date" in str(parse_ignore("sql-injection -- r until 2027-02-30", today))
