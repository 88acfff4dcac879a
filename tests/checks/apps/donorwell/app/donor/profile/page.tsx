import { redirect } from "next/navigation";
import { headers } from "next/headers";
import { z } from "zod";
import { db } from "@/lib/db/kysely";
import { requireDonor } from "@/lib/dal";
import { auth } from "@/lib/auth/server";
import { audit } from "@/lib/audit";
import { phoneSchema } from "@/lib/validators";

export default async function ProfilePage() {
  const { donor } = await requireDonor();

  // ok: missing-auth, missing-input-validation
  async function rename(formData: FormData) {
    "use server";
    const me = await requireDonor();
    const fullName = z.string().min(2).max(120).parse(formData.get("fullName"));
    // ok: missing-authorization, mass-assignment
    await db.updateTable("donors").set({ fullName }).where("id", "=", me.donor.id).execute();
  }

  // ok: missing-auth, missing-input-validation, missing-audit-log
  async function closeAccount() {
    "use server";
    const me = await requireDonor();
    await audit.record({ actorId: me.user.id, action: "account.delete" });
    await db.deleteFrom("donors").where("id", "=", me.donor.id).execute();
    await auth.api.deleteUser({ body: {}, headers: await headers() });
    redirect("/");
  }

  // ok: missing-auth
  // ruleid: missing-input-validation
  async function updateEmergencyPhone(formData: FormData) {
    "use server";
    const phone = formData.get("phone") as string;
    const me = await requireDonor();
    // ok: missing-authorization
    await db.updateTable("donors").set({ phone }).where("id", "=", me.donor.id).execute();
  }

  // ok: missing-input-validation
  // ruleid: missing-auth
  async function updatePhoneQuick(formData: FormData) {
    "use server";
    const phone = phoneSchema.parse(formData.get("phone"));
    // ok: missing-authorization
    await db.updateTable("donors").set({ phone }).where("id", "=", donor.id).execute();
  }

  return (
    <main>
      <form action={rename}><input name="fullName" defaultValue={donor.fullName} /><button>Save</button></form>
      <form action={updateEmergencyPhone}><input name="phone" /><button>Save phone</button></form>
      <form action={updatePhoneQuick}><input name="phone" defaultValue={donor.phone} /><button>Quick save</button></form>
      <form action={closeAccount}><button>Delete my account</button></form>
    </main>
  );
}
