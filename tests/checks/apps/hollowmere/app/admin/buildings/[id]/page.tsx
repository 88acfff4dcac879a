import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { sql } from "@/lib/db";
import { requireSuperAdmin } from "@/lib/dal";
import { auditLog } from "@/lib/audit";

export default async function AdminBuildingPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireSuperAdmin();
  // ok: sql-injection
  const [building] = await sql<{ name: string; address: string }[]>`select name, address from buildings where id = ${id}`;
  if (!building) notFound();

  // ruleid: missing-input-validation
  // ok: missing-auth, missing-audit-log
  async function renameBuilding(formData: FormData) {
    "use server";
    const admin = await requireSuperAdmin();
    const name = formData.get("name") as string;
    // ok: missing-authorization, sql-injection
    await sql`update buildings set name = ${name} where id = ${id}`;
    await auditLog({ actorId: admin.id, action: "admin.building_renamed", buildingId: id });
    revalidatePath(`/admin/buildings/${id}`);
  }

  // ruleid: missing-input-validation
  // ok: missing-auth
  async function setDuesAmount(formData: FormData) {
    "use server";
    await requireSuperAdmin();
    const cents = formData.get("cents");
    // ruleid: sql-injection
    await sql.unsafe(`update building_settings set dues_cents = ${cents} where building_id = '${id}'`);
  }

  return (
    <section>
      <h1>{building.name}</h1>
      <p>{building.address}</p>
      <form action={renameBuilding}>
        <input name="name" defaultValue={building.name} />
        <button>Rename</button>
      </form>
      <form action={setDuesAmount}>
        <input name="cents" type="number" />
        <button>Set monthly dues</button>
      </form>
    </section>
  );
}
