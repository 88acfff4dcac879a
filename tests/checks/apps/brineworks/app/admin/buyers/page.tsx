import { revalidatePath } from "next/cache";
import { desc, eq } from "drizzle-orm";
import { db } from "@/db";
import { users } from "@/db/schema";
import { requireAdmin } from "@/lib/dal";
import { BuyerRow } from "@/components/BuyerRow";

export default async function BuyersPage() {
  // ok: floating-auth-check
  await requireAdmin();
  const buyers = await db
    .select({ id: users.id, name: users.name, email: users.email, creditLimit: users.creditLimit, suspended: users.suspended })
    .from(users)
    .where(eq(users.role, "buyer"))
    .orderBy(desc(users.createdAt));

  // ruleid: missing-auth, missing-input-validation, missing-audit-log
  async function setBalance(formData: FormData) {
    "use server";
    const userId = String(formData.get("userId"));
    const balance = String(formData.get("balance"));
    // ruleid: mass-assignment
    await db.update(users).set({ balance }).where(eq(users.id, userId));
    revalidatePath("/admin/buyers");
  }

  return (
    <table>
      <tbody>{buyers.map((b) => <BuyerRow key={b.id} buyer={{ ...b, creditLimit: String(b.creditLimit) }} setBalance={setBalance} />)}</tbody>
    </table>
  );
}
