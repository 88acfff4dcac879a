"""Notices addressed to a person: a notification row that tells someone of what the entry point did
(a comment assigned to them, a conversation shared with them). Its user id names who is told."""

from __future__ import annotations

from checks.analysis import syntax as sx
from checks.analysis import vocabulary as vocab
from checks.analysis.flow import Event

NOTIFICATION_TABLES = frozenset({"notification", "notifications"})
_ADDRESSEE_KEYS = frozenset({"user_id", "userId", "recipient_id", "recipientId", "to_user_id", "toUserId"})


def addressed_notice(events: list[Event], ev: Event, key: str) -> bool:
    """`notifications.insert({ user_id: assignedTo, type: "comment_assigned", title: "..." })` after the
    entry point's own write of another table (the comment, the share, the review request): the notice
    of that operation, addressed to the person it concerns. Its user id says who is told, not whose
    record it is or who acts. (A notice that is all the entry point writes, for any user the client
    names, is still judged; so is one spreading the client's object, and `notification_settings`.)"""
    op = ev.op
    ws = vocab.words(op.model if op is not None else "")
    if op is None or op.kind != "write" or not ws or ws[-1] not in NOTIFICATION_TABLES or key not in _ADDRESSEE_KEYS:
        return False
    data = [sx.unwrap(d) for d in op.data]
    if not data or any(d is None or d.type != "object" or sx.find(d, ("spread_element",), False) for d in data):
        return False
    for other in events:
        if other is ev or other.node.start_byte >= ev.node.start_byte:
            continue
        o = other.op
        if other.kind == "db" and o is not None and o.kind == "write" and o.model and o.model != op.model:
            return True
    return False
