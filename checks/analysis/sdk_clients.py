"""Calls shaped like an ORM's (`client.things.update(...)`) made on another service's SDK client."""

from __future__ import annotations

import re

from checks.analysis import syntax as sx
from checks.analysis import vocabulary as vocab
from checks.analysis.calls import DbOp
from checks.analysis.module import Module
from checks.analysis.program import Program

_DB_CTOR = re.compile(r"(?i)prisma|db|database|sql|mongo|drizzle|kysely")


def sdk_client_op(program: Program, mod: Module, op: DbOp) -> bool:
    """`supermemoryClient.documents.delete(id)`: a `...Client` built with `new` from a non-database
    SDK (also only when configured, `token ? new Polar({ accessToken: token }) : null`) has the shape
    of a Prisma call but is another service's API: its answer is that service's, not a stored row."""
    if op.api != "prisma" or op.call.type != "call_expression":
        return False
    parts = sx.callee_name(mod.src, op.call).split(".")
    if len(parts) < 3:
        return False
    name = parts[-3]
    if name in vocab.DB_ROOTS or not name.endswith("Client"):
        return False
    found = program.resolve_value(mod, name)
    value = sx.unwrap(found[1]) if found is not None else None
    if found is None or value is None:
        return False
    src = found[0].src
    if value.type == "ternary_expression":
        # (`token ? new Polar(...) : null`: the SDK client, or none when not configured)
        branches = [sx.unwrap(value.child_by_field_name(f)) for f in ("consequence", "alternative")]
        made = [b for b in branches if b is not None and b.type == "new_expression"]
        rest = [b for b in branches if b is not None and b.type != "new_expression"]
        if len(made) != 1 or any(sx.text(src, b) not in ("null", "undefined") for b in rest):
            return False
        value = made[0]
    if value.type != "new_expression":
        return False
    return not _DB_CTOR.search(sx.text(src, value.child_by_field_name("constructor")))
