import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { db } from "@/lib/db/kysely";
import { auth } from "@/lib/auth/server";
import { requireNationalAdmin } from "@/lib/dal";
import { audit } from "@/lib/audit";

export default async function AdminCentresPage() {
  await requireNationalAdmin();
  const centres = await db.selectFrom("centres").select(["id", "slug", "name", "city"]).orderBy("name").execute();

  // ok: missing-auth, missing-input-validation, missing-audit-log
  async function createCentre(formData: FormData) {
    "use server";
    const admin = await requireNationalAdmin();
    const input = z.object({ name: z.string().min(2), slug: z.string().regex(/^[a-z0-9-]+$/), city: z.string().min(2) }).parse(Object.fromEntries(formData));
    const org = await auth.api.createOrganization({ body: { name: input.name, slug: input.slug }, headers: await headers() });
    // ok: mass-assignment
    await db.insertInto("centres").values({ id: org!.id, slug: input.slug, name: input.name, city: input.city, address: "", openingHours: "{}", twilioAuthToken: null, twilioFromNumber: null, appealQuotaPerDay: 1, stripeAccountId: null }).execute();
    await audit.record({ actorId: admin.id, action: "admin.centre.create", target: org!.id });
    revalidatePath("/admin/centres");
  }

  // ok: missing-auth, missing-input-validation
  // ruleid: missing-audit-log
  async function grantNationalAdmin(formData: FormData) {
    "use server";
    await requireNationalAdmin();
    const userId = z.string().min(1).parse(formData.get("userId"));
    await auth.api.adminUpdateUser({ body: { userId, data: { nationalAdmin: true } }, headers: await headers() });
  }

  // ok: missing-auth
  // ruleid: missing-input-validation
  async function assignManager(formData: FormData) {
    "use server";
    const admin = await requireNationalAdmin();
    const centreId = formData.get("centreId") as string;
    const userId = formData.get("userId") as string;
    await auth.api.addMember({ body: { userId, organizationId: centreId, role: "manager" } }); // ok: missing-authorization // todoruleid: mass-assignment -- policy (pass 20): a role-gated privileged write (the nationalAdmin gate)
    await audit.record({ actorId: admin.id, action: "admin.centre.assign_manager", target: centreId, meta: { userId } });
  }

  return (
    <main>
      <ul>{centres.map((c) => <li key={c.id}>{c.name} — {c.city}</li>)}</ul>
      <form action={createCentre}><input name="name" /><input name="slug" /><input name="city" /><button>Create</button></form>
      <form action={grantNationalAdmin}><input name="userId" /><button>Make admin</button></form>
      <form action={assignManager}><input name="centreId" /><input name="userId" /><button>Assign</button></form>
    </main>
  );
}
