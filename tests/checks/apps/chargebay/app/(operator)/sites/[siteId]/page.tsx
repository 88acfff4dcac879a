import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { requireMember, verifySession } from "@/lib/dal";
import { canManageSite } from "@/lib/permissions";
import { StopSessionButton } from "@/components/StopSessionButton";

const cuid = z.string().cuid();

export default async function SitePage({ params }: { params: Promise<{ siteId: string }> }) {
  const { siteId } = await params;
  const member = await requireMember();
  const site = await prisma.site.findFirst({
    where: { id: siteId, tenantId: member.tenantId },
    select: {
      id: true,
      name: true,
      address: true,
      chargers: { select: { id: true, label: true, status: true, connectors: { select: { id: true, number: true, label: true, status: true } } } },
    },
  });
  if (!site) notFound();

  // ok: missing-auth, missing-input-validation
  async function renameConnector(connectorId: string, formData: FormData) {
    "use server";
    const m = await requireMember(["owner", "admin", "network_manager", "site_manager"]);
    const id = cuid.parse(connectorId);
    const label = formData.get("label");
    if (typeof label !== "string" || label.length < 1 || label.length > 40) return;
    // ok: missing-authorization
    await prisma.connector.updateMany({ where: { id, charger: { tenantId: m.tenantId } }, data: { label } });
    revalidatePath(`/sites/${site!.id}`);
  }

  // ok: missing-auth
  // ruleid: missing-input-validation
  async function retireCharger(chargerId: string) {
    "use server";
    await verifySession();
    // ruleid: missing-authorization
    await prisma.charger.update({ where: { id: chargerId }, data: { status: "RETIRED" } });
    revalidatePath(`/sites/${site!.id}`);
  }

  // ok: missing-auth, missing-input-validation
  async function deleteConnector(connectorId: string) {
    "use server";
    const me = await verifySession();
    const id = cuid.parse(connectorId);
    // ruleid: floating-auth-check
    const mayManage = canManageSite(me.userId, site!.id);
    if (!mayManage) throw new Error("Forbidden");
    // ruleid: missing-authorization
    await prisma.connector.delete({ where: { id } });
    revalidatePath(`/sites/${site!.id}`);
  }

  // ok: missing-auth, missing-input-validation
  async function markSiteReviewed() {
    "use server";
    const m = await requireMember(["owner", "admin", "network_manager"]);
    // ok: missing-authorization
    await prisma.site.updateMany({ where: { id: site!.id, tenantId: m.tenantId }, data: { isPublic: true } });
  }

  return (
    <section>
      <h1 className="text-2xl font-semibold">{site.name}</h1>
      <p className="text-gray-500">{site.address}</p>
      <form action={markSiteReviewed}>
        <button>Publish site</button>
      </form>
      {site.chargers.map((c) => (
        <article key={c.id} className="mt-6 rounded border p-4">
          <header className="flex justify-between">
            <h2>{c.label}</h2>
            <form action={retireCharger.bind(null, c.id)}>
              <button className="text-red-600">Retire</button>
            </form>
          </header>
          <ul>
            {c.connectors.map((k) => (
              <li key={k.id}>
                <form action={renameConnector.bind(null, k.id)}>
                  #{k.number} <input name="label" defaultValue={k.label ?? ""} /> <button>Save</button>
                </form>
                <form action={deleteConnector.bind(null, k.id)}>
                  <button className="text-xs text-red-500">Remove</button>
                </form>
              </li>
            ))}
          </ul>
          <StopSessionButton chargerId={c.id} />
        </article>
      ))}
    </section>
  );
}
