"use server";

import * as v from "valibot";
import { and, eq, isNull, gte } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { db } from "@/db";
import { coldStoreSlots } from "@/db/schema";
import { authActionClient, staffActionClient } from "@/lib/safe-action";
import { slotSchema, uuid } from "@/lib/validation";
import { ActionError } from "@/lib/errors";
import { ownsCatch, verifySession } from "@/lib/dal";

// ok: missing-auth, missing-input-validation, missing-authorization
export const reserveSlot = authActionClient
  .metadata({ actionName: "reserveSlot" })
  .inputSchema(slotSchema)
  .action(async ({ parsedInput, ctx }) => {
    // ok: floating-auth-check
    if (!(await ownsCatch(ctx.user.id, parsedInput.catchId))) throw new ActionError("Not your catch.");
    const taken = await db
      .update(coldStoreSlots)
      .set({ reservedBy: ctx.user.id, catchId: parsedInput.catchId })
      .where(and(eq(coldStoreSlots.id, parsedInput.slotId), isNull(coldStoreSlots.reservedBy)))
      .returning({ id: coldStoreSlots.id });
    if (!taken.length) throw new ActionError("Slot already taken.");
    revalidatePath("/coldstore");
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const releaseSlot = authActionClient
  .metadata({ actionName: "releaseSlot" })
  .inputSchema(v.object({ slotId: uuid }))
  .action(async ({ parsedInput }) => {
    // ruleid: missing-authorization
    await db.update(coldStoreSlots).set({ reservedBy: null, catchId: null }).where(eq(coldStoreSlots.id, parsedInput.slotId));
    revalidatePath("/coldstore");
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const setBayTemperature = staffActionClient
  .metadata({ actionName: "setBayTemperature" })
  .inputSchema(v.object({ bay: v.pipe(v.string(), v.regex(/^[A-H]\d{1,2}$/)), tempC: v.pipe(v.number(), v.integer(), v.minValue(-30), v.maxValue(4)) }))
  .action(async ({ parsedInput }) => {
    // ok: missing-authorization
    await db.update(coldStoreSlots).set({ tempC: parsedInput.tempC }).where(eq(coldStoreSlots.bay, parsedInput.bay));
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export async function freeSlots() {
  // ok: floating-auth-check
  await verifySession();
  const rows = await db
    .select({ id: coldStoreSlots.id, bay: coldStoreSlots.bay, startsAt: coldStoreSlots.startsAt, endsAt: coldStoreSlots.endsAt })
    .from(coldStoreSlots)
    .where(and(isNull(coldStoreSlots.reservedBy), gte(coldStoreSlots.startsAt, new Date())));
  // ok: excessive-data-exposure
  return rows;
}

// ruleid: missing-input-validation
export async function adjustSlot(formData: FormData) {
  // ok: floating-auth-check
  const session = await verifySession();
  if (session.role !== "staff" && session.role !== "admin") throw new Error("Forbidden");
  const { id, ...rest } = Object.fromEntries(formData) as Record<string, string>;
  // ruleid: mass-assignment
  await db.update(coldStoreSlots).set(rest).where(eq(coldStoreSlots.id, id));
  return { ok: true };
}
