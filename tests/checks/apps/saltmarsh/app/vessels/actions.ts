"use server";

import { z } from "zod";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { vessels } from "@/lib/db/schema";
import { validateRequest } from "@/lib/auth/lucia";
import { auditLog } from "@/lib/audit";

async function requireAdminUser() {
  const { user } = await validateRequest();
  if (!user) throw new Error("Not signed in");
  if ((user as unknown as { role: string }).role !== "admin") throw new Error("Admins only");
  return user;
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function createVessel(formData: FormData) {
  const user = await requireAdminUser();
  try {
    // ruleid: mass-assignment
    const [row] = await db.insert(vessels).values(Object.fromEntries(formData) as never).returning({ id: vessels.id });
    await auditLog({ actorId: user.id, action: "vessel.create", target: row.id });
    return { id: row.id };
  } catch (error) {
    // ruleid: information-disclosure
    return { error: (error as Error).message };
  }
}

const RateSchema = z.object({ id: z.string().uuid(), dayRateCents: z.number().int().min(0).max(10_000_000) });

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function setVesselRate(input: unknown) {
  const user = await requireAdminUser();
  const { id, dayRateCents } = RateSchema.parse(input);
  try {
    // ok: missing-authorization, mass-assignment
    await db.update(vessels).set({ dayRateCents }).where(eq(vessels.id, id));
  } catch {
    // ok: information-disclosure
    return { error: "Could not update the rate." };
  }
  await auditLog({ actorId: user.id, action: "vessel.rate", target: id, meta: { dayRateCents } });
  return { ok: true };
}

// todoruleid: missing-audit-log -- gap judge pass 32, cause C
// ok: missing-auth, missing-input-validation
export async function decommissionVessel(id: string) {
  await requireAdminUser();
  const vid = z.string().uuid().parse(id);
  // ok: missing-authorization
  await db.delete(vessels).where(eq(vessels.id, vid));
}

// ok: missing-auth, missing-input-validation
export async function renameVessel(id: string, name: string) {
  const { user } = await validateRequest();
  if (!user) return { error: "Sign in" };
  if (typeof id !== "string" || typeof name !== "string" || name.length > 80) return { error: "Invalid" };
  // ruleid: missing-authorization
  await db.update(vessels).set({ name }).where(eq(vessels.id, id));
  return { ok: true };
}
