import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { requireOrgRole } from "@/lib/permissions";

export default async function AuditLogPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<{ action?: string; page?: string }>;
}) {
  const { org } = await params;
  const { action, page } = await searchParams;
  const { organizerId } = await requireOrgRole(org, ["OWNER", "ADMIN"]);
  const take = 50;
  const skip = Math.max(0, (Number(page) || 1) - 1) * take;
  const entries = await prisma.auditLog.findMany({
    where: { organizerId, ...(action ? { action: { startsWith: action } } : {}) },
    select: { id: true, action: true, actorId: true, target: true, createdAt: true },
    orderBy: { createdAt: "desc" },
    take,
    skip,
  });

  // ok: missing-auth, missing-input-validation
  // ruleid: missing-audit-log
  async function purgeOlderThan(formData: FormData) {
    "use server";
    const ctx = await requireOrgRole(org, ["OWNER"]);
    const days = Number(formData.get("days"));
    if (!Number.isInteger(days) || days < 30) return;
    // ok: missing-authorization
    await prisma.auditLog.deleteMany({
      where: { organizerId: ctx.organizerId, createdAt: { lt: new Date(Date.now() - days * 864e5) } },
    });
    revalidatePath(`/dashboard/${org}/audit`);
  }

  return (
    <section>
      <h1>Audit log</h1>
      <form action={purgeOlderThan}>
        <input type="number" name="days" min={30} defaultValue={365} />
        <button>Purge</button>
      </form>
      <ul>
        {entries.map((e) => (
          <li key={e.id}>
            {e.createdAt.toISOString()} {e.action} {e.actorId} {e.target}
          </li>
        ))}
      </ul>
    </section>
  );
}
