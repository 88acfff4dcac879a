import { kdb } from "@/lib/kysely";
import { requireStaff } from "@/lib/dal";
import { logger } from "@/lib/logger";

export default async function AuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ studioId: string }>;
  searchParams: Promise<{ action?: string }>;
}) {
  const { studioId } = await params;
  const { action } = await searchParams;
  const staff = await requireStaff(studioId, ["OWNER", "REGIONAL_MANAGER"]);
  let q = kdb
    .selectFrom("audit_logs")
    .select(["id", "actor_id", "action", "target", "created_at"])
    .where("studio_id", "=", staff.studioId)
    .orderBy("created_at", "desc")
    .limit(200);
  if (action) q = q.where("action", "=", action);
  const rows = await q.execute();

  // ok: missing-auth, missing-audit-log
  async function exportAuditCsv() {
    "use server";
    const me = await requireStaff(studioId, ["OWNER"]);
    const all = await kdb
      .selectFrom("audit_logs")
      .select(["created_at", "actor_id", "action", "target"])
      .where("studio_id", "=", me.studioId)
      .execute();
    logger.info({ studioId: me.studioId, actor: me.userId, rows: all.length }, "audit log exported");
    // ok: excessive-data-exposure
    return all.map((r) => [r.created_at.toISOString(), r.actor_id ?? "", r.action, r.target ?? ""].join(",")).join("\n");
  }

  return (
    <main className="p-6">
      <h1 className="mb-4 text-xl font-semibold">Audit log</h1>
      <form action={exportAuditCsv}>
        <button type="submit">Export CSV</button>
      </form>
      <table className="mt-4 w-full text-sm">
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>{r.created_at.toISOString()}</td>
              <td>{r.actor_id}</td>
              <td>{r.action}</td>
              <td>{r.target}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
