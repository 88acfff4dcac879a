import { revalidatePath } from "next/cache";
import { desc, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db";
import { farms } from "@/db/schema";
import { requireNetworkAdmin } from "@/lib/auth";
import { recordActivity } from "@/lib/activity";

export default async function AdminFarmsPage() {
  await requireNetworkAdmin();
  const rows = await db.select({ id: farms.id, name: farms.name, slug: farms.slug, isPublic: farms.isPublic }).from(farms).orderBy(desc(farms.createdAt));

  // ok: missing-auth, missing-input-validation
  // todoruleid: missing-audit-log
  async function hideFarm(formData: FormData) {
    "use server";
    await requireNetworkAdmin();
    const id = z.string().uuid().parse(formData.get("farmId"));
    await db.update(farms).set({ isPublic: false }).where(eq(farms.id, id));
    revalidatePath("/admin/farms");
  }

  // ok: missing-auth, missing-input-validation, missing-audit-log
  async function showFarm(formData: FormData) {
    "use server";
    const admin = await requireNetworkAdmin();
    const id = z.string().uuid().parse(formData.get("farmId"));
    await db.update(farms).set({ isPublic: true }).where(eq(farms.id, id));
    await recordActivity({ farmId: id, actorId: admin.id, action: "admin.farm_shown" });
    revalidatePath("/admin/farms");
  }

  return (
    <main className="p-6">
      <h1 className="mb-4 text-2xl font-semibold">Farms</h1>
      <table className="w-full text-sm">
        <tbody>
          {rows.map((f) => (
            <tr key={f.id}>
              <td>{f.name}</td>
              <td>{f.slug}</td>
              <td>
                <form action={f.isPublic ? hideFarm : showFarm}>
                  <input type="hidden" name="farmId" value={f.id} />
                  <button className="btn-sm">{f.isPublic ? "Hide" : "Show"}</button>
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
