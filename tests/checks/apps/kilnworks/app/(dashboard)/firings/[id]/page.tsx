import { and, eq } from "drizzle-orm";
import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db, firings } from "@/lib/db";
import { verifySession, getStudioContext } from "@/lib/dal";
import { getFiringForMember } from "@/lib/data/firings";

export default async function FiringPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const ctx = await getStudioContext();
  if ("error" in ctx) notFound();
  const firing = await getFiringForMember(ctx.studioId, id);
  if (!firing) notFound();

  // ok: missing-auth, missing-input-validation
  async function addNote(formData: FormData) {
    "use server";
    const session = await verifySession();
    const note = z.string().min(1).max(500).parse(formData.get("note"));
    // ok: missing-authorization, mass-assignment
    await db.update(firings).set({ notes: note }).where(and(eq(firings.id, id), eq(firings.userId, session.userId)));
    revalidatePath(`/firings/${id}`);
  }

  // ruleid: missing-input-validation -- (todoruleid until pass 30; gap judge W, A) Number(formData.get(...)) is a coercion, not a check: NaN and negatives pass
  // ok: missing-auth
  async function changePieces(formData: FormData) {
    "use server";
    const session = await verifySession();
    const pieces = Number(formData.get("pieces"));
    // ok: missing-authorization
    await db.update(firings).set({ pieces }).where(and(eq(firings.id, id), eq(firings.userId, session.userId), eq(firings.status, "requested")));
  }

  return (
    <main>
      <h1>
        Cone {firing.cone} — {firing.status}
      </h1>
      <p>{firing.notes}</p>
      <form action={addNote}>
        <textarea name="note" />
        <button>Save note</button>
      </form>
      <form action={changePieces}>
        <input name="pieces" type="number" defaultValue={firing.pieces} />
        <button>Update</button>
      </form>
    </main>
  );
}
