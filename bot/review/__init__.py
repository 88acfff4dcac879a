"""Turning a scan into a pull request review: diff mapping, composition, Markdown."""
