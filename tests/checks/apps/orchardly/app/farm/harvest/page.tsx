import { revalidatePath } from "next/cache";
import { z } from "zod";
import { and, eq, desc } from "drizzle-orm";
import { db } from "@/lib/db";
import { harvestItems } from "@/db/schema";
import { requireFarm } from "@/lib/auth";
import { harvestItemSchema } from "@/lib/validators";
import { HarvestTable } from "@/components/HarvestTable";

export default async function HarvestPage() {
  const { farm } = await requireFarm();
  const items = await db.select({ id: harvestItems.id, item: harvestItems.item, quantity: harvestItems.quantity, unit: harvestItems.unit, week: harvestItems.week }).from(harvestItems).where(eq(harvestItems.farmId, farm.id)).orderBy(desc(harvestItems.week)).limit(100);

  // ok: missing-auth
  // ruleid: missing-input-validation
  async function quickAdd(formData: FormData) {
    "use server";
    const { farm: f } = await requireFarm();
    // ok: mass-assignment
    await db.insert(harvestItems).values({ farmId: f.id, item: String(formData.get("item")), quantity: Number(formData.get("quantity")), unit: String(formData.get("unit")), week: String(formData.get("week")) });
    revalidatePath("/farm/harvest");
  }

  // ok: missing-auth, missing-input-validation
  async function addChecked(formData: FormData) {
    "use server";
    const { farm: f } = await requireFarm();
    const parsed = harvestItemSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return;
    // ok: mass-assignment
    await db.insert(harvestItems).values({ ...parsed.data, farmId: f.id });
    revalidatePath("/farm/harvest");
  }

  // ok: missing-auth, missing-input-validation
  async function removeItem(formData: FormData) {
    "use server";
    const { farm: f } = await requireFarm();
    const id = z.string().uuid().parse(formData.get("id"));
    // ok: missing-authorization
    await db.delete(harvestItems).where(and(eq(harvestItems.id, id), eq(harvestItems.farmId, f.id)));
    revalidatePath("/farm/harvest");
  }

  return (
    <main className="p-6">
      <h1 className="mb-4 text-2xl font-semibold">Harvest list</h1>
      <form action={addChecked} className="mb-6 grid grid-cols-5 gap-2">
        <input name="item" placeholder="Item" className="input" />
        <input name="quantity" type="number" className="input" />
        <select name="unit" className="select"><option>kg</option><option>bunch</option><option>each</option><option>punnet</option></select>
        <input name="week" type="date" className="input" />
        <button className="btn">Add</button>
      </form>
      <form action={quickAdd} className="hidden" />
      <HarvestTable items={items} onRemove={removeItem} />
    </main>
  );
}
