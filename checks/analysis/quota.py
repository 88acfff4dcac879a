"""Usage quotas kept in the app's own database: a rate limit recognised by what it does.

A function that reads how often something was used (a stored counter, or a `count` of rows),
works in a time window (it reads the clock: a daily reset, `createdAt >= since`) and stops
the caller once the count reaches a bound (`if (dailyCount >= dailyLimit) throw ...`) limits
the rate of whatever follows it, whatever it is called.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tree_sitter import Node

from checks.analysis import syntax as sx

if TYPE_CHECKING:
    from checks.analysis.flow import Flow

# reads that tally usage rather than return records
_COUNTING = frozenset({"count", "countDocuments", "aggregate", "groupBy"})
# `if (rows.length > 0)`, `count >= 1`: an existence test, not a limit
_EXISTENCE_BOUNDS = frozenset({"0", "1"})


def quota_check(flow: Flow, throws: bool = False) -> Node | None:
    """The `if` statement of ``flow``'s function that stops the caller once a stored usage count,
    read in a time window, reaches a bound (by throwing, with ``throws``: a helper's `return` stops
    only itself); None when there is none."""
    fn = flow.fn.node
    src = flow.fn.module.src
    text = src[fn.start_byte : fn.end_byte]
    if b"Date" not in text or (b">" not in text and b"<" not in text):
        return None  # no clock, no window: a seat or plan total is not a rate
    stored = set(flow.records)
    for ev in flow.events:
        if ev.kind == "db" and ev.op is not None and (ev.op.verb in _COUNTING or ev.op.kind == "read"):
            decl = _declarator(ev.node)
            if decl is not None:
                stored.update(sx.pattern_names(src, decl.child_by_field_name("name")))
    if not stored:
        return None
    # locals computed from what was read (`let dailyCount = row.daily_count || 0`), in source order,
    # and from the clock (`const now = new Date()`): a count is compared, not a time
    clock = {"Date", "now", "getTime"}
    for decl in sx.find(fn, ("variable_declarator",), into_functions=False):
        value = _names(src, decl.child_by_field_name("value"))
        names = sx.pattern_names(src, decl.child_by_field_name("name"))
        if set(names) & stored:
            continue  # the count itself, read with the clock (`count({ where: { createdAt: { gte: since } } })`)
        if value & clock:
            clock.update(names)
        elif value & stored:
            stored.update(names)
    for stmt in sx.find(fn, ("if_statement",), into_functions=False):
        cons = stmt.child_by_field_name("consequence")
        how = sx.exits(src, cons) or _stops(src, cons)
        if not how or (throws and how != "throw"):
            continue
        if _over_bound(src, stmt.child_by_field_name("condition"), stored, clock):
            return stmt
    return None


def _stops(src: bytes, block: Node | None) -> str | None:
    """How the branch ends: "throw", "return" or None."""
    body = sx.statements(block)
    last = body[-1].type if body else ""
    return "throw" if last == "throw_statement" else "return" if last == "return_statement" else None


def _declarator(node: Node) -> Node | None:
    p = node.parent
    while p is not None and p.type in ("await_expression", "parenthesized_expression", "as_expression"):
        p = p.parent
    return p if p is not None and p.type == "variable_declarator" else None


def _names(src: bytes, node: Node | None, props: bool = False) -> set[str]:
    kinds = ("identifier", "shorthand_property_identifier", "property_identifier")[: 3 if props else 2]
    found: set[str] = set()
    for n in sx.walk(node) if node is not None else ():
        if n.type in kinds:
            found.add(sx.text(src, n))
    return found


def _over_bound(src: bytes, cond: Node | None, stored: set[str], clock: set[str]) -> bool:
    """`count >= limit`, `limit < count` (also inside `&&`/`||`): a stored count on the large side and
    a bound other than 0 or 1 on the other (`expiresAt < new Date()` has the clock on the large side)."""
    cond = sx.unwrap(cond)
    if cond is None or cond.type != "binary_expression":
        return False
    op = sx.text(src, cond.child_by_field_name("operator"))
    left, right = cond.child_by_field_name("left"), cond.child_by_field_name("right")
    if op in ("&&", "||"):
        return _over_bound(src, left, stored, clock) or _over_bound(src, right, stored, clock)
    if op in (">=", ">"):
        big, bound = left, right
    elif op in ("<=", "<"):
        big, bound = right, left
    else:
        return False
    bound = sx.strip_types(bound)
    if bound is None or sx.text(src, bound) in _EXISTENCE_BOUNDS or _names(src, cond, props=True) & clock:
        return False  # `createdAt.getTime() + DAY > Date.now()` is a cooldown on a date, not a count
    return bool(_names(src, big) & stored)


# a counter kept in a store: Redis/Upstash/Vercel KV `incr`, `hincrby`, a row's `increment`
_INCREMENTS = frozenset({"incr", "incrby", "incrBy", "hincrby", "hIncrBy", "increment"})
# the counter's window: the key expires, or is named after the clock (`rl:chat:${userId}:${date}`)
_WINDOW_CALLS = frozenset({"expire", "pexpire", "expireat", "expireAt", "pexpireat"})
_RELATIONAL = frozenset({"<", "<=", ">", ">="})


def counts_requests(fn: Node, src: bytes) -> bool:
    """A fixed-window request counter, a rate limit by what it does: the function increments a
    stored counter (`const count = await redis.incr(key)`), the counter lives for a window (an
    `expire` on the key, or a key built from the clock) and the count is compared with a bound
    (`allowed: count <= limit`, `if (count > max) return 429`). A page-view counter is never
    compared with a bound; `count === 1` (first hit: set the expiry) is no bound."""
    text = src[fn.start_byte : fn.end_byte]
    if b"ncr" not in text:  # `incr`, `hIncrBy`, `increment`: most functions count nothing
        return b"Date" in text and (b"+= 1" in text or b"++" in text) and _counts_in_memory(fn, src)
    counted: set[str] = set()
    window = False
    for call in sx.find(fn, ("call_expression",), into_functions=False):
        last = sx.last_name(sx.callee_name(src, call))
        if last in _WINDOW_CALLS:
            window = True
        if last not in _INCREMENTS:
            continue
        p = call.parent
        while p is not None and p.type in (
            "await_expression",
            "parenthesized_expression",
            "array",
            "arguments",
            "call_expression",  # `Promise.race([redis.incr(key), timeout])`
            "as_expression",
        ):
            p = p.parent
        if p is not None and p.type == "variable_declarator":
            counted.update(sx.pattern_names(src, p.child_by_field_name("name")))
    if not counted:
        return False
    if not window and b"Date" not in text:
        return False
    for cmp in sx.find(fn, ("binary_expression",), into_functions=False):
        if sx.text(src, cmp.child_by_field_name("operator")) not in _RELATIONAL:
            continue
        sides = [sx.strip_types(cmp.child_by_field_name(f)) for f in ("left", "right")]
        mentions = [bool(_names(src, sd) & counted) for sd in sides]
        others = [sd for sd, m in zip(sides, mentions, strict=True) if not m]
        bound = others[0] if any(mentions) and len(others) == 1 else None
        if bound is not None and sx.text(src, bound) not in _EXISTENCE_BOUNDS:
            return True
    return False


# a store kept in process memory: a module-level `new Map()` or lru-cache of per-key slots
_MEMORY_STORES = frozenset({"Map", "LRUCache", "LRU", "TTLCache"})


def _memory_stores(root: Node, src: bytes) -> set[str]:
    """Module-level names bound to an in-memory key/value store (`const attempts = new Map<...>()`)."""
    if b"new " not in src:
        return set()
    out: set[str] = set()
    for stmt in root.named_children:
        if stmt.type == "export_statement":
            stmt = stmt.child_by_field_name("declaration") or stmt
        if stmt.type not in ("lexical_declaration", "variable_declaration"):
            continue
        for decl in stmt.named_children:
            value = sx.unwrap(decl.child_by_field_name("value"))
            name = decl.child_by_field_name("name")
            if value is None or value.type != "new_expression" or name is None or name.type != "identifier":
                continue
            ctor = sx.text(src, value.child_by_field_name("constructor"))
            if ctor in _MEMORY_STORES:
                out.add(sx.text(src, name))
    return out


def limited_in_memory(flow: Flow, before: Node | None) -> bool:
    """A fixed window kept in a module-level Map, written in the entry point before ``before``: a
    slot read from the store (`const entry = attempts.get(userId)`), its count stepped into the store
    (`attempts.set(userId, { count: entry.count + 1, ... })`, `entry.count++`), the clock read for
    the window, and an exit once the count reaches a bound (`if (entry.count >= LIMIT) return ...`)."""
    fn = flow.fn.node
    src = flow.fn.module.src
    text = src[fn.start_byte : fn.end_byte]
    if b"Date" not in text or b".get(" not in text or b".set(" not in text:
        return False
    stores = _memory_stores(flow.fn.module.parsed.root, src)
    if not stores:
        return False
    slots: set[str] = set()
    for decl in sx.find(fn, ("variable_declarator",), into_functions=False):
        value = sx.unwrap(decl.child_by_field_name("value"))
        if value is None or value.type != "call_expression":
            continue
        callee = sx.callee_name(src, value)
        if callee.endswith(".get") and callee[:-4] in stores:
            slots.update(sx.pattern_names(src, decl.child_by_field_name("name")))
    if not slots:
        return False
    stepped = _stepped_counts(fn, src, slots)
    if not stepped:
        return False
    for stmt in sx.find(fn, ("if_statement",), into_functions=False):
        if before is not None and stmt.start_byte >= before.start_byte:
            break
        cons = stmt.child_by_field_name("consequence")
        if not (sx.exits(src, cons) or _stops(src, cons)):
            continue
        cond = stmt.child_by_field_name("condition")
        for cmp in sx.find(cond, ("binary_expression",)) if cond is not None else ():
            if sx.text(src, cmp.child_by_field_name("operator")) not in _RELATIONAL:
                continue
            texts = [sx.text(src, sx.strip_types(cmp.child_by_field_name(f))) for f in ("left", "right")]
            if any(t in stepped for t in texts) and not any(t in _EXISTENCE_BOUNDS for t in texts):
                return True
    return False


def _stepped_counts(fn: Node, src: bytes, slots: set[str]) -> set[str]:
    """Fields of ``slots`` whose count is stepped: `slot.n += 1`, `slot.n++`, `slot.n + 1` written back."""
    stepped: set[str] = set()
    for step in sx.find(fn, ("augmented_assignment_expression", "update_expression", "binary_expression"), False):
        if step.type == "binary_expression":
            if sx.text(src, step.child_by_field_name("operator")) != "+":
                continue
            right = sx.strip_types(step.child_by_field_name("right"))
            if right is None or sx.text(src, right) != "1":
                continue
            target = sx.strip_types(step.child_by_field_name("left"))
        else:
            target = sx.strip_types(step.child_by_field_name("left") or step.child_by_field_name("argument"))
        if target is not None and target.type == "member_expression":
            root = sx.unwrap(target.child_by_field_name("object"))
            if root is not None and root.type == "identifier" and sx.text(src, root) in slots:
                stepped.add(sx.text(src, target))
    return stepped


def _counts_in_memory(fn: Node, src: bytes) -> bool:
    """The same window kept in process memory (a `Map` or lru-cache of per-key slots): a slot read
    from the store (`const slot = hits.get(key)`) has its count stepped (`slot.n += 1`, `slot.n++`)
    and compared with a bound (`return slot.n <= cap`); the clock (checked by the caller) resets it."""
    slots: set[str] = set()
    for decl in sx.find(fn, ("variable_declarator",), into_functions=False):
        value = sx.unwrap(decl.child_by_field_name("value"))
        if value is not None and value.type == "call_expression" and sx.last_name(sx.callee_name(src, value)) == "get":
            slots.update(sx.pattern_names(src, decl.child_by_field_name("name")))
    if not slots:
        return False
    stepped: set[str] = set()
    for step in sx.find(fn, ("augmented_assignment_expression", "update_expression"), into_functions=False):
        target = step.child_by_field_name("left") or step.child_by_field_name("argument")
        target = sx.strip_types(target)
        if target is not None and target.type == "member_expression":
            root = sx.unwrap(target.child_by_field_name("object"))
            if root is not None and root.type == "identifier" and sx.text(src, root) in slots:
                stepped.add(sx.text(src, target))
    for cmp in sx.find(fn, ("binary_expression",), into_functions=False):
        if sx.text(src, cmp.child_by_field_name("operator")) not in _RELATIONAL:
            continue
        sides = [sx.strip_types(cmp.child_by_field_name(f)) for f in ("left", "right")]
        texts = [sx.text(src, sd) if sd is not None else "" for sd in sides]
        if any(t in stepped for t in texts) and not any(t in _EXISTENCE_BOUNDS for t in texts):
            return True
    return False


# the clock set back: `subMinutes(new Date(), 1)`, `Date.now() - 60_000`, `dayjs().subtract(1, "m")`
_PAST = re.compile(rb"\bsub(?:Milliseconds|Seconds|Minutes|Hours|Days)\s*\(|\b(?:now|getTime)\(\)\s*-|\.subtract\(")


# SQL text asking for rows newer than a moment set back from now (`"updated_at" > NOW() - INTERVAL '5 minutes'`)
_SQL_PAST = re.compile(rb"(?i)>=?\s*(?:now\(\)|current_timestamp)\s*-\s*interval\b")


def _past_in(text: bytes) -> bool:
    """``_PAST`` in ``text``, the words it cannot match without tested first (its alternatives,
    each led by a word boundary, make the regex try every position of a whole function)."""
    if (b"sub" in text or b"now()" in text or b"getTime()" in text) and _PAST.search(text) is not None:
        return True
    return (b"NTERVAL" in text or b"nterval" in text) and _SQL_PAST.search(text) is not None


# a filter asking for what came after a moment (Mongo, Prisma, Drizzle operators)
_AFTER = frozenset({"$gt", "$gte", "gt", "gte"})


def _recent_read(src: bytes, call: Node) -> bool:
    """``call`` asks for rows newer than a moment set back from now (`sentAt: { $gt: subMinutes(new
    Date(), 1) }`, `gte(t.createdAt, new Date(Date.now() - 60_000))`, also through a local,
    `const since = new Date(Date.now() - HOUR); ... { $gte: since }`): what happened lately."""
    moments: set[str] | None = None
    for n in sx.walk(call):
        if n.type == "string" and _SQL_PAST.search(sx.text(src, n).encode()):
            return True  # `.whereRaw('"sent_at" > NOW() - INTERVAL ...')`
        if n.type == "pair":
            key = sx.text(src, n.child_by_field_name("key")).strip("\"'")
            value = n.child_by_field_name("value")
        elif n.type == "call_expression":
            key = sx.callee_name(src, n)
            value = n.child_by_field_name("arguments")
        else:
            continue
        if key in _AFTER and value is not None and _PAST.search(src[value.start_byte : value.end_byte]):
            return True
        bare = sx.strip_types(value) if key in _AFTER else None
        if bare is not None and bare.type == "arguments":
            # `gt(t.createdAt, since)`: Drizzle's operator takes the moment as its second argument
            args = sx.call_args(n)
            bare = sx.strip_types(args[1]) if len(args) == 2 else None
        if bare is not None and bare.type == "identifier":
            if moments is None:
                moments = _past_locals(src, call)
            if sx.text(src, bare) in moments:
                return True
    return False


def _past_locals(src: bytes, call: Node) -> set[str]:
    """Locals of the function around ``call`` bound to a moment set back from now (`const since =
    new Date(Date.now() - hours * HOUR)`)."""
    fn = sx.enclosing_function(call)
    out: set[str] = set()
    for decl in sx.find(fn, ("variable_declarator",), into_functions=False) if fn is not None else ():
        value = decl.child_by_field_name("value")
        name = decl.child_by_field_name("name")
        if (
            value is not None
            and name is not None
            and name.type == "identifier"
            and _past_in(src[value.start_byte : value.end_byte])
        ):
            out.add(sx.text(src, name))
    return out


def answers_recent_count(flow: Flow) -> bool:
    """The function answers how many rows were made lately (`return sends.countDocuments({ email,
    createdAt: { $gte: since } })`, `since` an hour back from now): a window count its caller can
    hold against a bound (`counted_down`)."""
    fn = flow.fn.node
    src = flow.fn.module.src
    if not _past_in(src[fn.start_byte : fn.end_byte]):
        return False
    counted: set[str] = set()
    for call in sx.find(fn, ("call_expression",), into_functions=False):
        if sx.last_name(sx.callee_name(src, call)) not in _COUNTING or not _recent_read(src, call):
            continue
        decl = _declarator(call)
        if decl is not None:
            counted.update(sx.pattern_names(src, decl.child_by_field_name("name")))
            continue
        p = call.parent
        while p is not None and p.type in ("await_expression", "parenthesized_expression", "as_expression"):
            p = p.parent
        if p is not None and p.type == "return_statement":
            return True
    return bool(counted) and any(
        r.named_children and sx.text(src, sx.unwrap(r.named_children[0])) in counted
        for r in sx.find(fn, ("return_statement",), into_functions=False)
    )


def counted_down(flow: Flow, before: Node | None, counts: set[str]) -> bool:
    """A window count held against a bound in the entry point before ``before``: `const recent = await
    countRecentSends(email, 1); if (recent >= MAX_PER_HOUR) return 429` (``counts``: the locals bound to
    such a count). Like a cooldown (`cooled_down`), with room for more than one send in the window."""
    if not counts:
        return False
    fn = flow.fn.node
    src = flow.fn.module.src
    for stmt in sx.find(fn, ("if_statement",), into_functions=False):
        if before is not None and stmt.start_byte >= before.start_byte:
            break
        if sx.exit_guard(src, stmt) and _over_bound(src, stmt.child_by_field_name("condition"), counts, set()):
            return True
    return False


# reads by their method, for handles the analyser cannot name a store of (`const codes = await
# connectToCodes(); codes.findOne(...)`)
_READ_CALLS = frozenset({"findOne", "findFirst", "find", "findMany", "findUnique", "count", "countDocuments", "where"})


def _chain_top(call: Node) -> Node:
    """The last call of a method chain ``call`` starts (`knex("t")` in `knex("t").where(...).first()`)."""
    while True:
        member = call.parent
        outer = member.parent if member is not None and member.type == "member_expression" else None
        if outer is None or outer.type != "call_expression" or outer.child_by_field_name("function") != member:
            return call
        call = outer


def _recent_rows(flow: Flow) -> set[str]:
    """The locals holding what ``flow``'s reads of recent rows found."""
    src = flow.fn.module.src
    # (a query builder's chain from its start, `knex("t").select("id").whereRaw(...).first()`)
    reads = [_chain_top(e.node) for e in flow.events if e.kind == "db" and e.op is not None and e.op.kind == "read"]
    reads += [
        c
        for c in sx.find(flow.fn.node, ("call_expression",), into_functions=False)
        if sx.last_name(sx.callee_name(src, c)) in _READ_CALLS
    ]
    found: set[str] = set()
    for call in reads:
        decl = _declarator(call)
        if decl is not None and _recent_read(src, call):
            found.update(sx.pattern_names(src, decl.child_by_field_name("name")))
    return found


