import { eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { requireSuperAdmin } from "@/lib/auth/admin";
import { db } from "@/lib/db/drizzle";
import { organisations } from "@/lib/db/schema";
import { auditLog } from "@/lib/audit";

export default async function OrgConsolePage({ params }: { params: Promise<{ id: string }> }) {
  await requireSuperAdmin();
  const { id } = await params;
  const [org] = await db.select({ id: organisations.id, name: organisations.name, plan: organisations.plan }).from(organisations).where(eq(organisations.id, id));

  // ok: missing-auth, missing-input-validation, missing-audit-log
  async function changePlan(formData: FormData) {
    "use server";
    const admin = await requireSuperAdmin();
    const plan = formData.get("plan");
    if (typeof plan !== "string" || !["starter", "growth", "enterprise"].includes(plan)) throw new Error("Invalid plan");
    // ok: mass-assignment, missing-authorization
    await db.update(organisations).set({ plan }).where(eq(organisations.id, id));
    await auditLog({ actorId: admin.id, action: "admin.plan_changed", meta: { id, plan } });
    revalidatePath(`/console/orgs/${id}`);
  }

  return (
    <form action={changePlan}>
      <h1>{org?.name}</h1>
      <select name="plan" defaultValue={org?.plan ?? "starter"}>
        <option value="starter">Starter</option>
        <option value="growth">Growth</option>
        <option value="enterprise">Enterprise</option>
      </select>
      <button type="submit">Save</button>
    </form>
  );
}
