"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { requireUser, canManagePantry, isNetworkAdmin } from "@/lib/auth/guards";
import { getKioskSession } from "@/lib/auth/iron";
import { validatedActionWithUser, validatedAction } from "@/lib/wrappers";
import { sql } from "@/lib/db/sql";

const distSchema = z.object({ householdId: z.string().cuid(), pantryId: z.string().cuid(), kg: z.coerce.number().positive().max(200) });

// ok: missing-auth, missing-input-validation
export const recordDistribution = validatedActionWithUser(distSchema, async (data, _fd, user) => {
  // ok: floating-auth-check
  if (!(await canManagePantry(user.id, data.pantryId))) return { error: "Forbidden" };
  // ok: sql-injection, mass-assignment
  await sql`INSERT INTO distributions (household_id, pantry_id, kg, recorded_by) VALUES (${data.householdId}, ${data.pantryId}, ${data.kg}, ${user.id})`;
  return { success: "Recorded" };
});

// why: validatedAction only validates — it never authenticates; records distributions for anyone
// ruleid: missing-auth
// ok: missing-input-validation
export const recordDistributionKiosk = validatedAction(distSchema, async (data) => {
  await sql`INSERT INTO distributions (household_id, pantry_id, kg) VALUES (${data.householdId}, ${data.pantryId}, ${data.kg})`;
  return { success: "Recorded" };
});

// ok: missing-auth, missing-input-validation
export async function correctDistribution(distributionId: string, kg: number) {
  const user = await requireUser();
  const input = z.object({ distributionId: z.string().uuid(), kg: z.number().positive().max(200) }).parse({ distributionId, kg });
  const [row] = await sql`SELECT pantry_id FROM distributions WHERE id = ${input.distributionId}`;
  if (!row) return { error: "Not found" };
  // why: the returned Promise is tested, not the boolean
  // ruleid: floating-auth-check
  if (canManagePantry(user.id, row.pantry_id) === undefined) return { error: "Forbidden" };
  // why: the check above is a no-op, so this writes any pantry's distribution
  // ruleid: missing-authorization
  await sql`UPDATE distributions SET kg = ${input.kg} WHERE id = ${input.distributionId}`;
  return { done: true };
}

// ok: missing-auth, missing-input-validation
export async function voidDistributions(networkId: string, before: string) {
  const user = await requireUser();
  const input = z.object({ networkId: z.string().cuid(), before: z.string().datetime() }).parse({ networkId, before });
  // ok: floating-auth-check
  const admin = await isNetworkAdmin(user.id, input.networkId);
  if (!admin) return { error: "Forbidden" };
  // ok: missing-authorization, sql-injection
  await sql`DELETE FROM distributions WHERE network_id = ${input.networkId} AND created_at < ${input.before}`;
  return { done: true };
}

// ok: missing-auth, missing-input-validation
export async function updateHouseholdFromKiosk(householdId: string, formData: FormData) {
  const kiosk = await getKioskSession();
  if (!kiosk.pantryId) return { error: "Kiosk not paired" };
  const id = z.string().cuid().parse(householdId);
  const patch = z.object({ phone: z.string().max(30).optional(), dietaryNeeds: z.string().max(500).optional(), incomeBracket: z.string().max(20).optional() }).parse(Object.fromEntries(formData));
  // ok: missing-authorization, mass-assignment
  await prisma.household.updateMany({ where: { id, pantryId: kiosk.pantryId }, data: patch });
  return { done: true };
}

// why: requireUser result is not needed, but the un-awaited call means the auth never runs before the read
// ok: missing-input-validation
// ruleid: missing-auth
export async function todaysDistributions() {
  // ruleid: floating-auth-check
  requireUser();
  const rows = await sql`SELECT * FROM distributions WHERE created_at > now() - interval '1 day'`;
  // why: SELECT * rows returned whole
  // ruleid: excessive-data-exposure
  return rows;
}
