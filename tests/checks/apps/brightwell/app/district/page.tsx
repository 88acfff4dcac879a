import { revalidatePath } from "next/cache";
import { requireSuperAdmin } from "@/lib/auth/staff";
import { db } from "@/lib/db";
import { reporting } from "@/lib/pg";
import { audit } from "@/lib/audit";

export default async function DistrictConsole() {
  await requireSuperAdmin();
  const schools = await db.school.findMany({ select: { id: true, name: true, suspended: true } });

  // ok: missing-auth, missing-input-validation, missing-audit-log
  async function restoreSchool(formData: FormData) {
    "use server";
    const admin = await requireSuperAdmin();
    const id = String(formData.get("schoolId"));
    if (!/^c[a-z0-9]{24}$/.test(id)) throw new Error("Bad id");
    // ok: missing-authorization
    await db.school.update({ where: { id }, data: { suspended: false } });
    await audit.record({ actorId: admin.id, action: "district.school_restored", target: id });
    revalidatePath("/district");
  }

  // ok: missing-auth
  // ruleid: missing-input-validation
  async function purgeParents(formData: FormData) {
    "use server";
    const admin = await requireSuperAdmin();
    const ids = formData.get("schoolIds") as string;
    // ruleid: sql-injection
    await reporting.query(`DELETE FROM parents WHERE school_id IN (${ids})`);
    await audit.record({ actorId: admin.id, action: "district.parents_purged", meta: { ids } });
  }

  // ok: missing-input-validation
  // ruleid: missing-auth, missing-audit-log
  async function wipeAuditLog() {
    "use server";
    // ruleid: floating-auth-check
    requireSuperAdmin();
    await db.auditLog.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - 90 * 86400_000) } } });
  }

  return (
    <main>
      <h1>District console</h1>
      <ul>
        {schools.map((s) => (
          <li key={s.id}>
            {s.name} {s.suspended ? "(suspended)" : ""}
            <form action={restoreSchool}>
              <input type="hidden" name="schoolId" value={s.id} />
              <button>Restore</button>
            </form>
          </li>
        ))}
      </ul>
      <form action={wipeAuditLog}>
        <button>Trim audit log</button>
      </form>
      <form action={purgeParents}>
        <input name="schoolIds" />
        <button>Purge</button>
      </form>
    </main>
  );
}
