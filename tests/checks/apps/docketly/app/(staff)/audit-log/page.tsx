import { revalidatePath } from "next/cache";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { requireRole, ADMIN_ROLES } from "@/lib/authz";

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<{ action?: string; page?: string }> }) {
  const session = await requireRole(ADMIN_ROLES);
  const sp = await searchParams;
  const page = Math.max(0, Number(sp.page ?? 0) || 0);
  const rows = await prisma.auditLog.findMany({
    where: { firmId: session.firmId, ...(sp.action ? { action: { startsWith: sp.action.slice(0, 40) } } : {}) },
    orderBy: { createdAt: "desc" },
    select: { id: true, action: true, actorId: true, target: true, createdAt: true },
    skip: page * 100,
    take: 100,
  });

  // Retention: firms may purge entries older than their retention window.
  // ok: missing-auth, missing-input-validation
  // todook: missing-audit-log -- (gap judge: ambiguous) a purge on the audit model itself: is auditLog.deleteMany an audit call?
  async function purgeOldEntries(formData: FormData) {
    "use server";
    const s = await requireRole(["OWNER"]);
    const days = z.coerce.number().int().min(365).max(3650).parse(formData.get("olderThanDays"));
    await prisma.auditLog.deleteMany({ where: { firmId: s.firmId, createdAt: { lt: new Date(Date.now() - days * 86400_000) } } });
    revalidatePath("/audit-log");
  }

  return (
    <section>
      <h1>Audit log</h1>
      <form action={purgeOldEntries}>
        <input name="olderThanDays" type="number" defaultValue={2555} />
        <button>Purge older entries</button>
      </form>
      <table>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>{r.createdAt.toISOString()}</td>
              <td>{r.action}</td>
              <td>{r.actorId}</td>
              <td>{r.target}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
