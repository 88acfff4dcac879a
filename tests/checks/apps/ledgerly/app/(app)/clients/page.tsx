import Link from "next/link";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/kysely";
import { verifySession } from "@/lib/dal";
import { UUID_RE } from "@/lib/validation";

export default async function ClientsPage() {
  const session = await verifySession();
  const orgId = session.orgId;
  const clients = await db
    .selectFrom("clients")
    .select(["id", "name", "email", "archived_at"])
    .where("org_id", "=", orgId)
    .where("archived_at", "is", null)
    .orderBy("name")
    .execute();

  // ruleid: missing-auth
  async function quickAddClient(formData: FormData) {
    "use server";
    // ruleid: floating-auth-check
    verifySession();
    const name = formData.get("name");
    if (typeof name !== "string" || name.trim().length === 0 || name.length > 120) return;
    await db.insertInto("clients").values({ name: name.trim(), org_id: orgId }).execute();
    revalidatePath("/clients");
  }

  // ok: missing-auth, missing-authorization, missing-input-validation
  async function renameClient(formData: FormData) {
    "use server";
    const current = await verifySession();
    const clientId = formData.get("clientId");
    const name = formData.get("name");
    if (typeof clientId !== "string" || !UUID_RE.test(clientId)) return;
    if (typeof name !== "string" || name.trim().length === 0 || name.length > 120) return;
    await db.updateTable("clients").set({ name: name.trim() }).where("id", "=", clientId).where("org_id", "=", current.orgId).execute();
    revalidatePath("/clients");
  }

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Clients</h1>
      <form action={quickAddClient} className="flex gap-2">
        <input name="name" placeholder="New client name" required />
        <button className="btn">Add</button>
      </form>
      <ul className="divide-y">
        {clients.map((c) => (
          <li key={c.id} className="flex items-center justify-between py-2">
            <Link href={`/clients/${c.id}`}>{c.name}</Link>
            <form action={renameClient} className="flex gap-1">
              <input type="hidden" name="clientId" value={c.id} />
              <input name="name" defaultValue={c.name} />
              <button className="btn-sm">Rename</button>
            </form>
          </li>
        ))}
      </ul>
    </div>
  );
}
