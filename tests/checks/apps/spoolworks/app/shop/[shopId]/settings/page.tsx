import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { validateRequest } from "@/lib/auth/lucia";
import { kdb } from "@/lib/db/kysely";
import { isShopOwner } from "@/lib/permissions";

const ShopSettings = z.object({
  name: z.string().min(2).max(80),
  description: z.string().max(2000).nullable(),
  city: z.string().max(80).nullable(),
  acceptsOrders: z.coerce.boolean(),
  plan: z.enum(["free", "pro", "farm"]),
});

export default async function ShopSettingsPage({ params }: { params: Promise<{ shopId: string }> }) {
  const { shopId } = await params;
  const { user } = await validateRequest();
  if (!user) redirect("/shop/login");
  if (!(await isShopOwner(user.id, shopId))) redirect(`/shop/${shopId}`);
  const shop = await kdb.selectFrom("shops").select(["name", "description", "city", "accepts_orders", "plan"]).where("id", "=", shopId).executeTakeFirstOrThrow();

  // ok: missing-auth, missing-input-validation
  async function saveSettings(formData: FormData) {
    "use server";
    const { user } = await validateRequest();
    if (!user) throw new Error("Unauthorized");
    // ok: floating-auth-check
    if (!(await isShopOwner(user.id, shopId))) throw new Error("Forbidden");
    const input = ShopSettings.parse({
      name: formData.get("name"),
      description: formData.get("description"),
      city: formData.get("city"),
      acceptsOrders: formData.get("acceptsOrders"),
      plan: formData.get("plan"),
    });
    // why: the schema admits `plan`; the owner upgrades to "farm" without paying (billing goes through Stripe checkout)
    // ruleid: mass-assignment
    // ok: missing-authorization
    await kdb.updateTable("shops").set({ name: input.name, description: input.description, city: input.city, accepts_orders: input.acceptsOrders, plan: input.plan }).where("id", "=", shopId).execute();
    revalidatePath(`/shop/${shopId}/settings`);
  }

  // ok: missing-auth, missing-input-validation
  async function toggleOrders(formData: FormData) {
    "use server";
    const { user } = await validateRequest();
    if (!user) throw new Error("Unauthorized");
    const open = formData.get("open") === "on";
    // ok: missing-authorization
    await kdb.updateTable("shops").set({ accepts_orders: open }).where("id", "=", shopId).where("owner_id", "=", user.id).execute();
  }

  return (
    <div>
      <h1>{shop.name} settings</h1>
      <form action={saveSettings}>
        <input name="name" defaultValue={shop.name} />
        <textarea name="description" defaultValue={shop.description ?? ""} />
        <input name="city" defaultValue={shop.city ?? ""} />
        <select name="plan" defaultValue={shop.plan}>
          <option value="free">Free</option>
          <option value="pro">Pro</option>
          <option value="farm">Farm</option>
        </select>
        <button>Save</button>
      </form>
      <form action={toggleOrders}>
        <input type="checkbox" name="open" defaultChecked={shop.accepts_orders} />
        <button>Apply</button>
      </form>
    </div>
  );
}
