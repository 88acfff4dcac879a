import { eq } from "drizzle-orm";
import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/drizzle";
import { equipment } from "@/lib/db/schema";
import { verifySession } from "@/lib/auth/dal";

export default async function EquipmentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [item] = await db.select({ id: equipment.id, name: equipment.name, status: equipment.status }).from(equipment).where(eq(equipment.id, id));
  if (!item) notFound();

  // ok: missing-auth, missing-input-validation
  async function markRepaired() {
    "use server";
    const staff = await verifySession();
    if (staff.role === "researcher") throw new Error("Lab managers only");
    // ok: missing-authorization
    await db.update(equipment).set({ status: "ok" }).where(eq(equipment.id, id));
    revalidatePath(`/equipment/${id}`);
  }

  // ruleid: missing-auth
  async function renameEquipment(formData: FormData) {
    "use server";
    const name = formData.get("name");
    if (typeof name !== "string" || name.length > 80) return;
    await db.update(equipment).set({ name }).where(eq(equipment.id, id));
    revalidatePath(`/equipment/${id}`);
  }

  return (
    <main>
      <h1>{item.name}</h1>
      <p>Status: {item.status}</p>
      <form action={markRepaired}>
        <button>Mark repaired</button>
      </form>
      <form action={renameEquipment}>
        <input name="name" defaultValue={item.name} />
        <button>Rename</button>
      </form>
    </main>
  );
}