def recent_read(src: bytes, call: Node) -> bool:
    """``call`` is a bound read of rows newer than a moment set back from now (`const last = await
    sends.findOne({ phone, createdAt: { $gte: new Date(Date.now() - 60_000) } })`): a cooldown's own
    lookup, not the work it guards."""
    if call.type != "call_expression":
        return False
    # (a query builder's read from its start, `db.select(...).from(t).where(gt(t.createdAt, since))`)
    call = _chain_top(call)
    text = src[call.start_byte : call.end_byte]
    if not _past_in(text):  # (the cheap test first; a moment in a local is bound in the function)
        fn = sx.enclosing_function(call) if b"gt" in text else None
        if fn is None or not _past_in(src[fn.start_byte : fn.end_byte]):
            return False
    return _declarator(call) is not None and _recent_read(src, call)


def _absent(src: bytes, node: Node | None, names: set[str]) -> bool:
    """`!recent`, `recent === null`, `recent == undefined`: none of ``names`` found anything."""
    node = sx.unwrap(node)
    if node is None:
        return False
    if node.type == "unary_expression" and sx.text(src, node.child_by_field_name("operator")) == "!":
        arg = sx.unwrap(node.child_by_field_name("argument"))
        return arg is not None and arg.type == "identifier" and sx.text(src, arg) in names
    if node.type == "binary_expression" and sx.text(src, node.child_by_field_name("operator")) in ("==", "==="):
        sides = {sx.text(src, node.child_by_field_name(f)) for f in ("left", "right")}
        return bool(sides & names) and bool(sides & {"null", "undefined"})
    return False


