import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/kysely";
import { requireStaff, isStageManagerOf } from "@/lib/auth/staff";

export default async function StagePage({ params }: { params: Promise<{ stageId: string }> }) {
  const { stageId } = await params;
  const ctx = await requireStaff();
  const stage = await db.selectFrom("stages").select(["id", "name", "curfew", "capacity"]).where("id", "=", stageId).where("festival_id", "=", ctx.festivalId).executeTakeFirst();
  if (!stage) notFound();

  // ruleid: missing-auth, missing-input-validation
  async function updateCurfew(formData: FormData) {
    "use server";
    const curfew = formData.get("curfew") as string;
    await db.updateTable("stages").set({ curfew }).where("id", "=", stageId).execute();
    revalidatePath(`/staff/stages/${stageId}`);
  }

  // ok: missing-auth, missing-input-validation
  async function clearChangeoverNotes() {
    "use server";
    const staff = await requireStaff();
    // ok: floating-auth-check
    if (!(await isStageManagerOf(stageId))) throw new Error("Not your stage");
    // ok: missing-authorization
    await db.updateTable("set_times").set({ changeover_notes: null }).where("stage_id", "=", stageId).where("festival_id", "=", staff.festivalId).execute();
  }

  return (
    <main>
      <h1>{stage.name}</h1>
      <form action={updateCurfew}>
        <input name="curfew" defaultValue={stage.curfew ?? ""} />
        <button>Save curfew</button>
      </form>
      <form action={clearChangeoverNotes}>
        <button>Clear changeover notes</button>
      </form>
    </main>
  );
}
