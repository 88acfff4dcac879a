import { prisma } from "@/lib/db/prisma";
import { requireRole } from "@/lib/guards";
import { auditLog } from "@/lib/audit";
import { sendEmail } from "@/lib/notify";
import { rateLimitByKey } from "@/lib/ratelimit";

export default async function AuditPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const session = await requireRole(["OWNER", "ADMIN"]);
  const page = Math.max(0, Number((await searchParams).page ?? 0) || 0);
  const entries = await prisma.auditLog.findMany({
    where: { tenantId: session.tenantId },
    orderBy: { createdAt: "desc" },
    skip: page * 50,
    take: 50,
    select: { id: true, action: true, actorId: true, target: true, createdAt: true },
  });

  // E-mails the CSV to the requesting admin.
  // ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
  async function emailAuditExport() {
    "use server";
    const s = await requireRole(["OWNER", "ADMIN"]);
    if (!(await rateLimitByKey(`audit-export:${s.userId}`))) throw new Error("Export already requested");
    const all = await prisma.auditLog.findMany({
      where: { tenantId: s.tenantId },
      select: { action: true, actorId: true, target: true, createdAt: true },
      take: 10_000,
    });
    const user = await prisma.user.findUnique({ where: { id: s.userId }, select: { email: true } });
    const csv = all.map((e) => [e.createdAt.toISOString(), e.action, e.actorId, e.target].join(",")).join("\n");
    if (user) await sendEmail(user.email, "Your audit log export", `<pre>${csv}</pre>`);
    await auditLog({ tenantId: s.tenantId, actorId: s.userId, action: "audit.exported" });
  }

  return (
    <section>
      <form action={emailAuditExport}>
        <button className="btn">E-mail CSV export</button>
      </form>
      <table className="mt-4 w-full text-sm">
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
    </section>
  );
}
