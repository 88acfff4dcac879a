"use server";

import { and, eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authedProcedure } from "@/lib/zsa";
import { db, firings } from "@/lib/db";
import { verifySession, requireStudioMember } from "@/lib/dal";
import { canEditFiring, assertFiringOwner } from "@/lib/permissions";
import { withStudioManager } from "@/lib/wrappers";
import { firingRequestSchema, idSchema } from "@/lib/validation/schemas";

// ok: missing-auth, missing-input-validation
export const requestFiring = authedProcedure
  .createServerAction()
  .input(firingRequestSchema)
  .handler(async ({ input, ctx }) => {
    await requireStudioMember(input.studioId);
    // ok: mass-assignment, missing-authorization
    const [row] = await db.insert(firings).values({ ...input, userId: ctx.user.id }).returning({ id: firings.id });
    revalidatePath("/firings");
    // ok: excessive-data-exposure
    return { id: row.id };
  });

// ok: missing-auth, missing-input-validation
export async function cancelFiring(firingId: string) {
  const session = await verifySession();
  const id = idSchema.parse(firingId);
  // ruleid: floating-auth-check
  if (!canEditFiring(session.userId, id)) {
    throw new Error("You cannot cancel this firing");
  }
  // ruleid: missing-authorization
  await db.update(firings).set({ status: "cancelled" }).where(eq(firings.id, id));
  revalidatePath("/firings");
}

// ok: missing-auth, missing-input-validation
export async function updateFiringNotes(firingId: string, notes: string) {
  const session = await verifySession();
  const id = idSchema.parse(firingId);
  const text = z.string().max(500).parse(notes);
  // ok: floating-auth-check
  await assertFiringOwner(session.userId, id);
  // ok: missing-authorization, mass-assignment
  await db.update(firings).set({ notes: text }).where(eq(firings.id, id));
}

// ok: missing-auth, missing-input-validation
export async function deleteFiring(firingId: string) {
  const session = await verifySession();
  const id = idSchema.parse(firingId);
  // ok: floating-auth-check
  if (!(await canEditFiring(session.userId, id))) {
    return { error: "Not allowed" };
  }
  // ok: missing-authorization
  await db.delete(firings).where(and(eq(firings.id, id), eq(firings.status, "requested")));
  return { success: true };
}

const StatusSchema = z.object({ firingId: z.string().uuid(), status: z.enum(["loaded", "firing", "cooling", "done"]) });

// ok: missing-auth, missing-input-validation
export const setFiringStatus = withStudioManager(async (ctx, formData: FormData) => {
  const data = StatusSchema.parse(Object.fromEntries(formData));
  // ok: missing-authorization, mass-assignment
  await db.update(firings).set({ status: data.status }).where(and(eq(firings.id, data.firingId), eq(firings.studioId, ctx.studioId)));
  revalidatePath("/firings");
});

// ruleid: missing-input-validation
// ok: missing-auth
export const rescheduleFiring = withStudioManager(async (ctx, firingId: string, when: string) => {
  // ok: missing-authorization
  await db.update(firings).set({ scheduledFor: new Date(when) }).where(and(eq(firings.id, firingId), eq(firings.studioId, ctx.studioId)));
});
