import { revalidatePath } from "next/cache";
import * as v from "valibot";
import bcrypt from "bcryptjs";
import { eq, inArray } from "drizzle-orm";
import { db } from "@/db";
import { users } from "@/db/schema";
import { requireAdmin } from "@/lib/dal";
import { audit } from "@/lib/audit";
import { StaffTable } from "@/components/StaffTable";

const inviteSchema = v.object({ email: v.pipe(v.string(), v.email()), name: v.pipe(v.string(), v.minLength(1)), role: v.picklist(["staff", "inspector"]) });

export default async function StaffPage() {
  // ok: floating-auth-check
  await requireAdmin();
  const staff = await db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role })
    .from(users)
    .where(inArray(users.role, ["staff", "inspector", "admin"]));

  // ok: missing-auth, missing-input-validation, missing-authorization, missing-audit-log
  async function addStaff(formData: FormData) {
    "use server";
    // ok: floating-auth-check
    const admin = await requireAdmin();
    const input = v.parse(inviteSchema, Object.fromEntries(formData));
    const temp = await bcrypt.hash(crypto.randomUUID(), 12);
    await db.insert(users).values({ email: input.email, name: input.name, role: input.role, passwordHash: temp });
    await audit.record({ actorId: admin.userId, action: "staff.add", meta: { email: input.email, role: input.role } });
    revalidatePath("/admin/staff");
  }

  // ruleid: missing-audit-log
  async function removeStaff(formData: FormData) {
    "use server";
    // ok: floating-auth-check
    await requireAdmin();
    const id = v.parse(v.pipe(v.string(), v.uuid()), formData.get("id"));
    await db.update(users).set({ role: "buyer" }).where(eq(users.id, id));
    revalidatePath("/admin/staff");
  }

  return (
    <div>
      <h1>Harbour staff</h1>
      <StaffTable staff={staff} removeStaff={removeStaff} />
      <form action={addStaff}>
        <input name="email" type="email" />
        <input name="name" />
        <select name="role"><option value="staff">Staff</option><option value="inspector">Inspector</option></select>
        <button className="btn">Add</button>
      </form>
    </div>
  );
}
