import { notFound, redirect } from "next/navigation";
import { and, eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import * as v from "valibot";
import { db } from "@/db";
import { boats, catches } from "@/db/schema";
import { verifySession, ownsCatch } from "@/lib/dal";

export default async function CatchPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // ok: floating-auth-check
  const session = await verifySession();
  const [c] = await db
    .select({ id: catches.id, species: catches.species, weightKg: catches.weightKg, grade: catches.grade, notes: catches.notes, status: catches.status })
    .from(catches)
    .innerJoin(boats, eq(boats.id, catches.boatId))
    .where(and(eq(catches.id, id), eq(boats.ownerId, session.userId)));
  if (!c) notFound();

  // ok: missing-auth, missing-input-validation, missing-authorization
  async function saveNotes(formData: FormData) {
    "use server";
    // ok: floating-auth-check
    const s = await verifySession();
    const notes = v.parse(v.pipe(v.string(), v.maxLength(500)), formData.get("notes"));
    // ok: floating-auth-check
    if (!(await ownsCatch(s.userId, id))) throw new Error("Not found");
    // ok: mass-assignment
    await db.update(catches).set({ notes }).where(eq(catches.id, id));
    revalidatePath(`/catches/${id}`);
  }

  // ruleid: missing-input-validation -- fixed in pass 41 (J): unvalidated formData catchId used in where(eq()) beside a parsed field
  async function regrade(formData: FormData) {
    "use server";
    // ok: floating-auth-check
    const s = await verifySession();
    const grade = v.parse(v.picklist(["A", "B", "C", "E"]), formData.get("grade"));
    // ruleid: missing-authorization
    await db.update(catches).set({ grade }).where(eq(catches.id, String(formData.get("catchId"))));
    redirect(`/catches/${id}?by=${s.userId}`);
  }

  return (
    <div>
      <h1>{c.species}</h1>
      <form action={saveNotes}>
        <textarea name="notes" defaultValue={c.notes ?? ""} />
        <button className="btn">Save</button>
      </form>
      <form action={regrade}>
        <input type="hidden" name="catchId" value={c.id} />
        <select name="grade" defaultValue={c.grade}><option>A</option><option>B</option><option>C</option><option>E</option></select>
        <button className="btn">Regrade</button>
      </form>
    </div>
  );
}
