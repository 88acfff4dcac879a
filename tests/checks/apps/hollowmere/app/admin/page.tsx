import Link from "next/link";
import { revalidatePath } from "next/cache";
import { sql } from "@/lib/db";
import { supabaseAdmin } from "@/lib/supabase/admin";
import { requireSuperAdmin, getUser } from "@/lib/dal";
import { auditLog } from "@/lib/audit";
import { uuid } from "@/lib/validation/tickets";
import { BuildingForm } from "@/components/BuildingForm";

export default async function AdminHome() {
  // ok: sql-injection
  const buildings = await sql<{ id: string; name: string; suspended: boolean }[]>`
    select b.id, b.name, coalesce(s.dues_cents, 0) = -1 as suspended from buildings b left join building_settings s on s.building_id = b.id
  `;

  // ok: missing-auth, missing-input-validation, missing-audit-log
  async function suspendBuilding(formData: FormData) {
    "use server";
    const admin = await requireSuperAdmin();
    const id = uuid.parse(formData.get("buildingId"));
    // ok: missing-authorization, sql-injection
    await sql`update memberships set revoked_at = now() where building_id = ${id} and role <> 'manager'`;
    await auditLog({ actorId: admin.id, action: "admin.building_suspended", buildingId: id });
    revalidatePath("/admin");
  }

  // Relies on the /admin layout having checked the role.
  // ruleid: missing-audit-log
  // ok: missing-auth, missing-input-validation
  async function resetUserPassword(formData: FormData) {
    "use server";
    const me = await getUser();
    if (me?.app_metadata?.role !== "super_admin") throw new Error("Forbidden");
    const userId = uuid.parse(formData.get("userId"));
    const { data } = await supabaseAdmin.auth.admin.getUserById(userId);
    if (data.user?.email) {
      await supabaseAdmin.auth.admin.generateLink({ type: "recovery", email: data.user.email });
    }
  }

  // ruleid: missing-auth
  async function dropBuildingData(formData: FormData) {
    "use server";
    const id = uuid.parse(formData.get("buildingId"));
    // ok: sql-injection
    await sql`delete from tickets where building_id = ${id}`;
    // ok: sql-injection
    await sql`delete from notices where building_id = ${id}`;
  }

  return (
    <section className="space-y-6">
      <h1>Super-admin</h1>
      <BuildingForm />
      <ul>
        {buildings.map((b) => (
          <li key={b.id}>
            <Link href={`/admin/buildings/${b.id}`}>{b.name}</Link>
            <form action={suspendBuilding}>
              <input type="hidden" name="buildingId" value={b.id} />
              <button>Suspend</button>
            </form>
            <form action={dropBuildingData}>
              <input type="hidden" name="buildingId" value={b.id} />
              <button>Wipe data</button>
            </form>
          </li>
        ))}
      </ul>
      <form action={resetUserPassword}>
        <input name="userId" placeholder="User id" />
        <button>Send password reset</button>
      </form>
    </section>
  );
}
