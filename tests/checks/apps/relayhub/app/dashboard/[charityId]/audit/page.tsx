import { prisma } from "@/lib/db/prisma";
import { requireCharityRole, ADMIN_ROLES, DATA_ROLES } from "@/lib/authz";

export default async function AuditLogPage({
  params,
  searchParams,
}: {
  params: Promise<{ charityId: string }>;
  searchParams: Promise<{ action?: string; page?: string }>;
}) {
  const { charityId } = await params;
  const { action, page } = await searchParams;
  const ctx = await requireCharityRole(charityId, [...ADMIN_ROLES, ...DATA_ROLES]);
  const pageNo = Math.max(0, Number(page ?? 0) || 0);
  const entries = await prisma.auditLog.findMany({
    where: { charityId: ctx.charityId, ...(action ? { action: { startsWith: action } } : {}) },
    select: { id: true, action: true, actorId: true, target: true, createdAt: true },
    orderBy: { createdAt: "desc" },
    skip: pageNo * 50,
    take: 50,
  });

  // ok: missing-auth, missing-input-validation
  // todook: missing-audit-log -- ambiguous: a tenant owner's purge of old audit entries is not in rule 9's list
  async function purgeOldEntries(formData: FormData) {
    "use server";
    const c = await requireCharityRole(charityId, ["owner"]);
    const days = Number(formData.get("olderThanDays"));
    if (!Number.isInteger(days) || days < 365) throw new Error("Audit entries must be kept for at least a year.");
    await prisma.auditLog.deleteMany({ where: { charityId: c.charityId, createdAt: { lt: new Date(Date.now() - days * 864e5) } } });
  }

  return (
    <div>
      <h1>Audit log</h1>
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
      <form action={purgeOldEntries}>
        <input name="olderThanDays" type="number" defaultValue={730} />
        <button>Purge</button>
      </form>
    </div>
  );
}
