import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/kysely";
import { requireStaff } from "@/lib/auth/staff";

export default async function VolunteersPage() {
  const ctx = await requireStaff();
  const pending = await db.selectFrom("volunteers").select(["id", "name", "shifts"]).where("festival_id", "=", ctx.festivalId).where("status", "=", "pending").execute();

  // ok: missing-auth
  // ruleid: missing-input-validation
  async function bulkApprove(formData: FormData) {
    "use server";
    const staff = await requireStaff();
    const ids = formData.getAll("ids") as string[];
    await db.updateTable("volunteers").set({ status: "approved" }).where("id", "in", ids).where("festival_id", "=", staff.festivalId).execute();
    revalidatePath("/staff/volunteers");
  }

  return (
    <form action={bulkApprove}>
      {pending.map((v) => (
        <label key={v.id}>
          <input type="checkbox" name="ids" value={v.id} /> {v.name} ({v.shifts})
        </label>
      ))}
      <button>Approve selected</button>
    </form>
  );
}
