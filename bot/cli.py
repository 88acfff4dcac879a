"""The ``warden`` command: ``scan``, ``rules``, ``serve``, ``review``."""

from __future__ import annotations

import typer

from bot.commands import review, rules, scan, serve

app = typer.Typer(
    name="warden",
    help="Finds security holes in Next.js Server Actions and route handlers.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("scan")(scan.scan_command)
app.command("rules")(rules.rules_command)
app.command("serve")(serve.serve_command)
app.command("review")(review.review_command)


def main() -> None:
    app()


if __name__ == "__main__":  # `python -m bot.cli ...` as well as the `warden` script
    main()