def answers_cooldown(flow: Flow) -> bool:
    """A cooldown kept in the database, by what it does: the function looks up what happened lately
    (a read of rows newer than a moment set back from now, keyed however: a phone, an address) and
    answers whether nothing was found (`return !recent`): its caller goes on only when the last
    send is old enough. (`return !!recent` reports a recent send and stops nothing; an expiry ahead,
    `expiresAt: { $gt: new Date() }`, is a validity check.)"""
    fn = flow.fn.node
    src = flow.fn.module.src
    if not _past_in(src[fn.start_byte : fn.end_byte]):
        return False
    recent = _recent_rows(flow)
    return bool(recent) and any(
        _absent(src, r.named_children[0], recent)
        for r in sx.find(fn, ("return_statement",), into_functions=False)
        if r.named_children
    )


def refuses_recent(flow: Flow) -> bool:
    """A cooldown kept in the database that throws: the function looks up what happened lately and
    throws when it found something (`const recent = await ...whereRaw('"sent_at" > NOW() - INTERVAL
    ...').first(); if (recent?.id === id) throw new TooSoon()`), so its caller goes on only when the
    last send is old enough. (Not when that test only logs, nor on rows older than the moment: an expiry.)"""
    fn = flow.fn.node
    src = flow.fn.module.src
    if src.find(b"throw", fn.start_byte, fn.end_byte) == -1 or not _past_in(src[fn.start_byte : fn.end_byte]):
        return False
    recent = _recent_rows(flow)
    if not recent:
        return False
    for stmt in sx.find(fn, ("if_statement",), into_functions=False):
        cond = sx.unwrap(stmt.child_by_field_name("condition"))
        if (
            cond is not None
            and _found(src, cond, recent)
            and sx.exits(src, stmt.child_by_field_name("consequence")) == "throw"
        ):
            return True
    return False


