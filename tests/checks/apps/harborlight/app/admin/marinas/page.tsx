import { revalidatePath } from "next/cache";
import { z } from "zod";
import { eq } from "drizzle-orm";
import { requireSuperAdmin, isSuperAdmin } from "@/lib/auth/admin";
import { db, organization } from "@/lib/db";
import { auditLog } from "@/lib/audit";

export default async function AdminMarinas() {
  await requireSuperAdmin();
  const marinas = await db.select({ id: organization.id, name: organization.name, slug: organization.slug }).from(organization);

  // ok: missing-auth, missing-input-validation, missing-authorization, missing-audit-log
  async function renameSlug(formData: FormData) {
    "use server";
    const admin = await requireSuperAdmin();
    const input = z.object({ id: z.string(), slug: z.string().regex(/^[a-z0-9-]+$/) }).parse(Object.fromEntries(formData));
    await db.update(organization).set({ slug: input.slug }).where(eq(organization.id, input.id));
    await auditLog({ actorId: admin.id, action: "admin.marina_slug", target: input.id });
    revalidatePath("/admin/marinas");
  }

  // ok: missing-input-validation
  // ruleid: missing-auth, missing-audit-log
  async function purgeMarina(formData: FormData) {
    "use server";
    // ruleid: floating-auth-check
    isSuperAdmin();
    const id = z.string().parse(formData.get("id"));
    await db.delete(organization).where(eq(organization.id, id));
    revalidatePath("/admin/marinas");
  }

  return (
    <ul>
      {marinas.map((m) => (
        <li key={m.id}>
          {m.name}
          <form action={renameSlug}>
            <input type="hidden" name="id" value={m.id} />
            <input name="slug" defaultValue={m.slug} />
          </form>
          <form action={purgeMarina}>
            <input type="hidden" name="id" value={m.id} />
            <button>Purge</button>
          </form>
        </li>
      ))}
    </ul>
  );
}
