import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { prisma } from "@/lib/db";
import { requirePlatformAdmin } from "@/lib/dal";
import { logSecurityEvent } from "@/lib/audit";

export default async function AdminCoopPage({ params }: { params: Promise<{ coopId: string }> }) {
  await requirePlatformAdmin();
  const { coopId } = await params;
  const coop = await prisma.coop.findUnique({ where: { id: coopId }, select: { id: true, name: true, plan: true, country: true } });
  if (!coop) notFound();

  // ruleid: missing-audit-log
  // ok: missing-auth, missing-input-validation
  async function forceFederationLink(formData: FormData) {
    "use server";
    await requirePlatformAdmin();
    const federationId = String(formData.get("federationId") ?? "");
    if (!/^c[a-z0-9]{24}$/.test(federationId)) throw new Error("Invalid federation id");
    await prisma.coop.update({ where: { id: coopId }, data: { federationId } });
    revalidatePath(`/admin/coops/${coopId}`);
  }

  // ok: missing-auth, missing-audit-log
  async function removeAllStaffSessions() {
    "use server";
    const admin = await requirePlatformAdmin();
    const members = await prisma.membership.findMany({ where: { coopId }, select: { userId: true } });
    await prisma.session.deleteMany({ where: { userId: { in: members.map((m) => m.userId) } } });
    await logSecurityEvent("admin.coop_sessions_revoked", { userId: admin.userId, reason: coopId });
  }

  return (
    <main>
      <h1>{coop.name}</h1>
      <p>
        {coop.country} · {coop.plan}
      </p>
      <form action={forceFederationLink}>
        <input name="federationId" />
        <button>Link federation</button>
      </form>
      <form action={removeAllStaffSessions}>
        <button>Sign out all staff</button>
      </form>
    </main>
  );
}