def _found(src: bytes, node: Node, names: set[str]) -> bool:
    """`recent`, `recent?.id === id`, `recent != null`: one of ``names`` found something (also as
    one operand of a top-level `&&`/`||`)."""
    if node.type == "identifier":
        return sx.text(src, node) in names
    if node.type == "member_expression":
        return sx.root_identifier(src, node) in names
    if node.type != "binary_expression":
        return False
    op = sx.text(src, node.child_by_field_name("operator"))
    left, right = sx.unwrap(node.child_by_field_name("left")), sx.unwrap(node.child_by_field_name("right"))
    if left is None or right is None:
        return False
    if op in ("&&", "||"):
        return _found(src, left, names) or _found(src, right, names)
    empty = {"null", "undefined"}
    for a, b in ((left, right), (right, left)):
        if sx.root_identifier(src, a) not in names or sx.text(src, b) in empty:
            if op in ("!=", "!==") and sx.text(src, a) in names and sx.text(src, b) in empty:
                return True  # `recent !== null`
            continue
        if op in ("==", "===") and a.type == "member_expression" and not _names(src, b) & names:
            return True  # `recent?.id === id`: a row came back
    return False


def cooled_down(flow: Flow, before: Node | None) -> bool:
    """The same cooldown written in the entry point before ``before``: a recent row found stops the
    caller (`if (last) return res.status(429)`)."""
    fn = flow.fn.node
    src = flow.fn.module.src
    if not _past_in(src[fn.start_byte : fn.end_byte]):
        return False
    recent = _recent_rows(flow)
    if not recent:
        return False
    for stmt in sx.find(fn, ("if_statement",), into_functions=False):
        if before is not None and stmt.start_byte >= before.start_byte:
            break
        cond = sx.unwrap(stmt.child_by_field_name("condition"))
        found = cond is not None and cond.type == "identifier" and sx.text(src, cond) in recent
        if found and sx.exit_guard(src, stmt):
            return True
    return False


