import { prisma } from "@/lib/db";
import { requireMember } from "@/lib/dal";
import { revalidatePath } from "next/cache";

export default async function DashboardPage() {
  const member = await requireMember();
  const [chargers, active, faulted] = await Promise.all([
    prisma.charger.count({ where: { tenantId: member.tenantId } }),
    prisma.chargingSession.count({ where: { tenantId: member.tenantId, status: "ACTIVE" } }),
    prisma.charger.findMany({ where: { tenantId: member.tenantId, status: "FAULTED" }, select: { id: true, label: true }, take: 10 }),
  ]);

  // ok: missing-auth, missing-input-validation
  async function acknowledgeFaults() {
    "use server";
    const m = await requireMember(["owner", "admin", "network_manager", "technician"]);
    await prisma.charger.updateMany({ where: { tenantId: m.tenantId, status: "FAULTED" }, data: { status: "UNDER_REVIEW" } });
    revalidatePath("/dashboard");
  }

  // Quick filter chip; the tenant id rides along in a hidden input so the action works from the embed widget too.
  // ok: missing-auth
  // ruleid: missing-input-validation
  async function refreshSiteStats(formData: FormData) {
    "use server";
    await requireMember();
    const tenantId = formData.get("tenantId") as string;
    // ruleid: missing-authorization
    await prisma.site.updateMany({ where: { tenantId }, data: { isPublic: true } });
    revalidatePath("/dashboard");
  }

  return (
    <section className="grid grid-cols-3 gap-6">
      <div className="card">Chargers: {chargers}</div>
      <div className="card">Active sessions: {active}</div>
      <div className="card">
        Faulted: {faulted.length}
        <ul>{faulted.map((c) => <li key={c.id}>{c.label}</li>)}</ul>
        <form action={acknowledgeFaults}>
          <button>Acknowledge all</button>
        </form>
        <form action={refreshSiteStats}>
          <input type="hidden" name="tenantId" value={member.tenantId} />
          <button>Publish all sites</button>
        </form>
      </div>
    </section>
  );
}
