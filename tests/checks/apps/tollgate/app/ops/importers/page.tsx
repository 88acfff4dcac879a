import { desc, eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db, importers, apiKeys } from "@/lib/db";
import { requireOps, isOpsUser } from "@/lib/tenant";
import { logEvent } from "@/lib/audit";
import { sql } from "@/lib/db";

export default async function OpsImportersPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  // ok: floating-auth-check
  await requireOps();
  const { q } = await searchParams;
  // ok: sql-injection
  const rows = await sql`SELECT id, name, plan, suspended FROM importers WHERE name ILIKE ${"%" + (q ?? "") + "%"} ORDER BY created_at DESC LIMIT 100`;

  // ok: missing-auth, missing-input-validation, missing-audit-log
  async function unsuspend(formData: FormData) {
    "use server";
    const ops = await requireOps();
    const id = z.string().startsWith("org_").parse(formData.get("id"));
    // ok: missing-authorization
    await db.update(importers).set({ suspended: false }).where(eq(importers.id, id));
    await logEvent({ actorId: ops.userId, action: "ops.importer_unsuspended", target: id });
    revalidatePath("/ops/importers");
  }

  // ok: missing-auth, missing-input-validation
  // ruleid: missing-audit-log
  async function revokeImporterKeys(formData: FormData) {
    "use server";
    // ok: floating-auth-check
    await requireOps();
    const id = z.string().startsWith("org_").parse(formData.get("id"));
    // ok: missing-authorization
    await db.update(apiKeys).set({ revokedAt: new Date() }).where(eq(apiKeys.importerId, id));
    revalidatePath("/ops/importers");
  }

  // ok: missing-input-validation
  // ruleid: missing-auth // todoruleid: missing-audit-log -- known gap (pass 35, cause C): a back-office action outside an admin-named area (or a tenant deleted) is not yet an audited operation
  async function deleteImporter(formData: FormData) {
    "use server";
    const id = z.string().startsWith("org_").parse(formData.get("id"));
    // ruleid: floating-auth-check
    if (!isOpsUser()) return;
    await db.delete(importers).where(eq(importers.id, id));
    revalidatePath("/ops/importers");
  }

  return (
    <table>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <td>{r.name}</td><td>{r.plan}</td>
            <td><form action={unsuspend}><input type="hidden" name="id" value={r.id} /><button>Unsuspend</button></form></td>
            <td><form action={revokeImporterKeys}><input type="hidden" name="id" value={r.id} /><button>Revoke keys</button></form></td>
            <td><form action={deleteImporter}><input type="hidden" name="id" value={r.id} /><button>Delete</button></form></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
