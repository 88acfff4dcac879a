import { desc, sql } from "drizzle-orm";
import { db } from "@/db";
import { auditEvents } from "@/db/schema";

export default async function AdminHome() {
  const events = await db
    .select({ id: auditEvents.id, action: auditEvents.action, actorId: auditEvents.actorId, createdAt: auditEvents.createdAt })
    .from(auditEvents)
    .orderBy(desc(auditEvents.createdAt))
    .limit(50);
  const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(auditEvents);
  return (
    <div>
      <h1>Admin console</h1>
      <p>{n} audit events recorded.</p>
      <ol>{events.map((e) => <li key={e.id}>{e.createdAt.toISOString()} {e.action} by {e.actorId ?? "system"}</li>)}</ol>
    </div>
  );
}