# a moment set once, when the row was made (`createdAt`, `joined_at`): a wait from it is an age gate, over
# for good once passed, not a wait between sends
_BIRTH = re.compile(r"(?i)created|inserted|joined|registered|signed_?up")
# a moment moved on each use (`updatedAt`, `lastSentAt`): a wait from it is a wait between sends
_TOUCHED = re.compile(r"(?i)updated|modified|sent|last|touched|changed|refreshed")


def _born_only(text: str) -> bool:
    """The moment is the row's creation alone (`new Date(row.createdAt)`), not its last update with the creation
    as a fallback for a row never touched (`row.updatedAt ? new Date(row.updatedAt) : new Date(row.createdAt)`)."""
    return bool(_BIRTH.search(text)) and not _TOUCHED.search(text)


def elapsed_cooldown(flow: Flow, before: Node | None) -> bool:
    """A cooldown on the moment a row read here was last touched, written in the entry point before
    ``before`` (its first write or send): the caller is stopped while the time since that moment is
    under a bound (`const tooSoon = now - new Date(token.updatedAt).getTime() < WAIT * 1000; if
    (tooSoon) throw ...`, `if (row.sentAt.getTime() + WAIT > Date.now()) return ...`): one send a
    window per record, kept in the database. An expiry test stops the caller once the moment is old
    (`if (Date.now() - row.sentAt.getTime() > DAY) throw`) and limits nothing; neither does a wait from
    the row's creation (`createdAt + MINUTE > now`), passed once and for all."""
    fn = flow.fn.node
    src = flow.fn.module.src
    text = src[fn.start_byte : fn.end_byte]
    if b"Date" not in text or (b"<" not in text and b">" not in text):
        return False  # (no clock, or nothing compared)
    end = before.start_byte if before is not None else fn.end_byte
    stored: set[str] = set()
    for ev in flow.events:
        if ev.kind == "db" and ev.op is not None and ev.op.kind == "read" and ev.node.start_byte < end:
            decl = _declarator(_chain_top(ev.node))  # (`await db.select().from(t).where(...)`: the whole chain)
            if decl is not None:
                stored.update(sx.pattern_names(src, decl.child_by_field_name("name")))
    if not stored:
        return False
    clock = {"Date"}
    elapsed: set[str] = set()
    waits: set[str] = set()
    for decl in sx.find(fn, ("variable_declarator",), into_functions=False):
        if decl.start_byte >= end:
            break
        value = decl.child_by_field_name("value")
        names = sx.pattern_names(src, decl.child_by_field_name("name"))
        used = _names(src, value)
        if _waits(src, value, stored, clock, elapsed):
            waits.update(names)
        elif _since(src, value, stored, clock) is not None:
            elapsed.update(names)  # `const age = Date.now() - row.updatedAt.getTime()`
        elif used & stored:
            if not _born_only(sx.text(src, value)):
                stored.update(names)  # `new Date(row.updatedAt).getTime()`: the stored moment, not the clock
        elif used & clock:
            clock.update(names)
    for stmt in sx.find(fn, ("if_statement",), into_functions=False):
        if stmt.start_byte >= end:
            break
        cond = sx.unwrap(stmt.child_by_field_name("condition"))
        if cond is None or not sx.exit_guard(src, stmt):
            continue
        if (cond.type == "identifier" and sx.text(src, cond) in waits) or _waits(src, cond, stored, clock, elapsed):
            return True
    return False


