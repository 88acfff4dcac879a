import { z } from "zod";
import { db } from "@/lib/db/kysely";
import { requireRole, requireStaff } from "@/lib/auth/staff";

export default async function SettingsPage() {
  const ctx = await requireStaff();
  const festival = await db.selectFrom("festivals").select(["name", "settings_json"]).where("id", "=", ctx.festivalId).executeTakeFirstOrThrow();

  // ok: missing-auth, missing-input-validation
  async function saveTimezone(formData: FormData) {
    "use server";
    const promoter = await requireRole("org:promoter");
    const timezone = z.string().regex(/^[A-Za-z]+\/[A-Za-z_]+$/).parse(formData.get("timezone"));
    // ok: missing-authorization
    await db.updateTable("festivals").set({ settings_json: JSON.stringify({ timezone }) }).where("id", "=", promoter.festivalId).execute();
  }

  return (
    <main>
      <h1>{festival.name} settings</h1>
      <form action={saveTimezone}>
        <input name="timezone" defaultValue={JSON.parse(festival.settings_json || "{}").timezone ?? "Europe/London"} />
        <button>Save</button>
      </form>
    </main>
  );
}
