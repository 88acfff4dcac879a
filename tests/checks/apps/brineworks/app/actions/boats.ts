"use server";

import * as v from "valibot";
import { and, eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { db } from "@/db";
import { boats } from "@/db/schema";
import { authActionClient } from "@/lib/safe-action";
import { uuid } from "@/lib/validation";
import { ActionError } from "@/lib/errors";
import { ownsBoat, verifySession } from "@/lib/dal";

const boatSchema = v.object({
  name: v.pipe(v.string(), v.minLength(2), v.maxLength(60)),
  registration: v.pipe(v.string(), v.regex(/^[A-Z]{1,3}-\d{1,4}$/)),
  homePort: v.optional(v.string(), "Brinehaven"),
});

// ok: missing-auth, missing-input-validation, missing-authorization
export const registerBoat = authActionClient
  .metadata({ actionName: "registerBoat" })
  .inputSchema(boatSchema)
  .action(async ({ parsedInput, ctx }) => {
    if (ctx.user.role !== "skipper") throw new ActionError("Only skippers can register boats.");
    // ok: mass-assignment
    const [b] = await db.insert(boats).values({ ...parsedInput, ownerId: ctx.user.id }).returning({ id: boats.id });
    revalidatePath("/dashboard");
    return { id: b.id };
  });

// ok: missing-auth, missing-input-validation
export const renameBoat = authActionClient
  .metadata({ actionName: "renameBoat" })
  .inputSchema(v.object({ boatId: uuid, name: v.pipe(v.string(), v.minLength(2), v.maxLength(60)) }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    await db.update(boats).set({ name: parsedInput.name }).where(and(eq(boats.id, parsedInput.boatId), eq(boats.ownerId, ctx.user.id)));
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export async function transferBoat(boatId: string, newOwnerId: string) {
  // ok: floating-auth-check
  const session = await verifySession();
  const input = v.parse(v.object({ boatId: uuid, newOwnerId: uuid }), { boatId, newOwnerId });
  // ok: floating-auth-check
  if (!(await ownsBoat(session.userId, input.boatId))) return { error: "Not your boat" };
  // ok: missing-authorization // ok: mass-assignment -- (fixed in pass 42, L) ownerId from input is the purpose of a transfer done after an awaited ownsBoat check of the written row
  await db.update(boats).set({ ownerId: input.newOwnerId }).where(eq(boats.id, input.boatId));
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function setHomePort(formData: FormData) {
  // ok: floating-auth-check
  const session = await verifySession();
  const boatId = formData.get("boatId");
  const port = formData.get("homePort");
  if (typeof boatId !== "string" || typeof port !== "string" || port.length > 40) {
    throw new Error("Bad input");
  }
  // ruleid: missing-authorization
  await db.update(boats).set({ homePort: port }).where(eq(boats.id, boatId));
  revalidatePath(`/boats/${boatId}`);
  return { ok: true, by: session.userId };
}

// ok: missing-auth, missing-input-validation
export async function claimBoat(formData: FormData) {
  // ok: floating-auth-check
  await verifySession();
  const parsed = v.parse(v.object({ boatId: uuid, ownerId: uuid }), { boatId: formData.get("boatId"), ownerId: formData.get("ownerId") });
  // ruleid: mass-assignment, missing-authorization
  await db.update(boats).set({ ownerId: parsed.ownerId }).where(eq(boats.id, parsed.boatId));
  return { ok: true };
}
