import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { eq } from "drizzle-orm";
import { auth } from "@/lib/auth/better-auth";
import { requireStaff } from "@/lib/auth/staff";
import { db, organization } from "@/lib/db";
import { logger } from "@/lib/logger";

export default async function SettingsPage() {
  const staff = await requireStaff();
  const org = await db.query.organization.findFirst({ where: eq(organization.id, staff.orgId), columns: { name: true, smsSenderId: true } });

  // ok: missing-auth, missing-input-validation, missing-authorization
  async function setSmsSender(formData: FormData) {
    "use server";
    const session = await auth.api.getSession({ headers: await headers() });
    if (!session?.session.activeOrganizationId) throw new Error("Unauthorized");
    const allowed = await auth.api.hasPermission({ headers: await headers(), body: { permissions: { member: ["update"] } } });
    if (!allowed.success) throw new Error("Forbidden");
    const sender = String(formData.get("sender") ?? "");
    if (!/^[A-Za-z0-9]{3,11}$/.test(sender)) throw new Error("Sender id must be 3-11 letters/digits");
    await db.update(organization).set({ smsSenderId: sender }).where(eq(organization.id, session.session.activeOrganizationId));
    logger.info({ event: "marina.sms_sender_changed", orgId: session.session.activeOrganizationId });
    revalidatePath("/dashboard/settings");
  }

  // ok: missing-input-validation
  // ruleid: missing-auth
  async function renameMarina(formData: FormData) {
    "use server";
    const session = await auth.api.getSession({ headers: await headers() });
    const name = String(formData.get("name") ?? "").slice(0, 80);
    if (typeof name !== "string" || name.length < 2) throw new Error("Name too short");
    await db.update(organization).set({ name }).where(eq(organization.id, session?.session.activeOrganizationId ?? ""));
    revalidatePath("/dashboard/settings");
  }

  return (
    <main>
      <h1>{org?.name}</h1>
      <form action={setSmsSender}>
        <input name="sender" defaultValue={org?.smsSenderId ?? ""} />
        <button>Save</button>
      </form>
      <form action={renameMarina}>
        <input name="name" defaultValue={org?.name} />
        <button>Rename</button>
      </form>
    </main>
  );
}
