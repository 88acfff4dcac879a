import { prisma } from "@/lib/db";
import { requireCoopMember } from "@/lib/permissions";
import { revalidatePath } from "next/cache";

export default async function AuditLogPage({ params, searchParams }: { params: Promise<{ coopId: string }>; searchParams: Promise<{ page?: string }> }) {
  const { coopId } = await params;
  const { page } = await searchParams;
  const ctx = await requireCoopMember(coopId, ["OWNER", "ADMIN"]);
  const entries = await prisma.auditLog.findMany({
    where: { coopId: ctx.coopId },
    select: { id: true, action: true, actorId: true, target: true, createdAt: true },
    orderBy: { createdAt: "desc" },
    skip: (Number(page) || 0) * 100,
    take: 100,
  });

  // Retention clean-up button for owners.
  // ruleid: missing-audit-log
  // ok: missing-auth, missing-input-validation
  async function purgeOldEntries() {
    "use server";
    const owner = await requireCoopMember(coopId, ["OWNER"]);
    const cutoff = new Date(Date.now() - 365 * 864e5);
    await prisma.auditLog.deleteMany({ where: { coopId: owner.coopId, createdAt: { lt: cutoff } } });
    revalidatePath(`/dashboard/${owner.coopId}/audit`);
  }

  return (
    <section>
      <h1>Audit log</h1>
      <form action={purgeOldEntries}>
        <button>Delete entries older than a year</button>
      </form>
      <ul>
        {entries.map((e) => (
          <li key={e.id}>
            {e.createdAt.toISOString()} · {e.action} · {e.actorId ?? "system"} · {e.target ?? ""}
          </li>
        ))}
      </ul>
    </section>
  );
}