def _since(src: bytes, node: Node | None, stored: set[str], clock: set[str]) -> Node | None:
    """``node`` is `clock - stored` (the time since a stored moment), or None; also counted in other units
    (`(now - last) / (1000 * 60)`: minutes since)."""
    node = sx.unwrap(node)
    if node is None:
        return None
    if node.type == "binary_expression" and sx.text(src, node.child_by_field_name("operator")) == "/":
        if not _names(src, node.child_by_field_name("right")) & (stored | clock):
            return _since(src, node.child_by_field_name("left"), stored, clock)
        return None
    if node is None or node.type != "binary_expression" or sx.text(src, node.child_by_field_name("operator")) != "-":
        return None
    later, earlier = node.child_by_field_name("left"), node.child_by_field_name("right")
    if _names(src, later) & clock and not _names(src, later) & stored and _names(src, earlier) & stored:
        return None if _BIRTH.search(sx.text(src, earlier)) else node
    return None


def _waits(src: bytes, node: Node | None, stored: set[str], clock: set[str], elapsed: set[str]) -> bool:
    """``node`` holds while a stored moment is recent: the time since it under a bound (`now - last <
    WAIT`, `WAIT > age`) or the moment plus a wait still ahead of the clock (`last + WAIT > now`)."""
    node = sx.unwrap(node)
    if node is None or node.type != "binary_expression":
        return False
    op = sx.text(src, node.child_by_field_name("operator"))
    left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
    if op in ("&&", "||"):
        return _waits(src, left, stored, clock, elapsed) or _waits(src, right, stored, clock, elapsed)
    if op in ("<", "<="):
        small, big = sx.unwrap(left), sx.unwrap(right)
    elif op in (">", ">="):
        small, big = sx.unwrap(right), sx.unwrap(left)
    else:
        return False
    if small is None or big is None:
        return False
    if _since(src, small, stored, clock) is not None or (small.type == "identifier" and sx.text(src, small) in elapsed):
        return not _names(src, big) & (stored | clock | elapsed)  # the bound is a constant span
    if big.type == "binary_expression" and sx.text(src, big.child_by_field_name("operator")) == "+":
        if _BIRTH.search(sx.text(src, big)):
            return False
        return bool(_names(src, big) & stored) and bool(_names(src, small) & clock) and not _names(src, small) & stored
    return False


