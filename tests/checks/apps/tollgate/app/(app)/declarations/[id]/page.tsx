import { and, eq } from "drizzle-orm";
import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db, declarations, lineItems } from "@/lib/db";
import { getTenant } from "@/lib/tenant";
import { canEditDeclaration } from "@/lib/guards";
import { logEvent } from "@/lib/audit";

export default async function DeclarationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const tenant = await getTenant();
  const decl = await db.query.declarations.findFirst({
    where: and(eq(declarations.id, id), eq(declarations.importerId, tenant.orgId)),
    columns: { id: true, reference: true, status: true, dutyTotal: true, internalNotes: true },
  });
  if (!decl) notFound();

  // ok: missing-auth, missing-input-validation
  async function saveNotes(formData: FormData) {
    "use server";
    const t = await getTenant();
    const notes = z.string().max(4000).parse(formData.get("notes"));
    // ok: missing-authorization
    await db.update(declarations).set({ internalNotes: notes }).where(and(eq(declarations.id, id), eq(declarations.importerId, t.orgId)));
    revalidatePath(`/declarations/${id}`);
  }

  // ok: missing-auth
  // ruleid: missing-input-validation
  async function markHeld(formData: FormData) {
    "use server";
    const t = await getTenant();
    const declarationId = formData.get("declarationId") as string;
    // ruleid: missing-authorization
    await db.update(declarations).set({ status: "held" }).where(eq(declarations.id, declarationId));
    await logEvent({ importerId: t.orgId, actorId: t.userId, action: "declaration.held", target: declarationId });
  }

  // ok: missing-auth, missing-input-validation
  async function clearLines() {
    "use server";
    const t = await getTenant();
    // ok: floating-auth-check
    if (!(await canEditDeclaration(id, t.orgId))) throw new Error("Not allowed");
    // ok: missing-authorization
    await db.delete(lineItems).where(eq(lineItems.declarationId, id));
    revalidatePath(`/declarations/${id}`);
  }

  // ok: missing-input-validation
  // ruleid: missing-auth
  async function quickSubmit() {
    "use server";
    // ok: missing-authorization
    await db.update(declarations).set({ status: "submitted" }).where(eq(declarations.id, id));
  }

  return (
    <main>
      <h1>{decl.reference}</h1>
      <p>Status: {decl.status} · Duty €{decl.dutyTotal}</p>
      <form action={saveNotes}>
        <textarea name="notes" defaultValue={decl.internalNotes ?? ""} />
        <button>Save notes</button>
      </form>
      <form action={markHeld}>
        <input type="hidden" name="declarationId" value={decl.id} />
        <button>Mark held</button>
      </form>
      <form action={clearLines}><button>Clear line items</button></form>
      <form action={quickSubmit}><button>Submit</button></form>
    </main>
  );
}
