import { verifySession } from "@/lib/dal";
import { prisma } from "@/lib/db/prisma";
import { pool } from "@/lib/db/pool";

export default async function AuditPage({ searchParams }: { searchParams: Promise<{ action?: string }> }) {
  const viewer = await verifySession();
  const { action } = await searchParams;
  const entries = await prisma.auditLog.findMany({
    where: { tenantId: viewer.tenantId, ...(action ? { action } : {}) },
    select: { id: true, action: true, actorId: true, target: true, createdAt: true },
    orderBy: { createdAt: "desc" },
    take: 200,
  });

  // ok: missing-auth
  // ruleid: missing-input-validation
  async function searchAudit(formData: FormData) {
    "use server";
    const v = await verifySession();
    const actor = formData.get("actor");
    // ruleid: sql-injection
    const { rows } = await pool.query(`SELECT id, action, created_at FROM "AuditLog" WHERE "tenantId" = $1 AND "actorId" = '${actor}'`, [v.tenantId]);
    return rows as { id: string; action: string }[];
  }

  // ok: missing-auth, missing-input-validation
  async function purgeAuditLog() {
    "use server";
    const v = await verifySession();
    if (v.role !== "OWNER") throw new Error("FORBIDDEN");
    // ok: sql-injection
    await pool.query(`DELETE FROM "AuditLog" WHERE "tenantId" = $1 AND "createdAt" < now() - interval '400 days'`, [v.tenantId]);
  }

  return (
    <main>
      <h1>Audit log</h1>
      <form action={purgeAuditLog}>
        <button>Purge entries older than 400 days</button>
      </form>
      <table>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td>{e.createdAt.toISOString()}</td>
              <td>{e.action}</td>
              <td>{e.actorId}</td>
              <td>{e.target}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p hidden>{String(Boolean(searchAudit))}</p>
    </main>
  );
}
