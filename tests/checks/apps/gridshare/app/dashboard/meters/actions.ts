"use server";

import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/drizzle";
import { meters } from "@/lib/db/drizzle/schema";
import { verifySession } from "@/lib/dal";
import { ownsMeter } from "@/lib/coop/membership";
import { getActiveCoop } from "@/lib/coop/active-coop";

const linkSchema = z.object({ serial: z.string().regex(/^[A-Z0-9]{8,20}$/), provider: z.enum(["octo", "ngrid", "sms-bridge"]) });

// ok: missing-auth, missing-input-validation
export async function linkMeter(input: unknown) {
  const { user, coopId } = await getActiveCoop();
  const data = linkSchema.parse(input);
  await db.insert(meters).values({
    id: crypto.randomUUID(),
    // ok: mass-assignment
    ...data,
    memberId: user.id,
    coopId,
  });
  revalidatePath("/dashboard/meters");
}

// ok: missing-auth, missing-input-validation
export async function unlinkMeter(meterId: string) {
  const user = await verifySession();
  const id = z.string().uuid().parse(meterId);
  await db
    .update(meters)
    .set({ active: false })
    // ok: missing-authorization
    .where(and(eq(meters.id, id), eq(meters.memberId, user.id)));
  revalidatePath("/dashboard/meters");
}

// ok: missing-auth, missing-input-validation
export async function renameMeterProvider(meterId: string, provider: string) {
  const user = await verifySession();
  const input = z.object({ meterId: z.string().uuid(), provider: z.enum(["octo", "ngrid", "sms-bridge"]) }).parse({ meterId, provider });
  // ok: floating-auth-check
  if (!(await ownsMeter(user.id, input.meterId))) throw new Error("Forbidden");
  // ok: missing-authorization
  await db.update(meters).set({ provider: input.provider }).where(eq(meters.id, input.meterId));
}

// ok: missing-auth, missing-input-validation
export async function reactivateMeter(meterId: string) {
  const user = await verifySession();
  const id = z.string().uuid().parse(meterId);
  // ruleid: floating-auth-check
  ownsMeter(user.id, id);
  // ruleid: missing-authorization
  await db.update(meters).set({ active: true }).where(eq(meters.id, id));
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateMeterSettings(meterId: string, patch: Record<string, unknown>) {
  const user = await verifySession();
  await db
    .update(meters)
    // ruleid: mass-assignment
    .set(patch)
    // ok: missing-authorization
    .where(and(eq(meters.id, meterId), eq(meters.memberId, user.id)));
}

// ok: missing-auth, missing-input-validation
export async function listMyMeters() {
  const user = await verifySession();
  // ruleid: excessive-data-exposure
  return db.select().from(meters).where(eq(meters.memberId, user.id));
}
