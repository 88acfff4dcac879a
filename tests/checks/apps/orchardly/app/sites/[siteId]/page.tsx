import { notFound } from "next/navigation";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db";
import { pickupSites, deliveries } from "@/db/schema";
import { secureCompare } from "@/lib/secure-compare";

type Props = { params: Promise<{ siteId: string }> };

// Pick-up site page: the host marks the delivery as received with the site's access code.
export default async function SitePage({ params }: Props) {
  const { siteId } = await params;
  const id = z.string().uuid().safeParse(siteId);
  if (!id.success) notFound();
  const [site] = await db.select({ id: pickupSites.id, name: pickupSites.name, address: pickupSites.address }).from(pickupSites).where(eq(pickupSites.id, id.data)).limit(1);
  if (!site) notFound();

  // ok: missing-input-validation // ruleid: missing-rate-limit
  async function markReceived(formData: FormData) {
    "use server";
    const input = z.object({ code: z.string().min(4).max(12), deliveryId: z.string().uuid() }).parse(Object.fromEntries(formData));
    const [row] = await db.select({ accessCode: pickupSites.accessCode }).from(pickupSites).where(eq(pickupSites.id, site.id)).limit(1);
    // ok: timing-unsafe-comparison
    if (!row?.accessCode || !secureCompare(row.accessCode, input.code)) return;
    await db.update(deliveries).set({ status: "received" }).where(and(eq(deliveries.id, input.deliveryId), eq(deliveries.siteId, site.id)));
  }

  // ok: missing-input-validation
  // ruleid: missing-auth
  async function markCollected(formData: FormData) {
    "use server";
    const deliveryId = z.string().uuid().parse(formData.get("deliveryId"));
    await db.update(deliveries).set({ status: "collected" }).where(and(eq(deliveries.id, deliveryId), eq(deliveries.siteId, site.id)));
  }

  return (
    <main className="mx-auto max-w-md p-6">
      <h1 className="text-xl font-semibold">{site.name}</h1>
      <p className="text-sm text-stone-600">{site.address}</p>
      <form action={markReceived} className="mt-6 space-y-2">
        <input name="deliveryId" type="hidden" />
        <input name="code" inputMode="numeric" placeholder="Site access code" className="input" />
        <button className="btn">Mark box delivery received</button>
      </form>
      <form action={markCollected} className="mt-2">
        <input name="deliveryId" type="hidden" />
        <button className="btn-secondary">All boxes collected</button>
      </form>
    </main>
  );
}
