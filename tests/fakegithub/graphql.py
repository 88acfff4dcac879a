"""The slice of GitHub's GraphQL API the App uses: review threads and resolving them.

A real GraphQL schema (graphql-core), so aliases, variables, fragments and typos behave as
on GitHub: an unknown field is an error, not a silently empty answer.
"""

from __future__ import annotations

import base64
from typing import Any

from graphql import build_schema, graphql_sync

from .state import JSON, Store, Thread

SDL = """
interface Node { id: ID! }
interface Actor { login: String! }
type User implements Actor & Node { id: ID! login: String! }
type Bot implements Actor & Node { id: ID! login: String! }
type PageInfo { hasNextPage: Boolean! hasPreviousPage: Boolean! startCursor: String endCursor: String }
enum DiffSide { LEFT RIGHT }
enum PullRequestReviewThreadSubjectType { LINE FILE }

type PullRequestReviewComment implements Node {
  id: ID! databaseId: Int fullDatabaseId: String body: String! path: String! url: String!
  author: Actor createdAt: String! outdated: Boolean! line: Int originalLine: Int
  replyTo: PullRequestReviewComment
}
type PullRequestReviewCommentEdge { cursor: String! node: PullRequestReviewComment }
type PullRequestReviewCommentConnection {
  totalCount: Int! nodes: [PullRequestReviewComment] edges: [PullRequestReviewCommentEdge] pageInfo: PageInfo!
}
type PullRequestReviewThread implements Node {
  id: ID! isResolved: Boolean! isOutdated: Boolean! isCollapsed: Boolean! path: String!
  line: Int startLine: Int originalLine: Int originalStartLine: Int diffSide: DiffSide! startDiffSide: DiffSide
  subjectType: PullRequestReviewThreadSubjectType! resolvedBy: User viewerCanResolve: Boolean!
  viewerCanUnresolve: Boolean! viewerCanReply: Boolean!
  comments(first: Int, last: Int, after: String, before: String, skip: Int): PullRequestReviewCommentConnection!
}
type PullRequestReviewThreadEdge { cursor: String! node: PullRequestReviewThread }
type PullRequestReviewThreadConnection {
  totalCount: Int! nodes: [PullRequestReviewThread] edges: [PullRequestReviewThreadEdge] pageInfo: PageInfo!
}
type PullRequest implements Node {
  id: ID! number: Int! title: String! headRefOid: String! baseRefOid: String! state: String!
  reviewThreads(first: Int, last: Int, after: String, before: String): PullRequestReviewThreadConnection!
}
type Repository implements Node {
  id: ID! name: String! nameWithOwner: String! pullRequest(number: Int!): PullRequest
}
type RateLimit { cost: Int! limit: Int! remaining: Int! resetAt: String! }
type Query {
  repository(owner: String!, name: String!, followRenames: Boolean): Repository
  node(id: ID!): Node
  rateLimit(dryRun: Boolean): RateLimit
}
input ResolveReviewThreadInput { threadId: ID! clientMutationId: String }
input UnresolveReviewThreadInput { threadId: ID! clientMutationId: String }
type ResolveReviewThreadPayload { clientMutationId: String thread: PullRequestReviewThread }
type UnresolveReviewThreadPayload { clientMutationId: String thread: PullRequestReviewThread }
type Mutation {
  resolveReviewThread(input: ResolveReviewThreadInput!): ResolveReviewThreadPayload
  unresolveReviewThread(input: UnresolveReviewThreadInput!): UnresolveReviewThreadPayload
}
"""

SCHEMA = build_schema(SDL)
for _name in ("Node", "Actor"):
    SCHEMA.get_type(_name).resolve_type = lambda value, *_: value["__typename"]  # type: ignore[union-attr]


def _connection(
    items: list[JSON], first: int | None = None, after: str | None = None, last: int | None = None, **_: Any
) -> JSON:
    """A Relay connection over a list, with index cursors."""
    start = int(base64.b64decode(after).decode().split(":")[1]) + 1 if after else 0
    window = list(enumerate(items))[start:]
    if first is not None:
        window = window[:first]
    if last is not None:
        window = window[-last:]
    cursors = [base64.b64encode(f"cursor:{i}".encode()).decode() for i, _ in window]
    end = window[-1][0] if window else start - 1
    return {
        "totalCount": len(items),
        "nodes": [n for _, n in window],
        "edges": [{"cursor": c, "node": n} for c, (_, n) in zip(cursors, window, strict=True)],
        "pageInfo": {
            "hasNextPage": end + 1 < len(items),
            "hasPreviousPage": start > 0,
            "startCursor": cursors[0] if cursors else None,
            "endCursor": cursors[-1] if cursors else None,
        },
    }


