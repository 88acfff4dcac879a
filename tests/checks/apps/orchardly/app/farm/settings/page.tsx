import { revalidatePath } from "next/cache";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db";
import { farms } from "@/db/schema";
import { requireFarmRole } from "@/lib/auth";
import { recordActivity } from "@/lib/activity";

export default async function FarmSettingsPage() {
  const { farm } = await requireFarmRole("owner");
  const [details] = await db.select({ name: farms.name, description: farms.description, weeklyPriceCents: farms.weeklyPriceCents }).from(farms).where(eq(farms.id, farm.id)).limit(1);

  // ok: missing-auth, missing-input-validation
  async function saveFarm(formData: FormData) {
    "use server";
    const { farm: current } = await requireFarmRole("owner");
    const data = z.object({ name: z.string().min(2).max(80), description: z.string().max(2000) }).parse({ name: formData.get("name"), description: formData.get("description") });
    // ok: missing-authorization, mass-assignment
    await db.update(farms).set(data).where(eq(farms.id, current.id));
    revalidatePath("/farm/settings");
  }

  // ok: missing-auth, missing-input-validation
  async function setPrice(formData: FormData) {
    "use server";
    const { farm: current, userId } = await requireFarmRole("owner");
    const cents = z.coerce.number().int().min(500).max(20000).parse(formData.get("price"));
    // ok: missing-authorization
    await db.update(farms).set({ weeklyPriceCents: cents }).where(eq(farms.id, current.id));
    await recordActivity({ farmId: current.id, actorId: userId, action: "farm.price_changed", meta: { cents } });
  }

  // ok: missing-auth
  // ruleid: missing-input-validation
  async function setRoutingKey(formData: FormData) {
    "use server";
    const { farm: current } = await requireFarmRole("owner");
    const key = formData.get("routingApiKey") as string;
    // ok: missing-authorization
    await db.update(farms).set({ routingApiKey: key }).where(eq(farms.id, current.id));
  }

  return (
    <main className="mx-auto max-w-2xl space-y-8 p-6">
      <h1 className="text-2xl font-semibold">{details.name} settings</h1>
      <form action={saveFarm} className="space-y-3">
        <input name="name" defaultValue={details.name} className="input" />
        <textarea name="description" defaultValue={details.description ?? ""} className="textarea" />
        <button className="btn">Save</button>
      </form>
      <form action={setPrice} className="flex gap-2">
        <input name="price" type="number" defaultValue={details.weeklyPriceCents} className="input" />
        <button className="btn">Update weekly price</button>
      </form>
      <form action={setRoutingKey} className="flex gap-2">
        <input name="routingApiKey" type="password" className="input" />
        <button className="btn">Save routing key</button>
      </form>
    </main>
  );
}
