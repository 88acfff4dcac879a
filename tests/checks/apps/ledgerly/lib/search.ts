import "server-only";
import { turso } from "@/lib/db/turso";

export type SearchHit = { docId: string; kind: string; title: string; snippet: string };

/** Full-text search over invoices, clients and notes (SQLite FTS5 in Turso). */
export async function searchIndex(orgId: string, term: string): Promise<SearchHit[]> {
  // ruleid: sql-injection
  const rs = await turso.execute(`SELECT doc_id, kind, title, snippet(search_fts, 3, '<mark>', '</mark>', '…', 12) AS snippet FROM search_fts WHERE org_id = '${orgId}' AND search_fts MATCH '${term}' ORDER BY rank LIMIT 20`);
  return rs.rows.map((r) => ({ docId: String(r.doc_id), kind: String(r.kind), title: String(r.title), snippet: String(r.snippet) }));
}

export async function indexDocument(orgId: string, docId: string, kind: string, title: string, body: string) {
  // ok: sql-injection
  await turso.execute({ sql: "INSERT OR REPLACE INTO search_fts (org_id, doc_id, kind, title, body) VALUES (?, ?, ?, ?, ?)", args: [orgId, docId, kind, title, body] });
}

export async function removeFromIndex(orgId: string, docIds: string[]) {
  if (docIds.length === 0) return;
  const placeholders = docIds.map(() => "?").join(", ");
  // ok: sql-injection
  await turso.execute({ sql: `DELETE FROM search_fts WHERE org_id = ? AND doc_id IN (${placeholders})`, args: [orgId, ...docIds] });
}

/** Recent audit events, optionally narrowed to one action family ("auth.", "team."). */
export async function recentAuditEvents(orgId: string, actionPrefix?: string) {
  const filter = actionPrefix ? ` AND action LIKE '${actionPrefix}%'` : "";
  // ruleid: sql-injection
  const rs = await turso.execute({ sql: "SELECT id, actor_id, action, target, created_at FROM audit_events WHERE org_id = ?" + filter + " ORDER BY created_at DESC LIMIT 100", args: [orgId] });
  return rs.rows.map((r) => ({ id: String(r.id), actorId: r.actor_id as string | null, action: String(r.action), target: r.target as string | null, createdAt: String(r.created_at) }));
}
