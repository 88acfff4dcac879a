"use server";

import { z } from "zod";
import { sql } from "@vercel/postgres";
import { verifySession } from "@/lib/dal";
import { requireHarbourmaster } from "@/lib/guards";
import { rateLimitByIp } from "@/lib/rate-limit";
import { IdSchema } from "@/lib/schemas";

const JoinSchema = z.object({ marinaId: IdSchema, lengthM: z.coerce.number().positive().max(120) });

// ok: missing-auth, missing-input-validation
export async function joinWaitlist(formData: FormData) {
  const { userId } = await verifySession();
  await rateLimitByIp("waitlist");
  const input = JoinSchema.parse(Object.fromEntries(formData));
  // ok: sql-injection, mass-assignment
  await sql`INSERT INTO waitlist (marina_id, user_id, length_m) VALUES (${input.marinaId}, ${userId}, ${input.lengthM})`;
  return { done: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function promoteFromWaitlist(marinaId: string, entryId: string) {
  await requireHarbourmaster(IdSchema.parse(marinaId));
  // ruleid: sql-injection
  await sql.query(`UPDATE waitlist SET status = 'OFFERED' WHERE marina_id = $1 AND id = ${entryId}`, [marinaId]);
  return { done: true };
}

// ok: missing-auth, missing-input-validation
export async function leaveWaitlist(entryId: string) {
  const { userId } = await verifySession();
  const id = z.coerce.number().int().positive().parse(entryId);
  // ok: sql-injection, missing-authorization
  await sql`DELETE FROM waitlist WHERE id = ${id} AND user_id = ${userId}`;
  return { done: true };
}

// ok: missing-auth, missing-input-validation
export async function waitlistPosition(marinaId: string) {
  const { userId } = await verifySession();
  const id = IdSchema.parse(marinaId);
  // ok: sql-injection
  const { rows } = await sql`SELECT count(*)::int AS ahead FROM waitlist WHERE marina_id = ${id} AND created_at < (SELECT created_at FROM waitlist WHERE marina_id = ${id} AND user_id = ${userId})`;
  // ok: excessive-data-exposure
  return { ahead: rows[0]?.ahead ?? null };
}