def _first_of(src: bytes, fn: Node, rows: set[str], before: Node) -> set[str]:
    """Locals naming one row of the rows read (`const row = rows?.[0]`, `rows[0]`), declared before ``before``."""
    out: set[str] = set()
    for decl in sx.find(fn, ("variable_declarator",), into_functions=False):
        if decl.start_byte >= before.start_byte:
            break
        value = sx.unwrap(decl.child_by_field_name("value"))
        name = decl.child_by_field_name("name")
        if value is None or name is None or name.type != "identifier" or value.type != "subscript_expression":
            continue
        obj = sx.unwrap(value.child_by_field_name("object"))
        if obj is not None and obj.type == "identifier" and sx.text(src, obj) in rows:
            out.add(sx.text(src, name))
    return out


def _set_flag(src: bytes, cond: Node | None) -> Node | None:
    """The field a test stops on when set: `row.flag` itself, or `row.flag === true`."""
    if cond is None or cond.type != "binary_expression":
        return cond
    if sx.text(src, cond.child_by_field_name("operator")) not in ("===", "=="):
        return None
    left, right = sx.unwrap(cond.child_by_field_name("left")), sx.unwrap(cond.child_by_field_name("right"))
    if right is not None and right.type == "true":
        return left
    return right if left is not None and left.type == "true" else None


