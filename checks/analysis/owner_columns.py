"""Columns that hold the user a record belongs to, under a domain's own name (`applicantId`,
`requestedById`, `patient_user_id`).

The vocabulary knows `ownerId`/`userId`/`authorId`; a domain names its owner otherwise. What the
project's code does with a column decides, not a longer list of names. Both of:

- it files a new row under the signed-in user by it (`permit.create({ data: { applicantId: userId,
  ... } })`, `.values({ requester_id: user.id })`): the row is its creator's;
- and it holds the record to that user by it: a denial of a caller whose id differs (`if
  (permit.applicantId !== userId) throw ...`), or a filter picking one row by its id and the caller's
  (`where: { id: permitId, applicantId: userId }`, Supabase's `.eq("id", id).eq("applicant_id", user.id)`,
  drizzle's `and(eq(bids.id, bidId), eq(bids.buyerId, ctx.user.id))` on one table).

The caller's id is `userId`/`user.id`, or the key a session helper of the project answers it under
(`return { volunteerId: session.user.id }`, then `visit.create({ data: { volunteerId: ctx.volunteerId } })`).

Either alone is not enough, unless the column is named for who did it (`requestedById`, `filed_by_id`):
held to the caller, that is the requester's record even where only another client (a partner API) files it.
A user's id named for the part the user plays (`patient_user_id`, `piUserId`) is an owner when the code files
rows under the caller by it, or refuses a caller whose id differs, and lists the caller's rows by it (a filter
holding it to the caller, no row id needed): `.eq("patient_user_id", user.id)`. Not a part that names whom a row is
addressed to or points at (`recipient_user_id`, `targetUserId`).
Who did something is written as the caller too (`senderId: user.id`,
`approvedById`), and the rows an assignee may touch are held to them as well (`where: { id,
inspectorId: ctx.userId }`, `booking.sitterId !== user.id`): an assignee is whom a row is given to,
and who assigns it (`data: { inspectorId }` by a department head) makes no identity claim.

The caller may also be the record a project sign-in helper answers of the request alone (`principal_record_columns`):
`referrerId: donor.id` of `const { donor } = await requireDonor()`, `partnerId: partner.id` of the partner an API key
signs in, filed and held the same two ways."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from tree_sitter import Node

from checks.analysis import syntax as sx
from checks.analysis import tenancy
from checks.analysis import vocabulary as vocab
from checks.analysis.model_secrets import prisma_models
from checks.analysis.module import Module
from checks.analysis.program import Program
from checks.sources import SCRIPT_SUFFIXES, project_files, tree_fact

if TYPE_CHECKING:
    from checks.analysis.flow import Analyzer

_ID_COLUMN = r"[A-Za-z]\w*?(?:Id|_id)"
# the caller's own id as code writes it: `userId`, `session.userId`, `user.id`, `ctx.user.id`, `session?.user?.id`
_CALLER_ID = r"(?:[A-Za-z_$][\w$]*\??\.)*(?:userId|user\??\.id)"
# a new row's literal: `.create({ data: { ... } })`, `.insert({ ... })`, `.values({ ... })` (no nested object)
_NEW_ROW = re.compile(r"(?:\.create(?:Many)?\(\s*\{\s*data\s*:|\.(?:insert|values)\()\s*\{([^{}]*)\}")
# `where: { id: permitId, applicantId: userId }` (either order, other keys between, no nested object)
# (no leading `\b`: a pattern opening on a literal is searched for by it, 30 times faster; `_where_bodies`
# drops a match glued to a word before it, which can hide no other match: one would need a second `{`)
_WHERE = re.compile(r"where\s*:\s*\{([^{}]*)\}")
_WHERE_ID = re.compile(r"(?:^|[,{\s])id\s*[:,}]|(?:^|[,{\s])id\s*$")
_FILED_BY_CALLER = re.compile(r"(?:^|[,{\s])(" + _ID_COLUMN + r")\s*:\s*" + _CALLER_ID + r"\s*(?:[,}]|$)")
# `permit.applicantId !== userId`, `userId !== permit?.applicantId`
_DENIAL = re.compile(
    r"[\w$\]\)]\??\.(" + _ID_COLUMN + r")\s*!==?\s*" + _CALLER_ID + r"\b(?!\s*[.(\[])"
    r"|" + _CALLER_ID + r"\s*!==?\s*[\w$]+(?:\??\.[\w$]+)*\??\.(" + _ID_COLUMN + r")\b(?!\s*[.(\[])"
)
# the Supabase filter of the same pick: `.eq("id", id).eq("holder_user_id", user.id)` (either order)
_SB_EQ_ID = r"""\.eq\(\s*["'`]id["'`]\s*,[^()]*\)"""
_SB_EQ_CALLER = r"""\.eq\(\s*["'`](""" + _ID_COLUMN + r""")["'`]\s*,\s*""" + _CALLER_ID + r"""\s*\)"""
_SB_HELD = re.compile(_SB_EQ_ID + r"\s*" + _SB_EQ_CALLER + "|" + _SB_EQ_CALLER + r"\s*" + _SB_EQ_ID)
# ... and a Supabase filter holding a column to the caller alone: `.eq("patient_user_id", user.id)` (a list)
_SB_LISTED = re.compile(_SB_EQ_CALLER)
# ... and drizzle's: `and(eq(bids.id, bidId), eq(bids.buyerId, ctx.user.id))` (either order, one table)
_DZ_EQ_ID = r"\beq\(\s*([\w$]+)\.id\s*,[^()]*(?:\([^()]*\)[^()]*)*\)"
_DZ_EQ_CALLER = r"\beq\(\s*([\w$]+)\.(" + _ID_COLUMN + r")\s*,\s*" + _CALLER_ID + r"\s*\)"
_DZ_HELD = re.compile(_DZ_EQ_ID + r"\s*,\s*" + _DZ_EQ_CALLER + "|" + _DZ_EQ_CALLER + r"\s*,\s*" + _DZ_EQ_ID)
# every spelling `_CALLER_ID` can end in: a text holding none of them matches none of the patterns
# that name the caller (a plain `in` test, where `_DENIAL` tries its alternatives at every offset)
_CALLER_ID_WORDS = ("userId", "user.id", "user?.id")


def _names_caller(text: str) -> bool:
    return any(w in text for w in _CALLER_ID_WORDS)


def _where_bodies(text: str) -> Iterator[str]:
    """The inside of each `where: { ... }` of the text whose `where` starts a word."""
    for m in _WHERE.finditer(text):
        at = m.start()
        if at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_"):  # (what `\w` is)
            yield m.group(1)


def _denials(text: str) -> Iterator[tuple[str, str]]:
    r"""``_DENIAL.findall(text)``, trying only the offsets a match can start at.

    Every match holds one `!=`, with only a token of `[\w$.?\])]` and blanks before it: it starts in the
    run of non-blank characters just before the blanks before some `!=`. Trying ``match`` at each offset
    of those runs, in order, from the end of the last match, finds what ``findall`` finds, without
    trying the pattern's alternatives at every offset of the file (its costliest regex)."""
    pos = 0
    at = text.find("!=")
    while at != -1:
        start = at
        while start > pos and text[start - 1].isspace():
            start -= 1
        while start > pos and not text[start - 1].isspace():
            start -= 1
        for s in range(start, at + 1):
            m = _DENIAL.match(text, s)
            if m is not None:
                a, b = m.groups("")
                yield a, b
                pos = m.end()
                break
        at = text.find("!=", max(pos, at + 1))


def _drizzle_held(text: str) -> Iterator[str]:
    """The columns of drizzle filters picking one row by its id and the caller's (`_DZ_HELD`) on one table."""
    for t1, t2, c2, t3, c3, t4 in _DZ_HELD.findall(text):
        if (t1 and t1 == t2) or (t3 and t3 == t4):
            yield c2 or c3


def owner_user_columns(program: Program) -> frozenset[str]:
    """The project's owner-user columns beyond the vocabulary's owner fields (see the module doc)."""
    return tree_fact(program.tree, "owner_user_columns", lambda: _read(program))


def _project_texts(program: Program, needle: bytes = b"") -> Iterator[str]:
    """The text of each source file of the project (not `node_modules`) holding ``needle``."""
    for _, data in project_files(program.tree, program.index.paths, SCRIPT_SUFFIXES, needle):
        yield data.decode("utf-8", "replace")


# a session helper answering the signed-in user's id under the domain's own name for them:
# `return { volunteerId: session.user.id, email: session.user.email }` (also `return s ? { ... } : null`)
_RETURNED_OBJECT = re.compile(r"\breturn\s+(?:[^;{}]{0,80}\?\s*)?\{([^{}]*)\}")
_CALLER_ALIAS = re.compile(r"(?:^|[,{\s])([a-z]\w*?Id)\s*:\s*" + _CALLER_ID + r"\s*(?:[,}]|$)")


def caller_id_aliases(program: Program) -> frozenset[str]:
    """The keys a project's session helpers answer the caller's own id under (`volunteerId` of `return {
    volunteerId: session.user.id }`): the code names the caller by them as it does by `userId`."""
    return tree_fact(program.tree, "caller_id_aliases", lambda: _read_aliases(program))


def _read_aliases(program: Program) -> frozenset[str]:
    out: set[str] = set()
    for text in _project_texts(program, b"return"):
        if _names_caller(text):
            for m in _RETURNED_OBJECT.finditer(text):
                out.update(_CALLER_ALIAS.findall(m.group(1)))
    return frozenset(a for a in out if a not in vocab.OWNER_FIELDS and a not in _NOT_OWNERS)


# `prisma.learner.update({ where: { id: s.user.id } ...`: a model's row picked by the caller's own id
_ROW_OF_CALLER = re.compile(
    r"\.([a-z]\w*)\.(?:findUnique|findUniqueOrThrow|findFirst|findFirstOrThrow|update|upsert|delete)\(\s*\{\s*"
    r"where\s*:\s*\{\s*id\s*:\s*((?:[A-Za-z_$][\w$]*\??\.)*[A-Za-z_$][\w$]*)\s*[,}]"
)
_EMAIL_COLUMN = re.compile(r"^\s*email\s", re.M)


def account_models(program: Program) -> frozenset[str]:
    """The app's own user models, lower case: a Prisma model whose row the code picks by the signed-in
    user's id (`prisma.volunteer.update({ where: { id: session.user.id } })`, or by a session helper's key
    for it) and that holds an address (`email`). A portal whose people are `Volunteer`s, not `User`s."""
    return tree_fact(program.tree, "account_models", lambda: _read_account_models(program))


def _read_account_models(program: Program) -> frozenset[str]:
    aliases = caller_id_aliases(program)
    caller = re.compile(_CALLER_ID)
    found: set[str] = set()
    for text in _project_texts(program, b"where"):
        for model, value in _ROW_OF_CALLER.findall(text):
            if caller.fullmatch(value) or value.rsplit(".", 1)[-1].rstrip("?") in aliases:
                found.add(model.lower())
    models = prisma_models(program, None)
    return frozenset(m for m in found if _EMAIL_COLUMN.search(models.get(m, "")))


def _read(program: Program) -> frozenset[str]:
    created: set[str] = set()
    held: set[str] = set()
    aliases = sorted(caller_id_aliases(program))
    # (a row filed under, or held to, the caller by such a key: `visit.create({ data: { volunteerId:
    # ctx.volunteerId } })`, `where: { id, volunteerId: ctx.volunteerId }`)
    by_alias = (
        re.compile(
            r"(?:^|[,{\s])("
            + _ID_COLUMN
            + r")\s*:\s*(?:[A-Za-z_$][\w$]*\??\.)*(?:"
            + "|".join(map(re.escape, aliases))
            + r")\s*(?:[,}]|$)"
        )
        if aliases
        else None
    )
    filed = [_FILED_BY_CALLER] if by_alias is None else [_FILED_BY_CALLER, by_alias]
    denied: set[str] = set()
    listed: set[str] = set()  # columns a filter holds to the caller, with or without a row's id
    for text in _project_texts(program):
        if not _names_caller(text) and not any(a in text for a in aliases):
            continue  # (each pattern below names the caller's id: none can match)
        for m in _NEW_ROW.finditer(text):
            for pattern in filed:
                created.update(pattern.findall(m.group(1)))
        if "where" in text:
            for body in _where_bodies(text):
                found = [c for pattern in filed for c in pattern.findall(body)]
                listed.update(found)
                if _WHERE_ID.search(body):
                    held.update(found)
        if ".eq(" in text:
            for a, b in _SB_HELD.findall(text):
                held.add(a or b)
            listed.update(_SB_LISTED.findall(text))
        if "eq(" in text:
            listed.update(_EQ_CALLER.findall(text))
            held.update(_drizzle_held(text))
        if ".where(" in text:
            listed.update(_KYSELY_CALLER.findall(text))
        if "!=" in text:
            for a, b in _denials(text):
                held.add(a or b)
                denied.add(a or b)
    # (a column named for who did it, `requestedById`, `reported_by_id`, held to the caller: the requester's
    # record, whether or not this code ever files one; an assignee is named for a part, `inspectorId`)
    named = {c for c in held if _DONE_BY.match(c)}
    # (a user's id under the part they play, `patient_user_id`, `piUserId`: the row is theirs when the code
    # files rows under the caller by it, or refuses a caller whose id differs, and lists the caller's rows by
    # it, `.eq("patient_user_id", user.id)`; not whom a row is addressed to, `recipient_user_id`)
    parts = {c for c in (created | denied) & listed if _users_part(c)}
    return frozenset(
        c
        for c in (created & held) | named | parts | account_key_columns(program)
        if c not in vocab.OWNER_FIELDS and c not in _NOT_OWNERS
    )


# drizzle `eq(members.clerkUserId, userId)`: a table's row picked by the signed-in user's id
_DRIZZLE_ROW_OF_CALLER = re.compile(r"\beq\(\s*(\w+)\.(\w+)\s*,\s*" + _CALLER_ID + r"\s*\)")
_UNIQUE_COLUMN = re.compile(r"\.(?:unique|primaryKey)\(\)")
_DRIZZLE_REFERENCE = re.compile(r"\.references\(\s*\(\)\s*=>\s*(\w+)\.id\b")


def account_key_columns(program: Program) -> frozenset[str]:
    """The key a drizzle schema files rows under the app's own account table by, named for that table
    (`memberId: uuid("member_id").references(() => members.id)` beside `members { clerkUserId: ...unique(),
    email }`, a row the code picks by the signed-in user's id): the row is that member's, as a `userId`'s
    is a user's. Other keys on the account table name a part someone plays (`hostId`, `reporterId`)."""
    return tree_fact(program.tree, "account_key_columns", lambda: _read_account_keys(program))


def _read_account_keys(program: Program) -> frozenset[str]:
    tables = tenancy.drizzle_tables(program)
    if not tables:
        return frozenset()
    accounts: set[str] = set()
    for text in _project_texts(program, b"eq("):
        if not _names_caller(text):
            continue
        for table, column in _DRIZZLE_ROW_OF_CALLER.findall(text):
            fields = tables.get(table.lower(), {})
            if "email" in fields and _UNIQUE_COLUMN.search(fields.get(column, "")):
                accounts.add(table)
    out: set[str] = set()
    for account in accounts:
        stem = account[:1].lower() + account[1:]
        stem = stem.removesuffix("s") if stem.endswith("s") and not stem.endswith("ss") else stem
        if stem.lower() in ("user", "account"):
            continue  # (the vocabulary's own `userId`/`accountId`)
        keys = {stem + "Id", re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", stem).lower() + "_id"}
        for fields in tables.values():
            for key in keys & set(fields):
                r = _DRIZZLE_REFERENCE.search(fields[key])
                if r is not None and r.group(1) == account:
                    out.add(key)
    return frozenset(out)


def owner_columns_of(az: Analyzer) -> frozenset[str]:
    """The project's owner columns beyond the vocabulary's: those filed under, and held to, the signed-in
    user's id (`owner_user_columns`) or the signed-in principal's own record (`principal_record_columns`)."""
    return owner_user_columns(az.program) | principal_record_columns(az)


# `const merchant = await merchantFromKey(req)`, `const { tutor } = await requireTutor()`: a local bound to
# what a plain function answers (the keyword is matched at a word's start by hand: see `_WHERE`)
_BOUND_BY_CALL = re.compile(
    r"(?:const|let|var)\s+(?:([A-Za-z_$][\w$]*)|\{([^{}=;]*)\})\s*(?::[^=;]{0,80})?=\s*await\s+"
    r"([A-Za-z_$][\w$]*)\s*\(([^()]*)\)"
)
# ... asked of the request alone: no argument, the request, or its headers (an id the client sends picks
# some record, not the caller's own: `getProjectOrThrow(projectId)`)
_REQUEST_ONLY = re.compile(r"(?i)^\s*(?:\w*req(?:uest)?|(?:await\s+)?headers\(\s*\))?\s*$")
# what a sign-in answers that is no record of the caller's own (their session, token or claims), and the
# user, whose `user.id` the caller's patterns read already
_NOT_RECORDS = re.compile(r"(?i)session|token|auth|claims|jwt|^ctx$|context|^user$|^me$|^res(ult)?$|^data$")
# `hostId: tutor.id` (a new row's or a filter's pair)
_BY_RECORD = re.compile(r"(?:^|[,{\s])(" + _ID_COLUMN + r")\s*:\s*([A-Za-z_$][\w$]*)\??\.id\s*(?:[,}]|$)")
# Kysely's pick of one row held to a record: `.where("id", "=", id).where("hostId", "=", tutor.id)` (either order)
_KY_WHERE_ID = r"""\.where\(\s*["'`]id["'`]\s*,\s*["'`]=["'`]\s*,[^()]*(?:\([^()]*\)[^()]*)*\)"""
_KY_WHERE_RECORD = (
    r"""\.where\(\s*["'`](""" + _ID_COLUMN + r""")["'`]\s*,\s*["'`]=["'`]\s*,\s*([A-Za-z_$][\w$]*)\??\.id\s*\)"""
)
_KY_HELD = re.compile(_KY_WHERE_ID + r"\s*" + _KY_WHERE_RECORD + "|" + _KY_WHERE_RECORD + r"\s*" + _KY_WHERE_ID)
# a denial of a record whose column differs: `payout.merchantId !== merchant.id` (either side)
_RECORD_DENIAL = re.compile(
    r"[\w$\]\)]\??\.(" + _ID_COLUMN + r")\s*!==?\s*([A-Za-z_$][\w$]*)\??\.id\b(?!\s*[.(\[])"
    r"|(?<![\w$.])([A-Za-z_$][\w$]*)\??\.id\s*!==?\s*[\w$]+(?:\??\.[\w$]+)*\??\.(" + _ID_COLUMN + r")\b(?!\s*[.(\[])"
)


def principal_record_columns(az: Analyzer) -> frozenset[str]:
    """Columns the project files new rows under the signed-in principal's own record by, and holds rows to it
    by, under a domain's name for that party (`hostId: tutor.id` of the tutor row `requireTutor()` answers,
    `partnerId: partner.id` of the partner an API key authenticates; `.where("id", "=", id).where("hostId",
    "=", tutor.id)`, `order.partnerId !== partner.id`): whose each row is, as `userId` says of a user's. The
    record is a local bound to what a project sign-in helper answers of the request alone; a record the code
    looked up by what the client sent (`findShelf(label)`, `getProject(projectId)`) is no principal."""
    return tree_fact(az.program.tree, "principal_record_columns", lambda: _read_principal_columns(az))


def _read_principal_columns(az: Analyzer) -> frozenset[str]:
    program = az.program
    created: set[str] = set()
    held: set[str] = set()
    for path, data in project_files(program.tree, program.index.paths, SCRIPT_SUFFIXES, b"await", b".id"):
        text = data.decode("utf-8", "replace")
        bound = _records_bound(text)
        if not bound:
            continue
        filed = [(c, r) for m in _NEW_ROW.finditer(text) for c, r in _BY_RECORD.findall(m.group(1)) if r in bound]
        holds = [(c, r) for body in _where_bodies(text) if _WHERE_ID.search(body) for c, r in _BY_RECORD.findall(body)]
        holds += [(a or c, b or d) for a, b, c, d in _KY_HELD.findall(text)] if ".where(" in text else []
        holds += [(a or d, b or c) for a, b, c, d in _RECORD_DENIAL.findall(text)] if "!=" in text else []
        holds = [(c, r) for c, r in holds if r in bound]
        if not filed and not holds:
            continue
        mod = program.module(path)
        kinds = {r: _signs_in(az, mod, bound[r]) if mod is not None else None for r in {r for _, r in filed + holds}}
        created.update(c for c, r in filed if _principals_column(c, r, kinds[r]))
        held.update(c for c, r in holds if _principals_column(c, r, kinds[r]))
    # (a tenant's column, `agencyId` of the agency a SCIM token signs in, is judged as a tenant is: by the
    # caller's rights there)
    tenants = tenancy.tenant_columns(program)
    return frozenset(
        c for c in created & held if c not in vocab.OWNER_FIELDS and c not in _NOT_OWNERS and c not in tenants
    )


def _records_bound(text: str) -> dict[str, str]:
    """The locals of ``text`` bound to what a plain call of the request alone answers, each with the
    function called: `{"tutor": "requireTutor"}` of `const { tutor } = await requireTutor()`."""
    out: dict[str, str] = {}
    if "await" not in text:
        return out
    for m in _BOUND_BY_CALL.finditer(text):
        at = m.start()
        if at > 0 and (text[at - 1].isalnum() or text[at - 1] in "_$"):
            continue
        one, many, fn, args = m.groups()
        if not _REQUEST_ONLY.match(args):
            continue
        names = [one] if one else [p.split(":")[-1].split("=")[0].strip() for p in (many or "").split(",")]
        for name in names:
            read = f"{name}.id" in text or f"{name}?.id" in text
            if read and name.isidentifier() and not _NOT_RECORDS.search(name):
                out.setdefault(name, fn)
    return out


def _signs_in(az: Analyzer, mod: Module, name: str) -> frozenset[str] | None:
    """When ``name`` is a project function that signs the caller in (it answers whom the request is from, for
    the caller to check, or refuses a request from nobody: `requireTutor()`, `merchantFromKey(req)`) and
    answers a record it reads: the words naming that record if it is a signed-in user's profile (`tutor` of a
    `tutors` row it picks by the session's user id); an empty set for a record the request's own credential
    finds (the merchant an API key is the hash of); else None."""
    fn = az.program.resolve_function(mod, name)
    if fn is None:
        return None
    s = az.summary(fn)
    if not (s.auth_source or s.enforces_auth):
        return None
    reads = [op for op in s.ops if op.kind == "read" and op.model]
    if any((op.filter_names or frozenset()) & set(fn.params) for op in reads):
        return frozenset()
    # (none read: the session's own user under another name, `return session.user`, whose id names the user
    # in one table and a profile row in another)
    return frozenset(_singular(op.model or "").lower() for op in reads) or None


def _singular(name: str) -> str:
    return name[:-1] if name.endswith("s") and not name.endswith("ss") else name


def _principals_column(column: str, record: str, profile: frozenset[str] | None) -> bool:
    """``column`` filed under or held to ``record`` names whose the row is. Of a signed-in user's profile, only
    a column named for a part the person plays (`referrerId`, `hostId` of a donor's or a tutor's row): one named
    for the profile itself (`donorId`) is whom a row is about, which staff file rows under too."""
    if profile is None:
        return False
    if not profile:
        return True  # (the record is the caller itself: any column filed under it and held to it)
    stem = re.sub(r"(Id|_id)$", "", column).replace("_", "").lower()
    return stem not in profile and stem != record.lower()


# `patient_user_id`, `piUserId`: a user's id named for the part the user plays in the row
_USER_PART = re.compile(r"^([a-z][a-z0-9]*)(?:UserId|_user_id)$")
# ... of which these name whom a row is addressed to or points at, or a user other than the row's own
_ADDRESSEE = frozenset(
    {"to", "target", "recipient", "receiver", "invited", "invitee", "assigned", "assignee", "other", "friend"}
    | {"followed", "following", "follower", "blocked", "mentioned", "referred", "referrer", "new", "next", "old"}
    | {"previous", "prev", "current", "session", "pending", "provided", "as", "for", "claimed", "linked", "local"}
)


def _users_part(column: str) -> bool:
    m = _USER_PART.match(column)
    return m is not None and m.group(1) not in _ADDRESSEE


# a filter holding a column to the caller: drizzle `eq(apprentices.tutorId, userId)`, or `where: { tutorId:
# user.id }` (no row id needed: a list of the caller's own rows)
_EQ_CALLER = re.compile(r"\beq\(\s*[\w$]+(?:\.[\w$]+)*\.(" + _ID_COLUMN + r")\s*,\s*" + _CALLER_ID + r"\s*\)")
# ... and Kysely's: `.where("host_user_id", "=", ctx.user.id)`
_KYSELY_CALLER = re.compile(
    r"""\.where\(\s*["'`](?:\w+\.)?(""" + _ID_COLUMN + r""")["'`]\s*,\s*["'`]=["'`]\s*,\s*""" + _CALLER_ID + r"\s*\)"
)


def caller_held_columns(program: Program) -> frozenset[str]:
    """Columns the project's reads hold to the signed-in user (`myCaseload`: `eq(apprentices.tutorId,
    userId)`): rows picked by one of them are a person's own list, whoever's id picks them."""
    return tree_fact(program.tree, "caller_held_columns", lambda: _read_held(program))


def _read_held(program: Program) -> frozenset[str]:
    held: set[str] = set()
    for text in _project_texts(program):
        if not _names_caller(text):
            continue  # (both patterns name the caller's id)
        if "eq(" in text:
            held.update(_EQ_CALLER.findall(text))
        if "where" in text:
            for body in _where_bodies(text):
                held.update(_FILED_BY_CALLER.findall(body))
    # (the vocabulary's own owner words are judged by name where they are read: an author's posts are
    # often public, whatever "my posts" filters by)
    return frozenset(c for c in held if c not in _NOT_OWNERS and c not in vocab.OWNER_FIELDS)


def drizzle_caller_held_tables(program: Program) -> frozenset[str]:
    """Drizzle tables (their code names, lower case) that one of the project's own queries holds to the
    signed-in user by a column of its own or of a parent it joins (`.from(catches).innerJoin(boats, ...)
    .where(eq(boats.ownerId, ctx.user.id))`, `.from(settlements).where(eq(settlements.buyerId, userId))`):
    the code says each row is someone's, whatever the column is called. Not a column naming who wrote a row
    (`authorId`): an author's posts are listed for "my posts" and shown to everyone elsewhere."""
    return tree_fact(program.tree, "drizzle_caller_held_tables", lambda: _read_drizzle_held(program))


def _read_drizzle_held(program: Program) -> frozenset[str]:
    out: set[str] = set()
    for text in _project_texts(program, b".from("):
        if not _names_caller(text):
            continue
        for table, column in _DRIZZLE_TABLE_HELD.findall(text):
            if column not in _NOT_OWNERS and not _WRITER.match(column):
                out.add(table.lower())
    return frozenset(out)


# a drizzle query on a table held to the caller by a column (one statement, no other `.from(` between)
_DRIZZLE_TABLE_HELD = re.compile(
    r"""\.from\(\s*([A-Za-z_$][\w$]*)\s*\)(?:(?!\.from\()[^;])*?"""
    r"""\beq\(\s*[\w$]+(?:\.[\w$]+)*\.(""" + _ID_COLUMN + r""")\s*,\s*""" + _CALLER_ID + r"""\s*\)"""
)


# a Supabase chain on a table that holds it to the caller by a column: `.from("reviews").select(...)
# .eq("reviewer_id", user.id)` (one statement, no other `.from(` between)
_SB_TABLE_HELD = re.compile(
    r"""\.from\(\s*["'`](\w+)["'`]\s*\)(?:(?!\.from\()[^;])*?"""
    r"""\.eq\(\s*["'`](""" + _ID_COLUMN + r""")["'`]\s*,\s*""" + _CALLER_ID + r"""\s*\)"""
)


# a drizzle condition holding a table to the caller by a column: `eq(items.userId, userId)`, `eq(t.ownerId,
# session.user.id)` (the table's export name)
_DRIZZLE_EQ_HELD = re.compile(r"\beq\(\s*(\w+)\.(" + _ID_COLUMN + r")\s*,\s*" + _CALLER_ID + r"\s*\)")


def caller_held_drizzle_tables(program: Program) -> frozenset[str]:
    """Drizzle tables (their exports, lower case) whose rows the project's own queries hold to the signed-in
    user by a column (`.where(and(eq(items.userId, userId), eq(items.id, itemId)))`): each row is someone's."""
    return tree_fact(program.tree, "caller_held_drizzle_tables", lambda: _read_held_drizzle_tables(program))


def _read_held_drizzle_tables(program: Program) -> frozenset[str]:
    out: set[str] = set()
    for text in _project_texts(program, b"eq("):
        if _names_caller(text):
            out.update(table.lower() for table, _ in _DRIZZLE_EQ_HELD.findall(text))
    return frozenset(out)


def caller_held_tables(program: Program) -> frozenset[str]:
    """Supabase tables (lower case) whose rows the project's own queries hold to the signed-in user by a
    column (`.from("reviews")...eq("reviewer_id", user.id)`): the code says each row is someone's."""
    return tree_fact(program.tree, "caller_held_tables", lambda: _read_held_tables(program))


def _read_held_tables(program: Program) -> frozenset[str]:
    return frozenset(_held_table_columns(program))


def caller_owned_tables(program: Program) -> frozenset[str]:
    """Of those, the tables held to the caller by a column naming whose each row is (`owner_id`, `user_id`,
    `landlord_id`), not only by who wrote it (`author_id`, `created_by_id`): a site's posts and reviews are
    listed by their author for "my posts", and shown to everyone elsewhere."""
    return tree_fact(
        program.tree,
        "caller_owned_tables",
        lambda: frozenset(
            t for t, cols in _held_table_columns(program).items() if any(not _WRITER.match(c) for c in cols)
        ),
    )


# who wrote or sent a row, not whose it is
_WRITER = re.compile(
    r"(?i)^(author|creator|poster|sender|writer|reviewer|commenter|uploader|publisher|submitter)_?id$|by_?id$"
)


def _held_table_columns(program: Program) -> dict[str, set[str]]:
    return tree_fact(program.tree, "caller_held_table_columns", lambda: _read_held_table_columns(program))


def _read_held_table_columns(program: Program) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for text in _project_texts(program, b".from("):
        if _names_caller(text):  # (the pattern names the caller's id)
            for table, column in _SB_TABLE_HELD.findall(text):
                out.setdefault(table.lower(), set()).add(column)
    return out


# `requestedById`, `booked_by_id`, `filedById`: who did it, by the shape of its name
_DONE_BY = re.compile(r"^[a-z]+ed(By|_by)(Id|_id)$")


# ids that name the caller's tenant or a session, whatever the code compares them with
_NOT_OWNERS = frozenset({"sessionId", "session_id", "id"})


# ORM relation keys that take the related row's id (MikroORM/TypeORM `owner: data.ownerId`)
_OWNER_RELATIONS = {"owner": "ownerId", "user": "userId", "author": "authorId"}


def owner_relation(src: bytes, key: str, value: Node) -> str | None:
    """`owner: data.ownerId`: the owner relation set from an owner-id field, judged as that field (the
    relation's own name names no column)."""
    field = _OWNER_RELATIONS.get(key)
    if field is None:
        return None
    if connected_value(src, value) is not None:
        return field  # `user: { connect: { cid } }`: the owner picked by whatever unique field
    for n in sx.walk(value):
        if n.type == "member_expression" and sx.text(src, n.child_by_field_name("property")) == field:
            return field
    return None


def mongoose_owner_ref(program: Program, model: str, key: str) -> str | None:
    """`author` of a Mongoose model whose schema declares it as one document's id (`author: { type:
    Schema.Types.ObjectId, ref: "User" }`): Mongoose keeps a relation's id under the relation's own name,
    so `Answer.create({ author })` writes the owner as `authorId` would elsewhere (judged as that field);
    a key of that name declared as text (a quotation's `author`) is no relation."""
    field = _OWNER_RELATIONS.get(key)
    return field if field is not None and key in tenancy.mongoose_id_keys(program, model) else None


def connected_value(src: bytes, value: Node | None) -> Node | None:
    """`{ connect: { id: parsed.userId } }`: the one value a Prisma relation is connected by (the related
    row's unique field), else None."""
    value = sx.strip_types(value)
    if value is None or value.type != "object":
        return None
    pairs = [c for c in value.named_children if c.type == "pair"]
    if (
        len(pairs) != 1
        or len(value.named_children) != 1
        or sx.text(src, pairs[0].child_by_field_name("key")) != "connect"
    ):
        return None
    inner = sx.strip_types(pairs[0].child_by_field_name("value"))
    if inner is None or inner.type != "object" or len(inner.named_children) != 1:
        return None
    only = inner.named_children[0]
    if only.type == "shorthand_property_identifier":
        return only
    return only.child_by_field_name("value") if only.type == "pair" else None
