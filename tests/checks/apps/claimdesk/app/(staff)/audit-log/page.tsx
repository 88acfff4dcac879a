import { requireRole } from "@/lib/dal";
import { prisma } from "@/lib/db";
import { toCsv } from "@/lib/csv";
import { auditLogPage } from "./actions";
import { AuditTable } from "./AuditTable";

export default async function AuditLogPage() {
  const ctx = await requireRole("owner", "admin", "auditor");
  const first = await auditLogPage(null);

  // Inline action. It closes over ctx from the render; it does not check the session itself.
  // ruleid: missing-auth
  async function exportAuditCsv() {
    "use server";
    const rows = await prisma.auditLog.findMany({
      where: { tenantId: ctx.tenantId },
      select: { action: true, actorId: true, target: true, createdAt: true },
      orderBy: { createdAt: "desc" },
      take: 10_000,
    });
    return toCsv(rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })));
  }

  // ok: missing-auth, missing-input-validation
  async function purgeOldEntries(formData: FormData) {
    "use server";
    const me = await requireRole("owner");
    const days = Number(formData.get("days"));
    if (!Number.isInteger(days) || days < 365) throw new Error("Retention must be at least a year");
    // ok: missing-authorization
    await prisma.auditLog.deleteMany({ where: { tenantId: me.tenantId, createdAt: { lt: new Date(Date.now() - days * 86_400_000) } } });
    await prisma.auditLog.create({ data: { tenantId: me.tenantId, actorId: me.userId, action: "audit.purge", meta: { days } } });
  }

  return (
    <main>
      <h1>Audit log</h1>
      <AuditTable initial={first} onExport={exportAuditCsv} />
      <form action={purgeOldEntries}>
        <input name="days" type="number" defaultValue={730} />
        <button type="submit">Purge older entries</button>
      </form>
    </main>
  );
}
