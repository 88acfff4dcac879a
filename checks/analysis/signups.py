"""Entry points named for a sign-up only by a trailing noun: the booking someone made, not an account."""

from __future__ import annotations

import re

from checks.analysis import syntax as sx
from checks.analysis import vocabulary as vocab
from checks.analysis.entry_points import EntryPoint
from checks.analysis.flow import Flow

# `cancelShiftSignup`, `approve_event_signups`: another word first, then the sign-up as the object
_TRAILING_SIGNUP = re.compile(r"(?i)^([a-z0-9]+?)_?sign_?ups?(_?(action|handler))?$")
# a change of rows that exist: no account, credential or other row comes of it
_CHANGES_ROWS = re.compile(r"(?i)^(update|delete|remove|destroy)")
# what making an account takes or hands on
_ACCOUNT_WORD = re.compile(r"(?i)(e_?mail|password|passcode|phone|username|credential)")
_TOKEN_TYPES = ("identifier", "property_identifier", "shorthand_property_identifier", "string_fragment")
_OTHER_EFFECTS = frozenset({"email", "ai", "fetch", "store", "relay", "fs", "exec"})


def booking_named_sign_up(src: bytes, ep: EntryPoint, flow: Flow) -> bool:
    """`cancelShiftSignup(signupId)`: the name says "sign-up" only as the object of another verb, and the
    code makes no account: it only changes or deletes rows that exist (`shiftSignups` set to cancelled),
    sends nothing, calls no provider and names no account detail or credential (e-mail, password, phone,
    username). A sign-up creates an account or a credential; this cancels a volunteer's booking."""
    name = ep.name if ep.name not in ("default", "<anonymous>") else ep.fn.name
    m = _TRAILING_SIGNUP.match(name)
    if m is None or vocab.AUTH_ENDPOINT_NAMES.search(m.group(1)):
        return False
    writes = 0
    for e in flow.events:
        if e.kind in _OTHER_EFFECTS:
            return False
        if e.kind == "db" and e.op is not None and e.op.kind == "write":
            if not _CHANGES_ROWS.match(e.op.verb):
                return False
            writes += 1
    if not writes:
        return False
    return not any(_ACCOUNT_WORD.search(sx.text(src, n)) for n in sx.find(ep.fn.node, _TOKEN_TYPES))
