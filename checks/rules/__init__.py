r"""One module per rule id (module name = id with '-' -> '_').

Each module has a docstring (the rule's documentation, with fixed headings),
``META`` (a ``RuleMeta``) and ``check(ctx) -> Iterator[Finding]``.
"""
