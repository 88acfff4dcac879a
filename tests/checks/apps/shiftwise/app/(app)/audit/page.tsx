import { redirect } from "next/navigation";
import { verifySession } from "@/lib/dal";
import { prisma } from "@/lib/db";
import { auditLog } from "@/lib/audit";

export default async function AuditPage({ searchParams }: { searchParams: Promise<{ action?: string; actor?: string }> }) {
  const s = await verifySession();
  if (!["owner", "admin"].includes(s.role)) redirect("/app");
  const { action, actor } = await searchParams;
  const rows = await prisma.auditLog.findMany({
    where: { employerId: s.employerId, action: action ? { startsWith: action } : undefined, actorId: actor || undefined },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, action: true, actorId: true, target: true, createdAt: true },
  });

  // ok: missing-auth, missing-audit-log
  async function exportAuditCsv() {
    "use server";
    const me = await verifySession();
    if (!["owner", "admin"].includes(me.role)) throw new Error("Forbidden");
    await auditLog({ employerId: me.employerId, actorId: me.userId, action: "audit.exported" });
    redirect(`/api/exports/audit?employer=${me.employerId}`);
  }

  // ok: missing-auth
  // ruleid: missing-audit-log
  async function purgeOldEntries() {
    "use server";
    const me = await verifySession();
    if (me.role !== "owner") throw new Error("Forbidden");
    await prisma.auditLog.deleteMany({ where: { employerId: me.employerId, createdAt: { lt: new Date(Date.now() - 365 * 86400_000) } } });
  }

  return (
    <main>
      <h1>Audit log</h1>
      <form action={exportAuditCsv}><button>Export CSV</button></form>
      <form action={purgeOldEntries}><button>Delete entries older than a year</button></form>
      <table>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}><td>{r.createdAt.toISOString()}</td><td>{r.action}</td><td>{r.actorId}</td><td>{r.target}</td></tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
