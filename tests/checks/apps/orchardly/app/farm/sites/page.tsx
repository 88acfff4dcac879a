import { revalidatePath } from "next/cache";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db";
import { pickupSites } from "@/db/schema";
import { requireFarm, requireFarmRole } from "@/lib/auth";
import { createSite } from "@/app/actions/sites";

export default async function SitesPage() {
  const { farm } = await requireFarm();
  const sites = await db.select({ id: pickupSites.id, name: pickupSites.name, capacity: pickupSites.capacity }).from(pickupSites).where(eq(pickupSites.farmId, farm.id));

  // ok: missing-auth, missing-input-validation
  async function setHostPhone(formData: FormData) {
    "use server";
    const { farm: f } = await requireFarmRole("owner", "coordinator");
    const input = z.object({ siteId: z.string().uuid(), hostPhone: z.string().regex(/^\+?[0-9 ]{7,20}$/) }).parse({ siteId: formData.get("siteId"), hostPhone: formData.get("hostPhone") });
    // ok: missing-authorization, mass-assignment
    await db.update(pickupSites).set({ hostPhone: input.hostPhone }).where(and(eq(pickupSites.id, input.siteId), eq(pickupSites.farmId, f.id)));
    revalidatePath("/farm/sites");
  }

  // ok: missing-auth
  // ruleid: missing-input-validation
  async function setAccessCode(formData: FormData) {
    "use server";
    const { farm: f } = await requireFarmRole("owner", "coordinator");
    const siteId = formData.get("siteId") as string;
    // ok: missing-authorization
    await db.update(pickupSites).set({ accessCode: String(formData.get("accessCode")) }).where(and(eq(pickupSites.id, siteId), eq(pickupSites.farmId, f.id)));
  }

  return (
    <main className="p-6">
      <h1 className="mb-4 text-2xl font-semibold">Pick-up sites</h1>
      <ul className="space-y-4">
        {sites.map((s) => (
          <li key={s.id} className="space-y-1">
            <p className="font-semibold">{s.name} (capacity {s.capacity})</p>
            <form action={setHostPhone} className="flex gap-2"><input type="hidden" name="siteId" value={s.id} /><input name="hostPhone" className="input" /><button className="btn-sm">Save host phone</button></form>
            <form action={setAccessCode} className="flex gap-2"><input type="hidden" name="siteId" value={s.id} /><input name="accessCode" className="input" /><button className="btn-sm">Set access code</button></form>
          </li>
        ))}
      </ul>
      <form action={createSite} className="mt-8 grid grid-cols-4 gap-2">
        <input name="name" className="input" /><input name="address" className="input" /><input name="capacity" type="number" className="input" /><button className="btn">Add site</button>
      </form>
    </main>
  );
}