class GraphQLApi:
    def __init__(self, store: Store, full_name: str, bot_login: str, outdated: Any) -> None:
        self.store = store
        self.full_name = full_name
        self.bot_login = bot_login
        self.outdated = outdated  # callable(comment) -> bool, supplied by the server (needs git)

    def execute(self, query: str, variables: dict[str, Any] | None, operation: str | None) -> JSON:
        root = {
            "repository": self._repository,
            "node": self._node,
            "rateLimit": self._rate_limit,
            "resolveReviewThread": self._resolve(True),
            "unresolveReviewThread": self._resolve(False),
        }
        with self.store.lock:
            result = graphql_sync(SCHEMA, query, root_value=root, variable_values=variables, operation_name=operation)
        out: JSON = {}
        if result.errors:
            out["errors"] = [
                {**e.formatted, "type": "NOT_FOUND" if "Could not resolve" in e.message else "INVALID"}
                for e in result.errors
            ]
        if result.data is not None or not result.errors:
            out["data"] = result.data
        return out

    # -- resolvers (graphql-core's default resolver calls callables with (info, **args)) ---------

    def _actor(self, login: str) -> JSON:
        return {
            "__typename": "Bot" if login.endswith("[bot]") else "User",
            "id": f"U_{login}",
            "login": login.removesuffix("[bot]"),
        }

    def _comment(self, comment: JSON) -> JSON:
        return {
            "__typename": "PullRequestReviewComment",
            "id": comment["node_id"],
            "databaseId": comment["id"],
            "fullDatabaseId": str(comment["id"]),
            "body": comment["body"],
            "path": comment["path"],
            "url": comment["html_url"],
            "author": self._actor(comment["user"]["login"]),
            "createdAt": comment["created_at"],
            "outdated": self.outdated(comment),
            "line": comment["line"],
            "originalLine": comment["original_line"],
            "replyTo": (
                self._comment(self.store.review_comments[comment["in_reply_to_id"]])
                if comment.get("in_reply_to_id") in self.store.review_comments
                else None
            ),
        }

    def _thread(self, thread: Thread) -> JSON:
        comments = [self.store.review_comments[i] for i in thread.comment_ids]
        root = comments[0]
        outdated = self.outdated(root)
        return {
            "__typename": "PullRequestReviewThread",
            "id": thread.node_id,
            "isResolved": thread.resolved_by is not None,
            "isOutdated": outdated,
            "isCollapsed": thread.resolved_by is not None,
            "path": root["path"],
            "line": None if outdated else root["line"],
            "startLine": None if outdated else root["start_line"],
            "originalLine": root["original_line"],
            "originalStartLine": root["original_start_line"],
            "diffSide": root["side"] or "RIGHT",
            "startDiffSide": root["start_side"],
            "subjectType": "FILE" if root["subject_type"] == "file" else "LINE",
            "resolvedBy": self._actor(thread.resolved_by) if thread.resolved_by else None,
            "viewerCanResolve": thread.resolved_by is None,
            "viewerCanUnresolve": thread.resolved_by is not None,
            "viewerCanReply": True,
            "comments": lambda _info, **kw: _connection([self._comment(c) for c in comments], **kw),
        }

    def _repository(self, _info: Any, owner: str, name: str, **_: Any) -> JSON | None:
        if f"{owner}/{name}".lower() != self.full_name.lower():
            return None
        return {
            "__typename": "Repository",
            "id": "R_fake",
            "name": name,
            "nameWithOwner": self.full_name,
            "pullRequest": lambda _i, number: self._pull(number),
        }

    def _pull(self, number: int) -> JSON | None:
        pr = self.store.pulls.get(number)
        if pr is None:
            return None
        threads = [self._thread(t) for t in self.store.threads.values() if t.pr_number == number]
        return {
            "__typename": "PullRequest",
            "id": f"PR_fake{number}",
            "number": number,
            "title": pr.title,
            "headRefOid": pr.head_sha,
            "baseRefOid": pr.base_sha,
            "state": pr.state.upper(),
            "reviewThreads": lambda _i, **kw: _connection(threads, **kw),
        }

    def _node(self, _info: Any, id: str) -> JSON | None:
        for thread in self.store.threads.values():
            if thread.node_id == id:
                return self._thread(thread)
        raise LookupError(f"Could not resolve to a node with the global id of '{id}'")

    def _rate_limit(self, _info: Any, **_: Any) -> JSON:
        return {"cost": 1, "limit": 5000, "remaining": 4999, "resetAt": "2030-01-01T00:00:00Z"}

    def _resolve(self, resolved: bool) -> Any:
        def mutate(_info: Any, input: JSON) -> JSON:
            for thread in self.store.threads.values():
                if thread.node_id == input["threadId"]:
                    thread.resolved_by = self.bot_login if resolved else None
                    return {"clientMutationId": input.get("clientMutationId"), "thread": self._thread(thread)}
            raise LookupError(f"Could not resolve to a node with the global id of '{input['threadId']}'")

        return mutate
