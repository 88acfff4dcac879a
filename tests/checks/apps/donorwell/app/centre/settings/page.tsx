import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/lib/db/kysely";
import { requireCentreStaff } from "@/lib/dal";
import { centreSettingsSchema } from "@/lib/validators";
import { audit } from "@/lib/audit";

export default async function CentreSettingsPage() {
  const staff = await requireCentreStaff(["manager"]);
  const centre = await db
    .selectFrom("centres")
    .select(["name", "address", "openingHours", "appealQuotaPerDay"])
    .where("id", "=", staff.centreId)
    .executeTakeFirstOrThrow();

  // ok: missing-auth, missing-input-validation
  async function saveSettings(formData: FormData) {
    "use server";
    const me = await requireCentreStaff(["manager"]);
    const data = centreSettingsSchema.parse({
      name: formData.get("name"),
      address: formData.get("address"),
      openingHours: JSON.parse(String(formData.get("openingHours") ?? "{}")),
      appealQuotaPerDay: Number(formData.get("appealQuotaPerDay")),
    });
    // ok: mass-assignment, missing-authorization
    await db.updateTable("centres").set({ ...data, openingHours: JSON.stringify(data.openingHours) }).where("id", "=", me.centreId).execute();
    await audit.record({ actorId: me.user.id, action: "centre.settings", target: me.centreId });
    revalidatePath("/centre/settings");
  }

  // ok: missing-auth, missing-input-validation
  async function saveTwilio(formData: FormData) {
    "use server";
    const me = await requireCentreStaff(["manager"]);
    const creds = z.object({ token: z.string().length(32), from: z.string().regex(/^\+\d{8,15}$/) }).parse({
      token: formData.get("token"),
      from: formData.get("from"),
    });
    // ok: missing-authorization, mass-assignment
    await db.updateTable("centres").set({ twilioAuthToken: creds.token, twilioFromNumber: creds.from }).where("id", "=", me.centreId).execute();
    await audit.record({ actorId: me.user.id, action: "centre.twilio", target: me.centreId });
  }

  // ok: missing-auth
  // ruleid: missing-input-validation
  async function setQuota(formData: FormData) {
    "use server";
    const me = await requireCentreStaff();
    const centreId = formData.get("centreId") as string;
    // ruleid: missing-authorization
    await db.updateTable("centres").set({ appealQuotaPerDay: Number(formData.get("quota")) }).where("id", "=", centreId).execute();
    revalidatePath(`/centre/settings?by=${me.user.id}`);
  }

  return (
    <main>
      <h1>{centre.name}</h1>
      <form action={saveSettings}>
        <input name="name" defaultValue={centre.name} />
        <input name="address" defaultValue={centre.address} />
        <textarea name="openingHours" defaultValue={JSON.stringify(centre.openingHours)} />
        <input name="appealQuotaPerDay" type="number" defaultValue={centre.appealQuotaPerDay} />
        <button>Save</button>
      </form>
      <form action={saveTwilio}>
        <input name="token" type="password" />
        <input name="from" />
        <button>Save SMS settings</button>
      </form>
      <form action={setQuota}>
        <input type="hidden" name="centreId" value={staff.centreId} />
        <input name="quota" type="number" />
        <button>Set quota</button>
      </form>
    </main>
  );
}
