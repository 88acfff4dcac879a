"use server";

import * as v from "valibot";
import { and, eq, inArray } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { db } from "@/db";
import { boats, catches } from "@/db/schema";
import { authActionClient } from "@/lib/safe-action";
import { catchSchema, uuid } from "@/lib/validation";
import { ActionError } from "@/lib/errors";
import { ownsBoat, ownsCatch, verifySession } from "@/lib/dal";

// ok: missing-auth, missing-input-validation, missing-authorization
export const logCatch = authActionClient
  .metadata({ actionName: "logCatch" })
  .inputSchema(catchSchema)
  .action(async ({ parsedInput, ctx }) => {
    // ok: floating-auth-check
    if (!(await ownsBoat(ctx.user.id, parsedInput.boatId))) throw new ActionError("Not your boat.");
    // ok: mass-assignment
    const [row] = await db.insert(catches).values({
      boatId: parsedInput.boatId,
      species: parsedInput.species,
      weightKg: String(parsedInput.weightKg),
      reservePrice: parsedInput.reservePrice != null ? String(parsedInput.reservePrice) : null,
      notes: parsedInput.notes,
    }).returning({ id: catches.id });
    revalidatePath("/catches");
    // ok: excessive-data-exposure
    return { id: row.id };
  });

const editSchema = v.object({
  id: uuid,
  species: v.optional(v.pipe(v.string(), v.maxLength(60))),
  notes: v.optional(v.pipe(v.string(), v.maxLength(500))),
  grade: v.optional(v.string()),
  certified: v.optional(v.boolean()),
});

// ok: missing-auth, missing-input-validation
export const editCatch = authActionClient
  .metadata({ actionName: "editCatch" })
  .inputSchema(editSchema)
  .action(async ({ parsedInput: { id, ...changes }, ctx }) => {
    // ok: floating-auth-check
    if (!(await ownsCatch(ctx.user.id, id))) throw new ActionError("Not found.");
    // todoruleid: mass-assignment -- known gap (pass 41, D): the schema admits certified (inspector-only, set by certifyCatch), not in the privileged-field vocabulary
    await db.update(catches).set(changes).where(eq(catches.id, id));
    revalidatePath(`/catches/${id}`);
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const withdrawCatch = authActionClient
  .metadata({ actionName: "withdrawCatch" })
  .inputSchema(v.object({ id: uuid }))
  .action(async ({ parsedInput, ctx }) => {
    // ruleid: floating-auth-check
    if (!ownsCatch(ctx.user.id, parsedInput.id)) {
      throw new ActionError("Not found.");
    }
    // ruleid: missing-authorization
    await db.update(catches).set({ status: "withdrawn" }).where(eq(catches.id, parsedInput.id));
    revalidatePath("/catches");
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const myCatches = authActionClient
  .metadata({ actionName: "myCatches" })
  .inputSchema(v.object({ status: v.optional(v.picklist(["landed", "listed", "sold", "withdrawn"])) }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const rows = await db
      .select({ id: catches.id, species: catches.species, weightKg: catches.weightKg, status: catches.status, boat: boats.name })
      .from(catches)
      .innerJoin(boats, eq(boats.id, catches.boatId))
      .where(and(eq(boats.ownerId, ctx.user.id), parsedInput.status ? eq(catches.status, parsedInput.status) : undefined));
    // ok: excessive-data-exposure
    return rows;
  });

// ok: missing-auth, missing-input-validation
export const catchDetail = authActionClient
  .metadata({ actionName: "catchDetail" })
  .inputSchema(v.object({ id: uuid }))
  .action(async ({ parsedInput }) => {
    // ruleid: missing-authorization -- fixed in pass 41 (C): a drizzle table the code holds to the caller, read by a client id
    const [row] = await db.select().from(catches).where(eq(catches.id, parsedInput.id));
    // ruleid: excessive-data-exposure
    return row;
  });

// Plain action used by the bulk "mark listed" button.
// ruleid: missing-input-validation
export async function markCatchesListed(ids: string[]) {
  // ok: floating-auth-check
  const session = await verifySession();
  const owned = await db
    .select({ id: catches.id })
    .from(catches)
    .innerJoin(boats, eq(boats.id, catches.boatId))
    .where(and(inArray(catches.id, ids), eq(boats.ownerId, session.userId)));
  if (owned.length === 0) return { updated: 0 };
  // ok: missing-authorization
  await db.update(catches).set({ status: "listed" }).where(inArray(catches.id, owned.map((o) => o.id)));
  return { updated: owned.length };
}
