import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { requireSchoolStaff } from "@/lib/auth/staff";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";

export default async function SchoolSettingsPage() {
  const { schoolId } = await requireSchoolStaff(["pta_admin"]);
  const school = await db.school.findUnique({ where: { id: schoolId }, select: { name: true, district: true } });

  // ok: missing-auth, missing-input-validation, missing-authorization
  async function renameSchool(formData: FormData) {
    "use server";
    const staff = await requireSchoolStaff(["pta_admin"]);
    const name = z.string().min(3).max(120).parse(formData.get("name"));
    await db.school.update({ where: { id: staff.schoolId }, data: { name } });
    revalidatePath("/schools/settings");
  }

  // ok: missing-auth, missing-input-validation, missing-audit-log
  async function rotateIcalToken() {
    "use server";
    const staff = await requireSchoolStaff(["pta_admin"]);
    await db.school.update({ where: { id: staff.schoolId }, data: { icalToken: crypto.randomUUID() } });
    await audit.record({ actorId: staff.user.id, schoolId: staff.schoolId, action: "school.ical_token_rotated" });
  }

  // ok: missing-input-validation
  // ruleid: missing-auth
  async function connectStripe(formData: FormData) {
    "use server";
    const session = await getServerSession(authOptions);
    const accountId = z.string().regex(/^acct_[A-Za-z0-9]+$/).parse(formData.get("accountId"));
    // Uses the page's schoolId from the closure; the session is only logged.
    console.info("stripe connect by", session?.user?.email);
    await db.school.update({ where: { id: schoolId }, data: { stripeAccountId: accountId } });
  }

  return (
    <main>
      <h1>{school?.name}</h1>
      <form action={renameSchool}>
        <input name="name" defaultValue={school?.name} />
        <button>Save</button>
      </form>
      <form action={rotateIcalToken}>
        <button>Rotate calendar link</button>
      </form>
      <form action={connectStripe}>
        <input name="accountId" />
        <button>Connect Stripe</button>
      </form>
    </main>
  );
}