# a value that clears a field rather than marks it used
_CLEARED = frozenset({"null", "undefined", "false"})


def spent_once(flow: Flow, before: Node | None) -> bool:
    """A one-time allowance kept on the signed-in caller's own row: before ``before`` (the first send), a
    field of a row read by the session's id stops the caller when set (`if (me.referralSentTo) return
    400`), and a write after it sets that field to a value (not `null`, `false` or `""`): every later call
    is refused for good, a quota of one per account. A flag tested but never set, or cleared again, limits
    nothing; nor does one on a row the client picked (another row is another allowance)."""
    if before is None:
        return False
    fn = flow.fn.node
    src = flow.fn.module.src
    rows: set[str] = set()
    for e in flow.events:
        if e.kind != "db" or e.op is None or e.op.kind != "read" or e.node.start_byte >= before.start_byte:
            continue
        if not e.state.session or not (_names(src, e.op.chain) & e.state.session):
            continue
        if _names(src, e.op.chain) & (e.state.client - e.state.session):
            continue  # (also picked by what the client sent)
        decl = _declarator(_chain_top(e.node))
        if decl is not None:
            rows.update(sx.pattern_names(src, decl.child_by_field_name("name")))
    if not rows:
        return False
    rows |= _first_of(src, fn, rows, before)
    flags: set[str] = set()
    for stmt in sx.find(fn, ("if_statement",), into_functions=False):
        if stmt.start_byte >= before.start_byte:
            break
        cond = _set_flag(src, sx.unwrap(stmt.child_by_field_name("condition")))
        if cond is None or cond.type != "member_expression" or not sx.exit_guard(src, stmt):
            continue
        if sx.root_identifier(src, cond) in rows:
            flags.add(sx.text(src, cond.child_by_field_name("property")))
    if not flags:
        return False
    for e in flow.events:
        if e.kind != "db" or e.op is None or e.op.kind != "write" or e.node.start_byte <= before.end_byte:
            continue
        for data in e.op.data:
            obj = sx.strip_types(data)
            for pair in obj.named_children if obj is not None and obj.type == "object" else []:
                key = pair.child_by_field_name("key") if pair.type == "pair" else None
                value = sx.unwrap(pair.child_by_field_name("value")) if pair.type == "pair" else None
                if key is None or value is None or sx.text(src, key) not in flags:
                    continue
                if value.type in _CLEARED or (value.type == "string" and len(sx.text(src, value)) <= 2):
                    continue
                return True
    return False
