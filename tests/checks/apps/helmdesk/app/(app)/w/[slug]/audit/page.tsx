import { requireRole } from "@/lib/dal";
import { prisma } from "@/lib/db/prisma";
import { sql } from "@/lib/db/postgres";

export default async function AuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ action?: string; order?: string }>;
}) {
  const { slug } = await params;
  const { action, order } = await searchParams;
  const m = await requireRole(slug, "admin");
  const direction = order === "asc" ? sql`asc` : sql`desc`;
  const events = await sql<{ id: string; action: string; actor_id: string; created_at: Date }[]>`
    select id, action, actor_id, created_at from "AuditEvent"
    where "workspaceId" = ${m.workspaceId} ${action ? sql`and action = ${action}` : sql``}
    order by created_at ${direction} limit 200`;
  const actors = await prisma.user.findMany({
    where: { id: { in: events.map((e) => e.actor_id) } },
    select: { id: true, name: true, email: true },
  });
  const byId = new Map(actors.map((a) => [a.id, a]));

  // ok: missing-auth, missing-input-validation, missing-audit-log
  async function exportAudit() {
    "use server";
    const admin = await requireRole(slug, "admin");
    // ok: sql-injection
    const rows = await sql.unsafe(`select id, action, actor_id, created_at from "AuditEvent" where "workspaceId" = $1 order by created_at desc`, [admin.workspaceId]);
    // ok: excessive-data-exposure
    return rows.map((r) => [r.id, r.action, r.actor_id, r.created_at].join(",")).join("\n");
  }

  return (
    <table>
      <tbody>
        {events.map((e) => (
          <tr key={e.id}>
            <td>{e.action}</td>
            <td>{byId.get(e.actor_id)?.email}</td>
            <td>{e.created_at.toISOString()}</td>
          </tr>
        ))}
      </tbody>
      <form action={exportAudit}>
        <button>Export CSV</button>
      </form>
    </table>
  );
}
